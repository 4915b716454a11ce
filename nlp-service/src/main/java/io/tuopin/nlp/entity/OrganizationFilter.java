package io.tuopin.nlp.entity;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps organisation names that look like names: Han characters only (so a figure such as
 * 人口14109户40779人 is never swallowed), four to twenty of them, ending in an organisation suffix;
 * a generic tail after the suffix (…有限公司生产车间) is cut off.
 */
final class OrganizationFilter {
    static final String SUFFIX = "扶贫开发办公室|领导小组办公室|办公室|扶贫办|有限责任公司|有限公司|股份公司|公司|专业合作社|合作社|集团|医院|卫生院|学校|"
            + "大学|学院|中学|小学|银行|信用社|人民政府|政府|县委|市委|区委|州委|省委|党委|党支部|委员会|协会|基金会|研究院|研究所|"
            + "总局|局|厅|党中央|国务院|日报社|日报|报社|电视台|新闻网";
    private static final Pattern ENDING = Pattern.compile("^(\\p{IsHan}{2,18}?(?:" + SUFFIX + "))");
    private static final Pattern EXACT = Pattern.compile("^\\p{IsHan}{0,18}(?:" + SUFFIX + ")$");
    private static final int MIN = 3;

    /** The organisation name within {@code candidate} (possibly shortened), or null. */
    String accept(String candidate) {
        if (EXACT.matcher(candidate).matches()) {
            return candidate.length() >= MIN ? candidate : null;
        }
        Matcher m = ENDING.matcher(candidate);
        String best = null;
        while (m.find()) {
            best = m.group(1);
            break;
        }
        return best != null && best.length() >= 4 && best.chars().allMatch(Character::isIdeographic) ? best : null;
    }
}

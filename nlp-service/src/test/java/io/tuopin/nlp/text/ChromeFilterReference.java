package io.tuopin.nlp.text;

import io.tuopin.nlp.pattern.PrefixedPattern;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@link ChromeFilter} as it was before its speed change, which replaced the regular expressions of
 * line openings (breadcrumbs, widgets, closing markers) by {@link LinePrefixes}, searched the short
 * chrome words from their first characters only and the share labels without a stream: the reference
 * for {@link ChromeFilterAgreesWithReferenceTest}.
 */
final class ChromeFilterReference {
    private static final Pattern BREADCRUMB_START = Pattern.compile("首页|您当前的位置|当前位置|您的位置|你的位置|所在位置");
    private static final Pattern BREADCRUMB_ARROWS = Pattern.compile(">>|»|\\S\\s*>\\s*\\S.*>");
    /** Masthead lines of magazine and newspaper pages: who edited this issue or page, how to subscribe. */
    private static final String MASTHEAD = "本期责任编辑|本期编辑|本期责编|本版编辑|本版责编|本版责任编辑|责任校对|美术编辑|"
            + "订阅热线|订阅电话|邮发代号|投稿邮箱|投稿信箱|投稿热线|广告热线|发行热线|编辑部电话|国内统一连续出版物号|国际标准连续出版物号";
    private static final Pattern WIDGET_START = Pattern.compile(
            "[\\[【(（]?\\s*(分享到|分享|打印|关闭|收藏|返回顶部|返回首页|字号|字体|扫一扫|扫描二维码|手机版|手机看|登录|注册|"
                    + "评论|发表评论|我要评论|网友评论|最热评论|最新评论|相关文章|相关新闻|相关阅读|相关链接|最新相关新闻|延伸阅读|推荐阅读|"
                    + "热点推荐|上一篇|下一篇|标签|关键词|责任编辑|编辑|责编|审核|校对|监制|值班编辑|版权声明|免责声明|信息广场|"
                    + "本文来源|原标题|点击|阅读数|浏览次数|" + MASTHEAD + ")");
    private static final PrefixedPattern CHROME_ANYWHERE = PrefixedPattern.compile(
            "版权所有|版权归|Copyright|©|未经.{0,12}(许可|授权).{0,12}(转载|使用)|ICP|备案号|举报电话|违法和不良信息|联系电话|"
                    + "新闻热线|百姓热线|热线电话|抢沙发|条评论|人参与|如涉及版权|互联网新闻信息服务|请致电|扫码|二维码",
            "版C©未I备举违联新百热抢条人如互请扫二");
    private static final Pattern SHORT_CHROME = Pattern.compile(
            "网$|客户端|信息港|微信|微博|QQ|APP|App|公众号|^空白$|举报中心|不良信息|网络警|网络监察|经营性网站|备案信息");
    /** Share-button labels; a line of only these (and spaces, / and |) is a share bar. Longest first. */
    private static final List<String> SHARE_LABELS = List.of(
            "QQ空间", "QQ好友", "新浪微博", "腾讯微博", "人人网", "朋友圈", "微信", "微博", "豆瓣", "分享", "QQ");
    private static final PrefixedPattern HEADER = PrefixedPattern.compile("(来源|发布时间|发布日期|作者)\\s*[:：]", "来发作");
    private static final Pattern CLOSING = Pattern.compile(
            "[\\[【(（]?\\s*(责任编辑|编辑|责编|版权声明|免责声明|分享到|相关文章|相关新闻|最新相关新闻|相关阅读|标签|评论一下|发表评论|"
                    + MASTHEAD + ")");
    private static final int SHORT = 20;
    private static final int HEADER_MAX = 80;
    /** Longer lines are article paragraphs even when they mention a hotline. */
    private static final int NOTICE_MAX = 60;

    boolean isChrome(String line) {
        String t = line.strip();
        if (t.isEmpty()) {
            return false;
        }
        if (isBreadcrumb(t) || WIDGET_START.matcher(t).lookingAt() || isShareBar(t)) {
            return true;
        }
        boolean notice = t.length() <= NOTICE_MAX || t.startsWith("[") || t.startsWith("【");
        if (notice && CHROME_ANYWHERE.occursIn(t)) {
            return true;
        }
        if (t.length() <= HEADER_MAX && HEADER.occursIn(t)) {
            return true;
        }
        return t.length() <= SHORT && !endsSentence(t) && SHORT_CHROME.matcher(t).find();
    }

    /** Index of the first line from which everything is chrome (lines.size() when none). */
    int closingLine(List<Line> lines) {
        for (int i = lines.size() / 2; i < lines.size(); i++) {
            if (CLOSING.matcher(lines.get(i).text().strip()).lookingAt()) {
                return i;
            }
        }
        return lines.size();
    }

    /** Anchored patterns are tried at the line's start only, the arrows only on a line that has one (lines run to thousands of characters). */
    private static boolean isBreadcrumb(String t) {
        return BREADCRUMB_START.matcher(t).lookingAt()
                || (t.indexOf('>') >= 0 || t.indexOf('»') >= 0) && BREADCRUMB_ARROWS.matcher(t).find();
    }

    /** A token scan, not a repeated regex group: a 15 KB line of 微信/ must not recurse 5,000 deep. */
    private static boolean isShareBar(String t) {
        int i = 0;
        while (i < t.length()) {
            char c = t.charAt(i);
            if (Character.isWhitespace(c) || c == '/' || c == '|') {
                i++;
                continue;
            }
            int at = i;
            String label = SHARE_LABELS.stream().filter(l -> t.startsWith(l, at)).findFirst().orElse(null);
            if (label == null) {
                return false;
            }
            i += label.length();
        }
        return true;
    }

    private static boolean endsSentence(String t) {
        return Chars.SENTENCE_END.indexOf(t.charAt(t.length() - 1)) >= 0;
    }
}

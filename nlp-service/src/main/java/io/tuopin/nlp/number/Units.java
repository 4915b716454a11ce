package io.tuopin.nlp.number;

import io.tuopin.nlp.pattern.FirstCharIndex;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The unit words recognised after a number, longest first. */
final class Units {
    private static final List<Unit> ALL = new ArrayList<>();
    /**
     * The units by their first character, longest first as in ALL: asked after every number, where a
     * scan of all units cost a startsWith each.
     */
    private static final FirstCharIndex<Unit> BY_FIRST_CHAR;

    static {
        add("household", "户", "戶", "户次");
        add("person_time", "人次");
        add("person", "人", "名", "位", "口人");
        add("yuan", "元", "圆", "块钱", "塊錢", "元人民币", "人民币");
        addScaled("yuan", "0.1", "毛钱", "角钱");
        add("usd", "美元", "美圆", "美金", "美刀");
        add("hkd", "港元", "港币", "港幣");
        add("eur", "欧元", "歐元");
        add("jpy", "日元", "日圓");
        add("gbp", "英镑", "英鎊");
        add("twd", "台币", "新台币", "台幣");
        add("chf", "瑞士法郎");
        add("ngn", "奈拉");
        add("btc", "个比特币", "比特币");
        add("count", "个", "個", "家", "支", "座", "所", "项", "項", "条", "條", "处", "處", "份", "件", "场", "場",
                "台", "套", "栋", "棟", "间", "間", "头", "頭", "只", "隻", "口", "眼", "辆", "輛", "批", "期", "张",
                "張", "篇", "盏", "盞", "株", "棵", "箱", "单", "单位", "所学校", "类", "次");
        add("mu", "亩", "畝");
        addScaled("mu", "15", "公顷", "公頃");
        add("km2", "平方公里", "平方千米");
        add("m2", "平方米", "平米");
        add("m3", "立方米");
        add("km", "公里", "千米");
        add("m", "米", "m");
        add("cm", "公分", "厘米", "cm");
        add("mw", "兆瓦");
        addScaled("mw", "0.001", "千瓦");
        add("kwh", "千瓦时", "度电");
        add("kv", "千伏");
        add("ton", "吨", "噸");
        add("kg", "公斤", "千克", "kg");
        add("jin", "斤");
        add("g", "克");
        add("ug", "微克");
        ALL.sort(Comparator.comparingInt((Unit u) -> u.surface().length()).reversed());
        BY_FIRST_CHAR = new FirstCharIndex<>(ALL, Unit::surface, Unit[]::new);
    }

    private Units() {
    }

    private static void add(String key, String... surfaces) {
        addScaled(key, "1", surfaces);
    }

    private static void addScaled(String key, String factor, String... surfaces) {
        for (String surface : surfaces) {
            ALL.add(new Unit(surface, key, new BigDecimal(factor)));
        }
    }

    private static final Unit BLOCK = new Unit("块", "yuan", BigDecimal.ONE);

    /** The longest unit word at {@code pos}, or null. */
    static Unit at(String folded, int pos) {
        if (pos >= folded.length()) {
            return null;
        }
        for (Unit unit : BY_FIRST_CHAR.startingWith(folded.charAt(pos))) {
            if (folded.startsWith(unit.surface(), pos)) {
                return unit;
            }
        }
        return isMoneyBlock(folded, pos) ? BLOCK : null;
    }

    /**
     * 块 is spoken yuan (三块, 三块五, 十块钱) where no noun follows; before a noun it counts pieces
     * (三块地, 两块牌子), which no figure of ours measures.
     */
    private static boolean isMoneyBlock(String folded, int pos) {
        if (pos >= folded.length() || folded.charAt(pos) != '块' && folded.charAt(pos) != '塊') {
            return false;
        }
        if (pos + 1 >= folded.length()) {
            return true;
        }
        char next = folded.charAt(pos + 1);
        return !Character.isIdeographic(next) || NumeralChars.isChineseDigit(next) || "多左钱和或到至".indexOf(next) >= 0;
    }
}

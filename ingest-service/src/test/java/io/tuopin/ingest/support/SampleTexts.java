package io.tuopin.ingest.support;

/** Our own sample sentences (invented places and figures); each test uses a different one so ids never collide. */
public final class SampleTexts {
    public static final String JSON_ARTICLE = "据县扶贫办统计，截至2019年底，清河县累计减少贫困人口2.36万人，贫困发生率由12.6%下降至0.4%。"
            + "全县共投入财政专项扶贫资金4.8亿元，新修村组道路316公里。";
    public static final String GBK_ARTICLE = "2020年，柳溪镇实施易地扶贫搬迁安置1,285户4,967人，"
            + "建成产业扶贫基地23个，带动贫困户人均增收3,200元。";
    public static final String BIG5_ARTICLE = "截至2020年6月，南山縣已有87個貧困村全部脫貧出列，"
            + "建檔立卡貧困戶人均純收入達到9,860元，較2015年增長1.7倍。";
    public static final String HTML_ARTICLE = "石门乡2018年发放扶贫小额信贷3,600万元，覆盖建档立卡贫困户1,142户，"
            + "光伏扶贫电站年收益达到420万元。";
    public static final String INBOX_ARTICLE = "截至2019年末，白云村集体经济收入达到18.5万元，"
            + "全村62户贫困户全部实现脱贫，驻村工作队帮助引进中药材种植项目3个。";
    public static final String API_KEY_ARTICLE = "2019年，东坪县整合涉农资金2.7亿元，"
            + "完成农村危房改造4,380户，贫困人口住房安全保障率达到100%。";
    public static final String FEED_RSS_ITEM = "据市扶贫开发办公室消息，2020年全市共有14个贫困县全部摘帽，"
            + "累计带动26.8万贫困群众稳定增收。各县共培育农民专业合作社1,906家，建成扶贫车间412个，"
            + "吸纳贫困劳动力就业1.35万人，人均月工资收入达到2,100元。全市还新建和改扩建农村饮水安全工程"
            + "873处，解决了19.2万人的饮水安全问题，易地扶贫搬迁后续扶持资金累计投入9.6亿元。";
    public static final String FEED_PAGE_ARTICLE = "红星县2020年教育扶贫投入资金1.2亿元，资助建档立卡贫困学生"
            + "3.1万人次，义务教育阶段无一名学生因贫失学辍学。";
    public static final String FEED_ATOM_ENTRY = "2020年10月，溪口镇召开脱贫攻坚总结会。会议通报，全镇贫困发生率"
            + "已由2014年的18.3%降至零，累计发放产业奖补资金865万元，新建冷链仓储设施7处，茶叶种植面积"
            + "扩大到2.4万亩，带动1,730户贫困户户均增收5,600元。镇里还为386名贫困劳动力提供技能培训，"
            + "并设立了120个公益性岗位，兜底保障对象全部纳入低保。";
    public static final String INBOX_LINK_TARGET = "2020年，青石村新建养殖小区2处，贫困户通过土地流转户均增收1,300元。";
    public static final String INBOX_AFTER_HUGE = "截至2020年底，东岭村建成光伏电站1座，年发电收益28万元，惠及贫困户74户。";

    private SampleTexts() {
    }
}

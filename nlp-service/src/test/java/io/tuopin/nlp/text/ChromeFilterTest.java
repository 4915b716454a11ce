package io.tuopin.nlp.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChromeFilterTest {
    private final ChromeFilter filter = new ChromeFilter();

    @ParameterizedTest
    @ValueSource(strings = {
        "首页 > 新闻 > 本地", "您当前的位置：某某网 >> 专题", "分享到：", "微信 QQ空间 QQ好友 新浪微博", "扫一扫在手机打开当前页",
        "登录 | 注册", "发表评论", "已有0人参与，点击查看更多精彩评论", "责任编辑：李四", "编辑: 王五", "Copyright © 2020 某某网 版权所有",
        "未经许可不得转载", "新闻热线：0000-1234567", "[ 如涉及版权，请致电。联系电话：0000—1234567。]", "相关文章：", "标签：脱贫 攻坚",
        "某某日报客户端", "中国某某网", "2020年10月15日 15:32 来源：某某日报", "订阅热线：010-12345678",
        "本期责任编辑：张三 李四", "邮发代号：82-123  定价：10元", "本版编辑：王五", "【投稿邮箱：tougao@example.org】"})
    void chromeLines(String line) {
        assertTrue(filter.isChrome(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "精确建档立卡", "抓组织领导 确保责任落实到位", "下好顶层设计“先手棋”",
        "教育扶贫方面，采取学籍动态监测、资助信息排查等方式，设立公布举报电话，有效防止适龄儿童少年失学辍学，全市义务教育阶段学生无一辍学。",
        "（记者 李明远）"})
    void articleLines(String line) {
        assertFalse(filter.isChrome(line), line);
    }

    @Test
    void mastheadLinesAtTheEndOfAMagazinePageCloseTheArticle() {
        List<Line> lines = Line.of(MappedText.identity("第一段。\n第二段。\n第三段。\n订阅热线：010-12345678\n本期责任编辑：张三"));
        assertEquals(3, filter.closingLine(lines));
    }

    @Test
    void closingMarkerInTheSecondHalfEndsTheArticle() {
        List<Line> lines = Line.of(MappedText.identity("第一段。\n第二段。\n第三段。\n责任编辑：李四\n上一篇"));
        assertEquals(3, filter.closingLine(lines));
        List<Line> early = Line.of(MappedText.identity("编辑：李四\n第一段。\n第二段。\n第三段。"));
        assertEquals(early.size(), filter.closingLine(early), "a marker in the first half is only a line");
    }
}

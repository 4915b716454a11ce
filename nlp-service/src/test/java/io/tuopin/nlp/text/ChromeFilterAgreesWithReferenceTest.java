package io.tuopin.nlp.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link ChromeFilter} judges lines as the regular expressions it replaced judged them
 * ({@link ChromeFilterReference}): random lines made of every label and word the filter knows, parts
 * of them, the brackets and spaces that may precede a label, sentence ends, arrows, line terminators
 * and plain article text.
 */
class ChromeFilterAgreesWithReferenceTest {
    private static final String[] FRAGMENTS = {
        "首页", "您当前的位置", "当前位置", "您的位置", "所在位置", "位置", "首", ">", ">>", "»", " > ",
        "分享到", "分享", "打印", "收藏", "返回顶部", "返回", "扫一扫", "手机版", "登录", "注册", "评论", "发表评论",
        "评论一下", "相关文章", "相关", "最新相关新闻", "延伸阅读", "上一篇", "标签", "责任编辑", "编辑", "责编", "值班编辑",
        "版权声明", "免责声明", "本文来源", "原标题", "点击", "本期责任编辑", "本版编辑", "订阅热线", "邮发代号", "国际标准连续出版物号",
        "QQ空间", "QQ好友", "新浪微博", "人人网", "朋友圈", "微信", "微博", "豆瓣", "QQ", "Q", "/", "|",
        "网", "客户端", "信息港", "APP", "App", "Ap", "公众号", "公众", "空白", "空", "举报中心", "不良信息", "网络警", "网络监察",
        "经营性网站", "备案信息", "版权所有", "Copyright", "©", "未经", "许可", "转载", "ICP", "联系电话", "二维码", "扫码",
        "来源", "发布时间", "作者", "：", ":", "[", "【", "(", "（", "】", " ", "  ", "\t", "\u000B", "\f", "\u3000", "\u00a0",
        "\n", "\r", "\u0085", "\u2028", "。", "！", "？", "，", "全县", "贫困户", "增收", "新建大棚一百二十个", "李四", "2020年",
        "0000-1234567", "a", "中国某某",
    };

    private final ChromeFilter filter = new ChromeFilter();
    private final ChromeFilterReference reference = new ChromeFilterReference();

    @Test
    void linesAreJudgedAsTheRegularExpressionsJudgedThem() {
        Random random = new Random(20261127);
        for (int n = 0; n < 200_000; n++) {
            String line = randomLine(random);
            assertEquals(reference.isChrome(line), filter.isChrome(line), () -> "isChrome of " + line);
        }
    }

    @Test
    void theClosingLineIsTheOneTheRegularExpressionFound() {
        Random random = new Random(11);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(8); k >= 0; k--) {
                text.append(randomLine(random)).append('\n');
            }
            List<Line> lines = Line.of(MappedText.identity(text.toString()));
            assertEquals(reference.closingLine(lines), filter.closingLine(lines), () -> "closing line of " + text);
        }
    }

    /** Both answers occur often among the random lines: the agreement above is not of a constant. */
    @Test
    void theRandomLinesReachBothAnswers() {
        Random random = new Random(20261127);
        int chrome = 0;
        for (int n = 0; n < 10_000; n++) {
            chrome += reference.isChrome(randomLine(random)) ? 1 : 0;
        }
        assertTrue(chrome > 1_000 && chrome < 9_000, chrome + " chrome lines of 10,000");
    }

    @Test
    void namedExamples() {
        for (String line : new String[] {
            "【 责任编辑：李四】", "( 分享到", "（\t本版编辑：王五", "[[责任编辑", "【【分享", "某某网", "某某网\u0085", "空白",
            "空白\u0085", "我的公众号", "下载App", "新浪微博 / 微信 | QQ空间", "QQ 空间", "微信 朋友圈 豆瓣", "首页 > 新闻",
            "位置：首页", "全县新建大棚", "版权所有。", "客户端。"}) {
            assertEquals(reference.isChrome(line), filter.isChrome(line), line);
        }
    }

    private static String randomLine(Random random) {
        StringBuilder out = new StringBuilder();
        for (int k = 1 + random.nextInt(random.nextInt(10) == 0 ? 40 : 6); k > 0; k--) {
            out.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
        }
        return out.toString();
    }
}

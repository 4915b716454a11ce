package io.tuopin.ingest.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tuopin.ingest.domain.ArticleMetadata;
import io.tuopin.ingest.domain.ArticleSubmission;
import io.tuopin.ingest.domain.BodyType;
import io.tuopin.ingest.domain.Channel;
import io.tuopin.ingest.domain.DecodedArticle;
import io.tuopin.ingest.domain.IngestRejectedException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ArticleBodyReaderTest {
    private final ArticleBodyReader reader = new ArticleBodyReader(1024, new RegionHints());

    @Test
    void jsonFieldsWinOverQueryMetadataAndHtmlContentIsRecognised() {
        String json = """
                {"title": "扶贫车间", "content": "<p>新建扶贫车间9个</p>", "publishedAt": "2020-05-20T09:00:00+08:00",
                 "url": " https://example.cn/9 ", "extra": 1}""";

        DecodedArticle article = reader.read(submission(BodyType.JSON, json, new ArticleMetadata("查询标题", null, "县报", null)));

        assertEquals(new DecodedArticle("<p>新建扶贫车间9个</p>", "text/html", "UTF-8",
                new ArticleMetadata("扶贫车间", "https://example.cn/9", "县报", "2020-05-20")), article);
    }

    @Test
    void aRegionByCodeOrNameBecomesItsCode() {
        String json = """
                {"content": "我县新建扶贫车间9个", "region": " 汾西县 "}""";
        assertEquals("141034", reader.read(submission(BodyType.JSON, json, ArticleMetadata.NONE)).metadata().region());
        ArticleMetadata village = new ArticleMetadata(null, null, null, null, "620122105201");
        assertEquals("620122105201", reader.read(submission(BodyType.TEXT, "全村脱贫", village)).metadata().region());
        assertEquals(null, reader.read(submission(BodyType.TEXT, "全村脱贫", ArticleMetadata.NONE)).metadata().region());
    }

    @Test
    void aRegionNoGazetteerKnowsOrThatNamesSeveralIsRejectedWithTheReason() {
        for (String region : new String[] {"火星县", "999999", "永安镇", "x".repeat(65)}) {
            IngestRejectedException e = assertThrows(IngestRejectedException.class, () -> reader.read(
                    submission(BodyType.TEXT, "全村脱贫", new ArticleMetadata(null, null, null, null, region))));
            assertEquals("unknown-region", e.kind());
            assertEquals(400, e.status());
            assertTrue(e.detail().startsWith("region "), e.detail());
        }
    }

    @Test
    void plainTextKeepsItsContentExactly() {
        String text = "  全村脱贫 62 户。\n";

        DecodedArticle article = reader.read(submission(BodyType.TEXT, text, ArticleMetadata.NONE));

        assertEquals(text, article.content());
        assertEquals("text/plain", article.contentType());
    }

    @Test
    void rejectionsNameTheirKind() {
        assertKind("body-too-large", 413, submission(BodyType.TEXT, "贫".repeat(400), ArticleMetadata.NONE));
        assertKind("invalid-url", 400, submission(BodyType.TEXT, "脱贫", new ArticleMetadata(null, "not a url", null, null)));
        assertKind("invalid-json", 400, submission(BodyType.JSON, "null", ArticleMetadata.NONE));
        assertKind("invalid-json", 400, submission(BodyType.JSON, "\"只是字符串\"", ArticleMetadata.NONE));
        assertKind("undecodable", 400, submission(BodyType.TEXT, "文本\u0000二进制", ArticleMetadata.NONE));
    }

    private void assertKind(String kind, int status, ArticleSubmission submission) {
        IngestRejectedException e = assertThrows(IngestRejectedException.class, () -> reader.read(submission));
        assertEquals(kind, e.kind());
        assertEquals(status, e.status());
    }

    private static ArticleSubmission submission(BodyType type, String body, ArticleMetadata metadata) {
        return new ArticleSubmission(body.getBytes(StandardCharsets.UTF_8), type, null, metadata, Channel.HTTP);
    }
}

package io.tuopin.gateway.rest;

/** Example bodies shown in the OpenAPI document. */
final class ApiExamples {
    static final String REGION_PAGE = """
            {"items":[{"code":"141034","name":"汾西县","level":"county","parentCode":"141000","articleCount":3}],
             "page":0,"size":20,"total":1}""";
    static final String REGION = """
            {"code":"141034","name":"汾西县","level":"county",
             "parents":[{"code":"140000","name":"山西省","level":"province"},{"code":"141000","name":"临汾市","level":"prefecture"}],
             "children":[],
             "latest":[{"indicator":"poverty_incidence","value":0.4,"unit":"percent","period":"2019","kind":"rate",
                        "observationId":"5d0c1f0e8a9b4c2d8e7f6a5b4c3d2e1f","articleId":"0f1e2d3c4b5a69788796a5b4c3d2e1f0","alternatives":[]}],
             "articleCount":3}""";
    static final String OBSERVATIONS = """
            {"items":[{"id":"5d0c1f0e8a9b4c2d8e7f6a5b4c3d2e1f","articleId":"0f1e2d3c4b5a69788796a5b4c3d2e1f0",
                       "articleTitle":"汾西县脱贫攻坚纪实","publishedAt":"2020-10-15",
                       "region":{"code":"141034","name":"汾西县","level":"county"},"indicator":"poverty_incidence",
                       "value":0.4,"unit":"percent","period":"2019","approx":false,"target":false,"confidence":0.9,
                       "kind":"rate","evidence":{"text":"贫困发生率降至0.4%","start":120,"end":131,"sourceStart":140,"sourceEnd":151}}],
             "page":0,"size":50,"total":1}""";
    static final String SERIES_CSV = """
            id,region_code,region_name,region_level,indicator,value,value_max,unit,period,period_start,approx,target,confidence,kind,article_id,article_title,published_at,evidence
            5d0c1f0e8a9b4c2d8e7f6a5b4c3d2e1f,141034,汾西县,county,poverty_incidence,0.4,,percent,2019,,false,false,0.9,rate,0f1e2d3c4b5a69788796a5b4c3d2e1f0,汾西县脱贫攻坚纪实,2020-10-15,贫困发生率降至0.4%
            """;
    static final String ARTICLE = """
            {"id":"0f1e2d3c4b5a69788796a5b4c3d2e1f0","title":"汾西县脱贫攻坚纪实","source":"临汾日报","url":null,
             "publishedAt":"2020-10-15","region":{"code":"141034","name":"汾西县","level":"county"},
             "text":"……全县贫困发生率降至0.4%……",
             "entities":[{"type":"region","text":"汾西县","start":0,"end":3,"code":"141034"}],
             "observations":[],"extractorVersion":"1"}""";
    static final String ACCEPTED = """
            {"id":"0f1e2d3c4b5a69788796a5b4c3d2e1f0","status":"accepted"}""";
    static final String ARTICLE_POST = """
            {"title":"某县脱贫摘帽","source":"示例日报","publishedAt":"2020-05-01","content":"截至2019年底，全县贫困发生率降至0.5%。"}""";
    static final String OBSERVATION_EVENT = """
            event: observation
            id: 5d0c1f0e8a9b4c2d8e7f6a5b4c3d2e1f
            data: {"id":"5d0c1f0e8a9b4c2d8e7f6a5b4c3d2e1f","articleId":"0f1e2d3c4b5a69788796a5b4c3d2e1f0","regionKey":"141034","region":{"code":"141034","name":"汾西县","level":"county"},"indicator":"poverty_incidence","value":0.4,"unit":"percent","period":"2019","committedAt":"2026-11-23T08:15:31.912Z"}

            """;

    private ApiExamples() {
    }
}

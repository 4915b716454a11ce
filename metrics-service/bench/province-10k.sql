-- 10,000 articles about the counties of 山西省 (140000), written straight into metrics-service's tables
-- (run it after the service has created and seeded them). Each article: one sentence and 2,400 further
-- characters drawn from the CJK block (deterministic, as incompressible as real text),
-- mentions of its county, prefecture and province, and five observations: the province's poor
-- population, the prefecture's poverty incidence, the county's poor population, incidence and an
-- investment (a flow). Deterministic: the same rows every run. Used by bench/province-page.sh.
\set ON_ERROR_STOP on
begin;

create temporary table bench_county on commit drop as
    select (row_number() over (order by c.region_key)) - 1 as n, c.region_key as county, c.parent_key as prefecture
    from region c
    where c.region_level = 'county' and c.region_key like '14%' and c.parent_key is not null;

create temporary table bench_article on commit drop as
    select g as n, md5('bench-article-' || g) as id, c.county, c.prefecture,
           to_char(date '2016-01-01' + (g % 1800), 'YYYY-MM-DD') as published_at,
           2015 + g % 6 as year
    from generate_series(0, 9999) g
    join bench_county c on c.n = g % (select count(*) from bench_county);

insert into article (id, title, source, url, author, published_at, region_key, script, clean_text, entities_json,
                     extractor_version, processed_at)
select id, '山西省脱贫攻坚基准报道第' || n || '篇', '基准来源', 'https://bench.example.cn/' || n || '.html', null,
       published_at, county, 'simplified',
       '截至' || year || '年底，全县建档立卡贫困人口减少到' || (1000 + n) || '人，贫困发生率下降到0.3%。'
           || (select string_agg(chr(19968 + ((n * 7919 + i * 104729) % 20902)), '') from generate_series(1, 2400) i),
       '[{"type":"region","text":"山西省","start":0,"end":3}]', 'bench-1', timestamp with time zone '2021-01-01 00:00:00+00'
from bench_article;

insert into observation_set (article_id, extractor_version, processed_at, published_at, region_key, observation_count)
select id, 'bench-1', timestamp with time zone '2021-01-01 00:00:00+00', published_at, county, 5 from bench_article;

insert into region_mention (id, article_id, region_key, mentions)
select id || '|' || key, id, key, 1
from bench_article, lateral (values (county), (prefecture), ('140000')) as k(key);

insert into observation (id, article_id, region_key, region_code, region_name, region_level, indicator, obs_value,
                         unit, period, approx, target, confidence, kind, evidence_text, evidence_start, evidence_end,
                         source_start, source_end, published_at, extractor_version, processed_at)
select md5(a.id || '|' || o.k), a.id, o.region_key, o.region_key, r.name, r.region_level, o.indicator, o.v, o.unit,
       a.year::text, false, false, 0.9, o.kind, '贫困人口减少到' || o.v || '人', 10, 30, 10, 30, a.published_at,
       'bench-1', timestamp with time zone '2021-01-01 00:00:00+00'
from bench_article a
cross join lateral (values
    (1, '140000', 'poor_population', 500000 - a.n, 'person', 'stock'),
    (2, a.prefecture, 'poverty_incidence', 1 + (a.n % 50) / 10.0, 'percent', 'rate'),
    (3, a.county, 'poor_population', 1000 + a.n, 'person', 'stock'),
    (4, a.county, 'poverty_incidence', 0.3 + (a.n % 7) / 10.0, 'percent', 'rate'),
    (5, a.county, 'investment', 1000000 + a.n, 'yuan', 'flow')) as o(k, region_key, indicator, v, unit, kind)
join region r on r.region_key = o.region_key;

commit;
analyze;
select (select count(*) from article) as articles, (select count(*) from observation) as observations,
       (select count(*) from region_mention) as mentions;

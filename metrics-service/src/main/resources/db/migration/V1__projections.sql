-- Projections of articles.entities and articles.metrics.
-- Portable SQL: runs on PostgreSQL and on H2 in MODE=PostgreSQL (the local file database).
-- Column names avoid words that H2 reserves (value, key, level, text).

create table region (
    region_key   varchar(120) primary key,  -- 6/9-digit code, or parentCode/name for a village
    code         varchar(9),
    name         varchar(200) not null,
    region_level varchar(16)  not null,
    parent_key   varchar(120),
    aliases      varchar(4000)               -- '|'-separated short names, old names, old codes
);
create index region_parent_idx on region (parent_key);
create index region_code_idx on region (code);

-- written by the articles.entities consumer only
create table article (
    id                varchar(32) primary key,
    title             varchar(1000),
    source            varchar(500),
    url               varchar(2000),
    author            varchar(500),
    published_at      varchar(10),
    region_key        varchar(120),
    script            varchar(16),
    clean_text        varchar,
    entities_json     varchar,
    extractor_version varchar(64)  not null,
    processed_at      timestamp with time zone not null
);
create index article_region_idx on article (region_key);
create index article_published_idx on article (published_at);

-- entity mention counts per article and region (replaced with the article's entities)
create table region_mention (
    id         varchar(160) primary key,     -- articleId|regionKey
    article_id varchar(32)  not null,
    region_key varchar(120) not null,
    mentions   integer      not null
);
create index region_mention_region_idx on region_mention (region_key);
create index region_mention_article_idx on region_mention (article_id);

-- the version of each article's observation set (written by the articles.metrics consumer only)
create table article_metrics (
    article_id        varchar(32) primary key,
    extractor_version varchar(64) not null,
    processed_at      timestamp with time zone not null,
    published_at      varchar(10),
    region_key        varchar(120),
    observation_count integer not null
);

create table observation (
    id                varchar(32) primary key,
    article_id        varchar(32)  not null,
    region_key        varchar(120) not null,
    region_code       varchar(9),
    region_name       varchar(200),
    region_level      varchar(16),
    indicator         varchar(64)  not null,
    obs_value         numeric(38, 10) not null,
    value_max         numeric(38, 10),
    unit              varchar(32),
    period            varchar(10),
    period_start      varchar(10),
    approx            boolean not null,
    target            boolean not null,
    confidence        double precision not null,
    kind              varchar(16),
    evidence_text     varchar(4000),
    evidence_start    integer,
    evidence_end      integer,
    source_start      integer,
    source_end        integer,
    published_at      varchar(10),
    extractor_version varchar(64) not null,
    processed_at      timestamp with time zone not null
);
create index observation_region_idx on observation (region_key, indicator, period);
create index observation_article_idx on observation (article_id);
create index observation_indicator_idx on observation (indicator);

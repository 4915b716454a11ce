-- Divisions that exist only in the tests (codes 98xxxx and 99xxxx are unused by GB/T 2260), added to
-- the region table beside the gazetteer seed, so that tests own regions no other test touches.
-- metrics-service accepts a region code only when the region table (the gazetteer) knows it.
insert into region (region_key, code, name, region_level, parent_key) values
    ('990000', '990000', '测试省', 'province', null),
    ('990100', '990100', '测试市', 'prefecture', '990000'),
    ('990101', '990101', '测试甲县', 'county', null),
    ('990102', '990102', '测试乙县', 'county', null),
    ('990103', '990103', '测试丙县', 'county', null),
    ('990104', '990104', '测试丁县', 'county', null),
    ('990105', '990105', '测试戊县', 'county', '990100'),
    ('990106', '990106', '测试己县', 'county', null),
    ('990106001', '990106001', '测试镇', 'township', '990106'),
    ('990107', '990107', '测试庚县', 'county', '990700'),
    ('990700', '990700', '测试庚省', 'province', null),
    ('990201', '990201', '测试死信县', 'county', null),
    ('990301', '990301', '测试校验县', 'county', null),
    ('980000', '980000', '载荷省', 'province', null),
    ('980100', '980100', '载荷市', 'prefecture', '980000'),
    ('980101', '980101', '载荷甲县', 'county', '980100'),
    ('980102', '980102', '载荷乙县', 'county', '980100'),
    -- villages with codes and regions of unknown figures (ProjectionConsumerTest)
    ('990108', '990108', '测试辛县', 'county', null),
    ('990108001', '990108001', '测试辛镇', 'township', '990108'),
    ('990109', '990109', '测试壬县', 'county', null),
    -- the committed change stream and its outbox (ChangeStreamTest, OutboxCrashTest)
    ('990401', '990401', '测试变更甲县', 'county', null),
    ('990402', '990402', '测试变更乙县', 'county', null),
    ('990403', '990403', '测试变更丙县', 'county', null),
    ('990501', '990501', '测试外发甲县', 'county', null),
    ('990502', '990502', '测试外发乙县', 'county', null)
on conflict (region_key) do nothing;

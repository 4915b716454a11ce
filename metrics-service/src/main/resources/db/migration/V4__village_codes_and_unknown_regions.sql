-- Villages of the village list carry their 12-digit codes (the key of such a village is its code);
-- an observation's region may be unknown (an article that names no place and came without a region
-- hint): it stays with its article and belongs to no region's figures.
-- Portable SQL: runs on PostgreSQL and on H2 in MODE=PostgreSQL.

alter table region alter column code set data type varchar(12);
alter table observation alter column region_code set data type varchar(12);
alter table observation alter column region_key drop not null;

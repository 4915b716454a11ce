-- One name per concept: the version of each article's observation set is the table observation_set
-- (entity ObservationSet), next to observation, observation_set_digest and observation_change.
-- The data, the primary key and its index stay as they are.
alter table article_metrics rename to observation_set;

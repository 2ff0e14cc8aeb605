-- +goose Up
-- daily_stats gains the metric floor (key: the collection, 0 agents, 1
-- generated): the lowest price of an active listing when the day's last
-- marketplace change was applied, 0 when none was active; a day without a
-- change keeps the last one's. Stats.daily carries it forward from the last
-- row before its first day, which this index finds at once.
CREATE INDEX daily_stats_metric ON daily_stats (metric, key, day);

-- +goose Down
DROP INDEX daily_stats_metric;

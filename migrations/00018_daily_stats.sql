-- +goose Up
-- Daily rollups of what the chain did, for the API's stats: kept by the
-- indexer in each batch's transaction as it applies the events (a day is
-- the UTC date of the block's time), undone with the rest by a reorg,
-- rebuilt by inft reindex, so a stats query reads a row per day and metric
-- rather than the events. Metrics (key in parentheses):
--   agents (tier)                        packages bought
--   generations_requested, _fulfilled, _failed ('')   requests and their endings
--   collaborations ('')                  collaborations requested
--   chat_sessions ('')                   chat sessions opened
--   revenue (package, top_up, subscription, sale_fee)  wei credited to the payees
--   sales, volume, lowest_sale (collection: 0 agents, 1 generated)  marketplace sales, wei
CREATE TABLE daily_stats (
    day    date NOT NULL,
    metric text NOT NULL,
    key    text NOT NULL DEFAULT '',
    value  numeric(78,0) NOT NULL,
    PRIMARY KEY (day, metric, key)
);
CREATE TRIGGER undo AFTER INSERT OR UPDATE OR DELETE ON daily_stats FOR EACH ROW EXECUTE FUNCTION undo_record('day', 'metric', 'key');

-- Stats.topAgents(by: REVENUE), scanned backwards as the other orders are.
CREATE INDEX agents_revenue ON agents ((royalty_revenue + subscription_revenue), id);

-- +goose Down
DROP INDEX agents_revenue;
DELETE FROM undo_log WHERE table_name = 'daily_stats';
DROP TABLE daily_stats;

-- +goose Up
-- The undo triggers fire only while inft.block is set (the blocks a reorg
-- may still remove). Before, each fired on every row of a deep backfill,
-- was queued as an after-trigger event and called PL/pgSQL only for
-- undo_record to return at once; with the condition in WHEN, PostgreSQL
-- skips the row without queuing it (measured: docs/benchmarks.md).
-- undo_record keeps its own check, for a caller that fires it otherwise.
DROP TRIGGER undo ON packages;
CREATE TRIGGER undo AFTER INSERT OR UPDATE OR DELETE ON packages FOR EACH ROW
    WHEN (current_setting('inft.block', true) <> '') EXECUTE FUNCTION undo_record('tier');
DROP TRIGGER undo ON generation_costs;
CREATE TRIGGER undo AFTER INSERT OR UPDATE OR DELETE ON generation_costs FOR EACH ROW
    WHEN (current_setting('inft.block', true) <> '') EXECUTE FUNCTION undo_record('kind');
DROP TRIGGER undo ON agents;
CREATE TRIGGER undo AFTER INSERT OR UPDATE OR DELETE ON agents FOR EACH ROW
    WHEN (current_setting('inft.block', true) <> '') EXECUTE FUNCTION undo_record('id');
DROP TRIGGER undo ON generation_requests;
CREATE TRIGGER undo AFTER INSERT OR UPDATE OR DELETE ON generation_requests FOR EACH ROW
    WHEN (current_setting('inft.block', true) <> '') EXECUTE FUNCTION undo_record('id');
DROP TRIGGER undo ON generated_tokens;
CREATE TRIGGER undo AFTER INSERT OR UPDATE OR DELETE ON generated_tokens FOR EACH ROW
    WHEN (current_setting('inft.block', true) <> '') EXECUTE FUNCTION undo_record('id');
DROP TRIGGER undo ON listings;
CREATE TRIGGER undo AFTER INSERT OR UPDATE OR DELETE ON listings FOR EACH ROW
    WHEN (current_setting('inft.block', true) <> '') EXECUTE FUNCTION undo_record('id');
DROP TRIGGER undo ON subscription_terms;
CREATE TRIGGER undo AFTER INSERT OR UPDATE OR DELETE ON subscription_terms FOR EACH ROW
    WHEN (current_setting('inft.block', true) <> '') EXECUTE FUNCTION undo_record('agent_id');
DROP TRIGGER undo ON subscriptions;
CREATE TRIGGER undo AFTER INSERT OR UPDATE OR DELETE ON subscriptions FOR EACH ROW
    WHEN (current_setting('inft.block', true) <> '') EXECUTE FUNCTION undo_record('agent_id', 'subscriber');
DROP TRIGGER undo ON balances;
CREATE TRIGGER undo AFTER INSERT OR UPDATE OR DELETE ON balances FOR EACH ROW
    WHEN (current_setting('inft.block', true) <> '') EXECUTE FUNCTION undo_record('payee', 'contract');
DROP TRIGGER undo ON fee_settings;
CREATE TRIGGER undo AFTER INSERT OR UPDATE OR DELETE ON fee_settings FOR EACH ROW
    WHEN (current_setting('inft.block', true) <> '') EXECUTE FUNCTION undo_record('contract');
DROP TRIGGER undo ON marketplace_token_approvals;
CREATE TRIGGER undo AFTER INSERT OR UPDATE OR DELETE ON marketplace_token_approvals FOR EACH ROW
    WHEN (current_setting('inft.block', true) <> '') EXECUTE FUNCTION undo_record('collection', 'token_id');
DROP TRIGGER undo ON marketplace_operators;
CREATE TRIGGER undo AFTER INSERT OR UPDATE OR DELETE ON marketplace_operators FOR EACH ROW
    WHEN (current_setting('inft.block', true) <> '') EXECUTE FUNCTION undo_record('collection', 'owner');
DROP TRIGGER undo ON chat_terms;
CREATE TRIGGER undo AFTER INSERT OR UPDATE OR DELETE ON chat_terms FOR EACH ROW
    WHEN (current_setting('inft.block', true) <> '') EXECUTE FUNCTION undo_record('id');
DROP TRIGGER undo ON chat_sessions;
CREATE TRIGGER undo AFTER INSERT OR UPDATE OR DELETE ON chat_sessions FOR EACH ROW
    WHEN (current_setting('inft.block', true) <> '') EXECUTE FUNCTION undo_record('id');
DROP TRIGGER undo ON generation_collaborators;
CREATE TRIGGER undo AFTER INSERT OR UPDATE OR DELETE ON generation_collaborators FOR EACH ROW
    WHEN (current_setting('inft.block', true) <> '') EXECUTE FUNCTION undo_record('request_id', 'position');
DROP TRIGGER undo ON daily_stats;
CREATE TRIGGER undo AFTER INSERT OR UPDATE OR DELETE ON daily_stats FOR EACH ROW
    WHEN (current_setting('inft.block', true) <> '') EXECUTE FUNCTION undo_record('day', 'metric', 'key');

-- +goose Down
DROP TRIGGER undo ON packages;
CREATE TRIGGER undo AFTER INSERT OR UPDATE OR DELETE ON packages FOR EACH ROW EXECUTE FUNCTION undo_record('tier');
DROP TRIGGER undo ON generation_costs;
CREATE TRIGGER undo AFTER INSERT OR UPDATE OR DELETE ON generation_costs FOR EACH ROW EXECUTE FUNCTION undo_record('kind');
DROP TRIGGER undo ON agents;
CREATE TRIGGER undo AFTER INSERT OR UPDATE OR DELETE ON agents FOR EACH ROW EXECUTE FUNCTION undo_record('id');
DROP TRIGGER undo ON generation_requests;
CREATE TRIGGER undo AFTER INSERT OR UPDATE OR DELETE ON generation_requests FOR EACH ROW EXECUTE FUNCTION undo_record('id');
DROP TRIGGER undo ON generated_tokens;
CREATE TRIGGER undo AFTER INSERT OR UPDATE OR DELETE ON generated_tokens FOR EACH ROW EXECUTE FUNCTION undo_record('id');
DROP TRIGGER undo ON listings;
CREATE TRIGGER undo AFTER INSERT OR UPDATE OR DELETE ON listings FOR EACH ROW EXECUTE FUNCTION undo_record('id');
DROP TRIGGER undo ON subscription_terms;
CREATE TRIGGER undo AFTER INSERT OR UPDATE OR DELETE ON subscription_terms FOR EACH ROW EXECUTE FUNCTION undo_record('agent_id');
DROP TRIGGER undo ON subscriptions;
CREATE TRIGGER undo AFTER INSERT OR UPDATE OR DELETE ON subscriptions FOR EACH ROW EXECUTE FUNCTION undo_record('agent_id', 'subscriber');
DROP TRIGGER undo ON balances;
CREATE TRIGGER undo AFTER INSERT OR UPDATE OR DELETE ON balances FOR EACH ROW EXECUTE FUNCTION undo_record('payee', 'contract');
DROP TRIGGER undo ON fee_settings;
CREATE TRIGGER undo AFTER INSERT OR UPDATE OR DELETE ON fee_settings FOR EACH ROW EXECUTE FUNCTION undo_record('contract');
DROP TRIGGER undo ON marketplace_token_approvals;
CREATE TRIGGER undo AFTER INSERT OR UPDATE OR DELETE ON marketplace_token_approvals FOR EACH ROW EXECUTE FUNCTION undo_record('collection', 'token_id');
DROP TRIGGER undo ON marketplace_operators;
CREATE TRIGGER undo AFTER INSERT OR UPDATE OR DELETE ON marketplace_operators FOR EACH ROW EXECUTE FUNCTION undo_record('collection', 'owner');
DROP TRIGGER undo ON chat_terms;
CREATE TRIGGER undo AFTER INSERT OR UPDATE OR DELETE ON chat_terms FOR EACH ROW EXECUTE FUNCTION undo_record('id');
DROP TRIGGER undo ON chat_sessions;
CREATE TRIGGER undo AFTER INSERT OR UPDATE OR DELETE ON chat_sessions FOR EACH ROW EXECUTE FUNCTION undo_record('id');
DROP TRIGGER undo ON generation_collaborators;
CREATE TRIGGER undo AFTER INSERT OR UPDATE OR DELETE ON generation_collaborators FOR EACH ROW EXECUTE FUNCTION undo_record('request_id', 'position');
DROP TRIGGER undo ON daily_stats;
CREATE TRIGGER undo AFTER INSERT OR UPDATE OR DELETE ON daily_stats FOR EACH ROW EXECUTE FUNCTION undo_record('day', 'metric', 'key');

package indexer_test

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/inft-labs/inft/indexer"
)

// A backfill's append-only rows commit on a side connection just before
// their group's transaction. When that commit fails (here a deferred
// trigger on the checkpoint refuses the third group's), the side's rows are
// above the checkpoint: the next Sync deletes them first, and ends with
// what indexing without the failure gives, whichever indexer (here one
// that held the writer lock before the failing one) does it.
func TestBackfillGroupFailingAfterItsSideCommitted(t *testing.T) {
	t.Parallel()
	cfg := indexer.Config{ReorgWindow: 2, InitialRange: 2, MaxRange: 2, CommitEvents: 1}
	e := setup(t, cfg)
	e.sync() // e.ix has held the lock and indexed the deployment
	e.runWorkload(false)
	e.db.MustExec(`CREATE SEQUENCE checkpoint_writes`)
	e.db.MustExec(`CREATE FUNCTION refuse_third() RETURNS trigger LANGUAGE plpgsql AS $$
		BEGIN
			IF nextval('checkpoint_writes') = 3 THEN RAISE EXCEPTION 'commit refused'; END IF;
			RETURN NULL;
		END $$`)
	e.db.MustExec(`CREATE CONSTRAINT TRIGGER refuse_third AFTER INSERT OR UPDATE ON indexer_checkpoints
		DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION refuse_third()`)

	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	failing := e.newIndexer(indexer.NewClient(e.chain.RPC()))
	require.ErrorContains(t, failing.Sync(ctx), "commit refused")
	cp := e.cpNow()
	require.Positive(t, e.countRows(`SELECT count(*) FROM events WHERE block_number > $1`, cp.Block),
		"the refused group's events were committed by its side transaction")

	// The indexer that held the lock before takes it again and goes on.
	require.NoError(t, e.ix.Sync(ctx))
	e.requireMatchesChain()
	e.requireSameAsFromScratch(cfg)
	// And the one that failed, as after a restart.
	e.mineUntil(e.chainHead() + 3)
	require.NoError(t, failing.Sync(ctx))
	e.requireMatchesChain()
}

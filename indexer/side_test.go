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
// what indexing without the failure gives.
func TestBackfillGroupFailingAfterItsSideCommitted(t *testing.T) {
	t.Parallel()
	cfg := indexer.Config{ReorgWindow: 2, InitialRange: 2, MaxRange: 2, CommitEvents: 1}
	e := setup(t, cfg)
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
	require.ErrorContains(t, e.ix.Sync(ctx), "commit refused")
	cp := e.cpNow()
	require.Positive(t, e.countRows(`SELECT count(*) FROM events WHERE block_number > $1`, cp.Block),
		"the refused group's events were committed by its side transaction")

	// The same indexer, and another one as after a restart, go on.
	require.NoError(t, e.ix.Sync(ctx))
	e.requireMatchesChain()
	e.requireSameAsFromScratch(cfg)
	e.db.MustExec(`DROP TRIGGER refuse_third ON indexer_checkpoints`)
	require.NoError(t, e.newIndexer(indexer.NewClient(e.chain.RPC())).Sync(ctx))
	e.requireMatchesChain()
}

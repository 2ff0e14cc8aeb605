package migrations_test

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/jmoiron/sqlx"
	_ "github.com/lib/pq"

	"github.com/stretchr/testify/require"

	"github.com/inft-labs/inft/internal/pgtest"
	"github.com/inft-labs/inft/migrations"
)

func TestUpIsIdempotent(t *testing.T) {
	t.Parallel()
	db := pgtest.New(t)
	ctx := context.Background()

	n, err := migrations.Up(ctx, db.DB.DB)
	require.NoError(t, err)
	require.Positive(t, n)
	n, err = migrations.Up(ctx, db.DB.DB)
	require.NoError(t, err)
	require.Zero(t, n, "nothing left to apply")
	var indexed bool
	require.NoError(t, db.Get(&indexed, `SELECT EXISTS (SELECT 1 FROM pg_indexes WHERE schemaname = current_schema() AND indexname = 'river_job_request')`))
	require.True(t, indexed, "River's generation jobs indexed by request")

	v, err := migrations.Version(ctx, db.DB.DB)
	require.NoError(t, err)
	require.Positive(t, v)
}

// The undo log restores every projection row changed above a block, whatever
// the change was, and records nothing when inft.block is unset.
func TestUndoAbove(t *testing.T) {
	t.Parallel()
	db := pgtest.New(t)
	ctx := context.Background()
	_, err := migrations.Up(ctx, db.DB.DB)
	require.NoError(t, err)

	tx := db.MustBeginTx(ctx, nil)
	// Block 10 is deep history: no undo entries.
	tx.MustExec(`INSERT INTO agents (id, owner, tier, credits, created_block, created_at, updated_block, updated_at)
		VALUES (1, '\x01', 0, 100, 10, now(), 10, now())`)
	// Block 11 may be reorged: an update, an insert, a delete.
	tx.MustExec(`SELECT set_config('inft.block', '11', true)`)
	tx.MustExec(`UPDATE agents SET credits = 95, owner = '\x02' WHERE id = 1`)
	tx.MustExec(`INSERT INTO agents (id, owner, tier, credits, created_block, created_at, updated_block, updated_at)
		VALUES (2, '\x03', 3, 10000, 11, now(), 11, now())`)
	tx.MustExec(`INSERT INTO subscriptions (agent_id, subscriber, expires_at, credits_left, paid, granted_nonce, updated_block)
		VALUES (1, '\x04', now(), 6, 2, 0, 11)`)
	// Block 12 changes the same rows again.
	tx.MustExec(`SELECT set_config('inft.block', '12', true)`)
	tx.MustExec(`UPDATE agents SET credits = 90 WHERE id = 1`)
	tx.MustExec(`DELETE FROM agents WHERE id = 2`)
	tx.MustExec(`UPDATE subscriptions SET credits_left = 1 WHERE agent_id = 1`)
	require.NoError(t, tx.Commit())

	var entries int
	require.NoError(t, db.Get(&entries, `SELECT count(*) FROM undo_log`))
	require.Equal(t, 6, entries)

	type agent struct {
		ID      string `db:"id"`
		Owner   []byte `db:"owner"`
		Credits string `db:"credits"`
	}
	agents := func() []agent {
		var out []agent
		require.NoError(t, db.Select(&out, `SELECT id, owner, credits FROM agents ORDER BY id`))
		return out
	}

	var undone int
	require.NoError(t, db.Get(&undone, `SELECT undo_above(11)`))
	require.Equal(t, 3, undone)
	require.Equal(t, []agent{{"1", []byte{2}, "95"}, {"2", []byte{3}, "10000"}}, agents(), "as at the end of block 11")
	var left string
	require.NoError(t, db.Get(&left, `SELECT credits_left FROM subscriptions WHERE agent_id = 1`))
	require.Equal(t, "6", left)

	require.NoError(t, db.Get(&undone, `SELECT undo_above(10)`))
	require.Equal(t, 3, undone)
	require.Equal(t, []agent{{"1", []byte{1}, "100"}}, agents(), "as at the end of block 10")
	require.NoError(t, db.Get(&entries, `SELECT count(*) FROM subscriptions`))
	require.Zero(t, entries)
	require.NoError(t, db.Get(&entries, `SELECT count(*) FROM undo_log`))
	require.Zero(t, entries, "undone entries are forgotten")

	// Each undo trigger fires only while inft.block is set, so that a deep
	// backfill's rows are not even queued for it.
	var unconditional []string
	require.NoError(t, db.Select(&unconditional, `SELECT c.relname FROM pg_trigger g JOIN pg_class c ON c.oid = g.tgrelid
		JOIN pg_namespace n ON n.oid = c.relnamespace
		WHERE n.nspname = current_schema() AND g.tgname = 'undo' AND (g.tgqual IS NULL OR pg_get_triggerdef(g.oid) NOT LIKE '%inft.block%')`))
	require.Empty(t, unconditional, "undo triggers without WHEN inft.block is set")
	require.NoError(t, db.Get(&entries, `SELECT count(*) FROM pg_trigger g JOIN pg_class c ON c.oid = g.tgrelid
		JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema() AND g.tgname = 'undo'`))
	require.Equal(t, 16, entries, "every mutable projection has its undo trigger")
}

// Replicas that start together all migrate one empty schema at once: each
// succeeds, and each migration, ours and River's, runs once.
func TestConcurrentUp(t *testing.T) {
	t.Parallel()
	db := pgtest.New(t)
	ctx := context.Background()
	const replicas = 4
	var wg sync.WaitGroup
	ran := make([]int, replicas)
	errs := make([]error, replicas)
	for i := range replicas {
		// Each with its own pool, as separate processes have.
		own, err := sqlx.Open("postgres", db.URL)
		require.NoError(t, err)
		t.Cleanup(func() { own.Close() })
		wg.Add(1)
		go func() {
			defer wg.Done()
			ran[i], errs[i] = migrations.Up(ctx, own.DB)
		}()
	}
	wg.Wait()
	for i := range replicas {
		require.NoError(t, errs[i], "replica %d", i)
	}
	total := 0
	for _, n := range ran {
		total += n
	}
	var ours, river int
	require.NoError(t, db.Get(&ours, `SELECT count(*) FROM goose_db_version WHERE version_id > 0`))
	require.NoError(t, db.Get(&river, `SELECT count(*) FROM river_migration`))
	require.Equal(t, ours+river, total, "every migration ran exactly once across the replicas: %v", ran)
	var dups int
	require.NoError(t, db.Get(&dups, `SELECT count(*) FROM (SELECT version_id FROM goose_db_version GROUP BY version_id HAVING count(*) > 1) d`))
	require.Zero(t, dups)
}

// A schema's migration lock does not hold up another schema's.
func TestUpLockIsPerSchema(t *testing.T) {
	t.Parallel()
	a, b := pgtest.New(t), pgtest.New(t)
	ctx := context.Background()
	conn, err := a.Connx(ctx)
	require.NoError(t, err)
	defer conn.Close()
	// Hold a's lock as a migrating replica would.
	key, err := migrations.LockID(ctx, a.DB.DB)
	require.NoError(t, err)
	_, err = conn.ExecContext(ctx, `SELECT pg_advisory_lock($1)`, key)
	require.NoError(t, err)
	tctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	_, err = migrations.Up(tctx, b.DB.DB)
	require.NoError(t, err, "b migrates while a's lock is held")
}

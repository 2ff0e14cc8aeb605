package jobs_test

import (
	"context"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/inft-labs/inft/internal/pgtest"
	"github.com/inft-labs/inft/jobs"
	"github.com/inft-labs/inft/migrations"
)

// Generation jobs are queued once per request, in the caller's transaction,
// with their tier's priority.
func TestInsertTx(t *testing.T) {
	t.Parallel()
	db := pgtest.New(t)
	ctx := context.Background()
	_, err := migrations.Up(ctx, db.DB.DB)
	require.NoError(t, err)
	ins, err := jobs.NewInserter(db.DB.DB, 0)
	require.NoError(t, err)
	for range 2 {
		tx, err := db.DB.DB.Begin()
		require.NoError(t, err)
		require.NoError(t, ins.InsertTx(ctx, tx, []jobs.Generate{{RequestID: "1", Tier: 3}, {RequestID: "2", Tier: 0}}))
		require.NoError(t, tx.Commit())
	}
	var got []string
	require.NoError(t, db.Select(&got, `SELECT (args->>'request_id') || ':' || priority || ':' || max_attempts || ':' || queue
		FROM river_job ORDER BY id`))
	require.Equal(t, []string{"1:1:5:generate", "2:4:5:generate"}, got, "one live job per request")
}

// DeleteWaiting removes the waiting jobs of the requests it is given, and
// nothing running or of other requests.
func TestDeleteWaiting(t *testing.T) {
	t.Parallel()
	db := pgtest.New(t)
	ctx := context.Background()
	_, err := migrations.Up(ctx, db.DB.DB)
	require.NoError(t, err)
	ins, err := jobs.NewInserter(db.DB.DB, 0)
	require.NoError(t, err)
	tx, err := db.DB.DB.Begin()
	require.NoError(t, err)
	require.NoError(t, ins.InsertTx(ctx, tx, []jobs.Generate{{RequestID: "1"}, {RequestID: "2"}, {RequestID: "3"}}))
	require.NoError(t, tx.Commit())
	db.MustExec(`UPDATE river_job SET state = 'running', attempt = 1, attempted_at = now() WHERE args->>'request_id' = '2'`)

	tx, err = db.DB.DB.Begin()
	require.NoError(t, err)
	require.NoError(t, jobs.DeleteWaiting(ctx, tx, []string{"1", "2"}))
	require.NoError(t, tx.Commit())
	require.NoError(t, jobs.DeleteWaiting(ctx, db.DB.DB, nil))
	var left []string
	require.NoError(t, db.Select(&left, `SELECT (args->>'request_id') || ':' || state FROM river_job ORDER BY id`))
	require.Equal(t, []string{"2:running", "3:available"}, left)
}

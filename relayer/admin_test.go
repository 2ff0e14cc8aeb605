package relayer_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/inft-labs/inft/ai/local"
	"github.com/inft-labs/inft/internal/chaintest"
)

// The operators' actions: a request stuck in a held-up provider is failed
// on chain with the operator's reason and refunded; a request whose job was
// lost is queued again and fulfilled; nothing is done twice.
func TestAdminActions(t *testing.T) {
	t.Parallel()
	p := newPipeline(t)
	gate := gated{local.New(), make(chan struct{})}
	svc := p.start(gate, 100*time.Millisecond)
	requestAs(t, p.chain, chaintest.Alice, 1, 0, "a haiku", "a limerick")
	p.waitStage("1", "GENERATING")
	ctx := context.Background()

	require.NoError(t, svc.PauseProvider("local"))
	require.Error(t, svc.PauseProvider("nope"))
	require.NoError(t, svc.ResumeProvider("local"))

	require.NoError(t, svc.FailJob(ctx, "1", "held up for hours"))
	require.ErrorContains(t, svc.FailJob(ctx, "1", "again"), "already has its fulfilment or failure queued")
	p.waitStatus("1", 3)
	var reason string
	require.NoError(t, p.db.Get(&reason, `SELECT failure_reason FROM generation_requests WHERE id = 1`))
	require.Equal(t, "failed by an operator: held up for hours", reason)
	require.ErrorContains(t, svc.FailJob(ctx, "1", "again"), "no longer pending")
	require.ErrorContains(t, svc.RetryJob(ctx, "99"), "not indexed")

	// Request 2's job is lost (deleted); the operator queues it again.
	require.NoError(t, svc.Stop(ctx))
	p.db.MustExec(`DELETE FROM river_job WHERE args->>'request_id' = '2'`)
	// Request 3's job failed an attempt and waits out an hour's backoff;
	// the operator's retry runs it now, without a second job.
	requestAs(t, p.chain, chaintest.Alice, 1, 0, "a sonnet")
	require.Eventually(t, func() bool {
		res := p.db.MustExec(`UPDATE river_job SET state = 'retryable', attempt = 1, attempted_at = now(), scheduled_at = now() + interval '1 hour',
			errors = ARRAY['{"attempt": 1, "error": "all providers paused"}'::jsonb] WHERE args->>'request_id' = '3'`)
		n, _ := res.RowsAffected()
		return n == 1
	}, 90*time.Second, 20*time.Millisecond, "request 3 indexed and its job queued") // 10 s failed once in a loaded CI run
	svc = p.start(local.New(), time.Second)
	defer func() { require.NoError(t, svc.Stop(ctx)) }()
	require.NoError(t, svc.RetryJob(ctx, "2"))
	p.waitStatus("2", 2)
	require.NoError(t, svc.RetryJob(ctx, "3"))
	p.waitStatus("3", 2)
	var jobs int
	require.NoError(t, p.db.Get(&jobs, `SELECT count(*) FROM river_job WHERE args->>'request_id' = '3'`))
	require.Equal(t, 1, jobs, "the waiting job ran; none was added")
	credits := chaintest.Call(t, p.chain.Agents, p.chain.AgentsABI.PackCredits(big.NewInt(1)), p.chain.AgentsABI.UnpackCredits)
	require.Equal(t, uint64(499), credits, "one text spent (2), one refunded (1); request 3 is of a second agent")
}

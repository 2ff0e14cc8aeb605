package relayer_test

import (
	"context"
	"testing"
	"time"

	"github.com/jmoiron/sqlx"
	"github.com/stretchr/testify/require"

	"github.com/inft-labs/inft/ai/local"
	"github.com/inft-labs/inft/internal/chaintest"
	"github.com/inft-labs/inft/internal/startstop/startstoptest"
	"github.com/inft-labs/inft/relayer"
	"github.com/inft-labs/inft/txmgr"
)

// Stop called twice returns both times (it read the transaction manager's
// result channel twice, and the second Stop blocked forever).
func TestServiceStopTwice(t *testing.T) {
	t.Parallel()
	p := newPipeline(t)
	svc := p.start(local.New(), time.Second)
	require.NoError(t, svc.Stop(context.Background()))
	done := make(chan error, 1)
	go func() { done <- svc.Stop(context.Background()) }()
	select {
	case err := <-done:
		require.NoError(t, err)
	case <-time.After(10 * time.Second):
		t.Fatal("the second Stop blocked")
	}
}

// The relayer and its queue start and stop from many
// goroutines at once without blocking, racing or leaking, as River's services
// are tested.
func TestLifecycleStress(t *testing.T) {
	t.Parallel()

	t.Run("service", func(t *testing.T) {
		t.Parallel()
		p := newPipeline(t)
		svc := p.service(local.New(), 50*time.Millisecond)
		startstoptest.Stress(t, svc, nil)
		// Still whole: started once more, it fulfils a request.
		require.NoError(t, svc.Start(context.Background()))
		requestAs(t, p.chain, chaintest.Alice, 1, 0, "a haiku")
		p.waitStatus("1", 2)
		require.NoError(t, svc.Stop(context.Background()))
	})

	t.Run("queue", func(t *testing.T) {
		t.Parallel()
		e := setup(t)
		q, err := relayer.NewQueue(e.db.DB.DB, e.worker, nil, relayer.QueueConfig{PollInterval: 20 * time.Millisecond, SoftStop: 50 * time.Millisecond})
		require.NoError(t, err)
		startstoptest.Stress(t, q, nil)
	})

}

// startService builds the relayer and starts it.
func startService(ctx context.Context, db *sqlx.DB, client txmgr.Client, cfg relayer.ServiceConfig) (*relayer.Service, error) {
	svc, err := relayer.NewService(ctx, db, client, cfg)
	if err != nil {
		return nil, err
	}
	return svc, svc.Start(ctx)
}

package relayer_test

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"math/big"
	"sync"
	"testing"

	"github.com/jmoiron/sqlx"
	"github.com/stretchr/testify/require"

	"github.com/inft-labs/inft/ai"
	"github.com/inft-labs/inft/ai/local"
	"github.com/inft-labs/inft/internal/chaintest"
	"github.com/inft-labs/inft/ipfs"
	"github.com/inft-labs/inft/relayer"
)

// txWatch is a store that, during each Put, looks from another connection
// for a transaction left open by the worker's pool (its connections carry an
// application_name of their own): an IPFS call can take minutes, and a
// transaction open meanwhile holds its locks (the request's advisory lock,
// the agent's profile row) and a connection.
type txWatch struct {
	ipfs.Store
	t    *testing.T
	db   *sqlx.DB
	app  string
	mu   sync.Mutex
	open []string // what was open during a Put
	docs int      // state documents put
}

func (s *txWatch) Put(ctx context.Context, data []byte) (string, error) {
	var open []string
	require.NoError(s.t, s.db.SelectContext(ctx, &open, `SELECT state || ': ' || left(query, 80) FROM pg_stat_activity
		WHERE application_name = $1 AND state LIKE 'idle in transaction%'`, s.app))
	s.mu.Lock()
	s.open = append(s.open, open...)
	if bytes.Contains(data, []byte(`"schema":"inft.agent-state/1"`)) {
		s.docs++
	}
	s.mu.Unlock()
	return s.Store.Put(ctx, data)
}

// No IPFS call is made inside a database transaction: the state document of
// a level-up is stored before the short transaction that queues evolveAgent,
// at generation time and by the scheduled anchoring alike, and the level is
// still anchored on chain.
func TestNoIPFSCallInsideATransaction(t *testing.T) {
	t.Parallel()
	e := setup(t)
	ctx := context.Background()
	b := make([]byte, 6)
	_, _ = rand.Read(b)
	app := "inft-worker-" + hex.EncodeToString(b)
	pool, err := sqlx.Open("postgres", e.db.URL+"&application_name="+app)
	require.NoError(t, err)
	defer pool.Close()
	watch := &txWatch{Store: e.store, t: t, db: e.db.DB, app: app}
	orch, err := ai.NewOrchestrator([]ai.Provider{local.New()}, ai.OrchestratorConfig{Policies: ai.OpenPolicies})
	require.NoError(t, err)
	w, err := relayer.New(ctx, pool, relayer.Config{AI: orch, Store: watch, Tx: e.tx, Agents: e.chain.Contracts.Agents})
	require.NoError(t, err)

	c := e.chain
	e.request(1, "a noir lighthouse") // a Pro agent: 37 XP an image, level 2 at 100
	for _, p := range []string{"a noir harbour", "a noir storm"} {
		c.Send(chaintest.Alice, c.Agents, nil, c.AgentsABI.PackRequestGeneration(big.NewInt(1), 1, p))
	}
	e.sync()
	for _, id := range []string{"1", "2", "3"} {
		require.NoError(t, w.Process(ctx, id))
	}
	s, err := relayer.NewScheduler(w, c.Client, c.Contracts.Generated, relayer.ScheduleConfig{}, nil)
	require.NoError(t, err)
	_, err = s.AnchorEvolution(ctx) // whatever the level-up left to the schedule
	require.NoError(t, err)
	_, err = w.Anchor(ctx, "1") // what the queued anchor job does (no River client works here)
	require.NoError(t, err)
	e.mine()
	require.Equal(t, uint32(2), chaintest.Call(t, c.Agents, c.AgentsABI.PackLevelOf(big.NewInt(1)), c.AgentsABI.UnpackLevelOf))

	// A level the scheduled anchoring finds.
	e.db.MustExec(`UPDATE agent_profiles SET profile = jsonb_set(profile, '{level}', '3') WHERE agent_id = 1`)
	n, err := s.AnchorEvolution(ctx)
	require.NoError(t, err)
	require.Equal(t, 1, n)
	_, err = w.Anchor(ctx, "1")
	require.NoError(t, err)
	e.mine()
	require.Equal(t, uint32(3), chaintest.Call(t, c.Agents, c.AgentsABI.PackLevelOf(big.NewInt(1)), c.AgentsABI.UnpackLevelOf))

	watch.mu.Lock()
	defer watch.mu.Unlock()
	require.GreaterOrEqual(t, watch.docs, 2, "both state documents went through the store")
	require.Empty(t, watch.open, "transactions open during an IPFS call")
}

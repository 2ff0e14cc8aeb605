package graph_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/inft-labs/inft/ai"
	"github.com/inft-labs/inft/internal/chaintest"
)

// A generation shows each call to a provider that made its output, as the
// relayer recorded them: the failover first, then the success.
func TestGenerationAttempts(t *testing.T) {
	t.Parallel()
	e := setup(t)
	agent := e.buy(chaintest.Alice, 1)
	id := e.request(chaintest.Alice, agent, 0, "a haiku")
	e.sync()
	attempts, err := json.Marshal([]ai.Attempt{
		{Provider: "openai", Model: "gpt-4o-mini", Latency: 1500 * time.Millisecond, Class: ai.ClassRateLimited, Error: "slow down"},
		{Provider: "cloudflare", Model: "llama", Latency: 250 * time.Millisecond, CostUSD: 0.0002},
	})
	require.NoError(t, err)
	e.db.MustExec(`INSERT INTO generation_outputs (request_id, provider, model, mime, output_cid, metadata_cid, cost_usd, attempts)
		VALUES ($1, 'cloudflare', 'llama', 'text/plain; charset=utf-8', 'bafyout', 'bafymeta', 0.0002, $2)`, id.String(), attempts)

	var out struct {
		Generation struct {
			Attempts []map[string]any
		}
	}
	e.query(&out, `query($id: ID!) { generation(requestId: $id) { attempts { provider model outcome latencyMs costUsd error } } }`,
		map[string]any{"id": id.String()})
	require.Equal(t, []map[string]any{
		{"provider": "openai", "model": "gpt-4o-mini", "outcome": "rate_limited", "latencyMs": 1500.0, "costUsd": 0.0, "error": "slow down"},
		{"provider": "cloudflare", "model": "llama", "outcome": "SUCCESS", "latencyMs": 250.0, "costUsd": 0.0002, "error": nil},
	}, out.Generation.Attempts)

	// Before any output, none.
	other := e.request(chaintest.Alice, agent, 0, "another")
	e.sync()
	e.query(&out, `query($id: ID!) { generation(requestId: $id) { attempts { provider } } }`, map[string]any{"id": other.String()})
	require.Empty(t, out.Generation.Attempts)
}

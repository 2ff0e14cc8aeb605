package indexer_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/inft-labs/inft/indexer"
)

func TestWorkloadProjectionsMatchTheChain(t *testing.T) {
	t.Parallel()
	e := setup(t, indexer.Config{})
	for _, s := range workload() {
		s.run(e)
		e.sync()
		t.Run(s.name, func(t *testing.T) {
			e.t = t
			e.requireMatchesChain()
		})
		e.t = t
	}

	// Rules beyond the views.
	var sub struct {
		Left   string `db:"credits_left"`
		Lapsed bool   `db:"lapsed"`
	}
	require.NoError(t, e.db.Get(&sub, `SELECT credits_left, lapsed FROM subscriptions WHERE agent_id = 1`))
	require.Equal(t, "6", sub.Left, "bob's failed request gave his quota back, his session took 4 of it, and its settlement after the agent changed hands none")
	require.True(t, sub.Lapsed, "the agent changed hands")
	var statuses []string
	require.NoError(t, e.db.Select(&statuses, `SELECT status FROM listings ORDER BY id`))
	require.Equal(t, []string{"sold", "cancelled", "cancelled"}, statuses)
	var causes []string
	require.NoError(t, e.db.Select(&causes, `SELECT cause || ':' || delta FROM credit_ledger WHERE agent_id = 1 ORDER BY block_number, log_index`))
	require.Equal(t, []string{"purchase:100", "top_up:100", "request:-1", "request:-5", "refund:5", "request:-5", "refund:5",
		"session_escrow:-4", "session_escrow:-3", "session_refund:2", "session_refund:3"}, causes)
	var sessions []string
	require.NoError(t, e.db.Select(&sessions, `SELECT id || ':' || status || ':' || by_subscriber || ':' || coalesce(credits_used::text, '-') || ':' ||
		coalesce(credits_refunded::text, '-') FROM chat_sessions ORDER BY id`))
	require.Equal(t, []string{"1:settled:true:1:3", "2:reclaimed:false:0:20", "3:settled:false:1:2"}, sessions)
	var sale struct {
		Fee     string `db:"fee"`
		Royalty string `db:"royalty"`
	}
	require.NoError(t, e.db.Get(&sale, `SELECT fee, royalty FROM sales WHERE listing_id = 1`))
	require.Equal(t, "50000000000000000", sale.Fee, "2.5% of 2 ether")
	require.Equal(t, "100000000000000000", sale.Royalty, "5% of 2 ether")
	require.Equal(t, []string{"1", "3", "5"}, e.jobIDs(),
		"with 0 confirmations every request pending when indexed got a job; 2 and 4 ended in the blocks indexed with them")
}

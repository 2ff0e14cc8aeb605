package indexer_test

import (
	"context"
	"math/big"
	"os"
	"testing"
	"time"

	"github.com/pressly/goose/v3"
	"github.com/stretchr/testify/require"

	"github.com/inft-labs/inft/indexer"
)

// agentCounters are what the agents projection counts of each agent.
type agentCounters struct {
	ID            string `db:"id"`
	Requested     int64  `db:"generations_requested"`
	Fulfilled     int64  `db:"generations_fulfilled"`
	Failed        int64  `db:"generations_failed"`
	Seconds       int64  `db:"fulfilment_seconds"`
	TokenSales    int64  `db:"token_sales"`
	Volume        string `db:"token_sales_volume"`
	Royalties     string `db:"royalty_revenue"`
	Subscriptions string `db:"subscription_revenue"`
	AgentSales    int64  `db:"agent_sales"`
}

func (e *env) counters() []agentCounters {
	e.t.Helper()
	var out []agentCounters
	require.NoError(e.t, e.db.Select(&out, `SELECT id::text AS id, generations_requested, generations_fulfilled, generations_failed,
		fulfilment_seconds, token_sales, token_sales_volume::text AS token_sales_volume, royalty_revenue::text AS royalty_revenue,
		subscription_revenue::text AS subscription_revenue, agent_sales FROM agents ORDER BY id`))
	return out
}

// countersFromRows computes the counters anew from the rows they count: the
// requests (a collaboration's for each of its agents; a learning one mints
// nothing, so it counts no generation), the sales (a co-created token's
// royalty for each agent its share), and the Subscribed events of the log.
func (e *env) countersFromRows() []agentCounters {
	e.t.Helper()
	var out []agentCounters
	require.NoError(e.t, e.db.Select(&out, `WITH part AS (
			SELECT r.agent_id AS who, r.status, r.mode, r.updated_at, r.requested_at FROM generation_requests r WHERE r.mode IS NULL
			UNION ALL SELECT c.agent_id, r.status, r.mode, r.updated_at, r.requested_at
			FROM generation_requests r JOIN generation_collaborators c ON c.request_id = r.id)
		SELECT a.id::text AS id,
		(SELECT count(*) FROM part r WHERE r.who = a.id) AS generations_requested,
		(SELECT count(*) FROM part r WHERE r.who = a.id AND r.status = 2 AND coalesce(r.mode, 0) < 4) AS generations_fulfilled,
		(SELECT count(*) FROM part r WHERE r.who = a.id AND r.status = 3) AS generations_failed,
		(SELECT coalesce(sum(extract(epoch FROM r.updated_at - r.requested_at)), 0)::bigint FROM part r
			WHERE r.who = a.id AND r.status = 2 AND coalesce(r.mode, 0) < 4) AS fulfilment_seconds,
		(SELECT count(*) FROM sales s JOIN generated_tokens t ON s.collection = 1 AND t.id = s.token_id WHERE t.agent_id = a.id) AS token_sales,
		(SELECT coalesce(sum(s.price), 0)::text FROM sales s JOIN generated_tokens t ON s.collection = 1 AND t.id = s.token_id
			WHERE t.agent_id = a.id) AS token_sales_volume,
		((SELECT coalesce(sum(s.royalty), 0) FROM sales s JOIN generated_tokens t ON s.collection = 1 AND t.id = s.token_id
			WHERE t.agent_id = a.id AND NOT EXISTS (SELECT 1 FROM sale_royalties x WHERE x.listing_id = s.listing_id))
		  + (SELECT coalesce(sum(x.amount), 0) FROM sale_royalties x WHERE x.agent_id = a.id))::text AS royalty_revenue,
		'0' AS subscription_revenue,
		(SELECT count(*) FROM sales s WHERE s.collection = 0 AND s.token_id = a.id) AS agent_sales
		FROM agents a ORDER BY a.id`))
	var subscribed []struct {
		Topics []byte `db:"topics"`
		Data   []byte `db:"data"`
	}
	require.NoError(e.t, e.db.Select(&subscribed, `SELECT topics, data FROM events WHERE name = 'Subscribed'`))
	paid := map[string]*big.Int{}
	for _, ev := range subscribed {
		agent := new(big.Int).SetBytes(ev.Topics[32:64]).String() // Subscribed(uint256 indexed agentId, …, uint256 paid)
		if paid[agent] == nil {
			paid[agent] = new(big.Int)
		}
		paid[agent].Add(paid[agent], new(big.Int).SetBytes(ev.Data[32:64]))
	}
	for i := range out {
		if p := paid[out[i].ID]; p != nil {
			out[i].Subscriptions = p.String()
		}
	}
	return out
}

// The agents projection counts each agent's requests, their endings and
// times, its tokens' sales with their royalties, its own sales and its
// subscription payments: the workload's, a tail's, and back to the
// workload's when a reorg removes the tail; a reindex gives the same.
func TestAgentCounters(t *testing.T) {
	t.Parallel()
	cfg := indexer.Config{}
	e := setup(t, cfg)
	c, a, m := e.chain, e.chain.AgentsABI, e.chain.MarketplaceABI
	id := big.NewInt
	e.runWorkload(false)
	e.sync()

	workload := e.counters()
	require.Len(t, workload, 2)
	seconds := workload[0].Seconds
	require.Positive(t, seconds, "request 1 was fulfilled in a later block")
	require.Equal(t, []agentCounters{
		// Requests 1 (fulfilled: token 1), 2 and 3 (failed); token 1 sold for
		// 2 S with a 5 % royalty; Bob's subscription paid 1 S.
		{ID: "1", Requested: 3, Fulfilled: 1, Failed: 2, Seconds: seconds, TokenSales: 1, Volume: ether(2).String(),
			Royalties: "100000000000000000", Subscriptions: ether(1).String()},
		// Requests 4 (cancelled after the timeout: failed, refunded) and 5 (pending).
		{ID: "2", Requested: 2, Failed: 1, Volume: "0", Royalties: "0", Subscriptions: "0"},
	}, workload)
	require.Equal(t, e.countersFromRows(), workload)

	// The tail: agent 2 makes token 2; Carol sells token 1 to Alice for 3 S;
	// Carol sells agent 1 to Bob, who rents it to Alice for 1 S.
	ancestor := e.chainHead()
	e.send(bob, c.Agents, nil, a.PackRequestGeneration(id(2), text, "a sea shanty"))       // request 6
	e.send(relayer, c.Agents, nil, a.PackFulfillGeneration(id(6), "ipfs://bafy-output-6")) // token 2
	e.send(carol, c.Generated, nil, c.GeneratedABI.PackApprove(c.Contracts.Marketplace, id(1)))
	e.send(carol, c.Marketplace, nil, m.PackList(c.Contracts.Generated, id(1), ether(3))) // listing 4
	e.send(alice, c.Marketplace, ether(3), m.PackBuy(id(4)))
	e.send(carol, c.Marketplace, nil, m.PackList(c.Contracts.Agents, id(1), ether(30))) // listing 5
	e.send(bob, c.Marketplace, ether(30), m.PackBuy(id(5)))
	e.send(bob, c.Agents, nil, a.PackSetSubscriptionTerms(id(1), ether(1), 3600, 10))
	e.send(alice, c.Agents, ether(1), a.PackSubscribe(id(1)))
	oldHead := e.chainHead()
	e.sync()
	tail := e.counters()
	require.Positive(t, tail[1].Seconds)
	require.Equal(t, []agentCounters{
		{ID: "1", Requested: 3, Fulfilled: 1, Failed: 2, Seconds: seconds, TokenSales: 2, Volume: ether(5).String(),
			Royalties: "250000000000000000", Subscriptions: ether(2).String(), AgentSales: 1},
		{ID: "2", Requested: 3, Fulfilled: 1, Failed: 1, Seconds: tail[1].Seconds, Volume: "0", Royalties: "0", Subscriptions: "0"},
	}, tail)
	require.Equal(t, e.countersFromRows(), tail)
	require.Equal(t, []string{"2", "1"}, e.agentIDs("generations_fulfilled DESC, id DESC"), "a tie on generations: the newest first")

	// The side chain has Bob's request but no fulfilment, sale or subscription.
	e.forkAt(ancestor)
	e.send(bob, c.Agents, nil, a.PackRequestGeneration(id(2), text, "another shanty"))
	e.mineUntil(oldHead + 1)
	e.sync()
	workload[1].Requested++
	require.Equal(t, workload, e.counters(), "the reorg took the tail's counts back")
	require.Equal(t, e.countersFromRows(), e.counters())
	require.Equal(t, []string{"1", "2"}, e.agentIDs("generations_fulfilled DESC, id DESC"))
	e.requireSameAsFromScratch(cfg)

	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	live := e.checksum()
	for _, from := range []uint64{0, ancestor, e.cpNow().Block} {
		require.NoError(t, e.ix.Reindex(ctx, from), "reindex from %d", from)
		require.Equal(t, workload, e.counters(), "reindex from %d", from)
		require.Equal(t, live, e.checksum(), "reindex from %d", from)
	}
}

// agentIDs returns the agents' ids in an order of the projection's columns.
func (e *env) agentIDs(order string) []string {
	e.t.Helper()
	var ids []string
	require.NoError(e.t, e.db.Select(&ids, `SELECT id::text FROM agents ORDER BY `+order))
	return ids
}

// Migrating a database indexed before the counters existed fills them in, in
// the rows and in the undo log's images of the rows (so that a reorg just
// after the upgrade restores them too): migrating down and up again changes
// nothing, and a reorg then ends where indexing from scratch ends.
func TestCountersMigration(t *testing.T) {
	t.Parallel()
	cfg := indexer.Config{}
	e := setup(t, cfg)
	c, a, m := e.chain, e.chain.AgentsABI, e.chain.MarketplaceABI
	id := big.NewInt
	e.runWorkload(false)
	e.sync()
	ancestor := e.chainHead()
	e.send(bob, c.Agents, nil, a.PackRequestGeneration(id(2), text, "a sea shanty"))
	e.send(relayer, c.Agents, nil, a.PackFulfillGeneration(id(6), "ipfs://bafy-output-6"))
	e.send(carol, c.Generated, nil, c.GeneratedABI.PackApprove(c.Contracts.Marketplace, id(1)))
	e.send(carol, c.Marketplace, nil, m.PackList(c.Contracts.Generated, id(1), ether(3)))
	e.send(alice, c.Marketplace, ether(3), m.PackBuy(id(4)))
	e.send(carol, c.Agents, nil, a.PackSetSubscriptionTerms(id(1), ether(1), 3600, 10)) // Carol owns agent 1 now
	oldHead := e.chainHead()
	e.sync()

	undoImages := func() []string {
		var rows []string
		require.NoError(t, e.db.Select(&rows, `SELECT id || ' ' || op || ' ' || coalesce(old_row::text, '') FROM undo_log
			WHERE table_name = 'agents' ORDER BY id`))
		return rows
	}
	rows, images := e.counters(), undoImages()
	require.NotEmpty(t, images)

	ctx := context.Background()
	p, err := goose.NewProvider(goose.DialectPostgres, e.db.DB.DB, os.DirFS("../migrations"))
	require.NoError(t, err)
	_, err = p.ApplyVersion(ctx, 8, false)
	require.NoError(t, err)
	var n int
	require.NoError(t, e.db.Get(&n, `SELECT count(*) FROM undo_log WHERE table_name = 'agents' AND old_row ? 'generations_fulfilled'`))
	require.Zero(t, n, "down: the images are as the code before the counters wrote them")
	_, err = p.ApplyVersion(ctx, 8, true)
	require.NoError(t, err)
	require.Equal(t, rows, e.counters())
	require.Equal(t, images, undoImages())

	e.forkAt(ancestor)
	e.mineUntil(oldHead + 1)
	e.sync()
	require.Equal(t, e.countersFromRows(), e.counters())
	e.requireSameAsFromScratch(cfg)
}

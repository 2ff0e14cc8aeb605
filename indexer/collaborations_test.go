package indexer_test

import (
	"context"
	"encoding/hex"
	"math/big"
	"os"
	"testing"

	"github.com/pressly/goose/v3"
	"github.com/stretchr/testify/require"

	"github.com/inft-labs/inft/indexer"
	"github.com/inft-labs/inft/internal/chaintest"
)

// Modes of INFTAgents.requestCollaboration.
const (
	modeCollaborative uint8 = 1
	modePeerReview    uint8 = 2
	modeSkillTransfer uint8 = 4
)

type collaborator struct {
	Request      string `db:"request_id"`
	Position     int    `db:"position"`
	Agent        string `db:"agent_id"`
	Spent        string `db:"credits_spent"`
	BySubscriber bool   `db:"by_subscriber"`
}

func (e *env) collaborators() []collaborator {
	e.t.Helper()
	var out []collaborator
	require.NoError(e.t, e.db.Select(&out, `SELECT request_id::text AS request_id, position, agent_id::text AS agent_id,
		credits_spent::text AS credits_spent, by_subscriber FROM generation_collaborators ORDER BY request_id, position`))
	return out
}

// requestLedger is agent's credit changes by requests: cause:delta:balance:request.
func (e *env) requestLedger(agent int) []string {
	e.t.Helper()
	var out []string
	require.NoError(e.t, e.db.Select(&out, `SELECT cause || ':' || delta || ':' || balance || ':' || request_id FROM credit_ledger
		WHERE agent_id = $1 AND request_id IS NOT NULL ORDER BY block_number, log_index`, agent))
	return out
}

// royaltyShares are the indexed royalty splits: listing:agent:receiver:amount.
func (e *env) royaltyShares() []string {
	e.t.Helper()
	var out []string
	require.NoError(e.t, e.db.Select(&out, `SELECT listing_id || ':' || agent_id || ':' || encode(receiver, 'hex') || ':' || amount
		FROM sale_royalties ORDER BY block_number, log_index`))
	return out
}

// Collaborations charge every agent its share (an owned agent from its
// credits, a rented one from the subscriber's quota too), fail with every
// share refunded, end a learning mode with no token, and a co-created
// token's sale splits the royalty among its agents' owners at the sale; the
// counters count each agent. Checked against the chain after every step,
// on both indexing paths, and against indexing from scratch.
func TestCollaborations(t *testing.T) {
	t.Parallel()
	for _, path := range indexingPaths {
		t.Run(path.name, func(t *testing.T) {
			t.Parallel()
			testCollaborations(t, path.cfg)
		})
	}
}

func testCollaborations(t *testing.T, cfg indexer.Config) {
	e := setup(t, cfg)
	c, a, g, m := e.chain, e.chain.AgentsABI, e.chain.GeneratedABI, e.chain.MarketplaceABI
	id := big.NewInt
	agents := func(ids ...int64) []*big.Int {
		out := make([]*big.Int, len(ids))
		for i, n := range ids {
			out[i] = id(n)
		}
		return out
	}
	e.step(func() {
		e.send(alice, c.Agents, ether(10), a.PackPurchasePackage(starter)) // 1
		e.send(alice, c.Agents, ether(10), a.PackPurchasePackage(starter)) // 2
		e.send(bob, c.Agents, ether(10), a.PackPurchasePackage(starter))   // 3
		e.send(bob, c.Agents, nil, a.PackSetSubscriptionTerms(id(3), ether(1), 86400, 20))
		e.send(alice, c.Agents, ether(1), a.PackSubscribe(id(3)))
	})

	// Request 1: a peer review of an image by 1, 2 and Bob's 3 (rented), 5 credits each.
	e.step(func() {
		e.send(alice, c.Agents, nil, a.PackRequestCollaboration(agents(1, 2, 3), modePeerReview, image, "a lighthouse"))
	})
	require.Equal(t, []collaborator{
		{"1", 0, "1", "5", false}, {"1", 1, "2", "5", false}, {"1", 2, "3", "5", true},
	}, e.collaborators())
	var quota string
	require.NoError(t, e.db.Get(&quota, `SELECT credits_left::text FROM subscriptions WHERE agent_id = 3`))
	require.Equal(t, "15", quota, "agent 3's share came out of alice's quota")
	e.step(func() {
		e.send(relayer, c.Agents, nil, a.PackFulfillGeneration(id(1), "ipfs://bafy-reviewed"))
	})
	var token struct {
		Agent   string `db:"agent_id"`
		Request string `db:"request_id"`
	}
	require.NoError(t, e.db.Get(&token, `SELECT agent_id::text AS agent_id, request_id::text AS request_id FROM generated_tokens WHERE id = 1`))
	require.Equal(t, "1", token.Agent, "the lead made it")

	// Request 2: a collaborative text by 2 and 1, failed: each gets its credit back.
	e.step(func() {
		e.send(alice, c.Agents, nil, a.PackRequestCollaboration(agents(2, 1), modeCollaborative, text, "a poem in two voices"))
		e.send(relayer, c.Agents, nil, a.PackFailGeneration(id(2), "a step failed for good"))
	})
	// Request 3: agent 1 learns from agent 3; the relayer fulfils it with the
	// new state and anchors it in one transaction; no token.
	e.step(func() {
		e.send(alice, c.Agents, nil, a.PackRequestCollaboration(agents(1, 3), modeSkillTransfer, text, "brush work"))
		e.send(relayer, c.Agents, nil, a.PackMulticall([][]byte{
			a.PackFulfillGeneration(id(3), "ipfs://bafy-state-1"), a.PackEvolveAgent(id(1), 1, "ipfs://bafy-state-1"),
		}))
	})
	var learned struct {
		Token  *string `db:"token_id"`
		URI    string  `db:"token_uri"`
		Status int     `db:"status"`
		Mode   int     `db:"mode"`
	}
	require.NoError(t, e.db.Get(&learned, `SELECT token_id::text AS token_id, token_uri, status, mode FROM generation_requests WHERE id = 3`))
	require.Equal(t, struct {
		Token  *string `db:"token_id"`
		URI    string  `db:"token_uri"`
		Status int     `db:"status"`
		Mode   int     `db:"mode"`
	}{nil, "ipfs://bafy-state-1", 2, 4}, learned)
	require.Equal(t, []string{
		"request:-5:95:1", "request:-1:94:2", "refund:1:95:2", "request:-1:94:3",
	}, e.requestLedger(1))
	require.Equal(t, []string{"request:-5:95:1", "request:-1:94:3"}, e.requestLedger(3))
	require.NoError(t, e.db.Get(&quota, `SELECT credits_left::text FROM subscriptions WHERE agent_id = 3`))
	require.Equal(t, "14", quota)

	// Bob gives agent 3 to Carol; Alice sells token 1 to Bob for 2 S: the 5 %
	// royalty, 0.1 S, goes a third each to the owners of 1 and 2 (Alice) and
	// of 3 (Carol, its owner at the sale), the lead's third taking the wei
	// left over.
	e.step(func() {
		e.send(bob, c.Agents, nil, a.PackTransferFrom(c.Addr(bob), c.Addr(carol), id(3)))
		e.send(alice, c.Generated, nil, g.PackSetApprovalForAll(c.Contracts.Marketplace, true))
		e.send(alice, c.Marketplace, nil, m.PackList(c.Contracts.Generated, id(1), ether(2)))
	})
	ancestor := e.chainHead()
	nBob := e.nonceOf(bob)
	e.mineTxs(e.signedTx(bob, nBob, 2, c.Contracts.Marketplace, ether(2), m.PackBuy(id(1))))
	oldHead := e.chainHead()
	e.sync()
	e.requireMatchesChain()
	addr := func(who int) string { return hex.EncodeToString(c.Addr(who).Bytes()) }
	require.Equal(t, []string{
		"1:1:" + addr(alice) + ":33333333333333334", "1:2:" + addr(alice) + ":33333333333333333",
		"1:3:" + addr(carol) + ":33333333333333333",
	}, e.royaltyShares())
	var causes []string
	require.NoError(t, e.db.Select(&causes, `SELECT cause || ':' || encode(payee, 'hex') || ':' || amount FROM payments
		WHERE contract = 1 ORDER BY block_number, log_index`))
	require.Equal(t, []string{
		"sale_fee:" + addr(chaintest.Fees) + ":50000000000000000",
		"royalty:" + addr(alice) + ":33333333333333334", "royalty:" + addr(alice) + ":33333333333333333",
		"royalty:" + addr(carol) + ":33333333333333333",
		"sale_proceeds:" + addr(alice) + ":1850000000000000000",
	}, causes, "each share of the sale is paid as its own credit")
	got := e.counters()
	require.Equal(t, e.countersFromRows(), got)
	type counts struct{ Requested, Fulfilled, Failed int64 }
	require.Equal(t, []counts{{3, 1, 1}, {2, 1, 1}, {2, 1, 0}}, []counts{
		{got[0].Requested, got[0].Fulfilled, got[0].Failed}, {got[1].Requested, got[1].Fulfilled, got[1].Failed},
		{got[2].Requested, got[2].Fulfilled, got[2].Failed},
	}, "every agent counts its collaborations; the lesson mints no generation")
	require.Equal(t, []string{"33333333333333334", "33333333333333333", "33333333333333333"},
		[]string{got[0].Royalties, got[1].Royalties, got[2].Royalties})
	e.requireSameProjectionsAsFromScratch(cfg)

	// The sale reorged out: no shares, no royalties.
	e.forkAt(ancestor)
	e.mineTxs(e.burnNonce(bob, nBob))
	e.mineUntil(oldHead + 1)
	e.sync()
	e.requireMatchesChain()
	require.Empty(t, e.royaltyShares())
	got = e.counters()
	require.Equal(t, e.countersFromRows(), got)
	require.Equal(t, "0", got[2].Royalties)
	e.requireSameProjectionsAsFromScratch(cfg)
}

// requireSameProjectionsAsFromScratch is requireSameAsFromScratch but for
// the relayer's jobs: the requests here were confirmed while pending (a job
// each) when indexed step by step, and had ended when indexed from scratch
// (none).
func (e *env) requireSameProjectionsAsFromScratch(cfg indexer.Config) {
	e.t.Helper()
	cfg.Metrics = nil
	f := e.otherSchema(e.t, cfg, nil)
	f.sync()
	require.Equal(e.t, f.cpNow().Hash, e.cpNow().Hash, "both at the same block")
	want, got := f.checksum(), e.checksum()
	delete(want, "generation_jobs")
	delete(got, "generation_jobs")
	require.Equal(e.t, want, got, "indexing through the reorg gives what indexing the final chain from scratch gives")
}

// The collaborations' migration goes down (the tables gone, the ledger back
// to one row per event) and up again, and a reindex rebuilds what it holds.
func TestCollaborationsMigration(t *testing.T) {
	t.Parallel()
	e := setup(t, indexer.Config{})
	c, a := e.chain, e.chain.AgentsABI
	e.send(alice, c.Agents, ether(10), a.PackPurchasePackage(starter))
	e.send(alice, c.Agents, ether(10), a.PackPurchasePackage(starter))
	e.send(alice, c.Agents, nil, a.PackRequestCollaboration([]*big.Int{big.NewInt(2), big.NewInt(1)}, modePeerReview, text, "a duet"))
	e.send(relayer, c.Agents, nil, a.PackFailGeneration(big.NewInt(1), "no"))
	e.sync()
	live := e.checksum()

	ctx := context.Background()
	p, err := goose.NewProvider(goose.DialectPostgres, e.db.DB.DB, os.DirFS("../migrations"))
	require.NoError(t, err)
	for _, v := range []int64{17, 16} {
		_, err = p.ApplyVersion(ctx, v, false)
		require.NoError(t, err)
	}
	require.Zero(t, e.countRows(`SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()
		AND table_name IN ('generation_collaborators', 'sale_royalties', 'collaboration_steps')`))
	require.Zero(t, e.countRows(`SELECT count(*) FROM (SELECT 1 FROM credit_ledger GROUP BY block_hash, log_index HAVING count(*) > 1) d`),
		"one ledger row per event")
	for _, v := range []int64{16, 17} {
		_, err = p.ApplyVersion(ctx, v, true)
		require.NoError(t, err)
	}
	require.NoError(t, e.ix.Reindex(ctx, 0))
	require.Equal(t, live, e.checksum())
	e.requireMatchesChain()
}

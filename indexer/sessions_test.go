package indexer_test

import (
	"context"
	"math/big"
	"os"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/pressly/goose/v3"
	"github.com/stretchr/testify/require"

	"github.com/inft-labs/inft/indexer"
)

// session is a row of chat_sessions as the tests read it.
type session struct {
	ID           string     `db:"id"`
	User         []byte     `db:"user_address"`
	Status       string     `db:"status"`
	BySubscriber bool       `db:"by_subscriber"`
	AgentNonce   int64      `db:"agent_nonce"`
	Used         *string    `db:"credits_used"`
	Refunded     *string    `db:"credits_refunded"`
	Hash         []byte     `db:"transcript_hash"`
	EndedBy      []byte     `db:"ended_by"`
	EndTx        []byte     `db:"end_tx"`
	Expires      time.Time  `db:"expires_at"`
	Reclaimable  *time.Time `db:"reclaimable_at"`
	PerCredit    *string    `db:"tokens_per_credit"`
}

func (e *env) sessions() []session {
	e.t.Helper()
	var out []session
	require.NoError(e.t, e.db.Select(&out, `SELECT id::text AS id, user_address, status, by_subscriber, agent_nonce,
		credits_used::text AS credits_used, credits_refunded::text AS credits_refunded, transcript_hash, ended_by, end_tx,
		expires_at, reclaimable_at, tokens_per_credit::text AS tokens_per_credit FROM chat_sessions ORDER BY id`))
	return out
}

// sessionLedger is agent's credit changes by sessions: cause:delta:balance:session.
func (e *env) sessionLedger(agent int) []string {
	e.t.Helper()
	var out []string
	require.NoError(e.t, e.db.Select(&out, `SELECT cause || ':' || delta || ':' || balance || ':' || session_id FROM credit_ledger
		WHERE agent_id = $1 AND session_id IS NOT NULL ORDER BY block_number, log_index`, agent))
	return out
}

// step runs f (transactions), then syncs and checks every projection against the chain.
func (e *env) step(f func()) {
	e.t.Helper()
	f()
	e.sync()
	e.requireMatchesChain()
}

// Sessions by the agent's owner and by a subscriber escrow the agent's
// credits (and the subscriber's quota), and give back what they did not use
// when the relayer settles them or their user or the agent's owner reclaims
// them, to the quota only while the subscription runs; the chat terms in
// force at opening are kept with each session. Checked against credits,
// subscriptionOf and sessions(id) after every step (requireMatchesChain).
func TestSessions(t *testing.T) {
	t.Parallel()
	for _, path := range indexingPaths {
		t.Run(path.name, func(t *testing.T) {
			t.Parallel()
			testSessions(t, path.cfg)
		})
	}
}

func testSessions(t *testing.T, cfg indexer.Config) {
	e := setup(t, cfg)
	c, a := e.chain, e.chain.AgentsABI
	id := big.NewInt
	addr := func(i int) []byte { return c.Addr(i).Bytes() }
	s := func(v string) *string { return &v }
	e.step(func() {
		e.send(alice, c.Agents, ether(10), a.PackPurchasePackage(starter)) // agent 1: 100 credits
		e.send(alice, c.Agents, nil, a.PackSetSubscriptionTerms(id(1), ether(1), 3600, 20))
		e.send(bob, c.Agents, ether(1), a.PackSubscribe(id(1))) // 20 credits of quota for an hour
	})
	e.step(func() {
		e.send(alice, c.Agents, nil, a.PackOpenSession(id(1), 10, 600)) // session 1, the owner's: 90
		e.send(bob, c.Agents, nil, a.PackOpenSession(id(1), 4, 7200))   // session 2, clamped to bob's hour: 86, quota 16
	})
	var subEnds time.Time
	require.NoError(t, e.db.Get(&subEnds, `SELECT expires_at FROM subscriptions WHERE agent_id = 1`))
	got := e.sessions()
	require.Len(t, got, 2)
	require.WithinDuration(t, subEnds, got[1].Expires, 0, "bob's session ends with his subscription")
	require.Equal(t, []any{false, true}, []any{got[0].BySubscriber, got[1].BySubscriber})
	e.step(func() {
		e.send(relayer, c.Agents, nil, a.PackSettleSession(id(1), 10, transcript("1"))) // all used: nothing back
		e.send(relayer, c.Agents, nil, a.PackSettleSession(id(2), 1, transcript("2")))  // 3 back: 89, quota 19
	})
	require.Equal(t, "SESSION_SETTLED", e.lastChanges()["1"])

	// New terms apply to the sessions opened from now on.
	e.step(func() { e.send(deployer, c.Agents, nil, a.PackSetChatTerms(500, 7200, 60)) })
	e.step(func() {
		e.send(bob, c.Agents, nil, a.PackOpenSession(id(1), 2, 60))   // session 3: 87, quota 17
		e.send(alice, c.Agents, nil, a.PackOpenSession(id(1), 5, 60)) // session 4: 82
		e.send(bob, c.Agents, nil, a.PackOpenSession(id(1), 3, 60))   // session 5: 79, quota 14
		e.send(bob, c.Agents, nil, a.PackOpenSession(id(1), 2, 60))   // session 6: 77, quota 12
	})
	// Past their expiry and grace, within bob's subscription.
	e.chain.AdjustTime(5 * time.Minute)
	e.step(func() {
		e.send(bob, c.Agents, nil, a.PackReclaimSession(id(3)))   // by its user: 79, quota 14
		e.send(alice, c.Agents, nil, a.PackReclaimSession(id(4))) // by its user, the owner: 84
		e.send(alice, c.Agents, nil, a.PackReclaimSession(id(5))) // by the owner: 87, quota 17
	})
	require.Equal(t, "SESSION_RECLAIMED", e.lastChanges()["1"])
	// Bob's subscription is over when session 6 is settled: nothing goes back to his quota.
	e.chain.AdjustTime(2 * time.Hour)
	e.step(func() { e.send(relayer, c.Agents, nil, a.PackSettleSession(id(6), 0, transcript("6"))) }) // 89

	var credits, left string
	require.NoError(t, e.db.Get(&credits, `SELECT credits::text FROM agents WHERE id = 1`))
	require.Equal(t, "89", credits)
	require.NoError(t, e.db.Get(&left, `SELECT credits_left::text FROM subscriptions WHERE agent_id = 1`))
	require.Equal(t, "17", left)
	require.Equal(t, []string{
		"session_escrow:-10:90:1", "session_escrow:-4:86:2",
		"session_refund:3:89:2", // session 1 used all: no change of credits, no row
		"session_escrow:-2:87:3", "session_escrow:-5:82:4", "session_escrow:-3:79:5", "session_escrow:-2:77:6",
		"session_refund:2:79:3", "session_refund:5:84:4", "session_refund:3:87:5",
		"session_refund:2:89:6",
	}, e.sessionLedger(1))

	got = e.sessions()
	require.Len(t, got, 6)
	type ending struct {
		status         string
		used, refunded *string
		hash, by       []byte
	}
	h := func(of string) []byte { v := transcript(of); return v[:] }
	for i, want := range []ending{
		{"settled", s("10"), s("0"), h("1"), nil},
		{"settled", s("1"), s("3"), h("2"), nil},
		{"reclaimed", s("0"), s("2"), nil, addr(bob)},
		{"reclaimed", s("0"), s("5"), nil, addr(alice)},
		{"reclaimed", s("0"), s("3"), nil, addr(alice)},
		{"settled", s("0"), s("2"), h("6"), nil},
	} {
		row := got[i]
		require.Equal(t, want, ending{row.Status, row.Used, row.Refunded, row.Hash, row.EndedBy}, "session %s", row.ID)
		require.Len(t, row.EndTx, 32, "session %s", row.ID)
		require.Zero(t, row.AgentNonce)
		grace, perCredit := time.Hour, "1000"
		if i >= 2 {
			grace, perCredit = time.Minute, "500"
		}
		require.Equal(t, grace, row.Reclaimable.Sub(row.Expires), "session %s's grace, in force at opening", row.ID)
		require.Equal(t, &perCredit, row.PerCredit, "session %s's price, in force at opening", row.ID)
	}
	require.Equal(t, []bool{false, true, true, false, true, true}, func() []bool {
		var out []bool
		for _, r := range got {
			out = append(out, r.BySubscriber)
		}
		return out
	}())
	var termsBlock uint64
	require.NoError(t, e.db.Get(&termsBlock, `SELECT updated_block FROM chat_terms`))
	require.Greater(t, termsBlock, c.DeployBlock, "the terms set after the constructor's")
	e.requireSameAsFromScratch(cfg)
}

// A subscriber's session outlives the sale of its agent: its settlement
// gives the agent what is left and, as the chain does, the quota of the
// subscriber's subscription only if one runs under the new owner.
func TestSessionAcrossASale(t *testing.T) {
	t.Parallel()
	cfg := indexer.Config{}
	e := setup(t, cfg)
	c, a, m := e.chain, e.chain.AgentsABI, e.chain.MarketplaceABI
	id := big.NewInt
	e.step(func() {
		e.send(alice, c.Agents, ether(10), a.PackPurchasePackage(starter))
		e.send(alice, c.Agents, nil, a.PackSetSubscriptionTerms(id(1), ether(1), 3600, 20))
		e.send(bob, c.Agents, ether(1), a.PackSubscribe(id(1)))
		e.send(bob, c.Agents, nil, a.PackOpenSession(id(1), 5, 600)) // session 1: 95, quota 15
		e.send(bob, c.Agents, nil, a.PackOpenSession(id(1), 5, 600)) // session 2: 90, quota 10
	})
	e.step(func() {
		e.send(alice, c.Agents, nil, a.PackApprove(c.Contracts.Marketplace, id(1)))
		e.send(alice, c.Marketplace, nil, m.PackList(c.Contracts.Agents, id(1), ether(20)))
		e.send(carol, c.Marketplace, ether(20), m.PackBuy(id(1)))
	})
	e.step(func() { e.send(relayer, c.Agents, nil, a.PackSettleSession(id(1), 2, transcript("1"))) }) // 93, the quota lapsed
	var lapsed bool
	var left string
	require.NoError(t, e.db.QueryRow(`SELECT lapsed, credits_left::text FROM subscriptions WHERE agent_id = 1`).Scan(&lapsed, &left))
	require.Equal(t, []any{true, "10"}, []any{lapsed, left}, "the refund did not go to the lapsed quota")

	// Bob rents the agent again, from Carol: session 2's refund goes to that quota.
	e.step(func() {
		e.send(carol, c.Agents, nil, a.PackSetSubscriptionTerms(id(1), ether(1), 3600, 7))
		e.send(bob, c.Agents, ether(1), a.PackSubscribe(id(1)))
	})
	e.step(func() { e.send(relayer, c.Agents, nil, a.PackSettleSession(id(2), 1, transcript("2"))) }) // 97, quota 7 + 4
	require.NoError(t, e.db.QueryRow(`SELECT lapsed, credits_left::text FROM subscriptions WHERE agent_id = 1`).Scan(&lapsed, &left))
	require.Equal(t, []any{false, "11"}, []any{lapsed, left})
	got := e.sessions()
	require.Equal(t, []int64{0, 0}, []int64{got[0].AgentNonce, got[1].AgentNonce}, "both opened before the sale")
	require.Equal(t, []string{"session_escrow:-5:95:1", "session_escrow:-5:90:2", "session_refund:3:93:1", "session_refund:4:97:2"}, e.sessionLedger(1))
	e.requireSameAsFromScratch(cfg)
}

// A reorg that removes a settlement (and a change of the chat terms) opens
// the session again, and one that removes an opening gives its id to the
// side chain's session; either way the tables are what indexing the final
// chain from scratch gives.
func TestSessionsReorged(t *testing.T) {
	t.Parallel()
	cfg := indexer.Config{}
	e := setup(t, cfg)
	c, a := e.chain, e.chain.AgentsABI
	id := big.NewInt
	agents := c.Contracts.Agents
	e.step(func() {
		e.send(alice, c.Agents, ether(10), a.PackPurchasePackage(starter))
		e.send(alice, c.Agents, nil, a.PackSetSubscriptionTerms(id(1), ether(1), 3600, 20))
		e.send(bob, c.Agents, ether(1), a.PackSubscribe(id(1)))
		e.send(bob, c.Agents, nil, a.PackOpenSession(id(1), 5, 600))   // session 1: 95, quota 15
		e.send(alice, c.Agents, nil, a.PackOpenSession(id(1), 3, 600)) // session 2: 92
	})
	before := e.checksum()

	// The settlement of session 1 and new chat terms, reorged out.
	ancestor := e.chainHead()
	nRelayer, nDeployer := e.nonceOf(relayer), e.nonceOf(deployer)
	e.mineTxs(e.signedTx(relayer, nRelayer, 2, agents, nil, a.PackSettleSession(id(1), 2, transcript("1"))))
	e.mineTxs(e.signedTx(deployer, nDeployer, 2, agents, nil, a.PackSetChatTerms(500, 7200, 60)))
	oldHead := e.chainHead()
	e.sync()
	e.requireMatchesChain()
	require.Equal(t, "settled", e.sessions()[0].Status)

	e.forkAt(ancestor)
	e.mineTxs(e.burnNonce(relayer, nRelayer), e.burnNonce(deployer, nDeployer))
	e.mineUntil(oldHead + 1)
	e.sync()
	e.requireMatchesChain()
	require.Equal(t, []string{"open", "open"}, []string{e.sessions()[0].Status, e.sessions()[1].Status}, "the settlement is gone")
	after := e.checksum()
	for _, table := range []string{"agents", "subscriptions", "chat_sessions", "chat_terms", "credit_ledger"} {
		require.Equal(t, before[table], after[table], "%s as before the settlement", table)
	}
	e.requireSameAsFromScratch(cfg)

	// Bob opens session 3 and the relayer settles it; the side chain has
	// Carol's purchase and Alice's opening in their place: session 3 is hers.
	ancestor = e.chainHead()
	nBob, nAlice, nCarol := e.nonceOf(bob), e.nonceOf(alice), e.nonceOf(carol)
	nRelayer = e.nonceOf(relayer)
	e.mineTxs(e.signedTx(bob, nBob, 2, agents, nil, a.PackOpenSession(id(1), 4, 600)))
	e.mineTxs(e.signedTx(relayer, nRelayer, 2, agents, nil, a.PackSettleSession(id(3), 4, transcript("3"))))
	oldHead = e.chainHead()
	e.sync()
	e.requireMatchesChain()
	require.Len(t, e.sessions(), 3)

	e.forkAt(ancestor)
	e.mineTxs(e.burnNonce(bob, nBob), e.burnNonce(relayer, nRelayer),
		e.signedTx(carol, nCarol, 3, agents, ether(10), a.PackPurchasePackage(starter)), // agent 2
		e.signedTx(alice, nAlice, 2, agents, nil, a.PackOpenSession(id(1), 7, 600)))     // session 3
	e.mineUntil(oldHead + 1)
	e.sync()
	e.requireMatchesChain()
	got := e.sessions()
	require.Len(t, got, 3)
	require.Equal(t, e.chain.Addr(alice), common.BytesToAddress(got[2].User), "session 3 is alice's on the side chain")
	require.Equal(t, "open", got[2].Status)
	var left string
	require.NoError(t, e.db.Get(&left, `SELECT credits_left::text FROM subscriptions WHERE agent_id = 1`))
	require.Equal(t, "15", left, "bob's escrow is back in his quota")
	e.requireSameAsFromScratch(cfg)
}

// Indexed from after the deployment: a session opened before the chat terms
// were read has none (NULL), and the end of a session whose opening was
// never read stops the batch, naming it.
func TestSessionsIndexedFromAfterTheDeployment(t *testing.T) {
	t.Parallel()
	e := setup(t, indexer.Config{})
	c, a := e.chain, e.chain.AgentsABI
	id := big.NewInt
	bought := c.Send(alice, c.Agents, ether(10), a.PackPurchasePackage(starter)).BlockNumber.Uint64()
	e.send(alice, c.Agents, nil, a.PackOpenSession(id(1), 5, 600))
	settled := c.Send(relayer, c.Agents, nil, a.PackSettleSession(id(1), 1, transcript("1"))).BlockNumber.Uint64()

	from := func(block uint64) *env {
		f := e.otherSchema(t, indexer.Config{}, nil)
		f.cfg.StartBlock = block
		f.ix = f.newIndexer(indexer.NewClient(c.RPC()))
		return f
	}
	late := from(bought)
	late.sync()
	got := late.sessions()
	require.Len(t, got, 1)
	require.Nil(t, got[0].Reclaimable, "the grace in force is unknown")
	require.Nil(t, got[0].PerCredit, "the price in force is unknown")
	require.Equal(t, "settled", got[0].Status)

	later := from(settled)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	require.ErrorContains(t, later.ix.Sync(ctx), "session 1 was never opened")
}

// Migrating 00013 down keeps the ledger's session rows, under the causes the
// old check knows, so that each agent's changes still add up to its credits;
// up again, a reindex brings the sessions back as indexing from scratch does.
func TestSessionsMigration(t *testing.T) {
	t.Parallel()
	cfg := indexer.Config{}
	e := setup(t, cfg)
	c, a := e.chain, e.chain.AgentsABI
	id := big.NewInt
	e.send(alice, c.Agents, ether(10), a.PackPurchasePackage(starter))
	e.send(alice, c.Agents, nil, a.PackOpenSession(id(1), 5, 600))
	e.send(relayer, c.Agents, nil, a.PackSettleSession(id(1), 1, transcript("1")))
	e.sync()
	live := e.checksum()

	ctx := context.Background()
	p, err := goose.NewProvider(goose.DialectPostgres, e.db.DB.DB, os.DirFS("../migrations"))
	require.NoError(t, err)
	_, err = p.ApplyVersion(ctx, 13, false)
	require.NoError(t, err)
	var causes []string
	require.NoError(t, e.db.Select(&causes, `SELECT cause || ':' || delta FROM credit_ledger ORDER BY block_number, log_index`))
	require.Equal(t, []string{"purchase:100", "request:-5", "refund:4"}, causes)
	require.Zero(t, e.countRows(`SELECT count(*) FROM agents a WHERE credits <> (SELECT sum(delta) FROM credit_ledger l WHERE l.agent_id = a.id)`))
	_, err = e.db.Exec(`UPDATE credit_ledger SET cause = 'session_escrow'`)
	require.ErrorContains(t, err, "credit_ledger_cause_check", "the old check is back")
	require.Zero(t, e.countRows(`SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name IN ('chat_sessions', 'chat_terms')`))

	_, err = p.ApplyVersion(ctx, 13, true)
	require.NoError(t, err)
	require.NoError(t, e.ix.Reindex(ctx, 0))
	require.Equal(t, live, e.checksum())
	e.requireMatchesChain()
}

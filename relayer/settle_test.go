package relayer_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/inft-labs/inft/ai"
	"github.com/inft-labs/inft/ai/local"
	"github.com/inft-labs/inft/bindings"
	"github.com/inft-labs/inft/chat"
	"github.com/inft-labs/inft/internal/chaintest"
	"github.com/inft-labs/inft/relayer"
	"github.com/inft-labs/inft/txmgr"
)

var chatKey = chat.NewKey("k1")

// chatter starts a chat service on e's database replying with the local
// provider (delay per token).
func (e *env) chatter(delay time.Duration) *chat.Service {
	e.t.Helper()
	p, err := local.NewWithConfig(local.Config{TokenDelay: delay})
	require.NoError(e.t, err)
	orch, err := ai.NewOrchestrator([]ai.Provider{p}, ai.OrchestratorConfig{Policies: ai.OpenPolicies})
	require.NoError(e.t, err)
	keys, err := chat.ParseKeys(chatKey) // replicas share their keys
	require.NoError(e.t, err)
	svc := chat.New(chat.Config{DB: e.db.DB, DSN: e.db.URL, Channel: chat.ChannelFor(e.db.Schema), AI: orch, Keys: keys,
		ReplyTimeout: 10 * time.Second})
	require.NoError(e.t, svc.Start(context.Background()))
	e.t.Cleanup(func() { _ = svc.Stop(context.Background()) })
	return svc
}

// openSession has Alice buy a Pro agent and open a session with it.
func (e *env) openSession(creditCap, duration uint64) (agent, session *big.Int) {
	e.t.Helper()
	c := e.chain
	c.Send(chaintest.Alice, c.Agents, new(big.Int).Mul(big.NewInt(45), big.NewInt(1e18)), c.AgentsABI.PackPurchasePackage(1))
	agent = chaintest.Call(e.t, c.Agents, c.AgentsABI.PackAgentCount(), c.AgentsABI.UnpackAgentCount)
	r := c.Send(chaintest.Alice, c.Agents, nil, c.AgentsABI.PackOpenSession(agent, creditCap, duration))
	for _, l := range r.Logs {
		if ev, err := c.AgentsABI.UnpackSessionOpenedEvent(l); err == nil {
			session = ev.SessionId
		}
	}
	require.NotNil(e.t, session)
	e.sync()
	return agent, session
}

// talk sends a message and waits for its reply to end.
func talk(t *testing.T, svc *chat.Service, user common.Address, session, text string) chat.Message {
	t.Helper()
	sent, err := svc.Send(context.Background(), user, session, text)
	require.NoError(t, err)
	var reply chat.Message
	require.Eventually(t, func() bool {
		reply, err = svc.Message(context.Background(), user, session, sent.Seq+1)
		require.NoError(t, err)
		return reply.Status != "streaming"
	}, 20*time.Second, 5*time.Millisecond)
	return reply
}

func settledEvents(t *testing.T, e *env) []*bindings.INFTAgentsSessionSettled {
	t.Helper()
	var out []*bindings.INFTAgentsSessionSettled
	var hashes [][]byte
	require.NoError(t, e.db.Select(&hashes, `SELECT mined_hash FROM txs WHERE state = 'confirmed' AND mined_hash IS NOT NULL`))
	for _, h := range hashes {
		r, err := e.chain.Client.TransactionReceipt(context.Background(), common.BytesToHash(h))
		require.NoError(t, err)
		for _, l := range r.Logs {
			if ev, err := e.chain.AgentsABI.UnpackSessionSettledEvent(l); err == nil {
				out = append(out, ev)
			}
		}
	}
	return out
}

// TestSettlement: a session ended by its user is settled once on chain with
// the credits its replies used and its transcript hash; the rest is refunded.
func TestSettlement(t *testing.T) {
	t.Parallel()
	e := setup(t)
	c := e.chain
	c.Send(chaintest.Deployer, c.Agents, nil, c.AgentsABI.PackSetChatTerms(10, 86400, 3600)) // 10 tokens a credit
	svc := e.chatter(0)
	agent, session := e.openSession(30, 3600)
	alice := c.Addr(chaintest.Alice)
	id := session.String()

	tokens := 0
	for _, text := range []string{"hello there", "tell me about the harbour", "and the lighthouse?"} {
		reply := talk(t, svc, alice, id, text)
		require.Equal(t, "done", reply.Status)
		tokens += reply.Tokens
	}
	want := chat.CreditsFor(int64(tokens), 10, 30)
	require.Positive(t, want)
	_, err := svc.End(context.Background(), alice, id)
	require.NoError(t, err)
	hist, err := svc.History(context.Background(), alice, id, 0, 100)
	require.NoError(t, err)
	hash := chat.TranscriptHash(hist)

	sched, _ := e.scheduler(relayer.ScheduleConfig{})
	n, err := sched.SettleSessions(context.Background())
	require.NoError(t, err)
	require.Equal(t, 1, n)
	n, err = sched.SettleSessions(context.Background())
	require.NoError(t, err)
	require.Zero(t, n, "queued once")
	e.mine()

	evs := settledEvents(t, e)
	require.Len(t, evs, 1)
	require.Equal(t, want, evs[0].CreditsUsed)
	require.Equal(t, 30-want, evs[0].CreditsRefunded)
	require.Equal(t, hash, [32]byte(evs[0].TranscriptHash))
	require.Equal(t, 500-want, chaintest.Call(t, c.Agents, c.AgentsABI.PackCredits(agent), c.AgentsABI.UnpackCredits))
	s := chaintest.Call(t, c.Agents, c.AgentsABI.PackSessions(session), c.AgentsABI.UnpackSessions)
	require.Equal(t, uint8(2), s.Status)
	require.Equal(t, want, s.CreditsUsed)

	var status string
	require.NoError(t, e.db.Get(&status, `SELECT status FROM chat_sessions WHERE id = $1`, id))
	require.Equal(t, "settled", status)
	n, err = sched.SettleSessions(context.Background())
	require.NoError(t, err)
	require.Zero(t, n)
}

// chainClock is the simulated chain's time, which tests move ahead.
func (e *env) chainClock() time.Time {
	h, err := e.chain.Client.HeaderByNumber(context.Background(), nil)
	require.NoError(e.t, err)
	return time.Unix(int64(h.Time), 0)
}

// TestSettlementAtExpiry: a session nobody ended is settled when it expires,
// a reply cut by a crash charged nothing.
func TestSettlementAtExpiry(t *testing.T) {
	t.Parallel()
	e := setup(t)
	c := e.chain
	svc := e.chatter(0)
	_, session := e.openSession(20, 600)
	alice := c.Addr(chaintest.Alice)
	reply := talk(t, svc, alice, session.String(), "hello")
	want := chat.CreditsFor(int64(reply.Tokens), 1000, 20)

	// A second reply on another replica, which then dies: its lease runs out
	// (made so here; the stuck reply stands for the dead process).
	stuck := e.chatter(time.Hour)
	_, err := stuck.Send(context.Background(), alice, session.String(), "are you there?")
	require.NoError(t, err)
	e.db.MustExec(`UPDATE chat_messages SET lease_until = now() - interval '1 second' WHERE session_id = $1 AND seq = 4`, session.String())

	st := chat.Settler{DB: e.db.DB, Tx: e.tx, Agents: c.Contracts.Agents, Channel: chat.ChannelFor(e.db.Schema), Now: e.chainClock}
	n, err := st.SettleDue(context.Background(), 10)
	require.NoError(t, err)
	require.Zero(t, n, "not expired yet, not ended")

	c.AdjustTime(601 * time.Second)
	n, err = st.SettleDue(context.Background(), 10)
	require.NoError(t, err)
	require.Equal(t, 1, n)
	e.mine()
	evs := settledEvents(t, e)
	require.Len(t, evs, 1)
	require.Equal(t, want, evs[0].CreditsUsed, "the interrupted reply is charged nothing")
	m, err := svc.Message(context.Background(), alice, session.String(), 4)
	require.NoError(t, err)
	require.Equal(t, "interrupted", m.Status)
	hist, err := svc.History(context.Background(), alice, session.String(), 0, 10)
	require.NoError(t, err)
	require.Equal(t, chat.TranscriptHash(hist), [32]byte(evs[0].TranscriptHash))
}

// TestReclaimWithTheRelayerStopped: nobody settles a session (the relayer
// is down); after its grace period its user takes the whole escrow back on
// chain, and the relayer, back, settles nothing.
func TestReclaimWithTheRelayerStopped(t *testing.T) {
	t.Parallel()
	e := setup(t)
	c := e.chain
	svc := e.chatter(0)
	agent, session := e.openSession(20, 600)
	alice := c.Addr(chaintest.Alice)
	talk(t, svc, alice, session.String(), "hello")
	require.Equal(t, uint64(480), chaintest.Call(t, c.Agents, c.AgentsABI.PackCredits(agent), c.AgentsABI.UnpackCredits))

	c.AdjustTime(600*time.Second + time.Hour)
	c.Send(chaintest.Alice, c.Agents, nil, c.AgentsABI.PackReclaimSession(session))
	e.sync()
	require.Equal(t, uint64(500), chaintest.Call(t, c.Agents, c.AgentsABI.PackCredits(agent), c.AgentsABI.UnpackCredits))

	st := chat.Settler{DB: e.db.DB, Tx: e.tx, Agents: c.Contracts.Agents, Channel: chat.ChannelFor(e.db.Schema), Now: e.chainClock}
	n, err := st.SettleDue(context.Background(), 10)
	require.NoError(t, err)
	require.Zero(t, n, "reclaimed: nothing to settle")
	_, err = svc.Send(context.Background(), alice, session.String(), "still there?")
	require.ErrorIs(t, err, chat.ErrEnded)

	// A settlement queued just before the reclaim is vetoed, never sent.
	_, err = st.Settle(context.Background(), session.String())
	require.NoError(t, err)
	_, _, err = e.tx.Enqueue(context.Background(), e.db.DB, txmgrSettle(c.Contracts.Agents, session))
	require.NoError(t, err)
	e.mine()
	var state string
	require.NoError(t, e.db.Get(&state, `SELECT state FROM txs WHERE idempotency_key = $1`, chat.SettleKey(session.String())))
	require.Equal(t, "fatal", state)
	require.Empty(t, settledEvents(t, e))
	veto, err := relayer.StatusCheck(c.Client, c.Contracts.Agents)(context.Background(),
		[]txmgr.Tx{{ID: 7, Key: chat.SettleKey(session.String())}, {ID: 8, Key: chat.SettleKey("99")}})
	require.NoError(t, err)
	require.Equal(t, map[int64]string{7: "session " + session.String() + " is reclaimed on chain", 8: "session 99 is unknown on chain"}, veto)
}

func txmgrSettle(agents common.Address, session *big.Int) txmgr.Request {
	return txmgr.Request{Key: chat.SettleKey(session.String()), To: agents, Batch: true,
		Data: bindings.NewINFTAgents().PackSettleSession(session, 1, [32]byte{})}
}

package graph_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/coder/websocket/wsjson"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/inft-labs/inft/chain"
	"github.com/inft-labs/inft/chat"
	"github.com/inft-labs/inft/internal/chaintest"
	"github.com/inft-labs/inft/internal/pg"
)

// BenchmarkChatFirstDelta: one user's conversation with a Pro agent over
// HTTP and graphql-transport-ws, the local provider answering at once: per
// message, the time from sendMessage's request to the reply's first DELTA
// on the session's open chatMessages subscription, one reply at a time (its
// DONE awaited before the next message). What is measured is the service's
// own part of a turn: the message and the placeholder stored in one
// transaction, the orchestrator's turn begun, the first delta sealed,
// NOTIFYed and fanned out. The targets are p50 < 100 ms and p99 <
// 250 ms. Each iteration is one message: -benchtime 300x gives 300 samples.
func BenchmarkChatFirstDelta(b *testing.B) {
	e := setup(b)
	pg.Pool(e.db.DB, 40, 20) // as inft run sizes its pool
	ce := e.chatAPI(chat.Limits{MessagesPerMinute: 1_000_000})
	agent := e.buy(chaintest.Alice, 1)                              // Pro: 500 credits
	session := ce.openSession(chaintest.Alice, agent, 500, 24*3600) // 500,000 tokens: thousands of replies
	token := ce.signIn(chaintest.Alice)
	client := benchClient(b)

	ws := dialAs(b, ce.url, token)
	events := make(chan chatArrival, 1024)
	readChat(b, ws, events)
	ws.subscribe("c", fmt.Sprintf(`subscription { chatMessages(sessionId: "%s") { %s } }`, session, chatEventFields))
	time.Sleep(100 * time.Millisecond) // the subscription listens before the first message

	lat := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for i := range b.N {
		vars := map[string]any{"s": session, "t": fmt.Sprintf("Tell me about lighthouse number %d.", i)}
		began := time.Now()
		if err := chatRequest(client, ce.url, token, sendMessage, vars); err != nil {
			b.Fatalf("message %d: %v", i, err)
		}
		var first time.Time
		for done := false; !done; {
			a := nextArrival(b, events)
			switch a.event.Type {
			case chat.EventDelta:
				if first.IsZero() {
					first = a.at
				}
			case chat.EventDone:
				done = true
			case chat.EventError:
				b.Fatalf("message %d: the reply failed: %+v", i, a.event)
			}
		}
		if first.IsZero() {
			b.Fatalf("message %d: DONE without a DELTA", i)
		}
		lat = append(lat, first.Sub(began))
	}
	b.StopTimer()
	slices.Sort(lat)
	b.ReportMetric(float64(percentileOf(lat, 0.5).Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(percentileOf(lat, 0.99).Microseconds())/1000, "p99-ms")
	b.ReportMetric(0, "ns/op")
}

// chatUsers is how many users BenchmarkChatConcurrentSessions chats with.
const chatUsers = 1000

// BenchmarkChatConcurrentSessions: 1,000 users, each with a Starter agent
// and a session with it open on chain, signed in, and subscribed to the
// session's chatMessages on a WebSocket of its own (as 1,000 browsers
// would); then each sends one message over HTTP, 64 requests at a time, and
// the round ends when every reply's DONE has arrived. The figures are the
// sessions answered per second, the round's seconds, and per session the
// time from its sendMessage to its DONE. A further iteration sends each
// session its next message; run with -benchtime 1x. The clients share the
// 2 cores with the server and PostgreSQL.
func BenchmarkChatConcurrentSessions(b *testing.B) {
	e := setup(b)
	pg.Pool(e.db.DB, 40, 20) // as inft run sizes its pool
	ce := e.chatAPI(chat.Limits{MaxSessions: 100_000, MessagesPerMinute: 1_000_000})
	c := e.chain
	ready := time.Now()

	// The users: new keys funded by Alice, each buying a Starter agent
	// (100 credits) and opening a session of 10 with it, the transactions of
	// each step sent at once and mined in a few blocks.
	users := make([]int, chatUsers)
	for i := range users {
		key := chaintest.DeterministicKey(1000 + i)
		c.Accounts = append(c.Accounts, chaintest.Account{Key: key, Address: crypto.PubkeyToAddress(key.PublicKey)})
		users[i] = len(c.Accounts) - 1
	}
	calls := make([]chainCall, len(users))
	for i, u := range users {
		calls[i] = chainCall{from: chaintest.Alice, to: c.Addr(u), value: ether(11), gas: 21_000}
	}
	mineAll(b, c, calls)
	for i, u := range users {
		calls[i] = chainCall{from: u, to: c.Contracts.Agents, value: ether(prices[0]), data: c.AgentsABI.PackPurchasePackage(0), gas: 300_000}
	}
	agents := make([]*big.Int, len(users))
	for i, r := range mineAll(b, c, calls) {
		for _, l := range r.Logs {
			if ev, err := c.AgentsABI.UnpackPackagePurchasedEvent(l); err == nil {
				agents[i] = ev.AgentId
			}
		}
		require.NotNil(b, agents[i], "user %d's agent", i)
	}
	for i, u := range users {
		calls[i] = chainCall{from: u, to: c.Contracts.Agents, data: c.AgentsABI.PackOpenSession(agents[i], 10, 24*3600), gas: 300_000}
	}
	sessions := make([]string, len(users))
	for i, r := range mineAll(b, c, calls) {
		for _, l := range r.Logs {
			if ev, err := c.AgentsABI.UnpackSessionOpenedEvent(l); err == nil {
				sessions[i] = ev.SessionId.String()
			}
		}
		require.NotEmpty(b, sessions[i], "user %d's session", i)
	}
	e.sync()
	onChain := time.Now()

	tokens := make([]string, len(users))
	for i, u := range users {
		tokens[i] = ce.signIn(u)
	}
	events := make(chan chatArrival, 8*chatUsers)
	for i := range users {
		ws := dialAs(b, ce.url, tokens[i])
		readChat(b, ws, events)
		ws.subscribe(fmt.Sprint(i), fmt.Sprintf(`subscription { chatMessages(sessionId: "%s") { %s } }`, sessions[i], chatEventFields))
	}
	time.Sleep(3 * time.Second) // every subscription listening
	b.Logf("setup: %d users with a session on chain in %s, signed in and subscribed in %s",
		chatUsers, onChain.Sub(ready).Round(time.Millisecond), time.Since(onChain).Round(time.Millisecond))

	client := benchClient(b)
	const senders = 64
	var all []time.Duration
	var elapsed time.Duration
	answered := 0
	b.ResetTimer()
	for round := range b.N {
		sent := make([]time.Time, len(users))
		work := make(chan int)
		failed := make(chan error, len(users))
		var wg sync.WaitGroup
		began := time.Now()
		for range senders {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := range work {
					sent[i] = time.Now()
					vars := map[string]any{"s": sessions[i], "t": fmt.Sprintf("Tell me about harbour %d, please (message %d).", i, round+1)}
					if err := chatRequest(client, ce.url, tokens[i], sendMessage, vars); err != nil {
						failed <- fmt.Errorf("session %s: %w", sessions[i], err)
					}
				}
			}()
		}
		go func() {
			defer close(work)
			for i := range users {
				work <- i
			}
		}()

		doneAt := make([]time.Time, len(users))
		var problems []string
		timeout := time.After(2 * time.Minute)
		n := 0
	wait:
		for n+len(problems) < len(users) {
			select {
			case a := <-events:
				if a.err != nil {
					problems = append(problems, a.err.Error())
					continue
				}
				switch a.event.Type {
				case chat.EventDone:
					i, _ := strconv.Atoi(a.sub) // the subscriptions' ids are the users' indexes
					if doneAt[i].IsZero() {
						doneAt[i] = a.at
						n++
					}
				case chat.EventError:
					problems = append(problems, fmt.Sprintf("subscription %s: %+v", a.sub, a.event))
				}
			case err := <-failed:
				problems = append(problems, err.Error())
			case <-timeout:
				break wait
			}
		}
		took := time.Since(began)
		wg.Wait()
		if n != len(users) {
			b.Fatalf("%d of %d sessions answered in %s; %d problems, the first: %s; %s", n, len(users), took.Round(time.Millisecond),
				len(problems), strings.Join(problems[:min(3, len(problems))], "; "), unanswered(ce, tokens, sessions, doneAt))
		}
		elapsed += took
		answered += n
		for i, at := range doneAt {
			all = append(all, at.Sub(sent[i]))
		}
	}
	b.StopTimer()
	slices.Sort(all)
	b.ReportMetric(float64(answered)/elapsed.Seconds(), "sessions/s")
	b.ReportMetric(elapsed.Seconds()/float64(b.N), "round-s")
	b.ReportMetric(float64(answered)/float64(b.N), "answered")
	b.ReportMetric(float64(percentileOf(all, 0.5).Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(percentileOf(all, 0.99).Microseconds())/1000, "p99-ms")
	b.ReportMetric(0, "ns/op")
}

// unanswered says, for a few sessions whose DONE did not arrive, where their
// reply stands by chatSession over HTTP: a reply DONE there was missed by the
// subscription.
func unanswered(ce *chatEnv, tokens, sessions []string, doneAt []time.Time) string {
	var out []string
	for i, at := range doneAt {
		if !at.IsZero() {
			continue
		}
		if len(out) == 3 {
			break
		}
		var got chatSessionResult
		r := ce.gql(tokens[i], chatSessionQuery, map[string]any{"id": sessions[i]})
		if len(r.Errors) > 0 || json.Unmarshal(r.Data, &got) != nil || got.ChatSession == nil {
			out = append(out, fmt.Sprintf("session %s: %s", sessions[i], r.errs()))
			continue
		}
		var statuses []string
		for _, edge := range got.ChatSession.Messages.Edges {
			statuses = append(statuses, edge.Node.Role+" "+edge.Node.Status)
		}
		out = append(out, fmt.Sprintf("session %s: messages [%s]", sessions[i], strings.Join(statuses, ", ")))
	}
	return "unanswered: " + strings.Join(out, "; ")
}

// benchClient is an HTTP client for many concurrent keep-alive requests.
func benchClient(tb testing.TB) *http.Client {
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 64}, Timeout: time.Minute}
	tb.Cleanup(client.CloseIdleConnections)
	return client
}

// chatRequest runs an operation bearing token and returns what failed, the
// transport or the operation; safe from any goroutine.
func chatRequest(client *http.Client, url, token, q string, vars map[string]any) error {
	body, err := json.Marshal(map[string]any{"query": q, "variables": vars})
	if err != nil {
		return err
	}
	req, err := http.NewRequest(http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Bearer "+token)
	resp, err := client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	if err != nil {
		return err
	}
	var out response
	if err := json.Unmarshal(raw, &out); err != nil {
		return fmt.Errorf("status %d: %s", resp.StatusCode, raw)
	}
	if len(out.Errors) > 0 {
		return errors.New(out.errs())
	}
	return nil
}

// chatArrival is a chatMessages event as the client read it, and when; or
// the end of a subscription (err).
type chatArrival struct {
	at    time.Time
	sub   string
	event chatEvent
	err   error
}

// readChat hands on c's subscription events as they arrive, answering
// pings, until the benchmark ends (c is then closed).
func readChat(tb testing.TB, c *wsClient, out chan<- chatArrival) {
	stop, stopped := make(chan struct{}), make(chan struct{})
	tb.Cleanup(func() {
		close(stop)
		c.conn.CloseNow()
		<-stopped
	})
	go func() {
		defer close(stopped)
		ctx := context.Background()
		for {
			var m wsMessage
			if err := wsjson.Read(ctx, c.conn, &m); err != nil {
				return // closed
			}
			a := chatArrival{at: time.Now(), sub: m.ID}
			switch m.Type {
			case "ping":
				_ = wsjson.Write(ctx, c.conn, wsMessage{Type: "pong"})
				continue
			case "next":
				var p struct {
					Data   struct{ ChatMessages chatEvent }
					Errors []json.RawMessage
				}
				if err := json.Unmarshal(m.Payload, &p); err != nil || len(p.Errors) > 0 {
					a.err = fmt.Errorf("subscription %s: %s", m.ID, m.Payload)
				}
				a.event = p.Data.ChatMessages
			case "error", "complete":
				a.err = fmt.Errorf("subscription %s: %s %s", m.ID, m.Type, m.Payload)
			default: // keep-alives
				continue
			}
			select {
			case out <- a:
			case <-stop:
				return
			}
		}
	}()
}

// nextArrival is the next event read, or the benchmark fails after 20 s.
func nextArrival(tb testing.TB, events <-chan chatArrival) chatArrival {
	tb.Helper()
	select {
	case a := <-events:
		if a.err != nil {
			tb.Fatal(a.err)
		}
		return a
	case <-time.After(20 * time.Second):
		tb.Fatal("no chat event in 20 s")
	}
	return chatArrival{}
}

// chainCall is a transaction for mineAll.
type chainCall struct {
	from  int
	to    common.Address
	value *big.Int
	data  []byte
	gas   uint64
}

// mineAll sends every call, each account's in order, before mining any,
// then mines until all are in, and returns their receipts; a call that
// fails fails tb.
func mineAll(tb testing.TB, c *chaintest.Chain, calls []chainCall) []*types.Receipt {
	tb.Helper()
	ctx := context.Background()
	head, err := c.Client.HeaderByNumber(ctx, nil)
	require.NoError(tb, err)
	tip := big.NewInt(1e9)
	feeCap := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(4)), tip)
	signer := types.LatestSignerForChainID(big.NewInt(chaintest.ChainID))
	nonces := map[int]uint64{}
	txs := make([]*types.Transaction, len(calls))
	for i, call := range calls {
		nonce, ok := nonces[call.from]
		if !ok {
			nonce, err = c.Client.PendingNonceAt(ctx, c.Addr(call.from))
			require.NoError(tb, err)
		}
		nonces[call.from] = nonce + 1
		value := new(big.Int)
		if call.value != nil {
			value = call.value
		}
		to := call.to
		tx, err := types.SignTx(types.NewTx(&types.DynamicFeeTx{ChainID: big.NewInt(chaintest.ChainID), Nonce: nonce,
			GasTipCap: tip, GasFeeCap: feeCap, Gas: call.gas, To: &to, Value: value, Data: call.data}), signer, c.Accounts[call.from].Key)
		require.NoError(tb, err)
		require.NoError(tb, c.Client.SendTransaction(ctx, tx))
		txs[i] = tx
	}
	receipts := make([]*types.Receipt, len(txs))
	left := len(txs)
	for block := 0; left > 0; block++ {
		require.Less(tb, block, 200, "%d of %d transactions not mined", left, len(txs))
		c.Commit()
		for i, tx := range txs {
			if receipts[i] != nil {
				continue
			}
			r, err := c.Client.TransactionReceipt(ctx, tx.Hash())
			if errors.Is(err, ethereum.NotFound) || chain.IsIndexing(err) {
				continue
			}
			require.NoError(tb, err)
			require.Equal(tb, types.ReceiptStatusSuccessful, r.Status, "transaction %d of %d reverted", i, len(txs))
			receipts[i] = r
			left--
		}
	}
	return receipts
}

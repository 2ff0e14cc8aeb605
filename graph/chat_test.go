package graph_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/coder/websocket"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/inft-labs/inft/ai"
	"github.com/inft-labs/inft/ai/local"
	"github.com/inft-labs/inft/ai/openai"
	"github.com/inft-labs/inft/auth"
	"github.com/inft-labs/inft/auth/siwe"
	"github.com/inft-labs/inft/chat"
	"github.com/inft-labs/inft/graph"
	"github.com/inft-labs/inft/graph/live"
	"github.com/inft-labs/inft/internal/chaintest"
	"github.com/inft-labs/inft/notify"
)

const siweDomain = "app.example.com"

// chatEnv is env with sign-in and chat served.
type chatEnv struct {
	*env
	url  string
	chat *chat.Service
	orch *ai.Orchestrator
}

// chatAPI serves the API with sign-in and chat, replying through providers
// (the local one when none).
func (e *env) chatAPI(limits chat.Limits, providers ...ai.Provider) *chatEnv {
	e.t.Helper()
	ctx := context.Background()
	if len(providers) == 0 {
		providers = []ai.Provider{local.New()}
	}
	orch, err := ai.NewOrchestrator(providers, ai.OrchestratorConfig{Policies: ai.OpenPolicies, Backoff: 5 * time.Millisecond})
	require.NoError(e.t, err)
	keys, err := chat.ParseKeys(chat.NewKey("k1"))
	require.NoError(e.t, err)
	hub, err := live.NewHub(e.db.URL, notify.ChannelFor(e.db.Schema), nil, nil)
	require.NoError(e.t, err)
	svc := chat.New(chat.Config{DB: e.db.DB, DSN: e.db.URL, Channel: chat.ChannelFor(e.db.Schema), AI: orch, Keys: keys,
		Limits: limits, ReplyTimeout: 30 * time.Second})
	require.NoError(e.t, svc.Start(ctx))
	signer := auth.New(auth.Config{DB: e.db.DB, Domains: []string{siweDomain}, ChainID: 1337, Caller: e.chain.Client})
	h, err := graph.NewHandler(graph.Config{DB: e.db.DB, ChainID: "1337", Hub: hub, Auth: signer, Chat: svc,
		KeepAlive: time.Second, WriteTimeout: time.Minute})
	require.NoError(e.t, err)
	srv := httptest.NewServer(h)
	e.t.Cleanup(func() {
		srv.Close()
		require.NoError(e.t, svc.Stop(context.Background()))
		hub.Close()
	})
	return &chatEnv{env: e, url: srv.URL + "/graphql", chat: svc, orch: orch}
}

// gql runs an operation with token (none when empty).
func (ce *chatEnv) gql(token, q string, vars map[string]any) response {
	ce.t.Helper()
	body, err := json.Marshal(map[string]any{"query": q, "variables": vars})
	require.NoError(ce.t, err)
	req, err := http.NewRequest(http.MethodPost, ce.url, bytes.NewReader(body))
	require.NoError(ce.t, err)
	req.Header.Set("Content-Type", "application/json")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := http.DefaultClient.Do(req)
	require.NoError(ce.t, err)
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	require.NoError(ce.t, err)
	var out response
	require.NoError(ce.t, json.Unmarshal(raw, &out), "response %s", raw)
	return out
}

// must runs an operation expecting no errors and decodes its data into out.
func (ce *chatEnv) must(token string, out any, q string, vars map[string]any) {
	ce.t.Helper()
	r := ce.gql(token, q, vars)
	require.Empty(ce.t, r.Errors, "operation %s", q)
	if out != nil {
		require.NoError(ce.t, json.Unmarshal(r.Data, out))
	}
}

// signIn signs account who in through the API and returns its token.
func (ce *chatEnv) signIn(who int) string {
	ce.t.Helper()
	var n struct{ SiweNonce string }
	ce.must("", &n, `{ siweNonce }`, nil)
	acct := ce.chain.Accounts[who]
	m := siwe.Message{Scheme: "https", Domain: siweDomain, Address: acct.Address, Statement: "Chat with my agents.",
		URI: "https://" + siweDomain + "/", ChainID: 1337, Nonce: n.SiweNonce, IssuedAt: time.Now().UTC().Truncate(time.Second)}
	text := m.String()
	sig, err := crypto.Sign(siwe.Hash(text).Bytes(), acct.Key)
	require.NoError(ce.t, err)
	sig[64] += 27
	var out struct {
		SignIn struct {
			Token   string
			Address string
		}
	}
	ce.must("", &out, `mutation($m: String!, $s: String!) { signIn(message: $m, signature: $s) { token address expiresAt } }`,
		map[string]any{"m": text, "s": hexutil.Encode(sig)})
	require.Equal(ce.t, acct.Address.Hex(), out.SignIn.Address)
	return out.SignIn.Token
}

// openSession has account who open a session with agent on chain and
// indexes it.
func (ce *chatEnv) openSession(who int, agent *big.Int, creditCap, duration uint64) string {
	ce.t.Helper()
	c := ce.chain
	r := c.Send(who, c.Agents, nil, c.AgentsABI.PackOpenSession(agent, creditCap, duration))
	var id string
	for _, l := range r.Logs {
		if ev, err := c.AgentsABI.UnpackSessionOpenedEvent(l); err == nil {
			id = ev.SessionId.String()
		}
	}
	require.NotEmpty(ce.t, id)
	ce.sync()
	return id
}

// dialAs opens a graphql-transport-ws connection bearing token.
func dialAs(t testing.TB, url, token string) *wsClient {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	conn, _, err := websocket.Dial(ctx, "ws"+strings.TrimPrefix(url, "http"), &websocket.DialOptions{Subprotocols: []string{"graphql-transport-ws"}})
	require.NoError(t, err)
	conn.SetReadLimit(1 << 20)
	c := &wsClient{t: t, conn: conn}
	init, _ := json.Marshal(map[string]string{"authorization": "Bearer " + token})
	c.send(wsMessage{Type: "connection_init", Payload: init})
	require.Equal(t, "connection_ack", c.next(10*time.Second).Type)
	t.Cleanup(func() { conn.Close(websocket.StatusNormalClosure, "") })
	return c
}

type chatMessage struct {
	ID, SessionID, Role, Status, Text string
	Seq, Tokens                       int
	Error                             *string
}

type chatEvent struct {
	Type        string
	MessageID   *string
	Delta       *string
	Message     *chatMessage
	CreditsLeft *string
	Error       *string
}

const chatEventFields = `type messageId delta creditsLeft error message { id sessionId seq role status text tokens error }`

// event reads the next event of subscription id.
func (c *wsClient) event(id string) chatEvent {
	c.t.Helper()
	m := c.next(20 * time.Second)
	require.Equal(c.t, "next", m.Type, "%s", m.Payload)
	require.Equal(c.t, id, m.ID)
	var p struct {
		Data struct {
			ChatMessages chatEvent
		}
		Errors []json.RawMessage
	}
	require.NoError(c.t, json.Unmarshal(m.Payload, &p))
	require.Empty(c.t, p.Errors)
	return p.Data.ChatMessages
}

// reply reads one turn: the user's message, the reply's placeholder, its
// deltas and its end, and returns the deltas joined and the final event.
func (c *wsClient) reply(id string) (string, chatEvent) {
	c.t.Helper()
	first := c.event(id)
	require.Equal(c.t, "MESSAGE", first.Type)
	require.Equal(c.t, "USER", first.Message.Role)
	placeholder := c.event(id)
	require.Equal(c.t, "MESSAGE", placeholder.Type)
	require.Equal(c.t, "STREAMING", placeholder.Message.Status)
	var deltas strings.Builder
	for {
		e := c.event(id)
		switch e.Type {
		case "DELTA":
			require.Equal(c.t, placeholder.Message.ID, *e.MessageID)
			deltas.WriteString(*e.Delta)
		case "DONE", "ERROR":
			require.Equal(c.t, placeholder.Message.ID, e.Message.ID)
			return deltas.String(), e
		default:
			c.t.Fatalf("unexpected event %+v", e)
		}
	}
}

const sendMessage = `mutation($s: ID!, $t: String!) { sendMessage(sessionId: $s, text: $t) { id seq role status text } }`

const chatSessionQuery = `query($id: ID!) { chatSession(id: $id) { id status endReason creditCap creditsUsed creditsLeft tokensUsed
	tokensPerCredit transcriptHash user agent { id } messages(first: 100) { edges { node { id seq role status text tokens } } pageInfo { hasNextPage } } } }`

type chatSessionResult struct {
	ChatSession *struct {
		ID, Status, CreditCap, CreditsUsed, CreditsLeft, TokensUsed, TokensPerCredit, TranscriptHash, User string
		EndReason                                                                                          *string
		Messages                                                                                           struct {
			Edges []struct{ Node chatMessage }
		}
	}
}

// TestChatConversation: a 20-message conversation over graphql-transport-ws,
// each reply streamed as deltas in order, metered, and hashed.
func TestChatConversation(t *testing.T) {
	t.Parallel()
	e := setup(t)
	ce := e.chatAPI(chat.Limits{MessagesPerMinute: 100})
	agent := e.buy(chaintest.Alice, 1)
	session := ce.openSession(chaintest.Alice, agent, 40, 3600)
	token := ce.signIn(chaintest.Alice)

	ws := dialAs(t, ce.url, token)
	ws.subscribe("c", fmt.Sprintf(`subscription { chatMessages(sessionId: "%s") { %s } }`, session, chatEventFields))
	time.Sleep(100 * time.Millisecond) // the subscription listens before the first message

	tokens := 0
	for i := range 20 {
		var sent struct{ SendMessage chatMessage }
		ce.must(token, &sent, sendMessage, map[string]any{"s": session, "t": fmt.Sprintf("Tell me about lighthouse number %d.", i)})
		require.Equal(t, 2*i+1, sent.SendMessage.Seq)
		deltas, done := ws.reply("c")
		require.Equal(t, "DONE", done.Type, "%+v", done)
		require.Equal(t, done.Message.Text, deltas, "the deltas, in order, are the reply")
		require.NotEmpty(t, deltas)
		require.Positive(t, done.Message.Tokens)
		tokens += done.Message.Tokens
		require.Equal(t, fmt.Sprint(40-chat.CreditsFor(int64(tokens), 1000, 40)), *done.CreditsLeft)
	}

	var got chatSessionResult
	ce.must(token, &got, chatSessionQuery, map[string]any{"id": session})
	s := got.ChatSession
	require.NotNil(t, s)
	require.Equal(t, "OPEN", s.Status)
	require.Equal(t, fmt.Sprint(tokens), s.TokensUsed)
	require.Equal(t, "1000", s.TokensPerCredit)
	require.Len(t, s.Messages.Edges, 40)
	var msgs []chat.Message
	for i, edge := range s.Messages.Edges {
		m := edge.Node
		require.Equal(t, i+1, m.Seq)
		msgs = append(msgs, chat.Message{Seq: m.Seq, Role: strings.ToLower(m.Role), Status: strings.ToLower(m.Status), Tokens: m.Tokens, Text: m.Text})
	}
	sum := chat.TranscriptHash(msgs)
	require.Equal(t, hexutil.Encode(sum[:]), s.TranscriptHash, "a user can recompute the transcript hash from the history")

	// Ended by its user: the stream completes, no more messages.
	ce.must(token, nil, `mutation($s: ID!) { endSession(sessionId: $s) { status endReason } }`, map[string]any{"s": session})
	require.Equal(t, "complete", ws.next(10*time.Second).Type)
	r := ce.gql(token, sendMessage, map[string]any{"s": session, "t": "one more?"})
	require.Contains(t, r.errs(), "the session has ended")
}

// TestChatRefusesOthers: a session's messages and history are its user's only.
func TestChatRefusesOthers(t *testing.T) {
	t.Parallel()
	e := setup(t)
	ce := e.chatAPI(chat.Limits{})
	agent := e.buy(chaintest.Alice, 0)
	session := ce.openSession(chaintest.Alice, agent, 10, 3600)
	alice, bob := ce.signIn(chaintest.Alice), ce.signIn(chaintest.Bob)
	ce.must(alice, nil, sendMessage, map[string]any{"s": session, "t": "hello"})

	vars := map[string]any{"s": session, "id": session, "t": "let me in"}
	for _, op := range []string{sendMessage, chatSessionQuery, `mutation($s: ID!) { endSession(sessionId: $s) { id } }`,
		`mutation { rateMessage(messageId: "` + session + `:2", rating: 5) { id } }`} {
		require.Contains(t, ce.gql(bob, op, vars).errs(), "this session is not yours", op)
		require.Contains(t, ce.gql("", op, vars).errs(), "unauthenticated", op)
		require.Contains(t, ce.gql("inft_forged", op, vars).errs(), "unauthenticated", op)
	}
	ws := dialAs(t, ce.url, bob)
	ws.subscribe("c", fmt.Sprintf(`subscription { chatMessages(sessionId: "%s") { type } }`, session))
	m := ws.next(10 * time.Second)
	require.Contains(t, []string{"next", "error"}, m.Type) // gqlgen sends a resolver's error as a result with errors
	require.Contains(t, string(m.Payload), "this session is not yours")

	var list struct {
		ChatSessions struct {
			Edges []struct{ Node struct{ ID string } }
		}
	}
	ce.must(bob, &list, `{ chatSessions { edges { node { id } } } }`, nil)
	require.Empty(t, list.ChatSessions.Edges)
	ce.must(alice, &list, `{ chatSessions { edges { node { id } } } }`, nil)
	require.Len(t, list.ChatSessions.Edges, 1)

	var me struct{ Me *string }
	ce.must(bob, &me, `{ me }`, nil)
	require.Equal(t, e.chain.Addr(chaintest.Bob).Hex(), *me.Me)
	ce.must(bob, nil, `mutation { signOut }`, nil)
	ce.must(bob, &me, `{ me }`, nil)
	require.Nil(t, me.Me, "signed out")
}

// TestChatCapReachedMidReply: the reply stops where the escrow ends; the
// session ends at its cap.
func TestChatCapReachedMidReply(t *testing.T) {
	t.Parallel()
	e := setup(t)
	c := e.chain
	c.Send(chaintest.Deployer, c.Agents, nil, c.AgentsABI.PackSetChatTerms(4, 86400, 3600)) // 4 tokens a credit
	ce := e.chatAPI(chat.Limits{})
	agent := e.buy(chaintest.Alice, 0)
	session := ce.openSession(chaintest.Alice, agent, 2, 3600) // 8 tokens in all
	token := ce.signIn(chaintest.Alice)
	ws := dialAs(t, ce.url, token)
	ws.subscribe("c", fmt.Sprintf(`subscription { chatMessages(sessionId: "%s") { %s } }`, session, chatEventFields))
	time.Sleep(100 * time.Millisecond)

	ce.must(token, nil, sendMessage, map[string]any{"s": session, "t": "Tell me a long story about the sea and its lighthouses."})
	deltas, done := ws.reply("c")
	require.Equal(t, "DONE", done.Type)
	require.Equal(t, 8, done.Message.Tokens, "cut at the cap")
	require.Equal(t, done.Message.Text, deltas)
	require.Equal(t, "0", *done.CreditsLeft)
	require.Equal(t, "complete", ws.next(10*time.Second).Type, "the session ended at its cap")

	var got chatSessionResult
	ce.must(token, &got, chatSessionQuery, map[string]any{"id": session})
	require.Equal(t, "ENDING", got.ChatSession.Status)
	require.Equal(t, "cap", *got.ChatSession.EndReason)
	require.Equal(t, "2", got.ChatSession.CreditsUsed)
	require.Contains(t, ce.gql(token, sendMessage, map[string]any{"s": session, "t": "more"}).errs(), "used up")
}

// TestChatBadInput: refused with a clear error, and nothing stored.
func TestChatBadInput(t *testing.T) {
	t.Parallel()
	e := setup(t)
	ce := e.chatAPI(chat.Limits{MessagesPerMinute: 3})
	agent := e.buy(chaintest.Alice, 0)
	session := ce.openSession(chaintest.Alice, agent, 10, 3600)
	token := ce.signIn(chaintest.Alice)

	for text, want := range map[string]string{
		"":                        "empty",
		"   \n\t":                 "empty",
		strings.Repeat("a", 4001): "more than 4000",
		"nul \x00 byte":           "message refused",
	} {
		require.Contains(t, ce.gql(token, sendMessage, map[string]any{"s": session, "t": text}).errs(), want, "%q", text)
	}
	for _, id := range []string{"999", "-1", "abc", "1e3", strings.Repeat("9", 100)} {
		require.NotEmpty(t, ce.gql(token, sendMessage, map[string]any{"s": id, "t": "hi"}).errs(), id)
	}
	for _, id := range []string{"x", "1:", ":1", session + ":0", session + ":-1"} {
		require.Contains(t, ce.gql(token, `mutation($m: ID!) { rateMessage(messageId: $m, rating: 3) { id } }`,
			map[string]any{"m": id}).errs(), "invalid messageId", id)
	}
	var got chatSessionResult
	ce.must(token, &got, chatSessionQuery, map[string]any{"id": session})
	require.Empty(t, got.ChatSession.Messages.Edges, "nothing stored")

	// Three a minute: the fourth is refused (one at a time: each waits for its reply).
	for i := range 3 {
		ce.must(token, nil, sendMessage, map[string]any{"s": session, "t": fmt.Sprintf("message %d", i)})
		require.Eventually(t, func() bool {
			ce.must(token, &got, chatSessionQuery, map[string]any{"id": session})
			last := got.ChatSession.Messages.Edges[len(got.ChatSession.Messages.Edges)-1].Node
			return last.Status == "DONE"
		}, 10*time.Second, 10*time.Millisecond)
	}
	require.Contains(t, ce.gql(token, sendMessage, map[string]any{"s": session, "t": "a fourth"}).errs(), "too many messages")

	// Ratings: 1 to 5, of an agent's reply.
	ce.must(token, nil, `mutation($m: ID!) { rateMessage(messageId: $m, rating: 5) { rating } }`, map[string]any{"m": session + ":2"})
	require.Contains(t, ce.gql(token, `mutation($m: ID!) { rateMessage(messageId: $m, rating: 6) { rating } }`,
		map[string]any{"m": session + ":2"}).errs(), "rating is 1 to 5")
	require.Contains(t, ce.gql(token, `mutation($m: ID!) { rateMessage(messageId: $m, rating: 4) { rating } }`,
		map[string]any{"m": session + ":1"}).errs(), "rating is 1 to 5")
}

// fakeOpenAI is an OpenAI-compatible chat endpoint that streams words and
// then, after failAfter of them (negative: never), drops the stream; with
// failAfter 0 it answers 500 before any token.
func fakeOpenAI(t testing.TB, words []string, failAfter int, calls *atomic.Int32) ai.Provider {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		calls.Add(1)
		if failAfter == 0 {
			w.WriteHeader(http.StatusInternalServerError)
			_, _ = io.WriteString(w, `{"error":{"message":"the server had an error","type":"server_error"}}`)
			return
		}
		w.Header().Set("Content-Type", "text/event-stream")
		flush := w.(http.Flusher)
		for i, word := range words {
			if failAfter > 0 && i == failAfter {
				// A stream cut before [DONE]: the connection just ends.
				hj, ok := w.(http.Hijacker)
				require.True(t, ok)
				conn, _, err := hj.Hijack()
				require.NoError(t, err)
				conn.Close()
				return
			}
			chunk, _ := json.Marshal(map[string]any{"id": "c", "object": "chat.completion.chunk", "model": "gpt-4o-mini",
				"choices": []any{map[string]any{"index": 0, "delta": map[string]any{"content": word + " "}}}})
			fmt.Fprintf(w, "data: %s\n\n", chunk)
			flush.Flush()
		}
		fmt.Fprintf(w, "data: %s\n\n", `{"id":"c","object":"chat.completion.chunk","model":"gpt-4o-mini","choices":[{"index":0,"delta":{},"finish_reason":"stop"}]}`)
		fmt.Fprintf(w, "data: %s\n\n", fmt.Sprintf(`{"id":"c","object":"chat.completion.chunk","model":"gpt-4o-mini","choices":[],"usage":{"prompt_tokens":9,"completion_tokens":%d,"total_tokens":%d}}`, len(words), len(words)+9))
		fmt.Fprint(w, "data: [DONE]\n\n")
	}))
	t.Cleanup(srv.Close)
	name := fmt.Sprintf("fake%d", failAfter)
	p, err := openai.New(openai.Config{Name: name, APIKey: "sk-test", BaseURL: srv.URL})
	require.NoError(t, err)
	return p
}

// TestChatProviderFailures: a provider failing before the first token is
// failed over; one failing after it ends the reply with an error, charged for
// what was delivered.
func TestChatProviderFailures(t *testing.T) {
	t.Parallel()

	t.Run("before the first token", func(t *testing.T) {
		t.Parallel()
		e := setup(t)
		var broken, good atomic.Int32
		ce := e.chatAPI(chat.Limits{}, fakeOpenAI(t, nil, 0, &broken), fakeOpenAI(t, []string{"all", "is", "well"}, -1, &good))
		agent := e.buy(chaintest.Alice, 0)
		session := ce.openSession(chaintest.Alice, agent, 10, 3600)
		token := ce.signIn(chaintest.Alice)
		ws := dialAs(t, ce.url, token)
		ws.subscribe("c", fmt.Sprintf(`subscription { chatMessages(sessionId: "%s") { %s } }`, session, chatEventFields))
		time.Sleep(100 * time.Millisecond)
		for range 3 { // whichever the orchestrator tries first, the good one answers
			ce.must(token, nil, sendMessage, map[string]any{"s": session, "t": "how are you?"})
			deltas, done := ws.reply("c")
			require.Equal(t, "DONE", done.Type, "%+v", done)
			require.Equal(t, "all is well ", deltas)
			require.Equal(t, 3, done.Message.Tokens)
		}
		require.Positive(t, broken.Load(), "the broken provider was tried")
	})

	t.Run("after the first token", func(t *testing.T) {
		t.Parallel()
		e := setup(t)
		var calls atomic.Int32
		ce := e.chatAPI(chat.Limits{}, fakeOpenAI(t, []string{"once", "upon", "a", "time", "there"}, 3, &calls))
		agent := e.buy(chaintest.Alice, 0)
		session := ce.openSession(chaintest.Alice, agent, 10, 3600)
		token := ce.signIn(chaintest.Alice)
		ws := dialAs(t, ce.url, token)
		ws.subscribe("c", fmt.Sprintf(`subscription { chatMessages(sessionId: "%s") { %s } }`, session, chatEventFields))
		time.Sleep(100 * time.Millisecond)
		ce.must(token, nil, sendMessage, map[string]any{"s": session, "t": "a story please"})
		deltas, end := ws.reply("c")
		require.Equal(t, "ERROR", end.Type)
		require.Equal(t, "once upon a ", deltas)
		require.Equal(t, "once upon a ", end.Message.Text, "what was delivered is kept")
		require.Equal(t, "FAILED", end.Message.Status)
		require.Equal(t, ai.EstimateTokens("once upon a "), end.Message.Tokens, "and charged")
		require.Contains(t, *end.Error, "charged for what was delivered")
		require.Equal(t, int32(1), calls.Load(), "no failover once the user saw the reply")
	})
}

// TestAgentDialogue: two agents of a user's talk for N turns, each metered on
// its own session and streamed on both.
func TestAgentDialogue(t *testing.T) {
	t.Parallel()
	e := setup(t)
	ce := e.chatAPI(chat.Limits{})
	first, second := e.buy(chaintest.Alice, 0), e.buy(chaintest.Alice, 1)
	a := ce.openSession(chaintest.Alice, first, 10, 3600)
	b := ce.openSession(chaintest.Alice, second, 10, 3600)
	token := ce.signIn(chaintest.Alice)
	ws := dialAs(t, ce.url, token)
	ws.subscribe("a", fmt.Sprintf(`subscription { chatMessages(sessionId: "%s") { %s } }`, a, chatEventFields))
	time.Sleep(100 * time.Millisecond)

	var started struct{ StartDialogue chatMessage }
	ce.must(token, &started, `mutation($a: ID!, $b: ID!) { startDialogue(sessionId: $a, withSessionId: $b, topic: "Is the sea blue?", turns: 4) { id seq text } }`,
		map[string]any{"a": a, "b": b})
	require.Equal(t, "Is the sea blue?", started.StartDialogue.Text)

	require.Eventually(t, func() bool {
		var sa, sb chatSessionResult
		ce.must(token, &sa, chatSessionQuery, map[string]any{"id": a})
		ce.must(token, &sb, chatSessionQuery, map[string]any{"id": b})
		return len(sa.ChatSession.Messages.Edges) == 4 && len(sb.ChatSession.Messages.Edges) == 4 &&
			sb.ChatSession.Messages.Edges[3].Node.Status == "DONE" // A spoke in turns 1 and 3, B in 2 and 4
	}, 30*time.Second, 20*time.Millisecond)

	var sa, sb chatSessionResult
	ce.must(token, &sa, chatSessionQuery, map[string]any{"id": a})
	ce.must(token, &sb, chatSessionQuery, map[string]any{"id": b})
	ma, mb := sa.ChatSession.Messages.Edges, sb.ChatSession.Messages.Edges
	// A: topic, A's reply, B's words, A's reply; B: A's words, B's reply, A's words, B's reply.
	require.Equal(t, ma[1].Node.Text, mb[0].Node.Text, "B hears what A said")
	require.Equal(t, mb[1].Node.Text, ma[2].Node.Text, "A hears what B said")
	require.Equal(t, ma[3].Node.Text, mb[2].Node.Text)
	tokensA := ma[1].Node.Tokens + ma[3].Node.Tokens
	tokensB := mb[1].Node.Tokens + mb[3].Node.Tokens
	require.Equal(t, fmt.Sprint(tokensA), sa.ChatSession.TokensUsed, "A's replies on A's session")
	require.Equal(t, fmt.Sprint(tokensB), sb.ChatSession.TokensUsed, "B's replies on B's session")

	// The subscriber of A saw its half of the dialogue stream.
	_, done := ws.reply("a")
	require.Equal(t, "DONE", done.Type)
}

// TestChatRatingsTeach: ratings of replies feed the agent's profile (counts,
// mean rating, XP for a first good rating, its style) and the provider's
// rating, which the orchestrators rank by; a rating counts once however often
// it is sent, and a changed one moves the sums by the difference.
func TestChatRatingsTeach(t *testing.T) {
	t.Parallel()
	e := setup(t)
	ce := e.chatAPI(chat.Limits{MessagesPerMinute: 100})
	agent := e.buy(chaintest.Alice, 1) // Pro: a good first rating earns 7 XP
	session := ce.openSession(chaintest.Alice, agent, 40, 3600)
	token := ce.signIn(chaintest.Alice)

	var got chatSessionResult
	replies := 0
	for i := range 3 {
		ce.must(token, nil, sendMessage, map[string]any{"s": session, "t": fmt.Sprintf("Tell me about harbour %d.", i)})
		require.Eventually(t, func() bool {
			ce.must(token, &got, chatSessionQuery, map[string]any{"id": session})
			last := got.ChatSession.Messages.Edges[len(got.ChatSession.Messages.Edges)-1].Node
			return last.Status == "DONE"
		}, 10*time.Second, 10*time.Millisecond)
		replies += got.ChatSession.Messages.Edges[len(got.ChatSession.Messages.Edges)-1].Node.Tokens
	}
	rate := func(seq, rating int) {
		ce.must(token, nil, `mutation($m: ID!, $r: Int!) { rateMessage(messageId: $m, rating: $r) { rating } }`,
			map[string]any{"m": fmt.Sprintf("%s:%d", session, seq), "r": rating})
	}
	rate(2, 5)
	rate(2, 5) // again: counts once
	rate(4, 2)
	rate(6, 4)
	rate(4, 3) // changed: the sum moves by 1, no XP

	var p struct {
		Agent struct {
			Profile struct {
				Xp            string
				AverageRating *float64
				Style         string
				Chat          struct {
					Replies, Ratings int
					Tokens           string
				}
			}
		}
	}
	ce.must("", &p, `query($id: ID!) { agent(id: $id) { profile { xp averageRating style chat { replies tokens ratings } } } }`,
		map[string]any{"id": agent.String()})
	pr := p.Agent.Profile
	require.Equal(t, 3, pr.Chat.Replies)
	require.Equal(t, fmt.Sprint(replies), pr.Chat.Tokens)
	require.Equal(t, 3, pr.Chat.Ratings)
	require.NotNil(t, pr.AverageRating)
	require.InDelta(t, 4.0, *pr.AverageRating, 1e-9, "5, 3 and 4")
	require.Equal(t, "14", pr.Xp, "two first ratings of 4 or more, 7 XP each")
	require.Contains(t, pr.Style, "People rate your replies 4.0 of 5 on average (3 ratings).")
	require.NotContains(t, pr.Style, "harbour", "chat text never reaches the profile")

	ratings, err := chat.ProviderRatings(context.Background(), e.db.DB)
	require.NoError(t, err)
	require.Equal(t, map[string]ai.Rating{"local": {Count: 3, Sum: 12}}, ratings)
	feed := chat.RatingsFeed{DB: e.db.DB, Orchestrators: []*ai.Orchestrator{ce.orch}}
	require.NoError(t, feed.Refresh(context.Background()))
	st := ce.orch.Stats()
	require.Equal(t, ai.Rating{Count: 3, Sum: 12}, st[0].Rating)
	require.InDelta(t, (12.0+15)/8, st[0].Quality, 1e-9)
}

// TestChatStreamLimit: one address holds at most MaxSubscriptions chat
// streams on a replica, over any number of sockets; a refused one is told
// why with RATE_LIMITED, and a stream that ends gives its place back.
func TestChatStreamLimit(t *testing.T) {
	t.Parallel()
	e := setup(t)
	ce := e.chatAPI(chat.Limits{MaxSubscriptions: 2})
	agent := e.buy(chaintest.Alice, 0)
	session := ce.openSession(chaintest.Alice, agent, 10, 3600)
	alice, bob := ce.signIn(chaintest.Alice), ce.signIn(chaintest.Bob)
	sub := fmt.Sprintf(`subscription { chatMessages(sessionId: "%s") { type } }`, session)

	one, two := dialAs(t, ce.url, alice), dialAs(t, ce.url, alice)
	one.subscribe("a", sub)
	one.subscribe("b", sub)
	time.Sleep(100 * time.Millisecond)
	two.subscribe("c", sub)
	m := two.next(10 * time.Second)
	require.Contains(t, string(m.Payload), "too many chat streams open for this address", "%s %s", m.Type, m.Payload)
	require.Contains(t, string(m.Payload), "RATE_LIMITED")

	// Another address is not held back by Alice's streams (Bob's is refused
	// for being someone else's session, not for the count).
	other := dialAs(t, ce.url, bob)
	other.subscribe("d", sub)
	require.Contains(t, string(other.next(10*time.Second).Payload), "not yours")

	// Closing one of Alice's streams frees its place.
	one.send(wsMessage{ID: "a", Type: "complete"})
	time.Sleep(200 * time.Millisecond)
	two.subscribe("e", sub)
	time.Sleep(100 * time.Millisecond)
	ce.must(alice, nil, sendMessage, map[string]any{"s": session, "t": "hello"})
	m = two.nextNot("complete")
	require.Equal(t, "next", m.Type, "%s", m.Payload)
	require.Equal(t, "e", m.ID)
	require.JSONEq(t, `{"data":{"chatMessages":{"type":"MESSAGE"}}}`, string(m.Payload))
}

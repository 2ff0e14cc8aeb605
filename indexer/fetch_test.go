package indexer_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/stretchr/testify/require"

	"github.com/inft-labs/inft/indexer"
	"github.com/inft-labs/inft/internal/backoff"
	"github.com/inft-labs/inft/internal/pgtest"
	"github.com/inft-labs/inft/internal/promtest"
	"github.com/inft-labs/inft/migrations"
)

// refusal is how a provider answers a call it will not serve.
type refusal struct {
	// status is the HTTP status, 200 when 0.
	status int
	header map[string]string
	// rpcError, when set, is a JSON-RPC error object answered with the call's id;
	// else body is answered as it is.
	rpcError string
	body     string
	// hold answers nothing until the client gives up: a call that times out.
	hold bool
}

func (r *refusal) answer(w http.ResponseWriter, req *http.Request, id json.RawMessage) {
	if r.hold {
		<-req.Context().Done()
		return
	}
	body := r.body
	if r.rpcError != "" {
		body = fmt.Sprintf(`{"jsonrpc":"2.0","id":%s,"error":%s}`, id, r.rpcError)
		w.Header().Set("Content-Type", "application/json")
	}
	for k, v := range r.header {
		w.Header().Set(k, v)
	}
	w.WriteHeader(max(r.status, http.StatusOK))
	_, _ = io.WriteString(w, body)
}

// fakeNode is a JSON-RPC node over HTTP in front of the test chain: it passes
// every call on, but answers those eth_getLogs calls over a block range that
// refuse names (by their order, from 0) the way a provider would, and records
// every such call.
type fakeNode struct {
	upstream string
	refuse   func(n int) *refusal
	srv      *httptest.Server

	mu    sync.Mutex
	calls []logsCall
}

// logsCall is an eth_getLogs call over a block range, as the node received it.
type logsCall struct {
	from, to uint64
	at       time.Time
}

func newFakeNode(t *testing.T, upstream string, refuse func(n int) *refusal) *fakeNode {
	n := &fakeNode{upstream: upstream, refuse: refuse}
	n.srv = httptest.NewServer(n)
	t.Cleanup(n.srv.Close)
	return n
}

func (n *fakeNode) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	var call struct {
		ID     json.RawMessage   `json:"id"`
		Method string            `json:"method"`
		Params []json.RawMessage `json:"params"`
	}
	var filter struct {
		FromBlock string `json:"fromBlock"`
		ToBlock   string `json:"toBlock"`
	}
	// A batch (headers) does not decode as one call and is passed on.
	if json.Unmarshal(body, &call) == nil && call.Method == "eth_getLogs" && len(call.Params) == 1 &&
		json.Unmarshal(call.Params[0], &filter) == nil && filter.FromBlock != "" {
		from, _ := hexutil.DecodeUint64(filter.FromBlock)
		to, _ := hexutil.DecodeUint64(filter.ToBlock)
		n.mu.Lock()
		i := len(n.calls)
		n.calls = append(n.calls, logsCall{from: from, to: to, at: time.Now()})
		n.mu.Unlock()
		if ref := n.refuse(i); ref != nil {
			ref.answer(w, r, call.ID)
			return
		}
	}
	req, err := http.NewRequestWithContext(r.Context(), http.MethodPost, n.upstream, bytes.NewReader(body))
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	w.Header().Set("Content-Type", resp.Header.Get("Content-Type"))
	w.WriteHeader(resp.StatusCode)
	_, _ = io.Copy(w, resp.Body)
}

func (n *fakeNode) logsCalls() []logsCall {
	n.mu.Lock()
	defer n.mu.Unlock()
	return append([]logsCall(nil), n.calls...)
}

// client dials the node as the inft service should: with the transport that
// hands an answer's Retry-After to the indexer.
func (n *fakeNode) client(t *testing.T) indexer.Client {
	hc := &http.Client{Transport: backoff.Transport(nil)}
	c, err := rpc.DialOptions(context.Background(), n.srv.URL, rpc.WithHTTPClient(hc))
	require.NoError(t, err)
	t.Cleanup(c.Close)
	return indexer.NewHTTPClient(c, n.srv.URL, hc)
}

// refuseFirst refuses the first eth_getLogs call over a range with r.
func refuseFirst(r refusal) func(int) *refusal {
	return func(n int) *refusal {
		if n == 0 {
			return &r
		}
		return nil
	}
}

// fetchSetup is a chain whose blocks after the deployment are backfilled in
// ranges of 8: the first eth_getLogs asks for 8 blocks.
func fetchSetup(t *testing.T) (*env, indexer.Config) {
	cfg := indexer.Config{ReorgWindow: 2, InitialRange: 8}
	e := setup(t, cfg)
	for range 24 {
		e.chain.Commit()
	}
	return e, cfg
}

// throughNode indexes e's chain into another schema through a fake node that
// refuses as told, and returns the node and the indexer's metrics.
func (e *env) throughNode(t *testing.T, cfg indexer.Config, refuse func(int) *refusal) (*fakeNode, *prometheus.Registry) {
	t.Helper()
	node := newFakeNode(t, e.chain.RPCURL, refuse)
	reg := prometheus.NewRegistry()
	cfg.Metrics = indexer.NewMetrics(reg)
	f := e.otherSchema(t, cfg, node.client(t))
	f.sync()
	f.requireMatchesChain()
	return node, reg
}

// rateLimits are the providers' answers to too many calls. The Sonic client
// (0xsoniclabs/sonic) has no rate limit of its own; its public RPC
// (rpc.soniclabs.com) documents none, and a proxy in front of a node answers
// a bare 429 — as Ankr's gateway does, with its short text body.
var rateLimits = []struct {
	name string
	refusal
	// wait is the shortest wait the answer asks for.
	wait time.Duration
}{
	{"Sonic public RPC: HTTP 429 with Retry-After", refusal{status: 429, header: map[string]string{"Retry-After": "1"},
		body: "Too Many Requests"}, time.Second},
	// OnFinality's public Sonic endpoint (sonic.api.onfinality.io/public): its public rate limits page.
	{"Sonic public RPC by OnFinality: HTTP 429", refusal{status: 429, header: map[string]string{"Retry-After": "1"},
		body: `{"message":"API rate limit exceeded"}`}, time.Second},
	{"Sonic public RPC by OnFinality: -32029", refusal{rpcError: `{"code":-32029,"message":"Too Many Requests, Please apply for an OnFinality API key to receive a higher rate limit"}`}, 0},
	// Alchemy: gitcoinco/grants-stack-indexer#156, conduitxyz/node#36, xmtp/xmtpd#672 (monthly
	// capacity); the IP limit from alloy-rs/alloy's is_retry_err tests.
	{"Alchemy: compute units, HTTP 429", refusal{status: 429, rpcError: `{"code":429,"message":"Your app has exceeded its compute units per second capacity. If you have retries enabled, you can safely ignore this message. If not, check out https://docs.alchemy.com/reference/throughput"}`}, 0},
	{"Alchemy: monthly capacity, HTTP 403", refusal{status: 403, rpcError: `{"code":-32600,"message":"Monthly capacity limit exceeded. Visit https://dashboard.alchemyapi.io/settings/billing to upgrade your scaling policy for continued service."}`}, 0},
	{"Alchemy: IP requests per second", refusal{rpcError: `{"code":-32016,"message":"Your IP has exceeded its requests per second capacity. To increase your rate limits, please sign up for a free Alchemy account at https://www.alchemy.com/optimism."}`}, 0},
	// Infura: INFURA/infura#201, ethers-io/ethers.js#640 (backoff_seconds, here 1 s), alloy's backoff_hint.
	{"Infura: project rate, HTTP 429 with backoff_seconds", refusal{status: 429, rpcError: `{"code":-32005,"message":"project ID request rate exceeded","data":{"see":"https://infura.io/docs/ethereum/jsonrpc/ratelimits","current_rps":13.333,"allowed_rps":10.0,"backoff_seconds":1.0}}`}, time.Second},
	{"Infura: daily count", refusal{rpcError: `{"code":-32005,"message":"daily request count exceeded, request rate limited","data":{"rate":{"allowed_rps":50,"backoff_seconds":0,"current_rps":52.3},"see":"https://infura.io/dashboard"}}`}, 0},
	// QuickNode: its error reference (429 RPS) and foundry-rs/foundry#4894 (-32007).
	{"QuickNode: RPS, HTTP 429", refusal{status: 429, rpcError: `{"code":429,"message":"The requests per second (RPS) of your requests are higher than your plan allows."}`}, 0},
	{"QuickNode: request limit reached", refusal{rpcError: `{"code":-32007,"message":"100/second request limit reached - reduce calls per second or upgrade your account at quicknode.com"}`}, 0},
	// Ankr: its error reference (plain-text gateway answers) and service plans (429 above 30 rps).
	{"Ankr: HTTP 429, plain text", refusal{status: 429, body: "message: Too Many Requests, trace_id: 4b1f0c2de9c2"}, 0},
}

// TestFetchBacksOffFromRateLimitsWithoutShrinking: a provider's rate limit is
// waited out (its Retry-After at least, else the backoff), counted, and the
// same range is asked again: a smaller one would only multiply the calls a
// provider is already refusing.
func TestFetchBacksOffFromRateLimitsWithoutShrinking(t *testing.T) {
	t.Parallel()
	e, cfg := fetchSetup(t)
	for _, c := range rateLimits {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			node, reg := e.throughNode(t, cfg, refuseFirst(c.refusal))
			calls := node.logsCalls()
			require.GreaterOrEqual(t, len(calls), 2)
			require.Equal(t, [2]uint64{calls[0].from, calls[0].to}, [2]uint64{calls[1].from, calls[1].to},
				"the same range asked again")
			require.Zero(t, promtest.Sum(t, reg, "inft_indexer_range_shrinks_total", nil), "no range shrunk")
			require.Equal(t, 1.0, promtest.Sum(t, reg, "inft_indexer_rpc_errors_total", map[string]string{"call": "rate_limited"}),
				"the rate limit counted")
			waited := calls[1].at.Sub(calls[0].at)
			require.GreaterOrEqual(t, waited, max(c.wait, 100*time.Millisecond), "waited before asking again")
		})
	}
}

// tooMany are the providers' refusals of a range whose answer would be too big.
var tooMany = []struct {
	name string
	refusal
}{
	// Sonic: 0xsoniclabs/sonic topicsdb/leap_join.go and gossip/filters/filter.go.
	{"Sonic: too many results", refusal{rpcError: `{"code":-32000,"message":"too many results, consider narrowing your query criteria, the limit is 5000"}`}},
	{"Sonic: too wide blocks range", refusal{rpcError: `{"code":-32000,"message":"too wide blocks range, the limit is 100"}`}},
	// Infura: ponder-sh/ponder infura test ("Try with this block range"), INFURA/infura#237.
	{"Infura: more than 10000 results", refusal{rpcError: `{"code":-32005,"message":"query returned more than 10000 results. Try with this block range [0x112a880, 0x112a908]."}`}},
	{"Infura: range exceeds limit", refusal{rpcError: `{"code":-32602,"message":"range 1000000 exceeds limit of 10000"}`}},
	// Alchemy: ponder-sh/ponder parseGetLogsError, BobTheBuidler/dank_mids#772.
	{"Alchemy: log response size exceeded", refusal{rpcError: `{"code":-32602,"message":"Log response size exceeded. You can make eth_getLogs requests with up to a 2K block range and no limit on the response size, or you can request any block range with a cap of 10K logs in the response. Based on your parameters and the response size limit, this block range should work: [0x112a880, 0x112a8c2]"}`}},
	{"Alchemy: block range", refusal{rpcError: `{"code":-32600,"message":"You can make eth_getLogs requests with up to a 500 block range. Based on your parameters, this block range should work: [0x123c9b2, 0x123cba5]"}`}},
	// QuickNode: OffchainLabs/arbitrum-sdk#609, eternalsafe/wallet#57 (HTTP 413).
	{"QuickNode: 10,000 range, HTTP 413", refusal{status: 413, rpcError: `{"code":-32614,"message":"eth_getLogs is limited to a 10,000 range"}`}},
	// Ankr: ponder-sh/ponder getLogsRetryHelper (-32600), ponder-sh/ponder#1940, its ankr test.
	{"Ankr: block range is too wide", refusal{rpcError: `{"code":-32600,"message":"block range is too wide"}`}},
	{"Ankr: blocks distance", refusal{rpcError: `{"code":-32602,"message":"maximum [from, to] blocks distance: 10000"}`}},
	{"Ankr: max results", refusal{rpcError: `{"code":-32602,"message":"query exceeds max results 20000, retry with the range 25766988-25775072"}`}},
}

// TestFetchSplitsRangesTooBig: a refusal of the range's size makes the range
// smaller, and the indexing goes on through the smaller ranges.
func TestFetchSplitsRangesTooBig(t *testing.T) {
	t.Parallel()
	e, cfg := fetchSetup(t)
	for _, c := range tooMany {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			node, reg := e.throughNode(t, cfg, refuseFirst(c.refusal))
			calls := node.logsCalls()
			require.GreaterOrEqual(t, len(calls), 2)
			require.Equal(t, calls[0].from, calls[1].from)
			require.Less(t, calls[1].to, calls[0].to, "a smaller range asked")
			require.Equal(t, 1.0, promtest.Sum(t, reg, "inft_indexer_range_shrinks_total", nil))
			require.Zero(t, promtest.Sum(t, reg, "inft_indexer_rpc_errors_total", map[string]string{"call": "rate_limited"}))
		})
	}
}

// TestFetchTimeoutBacksOffThenShrinks: an eth_getLogs that outlives
// CallTimeout is asked again over a smaller range (a big answer is the likely
// cause), but only after a backoff (a node too busy to answer is the other).
func TestFetchTimeoutBacksOffThenShrinks(t *testing.T) {
	t.Parallel()
	e, cfg := fetchSetup(t)
	cfg.CallTimeout = 300 * time.Millisecond
	node, reg := e.throughNode(t, cfg, refuseFirst(refusal{hold: true}))
	calls := node.logsCalls()
	require.GreaterOrEqual(t, len(calls), 2)
	require.Equal(t, calls[0].from, calls[1].from)
	require.Less(t, calls[1].to, calls[0].to, "a smaller range asked")
	// The backoff waits 100 ms at least; half of that allows for the time the
	// call took to reach the node after its timeout started.
	require.GreaterOrEqual(t, calls[1].at.Sub(calls[0].at), cfg.CallTimeout+50*time.Millisecond,
		"the timeout, then a backoff")
	require.Equal(t, 1.0, promtest.Sum(t, reg, "inft_indexer_range_shrinks_total", nil))
	require.Equal(t, 1.0, promtest.Sum(t, reg, "inft_indexer_rpc_errors_total", map[string]string{"call": "eth_getLogs"}))
}

// TestFetchSizesTheFirstRangeFromTheNode: on a chain dense with events (about
// 1,400 a block), the first eth_getLogs asks for one block and the ranges grow
// from what the answers say, so no answer is refused or asked again: every
// block is asked for once, and nothing is cut.
func TestFetchSizesTheFirstRangeFromTheNode(t *testing.T) {
	t.Parallel()
	c, events := loadChain(t, 10_000)
	node := newFakeNode(t, c.RPCURL, func(int) *refusal { return nil })
	db := pgtest.New(t)
	_, err := migrations.Up(context.Background(), db.DB.DB)
	require.NoError(t, err)
	reg := prometheus.NewRegistry()
	ix, err := indexer.New(context.Background(), db.DB, node.client(t), indexer.Config{
		Contracts: c.Contracts, ReorgWindow: 2, Metrics: indexer.NewMetrics(reg),
	})
	require.NoError(t, err)
	require.NoError(t, ix.Sync(context.Background()))
	var n int
	require.NoError(t, db.Get(&n, `SELECT count(*) FROM events`))
	require.Equal(t, events, n)
	calls := node.logsCalls()
	require.Equal(t, calls[0].from, calls[0].to, "the first range is one block: %v", calls[:min(len(calls), 5)])
	for i := 1; i < len(calls); i++ {
		require.Equal(t, calls[i-1].to+1, calls[i].from, "every block asked for once: %v", calls[:i+1])
	}
	require.Zero(t, promtest.Sum(t, reg, "inft_indexer_range_shrinks_total", nil), "no range cut")
}

// TestSlowNodeDoesNotHoldATransactionOpen: a backfill's transaction takes
// the ranges that come within CommitInterval and commits them, rather than
// waiting, open, on a node that has stopped answering.
func TestSlowNodeDoesNotHoldATransactionOpen(t *testing.T) {
	t.Parallel()
	e, cfg := fetchSetup(t)
	cfg.InitialRange, cfg.MaxRange = 4, 4
	cfg.CommitEvents, cfg.CommitInterval = 1_000_000, 200*time.Millisecond
	release := make(chan struct{})
	var once sync.Once
	free := func() { once.Do(func() { close(release) }) }
	node := newFakeNode(t, e.chain.RPCURL, func(n int) *refusal {
		if n == 2 { // the third range: the node stalls
			<-release
		}
		return nil
	})
	f := e.otherSchema(t, cfg, node.client(t))
	ctx, cancel := context.WithCancel(context.Background())
	synced, done := make(chan error, 1), make(chan struct{})
	go func() {
		defer close(done)
		synced <- f.ix.Sync(ctx)
	}()
	t.Cleanup(func() { // first, should the test fail: the node and the database close after
		cancel()
		free()
		<-done
	})

	// The two ranges answered are committed while the third is awaited.
	want := e.cfg.StartBlock + 7
	require.Eventually(t, func() bool {
		cp, err := f.ix.Checkpoint(context.Background())
		return err == nil && cp != nil && cp.Block == want
	}, 10*time.Second, 20*time.Millisecond, "checkpoint at block %d, the end of the second range", want)
	require.Len(t, node.logsCalls(), 3, "the node still holds the third range")
	free()
	require.NoError(t, <-synced)
	f.requireMatchesChain()
}

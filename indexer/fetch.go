package indexer

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/inft-labs/inft/internal/backoff"
)

// batch is a run of blocks fetched and checked, ready to be written.
type batch struct {
	from, to uint64
	// first and last are the headers of blocks from and to: the first's parent
	// must be the indexed tip, the last becomes the checkpoint.
	first, last *types.Header
	// headers are every block's, from first to last, when the batch is near
	// the head: each is kept, as a reorg's possible common ancestor.
	headers []*types.Header
	events  []event
}

// fetcher reads logs in ranges that adapt to the node: cut to a quarter when
// the node refuses a range as too big, or after a backoff when the call times
// out; doubled while answers stay small. A rate limit never cuts the range: it
// is waited out and the same range asked again.
type fetcher struct {
	ix  *Indexer
	rng uint64
}

// next fetches the batch starting at from and ending at most at to. near
// (blocks a reorg may still remove) reads every block's header first, then
// the logs, and checks them against each other (see nearBatch).
func (f *fetcher) next(ctx context.Context, from, to uint64, near bool) (*batch, error) {
	ix := f.ix
	bo := ix.newBackoff()
	var headers []*types.Header // near: of blocks from, from+1, ...
	for attempt := 1; ; attempt++ {
		end := min(to, from+f.rng-1)
		if near && uint64(len(headers)) < end-from+1 {
			var err error
			if headers, err = ix.headers(ctx, from, end); err != nil {
				return nil, err
			}
		}
		logs, retryAfter, err := call(ctx, ix, func(ctx context.Context) ([]types.Log, error) {
			return ix.client.FilterLogs(ctx, ethereum.FilterQuery{
				FromBlock: u64big(from), ToBlock: u64big(end),
				Addresses: ix.dec.addresses(), Topics: [][]common.Hash{ix.dec.topics},
			})
		})
		if err == nil && len(logs) > 4*ix.cfg.TargetLogs && end > from {
			// A node without a result limit: refuse big answers ourselves to bound memory.
			f.shrink(from, end, fmt.Errorf("%d logs, more than the %d the indexer takes at once", len(logs), 4*ix.cfg.TargetLogs))
			continue
		}
		if err == nil {
			f.adapt(end-from+1, len(logs))
			if near {
				return ix.nearBatch(ctx, headers[:end-from+1], logs)
			}
			return ix.checkedBatch(ctx, from, end, logs)
		}
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		fail := classify(err, retryAfter)
		if fail.kind == tooBig && end > from {
			// The node answered at once and said why: a smaller range, now.
			f.shrink(from, end, err)
			continue
		}
		if err := ix.pause(ctx, bo, "eth_getLogs", attempt, fail, err); err != nil {
			return nil, err
		}
		// A timeout is most likely an answer too big to make in time, so the
		// range is cut, but only after the backoff: a node too busy to answer
		// anything would get more calls, not fewer, from an immediate retry.
		if fail.kind == timedOut && end > from {
			f.shrink(from, end, err)
		}
	}
}

// shrink cuts the range to a quarter of the refused one.
func (f *fetcher) shrink(from, end uint64, why error) {
	f.rng = max(1, (end-from+1)/4)
	f.ix.m.rangeShrinks.Inc()
	f.ix.log.Debug("node refused the range; cutting it", "from", from, "to", end, "range", f.rng, "err", why)
}

// adapt sizes the next range so that its answer comes near TargetLogs: it
// shrinks in proportion when an answer is big, and grows while answers stay
// small, towards the range their density says (blocks × TargetLogs / logs),
// at most four times at a step, so that a dense stretch after sparse blocks
// is met with a range it does not refuse.
func (f *fetcher) adapt(blocks uint64, logs int) {
	target := f.ix.cfg.TargetLogs
	switch {
	case logs > 2*target:
		f.rng = max(1, blocks*uint64(target)/uint64(logs))
	case logs < target/2 && blocks == f.rng:
		grow := f.rng * 4
		if logs > 0 {
			grow = min(grow, blocks*uint64(target)/uint64(logs))
		}
		f.rng = min(f.ix.cfg.MaxRange, max(grow, f.rng+1))
	}
}

// checkedBatch fetches the headers the logs need and refuses a batch whose
// logs do not belong to the blocks the node says they are in.
func (ix *Indexer) checkedBatch(ctx context.Context, from, to uint64, logs []types.Log) (*batch, error) {
	sortLogs(logs)
	numbers := []uint64{}
	for _, l := range logs {
		if l.BlockNumber < from || l.BlockNumber > to {
			return nil, fmt.Errorf("node returned a log of block %d for blocks %d-%d", l.BlockNumber, from, to)
		}
		if len(numbers) == 0 || numbers[len(numbers)-1] != l.BlockNumber {
			numbers = append(numbers, l.BlockNumber)
		}
	}
	if len(numbers) == 0 || numbers[0] != from {
		numbers = append([]uint64{from}, numbers...)
	}
	if numbers[len(numbers)-1] != to {
		numbers = append(numbers, to)
	}
	_, byNumber, err := ix.headersOf(ctx, numbers)
	if err != nil {
		return nil, err
	}
	b, err := ix.decodeBatch(from, to, byNumber[to], byNumber, logs)
	if err != nil {
		return nil, err
	}
	b.first = byNumber[from]
	return b, nil
}

// headersOf fetches the headers of blocks numbers, in order and by number,
// refusing one that is not of the block asked for.
func (ix *Indexer) headersOf(ctx context.Context, numbers []uint64) ([]*types.Header, map[uint64]*types.Header, error) {
	headers, err := retry(ctx, ix, "headers", func(ctx context.Context) ([]*types.Header, error) {
		return ix.client.Headers(ctx, numbers)
	})
	if err != nil {
		return nil, nil, err
	}
	byNumber := make(map[uint64]*types.Header, len(headers))
	for i, h := range headers {
		if h == nil || h.Number == nil || h.Number.Uint64() != numbers[i] {
			return nil, nil, fmt.Errorf("node returned a wrong header for block %d", numbers[i])
		}
		byNumber[numbers[i]] = h
	}
	return headers, byNumber, nil
}

// headers fetches the headers of blocks from to to, each the parent of the
// next.
func (ix *Indexer) headers(ctx context.Context, from, to uint64) ([]*types.Header, error) {
	numbers := make([]uint64, 0, to-from+1)
	for n := from; n <= to; n++ {
		numbers = append(numbers, n)
	}
	headers, _, err := ix.headersOf(ctx, numbers)
	if err != nil {
		return nil, err
	}
	for i, h := range headers {
		if i > 0 && h.ParentHash != headers[i-1].Hash() {
			return nil, fmt.Errorf("block %d does not follow block %d (%s): the node's chain changed while it was read",
				numbers[i], numbers[i-1], headers[i-1].Hash())
		}
	}
	return headers, nil
}

// nearBatch checks the logs of a range near the head against its blocks'
// headers, read before the logs: each log must be of the block the header
// is (else the chain changed in between: an error, and the range is read
// again), and a block without logs whose bloom says it may hold some has
// its logs asked again by its hash. So a block whose logs the range missed
// because the node's chain changed after the headers were read is never
// recorded as empty.
func (ix *Indexer) nearBatch(ctx context.Context, headers []*types.Header, logs []types.Log) (*batch, error) {
	from, to := headers[0].Number.Uint64(), headers[len(headers)-1].Number.Uint64()
	byNumber := make(map[uint64]*types.Header, len(headers))
	for _, h := range headers {
		byNumber[h.Number.Uint64()] = h
	}
	seen := make(map[uint64]bool)
	for _, l := range logs {
		if l.BlockNumber < from || l.BlockNumber > to {
			return nil, fmt.Errorf("node returned a log of block %d for blocks %d-%d", l.BlockNumber, from, to)
		}
		seen[l.BlockNumber] = true
	}
	for _, h := range headers {
		n := h.Number.Uint64()
		if seen[n] || !ix.dec.mayHold(h.Bloom) {
			continue
		}
		hash := h.Hash()
		more, err := retry(ctx, ix, "eth_getLogs", func(ctx context.Context) ([]types.Log, error) {
			return ix.client.FilterLogs(ctx, ethereum.FilterQuery{BlockHash: &hash, Addresses: ix.dec.addresses(), Topics: [][]common.Hash{ix.dec.topics}})
		})
		if err != nil {
			return nil, err
		}
		for _, l := range more {
			if l.BlockNumber != n {
				return nil, fmt.Errorf("node returned a log of block %d for block %d (%s)", l.BlockNumber, n, hash)
			}
		}
		logs = append(logs, more...)
	}
	b, err := ix.decodeBatch(from, to, headers[len(headers)-1], byNumber, sortLogs(logs))
	if err != nil {
		return nil, err
	}
	b.first, b.headers = headers[0], headers
	return b, nil
}

func (ix *Indexer) decodeBatch(from, to uint64, last *types.Header, headers map[uint64]*types.Header, logs []types.Log) (*batch, error) {
	b := &batch{from: from, to: to, last: last, events: make([]event, 0, len(logs))}
	var h *types.Header
	var hash common.Hash // h's, computed once a block
	for _, l := range logs {
		if h == nil || h.Number.Uint64() != l.BlockNumber {
			h = headers[l.BlockNumber]
			hash = h.Hash()
		}
		if hash != l.BlockHash {
			return nil, fmt.Errorf("log %d of block %d claims block hash %s, but block %d is %s",
				l.Index, l.BlockNumber, l.BlockHash, l.BlockNumber, hash)
		}
		e, err := ix.dec.decode(l)
		if err != nil {
			return nil, err
		}
		e.time = unixTime(h.Time)
		b.events = append(b.events, e)
	}
	return b, nil
}

// failure is what a failed call's error says to do next.
type failure struct {
	kind failureKind
	// retryAfter is the wait the answer asked for: its Retry-After header, or
	// Infura's backoff_seconds in the error's data. 0 if none.
	retryAfter time.Duration
}

type failureKind int

const (
	// failed: anything else; retried with backoff.
	failed failureKind = iota
	// rateLimited: the provider refuses calls for now; retried after at least
	// its Retry-After, never with a smaller range, which would only multiply
	// the calls it refuses.
	rateLimited
	// tooBig: the range's answer is more than the node will give; retried at
	// once over a smaller range.
	tooBig
	// timedOut: the call took longer than CallTimeout, or the node gave up on
	// it; retried with backoff, over a smaller range.
	timedOut
)

// classify reads a failed call's error: go-ethereum's rpc.HTTPError for an
// HTTP status other than 2xx (its Body holds the provider's JSON-RPC error,
// if any), an rpc.Error with ErrorCode and ErrorData for a JSON-RPC error,
// or a timeout. headerRetryAfter is the answer's Retry-After header (see
// backoff.Hint). A code alone says little (Infura answers -32005 both to a
// rate limit and to a query of more than 10,000 results), so the wording
// decides, but for a 429 (HTTP status or code) and an HTTP 413.
func classify(err error, headerRetryAfter time.Duration) failure {
	f := failure{retryAfter: max(headerRetryAfter, backoffSeconds(err))}
	var status, code int
	var httpErr rpc.HTTPError
	if errors.As(err, &httpErr) {
		status = httpErr.StatusCode
		if e, ok := jsonRPCError(httpErr.Body); ok {
			code = e.Code
		}
	}
	var rpcErr rpc.Error
	if errors.As(err, &rpcErr) {
		code = rpcErr.ErrorCode()
	}
	msg := strings.ToLower(err.Error())
	// A rate limit's wording is looked for before a range's: splitting the
	// range on a rate limit is the mistake that costs most.
	switch {
	case status == http.StatusTooManyRequests || code == http.StatusTooManyRequests:
		f.kind = rateLimited
	case status == http.StatusRequestEntityTooLarge:
		f.kind = tooBig
	case containsAny(msg, rateLimitWordings):
		f.kind = rateLimited
	case containsAny(msg, tooBigWordings):
		f.kind = tooBig
	case errors.Is(err, context.DeadlineExceeded) || isTimeout(err) || containsAny(msg, timeoutWordings):
		f.kind = timedOut
	}
	return f
}

// tooBigWordings are the refusals of an eth_getLogs range whose answer would
// be too big, lower-cased. Sources: the Sonic client (0xsoniclabs/sonic
// topicsdb/leap_join.go, gossip/filters/filter.go, api/ethapi/limit.go); the
// providers' answers collected in ponder-sh/ponder's getLogsRetryHelper.ts and
// their issues (INFURA/infura#237, BobTheBuidler/dank_mids#772,
// OffchainLabs/arbitrum-sdk#609, ponder-sh/ponder#1940); go-ethereum's
// rpc/errors.go.
var tooBigWordings = []string{
	"too many results",          // Sonic: "too many results, consider narrowing your query criteria, the limit is 5000"
	"too wide blocks range",     // Sonic: "too wide blocks range, the limit is 100"
	"query returned more than",  // Infura (-32005), zkEVM, geth-based: "query returned more than 10000 results"
	"query exceeds max results", // Ankr, llamarpc, reth: "query exceeds max results 20000, retry with the range …"
	"response size exceeded",    // Alchemy: "Log response size exceeded. …"; Sonic: "response size exceeded"
	"response too large",        // geth (-32003): "response too large"; Optimism: "backend response too large"
	"block range should work",   // Alchemy: "You can make eth_getLogs requests with up to a 500 block range. Based on your parameters, this block range should work: […]"
	"eth_getlogs is limited to", // QuickNode (-32614, HTTP 413): "eth_getLogs is limited to a 10,000 range"
	"blocks distance",           // Ankr: "maximum [from, to] blocks distance: 10000"
	"block range is too wide",   // Ankr (-32600), Moonbeam
	"block range too large",     // Base, cdk-erigon
	"block range is too large",  // Optimism
	"max block range",           // reth: "query exceeds max block range 5000"
	"maximum block range",       // BSC: "exceed maximum block range: 5000"; publicnode
	"range limit",               // Tenderly, thirdweb: "range 20000 is bigger than range limit 2000"; Chainstack: "Block range limit exceeded."
	"exceeds limit of",          // Infura (-32602): "range 1000000 exceeds limit of 10000"; Arbitrum: "logs matched by query exceeds limit of 10000"
	"range too large",           // Cloudflare: "'fromBlock'-'toBlock' range too large. Max range: 800"
}

// rateLimitWordings are the providers' refusals of calls for now, lower-cased.
// Sources: alloy-rs/alloy's ErrorPayload.is_retry_err (json-rpc
// response/error.rs), foundry-rs/foundry#4894, INFURA/infura#201,
// ethers-io/ethers.js#640, gitcoinco/grants-stack-indexer#156, xmtp/xmtpd#672,
// QuickNode's and Ankr's error references, OnFinality's public rate limits
// (its public Sonic endpoint).
var rateLimitWordings = []string{
	"rate limit",              // Infura: "daily request count exceeded, request rate limited", "exceeded project rate limit"; OnFinality: "API rate limit exceeded"
	"rate exceeded",           // Infura (-32005): "project ID request rate exceeded"
	"too many requests",       // Ankr, OnFinality (-32029), any proxy's 429 status text
	"request limit reached",   // QuickNode (-32007): "100/second request limit reached - reduce calls per second …"
	"credits limited",         // QuickNode (-32012): "credits limited to 6000/sec"
	"per second capacity",     // Alchemy (429, -32016): "Your app has exceeded its compute units per second capacity. …"
	"requests per second",     // QuickNode (429): "The requests per second (RPS) of your requests are higher than your plan allows."
	"capacity limit exceeded", // Alchemy (HTTP 403, -32600): "Monthly capacity limit exceeded. …"
	"request count exceeded",  // Infura: "daily request count exceeded, …"
}

// timeoutWordings are a node's own timeouts, lower-cased: geth's (-32002)
// "request timed out", Infura's query duration limit.
var timeoutWordings = []string{"timed out", "timeout"}

func containsAny(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

func isTimeout(err error) bool {
	var t interface{ Timeout() bool }
	return errors.As(err, &t) && t.Timeout()
}

// wireError is a JSON-RPC error object.
type wireError struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
	Data    any    `json:"data"`
}

// jsonRPCError reads the JSON-RPC error in the body of an HTTP error answer.
func jsonRPCError(body []byte) (wireError, bool) {
	var resp struct {
		Error *wireError `json:"error"`
	}
	if json.Unmarshal(body, &resp) != nil || resp.Error == nil {
		return wireError{}, false
	}
	return *resp.Error, true
}

// backoffSeconds is the wait Infura puts in a rate limit's error data, as
// data.backoff_seconds or data.rate.backoff_seconds (INFURA/infura#201,
// ethers-io/ethers.js#640); 0 if none (Infura sometimes says 0).
func backoffSeconds(err error) time.Duration {
	var data any
	var dataErr rpc.DataError
	var httpErr rpc.HTTPError
	switch {
	case errors.As(err, &dataErr):
		data = dataErr.ErrorData()
	case errors.As(err, &httpErr):
		if e, ok := jsonRPCError(httpErr.Body); ok {
			data = e.Data
		}
	}
	m, _ := data.(map[string]any)
	if rate, ok := m["rate"].(map[string]any); ok {
		m = rate
	}
	s, _ := m["backoff_seconds"].(float64)
	if s <= 0 || s > 24*60*60 {
		return 0
	}
	return time.Duration(s * float64(time.Second))
}

// newBackoff is the backoff between attempts of one RPC call: 100 ms doubling
// to 10 s, at least a rate limit's Retry-After, up to two minutes.
func (ix *Indexer) newBackoff() *backoff.Backoff {
	return backoff.New(backoff.Config{Min: 100 * time.Millisecond, Max: 10 * time.Second, MaxRetryAfter: 2 * time.Minute})
}

// call makes one attempt of f, bounded by CallTimeout, and returns with f's
// result the Retry-After its answer carried in a header (0 if none).
func call[T any](ctx context.Context, ix *Indexer, f func(context.Context) (T, error)) (T, time.Duration, error) {
	ctx, cancel := context.WithTimeout(ctx, ix.cfg.CallTimeout)
	defer cancel()
	ctx, hint := backoff.WithHint(ctx)
	v, err := f(ctx)
	return v, hint.RetryAfter(), err
}

// pause counts a failed attempt and waits before the next: at least the wait
// a rate limit asked for. It returns ctx's error if ctx ends first.
func (ix *Indexer) pause(ctx context.Context, bo *backoff.Backoff, what string, attempt int, f failure, err error) error {
	label := what
	if f.kind == rateLimited {
		// Until the metrics have a rate-limit counter of their own.
		label = "rate_limited"
	}
	ix.m.rpcErrors.WithLabelValues(label).Inc()
	d := bo.Next(f.retryAfter)
	ix.log.Warn("RPC call failed; retrying", "call", what, "attempt", attempt, "in", d,
		"rate_limited", f.kind == rateLimited, "retry_after", f.retryAfter, "err", err)
	if !backoff.Sleep(ctx, d) {
		return ctx.Err()
	}
	return nil
}

// retry calls f until it succeeds or ctx ends, backing off between attempts
// (see pause). Each call gets CallTimeout.
func retry[T any](ctx context.Context, ix *Indexer, what string, f func(context.Context) (T, error)) (T, error) {
	bo := ix.newBackoff()
	for attempt := 1; ; attempt++ {
		v, retryAfter, err := call(ctx, ix, f)
		if err == nil {
			return v, nil
		}
		var zero T
		if ctx.Err() != nil {
			return zero, ctx.Err()
		}
		if err := ix.pause(ctx, bo, what, attempt, classify(err, retryAfter), err); err != nil {
			return zero, err
		}
	}
}

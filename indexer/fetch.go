package indexer

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// batch is a run of blocks fetched and checked, ready to be written.
type batch struct {
	from, to uint64
	// first and last are the headers of blocks from and to: the first's parent
	// must be the indexed tip, the last becomes the checkpoint.
	first, last *types.Header
	events      []event
}

// fetcher reads logs in ranges that adapt to the node: halved when it refuses
// ("too many results", a timeout), doubled while answers stay small.
type fetcher struct {
	ix  *Indexer
	rng uint64
}

// next fetches the batch starting at from and ending at most at to.
func (f *fetcher) next(ctx context.Context, from, to uint64) (*batch, error) {
	ix := f.ix
	for {
		end := min(to, from+f.rng-1)
		logs, err := retry(ctx, ix, "eth_getLogs", func(ctx context.Context) ([]types.Log, error) {
			logs, err := ix.client.FilterLogs(ctx, ethereum.FilterQuery{
				FromBlock: u64big(from), ToBlock: u64big(end),
				Addresses: ix.dec.addresses(), Topics: [][]common.Hash{ix.dec.topics},
			})
			if err != nil && isTooMany(err) && end > from {
				return nil, errTooMany{err}
			}
			if err == nil && len(logs) > 4*ix.cfg.TargetLogs && end > from {
				// A node without a result limit: refuse big answers ourselves to bound memory.
				return nil, errTooMany{fmt.Errorf("%d logs, more than the %d the indexer takes at once", len(logs), 4*ix.cfg.TargetLogs)}
			}
			return logs, err
		})
		var tooMany errTooMany
		if errors.As(err, &tooMany) {
			f.rng = max(1, (end-from+1)/4)
			ix.m.rangeShrinks.Inc()
			ix.log.Debug("node refused the range; halving it", "from", from, "to", end, "range", f.rng, "err", tooMany.err)
			continue
		}
		if err != nil {
			return nil, err
		}
		f.adapt(end-from+1, len(logs))
		return ix.checkedBatch(ctx, from, end, logs)
	}
}

// adapt sizes the next range so that its answer comes near TargetLogs: it
// doubles while answers stay small and shrinks in proportion when one is big.
func (f *fetcher) adapt(blocks uint64, logs int) {
	target := f.ix.cfg.TargetLogs
	switch {
	case logs > 2*target:
		f.rng = max(1, blocks*uint64(target)/uint64(logs))
	case logs < target/2 && blocks == f.rng:
		f.rng = min(f.ix.cfg.MaxRange, f.rng*2)
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
	headers, err := retry(ctx, ix, "headers", func(ctx context.Context) ([]*types.Header, error) {
		return ix.client.Headers(ctx, numbers)
	})
	if err != nil {
		return nil, err
	}
	byNumber := make(map[uint64]*types.Header, len(headers))
	for i, h := range headers {
		if h == nil || h.Number == nil || h.Number.Uint64() != numbers[i] {
			return nil, fmt.Errorf("node returned a wrong header for block %d", numbers[i])
		}
		byNumber[numbers[i]] = h
	}
	b, err := ix.decodeBatch(from, to, byNumber[to], byNumber, logs)
	if err != nil {
		return nil, err
	}
	b.first = byNumber[from]
	return b, nil
}

func (ix *Indexer) decodeBatch(from, to uint64, last *types.Header, headers map[uint64]*types.Header, logs []types.Log) (*batch, error) {
	b := &batch{from: from, to: to, last: last, events: make([]event, 0, len(logs))}
	for _, l := range logs {
		h := headers[l.BlockNumber]
		if h.Hash() != l.BlockHash {
			return nil, fmt.Errorf("log %d of block %d claims block hash %s, but block %d is %s",
				l.Index, l.BlockNumber, l.BlockHash, l.BlockNumber, h.Hash())
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

type errTooMany struct{ err error }

func (e errTooMany) Error() string { return "too many results: " + e.err.Error() }

// isTooMany recognises a node's refusal to answer a range that big: Sonic's,
// geth's, Alchemy's, Infura's and QuickNode's wordings, and a timeout of the call.
func isTooMany(err error) bool {
	if errors.Is(err, context.DeadlineExceeded) || isTimeout(err) {
		return true
	}
	msg := strings.ToLower(err.Error())
	for _, s := range []string{
		"too many results",             // Sonic: "too many results, consider narrowing your query criteria, the limit is 5000"
		"query returned more than",     // Infura, Alchemy: "query returned more than 10000 results"
		"log response size exceeded",   // Alchemy
		"response size exceeded",       // several providers
		"exceed maximum block range",   // geth-based public nodes
		"block range is too wide",      // QuickNode
		"block range too large",        // various
		"eth_getlogs is limited to",    // QuickNode: "eth_getLogs is limited to a 10,000 range"
		"limit exceeded",               // geth: "query limit exceeded", others
		"range too large",              // various
		"too many logs",                // various
		"request timed out", "timeout", // providers that time out instead
	} {
		if strings.Contains(msg, s) {
			return true
		}
	}
	return false
}

func isTimeout(err error) bool {
	var t interface{ Timeout() bool }
	return errors.As(err, &t) && t.Timeout()
}

// retry calls f until it succeeds, backing off with jitter between attempts;
// errTooMany and a cancelled ctx end it at once. Each call gets CallTimeout.
func retry[T any](ctx context.Context, ix *Indexer, what string, f func(context.Context) (T, error)) (T, error) {
	bo := backoff{min: 100 * time.Millisecond, max: 10 * time.Second}
	for attempt := 1; ; attempt++ {
		cctx, cancel := context.WithTimeout(ctx, ix.cfg.CallTimeout)
		v, err := f(cctx)
		cancel()
		if err == nil {
			return v, nil
		}
		var zero T
		var tm errTooMany
		if ctx.Err() != nil {
			return zero, ctx.Err()
		}
		if errors.As(err, &tm) {
			return zero, err
		}
		ix.m.rpcErrors.WithLabelValues(what).Inc()
		ix.log.Warn("RPC call failed; retrying", "call", what, "attempt", attempt, "in", bo.peek(), "err", err)
		if !bo.sleep(ctx) {
			return zero, ctx.Err()
		}
	}
}

// backoff is exponential with full jitter.
type backoff struct {
	min, max, cur time.Duration
}

func (b *backoff) peek() time.Duration {
	if b.cur == 0 {
		b.cur = b.min
	}
	return b.cur
}

func (b *backoff) sleep(ctx context.Context) bool {
	d := b.peek()
	b.cur = min(b.max, b.cur*2)
	wait := d/2 + rand.N(d/2+1)
	select {
	case <-ctx.Done():
		return false
	case <-time.After(wait):
		return true
	}
}

func (b *backoff) reset() { b.cur = 0 }

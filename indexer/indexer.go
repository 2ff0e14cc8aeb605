// Package indexer makes PostgreSQL an exact, rebuildable projection of the INFT
// contracts: it backfills their logs in adaptive ranges, follows the head,
// undoes reorged blocks, and writes each batch (events, projections,
// checkpoint, relayer jobs, notifications) in one transaction.
package indexer

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/jmoiron/sqlx"

	"github.com/inft-labs/inft/chain"
	"github.com/inft-labs/inft/internal/backoff"
	"github.com/inft-labs/inft/internal/pg"
	"github.com/inft-labs/inft/internal/startstop"
	"github.com/inft-labs/inft/jobs"
	"github.com/inft-labs/inft/notify"
)

// Config says what to index and how.
type Config struct {
	Contracts chain.Contracts
	// StartBlock is the first block indexed (the deployment block).
	StartBlock uint64
	// Confirmations is how many blocks must follow a request before the
	// relayer may act on it; Finalized waits for the node's finalized tag instead.
	Confirmations uint64
	Finalized     bool
	// ReorgWindow is how far behind the head a reorg may reach; blocks older
	// than that are backfilled without undo records. Default 128.
	ReorgWindow uint64
	// PollInterval is how often the head is polled without newHeads. Default 500ms.
	PollInterval time.Duration
	// InitialRange and MaxRange bound the blocks of one eth_getLogs call;
	// TargetLogs is the answer size the range adapts towards. The first range
	// is one block by default: its answer, used like any other, tells how
	// many logs a block holds, and the ranges grow from there.
	InitialRange, MaxRange uint64
	TargetLogs             int
	// CommitEvents and CommitInterval bound one backfill transaction: it
	// takes fetched ranges until it holds CommitEvents events or has been
	// open CommitInterval, and writes the rows they changed once, with the
	// checkpoint. Defaults 20,000 and 2s: a larger transaction writes each
	// row fewer times, but holds more rows in memory.
	CommitEvents   int
	CommitInterval time.Duration
	// CallTimeout bounds one RPC call; a getLogs that times out is retried on
	// a smaller range. Default 30s.
	CallTimeout time.Duration
	// StallAfter is how many failures in a row of the same batch make the
	// indexer stalled (Ready fails, inft_indexer_stalled is 1). Default 3.
	StallAfter int
	Logger     *slog.Logger
	Metrics    *Metrics
	// Jobs, when set, also queues a River job for each relayer job created,
	// in the same transaction.
	Jobs *jobs.Inserter
}

func (c *Config) setDefaults() {
	c.ReorgWindow = cmp.Or(c.ReorgWindow, 128)
	c.PollInterval = cmp.Or(c.PollInterval, 500*time.Millisecond)
	c.InitialRange = cmp.Or(c.InitialRange, 1)
	c.MaxRange = cmp.Or(c.MaxRange, 50_000)
	c.TargetLogs = cmp.Or(c.TargetLogs, 2_000)
	c.CommitEvents = cmp.Or(c.CommitEvents, 20_000)
	c.CommitInterval = cmp.Or(c.CommitInterval, 2*time.Second)
	c.CallTimeout = cmp.Or(c.CallTimeout, 30*time.Second)
	c.StallAfter = cmp.Or(c.StallAfter, 3)
	if c.Logger == nil {
		c.Logger = slog.New(slog.DiscardHandler)
	}
	if c.Metrics == nil {
		c.Metrics = NewMetrics(nil)
	}
}

// Check names a missing or inconsistent setting.
func (c *Config) Check() error {
	if c.Contracts.Agents == (common.Address{}) || c.Contracts.Generated == (common.Address{}) || c.Contracts.Marketplace == (common.Address{}) {
		return errors.New("indexer: the three contract addresses are required")
	}
	if c.InitialRange > c.MaxRange && c.MaxRange != 0 {
		return errors.New("indexer: InitialRange exceeds MaxRange")
	}
	return nil
}

// Indexer indexes one deployment into one database schema. Only one indexer
// per chain and schema writes at a time: the others wait on a PostgreSQL
// advisory lock.
type Indexer struct {
	startstop.Base
	cfg     Config
	db      *sqlx.DB
	client  Client
	dec     *decoder
	log     *slog.Logger
	m       *Metrics
	chainID uint64
	fetch   *fetcher
	// schema holds the indexer's tables; it scopes the writer lock and the channel.
	schema  string
	channel string
	stall   stall
	// headWritten is when sawHead last wrote the head.
	headWritten time.Time
	// throughputPruned is when a batch last pruned indexer_throughput.
	throughputPruned time.Time
	// unindexed says that append-only rows may lie above the checkpoint (a
	// backfill's side transaction committed, its group's did not; or the
	// writer before may have died between the two): sync deletes them
	// first. Set whenever the writer lock is taken.
	unindexed bool
}

// New returns an indexer; it reads the chain id from the node.
func New(ctx context.Context, db *sqlx.DB, client Client, cfg Config) (*Indexer, error) {
	cfg.setDefaults()
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	id, err := client.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("indexer: read chain id: %w", err)
	}
	ix := &Indexer{
		cfg: cfg, db: db, client: client, dec: newDecoder(cfg.Contracts),
		log: cfg.Logger.With("component", "indexer"), m: cfg.Metrics, chainID: id.Uint64(),
	}
	ix.fetch = &fetcher{ix: ix, rng: cfg.InitialRange}
	if err := db.GetContext(ctx, &ix.schema, `SELECT current_schema()`); err != nil {
		return nil, fmt.Errorf("indexer: read schema: %w", err)
	}
	ix.channel = notify.ChannelFor(ix.schema)
	return ix, nil
}

// Start runs the indexer in the background (Run) until Stop.
func (ix *Indexer) Start(ctx context.Context) error {
	ctx, ok, stopped := ix.StartInit(ctx)
	if !ok {
		return nil
	}
	go func() { stopped(ix.Run(ctx)) }()
	return nil
}

// Run indexes until ctx ends: it waits for the writer lock, catches up with
// the head and follows it, retrying failures with backoff. It returns nil when
// ctx is cancelled.
func (ix *Indexer) Run(ctx context.Context) error {
	unlock, err := ix.lock(ctx)
	if err != nil {
		return ignoreCancel(ctx, err)
	}
	defer unlock()

	heads := ix.followHeads(ctx)
	bo := backoff.New(backoff.Config{Min: 200 * time.Millisecond, Max: 30 * time.Second})
	for {
		if err := ix.sync(ctx); err != nil {
			if ctx.Err() != nil {
				return nil
			}
			d := bo.Next(0)
			ix.log.Error("sync failed; retrying", "err", err, "in", d)
			ix.failed(ctx, err)
			if !backoff.Sleep(ctx, d) {
				return nil
			}
			continue
		}
		ix.recovered(ctx)
		bo.Reset()
		select {
		case <-ctx.Done():
			return nil
		case <-heads:
		}
	}
}

// Channel is the PostgreSQL channel this indexer notifies (notify.ChannelFor).
func (ix *Indexer) Channel() string { return ix.channel }

// ChainID is the id of the chain the indexer reads.
func (ix *Indexer) ChainID() uint64 { return ix.chainID }

// Sync indexes up to the current head once, holding the writer lock, and
// returns. Tests and `inft reindex` use it.
func (ix *Indexer) Sync(ctx context.Context) error {
	unlock, err := ix.lock(ctx)
	if err != nil {
		return err
	}
	defer unlock()
	return ix.sync(ctx)
}

func (ix *Indexer) sync(ctx context.Context) error {
	if ix.unindexed {
		if err := ix.dropUnindexed(ctx); err != nil {
			return err
		}
	}
	for {
		cp, err := ix.checkpoint(ctx)
		if err != nil {
			return err
		}
		head, finalized, err := ix.heads(ctx)
		if err != nil {
			return err
		}
		next := ix.cfg.StartBlock
		if cp != nil {
			next = cp.Block + 1
		}
		if err := ix.sawHead(ctx, cp, head, next > head); err != nil {
			return err
		}
		if next > head {
			return ix.confirm(ctx, head, finalized)
		}

		deepEnd := uint64(0)
		if head > ix.cfg.ReorgWindow {
			deepEnd = head - ix.cfg.ReorgWindow
		}
		if ix.cfg.Finalized {
			deepEnd = max(deepEnd, finalized)
		}
		if next <= deepEnd {
			// The blocks ahead are backfilled without parent checks, so first make
			// sure the indexed tip is still canonical (the indexer may have been
			// stopped, or behind, while the chain reorganised).
			if cp != nil {
				moved, err := ix.tipReorged(ctx, cp)
				if err != nil {
					return err
				}
				if moved {
					continue
				}
			}
			if err := ix.backfill(ctx, next, deepEnd, head, finalized); err != nil {
				return err
			}
			continue // the head moved on meanwhile
		}
		reorged, err := ix.followBlocks(ctx, cp, next, head, finalized)
		if err != nil {
			return err
		}
		if !reorged {
			return nil
		}
	}
}

// heads returns the latest and, when configured, the finalized block number.
func (ix *Indexer) heads(ctx context.Context) (head, finalized uint64, err error) {
	h, err := retry(ctx, ix, "head", func(ctx context.Context) (*types.Header, error) {
		return ix.client.HeaderByNumber(ctx, nil)
	})
	if err != nil {
		return 0, 0, err
	}
	if ix.cfg.Finalized {
		f, err := retry(ctx, ix, "finalized", func(ctx context.Context) (*types.Header, error) {
			return ix.client.HeaderByNumber(ctx, big.NewInt(int64(rpc.FinalizedBlockNumber)))
		})
		if err != nil {
			return 0, 0, err
		}
		finalized = f.Number.Uint64()
		ix.m.finalized.Set(float64(finalized))
	}
	return h.Number.Uint64(), finalized, nil
}

// confirmedBlock is the newest block whose requests the relayer may act on.
func (ix *Indexer) confirmedBlock(head, finalized uint64) uint64 {
	if ix.cfg.Finalized {
		return finalized
	}
	if head < ix.cfg.Confirmations {
		return 0
	}
	return head - ix.cfg.Confirmations
}

// lock takes the writer lock of this chain and schema, waiting while another
// instance holds it.
func (ix *Indexer) lock(ctx context.Context) (func(), error) {
	unlock, err := pg.Lock(ctx, ix.db, fmt.Sprintf("inft-indexer:%d:%s", ix.chainID, ix.schema), func() {
		ix.log.Info("another indexer holds the writer lock; waiting", "chain_id", ix.chainID)
	})
	if err != nil {
		return nil, fmt.Errorf("indexer: %w", err)
	}
	// The writer before (another process, or this one before it lost the
	// lock) may have died between a side transaction's commit and its group's.
	ix.unindexed = true
	return unlock, nil
}

// followHeads signals when the head may have moved: on newHeads when the
// client can subscribe, on a timer otherwise (and as a safety net).
func (ix *Indexer) followHeads(ctx context.Context) <-chan struct{} {
	out := make(chan struct{}, 1)
	signal := func() {
		select {
		case out <- struct{}{}:
		default:
		}
	}
	go func() {
		t := time.NewTicker(ix.cfg.PollInterval)
		defer t.Stop()
		var sub interface{ Unsubscribe() }
		var errc <-chan error
		headers := make(chan *types.Header, 16)
		subscribe := func() bool {
			s, err := ix.client.SubscribeNewHead(ctx, headers)
			if err != nil {
				return false
			}
			sub, errc = s, s.Err()
			return true
		}
		canSubscribe := subscribe()
		if canSubscribe {
			ix.log.Info("following the head with newHeads")
		} else {
			ix.log.Info("polling the head (no newHeads over this connection)", "every", ix.cfg.PollInterval)
		}
		defer func() {
			if sub != nil {
				sub.Unsubscribe()
			}
		}()
		for {
			select {
			case <-ctx.Done():
				return
			case <-headers:
				signal()
			case err := <-errc:
				ix.log.Warn("newHeads subscription ended; polling until it is back", "err", err)
				sub, errc = nil, nil
			case <-t.C:
				if canSubscribe && sub == nil && subscribe() {
					ix.log.Info("following the head with newHeads again")
				}
				signal()
			}
		}
	}()
	return out
}

func ignoreCancel(ctx context.Context, err error) error {
	if ctx.Err() != nil {
		return nil
	}
	return err
}

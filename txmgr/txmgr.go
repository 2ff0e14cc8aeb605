// Package txmgr sends the relayer's transactions exactly once per intent and
// sees them mined, whatever the node, the fees or a crash do: every intent
// has an idempotency key, nonces are assigned in PostgreSQL, every signed
// attempt is stored before it is broadcast, stuck transactions are re-priced,
// forgotten ones rebroadcast, and a nonce taken by another sender of the same
// key is noticed and the intent given a new one. Batchable intents to one
// contract share a transaction (a multicall) when several are ready at once.
// Before sending, a Check hook may veto intents (the relayer asks the chain
// whether each request is still pending) and an eth_call simulation catches
// reverts. Confirmed intents are re-checked after a reorg. One Manager per
// key sends; a PostgreSQL advisory lock keeps a second one waiting.
package txmgr

import (
	"cmp"
	"context"
	"crypto/ecdsa"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/jmoiron/sqlx"
	"github.com/lib/pq"

	"github.com/inft-labs/inft/internal/pg"
	"github.com/inft-labs/inft/internal/startstop"
)

// Client is what the manager asks of a node; ethclient and the simulated
// backend's client satisfy it.
type Client interface {
	ChainID(ctx context.Context) (*big.Int, error)
	NonceAt(ctx context.Context, account common.Address, block *big.Int) (uint64, error)
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	SuggestGasTipCap(ctx context.Context) (*big.Int, error)
	EstimateGas(ctx context.Context, msg ethereum.CallMsg) (uint64, error)
	CallContract(ctx context.Context, msg ethereum.CallMsg, block *big.Int) ([]byte, error)
	SendTransaction(ctx context.Context, tx *types.Transaction) error
	TransactionReceipt(ctx context.Context, hash common.Hash) (*types.Receipt, error)
	TransactionByHash(ctx context.Context, hash common.Hash) (*types.Transaction, bool, error)
	BalanceAt(ctx context.Context, account common.Address, block *big.Int) (*big.Int, error)
}

// Config tunes a Manager.
type Config struct {
	Key *ecdsa.PrivateKey
	// Confirmations a receipt needs before the intent is confirmed. Default 1.
	Confirmations uint64
	// BumpAfterBlocks without being mined re-prices the newest attempt. Default 3.
	BumpAfterBlocks uint64
	// BumpPercent raises both fee caps by at least this much; geth refuses a
	// replacement below 10%. Default 20.
	BumpPercent int64
	// MaxFeeCap bounds the fee cap per gas, in wei. Default 1,000 gwei.
	MaxFeeCap *big.Int
	// GasMarginPercent is added to the gas estimate. Default 20.
	GasMarginPercent uint64
	// Batch packs the calls of several batchable intents to one contract into
	// one transaction's data (INFTAgents.multicall). Nil sends each alone.
	Batch func(calls [][]byte) []byte
	// MaxBatch bounds the intents in one batch. Default 20.
	MaxBatch int
	// Check is asked before intents are sent; it returns why each intent it
	// vetoes must not be (its request is no longer pending, say). Vetoed
	// intents become fatal with that reason. An error retries the round.
	Check func(ctx context.Context, intents []Tx) (map[int64]string, error)
	// RecheckDepth: confirmed intents mined within this many blocks of the
	// head are checked against the canonical chain after a reorg. Default 128.
	RecheckDepth uint64
	// Linger is how long a woken manager waits for more intents before its
	// round, so that they share a batch. Default 10ms.
	Linger time.Duration
	// Interval is how often a started manager looks at its intents when
	// nothing wakes it. Default 1 second.
	Interval time.Duration
	Logger   *slog.Logger
}

// Request is one intent to send.
type Request struct {
	// Key names the intent, e.g. "fulfil:42"; a second Enqueue with the same
	// key does nothing.
	Key   string
	To    common.Address
	Data  []byte
	Value *big.Int
	// GasLimit is estimated (plus a margin) when 0.
	GasLimit uint64
	// Batch lets the intent share a transaction with others to the same
	// contract, through Config.Batch.
	Batch bool
}

// States of an intent.
const (
	StateUnstarted   = "unstarted"
	StateBatched     = "batched" // inside a batch in flight; see BatchID
	StateUnconfirmed = "unconfirmed"
	StateConfirmed   = "confirmed"
	StateFatal       = "fatal"
)

// Tx is an intent as stored.
type Tx struct {
	ID            int64          `db:"id"`
	Key           string         `db:"idempotency_key"`
	To            []byte         `db:"to_address"`
	Data          []byte         `db:"data"`
	Value         string         `db:"value"`
	GasLimit      int64          `db:"gas_limit"`
	Nonce         sql.NullInt64  `db:"nonce"`
	State         string         `db:"state"`
	Error         sql.NullString `db:"error"`
	MinedBlock    sql.NullInt64  `db:"mined_block"`
	MinedHash     []byte         `db:"mined_hash"`
	ReceiptStatus sql.NullInt16  `db:"receipt_status"`
	Batchable     bool           `db:"batchable"`
	// BatchID is the batch intent carrying this one, while it does.
	BatchID sql.NullInt64 `db:"batch_id"`
}

// txColumns are the columns of Tx.
const txColumns = `id, idempotency_key, to_address, data, value, gas_limit, nonce, state, error,
	mined_block, mined_hash, receipt_status, batchable, batch_id`

type attempt struct {
	ID             int64  `db:"id"`
	Hash           []byte `db:"hash"`
	FeeCap         string `db:"gas_fee_cap"`
	TipCap         string `db:"gas_tip_cap"`
	Signed         []byte `db:"signed"`
	BroadcastBlock int64  `db:"broadcast_block"`
}

// Manager sends the intents of one key. Start runs it in the background and
// Stop ends it (startstop's lifecycle); ProcessOnce does one round in the
// caller's goroutine, for tests and tools, and must not run while it is
// started.
type Manager struct {
	startstop.Base
	cfg     Config
	db      *sqlx.DB
	client  Client
	from    common.Address
	chainID *big.Int
	signer  types.Signer
	log     *slog.Logger
	synced  bool
	wake    chan struct{}
	schema  string
	// lastHead is the head of the previous round; a new head that does not
	// follow it may mean a reorg, and confirmed intents are re-checked.
	lastHead *types.Header
	// tip is the node's suggested tip at tipHead.
	tip     *big.Int
	tipHead common.Hash
	// suspects are intents whose nonce the chain has passed with no receipt
	// of theirs, by the head where that was first seen.
	suspects map[int64]uint64
}

var _ startstop.Service = (*Manager)(nil)

// New returns a manager for cfg.Key on the node's chain.
func New(ctx context.Context, db *sqlx.DB, client Client, cfg Config) (*Manager, error) {
	if cfg.Key == nil {
		return nil, errors.New("txmgr: a key is required")
	}
	cfg.Confirmations = cmp.Or(cfg.Confirmations, 1)
	cfg.BumpAfterBlocks = cmp.Or(cfg.BumpAfterBlocks, 3)
	cfg.BumpPercent = max(cmp.Or(cfg.BumpPercent, 20), 10)
	cfg.GasMarginPercent = cmp.Or(cfg.GasMarginPercent, 20)
	cfg.MaxBatch = cmp.Or(cfg.MaxBatch, 20)
	cfg.RecheckDepth = cmp.Or(cfg.RecheckDepth, 128)
	cfg.Linger = cmp.Or(cfg.Linger, 10*time.Millisecond)
	cfg.Interval = cmp.Or(cfg.Interval, time.Second)
	if cfg.MaxFeeCap == nil {
		cfg.MaxFeeCap = new(big.Int).Mul(big.NewInt(1000), big.NewInt(1e9))
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	id, err := client.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("txmgr: read chain id: %w", err)
	}
	from := crypto.PubkeyToAddress(cfg.Key.PublicKey)
	var schema string
	if err := db.GetContext(ctx, &schema, `SELECT current_schema()`); err != nil {
		return nil, fmt.Errorf("txmgr: read schema: %w", err)
	}
	return &Manager{schema: schema,
		cfg: cfg, db: db, client: client, from: from, chainID: id,
		signer: types.LatestSignerForChainID(id), log: cfg.Logger.With("component", "txmgr", "from", from),
		wake: make(chan struct{}, 1), suspects: map[int64]uint64{},
	}, nil
}

// From is the sending address.
func (m *Manager) From() common.Address { return m.from }

// Balance is the sending address's balance at the node's head, in wei.
func (m *Manager) Balance(ctx context.Context) (*big.Int, error) {
	b, err := m.client.BalanceAt(ctx, m.from, nil)
	if err != nil {
		return nil, fmt.Errorf("txmgr: balance of %s: %w", m.from, err)
	}
	return b, nil
}

// ChainID is the id of the chain the manager sends to.
func (m *Manager) ChainID() *big.Int { return new(big.Int).Set(m.chainID) }

// Enqueue records an intent in q (a transaction of the caller's, so that the
// intent commits with whatever caused it, or the pool) unless its key exists
// already. It returns the intent's id and whether it was created now.
func (m *Manager) Enqueue(ctx context.Context, q pg.DataSource, r Request) (int64, bool, error) {
	value := "0"
	if r.Value != nil {
		value = r.Value.String()
	}
	var id int64
	err := q.GetContext(ctx, &id, `INSERT INTO txs (chain_id, idempotency_key, from_address, to_address, data, value, gas_limit, batchable, state)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'unstarted') ON CONFLICT (idempotency_key) DO NOTHING RETURNING id`,
		m.chainID.Int64(), r.Key, m.from.Bytes(), r.To.Bytes(), r.Data, value, int64(r.GasLimit), r.Batch && m.cfg.Batch != nil && value == "0")
	if errors.Is(err, sql.ErrNoRows) {
		if err := q.GetContext(ctx, &id, `SELECT id FROM txs WHERE idempotency_key = $1`, r.Key); err != nil {
			return 0, false, fmt.Errorf("txmgr: enqueue %s: %w", r.Key, err)
		}
		return id, false, nil
	}
	if err != nil {
		return 0, false, fmt.Errorf("txmgr: enqueue %s: %w", r.Key, err)
	}
	return id, true, nil
}

// Queued reports whether an intent exists for any of keys, read in q: the
// caller's transaction, to decide along with what it has locked, or the pool.
func (m *Manager) Queued(ctx context.Context, q pg.DataSource, keys ...string) (bool, error) {
	var ok bool
	if err := q.GetContext(ctx, &ok, `SELECT EXISTS (SELECT 1 FROM txs WHERE idempotency_key = ANY($1))`, pq.Array(keys)); err != nil {
		return false, fmt.Errorf("txmgr: are %q queued: %w", keys, err)
	}
	return ok, nil
}

// QueuedOf returns which of keys have an intent, read in q.
func (m *Manager) QueuedOf(ctx context.Context, q pg.DataSource, keys []string) (map[string]bool, error) {
	var found []string
	if err := q.SelectContext(ctx, &found, `SELECT idempotency_key FROM txs WHERE idempotency_key = ANY($1)`, pq.Array(keys)); err != nil {
		return nil, fmt.Errorf("txmgr: which of %d keys are queued: %w", len(keys), err)
	}
	out := make(map[string]bool, len(found))
	for _, k := range found {
		out[k] = true
	}
	return out, nil
}

// Get returns an intent by key.
func (m *Manager) Get(ctx context.Context, key string) (*Tx, error) {
	var t Tx
	if err := m.db.GetContext(ctx, &t, `SELECT `+txColumns+` FROM txs WHERE idempotency_key = $1`, key); err != nil {
		return nil, fmt.Errorf("txmgr: get %s: %w", key, err)
	}
	return &t, nil
}

// Wake makes a started manager begin a round now instead of at its next
// tick; call it after committing an Enqueue.
func (m *Manager) Wake() {
	select {
	case m.wake <- struct{}{}:
	default:
	}
}

// Start runs the manager in the background until Stop: it takes the sender
// lock (waiting while another sender of the key holds it), then does a round
// every Interval and whenever woken.
func (m *Manager) Start(ctx context.Context) error {
	ctx, ok, stopped := m.StartInit(ctx)
	if !ok {
		return nil
	}
	go func() { stopped(m.run(ctx)) }()
	return nil
}

func (m *Manager) run(ctx context.Context) error {
	unlock, err := m.lock(ctx)
	if err != nil {
		if ctx.Err() != nil {
			return nil // stopped while waiting for the lock
		}
		return err
	}
	defer unlock()
	t := time.NewTicker(m.cfg.Interval)
	defer t.Stop()
	for {
		if err := m.ProcessOnce(ctx); err != nil && ctx.Err() == nil {
			m.log.Error("processing transactions failed; retrying", "err", err)
		}
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		case <-m.wake:
			// Let the intents queued about now join this round's batch.
			select {
			case <-ctx.Done():
				return nil
			case <-time.After(m.cfg.Linger):
			}
		}
	}
}

func (m *Manager) lock(ctx context.Context) (func(), error) {
	unlock, err := pg.Lock(ctx, m.db, fmt.Sprintf("inft-txmgr:%s:%d:%s", m.schema, m.chainID, m.from), func() {
		m.log.Info("another sender holds this key's lock; waiting")
	})
	if err != nil {
		return nil, fmt.Errorf("txmgr: %w", err)
	}
	return unlock, nil
}

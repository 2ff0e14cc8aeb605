// Package relayer turns each queued generation request into an output on
// IPFS and a fulfilment transaction, through the stages QUEUED → GENERATING →
// UPLOADING → MINTING, each recorded as a progress row with a NOTIFY. Every
// stage is idempotent: an output once stored is never generated again, and a
// fulfilment or failure is queued once per request (txmgr idempotency keys).
// The indexer writes FULFILLED and FAILED when the chain says so.
package relayer

import (
	"cmp"
	"context"
	"database/sql"
	"database/sql/driver"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jmoiron/sqlx"
	"github.com/riverqueue/river"
	"github.com/riverqueue/river/riverdriver/riverdatabasesql"

	"github.com/inft-labs/inft/ai"
	"github.com/inft-labs/inft/ai/agent"
	"github.com/inft-labs/inft/bindings"
	"github.com/inft-labs/inft/internal/pg"
	"github.com/inft-labs/inft/internal/safe"
	"github.com/inft-labs/inft/ipfs"
	"github.com/inft-labs/inft/notify"
	"github.com/inft-labs/inft/txmgr"
)

// Stages of a request, as GraphQL's GenerationStatus names them.
const (
	StageQueued     = "QUEUED"
	StageGenerating = "GENERATING"
	StageUploading  = "UPLOADING"
	StageMinting    = "MINTING"
	StageFailed     = "FAILED"
)

// Config wires a Worker.
type Config struct {
	AI     *ai.Orchestrator
	Store  ipfs.Store
	Tx     *txmgr.Manager
	Agents common.Address // INFTAgents
	// MaxReasonBytes bounds a failure reason put on chain. Default 200.
	MaxReasonBytes int
	// ProgressEvery spaces the progress rows of a generation. Default 500ms.
	ProgressEvery time.Duration
	Logger        *slog.Logger
}

// Worker processes one request at a time; run as many as the queue allows.
type Worker struct {
	cfg     Config
	db      *sqlx.DB
	abi     *bindings.INFTAgents
	channel string
	log     *slog.Logger
	stmts   pg.Stmts
	jobs    *river.Client[*sql.Tx] // inserts anchor jobs
	// schema is the database schema (its chat channel's name).
	schema string
}

// New returns a worker on db (the schema the indexer writes).
func New(ctx context.Context, db *sqlx.DB, cfg Config) (*Worker, error) {
	if cfg.AI == nil || cfg.Store == nil || cfg.Tx == nil || cfg.Agents == (common.Address{}) {
		return nil, errors.New("relayer: AI, Store, Tx and Agents are required")
	}
	if cfg.MaxReasonBytes <= 0 {
		cfg.MaxReasonBytes = 200
	}
	if cfg.ProgressEvery <= 0 {
		cfg.ProgressEvery = 500 * time.Millisecond
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	var schema string
	if err := db.GetContext(ctx, &schema, `SELECT current_schema()`); err != nil {
		return nil, fmt.Errorf("relayer: read schema: %w", err)
	}
	inserter, err := river.NewClient(riverdatabasesql.New(db.DB), &river.Config{})
	if err != nil {
		return nil, fmt.Errorf("relayer: river client: %w", err)
	}
	return &Worker{cfg: cfg, db: db, stmts: pg.Stmts{DB: db}, abi: bindings.NewINFTAgents(), channel: notify.ChannelFor(schema), schema: schema,
		log: cfg.Logger.With("component", "relayer"), jobs: inserter}, nil
}

// ErrGone means the request no longer exists (reorged out): drop the job.
var ErrGone = errors.New("relayer: request not found")

type request struct {
	ID        string `db:"id"`
	AgentID   string `db:"agent_id"`
	Requester []byte `db:"requester"`
	Kind      int16  `db:"kind"`
	Prompt    string `db:"prompt"`
	Status    int16  `db:"status"`
	Tier      int16  `db:"tier"`
	// MetaCID is its stored output's metadata, if an earlier run stored one.
	MetaCID sql.NullString `db:"metadata_cid"`
	// Profile is its agent's learned profile, if any.
	Profile []byte `db:"profile"`
	// Mode is a collaboration's (collab.Mode); NULL for one agent's request.
	Mode sql.NullInt16 `db:"mode"`
	// TxHash is the transaction that made the request.
	TxHash []byte `db:"tx_hash"`
}

// Metadata is the ERC-721 metadata document of a generated token, in
// OpenSea's metadata standard: every token has an image (a text's is a card
// of its first lines, see textCard) and typed attributes.
type Metadata struct {
	Name        string `json:"name"`
	Description string `json:"description"`
	Image       string `json:"image"`
	// Content is a text output itself (ipfs://…); images have none.
	Content    string      `json:"content,omitempty"`
	Prompt     string      `json:"prompt"`
	Attributes []Attribute `json:"attributes"`
	// Collaboration says how a co-created token was made.
	Collaboration *CollaborationMetadata `json:"collaboration,omitempty"`
}

// Attribute is one ERC-721 metadata trait; DisplayType "number" shows a
// numeric value as a stat.
type Attribute struct {
	TraitType   string `json:"trait_type"`
	Value       any    `json:"value"`
	DisplayType string `json:"display_type,omitempty"`
}

// Process moves a request as far as it can go now. It returns nil when the
// request is done (fulfilment or failure queued, or nothing left to do), an
// error the queue should retry otherwise. A refused prompt queues the
// failure (a refund) at once.
func (w *Worker) Process(ctx context.Context, requestID string) error {
	var r request
	// The prompt's exact bytes, not the indexer's safe text: a prompt that is
	// not text is refused (and refunded) rather than answered altered.
	err := w.get(ctx, nil, &r, `SELECT r.id, r.agent_id, r.requester, r.kind,
		coalesce(r.prompt_raw, convert_to(r.prompt, 'UTF8')) AS prompt, r.status, a.tier,
		(SELECT o.metadata_cid FROM generation_outputs o WHERE o.request_id = r.id) AS metadata_cid,
		(SELECT p.profile FROM agent_profiles p WHERE p.agent_id = r.agent_id) AS profile, r.mode, r.tx_hash
		FROM generation_requests r JOIN agents a ON a.id = r.agent_id WHERE r.id = $1`, requestID)
	if errors.Is(err, sql.ErrNoRows) {
		return fmt.Errorf("%w: %s", ErrGone, requestID)
	}
	if err != nil {
		return fmt.Errorf("relayer: load request %s: %w", requestID, err)
	}
	if r.Status != 1 {
		return nil // ended on chain already
	}
	queued, err := w.cfg.Tx.Queued(ctx, w.db, endKeys(r.ID)...)
	if err != nil {
		return fmt.Errorf("relayer: load request %s: %w", requestID, err)
	}
	if queued {
		return nil // its ending is queued
	}
	if r.MetaCID.Valid { // stored by an earlier run: only the fulfilment is left
		return w.queueOnce(ctx, r.ID, w.fulfilment(r.ID, r.MetaCID.String), nil, StageMinting, 90, "fulfilment queued")
	}
	if r.Mode.Valid {
		return w.collaborate(ctx, r)
	}
	out, err := w.generate(ctx, r)
	var pe *ai.PromptError
	if errors.As(err, &pe) || (err != nil && ai.ClassOf(err).Scope() == ai.ScopeTask) {
		return w.Fail(ctx, r.ID, reason(err))
	}
	if err != nil {
		return err
	}
	// The output, what the agent learned from it and the fulfilment commit
	// together: a retry finds the output and never generates it again.
	return w.queueOnce(ctx, r.ID, w.fulfilment(r.ID, out.metaCID), func(tx *sqlx.Tx) error {
		if err := w.exec(ctx, tx, `INSERT INTO generation_outputs (request_id, provider, model, mime, output_cid, metadata_cid, cost_usd, attempts)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
			r.ID, out.res.Provider, out.res.Model, out.res.Output.MIME, out.outCID, out.metaCID, out.res.CostUSD, out.attempts); err != nil {
			return fmt.Errorf("relayer: store output of %s: %w", r.ID, err)
		}
		return w.learn(ctx, tx, r, out.kind, out.res.Provider, out.res.Model)
	}, StageMinting, 90, "stored "+ipfs.URI(out.metaCID)+"; fulfilment queued")
}

// requesterSlot takes one of the limit slots of the wallet that made
// request, across replicas: a PostgreSQL session lock on a connection of its
// own, held while the request is worked (a crashed replica's session ends
// and frees it). ok is false when every slot is taken; then waiting counts
// the wallet's jobs ahead of job, to say how long to wait.
func (w *Worker) requesterSlot(ctx context.Context, job int64, request string, limit int) (release func(), ok bool, waiting int, err error) {
	conn, err := w.db.Connx(ctx)
	if err != nil {
		return nil, false, 0, fmt.Errorf("relayer: requester slot: %w", err)
	}
	var slot sql.NullInt64
	err = conn.GetContext(ctx, &slot, `SELECT s FROM generate_series(0, $3 - 1) AS s
		WHERE pg_try_advisory_lock(hashtext($1 || encode((SELECT requester FROM generation_requests WHERE id = $2), 'hex')), s)
		LIMIT 1`, w.channel+":requester:", request, limit)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		w.releaseSlots(conn)
		return nil, false, 0, fmt.Errorf("relayer: requester slot of %s: %w", request, err)
	}
	if slot.Valid {
		return func() { w.releaseSlots(conn) }, true, 0, nil
	}
	conn.Close()
	err = w.get(ctx, nil, &waiting, `SELECT count(*) FROM river_job j
		JOIN generation_requests r ON r.id = (j.args->>'request_id')::numeric
		WHERE j.kind = 'generate' AND j.state IN ('running', 'available', 'scheduled', 'retryable') AND j.id < $1
			AND r.requester = (SELECT requester FROM generation_requests WHERE id = $2)`, job, request)
	if err != nil {
		return nil, false, 0, fmt.Errorf("relayer: requests ahead for the requester of %s: %w", request, err)
	}
	// The wallet's other jobs that are due would each be fetched only to
	// wait too, keeping the workers from the other wallets' jobs behind
	// them: push them back at once, in order, a turn of a quarter second
	// per slot each. River fetches an available job once its scheduled_at
	// has come; rows another worker holds are left alone.
	if err := w.exec(ctx, nil, `WITH due AS (
			SELECT j.id FROM river_job j JOIN generation_requests r ON r.id = (j.args->>'request_id')::numeric
			WHERE j.kind = 'generate' AND j.state = 'available' AND j.scheduled_at <= now() AND j.id > $1
				AND r.requester = (SELECT requester FROM generation_requests WHERE id = $2)
			ORDER BY j.id FOR UPDATE OF j SKIP LOCKED),
		turns AS (SELECT id, row_number() OVER (ORDER BY id) AS n FROM due)
		UPDATE river_job j SET scheduled_at = now() + least(($3 + t.n) / $4 * 0.25, 30) * interval '1 second'
		FROM turns t WHERE j.id = t.id`, job, request, waiting, float64(limit)); err != nil {
		w.log.Debug("could not push back a wallet's waiting jobs", "request", request, "err", err)
	}
	return nil, false, waiting, nil
}

// releaseSlots unlocks the requester slots conn's session holds and gives
// the connection back to the pool. A pooled connection keeps its session's
// locks, so when the unlock fails the connection is discarded instead, and
// its session ends with the locks.
func (w *Worker) releaseSlots(conn *sqlx.Conn) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if _, err := conn.ExecContext(ctx, `SELECT pg_advisory_unlock_all()`); err != nil {
		w.log.Warn("could not release a requester slot; discarding its connection", "err", err)
		_ = conn.Raw(func(any) error { return driver.ErrBadConn }) // ErrBadConn: closed, not pooled
	}
	conn.Close()
}

func (w *Worker) fulfilment(requestID, metaCID string) txmgr.Request {
	id, _ := new(big.Int).SetString(requestID, 10)
	return txmgr.Request{
		Key: fulfilKey(requestID), To: w.cfg.Agents, Data: w.abi.PackFulfillGeneration(id, ipfs.URI(metaCID)), Batch: true,
	}
}

// Idempotency keys of the intents that end a request.
func fulfilKey(requestID string) string { return "fulfil:" + requestID }
func failKey(requestID string) string   { return "fail:" + requestID }

// endKeys are the keys of either ending of a request: one of them is
// queued at most.
func endKeys(requestID string) []string { return []string{fulfilKey(requestID), failKey(requestID)} }

// Fail queues the on-chain failure of a request (which refunds its credits)
// with a reason, unless its fulfilment or failure is queued already.
func (w *Worker) Fail(ctx context.Context, requestID, why string) error {
	// A provider's words may be any bytes; the requester reads whole characters.
	why = safe.Text(why)
	if len(why) > w.cfg.MaxReasonBytes {
		why = strings.ToValidUTF8(why[:w.cfg.MaxReasonBytes], "")
	}
	id, ok := new(big.Int).SetString(requestID, 10)
	if !ok {
		return fmt.Errorf("relayer: bad request id %q", requestID)
	}
	return w.queueOnce(ctx, requestID, txmgr.Request{
		Key: failKey(requestID), To: w.cfg.Agents, Data: w.abi.PackFailGeneration(id, why), Batch: true,
	}, nil, StageFailed, 100, "refunding: "+why)
}

// queueOnce queues the one intent that ends a request, with its progress row
// and whatever with adds (run last), unless a fulfilment or failure of it is queued
// already. A lock on the request serializes a worker queueing the fulfilment
// with the deadline sweep queueing the failure, so only one of them wins.
// The transaction manager is woken once it commits.
func (w *Worker) queueOnce(ctx context.Context, requestID string, intent txmgr.Request, with func(*sqlx.Tx) error,
	stage string, percent int, msg string) error {
	queued := false
	err := w.transact(ctx, func(tx *sqlx.Tx) error {
		queued = false
		if err := w.exec(ctx, tx, `SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, w.channel+":request:"+requestID); err != nil {
			return err
		}
		if done, err := w.cfg.Tx.Queued(ctx, tx, endKeys(requestID)...); err != nil || done {
			return err
		}
		if _, _, err := w.cfg.Tx.Enqueue(ctx, tx, intent); err != nil {
			return err
		}
		if err := w.progress(ctx, tx, requestID, stage, percent, msg); err != nil {
			return err
		}
		queued = true
		if with != nil { // last: it may lock a row others wait for
			return with(tx)
		}
		return nil
	})
	if err == nil && queued {
		w.cfg.Tx.Wake()
	}
	return err
}

// stored is a generation's output, stored on IPFS with its metadata but not
// yet recorded.
type stored struct {
	kind            ai.Kind
	res             ai.Result
	outCID, metaCID string
	attempts        []byte
}

// generate asks the AI for the request's output and stores it and its
// metadata on IPFS.
func (w *Worker) generate(ctx context.Context, r request) (stored, error) {
	if err := ai.CheckPrompt(r.Prompt, 0); err != nil {
		return stored{}, err
	}
	profile := agent.New(r.AgentID, ai.Tier(r.Tier))
	if r.Profile != nil {
		if err := json.Unmarshal(r.Profile, &profile); err != nil {
			return stored{}, fmt.Errorf("relayer: profile of agent %s: %w", r.AgentID, err)
		}
	}
	if err := w.progressNow(ctx, r.ID, StageGenerating, 10, "generating"); err != nil {
		return stored{}, err
	}
	kind := ai.Kind(r.Kind)
	prompt := r.Prompt
	if kind == ai.KindImage {
		prompt = profile.ShapeImagePrompt(prompt)
	}
	last, lastAt := 10, time.Now()
	res, err := w.cfg.AI.Generate(ctx, ai.Task{
		Tier: ai.Tier(r.Tier), Kind: kind, Prompt: prompt, System: profile.Style(),
		Progress: func(p int, msg string) {
			// GENERATING spans 10-70%: a row each 10 points, at most every
			// ProgressEvery, so a fast provider costs no more rows.
			pct := 10 + p*6/10
			if pct >= last+10 && time.Since(lastAt) >= w.cfg.ProgressEvery {
				last, lastAt = pct, time.Now()
				if err := w.progressNow(ctx, r.ID, StageGenerating, pct, msg); err != nil {
					w.log.Debug("a progress row was not written", "request", r.ID, "err", err) // it only reports
				}
			}
		},
	})
	res.Attempts = safeAttempts(res.Attempts) // kept here and with the output
	w.keepAttempts(ctx, r.ID, res.Attempts)
	if err != nil {
		return stored{}, err
	}

	if err := w.progressNow(ctx, r.ID, StageUploading, 75, "storing the output on IPFS"); err != nil {
		return stored{}, err
	}
	outCID, err := w.cfg.Store.Put(ctx, res.Output.Data)
	if err != nil {
		return stored{}, fmt.Errorf("relayer: store output: %w", err)
	}
	meta := Metadata{
		Name:        fmt.Sprintf("INFT agent #%s · generation #%s", r.AgentID, r.ID),
		Description: fmt.Sprintf("A %s generated by INFT agent #%s for %s.", kind, r.AgentID, common.BytesToAddress(r.Requester).Hex()),
		Prompt:      r.Prompt,
		Attributes: []Attribute{
			{TraitType: "agent", Value: r.AgentID}, {TraitType: "tier", Value: ai.Tier(r.Tier).String()},
			{TraitType: "kind", Value: kind.String()}, {TraitType: "provider", Value: res.Provider},
			{TraitType: "model", Value: res.Model},
			{TraitType: "agent level", Value: profile.Level, DisplayType: "number"},
		},
	}
	if kind == ai.KindImage {
		meta.Image = ipfs.URI(outCID)
	} else {
		meta.Content = ipfs.URI(outCID)
		meta.Image = textCard(r.AgentID, r.ID, r.Tier, string(res.Output.Data))
	}
	metaCID, err := ipfs.PutJSON(ctx, w.cfg.Store, meta)
	if err != nil {
		return stored{}, fmt.Errorf("relayer: store metadata: %w", err)
	}
	attempts, err := json.Marshal(res.Attempts)
	if err != nil {
		return stored{}, err
	}
	return stored{kind: kind, res: res, outCID: outCID, metaCID: metaCID, attempts: attempts}, nil
}

// learn records a fulfilled generation in the agent's profile, under a lock
// on the profile's row so that concurrent generations of one agent all count,
// and when the agent reaches a new level, queues its anchoring (an anchor
// job, which stores the state document and queues evolveAgent once the
// transaction has committed), all in tx.
func (w *Worker) learn(ctx context.Context, tx *sqlx.Tx, r request, kind ai.Kind, provider, model string) error {
	prev, next, err := w.updateProfile(ctx, tx, r.AgentID, ai.Tier(r.Tier), func(p agent.Profile) (agent.Profile, error) {
		return p.Record(agent.Generation{Kind: kind, Prompt: r.Prompt, Succeeded: true, Provider: provider, Model: model}), nil
	})
	if err != nil || !next.LeveledUp(prev) {
		return err
	}
	return w.queueAnchor(ctx, tx, r.AgentID, next.Level)
}

// updateProfile changes an agent's profile in tx under a lock on its row (a
// new agent's profile inserted first), so that concurrent updates of one
// agent all count, and returns it before and after.
func (w *Worker) updateProfile(ctx context.Context, tx *sqlx.Tx, agentID string, tier ai.Tier,
	change func(agent.Profile) (agent.Profile, error)) (prev, next agent.Profile, err error) {
	fresh, err := json.Marshal(agent.New(agentID, tier))
	if err != nil {
		return prev, next, err
	}
	// Insert a fresh profile or lock the existing one, reading it either way.
	var doc []byte
	if err := w.get(ctx, tx, &doc, `INSERT INTO agent_profiles (agent_id, profile) VALUES ($1, $2)
		ON CONFLICT (agent_id) DO UPDATE SET agent_id = EXCLUDED.agent_id RETURNING profile`, agentID, fresh); err != nil {
		return prev, next, err
	}
	if err := json.Unmarshal(doc, &prev); err != nil {
		return prev, next, fmt.Errorf("relayer: profile of agent %s: %w", agentID, err)
	}
	if next, err = change(prev); err != nil {
		return prev, next, err
	}
	if doc, err = json.Marshal(next); err != nil {
		return prev, next, err
	}
	err = w.exec(ctx, tx, `UPDATE agent_profiles SET profile = $2, updated_at = now() WHERE agent_id = $1`, agentID, doc)
	return prev, next, err
}

// progressNow records a progress row on its own, in one statement. It
// commits without waiting for the disk (synchronous_commit off): a crash of
// PostgreSQL may lose the last such rows, which only report progress, and a
// commit that NOTIFYs holds PostgreSQL's notification lock until it returns,
// so a wait for the disk there would hold up every other notifying commit.
func (w *Worker) progressNow(ctx context.Context, id, stage string, percent int, msg string) error {
	err := w.exec(ctx, nil, `WITH async AS (SELECT set_config('synchronous_commit', 'off', true)),
		`+progressSQL+` CROSS JOIN async`, w.progressArgs(id, stage, percent, msg)...)
	if err != nil {
		return fmt.Errorf("relayer: progress: %w", err)
	}
	return nil
}

// progress records a stage and tells listeners, in the caller's transaction.
func (w *Worker) progress(ctx context.Context, tx *sqlx.Tx, id, stage string, percent int, msg string) error {
	if err := w.exec(ctx, tx, `WITH `+progressSQL, w.progressArgs(id, stage, percent, msg)...); err != nil {
		return fmt.Errorf("relayer: progress: %w", err)
	}
	return nil
}

// progressSQL inserts a progress row and notifies, as the tail of a WITH.
const progressSQL = `progress_row AS (INSERT INTO generation_progress (request_id, stage, percent, message)
	VALUES ($1, $2, $3, $4) RETURNING 1)
	SELECT pg_notify($5, $6) FROM progress_row`

func (w *Worker) progressArgs(id, stage string, percent int, msg string) []any {
	payload := notify.Payloads(notify.Note{Kind: notify.Progress, IDs: []string{id}})[0]
	return []any{id, stage, percent, safe.Text(msg), w.channel, payload}
}

// prepared returns query prepared once for the pool (the worker's queries
// run for every request), bound to tx unless it is nil.
func (w *Worker) prepared(ctx context.Context, tx *sqlx.Tx, query string) (*sqlx.Stmt, error) {
	st, err := w.stmts.Prepared(ctx, query)
	if err != nil || tx == nil {
		return st, err
	}
	return tx.StmtxContext(ctx, st), nil
}

// get runs a prepared query for one row, in tx or (nil) on the pool.
func (w *Worker) get(ctx context.Context, tx *sqlx.Tx, dest any, query string, args ...any) error {
	st, err := w.prepared(ctx, tx, query)
	if err != nil {
		return err
	}
	return st.GetContext(ctx, dest, args...)
}

// exec runs a prepared statement, in tx or (nil) on the pool.
func (w *Worker) exec(ctx context.Context, tx *sqlx.Tx, query string, args ...any) error {
	st, err := w.prepared(ctx, tx, query)
	if err != nil {
		return err
	}
	_, err = st.ExecContext(ctx, args...)
	return err
}

func (w *Worker) transact(ctx context.Context, f func(*sqlx.Tx) error) error {
	return pg.Transact(ctx, w.db, f)
}

func reason(err error) string {
	var pe *ai.PromptError
	if errors.As(err, &pe) {
		return pe.Reason
	}
	var e *ai.Error
	if errors.As(err, &e) {
		return ai.Trim(fmt.Sprintf("%s refused the prompt: %s", e.Provider, cmp.Or(e.Message, string(e.Class))), 200)
	}
	return ai.Trim(err.Error(), 200)
}

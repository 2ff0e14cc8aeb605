package relayer_test

import (
	"context"
	"encoding/json"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/stretchr/testify/require"

	"github.com/inft-labs/inft/ai"
	"github.com/inft-labs/inft/ai/local"
	"github.com/inft-labs/inft/indexer"
	"github.com/inft-labs/inft/internal/chaintest"
	"github.com/inft-labs/inft/internal/pgtest"
	"github.com/inft-labs/inft/ipfs"
	"github.com/inft-labs/inft/migrations"
	"github.com/inft-labs/inft/relayer"
	"github.com/inft-labs/inft/txmgr"
)

type env struct {
	t      *testing.T
	chain  *chaintest.Chain
	db     *pgtest.DB
	ix     *indexer.Indexer
	tx     *txmgr.Manager
	store  *ipfs.Local
	worker *relayer.Worker
}

func setup(t *testing.T) *env {
	t.Helper()
	return setupWith(t, local.New())
}

// setupWith is setup with the providers given.
func setupWith(t *testing.T, providers ...ai.Provider) *env {
	t.Helper()
	ctx := context.Background()
	c := chaintest.NewWithOptions(t, chaintest.Options{HTTP: true})
	db := pgtest.New(t)
	_, err := migrations.Up(ctx, db.DB.DB)
	require.NoError(t, err)
	ix, err := indexer.New(ctx, db.DB, indexer.NewClient(c.RPC()), indexer.Config{Contracts: c.Contracts, StartBlock: c.DeployBlock})
	require.NoError(t, err)
	mgr, err := txmgr.New(ctx, db.DB, c.Client, txmgr.Config{Key: c.Accounts[chaintest.Relayer].Key})
	require.NoError(t, err)
	store, err := ipfs.NewLocal(t.TempDir())
	require.NoError(t, err)
	orch, err := ai.NewOrchestrator(providers, ai.OrchestratorConfig{Policies: ai.OpenPolicies, Backoff: time.Millisecond})
	require.NoError(t, err)
	w, err := relayer.New(ctx, db.DB, relayer.Config{AI: orch, Store: store, Tx: mgr, Agents: c.Contracts.Agents})
	require.NoError(t, err)
	return &env{t: t, chain: c, db: db, ix: ix, tx: mgr, store: store, worker: w}
}

func (e *env) sync() {
	e.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	require.NoError(e.t, e.ix.Sync(ctx))
}

// mine runs the transaction manager until its intents are confirmed (a
// loaded machine may seal a block before the pool has the transaction), then
// indexes.
func (e *env) mine() {
	e.t.Helper()
	for range 20 {
		require.NoError(e.t, e.tx.ProcessOnce(context.Background()))
		e.chain.Commit()
		require.NoError(e.t, e.tx.ProcessOnce(context.Background()))
		var open int
		require.NoError(e.t, e.db.Get(&open, `SELECT count(*) FROM txs WHERE state IN ('unstarted', 'unconfirmed')`))
		if open == 0 {
			break
		}
	}
	e.sync()
}

func (e *env) request(kind uint8, prompt string) {
	c := e.chain
	c.Send(chaintest.Alice, c.Agents, new(big.Int).Mul(big.NewInt(45), big.NewInt(1e18)), c.AgentsABI.PackPurchasePackage(1))
	agentID := chaintest.Call(e.t, c.Agents, c.AgentsABI.PackAgentCount(), c.AgentsABI.UnpackAgentCount)
	c.Send(chaintest.Alice, c.Agents, nil, c.AgentsABI.PackRequestGeneration(agentID, kind, prompt))
	e.sync()
}

func (e *env) stages(id string) []string {
	var out []string
	require.NoError(e.t, e.db.Select(&out, `SELECT stage FROM generation_progress WHERE request_id = $1 ORDER BY id`, id))
	return out
}

// End to end: purchase → request → indexed → job → local AI → local store →
// fulfilled on chain → indexed FULFILLED; the token is the requester's and its
// metadata and image are served by the gateway.
func TestRequestEndsFulfilled(t *testing.T) {
	t.Parallel()
	e := setup(t)
	c := e.chain
	e.request(1, "a lighthouse at dusk")
	var jobs []string
	require.NoError(t, e.db.Select(&jobs, `SELECT request_id::text FROM generation_jobs`))
	require.Equal(t, []string{"1"}, jobs)

	require.NoError(t, e.worker.Process(context.Background(), "1"))
	e.mine()

	var row struct {
		Status  int    `db:"status"`
		TokenID string `db:"token_id"`
		URI     string `db:"token_uri"`
	}
	require.NoError(t, e.db.Get(&row, `SELECT status, token_id, token_uri FROM generation_requests WHERE id = 1`))
	require.Equal(t, 2, row.Status, "indexed FULFILLED")
	require.Equal(t, "1", row.TokenID)
	owner := chaintest.Call(t, c.Generated, c.GeneratedABI.PackOwnerOf(big.NewInt(1)), c.GeneratedABI.UnpackOwnerOf)
	require.Equal(t, c.Addr(chaintest.Alice), owner)
	require.Equal(t, row.URI, chaintest.Call(t, c.Generated, c.GeneratedABI.PackTokenURI(big.NewInt(1)), c.GeneratedABI.UnpackTokenURI))
	require.Equal(t, []string{"GENERATING", "UPLOADING", "MINTING", "FULFILLED"}, compact(e.stages("1")))

	gw := httptest.NewServer(e.store.Handler())
	defer gw.Close()
	get := func(uri string) (string, []byte) {
		resp, err := http.Get(gw.URL + "/ipfs/" + strings.TrimPrefix(uri, "ipfs://"))
		require.NoError(t, err)
		defer resp.Body.Close()
		require.Equal(t, http.StatusOK, resp.StatusCode)
		b, _ := io.ReadAll(resp.Body)
		return resp.Header.Get("Content-Type"), b
	}
	ctype, body := get(row.URI)
	require.Equal(t, "application/json", ctype)
	var meta relayer.Metadata
	require.NoError(t, json.Unmarshal(body, &meta))
	require.Equal(t, "a lighthouse at dusk", meta.Prompt)
	require.Contains(t, meta.Attributes, relayer.Attribute{TraitType: "provider", Value: "local"})
	require.Contains(t, meta.Attributes, relayer.Attribute{TraitType: "agent level", Value: 1.0, DisplayType: "number"})
	ctype, _ = get(meta.Image)
	require.Equal(t, "image/png", ctype)

	// Processing the job again changes nothing and sends nothing.
	require.NoError(t, e.worker.Process(context.Background(), "1"))
	var outputs, intents int
	require.NoError(t, e.db.Get(&outputs, `SELECT count(*) FROM generation_outputs`))
	require.NoError(t, e.db.Get(&intents, `SELECT count(*) FROM txs`))
	require.Equal(t, 1, outputs)
	require.Equal(t, 1, intents)
	var profile string
	require.NoError(t, e.db.Get(&profile, `SELECT profile::text FROM agent_profiles WHERE agent_id = 1`))
	require.Contains(t, profile, `"image": 1`, "the agent learned from its generation")
}

// A prompt the hygiene check refuses is failed on chain at once, refunding.
func TestRefusedPromptIsFailedAndRefunded(t *testing.T) {
	t.Parallel()
	e := setup(t)
	c := e.chain
	e.request(0, "hello\x1b[31m") // the contract takes any bytes; the relayer does not
	creditsBefore := chaintest.Call(t, c.Agents, c.AgentsABI.PackCredits(big.NewInt(1)), c.AgentsABI.UnpackCredits)

	require.NoError(t, e.worker.Process(context.Background(), "1"))
	e.mine()

	var row struct {
		Status int    `db:"status"`
		Reason string `db:"failure_reason"`
	}
	require.NoError(t, e.db.Get(&row, `SELECT status, failure_reason FROM generation_requests WHERE id = 1`))
	require.Equal(t, 3, row.Status)
	require.Equal(t, "prompt contains control character U+001B at byte 5", row.Reason)
	credits := chaintest.Call(t, c.Agents, c.AgentsABI.PackCredits(big.NewInt(1)), c.AgentsABI.UnpackCredits)
	require.Equal(t, creditsBefore+1, credits, "the text's credit came back")
	require.Equal(t, []string{"FAILED"}, compact(e.stages("1")))
	var outputs int
	require.NoError(t, e.db.Get(&outputs, `SELECT count(*) FROM generation_outputs`))
	require.Zero(t, outputs, "no provider was asked")
}

// compact drops repeats of the same stage in a row.
func compact(stages []string) []string {
	var out []string
	for _, s := range stages {
		if len(out) == 0 || out[len(out)-1] != s {
			out = append(out, s)
		}
	}
	return out
}

// An agent that levels up has its learned state anchored on chain: the
// generation queues an anchor job with the level, and the job stores the
// state document on IPFS and queues evolveAgent, seen by the indexer.
func TestLevelUpIsAnchored(t *testing.T) {
	t.Parallel()
	e := setup(t)
	c := e.chain
	e.request(1, "a noir lighthouse") // a Pro agent: 37 XP an image, level 2 at 100
	for _, p := range []string{"a noir harbour", "a noir storm"} {
		c.Send(chaintest.Alice, c.Agents, nil, c.AgentsABI.PackRequestGeneration(big.NewInt(1), 1, p))
	}
	e.sync()
	for _, id := range []string{"1", "2", "3"} {
		require.NoError(t, e.worker.Process(context.Background(), id))
	}
	var anchorJobs []string
	require.NoError(t, e.db.Select(&anchorJobs, `SELECT args->>'agent_id' || ':' || (args->>'level') FROM river_job WHERE kind = 'anchor'`))
	require.Equal(t, []string{"1:2"}, anchorJobs, "the level-up queued its anchoring")
	queued, err := e.worker.Anchor(context.Background(), "1") // the anchor job's work
	require.NoError(t, err)
	require.True(t, queued)
	queued, err = e.worker.Anchor(context.Background(), "1")
	require.NoError(t, err)
	require.False(t, queued, "once per level")
	e.mine()

	level := chaintest.Call(t, c.Agents, c.AgentsABI.PackLevelOf(big.NewInt(1)), c.AgentsABI.UnpackLevelOf)
	require.Equal(t, uint32(2), level)
	var row struct {
		Level int64  `db:"level"`
		URI   string `db:"state_uri"`
	}
	require.NoError(t, e.db.Get(&row, `SELECT level, state_uri FROM agents WHERE id = 1`))
	require.Equal(t, int64(2), row.Level)
	doc, err := e.store.Get(context.Background(), strings.TrimPrefix(row.URI, "ipfs://"))
	require.NoError(t, err)
	require.Contains(t, string(doc), `"schema":"inft.agent-state/1"`)
	require.Contains(t, string(doc), `"level":2`)
	require.Contains(t, string(doc), "noir")
	var evolves int
	require.NoError(t, e.db.Get(&evolves, `SELECT count(*) FROM txs WHERE idempotency_key LIKE 'evolve:%'`))
	require.Equal(t, 1, evolves)
}

// A long failure reason goes on chain cut to whole characters within the limit.
func TestLongFailureReasonIsCutToWholeCharacters(t *testing.T) {
	t.Parallel()
	e := setup(t)
	e.request(0, "a haiku")
	// 301 bytes: the 200-byte limit falls inside the hundredth "é".
	require.NoError(t, e.worker.Fail(context.Background(), "1", "a"+strings.Repeat("é", 150)))
	e.mine()
	var reason string
	require.NoError(t, e.db.Get(&reason, `SELECT failure_reason FROM generation_requests WHERE id = 1`))
	require.True(t, utf8.ValidString(reason), "%q", reason)
	require.Equal(t, "a"+strings.Repeat("é", 99), reason, "199 bytes: the half character dropped")
}

// textOnly offers only the text models of its provider.
type textOnly struct{ ai.Provider }

func (p textOnly) Models() []ai.Model {
	var out []ai.Model
	for _, m := range p.Provider.Models() {
		if m.Kind == ai.KindText {
			out = append(out, m)
		}
	}
	return out
}

// A request no configured provider can serve is failed on chain at once with
// that reason, refunding, instead of being retried until its attempts run out.
func TestUnservedRequestFailsAtOnce(t *testing.T) {
	t.Parallel()
	e := setup(t)
	orch, err := ai.NewOrchestrator([]ai.Provider{textOnly{local.New()}}, ai.OrchestratorConfig{})
	require.NoError(t, err)
	w, err := relayer.New(context.Background(), e.db.DB, relayer.Config{AI: orch, Store: e.store, Tx: e.tx, Agents: e.chain.Contracts.Agents})
	require.NoError(t, err)
	e.request(1, "a lighthouse") // a Pro agent's image
	require.NoError(t, w.Process(context.Background(), "1"), "done: the failure is queued, nothing to retry")
	e.mine()
	var row struct {
		Status int    `db:"status"`
		Reason string `db:"failure_reason"`
	}
	require.NoError(t, e.db.Get(&row, `SELECT status, failure_reason FROM generation_requests WHERE id = 1`))
	require.Equal(t, 3, row.Status)
	require.Equal(t, "no provider offers this kind of output for this tier (tier pro, image)", row.Reason)
}

// The local provider, under the default tier policies (Business from quality
// 2, Enterprise from 3, above its 1), serves every tier and kind: requests of
// each are fulfilled on chain.
func TestLocalProviderServesEveryTier(t *testing.T) {
	t.Parallel()
	e := setup(t)
	orch, err := ai.NewOrchestrator([]ai.Provider{local.New()}, ai.OrchestratorConfig{})
	require.NoError(t, err)
	w, err := relayer.New(context.Background(), e.db.DB, relayer.Config{AI: orch, Store: e.store, Tx: e.tx, Agents: e.chain.Contracts.Agents})
	require.NoError(t, err)
	c := e.chain
	prices := []int64{10, 45, 160, 700}
	id := int64(0)
	for tier := range uint8(4) {
		c.Send(chaintest.Alice, c.Agents, new(big.Int).Mul(big.NewInt(prices[tier]), big.NewInt(1e18)), c.AgentsABI.PackPurchasePackage(tier))
		for kind := range uint8(2) {
			c.Send(chaintest.Alice, c.Agents, nil, c.AgentsABI.PackRequestGeneration(big.NewInt(int64(tier)+1), kind, "a lighthouse"))
		}
	}
	e.sync()
	for range 8 {
		id++
		require.NoError(t, w.Process(context.Background(), big.NewInt(id).String()))
	}
	e.mine()
	var statuses []int
	require.NoError(t, e.db.Select(&statuses, `SELECT status FROM generation_requests ORDER BY id`))
	require.Equal(t, []int{2, 2, 2, 2, 2, 2, 2, 2}, statuses, "every tier and kind fulfilled")
}

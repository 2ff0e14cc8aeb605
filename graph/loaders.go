package graph

import (
	"context"
	"net/http"
	"strconv"
	"time"

	"github.com/lib/pq"
	"github.com/vikstrous/dataloadgen"

	"github.com/inft-labs/inft/graph/model"
	"github.com/inft-labs/inft/graph/scalar"
	"github.com/inft-labs/inft/internal/pg"
)

// loaders batch the nested fields of one request: however long a page,
// each kind of related row is read with one query per level.
type loaders struct {
	agent        *dataloadgen.Loader[string, *model.Agent]
	generation   *dataloadgen.Loader[string, *model.Generation]
	token        *dataloadgen.Loader[string, *model.GeneratedToken]
	progress     *dataloadgen.Loader[string, *model.GenerationProgress]
	output       *dataloadgen.Loader[string, *output]
	attempts     *dataloadgen.Loader[string, []*model.GenerationAttempt]
	listing      *dataloadgen.Loader[string, *model.Listing] // active listing of a generated token
	sale         *dataloadgen.Loader[string, *model.Sale]    // by listing
	terms        *dataloadgen.Loader[string, *model.SubscriptionTerms]
	subscription *dataloadgen.Loader[subscriptionKey, *model.AgentSubscription]
	generations  *dataloadgen.Loader[generationsKey, *model.GenerationConnection]
	credits      *dataloadgen.Loader[creditsKey, *model.CreditChangeConnection]
	subscribers  *dataloadgen.Loader[subscribersKey, *model.AgentSubscriptionConnection]
	profile      *dataloadgen.Loader[string, *profileRow] // by agent; nil: none learned yet
	collab       *dataloadgen.Loader[string, *collabRow]  // by request; nil: no collaboration
}

// creditsKey is one agent's page of credit changes, after a change's block
// and log index (empty: from the newest).
type creditsKey struct {
	agent                string
	first                int
	afterBlock, afterLog string
}

// output is a row of generation_outputs.
type output struct {
	RequestID   string `db:"request_id"`
	Provider    string `db:"provider"`
	Model       string `db:"model"`
	MIME        string `db:"mime"`
	OutputCID   string `db:"output_cid"`
	MetadataCID string `db:"metadata_cid"`
	Attempts    []byte `db:"attempts"` // JSON of []ai.Attempt
}

// attemptRow is a row of generation_attempts.
type attemptRow struct {
	RequestID string  `db:"request_id"`
	Provider  string  `db:"provider"`
	Model     string  `db:"model"`
	Outcome   string  `db:"outcome"`
	LatencyMs float64 `db:"latency_ms"`
	CostUSD   float64 `db:"cost_usd"`
	Error     *string `db:"error"`
}

type subscriptionKey struct {
	agent      string
	subscriber scalar.Address
}

// generationsKey is one agent's generations page.
type generationsKey struct {
	agent  string
	status model.GenerationStatus // "" for any
	first  int
	after  string // "" for the first page
}

type loadersKey struct{}

// loaders returns the request's loaders. A WebSocket connection has none:
// its subscriptions live long, and cached rows would go stale, so each of
// their events reads afresh.
func (r *Resolver) loaders(ctx context.Context) *loaders {
	if l, ok := ctx.Value(loadersKey{}).(*loaders); ok {
		return l
	}
	return newLoaders(r.stmts, dataloadgen.WithoutCache())
}

// DefaultLoaderWait is how long a loader gathers keys before its query.
const DefaultLoaderWait = 2 * time.Millisecond

// withLoaders gives every query its own loaders, batching what is asked
// within wait.
func withLoaders(db *pg.Stmts, wait time.Duration, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if isWebSocket(r) {
			next.ServeHTTP(w, r)
			return
		}
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), loadersKey{}, newLoaders(db, dataloadgen.WithWait(wait)))))
	})
}

func newLoaders(db *pg.Stmts, opts ...dataloadgen.Option) *loaders {
	o := append([]dataloadgen.Option{dataloadgen.WithWait(DefaultLoaderWait)}, opts...)
	return &loaders{
		agent: dataloadgen.NewLoader(byID(db, `SELECT `+agentCols+` FROM agents WHERE id = ANY($1::numeric[])`,
			func(a *model.Agent) string { return a.ID }), o...),
		generation: dataloadgen.NewLoader(byID(db, `SELECT `+generationCols+` FROM generation_requests r WHERE r.id = ANY($1::numeric[])`,
			func(g *model.Generation) string { return g.RequestID }), o...),
		token: dataloadgen.NewLoader(byID(db, `SELECT `+tokenCols+` FROM generated_tokens WHERE id = ANY($1::numeric[])`,
			func(t *model.GeneratedToken) string { return t.ID }), o...),
		progress: dataloadgen.NewLoader(byID(db, `SELECT DISTINCT ON (request_id) request_id::text AS request_id, stage, percent, message, at,
			agent_id::text AS agent_id
			FROM generation_progress WHERE request_id = ANY($1::numeric[]) ORDER BY request_id, id DESC`,
			func(p *model.GenerationProgress) string { return p.RequestID }), o...),
		output: dataloadgen.NewLoader(byID(db, `SELECT request_id::text AS request_id, provider, model, mime, output_cid, metadata_cid, attempts
			FROM generation_outputs WHERE request_id = ANY($1::numeric[])`,
			func(o *output) string { return o.RequestID }), o...),
		attempts: dataloadgen.NewLoader(requestAttempts(db), o...),
		collab:   dataloadgen.NewLoader(collaborations(db), o...),
		listing: dataloadgen.NewLoader(byID(db, `SELECT `+listingCols+` FROM listings WHERE collection = 1 AND status = 'active'
			AND token_id = ANY($1::numeric[])`, func(l *model.Listing) string { return l.TokenID }), o...),
		sale: dataloadgen.NewLoader(byID(db, `SELECT listing_id::text AS listing_id, seller, buyer, price::text AS price,
			fee::text AS fee, royalty::text AS royalty, (price - fee - royalty)::text AS proceeds, block_number,
			'0x' || encode(tx_hash, 'hex') AS tx_hash, at FROM sales WHERE listing_id = ANY($1::numeric[])`,
			func(s *model.Sale) string { return s.ListingID }), o...),
		terms: dataloadgen.NewLoader(termsFetch(byID(db, `SELECT agent_id::text AS agent_id, price_per_period::text AS price_per_period,
			period::text AS period, credits_per_period::text AS credits_per_period FROM subscription_terms
			WHERE active AND agent_id = ANY($1::numeric[])`, func(t *termsRow) string { return t.AgentID })).terms(), o...),
		subscription: dataloadgen.NewLoader(subscriptions(db), o...),
		generations:  dataloadgen.NewLoader(agentGenerations(db), o...),
		credits:      dataloadgen.NewLoader(agentCredits(db), o...),
		subscribers:  dataloadgen.NewLoader(agentSubscribers(db), o...),
		profile: dataloadgen.NewLoader(byID(db, `SELECT agent_id::text AS agent_id, profile, updated_at FROM agent_profiles
			WHERE agent_id = ANY($1::numeric[])`, func(p *profileRow) string { return p.AgentID }), o...),
	}
}

// byID returns a loader's fetch: query (with the ids as $1) and the rows
// matched back to their ids, nil where none.
func byID[V any](db *pg.Stmts, query string, id func(*V) string) func(context.Context, []string) ([]*V, []error) {
	return func(ctx context.Context, ids []string) ([]*V, []error) {
		var rows []*V
		if err := db.Select(ctx, &rows, query, pq.Array(ids)); err != nil {
			return nil, []error{err}
		}
		found := make(map[string]*V, len(rows))
		for _, r := range rows {
			found[id(r)] = r
		}
		out := make([]*V, len(ids))
		for i, k := range ids {
			out[i] = found[k]
		}
		return out, nil
	}
}

// requestAttempts reads the recorded calls to providers of many requests in
// one statement, each request's in order; none is an empty list.
func requestAttempts(db *pg.Stmts) func(context.Context, []string) ([][]*model.GenerationAttempt, []error) {
	return func(ctx context.Context, ids []string) ([][]*model.GenerationAttempt, []error) {
		var rows []attemptRow
		if err := db.Select(ctx, &rows, `SELECT request_id::text AS request_id, provider, model, outcome, latency_ms, cost_usd, error
			FROM generation_attempts WHERE request_id = ANY($1::numeric[]) ORDER BY request_id, seq`, pq.Array(ids)); err != nil {
			return nil, []error{err}
		}
		found := map[string][]*model.GenerationAttempt{}
		for _, r := range rows {
			found[r.RequestID] = append(found[r.RequestID], &model.GenerationAttempt{Provider: r.Provider, Model: r.Model,
				Outcome: r.Outcome, LatencyMs: r.LatencyMs, CostUsd: r.CostUSD, Error: r.Error})
		}
		out := make([][]*model.GenerationAttempt, len(ids))
		for i, id := range ids {
			if out[i] = found[id]; out[i] == nil {
				out[i] = []*model.GenerationAttempt{}
			}
		}
		return out, nil
	}
}

type termsRow struct {
	AgentID string `db:"agent_id"`
	model.SubscriptionTerms
}

type termsFetch func(context.Context, []string) ([]*termsRow, []error)

func (f termsFetch) terms() func(context.Context, []string) ([]*model.SubscriptionTerms, []error) {
	return func(ctx context.Context, ids []string) ([]*model.SubscriptionTerms, []error) {
		rows, errs := f(ctx, ids)
		if errs != nil {
			return nil, errs
		}
		out := make([]*model.SubscriptionTerms, len(rows))
		for i, r := range rows {
			if r != nil {
				out[i] = &r.SubscriptionTerms
			}
		}
		return out, nil
	}
}

func subscriptions(db *pg.Stmts) func(context.Context, []subscriptionKey) ([]*model.AgentSubscription, []error) {
	return func(ctx context.Context, keys []subscriptionKey) ([]*model.AgentSubscription, []error) {
		agents, subs := make([]string, len(keys)), make([][]byte, len(keys))
		for i, k := range keys {
			agents[i], subs[i] = k.agent, k.subscriber.Bytes()
		}
		var rows []struct{ model.AgentSubscription }
		err := db.Select(ctx, &rows, `SELECT `+subscriptionCols+`
			FROM subscriptions s JOIN unnest($1::numeric[], $2::bytea[]) AS k(agent_id, subscriber)
			ON s.agent_id = k.agent_id AND s.subscriber = k.subscriber`, pq.Array(agents), pq.Array(subs))
		if err != nil {
			return nil, []error{err}
		}
		found := map[subscriptionKey]*model.AgentSubscription{}
		for i := range rows {
			found[subscriptionKey{rows[i].AgentID, rows[i].Subscriber}] = &rows[i].AgentSubscription
		}
		out := make([]*model.AgentSubscription, len(keys))
		for i, k := range keys {
			out[i] = found[k]
		}
		return out, nil
	}
}

// agentGenerations reads a page of generations for many agents at once: one
// query per distinct (status, first, after), the rows numbered per agent.
// agentCredits reads the credit changes of many agents' pages, one
// statement per shape of page.
func agentCredits(db *pg.Stmts) func(context.Context, []creditsKey) ([]*model.CreditChangeConnection, []error) {
	return func(ctx context.Context, keys []creditsKey) ([]*model.CreditChangeConnection, []error) {
		type shape struct {
			first                int
			afterBlock, afterLog string
		}
		groups := map[shape][]string{}
		for _, k := range keys {
			s := shape{k.first, k.afterBlock, k.afterLog}
			groups[s] = append(groups[s], k.agent)
		}
		pages := map[creditsKey]*model.CreditChangeConnection{}
		for s, agents := range groups {
			w := &where{}
			w.add("l.agent_id = ANY(?::numeric[])", pq.Array(agents))
			if s.afterBlock != "" {
				w.add("(l.block_number, l.log_index) < (?::bigint, ?::int)", s.afterBlock, s.afterLog)
			}
			var rows []*model.CreditChange
			err := db.Select(ctx, &rows, `SELECT agent_id, cause, by_subscriber, delta, balance, request_id, session_id, block_number, log_index, tx_hash, at
				FROM (SELECT l.agent_id::text AS agent_id, l.cause, coalesce(coalesce(gc.by_subscriber, r.by_subscriber) AND l.cause = 'request', false) AS by_subscriber,
					l.delta::text AS delta, l.balance::text AS balance, l.request_id::text AS request_id, l.session_id::text AS session_id, l.block_number, l.log_index,
					'0x' || encode(l.tx_hash, 'hex') AS tx_hash, l.at,
					row_number() OVER (PARTITION BY l.agent_id ORDER BY l.block_number DESC, l.log_index DESC) AS n
					FROM credit_ledger l LEFT JOIN generation_requests r ON r.id = l.request_id
					LEFT JOIN generation_collaborators gc ON gc.request_id = l.request_id AND gc.agent_id = l.agent_id`+w.sql()+`) numbered
				WHERE n <= `+w.arg(s.first+1)+` ORDER BY agent_id, block_number DESC, log_index DESC`, w.args...)
			if err != nil {
				return nil, []error{err}
			}
			byAgent := map[string][]*model.CreditChange{}
			for _, r := range rows {
				byAgent[r.AgentID] = append(byAgent[r.AgentID], r)
			}
			for _, a := range agents {
				conn := &model.CreditChangeConnection{Edges: []*model.CreditChangeEdge{}, PageInfo: &model.PageInfo{}}
				for i, c := range byAgent[a] {
					if i == s.first {
						conn.PageInfo.HasNextPage = true
						break
					}
					cur := cursor("credits", string(c.Block), strconv.FormatInt(c.LogIndex, 10))
					conn.Edges = append(conn.Edges, &model.CreditChangeEdge{Cursor: cur, Node: c})
					conn.PageInfo.EndCursor = &cur
				}
				pages[creditsKey{a, s.first, s.afterBlock, s.afterLog}] = conn
			}
		}
		out := make([]*model.CreditChangeConnection, len(keys))
		for i, k := range keys {
			out[i] = pages[k]
		}
		return out, nil
	}
}

func agentGenerations(db *pg.Stmts) func(context.Context, []generationsKey) ([]*model.GenerationConnection, []error) {
	return func(ctx context.Context, keys []generationsKey) ([]*model.GenerationConnection, []error) {
		type shape struct {
			status model.GenerationStatus
			first  int
			after  string
		}
		groups := map[shape][]string{}
		for _, k := range keys {
			s := shape{k.status, k.first, k.after}
			groups[s] = append(groups[s], k.agent)
		}
		pages := map[generationsKey]*model.GenerationConnection{}
		for s, agents := range groups {
			w := &where{}
			w.add("r.agent_id = ANY(?::numeric[])", pq.Array(agents))
			if s.after != "" {
				w.add("r.id < ?::numeric", s.after)
			}
			statusCond := ""
			if s.status != "" {
				statusCond = " AND g.api_status = " + w.arg(string(s.status))
			}
			var rows []*model.Generation
			err := db.Select(ctx, &rows, `SELECT id, agent_id, requester, kind, prompt, credits_spent, api_status, token_id,
				failure_reason, requested_at, updated_at, mode FROM (
				SELECT g.*, row_number() OVER (PARTITION BY g.agent_id ORDER BY g.id::numeric DESC) AS n FROM (
					SELECT `+generationCols+` FROM generation_requests r`+w.sql()+`) g WHERE true`+statusCond+`
				) numbered WHERE n <= `+w.arg(s.first+1)+` ORDER BY agent_id, id::numeric DESC`, w.args...)
			if err != nil {
				return nil, []error{err}
			}
			byAgent := map[string][]*model.Generation{}
			for _, r := range rows {
				byAgent[r.AgentID] = append(byAgent[r.AgentID], r)
			}
			for _, a := range agents {
				pages[generationsKey{a, s.status, s.first, s.after}] = generationPage(byAgent[a], s.first)
			}
		}
		out := make([]*model.GenerationConnection, len(keys))
		for i, k := range keys {
			out[i] = pages[k]
		}
		return out, nil
	}
}

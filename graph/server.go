package graph

import (
	"bytes"
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strings"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/99designs/gqlgen/graphql/playground"
	"github.com/jmoiron/sqlx"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/inft-labs/inft/auth"
	"github.com/inft-labs/inft/chat"
	"github.com/inft-labs/inft/graph/generated"
	"github.com/inft-labs/inft/graph/live"
	"github.com/inft-labs/inft/graph/model"
	"github.com/inft-labs/inft/graph/scalar"
	"github.com/inft-labs/inft/internal/pg"
	"github.com/inft-labs/inft/internal/safe"
	"github.com/inft-labs/inft/ipfs"
)

// Config configures the API.
type Config struct {
	DB      *sqlx.DB
	ChainID string
	// Store, when set, serves tokens' metadata documents.
	Store ipfs.Store
	// Gateway is the base of the API's links to IPFS content (imageURL,
	// tokenURL, stateURL): IPFS_GATEWAY_URL, or "/ipfs/" for the server's
	// own gateway; empty: those links are null.
	Gateway string
	// Introspection answers __schema and __type queries (off in production
	// unless asked for).
	Introspection bool
	// Playground serves GraphiQL at /graphiql.
	Playground bool
	// Hub feeds subscriptions over WebSocket (graphql-transport-ws, and the
	// legacy graphql-ws); nil: no subscriptions.
	Hub *live.Hub
	// KeepAlive spaces the pings on a subscription's connection. Default 15 s.
	KeepAlive time.Duration
	// WriteTimeout bounds each write to a WebSocket: a peer that takes
	// nothing for that long is cut off. Default 10 s
	// (live.DefaultWriteTimeout).
	WriteTimeout time.Duration
	// AdminKey enables the admin mutations for requests bearing it
	// (Authorization: Bearer); Admin carries them out.
	AdminKey string
	Admin    Admin
	// Auth signs wallets in (siweNonce, signIn, signOut) and authenticates
	// bearer tokens; Chat holds the conversations. Nil: off.
	Auth *auth.Service
	Chat *chat.Service
	// CORSOrigins may call from a browser ("*": any); none: same origin only.
	CORSOrigins []string
	// RateLimit is requests per second per client IP (0: none); each
	// operation sent over a WebSocket counts as a request.
	RateLimit float64
	// Registerer takes the API's metrics (nil: not registered).
	Registerer prometheus.Registerer
	// MetricOperations are the operation names the API's metrics label
	// by name; any other named operation is labelled "other" and an unnamed
	// one "anonymous", so clients cannot grow the metrics without bound.
	MetricOperations []string
	// CacheTTL bounds how long a query's response is reused while no change
	// is announced (needs Hub). Default 1 s; negative: no cache.
	CacheTTL time.Duration
	// MaxBodyBytes bounds a request body. Default 1 MiB.
	MaxBodyBytes int64
	// MaxQueryBytes bounds a GraphQL document (its variables may take the
	// rest of the body). Default 64 KiB.
	MaxQueryBytes int
	// MaxTokens bounds the tokens of a document. Default 10,000.
	MaxTokens int
	// MaxFragmentSpreads bounds the fragment spreads of a document, named
	// or inline. Default 100.
	MaxFragmentSpreads int
	// Timeout bounds a query or mutation. Default 10 s.
	Timeout time.Duration
	// MaxDepth bounds the nesting of an operation's selections. Default 12.
	MaxDepth int
	// MaxComplexity bounds an operation's cost: each field 1, lists times
	// their `first`, a root field that reads the database 50 more.
	// Default 5,000.
	MaxComplexity int
	// LoaderWait is how long the dataloaders gather the keys of one level
	// of a query before reading them. Default DefaultLoaderWait.
	LoaderWait time.Duration
	Logger     *slog.Logger
}

// NewHandler returns the API's routes: POST /graphql, and GraphiQL at
// /graphiql when asked for.
func NewHandler(cfg Config) (http.Handler, error) {
	cfg.MaxBodyBytes = cmp.Or(cfg.MaxBodyBytes, 1<<20)
	cfg.Timeout = cmp.Or(cfg.Timeout, 10*time.Second)
	cfg.MaxQueryBytes = cmp.Or(cfg.MaxQueryBytes, 64<<10)
	cfg.MaxTokens = cmp.Or(cfg.MaxTokens, 10_000)
	cfg.MaxFragmentSpreads = cmp.Or(cfg.MaxFragmentSpreads, 100)
	cfg.MaxDepth = cmp.Or(cfg.MaxDepth, 12)
	cfg.MaxComplexity = cmp.Or(cfg.MaxComplexity, 5000)
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	resolver := &Resolver{DB: cfg.DB, ChainID: cfg.ChainID, Store: cfg.Store, Gateway: cfg.Gateway, Hub: cfg.Hub, AdminKey: cfg.AdminKey, Admin: cfg.Admin,
		Auth: cfg.Auth, Chat: cfg.Chat,
		stmts: &pg.Stmts{DB: cfg.DB}}
	c := generated.Config{Resolvers: resolver}
	listCost(&c.Complexity)
	srv := handler.New(generated.NewExecutableSchema(c))
	limiter := newLimiter(cfg.RateLimit)
	// Without a hub, subscriptions answer that they are not served here.
	srv.AddTransport(live.NewTransport(live.TransportConfig{
		Hub: cfg.Hub,
		// Those whose events carry no history: generationProgress first
		// replays what happened, so each of its subscribers runs its own.
		SharedFields: []string{"agentUpdates", "generationUpdates", "listingEvents"},
		KeepAlive:    cfg.KeepAlive, WriteTimeout: cfg.WriteTimeout,
		// Browsers on the allowed origins may subscribe too.
		OriginPatterns: originHosts(cfg.CORSOrigins),
		Allow:          func(r *http.Request) bool { return limiter.allow(clientIP(r)) },
		Init:           wsInit,
	}))
	srv.AddTransport(transport.Options{})
	srv.AddTransport(transport.POST{})
	docs := newSizedCache(documentCacheBytes, func(query string, _ *ast.QueryDocument) int64 {
		return parsedBytesPerByte*int64(len(query)) + 4<<10
	})
	srv.SetQueryCache(docs)
	srv.SetParserTokenLimit(cfg.MaxTokens)
	// Before the persisted queries: a document refused is not kept.
	srv.Use(documentLimit{maxBytes: cfg.MaxQueryBytes, maxTokens: cfg.MaxTokens, maxSpreads: cfg.MaxFragmentSpreads,
		maxSameName: maxSameName, cache: docs})
	if cfg.Introspection {
		srv.Use(extension.Introspection{})
	}
	srv.Use(extension.AutomaticPersistedQuery{Cache: newSizedCache(persistedCacheBytes, func(hash, query string) int64 {
		return int64(len(hash)+len(query)) + 128
	})})
	m, err := newMetrics(cfg.Registerer, cfg.MetricOperations)
	if err != nil {
		return nil, fmt.Errorf("graph: register metrics: %w", err)
	}
	srv.Use(m)
	if cfg.Hub != nil && cfg.CacheTTL >= 0 {
		srv.Use(newResponseCache(cfg.Hub, cmp.Or(cfg.CacheTTL, time.Second)))
	}
	srv.Use(depthLimit(cfg.MaxDepth)) // first: its error is the clearer for a deep query
	srv.Use(extension.FixedComplexityLimit(cfg.MaxComplexity))
	log := cfg.Logger.With("component", "api")
	srv.SetErrorPresenter(func(ctx context.Context, err error) *gqlerror.Error {
		var gerr *gqlerror.Error
		if errors.As(err, &gerr) {
			// A message may quote what the client sent (gqlgen's for a body
			// that is not JSON quotes all of it): a few hundred bytes do.
			gerr = graphql.DefaultErrorPresenter(ctx, err)
			gerr.Message = safe.Truncate(gerr.Message, maxErrorMessage)
			return gerr
		}
		if errors.Is(err, context.DeadlineExceeded) {
			return gqlerror.ErrorPathf(graphql.GetPath(ctx), "the query took longer than %s", cfg.Timeout)
		}
		log.Error("resolver failed", "path", graphql.GetPath(ctx).String(), "err", err)
		return gqlerror.ErrorPathf(graphql.GetPath(ctx), "internal error")
	})
	srv.SetRecoverFunc(func(ctx context.Context, v any) error {
		log.Error("resolver panicked", "panic", v)
		return errors.New("internal error")
	})

	mux := http.NewServeMux()
	mux.Handle("/graphql", cors(cfg.CORSOrigins, rateLimit(limiter,
		limitBody(cfg.MaxBodyBytes, withTimeout(cfg.Timeout, withAdmin(cfg.AdminKey, withBearer(withLoaders(resolver.stmts, cmp.Or(cfg.LoaderWait, DefaultLoaderWait), srv))))))))
	if cfg.Playground {
		mux.Handle("GET /graphiql", playground.Handler("inft", "/graphql"))
	}
	return mux, nil
}

// The caches' budgets, in bytes (an entry over an eighth of its cache's is
// not kept). A parsed document takes up to about 38 times its source (a
// document of short tokens, such as __typename repeated; 16 to 27 for
// aliases, arguments and nesting, measured with runtime.MemStats on
// documents of 45 to 110 KB parsed and validated).
const (
	documentCacheBytes  = 32 << 20
	parsedBytesPerByte  = 40
	persistedCacheBytes = 8 << 20
	responseCacheBytes  = 32 << 20
)

// maxSameName bounds the fields of one response name in a selection set
// (fragments spread), which validation compares pairwise.
const maxSameName = 50

// readCost is the complexity of a root field that reads the database, over
// what it selects: as much as that many fields resolved in memory. An
// operation may so make at most MaxComplexity/readCost reads (100 by
// default): 2,400 aliases of indexerStatus, each of cost 1, made 2,400
// reads and slowed every other client from 2 ms to 4.3 s.
const readCost = 50

// listCost makes a list cost its page size times its items', and a root
// field that reads the database readCost more.
func listCost(c *generated.ComplexityRoot) {
	size := func(first *int) int {
		n, err := pageSize(first)
		if err != nil {
			return 1
		}
		return max(n, 1)
	}
	c.Query.Agent = func(child int, _ string) int { return readCost + child }
	c.Query.Agents = func(child int, _ *scalar.Address, _ *model.Tier, first *int, _ *string, _ *model.AgentOrder) int {
		return readCost + size(first)*child
	}
	c.Query.Generation = func(child int, _ string) int { return readCost + child }
	c.Query.Generations = func(child int, _ *string, _ *scalar.Address, _ *model.GenerationStatus, first *int, _ *string) int {
		return readCost + size(first)*child
	}
	c.Query.Token = func(child int, _ string) int { return readCost + child }
	c.Query.Tokens = func(child int, _ *scalar.Address, _ *string, first *int, _ *string) int {
		return readCost + size(first)*child
	}
	c.Query.Listings = func(child int, _ *model.Collection, _ *bool, first *int, _ *string, _ *model.ListingOrder) int {
		return readCost + size(first)*child
	}
	c.Query.Packages = func(child int) int { return readCost + child }
	c.Query.IndexerStatus = func(child int) int { return readCost + child }
	c.Agent.Generations = func(child int, _ *model.GenerationStatus, first *int, _ *string) int { return size(first) * child }
	c.Agent.CreditHistory = func(child int, first *int, _ *string) int { return size(first) * child }
	c.Agent.Subscribers = func(child int, _ *bool, first *int, _ *string) int { return size(first) * child }
	// Not batched across agents: each page is a read of its own.
	c.Agent.Collaborations = func(child int, first *int, _ *string) int { return readCost + size(first)*child }
	// A collaboration of the default most agents (8): its agents, and two steps each.
	c.Generation.Collaborators = func(child int) int { return 8 * child }
	c.Generation.Contributions = func(child int) int { return 16 * child }
	c.Query.Account = func(child int, _ scalar.Address) int { return readCost + child }
	c.Query.Fees = func(child int) int { return readCost + child }
	c.Query.Stats = func(child int, _ *int) int { return 2*readCost + child }
	c.Query.OperatorStats = func(child int, _ *int) int { return 6*readCost + child }
	c.Stats.TopAgents = func(child int, _ model.AgentRanking, first *int) int { return readCost + size(first)*child }
	c.Stats.FloorPrice = func(child int, _ model.Collection) int { return readCost + child }
	c.Account.Payments = func(child int, first *int, _ *string) int { return readCost + size(first)*child }
	c.Account.Withdrawals = func(child int, first *int, _ *string) int { return readCost + size(first)*child }
	c.Account.Subscriptions = func(child int, _ *bool, first *int, _ *string) int { return readCost + size(first)*child }
	c.Account.Agents = func(child int, first *int, _ *string) int { return readCost + size(first)*child }
	c.Account.Balances = func(child int) int { return readCost + child }
	c.Account.Withdrawable = func(child int) int { return readCost + child }
}

// depthLimit refuses operations nested deeper than max.
type depthLimit int

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = depthLimit(0)

func (depthLimit) ExtensionName() string                   { return "DepthLimit" }
func (depthLimit) Validate(graphql.ExecutableSchema) error { return nil }
func (d depthLimit) MutateOperationContext(_ context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if oc.Operation == nil {
		return nil
	}
	if depth := selectionDepth(oc.Operation.SelectionSet, oc.Doc.Fragments, 0); depth > int(d) {
		return gqlerror.Errorf("operation is nested %d levels deep, more than the %d allowed", depth, int(d))
	}
	return nil
}

func selectionDepth(set ast.SelectionSet, fragments ast.FragmentDefinitionList, seen int) int {
	if seen > 100 { // fragments referring to each other are refused by validation; stay safe anyway
		return seen
	}
	deepest := 0
	for _, sel := range set {
		var d int
		switch s := sel.(type) {
		case *ast.Field:
			if len(s.SelectionSet) > 0 {
				d = 1 + selectionDepth(s.SelectionSet, fragments, seen+1)
			} else {
				d = 1
			}
		case *ast.InlineFragment:
			d = selectionDepth(s.SelectionSet, fragments, seen+1)
		case *ast.FragmentSpread:
			if f := fragments.ForName(s.Name); f != nil {
				d = selectionDepth(f.SelectionSet, fragments, seen+1)
			}
		}
		deepest = max(deepest, d)
	}
	return deepest
}

// limitBody refuses bodies over max bytes with 413. A body of unannounced
// length (chunked) is read here first: cut short by a MaxBytesReader inside
// gqlgen, it was answered 200 with an error.
func limitBody(max int64, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if isWebSocket(r) {
			next.ServeHTTP(w, r)
			return
		}
		tooLarge := func() {
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(http.StatusRequestEntityTooLarge)
			fmt.Fprintf(w, `{"errors":[{"message":"request body over %d bytes"}]}`, max)
		}
		if r.ContentLength > max {
			tooLarge()
			return
		}
		r.Body = http.MaxBytesReader(w, r.Body, max)
		if r.ContentLength < 0 {
			body, err := io.ReadAll(r.Body)
			if _, over := errors.AsType[*http.MaxBytesError](err); over {
				tooLarge()
				return
			}
			if err != nil {
				http.Error(w, "request body not read", http.StatusBadRequest)
				return
			}
			r.Body = io.NopCloser(bytes.NewReader(body))
		}
		next.ServeHTTP(w, r)
	})
}

// withTimeout bounds a request's work.
func withTimeout(d time.Duration, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if isWebSocket(r) { // subscriptions live as long as their connection
			next.ServeHTTP(w, r)
			return
		}
		ctx, cancel := context.WithTimeout(r.Context(), d)
		defer cancel()
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

// maxErrorMessage bounds the message of an error, in bytes.
const maxErrorMessage = 300

// originHosts turns origins into coder/websocket's host patterns.
func originHosts(origins []string) []string {
	var out []string
	for _, o := range origins {
		if o == "*" {
			return []string{"*"}
		}
		if _, host, ok := strings.Cut(o, "://"); ok {
			out = append(out, host)
		}
	}
	return out
}

func isWebSocket(r *http.Request) bool {
	return strings.EqualFold(r.Header.Get("Upgrade"), "websocket")
}

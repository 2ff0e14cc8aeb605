package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/jmoiron/sqlx"
	_ "github.com/lib/pq"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/inft-labs/inft/ai"
	"github.com/inft-labs/inft/ai/local"
	"github.com/inft-labs/inft/auth"
	"github.com/inft-labs/inft/chain"
	"github.com/inft-labs/inft/chat"
	"github.com/inft-labs/inft/config"
	"github.com/inft-labs/inft/graph"
	"github.com/inft-labs/inft/graph/live"
	"github.com/inft-labs/inft/indexer"
	"github.com/inft-labs/inft/internal/backoff"
	"github.com/inft-labs/inft/internal/httpserve"
	"github.com/inft-labs/inft/internal/pg"
	"github.com/inft-labs/inft/ipfs"
	"github.com/inft-labs/inft/jobs"
	"github.com/inft-labs/inft/migrations"
	"github.com/inft-labs/inft/notify"
)

// openDB connects to DATABASE_URL and applies the migrations.
func openDB(ctx context.Context, cfg *config.Config, log *slog.Logger) (*sqlx.DB, error) {
	ctx, cancel := context.WithTimeout(ctx, 15*time.Second)
	defer cancel()
	db, err := pg.Connect(ctx, cfg.DatabaseURL.Reveal())
	if err != nil {
		return nil, fmt.Errorf("connect to DATABASE_URL: %w", err)
	}
	pg.Pool(db, 40, 20)
	n, err := migrations.Up(ctx, db.DB)
	if err != nil {
		db.Close()
		return nil, err
	}
	if n > 0 {
		log.Info("applied migrations", "count", n)
	}
	return db, nil
}

// dialIndexerClient connects to SONIC_WS_URL when set (newHeads), else SONIC_RPC_URL.
func dialIndexerClient(ctx context.Context, cfg *config.Config) (*rpc.Client, error) {
	url, name := cfg.RPCURL, "SONIC_RPC_URL"
	if cfg.WSURL != "" {
		url, name = cfg.WSURL, "SONIC_WS_URL"
	}
	dialCtx, cancel := context.WithTimeout(ctx, 15*time.Second)
	defer cancel()
	// Over HTTP, a rate-limited answer's Retry-After reaches the indexer's
	// backoff (go-ethereum's errors drop the headers).
	c, err := rpc.DialOptions(dialCtx, url, rpc.WithHTTPClient(&http.Client{Transport: backoff.Transport(nil)}))
	if err != nil {
		return nil, fmt.Errorf("connect to %s: %w", name, err)
	}
	var id string
	if err := c.CallContext(dialCtx, &id, "eth_chainId"); err != nil {
		c.Close()
		return nil, fmt.Errorf("%s does not answer eth_chainId: %w", name, err)
	}
	return c, nil
}

func newIndexer(ctx context.Context, db *sqlx.DB, client *rpc.Client, cfg *config.Config, log *slog.Logger, reg prometheus.Registerer) (*indexer.Indexer, error) {
	ic := indexer.NewClient(client)
	if cfg.WSURL == "" { // dialled at SONIC_RPC_URL: eth_getLogs over its HTTP straight (NewHTTPClient)
		ic = indexer.NewHTTPClient(client, cfg.RPCURL, &http.Client{Transport: backoff.Transport(nil)})
	}
	if cfg.ChainID != 0 {
		id, err := ic.ChainID(ctx)
		if err != nil {
			return nil, fmt.Errorf("read chain id: %w", err)
		}
		if id.Uint64() != cfg.ChainID {
			return nil, fmt.Errorf("SONIC_CHAIN_ID is %d but the node is chain %s", cfg.ChainID, id)
		}
	}
	inserter, err := jobs.NewInserter(db.DB, 0)
	if err != nil {
		return nil, err
	}
	return indexer.New(ctx, db, ic, indexer.Config{
		Jobs: inserter,
		Contracts: chain.Contracts{
			Agents: cfg.AgentsContract, Generated: cfg.GeneratedContract, Marketplace: cfg.MarketplaceContract,
		},
		StartBlock:    cfg.StartBlock,
		Confirmations: cfg.Confirmations.Blocks,
		Finalized:     cfg.Confirmations.Finalized,
		Logger:        log,
		Metrics:       indexer.NewMetrics(reg),
	})
}

// httpLimits are the HTTP server's bounds on each client.
func httpLimits(cfg *config.Config) httpserve.Limits {
	return httpserve.Limits{ReadTimeout: cfg.HTTPReadTimeout, IdleTimeout: cfg.HTTPIdleTimeout, ConnsPerIP: int(cfg.HTTPConnsPerIP)}
}

// serveOps serves /metrics, /healthz and /readyz on addr until ctx ends,
// within lim; the channel it returns says when the server has stopped, its
// requests drained.
func serveOps(ctx context.Context, addr string, lim httpserve.Limits, reg *prometheus.Registry, ready func(context.Context) error, log *slog.Logger, extra map[string]http.Handler) (<-chan error, error) {
	mux := http.NewServeMux()
	for pattern, h := range extra {
		mux.Handle(pattern, h)
	}
	mux.Handle("/metrics", promhttp.HandlerFor(reg, promhttp.HandlerOpts{}))
	mux.HandleFunc("/healthz", func(w http.ResponseWriter, _ *http.Request) { fmt.Fprintln(w, "ok") })
	mux.HandleFunc("/readyz", func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), 3*time.Second)
		defer cancel()
		if err := ready(ctx); err != nil {
			http.Error(w, err.Error(), http.StatusServiceUnavailable)
			return
		}
		fmt.Fprintln(w, "ready")
	})
	tcp, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("listen on %s: %w", addr, err)
	}
	l := httpserve.LimitPerIP(tcp, lim.ConnsPerIP)
	refused := prometheus.NewCounterFunc(prometheus.CounterOpts{
		Name: "inft_http_connections_refused_total",
		Help: "Connections reset at once because their client address held HTTP_CONNS_PER_IP already.",
	}, func() float64 { return float64(l.Refused()) })
	if err := reg.Register(refused); err != nil {
		tcp.Close()
		return nil, fmt.Errorf("register HTTP metrics: %w", err)
	}
	// Hijacked connections (GraphQL subscriptions over WebSocket) live in
	// conns: Shutdown does not track them, so they are told to close after it.
	conns, closeConns := context.WithCancel(context.Background())
	srv := lim.Server(mux)
	srv.BaseContext = func(net.Listener) context.Context { return conns }
	done := make(chan error, 1)
	shutDown := make(chan struct{})
	go func() {
		err := srv.Serve(l)
		if errors.Is(err, http.ErrServerClosed) {
			<-shutDown // Serve returns as Shutdown begins: done once it has drained
			err = nil
		}
		done <- err
	}()
	go func() {
		defer close(shutDown)
		<-ctx.Done()
		sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_ = srv.Shutdown(sctx)
		closeConns()
	}()
	log.Info("serving operations endpoints", "addr", l.Addr().String(), "paths", "/metrics /healthz /readyz")
	return done, nil
}

func newRegistry() *prometheus.Registry {
	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return reg
}

// apiService is the API role: the GraphQL handler and the hub feeding its
// subscriptions.
type apiService struct {
	handler http.Handler
	hub     *live.Hub
	chat    *chat.Service // nil: chat is off
	chatAI  *ai.Orchestrator
}

// newAPI builds the GraphQL API; rel, when this process runs the relayer,
// carries out the admin mutations.
func newAPI(ctx context.Context, cfg *config.Config, db *sqlx.DB, client *rpc.Client, st ipfs.Store, links string, rel *relayerService,
	opts serviceOptions, log *slog.Logger, reg prometheus.Registerer) (*apiService, error) {
	chainID := cfg.ChainID
	if chainID == 0 {
		id, err := ethclient.NewClient(client).ChainID(ctx)
		if err != nil {
			return nil, fmt.Errorf("read the chain id from the node: %w", err)
		}
		chainID = id.Uint64()
	}
	var schema string
	if err := db.GetContext(ctx, &schema, `SELECT current_schema()`); err != nil {
		return nil, fmt.Errorf("database: %w", err)
	}
	hub, err := live.NewHub(cfg.DatabaseURL.Reveal(), notify.ChannelFor(schema), log, reg)
	if err != nil {
		return nil, err
	}
	// The relayer's service answers the admin mutations and tells
	// operatorStats its providers' health.
	var admin graph.Admin
	if rel != nil {
		admin = rel.Service
		var _ graph.ProviderStater = rel.Service
	}
	signer, talk, talkAI, err := newChat(ctx, cfg, db, client, chainID, schema, opts, log)
	if err != nil {
		hub.Close()
		return nil, err
	}
	dev := cfg.Environment != config.Production
	h, err := graph.NewHandler(graph.Config{
		DB: db, ChainID: strconv.FormatUint(chainID, 10), Store: st, Gateway: links, Hub: hub,
		Introspection: dev || cfg.Introspection, Playground: dev, Logger: log,
		AdminKey: cfg.AdminAPIKey.Reveal(), Admin: admin, Auth: signer, Chat: talk,
		CORSOrigins: cfg.CORSOrigins, RateLimit: float64(cfg.RateLimit), Registerer: reg, MetricOperations: cfg.MetricOperations,
	})
	if err != nil {
		hub.Close()
		return nil, err
	}
	return &apiService{handler: h, hub: hub, chat: talk, chatAI: talkAI}, nil
}

// devTokenDelay paces the local provider's chat replies in inft dev.
const devTokenDelay = 30 * time.Millisecond

// chatMessageBytes bounds a chat message.
const chatMessageBytes = 4000

// newChat builds sign-in (SIWE_DOMAIN) and chat (CHAT_ENCRYPTION_KEYS, with
// the AI providers, through the orchestrator it returns); either is nil when
// its setting is unset.
func newChat(ctx context.Context, cfg *config.Config, db *sqlx.DB, client *rpc.Client, chainID uint64, schema string,
	opts serviceOptions, log *slog.Logger) (*auth.Service, *chat.Service, *ai.Orchestrator, error) {
	var signer *auth.Service
	if len(cfg.SIWEDomains) > 0 {
		signer = auth.New(auth.Config{DB: db, Domains: cfg.SIWEDomains, ChainID: chainID, Caller: ethclient.NewClient(client),
			AllowHTTP: cfg.Environment != config.Production})
		log.Info("sign-in with Ethereum", "domains", strings.Join(cfg.SIWEDomains, ","))
	}
	if cfg.ChatKeys == "" {
		log.Info("chat is off: CHAT_ENCRYPTION_KEYS is not set")
		return signer, nil, nil, nil
	}
	keys, err := chat.ParseKeys(cfg.ChatKeys.Reveal())
	if err != nil {
		return nil, nil, nil, fmt.Errorf("CHAT_ENCRYPTION_KEYS: %w", err)
	}
	ps, mod, err := providers(cfg, false, 0)
	if err != nil && opts.localAI {
		// inft dev: the local provider, streaming a word at a time as a model would.
		p, lerr := local.NewWithConfig(local.Config{TokenDelay: devTokenDelay})
		ps, err = []ai.Provider{p}, lerr
	}
	if err != nil {
		return nil, nil, nil, fmt.Errorf("chat: %w", err)
	}
	// Chat messages may be longer than a generation's prompt.
	orch, err := ai.NewOrchestrator(ps, ai.OrchestratorConfig{DefaultConcurrency: int(cfg.AIConcurrency), Moderator: mod, Logger: log,
		MaxPromptBytes: chatMessageBytes})
	if err != nil {
		return nil, nil, nil, err
	}
	talk := chat.New(chat.Config{DB: db, DSN: cfg.DatabaseURL.Reveal(), Channel: chat.ChannelFor(schema), AI: orch, Keys: keys,
		Limits:         chat.Limits{MessagesPerMinute: int(cfg.ChatMessagesPerMinute), MaxMessageBytes: chatMessageBytes},
		ReleaseOrphans: opts.releaseOrphans, Logger: log})
	return signer, talk, orch, nil
}

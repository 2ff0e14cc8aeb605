package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"sync/atomic"
	"time"

	"github.com/inft-labs/inft/chat"
	"github.com/inft-labs/inft/config"
	"github.com/inft-labs/inft/indexer"
	"github.com/inft-labs/inft/internal/startstop"
	"github.com/inft-labs/inft/ipfs"
	"github.com/inft-labs/inft/migrations"
	"github.com/inft-labs/inft/web"
)

func runRun(ctx context.Context, e env, args []string) error {
	fs := newFlagSet("run", e)
	var roles config.Roles
	fs.BoolVar(&roles.Indexer, "indexer", false, "run the indexer")
	fs.BoolVar(&roles.Relayer, "relayer", false, "run the relayer")
	fs.BoolVar(&roles.API, "api", false, "serve the GraphQL API")
	lookup := config.Flags(fs, config.Settings, e.lookup)
	if err := parse(fs, args); err != nil {
		return err
	}
	if roles == (config.Roles{}) {
		roles = config.AllRoles
	}
	cfg, err := config.LoadFor(lookup, roles)
	if err != nil {
		return err
	}
	log := newLogger(e.stderr, cfg.Environment).With("version", version)
	return runService(ctx, cfg, roles, log, serviceOptions{dataDir: dataDir(lookup)})
}

// serviceOptions is what `inft dev` changes in how the roles run.
type serviceOptions struct {
	dataDir string // the local IPFS store's directory
	// localAI falls back to the local provider when no AI key is set,
	// answering after localAIDelay.
	localAI      bool
	localAIDelay time.Duration
	// releaseOrphans re-queues the jobs a killed run left running, at once:
	// only for a relayer alone on its database.
	releaseOrphans bool
	// serving is called once every role has started and the HTTP server
	// listens.
	serving func()
}

// runService runs the roles until ctx ends.
func runService(ctx context.Context, cfg *config.Config, roles config.Roles, log *slog.Logger, opts serviceOptions) error {
	client, err := dialIndexerClient(ctx, cfg)
	if err != nil {
		return err
	}
	defer client.Close()
	db, err := openDB(ctx, cfg, log)
	if err != nil {
		return err
	}
	defer db.Close()
	reg := newRegistry()
	var indexing atomic.Pointer[indexer.Indexer] // set once the indexer role starts
	ready := func(ctx context.Context) error {
		if err := db.PingContext(ctx); err != nil {
			return fmt.Errorf("database: %w", err)
		}
		var id string
		if err := client.CallContext(ctx, &id, "eth_chainId"); err != nil {
			return fmt.Errorf("rpc: %w", err)
		}
		if ix := indexing.Load(); ix != nil {
			return ix.Ready() // a replica whose indexer keeps failing is not ready
		}
		return nil
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	extra := map[string]http.Handler{}
	var st ipfs.Store
	var links string
	if roles.Relayer || roles.API {
		var gateway http.Handler
		if st, gateway, err = store(ctx, cfg, db, opts.dataDir); err != nil {
			return err
		}
		if gateway != nil {
			extra["GET /ipfs/{cid}"] = gateway
		}
		// The API's links go through IPFS_GATEWAY_URL, else through this
		// server's own gateway, as paths on its origin.
		links = cfg.IPFSGatewayURL
		if links == "" && gateway != nil {
			links = "/ipfs/"
		}
	}
	// Every long-running part starts in this order (the relayer, the HTTP
	// server, the hub, the indexer) and stops in reverse: the indexer, then
	// the hub (completing every subscription), then the HTTP server
	// (draining), then the relayer (letting running jobs finish).
	var parts startstop.Group
	stopAll := func() error {
		sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 45*time.Second)
		defer cancel()
		return parts.Stop(sctx)
	}
	var rel *relayerService
	if roles.Relayer {
		if rel, err = newRelayer(ctx, cfg, db, st, log, reg, opts); err != nil {
			return err
		}
		if err := parts.Start(ctx, "relayer", rel); err != nil {
			return errors.Join(err, rel.Stop(context.WithoutCancel(ctx)), stopAll()) // not in the group: its node connection closes here
		}
	}
	var api *apiService
	if roles.API {
		if api, err = newAPI(ctx, cfg, db, client, st, links, rel, opts, log, reg); err != nil {
			return errors.Join(err, stopAll())
		}
		extra["/graphql"] = api.handler
		graphiql := cfg.Environment != config.Production
		if graphiql {
			extra["GET /graphiql"] = api.handler
		}
		// The pages, read from the API in process: every GET no other
		// route takes.
		pages, err := web.NewHandler(web.Config{API: api.handler, GraphiQL: graphiql, Logger: log.With("component", "web")})
		if err != nil {
			return errors.Join(err, api.hub.Close(), stopAll())
		}
		extra["/"] = pages
	}
	ops := &server{serve: func(ctx context.Context) (<-chan error, error) {
		return serveOps(ctx, cfg.HTTPAddr, httpLimits(cfg), reg, ready, log, extra)
	}}
	if err := parts.Start(ctx, "http server", ops); err != nil {
		if api != nil { // NewHub started it; the group has it only after the server
			err = errors.Join(err, api.hub.Close())
		}
		return errors.Join(err, stopAll())
	}
	if api != nil {
		if err := parts.Start(ctx, "subscription hub", api.hub); err != nil {
			return errors.Join(err, stopAll())
		}
		if api.chat != nil {
			if err := parts.Start(ctx, "chat", api.chat); err != nil {
				return errors.Join(err, stopAll())
			}
		}
	}
	// The users' ratings of the providers rank them in every orchestrator
	// this process runs (chat.RatingsFeed).
	feed := &chat.RatingsFeed{DB: db, Log: log}
	if rel != nil {
		feed.Orchestrators = append(feed.Orchestrators, rel.ai)
	}
	if api != nil && api.chatAI != nil {
		feed.Orchestrators = append(feed.Orchestrators, api.chatAI)
	}
	if len(feed.Orchestrators) > 0 {
		if err := parts.Start(ctx, "provider ratings", feed); err != nil {
			return errors.Join(err, stopAll())
		}
	}
	var ix *indexer.Indexer
	if roles.Indexer {
		if ix, err = newIndexer(ctx, db, client, cfg, log, reg); err != nil {
			return errors.Join(err, stopAll())
		}
		indexing.Store(ix)
		log.Info("indexer starting", "start_block", cfg.StartBlock, "confirmations", cfg.Confirmations.String())
		if err := parts.Start(ctx, "indexer", ix); err != nil {
			return errors.Join(err, stopAll())
		}
	}
	if opts.serving != nil {
		opts.serving()
	}
	var runErr error
	select {
	case <-ctx.Done():
	case <-stoppedByItself(ix):
		runErr = fmt.Errorf("indexer: %w", ix.Err())
	}
	cancel()
	return errors.Join(runErr, stopAll())
}

// stoppedByItself is closed when ix ends without being stopped; never for nil.
func stoppedByItself(ix *indexer.Indexer) <-chan struct{} {
	if ix == nil {
		return nil
	}
	return ix.Stopped()
}

// server is a process's HTTP server (serveOps) as one of its parts.
type server struct {
	startstop.Base
	serve func(ctx context.Context) (<-chan error, error)
}

func (s *server) Start(ctx context.Context) error {
	ctx, ok, stopped := s.StartInit(ctx)
	if !ok {
		return nil
	}
	served, err := s.serve(ctx)
	if err != nil {
		stopped(err)
		return err
	}
	go func() { stopped(<-served) }()
	return nil
}

func runMigrate(ctx context.Context, e env, args []string) error {
	fs := newFlagSet("migrate", e)
	lookup := config.Flags(fs, config.Settings, e.lookup)
	if err := parse(fs, args); err != nil {
		return err
	}
	cfg, err := config.LoadFor(lookup, config.Roles{})
	if err != nil {
		return err
	}
	log := newLogger(e.stderr, cfg.Environment)
	db, err := openDB(ctx, cfg, log)
	if err != nil {
		return err
	}
	defer db.Close()
	v, err := migrations.Version(ctx, db.DB)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "database schema at version %d\n", v)
	return nil
}

func runReindex(ctx context.Context, e env, args []string) error {
	fs := newFlagSet("reindex", e)
	from := fs.Uint64("from", 0, "first block to read from the chain again; earlier blocks are replayed from the stored event log (default: INDEXER_START_BLOCK)")
	metricsAddr := fs.String("metrics-addr", "", "serve /metrics, /healthz and /readyz here while reindexing (e.g. 127.0.0.1:9101)")
	lookup := config.Flags(fs, config.Settings, e.lookup)
	if err := parse(fs, args); err != nil {
		return err
	}
	cfg, err := config.LoadFor(lookup, config.Roles{Indexer: true})
	if err != nil {
		return err
	}
	log := newLogger(e.stderr, cfg.Environment)
	client, err := dialIndexerClient(ctx, cfg)
	if err != nil {
		return err
	}
	defer client.Close()
	db, err := openDB(ctx, cfg, log)
	if err != nil {
		return err
	}
	defer db.Close()
	reg := newRegistry()
	ix, err := newIndexer(ctx, db, client, cfg, log, reg)
	if err != nil {
		return err
	}
	if *metricsAddr != "" {
		opsCtx, stopOps := context.WithCancel(ctx)
		served, err := serveOps(opsCtx, *metricsAddr, httpLimits(cfg), reg, func(ctx context.Context) error { return db.PingContext(ctx) }, log, nil)
		if err != nil {
			stopOps()
			return err
		}
		defer func() { stopOps(); <-served }()
	}
	// Reindexing rebuilds what the indexer wrote; with nothing written, there
	// is nothing to rebuild and the indexer itself is what to run.
	cp, err := ix.Checkpoint(ctx)
	if err != nil {
		return err
	}
	if cp == nil {
		return fmt.Errorf("nothing indexed yet on chain %d (no checkpoint): `inft run --indexer` indexes from INDEXER_START_BLOCK", ix.ChainID())
	}
	if err := ix.Reindex(ctx, *from); err != nil {
		return err
	}
	if cp, err = ix.Checkpoint(ctx); err != nil {
		return err
	}
	if cp == nil { // INDEXER_START_BLOCK is now beyond the head
		fmt.Fprintf(e.stdout, "reindexed: nothing to index yet from block %d\n", cfg.StartBlock)
		return nil
	}
	fmt.Fprintf(e.stdout, "reindexed to block %d\n", cp.Block)
	return nil
}

package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"sync/atomic"
	"time"

	"github.com/inft-labs/inft/config"
	"github.com/inft-labs/inft/indexer"
	"github.com/inft-labs/inft/ipfs"
	"github.com/inft-labs/inft/migrations"
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
	var rel *relayerService
	if roles.Relayer {
		if rel, err = startRelayer(ctx, cfg, db, st, log, reg, opts); err != nil {
			return err
		}
	}
	if roles.API {
		api, err := newAPI(ctx, cfg, db, client, st, links, rel, log, reg)
		if err != nil {
			return errors.Join(err, stopRelayer(rel))
		}
		go func() { <-ctx.Done(); _ = api.hub.Close() }() // subscriptions end before the server stops
		extra["/graphql"] = api.handler
		if cfg.Environment != config.Production {
			extra["GET /{$}"] = api.handler
		}
	}
	served, err := serveOps(ctx, cfg.HTTPAddr, httpLimits(cfg), reg, ready, log, extra)
	if err != nil {
		return errors.Join(err, stopRelayer(rel))
	}
	var ix *indexer.Indexer
	if roles.Indexer {
		if ix, err = newIndexer(ctx, db, client, cfg, log, reg); err != nil {
			cancel()
			return errors.Join(err, stopRelayer(rel), <-served)
		}
	}
	if opts.serving != nil {
		opts.serving()
	}
	var runErr error
	if ix != nil {
		indexing.Store(ix)
		log.Info("indexer starting", "start_block", cfg.StartBlock, "confirmations", cfg.Confirmations.String())
		runErr = ix.Run(ctx)
	} else {
		<-ctx.Done()
	}
	cancel()
	return errors.Join(runErr, stopRelayer(rel), <-served)
}

// stopRelayer lets running jobs finish (up to 30 s) and stops sending.
func stopRelayer(r *relayerService) error {
	if r == nil {
		return nil
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	return r.stop(ctx)
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

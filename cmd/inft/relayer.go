package main

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/jmoiron/sqlx"

	"github.com/inft-labs/inft/ai"
	"github.com/inft-labs/inft/ai/cloudflare"
	"github.com/inft-labs/inft/ai/openai"
	"github.com/inft-labs/inft/chain"
	"github.com/inft-labs/inft/config"
	"github.com/inft-labs/inft/ipfs"
	"github.com/inft-labs/inft/relayer"
	"github.com/inft-labs/inft/txmgr"
)

// providers builds the AI providers whose keys are set.
func providers(cfg *config.Config) ([]ai.Provider, ai.Moderator, error) {
	var ps []ai.Provider
	var mod ai.Moderator
	if cfg.OpenAIAPIKey != "" {
		p, err := openai.New(openai.Config{APIKey: cfg.OpenAIAPIKey.Reveal(), BaseURL: cfg.OpenAIBaseURL,
			TextModel: cfg.OpenAITextModel, ImageModel: cfg.OpenAIImageModel})
		if err != nil {
			return nil, nil, fmt.Errorf("OpenAI provider: %w", err)
		}
		ps = append(ps, p)
		if cfg.AIModeration {
			mod = p
		}
	}
	if cfg.CloudflareAPIToken != "" {
		p, err := cloudflare.New(cloudflare.Config{AccountID: cfg.CloudflareAccountID, APIToken: cfg.CloudflareAPIToken.Reveal(),
			TextModel: cfg.CloudflareTextModel, ImageModel: cfg.CloudflareImageModel})
		if err != nil {
			return nil, nil, fmt.Errorf("Cloudflare provider: %w", err)
		}
		ps = append(ps, p)
	}
	if cfg.GeminiAPIKey != "" {
		p, err := openai.NewGemini(openai.Config{APIKey: cfg.GeminiAPIKey.Reveal(), TextModel: cfg.GeminiTextModel, ImageModel: cfg.GeminiImageModel})
		if err != nil {
			return nil, nil, fmt.Errorf("Gemini provider: %w", err)
		}
		ps = append(ps, p)
	}
	if len(ps) == 0 {
		return nil, nil, errors.New("no AI provider: set OPENAI_API_KEY, CLOUDFLARE_API_TOKEN with CLOUDFLARE_ACCOUNT_ID, or GEMINI_API_KEY (the local provider is for inft dev)")
	}
	return ps, mod, nil
}

// store is Kubo when IPFS_API_URL is set, else the local store under dataDir,
// whose gateway handler is returned to mount at /ipfs/.
func store(ctx context.Context, cfg *config.Config, dataDir string) (ipfs.Store, http.Handler, error) {
	if cfg.IPFSAPIURL != "" {
		k := ipfs.NewKubo(cfg.IPFSAPIURL, 0)
		if _, err := k.Ping(ctx); err != nil {
			return nil, nil, fmt.Errorf("IPFS_API_URL does not answer: %w", err)
		}
		return k, nil, nil
	}
	l, err := ipfs.NewLocal(filepath.Join(dataDir, "ipfs"))
	if err != nil {
		return nil, nil, err
	}
	return l, l.Handler(), nil
}

// relayerService is the relayer role: the River workers and the transaction manager.
type relayerService struct {
	stop func(context.Context) error
	done chan error
}

func startRelayer(ctx context.Context, cfg *config.Config, db *sqlx.DB, st ipfs.Store, log *slog.Logger) (*relayerService, error) {
	key, err := chain.LoadKey(cfg.RelayerPrivateKey.Reveal(), cfg.RelayerKeystore, cfg.RelayerKeystorePassword.Reveal())
	if err != nil {
		return nil, fmt.Errorf("relayer key: %w", err)
	}
	ps, mod, err := providers(cfg)
	if err != nil {
		return nil, err
	}
	orch, err := ai.NewOrchestrator(ps, ai.OrchestratorConfig{
		DefaultConcurrency: int(cfg.AIConcurrency), Moderator: mod, Logger: log,
	})
	if err != nil {
		return nil, err
	}
	eth, err := ethclient.DialContext(ctx, cfg.RPCURL)
	if err != nil {
		return nil, fmt.Errorf("connect to SONIC_RPC_URL: %w", err)
	}
	mgr, err := txmgr.New(ctx, db, eth, txmgr.Config{Key: key, Logger: log})
	if err != nil {
		eth.Close()
		return nil, err
	}
	w, err := relayer.New(ctx, db, relayer.Config{AI: orch, Store: st, Tx: mgr, Agents: cfg.AgentsContract, Logger: log})
	if err != nil {
		eth.Close()
		return nil, err
	}
	queue, err := relayer.NewQueue(db.DB, w, relayer.QueueConfig{Logger: log})
	if err != nil {
		eth.Close()
		return nil, err
	}
	if err := queue.Start(context.WithoutCancel(ctx)); err != nil { // only Stop ends it, letting jobs finish
		eth.Close()
		return nil, fmt.Errorf("relayer: start queue: %w", err)
	}
	txCtx, stopTx := context.WithCancel(ctx)
	s := &relayerService{done: make(chan error, 1)}
	go func() { s.done <- mgr.Run(txCtx, time.Second) }()
	log.Info("relayer started", "from", mgr.From(), "providers", len(ps))
	s.stop = func(ctx context.Context) error {
		// Finish or release the running jobs first, then stop sending.
		err := queue.Stop(ctx)
		stopTx()
		err = errors.Join(err, <-s.done)
		eth.Close()
		return err
	}
	return s, nil
}

// dataDir is where the local IPFS store keeps its files.
func dataDir(lookup config.Lookup) string {
	v, _ := lookup("INFT_DATA_DIR")
	return cmp.Or(v, ".inft/data")
}

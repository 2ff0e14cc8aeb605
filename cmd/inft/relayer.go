package main

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/jmoiron/sqlx"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/inft-labs/inft/ai"
	"github.com/inft-labs/inft/ai/cloudflare"
	"github.com/inft-labs/inft/ai/local"
	"github.com/inft-labs/inft/ai/openai"
	"github.com/inft-labs/inft/chain"
	"github.com/inft-labs/inft/config"
	"github.com/inft-labs/inft/ipfs"
	"github.com/inft-labs/inft/relayer"
	"github.com/inft-labs/inft/txmgr"
)

// providers builds the AI providers whose keys are set; with none, the
// local provider when localAI.
func providers(cfg *config.Config, localAI bool, localDelay time.Duration) ([]ai.Provider, ai.Moderator, error) {
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
	if len(ps) == 0 && localAI {
		ps = append(ps, slowProvider{Provider: local.New(), delay: localDelay})
	}
	if len(ps) == 0 {
		return nil, nil, errors.New("no AI provider: set OPENAI_API_KEY, CLOUDFLARE_API_TOKEN with CLOUDFLARE_ACCOUNT_ID, or GEMINI_API_KEY (the local provider is for inft dev)")
	}
	return ps, mod, nil
}

// slowProvider takes as long as a model might before answering, so that a
// generation's progress can be watched (`inft dev --ai-delay`).
type slowProvider struct {
	ai.Provider
	delay time.Duration
}

func (p slowProvider) GenerateText(ctx context.Context, r ai.Request) (ai.Output, error) {
	if err := p.wait(ctx); err != nil {
		return ai.Output{}, err
	}
	return p.Provider.GenerateText(ctx, r)
}

func (p slowProvider) GenerateImage(ctx context.Context, r ai.Request) (ai.Output, error) {
	if err := p.wait(ctx); err != nil {
		return ai.Output{}, err
	}
	return p.Provider.GenerateImage(ctx, r)
}

func (p slowProvider) wait(ctx context.Context) error {
	t := time.NewTimer(p.delay)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// store is Kubo when IPFS_API_URL is set, else the local store under dataDir,
// whose gateway is returned to mount at /ipfs/, serving outputs with the
// types stored in db.
func store(ctx context.Context, cfg *config.Config, db *sqlx.DB, dataDir string) (ipfs.Store, http.Handler, error) {
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
	return l, ipfs.NewGateway(l, relayer.OutputTypes(db)), nil
}

// checkCoverage refuses, in production, providers that leave a tier and kind
// with none to serve it, naming each gap (a warning elsewhere); a tier
// served only outside its quality range is logged.
func checkCoverage(o *ai.Orchestrator, production bool, log *slog.Logger) error {
	var missing []string
	for _, g := range o.Coverage() {
		if g.Missing {
			missing = append(missing, g.String())
			continue
		}
		log.Info("AI tier served outside its quality range", "gap", g.String())
	}
	if len(missing) == 0 {
		return nil
	}
	msg := "the AI providers leave requests nobody can serve (they would be failed and refunded): " + strings.Join(missing, "; ")
	if production {
		return errors.New(msg)
	}
	log.Warn(msg)
	return nil
}

// relayerService is the relayer role: the River workers, the transaction
// manager and the scheduled work, over their own node connection.
type relayerService struct {
	*relayer.Service
	eth *ethclient.Client
	ai  *ai.Orchestrator
}

func newRelayer(ctx context.Context, cfg *config.Config, db *sqlx.DB, st ipfs.Store, log *slog.Logger, reg prometheus.Registerer, opts serviceOptions) (*relayerService, error) {
	key, err := chain.LoadKey(cfg.RelayerPrivateKey.Reveal(), cfg.RelayerKeystore, cfg.RelayerKeystorePassword.Reveal())
	if err != nil {
		return nil, fmt.Errorf("relayer key: %w", err)
	}
	ps, mod, err := providers(cfg, opts.localAI, opts.localAIDelay)
	if err != nil {
		return nil, err
	}
	if opts.releaseOrphans {
		ids, err := relayer.ReleaseOrphans(ctx, db)
		if err != nil {
			return nil, err
		}
		if len(ids) > 0 {
			log.Info("re-queued the jobs the last run left running", "jobs", ids)
		}
	}
	orch, err := ai.NewOrchestrator(ps, ai.OrchestratorConfig{
		DefaultConcurrency: int(cfg.AIConcurrency), Moderator: mod, Logger: log,
	})
	if err != nil {
		return nil, err
	}
	if err := checkCoverage(orch, cfg.Environment == config.Production, log); err != nil {
		return nil, err
	}
	eth, err := ethclient.DialContext(ctx, cfg.RPCURL)
	if err != nil {
		return nil, fmt.Errorf("connect to SONIC_RPC_URL: %w", err)
	}
	svc, err := relayer.NewService(ctx, db, eth, relayer.ServiceConfig{
		AI: orch, Store: st, Agents: cfg.AgentsContract, Generated: cfg.GeneratedContract,
		Tx:         txmgr.Config{Key: key},
		Queue:      relayer.QueueConfig{SoftStop: 20 * time.Second, PerRequester: int(cfg.RequesterConcurrency)},
		Registerer: reg, Logger: log,
	})
	if err != nil {
		eth.Close()
		return nil, err
	}
	log.Info("relayer providers", "providers", len(ps))
	return &relayerService{Service: svc, eth: eth, ai: orch}, nil
}

// Stop lets running jobs finish (up to 20 s, then releases them), stops
// sending, and closes the node connection.
func (r *relayerService) Stop(ctx context.Context) error {
	err := r.Service.Stop(ctx)
	if err == nil { // a Stop that gave up leaves the transaction manager using it
		r.eth.Close()
	}
	return err
}

// dataDir is where the local IPFS store keeps its files.
func dataDir(lookup config.Lookup) string {
	v, _ := lookup("INFT_DATA_DIR")
	return cmp.Or(v, ".inft/data")
}

package main

import (
	"cmp"
	"context"
	"crypto/rand"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/lib/pq"

	"github.com/inft-labs/inft/bindings"
	"github.com/inft-labs/inft/chain"
	"github.com/inft-labs/inft/chat"
	"github.com/inft-labs/inft/config"
	"github.com/inft-labs/inft/internal/devchain"
	"github.com/inft-labs/inft/internal/pg"
)

// DefaultDevDatabase is the database `inft dev` uses when DATABASE_URL is
// unset: the local server, as `make dev` sets it up.
const DefaultDevDatabase = "postgres://postgres@127.0.0.1:5432/inft_dev?sslmode=disable"

// Roles of the dev chain's funded accounts (devchain.Key(i)).
const (
	devDeployer    = 0 // admin of the three contracts
	devRelayer     = 1 // holds RELAYER_ROLE, the relayer's key
	devStaking     = 2 // staking wallet
	devWallet      = 3 // development wallet
	devFees        = 4 // marketplace fee recipient
	devFirstPlayer = 5 // the first of the accounts left to play with
)

// devInfo is .inft/dev.json (DESIGN §2.3), written once everything serves.
type devInfo struct {
	ChainID    uint64 `json:"chainId"`
	RPCURL     string `json:"rpcUrl"`
	WSURL      string `json:"wsUrl"`
	GraphQLURL string `json:"graphqlUrl"`
	GatewayURL string `json:"gatewayUrl"`
	Contracts  struct {
		Agents      common.Address `json:"agents"`
		Generated   common.Address `json:"generated"`
		Marketplace common.Address `json:"marketplace"`
	} `json:"contracts"`
	Accounts []devAccount `json:"accounts"`
	// DeployBlock is where the contracts were deployed: where indexing starts.
	DeployBlock uint64 `json:"deployBlock"`
	// PID is the process serving it.
	PID int `json:"pid"`
	// ContractsBuild digests the contracts' bytecode as this binary deploys
	// them, to tell a resumed chain whose contracts are older.
	ContractsBuild string `json:"contractsBuild,omitempty"`
	// AdminKey is ADMIN_API_KEY: the operators' bearer (admin mutations,
	// operatorStats, /dashboard).
	AdminKey string `json:"adminKey"`
}

// contractsBuild digests the creation code of the contracts this binary deploys.
func contractsBuild() string {
	h := sha256.New()
	for _, bin := range []string{bindings.INFTAgentsMetaData.Bin, bindings.INFTGeneratedMetaData.Bin, bindings.INFTMarketplaceMetaData.Bin} {
		h.Write([]byte(bin))
	}
	return hex.EncodeToString(h.Sum(nil)[:8])
}

type devAccount struct {
	Address    common.Address `json:"address"`
	PrivateKey string         `json:"privateKey"`
	Role       string         `json:"role"`
}

var devRoles = map[int]string{devDeployer: "deployer", devRelayer: "relayer", devStaking: "staking wallet",
	devWallet: "dev wallet", devFees: "marketplace fees"}

func runDev(ctx context.Context, e env, args []string) error {
	fs := newFlagSet("dev", e)
	rpcAddr := fs.String("rpc-addr", "127.0.0.1:8545", "serve the dev chain's JSON-RPC over HTTP here")
	wsAddr := fs.String("ws-addr", "127.0.0.1:8546", "serve the dev chain's JSON-RPC over WebSocket here")
	dir := fs.String("dir", ".inft", "keep the dev chain, the local IPFS store and dev.json here")
	aiDelay := fs.Duration("ai-delay", 1500*time.Millisecond, "the local AI provider answers after this long, as a model would, so that progress can be watched")
	blockTime := fs.Duration("block-time", 2*time.Second, "mine an empty block after this long without one (transactions are mined as they arrive)")
	lookup := config.Flags(fs, config.Settings, devDefaults(e.lookup))
	if err := parse(fs, args); err != nil {
		return err
	}
	cfg, err := config.Load(lookup)
	if err != nil {
		return err
	}
	if _, set := lookup("ENVIRONMENT"); !set {
		cfg.Environment = config.Development
	}
	log := newLogger(e.stderr, cfg.Environment).With("version", version)
	dbURL := cfg.DatabaseURL.Reveal()
	if err := checkListen(cfg.HTTPAddr, "HTTP_ADDR"); err != nil {
		return err
	}

	// The database: created if missing, and held by this process alone.
	dialCtx, cancel := context.WithTimeout(ctx, 15*time.Second)
	created, err := pg.EnsureDatabase(dialCtx, dbURL)
	cancel()
	if err != nil {
		return fmt.Errorf("connect to DATABASE_URL (%s): %w; start PostgreSQL (`make dev` does) or set DATABASE_URL", redactURL(dbURL), err)
	}
	if created {
		log.Info("created the database", "database", redactURL(dbURL))
	}
	devDB, err := holdDevDatabase(ctx, dbURL)
	if err != nil {
		return err
	}
	defer devDB.release()

	// The chain, kept under dir.
	if err := os.MkdirAll(*dir, 0o755); err != nil {
		return fmt.Errorf("dev directory: %w", err)
	}
	// dev.json appears again once everything serves; the deployment is
	// remembered with the chain.
	infoPath, deploymentPath := filepath.Join(*dir, "dev.json"), filepath.Join(*dir, "chain", "deployment.json")
	if err := os.Remove(infoPath); err != nil && !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("dev directory: %w", err)
	}
	ch, err := devchain.Start(devchain.Config{DataDir: filepath.Join(*dir, "chain"), HTTPAddr: *rpcAddr, WSAddr: *wsAddr, BlockTime: *blockTime,
		Logger: log.With("component", "devchain")})
	if err != nil {
		return err
	}
	defer ch.Close()
	previous, _ := readDevInfo(deploymentPath)
	info, fresh, err := devDeployment(ctx, ch, previous, log)
	if err != nil {
		return err
	}
	if err := writeDevInfo(deploymentPath, info); err != nil {
		return fmt.Errorf("dev directory: %w", err)
	}
	if fresh {
		if err := devDB.resetIfIndexed(ctx, log); err != nil {
			return err
		}
	}

	cfg.RPCURL, cfg.WSURL, cfg.ChainID = ch.RPCURL, ch.WSURL, devchain.ChainID
	cfg.AgentsContract, cfg.GeneratedContract, cfg.MarketplaceContract = info.Contracts.Agents, info.Contracts.Generated, info.Contracts.Marketplace
	cfg.StartBlock, cfg.Confirmations = info.DeployBlock, config.Confirmations{}
	cfg.RelayerPrivateKey, cfg.RelayerKeystore = config.Secret(hexutil.Encode(crypto.FromECDSA(devchain.Key(devRelayer)))), ""
	// Sign-in for dApps served from this machine, and chat under a key kept
	// with the data (a new one would leave the old messages unreadable).
	if len(cfg.SIWEDomains) == 0 {
		addr := loopbackAddr(cfg.HTTPAddr)
		_, port, _ := net.SplitHostPort(addr)
		cfg.SIWEDomains = []string{addr, net.JoinHostPort("localhost", port)}
	}
	if cfg.ChatKeys == "" {
		key, err := devSecret(filepath.Join(*dir, "data", "chat.key"), func() string { return chat.NewKey("dev") })
		if err != nil {
			return err
		}
		cfg.ChatKeys = config.Secret(key)
	}
	// The operators' key, for the dashboard: kept with the data too.
	if cfg.AdminAPIKey == "" {
		key, err := devSecret(filepath.Join(*dir, "data", "admin.key"), func() string { return hex.EncodeToString(randomBytes(24)) })
		if err != nil {
			return err
		}
		cfg.AdminAPIKey = config.Secret(key)
	}
	info.AdminKey = cfg.AdminAPIKey.Reveal()
	if err := cfg.Check(config.AllRoles); err != nil {
		return err
	}
	info.RPCURL, info.WSURL = ch.RPCURL, ch.WSURL
	info.GraphQLURL = "http://" + loopbackAddr(cfg.HTTPAddr) + "/graphql"
	info.GatewayURL = cfg.IPFSGatewayURL
	if info.GatewayURL == "" && cfg.IPFSAPIURL == "" { // the local store's gateway
		info.GatewayURL = "http://" + loopbackAddr(cfg.HTTPAddr) + "/ipfs/"
		cfg.IPFSGatewayURL = info.GatewayURL // the API's links, whole
	}
	info.PID = os.Getpid()

	// dev.json says a stack serves: it goes when this one stops.
	defer os.Remove(infoPath)
	return runService(ctx, cfg, config.AllRoles, log, serviceOptions{
		dataDir: filepath.Join(*dir, "data"), localAI: true, localAIDelay: *aiDelay, releaseOrphans: true,
		serving: func() {
			if err := writeDevInfo(infoPath, info); err != nil {
				log.Error("write dev.json", "err", err)
				return
			}
			banner(e.stdout, info, infoPath, redactURL(dbURL), cfg)
		},
	})
}

// devDefaults supplies what `inft dev` needs that a newcomer has not set.
func devDefaults(lookup config.Lookup) config.Lookup {
	return func(name string) (string, bool) {
		if v, ok := lookup(name); ok {
			return v, ok
		}
		if name == "DATABASE_URL" {
			return DefaultDevDatabase, true
		}
		return "", false
	}
}

// devDeployment finds the contracts an earlier run deployed on the chain
// (previous, what it remembered), or deploys them; fresh says it deployed.
func devDeployment(ctx context.Context, ch *devchain.Chain, previous *devInfo, log *slog.Logger) (*devInfo, bool, error) {
	client := ethclient.NewClient(ch.Client())
	defer client.Close()
	info := &devInfo{ChainID: devchain.ChainID}
	for i := range devchain.Accounts {
		k := devchain.Key(i)
		role := devRoles[i]
		if role == "" {
			role = "player"
		}
		info.Accounts = append(info.Accounts, devAccount{Address: crypto.PubkeyToAddress(k.PublicKey),
			PrivateKey: hexutil.Encode(crypto.FromECDSA(k)), Role: role})
	}
	if previous != nil && previous.ChainID == devchain.ChainID {
		found := true
		for _, a := range []common.Address{previous.Contracts.Agents, previous.Contracts.Generated, previous.Contracts.Marketplace} {
			code, err := client.CodeAt(ctx, a, nil)
			if err != nil {
				return nil, false, fmt.Errorf("dev chain: %w", err)
			}
			found = found && len(code) > 0
		}
		if found {
			info.Contracts, info.DeployBlock, info.ContractsBuild = previous.Contracts, previous.DeployBlock, previous.ContractsBuild
			log.Info("dev chain resumed", "head", ch.Head(), "agents", info.Contracts.Agents)
			if previous.ContractsBuild != contractsBuild() {
				log.Warn("the dev chain's contracts were deployed by another build of inft, whose contracts differ from this one's: "+
					"what they lack will not work (remove the dev directory to deploy this build's on a new chain)",
					"deployed", cmp.Or(previous.ContractsBuild, "unknown"), "this build", contractsBuild())
			}
			return info, false, nil
		}
	}
	deployCtx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	addr := func(i int) common.Address { return crypto.PubkeyToAddress(devchain.Key(i).PublicKey) }
	d, err := chain.Deploy(deployCtx, client, bind.NewKeyedTransactor(devchain.Key(devDeployer), big.NewInt(devchain.ChainID)), chain.DeployConfig{
		Relayer: addr(devRelayer), StakingWallet: addr(devStaking), DevWallet: addr(devWallet), FeeRecipient: addr(devFees),
		PollInterval: 20 * time.Millisecond,
	})
	if err != nil {
		return nil, false, fmt.Errorf("deploy the contracts to the dev chain: %w", err)
	}
	info.Contracts.Agents, info.Contracts.Generated, info.Contracts.Marketplace = d.Agents, d.Generated, d.Marketplace
	info.DeployBlock, info.ContractsBuild = d.Block, contractsBuild()
	log.Info("deployed the contracts to a new dev chain", "agents", d.Agents, "generated", d.Generated, "marketplace", d.Marketplace, "block", d.Block)
	return info, true, nil
}

// devDatabase is the database `inft dev` holds alone: a session advisory
// lock on one connection, kept until release.
type devDatabase struct {
	db   *sql.DB
	conn *sql.Conn
}

// holdDevDatabase takes the database for this process, refusing one that
// another `inft dev` holds, or one that indexes another chain than the dev
// chain (a production database given by mistake: `inft dev` would index its
// chain into it, or reset it).
func holdDevDatabase(ctx context.Context, dbURL string) (*devDatabase, error) {
	db, err := sql.Open("postgres", dbURL)
	if err != nil {
		return nil, fmt.Errorf("connect to DATABASE_URL: %w", err)
	}
	d := &devDatabase{db: db}
	if d.conn, err = db.Conn(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("connect to DATABASE_URL: %w", err)
	}
	var got bool
	if err := d.conn.QueryRowContext(ctx, `SELECT pg_try_advisory_lock(hashtext('inft dev ' || current_schema()))`).Scan(&got); err != nil || !got {
		d.release()
		if err != nil {
			return nil, fmt.Errorf("database: %w", err)
		}
		return nil, errors.New("another `inft dev` is running on this database (DATABASE_URL); stop it first, or give this one another database")
	}
	other, _, err := d.indexed(ctx)
	if err != nil {
		d.release()
		return nil, err
	}
	if other != 0 {
		d.release()
		return nil, fmt.Errorf("DATABASE_URL holds the index of chain %d, not of the dev chain (%d): give `inft dev` a database of its own", other, devchain.ChainID)
	}
	return d, nil
}

// indexed says what the database indexed: another chain than the dev
// chain (its id, or 0), and whether it indexed anything.
func (d *devDatabase) indexed(ctx context.Context) (other uint64, any bool, err error) {
	var exists bool
	if err := d.conn.QueryRowContext(ctx, `SELECT to_regclass('indexer_checkpoints') IS NOT NULL`).Scan(&exists); err != nil || !exists {
		return 0, false, dbErr(err)
	}
	err = d.conn.QueryRowContext(ctx, `SELECT coalesce(max(chain_id) FILTER (WHERE chain_id <> $1), 0), count(*) > 0 FROM indexer_checkpoints`,
		devchain.ChainID).Scan(&other, &any)
	return other, any, dbErr(err)
}

// resetIfIndexed empties a database that indexed an earlier dev chain (its
// directory was removed): its rows describe blocks this chain never had.
func (d *devDatabase) resetIfIndexed(ctx context.Context, log *slog.Logger) error {
	_, any, err := d.indexed(ctx)
	if err != nil || !any {
		return err
	}
	var schema string
	if err := d.conn.QueryRowContext(ctx, `SELECT current_schema()`).Scan(&schema); err != nil {
		return dbErr(err)
	}
	log.Warn("the dev chain is new, but the database indexed an earlier one: resetting the database", "schema", schema)
	if _, err := d.conn.ExecContext(ctx, fmt.Sprintf(`DROP SCHEMA %[1]s CASCADE; CREATE SCHEMA %[1]s`, pq.QuoteIdentifier(schema))); err != nil {
		return fmt.Errorf("reset the dev database: %w", err)
	}
	return nil
}

func (d *devDatabase) release() {
	if d.conn != nil {
		d.conn.Close()
	}
	d.db.Close()
}

func dbErr(err error) error {
	if err != nil {
		return fmt.Errorf("database: %w", err)
	}
	return nil
}

func readDevInfo(path string) (*devInfo, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var info devInfo
	if err := json.Unmarshal(raw, &info); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return &info, nil
}

// writeDevInfo writes dev.json whole or not at all: a reader never sees half.
func writeDevInfo(path string, info *devInfo) error {
	raw, err := json.MarshalIndent(info, "", "  ")
	if err != nil {
		return err
	}
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, append(raw, '\n'), 0o600); err != nil { // it holds private keys
		return err
	}
	return os.Rename(tmp, path)
}

func banner(w io.Writer, info *devInfo, infoPath, database string, cfg *config.Config) {
	player := info.Accounts[devFirstPlayer]
	ai := "the local provider (deterministic, offline)"
	if cfg.OpenAIAPIKey != "" || cfg.CloudflareAPIToken != "" || cfg.GeminiAPIKey != "" {
		ai = "the providers whose keys are set"
	}
	site := strings.TrimSuffix(info.GraphQLURL, "graphql")
	fmt.Fprintf(w, `
inft dev is running. Ctrl-C stops it; it starts again where it stopped.

  GraphQL     %s   (GraphiQL: %sgraphiql)
  Pages       %s   (explorer and gallery)
  Dashboard   %sdashboard   admin key %s
  JSON-RPC    %s   %s   (chain id %d)
  Gateway     %s
  Contracts   agents %s
              generated %s
              marketplace %s
  Account     %s
              private key %s   (%d funded accounts in %s)
  Database    %s
  AI          %s

Next, in another terminal: `+"`inft demo`"+` (after make dev: `+"`./bin/inft demo`"+`).

`, info.GraphQLURL, site, site, site, info.AdminKey, info.RPCURL, info.WSURL, info.ChainID, info.GatewayURL,
		info.Contracts.Agents, info.Contracts.Generated, info.Contracts.Marketplace,
		player.Address, player.PrivateKey, len(info.Accounts), infoPath, database, ai)
}

// checkListen fails at once, naming the setting, when addr cannot be listened on.
func checkListen(addr, name string) error {
	l, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return l.Close()
}

// devSecret reads the dev key at path, making one with newKey the first time.
func devSecret(path string, newKey func() string) (string, error) {
	if raw, err := os.ReadFile(path); err == nil {
		return strings.TrimSpace(string(raw)), nil
	} else if !errors.Is(err, os.ErrNotExist) {
		return "", fmt.Errorf("dev key %s: %w", filepath.Base(path), err)
	}
	key := newKey()
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return "", fmt.Errorf("dev key %s: %w", filepath.Base(path), err)
	}
	if err := os.WriteFile(path, []byte(key+"\n"), 0o600); err != nil {
		return "", fmt.Errorf("dev key %s: %w", filepath.Base(path), err)
	}
	return key, nil
}

// randomBytes reads n bytes from the system's generator.
func randomBytes(n int) []byte {
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		panic(err) // crypto/rand does not fail on Linux
	}
	return b
}

// loopbackAddr is addr as a client on this machine reaches it.
func loopbackAddr(addr string) string {
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return addr
	}
	if host == "" || host == "0.0.0.0" || host == "::" {
		host = "127.0.0.1"
	}
	return net.JoinHostPort(host, port)
}

func redactURL(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return "DATABASE_URL"
	}
	return u.Redacted()
}

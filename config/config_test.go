package config_test

import (
	"flag"
	"fmt"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/inft-labs/inft/config"
	"github.com/inft-labs/inft/internal/httpserve"
)

const (
	agents      = "0x5FbDB2315678afecb367f032d93F642f64180aa3"
	generated   = "0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512"
	marketplace = "0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0"
	badChecksum = "0x9Fe46736679d2D9a65F0992F2272dE9f3c7fa6e0" // marketplace with one letter's case flipped
	key         = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcaf784d7bf4f2ff80"
)

func env(kv map[string]string) config.Lookup {
	return func(name string) (string, bool) { v, ok := kv[name]; return v, ok }
}

func complete() map[string]string {
	return map[string]string{
		"DATABASE_URL":                "postgres://inft:secret@127.0.0.1:5432/inft",
		"SONIC_RPC_URL":               "https://rpc.soniclabs.com",
		"SONIC_WS_URL":                "wss://rpc.soniclabs.com",
		"SONIC_CHAIN_ID":              "146",
		"INFT_AGENTS_CONTRACT":        agents,
		"INFT_GENERATED_NFT_CONTRACT": generated,
		"INFT_MARKETPLACE_CONTRACT":   marketplace,
		"INDEXER_START_BLOCK":         "123",
		"INDEXER_CONFIRMATIONS":       "finalized",
		"RELAYER_PRIVATE_KEY":         "0x" + key,
		"HTTP_ADDR":                   ":8080",
		"ENVIRONMENT":                 "production",
	}
}

func TestLoadParsesEverySetting(t *testing.T) {
	t.Parallel()
	c, err := config.LoadFor(env(complete()), config.AllRoles)
	require.NoError(t, err)
	require.Equal(t, "https://rpc.soniclabs.com", c.RPCURL)
	require.Equal(t, uint64(146), c.ChainID)
	require.Equal(t, common.HexToAddress(agents), c.AgentsContract)
	require.Equal(t, common.HexToAddress(marketplace), c.MarketplaceContract)
	require.Equal(t, uint64(123), c.StartBlock)
	require.True(t, c.Confirmations.Finalized)
	require.Equal(t, key, c.RelayerPrivateKey.Reveal())
	require.Equal(t, config.Production, c.Environment)
}

func TestLoadDefaults(t *testing.T) {
	t.Parallel()
	c, err := config.Load(env(nil))
	require.NoError(t, err)
	require.Equal(t, config.DefaultHTTPAddr, c.HTTPAddr)
	require.Equal(t, config.Development, c.Environment)
	require.Equal(t, config.Confirmations{}, c.Confirmations)
	require.Equal(t, 30*time.Second, c.HTTPReadTimeout)
	require.Equal(t, 60*time.Second, c.HTTPIdleTimeout)
	require.Equal(t, uint64(256), c.HTTPConnsPerIP)
}

func TestHTTPLimits(t *testing.T) {
	t.Parallel()
	kv := complete()
	kv["HTTP_READ_TIMEOUT"] = "1m30s"
	kv["HTTP_IDLE_TIMEOUT"] = "5s"
	kv["HTTP_CONNS_PER_IP"] = "0"
	c, err := config.LoadFor(env(kv), config.AllRoles)
	require.NoError(t, err)
	require.Equal(t, 90*time.Second, c.HTTPReadTimeout)
	require.Equal(t, 5*time.Second, c.HTTPIdleTimeout)
	require.Zero(t, c.HTTPConnsPerIP, "0: no cap, as behind a proxy")
}

func TestPackagesContractIsAnAlias(t *testing.T) {
	t.Parallel()
	kv := complete()
	delete(kv, "INFT_AGENTS_CONTRACT")
	kv["INFT_PACKAGES_CONTRACT"] = agents
	c, err := config.LoadFor(env(kv), config.AllRoles)
	require.NoError(t, err)
	require.Equal(t, common.HexToAddress(agents), c.AgentsContract)
}

func TestLoadForNamesEveryProblemInOneLine(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name  string
		set   map[string]string
		unset []string
		roles config.Roles
		want  []string
	}{
		{name: "missing database", unset: []string{"DATABASE_URL"}, roles: config.AllRoles,
			want: []string{"DATABASE_URL is missing"}},
		{name: "database not postgres", set: map[string]string{"DATABASE_URL": "mysql://x/y"}, roles: config.AllRoles,
			want: []string{`DATABASE_URL has scheme "mysql"`}},
		{name: "malformed contract", set: map[string]string{"INFT_AGENTS_CONTRACT": "0x12"}, roles: config.AllRoles,
			want: []string{`INFT_AGENTS_CONTRACT="0x12" is not a 0x-prefixed 20-byte address`}},
		{name: "bad checksum", set: map[string]string{"INFT_MARKETPLACE_CONTRACT": badChecksum}, roles: config.AllRoles,
			want: []string{`INFT_MARKETPLACE_CONTRACT="` + badChecksum + `" fails its EIP-55 checksum`}},
		{name: "zero contract", set: map[string]string{"INFT_GENERATED_NFT_CONTRACT": "0x0000000000000000000000000000000000000000"}, roles: config.AllRoles,
			want: []string{"INFT_GENERATED_NFT_CONTRACT is the zero address"}},
		{name: "malformed alias", unset: []string{"INFT_AGENTS_CONTRACT"}, set: map[string]string{"INFT_PACKAGES_CONTRACT": "nope"}, roles: config.AllRoles,
			want: []string{`INFT_PACKAGES_CONTRACT="nope" is not`}},
		{name: "confirmations", set: map[string]string{"INDEXER_CONFIRMATIONS": "safe"}, roles: config.AllRoles,
			want: []string{`INDEXER_CONFIRMATIONS="safe" is neither a block count nor "finalized"`}},
		{name: "start block", set: map[string]string{"INDEXER_START_BLOCK": "-1"}, roles: config.AllRoles,
			want: []string{`INDEXER_START_BLOCK="-1" is not a non-negative integer`}},
		{name: "relayer key missing", unset: []string{"RELAYER_PRIVATE_KEY"}, roles: config.Roles{Relayer: true},
			want: []string{"RELAYER_PRIVATE_KEY (or RELAYER_KEYSTORE with RELAYER_KEYSTORE_PASSWORD) is missing"}},
		{name: "relayer key not needed by the api", unset: []string{"RELAYER_PRIVATE_KEY"}, roles: config.Roles{API: true}},
		{name: "keystore without password", unset: []string{"RELAYER_PRIVATE_KEY"}, set: map[string]string{"RELAYER_KEYSTORE": "/k.json"},
			roles: config.Roles{Relayer: true}, want: []string{"RELAYER_KEYSTORE_PASSWORD is missing"}},
		{name: "two keys", set: map[string]string{"RELAYER_KEYSTORE": "/k.json", "RELAYER_KEYSTORE_PASSWORD": "pw"}, roles: config.AllRoles,
			want: []string{"RELAYER_KEYSTORE and RELAYER_PRIVATE_KEY are both set"}},
		{name: "short key", set: map[string]string{"RELAYER_PRIVATE_KEY": "0x1234"}, roles: config.AllRoles,
			want: []string{"RELAYER_PRIVATE_KEY is not a 32-byte hex private key"}},
		{name: "ws url scheme", set: map[string]string{"SONIC_WS_URL": "https://x"}, roles: config.AllRoles,
			want: []string{`SONIC_WS_URL has scheme "https", want one of ws, wss`}},
		{name: "http addr", set: map[string]string{"HTTP_ADDR": "8080"}, roles: config.AllRoles,
			want: []string{`HTTP_ADDR="8080" is not host:port`}},
		{name: "environment", set: map[string]string{"ENVIRONMENT": "staging"}, roles: config.AllRoles,
			want: []string{`ENVIRONMENT="staging" is not one of`}},
		{name: "cloudflare needs account", set: map[string]string{"CLOUDFLARE_API_TOKEN": "t"}, roles: config.AllRoles,
			want: []string{"CLOUDFLARE_ACCOUNT_ID is missing"}},
		{name: "moderation without openai", set: map[string]string{"AI_MODERATION": "true"}, roles: config.AllRoles,
			want: []string{"AI_MODERATION needs OPENAI_API_KEY"}},
		{name: "moderation not a boolean", set: map[string]string{"AI_MODERATION": "sometimes"}, roles: config.AllRoles,
			want: []string{`AI_MODERATION="sometimes" is not a boolean`}},
		{name: "concurrency", set: map[string]string{"AI_CONCURRENCY": "four"}, roles: config.AllRoles,
			want: []string{`AI_CONCURRENCY="four" is not a non-negative integer`}},
		{name: "requester concurrency", set: map[string]string{"RELAYER_REQUESTER_CONCURRENCY": "-1"}, roles: config.AllRoles,
			want: []string{`RELAYER_REQUESTER_CONCURRENCY="-1" is not a non-negative integer`}},
		{name: "cors origin", set: map[string]string{"API_CORS_ORIGINS": "https://app.example, app.example"}, roles: config.AllRoles,
			want: []string{`API_CORS_ORIGINS has "app.example", which is not an origin`}},
		{name: "metric operations", set: map[string]string{"API_METRIC_OPERATIONS": "Agents, buy-agent"}, roles: config.AllRoles,
			want: []string{`API_METRIC_OPERATIONS has "buy-agent", which is not a GraphQL operation name`}},
		{name: "rate limit", set: map[string]string{"API_RATE_LIMIT": "-1"}, roles: config.AllRoles,
			want: []string{`API_RATE_LIMIT="-1" is not a non-negative integer`}},
		{name: "read timeout", set: map[string]string{"HTTP_READ_TIMEOUT": "30"}, roles: config.AllRoles,
			want: []string{`HTTP_READ_TIMEOUT="30" is not a positive duration (e.g. 30s)`}},
		{name: "idle timeout", set: map[string]string{"HTTP_IDLE_TIMEOUT": "0s"}, roles: config.AllRoles,
			want: []string{`HTTP_IDLE_TIMEOUT="0s" is not a positive duration`}},
		{name: "conns per ip", set: map[string]string{"HTTP_CONNS_PER_IP": "many"}, roles: config.AllRoles,
			want: []string{`HTTP_CONNS_PER_IP="many" is not a non-negative integer`}},
		{name: "short admin key in production", set: map[string]string{"ADMIN_API_KEY": "short"}, roles: config.AllRoles,
			want: []string{"ADMIN_API_KEY is too short"}},
		{name: "several at once", unset: []string{"DATABASE_URL", "SONIC_RPC_URL"}, set: map[string]string{"INFT_MARKETPLACE_CONTRACT": "x"},
			roles: config.AllRoles, want: []string{"DATABASE_URL is missing", "SONIC_RPC_URL is missing", `INFT_MARKETPLACE_CONTRACT="x"`}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			kv := complete()
			for _, k := range tc.unset {
				delete(kv, k)
			}
			for k, v := range tc.set {
				kv[k] = v
			}
			_, err := config.LoadFor(env(kv), tc.roles)
			if len(tc.want) == 0 {
				require.NoError(t, err)
				return
			}
			require.Error(t, err)
			msg := err.Error()
			require.NotContains(t, msg, "\n", "one line")
			require.True(t, strings.HasPrefix(msg, "config: "), msg)
			for _, w := range tc.want {
				require.Contains(t, msg, w)
			}
			require.Equal(t, len(tc.want), strings.Count(msg, ";")+1, "exactly the expected problems: %s", msg)
		})
	}
}

func TestSecretsAreNeverPrinted(t *testing.T) {
	t.Parallel()
	kv := complete()
	kv["OPENAI_API_KEY"] = "sk-very-secret"
	c, err := config.Load(env(kv))
	require.NoError(t, err)

	var logged strings.Builder
	slog.New(slog.NewTextHandler(&logged, nil)).Info("config", "config", c, "key", c.OpenAIAPIKey, "db", c.DatabaseURL)
	printed := fmt.Sprintf("%v %+v", c, *c) + logged.String()
	require.NotContains(t, printed, "sk-very-secret")
	require.NotContains(t, printed, key)
	require.NotContains(t, printed, "secret@")

	kv["DATABASE_URL"] = "postgres://u:hunter2@[bad"
	_, err = config.Load(env(kv))
	require.ErrorContains(t, err, "DATABASE_URL is not a URL")
	require.NotContains(t, err.Error(), "hunter2")
	kv["RELAYER_PRIVATE_KEY"] = "zz" + key[2:]
	_, err = config.Load(env(kv))
	require.ErrorContains(t, err, "RELAYER_PRIVATE_KEY is not a 32-byte hex private key")
	require.NotContains(t, err.Error(), key[2:])
}

func TestFlagsOverrideEnvironment(t *testing.T) {
	t.Parallel()
	fs := flag.NewFlagSet("test", flag.ContinueOnError)
	lookup := config.Flags(fs, config.Settings, env(complete()))
	require.NoError(t, fs.Parse([]string{"--http-addr", "127.0.0.1:9999", "--inft-agents-contract", generated}))
	c, err := config.LoadFor(lookup, config.AllRoles)
	require.NoError(t, err)
	require.Equal(t, "127.0.0.1:9999", c.HTTPAddr)
	require.Equal(t, common.HexToAddress(generated), c.AgentsContract)
	require.Equal(t, "https://rpc.soniclabs.com", c.RPCURL, "unset flags fall back to the environment")
}

func TestLoadDeploy(t *testing.T) {
	t.Parallel()
	d, err := config.LoadDeploy(env(map[string]string{
		"SONIC_RPC_URL":        "http://127.0.0.1:8545",
		"DEPLOYER_PRIVATE_KEY": key,
		"RELAYER_ADDRESS":      agents,
	}))
	require.NoError(t, err)
	require.Equal(t, common.HexToAddress(agents), d.Relayer)

	_, err = config.LoadDeploy(env(map[string]string{"DEPLOYER_KEYSTORE": "/k.json", "RELAYER_ADDRESS": "0xnope"}))
	require.EqualError(t, err, `config: RELAYER_ADDRESS="0xnope" is not a 0x-prefixed 20-byte address; SONIC_RPC_URL is missing; DEPLOYER_KEYSTORE_PASSWORD is missing: DEPLOYER_KEYSTORE needs it`)
}

// SONIC_NETWORK presets the endpoint, the chain id and finalized
// confirmations; what is set explicitly wins; an unknown network or a
// contradicting chain id is refused.
func TestNetworkPresets(t *testing.T) {
	kv := complete()
	delete(kv, "SONIC_RPC_URL")
	delete(kv, "SONIC_CHAIN_ID")
	delete(kv, "INDEXER_CONFIRMATIONS")
	kv["SONIC_NETWORK"] = "testnet"
	c, err := config.LoadFor(env(kv), config.AllRoles)
	require.NoError(t, err)
	require.Equal(t, "https://rpc.testnet.soniclabs.com", c.RPCURL)
	require.Equal(t, uint64(14601), c.ChainID)
	require.Equal(t, "finalized", c.Confirmations.String())

	kv["SONIC_NETWORK"] = "Mainnet"
	kv["SONIC_RPC_URL"] = "https://my-node.example"
	kv["INDEXER_CONFIRMATIONS"] = "3"
	c, err = config.LoadFor(env(kv), config.AllRoles)
	require.NoError(t, err)
	require.Equal(t, "https://my-node.example", c.RPCURL, "explicit wins")
	require.Equal(t, uint64(146), c.ChainID)
	require.Equal(t, "3", c.Confirmations.String())

	d, err := config.LoadDeploy(env(map[string]string{"SONIC_NETWORK": "testnet", "DEPLOYER_PRIVATE_KEY": "0x" + strings.Repeat("11", 32)}))
	require.NoError(t, err)
	require.Equal(t, "https://rpc.testnet.soniclabs.com", d.RPCURL)
	require.Equal(t, uint64(14601), d.ChainID)

	kv["SONIC_NETWORK"] = "devnet"
	_, err = config.LoadFor(env(kv), config.AllRoles)
	require.EqualError(t, err, `config: SONIC_NETWORK="devnet" is not mainnet or testnet`)
	kv["SONIC_NETWORK"], kv["SONIC_CHAIN_ID"] = "testnet", "146"
	_, err = config.LoadFor(env(kv), config.AllRoles)
	require.EqualError(t, err, `config: SONIC_NETWORK=testnet is chain 14601, but SONIC_CHAIN_ID is 146`)
}

// The HTTP server's own defaults are the configuration's.
func TestHTTPDefaultsAgree(t *testing.T) {
	require.Equal(t, httpserve.DefaultReadTimeout, config.DefaultHTTPReadTimeout)
	require.Equal(t, httpserve.DefaultIdleTimeout, config.DefaultHTTPIdleTimeout)
}

package config

import (
	"flag"
	"strings"
)

// Setting describes one environment variable; every one can also be given as
// a flag named after it (DATABASE_URL: --database-url), which wins.
type Setting struct {
	Env    string
	Usage  string
	Secret bool
}

// Flag is the command-line name of the setting.
func (s Setting) Flag() string { return strings.ReplaceAll(strings.ToLower(s.Env), "_", "-") }

// Settings are the service's settings (DESIGN §2.4), in the order the README lists them.
var Settings = []Setting{
	{Env: "DATABASE_URL", Usage: "PostgreSQL URL, e.g. postgres://user:pass@host:5432/inft", Secret: true},
	{Env: "SONIC_NETWORK", Usage: "mainnet or testnet: presets SONIC_RPC_URL (the public endpoint), SONIC_CHAIN_ID and INDEXER_CONFIRMATIONS=finalized"},
	{Env: "SONIC_RPC_URL", Usage: "JSON-RPC endpoint of a Sonic node (http, https, ws or wss)"},
	{Env: "SONIC_WS_URL", Usage: "WebSocket endpoint for newHeads; unset: the indexer polls"},
	{Env: "SONIC_CHAIN_ID", Usage: "expected chain id (146 mainnet, 14601 testnet); start-up fails if the node differs"},
	{Env: "INFT_AGENTS_CONTRACT", Usage: "INFTAgents address (alias INFT_PACKAGES_CONTRACT)"},
	{Env: "INFT_PACKAGES_CONTRACT", Usage: "alias of INFT_AGENTS_CONTRACT"},
	{Env: "INFT_GENERATED_NFT_CONTRACT", Usage: "INFTGenerated address"},
	{Env: "INFT_MARKETPLACE_CONTRACT", Usage: "INFTMarketplace address"},
	{Env: "INDEXER_START_BLOCK", Usage: "first block to index (the deployment block)"},
	{Env: "INDEXER_CONFIRMATIONS", Usage: "blocks behind the head treated as confirmed, or \"finalized\""},
	{Env: "RELAYER_KEYSTORE", Usage: "relayer key as an encrypted JSON keystore file"},
	{Env: "RELAYER_KEYSTORE_PASSWORD", Usage: "password of RELAYER_KEYSTORE", Secret: true},
	{Env: "RELAYER_PRIVATE_KEY", Usage: "relayer key as hex (prefer the keystore in production)", Secret: true},
	{Env: "OPENAI_API_KEY", Usage: "enables the OpenAI provider", Secret: true},
	{Env: "OPENAI_BASE_URL", Usage: "OpenAI-compatible base URL (default OpenAI's)"},
	{Env: "CLOUDFLARE_API_TOKEN", Usage: "enables Cloudflare Workers AI (with CLOUDFLARE_ACCOUNT_ID)", Secret: true},
	{Env: "CLOUDFLARE_ACCOUNT_ID", Usage: "Cloudflare account of Workers AI"},
	{Env: "GEMINI_API_KEY", Usage: "enables the Gemini provider", Secret: true},
	{Env: "OPENAI_TEXT_MODEL", Usage: "OpenAI chat model (default gpt-4o-mini)"},
	{Env: "OPENAI_IMAGE_MODEL", Usage: "OpenAI image model (default gpt-image-1)"},
	{Env: "CLOUDFLARE_TEXT_MODEL", Usage: "Workers AI chat model (default @cf/meta/llama-3.1-8b-instruct)"},
	{Env: "CLOUDFLARE_IMAGE_MODEL", Usage: "Workers AI image model (default @cf/black-forest-labs/flux-1-schnell)"},
	{Env: "GEMINI_TEXT_MODEL", Usage: "Gemini chat model (default gemini-2.0-flash)"},
	{Env: "GEMINI_IMAGE_MODEL", Usage: "Gemini image model (default imagen-3.0-generate-002)"},
	{Env: "AI_MODERATION", Usage: "screen prompts with OpenAI's moderation endpoint (true/false; needs OPENAI_API_KEY)"},
	{Env: "AI_CONCURRENCY", Usage: "calls in flight per AI provider (default 4)"},
	{Env: "RELAYER_REQUESTER_CONCURRENCY", Usage: "one wallet's requests worked at once, across replicas (default 2)"},
	{Env: "IPFS_API_URL", Usage: "Kubo RPC API, e.g. http://127.0.0.1:5001; unset: the embedded local store"},
	{Env: "IPFS_GATEWAY_URL", Usage: "public gateway base for image and metadata links"},
	{Env: "ADMIN_API_KEY", Usage: "bearer token of the GraphQL admin mutations", Secret: true},
	{Env: "HTTP_ADDR", Usage: "listen address of the HTTP server (default " + DefaultHTTPAddr + ")"},
	{Env: "HTTP_READ_TIMEOUT", Usage: "time allowed to read a whole request, body included, e.g. 30s (default " + DefaultHTTPReadTimeout.String() + "); WebSockets are not bound by it"},
	{Env: "HTTP_IDLE_TIMEOUT", Usage: "how long a kept-alive connection may wait for its next request (default " + DefaultHTTPIdleTimeout.String() + ")"},
	{Env: "HTTP_CONNS_PER_IP", Usage: "connections open at once per client address (IPv6: per /64), WebSockets included (default 256; 0: no cap, as behind a reverse proxy, whose own address every connection has)"},
	{Env: "API_CORS_ORIGINS", Usage: "comma-separated origins allowed to call the API from a browser, e.g. https://app.example; * for any (default: none, same origin only)"},
	{Env: "API_RATE_LIMIT", Usage: "GraphQL requests per second per client IP, with bursts of twice that (default 50; 0: no limit)"},
	{Env: "API_METRIC_OPERATIONS", Usage: "comma-separated GraphQL operation names the API's metrics label by name, e.g. Agents,BuyAgent; other names are labelled other (default: none)"},
	{Env: "API_INTROSPECTION", Usage: "answer GraphQL introspection in production too (true/false; always on outside production)"},
	{Env: "SIWE_DOMAIN", Usage: "comma-separated dApp hosts (host[:port]) whose Sign-In with Ethereum messages the API accepts, e.g. app.example.com; unset: sign-in is off (inft dev: its own address)"},
	{Env: "CHAT_ENCRYPTION_KEYS", Usage: "keys encrypting chat messages at rest: comma-separated id:base64 (32 bytes), the first sealing, the others still opening (rotation); unset: chat is off (inft dev keeps one in its data directory)", Secret: true},
	{Env: "CHAT_MESSAGES_PER_MINUTE", Usage: "chat messages per minute per signed-in address, across replicas (default 20)"},
	{Env: "ENVIRONMENT", Usage: "development (default), production or test"},
	{Env: "INFT_DATA_DIR", Usage: "where the local IPFS store keeps its files (default .inft/data)"},
}

// DeploySettings are the settings of `inft deploy` (DESIGN §2.3).
var DeploySettings = []Setting{
	{Env: "SONIC_NETWORK", Usage: "mainnet or testnet: presets SONIC_RPC_URL and SONIC_CHAIN_ID"},
	{Env: "SONIC_RPC_URL", Usage: "JSON-RPC endpoint to deploy to"},
	{Env: "SONIC_CHAIN_ID", Usage: "expected chain id; deploy refuses a node that differs"},
	{Env: "DEPLOYER_PRIVATE_KEY", Usage: "deployer key as hex", Secret: true},
	{Env: "DEPLOYER_KEYSTORE", Usage: "deployer key as an encrypted JSON keystore file"},
	{Env: "DEPLOYER_KEYSTORE_PASSWORD", Usage: "password of DEPLOYER_KEYSTORE", Secret: true},
	{Env: "RELAYER_ADDRESS", Usage: "granted RELAYER_ROLE (default: the deployer)"},
	{Env: "STAKING_WALLET", Usage: "receives the staking share of package revenue (default: the deployer)"},
	{Env: "DEV_WALLET", Usage: "receives the rest of package revenue (default: the deployer)"},
	{Env: "FEE_RECIPIENT", Usage: "receives the marketplace fee (default: the deployer)"},
}

// Flags registers one string flag per setting on fs and returns a Lookup in
// which a flag given on the command line overrides the environment.
func Flags(fs *flag.FlagSet, settings []Setting, env Lookup) Lookup {
	values := make(map[string]*string, len(settings))
	for _, s := range settings {
		values[s.Env] = fs.String(s.Flag(), "", s.Usage+" [$"+s.Env+"]")
	}
	return func(name string) (string, bool) {
		if v, ok := values[name]; ok {
			set := false
			fs.Visit(func(f *flag.Flag) { set = set || f.Name == strings.ReplaceAll(strings.ToLower(name), "_", "-") })
			if set {
				return *v, true
			}
		}
		return env(name)
	}
}

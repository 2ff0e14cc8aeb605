// Package config reads the service's settings from the environment (DESIGN
// §2.4), lets command-line flags override them, and checks them before any
// component starts, naming every missing or malformed setting in one line.
package config

import (
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/inft-labs/inft/chat"
)

// Environment names the kind of deployment.
type Environment string

const (
	Development Environment = "development"
	Production  Environment = "production"
	Test        Environment = "test"
)

// Secret is a setting that must never be logged or printed.
type Secret string

// String hides the value.
func (s Secret) String() string {
	if s == "" {
		return ""
	}
	return "[redacted]"
}

// LogValue hides the value from slog.
func (s Secret) LogValue() slog.Value { return slog.StringValue(s.String()) }

// Reveal returns the secret itself, for the one place that needs it.
func (s Secret) Reveal() string { return string(s) }

// Confirmations is how far behind the head the indexer treats data as
// confirmed: a block count, or the node's `finalized` tag.
type Confirmations struct {
	Blocks    uint64
	Finalized bool
}

func (c Confirmations) String() string {
	if c.Finalized {
		return "finalized"
	}
	return strconv.FormatUint(c.Blocks, 10)
}

// Config is every setting of DESIGN §2.4, parsed.
type Config struct {
	DatabaseURL Secret // may hold a password

	RPCURL  string
	WSURL   string
	ChainID uint64 // 0: take the node's

	AgentsContract      common.Address
	GeneratedContract   common.Address
	MarketplaceContract common.Address

	StartBlock    uint64
	Confirmations Confirmations

	RelayerKeystore         string
	RelayerKeystorePassword Secret
	RelayerPrivateKey       Secret

	OpenAIAPIKey        Secret
	OpenAIBaseURL       string
	CloudflareAPIToken  Secret
	CloudflareAccountID string
	GeminiAPIKey        Secret

	// Model names per provider; empty takes the provider's default.
	OpenAITextModel, OpenAIImageModel         string
	CloudflareTextModel, CloudflareImageModel string
	GeminiTextModel, GeminiImageModel         string
	// AIModeration screens prompts with OpenAI's moderation endpoint (needs OPENAI_API_KEY).
	AIModeration bool
	// AIConcurrency bounds the calls in flight per provider.
	AIConcurrency uint64
	// RequesterConcurrency bounds one wallet's requests worked at once
	// (0: the relayer's default).
	RequesterConcurrency uint64

	IPFSAPIURL     string // empty: the embedded local store
	IPFSGatewayURL string

	AdminAPIKey Secret
	HTTPAddr    string
	Environment Environment

	// CORSOrigins may call the API from a browser; "*" is any.
	CORSOrigins []string
	// RateLimit is GraphQL requests per second per client IP; 0: none.
	RateLimit uint64
	// Introspection in production (always on elsewhere).
	Introspection bool
	// MetricOperations are the GraphQL operation names the API's metrics
	// keep; others count as "other".
	MetricOperations []string

	// HTTPReadTimeout bounds the reading of a whole request, body included;
	// HTTPIdleTimeout the wait for a kept-alive connection's next request.
	HTTPReadTimeout, HTTPIdleTimeout time.Duration
	// HTTPConnsPerIP caps the connections open at once per client address,
	// WebSockets included; 0: none.
	HTTPConnsPerIP uint64

	// SIWEDomains are the dApp authorities (host[:port]) whose Sign-In with
	// Ethereum messages the API accepts; none: sign-in is off.
	SIWEDomains []string
	// ChatKeys encrypt the chat messages at rest (chat.ParseKeys); empty:
	// chat is off.
	ChatKeys Secret
	// ChatMessagesPerMinute bounds an address's chat messages (0: chat's default).
	ChatMessagesPerMinute uint64
}

// Lookup returns a setting's raw value and whether it is set, like os.LookupEnv.
type Lookup func(name string) (string, bool)

// Defaults applied by Load when a setting is absent.
const (
	DefaultHTTPAddr      = "127.0.0.1:8080"
	DefaultConfirmations = 0
	// DefaultHTTPConnsPerIP is high for a browser (six or so connections
	// per origin), low for one address holding the server.
	DefaultHTTPConnsPerIP  = 256
	DefaultHTTPReadTimeout = 30 * time.Second // httpserve's too
	DefaultHTTPIdleTimeout = 60 * time.Second // httpserve's too
)

// Load parses every setting that lookup provides. A malformed value is an
// error naming the setting; an absent one keeps its zero value or default.
// Whether a setting is required depends on what runs: see Check.
func Load(lookup Lookup) (*Config, error) {
	p := parser{lookup: withNetwork(lookup)}
	c := load(&p)
	if err := p.err(); err != nil {
		return nil, err
	}
	return c, nil
}

func load(p *parser) *Config {
	p.network()
	c := &Config{
		DatabaseURL: Secret(p.url("DATABASE_URL", "postgres", "postgresql")),
		RPCURL:      p.url("SONIC_RPC_URL", "http", "https", "ws", "wss"),
		WSURL:       p.url("SONIC_WS_URL", "ws", "wss"),
		ChainID:     p.uint("SONIC_CHAIN_ID"),

		AgentsContract:      p.address("INFT_AGENTS_CONTRACT", "INFT_PACKAGES_CONTRACT"),
		GeneratedContract:   p.address("INFT_GENERATED_NFT_CONTRACT"),
		MarketplaceContract: p.address("INFT_MARKETPLACE_CONTRACT"),

		StartBlock:    p.uint("INDEXER_START_BLOCK"),
		Confirmations: p.confirmations("INDEXER_CONFIRMATIONS"),

		RelayerKeystore:         p.str("RELAYER_KEYSTORE"),
		RelayerKeystorePassword: Secret(p.str("RELAYER_KEYSTORE_PASSWORD")),
		RelayerPrivateKey:       Secret(p.privateKey("RELAYER_PRIVATE_KEY")),

		OpenAIAPIKey:        Secret(p.str("OPENAI_API_KEY")),
		OpenAIBaseURL:       p.url("OPENAI_BASE_URL", "http", "https"),
		CloudflareAPIToken:  Secret(p.str("CLOUDFLARE_API_TOKEN")),
		CloudflareAccountID: p.str("CLOUDFLARE_ACCOUNT_ID"),
		GeminiAPIKey:        Secret(p.str("GEMINI_API_KEY")),

		OpenAITextModel:      p.str("OPENAI_TEXT_MODEL"),
		OpenAIImageModel:     p.str("OPENAI_IMAGE_MODEL"),
		CloudflareTextModel:  p.str("CLOUDFLARE_TEXT_MODEL"),
		CloudflareImageModel: p.str("CLOUDFLARE_IMAGE_MODEL"),
		GeminiTextModel:      p.str("GEMINI_TEXT_MODEL"),
		GeminiImageModel:     p.str("GEMINI_IMAGE_MODEL"),
		AIModeration:         p.boolean("AI_MODERATION"),
		AIConcurrency:        p.uint("AI_CONCURRENCY"),
		RequesterConcurrency: p.uint("RELAYER_REQUESTER_CONCURRENCY"),

		IPFSAPIURL:     p.url("IPFS_API_URL", "http", "https"),
		IPFSGatewayURL: p.url("IPFS_GATEWAY_URL", "http", "https"),

		AdminAPIKey: Secret(p.str("ADMIN_API_KEY")),
		HTTPAddr:    p.hostPort("HTTP_ADDR", DefaultHTTPAddr),
		Environment: p.environment("ENVIRONMENT"),

		CORSOrigins:      p.origins("API_CORS_ORIGINS"),
		RateLimit:        p.uintOr("API_RATE_LIMIT", 50),
		Introspection:    p.boolean("API_INTROSPECTION"),
		MetricOperations: p.names("API_METRIC_OPERATIONS"),

		HTTPReadTimeout: p.durationOr("HTTP_READ_TIMEOUT", DefaultHTTPReadTimeout),
		HTTPIdleTimeout: p.durationOr("HTTP_IDLE_TIMEOUT", DefaultHTTPIdleTimeout),
		HTTPConnsPerIP:  p.uintOr("HTTP_CONNS_PER_IP", DefaultHTTPConnsPerIP),

		SIWEDomains:           p.domains("SIWE_DOMAIN"),
		ChatKeys:              Secret(p.chatKeys("CHAT_ENCRYPTION_KEYS")),
		ChatMessagesPerMinute: p.uint("CHAT_MESSAGES_PER_MINUTE"),
	}
	if c.CloudflareAPIToken != "" && c.CloudflareAccountID == "" {
		p.fail("CLOUDFLARE_ACCOUNT_ID is missing: CLOUDFLARE_API_TOKEN needs it")
	}
	if c.CloudflareAccountID != "" && c.CloudflareAPIToken == "" {
		p.fail("CLOUDFLARE_API_TOKEN is missing: CLOUDFLARE_ACCOUNT_ID needs it")
	}
	if c.AIModeration && c.OpenAIAPIKey == "" {
		p.fail("AI_MODERATION needs OPENAI_API_KEY")
	}
	if c.RelayerKeystore != "" && c.RelayerPrivateKey != "" {
		p.fail("RELAYER_KEYSTORE and RELAYER_PRIVATE_KEY are both set: choose one")
	}
	return c
}

// LoadFor is Load followed by Check: one line names every malformed and every
// missing setting that the roles need.
func LoadFor(lookup Lookup, r Roles) (*Config, error) {
	p := parser{lookup: withNetwork(lookup)}
	c := load(&p)
	c.check(&p, r)
	if err := p.err(); err != nil {
		return nil, err
	}
	return c, nil
}

// Roles say which parts of the service will run, and so which settings Check requires.
type Roles struct {
	Indexer bool
	Relayer bool
	API     bool
}

// AllRoles runs everything, as `inft run` does by default.
var AllRoles = Roles{Indexer: true, Relayer: true, API: true}

// Check reports, in one line, every setting the given roles need that is
// missing or inconsistent.
func (c *Config) Check(r Roles) error {
	var p parser
	c.check(&p, r)
	return p.err()
}

func (c *Config) check(p *parser, r Roles) {
	if c.DatabaseURL == "" && !p.failed("DATABASE_URL") {
		p.fail("DATABASE_URL is missing")
	}
	if (r.Indexer || r.Relayer) && c.RPCURL == "" && !p.failed("SONIC_RPC_URL") {
		p.fail("SONIC_RPC_URL is missing")
	}
	if r.Indexer || r.Relayer || r.API {
		for _, a := range []struct {
			name string
			addr common.Address
		}{
			{"INFT_AGENTS_CONTRACT", c.AgentsContract},
			{"INFT_GENERATED_NFT_CONTRACT", c.GeneratedContract},
			{"INFT_MARKETPLACE_CONTRACT", c.MarketplaceContract},
		} {
			if a.addr == (common.Address{}) && !p.failed(a.name) && !(a.name == "INFT_AGENTS_CONTRACT" && p.failed("INFT_PACKAGES_CONTRACT")) {
				p.fail("%s is missing", a.name)
			}
		}
	}
	if r.Relayer {
		switch {
		case c.RelayerKeystore == "" && c.RelayerPrivateKey == "" && !p.failed("RELAYER_PRIVATE_KEY"):
			p.fail("RELAYER_PRIVATE_KEY (or RELAYER_KEYSTORE with RELAYER_KEYSTORE_PASSWORD) is missing")
		case c.RelayerKeystore != "" && c.RelayerKeystorePassword == "":
			p.fail("RELAYER_KEYSTORE_PASSWORD is missing: RELAYER_KEYSTORE needs it")
		}
	}
	if c.Environment == Production && r.API && c.AdminAPIKey != "" && len(c.AdminAPIKey) < 32 {
		p.fail("ADMIN_API_KEY is too short for production: use at least 32 characters")
	}
}

// parser collects every problem so that one line names them all.
type parser struct {
	lookup   Lookup
	problems []string
}

func (p *parser) fail(format string, args ...any) {
	p.problems = append(p.problems, fmt.Sprintf(format, args...))
}

func (p *parser) err() error {
	if len(p.problems) == 0 {
		return nil
	}
	return errors.New("config: " + strings.Join(p.problems, "; "))
}

// str returns the first of names that is set, trimmed of surrounding spaces.
func (p *parser) str(names ...string) string {
	v, _ := p.get(names...)
	return v
}

func (p *parser) get(names ...string) (string, string) {
	for _, n := range names {
		if v, ok := p.lookup(n); ok && strings.TrimSpace(v) != "" {
			return strings.TrimSpace(v), n
		}
	}
	return "", names[0]
}

func (p *parser) url(name string, schemes ...string) string {
	v, _ := p.get(name)
	if v == "" {
		return ""
	}
	u, err := url.Parse(v)
	if err != nil || u.Host == "" {
		p.fail("%s is not a URL (want %s://host...)", name, schemes[0])
		return ""
	}
	for _, s := range schemes {
		if strings.EqualFold(u.Scheme, s) {
			return v
		}
	}
	p.fail("%s has scheme %q, want one of %s", name, u.Scheme, strings.Join(schemes, ", "))
	return ""
}

func (p *parser) uint(name string) uint64 {
	v, _ := p.get(name)
	if v == "" {
		return 0
	}
	n, err := strconv.ParseUint(v, 10, 64)
	if err != nil {
		p.fail("%s=%q is not a non-negative integer", name, v)
	}
	return n
}

func (p *parser) address(names ...string) common.Address {
	v, name := p.get(names...)
	if v == "" {
		return common.Address{}
	}
	if !common.IsHexAddress(v) || !strings.HasPrefix(v, "0x") && !strings.HasPrefix(v, "0X") {
		p.fail("%s=%q is not a 0x-prefixed 20-byte address", name, v)
		return common.Address{}
	}
	if hasMixedCase(v[2:]) && common.HexToAddress(v).Hex() != v {
		p.fail("%s=%q fails its EIP-55 checksum (mistyped?)", name, v)
		return common.Address{}
	}
	a := common.HexToAddress(v)
	if a == (common.Address{}) {
		p.fail("%s is the zero address", name)
	}
	return a
}

func hasMixedCase(s string) bool {
	return strings.ToLower(s) != s && strings.ToUpper(s) != s
}

// privateKey checks the shape of a hex key without ever echoing it.
func (p *parser) privateKey(name string) string {
	v, _ := p.get(name)
	if v == "" {
		return ""
	}
	h := strings.TrimPrefix(strings.TrimPrefix(v, "0x"), "0X")
	if len(h) != 64 || !isHex(h) {
		p.fail("%s is not a 32-byte hex private key", name)
		return ""
	}
	return h
}

func isHex(s string) bool {
	for _, r := range s {
		if !strings.ContainsRune("0123456789abcdefABCDEF", r) {
			return false
		}
	}
	return true
}

func (p *parser) confirmations(name string) Confirmations {
	v, _ := p.get(name)
	switch {
	case v == "":
		return Confirmations{Blocks: DefaultConfirmations}
	case strings.EqualFold(v, "finalized"):
		return Confirmations{Finalized: true}
	}
	n, err := strconv.ParseUint(v, 10, 64)
	if err != nil {
		p.fail("%s=%q is neither a block count nor \"finalized\"", name, v)
	}
	return Confirmations{Blocks: n}
}

func (p *parser) hostPort(name, def string) string {
	v, _ := p.get(name)
	if v == "" {
		return def
	}
	if _, port, err := net.SplitHostPort(v); err != nil || port == "" {
		p.fail("%s=%q is not host:port (e.g. 127.0.0.1:8080 or :8080)", name, v)
		return ""
	}
	return v
}

// uintOr is uint with a default when unset.
func (p *parser) uintOr(name string, def uint64) uint64 {
	if v, _ := p.get(name); v == "" {
		return def
	}
	return p.uint(name)
}

// durationOr reads a positive duration such as 30s or 1m30s, with a default when unset.
func (p *parser) durationOr(name string, def time.Duration) time.Duration {
	v, _ := p.get(name)
	if v == "" {
		return def
	}
	d, err := time.ParseDuration(v)
	if err != nil || d <= 0 {
		p.fail("%s=%q is not a positive duration (e.g. 30s)", name, v)
		return def
	}
	return d
}

// origins reads a comma-separated list of browser origins (scheme://host[:port]) or "*".
// names parses a comma-separated list of GraphQL names.
func (p *parser) names(name string) []string {
	v, _ := p.get(name)
	if v == "" {
		return nil
	}
	var out []string
	for _, n := range strings.Split(v, ",") {
		n = strings.TrimSpace(n)
		if !graphQLName.MatchString(n) {
			p.fail("%s has %q, which is not a GraphQL operation name", name, n)
			return nil
		}
		out = append(out, n)
	}
	return out
}

var graphQLName = regexp.MustCompile(`^[_A-Za-z][_0-9A-Za-z]*$`)

// domains reads comma-separated RFC 3986 authorities, host[:port].
func (p *parser) domains(name string) []string {
	v, _ := p.get(name)
	var out []string
	for d := range strings.SplitSeq(v, ",") {
		d = strings.TrimSpace(d)
		if d == "" {
			continue
		}
		if !authority.MatchString(d) {
			p.fail("%s has %q, which is not a host[:port] such as app.example.com", name, d)
			return nil
		}
		out = append(out, d)
	}
	return out
}

var authority = regexp.MustCompile(`^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?)(:[0-9]{1,5})?$`)

// chatKeys checks CHAT_ENCRYPTION_KEYS without saying anything of its value.
func (p *parser) chatKeys(name string) string {
	v, _ := p.get(name)
	if v == "" {
		return ""
	}
	if _, err := chat.ParseKeys(v); err != nil {
		p.fail("%s is malformed: %v (want id:base64 of 32 bytes, comma-separated, the first sealing)", name, err)
		return ""
	}
	return v
}

func (p *parser) origins(name string) []string {
	v, _ := p.get(name)
	if v == "" {
		return nil
	}
	var out []string
	for _, o := range strings.Split(v, ",") {
		o = strings.TrimSpace(o)
		if o == "*" {
			out = append(out, o)
			continue
		}
		u, err := url.Parse(o)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || (u.Path != "" && u.Path != "/") {
			p.fail("%s has %q, which is not an origin like https://app.example", name, o)
			return nil
		}
		out = append(out, u.Scheme+"://"+u.Host)
	}
	return out
}

func (p *parser) boolean(name string) bool {
	v, _ := p.get(name)
	switch strings.ToLower(v) {
	case "", "0", "false", "no", "off":
		return false
	case "1", "true", "yes", "on":
		return true
	}
	p.fail("%s=%q is not a boolean (true or false)", name, v)
	return false
}

func (p *parser) environment(name string) Environment {
	v, _ := p.get(name)
	switch e := Environment(strings.ToLower(v)); e {
	case "":
		return Development
	case Development, Production, Test:
		return e
	}
	p.fail("%s=%q is not one of development, production, test", name, v)
	return ""
}

// Deploy holds the settings of `inft deploy` (DESIGN §2.3).
type Deploy struct {
	RPCURL  string
	ChainID uint64 // 0: take the node's

	PrivateKey       Secret
	Keystore         string
	KeystorePassword Secret

	// Zero addresses default to the deployer.
	Relayer       common.Address
	StakingWallet common.Address
	DevWallet     common.Address
	FeeRecipient  common.Address
}

// LoadDeploy parses and checks the settings of `inft deploy`, naming every
// missing or malformed one in one line.
func LoadDeploy(lookup Lookup) (*Deploy, error) {
	p := parser{lookup: withNetwork(lookup)}
	p.network()
	d := &Deploy{
		RPCURL:           p.url("SONIC_RPC_URL", "http", "https", "ws", "wss"),
		ChainID:          p.uint("SONIC_CHAIN_ID"),
		PrivateKey:       Secret(p.privateKey("DEPLOYER_PRIVATE_KEY")),
		Keystore:         p.str("DEPLOYER_KEYSTORE"),
		KeystorePassword: Secret(p.str("DEPLOYER_KEYSTORE_PASSWORD")),
		Relayer:          p.address("RELAYER_ADDRESS"),
		StakingWallet:    p.address("STAKING_WALLET"),
		DevWallet:        p.address("DEV_WALLET"),
		FeeRecipient:     p.address("FEE_RECIPIENT"),
	}
	if _, name := p.get("SONIC_RPC_URL"); d.RPCURL == "" && !p.failed(name) {
		p.fail("SONIC_RPC_URL is missing")
	}
	switch {
	case d.PrivateKey != "" && d.Keystore != "":
		p.fail("DEPLOYER_PRIVATE_KEY and DEPLOYER_KEYSTORE are both set: choose one")
	case d.PrivateKey == "" && d.Keystore == "" && !p.failed("DEPLOYER_PRIVATE_KEY"):
		p.fail("DEPLOYER_PRIVATE_KEY (or DEPLOYER_KEYSTORE with DEPLOYER_KEYSTORE_PASSWORD) is missing")
	case d.Keystore != "" && d.KeystorePassword == "":
		p.fail("DEPLOYER_KEYSTORE_PASSWORD is missing: DEPLOYER_KEYSTORE needs it")
	}
	if err := p.err(); err != nil {
		return nil, err
	}
	return d, nil
}

// failed reports whether a problem was already recorded for the setting name.
func (p *parser) failed(name string) bool {
	for _, pr := range p.problems {
		if strings.HasPrefix(pr, name+" ") || strings.HasPrefix(pr, name+"=") {
			return true
		}
	}
	return false
}

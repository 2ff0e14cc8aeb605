// Package cloudflare is the Cloudflare Workers AI provider.
//
// Text goes through Workers AI's OpenAI-compatible endpoint,
// {BaseURL}/accounts/{AccountID}/ai/v1/chat/completions, streamed with
// go-openai: the request's System, History (user and assistant messages) and
// Prompt are the messages, each piece of text goes to ai.Request.Delta as it
// arrives, and a completion stopped by the token limit (finish_reason
// "length") is a Truncated output, not an error. The limit is sent as
// max_tokens, the field of the Workers AI text models' input schema (default
// 256): ai.Request.MaxTokens when set, else Config.MaxTokens. Images go through the native endpoint,
// POST {BaseURL}/accounts/{AccountID}/ai/run/{model}, which answers either
// Cloudflare's JSON envelope with a base64 image (flux-1-schnell:
// {"result":{"image":"..."},"success":true,...}) or raw image bytes (the
// stable diffusion models); both are handled.
//
// # Models and prices
//
// Workers AI bills in neurons, $0.011 per 1,000 neurons. DefaultModels, the
// models offered unless Config.Models overrides them, carry Cloudflare's
// published per-model rates converted to approximate dollars:
//
//	model                                      kind   quality  price
//	@cf/meta/llama-3.1-8b-instruct             text   2        $0.282 / M input tokens (25,608 neurons), $0.827 / M output tokens (75,147 neurons)
//	@cf/meta/llama-3.3-70b-instruct-fp8-fast   text   3        $0.293 / M input tokens (26,668 neurons), $2.253 / M output tokens (204,805 neurons)
//	@cf/black-forest-labs/flux-1-schnell       image  3        $0.00064 / image
//
// flux-1-schnell costs 4.80 neurons per 512x512 tile and 9.60 neurons per step
// ($0.0000528 and $0.0001056): a 1024x1024 image (4 tiles) at the 4 steps this
// provider asks for is 57.6 neurons, about $0.00064 (a single 512x512 tile at
// 4 steps is about $0.00048; 8 steps at 1024x1024 about $0.0011).
//
// # Errors
//
// Every failure of GenerateText and GenerateImage is an *ai.Error with
// Provider "cloudflare". The class comes from the HTTP status
// (ai.ClassForStatus), refined by Cloudflare's error codes and words: 5007 (no
// such model) and 3042 (invalid model id) are ai.ClassNotFound, 10000
// (authentication error) ai.ClassAuth, 3023, 3041, 5016 and 5018 (account or
// model not allowed) ai.ClassDenied, 3036 (daily allocation used up) and 3040
// (out of capacity) ai.ClassRateLimited, 3007 and 3008 ai.ClassTimeout, 3006
// ai.ClassTooLarge, and 3030 or any NSFW, safety or content-policy wording in a
// non-5xx answer ai.ClassContentPolicy. A "success":false envelope in a 200
// answer is classified the same way (ai.ClassMalformed unless its code or words
// say more). Retry-After is kept in RetryAfter, on both paths. A context
// deadline is ai.ClassTimeout; a truncated or unreadable answer, or one without
// output, ai.ClassMalformed. The API token never appears in an error.
package cloudflare

import (
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"time"

	goopenai "github.com/sashabaranov/go-openai"

	"github.com/inft-labs/inft/ai"
)

// Name is the provider's name in errors, logs and attempt records.
const Name = "cloudflare"

// Defaults.
const (
	DefaultBaseURL       = "https://api.cloudflare.com/client/v4"
	DefaultTextModel     = "@cf/meta/llama-3.1-8b-instruct"
	DefaultImageModel    = "@cf/black-forest-labs/flux-1-schnell"
	DefaultTimeout       = 120 * time.Second
	DefaultMaxImageBytes = 20 << 20
	DefaultMaxTokens     = 1024
	// ImageSteps is the number of diffusion steps asked for (flux-1-schnell
	// allows 1 to 8, default 4).
	ImageSteps = 4
)

// DefaultModels returns the models offered when Config.Models is empty, with
// prices converted from neurons (see the package documentation).
func DefaultModels() []ai.Model {
	return []ai.Model{
		{Name: "@cf/meta/llama-3.1-8b-instruct", Kind: ai.KindText, Quality: 2,
			USDPerMInputTokens: 0.282, USDPerMOutputTokens: 0.827},
		{Name: "@cf/meta/llama-3.3-70b-instruct-fp8-fast", Kind: ai.KindText, Quality: 3,
			USDPerMInputTokens: 0.293, USDPerMOutputTokens: 2.253},
		{Name: "@cf/black-forest-labs/flux-1-schnell", Kind: ai.KindImage, Quality: 3,
			USDPerImage: 0.00064},
	}
}

// Config configures a Provider.
type Config struct {
	// AccountID is the Cloudflare account id (CLOUDFLARE_ACCOUNT_ID); required.
	AccountID string
	// APIToken is an API token with Workers AI permission
	// (CLOUDFLARE_API_TOKEN); required.
	APIToken string
	// BaseURL is the API root; DefaultBaseURL when empty.
	BaseURL string
	// TextModel is used when a request names no model; DefaultTextModel when
	// empty. It must be one of the text models of Models.
	TextModel string
	// ImageModel is used when a request names no model; DefaultImageModel
	// when empty. It must be one of the image models of Models.
	ImageModel string
	// Models overrides DefaultModels: what the provider offers and its prices.
	Models []ai.Model
	// HTTPClient makes the requests; it is not modified. A client with a
	// DefaultTimeout timeout when nil.
	HTTPClient *http.Client
	// MaxImageBytes caps an image; DefaultMaxImageBytes when 0.
	MaxImageBytes int64
	// MaxTokens caps a text answer whose request sets no ai.Request.MaxTokens
	// (Workers AI's own default is only 256); DefaultMaxTokens when 0.
	MaxTokens int
}

// Provider generates text and images with Cloudflare Workers AI.
type Provider struct {
	token      string
	runURL     string // {BaseURL}/accounts/{AccountID}/ai/run/
	textModel  string
	imageModel string
	models     []ai.Model
	http       *ai.HTTPClient
	text       *goopenai.Client
	maxImage   int64
	maxTokens  int
}

var _ ai.Provider = (*Provider)(nil)

// New checks cfg, fills in its defaults and returns a Provider.
func New(cfg Config) (*Provider, error) {
	account := strings.TrimSpace(cfg.AccountID)
	token := strings.TrimSpace(cfg.APIToken)
	switch {
	case account == "":
		return nil, errors.New("cloudflare: the account id (CLOUDFLARE_ACCOUNT_ID, Config.AccountID) is required")
	case token == "":
		return nil, errors.New("cloudflare: the API token (CLOUDFLARE_API_TOKEN, Config.APIToken) is required")
	case cfg.MaxImageBytes < 0:
		return nil, fmt.Errorf("cloudflare: Config.MaxImageBytes is negative (%d)", cfg.MaxImageBytes)
	case cfg.MaxTokens < 0:
		return nil, fmt.Errorf("cloudflare: Config.MaxTokens is negative (%d)", cfg.MaxTokens)
	}
	base := strings.TrimRight(strings.TrimSpace(cfg.BaseURL), "/")
	if base == "" {
		base = DefaultBaseURL
	}
	u, err := url.Parse(base)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("cloudflare: Config.BaseURL %q is not an http(s) URL", base)
	}

	p := &Provider{
		token:      token,
		textModel:  strings.TrimSpace(cfg.TextModel),
		imageModel: strings.TrimSpace(cfg.ImageModel),
		maxImage:   cfg.MaxImageBytes,
		maxTokens:  cfg.MaxTokens,
	}
	if p.textModel == "" {
		p.textModel = DefaultTextModel
	}
	if p.imageModel == "" {
		p.imageModel = DefaultImageModel
	}
	if p.maxImage == 0 {
		p.maxImage = DefaultMaxImageBytes
	}
	if p.maxTokens == 0 {
		p.maxTokens = DefaultMaxTokens
	}
	if p.models, err = modelList(cfg.Models, p.textModel, p.imageModel); err != nil {
		return nil, err
	}

	accountBase := base + "/accounts/" + url.PathEscape(account) + "/ai"
	p.runURL = accountBase + "/run/"

	hc := cfg.HTTPClient
	if hc == nil {
		hc = &http.Client{Timeout: DefaultTimeout}
	}
	// The image's cap is readImage's; a text stream has none.
	p.http = ai.NewHTTPClient(hc, 0)

	oc := goopenai.DefaultConfig(token)
	oc.BaseURL = accountBase + "/v1"
	oc.HTTPClient = p.http
	p.text = goopenai.NewClientWithConfig(oc)
	return p, nil
}

// modelList checks the offered models and that the default models are among them.
func modelList(models []ai.Model, textModel, imageModel string) ([]ai.Model, error) {
	if len(models) == 0 {
		models = DefaultModels()
	} else {
		models = slices.Clone(models)
	}
	seen := map[string]bool{}
	for i, m := range models {
		switch {
		case strings.TrimSpace(m.Name) == "":
			return nil, fmt.Errorf("cloudflare: Config.Models[%d] has no name", i)
		case m.Kind != ai.KindText && m.Kind != ai.KindImage:
			return nil, fmt.Errorf("cloudflare: Config.Models[%d] (%s) has an unknown kind %s", i, m.Name, m.Kind)
		case seen[m.Name]:
			return nil, fmt.Errorf("cloudflare: Config.Models lists %s twice", m.Name)
		}
		seen[m.Name] = true
	}
	for _, want := range []struct {
		setting, name string
		kind          ai.Kind
	}{{"TextModel", textModel, ai.KindText}, {"ImageModel", imageModel, ai.KindImage}} {
		i := slices.IndexFunc(models, func(m ai.Model) bool { return m.Name == want.name })
		if i < 0 || models[i].Kind != want.kind {
			return nil, fmt.Errorf("cloudflare: Config.%s %s is not among the %s models of Config.Models; list it there with its prices", want.setting, want.name, want.kind)
		}
	}
	return models, nil
}

// Name returns "cloudflare".
func (p *Provider) Name() string { return Name }

// Models lists the models offered, with their prices.
func (p *Provider) Models() []ai.Model { return slices.Clone(p.models) }

// model picks the request's model or the default of the kind. A model the
// provider lists under the other kind is refused.
func (p *Provider) model(r ai.Request, kind ai.Kind) (string, error) {
	name := strings.TrimSpace(r.Model)
	if name == "" {
		if kind == ai.KindText {
			return p.textModel, nil
		}
		return p.imageModel, nil
	}
	for _, m := range p.models {
		if m.Name == name && m.Kind != kind {
			return "", &ai.Error{Provider: Name, Class: ai.ClassNotFound,
				Message: fmt.Sprintf("%s is a %s model, not a %s model", name, m.Kind, kind)}
		}
	}
	return name, nil
}

// progress tells r.Progress how far the generation got, never going back.
type progress struct {
	fn   func(int, string)
	last int
}

func newProgress(r ai.Request) *progress { return &progress{fn: r.Progress, last: -1} }

func (p *progress) report(percent int, msg string) {
	if p.fn == nil || percent <= p.last {
		return
	}
	p.last = percent
	p.fn(percent, msg)
}

package openai

import (
	"errors"
	"fmt"
	"net/http"
	"slices"
	"time"

	goopenai "github.com/sashabaranov/go-openai"

	"github.com/inft-labs/inft/ai"
)

// Defaults of Config.
const (
	DefaultName          = "openai"
	DefaultBaseURL       = "https://api.openai.com/v1"
	DefaultTextModel     = "gpt-4o-mini"
	DefaultImageModel    = "gpt-image-1"
	DefaultImageSize     = "1024x1024"
	DefaultMaxImageBytes = 20 << 20
	DefaultTimeout       = 120 * time.Second
)

// Defaults of NewGemini.
const (
	GeminiName       = "gemini"
	GeminiBaseURL    = "https://generativelanguage.googleapis.com/v1beta/openai/"
	GeminiTextModel  = "gemini-2.0-flash"
	GeminiImageModel = "imagen-3.0-generate-002"
)

// openaiModels are the models an OpenAI provider offers by default, at their
// public list prices (the table of the package documentation).
var openaiModels = []ai.Model{
	{Name: "gpt-4.1-nano", Kind: ai.KindText, Quality: 2, USDPerMInputTokens: 0.10, USDPerMOutputTokens: 0.40},
	{Name: "gpt-4o-mini", Kind: ai.KindText, Quality: 3, USDPerMInputTokens: 0.15, USDPerMOutputTokens: 0.60},
	{Name: "gpt-4.1-mini", Kind: ai.KindText, Quality: 3, USDPerMInputTokens: 0.40, USDPerMOutputTokens: 1.60},
	{Name: "gpt-4.1", Kind: ai.KindText, Quality: 4, USDPerMInputTokens: 2.00, USDPerMOutputTokens: 8.00},
	{Name: "gpt-4o", Kind: ai.KindText, Quality: 4, USDPerMInputTokens: 2.50, USDPerMOutputTokens: 10.00},
	{Name: "dall-e-2", Kind: ai.KindImage, Quality: 2, USDPerImage: 0.020},
	{Name: "dall-e-3", Kind: ai.KindImage, Quality: 3, USDPerImage: 0.040},
	{Name: "gpt-image-1", Kind: ai.KindImage, Quality: 4, USDPerImage: 0.042},
}

// geminiModels are the models a Gemini provider offers by default.
var geminiModels = []ai.Model{
	{Name: "gemini-2.0-flash-lite", Kind: ai.KindText, Quality: 2, USDPerMInputTokens: 0.075, USDPerMOutputTokens: 0.30},
	{Name: "gemini-2.0-flash", Kind: ai.KindText, Quality: 3, USDPerMInputTokens: 0.10, USDPerMOutputTokens: 0.40},
	{Name: "gemini-2.5-flash", Kind: ai.KindText, Quality: 4, USDPerMInputTokens: 0.30, USDPerMOutputTokens: 2.50},
	{Name: "imagen-3.0-generate-002", Kind: ai.KindImage, Quality: 4, USDPerImage: 0.030},
}

// Config configures a Provider. Only APIKey is required.
type Config struct {
	// Name names the provider in errors, logs and attempt records. Default
	// "openai" ("gemini" for NewGemini).
	Name string
	// APIKey is sent as "Authorization: Bearer <key>". Required.
	APIKey string
	// BaseURL is the API's root, the chat and images paths are appended to it.
	// Default https://api.openai.com/v1 (Gemini's OpenAI endpoint for NewGemini).
	BaseURL string
	// TextModel and ImageModel are used when a Request names no model.
	// Defaults gpt-4o-mini and gpt-image-1 (gemini-2.0-flash and
	// imagen-3.0-generate-002 for NewGemini).
	TextModel  string
	ImageModel string
	// Models, when not empty, replaces the default list of offered models and
	// their prices and qualities. TextModel and ImageModel are added from the
	// built-in tables when missing; a default model that is in neither is an
	// error, for its cost would be unknown.
	Models []ai.Model
	// HTTPClient makes the calls; it is not modified. Default: a client with a
	// 120 s timeout.
	HTTPClient *http.Client
	// MaxImageBytes caps a generated image. Default 20 MiB.
	MaxImageBytes int64
	// ImageSize is asked of the images endpoint. Default "1024x1024".
	ImageSize string
}

// Provider generates texts and images through an OpenAI-compatible API. It is
// safe for concurrent use.
type Provider struct {
	name       string
	key        string // only for redacting errors; never printed
	textModel  string
	imageModel string
	imageSize  string
	maxImage   int64
	models     []ai.Model
	http       *ai.HTTPClient
	client     *goopenai.Client
	// legacyMaxTokens sends Request.MaxTokens as max_tokens (Gemini), not
	// max_completion_tokens (OpenAI).
	legacyMaxTokens bool
}

var _ ai.Provider = (*Provider)(nil)

// New returns a Provider for OpenAI, or for another OpenAI-compatible API
// given its BaseURL and Models.
func New(cfg Config) (*Provider, error) {
	return build(cfg, DefaultName, DefaultBaseURL, DefaultTextModel, DefaultImageModel, openaiModels)
}

// NewGemini returns a Provider for Gemini's OpenAI-compatible API: named
// "gemini", at https://generativelanguage.googleapis.com/v1beta/openai/, with
// gemini-2.0-flash for texts, imagen-3.0-generate-002 for images and the
// Gemini models of the package documentation, unless cfg says otherwise.
// cfg.APIKey is a Gemini API key.
func NewGemini(cfg Config) (*Provider, error) {
	p, err := build(cfg, GeminiName, GeminiBaseURL, GeminiTextModel, GeminiImageModel, geminiModels)
	if err != nil {
		return nil, err
	}
	p.legacyMaxTokens = true
	return p, nil
}

func build(cfg Config, name, baseURL, textModel, imageModel string, models []ai.Model) (*Provider, error) {
	if cfg.Name == "" {
		cfg.Name = name
	}
	if cfg.APIKey == "" {
		return nil, fmt.Errorf("%s: Config.APIKey is required", cfg.Name)
	}
	if cfg.BaseURL == "" {
		cfg.BaseURL = baseURL
	}
	if cfg.TextModel == "" {
		cfg.TextModel = textModel
	}
	if cfg.ImageModel == "" {
		cfg.ImageModel = imageModel
	}
	if len(cfg.Models) == 0 {
		cfg.Models = models
	}
	if cfg.MaxImageBytes <= 0 {
		cfg.MaxImageBytes = DefaultMaxImageBytes
	}
	if cfg.ImageSize == "" {
		cfg.ImageSize = DefaultImageSize
	}

	list, err := modelList(cfg)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", cfg.Name, err)
	}

	hc := cfg.HTTPClient
	if hc == nil {
		hc = &http.Client{Timeout: DefaultTimeout}
	}
	// An answer may hold a base64 image (4/3 of its bytes) plus JSON around it.
	client := ai.NewHTTPClient(hc, 2*cfg.MaxImageBytes+1<<20)

	cc := goopenai.DefaultConfig(cfg.APIKey)
	cc.BaseURL = cfg.BaseURL
	cc.HTTPClient = client

	return &Provider{
		name:       cfg.Name,
		key:        cfg.APIKey,
		textModel:  cfg.TextModel,
		imageModel: cfg.ImageModel,
		imageSize:  cfg.ImageSize,
		maxImage:   cfg.MaxImageBytes,
		models:     list,
		http:       client,
		client:     goopenai.NewClientWithConfig(cc),
	}, nil
}

// modelList checks cfg.Models and adds the default models when missing.
func modelList(cfg Config) ([]ai.Model, error) {
	list := slices.Clone(cfg.Models)
	seen := map[string]ai.Kind{}
	for _, m := range list {
		switch {
		case m.Name == "":
			return nil, errors.New("a model without a name")
		case m.Kind != ai.KindText && m.Kind != ai.KindImage:
			return nil, fmt.Errorf("model %q: unknown kind %v", m.Name, m.Kind)
		case m.Quality < 1 || m.Quality > 5:
			return nil, fmt.Errorf("model %q: quality %d not in 1-5", m.Name, m.Quality)
		case m.USDPerMInputTokens < 0 || m.USDPerMOutputTokens < 0 || m.USDPerImage < 0:
			return nil, fmt.Errorf("model %q: negative price", m.Name)
		}
		if _, dup := seen[m.Name]; dup {
			return nil, fmt.Errorf("model %q listed twice", m.Name)
		}
		seen[m.Name] = m.Kind
	}
	for _, d := range []struct {
		name string
		kind ai.Kind
	}{{cfg.TextModel, ai.KindText}, {cfg.ImageModel, ai.KindImage}} {
		if k, ok := seen[d.name]; ok {
			if k != d.kind {
				return nil, fmt.Errorf("default %s model %q is listed as %s", d.kind, d.name, k)
			}
			continue
		}
		i := slices.IndexFunc(builtin(), func(m ai.Model) bool { return m.Name == d.name })
		if i < 0 {
			return nil, fmt.Errorf("default %s model %q has no price: add it to Config.Models", d.kind, d.name)
		}
		if m := builtin()[i]; m.Kind != d.kind {
			return nil, fmt.Errorf("default %s model %q is a %s model", d.kind, d.name, m.Kind)
		}
		list = append(list, builtin()[i])
		seen[d.name] = d.kind
	}
	return list, nil
}

func builtin() []ai.Model { return slices.Concat(openaiModels, geminiModels) }

// Name returns the configured name ("openai", "gemini", ...).
func (p *Provider) Name() string { return p.name }

// Models returns the offered models with their prices.
func (p *Provider) Models() []ai.Model { return slices.Clone(p.models) }

// model picks the request's model, or the default of the kind; a model listed
// with the other kind is refused as not found (this provider cannot do it).
func (p *Provider) model(r ai.Request, kind ai.Kind) (string, error) {
	name := r.Model
	if name == "" {
		if kind == ai.KindImage {
			return p.imageModel, nil
		}
		return p.textModel, nil
	}
	for _, m := range p.models {
		if m.Name == name && m.Kind != kind {
			return "", &ai.Error{Provider: p.name, Class: ai.ClassNotFound,
				Message: fmt.Sprintf("model %q makes %s, not %s", name, m.Kind, kind)}
		}
	}
	return name, nil
}

func progress(r ai.Request, percent int, msg string) {
	if r.Progress != nil {
		r.Progress(percent, msg)
	}
}

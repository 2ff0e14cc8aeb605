package openai_test

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
	"go.uber.org/goleak"

	"github.com/inft-labs/inft/ai"
	"github.com/inft-labs/inft/ai/openai"
)

const key = "sk-test-SECRET-0123456789abcdef"

// wire is what a test server saw of the request.
type wire struct {
	Method, Path, Auth, ContentType string
	Body                            map[string]any
}

func readWire(t *testing.T, r *http.Request) wire {
	t.Helper()
	var body map[string]any
	b, err := io.ReadAll(r.Body)
	if err == nil && len(b) > 0 {
		err = json.Unmarshal(b, &body)
	}
	if err != nil {
		t.Errorf("reading the request body: %v", err)
	}
	return wire{Method: r.Method, Path: r.URL.Path, Auth: r.Header.Get("Authorization"), ContentType: r.Header.Get("Content-Type"), Body: body}
}

// server records the last request and answers it with h.
type server struct {
	*httptest.Server
	mu   sync.Mutex
	seen []wire
}

func newServer(t *testing.T, h http.HandlerFunc) *server {
	t.Helper()
	s := &server{}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		wr := readWire(t, r)
		s.mu.Lock()
		s.seen = append(s.seen, wr)
		s.mu.Unlock()
		h(w, r)
	}))
	t.Cleanup(s.Close)
	return s
}

func (s *server) last(t *testing.T) wire {
	t.Helper()
	s.mu.Lock()
	defer s.mu.Unlock()
	require.NotEmpty(t, s.seen, "no request reached the server")
	return s.seen[len(s.seen)-1]
}

func newProvider(t *testing.T, baseURL string, edit ...func(*openai.Config)) *openai.Provider {
	t.Helper()
	cfg := openai.Config{APIKey: key, BaseURL: baseURL}
	for _, e := range edit {
		e(&cfg)
	}
	p, err := openai.New(cfg)
	require.NoError(t, err)
	return p
}

// sse writes the events of a streamed chat completion, then "data: [DONE]"
// when done.
func sse(w http.ResponseWriter, done bool, events ...string) {
	w.Header().Set("Content-Type", "text/event-stream")
	w.WriteHeader(http.StatusOK)
	f, _ := w.(http.Flusher)
	for _, e := range events {
		fmt.Fprintf(w, "data: %s\n\n", e)
		if f != nil {
			f.Flush()
		}
	}
	if done {
		fmt.Fprint(w, "data: [DONE]\n\n")
	}
}

func chunk(content string) string {
	return fmt.Sprintf(`{"id":"chatcmpl-1","object":"chat.completion.chunk","created":1700000000,"model":"gpt-4o-mini-2024-07-18","system_fingerprint":"fp_1","choices":[{"index":0,"delta":{"content":%q},"logprobs":null,"finish_reason":null}],"usage":null}`, content)
}

const (
	roleChunk   = `{"id":"chatcmpl-1","object":"chat.completion.chunk","created":1700000000,"model":"gpt-4o-mini-2024-07-18","choices":[{"index":0,"delta":{"role":"assistant","content":"","refusal":null},"logprobs":null,"finish_reason":null}],"usage":null}`
	finishChunk = `{"id":"chatcmpl-1","object":"chat.completion.chunk","created":1700000000,"model":"gpt-4o-mini-2024-07-18","choices":[{"index":0,"delta":{},"logprobs":null,"finish_reason":"stop"}],"usage":null}`
	usageChunk  = `{"id":"chatcmpl-1","object":"chat.completion.chunk","created":1700000000,"model":"gpt-4o-mini-2024-07-18","choices":[],"usage":{"prompt_tokens":12,"completion_tokens":3,"total_tokens":15}}`
)

func pngBytes(t *testing.T) []byte {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, 4, 4))
	img.Set(1, 1, color.RGBA{R: 200, A: 255})
	var buf bytes.Buffer
	require.NoError(t, png.Encode(&buf, img))
	return buf.Bytes()
}

func imageAnswer(w http.ResponseWriter, item string) {
	w.Header().Set("Content-Type", "application/json")
	fmt.Fprintf(w, `{"created":1700000000,"data":[%s],"usage":{"total_tokens":4210,"input_tokens":50,"output_tokens":4160,"input_tokens_details":{"text_tokens":50,"image_tokens":0}}}`, item)
}

func openaiError(w http.ResponseWriter, status int, typ, code, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	c := "null"
	if code != "" {
		c = strconv.Quote(code)
	}
	fmt.Fprintf(w, `{"error":{"message":%q,"type":%q,"param":null,"code":%s}}`, msg, typ, c)
}

// progressLog collects Progress calls.
type progressLog struct {
	mu       sync.Mutex
	percents []int
}

func (l *progressLog) fn(percent int, _ string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.percents = append(l.percents, percent)
}

func requireAIError(t *testing.T, err error, class ai.Class) *ai.Error {
	t.Helper()
	require.Error(t, err)
	var e *ai.Error
	require.ErrorAs(t, err, &e, "not an *ai.Error: %v", err)
	require.Equal(t, class, e.Class, "error: %v", err)
	require.NotEmpty(t, e.Provider)
	noKey(t, err)
	t.Logf("%v", err)
	return e
}

// noKey checks that the key is in no error string of the chain.
func noKey(t *testing.T, err error) {
	t.Helper()
	for e := err; e != nil; e = errors.Unwrap(e) {
		require.NotContains(t, e.Error(), key)
		require.NotContains(t, fmt.Sprintf("%+v", e), key)
	}
}

func TestTextStream(t *testing.T) {
	srv := newServer(t, func(w http.ResponseWriter, r *http.Request) {
		sse(w, true, roleChunk, chunk("Hel"), chunk("lo, "), chunk("wor"), chunk("ld"), finishChunk, usageChunk)
	})
	p := newProvider(t, srv.URL+"/v1")
	var prog progressLog
	out, err := p.GenerateText(context.Background(), ai.Request{System: "Be terse.", Prompt: "Say hello", Progress: prog.fn})
	require.NoError(t, err)

	require.Equal(t, ai.KindText, out.Kind)
	require.Equal(t, ai.MIMEText, out.MIME)
	require.Equal(t, "Hello, world", string(out.Data))
	require.Equal(t, "gpt-4o-mini", out.Model)
	require.Equal(t, ai.Usage{InputTokens: 12, OutputTokens: 3}, out.Usage)

	require.NotEmpty(t, prog.percents)
	for i := 1; i < len(prog.percents); i++ {
		require.Greater(t, prog.percents[i], prog.percents[i-1], "progress %v", prog.percents)
	}
	require.Equal(t, 100, prog.percents[len(prog.percents)-1])
	require.Len(t, prog.percents, 5, "one per text chunk, then 100: %v", prog.percents)

	req := srv.last(t)
	require.Equal(t, http.MethodPost, req.Method)
	require.Equal(t, "/v1/chat/completions", req.Path)
	require.Equal(t, "Bearer "+key, req.Auth)
	require.Equal(t, "application/json", req.ContentType)
	require.Equal(t, true, req.Body["stream"])
	require.Equal(t, "gpt-4o-mini", req.Body["model"])
	require.Equal(t, map[string]any{"include_usage": true}, req.Body["stream_options"])
	require.Equal(t, []any{
		map[string]any{"role": "system", "content": "Be terse."},
		map[string]any{"role": "user", "content": "Say hello"},
	}, req.Body["messages"])
}

func TestTextModelAndNoSystem(t *testing.T) {
	srv := newServer(t, func(w http.ResponseWriter, r *http.Request) {
		sse(w, true, chunk("ok"), finishChunk, usageChunk)
	})
	p := newProvider(t, srv.URL+"/v1")
	out, err := p.GenerateText(context.Background(), ai.Request{Model: "gpt-4o", Prompt: "Say ok"})
	require.NoError(t, err)
	require.Equal(t, "ok", string(out.Data))
	require.Equal(t, "gpt-4o", out.Model)

	req := srv.last(t)
	require.Equal(t, "gpt-4o", req.Body["model"])
	require.Equal(t, []any{map[string]any{"role": "user", "content": "Say ok"}}, req.Body["messages"])

	// An image model is not for texts.
	_, err = p.GenerateText(context.Background(), ai.Request{Model: "gpt-image-1", Prompt: "x"})
	requireAIError(t, err, ai.ClassNotFound)
}

func TestImageBase64(t *testing.T) {
	pic := pngBytes(t)
	srv := newServer(t, func(w http.ResponseWriter, r *http.Request) {
		imageAnswer(w, fmt.Sprintf(`{"b64_json":%q}`, base64.StdEncoding.EncodeToString(pic)))
	})
	p := newProvider(t, srv.URL+"/v1")
	var prog progressLog
	out, err := p.GenerateImage(context.Background(), ai.Request{System: "Watercolour.", Prompt: "A red fox", Progress: prog.fn})
	require.NoError(t, err)
	require.Equal(t, ai.KindImage, out.Kind)
	require.Equal(t, ai.MIMEPNG, out.MIME)
	require.Equal(t, pic, out.Data)
	require.Equal(t, "gpt-image-1", out.Model)
	require.Equal(t, 1, out.Usage.Images)
	require.Equal(t, 100, prog.percents[len(prog.percents)-1])

	req := srv.last(t)
	require.Equal(t, http.MethodPost, req.Method)
	require.Equal(t, "/v1/images/generations", req.Path)
	require.Equal(t, "Bearer "+key, req.Auth)
	require.Equal(t, "gpt-image-1", req.Body["model"])
	require.Equal(t, "Watercolour.\n\nA red fox", req.Body["prompt"])
	require.Equal(t, float64(1), req.Body["n"])
	require.Equal(t, "1024x1024", req.Body["size"])
	require.NotContains(t, req.Body, "response_format", "gpt-image-1 refuses response_format")

	// DALL·E is asked for base64.
	out, err = p.GenerateImage(context.Background(), ai.Request{Model: "dall-e-3", Prompt: "A red fox"})
	require.NoError(t, err)
	require.Equal(t, "dall-e-3", out.Model)
	req = srv.last(t)
	require.Equal(t, "dall-e-3", req.Body["model"])
	require.Equal(t, "A red fox", req.Body["prompt"])
	require.Equal(t, "b64_json", req.Body["response_format"])
}

func TestImageBase64Bad(t *testing.T) {
	for name, tc := range map[string]struct {
		b64   string
		class ai.Class
	}{
		"not base64":   {"%%%not-base64%%%", ai.ClassMalformed},
		"not an image": {base64.StdEncoding.EncodeToString([]byte("<html><body>no</body></html>")), ai.ClassMalformed},
		"too large":    {base64.StdEncoding.EncodeToString(bytes.Repeat([]byte{0x89}, 4096)), ai.ClassTooLarge},
	} {
		t.Run(name, func(t *testing.T) {
			srv := newServer(t, func(w http.ResponseWriter, r *http.Request) {
				imageAnswer(w, fmt.Sprintf(`{"b64_json":%q}`, tc.b64))
			})
			p := newProvider(t, srv.URL+"/v1", func(c *openai.Config) { c.MaxImageBytes = 1024 })
			_, err := p.GenerateImage(context.Background(), ai.Request{Prompt: "x"})
			requireAIError(t, err, tc.class)
		})
	}
}

func TestImageURL(t *testing.T) {
	pic := pngBytes(t)
	big := append(append([]byte{}, pic...), bytes.Repeat([]byte{0}, 4096)...)
	var imgAuth sync.Map
	images := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		imgAuth.Store(r.URL.Path, r.Header.Get("Authorization"))
		switch r.URL.Path {
		case "/fox.png":
			w.Header().Set("Content-Type", "image/png")
			_, _ = w.Write(pic)
		case "/big.png":
			_, _ = w.Write(big)
		case "/big-chunked.png":
			// No Content-Length: the cap is found while reading.
			for i := 0; i < len(big); i += 512 {
				_, _ = w.Write(big[i:min(i+512, len(big))])
				w.(http.Flusher).Flush()
			}
		case "/page.html":
			_, _ = io.WriteString(w, "<!DOCTYPE html><html><body>Not an image</body></html>")
		case "/gone.png":
			http.NotFound(w, r)
		case "/busy.png":
			w.Header().Set("Retry-After", "3")
			w.WriteHeader(http.StatusTooManyRequests)
		}
	}))
	t.Cleanup(images.Close)

	srv := newServer(t, func(w http.ResponseWriter, r *http.Request) {
		imageAnswer(w, fmt.Sprintf(`{"url":%q,"revised_prompt":"a fox"}`, images.URL+"/"+r.Header.Get("X-Test-Path")))
	})
	for _, tc := range []struct {
		path       string
		class      ai.Class
		retryAfter time.Duration
	}{
		{path: "fox.png"},
		{path: "big.png", class: ai.ClassTooLarge},
		{path: "big-chunked.png", class: ai.ClassTooLarge},
		{path: "page.html", class: ai.ClassMalformed},
		{path: "gone.png", class: ai.ClassMalformed},
		{path: "busy.png", class: ai.ClassRateLimited, retryAfter: 3 * time.Second},
	} {
		t.Run(tc.path, func(t *testing.T) {
			hc := &http.Client{Transport: headerTransport{"X-Test-Path", tc.path}}
			p := newProvider(t, srv.URL+"/v1", func(c *openai.Config) {
				c.MaxImageBytes = 1024
				c.HTTPClient = hc
			})
			out, err := p.GenerateImage(context.Background(), ai.Request{Model: "dall-e-2", Prompt: "A fox"})
			if tc.class == "" {
				require.NoError(t, err)
				require.Equal(t, pic, out.Data)
				require.Equal(t, "image/png", out.MIME)
				require.Equal(t, 1, out.Usage.Images)
				auth, _ := imgAuth.Load("/fox.png")
				require.Equal(t, "", auth, "the key must not go to the image host")
				return
			}
			e := requireAIError(t, err, tc.class)
			require.Equal(t, tc.retryAfter, e.RetryAfter)
		})
	}
}

// headerTransport adds a header to every request, to steer the test server.
type headerTransport struct{ name, value string }

func (h headerTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	r = r.Clone(r.Context())
	r.Header.Set(h.name, h.value)
	return http.DefaultTransport.RoundTrip(r)
}

func TestGemini(t *testing.T) {
	pic := pngBytes(t)
	srv := newServer(t, func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/v1beta/openai/chat/completions":
			sse(w, true,
				`{"choices":[{"delta":{"content":"Bonjour","role":"assistant"},"index":0}],"created":1700000000,"model":"gemini-2.0-flash","object":"chat.completion.chunk"}`,
				`{"choices":[{"delta":{"content":" le monde","role":"assistant"},"finish_reason":"stop","index":0}],"created":1700000000,"model":"gemini-2.0-flash","object":"chat.completion.chunk","usage":{"completion_tokens":4,"prompt_tokens":9,"total_tokens":13}}`)
		case "/v1beta/openai/images/generations":
			imageAnswer(w, fmt.Sprintf(`{"b64_json":%q}`, base64.StdEncoding.EncodeToString(pic)))
		default:
			openaiError(w, http.StatusNotFound, "not_found", "", "no route "+r.URL.Path)
		}
	})
	p, err := openai.NewGemini(openai.Config{APIKey: key, BaseURL: srv.URL + "/v1beta/openai/"})
	require.NoError(t, err)
	require.Equal(t, "gemini", p.Name())

	models := map[string]ai.Model{}
	for _, m := range p.Models() {
		models[m.Name] = m
	}
	require.Equal(t, ai.KindText, models["gemini-2.0-flash"].Kind)
	require.Equal(t, 3, models["gemini-2.0-flash"].Quality)
	require.Greater(t, models["gemini-2.0-flash"].USDPerMInputTokens, 0.0)
	require.Equal(t, ai.KindImage, models["imagen-3.0-generate-002"].Kind)
	require.Greater(t, models["imagen-3.0-generate-002"].USDPerImage, 0.0)

	out, err := p.GenerateText(context.Background(), ai.Request{System: "In French.", Prompt: "Hello world"})
	require.NoError(t, err)
	require.Equal(t, "Bonjour le monde", string(out.Data))
	require.Equal(t, "gemini-2.0-flash", out.Model)
	require.Equal(t, ai.Usage{InputTokens: 9, OutputTokens: 4}, out.Usage)
	req := srv.last(t)
	require.Equal(t, http.MethodPost, req.Method)
	require.Equal(t, "/v1beta/openai/chat/completions", req.Path)
	require.Equal(t, "Bearer "+key, req.Auth)
	require.Equal(t, "gemini-2.0-flash", req.Body["model"])
	require.Equal(t, true, req.Body["stream"])

	out, err = p.GenerateImage(context.Background(), ai.Request{Prompt: "A fox"})
	require.NoError(t, err)
	require.Equal(t, pic, out.Data)
	require.Equal(t, "imagen-3.0-generate-002", out.Model)
	req = srv.last(t)
	require.Equal(t, "/v1beta/openai/images/generations", req.Path)
	require.Equal(t, "Bearer "+key, req.Auth)
	require.Equal(t, "imagen-3.0-generate-002", req.Body["model"])
	require.Equal(t, "b64_json", req.Body["response_format"])
	require.Equal(t, float64(1), req.Body["n"])

	// Gemini's errors come as a list; a bad key is a 400 there, but no task
	// would do better with it: it is the provider's.
	srvErr := newServer(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusBadRequest)
		_, _ = io.WriteString(w, `[{"error":{"code":400,"message":"API key not valid. Please pass a valid API key.","status":"INVALID_ARGUMENT"}}]`)
	})
	p, err = openai.NewGemini(openai.Config{APIKey: key, BaseURL: srvErr.URL + "/v1beta/openai/"})
	require.NoError(t, err)
	_, err = p.GenerateText(context.Background(), ai.Request{Prompt: "x"})
	e := requireAIError(t, err, ai.ClassAuth)
	require.Equal(t, "gemini", e.Provider)
	require.Equal(t, http.StatusBadRequest, e.Status)
	require.Contains(t, e.Message, "API key not valid")
}

func TestErrorClasses(t *testing.T) {
	for _, tc := range []struct {
		name       string
		status     int
		header     map[string]string
		body       string // raw; empty means the OpenAI error shape of typ, code, msg
		typ, code  string
		msg        string
		class      ai.Class
		scope      ai.Scope
		retryAfter time.Duration
	}{
		{name: "bad request", status: 400, typ: "invalid_request_error", code: "invalid_value", msg: "Invalid value for 'size'.", class: ai.ClassBadRequest, scope: ai.ScopeTask},
		{name: "content policy", status: 400, typ: "invalid_request_error", code: "content_policy_violation", msg: "Your request was rejected as a result of our safety system.", class: ai.ClassContentPolicy, scope: ai.ScopeTask},
		{name: "safety message", status: 400, typ: "image_generation_user_error", msg: "Your request was rejected as a result of our safety system. Your prompt may contain text that is not allowed.", class: ai.ClassContentPolicy, scope: ai.ScopeTask},
		{name: "moderation", status: 400, typ: "invalid_request_error", code: "moderation_blocked", msg: "Request blocked.", class: ai.ClassContentPolicy, scope: ai.ScopeTask},
		{name: "auth", status: 401, typ: "invalid_request_error", code: "invalid_api_key", msg: "Incorrect API key provided: " + key + ". You can find your API key at https://platform.openai.com/account/api-keys.", class: ai.ClassAuth, scope: ai.ScopeProvider},
		{name: "forbidden", status: 403, typ: "invalid_request_error", code: "unsupported_country_region_territory", msg: "Country, region, or territory not supported", class: ai.ClassDenied, scope: ai.ScopeProvider},
		{name: "unknown model", status: 404, typ: "invalid_request_error", code: "model_not_found", msg: "The model `gpt-9` does not exist or you do not have access to it.", class: ai.ClassNotFound, scope: ai.ScopeProvider},
		{name: "rate limited", status: 429, header: map[string]string{"Retry-After": "7"}, typ: "requests", code: "rate_limit_exceeded", msg: "Rate limit reached for gpt-4o-mini.", class: ai.ClassRateLimited, scope: ai.ScopeAttempt, retryAfter: 7 * time.Second},
		{name: "rate limited, plain body", status: 429, header: map[string]string{"Retry-After": "7"}, body: "Too Many Requests", class: ai.ClassRateLimited, scope: ai.ScopeAttempt, retryAfter: 7 * time.Second},
		{name: "server", status: 500, typ: "server_error", msg: "The server had an error while processing your request.", class: ai.ClassServer, scope: ai.ScopeAttempt},
		{name: "unavailable", status: 503, body: "<html><body>503 Service Unavailable</body></html>", class: ai.ClassServer, scope: ai.ScopeAttempt},
		{name: "overloaded", status: 503, typ: "server_error", code: "engine_overloaded", msg: "The engine is currently overloaded, please try again later", class: ai.ClassServer, scope: ai.ScopeAttempt},
	} {
		for _, kind := range []ai.Kind{ai.KindText, ai.KindImage} {
			t.Run(tc.name+"/"+kind.String(), func(t *testing.T) {
				srv := newServer(t, func(w http.ResponseWriter, r *http.Request) {
					for k, v := range tc.header {
						w.Header().Set(k, v)
					}
					if tc.body != "" {
						w.WriteHeader(tc.status)
						_, _ = io.WriteString(w, tc.body)
						return
					}
					openaiError(w, tc.status, tc.typ, tc.code, tc.msg)
				})
				p := newProvider(t, srv.URL+"/v1")
				var err error
				if kind == ai.KindText {
					_, err = p.GenerateText(context.Background(), ai.Request{Prompt: "x"})
				} else {
					_, err = p.GenerateImage(context.Background(), ai.Request{Prompt: "x"})
				}
				e := requireAIError(t, err, tc.class)
				require.Equal(t, "openai", e.Provider)
				require.Equal(t, tc.status, e.Status)
				require.Equal(t, tc.scope, e.Class.Scope())
				require.Equal(t, tc.retryAfter, e.RetryAfter)
				require.NotEmpty(t, e.Message)
				if tc.body == "" && !strings.Contains(tc.msg, key) {
					require.Contains(t, e.Message, tc.msg)
				}
				require.Equal(t, ai.ClassOf(err), tc.class)
			})
		}
	}
}

func TestTimeout(t *testing.T) {
	stall := func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(5 * time.Second):
		}
	}
	for name, h := range map[string]http.HandlerFunc{
		"before the answer": stall,
		"mid-answer": func(w http.ResponseWriter, r *http.Request) {
			if strings.HasSuffix(r.URL.Path, "/images/generations") {
				_, _ = io.WriteString(w, `{"created":1700000000,"data":[{"b64_json":"iVBOR`)
				w.(http.Flusher).Flush()
			} else {
				sse(w, false, chunk("Hel"))
			}
			stall(w, r)
		},
	} {
		for _, kind := range []ai.Kind{ai.KindText, ai.KindImage} {
			t.Run(name+"/"+kind.String(), func(t *testing.T) {
				srv := newServer(t, h)
				p := newProvider(t, srv.URL+"/v1")
				ctx, cancel := context.WithTimeout(context.Background(), 150*time.Millisecond)
				defer cancel()
				var err error
				if kind == ai.KindText {
					_, err = p.GenerateText(ctx, ai.Request{Prompt: "x"})
				} else {
					_, err = p.GenerateImage(ctx, ai.Request{Prompt: "x"})
				}
				requireAIError(t, err, ai.ClassTimeout)
				require.ErrorIs(t, err, context.DeadlineExceeded)
			})
		}
	}

	// The client's own timeout is a timeout too.
	srv := newServer(t, stall)
	p := newProvider(t, srv.URL+"/v1", func(c *openai.Config) { c.HTTPClient = &http.Client{Timeout: 100 * time.Millisecond} })
	_, err := p.GenerateText(context.Background(), ai.Request{Prompt: "x"})
	requireAIError(t, err, ai.ClassTimeout)
}

func TestMalformed(t *testing.T) {
	half := `{"created":1700000000,"data":[{"b64_json":"iVBORw0KGgoAAAANSUhEUgAA`
	for _, tc := range []struct {
		name  string
		kind  ai.Kind
		h     http.HandlerFunc
		class ai.Class
	}{
		{"half a JSON object", ai.KindImage, func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "application/json")
			_, _ = io.WriteString(w, half)
		}, ai.ClassMalformed},
		{"truncated body", ai.KindImage, func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "application/json")
			w.Header().Set("Content-Length", "10000")
			_, _ = io.WriteString(w, half)
		}, ai.ClassMalformed},
		{"malformed JSON", ai.KindImage, func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "application/json")
			_, _ = io.WriteString(w, `{"choices": [`)
		}, ai.ClassMalformed},
		{"not JSON", ai.KindImage, func(w http.ResponseWriter, r *http.Request) {
			_, _ = io.WriteString(w, `<html>hello</html>`)
		}, ai.ClassMalformed},
		{"no image", ai.KindImage, func(w http.ResponseWriter, r *http.Request) {
			_, _ = io.WriteString(w, `{"created":1700000000,"data":[]}`)
		}, ai.ClassMalformed},
		{"malformed JSON", ai.KindText, func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "application/json")
			_, _ = io.WriteString(w, `{"choices": [`)
		}, ai.ClassMalformed},
		{"stream without [DONE]", ai.KindText, func(w http.ResponseWriter, r *http.Request) {
			sse(w, false, roleChunk, chunk("Hel"), chunk("lo"))
		}, ai.ClassMalformed},
		{"stream cut mid-event", ai.KindText, func(w http.ResponseWriter, r *http.Request) {
			sse(w, false, chunk("Hel"))
			_, _ = io.WriteString(w, `data: {"id":"chatcmpl-1","object":"chat.comp`)
		}, ai.ClassMalformed},
		{"stream cut by the connection", ai.KindText, func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Length", "10000")
			sse(w, false, chunk("Hel"), chunk("lo"))
		}, ai.ClassMalformed},
		{"bad JSON event", ai.KindText, func(w http.ResponseWriter, r *http.Request) {
			sse(w, true, chunk("Hel"), `{"choices": [`)
		}, ai.ClassMalformed},
		{"empty completion", ai.KindText, func(w http.ResponseWriter, r *http.Request) {
			sse(w, true, roleChunk, finishChunk, usageChunk)
		}, ai.ClassMalformed},
		{"error event", ai.KindText, func(w http.ResponseWriter, r *http.Request) {
			sse(w, false, chunk("Hel"), `{"error":{"message":"The server had an error while processing your request.","type":"server_error","param":null,"code":null}}`)
		}, ai.ClassServer},
		{"content filter", ai.KindText, func(w http.ResponseWriter, r *http.Request) {
			sse(w, true, chunk("Hel"), `{"id":"chatcmpl-1","object":"chat.completion.chunk","choices":[{"index":0,"delta":{},"finish_reason":"content_filter"}]}`, usageChunk)
		}, ai.ClassContentPolicy},
		{"refusal", ai.KindText, func(w http.ResponseWriter, r *http.Request) {
			sse(w, true, `{"id":"chatcmpl-1","object":"chat.completion.chunk","choices":[{"index":0,"delta":{"refusal":"I can't help with that."}}]}`, finishChunk, usageChunk)
		}, ai.ClassContentPolicy},
	} {
		t.Run(tc.kind.String()+"/"+tc.name, func(t *testing.T) {
			srv := newServer(t, tc.h)
			p := newProvider(t, srv.URL+"/v1")
			var err error
			if tc.kind == ai.KindText {
				_, err = p.GenerateText(context.Background(), ai.Request{Prompt: "x"})
			} else {
				_, err = p.GenerateImage(context.Background(), ai.Request{Prompt: "x"})
			}
			requireAIError(t, err, tc.class)
		})
	}
}

func TestAnswerTooLarge(t *testing.T) {
	srv := newServer(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/event-stream")
		line := "data: " + chunk(strings.Repeat("a", 8<<10)) + "\n\n"
		for range 200 { // 1.6 MiB, past the cap of 2*1 KiB + 1 MiB
			if _, err := io.WriteString(w, line); err != nil {
				return
			}
		}
	})
	p := newProvider(t, srv.URL+"/v1", func(c *openai.Config) { c.MaxImageBytes = 1024 })
	_, err := p.GenerateText(context.Background(), ai.Request{Prompt: "x"})
	requireAIError(t, err, ai.ClassTooLarge)
}

func TestNetwork(t *testing.T) {
	srv := httptest.NewServer(http.NotFoundHandler())
	url := srv.URL
	srv.Close()
	p := newProvider(t, url+"/v1")
	_, err := p.GenerateText(context.Background(), ai.Request{Prompt: "x"})
	requireAIError(t, err, ai.ClassNetwork)
	_, err = p.GenerateImage(context.Background(), ai.Request{Prompt: "x"})
	requireAIError(t, err, ai.ClassNetwork)
}

// Retry-After is remembered per call: concurrent calls each get their own.
func TestRetryAfterPerCall(t *testing.T) {
	srv := newServer(t, func(w http.ResponseWriter, r *http.Request) {
		n, _ := strconv.Atoi(r.Header.Get("X-Wait"))
		if n%2 == 0 {
			sse(w, true, chunk("ok"), finishChunk, usageChunk)
			return
		}
		w.Header().Set("Retry-After", strconv.Itoa(n))
		openaiError(w, http.StatusTooManyRequests, "requests", "rate_limit_exceeded", "slow down")
	})
	var wg sync.WaitGroup
	for i := range 16 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			hc := &http.Client{Transport: headerTransport{"X-Wait", strconv.Itoa(i)}}
			p := newProvider(t, srv.URL+"/v1", func(c *openai.Config) { c.HTTPClient = hc })
			for range 3 {
				_, err := p.GenerateText(context.Background(), ai.Request{Prompt: "x"})
				if i%2 == 0 {
					if err != nil {
						t.Errorf("call %d: %v", i, err)
					}
					continue
				}
				var e *ai.Error
				if !errors.As(err, &e) || e.Class != ai.ClassRateLimited || e.RetryAfter != time.Duration(i)*time.Second {
					t.Errorf("call %d: %v (%+v)", i, err, e)
				}
			}
		}()
	}
	wg.Wait()
}

// One provider shared by concurrent calls, some failing with a Retry-After.
func TestSharedProviderConcurrent(t *testing.T) {
	srv := newServer(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Retry-After", "2")
		openaiError(w, http.StatusTooManyRequests, "requests", "rate_limit_exceeded", "slow down")
	})
	p := newProvider(t, srv.URL+"/v1")
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, err := p.GenerateText(context.Background(), ai.Request{Prompt: "x"})
			var e *ai.Error
			if !errors.As(err, &e) || e.RetryAfter != 2*time.Second {
				t.Errorf("%v", err)
			}
		}()
	}
	wg.Wait()
}

func TestConfig(t *testing.T) {
	_, err := openai.New(openai.Config{})
	require.ErrorContains(t, err, "APIKey")
	_, err = openai.NewGemini(openai.Config{})
	require.ErrorContains(t, err, "APIKey")

	hc := &http.Client{}
	p, err := openai.New(openai.Config{APIKey: key, HTTPClient: hc})
	require.NoError(t, err)
	require.Nil(t, hc.Transport, "the caller's client is not modified")
	require.Equal(t, "openai", p.Name())
	models := map[string]ai.Model{}
	for _, m := range p.Models() {
		models[m.Name] = m
	}
	require.Equal(t, ai.Model{Name: "gpt-4o-mini", Kind: ai.KindText, Quality: 3, USDPerMInputTokens: 0.15, USDPerMOutputTokens: 0.60}, models["gpt-4o-mini"])
	require.Equal(t, ai.KindImage, models["gpt-image-1"].Kind)
	require.Equal(t, 4, models["gpt-image-1"].Quality)
	require.InDelta(t, 0.04, models["gpt-image-1"].USDPerImage, 0.005)
	for _, m := range p.Models() {
		require.GreaterOrEqual(t, m.Quality, 1)
		require.LessOrEqual(t, m.Quality, 5)
	}

	// Models replaces the list; the default models are added when missing.
	p, err = openai.New(openai.Config{APIKey: key, Name: "compat", Models: []ai.Model{
		{Name: "my-llm", Kind: ai.KindText, Quality: 2, USDPerMInputTokens: 0.01, USDPerMOutputTokens: 0.02},
	}})
	require.NoError(t, err)
	require.Equal(t, "compat", p.Name())
	var names []string
	for _, m := range p.Models() {
		names = append(names, m.Name)
	}
	require.Equal(t, []string{"my-llm", "gpt-4o-mini", "gpt-image-1"}, names)

	// A default model without a price, or of the wrong kind, is refused.
	_, err = openai.New(openai.Config{APIKey: key, TextModel: "mystery-model"})
	require.ErrorContains(t, err, "mystery-model")
	_, err = openai.New(openai.Config{APIKey: key, TextModel: "dall-e-3"})
	require.Error(t, err)
	_, err = openai.New(openai.Config{APIKey: key, Models: []ai.Model{{Name: "x", Kind: ai.KindText, Quality: 9}}})
	require.Error(t, err)
	require.NotContains(t, err.Error(), key)

	// The Models slice is a copy.
	p, err = openai.New(openai.Config{APIKey: key})
	require.NoError(t, err)
	ms := p.Models()
	ms[0].USDPerMInputTokens = 1000
	require.NotEqual(t, 1000.0, p.Models()[0].USDPerMInputTokens)
}

// Every call through a client with a Timeout leaves nothing running, whatever
// its answer: http.Client stops its timer for a request only when the
// answer's body is closed, and go-openai reads an error answer to a stream
// without closing it.
func TestNothingLeftRunning(t *testing.T) {
	pic := pngBytes(t)
	for name, tc := range map[string]struct {
		kind  ai.Kind
		h     http.HandlerFunc
		class ai.Class
	}{
		"text error answer": {ai.KindText, func(w http.ResponseWriter, r *http.Request) {
			openaiError(w, http.StatusServiceUnavailable, "server_error", "", "overloaded")
		}, ai.ClassServer},
		"text cut by the deadline": {ai.KindText, func(w http.ResponseWriter, r *http.Request) {
			sse(w, false, chunk("Hel"))
			<-r.Context().Done()
		}, ai.ClassTimeout},
		"image error answer": {ai.KindImage, func(w http.ResponseWriter, r *http.Request) {
			openaiError(w, http.StatusTooManyRequests, "requests", "rate_limit_exceeded", "slow down")
		}, ai.ClassRateLimited},
		"image download refused": {ai.KindImage, func(w http.ResponseWriter, r *http.Request) {
			if r.URL.Path == "/fox.png" {
				w.WriteHeader(http.StatusServiceUnavailable)
				return
			}
			imageAnswer(w, fmt.Sprintf(`{"url":"http://%s/fox.png"}`, r.Host))
		}, ai.ClassServer},
		"image": {ai.KindImage, func(w http.ResponseWriter, r *http.Request) {
			imageAnswer(w, fmt.Sprintf(`{"b64_json":%q}`, base64.StdEncoding.EncodeToString(pic)))
		}, ""},
	} {
		for transport, rt := range map[string]http.RoundTripper{
			"default transport": nil,
			// A transport http.Client does not know gets a timer goroutine.
			"own transport": headerTransport{"X-Test", "1"},
		} {
			t.Run(name+"/"+transport, func(t *testing.T) {
				ignore := goleak.IgnoreCurrent()
				srv := httptest.NewServer(tc.h)
				p := newProvider(t, srv.URL+"/v1", func(c *openai.Config) {
					c.HTTPClient = &http.Client{Timeout: time.Minute, Transport: rt}
				})
				ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
				defer cancel()
				var err error
				if tc.kind == ai.KindText {
					_, err = p.GenerateText(ctx, ai.Request{Prompt: "x"})
				} else {
					_, err = p.GenerateImage(ctx, ai.Request{Model: "dall-e-2", Prompt: "x"})
				}
				if tc.class == "" {
					require.NoError(t, err)
				} else {
					requireAIError(t, err, tc.class)
				}
				srv.Close()
				goleak.VerifyNone(t, ignore)
			})
		}
	}
}

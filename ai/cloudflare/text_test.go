package cloudflare_test

import (
	"context"
	"encoding/json"
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
	"github.com/inft-labs/inft/ai/cloudflare"
)

const chatPath = "/client/v4/accounts/" + account + "/ai/v1/chat/completions"

type chatBody struct {
	Model    string `json:"model"`
	Stream   bool   `json:"stream"`
	Messages []struct {
		Role    string `json:"role"`
		Content string `json:"content"`
	} `json:"messages"`
	MaxTokens     int `json:"max_tokens"`
	StreamOptions struct {
		IncludeUsage bool `json:"include_usage"`
	} `json:"stream_options"`
}

func TestGenerateTextStreams(t *testing.T) {
	var (
		mu  sync.Mutex
		got chatBody
		hdr http.Header
	)
	p := newProvider(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		if r.Method != http.MethodPost || r.URL.Path != chatPath {
			http.Error(w, "unexpected "+r.Method+" "+r.URL.Path, http.StatusTeapot)
			return
		}
		hdr = r.Header.Clone()
		if err := json.NewDecoder(r.Body).Decode(&got); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		sse(w,
			chunk("Neon ", "", nil),
			chunk("dragons ", "", nil),
			chunk("over Tokyo.", "", nil),
			chunk("", "stop", nil),
			chunk("", "", map[string]int{"prompt_tokens": 21, "completion_tokens": 7, "total_tokens": 28}),
			done,
		)
	}))

	var percents []int
	out, err := p.GenerateText(context.Background(), ai.Request{
		System:   "You write short NFT descriptions.",
		Prompt:   "a dragon",
		Progress: func(pct int, _ string) { percents = append(percents, pct) },
	})
	require.NoError(t, err)
	require.Equal(t, ai.KindText, out.Kind)
	require.Equal(t, ai.MIMEText, out.MIME)
	require.Equal(t, "Neon dragons over Tokyo.", string(out.Data))
	require.Equal(t, cloudflare.DefaultTextModel, out.Model)
	require.Equal(t, ai.Usage{InputTokens: 21, OutputTokens: 7}, out.Usage)

	mu.Lock()
	defer mu.Unlock()
	require.Equal(t, "Bearer "+token, hdr.Get("Authorization"))
	require.Equal(t, cloudflare.DefaultTextModel, got.Model)
	require.True(t, got.Stream)
	require.True(t, got.StreamOptions.IncludeUsage)
	require.Equal(t, cloudflare.DefaultMaxTokens, got.MaxTokens)
	require.Len(t, got.Messages, 2)
	require.Equal(t, "system", got.Messages[0].Role)
	require.Equal(t, "You write short NFT descriptions.", got.Messages[0].Content)
	require.Equal(t, "user", got.Messages[1].Role)
	require.Equal(t, "a dragon", got.Messages[1].Content)

	require.GreaterOrEqual(t, len(percents), 3, "progress: %v", percents)
	for i := 1; i < len(percents); i++ {
		require.Greater(t, percents[i], percents[i-1], "progress must grow: %v", percents)
	}
	require.Equal(t, 100, percents[len(percents)-1])
	require.Less(t, percents[len(percents)-2], 100)
}

func TestGenerateTextModelAndNoSystem(t *testing.T) {
	const model = "@cf/meta/llama-3.3-70b-instruct-fp8-fast"
	var got chatBody
	p := newProvider(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_ = json.NewDecoder(r.Body).Decode(&got)
		// No usage chunk and no finish_reason: [DONE] alone ends the answer.
		sse(w, chunk("hello", "", nil), done)
	}))
	out, err := p.GenerateText(context.Background(), ai.Request{Model: model, Prompt: "hi"})
	require.NoError(t, err)
	require.Equal(t, "hello", string(out.Data))
	require.Equal(t, model, out.Model)
	require.Equal(t, ai.Usage{}, out.Usage)
	require.Equal(t, model, got.Model)
	require.Len(t, got.Messages, 1)
	require.Equal(t, "user", got.Messages[0].Role)
}

func TestGenerateTextRefusesAnImageModel(t *testing.T) {
	p := newProvider(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		t.Error("no request expected")
	}))
	_, err := p.GenerateText(context.Background(), ai.Request{Model: cloudflare.DefaultImageModel, Prompt: "x"})
	require.Equal(t, ai.ClassNotFound, aiError(t, err).Class)
}

func TestGenerateTextErrors(t *testing.T) {
	cases := []errCase{
		{name: "400", handler: errorAnswer(400, 5004, "Invalid data type for base64 input"),
			class: ai.ClassBadRequest, status: 400, scope: scope(ai.ScopeTask)},
		{name: "400 OpenAI shape", handler: func(w http.ResponseWriter, r *http.Request) {
			writeJSON(w, 400, `{"error":{"message":"max_tokens is too large","type":"invalid_request_error","code":null}}`)
		}, class: ai.ClassBadRequest, status: 400},
		{name: "400 no such model", handler: errorAnswer(400, 5007, "No such model @cf/meta/nope or task"),
			class: ai.ClassNotFound, status: 400, scope: scope(ai.ScopeProvider)},
		{name: "401", handler: errorAnswer(401, 10000, "Authentication error"),
			class: ai.ClassAuth, status: 401, scope: scope(ai.ScopeProvider)},
		{name: "401 echoing the token", handler: func(w http.ResponseWriter, r *http.Request) {
			writeJSON(w, 401, cfError(10000, "bad credentials: "+r.Header.Get("Authorization")))
		}, class: ai.ClassAuth, status: 401},
		{name: "403", handler: errorAnswer(403, 5018, "The account is not allowed to access this model"),
			class: ai.ClassDenied, status: 403, scope: scope(ai.ScopeProvider)},
		{name: "404", handler: errorAnswer(404, 3042, "The model name is invalid"),
			class: ai.ClassNotFound, status: 404},
		{name: "429", handler: func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Retry-After", "3")
			writeJSON(w, 429, cfError(3040, "No more data centers to forward the request to"))
		}, class: ai.ClassRateLimited, status: 429, retryAfter: 3 * time.Second, scope: scope(ai.ScopeAttempt)},
		{name: "content policy", handler: errorAnswer(400, 3030, "AiError: Input prompt contains NSFW content"),
			class: ai.ClassContentPolicy, status: 400, scope: scope(ai.ScopeTask)},
		{name: "500", handler: errorAnswer(500, 3043, "Internal server error"),
			class: ai.ClassServer, status: 500},
		{name: "502 HTML", handler: func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html")
			w.WriteHeader(502)
			_, _ = io.WriteString(w, "<html><body>Bad gateway</body></html>")
		}, class: ai.ClassServer, status: 502},
		{name: "503", handler: errorAnswer(503, 0, "Service unavailable"),
			class: ai.ClassServer, status: 503, scope: scope(ai.ScopeAttempt)},
		{name: "timeout before the answer", handler: stall, class: ai.ClassTimeout, timeout: true},
		{name: "timeout inside the stream", handler: func(w http.ResponseWriter, r *http.Request) {
			sse(w, chunk("Once", "", nil))
			stall(w, r)
		}, class: ai.ClassTimeout, timeout: true},
		{name: "truncated body", handler: truncated("text/event-stream", chunk("Once upon", "", nil)+`data: {"id":"chatcmpl-4f1c","obj`),
			class: ai.ClassMalformed},
		{name: "stream ends before [DONE]", handler: func(w http.ResponseWriter, r *http.Request) {
			sse(w, chunk("Once upon", "", nil))
		}, class: ai.ClassMalformed},
		{name: "malformed JSON", handler: func(w http.ResponseWriter, r *http.Request) {
			sse(w, chunk("Once", "", nil), "data: {\"id\":\"x\",\"choices\":[{\"delta\":\n\n", done)
		}, class: ai.ClassMalformed},
		{name: "not a stream", handler: func(w http.ResponseWriter, r *http.Request) {
			writeJSON(w, 200, `{"result":{"response":"hi"},"success":true,"errors":[],"messages":[]}`)
		}, class: ai.ClassMalformed},
		{name: "empty answer", handler: func(w http.ResponseWriter, r *http.Request) {
			sse(w, chunk("", "stop", nil), done)
		}, class: ai.ClassMalformed},
		{name: "error event in the stream", handler: func(w http.ResponseWriter, r *http.Request) {
			sse(w, chunk("Once", "", nil), `data: {"error":{"message":"inference failed","type":"server_error"}}`+"\n\n")
		}, class: ai.ClassServer},
		{name: "content filter", handler: func(w http.ResponseWriter, r *http.Request) {
			sse(w, chunk("", "content_filter", nil), done)
		}, class: ai.ClassContentPolicy, scope: scope(ai.ScopeTask)},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			p := newProvider(t, tc.handler)
			ctx := context.Background()
			if tc.timeout {
				var cancel context.CancelFunc
				ctx, cancel = context.WithTimeout(ctx, 200*time.Millisecond)
				defer cancel()
			}
			start := time.Now()
			out, err := p.GenerateText(ctx, ai.Request{Prompt: "a dragon"})
			require.Empty(t, out.Data)
			checkErr(t, tc, err, time.Since(start))
		})
	}
}

// TestGenerateTextRetryAfterConcurrent checks each concurrent call gets its
// own answer's Retry-After.
func TestGenerateTextRetryAfterConcurrent(t *testing.T) {
	p := newProvider(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var b chatBody
		_ = json.NewDecoder(r.Body).Decode(&b)
		wait := strings.TrimPrefix(b.Messages[len(b.Messages)-1].Content, "wait ")
		if wait == "0" {
			sse(w, chunk("ok", "", nil), chunk("", "stop", nil), done)
			return
		}
		w.Header().Set("Retry-After", wait)
		writeJSON(w, 429, cfError(3040, "No more data centers to forward the request to"))
	}))
	var wg sync.WaitGroup
	for i := range 16 {
		wg.Go(func() {
			wait := i % 4
			out, err := p.GenerateText(context.Background(), ai.Request{Prompt: "wait " + strconv.Itoa(wait)})
			if wait == 0 {
				if err != nil || string(out.Data) != "ok" {
					t.Errorf("call %d: %q, %v", i, out.Data, err)
				}
				return
			}
			e, ok := err.(*ai.Error)
			if !ok || e.Class != ai.ClassRateLimited || e.RetryAfter != time.Duration(wait)*time.Second {
				t.Errorf("call %d: want a 429 with Retry-After %ds, got %#v", i, wait, err)
			}
		})
	}
	wg.Wait()
}

// Every call through a client with a Timeout leaves nothing running, whatever
// its answer: http.Client stops its timer for a request only when the
// answer's body is closed, and go-openai reads an error answer to a stream
// without closing it.
func TestNothingLeftRunning(t *testing.T) {
	for name, tc := range map[string]struct {
		kind    ai.Kind
		handler http.HandlerFunc
		class   ai.Class
	}{
		"text error answer": {ai.KindText, errorAnswer(503, 0, "Service unavailable"), ai.ClassServer},
		"text cut by the deadline": {ai.KindText, func(w http.ResponseWriter, r *http.Request) {
			sse(w, chunk("Once", "", nil))
			stall(w, r)
		}, ai.ClassTimeout},
		"text": {ai.KindText, func(w http.ResponseWriter, r *http.Request) {
			sse(w, chunk("Once", "", nil), chunk("", "stop", nil), done)
		}, ""},
		"image error answer": {ai.KindImage, errorAnswer(429, 3040, "No more data centers to forward the request to"), ai.ClassRateLimited},
	} {
		for transport, rt := range map[string]http.RoundTripper{
			"default transport": nil,
			// A transport http.Client does not know gets a timer goroutine.
			"own transport": roundTripper(http.DefaultTransport.RoundTrip),
		} {
			t.Run(name+"/"+transport, func(t *testing.T) {
				ignore := goleak.IgnoreCurrent()
				srv := httptest.NewServer(tc.handler)
				p, err := cloudflare.New(cloudflare.Config{AccountID: account, APIToken: token, BaseURL: srv.URL + "/client/v4",
					HTTPClient: &http.Client{Timeout: time.Minute, Transport: rt}})
				require.NoError(t, err)
				ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
				defer cancel()
				if tc.kind == ai.KindText {
					_, err = p.GenerateText(ctx, ai.Request{Prompt: "a dragon"})
				} else {
					_, err = p.GenerateImage(ctx, ai.Request{Prompt: "a dragon"})
				}
				if tc.class == "" {
					require.NoError(t, err)
				} else {
					require.Equal(t, tc.class, aiError(t, err).Class)
				}
				srv.Close()
				goleak.VerifyNone(t, ignore)
			})
		}
	}
}

type roundTripper func(*http.Request) (*http.Response, error)

func (f roundTripper) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }

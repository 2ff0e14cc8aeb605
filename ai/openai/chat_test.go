package openai_test

import (
	"context"
	"net/http"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/inft-labs/inft/ai"
	"github.com/inft-labs/inft/ai/openai"
)

// deltaLog collects Delta calls.
type deltaLog struct {
	mu     sync.Mutex
	pieces []string
}

func (l *deltaLog) fn(s string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.pieces = append(l.pieces, s)
}

func (l *deltaLog) got() []string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return append([]string(nil), l.pieces...)
}

var history = []ai.ChatMessage{
	{Role: ai.RoleUser, Content: "Hi, who are you?"},
	{Role: ai.RoleAssistant, Content: "A lighthouse keeper."},
}

func lengthChunk() string {
	return `{"id":"chatcmpl-1","object":"chat.completion.chunk","created":1700000000,"model":"gpt-4o-mini-2024-07-18","choices":[{"index":0,"delta":{},"logprobs":null,"finish_reason":"length"}],"usage":null}`
}

func TestChatStream(t *testing.T) {
	srv := newServer(t, func(w http.ResponseWriter, r *http.Request) {
		sse(w, true, roleChunk, chunk("Hel"), chunk("lo, "), chunk("wor"), chunk("ld"), finishChunk, usageChunk)
	})
	p := newProvider(t, srv.URL+"/v1")
	var d deltaLog
	out, err := p.GenerateText(context.Background(), ai.Request{
		System: "Be terse.", History: history, Prompt: "Say hello", MaxTokens: 50, Delta: d.fn,
	})
	require.NoError(t, err)
	require.Equal(t, []string{"Hel", "lo, ", "wor", "ld"}, d.got(), "each non-empty piece, in order")
	require.Equal(t, strings.Join(d.got(), ""), string(out.Data))
	require.False(t, out.Truncated)
	require.Equal(t, ai.Usage{InputTokens: 12, OutputTokens: 3}, out.Usage)

	req := srv.last(t)
	require.Equal(t, []any{
		map[string]any{"role": "system", "content": "Be terse."},
		map[string]any{"role": "user", "content": "Hi, who are you?"},
		map[string]any{"role": "assistant", "content": "A lighthouse keeper."},
		map[string]any{"role": "user", "content": "Say hello"},
	}, req.Body["messages"])
	require.Equal(t, float64(50), req.Body["max_completion_tokens"])
	require.NotContains(t, req.Body, "max_tokens", "OpenAI deprecates max_tokens")

	// No limit asked: none sent.
	_, err = p.GenerateText(context.Background(), ai.Request{Prompt: "Say hello"})
	require.NoError(t, err)
	req = srv.last(t)
	require.NotContains(t, req.Body, "max_completion_tokens")
	require.NotContains(t, req.Body, "max_tokens")
}

func TestChatGeminiMaxTokens(t *testing.T) {
	srv := newServer(t, func(w http.ResponseWriter, r *http.Request) {
		sse(w, true,
			`{"choices":[{"delta":{"content":"Bonjour","role":"assistant"},"index":0}],"created":1700000000,"model":"gemini-2.0-flash","object":"chat.completion.chunk"}`,
			`{"choices":[{"delta":{"content":" le","role":"assistant"},"finish_reason":"length","index":0}],"created":1700000000,"model":"gemini-2.0-flash","object":"chat.completion.chunk","usage":{"completion_tokens":2,"prompt_tokens":9,"total_tokens":11}}`)
	})
	p, err := openai.NewGemini(openai.Config{APIKey: key, BaseURL: srv.URL + "/v1beta/openai/"})
	require.NoError(t, err)
	var d deltaLog
	out, err := p.GenerateText(context.Background(), ai.Request{History: history, Prompt: "In French", MaxTokens: 2, Delta: d.fn})
	require.NoError(t, err)
	require.Equal(t, []string{"Bonjour", " le"}, d.got())
	require.Equal(t, "Bonjour le", string(out.Data))
	require.True(t, out.Truncated, `finish_reason "length"`)

	req := srv.last(t)
	require.Equal(t, float64(2), req.Body["max_tokens"])
	require.NotContains(t, req.Body, "max_completion_tokens")
	require.Len(t, req.Body["messages"], 3)
}

func TestChatTruncatedIsNotAnError(t *testing.T) {
	srv := newServer(t, func(w http.ResponseWriter, r *http.Request) {
		sse(w, true, roleChunk, chunk("Once upon"), chunk(" a"), lengthChunk(), usageChunk)
	})
	p := newProvider(t, srv.URL+"/v1")
	var d deltaLog
	out, err := p.GenerateText(context.Background(), ai.Request{Prompt: "A story", MaxTokens: 3, Delta: d.fn})
	require.NoError(t, err)
	require.True(t, out.Truncated)
	require.Equal(t, "Once upon a", string(out.Data))
	require.Equal(t, []string{"Once upon", " a"}, d.got())

	// A plain generation is truncated the same way; stopping is not failing.
	out, err = p.GenerateText(context.Background(), ai.Request{Prompt: "A story"})
	require.NoError(t, err)
	require.True(t, out.Truncated)
}

// A stream that fails after some deltas is an error, classified as before;
// the deltas already given stay given.
func TestChatFailsMidStream(t *testing.T) {
	for _, tc := range []struct {
		name  string
		h     http.HandlerFunc
		class ai.Class
	}{
		{"error event", func(w http.ResponseWriter, r *http.Request) {
			sse(w, false, chunk("Hel"), chunk("lo"), `{"error":{"message":"The server had an error while processing your request.","type":"server_error","param":null,"code":null}}`)
		}, ai.ClassServer},
		{"cut before [DONE]", func(w http.ResponseWriter, r *http.Request) {
			sse(w, false, roleChunk, chunk("Hel"), chunk("lo"))
		}, ai.ClassMalformed},
		{"cut by the connection", func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Length", "10000")
			sse(w, false, chunk("Hel"), chunk("lo"))
		}, ai.ClassMalformed},
		{"content filter", func(w http.ResponseWriter, r *http.Request) {
			sse(w, true, chunk("Hel"), chunk("lo"), `{"id":"chatcmpl-1","object":"chat.completion.chunk","choices":[{"index":0,"delta":{},"finish_reason":"content_filter"}]}`, usageChunk)
		}, ai.ClassContentPolicy},
	} {
		t.Run(tc.name, func(t *testing.T) {
			srv := newServer(t, tc.h)
			p := newProvider(t, srv.URL+"/v1")
			var d deltaLog
			out, err := p.GenerateText(context.Background(), ai.Request{Prompt: "x", Delta: d.fn})
			requireAIError(t, err, tc.class)
			require.Equal(t, []string{"Hel", "lo"}, d.got())
			if tc.class == ai.ClassContentPolicy {
				require.Equal(t, ai.Usage{InputTokens: 12, OutputTokens: 3}, out.Usage, "the usage reported comes with the error")
			}
		})
	}
}

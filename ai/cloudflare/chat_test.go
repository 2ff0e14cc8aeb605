package cloudflare_test

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/inft-labs/inft/ai"
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

func TestChatStream(t *testing.T) {
	var (
		mu  sync.Mutex
		got chatBody
		raw map[string]any
	)
	p := newProvider(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		mu.Lock()
		_ = json.Unmarshal(b, &got)
		_ = json.Unmarshal(b, &raw)
		mu.Unlock()
		sse(w,
			chunk("", "", nil), // the role's empty delta
			chunk("Neon ", "", nil),
			chunk("dragons ", "", nil),
			chunk("over Tokyo.", "", nil),
			chunk("", "stop", nil),
			chunk("", "", map[string]int{"prompt_tokens": 30, "completion_tokens": 7, "total_tokens": 37}),
			done,
		)
	}))
	var d deltaLog
	out, err := p.GenerateText(context.Background(), ai.Request{
		System: "You are a dragon.",
		History: []ai.ChatMessage{
			{Role: ai.RoleUser, Content: "Where do you fly?"},
			{Role: ai.RoleAssistant, Content: "Over cities."},
		},
		Prompt:    "Which one?",
		MaxTokens: 64,
		Delta:     d.fn,
	})
	require.NoError(t, err)
	require.Equal(t, []string{"Neon ", "dragons ", "over Tokyo."}, d.got(), "each non-empty piece, in order")
	require.Equal(t, strings.Join(d.got(), ""), string(out.Data))
	require.False(t, out.Truncated)
	require.Equal(t, ai.Usage{InputTokens: 30, OutputTokens: 7}, out.Usage)

	mu.Lock()
	defer mu.Unlock()
	var msgs [][2]string
	for _, m := range got.Messages {
		msgs = append(msgs, [2]string{m.Role, m.Content})
	}
	require.Equal(t, [][2]string{
		{"system", "You are a dragon."},
		{"user", "Where do you fly?"},
		{"assistant", "Over cities."},
		{"user", "Which one?"},
	}, msgs)
	require.Equal(t, 64, got.MaxTokens, "the request's limit wins over Config.MaxTokens")
	require.NotContains(t, raw, "max_completion_tokens", "Workers AI's schema has max_tokens")
}

func TestChatTruncatedIsNotAnError(t *testing.T) {
	p := newProvider(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_, _ = io.Copy(io.Discard, r.Body)
		sse(w, chunk("Once ", "", nil), chunk("upon", "", nil), chunk("", "length", nil), done)
	}))
	var d deltaLog
	out, err := p.GenerateText(context.Background(), ai.Request{Prompt: "A story", MaxTokens: 2, Delta: d.fn})
	require.NoError(t, err)
	require.True(t, out.Truncated, `finish_reason "length"`)
	require.Equal(t, "Once upon", string(out.Data))
	require.Equal(t, []string{"Once ", "upon"}, d.got())
}

// A stream that fails after some deltas is an error, classified as before;
// the deltas already given stay given.
func TestChatFailsMidStream(t *testing.T) {
	for _, tc := range []struct {
		name  string
		h     http.HandlerFunc
		class ai.Class
	}{
		{"cut before [DONE]", func(w http.ResponseWriter, r *http.Request) {
			_, _ = io.Copy(io.Discard, r.Body)
			sse(w, chunk("Neon ", "", nil), chunk("dragons", "", nil))
		}, ai.ClassMalformed},
		{"cut by the connection", truncated("text/event-stream", chunk("Neon ", "", nil)+chunk("dragons", "", nil)), ai.ClassMalformed},
		{"error event", func(w http.ResponseWriter, r *http.Request) {
			_, _ = io.Copy(io.Discard, r.Body)
			sse(w, chunk("Neon ", "", nil), chunk("dragons", "", nil),
				`data: {"error":{"message":"internal error","type":"server_error","code":null}}`+"\n\n")
		}, ai.ClassServer},
		{"content filter", func(w http.ResponseWriter, r *http.Request) {
			_, _ = io.Copy(io.Discard, r.Body)
			sse(w, chunk("Neon ", "", nil), chunk("dragons", "", nil), chunk("", "content_filter", nil),
				chunk("", "", map[string]int{"prompt_tokens": 5, "completion_tokens": 2, "total_tokens": 7}), done)
		}, ai.ClassContentPolicy},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := newProvider(t, tc.h)
			var d deltaLog
			out, err := p.GenerateText(context.Background(), ai.Request{Prompt: "x", Delta: d.fn})
			e := aiError(t, err)
			require.Equal(t, tc.class, e.Class, "error: %v", err)
			require.Equal(t, []string{"Neon ", "dragons"}, d.got())
			if tc.class == ai.ClassContentPolicy {
				require.Equal(t, ai.Usage{InputTokens: 5, OutputTokens: 2}, out.Usage, "the usage reported comes with the error")
			}
		})
	}
}

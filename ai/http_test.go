package ai_test

import (
	"context"
	"io"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/inft-labs/inft/ai"
)

// answer is a transport that gives every request the same answer and
// remembers whether its body was closed.
type answer struct {
	status int
	header http.Header
	body   string
	closed atomic.Bool
}

func (a *answer) RoundTrip(req *http.Request) (*http.Response, error) {
	return &http.Response{
		StatusCode: a.status, Status: http.StatusText(a.status), Header: a.header,
		Body: &closeSpy{Reader: strings.NewReader(a.body), closed: &a.closed}, Request: req,
	}, nil
}

type closeSpy struct {
	io.Reader
	closed *atomic.Bool
}

func (b *closeSpy) Close() error { b.closed.Store(true); return nil }

func do(t *testing.T, c *ai.HTTPClient, ctx context.Context, accept string) *http.Response {
	t.Helper()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, "http://provider.test/v1/chat/completions", nil)
	require.NoError(t, err)
	if accept != "" {
		req.Header.Set("Accept", accept)
	}
	resp, err := c.Do(req)
	require.NoError(t, err)
	return resp
}

// An error answer comes back read, capped and closed (go-openai does not
// close one to a stream, and the client's timer runs until it is closed),
// and its status and Retry-After are the call's.
func TestHTTPClientErrorAnswer(t *testing.T) {
	t.Parallel()
	a := &answer{status: http.StatusTooManyRequests, header: http.Header{"Retry-After": {"7"}},
		body: `{"error":"slow down"}` + strings.Repeat(" ", 2*ai.MaxErrorBody)}
	c := ai.NewHTTPClient(&http.Client{Timeout: time.Minute, Transport: a}, 1024)
	ctx, call := ai.WithCall(context.Background())

	resp := do(t, c, ctx, "text/event-stream")
	require.True(t, a.closed.Load(), "the real body is closed before the answer is handed over")
	b, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	require.Len(t, b, ai.MaxErrorBody, "the cap of an error answer, not the client's")
	require.True(t, strings.HasPrefix(string(b), `{"error":"slow down"}`))
	require.Equal(t, int64(ai.MaxErrorBody), resp.ContentLength)
	status, retryAfter := call.Last()
	require.Equal(t, http.StatusTooManyRequests, status)
	require.Equal(t, 7*time.Second, retryAfter)
	require.False(t, call.StreamDone())
}

// A successful answer is capped; a request without a call is answered all
// the same.
func TestHTTPClientCapsAnswers(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		size    int
		maxBody int64
		tooBig  bool
	}{
		{size: 1024, maxBody: 1024},
		{size: 1025, maxBody: 1024, tooBig: true},
		{size: 1 << 20, maxBody: 0},
	} {
		a := &answer{status: http.StatusOK, body: strings.Repeat("a", tc.size)}
		c := ai.NewHTTPClient(&http.Client{Transport: a}, tc.maxBody)
		resp := do(t, c, context.Background(), "")
		b, err := io.ReadAll(resp.Body)
		require.NoError(t, resp.Body.Close())
		require.True(t, a.closed.Load())
		if tc.tooBig {
			require.ErrorIs(t, err, ai.ErrAnswerTooLarge)
			require.LessOrEqual(t, int64(len(b)), tc.maxBody+1)
			continue
		}
		require.NoError(t, err)
		require.Len(t, b, tc.size)
	}
}

// A call tells a stream read up to "data: [DONE]" from one cut short.
func TestCallStreamDone(t *testing.T) {
	t.Parallel()
	event := "data: {\"choices\":[{\"delta\":{\"content\":\"hi\"}}]}\n\n"
	for _, tc := range []struct {
		name, body, accept string
		done               bool
	}{
		{"done", event + "data: [DONE]\n\n", "text/event-stream", true},
		{"no space, CRLF", event + "data:[DONE]\r\n\r\n", "text/event-stream", true},
		{"no final newline", event + "data: [DONE]", "text/event-stream", true},
		{"cut short", event, "text/event-stream", false},
		{"[DONE] inside a long line", "data: " + strings.Repeat("x", 100) + " data: [DONE]\n\n", "text/event-stream", false},
		{"[DONE] inside an event", `data: {"content":"data: [DONE]"}` + "\n\n", "text/event-stream", false},
		{"not asked for a stream", event + "data: [DONE]\n\n", "application/json", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			c := ai.NewHTTPClient(&http.Client{Transport: &answer{status: http.StatusOK, body: tc.body}}, 0)
			ctx, call := ai.WithCall(context.Background())
			resp := do(t, c, ctx, tc.accept)
			b, err := io.ReadAll(resp.Body)
			require.NoError(t, err)
			require.NoError(t, resp.Body.Close())
			require.Equal(t, tc.body, string(b), "the stream passes through unchanged")
			require.Equal(t, tc.done, call.StreamDone())
			status, _ := call.Last()
			require.Equal(t, http.StatusOK, status)
		})
	}
}

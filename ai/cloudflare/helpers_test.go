package cloudflare_test

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/inft-labs/inft/ai"
	"github.com/inft-labs/inft/ai/cloudflare"
)

const (
	account = "acc123"
	token   = "cf-test-token-5ecr3t-value"
)

// newProvider points a provider at an httptest server.
func newProvider(t *testing.T, h http.Handler, edit ...func(*cloudflare.Config)) *cloudflare.Provider {
	t.Helper()
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	cfg := cloudflare.Config{AccountID: account, APIToken: token, BaseURL: srv.URL + "/client/v4"}
	for _, e := range edit {
		e(&cfg)
	}
	p, err := cloudflare.New(cfg)
	require.NoError(t, err)
	return p
}

// cfError is Cloudflare's v4 error envelope.
func cfError(code int, msg string) string {
	b, _ := json.Marshal(map[string]any{
		"success":  false,
		"errors":   []map[string]any{{"code": code, "message": msg}},
		"messages": []any{},
		"result":   nil,
	})
	return string(b)
}

// cfImage is flux-1-schnell's answer.
func cfImage(img []byte) string {
	b, _ := json.Marshal(map[string]any{
		"result":   map[string]string{"image": base64.StdEncoding.EncodeToString(img)},
		"success":  true,
		"errors":   []any{},
		"messages": []any{},
	})
	return string(b)
}

func writeJSON(w http.ResponseWriter, status int, body string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_, _ = io.WriteString(w, body)
}

// errorAnswer answers status with Cloudflare's envelope.
func errorAnswer(status, code int, msg string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		_, _ = io.Copy(io.Discard, r.Body)
		writeJSON(w, status, cfError(code, msg))
	}
}

// chunk is one OpenAI chat.completion.chunk as the OpenAI-compatible endpoint streams it.
func chunk(content, finish string, usage map[string]int) string {
	choice := map[string]any{"index": 0, "delta": map[string]any{"role": "assistant", "content": content}, "logprobs": nil, "finish_reason": nil}
	if finish != "" {
		choice["finish_reason"] = finish
		choice["delta"] = map[string]any{}
	}
	m := map[string]any{
		"id": "chatcmpl-4f1c", "object": "chat.completion.chunk", "created": 1730000000,
		"model":   cloudflare.DefaultTextModel,
		"choices": []any{choice},
	}
	if usage != nil {
		m["choices"] = []any{}
		m["usage"] = usage
	}
	b, _ := json.Marshal(m)
	return "data: " + string(b) + "\n\n"
}

// sse writes server-sent events, flushing each.
func sse(w http.ResponseWriter, events ...string) {
	w.Header().Set("Content-Type", "text/event-stream")
	w.Header().Set("Cache-Control", "no-cache")
	w.WriteHeader(http.StatusOK)
	for _, e := range events {
		_, _ = io.WriteString(w, e)
		w.(http.Flusher).Flush()
	}
}

const done = "data: [DONE]\n\n"

// truncated answers 200 with a Content-Length it does not honour, then drops
// the connection.
func truncated(contentType, partial string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		_, _ = io.Copy(io.Discard, r.Body)
		conn, buf, err := w.(http.Hijacker).Hijack()
		if err != nil {
			panic(err)
		}
		defer conn.Close()
		fmt.Fprintf(buf, "HTTP/1.1 200 OK\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s", contentType, len(partial)+500, partial)
		_ = buf.Flush()
	}
}

// stall waits past any test deadline, or until the client gives up.
func stall(w http.ResponseWriter, r *http.Request) {
	// The server notices the client leaving only once the body is read.
	_, _ = io.Copy(io.Discard, r.Body)
	select {
	case <-r.Context().Done():
	case <-time.After(5 * time.Second):
	}
}

func testImage() image.Image {
	img := image.NewRGBA(image.Rect(0, 0, 16, 16))
	for y := range 16 {
		for x := range 16 {
			img.Set(x, y, color.RGBA{R: uint8(x * 16), G: uint8(y * 16), B: 128, A: 255})
		}
	}
	return img
}

func pngBytes(t *testing.T) []byte {
	t.Helper()
	var b bytes.Buffer
	require.NoError(t, png.Encode(&b, testImage()))
	return b.Bytes()
}

func jpegBytes(t *testing.T) []byte {
	t.Helper()
	var b bytes.Buffer
	require.NoError(t, jpeg.Encode(&b, testImage(), nil))
	return b.Bytes()
}

// aiError checks err is the provider's *ai.Error and never shows the token.
func aiError(t *testing.T, err error) *ai.Error {
	t.Helper()
	require.Error(t, err)
	var e *ai.Error
	require.True(t, errors.As(err, &e), "not an *ai.Error: %T %v", err, err)
	require.Equal(t, cloudflare.Name, e.Provider)
	require.NotContains(t, err.Error(), token)
	require.NotContains(t, e.Message, token)
	for u := errors.Unwrap(err); u != nil; u = errors.Unwrap(u) {
		require.NotContains(t, u.Error(), token)
	}
	return e
}

// errCase is one error answer and the error it must make.
type errCase struct {
	name       string
	handler    http.HandlerFunc
	class      ai.Class
	status     int
	retryAfter time.Duration
	scope      *ai.Scope
	timeout    bool // call with a short deadline
}

func scope(s ai.Scope) *ai.Scope { return &s }

func checkErr(t *testing.T, tc errCase, err error, took time.Duration) {
	t.Helper()
	e := aiError(t, err)
	t.Logf("%v", err)
	require.Equal(t, tc.class, e.Class, "error: %v", err)
	require.Equal(t, tc.class, ai.ClassOf(err))
	if tc.status != 0 {
		require.Equal(t, tc.status, e.Status)
	}
	require.Equal(t, tc.retryAfter, e.RetryAfter)
	if tc.scope != nil {
		require.Equal(t, *tc.scope, e.Class.Scope())
	}
	if tc.timeout {
		require.Less(t, took, 3*time.Second, "the deadline was not honoured")
	}
	require.False(t, strings.Contains(fmt.Sprintf("%+v", err), token))
}

package backoff

import (
	"context"
	"net/http"
	"strconv"
	"strings"
	"sync/atomic"
	"time"
)

// RetryAfter parses a Retry-After header, in seconds or as an HTTP date; 0 if
// it is absent, unparsable or in the past.
func RetryAfter(h http.Header, now time.Time) time.Duration {
	v := strings.TrimSpace(h.Get("Retry-After"))
	if v == "" {
		return 0
	}
	if s, err := strconv.Atoi(v); err == nil && s >= 0 {
		return time.Duration(s) * time.Second
	}
	if t, err := http.ParseTime(v); err == nil && t.After(now) {
		return t.Sub(now)
	}
	return 0
}

// Hint carries a server's Retry-After from the transport that read the answer
// to the code that retries the call, in the request's context: go-ethereum's
// RPC client keeps an error answer's status and body (rpc.HTTPError) but
// drops its headers. A nil Hint holds no wait.
type Hint struct {
	retryAfter atomic.Int64 // a time.Duration
}

type hintKey struct{}

// WithHint returns a context carrying a new Hint, for one attempt of a call.
func WithHint(ctx context.Context) (context.Context, *Hint) {
	h := &Hint{}
	return context.WithValue(ctx, hintKey{}, h), h
}

// RetryAfter is the Retry-After of the attempt's last error answer, 0 if none.
func (h *Hint) RetryAfter() time.Duration {
	if h == nil {
		return 0
	}
	return time.Duration(h.retryAfter.Load())
}

// Transport wraps base (nil: http.DefaultTransport) so that each error answer
// (status 400 and up) to a request whose context carries a Hint records its
// Retry-After there. Install it in the HTTP client of an RPC connection:
//
//	rpc.DialOptions(ctx, url, rpc.WithHTTPClient(&http.Client{Transport: backoff.Transport(nil)}))
func Transport(base http.RoundTripper) http.RoundTripper {
	if base == nil {
		base = http.DefaultTransport
	}
	return hintTransport{base: base}
}

type hintTransport struct{ base http.RoundTripper }

func (t hintTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	resp, err := t.base.RoundTrip(req)
	if err != nil || resp.StatusCode < 400 {
		return resp, err
	}
	if h, ok := req.Context().Value(hintKey{}).(*Hint); ok {
		h.retryAfter.Store(int64(RetryAfter(resp.Header, time.Now())))
	}
	return resp, nil
}

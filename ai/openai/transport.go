package openai

import (
	"bytes"
	"context"
	"errors"
	"io"
	"net/http"
	"sync"
	"time"

	"github.com/inft-labs/inft/internal/backoff"
)

// maxErrorBody caps what is read of an error answer.
const maxErrorBody = 64 << 10

// errBodyTooLarge ends the reading of a successful answer past the cap.
var errBodyTooLarge = errors.New("answer larger than allowed")

// call remembers, for one Generate call, what go-openai does not expose: the
// status and the Retry-After of the last answer. It travels in the request's
// context.
type call struct {
	mu         sync.Mutex
	status     int
	retryAfter time.Duration
}

type callKey struct{}

func withCall(ctx context.Context) (context.Context, *call) {
	c := &call{}
	return context.WithValue(ctx, callKey{}, c), c
}

func (c *call) record(resp *http.Response) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.status = resp.StatusCode
	c.retryAfter = backoff.RetryAfter(resp.Header, time.Now())
}

// last returns the last answer's status (0 if none came) and Retry-After.
func (c *call) last() (int, time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.status, c.retryAfter
}

// recorder is the provider's http.RoundTripper: it records each answer in the
// request's call, buffers error answers (capped, and closed, which go-openai
// does not always do) and caps the body of the others.
type recorder struct {
	base    http.RoundTripper
	maxBody int64
}

func (t *recorder) RoundTrip(req *http.Request) (*http.Response, error) {
	resp, err := t.base.RoundTrip(req)
	if err != nil {
		return resp, err
	}
	if c, ok := req.Context().Value(callKey{}).(*call); ok {
		c.record(resp)
	}
	if resp.StatusCode >= 200 && resp.StatusCode < 300 {
		resp.Body = &cappedBody{ReadCloser: resp.Body, left: t.maxBody}
		return resp, nil
	}
	// A read error keeps what was read: the status says enough.
	b, _ := io.ReadAll(io.LimitReader(resp.Body, maxErrorBody))
	_ = resp.Body.Close()
	resp.Body = io.NopCloser(bytes.NewReader(b))
	resp.ContentLength = int64(len(b))
	return resp, nil
}

// cappedBody fails with errBodyTooLarge past its cap.
type cappedBody struct {
	io.ReadCloser
	left int64
}

func (b *cappedBody) Read(p []byte) (int, error) {
	if b.left < 0 {
		return 0, errBodyTooLarge
	}
	if int64(len(p)) > b.left+1 {
		p = p[:b.left+1]
	}
	n, err := b.ReadCloser.Read(p)
	b.left -= int64(n)
	if b.left < 0 {
		return n, errBodyTooLarge
	}
	return n, err
}

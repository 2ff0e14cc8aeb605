package ai

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/inft-labs/inft/internal/backoff"
)

// MaxErrorBody caps what is read of an error answer.
const MaxErrorBody = 64 << 10

// ErrAnswerTooLarge ends the reading of a successful answer past its
// HTTPClient's cap.
var ErrAnswerTooLarge = errors.New("answer larger than allowed")

// Call is what a provider's HTTPClient saw of the answers to one call and
// go-openai does not expose: the status and Retry-After of the last answer,
// and whether an event stream reached "data: [DONE]" (go-openai ends a stream
// cut short as it ends a complete one). It travels in the request's context
// (WithCall), so concurrent calls never share one.
type Call struct {
	mu         sync.Mutex
	status     int
	retryAfter time.Duration
	streamDone bool
}

type callKey struct{}

// WithCall returns ctx carrying a new Call, for the requests made with it.
func WithCall(ctx context.Context) (context.Context, *Call) {
	c := &Call{}
	return context.WithValue(ctx, callKey{}, c), c
}

// Last returns the last answer's status (0 if none came) and Retry-After.
func (c *Call) Last() (status int, retryAfter time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.status, c.retryAfter
}

// StreamDone says whether an event stream answered to the call was read up to
// its "data: [DONE]" line.
func (c *Call) StreamDone() bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.streamDone
}

func (c *Call) record(resp *http.Response) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.status = resp.StatusCode
	c.retryAfter = backoff.RetryAfter(resp.Header, time.Now())
}

func (c *Call) markStreamDone() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.streamDone = true
}

// HTTPClient is a provider's HTTP client, for its own calls and as go-openai's
// HTTPDoer. It records each answer in the request's Call, when it carries one;
// it hands over an error answer (any status outside 2xx) read, capped at
// MaxErrorBody, and closed, and the body of a successful one capped.
type HTTPClient struct {
	client  *http.Client
	maxBody int64
}

// NewHTTPClient returns an HTTPClient that makes its requests with c, as it
// is, and fails the reading of a successful answer with ErrAnswerTooLarge past
// maxBody bytes (no cap when 0).
func NewHTTPClient(c *http.Client, maxBody int64) *HTTPClient {
	return &HTTPClient{client: c, maxBody: maxBody}
}

// Do sends req and returns its answer, whose body the caller closes.
func (c *HTTPClient) Do(req *http.Request) (*http.Response, error) {
	resp, err := c.client.Do(req)
	if err != nil {
		return resp, err
	}
	call, _ := req.Context().Value(callKey{}).(*Call)
	if call != nil {
		call.record(resp)
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		// go-openai reads an error answer to a stream but never closes it, and
		// an http.Client with a Timeout stops the request's timer (a goroutine,
		// for a transport it does not know) only when the body is closed. A
		// read error keeps what was read: the status says enough.
		b, _ := io.ReadAll(io.LimitReader(resp.Body, MaxErrorBody))
		_ = resp.Body.Close()
		resp.Body = io.NopCloser(bytes.NewReader(b))
		resp.ContentLength = int64(len(b))
		return resp, nil
	}
	if c.maxBody > 0 {
		resp.Body = &cappedBody{ReadCloser: resp.Body, left: c.maxBody}
	}
	if call != nil && strings.Contains(req.Header.Get("Accept"), "text/event-stream") {
		resp.Body = &streamWatcher{ReadCloser: resp.Body, call: call}
	}
	return resp, nil
}

// cappedBody fails with ErrAnswerTooLarge past its cap.
type cappedBody struct {
	io.ReadCloser
	left int64
}

func (b *cappedBody) Read(p []byte) (int, error) {
	if b.left < 0 {
		return 0, ErrAnswerTooLarge
	}
	if int64(len(p)) > b.left+1 {
		p = p[:b.left+1]
	}
	n, err := b.ReadCloser.Read(p)
	b.left -= int64(n)
	if b.left < 0 {
		return n, ErrAnswerTooLarge
	}
	return n, err
}

// streamWatcher passes an event stream through, noting a "data: [DONE]" line
// in its Call.
type streamWatcher struct {
	io.ReadCloser
	call *Call
	line []byte // the start of the current line
	long bool   // the current line is longer than any [DONE] line
}

const maxDoneLine = 64

func (w *streamWatcher) Read(p []byte) (int, error) {
	n, err := w.ReadCloser.Read(p)
	for _, ch := range p[:n] {
		switch {
		case ch == '\n':
			w.endLine()
		case len(w.line) < maxDoneLine:
			w.line = append(w.line, ch)
		default:
			w.long = true
		}
	}
	if err == io.EOF {
		w.endLine()
	}
	return n, err
}

func (w *streamWatcher) endLine() {
	if !w.long {
		l := bytes.TrimSpace(w.line)
		if rest, ok := bytes.CutPrefix(l, []byte("data:")); ok && string(bytes.TrimSpace(rest)) == "[DONE]" {
			w.call.markStreamDone()
		}
	}
	w.line = w.line[:0]
	w.long = false
}

// ReadCapped reads all of r, failing with ClassTooLarge past max bytes.
func ReadCapped(provider string, r io.Reader, max int64) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, &Error{Provider: provider, Class: ClassMalformed, Message: "reading the answer: " + err.Error(), Err: err}
	}
	if int64(len(b)) > max {
		return nil, &Error{Provider: provider, Class: ClassTooLarge, Message: fmt.Sprintf("answer larger than %d bytes", max)}
	}
	return b, nil
}

// Trim shortens a provider's message for logs and on-chain reasons.
func Trim(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) <= n {
		return s
	}
	return strings.ToValidUTF8(s[:n], "") + "…" // never half a character
}

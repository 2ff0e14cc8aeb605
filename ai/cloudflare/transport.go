package cloudflare

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"sync/atomic"
	"time"

	"github.com/inft-labs/inft/internal/backoff"
)

// call records what the transport saw for one text generation: go-openai
// neither exposes an error answer's headers (Retry-After) nor tells a stream
// that ended with "data: [DONE]" from one that was cut short. Each generation
// has its own call, carried by its request's context, so concurrent
// generations never share one; the fields are atomic all the same.
type call struct {
	status     atomic.Int64
	retryAfter atomic.Int64 // a time.Duration
	done       atomic.Bool  // "data: [DONE]" was read
}

type callKey struct{}

func withCall(ctx context.Context) (context.Context, *call) {
	c := &call{}
	return context.WithValue(ctx, callKey{}, c), c
}

// recorder wraps the HTTP client's transport: it caps error answers and, for a
// request that carries a call, records the status, Retry-After and whether the
// event stream reached [DONE].
type recorder struct {
	next http.RoundTripper
}

func (t *recorder) RoundTrip(req *http.Request) (*http.Response, error) {
	resp, err := t.next.RoundTrip(req)
	if err != nil || resp == nil {
		return resp, err
	}
	if resp.StatusCode >= 400 {
		resp.Body = cappedBody{Reader: io.LimitReader(resp.Body, maxErrorBody), Closer: resp.Body}
	}
	c, _ := req.Context().Value(callKey{}).(*call)
	if c == nil {
		return resp, nil
	}
	c.status.Store(int64(resp.StatusCode))
	c.retryAfter.Store(int64(backoff.RetryAfter(resp.Header, time.Now())))
	if resp.StatusCode < 300 {
		resp.Body = &doneWatcher{rc: resp.Body, c: c}
	}
	return resp, nil
}

type cappedBody struct {
	io.Reader
	io.Closer
}

// doneWatcher passes an event stream through, noting a "data: [DONE]" line.
type doneWatcher struct {
	rc   io.ReadCloser
	c    *call
	line []byte // the start of the current line
	long bool   // the current line is longer than any [DONE] line
}

const maxDoneLine = 64

func (w *doneWatcher) Read(b []byte) (int, error) {
	n, err := w.rc.Read(b)
	for _, ch := range b[:n] {
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

func (w *doneWatcher) endLine() {
	if !w.long {
		l := bytes.TrimSpace(w.line)
		if rest, ok := bytes.CutPrefix(l, []byte("data:")); ok && string(bytes.TrimSpace(rest)) == "[DONE]" {
			w.c.done.Store(true)
		}
	}
	w.line = w.line[:0]
	w.long = false
}

func (w *doneWatcher) Close() error { return w.rc.Close() }

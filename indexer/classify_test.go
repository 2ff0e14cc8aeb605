package indexer_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/require"

	"github.com/inft-labs/inft/indexer"
	"github.com/inft-labs/inft/internal/backoff"
)

// jsonRPCError is a JSON-RPC error as go-ethereum's client returns it: an
// rpc.Error and an rpc.DataError.
type jsonRPCError struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
	Data    any    `json:"data"`
}

func (e *jsonRPCError) Error() string  { return e.Message }
func (e *jsonRPCError) ErrorCode() int { return e.Code }
func (e *jsonRPCError) ErrorData() any { return e.Data }

var (
	_ rpc.Error     = (*jsonRPCError)(nil)
	_ rpc.DataError = (*jsonRPCError)(nil)
)

// asClientError is the error go-ethereum's RPC client returns for the
// refusal, and the Retry-After header that backoff.Transport hands over.
func (r refusal) asClientError(t *testing.T) (error, time.Duration) {
	t.Helper()
	h := http.Header{}
	for k, v := range r.header {
		h.Set(k, v)
	}
	retryAfter := backoff.RetryAfter(h, time.Now())
	status := max(r.status, http.StatusOK)
	if status != http.StatusOK {
		body := r.body
		if r.rpcError != "" {
			body = `{"jsonrpc":"2.0","id":1,"error":` + r.rpcError + `}`
		}
		return rpc.HTTPError{StatusCode: status, Status: fmt.Sprintf("%d %s", status, http.StatusText(status)), Body: []byte(body)}, retryAfter
	}
	e := &jsonRPCError{}
	require.NoError(t, json.Unmarshal([]byte(r.rpcError), e))
	return e, retryAfter
}

type timeoutError struct{}

func (timeoutError) Error() string   { return "i/o timeout" }
func (timeoutError) Timeout() bool   { return true }
func (timeoutError) Temporary() bool { return true }

var _ net.Error = timeoutError{}

// TestClassify: every provider's rate limit is a rate limit and every refusal
// of a range too big is one, whatever the code (Infura's -32005 is both);
// timeouts and anything else are told apart; a rate limit's wait is read from
// its header or its data.
func TestClassify(t *testing.T) {
	t.Parallel()
	type classifyCase struct {
		name string
		err  error
		// header is the answer's Retry-After header.
		header time.Duration
		kind   string
		wait   time.Duration
	}
	var cases []classifyCase
	for _, c := range rateLimits {
		err, header := c.asClientError(t)
		// The end-to-end cases' waits are the least they ask for: here, exactly that.
		cases = append(cases, classifyCase{"rate limit: " + c.name, err, header, "rate_limited", c.wait})
	}
	for _, c := range tooMany {
		err, header := c.asClientError(t)
		cases = append(cases, classifyCase{"too big: " + c.name, err, header, "too_big", 0})
	}
	infuraNested := &jsonRPCError{Code: -32005, Message: "project ID request rate exceeded",
		Data: map[string]any{"rate": map[string]any{"allowed_rps": 50.0, "backoff_seconds": 2.5, "current_rps": 52.3}}}
	cases = append(cases, []classifyCase{
		{"rate limit: Infura's nested backoff_seconds", infuraNested, 0, "rate_limited", 2500 * time.Millisecond},
		{"rate limit: a Retry-After header longer than the data's", infuraNested, 4 * time.Second, "rate_limited", 4 * time.Second},
		{"rate limit: inside a batch element's error", fmt.Errorf("header of block 7: %w",
			&jsonRPCError{Code: 429, Message: "Your app has exceeded its compute units per second capacity."}), 0, "rate_limited", 0},
		{"rate limit: Infura's legacy wording, HTTP 429", rpc.HTTPError{StatusCode: 429, Status: "429 Too Many Requests",
			Body: []byte(`{"jsonrpc":"2.0","error":{"code":-32005,"message":"legacy access request rate exceeded","data":{"reason":"project ID not provided","see":"https://infura.io/dashboard"}}}`)},
			0, "rate_limited", 0},
		{"rate limit: QuickNode credits", &jsonRPCError{Code: -32012, Message: "credits limited to 6000/sec"}, 0, "rate_limited", 0},
		{"rate limit: an HTML 429 from a proxy", rpc.HTTPError{StatusCode: 429, Status: "429 Too Many Requests",
			Body: []byte("<html><head><title>429 Too Many Requests</title></head></html>")}, 0, "rate_limited", 0},
		{"too big: geth's response too large", &jsonRPCError{Code: -32003, Message: "response too large"}, 0, "too_big", 0},
		{"too big: Sonic's response size exceeded", &jsonRPCError{Code: -32000, Message: "response size exceeded"}, 0, "too_big", 0},
		{"timeout: CallTimeout", context.DeadlineExceeded, 0, "timed_out", 0},
		{"timeout: CallTimeout over HTTP", &url.Error{Op: "Post", URL: "http://node", Err: context.DeadlineExceeded}, 0, "timed_out", 0},
		{"timeout: the network", &net.OpError{Op: "read", Net: "tcp", Err: timeoutError{}}, 0, "timed_out", 0},
		{"timeout: geth's own", &jsonRPCError{Code: -32002, Message: "request timed out"}, 0, "timed_out", 0},
		{"failed: connection reset", errors.New("read tcp 127.0.0.1:1->127.0.0.1:2: read: connection reset by peer"), 0, "failed", 0},
		{"failed: HTTP 502", rpc.HTTPError{StatusCode: 502, Status: "502 Bad Gateway", Body: []byte("<html>bad gateway</html>")}, 0, "failed", 0},
		{"failed: HTTP 503 with Retry-After", rpc.HTTPError{StatusCode: 503, Status: "503 Service Unavailable"}, 5 * time.Second, "failed", 5 * time.Second},
		{"failed: header not found", &jsonRPCError{Code: -32000, Message: "header not found"}, 0, "failed", 0},
		{"failed: geth's topics limit, which no smaller range helps", &jsonRPCError{Code: -32602, Message: "exceed max addresses or topics per search position"}, 0, "failed", 0},
		{"failed: a zero backoff_seconds", &jsonRPCError{Code: -32000, Message: "internal error", Data: map[string]any{"backoff_seconds": 0.0}}, 0, "failed", 0},
	}...)

	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			kind, wait := indexer.Classify(c.err, c.header)
			require.Equal(t, [2]any{c.kind, c.wait}, [2]any{kind, wait}, "%v", c.err)
		})
	}
}

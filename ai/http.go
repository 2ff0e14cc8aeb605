package ai

import (
	"bytes"
	"fmt"
	"io"
	"net/http"
	"strings"
)

// MaxErrorBody caps what is read of an error answer.
const MaxErrorBody = 64 << 10

// HTTPClient is a provider's HTTP client, for its own calls and as go-openai's
// HTTPDoer. It hands over an error answer (any status outside 2xx) read,
// capped at MaxErrorBody, and closed.
type HTTPClient struct {
	client *http.Client
}

// NewHTTPClient returns an HTTPClient that makes its requests with c.
func NewHTTPClient(c *http.Client) *HTTPClient { return &HTTPClient{client: c} }

// Do sends req and returns its answer, whose body the caller closes.
func (c *HTTPClient) Do(req *http.Request) (*http.Response, error) {
	resp, err := c.client.Do(req)
	if err != nil {
		return resp, err
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
	}
	return resp, nil
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

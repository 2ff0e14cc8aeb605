package cloudflare

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"time"

	goopenai "github.com/sashabaranov/go-openai"

	"github.com/inft-labs/inft/ai"
)

// Cloudflare's error codes that refine the HTTP status
// (https://developers.cloudflare.com/workers-ai/platform/errors/ and the v4
// API's authentication error).
const (
	codeAuth            = 10000
	codeNoSuchModel     = 5007
	codeInvalidModelID  = 3042
	codeNSFW            = 3030
	codeTooLarge        = 3006
	codeTimeout         = 3007
	codeAborted         = 3008
	codeAccountLimited  = 3036
	codeOutOfCapacity   = 3040
	codeModelAgreement  = 5016
	codeAccountBlocked  = 3023
	codePrivateModel    = 5018
	codePrivateModelAlt = 3041
)

// cfEnvelope is Cloudflare's v4 answer:
// {"success":false,"errors":[{"code":10000,"message":"Authentication error"}],"messages":[],"result":null}.
type cfEnvelope struct {
	Success *bool           `json:"success"`
	Errors  []cfMessage     `json:"errors"`
	Result  json.RawMessage `json:"result"`
}

type cfMessage struct {
	Code    json.Number `json:"code"`
	Message string      `json:"message"`
}

// parseErrorBody reads the message and codes of an error answer: Cloudflare's
// envelope, OpenAI's {"error":{...}} or {"error":"..."}, or plain text.
func parseErrorBody(body []byte) (msg string, codes []int) {
	var shape struct {
		cfEnvelope
		Error json.RawMessage `json:"error"`
	}
	if err := json.Unmarshal(body, &shape); err != nil {
		s := strings.TrimSpace(string(body))
		if s == "" || strings.HasPrefix(s, "<") { // an HTML error page says nothing useful
			return "", nil
		}
		return s, nil
	}
	msgs, codes := envelopeErrors(shape.Errors)
	if len(shape.Error) > 0 && string(shape.Error) != "null" {
		var oe struct {
			Message string      `json:"message"`
			Code    json.Number `json:"code"`
		}
		var s string
		switch {
		case json.Unmarshal(shape.Error, &oe) == nil && oe.Message != "":
			msgs = append(msgs, oe.Message)
			if c, err := oe.Code.Int64(); err == nil {
				codes = append(codes, int(c))
			}
		case json.Unmarshal(shape.Error, &s) == nil && s != "":
			msgs = append(msgs, s)
		}
	}
	return strings.Join(msgs, "; "), codes
}

func envelopeErrors(list []cfMessage) (msgs []string, codes []int) {
	for _, e := range list {
		if e.Message != "" {
			msgs = append(msgs, e.Message)
		}
		if c, err := e.Code.Int64(); err == nil {
			codes = append(codes, int(c))
		}
	}
	return msgs, codes
}

// contentPolicyWords mark a refusal of the prompt.
var contentPolicyWords = []string{
	"nsfw", "content policy", "content_policy", "content filter", "content_filter",
	"safety", "unsafe", "moderation", "inappropriate", "prohibited content",
	"not allowed content", "explicit content",
}

func isContentPolicy(msg string) bool {
	m := strings.ToLower(msg)
	for _, w := range contentPolicyWords {
		if strings.Contains(m, w) {
			return true
		}
	}
	return false
}

// refine turns the status's class into a more precise one from Cloudflare's
// codes and words.
func refine(class ai.Class, status int, codes []int, msg string) ai.Class {
	for _, c := range codes {
		switch c {
		case codeNSFW:
			return ai.ClassContentPolicy
		case codeNoSuchModel, codeInvalidModelID:
			return ai.ClassNotFound
		case codeAuth:
			return ai.ClassAuth
		case codeModelAgreement, codeAccountBlocked, codePrivateModel, codePrivateModelAlt:
			return ai.ClassDenied
		case codeAccountLimited, codeOutOfCapacity:
			return ai.ClassRateLimited
		case codeTimeout, codeAborted:
			return ai.ClassTimeout
		case codeTooLarge:
			return ai.ClassTooLarge
		}
	}
	// A server failure that mentions safety is still a server failure.
	if status < 500 && isContentPolicy(msg) {
		return ai.ClassContentPolicy
	}
	return class
}

// statusError classifies an error answer. Status 0 is an error reported inside
// an event stream; it is a server failure unless its words say otherwise.
func (p *Provider) statusError(status int, msg string, codes []int, retryAfter time.Duration) *ai.Error {
	class := ai.ClassServer
	if status != 0 {
		class = ai.ClassForStatus(status)
	}
	class = refine(class, status, codes, msg)
	if msg == "" {
		msg = http.StatusText(status)
	}
	e := &ai.Error{Provider: Name, Class: class, Status: status, RetryAfter: retryAfter, Message: p.clean(msg)}
	if class == ai.ClassRateLimited && e.RetryAfter == 0 && containsCode(codes, codeAccountLimited) {
		// The daily free allocation comes back at 00:00 UTC.
		now := time.Now().UTC()
		e.RetryAfter = now.Truncate(24 * time.Hour).Add(24 * time.Hour).Sub(now)
	}
	return e
}

func containsCode(codes []int, c int) bool {
	for _, x := range codes {
		if x == c {
			return true
		}
	}
	return false
}

// clean trims a message for an error and removes the token from it, should a
// server ever echo it.
func (p *Provider) clean(msg string) string {
	if p.token != "" {
		msg = strings.ReplaceAll(msg, p.token, "[redacted]")
	}
	return ai.Trim(msg, 300)
}

// failure classifies an error that is not an HTTP error answer: the context,
// the network, or an answer that could not be read.
func (p *Provider) failure(ctx context.Context, err error, answered bool) *ai.Error {
	var ae *ai.Error
	if errors.As(err, &ae) {
		if errors.Is(ctx.Err(), context.DeadlineExceeded) {
			return p.timeout(err)
		}
		return ae
	}
	var ne net.Error
	switch {
	case errors.Is(ctx.Err(), context.DeadlineExceeded), errors.Is(err, context.DeadlineExceeded):
		return p.timeout(err)
	case errors.As(err, &ne) && ne.Timeout():
		return p.timeout(err)
	case errors.Is(err, context.Canceled):
		return &ai.Error{Provider: Name, Class: ai.ClassNetwork, Message: "canceled", Err: err}
	}
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.Is(err, io.ErrUnexpectedEOF), errors.As(err, &se), errors.As(err, &te),
		errors.Is(err, goopenai.ErrTooManyEmptyStreamMessages):
		return &ai.Error{Provider: Name, Class: ai.ClassMalformed, Message: p.clean("bad answer: " + err.Error()), Err: err}
	}
	if answered {
		// The answer arrived but could not be read to its end.
		return &ai.Error{Provider: Name, Class: ai.ClassMalformed, Message: p.clean("reading the answer: " + err.Error()), Err: err}
	}
	return &ai.Error{Provider: Name, Class: ai.ClassNetwork, Message: p.clean(err.Error()), Err: err}
}

func (p *Provider) timeout(err error) *ai.Error {
	return &ai.Error{Provider: Name, Class: ai.ClassTimeout, Message: "deadline exceeded", Err: err}
}

func malformed(format string, args ...any) *ai.Error {
	return &ai.Error{Provider: Name, Class: ai.ClassMalformed, Message: fmt.Sprintf(format, args...)}
}

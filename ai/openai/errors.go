package openai

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"strings"

	goopenai "github.com/sashabaranov/go-openai"

	"github.com/inft-labs/inft/ai"
)

// maxMessage bounds an error's Message.
const maxMessage = 300

// fail classifies err, the failure of a call made with ctx and recorded in c.
func (p *Provider) fail(ctx context.Context, c *ai.Call, err error) *ai.Error {
	var ae *ai.Error
	if errors.As(err, &ae) {
		return ae
	}
	status, retryAfter := c.Last()

	// An error answer, or an error event in a stream (no status then).
	var apiErr *goopenai.APIError
	var reqErr *goopenai.RequestError
	isAPI, isReq := errors.As(err, &apiErr), errors.As(err, &reqErr)
	if isAPI || isReq {
		st, msg, code := 0, "", ""
		if isReq {
			st, msg = reqErr.HTTPStatusCode, string(reqErr.Body)
		}
		if isAPI {
			if apiErr.HTTPStatusCode != 0 {
				st = apiErr.HTTPStatusCode
			}
			msg = apiErr.Message
			if apiErr.Code != nil {
				code = fmt.Sprint(apiErr.Code)
			}
			if code == "" {
				code = apiErr.Type
			}
		}
		if msg == "" {
			msg = http.StatusText(st)
		}
		e := p.newError(classify(st, code, msg), msg, err)
		e.Status = st
		if st == http.StatusTooManyRequests || (st == 0 && e.Class == ai.ClassRateLimited) {
			e.RetryAfter = retryAfter
		}
		return e
	}

	switch {
	case errors.Is(err, ai.ErrAnswerTooLarge):
		return p.newError(ai.ClassTooLarge, "answer larger than allowed", err)
	case errors.Is(ctx.Err(), context.DeadlineExceeded) || errors.Is(err, context.DeadlineExceeded) || isTimeout(err):
		return p.newError(ai.ClassTimeout, "no complete answer before the deadline", err)
	case errors.Is(err, context.Canceled):
		return p.newError(ai.ClassNetwork, "canceled", err)
	case errors.Is(err, goopenai.ErrChatCompletionInvalidModel):
		return p.newError(ai.ClassNotFound, err.Error(), err)
	case status >= 200 && status < 300:
		// The answer came but could not be read or decoded.
		return p.newError(ai.ClassMalformed, "malformed answer: "+err.Error(), err)
	}
	return p.newError(ai.ClassNetwork, networkMessage(err), err)
}

// classify refines the status's class with the error's code and message. A
// status of 0 is an error event in a successful stream.
func classify(status int, code, msg string) ai.Class {
	if status == 0 {
		switch {
		case contentPolicy(code, msg):
			return ai.ClassContentPolicy
		case strings.Contains(code, "rate_limit"):
			return ai.ClassRateLimited
		}
		return ai.ClassServer
	}
	class := ai.ClassForStatus(status)
	if class == ai.ClassBadRequest {
		switch {
		case contentPolicy(code, msg):
			return ai.ClassContentPolicy
		case badKey(msg):
			return ai.ClassAuth
		}
	}
	return class
}

// badKey says whether a 400 is about the key (Gemini answers a bad key with
// 400 INVALID_ARGUMENT, reason API_KEY_INVALID): the provider's problem, not
// the task's.
func badKey(msg string) bool {
	msg = strings.ToLower(msg)
	return strings.Contains(msg, "api key not valid") || strings.Contains(msg, "api_key_invalid") || strings.Contains(msg, "api key expired")
}

// contentPolicy says whether an error code or message is a refusal of the
// prompt by the provider's safety system.
func contentPolicy(code, msg string) bool {
	switch code {
	case "content_policy_violation", "content_filter", "moderation_blocked":
		return true
	}
	msg = strings.ToLower(msg)
	for _, s := range []string{"content_policy", "content policy", "content management policy", "safety system", "safety filter", "moderation"} {
		if strings.Contains(msg, s) {
			return true
		}
	}
	return false
}

func isTimeout(err error) bool {
	var ne net.Error
	return errors.As(err, &ne) && ne.Timeout()
}

// networkMessage describes a failure to get an answer, without the URL (a
// signed image URL may carry a token).
func networkMessage(err error) string {
	var ue *url.Error
	if errors.As(err, &ue) && ue.Err != nil {
		err = ue.Err
	}
	return "no answer: " + err.Error()
}

// newError makes an *ai.Error whose Message and Err do not hold the API key.
func (p *Provider) newError(class ai.Class, msg string, err error) *ai.Error {
	e := &ai.Error{Provider: p.name, Class: class, Message: ai.Trim(p.redact(msg), maxMessage), Err: err}
	if err != nil && p.key != "" && strings.Contains(err.Error(), p.key) {
		e.Err = errors.New(p.redact(err.Error()))
	}
	return e
}

func (p *Provider) redact(s string) string {
	if p.key == "" {
		return s
	}
	return strings.ReplaceAll(s, p.key, "[redacted]")
}

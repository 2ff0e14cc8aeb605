// Package ai turns a generation task (an agent's prompt, its tier and the kind
// of output) into an output: bytes with a MIME type, made by one of several
// providers chosen by an Orchestrator, with a record of every attempt.
//
// Providers live in subpackages (ai/openai, ai/cloudflare, ai/local) and are
// small: they speak one API and classify its errors. Choosing, failing over,
// breaking circuits and limiting concurrency happen here.
package ai

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// Kind is what a generation produces; the values are the contracts'.
type Kind uint8

const (
	KindText  Kind = 0
	KindImage Kind = 1
)

func (k Kind) String() string {
	switch k {
	case KindText:
		return "text"
	case KindImage:
		return "image"
	}
	return fmt.Sprintf("kind(%d)", uint8(k))
}

// Tier is an agent's package; the values are the contracts'.
type Tier uint8

const (
	Starter    Tier = 0
	Pro        Tier = 1
	Business   Tier = 2
	Enterprise Tier = 3
)

func (t Tier) String() string {
	switch t {
	case Starter:
		return "starter"
	case Pro:
		return "pro"
	case Business:
		return "business"
	case Enterprise:
		return "enterprise"
	}
	return fmt.Sprintf("tier(%d)", uint8(t))
}

// Request is what a provider is asked to make.
type Request struct {
	// Model is one of the provider's Capabilities models for the kind.
	Model string
	// System carries the agent's style instructions (text); image providers
	// fold it into the prompt.
	System string
	// Prompt is the user's prompt, already checked.
	Prompt string
	// Progress, when set, is told how far the generation got (0-100).
	Progress func(percent int, message string)
	// History holds the earlier turns of a conversation, oldest first; text
	// providers send them after System and before Prompt, which is the final
	// user message.
	History []ChatMessage
	// MaxTokens is the most reply tokens the provider may produce; 0 leaves
	// it to the provider's default. A reply stopped there is not an error:
	// its Output is Truncated.
	MaxTokens int
	// Delta, when set, is called with each piece of reply text as it
	// arrives, in order, never with an empty string (texts only). The pieces
	// concatenate to Output.Data.
	Delta func(text string)
}

// Output is what a provider made.
type Output struct {
	Kind  Kind
	Data  []byte // UTF-8 text or image bytes
	MIME  string // "text/plain; charset=utf-8", "image/png", "image/jpeg", ...
	Model string
	Usage Usage
	// Truncated says the reply stopped at the token limit, Request.MaxTokens
	// or the provider's default (OpenAI's finish_reason "length"), rather than
	// where the model ended it.
	Truncated bool
}

// Usage is what a generation consumed, for its cost.
type Usage struct {
	InputTokens  int
	OutputTokens int
	Images       int
}

// Model describes one model a provider offers and what it costs.
type Model struct {
	Name string
	Kind Kind
	// Quality ranks models across providers, 1 (basic) to 5 (best); tier
	// policies allow a range.
	Quality int
	// Prices in US dollars.
	USDPerMInputTokens  float64
	USDPerMOutputTokens float64
	USDPerImage         float64
}

// Cost prices a usage of the model in US dollars.
func (m Model) Cost(u Usage) float64 {
	return float64(u.InputTokens)*m.USDPerMInputTokens/1e6 +
		float64(u.OutputTokens)*m.USDPerMOutputTokens/1e6 +
		float64(u.Images)*m.USDPerImage
}

// Provider generates text and images through one service.
type Provider interface {
	// Name identifies the provider in logs, metrics and attempt records.
	Name() string
	// Models lists what the provider offers.
	Models() []Model
	// GenerateText writes a text, streaming it to r.Delta when set. An error
	// after part of the reply was streamed may come with an Output whose Usage
	// is what the provider reported so far (zero when nothing was); its other
	// fields are not relied on.
	GenerateText(ctx context.Context, r Request) (Output, error)
	GenerateImage(ctx context.Context, r Request) (Output, error)
}

// Class says what kind of failure an error is, which decides what happens next.
type Class string

const (
	// The task itself is refused: no other attempt will do better.
	ClassBadRequest    Class = "bad_request"    // 400
	ClassContentPolicy Class = "content_policy" // the provider refused the prompt
	// The provider is unusable for now: skip it, try another.
	ClassAuth     Class = "auth"      // 401
	ClassNotFound Class = "not_found" // 404 (e.g. an unknown model)
	ClassDenied   Class = "forbidden" // 403
	// The attempt failed: retry, here or elsewhere.
	ClassRateLimited Class = "rate_limited" // 429
	ClassServer      Class = "server"       // 5xx
	ClassTimeout     Class = "timeout"
	ClassMalformed   Class = "malformed" // truncated body, bad JSON, an answer without output
	ClassTooLarge    Class = "too_large" // an image bigger than allowed
	ClassNetwork     Class = "network"
	// ClassUnsupported: no configured provider offers the kind to the tier.
	ClassUnsupported Class = "unsupported"
)

// Scope is how far an error reaches.
type Scope int

const (
	// ScopeAttempt: another attempt may succeed, even on the same provider.
	ScopeAttempt Scope = iota
	// ScopeProvider: this provider will not succeed; another may.
	ScopeProvider
	// ScopeTask: nobody will succeed; fail the task with the error's reason.
	ScopeTask
)

// Scope returns how far the class reaches.
func (c Class) Scope() Scope {
	switch c {
	case ClassBadRequest, ClassContentPolicy, ClassUnsupported:
		return ScopeTask
	case ClassAuth, ClassNotFound, ClassDenied:
		return ScopeProvider
	}
	return ScopeAttempt
}

// Error is a classified provider failure.
type Error struct {
	Provider string
	Class    Class
	// Status is the HTTP status, 0 when there was none.
	Status int
	// RetryAfter is the provider's requested wait (429 Retry-After), 0 if none.
	RetryAfter time.Duration
	// Message is the provider's own words, trimmed; safe to show (no secrets).
	Message string
	Err     error
}

func (e *Error) Error() string {
	s := fmt.Sprintf("%s: %s", e.Provider, e.Class)
	if e.Status != 0 {
		s += fmt.Sprintf(" (HTTP %d)", e.Status)
	}
	if e.Message != "" {
		s += ": " + e.Message
	}
	return s
}

func (e *Error) Unwrap() error { return e.Err }

// ClassOf returns the class of err: its *Error's, ClassTimeout for a context
// deadline, ClassNetwork otherwise.
func ClassOf(err error) Class {
	var e *Error
	var pe *PromptError
	switch {
	case errors.As(err, &e):
		return e.Class
	case errors.As(err, &pe):
		return ClassBadRequest
	case errors.Is(err, ErrNoProvider):
		return ClassUnsupported
	case errors.Is(err, context.DeadlineExceeded):
		return ClassTimeout
	}
	return ClassNetwork
}

// ClassForStatus maps an HTTP status to a class. Providers refine it (a 400
// that is a content-policy refusal, say) before returning.
func ClassForStatus(status int) Class {
	switch {
	case status == 400 || status == 422:
		return ClassBadRequest
	case status == 401:
		return ClassAuth
	case status == 403:
		return ClassDenied
	case status == 404:
		return ClassNotFound
	case status == 408:
		return ClassTimeout
	case status == 413:
		return ClassTooLarge
	case status == 429:
		return ClassRateLimited
	case status >= 500:
		return ClassServer
	}
	return ClassMalformed
}

// MIME types of outputs.
const (
	MIMEText = "text/plain; charset=utf-8"
	MIMEPNG  = "image/png"
)

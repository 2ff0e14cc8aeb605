package ai

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
)

// Role says who wrote a message of a conversation.
type Role string

const (
	RoleUser      Role = "user"
	RoleAssistant Role = "assistant"
)

// ChatMessage is one earlier turn of a conversation.
type ChatMessage struct {
	Role    Role
	Content string
}

// ErrPartialReply means a chat reply failed after part of it had been
// delivered: Chat did not fail over, and its Result holds the part. The error
// Chat returns wraps both this and the provider's error (errors.Is works for
// either; ClassOf gives the provider's class).
var ErrPartialReply = errors.New("the reply failed after part of it was delivered")

// EstimateTokens estimates the tokens of text when a provider did not report
// them (a stream cut before its usage chunk): one per four bytes, rounded up,
// so at least 1 for any non-empty text and 0 for the empty one. It is
// deterministic and, for English, close to the providers' own counts.
func EstimateTokens(text string) int { return (len(text) + 3) / 4 }

// ChatTask is one turn of a conversation with an agent.
type ChatTask struct {
	Tier Tier
	// System carries the agent's style and instructions.
	System string
	// History holds the earlier turns, oldest first: user and assistant
	// messages only.
	History []ChatMessage
	// Prompt is the user's new message.
	Prompt string
	// MaxTokens is the most reply tokens to pay for; 0 leaves it to the
	// provider. A reply stopped there is not an error: Output.Truncated.
	MaxTokens int
	// Delta, when set, is given each piece of the reply as it arrives, in
	// order, never an empty one; the pieces concatenate to Output.Data. It is
	// never called after Chat returned, nor once ctx is done; Chat waits for a
	// call in progress, so Delta should not block long.
	Delta func(text string)
}

// Chat streams the reply to one turn of a conversation. It is Generate for a
// text, with the same screening of the prompt (the earlier turns are not
// screened again), tier policy, breakers, concurrency bounds, ranking,
// backoff and MaxAttempts, but it fails over only while no delta has been
// delivered: a reply the user has started to read is not begun again
// elsewhere.
//
// When a provider fails after delivering part of the reply (ctx cancelled
// included), Chat stops with an error wrapping ErrPartialReply and the
// provider's error, and a Result whose Output.Data is exactly the text
// delivered, Output.Usage what the provider reported or else the estimate
// (EstimateTokens of the input and of the delivered text), and
// Output.Truncated false. A successful reply whose usage is unreported is
// estimated the same way. A provider that does not stream has its reply
// delivered as one delta when it returns.
func (o *Orchestrator) Chat(ctx context.Context, t ChatTask) (Result, error) {
	for i, m := range t.History {
		if m.Role != RoleUser && m.Role != RoleAssistant {
			return Result{}, &PromptError{Reason: fmt.Sprintf("history message %d has role %q, not user or assistant", i, m.Role)}
		}
	}
	task := Task{Tier: t.Tier, Kind: KindText, Prompt: t.Prompt, System: t.System}
	return o.run(ctx, task, func(ctx context.Context, c candidate) (Output, Attempt, error) {
		r := &relay{ctx: ctx, fn: t.Delta}
		req := Request{System: t.System, History: t.History, Prompt: t.Prompt, MaxTokens: t.MaxTokens, Delta: r.deliver}
		out, att, err := o.attempt(ctx, c, KindText, req, nil)
		if err == nil && ctx.Err() != nil {
			// The deltas stopped at the cancellation: the reply is partial.
			err = ctx.Err()
			att.Class, att.Error, att.CostUSD = ClassOf(err), err.Error(), 0
		}
		if err == nil {
			if rest, ok := strings.CutPrefix(string(out.Data), r.text()); ok {
				r.deliver(rest)
			}
		}
		delivered := r.close()
		if err == nil {
			if t.Delta != nil && delivered != string(out.Data) {
				o.log.Warn("the reply differs from its deltas; keeping what was delivered", "provider", att.Provider, "model", att.Model)
				out.Data = []byte(delivered)
			}
			out.Usage = estimateUsage(out.Usage, req, string(out.Data))
			att.CostUSD = c.model.Cost(out.Usage)
			return out, att, nil
		}
		if t.Delta == nil || delivered == "" {
			return out, att, err
		}
		if out.Model != "" {
			att.Model = out.Model
		}
		partial := Output{Kind: KindText, MIME: MIMEText, Model: att.Model, Data: []byte(delivered),
			Usage: estimateUsage(out.Usage, req, delivered)}
		att.CostUSD = c.model.Cost(partial.Usage)
		return partial, att, fmt.Errorf("%w: %w", ErrPartialReply, err)
	})
}

// estimateUsage fills in the tokens a provider did not report: those of r's
// texts for the input, of reply for the output.
func estimateUsage(u Usage, r Request, reply string) Usage {
	if u.InputTokens == 0 {
		u.InputTokens = EstimateTokens(r.System) + EstimateTokens(r.Prompt)
		for _, m := range r.History {
			u.InputTokens += EstimateTokens(m.Content)
		}
	}
	if u.OutputTokens == 0 {
		u.OutputTokens = EstimateTokens(reply)
	}
	return u
}

// relay passes one attempt's deltas on to the caller's Delta, keeping them,
// until it is closed or ctx is done.
type relay struct {
	ctx context.Context
	fn  func(string)

	mu     sync.Mutex
	sent   strings.Builder
	closed bool
}

func (r *relay) deliver(text string) {
	if text == "" {
		return
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.closed || r.ctx.Err() != nil {
		return
	}
	r.sent.WriteString(text)
	if r.fn != nil {
		// Under the lock, so that no call is in progress once close returns.
		r.fn(text)
	}
}

func (r *relay) text() string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.sent.String()
}

// close stops the deliveries, after any in progress, and returns the text
// delivered.
func (r *relay) close() string {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.closed = true
	return r.sent.String()
}

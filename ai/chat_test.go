package ai_test

import (
	"context"
	"errors"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/inft-labs/inft/ai"
)

// script is what a talker does in one call: deliver pieces, then fail with
// err or succeed, reporting usage.
type script struct {
	pieces    []string
	err       error
	usage     ai.Usage
	truncated bool
	// during, when set, runs after each piece is delivered.
	during func(ctx context.Context, piece int)
}

// talker is a streaming provider whose every call follows turn(call).
type talker struct {
	name   string
	models []ai.Model
	turn   func(call int) script

	calls atomic.Int64
	mu    sync.Mutex
	seen  []ai.Request
}

func (p *talker) Name() string       { return p.name }
func (p *talker) Models() []ai.Model { return p.models }
func (p *talker) GenerateImage(context.Context, ai.Request) (ai.Output, error) {
	return ai.Output{}, errors.New("no images")
}

func (p *talker) GenerateText(ctx context.Context, r ai.Request) (ai.Output, error) {
	n := int(p.calls.Add(1))
	p.mu.Lock()
	p.seen = append(p.seen, r)
	p.mu.Unlock()
	s := p.turn(n)
	for i, piece := range s.pieces {
		if r.Delta != nil {
			r.Delta(piece)
		}
		if s.during != nil {
			s.during(ctx, i)
		}
	}
	if s.err != nil {
		return ai.Output{Usage: s.usage}, s.err
	}
	return ai.Output{Kind: ai.KindText, MIME: ai.MIMEText, Data: []byte(strings.Join(s.pieces, "")),
		Usage: s.usage, Truncated: s.truncated}, nil
}

func (p *talker) requests() []ai.Request {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]ai.Request(nil), p.seen...)
}

func says(pieces ...string) func(int) script {
	return func(int) script {
		return script{pieces: pieces, usage: ai.Usage{InputTokens: 20, OutputTokens: len(pieces)}}
	}
}

func newChatOrch(t *testing.T, cfg ai.OrchestratorConfig, ps ...ai.Provider) *ai.Orchestrator {
	t.Helper()
	cfg.Backoff = time.Millisecond
	o, err := ai.NewOrchestrator(ps, cfg)
	require.NoError(t, err)
	return o
}

// deltas collects what a Chat delivers.
type deltas struct {
	mu     sync.Mutex
	pieces []string
}

func (d *deltas) fn(s string) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.pieces = append(d.pieces, s)
}

func (d *deltas) got() []string {
	d.mu.Lock()
	defer d.mu.Unlock()
	return append([]string(nil), d.pieces...)
}

func TestEstimateTokens(t *testing.T) {
	t.Parallel()
	for text, want := range map[string]int{"": 0, "a": 1, "abcd": 1, "abcde": 2, "Once upon": 3, strings.Repeat("x", 400): 100} {
		require.Equal(t, want, ai.EstimateTokens(text), "%q", text)
	}
}

func TestChatStreamsAndPassesTheConversation(t *testing.T) {
	t.Parallel()
	p := &talker{name: "p", models: []ai.Model{textModel("m", 2, 1)}, turn: func(int) script {
		return script{pieces: []string{"The ", "keeper ", "", "waves."}, usage: ai.Usage{InputTokens: 30, OutputTokens: 3}, truncated: true}
	}}
	o := newChatOrch(t, ai.OrchestratorConfig{}, p)
	history := []ai.ChatMessage{{Role: ai.RoleUser, Content: "Who are you?"}, {Role: ai.RoleAssistant, Content: "The keeper."}}
	var d deltas
	res, err := o.Chat(context.Background(), ai.ChatTask{Tier: ai.Pro, System: "Be kind.", History: history,
		Prompt: "Wave to me", MaxTokens: 3, Delta: d.fn})
	require.NoError(t, err)
	require.Equal(t, []string{"The ", "keeper ", "waves."}, d.got(), "in order, never an empty piece")
	require.Equal(t, "The keeper waves.", string(res.Output.Data))
	require.True(t, res.Output.Truncated, "a reply stopped at MaxTokens is not an error")
	require.Equal(t, ai.Usage{InputTokens: 30, OutputTokens: 3}, res.Output.Usage)
	require.Equal(t, "p", res.Provider)
	require.InDelta(t, 33/1e6, res.CostUSD, 1e-12)

	reqs := p.requests()
	require.Len(t, reqs, 1)
	require.Equal(t, "Be kind.", reqs[0].System)
	require.Equal(t, history, reqs[0].History)
	require.Equal(t, "Wave to me", reqs[0].Prompt)
	require.Equal(t, 3, reqs[0].MaxTokens)
	require.Equal(t, "m", reqs[0].Model)
	require.NotNil(t, reqs[0].Delta)
}

// A provider that does not stream has its reply delivered whole, and its
// unreported usage estimated.
func TestChatWithAProviderThatDoesNotStream(t *testing.T) {
	t.Parallel()
	p := &stub{name: "plain", models: []ai.Model{textModel("m", 2, 1)}}
	o := newOrch(t, ai.OrchestratorConfig{}, p)
	var d deltas
	res, err := o.Chat(context.Background(), ai.ChatTask{Tier: ai.Pro, Prompt: "hi", Delta: d.fn})
	require.NoError(t, err)
	require.Equal(t, []string{"plain: hi"}, d.got())
	require.Equal(t, "plain: hi", string(res.Output.Data))

	q := &talker{name: "q", models: []ai.Model{textModel("m", 2, 1)}, turn: func(int) script { return script{pieces: []string{"Hello there"}} }}
	o = newChatOrch(t, ai.OrchestratorConfig{}, q)
	res, err = o.Chat(context.Background(), ai.ChatTask{Tier: ai.Pro, System: "12345678", Prompt: "hi", Delta: d.fn})
	require.NoError(t, err)
	require.Equal(t, ai.Usage{InputTokens: 2 + 1, OutputTokens: 3}, res.Output.Usage, "estimated: none was reported")
}

func TestChatFailsOverBeforeTheFirstDelta(t *testing.T) {
	t.Parallel()
	for name, first := range map[string]func(int) script{
		"failed at once": func(int) script { return script{err: &ai.Error{Provider: "first", Class: ai.ClassServer}} },
		"only an empty delta": func(int) script {
			return script{pieces: []string{""}, err: &ai.Error{Provider: "first", Class: ai.ClassTimeout}}
		},
		"unavailable": func(int) script { return script{err: &ai.Error{Provider: "first", Class: ai.ClassAuth}} },
	} {
		t.Run(name, func(t *testing.T) {
			a := &talker{name: "first", models: []ai.Model{textModel("f", 2, 0.01)}, turn: first}
			b := &talker{name: "second", models: []ai.Model{textModel("s", 2, 1)}, turn: says("Hello ", "from ", "two.")}
			o := newChatOrch(t, ai.OrchestratorConfig{}, a, b)
			var d deltas
			res, err := o.Chat(context.Background(), ai.ChatTask{Tier: ai.Pro, Prompt: "hi", Delta: d.fn})
			require.NoError(t, err)
			require.Equal(t, []string{"Hello ", "from ", "two."}, d.got(), "the second provider's reply, nothing of the first")
			require.Equal(t, "Hello from two.", string(res.Output.Data))
			require.Equal(t, "second", res.Provider)
			require.Len(t, res.Attempts, 2)
			require.Equal(t, "first", res.Attempts[0].Provider)
			require.NotEmpty(t, res.Attempts[0].Class)
		})
	}
}

func TestChatDoesNotFailOverAfterTheFirstDelta(t *testing.T) {
	t.Parallel()
	for name, tc := range map[string]struct {
		usage ai.Usage
		want  ai.Usage
	}{
		"usage unreported": {want: ai.Usage{InputTokens: ai.EstimateTokens("Be brief.") + ai.EstimateTokens("Earlier.") + ai.EstimateTokens("Tell a story"),
			OutputTokens: ai.EstimateTokens("Once upon")}},
		"usage reported": {usage: ai.Usage{InputTokens: 40, OutputTokens: 4}, want: ai.Usage{InputTokens: 40, OutputTokens: 4}},
	} {
		t.Run(name, func(t *testing.T) {
			cause := &ai.Error{Provider: "first", Class: ai.ClassServer, Message: "stream broke"}
			a := &talker{name: "first", models: []ai.Model{textModel("f", 2, 0.01)}, turn: func(int) script {
				return script{pieces: []string{"Once ", "upon"}, err: cause, usage: tc.usage}
			}}
			b := &talker{name: "second", models: []ai.Model{textModel("s", 2, 1)}, turn: says("Never", "seen")}
			o := newChatOrch(t, ai.OrchestratorConfig{BreakAfter: 1}, a, b)
			var d deltas
			res, err := o.Chat(context.Background(), ai.ChatTask{Tier: ai.Pro, System: "Be brief.",
				History: []ai.ChatMessage{{Role: ai.RoleUser, Content: "Earlier."}}, Prompt: "Tell a story", Delta: d.fn})
			require.Error(t, err)
			require.ErrorIs(t, err, ai.ErrPartialReply)
			require.ErrorIs(t, err, cause)
			require.Equal(t, ai.ClassServer, ai.ClassOf(err), "the provider's class")
			require.Zero(t, b.calls.Load(), "no failover once the user has seen part of a reply")

			require.Equal(t, []string{"Once ", "upon"}, d.got())
			require.Equal(t, "Once upon", string(res.Output.Data), "exactly what was delivered")
			require.Equal(t, tc.want, res.Output.Usage)
			require.False(t, res.Output.Truncated)
			require.Equal(t, ai.KindText, res.Output.Kind)
			require.Equal(t, "first", res.Provider)
			require.Equal(t, "f", res.Model)
			require.InDelta(t, float64(tc.want.InputTokens+tc.want.OutputTokens)*0.01/1e6, res.CostUSD, 1e-15)
			require.Len(t, res.Attempts, 1)
			require.Equal(t, ai.ClassServer, res.Attempts[0].Class)
			require.Equal(t, "open", o.Stats()[0].State, "the failure counts against the provider")
		})
	}
}

func TestChatScreensThePromptFirst(t *testing.T) {
	t.Parallel()
	p := &talker{name: "p", models: []ai.Model{textModel("m", 2, 1)}, turn: says("hi")}
	o := newChatOrch(t, ai.OrchestratorConfig{}, p)
	var d deltas
	var pe *ai.PromptError
	for name, task := range map[string]ai.ChatTask{
		"control character": {Tier: ai.Pro, Prompt: "a\x00b", Delta: d.fn},
		"empty":             {Tier: ai.Pro, Prompt: " ", Delta: d.fn},
		"too long":          {Tier: ai.Pro, Prompt: strings.Repeat("x", ai.DefaultMaxPromptBytes+1), Delta: d.fn},
		"a bad role":        {Tier: ai.Pro, Prompt: "hi", History: []ai.ChatMessage{{Role: "system", Content: "obey"}}, Delta: d.fn},
	} {
		_, err := o.Chat(context.Background(), task)
		require.ErrorAs(t, err, &pe, name)
		require.Equal(t, ai.ScopeTask, ai.ClassOf(err).Scope(), name)
	}
	o = newChatOrch(t, ai.OrchestratorConfig{Moderator: moderator{flag: []string{"violence"}}}, p)
	_, err := o.Chat(context.Background(), ai.ChatTask{Tier: ai.Pro, Prompt: "something violent", Delta: d.fn})
	require.ErrorAs(t, err, &pe)
	require.Equal(t, "prompt flagged by moderation: violence", pe.Reason)

	require.Zero(t, p.calls.Load(), "no provider saw a refused prompt")
	require.Empty(t, d.got())
}

// Once ctx is done no delta gets through, not even from a provider that goes
// on streaming, nor after Chat returned; what was delivered is the partial
// reply.
func TestChatCancelled(t *testing.T) {
	t.Parallel()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	p := &talker{name: "p", models: []ai.Model{textModel("m", 2, 1)}, turn: func(int) script {
		return script{pieces: []string{"One ", "two ", "three"}, during: func(_ context.Context, i int) {
			if i == 0 {
				cancel()
			}
		}}
	}}
	var (
		d         deltas
		afterward func(string)
	)
	// The provider also keeps a goroutine streaming after it returned.
	leaky := &leakyTalker{talker: p, keep: func(f func(string)) { afterward = f }}
	other := &talker{name: "other", models: []ai.Model{textModel("o", 2, 1)}, turn: says("other")}
	o := newChatOrch(t, ai.OrchestratorConfig{}, leaky, other)
	res, err := o.Chat(ctx, ai.ChatTask{Tier: ai.Pro, Prompt: "count", Delta: d.fn})
	require.ErrorIs(t, err, ai.ErrPartialReply)
	require.ErrorIs(t, err, context.Canceled)
	require.Equal(t, "One ", string(res.Output.Data))
	require.Equal(t, ai.EstimateTokens("One "), res.Output.Usage.OutputTokens)
	require.Zero(t, other.calls.Load())

	require.NotNil(t, afterward)
	afterward("late")
	require.Equal(t, []string{"One "}, d.got(), "nothing after the cancellation, nothing after Chat returned")

	// Cancelled before any delta: the cancellation, no failover.
	ctx2, cancel2 := context.WithCancel(context.Background())
	waiting := &talker{name: "waiting", models: []ai.Model{textModel("w", 2, 0.01)}, turn: func(int) script {
		cancel2()
		return script{err: &ai.Error{Provider: "waiting", Class: ai.ClassTimeout, Err: context.Canceled}}
	}}
	o = newChatOrch(t, ai.OrchestratorConfig{}, waiting, other)
	res, err = o.Chat(ctx2, ai.ChatTask{Tier: ai.Pro, Prompt: "count", Delta: d.fn})
	require.ErrorIs(t, err, context.Canceled)
	require.NotErrorIs(t, err, ai.ErrPartialReply)
	require.Empty(t, res.Output.Data)
	require.Zero(t, other.calls.Load())
}

// leakyTalker hands its Delta to keep, as a goroutine left streaming would
// keep it, to call after the call returned.
type leakyTalker struct {
	*talker
	keep func(func(string))
}

func (p *leakyTalker) GenerateText(ctx context.Context, r ai.Request) (ai.Output, error) {
	p.keep(r.Delta)
	return p.talker.GenerateText(ctx, r)
}

// Generate is unchanged by Chat: the same stub, no deltas, no estimates.
func TestGenerateIgnoresChatFields(t *testing.T) {
	t.Parallel()
	p := &talker{name: "p", models: []ai.Model{textModel("m", 2, 1)}, turn: says("a ", "b")}
	o := newChatOrch(t, ai.OrchestratorConfig{}, p)
	res, err := o.Generate(context.Background(), ai.Task{Tier: ai.Pro, Kind: ai.KindText, Prompt: "x"})
	require.NoError(t, err)
	require.Equal(t, "a b", string(res.Output.Data))
	req := p.requests()[0]
	require.Nil(t, req.Delta)
	require.Nil(t, req.History)
	require.Zero(t, req.MaxTokens)
}

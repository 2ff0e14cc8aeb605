package ai_test

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/inft-labs/inft/ai"
)

// stub is a provider whose behaviour the test sets; the orchestrator under
// test does not care what is behind the interface.
type stub struct {
	name   string
	models []ai.Model
	mu     sync.Mutex
	fail   func(call int) error
	delay  time.Duration

	calls, inFlight, maxInFlight atomic.Int64
}

func (s *stub) Name() string       { return s.name }
func (s *stub) Models() []ai.Model { return s.models }
func (s *stub) setFail(f func(int) error) {
	s.mu.Lock()
	s.fail = f
	s.mu.Unlock()
}

func (s *stub) generate(ctx context.Context, r ai.Request, kind ai.Kind) (ai.Output, error) {
	n := s.calls.Add(1)
	cur := s.inFlight.Add(1)
	defer s.inFlight.Add(-1)
	for {
		m := s.maxInFlight.Load()
		if cur <= m || s.maxInFlight.CompareAndSwap(m, cur) {
			break
		}
	}
	if s.delay > 0 {
		select {
		case <-time.After(s.delay):
		case <-ctx.Done():
			return ai.Output{}, ctx.Err()
		}
	}
	s.mu.Lock()
	f := s.fail
	s.mu.Unlock()
	if f != nil {
		if err := f(int(n)); err != nil {
			return ai.Output{}, err
		}
	}
	return ai.Output{Kind: kind, Data: []byte(s.name + ": " + r.Prompt), MIME: ai.MIMEText, Model: r.Model,
		Usage: ai.Usage{InputTokens: 1000, OutputTokens: 2000, Images: int(kind)}}, nil
}

func (s *stub) GenerateText(ctx context.Context, r ai.Request) (ai.Output, error) {
	return s.generate(ctx, r, ai.KindText)
}
func (s *stub) GenerateImage(ctx context.Context, r ai.Request) (ai.Output, error) {
	return s.generate(ctx, r, ai.KindImage)
}

func textModel(name string, quality int, perM float64) ai.Model {
	return ai.Model{Name: name, Kind: ai.KindText, Quality: quality, USDPerMInputTokens: perM, USDPerMOutputTokens: perM}
}

func imageModel(name string, quality int, perImage float64) ai.Model {
	return ai.Model{Name: name, Kind: ai.KindImage, Quality: quality, USDPerImage: perImage}
}

func fails(class ai.Class) func(int) error {
	return func(int) error { return &ai.Error{Provider: "stub", Class: class, Message: string(class)} }
}

func newOrch(t *testing.T, cfg ai.OrchestratorConfig, ps ...*stub) *ai.Orchestrator {
	t.Helper()
	providers := make([]ai.Provider, len(ps))
	for i, p := range ps {
		providers[i] = p
	}
	cfg.Backoff = time.Millisecond
	o, err := ai.NewOrchestrator(providers, cfg)
	require.NoError(t, err)
	return o
}

func TestCheapestAdequateProviderWins(t *testing.T) {
	t.Parallel()
	dear := &stub{name: "dear", models: []ai.Model{textModel("dear-2", 2, 1.0), textModel("dear-5", 5, 30)}}
	cheap := &stub{name: "cheap", models: []ai.Model{textModel("cheap-2", 2, 0.1), textModel("cheap-3", 3, 0.5)}}
	o := newOrch(t, ai.OrchestratorConfig{}, dear, cheap)

	res, err := o.Generate(context.Background(), ai.Task{Tier: ai.Starter, Kind: ai.KindText, Prompt: "hi"})
	require.NoError(t, err)
	require.Equal(t, "cheap", res.Provider)
	require.Equal(t, "cheap-2", res.Model)
	require.InDelta(t, 1000*0.1/1e6+2000*0.1/1e6, res.CostUSD, 1e-12, "cost from usage and price")
	require.Len(t, res.Attempts, 1)

	res, err = o.Generate(context.Background(), ai.Task{Tier: ai.Enterprise, Kind: ai.KindText, Prompt: "hi"})
	require.NoError(t, err)
	require.Equal(t, "dear-5", res.Model, "Enterprise prefers the best model")
}

func TestFailoverCompletesTheTask(t *testing.T) {
	t.Parallel()
	for _, class := range []ai.Class{ai.ClassServer, ai.ClassTimeout, ai.ClassMalformed, ai.ClassRateLimited, ai.ClassAuth, ai.ClassNotFound} {
		t.Run(string(class), func(t *testing.T) {
			first := &stub{name: "first", models: []ai.Model{textModel("f", 2, 0.01)}, fail: fails(class)}
			second := &stub{name: "second", models: []ai.Model{textModel("s", 2, 1)}}
			o := newOrch(t, ai.OrchestratorConfig{}, first, second)
			res, err := o.Generate(context.Background(), ai.Task{Tier: ai.Pro, Kind: ai.KindText, Prompt: "hi"})
			require.NoError(t, err)
			require.Equal(t, "second", res.Provider)
			require.Len(t, res.Attempts, 2)
			require.Equal(t, ai.Attempt{Provider: "first", Model: "f", Class: class, Error: "stub: " + string(class) + ": " + string(class)},
				untimed(res.Attempts[0]))
			require.Empty(t, res.Attempts[1].Class)
		})
	}
}

// An output the task's check refuses (a review without its scores) is the
// provider's malformed answer: recorded as such, counted against its
// health, and failed over.
func TestRefusedOutputIsFailedOver(t *testing.T) {
	t.Parallel()
	first := &stub{name: "first", models: []ai.Model{textModel("f", 2, 0.01)}}
	second := &stub{name: "second", models: []ai.Model{textModel("s", 2, 1)}}
	o := newOrch(t, ai.OrchestratorConfig{}, first, second)
	res, err := o.Generate(context.Background(), ai.Task{Tier: ai.Pro, Kind: ai.KindText, Prompt: "hi",
		Check: func(out ai.Output) error {
			if strings.HasPrefix(string(out.Data), "first") {
				return errors.New("no score")
			}
			return nil
		}})
	require.NoError(t, err)
	require.Equal(t, "second", res.Provider)
	require.Equal(t, ai.Attempt{Provider: "first", Model: "f", Class: ai.ClassMalformed, Error: "first: malformed: no score"}, untimed(res.Attempts[0]))
	for _, st := range o.Stats() {
		if st.Provider == "first" {
			require.Less(t, st.SuccessEWMA, 1.0, "the refusal counts against it")
		}
	}
}

func untimed(a ai.Attempt) ai.Attempt {
	a.Latency, a.At = 0, time.Time{}
	return a
}

func TestRefusedPromptIsNotRetried(t *testing.T) {
	t.Parallel()
	first := &stub{name: "first", models: []ai.Model{textModel("f", 2, 0.01)}, fail: fails(ai.ClassContentPolicy)}
	second := &stub{name: "second", models: []ai.Model{textModel("s", 2, 1)}}
	o := newOrch(t, ai.OrchestratorConfig{BreakAfter: 1}, first, second)
	res, err := o.Generate(context.Background(), ai.Task{Tier: ai.Pro, Kind: ai.KindText, Prompt: "hi"})
	require.Error(t, err)
	require.Equal(t, ai.ClassContentPolicy, ai.ClassOf(err))
	require.Len(t, res.Attempts, 1)
	require.Zero(t, second.calls.Load())
	require.Equal(t, "closed", o.Stats()[0].State, "a refused prompt does not count against the provider")
}

func TestBreakerSkipsThenRetriesHalfOpen(t *testing.T) {
	t.Parallel()
	// flaky is far cheaper, so only its open circuit can keep it from being chosen.
	flaky := &stub{name: "flaky", models: []ai.Model{textModel("f", 2, 0.0001)}, fail: fails(ai.ClassServer)}
	steady := &stub{name: "steady", models: []ai.Model{textModel("s", 2, 10)}}
	o := newOrch(t, ai.OrchestratorConfig{BreakAfter: 2, BreakFor: 200 * time.Millisecond}, flaky, steady)
	task := ai.Task{Tier: ai.Pro, Kind: ai.KindText, Prompt: "hi"}

	for range 2 {
		res, err := o.Generate(context.Background(), task)
		require.NoError(t, err)
		require.Equal(t, "flaky", res.Attempts[0].Provider)
		require.Equal(t, "steady", res.Provider)
	}
	require.Equal(t, "open", o.Stats()[0].State)

	res, err := o.Generate(context.Background(), task)
	require.NoError(t, err)
	require.Len(t, res.Attempts, 1, "flaky is skipped while its circuit is open")
	require.Equal(t, "steady", res.Provider)
	require.Equal(t, int64(2), flaky.calls.Load())

	flaky.setFail(nil) // it recovers
	require.Eventually(t, func() bool { return o.Stats()[0].State == "half-open" }, 2*time.Second, 10*time.Millisecond)
	res, err = o.Generate(context.Background(), task)
	require.NoError(t, err)
	require.Equal(t, "flaky", res.Provider, "tried again once half-open")
	require.Equal(t, "closed", o.Stats()[0].State)
}

func TestRateLimitedProviderCoolsDown(t *testing.T) {
	t.Parallel()
	limited := &stub{name: "limited", models: []ai.Model{textModel("l", 2, 0.0001)},
		fail: func(int) error {
			return &ai.Error{Provider: "limited", Class: ai.ClassRateLimited, RetryAfter: time.Hour}
		}}
	other := &stub{name: "other", models: []ai.Model{textModel("o", 2, 1)}}
	o := newOrch(t, ai.OrchestratorConfig{}, limited, other)
	task := ai.Task{Tier: ai.Pro, Kind: ai.KindText, Prompt: "hi"}
	_, err := o.Generate(context.Background(), task)
	require.NoError(t, err)
	res, err := o.Generate(context.Background(), task)
	require.NoError(t, err)
	require.Len(t, res.Attempts, 1, "the rate-limited provider waits out its Retry-After")
	require.Equal(t, int64(1), limited.calls.Load())
	require.Greater(t, o.Stats()[0].CooldownLeft, 59*time.Minute)
}

func TestTierPolicyIsNeverViolated(t *testing.T) {
	t.Parallel()
	var ps []*stub
	for i := 1; i <= 5; i++ {
		ps = append(ps, &stub{name: fmt.Sprintf("q%d", i), models: []ai.Model{
			textModel(fmt.Sprintf("q%d-text", i), i, float64(i)), imageModel(fmt.Sprintf("q%d-image", i), i, float64(i)/100)}})
	}
	policies := map[ai.Tier]ai.Policy{
		ai.Starter:    {MinQuality: 1, MaxQuality: 2},
		ai.Pro:        {MinQuality: 1, MaxQuality: 3, Providers: []string{"q1", "q3"}},
		ai.Business:   {MinQuality: 2, MaxQuality: 4, PreferQuality: true},
		ai.Enterprise: {MinQuality: 4, MaxQuality: 5, PreferQuality: true},
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for _, p := range ps {
		p.fail = func(int) error {
			if rng.IntN(3) == 0 {
				return &ai.Error{Provider: "x", Class: []ai.Class{ai.ClassServer, ai.ClassAuth, ai.ClassTimeout}[rng.IntN(3)]}
			}
			return nil
		}
	}
	o := newOrch(t, ai.OrchestratorConfig{Policies: policies, BreakAfter: 1000}, ps...)
	quality := map[string]int{}
	for i, p := range ps {
		for _, m := range p.models {
			quality[m.Name] = i + 1
		}
	}
	for i := range 300 {
		tier := ai.Tier(i % 4)
		kind := ai.Kind(i / 4 % 2)
		res, _ := o.Generate(context.Background(), ai.Task{Tier: tier, Kind: kind, Prompt: "x"})
		pol := policies[tier]
		for _, a := range res.Attempts {
			q := quality[a.Model]
			require.True(t, q >= pol.MinQuality && q <= pol.MaxQuality, "tier %s used %s", tier, a.Model)
			if len(pol.Providers) > 0 {
				require.Contains(t, pol.Providers, a.Provider)
			}
		}
	}
}

func TestConcurrencyLimitHolds(t *testing.T) {
	t.Parallel()
	slow := &stub{name: "slow", models: []ai.Model{imageModel("s", 2, 0.01)}, delay: 5 * time.Millisecond}
	o := newOrch(t, ai.OrchestratorConfig{Concurrency: map[string]int{"slow": 3}}, slow)
	var wg sync.WaitGroup
	for range 40 {
		wg.Go(func() {
			_, err := o.Generate(context.Background(), ai.Task{Tier: ai.Pro, Kind: ai.KindImage, Prompt: "x"})
			require.NoError(t, err)
		})
	}
	wg.Wait()
	require.Equal(t, int64(40), slow.calls.Load())
	require.LessOrEqual(t, slow.maxInFlight.Load(), int64(3))
	require.Equal(t, int64(3), slow.maxInFlight.Load(), "and the limit is used")
}

func TestNoProviderAndPause(t *testing.T) {
	t.Parallel()
	textOnly := &stub{name: "text", models: []ai.Model{textModel("t", 2, 1)}}
	o := newOrch(t, ai.OrchestratorConfig{MaxAttempts: 2}, textOnly)
	_, err := o.Generate(context.Background(), ai.Task{Tier: ai.Pro, Kind: ai.KindImage, Prompt: "x"})
	require.ErrorIs(t, err, ai.ErrNoProvider)

	require.NoError(t, o.Pause("text"))
	_, err = o.Generate(context.Background(), ai.Task{Tier: ai.Pro, Kind: ai.KindText, Prompt: "x"})
	require.ErrorContains(t, err, "no allowed provider is available")
	require.Zero(t, textOnly.calls.Load())
	require.NoError(t, o.Resume("text"))
	_, err = o.Generate(context.Background(), ai.Task{Tier: ai.Pro, Kind: ai.KindText, Prompt: "x"})
	require.NoError(t, err)
	require.Error(t, o.Pause("nobody"))
}

func TestAllAttemptsFail(t *testing.T) {
	t.Parallel()
	a := &stub{name: "a", models: []ai.Model{textModel("a", 2, 1)}, fail: fails(ai.ClassServer)}
	b := &stub{name: "b", models: []ai.Model{textModel("b", 2, 1)}, fail: fails(ai.ClassTimeout)}
	o := newOrch(t, ai.OrchestratorConfig{MaxAttempts: 3, BreakAfter: 100}, a, b)
	res, err := o.Generate(context.Background(), ai.Task{Tier: ai.Pro, Kind: ai.KindText, Prompt: "x"})
	require.ErrorContains(t, err, "all 3 attempts failed")
	require.Len(t, res.Attempts, 3, "the failed task's attempts come with its error")
	require.NotEqual(t, res.Attempts[0].Provider, res.Attempts[1].Provider, "fail over to the other provider first")
	for i, a := range res.Attempts {
		require.NotEmpty(t, a.Class)
		require.False(t, a.At.IsZero(), "attempt %d: when it began", i)
		if i > 0 {
			require.False(t, a.At.Before(res.Attempts[i-1].At), "attempt %d: in order", i)
		}
	}
	var e *ai.Error
	require.True(t, errors.As(err, &e))
}

type moderator struct {
	flag []string
	err  error
}

func (m moderator) Moderate(context.Context, string) (bool, []string, error) {
	return len(m.flag) > 0, m.flag, m.err
}

func TestPromptsAreScreenedFirst(t *testing.T) {
	t.Parallel()
	p := &stub{name: "p", models: []ai.Model{textModel("m", 2, 1)}}
	task := ai.Task{Tier: ai.Pro, Kind: ai.KindText, Prompt: "a\x00b"}

	o := newOrch(t, ai.OrchestratorConfig{}, p)
	_, err := o.Generate(context.Background(), task)
	var pe *ai.PromptError
	require.ErrorAs(t, err, &pe)
	require.Equal(t, ai.ScopeTask, ai.ClassOf(err).Scope())

	task.Prompt = "something violent"
	o = newOrch(t, ai.OrchestratorConfig{Moderator: moderator{flag: []string{"harassment", "violence"}}}, p)
	_, err = o.Generate(context.Background(), task)
	require.ErrorAs(t, err, &pe)
	require.Equal(t, "prompt flagged by moderation: harassment, violence", pe.Reason)

	o = newOrch(t, ai.OrchestratorConfig{Moderator: moderator{err: &ai.Error{Provider: "openai", Class: ai.ClassServer}}}, p)
	_, err = o.Generate(context.Background(), task)
	require.Equal(t, ai.ScopeAttempt, ai.ClassOf(err).Scope(), "a moderator outage is retried later")
	require.Zero(t, p.calls.Load(), "no provider saw a prompt that was not screened")

	o = newOrch(t, ai.OrchestratorConfig{Moderator: moderator{}}, p)
	_, err = o.Generate(context.Background(), task)
	require.NoError(t, err)
}

// Every tier and kind is served by what is configured: a tier whose quality
// band no configured model falls in uses the nearest quality there is (and
// Coverage says so), and a kind no provider offers is a gap that fails the
// task at once.
func TestEveryTierAndKindIsServed(t *testing.T) {
	t.Parallel()
	tiers := []ai.Tier{ai.Starter, ai.Pro, ai.Business, ai.Enterprise}
	kinds := []ai.Kind{ai.KindText, ai.KindImage}

	local := &stub{name: "local", models: []ai.Model{textModel("lt", 1, 0), imageModel("li", 1, 0)}}
	o := newOrch(t, ai.OrchestratorConfig{}, local) // the default policies: Business from 2, Enterprise from 3
	for _, tier := range tiers {
		for _, kind := range kinds {
			res, err := o.Generate(context.Background(), ai.Task{Tier: tier, Kind: kind, Prompt: "x"})
			require.NoError(t, err, "%s %s", tier, kind)
			require.Equal(t, "local", res.Provider)
		}
	}
	require.Equal(t, []ai.Gap{
		{Tier: ai.Business, Kind: ai.KindText, Quality: 1, Min: 2, Max: 4}, {Tier: ai.Business, Kind: ai.KindImage, Quality: 1, Min: 2, Max: 4},
		{Tier: ai.Enterprise, Kind: ai.KindText, Quality: 1, Min: 3, Max: 5}, {Tier: ai.Enterprise, Kind: ai.KindImage, Quality: 1, Min: 3, Max: 5},
	}, o.Coverage())
	require.Equal(t, "enterprise text: quality 1 only, below its 3–5", o.Coverage()[2].String())

	// Cloudflare's models: Starter (1–2) has no image model in its band, so it uses the nearest (3).
	cf := &stub{name: "cloudflare", models: []ai.Model{textModel("llama-8b", 2, 0.1), textModel("llama-70b", 3, 0.3), imageModel("flux", 3, 0.01)}}
	o = newOrch(t, ai.OrchestratorConfig{}, cf)
	res, err := o.Generate(context.Background(), ai.Task{Tier: ai.Starter, Kind: ai.KindImage, Prompt: "x"})
	require.NoError(t, err)
	require.Equal(t, "flux", res.Model)
	res, err = o.Generate(context.Background(), ai.Task{Tier: ai.Starter, Kind: ai.KindText, Prompt: "x"})
	require.NoError(t, err)
	require.Equal(t, "llama-8b", res.Model, "within its band when it can")
	require.Equal(t, []ai.Gap{{Tier: ai.Starter, Kind: ai.KindImage, Quality: 3, Min: 1, Max: 2}}, o.Coverage())
	require.Equal(t, "starter image: quality 3 only, above its 1–2", o.Coverage()[0].String())

	// A kind nobody offers is missing for every tier, and fails the task at once.
	textOnly := &stub{name: "text", models: []ai.Model{textModel("t", 2, 1)}}
	o = newOrch(t, ai.OrchestratorConfig{Policies: ai.OpenPolicies}, textOnly)
	var missing []ai.Gap
	for _, tier := range tiers {
		missing = append(missing, ai.Gap{Tier: tier, Kind: ai.KindImage, Missing: true, Min: 1, Max: 5})
	}
	require.Equal(t, missing, o.Coverage())
	require.Equal(t, "starter image: no provider", missing[0].String())
	_, err = o.Generate(context.Background(), ai.Task{Tier: ai.Pro, Kind: ai.KindImage, Prompt: "x"})
	require.ErrorIs(t, err, ai.ErrNoProvider)
	require.Equal(t, ai.ScopeTask, ai.ClassOf(err).Scope(), "nobody will succeed: fail the task, do not retry")
}

// Users' ratings move the choice between providers of one price: a poorly
// rated provider loses its traffic to a well rated one, a few ratings move
// its quality a little, and ratings that cannot be are ignored.
func TestRatingsRankProviders(t *testing.T) {
	t.Parallel()
	a := &stub{name: "a", models: []ai.Model{textModel("a-2", 2, 0.1)}}
	b := &stub{name: "b", models: []ai.Model{textModel("b-2", 2, 0.1)}}
	o := newOrch(t, ai.OrchestratorConfig{}, a, b)
	pick := func() string {
		res, err := o.Generate(context.Background(), ai.Task{Tier: ai.Starter, Kind: ai.KindText, Prompt: "hi"})
		require.NoError(t, err)
		return res.Provider
	}
	require.Equal(t, "a", pick(), "equal scores keep the configured order")

	o.SetRatings(map[string]ai.Rating{"a": {Count: 40, Sum: 60}, "b": {Count: 40, Sum: 180}})
	require.Equal(t, "b", pick(), "the better rated provider wins at the same price")
	st := o.Stats()
	require.InDelta(t, (60.0+15)/45, st[0].Quality, 1e-9)
	require.InDelta(t, (180.0+15)/45, st[1].Quality, 1e-9)
	require.Equal(t, ai.Rating{Count: 40, Sum: 180}, st[1].Rating)

	o.SetRatings(map[string]ai.Rating{"b": {Count: 1, Sum: 9}}) // impossible: ignored
	require.Equal(t, 3.0, o.Stats()[1].Quality, "impossible ratings count as none")
	require.Equal(t, "b", pick(), "unrated beats poorly rated")
}

func TestRatingQuality(t *testing.T) {
	t.Parallel()
	require.Equal(t, 3.0, ai.Rating{}.Quality())
	require.InDelta(t, 20.0/6, ai.Rating{Count: 1, Sum: 5}.Quality(), 1e-9, "one 5 moves it a little")
	require.InDelta(t, 5015.0/1005, ai.Rating{Count: 1000, Sum: 5000}.Quality(), 1e-9)
	require.Equal(t, 3.0, ai.Rating{Count: 2, Sum: 1}.Quality(), "below 1 per rating")
	require.Equal(t, 3.0, ai.Rating{Count: -1, Sum: 0}.Quality())
}

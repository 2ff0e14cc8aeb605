package ai

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/sony/gobreaker/v2"

	"github.com/inft-labs/inft/internal/backoff"
)

// Policy is what a tier may use: models within a quality range, from the
// listed providers (all when empty). PreferQuality ranks better models first;
// otherwise the cheapest adequate one wins. When no configured model of a kind
// falls in the range, the tier uses the models of the nearest quality there
// is (above it on a tie): every tier is served by what is configured, and
// Coverage says where the range could not be kept.
type Policy struct {
	MinQuality, MaxQuality int
	Providers              []string
	PreferQuality          bool
}

// DefaultPolicies: Starter gets the cheap models, Enterprise the best.
var DefaultPolicies = map[Tier]Policy{
	Starter:    {MinQuality: 1, MaxQuality: 2},
	Pro:        {MinQuality: 1, MaxQuality: 3},
	Business:   {MinQuality: 2, MaxQuality: 4, PreferQuality: true},
	Enterprise: {MinQuality: 3, MaxQuality: 5, PreferQuality: true},
}

// OpenPolicies let every tier use every model: for a single provider, such as
// the local one in `inft dev` and tests.
var OpenPolicies = map[Tier]Policy{
	Starter:    {MinQuality: 1, MaxQuality: 5},
	Pro:        {MinQuality: 1, MaxQuality: 5},
	Business:   {MinQuality: 1, MaxQuality: 5, PreferQuality: true},
	Enterprise: {MinQuality: 1, MaxQuality: 5, PreferQuality: true},
}

// OrchestratorConfig tunes an Orchestrator. Zero values take the defaults.
type OrchestratorConfig struct {
	Policies map[Tier]Policy
	// MaxAttempts bounds the attempts of one task, across providers. Default 4.
	MaxAttempts int
	// Concurrency bounds the calls in flight per provider name; Default applies
	// to the others. Default 4.
	Concurrency        map[string]int
	DefaultConcurrency int
	// BreakAfter consecutive failures open a provider's circuit for BreakFor;
	// then one trial call is let through. Defaults 5 and 30s.
	BreakAfter int
	BreakFor   time.Duration
	// Alpha weighs the newest sample in the latency and success averages. Default 0.2.
	Alpha float64
	// Backoff is the shortest wait between rounds of attempts; the longest
	// doubles from it to 30 s, with jitter. Default 500ms.
	Backoff time.Duration
	// MaxPromptBytes bounds prompts (CheckPrompt). Default DefaultMaxPromptBytes.
	MaxPromptBytes int
	// Moderator, when set, screens every prompt before any provider sees it.
	Moderator Moderator
	Logger    *slog.Logger
}

// Task is one generation to make.
type Task struct {
	Tier   Tier
	Kind   Kind
	Prompt string
	// System carries the agent's style (agent.Profile.Style).
	System   string
	Progress func(percent int, message string)
	// Check, when set, vets an output before it is accepted: an output it
	// refuses (a review without its scores, say) is a malformed answer of
	// that provider (ClassMalformed), failed over like any other.
	Check func(Output) error
	// MaxPromptBytes, when set, bounds this task's prompt in place of the
	// orchestrator's: a collaboration's step quotes its peers' work.
	MaxPromptBytes int
}

// Attempt records one call to a provider, for the relayer to persist.
type Attempt struct {
	Provider string        `json:"provider"`
	Model    string        `json:"model"`
	Latency  time.Duration `json:"latency"`
	CostUSD  float64       `json:"costUsd"`
	// Class is empty on success.
	Class Class  `json:"class,omitempty"`
	Error string `json:"error,omitempty"`
	// At is when the call began.
	At time.Time `json:"at,omitzero"`
}

// Result is a task's output, who made it, and every attempt on the way. On
// an error, Generate's Result still lists the attempts made.
type Result struct {
	Output   Output
	Provider string
	Model    string
	CostUSD  float64
	Attempts []Attempt
}

// ErrNoProvider means no provider allowed for the tier offers the kind. No
// attempt can succeed: ClassOf gives ClassUnsupported.
var ErrNoProvider = errors.New("no provider offers this kind of output for this tier")

// Gap is a tier and kind that the configured providers do not serve as its
// policy asks: no provider at all (Missing), or only models of Quality,
// outside the policy's Min–Max.
type Gap struct {
	Tier     Tier
	Kind     Kind
	Missing  bool
	Quality  int
	Min, Max int
}

func (g Gap) String() string {
	if g.Missing {
		return fmt.Sprintf("%s %s: no provider", g.Tier, g.Kind)
	}
	side := "above"
	if g.Quality < g.Min {
		side = "below"
	}
	return fmt.Sprintf("%s %s: quality %d only, %s its %d–%d", g.Tier, g.Kind, g.Quality, side, g.Min, g.Max)
}

// Orchestrator picks a provider for each task, fails over, and keeps each
// provider's health: a circuit breaker, measured latency and success, and a
// bound on concurrent calls.
type Orchestrator struct {
	cfg     OrchestratorConfig
	entries []*entry
	log     *slog.Logger
	// bands are the qualities each tier uses per kind: its policy's range,
	// or the nearest quality configured when none falls in it.
	bands map[bandKey][2]int
	gaps  []Gap
}

type bandKey struct {
	tier Tier
	kind Kind
}

type entry struct {
	p       Provider
	breaker *gobreaker.CircuitBreaker[Output]
	sem     chan struct{}

	mu       sync.Mutex
	latency  float64 // EWMA, seconds; 0 until measured
	success  float64 // EWMA of 1 (success) and 0 (failure)
	rating   Rating  // users' ratings of its replies, as last set
	cooldown time.Time
	paused   bool
}

// Rating is what users made of a provider's replies: how many they rated and
// the sum of their ratings, 1 to 5 each.
type Rating struct {
	Count int64
	Sum   int64
}

// ratingPrior is how many neutral (3 of 5) ratings a provider's quality
// starts from, so that a few ratings move it a little and many move it far.
const ratingPrior = 5

// Quality is the provider's rated quality, 1 to 5: the mean of its ratings
// pulled towards 3 by ratingPrior neutral ones (3 with no ratings at all).
func (r Rating) Quality() float64 {
	if r.Count < 0 || r.Sum < r.Count || r.Sum > 5*r.Count {
		return 3 // not ratings of 1 to 5; ignore them
	}
	return (float64(r.Sum) + 3*ratingPrior) / (float64(r.Count) + ratingPrior)
}

// Stats is a provider's measured health.
type Stats struct {
	Provider     string
	State        string // closed, open, half-open
	LatencyEWMA  time.Duration
	SuccessEWMA  float64
	InFlight     int
	Paused       bool
	CooldownLeft time.Duration
	// Rating is the users' ratings of the provider's replies (SetRatings);
	// Quality their score, 1 to 5, 3 when unrated.
	Rating  Rating
	Quality float64
}

// NewOrchestrator returns an orchestrator over providers.
func NewOrchestrator(providers []Provider, cfg OrchestratorConfig) (*Orchestrator, error) {
	if len(providers) == 0 {
		return nil, errors.New("ai: no providers")
	}
	if cfg.Policies == nil {
		cfg.Policies = DefaultPolicies
	}
	cfg.MaxAttempts = cmp.Or(cfg.MaxAttempts, 4)
	cfg.DefaultConcurrency = cmp.Or(cfg.DefaultConcurrency, 4)
	cfg.BreakAfter = cmp.Or(cfg.BreakAfter, 5)
	cfg.BreakFor = cmp.Or(cfg.BreakFor, 30*time.Second)
	cfg.Alpha = cmp.Or(cfg.Alpha, 0.2)
	cfg.Backoff = cmp.Or(cfg.Backoff, 500*time.Millisecond)
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	o := &Orchestrator{cfg: cfg, log: cfg.Logger.With("component", "ai")}
	seen := map[string]bool{}
	for _, p := range providers {
		if seen[p.Name()] {
			return nil, fmt.Errorf("ai: two providers named %q", p.Name())
		}
		seen[p.Name()] = true
		n := cmp.Or(cfg.Concurrency[p.Name()], cfg.DefaultConcurrency)
		o.entries = append(o.entries, &entry{
			p:   p,
			sem: make(chan struct{}, n),
			breaker: gobreaker.NewCircuitBreaker[Output](gobreaker.Settings{
				Name:        p.Name(),
				MaxRequests: 1,
				Timeout:     cfg.BreakFor,
				ReadyToTrip: func(c gobreaker.Counts) bool { return c.ConsecutiveFailures >= uint32(cfg.BreakAfter) },
				// A refused prompt says nothing about the provider's health.
				IsSuccessful: func(err error) bool { return err == nil || ClassOf(err).Scope() == ScopeTask },
				IsExcluded:   func(err error) bool { return errors.Is(err, context.Canceled) },
			}),
			success: 1,
		})
	}
	o.bands = map[bandKey][2]int{}
	for _, tier := range []Tier{Starter, Pro, Business, Enterprise} {
		for _, kind := range []Kind{KindText, KindImage} {
			o.band(tier, kind)
		}
	}
	return o, nil
}

// band settles the qualities tier uses for kind, noting a gap.
func (o *Orchestrator) band(tier Tier, kind Kind) {
	pol := o.cfg.Policies[tier]
	key := bandKey{tier, kind}
	best, dist := 0, math.MaxInt
	for _, e := range o.entries {
		if len(pol.Providers) > 0 && !slices.Contains(pol.Providers, e.p.Name()) {
			continue
		}
		for _, m := range e.p.Models() {
			if m.Kind != kind {
				continue
			}
			d := max(pol.MinQuality-m.Quality, m.Quality-pol.MaxQuality, 0)
			if d == 0 {
				o.bands[key] = [2]int{pol.MinQuality, pol.MaxQuality}
				return
			}
			if d < dist || d == dist && m.Quality > best {
				best, dist = m.Quality, d
			}
		}
	}
	gap := Gap{Tier: tier, Kind: kind, Min: pol.MinQuality, Max: pol.MaxQuality}
	if best == 0 {
		gap.Missing = true
	} else {
		gap.Quality = best
		o.bands[key] = [2]int{best, best}
	}
	o.gaps = append(o.gaps, gap)
}

// Coverage lists the tiers and kinds the providers do not serve as their
// policies ask, in tier then kind order; nil when they all are.
func (o *Orchestrator) Coverage() []Gap { return slices.Clone(o.gaps) }

// inBand reports whether the tier may use m for kind.
func (o *Orchestrator) inBand(t Task, m Model) bool {
	b, ok := o.bands[bandKey{t.Tier, t.Kind}]
	return ok && m.Kind == t.Kind && m.Quality >= b[0] && m.Quality <= b[1]
}

// candidate is one provider model a task may use.
type candidate struct {
	e     *entry
	model Model
	score float64
}

// candidates ranks the models the tier allows for the kind, best first,
// leaving out excluded, paused, cooling and open-circuit providers.
func (o *Orchestrator) candidates(t Task, excluded map[string]bool, now time.Time) []candidate {
	pol := o.cfg.Policies[t.Tier]
	var out []candidate
	for _, e := range o.entries {
		name := e.p.Name()
		if excluded[name] || (len(pol.Providers) > 0 && !slices.Contains(pol.Providers, name)) {
			continue
		}
		e.mu.Lock()
		latency, success, rating, cooling, paused := e.latency, e.success, e.rating, now.Before(e.cooldown), e.paused
		e.mu.Unlock()
		if paused || cooling || e.breaker.State() == gobreaker.StateOpen {
			continue
		}
		for _, m := range e.p.Models() {
			if !o.inBand(t, m) {
				continue
			}
			out = append(out, candidate{e: e, model: m, score: score(m, latency, success, rating.Quality())})
		}
	}
	slices.SortStableFunc(out, func(a, b candidate) int {
		if pol.PreferQuality && a.model.Quality != b.model.Quality {
			return b.model.Quality - a.model.Quality
		}
		return cmp.Compare(a.score, b.score)
	})
	return out
}

// score is lower for better: the expected cost of a typical task, inflated by
// slowness and by failures, and scaled by the users' ratings: a provider rated
// 5 of 5 scores 3/5 of an unrated one, one rated 1 of 5 three times it.
func score(m Model, latency, success, quality float64) float64 {
	cost := m.Cost(Usage{InputTokens: 500, OutputTokens: 500, Images: 1})
	if m.Kind == KindText {
		cost = m.Cost(Usage{InputTokens: 500, OutputTokens: 500})
	}
	return (cost + 1e-6) * (1 + latency/10) / math.Max(success, 0.05) * 3 / quality
}

// Generate makes the task's output. It tries the best candidate, fails over
// to another on a retryable error (preferring a provider other than the one
// that just failed), skips a provider for the rest of the task on a
// provider-scoped error (401, 403, 404), and stops at once on a task-scoped
// one (a refused prompt), returning the provider's reason. When every allowed
// provider is cooling down, paused or open-circuited it waits with backoff,
// at most MaxAttempts times. Whatever the error, the Result returned with it
// lists every attempt made, for the caller to record.
func (o *Orchestrator) Generate(ctx context.Context, t Task) (Result, error) {
	req := Request{System: t.System, Prompt: t.Prompt, Progress: t.Progress}
	return o.run(ctx, t, func(ctx context.Context, c candidate) (Output, Attempt, error) {
		return o.attempt(ctx, c, t.Kind, req, t.Check)
	})
}

// run is the failover loop of Generate and Chat: it screens the task's
// prompt, then calls try on one candidate after another as Generate says. An
// error that is ErrPartialReply ends the task at once, with the attempt's
// output in the Result.
func (o *Orchestrator) run(ctx context.Context, t Task, try func(context.Context, candidate) (Output, Attempt, error)) (Result, error) {
	if err := o.screen(ctx, t.Prompt, t.MaxPromptBytes); err != nil {
		return Result{}, err
	}
	if !o.anyAllowed(t) {
		return Result{}, fmt.Errorf("%w (tier %s, %s)", ErrNoProvider, t.Tier, t.Kind)
	}
	var res Result
	excluded := map[string]bool{}
	var lastErr error
	lastFailed := ""
	bo, waits := backoff.New(backoff.Config{Min: o.cfg.Backoff, Max: 30 * time.Second}), 0
	for len(res.Attempts) < o.cfg.MaxAttempts {
		cands := o.candidates(t, excluded, time.Now())
		if len(cands) == 0 {
			if o.allExcluded(t, excluded) || waits >= o.cfg.MaxAttempts {
				return res, cmp.Or(lastErr, errors.New("no allowed provider is available: paused, cooling down or circuit open"))
			}
			waits++
			if !backoff.Sleep(ctx, bo.Next(0)) {
				return res, errors.Join(ctx.Err(), lastErr)
			}
			continue
		}
		c := cands[0]
		for _, other := range cands {
			if other.e.p.Name() != lastFailed {
				c = other
				break
			}
		}
		out, att, err := try(ctx, c)
		res.Attempts = append(res.Attempts, att)
		if err == nil || errors.Is(err, ErrPartialReply) {
			res.Output, res.Provider, res.Model, res.CostUSD = out, att.Provider, att.Model, att.CostUSD
			return res, err
		}
		if ctx.Err() != nil {
			return res, ctx.Err()
		}
		lastErr, lastFailed = err, att.Provider
		switch ClassOf(err).Scope() {
		case ScopeTask:
			return res, err
		case ScopeProvider:
			excluded[att.Provider] = true
		}
		o.log.Warn("provider failed; failing over", "provider", att.Provider, "model", att.Model, "class", att.Class, "err", err)
	}
	return res, fmt.Errorf("all %d attempts failed; last: %w", len(res.Attempts), lastErr)
}

// screen refuses a prompt that CheckPrompt or the moderator refuses, with a
// *PromptError whose reason can go on chain. A moderator that cannot answer
// is an attempt-scoped failure: the relayer tries the job again later.
func (o *Orchestrator) screen(ctx context.Context, prompt string, maxBytes int) error {
	if err := CheckPrompt(prompt, cmp.Or(maxBytes, o.cfg.MaxPromptBytes)); err != nil {
		return err
	}
	if o.cfg.Moderator == nil {
		return nil
	}
	flagged, why, err := o.cfg.Moderator.Moderate(ctx, prompt)
	if err != nil {
		return fmt.Errorf("moderation: %w", err)
	}
	if flagged {
		reason := "prompt flagged by moderation"
		if len(why) > 0 {
			reason += ": " + strings.Join(why, ", ")
		}
		return &PromptError{Reason: reason}
	}
	return nil
}

func (o *Orchestrator) allowed(t Task, e *entry) bool {
	pol := o.cfg.Policies[t.Tier]
	if len(pol.Providers) > 0 && !slices.Contains(pol.Providers, e.p.Name()) {
		return false
	}
	for _, m := range e.p.Models() {
		if o.inBand(t, m) {
			return true
		}
	}
	return false
}

func (o *Orchestrator) anyAllowed(t Task) bool {
	for _, e := range o.entries {
		if o.allowed(t, e) {
			return true
		}
	}
	return false
}

// allExcluded: every provider the tier allows has failed for good on this task.
func (o *Orchestrator) allExcluded(t Task, excluded map[string]bool) bool {
	for _, e := range o.entries {
		if o.allowed(t, e) && !excluded[e.p.Name()] {
			return false
		}
	}
	return true
}

// attempt makes one call of req, of the kind, through the provider's breaker
// and semaphore and updates its health; an output check refuses (Task.Check)
// is the provider's malformed answer, counted against it as any failure. On
// an error the Output is what the provider returned with it.
func (o *Orchestrator) attempt(ctx context.Context, c candidate, kind Kind, req Request, check func(Output) error) (Output, Attempt, error) {
	att := Attempt{Provider: c.e.p.Name(), Model: c.model.Name}
	select {
	case c.e.sem <- struct{}{}:
	case <-ctx.Done():
		att.At, att.Class, att.Error = time.Now(), ClassTimeout, ctx.Err().Error()
		return Output{}, att, ctx.Err()
	}
	defer func() { <-c.e.sem }()

	req.Model = c.model.Name
	att.At = time.Now()
	out, err := c.e.breaker.Execute(func() (Output, error) {
		var out Output
		var err error
		if kind == KindImage {
			out, err = c.e.p.GenerateImage(ctx, req)
		} else {
			out, err = c.e.p.GenerateText(ctx, req)
		}
		if err == nil && check != nil {
			if cerr := check(out); cerr != nil {
				err = &Error{Provider: c.e.p.Name(), Class: ClassMalformed, Message: Trim(cerr.Error(), 200), Err: cerr}
			}
		}
		return out, err
	})
	att.Latency = time.Since(att.At)
	if errors.Is(err, gobreaker.ErrOpenState) || errors.Is(err, gobreaker.ErrTooManyRequests) {
		err = &Error{Provider: att.Provider, Class: ClassServer, Message: "circuit open", Err: err}
	}
	c.e.observe(o.cfg.Alpha, att.Latency, err)
	if err != nil {
		att.Class, att.Error = ClassOf(err), Trim(err.Error(), 300)
		return out, att, err
	}
	if out.Model == "" {
		out.Model = c.model.Name
	}
	att.Model = out.Model
	att.CostUSD = c.model.Cost(out.Usage)
	return out, att, nil
}

func (e *entry) observe(alpha float64, latency time.Duration, err error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	ok := 1.0
	if err != nil && ClassOf(err).Scope() != ScopeTask {
		ok = 0
	}
	e.success = alpha*ok + (1-alpha)*e.success
	if err == nil {
		if e.latency == 0 {
			e.latency = latency.Seconds()
		} else {
			e.latency = alpha*latency.Seconds() + (1-alpha)*e.latency
		}
	}
	var pe *Error
	if errors.As(err, &pe) && pe.Class == ClassRateLimited {
		e.cooldown = time.Now().Add(max(pe.RetryAfter, time.Second))
	}
}

// Pause stops choosing a provider until Resume (an operator's switch).
func (o *Orchestrator) Pause(name string) error { return o.setPaused(name, true) }

// Resume lets a paused provider be chosen again.
func (o *Orchestrator) Resume(name string) error { return o.setPaused(name, false) }

func (o *Orchestrator) setPaused(name string, paused bool) error {
	for _, e := range o.entries {
		if e.p.Name() == name {
			e.mu.Lock()
			e.paused = paused
			e.mu.Unlock()
			return nil
		}
	}
	return fmt.Errorf("ai: no provider named %q", name)
}

// SetRatings sets the users' ratings of the providers' replies, by provider
// name, as the chat service keeps them in the database (every replica reads
// the same). A provider not in ratings keeps what it had.
func (o *Orchestrator) SetRatings(ratings map[string]Rating) {
	for _, e := range o.entries {
		if r, ok := ratings[e.p.Name()]; ok {
			e.mu.Lock()
			e.rating = r
			e.mu.Unlock()
		}
	}
}

// Stats reports each provider's health.
func (o *Orchestrator) Stats() []Stats {
	now := time.Now()
	var out []Stats
	for _, e := range o.entries {
		e.mu.Lock()
		s := Stats{
			Provider: e.p.Name(), State: e.breaker.State().String(),
			LatencyEWMA: time.Duration(e.latency * float64(time.Second)), SuccessEWMA: e.success,
			InFlight: len(e.sem), Paused: e.paused, Rating: e.rating, Quality: e.rating.Quality(),
		}
		if now.Before(e.cooldown) {
			s.CooldownLeft = e.cooldown.Sub(now)
		}
		e.mu.Unlock()
		out = append(out, s)
	}
	return out
}

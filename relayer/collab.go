package relayer

import (
	"bytes"
	"cmp"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"strings"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jmoiron/sqlx"

	"github.com/inft-labs/inft/ai"
	"github.com/inft-labs/inft/ai/agent"
	"github.com/inft-labs/inft/collab"
	"github.com/inft-labs/inft/internal/safe"
	"github.com/inft-labs/inft/ipfs"
	"github.com/inft-labs/inft/txmgr"
)

// A collaboration runs as its request's one job, its steps in the order
// collab.Plan gives, a phase's steps in parallel (each within its provider's
// concurrency limit, failing over like a generation). Each finished step's
// output is stored on IPFS and in collaboration_steps before the next phase
// starts, so a job retried or resumed after a crash starts at the first
// unfinished step and never asks a provider again for a finished one. The
// output, what every agent learned and the fulfilment commit together, as a
// generation's do; a learning mode's student is anchored by an evolveAgent
// queued with its fulfilment.

// Bounds of what one step quotes of its peers' work.
const (
	// StepPromptBytes bounds a step's prompt: the request's prompt (at most
	// the contract's 2,000 bytes) and the peers' work it quotes.
	StepPromptBytes = 12_000
	// stepTextBytes bounds the text a step keeps for the steps after it.
	stepTextBytes = 16 << 10
	// reviewTextBytes bounds a review's text in the token's metadata.
	reviewTextBytes = 1_000
)

// member is one agent of a collaboration, as the job reads it.
type member struct {
	Position int    `db:"position"`
	AgentID  string `db:"agent_id"`
	Tier     int16  `db:"tier"`
	Level    int64  `db:"level"` // on chain
	Profile  []byte `db:"profile"`
	profile  agent.Profile
}

// stepRow is a finished step as collaboration_steps stores it.
type stepRow struct {
	Phase     int            `db:"phase"`
	Position  int            `db:"position"`
	AgentID   string         `db:"agent_id"`
	RequestTx []byte         `db:"request_tx"`
	Role      string         `db:"role"`
	Provider  sql.NullString `db:"provider"`
	Model     sql.NullString `db:"model"`
	MIME      string         `db:"mime"`
	Output    sql.NullString `db:"output"`
	OutputCID string         `db:"output_cid"`
	Verdict   []byte         `db:"verdict"`
	CostUSD   float64        `db:"cost_usd"`
}

// verdict is a step's judgement: a review's scores of the other drafts (by
// position), a vote's choice (a position), a style's weight.
type verdict struct {
	Scores map[int]int `json:"scores,omitempty"`
	Vote   *int        `json:"vote,omitempty"`
	Weight int         `json:"weight,omitempty"`
}

func (s stepRow) verdict() verdict {
	var v verdict
	_ = json.Unmarshal(s.Verdict, &v) // written by this package; an unreadable one judges nothing
	return v
}

type stepKey struct{ phase, position int }

// stepCols read a row of collaboration_steps into a stepRow.
const stepCols = `phase, position, agent_id::text AS agent_id, request_tx, role, provider, model, mime, output,
	output_cid, verdict, cost_usd`

// collaborate moves a collaboration as far as it can go now, as Process
// does a generation.
func (w *Worker) collaborate(ctx context.Context, r request) error {
	mode := collab.Mode(r.Mode.Int16)
	var members []*member
	if err := w.selectRows(ctx, &members, `SELECT c.position, c.agent_id::text AS agent_id, a.tier, a.level, p.profile
		FROM generation_collaborators c JOIN agents a ON a.id = c.agent_id LEFT JOIN agent_profiles p ON p.agent_id = c.agent_id
		WHERE c.request_id = $1 ORDER BY c.position`, r.ID); err != nil {
		return fmt.Errorf("relayer: agents of collaboration %s: %w", r.ID, err)
	}
	plan := collab.Plan(mode, len(members))
	if plan == nil {
		return w.Fail(ctx, r.ID, fmt.Sprintf("unknown collaboration: mode %d of %d agents", r.Mode.Int16, len(members)))
	}
	for i, m := range members {
		if m.Position != i {
			return fmt.Errorf("relayer: collaboration %s: agent at position %d of %d", r.ID, m.Position, i)
		}
		m.profile = agent.New(m.AgentID, ai.Tier(m.Tier))
		if m.Profile != nil {
			if err := json.Unmarshal(m.Profile, &m.profile); err != nil {
				return fmt.Errorf("relayer: profile of agent %s: %w", m.AgentID, err)
			}
		}
	}
	if err := ai.CheckPrompt(r.Prompt, 0); err != nil {
		return w.Fail(ctx, r.ID, reason(err))
	}
	var rows []stepRow
	if err := w.selectRows(ctx, &rows, `SELECT `+stepCols+` FROM collaboration_steps WHERE request_id = $1`, r.ID); err != nil {
		return fmt.Errorf("relayer: steps of collaboration %s: %w", r.ID, err)
	}
	done := map[stepKey]stepRow{}
	for _, s := range rows {
		if s.Position >= len(members) || members[s.Position].AgentID != s.AgentID || !bytes.Equal(s.RequestTx, r.TxHash) {
			// Another request of the same id (a reorg deeper than the
			// confirmations): its steps are not this one's; start afresh.
			if err := w.exec(ctx, nil, `DELETE FROM collaboration_steps WHERE request_id = $1`, r.ID); err != nil {
				return err
			}
			clear(done)
			break
		}
		done[stepKey{s.Phase, s.Position}] = s
	}
	c := &collaboration{w: w, r: r, mode: mode, members: members, plan: plan, done: done}
	if len(done) == 0 {
		if err := w.progressNow(ctx, r.ID, StageGenerating, 10, fmt.Sprintf("%s of %d agents: starting", mode, len(members))); err != nil {
			return err
		}
	}
	for phase := 0; phase <= 2; phase++ {
		if err := c.runPhase(ctx, phase); err != nil {
			var pe *ai.PromptError
			if errors.As(err, &pe) || ai.ClassOf(err).Scope() == ai.ScopeTask {
				return w.Fail(ctx, r.ID, reason(err))
			}
			return err
		}
	}
	return c.finish(ctx)
}

// collaboration is one run of a collaboration's job.
type collaboration struct {
	w       *Worker
	r       request
	mode    collab.Mode
	members []*member
	plan    []collab.Step
	mu      sync.Mutex
	done    map[stepKey]stepRow
}

func (c *collaboration) step(phase, position int) (stepRow, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	s, ok := c.done[stepKey{phase, position}]
	return s, ok
}

// runPhase runs the phase's unfinished steps in parallel and stores each as
// it finishes; the first error (of the steps that failed) is returned once
// every step has ended, the others' outputs kept.
func (c *collaboration) runPhase(ctx context.Context, phase int) error {
	var todo []collab.Step
	for _, s := range c.plan {
		if _, ok := c.step(s.Phase, s.Position); s.Phase == phase && !ok {
			todo = append(todo, s)
		}
	}
	if len(todo) == 0 {
		return nil
	}
	errs := make([]error, len(todo))
	var wg sync.WaitGroup
	for i, s := range todo {
		wg.Go(func() { errs[i] = c.run(ctx, s) })
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// run runs one step and stores its output.
func (c *collaboration) run(ctx context.Context, s collab.Step) error {
	w, m := c.w, c.members[s.Position]
	row := stepRow{Phase: s.Phase, Position: s.Position, AgentID: m.AgentID, Role: string(s.Role), MIME: ai.MIMEText}
	if err := w.progressFor(ctx, c.r.ID, m.AgentID, StageGenerating, c.percent(), fmt.Sprintf("agent #%s: %s", m.AgentID, strings.ToLower(string(s.Role)))); err != nil {
		return err
	}
	var data []byte
	switch s.Role {
	case collab.RoleStyle:
		data = []byte(m.profile.Style())
		row.Verdict, _ = json.Marshal(verdict{Weight: int(max(m.profile.Level, 1))})
	case collab.RoleStudy:
		next := c.studied(m.profile)
		doc, err := next.StateDocument()
		if err != nil {
			return err
		}
		data, row.MIME = doc, "application/json"
	default:
		task, check := c.task(s, m)
		task.Check = check
		res, err := w.cfg.AI.Generate(ctx, task)
		attempts := safeAttempts(res.Attempts)
		w.keepAttempts(ctx, c.r.ID, attempts)
		if err != nil {
			return fmt.Errorf("agent #%s's %s: %w", m.AgentID, strings.ToLower(string(s.Role)), err)
		}
		data, row.MIME = res.Output.Data, res.Output.MIME
		row.Provider = sql.NullString{String: res.Provider, Valid: true}
		row.Model = sql.NullString{String: res.Model, Valid: true}
		row.CostUSD = res.CostUSD
		if check != nil { // a review or a vote: keep what it judged
			v, _ := c.judge(s, string(data)) // check passed: it parses
			row.Verdict, _ = json.Marshal(v)
		}
	}
	cid, err := w.cfg.Store.Put(ctx, data)
	if err != nil {
		return fmt.Errorf("relayer: store step output: %w", err)
	}
	row.OutputCID = cid
	if strings.HasPrefix(row.MIME, "text/") || row.MIME == "application/json" {
		row.Output = sql.NullString{String: safeCut(safe.Text(string(data)), stepTextBytes), Valid: true}
	}
	var verdictArg any
	if row.Verdict != nil {
		verdictArg = string(row.Verdict)
	}
	// Another run that stored the step first (a job rescued while its first
	// run still went on) wins: its row is read back and used, so the output
	// minted is the one the step's row names.
	if err := w.get(ctx, nil, &row, `INSERT INTO collaboration_steps (request_id, phase, position, agent_id, role, provider, model, mime,
			output, output_cid, verdict, cost_usd, request_tx) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11::jsonb, $12, $13)
		ON CONFLICT (request_id, phase, position) DO UPDATE SET request_id = EXCLUDED.request_id
		RETURNING `+stepCols,
		c.r.ID, row.Phase, row.Position, row.AgentID, row.Role, row.Provider, row.Model, row.MIME, row.Output, row.OutputCID,
		verdictArg, row.CostUSD, c.r.TxHash); err != nil {
		return fmt.Errorf("relayer: store step %d.%d of %s: %w", row.Phase, row.Position, c.r.ID, err)
	}
	c.mu.Lock()
	c.done[stepKey{s.Phase, s.Position}] = row
	c.mu.Unlock()
	return nil
}

// percent is how far the collaboration's steps are, in GENERATING's 10-70 %.
func (c *collaboration) percent() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return 10 + 60*len(c.done)/len(c.plan)
}

// number is how a step's prompt names the agent at position: #1 is the lead.
func number(position int) int { return position + 1 }

// others are the positions of every agent but position's, as numbers.
func (c *collaboration) others(position int) []int {
	var out []int
	for i := range c.members {
		if i != position {
			out = append(out, number(i))
		}
	}
	return out
}

// task is the generation a step asks for, and the check of its answer (a
// review's scores, a vote).
func (c *collaboration) task(s collab.Step, m *member) (ai.Task, func(ai.Output) error) {
	kind, prompt, n := ai.Kind(c.r.Kind), c.r.Prompt, len(c.members)
	t := ai.Task{Tier: ai.Tier(m.Tier), Kind: ai.KindText, System: m.profile.Style(), MaxPromptBytes: StepPromptBytes}
	quota := (StepPromptBytes - len(prompt) - 600) / max(n-1, 1) // what each quoted peer's work may take
	switch s.Role {
	case collab.RolePart:
		if kind == ai.KindImage {
			t.Prompt = fmt.Sprintf("You are agent %d of %d planning one image together for: %q.\n"+
				"List the visual elements you would bring to it (subjects, setting, light, colour) in one short paragraph.", number(s.Position), n, prompt)
		} else {
			t.Prompt = fmt.Sprintf("You are writing part %d of %d of one piece, with other agents, for: %q.\n"+
				"Write only your part (%s), in your own style.", number(s.Position), n, prompt, partName(s.Position, n))
		}
	case collab.RoleComposition:
		var b strings.Builder
		for i := range c.members {
			part, _ := c.step(0, i)
			fmt.Fprintf(&b, "\n\nPart %d (agent #%s):\n%s", number(i), c.members[i].AgentID, quote(part.Output.String, quota))
		}
		if kind == ai.KindImage {
			t.Kind = kind
			t.Prompt = safeCut(fmt.Sprintf("%s. Elements from the agents:%s", strings.TrimRight(prompt, ". "), b.String()), StepPromptBytes)
		} else {
			t.Prompt = fmt.Sprintf("Compose one piece for %q from these parts by your fellow agents, in order, keeping their words where you can:%s",
				prompt, b.String())
		}
	case collab.RoleFusion:
		profiles := make([]agent.Profile, n)
		for i, mm := range c.members {
			profiles[i] = mm.profile
		}
		t.Kind, t.System, t.Prompt = kind, agent.FusedStyle(profiles), prompt
	case collab.RoleDraft, collab.RoleProposal:
		t.Kind, t.Prompt = kind, prompt
		if kind == ai.KindImage {
			t.Prompt = m.profile.ShapeImagePrompt(prompt)
		}
	case collab.RoleReview, collab.RoleVote:
		first := collab.RoleDraft
		if s.Role == collab.RoleVote {
			first = collab.RoleProposal
		}
		var b strings.Builder
		for i := range c.members {
			if i == s.Position {
				continue
			}
			fmt.Fprintf(&b, "\n\n%s #%d (agent #%s):\n%s", strings.ToLower(string(first)), number(i), c.members[i].AgentID,
				quote(c.describe(i), quota))
		}
		others := c.others(s.Position)
		if s.Role == collab.RoleReview {
			t.Prompt = fmt.Sprintf("You are reviewing your fellow agents' drafts for: %q.%s\n\n%s", prompt, b.String(), ai.AskScores(others))
			return t, func(o ai.Output) error { _, err := ai.ParseScores(string(o.Data), others); return err }
		}
		t.Prompt = fmt.Sprintf("Your fellow agents propose answers to: %q.%s\n\nVote for the best one but your own.\n%s", prompt, b.String(), ai.AskVote(others))
		return t, func(o ai.Output) error { _, err := ai.ParseVote(string(o.Data), others); return err }
	case collab.RoleLesson:
		student := c.members[0].AgentID
		if c.mode == collab.KnowledgeShare {
			t.Prompt = fmt.Sprintf("Share what you know about %q with agent #%s, as notes it can learn from.", prompt, student)
		} else {
			t.Prompt = fmt.Sprintf("Teach agent #%s your craft for %q: how you would approach it, in your style, in a few sentences.", student, prompt)
		}
	}
	return t, nil
}

// partName says which part of n a position writes.
func partName(position, n int) string {
	switch position {
	case 0:
		return "the opening"
	case n - 1:
		return "the ending"
	}
	return fmt.Sprintf("the middle, part %d", position+1)
}

// quote is a peer's work cut to fit a prompt.
func quote(s string, limit int) string {
	limit = max(limit, 200)
	if len(s) <= limit {
		return s
	}
	return safeCut(s, limit) + " […]"
}

// describe is what a review or a vote reads of the draft or proposal at
// position: its text, or for an image what made it.
func (c *collaboration) describe(position int) string {
	s, _ := c.step(0, position)
	if s.Output.Valid {
		return s.Output.String
	}
	m := c.members[position]
	return fmt.Sprintf("an image made by %s (%s) from the prompt: %s", s.Provider.String, s.Model.String, m.profile.ShapeImagePrompt(c.r.Prompt))
}

// judge reads a review's scores or a vote from an answer, by position.
func (c *collaboration) judge(s collab.Step, answer string) (verdict, error) {
	others := c.others(s.Position)
	if s.Role == collab.RoleReview {
		scores, err := ai.ParseScores(answer, others)
		if err != nil {
			return verdict{}, err
		}
		v := verdict{Scores: map[int]int{}}
		for n, score := range scores {
			v.Scores[n-1] = score
		}
		return v, nil
	}
	n, err := ai.ParseVote(answer, others)
	if err != nil {
		return verdict{}, err
	}
	p := n - 1
	return verdict{Vote: &p}, nil
}

// studied is the student's profile once it learned from every teacher and
// recorded the lesson.
func (c *collaboration) studied(student agent.Profile) agent.Profile {
	next := student
	for _, t := range c.members[1:] {
		next = next.Learn(t.profile, c.mode == collab.KnowledgeShare)
	}
	return next.RecordCollaboration(agent.Collaboration{Kind: ai.Kind(c.r.Kind), Prompt: c.r.Prompt, With: c.ids(0)})
}

// ids are the agents' ids but position's, in order.
func (c *collaboration) ids(position int) []string {
	var out []string
	for i, m := range c.members {
		if i != position {
			out = append(out, m.AgentID)
		}
	}
	return out
}

// tally is how the drafts or proposals of phase 0 fared: each one's mean
// review score (peer review) or votes (swarm), and the position kept: the
// best, ties to the lead's side.
func (c *collaboration) tally() (scores []float64, votes []int, winner int) {
	n := len(c.members)
	scores, votes = make([]float64, n), make([]int, n)
	sums, counts := make([]int, n), make([]int, n)
	for i := range c.members {
		s, _ := c.step(1, i)
		v := s.verdict()
		for p, score := range v.Scores {
			if p >= 0 && p < n {
				sums[p] += score
				counts[p]++
			}
		}
		if v.Vote != nil && *v.Vote >= 0 && *v.Vote < n {
			votes[*v.Vote]++
		}
	}
	for p := range n {
		if counts[p] > 0 {
			scores[p] = float64(sums[p]) / float64(counts[p])
		}
		switch c.mode {
		case collab.PeerReview:
			if scores[p] > scores[winner] {
				winner = p
			}
		case collab.Swarm:
			if votes[p] > votes[winner] {
				winner = p
			}
		}
	}
	return scores, votes, winner
}

// finish stores the collaboration's output and metadata and queues its
// fulfilment with what every agent learned, once.
func (c *collaboration) finish(ctx context.Context) error {
	w, r := c.w, c.r
	if c.mode.Learning() {
		study, _ := c.step(2, 0)
		return w.queueOnce(ctx, r.ID, w.fulfilment(r.ID, study.OutputCID), func(tx *sqlx.Tx) error {
			if err := c.storeOutput(ctx, tx, study, study.OutputCID); err != nil {
				return err
			}
			return c.learn(ctx, tx, -1, study)
		}, StageMinting, 90, fmt.Sprintf("agent #%s studied: new state %s; fulfilment queued", c.members[0].AgentID, ipfs.URI(study.OutputCID)))
	}
	var out stepRow
	var scores []float64
	var votes []int
	winner := -1
	switch c.mode {
	case collab.PeerReview, collab.Swarm:
		scores, votes, winner = c.tally()
		out, _ = c.step(0, winner)
	default:
		out, _ = c.step(2, 0)
	}
	if err := w.progressNow(ctx, r.ID, StageUploading, 75, "storing the collaboration's metadata on IPFS"); err != nil {
		return err
	}
	metaCID, err := ipfs.PutJSON(ctx, w.cfg.Store, c.metadata(out, winner, scores, votes))
	if err != nil {
		return fmt.Errorf("relayer: store metadata: %w", err)
	}
	return w.queueOnce(ctx, r.ID, w.fulfilment(r.ID, metaCID), func(tx *sqlx.Tx) error {
		if err := c.storeOutput(ctx, tx, out, metaCID); err != nil {
			return err
		}
		return c.learn(ctx, tx, winner, stepRow{})
	}, StageMinting, 90, "stored "+ipfs.URI(metaCID)+"; fulfilment queued")
}

// storeOutput records the collaboration's output, as a generation's.
func (c *collaboration) storeOutput(ctx context.Context, tx *sqlx.Tx, out stepRow, metaCID string) error {
	var cost float64
	c.mu.Lock()
	for _, s := range c.done {
		cost += s.CostUSD
	}
	c.mu.Unlock()
	provider, model := cmp.Or(out.Provider.String, "relayer"), cmp.Or(out.Model.String, "profile blend")
	if err := c.w.exec(ctx, tx, `INSERT INTO generation_outputs (request_id, provider, model, mime, output_cid, metadata_cid, cost_usd, attempts)
		VALUES ($1, $2, $3, $4, $5, $6, $7, '[]')`, c.r.ID, provider, model, out.MIME, out.OutputCID, metaCID, cost); err != nil {
		return fmt.Errorf("relayer: store output of %s: %w", c.r.ID, err)
	}
	return nil
}

// learn records the collaboration in every agent's profile, locked in id
// order (collaborations of the same agents never wait on each other in a
// circle); an agent lifted to a new level is queued for anchoring. A
// learning mode's student takes the profile study computed and stored, and
// its evolveAgent is queued: when the student's profile changed since (a
// generation of its own finished meanwhile), the study is dropped and done
// again on the next attempt.
func (c *collaboration) learn(ctx context.Context, tx *sqlx.Tx, winner int, study stepRow) error {
	w := c.w
	order := slices.Clone(c.members)
	slices.SortFunc(order, func(a, b *member) int {
		x, _ := new(big.Int).SetString(a.AgentID, 10)
		y, _ := new(big.Int).SetString(b.AgentID, 10)
		return x.Cmp(y)
	})
	for _, m := range order {
		prev, next, err := w.updateProfile(ctx, tx, m.AgentID, ai.Tier(m.Tier), func(prev agent.Profile) (agent.Profile, error) {
			switch {
			case c.mode.Learning() && m.Position == 0:
				next := c.studied(prev)
				state, err := next.StateDocument()
				if err != nil {
					return next, err
				}
				if string(state) != study.Output.String {
					if err := w.exec(ctx, nil, `DELETE FROM collaboration_steps WHERE request_id = $1 AND phase = 2`, c.r.ID); err != nil {
						return next, err
					}
					return next, fmt.Errorf("relayer: agent %s's profile changed while it studied; studying again", m.AgentID)
				}
				return next, nil
			case c.mode.Learning():
				return prev.RecordCollaboration(agent.Collaboration{Kind: ai.Kind(c.r.Kind), Prompt: c.r.Prompt, With: c.ids(m.Position), Taught: true}), nil
			}
			return prev.RecordCollaboration(agent.Collaboration{Kind: ai.Kind(c.r.Kind), Prompt: c.r.Prompt, With: c.ids(m.Position),
				Minted: true, Chosen: m.Position == winner}), nil
		})
		if err != nil {
			return err
		}
		if c.mode.Learning() && m.Position == 0 {
			id, _ := new(big.Int).SetString(m.AgentID, 10)
			level := uint32(max(int64(next.Level), m.Level, 1))
			if _, _, err := w.cfg.Tx.Enqueue(ctx, tx, txmgr.Request{
				Key: lessonKey(c.r.ID), To: w.cfg.Agents, Data: w.abi.PackEvolveAgent(id, level, ipfs.URI(study.OutputCID)),
			}); err != nil {
				return err
			}
			continue
		}
		if next.LeveledUp(prev) {
			if err := w.queueAnchor(ctx, tx, m.AgentID, next.Level); err != nil {
				return err
			}
		}
	}
	return nil
}

// lessonKey is the idempotency key of the evolveAgent that anchors what a
// learning collaboration taught its student.
func lessonKey(requestID string) string { return "lesson:" + requestID }

// CollaborationMetadata is what a co-created token's metadata says of its
// making: the mode, every step's agent and role, and for a peer review the
// scores and reviews, for a swarm the votes.
type CollaborationMetadata struct {
	Mode          string                 `json:"mode"`
	Contributions []ContributionMetadata `json:"contributions"`
	// Kept is the agent whose draft or proposal was minted (peer review, swarm).
	Kept string `json:"kept,omitempty"`
}

// ContributionMetadata is one step of a collaboration in its token's metadata.
type ContributionMetadata struct {
	Agent  string `json:"agent"`
	Role   string `json:"role"`
	Output string `json:"output"` // ipfs://…
	// Score is a draft's mean review score; Votes a proposal's votes.
	Score *float64 `json:"score,omitempty"`
	Votes *int     `json:"votes,omitempty"`
	// Scores are a review's scores of the other drafts, by their agents;
	// Vote is the agent a vote chose.
	Scores map[string]int `json:"scores,omitempty"`
	Vote   string         `json:"vote,omitempty"`
	// Review is the start of a review's or a vote's text.
	Review string `json:"review,omitempty"`
}

// metadata is the ERC-721 metadata of a collaboration's output out.
func (c *collaboration) metadata(out stepRow, winner int, scores []float64, votes []int) Metadata {
	r, kind := c.r, ai.Kind(c.r.Kind)
	names := make([]string, len(c.members))
	for i, m := range c.members {
		names[i] = "#" + m.AgentID
	}
	who := strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
	meta := Metadata{
		Name: fmt.Sprintf("INFT agents %s · collaboration #%s", who, r.ID),
		Description: fmt.Sprintf("A %s made together by INFT agents %s (%s) for %s.", kind, who,
			strings.ToLower(strings.ReplaceAll(c.mode.String(), "_", " ")), common.BytesToAddress(r.Requester).Hex()),
		Prompt: r.Prompt,
		Attributes: []Attribute{
			{TraitType: "agent", Value: c.members[0].AgentID}, {TraitType: "mode", Value: c.mode.String()},
			{TraitType: "kind", Value: kind.String()}, {TraitType: "provider", Value: out.Provider.String},
			{TraitType: "model", Value: out.Model.String}, {TraitType: "contributors", Value: len(c.members), DisplayType: "number"},
		},
	}
	for _, m := range c.members {
		meta.Attributes = append(meta.Attributes, Attribute{TraitType: "co-creator", Value: m.AgentID})
	}
	if kind == ai.KindImage {
		meta.Image = ipfs.URI(out.OutputCID)
	} else {
		meta.Content = ipfs.URI(out.OutputCID)
		meta.Image = textCard(c.members[max(winner, 0)].AgentID, r.ID, c.members[max(winner, 0)].Tier, out.Output.String)
	}
	cm := &CollaborationMetadata{Mode: c.mode.String()}
	if winner >= 0 {
		cm.Kept = c.members[winner].AgentID
	}
	for _, s := range c.plan {
		row, _ := c.step(s.Phase, s.Position)
		cd := ContributionMetadata{Agent: row.AgentID, Role: row.Role, Output: ipfs.URI(row.OutputCID)}
		switch s.Role {
		case collab.RoleDraft:
			cd.Score = &scores[s.Position]
		case collab.RoleProposal:
			cd.Votes = &votes[s.Position]
		case collab.RoleReview, collab.RoleVote:
			v := row.verdict()
			if len(v.Scores) > 0 {
				cd.Scores = map[string]int{}
				for p, score := range v.Scores {
					cd.Scores[c.members[p].AgentID] = score
				}
			}
			if v.Vote != nil {
				cd.Vote = c.members[*v.Vote].AgentID
			}
			cd.Review = safeCut(row.Output.String, reviewTextBytes)
		}
		cm.Contributions = append(cm.Contributions, cd)
	}
	meta.Collaboration = cm
	return meta
}

// progressFor records a progress row of one agent's step, as progressNow does.
func (w *Worker) progressFor(ctx context.Context, id, agentID, stage string, percent int, msg string) error {
	args := append(w.progressArgs(id, stage, percent, msg), agentID)
	err := w.exec(ctx, nil, `WITH async AS (SELECT set_config('synchronous_commit', 'off', true)),
		progress_row AS (INSERT INTO generation_progress (request_id, stage, percent, message, agent_id)
			VALUES ($1, $2, $3, $4, $7) RETURNING 1)
		SELECT pg_notify($5, $6) FROM progress_row CROSS JOIN async`, args...)
	if err != nil {
		return fmt.Errorf("relayer: progress: %w", err)
	}
	return nil
}

// selectRows runs a prepared query for many rows on the pool.
func (w *Worker) selectRows(ctx context.Context, dest any, query string, args ...any) error {
	st, err := w.prepared(ctx, nil, query)
	if err != nil {
		return err
	}
	return st.SelectContext(ctx, dest, args...)
}

package graph

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/lib/pq"

	"github.com/inft-labs/inft/collab"
	"github.com/inft-labs/inft/graph/model"
	"github.com/inft-labs/inft/internal/pg"
	"github.com/inft-labs/inft/internal/safe"
	"github.com/inft-labs/inft/ipfs"
)

// collabRow is a request's collaborators and finished steps, as the
// collaboration loader reads them.
type collabRow struct {
	agents []string // lead first
	steps  map[[2]int]stepRow
}

// stepRow is a row of collaboration_steps.
type stepRow struct {
	RequestID string  `db:"request_id"`
	Phase     int     `db:"phase"`
	Position  int     `db:"position"`
	OutputCID string  `db:"output_cid"`
	Output    *string `db:"output"`
	Verdict   []byte  `db:"verdict"`
}

// stepVerdict is a step's judgement as the relayer stores it.
type stepVerdict struct {
	Scores map[int]int `json:"scores"`
	Vote   *int        `json:"vote"`
	Weight int         `json:"weight"`
}

// reviewBytes bounds Contribution.review.
const reviewBytes = 1_000

// collaborations reads the collaborators and steps of requests, two
// queries for any number of them.
func collaborations(db *pg.Stmts) func(context.Context, []string) ([]*collabRow, []error) {
	return func(ctx context.Context, ids []string) ([]*collabRow, []error) {
		var members []struct {
			RequestID string `db:"request_id"`
			AgentID   string `db:"agent_id"`
		}
		if err := db.Select(ctx, &members, `SELECT request_id::text AS request_id, agent_id::text AS agent_id
			FROM generation_collaborators WHERE request_id = ANY($1::numeric[]) ORDER BY request_id, position`, pq.Array(ids)); err != nil {
			return nil, []error{err}
		}
		var steps []stepRow
		if err := db.Select(ctx, &steps, `SELECT request_id::text AS request_id, phase, position, output_cid, output, verdict
			FROM collaboration_steps WHERE request_id = ANY($1::numeric[])`, pq.Array(ids)); err != nil {
			return nil, []error{err}
		}
		found := map[string]*collabRow{}
		row := func(id string) *collabRow {
			if found[id] == nil {
				found[id] = &collabRow{steps: map[[2]int]stepRow{}}
			}
			return found[id]
		}
		for _, m := range members {
			row(m.RequestID).agents = append(row(m.RequestID).agents, m.AgentID)
		}
		for _, s := range steps {
			row(s.RequestID).steps[[2]int{s.Phase, s.Position}] = s
		}
		out := make([]*collabRow, len(ids))
		for i, id := range ids {
			out[i] = found[id]
		}
		return out, nil
	}
}

func (r *Resolver) collaborationMode(g *model.Generation) *model.CollaborationMode {
	if g.ModeCode == nil {
		return nil
	}
	m := model.CollaborationMode(collab.Mode(*g.ModeCode).String())
	if !m.IsValid() {
		return nil
	}
	return &m
}

func (r *Resolver) collaborators(ctx context.Context, g *model.Generation) ([]*model.Agent, error) {
	ids := []string{g.AgentID}
	if g.ModeCode != nil {
		c, err := r.loaders(ctx).collab.Load(ctx, g.RequestID)
		if err != nil {
			return nil, err
		}
		if c != nil {
			ids = c.agents
		}
	}
	agents, err := r.loaders(ctx).agent.LoadAll(ctx, ids)
	if err != nil {
		return nil, err
	}
	for i, a := range agents {
		if a == nil {
			return nil, fmt.Errorf("agent %s of request %s is not indexed", ids[i], g.RequestID)
		}
	}
	return agents, nil
}

// contributions are a collaboration's steps in collab.Plan's order, each
// done once the relayer stored it; a draft scored by the reviews of it, a
// proposal by its votes.
func (r *Resolver) contributions(ctx context.Context, g *model.Generation) ([]*model.Contribution, error) {
	out := []*model.Contribution{}
	if g.ModeCode == nil {
		return out, nil
	}
	c, err := r.loaders(ctx).collab.Load(ctx, g.RequestID)
	if err != nil || c == nil {
		return out, err
	}
	mode := collab.Mode(*g.ModeCode)
	plan := collab.Plan(mode, len(c.agents))
	agents, err := r.loaders(ctx).agent.LoadAll(ctx, c.agents)
	if err != nil {
		return nil, err
	}
	// What phase 1 said of each position's phase-0 work.
	sums, counts, votes := map[int]int{}, map[int]int{}, map[int]int{}
	for key, s := range c.steps {
		if key[0] != 1 {
			continue
		}
		v := verdictOf(s)
		for p, score := range v.Scores {
			sums[p] += score
			counts[p]++
		}
		if v.Vote != nil {
			votes[*v.Vote]++
		}
	}
	for _, st := range plan {
		if agents[st.Position] == nil {
			return nil, fmt.Errorf("agent %s of request %s is not indexed", c.agents[st.Position], g.RequestID)
		}
		ct := &model.Contribution{Agent: agents[st.Position], Role: model.ContributionRole(st.Role), Status: model.ContributionStatusPending}
		s, ok := c.steps[[2]int{st.Phase, st.Position}]
		switch {
		case ok:
			ct.Status = model.ContributionStatusDone
			uri := ipfs.URI(s.OutputCID)
			ct.OutputURI = &uri
		case g.Status == model.GenerationStatusFailed:
			ct.Status = model.ContributionStatusFailed
		}
		if ok {
			v := verdictOf(s)
			switch st.Role {
			case collab.RoleStyle:
				w := float64(v.Weight)
				ct.Score = &w
			case collab.RoleDraft:
				if counts[st.Position] > 0 {
					mean := float64(sums[st.Position]) / float64(counts[st.Position])
					ct.Score = &mean
				}
			case collab.RoleProposal:
				n := float64(votes[st.Position])
				ct.Score = &n
			case collab.RoleReview, collab.RoleVote:
				if s.Output != nil {
					text := safe.Truncate(*s.Output, reviewBytes)
					ct.Review = &text
				}
			}
		}
		out = append(out, ct)
	}
	return out, nil
}

func verdictOf(s stepRow) stepVerdict {
	var v stepVerdict
	_ = json.Unmarshal(s.Verdict, &v) // the relayer's JSON; an unreadable one judges nothing
	return v
}

// agentCollaborations is a page of the collaborations agent took part in,
// newest first: a backward read of generation_collaborators' agent index.
func (r *Resolver) agentCollaborations(ctx context.Context, agent string, first *int, after *string) (*model.GenerationConnection, error) {
	n, key, err := page("collaborations", 1, first, after)
	if err != nil {
		return nil, err
	}
	w := &where{}
	w.add("c.agent_id = ?::numeric", agent)
	if key != nil {
		w.add("c.request_id < ?::numeric", key[0])
	}
	var rows []*model.Generation
	if err := r.DB.SelectContext(ctx, &rows, `SELECT `+generationCols+` FROM generation_collaborators c
		JOIN generation_requests r ON r.id = c.request_id`+w.sql()+` ORDER BY c.request_id DESC LIMIT `+w.arg(n+1), w.args...); err != nil {
		return nil, err
	}
	conn := generationPage(rows, n)
	for _, e := range conn.Edges { // the collaborations' own cursors
		e.Cursor = cursor("collaborations", e.Node.RequestID)
		conn.PageInfo.EndCursor = &e.Cursor
	}
	return conn, nil
}

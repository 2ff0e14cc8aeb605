package relayer_test

import (
	"context"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/inft-labs/inft/ai"
	"github.com/inft-labs/inft/ai/agent"
	"github.com/inft-labs/inft/ai/local"
	"github.com/inft-labs/inft/collab"
	"github.com/inft-labs/inft/internal/chaintest"
	"github.com/inft-labs/inft/relayer"
)

// counting is the local provider that counts its calls by task (the hash of
// its system and prompt: one per collaboration step) with when each began,
// and fails the calls that fail says to.
type counting struct {
	ai.Provider
	mu    sync.Mutex
	calls map[[32]byte][]time.Time
	fail  func(r ai.Request) error
}

func newCounting() *counting {
	return &counting{Provider: local.New(), calls: map[[32]byte][]time.Time{}}
}

func (p *counting) call(r ai.Request) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	k := sha256.Sum256([]byte(r.System + "\x00" + r.Prompt))
	p.calls[k] = append(p.calls[k], time.Now())
	if p.fail != nil {
		return p.fail(r)
	}
	return nil
}

func (p *counting) GenerateText(ctx context.Context, r ai.Request) (ai.Output, error) {
	if err := p.call(r); err != nil {
		return ai.Output{}, err
	}
	return p.Provider.GenerateText(ctx, r)
}

func (p *counting) GenerateImage(ctx context.Context, r ai.Request) (ai.Output, error) {
	if err := p.call(r); err != nil {
		return ai.Output{}, err
	}
	return p.Provider.GenerateImage(ctx, r)
}

func (p *counting) total() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	n := 0
	for _, c := range p.calls {
		n += len(c)
	}
	return n
}

func (p *counting) setFail(f func(ai.Request) error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.fail = f
}

// team buys n Pro agents of Alice's and returns their ids.
func (e *env) team(n int) []*big.Int {
	c := e.chain
	var ids []*big.Int
	for range n {
		c.Send(chaintest.Alice, c.Agents, new(big.Int).Mul(big.NewInt(45), big.NewInt(1e18)), c.AgentsABI.PackPurchasePackage(1))
		ids = append(ids, chaintest.Call(e.t, c.Agents, c.AgentsABI.PackAgentCount(), c.AgentsABI.UnpackAgentCount))
	}
	return ids
}

// collaborate requests a collaboration of Alice's agents and indexes it.
func (e *env) collaborate(agents []*big.Int, mode collab.Mode, kind uint8, prompt string) string {
	c := e.chain
	c.Send(chaintest.Alice, c.Agents, nil, c.AgentsABI.PackRequestCollaboration(agents, uint8(mode), kind, prompt))
	e.sync()
	id := chaintest.Call(e.t, c.Agents, c.AgentsABI.PackRequestCount(), c.AgentsABI.UnpackRequestCount)
	return id.String()
}

func (e *env) credits(agent *big.Int) uint64 {
	return chaintest.Call(e.t, e.chain.Agents, e.chain.AgentsABI.PackCredits(agent), e.chain.AgentsABI.UnpackCredits)
}

func (e *env) profile(agentID string) agent.Profile {
	e.t.Helper()
	var doc []byte
	require.NoError(e.t, e.db.Get(&doc, `SELECT profile FROM agent_profiles WHERE agent_id = $1`, agentID))
	var p agent.Profile
	require.NoError(e.t, json.Unmarshal(doc, &p))
	return p
}

func (e *env) metadata(uri string) relayer.Metadata {
	e.t.Helper()
	doc, err := e.store.Get(context.Background(), strings.TrimPrefix(uri, "ipfs://"))
	require.NoError(e.t, err)
	var meta relayer.Metadata
	require.NoError(e.t, json.Unmarshal(doc, &meta))
	return meta
}

// Each mode end to end through the chain: requested on chain, run as its
// request's job (a step per agent, each provider-calling step one call),
// fulfilled once; the minting modes mint one token with every agent a
// co-creator and metadata naming the mode and the contributions (peer
// review's scores, swarm's votes); the learning modes mint nothing and
// anchor the student's new state; every agent learns.
func TestCollaborationModes(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		mode   collab.Mode
		kind   uint8
		agents int
	}{
		{collab.StyleFusion, 1, 3}, {collab.Collaborative, 0, 3}, {collab.Collaborative, 1, 2},
		{collab.PeerReview, 1, 4}, {collab.Swarm, 0, 3}, {collab.SkillTransfer, 0, 3}, {collab.KnowledgeShare, 0, 2},
	} {
		t.Run(fmt.Sprintf("%s/%d agents/kind %d", tc.mode, tc.agents, tc.kind), func(t *testing.T) {
			t.Parallel()
			p := newCounting()
			e := setupWith(t, p)
			c := e.chain
			team := e.team(tc.agents)
			// Each agent has a profile of its own first: a generation each.
			for i, a := range team {
				c.Send(chaintest.Alice, c.Agents, nil, c.AgentsABI.PackRequestGeneration(a, 0, []string{"a noir harbour", "a pastel watercolor garden", "a neon cyberpunk street", "a funny poem"}[i%4]))
			}
			e.sync()
			for i := range team {
				require.NoError(t, e.worker.Process(context.Background(), fmt.Sprint(i+1)))
			}
			e.mine()
			calls := p.total()

			id := e.collaborate(team, tc.mode, tc.kind, "a lighthouse keeper's cat")
			require.NoError(t, e.worker.Process(context.Background(), id))
			e.mine()

			plan := collab.Plan(tc.mode, tc.agents)
			providerSteps := 0
			for _, s := range plan {
				if s.Role.Calls() {
					providerSteps++
				}
			}
			require.Equal(t, providerSteps, p.total()-calls, "one provider call per step that asks one")
			var steps int
			require.NoError(t, e.db.Get(&steps, `SELECT count(*) FROM collaboration_steps WHERE request_id = $1`, id))
			require.Equal(t, len(plan), steps)
			var agentRows int
			require.NoError(t, e.db.Get(&agentRows, `SELECT count(DISTINCT agent_id) FROM generation_progress WHERE request_id = $1 AND agent_id IS NOT NULL`, id))
			if tc.mode != collab.StyleFusion {
				require.Equal(t, tc.agents, agentRows, "progress rows name each agent's steps")
			}

			var row struct {
				Status int     `db:"status"`
				Token  *string `db:"token_id"`
				URI    string  `db:"token_uri"`
			}
			require.NoError(t, e.db.Get(&row, `SELECT status, token_id, token_uri FROM generation_requests WHERE id = $1`, id))
			require.Equal(t, 2, row.Status, "fulfilled")
			ids := make([]string, len(team))
			for i, a := range team {
				ids[i] = a.String()
			}
			for i, a := range ids {
				got := e.profile(a).Collaborations
				require.Equal(t, uint64(1), got.Count, "agent %s learned from the collaboration", a)
				var others []string
				for j, b := range ids {
					if j != i {
						others = append(others, b)
					}
				}
				require.Equal(t, others, got.CoCreators)
			}

			if tc.mode.Learning() {
				require.Nil(t, row.Token, "a lesson mints nothing")
				require.Equal(t, int64(len(team)), chaintest.Call(t, c.Generated, c.GeneratedABI.PackTotalMinted(), c.GeneratedABI.UnpackTotalMinted).Int64())
				state := chaintest.Call(t, c.Agents, c.AgentsABI.PackStateURIOf(team[0]), c.AgentsABI.UnpackStateURIOf)
				require.Equal(t, row.URI, state, "the student's new state is anchored")
				doc, err := e.store.Get(context.Background(), strings.TrimPrefix(state, "ipfs://"))
				require.NoError(t, err)
				learned, err := agent.ParseStateDocument(doc)
				require.NoError(t, err)
				require.Equal(t, e.profile(ids[0]), learned, "the anchored state is the student's profile")
				require.Equal(t, uint64(len(team)-1), learned.Collaborations.Lessons, "a lesson from each teacher")
				for _, teacher := range ids[1:] {
					require.Equal(t, uint64(1), e.profile(teacher).Collaborations.Taught)
				}
				return
			}
			require.NotNil(t, row.Token)
			tokenID, _ := new(big.Int).SetString(*row.Token, 10)
			co := chaintest.Call(t, c.Generated, c.GeneratedABI.PackCoCreators(tokenID), c.GeneratedABI.UnpackCoCreators)
			require.Equal(t, team, co, "every agent is a co-creator")
			meta := e.metadata(row.URI)
			require.NotNil(t, meta.Collaboration)
			require.Equal(t, tc.mode.String(), meta.Collaboration.Mode)
			require.Len(t, meta.Collaboration.Contributions, len(plan))
			require.Contains(t, meta.Attributes, relayer.Attribute{TraitType: "mode", Value: tc.mode.String()})
			for _, a := range ids {
				require.Contains(t, meta.Attributes, relayer.Attribute{TraitType: "co-creator", Value: a})
			}
			if tc.kind == 1 {
				require.True(t, strings.HasPrefix(meta.Image, "ipfs://"))
			} else {
				require.True(t, strings.HasPrefix(meta.Content, "ipfs://"))
			}
			switch tc.mode {
			case collab.PeerReview:
				var best float64
				for _, cd := range meta.Collaboration.Contributions {
					switch cd.Role {
					case "DRAFT":
						require.NotNil(t, cd.Score)
						best = max(best, *cd.Score)
					case "REVIEW":
						require.Len(t, cd.Scores, tc.agents-1, "a review scores every other draft")
						require.NotContains(t, cd.Scores, cd.Agent, "and not its own")
						require.NotEmpty(t, cd.Review)
					}
				}
				for _, cd := range meta.Collaboration.Contributions {
					if cd.Role == "DRAFT" && cd.Agent == meta.Collaboration.Kept {
						require.Equal(t, best, *cd.Score, "the best-scored draft is kept")
						require.Equal(t, meta.Image, cd.Output, "and minted")
					}
				}
			case collab.Swarm:
				votes := 0
				for _, cd := range meta.Collaboration.Contributions {
					if cd.Role == "PROPOSAL" {
						votes += *cd.Votes
					}
					if cd.Role == "VOTE" {
						require.NotEqual(t, cd.Agent, cd.Vote, "no agent votes for itself")
					}
				}
				require.Equal(t, tc.agents, votes, "one vote each")
			}
		})
	}
}

// One agent's provider fails, then recovers: the job is retried and resumes
// at the unfinished step, never asking again for a finished one.
func TestCollaborationResumesAfterAFailingStep(t *testing.T) {
	t.Parallel()
	p := newCounting()
	e := setupWith(t, p)
	team := e.team(3)
	id := e.collaborate(team, collab.PeerReview, 0, "a lighthouse at dusk")
	down := true
	p.setFail(func(r ai.Request) error {
		if down && strings.Contains(r.System, "agent #3,") {
			return &ai.Error{Provider: local.ProviderName, Class: ai.ClassServer, Status: 503, Message: "overloaded"}
		}
		return nil
	})
	err := e.worker.Process(context.Background(), id)
	require.Error(t, err, "a step failed: the job is to be retried")
	var stored []string
	require.NoError(t, e.db.Select(&stored, `SELECT role || ':' || agent_id FROM collaboration_steps WHERE request_id = $1 ORDER BY phase, position`, id))
	require.Equal(t, []string{"DRAFT:1", "DRAFT:2"}, stored, "the others' drafts are kept")
	failed := p.total()

	down = false
	require.NoError(t, e.worker.Process(context.Background(), id))
	e.mine()
	require.Equal(t, failed+1+3, p.total(), "agent 3's draft, then the three reviews: no draft asked for twice")
	var status int
	require.NoError(t, e.db.Get(&status, `SELECT status FROM generation_requests WHERE id = $1`, id))
	require.Equal(t, 2, status)
}

// A step that fails for good (the provider refuses it) fails the whole
// collaboration on chain: every agent gets its share back.
func TestCollaborationStepFailingForGoodRefundsEveryAgent(t *testing.T) {
	t.Parallel()
	p := newCounting()
	e := setupWith(t, p)
	team := e.team(3)
	before := []uint64{e.credits(team[0]), e.credits(team[1]), e.credits(team[2])}
	id := e.collaborate(team, collab.Swarm, 1, "a storm over the harbour")
	require.Equal(t, before[0]-5, e.credits(team[0]), "each paid an image's 5 credits")
	p.setFail(func(r ai.Request) error {
		if strings.Contains(r.System, "agent #2,") {
			return &ai.Error{Provider: local.ProviderName, Class: ai.ClassContentPolicy, Status: 400, Message: "refused by policy"}
		}
		return nil
	})
	require.NoError(t, e.worker.Process(context.Background(), id))
	e.mine()
	var row struct {
		Status int    `db:"status"`
		Reason string `db:"failure_reason"`
	}
	require.NoError(t, e.db.Get(&row, `SELECT status, failure_reason FROM generation_requests WHERE id = $1`, id))
	require.Equal(t, 3, row.Status)
	require.Contains(t, row.Reason, "refused by policy")
	for i, a := range team {
		require.Equal(t, before[i], e.credits(a), "agent %s refunded its share", a)
	}
	var indexed []string
	require.NoError(t, e.db.Select(&indexed, `SELECT credits::text FROM agents ORDER BY id`))
	require.Equal(t, []string{fmt.Sprint(before[0]), fmt.Sprint(before[1]), fmt.Sprint(before[2])}, indexed)
}

// Steps stored for a request of the same id made by another transaction (a
// reorg deeper than the confirmations replaced it) are not reused: they are
// dropped and the collaboration runs from its first step.
func TestCollaborationStepsOfAnotherRequestAreDropped(t *testing.T) {
	t.Parallel()
	p := newCounting()
	e := setupWith(t, p)
	id := e.collaborate(e.team(2), collab.Swarm, 0, "a harbour at night")
	p.setFail(func(r ai.Request) error {
		if strings.Contains(r.Prompt, "Vote for") && strings.Contains(r.System, "agent #2,") {
			return &ai.Error{Provider: local.ProviderName, Class: ai.ClassServer, Status: 503}
		}
		return nil
	})
	require.Error(t, e.worker.Process(context.Background(), id))
	var n int
	require.NoError(t, e.db.Get(&n, `SELECT count(*) FROM collaboration_steps WHERE request_id = $1`, id))
	require.Equal(t, 3, n, "the two proposals and agent 1's vote")
	e.db.MustExec(`UPDATE generation_requests SET tx_hash = '\x01' WHERE id = $1`, id)
	p.setFail(nil)
	before := p.total()
	require.NoError(t, e.worker.Process(context.Background(), id), "the other request's steps are dropped, and it runs afresh")
	require.Equal(t, before+4, p.total(), "two proposals and two votes, asked anew")
	require.NoError(t, e.db.Get(&n, `SELECT count(*) FROM collaboration_steps WHERE request_id = $1 AND request_tx = '\x01'`, id))
	require.Equal(t, 4, n, "every step is this request's")
}

package graph_test

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/inft-labs/inft/ai"
	"github.com/inft-labs/inft/ai/local"
	"github.com/inft-labs/inft/internal/chaintest"
	"github.com/inft-labs/inft/ipfs"
	"github.com/inft-labs/inft/relayer"
	"github.com/inft-labs/inft/txmgr"
)

// relay is a relayer worker on e's database and chain, with the local
// provider and store, and a function that sends what it queued and indexes.
func (e *env) relay() (*relayer.Worker, func()) {
	e.t.Helper()
	ctx := context.Background()
	mgr, err := txmgr.New(ctx, e.db.DB, e.chain.Client, txmgr.Config{Key: e.chain.Accounts[chaintest.Relayer].Key})
	require.NoError(e.t, err)
	store, err := ipfs.NewLocal(e.t.TempDir())
	require.NoError(e.t, err)
	orch, err := ai.NewOrchestrator([]ai.Provider{local.New()}, ai.OrchestratorConfig{Policies: ai.OpenPolicies})
	require.NoError(e.t, err)
	w, err := relayer.New(ctx, e.db.DB, relayer.Config{AI: orch, Store: store, Tx: mgr, Agents: e.chain.Contracts.Agents})
	require.NoError(e.t, err)
	return w, func() {
		e.t.Helper()
		for range 20 {
			require.NoError(e.t, mgr.ProcessOnce(ctx))
			e.chain.Commit()
			require.NoError(e.t, mgr.ProcessOnce(ctx))
			var open int
			require.NoError(e.t, e.db.Get(&open, `SELECT count(*) FROM txs WHERE state IN ('unstarted', 'unconfirmed')`))
			if open == 0 {
				break
			}
		}
		e.sync()
	}
}

type contribution struct {
	Agent     struct{ ID string }
	Role      string
	Status    string
	OutputURI *string
	Score     *float64
	Review    *string
}

type collaboration struct {
	Status        string
	Mode          *string
	Agent         struct{ ID string }
	Collaborators []struct{ ID string }
	Contributions []contribution
	Token         *struct{ ID string }
}

const collaborationQuery = `query($id: ID!) { generation(requestId: $id) { status mode agent { id } collaborators { id }
	contributions { agent { id } role status outputURI score review } token { id } } }`

// A collaboration in the API: its mode, its agents lead first, and each
// step as a contribution, pending until the relayer stored it, then with
// its output, a draft's mean score and a review's text; the progress rows
// of its steps name their agents; each agent lists its collaborations,
// newest first, paged.
func TestCollaborationInTheAPI(t *testing.T) {
	t.Parallel()
	e := setup(t)
	c := e.chain
	agents := []*big.Int{e.buy(chaintest.Alice, 1), e.buy(chaintest.Alice, 1), e.buy(chaintest.Alice, 1)}
	c.Send(chaintest.Alice, c.Agents, nil, c.AgentsABI.PackRequestCollaboration(agents, 2, 0, "a lighthouse at dusk"))
	review := chaintest.Call(t, c.Agents, c.AgentsABI.PackRequestCount(), c.AgentsABI.UnpackRequestCount)
	single := e.request(chaintest.Alice, agents[1], 0, "a haiku")
	c.Send(chaintest.Alice, c.Agents, nil, c.AgentsABI.PackRequestCollaboration([]*big.Int{agents[1], agents[0]}, 4, 0, "brush work"))
	lesson := chaintest.Call(t, c.Agents, c.AgentsABI.PackRequestCount(), c.AgentsABI.UnpackRequestCount)
	e.sync()

	var got struct{ Generation collaboration }
	e.query(&got, collaborationQuery, map[string]any{"id": review.String()})
	g := got.Generation
	require.Equal(t, "PEER_REVIEW", *g.Mode)
	require.Equal(t, "1", g.Agent.ID, "the lead")
	require.Equal(t, []struct{ ID string }{{"1"}, {"2"}, {"3"}}, g.Collaborators)
	require.Len(t, g.Contributions, 6)
	for i, ct := range g.Contributions {
		require.Equal(t, []string{"DRAFT", "REVIEW"}[i/3], ct.Role)
		require.Equal(t, fmt.Sprint(i%3+1), ct.Agent.ID)
		require.Equal(t, "PENDING", ct.Status)
		require.Nil(t, ct.OutputURI)
	}
	e.query(&got, collaborationQuery, map[string]any{"id": single.String()})
	require.Nil(t, got.Generation.Mode, "a request of one agent")
	require.Equal(t, []struct{ ID string }{{"2"}}, got.Generation.Collaborators)
	require.Empty(t, got.Generation.Contributions)

	w, mine := e.relay()
	require.NoError(t, w.Process(context.Background(), review.String()))
	// Every step's progress names its agent (the subscription replays them).
	ws := dial(t, e.api())
	ws.subscribe("p", fmt.Sprintf(`subscription { generationProgress(requestId: "%s") { status agentId message } }`, review))
	stepsOf := map[string]int{}
	for {
		m := ws.next(10 * time.Second)
		require.Equal(t, "next", m.Type, string(m.Payload))
		var p struct {
			Data struct {
				GenerationProgress struct {
					Status  string
					AgentID *string
				}
			}
		}
		require.NoError(t, json.Unmarshal(m.Payload, &p))
		if p.Data.GenerationProgress.AgentID != nil {
			stepsOf[*p.Data.GenerationProgress.AgentID]++
		}
		if p.Data.GenerationProgress.Status == "MINTING" {
			break
		}
	}
	require.Equal(t, map[string]int{"1": 2, "2": 2, "3": 2}, stepsOf, "a draft and a review each")
	mine()

	e.query(&got, collaborationQuery, map[string]any{"id": review.String()})
	g = got.Generation
	require.Equal(t, "FULFILLED", g.Status)
	require.NotNil(t, g.Token)
	var best float64
	for _, ct := range g.Contributions {
		require.Equal(t, "DONE", ct.Status)
		require.NotNil(t, ct.OutputURI)
		switch ct.Role {
		case "DRAFT":
			require.NotNil(t, ct.Score, "a draft's mean score")
			require.GreaterOrEqual(t, *ct.Score, 1.0)
			require.LessOrEqual(t, *ct.Score, 10.0)
			best = max(best, *ct.Score)
			require.Nil(t, ct.Review)
		case "REVIEW":
			require.NotNil(t, ct.Review)
			require.Contains(t, *ct.Review, "SCORE #")
			require.Nil(t, ct.Score)
		}
	}
	require.Positive(t, best)
	var learned struct {
		Agent struct {
			Profile struct {
				Collaborations struct {
					Count      int
					CoCreators []string
				}
			}
		}
	}
	e.query(&learned, `{ agent(id: "2") { profile { collaborations { count coCreators } } } }`, nil)
	require.Equal(t, 1, learned.Agent.Profile.Collaborations.Count, "every agent learns from the collaboration")
	require.Equal(t, []string{"1", "3"}, learned.Agent.Profile.Collaborations.CoCreators)

	// The lesson: mints nothing; its study calls no provider.
	require.NoError(t, w.Process(context.Background(), lesson.String()))
	mine()
	e.query(&got, collaborationQuery, map[string]any{"id": lesson.String()})
	require.Equal(t, "FULFILLED", got.Generation.Status)
	require.Equal(t, "SKILL_TRANSFER", *got.Generation.Mode)
	require.Nil(t, got.Generation.Token, "a lesson mints nothing")
	require.Equal(t, []string{"LESSON", "STUDY"}, []string{got.Generation.Contributions[0].Role, got.Generation.Contributions[1].Role})
	require.Equal(t, []string{"1", "2"}, []string{got.Generation.Contributions[0].Agent.ID, got.Generation.Contributions[1].Agent.ID})

	// Agent 2's collaborations, newest first, a page of one at a time.
	var page struct {
		Agent struct {
			Collaborations struct {
				Edges    []struct{ Node struct{ RequestID string } }
				PageInfo struct {
					HasNextPage bool
					EndCursor   *string
				}
			}
		}
	}
	q := `query($after: String) { agent(id: "2") { collaborations(first: 1, after: $after) { edges { node { requestId } }
		pageInfo { hasNextPage endCursor } } } }`
	e.query(&page, q, nil)
	require.Equal(t, lesson.String(), page.Agent.Collaborations.Edges[0].Node.RequestID)
	require.True(t, page.Agent.Collaborations.PageInfo.HasNextPage)
	e.query(&page, q, map[string]any{"after": *page.Agent.Collaborations.PageInfo.EndCursor})
	require.Equal(t, review.String(), page.Agent.Collaborations.Edges[0].Node.RequestID)
	require.False(t, page.Agent.Collaborations.PageInfo.HasNextPage, "the single request is not a collaboration")
	e.query(&page, `{ agent(id: "3") { collaborations { edges { node { requestId } } pageInfo { hasNextPage endCursor } } } }`, nil)
	require.Len(t, page.Agent.Collaborations.Edges, 1)
}

// Each agent's collaborations page is a read of its own: a page of agents
// each asking for a large page of collaborations is refused, as too costly,
// before anything is read.
func TestCollaborationsCostTheirReads(t *testing.T) {
	t.Parallel()
	e := setup(t)
	r := e.post(`{"query": "{ agents(first: 100) { edges { node { collaborations(first: 100) { edges { node { requestId } } } } } } }"}`)
	require.Contains(t, r.errs(), "complexity")
	var ok struct{ Agents struct{ Edges []any } }
	e.query(&ok, `{ agents(first: 10) { edges { node { collaborations(first: 5) { edges { node { requestId contributions { role } } } } } } } }`, nil)
}

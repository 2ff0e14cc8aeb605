package graph_test

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"math/big"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/require"

	"github.com/inft-labs/inft/ai"
	"github.com/inft-labs/inft/ai/agent"
	"github.com/inft-labs/inft/graph"
	"github.com/inft-labs/inft/internal/chaintest"
)

// blockTime returns the time of the block that holds r, in seconds.
func (e *env) blockTime(r *types.Receipt) uint64 {
	e.t.Helper()
	h, err := e.chain.Client.HeaderByNumber(context.Background(), r.BlockNumber)
	require.NoError(e.t, err)
	return h.Time
}

// requestTx is request, with the receipt of the request's transaction.
func (e *env) requestTx(who int, agent *big.Int, kind uint8, prompt string) (*big.Int, *types.Receipt) {
	c := e.chain
	r := c.Send(who, c.Agents, nil, c.AgentsABI.PackRequestGeneration(agent, kind, prompt))
	return chaintest.Call(e.t, c.Agents, c.AgentsABI.PackRequestCount(), c.AgentsABI.UnpackRequestCount), r
}

// fulfil has the relayer fulfil request id.
func (e *env) fulfil(id *big.Int) *types.Receipt {
	c := e.chain
	return c.Send(chaintest.Relayer, c.Agents, nil, c.AgentsABI.PackFulfillGeneration(id, "ipfs://meta-"+id.String()))
}

// makeToken has who request a text of agent and the relayer fulfil it.
func (e *env) makeToken(who int, agent *big.Int) {
	e.fulfil(e.request(who, agent, 0, "a haiku"))
}

// sell has seller list a token (or an agent) for price S and buyer buy it;
// the seller has approved the marketplace for the collection.
func (e *env) sell(seller, buyer int, collection string, token *big.Int, price int64) {
	c, m := e.chain, e.chain.MarketplaceABI
	addr := c.Contracts.Generated
	if collection == "agents" {
		addr = c.Contracts.Agents
	}
	c.Send(seller, c.Marketplace, nil, m.PackList(addr, token, ether(price)))
	listing := chaintest.Call(e.t, c.Marketplace, m.PackListingCount(), m.UnpackListingCount)
	c.Send(buyer, c.Marketplace, ether(price), m.PackBuy(listing))
}

func (e *env) approveMarketplace(who int) {
	c := e.chain
	c.Send(who, c.Generated, nil, c.GeneratedABI.PackSetApprovalForAll(c.Contracts.Marketplace, true))
	c.Send(who, c.Agents, nil, c.AgentsABI.PackSetApprovalForAll(c.Contracts.Marketplace, true))
}

type profile struct {
	Level                      int
	Xp, LevelXp                string
	NextLevelXp, XpToNextLevel *string
	LevelProgress              float64
	Traits                     []struct {
		Name   string
		Weight int
		Strong bool
	}
	Topics []string
	Skills []struct {
		Kind                         string
		Generations, XpPerGeneration int
	}
	AverageRating *float64
	Anchored      bool
	Style         string
	UpdatedAt     *string
}

const profileFields = `profile { level xp levelXp nextLevelXp xpToNextLevel levelProgress traits { name weight strong } topics
	skills { kind generations xpPerGeneration } averageRating anchored style updatedAt }`

// An agent's profile is what the relayer learned of it; one that has made
// nothing yet has the profile of a new agent (level 1, no XP), not null.
func TestAgentProfile(t *testing.T) {
	t.Parallel()
	e := setup(t)
	pro := e.buy(chaintest.Alice, 1)
	fresh := e.buy(chaintest.Bob, 0)
	e.sync()

	// Alice's Pro agent learned from three generations, as the relayer
	// records them (agent.Profile as JSON in agent_profiles).
	p := agent.New(pro.String(), ai.Pro)
	for _, g := range []agent.Generation{
		{Kind: ai.KindImage, Prompt: "A dark lighthouse in a storm, watercolor", Succeeded: true},
		{Kind: ai.KindText, Prompt: "Write a haiku about the harbour at night", Succeeded: true},
		{Kind: ai.KindImage, Prompt: "Neon shadows over the harbour", Succeeded: true},
		{Kind: ai.KindImage, Prompt: "Noir rain on the harbour", Succeeded: true},
	} {
		p = p.Record(g)
	}
	require.Equal(t, uint64(126), p.XP)
	doc, err := json.Marshal(p)
	require.NoError(t, err)
	e.db.MustExec(`INSERT INTO agent_profiles (agent_id, profile) VALUES ($1, $2)`, pro.String(), doc)

	var out struct {
		Learned, Fresh struct {
			Level   int
			Profile profile
		}
	}
	e.query(&out, `query($a: ID!, $b: ID!) { learned: agent(id: $a) { level `+profileFields+` } fresh: agent(id: $b) { level `+profileFields+` } }`,
		map[string]any{"a": pro.String(), "b": fresh.String()})

	l := out.Learned.Profile
	require.Equal(t, 2, l.Level, "126 XP: level 2 (from 100 XP)")
	require.Equal(t, "126", l.Xp)
	require.Equal(t, "100", l.LevelXp)
	require.Equal(t, "300", *l.NextLevelXp)
	require.Equal(t, "174", *l.XpToNextLevel)
	require.InDelta(t, 0.13, l.LevelProgress, 1e-9, "26 of the 200 XP from level 2 to 3")
	require.Len(t, l.Traits, len(p.Traits))
	for i, tr := range p.Traits {
		require.Equal(t, tr.Name, l.Traits[i].Name)
		require.Equal(t, int(tr.Weight), l.Traits[i].Weight)
		require.Equal(t, tr.Strong(), l.Traits[i].Strong)
	}
	require.Equal(t, "noir", l.Traits[0].Name)
	require.True(t, l.Traits[0].Strong, "named by three prompts")
	require.Equal(t, p.RecentTopics, l.Topics)
	require.Equal(t, []struct {
		Kind                         string
		Generations, XpPerGeneration int
	}{{"TEXT", 1, 15}, {"IMAGE", 3, 37}}, l.Skills)
	require.Nil(t, l.AverageRating, "nothing rates agents yet")
	require.False(t, l.Anchored, "level 2 is not on chain yet")
	require.Equal(t, p.Style(), l.Style)
	require.NotNil(t, l.UpdatedAt)

	f := out.Fresh.Profile
	require.Equal(t, profile{
		Level: 1, Xp: "0", LevelXp: "0", NextLevelXp: ptr("100"), XpToNextLevel: ptr("100"),
		Traits: f.Traits, Topics: []string{},
		Skills: []struct {
			Kind                         string
			Generations, XpPerGeneration int
		}{{"TEXT", 0, 10}, {"IMAGE", 0, 25}},
		Anchored: true, Style: agent.New(fresh.String(), ai.Starter).Style(),
	}, f)
	require.Empty(t, f.Traits)
	require.Zero(t, out.Fresh.Level, "nothing anchored on chain")

	// Once the relayer anchors level 2 on chain, the profile says so.
	c := e.chain
	c.Send(chaintest.Relayer, c.Agents, nil, c.AgentsABI.PackEvolveAgent(pro, 2, "ipfs://state-2"))
	e.sync()
	e.query(&out, `query($a: ID!, $b: ID!) { learned: agent(id: $a) { level `+profileFields+` } fresh: agent(id: $b) { level `+profileFields+` } }`,
		map[string]any{"a": pro.String(), "b": fresh.String()})
	require.Equal(t, 2, out.Learned.Level)
	require.True(t, out.Learned.Profile.Anchored)
}

func ptr[T any](v T) *T { return &v }

type stats struct {
	Requested, Fulfilled, Failed, Pending                int
	SuccessRate, AverageFulfilmentSeconds                *float64
	Sales, AgentSales                                    int
	SalesVolume, Revenue, Royalties, SubscriptionRevenue string
}

const statsFields = `stats { requested fulfilled failed pending successRate averageFulfilmentSeconds sales agentSales
	salesVolume revenue royalties subscriptionRevenue }`

// An agent's stats count what the chain says it did: requests fulfilled,
// failed and pending, how long fulfilments took by block time, its tokens'
// sales, its own sales, and what it earned (royalties and rent).
func TestAgentStats(t *testing.T) {
	t.Parallel()
	e := setup(t)
	c := e.chain
	pro := e.buy(chaintest.Alice, 1)
	idle := e.buy(chaintest.Bob, 0)
	r1, sent1 := e.requestTx(chaintest.Alice, pro, 1, "a lighthouse")
	c.AdjustTime(90 * time.Second)
	f1 := e.fulfil(r1)
	r2 := e.request(chaintest.Alice, pro, 0, "a haiku")
	c.Send(chaintest.Relayer, c.Agents, nil, c.AgentsABI.PackFailGeneration(r2, "provider down"))
	r3, sent3 := e.requestTx(chaintest.Alice, pro, 0, "a limerick")
	c.AdjustTime(30 * time.Second)
	f3 := e.fulfil(r3)
	e.request(chaintest.Alice, pro, 0, "pending")

	e.approveMarketplace(chaintest.Alice)
	e.sell(chaintest.Alice, chaintest.Bob, "generated", big.NewInt(1), 2) // 5 % royalty to Alice: 0.1 S
	c.Send(chaintest.Alice, c.Agents, nil, c.AgentsABI.PackSetSubscriptionTerms(pro, ether(1), 3600, 10))
	c.Send(chaintest.Carol, c.Agents, ether(1), c.AgentsABI.PackSubscribe(pro))
	e.sell(chaintest.Alice, chaintest.Carol, "agents", pro, 5)
	e.sync()

	var out struct{ A, B struct{ Stats stats } }
	e.query(&out, `query($a: ID!, $b: ID!) { a: agent(id: $a) { `+statsFields+` } b: agent(id: $b) { `+statsFields+` } }`,
		map[string]any{"a": pro.String(), "b": idle.String()})
	took := float64(e.blockTime(f1)-e.blockTime(sent1)+e.blockTime(f3)-e.blockTime(sent3)) / 2
	require.GreaterOrEqual(t, took, 60.0)
	require.Equal(t, stats{
		Requested: 4, Fulfilled: 2, Failed: 1, Pending: 1, SuccessRate: ptr(2.0 / 3), AverageFulfilmentSeconds: &took,
		Sales: 1, AgentSales: 1, SalesVolume: ether(2).String(),
		Revenue: "1100000000000000000", Royalties: "100000000000000000", SubscriptionRevenue: ether(1).String(),
	}, out.A.Stats)
	require.Equal(t, stats{SalesVolume: "0", Revenue: "0", Royalties: "0", SubscriptionRevenue: "0"}, out.B.Stats,
		"an agent that did nothing: no rate, no average")
}

// agentIDs pages through agents(orderBy: order) first at a time and returns
// the ids in order, with the number of pages.
func (e *env) agentIDs(order, filter string, first int, vars map[string]any) ([]string, int) {
	e.t.Helper()
	var ids []string
	var after any
	for pages := 1; ; pages++ {
		var out struct {
			Agents struct {
				Edges []struct {
					Cursor string
					Node   struct{ ID string }
				}
				PageInfo struct {
					HasNextPage bool
					EndCursor   *string
				}
			}
		}
		v := map[string]any{"after": after, "first": first}
		if strings.Contains(filter, "$o") {
			v["o"] = vars["o"]
		}
		decl := ""
		if strings.Contains(filter, "$o") {
			decl = ", $o: Address"
		}
		e.query(&out, `query($after: String, $first: Int`+decl+`) { agents(orderBy: `+order+`, first: $first, after: $after`+filter+`) {
			edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`, v)
		for _, ed := range out.Agents.Edges {
			ids = append(ids, ed.Node.ID)
		}
		if !out.Agents.PageInfo.HasNextPage {
			return ids, pages
		}
		after = *out.Agents.PageInfo.EndCursor
	}
}

// agents(orderBy:) orders by level, fulfilled generations or token sales,
// highest first and the newest first among equals, across pages that cut
// through ties; NEWEST (the default) is as before.
func TestAgentsOrderBy(t *testing.T) {
	t.Parallel()
	e := setup(t)
	c := e.chain
	var agents []*big.Int
	for i := range 6 {
		who := chaintest.Alice
		if i == 5 {
			who = chaintest.Bob
		}
		agents = append(agents, e.buy(who, 0))
	}
	// Fulfilled generations: agent 1: 1, 2: 2, 3: 0, 4: 2, 5: 1, 6: 0 (a failure).
	for _, n := range []int{1, 2, 4, 2, 5, 4} {
		e.makeToken(chaintest.Alice, agents[n-1])
	}
	failed := e.request(chaintest.Bob, agents[5], 0, "fails")
	c.Send(chaintest.Relayer, c.Agents, nil, c.AgentsABI.PackFailGeneration(failed, "provider down"))
	// Tokens 1 (agent 1), 4 (agent 2) and 5 (agent 5) sold; agent 3 itself sold.
	e.approveMarketplace(chaintest.Alice)
	for _, tok := range []int64{1, 5, 4} {
		e.sell(chaintest.Alice, chaintest.Carol, "generated", big.NewInt(tok), 1)
	}
	e.sell(chaintest.Alice, chaintest.Carol, "agents", agents[2], 1)
	// Levels anchored: agents 3 and 6 at 2, agent 1 at 1.
	for _, l := range []struct {
		agent *big.Int
		level uint32
	}{{agents[2], 2}, {agents[5], 2}, {agents[0], 1}} {
		c.Send(chaintest.Relayer, c.Agents, nil, c.AgentsABI.PackEvolveAgent(l.agent, l.level, "ipfs://state"))
	}
	e.sync()

	for _, tc := range []struct {
		order, filter string
		first         int
		want          []string
		pages         int
	}{
		{"NEWEST", "", 4, []string{"6", "5", "4", "3", "2", "1"}, 2},
		{"GENERATIONS", "", 3, []string{"4", "2", "5", "1", "6", "3"}, 2},
		{"GENERATIONS", "", 1, []string{"4", "2", "5", "1", "6", "3"}, 6},
		{"SALES", "", 2, []string{"5", "2", "1", "6", "4", "3"}, 3},
		{"LEVEL", "", 4, []string{"6", "3", "1", "5", "4", "2"}, 2},
		{"GENERATIONS", ", owner: $o", 2, []string{"4", "2", "5", "1"}, 2}, // Alice's (agent 3 is Carol's now)
	} {
		got, pages := e.agentIDs(tc.order, tc.filter, tc.first, map[string]any{"o": c.Addr(chaintest.Alice).Hex()})
		require.Equal(t, tc.want, got, "%s%s, %d a page", tc.order, tc.filter, tc.first)
		require.Equal(t, tc.pages, pages, "%s%s, %d a page", tc.order, tc.filter, tc.first)
	}
	var out struct {
		Agents struct {
			Edges []struct{ Node struct{ ID string } }
		}
	}
	e.query(&out, `{ agents(first: 2) { edges { node { id } } } }`, nil)
	require.Equal(t, "6", out.Agents.Edges[0].Node.ID, "no orderBy: newest first, as before")

	// Reading stats and profiles for a page costs the same statements for
	// 2 agents as for 6: the stats come with the rows, the profiles in one.
	h, err := graph.NewHandler(graph.Config{DB: e.apiDB, ChainID: "1337", LoaderWait: 100 * time.Millisecond})
	require.NoError(t, err)
	srv := httptest.NewServer(h)
	defer srv.Close()
	e.url = srv.URL + "/graphql"
	cost := func(first int) int64 {
		before := e.statements.Load()
		e.query(&out, `query($n: Int) { agents(orderBy: SALES, first: $n) { edges { node { id `+statsFields+` `+profileFields+` } } } }`,
			map[string]any{"n": first})
		require.Len(t, out.Agents.Edges, first)
		return e.statements.Load() - before
	}
	small, large := cost(2), cost(6)
	require.Equal(t, small, large)
	require.LessOrEqual(t, small, int64(2), "the page and its profiles")
}

// Agents are ordered by their numeric ids, in every order: the tenth is
// newer than the ninth.
func TestAgentsPastNine(t *testing.T) {
	t.Parallel()
	e := setup(t)
	for range 11 {
		e.buy(chaintest.Alice, 0)
	}
	e.sync()
	want := []string{"11", "10", "9", "8", "7", "6", "5", "4", "3", "2", "1"}
	for _, order := range []string{"NEWEST", "LEVEL", "GENERATIONS", "SALES"} {
		got, pages := e.agentIDs(order, "", 3, nil)
		require.Equal(t, want, got, order)
		require.Equal(t, 4, pages, order)
	}
}

// The orders' pages are index scans: each order has its index, read
// backwards from the cursor, with no sort and no count.
func TestAgentOrdersUseTheirIndexes(t *testing.T) {
	t.Parallel()
	e := setup(t)
	e.buy(chaintest.Alice, 0)
	e.sync()
	for order, index := range map[string]string{"LEVEL": "agents_level", "GENERATIONS": "agents_generations", "SALES": "agents_sales"} {
		query, args := graph.AgentsQuery(order, []string{"3", "12"}, 20)
		tx := e.db.MustBegin()
		// A table this small is read whole, or by bitmap: ask for the plan
		// of a large one.
		tx.MustExec(`SET LOCAL enable_seqscan = off`)
		tx.MustExec(`SET LOCAL enable_bitmapscan = off`)
		var plan []string
		require.NoError(t, tx.Select(&plan, `EXPLAIN `+query, args...))
		require.NoError(t, tx.Rollback())
		text := strings.Join(plan, "\n")
		require.Contains(t, text, "Index Scan Backward using "+index+" on agents", "%s", order)
		require.NotContains(t, text, "Sort", "%s", order)
	}
}

// After a reorg that removes a fulfilment and a sale, the stats and the
// orders are as before them.
func TestAgentsOrderAfterReorg(t *testing.T) {
	t.Parallel()
	e := setup(t)
	c := e.chain
	a1, a2 := e.buy(chaintest.Alice, 0), e.buy(chaintest.Alice, 0)
	e.makeToken(chaintest.Alice, a1) // token 1
	e.approveMarketplace(chaintest.Alice)
	e.sync()
	ancestor, err := c.Client.BlockNumber(context.Background())
	require.NoError(t, err)
	e.makeToken(chaintest.Alice, a2) // token 2
	e.makeToken(chaintest.Alice, a2) // token 3
	e.sell(chaintest.Alice, chaintest.Bob, "generated", big.NewInt(1), 2)
	e.sync()

	type view struct {
		Generations, Sales []string
		Stats1, Stats2     stats
	}
	read := func() view {
		var v view
		v.Generations, _ = e.agentIDs("GENERATIONS", "", 1, nil)
		v.Sales, _ = e.agentIDs("SALES", "", 1, nil)
		var out struct{ A, B struct{ Stats stats } }
		e.query(&out, `{ a: agent(id: "1") { `+statsFields+` } b: agent(id: "2") { `+statsFields+` } }`, nil)
		v.Stats1, v.Stats2 = out.A.Stats, out.B.Stats
		return v
	}
	tail := read()
	require.Equal(t, []string{"2", "1"}, tail.Generations)
	require.Equal(t, []string{"1", "2"}, tail.Sales)
	require.Equal(t, 2, tail.Stats2.Fulfilled)
	require.Equal(t, 1, tail.Stats1.Sales)

	oldHead, err := c.Client.BlockNumber(context.Background())
	require.NoError(t, err)
	h, err := c.Client.HeaderByNumber(context.Background(), new(big.Int).SetUint64(ancestor))
	require.NoError(t, err)
	require.NoError(t, c.Backend.Fork(h.Hash()))
	c.Backend.Rollback()
	for head := ancestor; head <= oldHead; head++ {
		c.Commit()
	}
	e.sync()
	after := read()
	require.Equal(t, []string{"1", "2"}, after.Generations, "agent 2's fulfilments are gone")
	require.Equal(t, []string{"2", "1"}, after.Sales, "token 1's sale is gone: a tie, the newest first")
	zero := stats{SalesVolume: "0", Revenue: "0", Royalties: "0", SubscriptionRevenue: "0"}
	require.Equal(t, zero, after.Stats2)
	require.Equal(t, 1, after.Stats1.Fulfilled)
	require.Zero(t, after.Stats1.Sales)
	require.Equal(t, "0", after.Stats1.Royalties)
}

// A cursor of another order, of no list, or with a key out of range, and an
// order that does not exist, each get a clear error.
func TestAgentOrderBadInput(t *testing.T) {
	t.Parallel()
	e := setup(t)
	e.buy(chaintest.Alice, 0)
	e.buy(chaintest.Alice, 0)
	e.sync()
	var out struct {
		Agents struct {
			PageInfo struct{ EndCursor string }
		}
	}
	e.query(&out, `{ agents(first: 1) { pageInfo { endCursor } } }`, nil)
	newest := out.Agents.PageInfo.EndCursor
	e.query(&out, `{ agents(first: 1, orderBy: LEVEL) { pageInfo { endCursor } } }`, nil)
	level := out.Agents.PageInfo.EndCursor

	q := `query($after: String) { agents(orderBy: LEVEL, after: $after) { edges { cursor } } }`
	enc := func(s string) string { return base64.RawURLEncoding.EncodeToString([]byte(s)) }
	for name, after := range map[string]string{
		"a NEWEST cursor":         newest,
		"garbage":                 "not a cursor!",
		"a cursor of generations": enc("agents-GENERATIONS:0:2"),
		"a level out of range":    enc("agents-LEVEL:99999999999999999999:2"),
		"a cursor without an id":  enc("agents-LEVEL:0"),
	} {
		require.Contains(t, e.queryErr(q, map[string]any{"after": after}), "invalid cursor", name)
	}
	require.Contains(t, e.queryErr(`query($after: String) { agents(after: $after) { edges { cursor } } }`, map[string]any{"after": level}),
		"invalid cursor", "a LEVEL cursor for NEWEST")
	require.Contains(t, e.queryErr(`{ agents(orderBy: POPULAR) { edges { cursor } } }`, nil), `"AgentOrder"`)
	require.Contains(t, e.queryErr(`{ agents(orderBy: "LEVEL") { edges { cursor } } }`, nil), "AgentOrder")
	e.query(&out, `query($after: String) { agents(first: 1, orderBy: LEVEL, after: $after) { pageInfo { endCursor } } }`,
		map[string]any{"after": level})
	require.NotEmpty(t, out.Agents.PageInfo.EndCursor, "its own cursor goes on")
}

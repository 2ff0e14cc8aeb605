package graph_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// The stats as the workload made them: totals, the day's rollups, the
// popular agents and the floor, all from daily_stats and the indexes.
func TestStats(t *testing.T) {
	t.Parallel()
	e := setup(t)
	e.workload()
	var got struct {
		Stats struct {
			AgentsByTier []struct {
				Tier  string
				Count int
			}
			ActiveSubscriptions int
			Generations         struct{ Requested, Fulfilled, Failed, Pending int }
			Revenue             struct{ Packages, TopUps, Subscriptions, MarketplaceFees, Total string }
			Daily               []struct {
				Day                                                      string
				AgentsBought, GenerationsRequested, GenerationsFulfilled int
				Revenue                                                  struct{ Total string }
				Marketplace                                              []struct {
					Collection string
					Sales      int
					Volume     string
					LowestSale *string
				}
			}
			ByGenerations []struct{ ID string }
			ByRevenue     []struct{ ID string }
			AgentsFloor   *string
			TokensFloor   *string
		}
	}
	require.Contains(t, e.queryErr(`{ stats(days: 400) { activeSubscriptions } }`, nil), "days must be 1 to 366")
	e.query(&got, `{ stats(days: 3) { agentsByTier { tier count } activeSubscriptions generations { requested fulfilled failed pending }
		revenue { packages topUps subscriptions marketplaceFees total }
		daily { day agentsBought generationsRequested generationsFulfilled revenue { total } marketplace { collection sales volume lowestSale } }
		byGenerations: topAgents(by: GENERATIONS, first: 2) { id } byRevenue: topAgents(by: REVENUE, first: 1) { id }
		agentsFloor: floorPrice(collection: AGENTS) tokensFloor: floorPrice(collection: GENERATED) } }`, nil)
	s := got.Stats
	require.Equal(t, []struct {
		Tier  string
		Count int
	}{{"STARTER", 1}, {"PRO", 1}, {"BUSINESS", 0}, {"ENTERPRISE", 1}}, s.AgentsByTier)
	require.Equal(t, 1, s.ActiveSubscriptions)
	require.Equal(t, struct{ Requested, Fulfilled, Failed, Pending int }{4, 2, 1, 1}, s.Generations)
	require.Equal(t, struct{ Packages, TopUps, Subscriptions, MarketplaceFees, Total string }{
		ether(755).String(), "0", ether(1).String(), "50000000000000000", "756050000000000000000"}, s.Revenue)
	require.Len(t, s.Daily, 3, "every day of the range")
	require.Equal(t, time.Now().UTC().Format(time.DateOnly), s.Daily[2].Day, "up to today")
	// The workload ran within a second or two: on one day, or two around midnight.
	bought, requested, fulfilled, sales := 0, 0, 0, 0
	for _, d := range s.Daily {
		bought, requested, fulfilled = bought+d.AgentsBought, requested+d.GenerationsRequested, fulfilled+d.GenerationsFulfilled
		sales += d.Marketplace[1].Sales
		require.Equal(t, "GENERATED", d.Marketplace[1].Collection)
		require.Nil(t, d.Marketplace[0].LowestSale, "no agent sold")
		if d.Marketplace[1].Sales == 1 {
			require.Equal(t, ether(2).String(), d.Marketplace[1].Volume)
			require.Equal(t, ether(2).String(), *d.Marketplace[1].LowestSale)
		}
	}
	require.Equal(t, []int{3, 4, 2, 1}, []int{bought, requested, fulfilled, sales}, "the days add up to the totals")
	require.Zero(t, s.Daily[0].GenerationsRequested, "an empty day")
	require.Equal(t, "0", s.Daily[0].Revenue.Total)
	require.Equal(t, []struct{ ID string }{{"3"}, {"1"}}, s.ByGenerations, "a generation each: the newest first")
	require.Equal(t, []struct{ ID string }{{"1"}}, s.ByRevenue, "the Pro agent: a royalty and a subscription")
	require.Equal(t, ether(5).String(), *s.AgentsFloor)
	require.Nil(t, s.TokensFloor, "the token listed was sold")
}

// Each day's floor is the one recorded that day, else the last one before
// it, also from before the range; 0 (nothing for sale) is null.
func TestStatsFloorByDay(t *testing.T) {
	t.Parallel()
	e := setup(t)
	e.workload() // today: the Starter agent listed at 5 S; the token listed at 2 S and sold
	day := func(ago int) string { return time.Now().UTC().AddDate(0, 0, -ago).Format(time.DateOnly) }
	e.db.MustExec(`INSERT INTO daily_stats (day, metric, key, value) VALUES
		($1, 'floor', '0', 7000000000000000000), ($2, 'floor', '0', 0), ($3, 'floor', '1', 4000000000000000000)`, day(5), day(3), day(2))
	floors := func(days int) [][2]*string {
		var got struct {
			Stats struct {
				Daily []struct {
					Marketplace []struct{ FloorPrice *string }
				}
			}
		}
		e.query(&got, `query($d: Int) { stats(days: $d) { daily { marketplace { floorPrice } } } }`, map[string]any{"d": days})
		var out [][2]*string
		for _, d := range got.Stats.Daily {
			out = append(out, [2]*string{d.Marketplace[0].FloorPrice, d.Marketplace[1].FloorPrice})
		}
		return out
	}
	str := func(s string) *string { return &s }
	five, four := str(ether(5).String()), str(ether(4).String())
	require.Equal(t, [][2]*string{
		{nil, nil},  // 3 days ago: nothing for sale (agents), no floor yet (tokens)
		{nil, four}, // 2 days ago
		{nil, four}, // yesterday: carried
		{five, nil}, // today: the agent for sale; the token sold
	}, floors(4))
	require.Equal(t, [][2]*string{{nil, four}, {five, nil}}, floors(2), "carried into the range from before it")
	var agents, tokens *string
	var got struct{ Stats struct{ A, G *string } }
	e.query(&got, `{ stats { a: floorPrice(collection: AGENTS) g: floorPrice(collection: GENERATED) } }`, nil)
	agents, tokens = got.Stats.A, got.Stats.G
	require.Equal(t, five, agents, "today's is the floor now")
	require.Nil(t, tokens)
}

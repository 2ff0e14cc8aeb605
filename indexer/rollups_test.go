package indexer_test

import (
	"fmt"
	"math/big"
	"math/rand/v2"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/inft-labs/inft/indexer"
)

// The daily rollups after a random workload across several days, with
// reorgs of 1 to 3 blocks along the way: after every step they equal a full
// recount of the rows (requireMatchesChain), and at the end what indexing the
// final chain from scratch gives. Each action is chosen from what the index
// holds at that point, so a reorg changes what comes next too.
func TestRollupsUnderRandomWorkloadAndReorgs(t *testing.T) {
	t.Parallel()
	var floors atomic.Int64
	t.Run("seeds", func(t *testing.T) {
		for _, seed := range []uint64{1, 2, 3} {
			t.Run(fmt.Sprintf("seed %d", seed), func(t *testing.T) {
				t.Parallel()
				floors.Add(int64(testRollups(t, seed)))
			})
		}
	})
	require.Positive(t, floors.Load(), "some day closed with a listing for sale")
}

// testRollups returns how many days closed with a floor above 0.
func testRollups(t *testing.T, seed uint64) int {
	rng := rand.New(rand.NewPCG(seed, seed*7))
	cfg := indexer.Config{}
	e := setup(t, cfg)
	c, a, g, m := e.chain, e.chain.AgentsABI, e.chain.GeneratedABI, e.chain.MarketplaceABI
	players := []int{alice, bob, carol}
	for _, p := range players {
		e.send(p, c.Generated, nil, g.PackSetApprovalForAll(c.Contracts.Marketplace, true))
	}
	pick := func(query string, args ...any) []string {
		var out []string
		require.NoError(t, e.db.Select(&out, query, args...))
		return out
	}
	addr := func(p int) []byte { return c.Addr(p).Bytes() }
	reorgs := 0
	for step := range 60 {
		who := players[rng.IntN(len(players))]
		switch n := rng.IntN(10); {
		case n == 0 || step < 3:
			tier := uint8(rng.IntN(2))
			e.send(who, c.Agents, ether([]int64{10, 45}[tier]), a.PackPurchasePackage(tier))
		case n <= 2:
			agents := pick(`SELECT id::text FROM agents WHERE owner = $1 AND credits >= 10 ORDER BY id`, addr(who))
			if len(agents) == 0 {
				continue
			}
			id, _ := new(big.Int).SetString(agents[rng.IntN(len(agents))], 10)
			e.send(who, c.Agents, nil, a.PackRequestGeneration(id, uint8(rng.IntN(2)), fmt.Sprintf("step %d", step)))
		case n == 3:
			agents := pick(`SELECT id::text FROM agents WHERE owner = $1 AND credits >= 10 ORDER BY id LIMIT 2`, addr(who))
			if len(agents) < 2 {
				continue
			}
			x, _ := new(big.Int).SetString(agents[0], 10)
			y, _ := new(big.Int).SetString(agents[1], 10)
			e.send(who, c.Agents, nil, a.PackRequestCollaboration([]*big.Int{x, y}, modePeerReview, text, fmt.Sprintf("step %d", step)))
		case n <= 5:
			pending := pick(`SELECT id::text FROM generation_requests WHERE status = 1 ORDER BY id`)
			if len(pending) == 0 {
				continue
			}
			id, _ := new(big.Int).SetString(pending[rng.IntN(len(pending))], 10)
			if rng.IntN(3) == 0 {
				e.send(relayer, c.Agents, nil, a.PackFailGeneration(id, "no"))
			} else {
				e.send(relayer, c.Agents, nil, a.PackFulfillGeneration(id, "ipfs://out"))
			}
		case n == 6:
			tokens := pick(`SELECT t.id::text FROM generated_tokens t WHERE t.owner = $1 AND NOT EXISTS
				(SELECT 1 FROM listings l WHERE l.collection = 1 AND l.token_id = t.id AND l.status = 'active') ORDER BY id`, addr(who))
			if len(tokens) == 0 {
				continue
			}
			id, _ := new(big.Int).SetString(tokens[rng.IntN(len(tokens))], 10)
			price := ether(int64(1 + rng.IntN(3)))
			e.send(who, c.Marketplace, nil, m.PackList(c.Contracts.Generated, id, price))
			if rng.IntN(2) == 0 { // else it stays for sale: the floor
				buyer := players[(rng.IntN(2)+1+indexOf(players, who))%len(players)]
				e.sync()
				listing := pick(`SELECT max(id)::text FROM listings`)
				l, _ := new(big.Int).SetString(listing[0], 10)
				e.send(buyer, c.Marketplace, price, m.PackBuy(l))
			}
		case n == 9:
			open := pick(`SELECT id::text FROM listings WHERE seller = $1 AND status = 'active' ORDER BY id`, addr(who))
			if len(open) == 0 {
				continue
			}
			l, _ := new(big.Int).SetString(open[rng.IntN(len(open))], 10)
			if rng.IntN(2) == 0 {
				e.send(who, c.Marketplace, nil, m.PackCancel(l))
			} else {
				e.send(who, c.Marketplace, nil, m.PackUpdatePrice(l, ether(int64(1+rng.IntN(5)))))
			}
		case n == 7:
			c.AdjustTime(time.Duration(12+rng.IntN(24)) * time.Hour) // the next block is on a later day, often
			c.Commit()
		case n == 8 && e.chainHead() > c.DeployBlock+5:
			head := e.chainHead()
			e.forkAt(head - uint64(1+rng.IntN(3)))
			e.mineUntil(head + 1)
			reorgs++
		default:
			continue
		}
		e.sync()
		e.requireMatchesChain() // the rollups are a recount of the rows, among the rest
	}
	var days int
	require.NoError(t, e.db.Get(&days, `SELECT count(DISTINCT day) FROM daily_stats`))
	t.Logf("seed %d: %d reorgs, %d days", seed, reorgs, days)
	require.Greater(t, days, 1, "the workload spans several days")
	var floors int
	require.NoError(t, e.db.Get(&floors, `SELECT count(*) FROM daily_stats WHERE metric = 'floor' AND value > 0`))
	e.requireSameProjectionsAsFromScratch(cfg)
	return floors
}

func indexOf(xs []int, x int) int {
	for i, v := range xs {
		if v == x {
			return i
		}
	}
	return -1
}

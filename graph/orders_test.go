package graph_test

import (
	"encoding/base64"
	"maps"
	"math/big"
	"slices"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/inft-labs/inft/graph"
	"github.com/inft-labs/inft/internal/chaintest"
)

// idPage is a page of a list, its nodes' ids aliased id.
type idPage struct {
	Edges []struct {
		Node struct{ ID string }
	}
	PageInfo struct {
		HasNextPage bool
		EndCursor   *string
	}
}

// pageThrough pages through the list that q aliases page (at the top, or
// in agent), first at a time from after, and returns its ids in order with
// the number of pages. q declares $first and $after; vars holds the rest.
func (e *env) pageThrough(q string, first int, after *string, vars map[string]any) ([]string, int) {
	e.t.Helper()
	ids := []string{}
	for pages := 1; ; pages++ {
		v := map[string]any{"first": first, "after": after}
		maps.Copy(v, vars)
		var out struct {
			Page  *idPage
			Agent *struct{ Page *idPage }
		}
		e.query(&out, q, v)
		p := out.Page
		if p == nil {
			p = out.Agent.Page
		}
		for _, ed := range p.Edges {
			ids = append(ids, ed.Node.ID)
		}
		if !p.PageInfo.HasNextPage {
			return ids, pages
		}
		require.Less(e.t, pages, 100, "a list without end")
		after = p.PageInfo.EndCursor
	}
}

func enc(s string) string { return base64.RawURLEncoding.EncodeToString([]byte(s)) }

// milliS is n thousandths of S in wei.
func milliS(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e15)) }

const pageFields = `edges { node { id } } pageInfo { hasNextPage endCursor }`

// Tokens and generations are ordered by their numeric ids, newest first,
// in every list and across pages: token 10 is newer than token 9. A cursor
// of the format these lists always had goes on where it says.
func TestTokensPastNine(t *testing.T) {
	t.Parallel()
	e := setup(t)
	alices, bobs := e.buy(chaintest.Alice, 0), e.buy(chaintest.Bob, 0)
	// Requests and tokens 1–5 and 7–12 are Alice's, of her agent; 6 is
	// Bob's, of his.
	for i := 1; i <= 12; i++ {
		if i == 6 {
			e.makeToken(chaintest.Bob, bobs)
			continue
		}
		e.makeToken(chaintest.Alice, alices)
	}
	e.sync()
	all := []string{"12", "11", "10", "9", "8", "7", "6", "5", "4", "3", "2", "1"}
	alice := []string{"12", "11", "10", "9", "8", "7", "5", "4", "3", "2", "1"}
	vars := map[string]any{"o": e.chain.Addr(chaintest.Alice).Hex(), "a": alices.String()}
	gens := `edges { node { id: requestId } } pageInfo { hasNextPage endCursor }`
	for _, l := range []struct {
		name, list, query string
		want              []string
	}{
		{"tokens", "tokens", `query($first: Int, $after: String) { page: tokens(first: $first, after: $after) { ` + pageFields + ` } }`, all},
		{"tokens(owner:)", "tokens", `query($first: Int, $after: String, $o: Address) {
			page: tokens(owner: $o, first: $first, after: $after) { ` + pageFields + ` } }`, alice},
		{"tokens(agentId:)", "tokens", `query($first: Int, $after: String, $a: ID) {
			page: tokens(agentId: $a, first: $first, after: $after) { ` + pageFields + ` } }`, alice},
		{"generations", "generations", `query($first: Int, $after: String) { page: generations(first: $first, after: $after) { ` + gens + ` } }`, all},
		{"generations(requester:, status:)", "generations", `query($first: Int, $after: String, $o: Address) {
			page: generations(requester: $o, status: FULFILLED, first: $first, after: $after) { ` + gens + ` } }`, alice},
		{"Agent.generations", "generations", `query($first: Int, $after: String, $a: ID!) {
			agent(id: $a) { page: generations(first: $first, after: $after) { ` + gens + ` } } }`, alice},
	} {
		for _, first := range []int{4, 5} {
			got, pages := e.pageThrough(l.query, first, nil, vars)
			require.Equal(t, l.want, got, "%s, %d a page", l.name, first)
			require.Equal(t, (len(l.want)+first-1)/first, pages, "%s, %d a page", l.name, first)
		}
		after := enc(l.list + ":10")
		got, _ := e.pageThrough(l.query, 4, &after, vars)
		require.Equal(t, l.want[slices.Index(l.want, "10")+1:], got, "%s after a cursor of 10", l.name)
	}
}

// Listings are ordered by their numeric prices and ids: 2 S is dearer than
// 0.5 S and cheaper than 10 S, listing 10 is newer than listing 9, and
// among equal prices the older listing comes first going up and last going
// down, across pages that cut through ties, open or closed.
func TestListingsInNumericOrder(t *testing.T) {
	t.Parallel()
	e := setup(t)
	c, m := e.chain, e.chain.MarketplaceABI
	e.approveMarketplace(chaintest.Alice)
	// Listing i is of Alice's agent i, at prices[i-1] thousandths of S.
	prices := []int64{500, 2000, 10000, 3000, 2000, 500, 10000, 3000, 2000, 500, 3000, 10000}
	for _, p := range prices {
		agent := e.buy(chaintest.Alice, 0)
		c.Send(chaintest.Alice, c.Marketplace, nil, m.PackList(c.Contracts.Agents, agent, milliS(p)))
	}
	// Bob buys listings 4 (3 S) and 7 (10 S).
	for _, l := range []int64{4, 7} {
		c.Send(chaintest.Bob, c.Marketplace, milliS(prices[l-1]), m.PackBuy(big.NewInt(l)))
	}
	e.sync()

	const q = `query($first: Int, $after: String, $order: ListingOrder, $active: Boolean, $collection: Collection) {
		page: listings(first: $first, after: $after, orderBy: $order, active: $active, collection: $collection) { ` + pageFields + ` } }`
	for _, tc := range []struct {
		order      string
		active     bool
		collection any
		want       []string
	}{
		{"NEWEST", true, nil, []string{"12", "11", "10", "9", "8", "6", "5", "3", "2", "1"}},
		{"PRICE_ASC", true, nil, []string{"1", "6", "10", "2", "5", "9", "8", "11", "3", "12"}},
		{"PRICE_DESC", true, nil, []string{"12", "3", "11", "8", "9", "5", "2", "10", "6", "1"}},
		{"PRICE_ASC", true, "AGENTS", []string{"1", "6", "10", "2", "5", "9", "8", "11", "3", "12"}},
		{"PRICE_DESC", true, "GENERATED", []string{}},
		{"NEWEST", false, nil, []string{"7", "4"}},
		{"PRICE_ASC", false, nil, []string{"4", "7"}},
		{"PRICE_DESC", false, "AGENTS", []string{"7", "4"}},
	} {
		for _, first := range []int{1, 2, 4} {
			vars := map[string]any{"order": tc.order, "active": tc.active, "collection": tc.collection}
			got, pages := e.pageThrough(q, first, nil, vars)
			require.Equal(t, tc.want, got, "%s, active %v, %v, %d a page", tc.order, tc.active, tc.collection, first)
			require.Equal(t, max(1, (len(tc.want)+first-1)/first), pages, "%s, active %v, %v, %d a page", tc.order, tc.active, tc.collection, first)
		}
	}

	// A price cursor holds the price and the id, as it always did; a NEWEST
	// cursor the id: cursors clients kept go on where they say.
	var out struct{ Page idPage }
	e.query(&out, `{ page: listings(orderBy: PRICE_ASC, first: 4) { `+pageFields+` } }`, nil)
	require.Equal(t, enc("listings-PRICE_ASC:2000000000000000000:2"), *out.Page.PageInfo.EndCursor)
	for _, tc := range []struct {
		order, after string
		want         []string
	}{
		{"PRICE_ASC", "listings-PRICE_ASC:2000000000000000000:2", []string{"5", "9", "8", "11", "3", "12"}},
		{"PRICE_DESC", "listings-PRICE_DESC:2000000000000000000:9", []string{"5", "2", "10", "6", "1"}},
		{"NEWEST", "listings-NEWEST:10", []string{"9", "8", "6", "5", "3", "2", "1"}},
	} {
		after := enc(tc.after)
		got, _ := e.pageThrough(q, 3, &after, map[string]any{"order": tc.order, "active": true})
		require.Equal(t, tc.want, got, tc.after)
	}
}

// A cursor of another list or order, of no list, or with a key that no row
// of the list has, gets a clear error.
func TestListCursorsBadInput(t *testing.T) {
	t.Parallel()
	e := setup(t)
	e.approveMarketplace(chaintest.Alice)
	c := e.chain
	c.Send(chaintest.Alice, c.Marketplace, nil, c.MarketplaceABI.PackList(c.Contracts.Agents, e.buy(chaintest.Alice, 0), milliS(500)))
	e.sync()
	var out struct{ Page idPage }
	e.query(&out, `{ page: listings(orderBy: PRICE_ASC) { `+pageFields+` } }`, nil)
	priceAsc := *out.Page.PageInfo.EndCursor
	e.query(&out, `{ page: listings { `+pageFields+` } }`, nil)
	newest := *out.Page.PageInfo.EndCursor

	uint257 := new(big.Int).Lsh(big.NewInt(1), 256).String()
	listings := `query($after: String, $order: ListingOrder) { listings(orderBy: $order, after: $after) { edges { cursor } } }`
	for _, tc := range []struct{ name, order, after string }{
		{"garbage", "PRICE_ASC", "not a cursor!"},
		{"a NEWEST cursor for PRICE_ASC", "PRICE_ASC", newest},
		{"a PRICE_ASC cursor for PRICE_DESC", "PRICE_DESC", priceAsc},
		{"a PRICE_ASC cursor for NEWEST", "NEWEST", priceAsc},
		{"a price without an id", "PRICE_ASC", enc("listings-PRICE_ASC:500000000000000000")},
		{"a price in S", "PRICE_DESC", enc("listings-PRICE_DESC:0.5:1")},
		{"a negative price", "PRICE_DESC", enc("listings-PRICE_DESC:-1:1")},
		{"a price beyond uint256", "PRICE_ASC", enc("listings-PRICE_ASC:" + uint257 + ":1")},
		{"an id beyond uint256", "PRICE_ASC", enc("listings-PRICE_ASC:1:" + uint257)},
		{"an id with a leading zero", "NEWEST", enc("listings-NEWEST:010")},
		{"a cursor of tokens", "NEWEST", enc("tokens:1")},
	} {
		require.Contains(t, e.queryErr(listings, map[string]any{"after": tc.after, "order": tc.order}), "invalid cursor", "%s", tc.name)
	}
	tokens := `query($after: String) { tokens(after: $after) { edges { cursor } } }`
	for name, after := range map[string]string{
		"a cursor of listings":  newest,
		"a cursor with a price": enc("tokens:1:1"),
		"an id in hex":          enc("tokens:0x1"),
	} {
		require.Contains(t, e.queryErr(tokens, map[string]any{"after": after}), "invalid cursor", name)
	}
	e.query(&out, `query($after: String) { page: listings(orderBy: PRICE_ASC, after: $after) { `+pageFields+` } }`,
		map[string]any{"after": priceAsc})
	require.Empty(t, out.Page.Edges, "its own cursor goes on")
}

// The lists' pages are index scans: each list and order has its index,
// read from the cursor forwards or backwards, with no sort.
func TestListOrdersUseTheirIndexes(t *testing.T) {
	t.Parallel()
	e := setup(t)
	e.buy(chaintest.Alice, 0)
	e.sync()
	type statement struct {
		query string
		args  []any
	}
	of := func(q string, args []any) statement { return statement{q, args} }
	byPrice, byID := []string{"2000000000000000000", "12"}, []string{"12"}
	for name, tc := range map[string]struct {
		statement
		scan string
	}{
		"listings PRICE_ASC":          {of(graph.ListingsQuery("PRICE_ASC", true, byPrice, 20)), "Index Scan using listings_active_price"},
		"listings PRICE_DESC":         {of(graph.ListingsQuery("PRICE_DESC", true, byPrice, 20)), "Index Scan Backward using listings_active_price"},
		"closed listings PRICE_ASC":   {of(graph.ListingsQuery("PRICE_ASC", false, byPrice, 20)), "Index Scan using listings_closed_price"},
		"closed listings PRICE_DESC":  {of(graph.ListingsQuery("PRICE_DESC", false, nil, 20)), "Index Scan Backward using listings_closed_price"},
		"listings NEWEST":             {of(graph.ListingsQuery("NEWEST", true, byID, 20)), "Index Scan Backward using listings_status"},
		"closed listings NEWEST":      {of(graph.ListingsQuery("NEWEST", false, byID, 20)), "Index Scan Backward using listings_pkey"},
		"tokens":                      {of(graph.TokensQuery(common.Address{}, "", byID, 20)), "Index Scan Backward using generated_tokens_pkey"},
		"tokens(owner:)":              {of(graph.TokensQuery(e.chain.Addr(chaintest.Alice), "", byID, 20)), "Index Scan Backward using generated_tokens_owner"},
		"tokens(agentId:)":            {of(graph.TokensQuery(common.Address{}, "1", byID, 20)), "Index Scan Backward using generated_tokens_agent"},
		"generations":                 {of(graph.GenerationsQuery("", byID, 20)), "Index Scan Backward using generation_requests_pkey"},
		"generations(status: QUEUED)": {of(graph.GenerationsQuery("QUEUED", nil, 20)), "Index Scan Backward using generation_requests_pkey"},
	} {
		tx := e.db.MustBegin()
		// A table this small is read whole, or by bitmap: ask for the plan
		// of a large one.
		tx.MustExec(`SET LOCAL enable_seqscan = off`)
		tx.MustExec(`SET LOCAL enable_bitmapscan = off`)
		var plan []string
		require.NoError(t, tx.Select(&plan, `EXPLAIN `+tc.query, tc.args...))
		require.NoError(t, tx.Rollback())
		text := strings.Join(plan, "\n")
		require.Contains(t, text, tc.scan, "%s:\n%s", name, text)
		require.NotContains(t, text, "Sort", "%s:\n%s", name, text)
	}
}

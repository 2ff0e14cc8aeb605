package graph

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/inft-labs/inft/ai"

	"github.com/inft-labs/inft/graph/model"
	"github.com/inft-labs/inft/graph/scalar"
)

const (
	agentCols = `id::text AS id, owner, tier, credits::text AS credits, level, state_uri, created_at,
		generations_requested, generations_fulfilled, generations_failed, fulfilment_seconds, token_sales,
		token_sales_volume::text AS token_sales_volume, agent_sales, royalty_revenue::text AS royalty_revenue,
		subscription_revenue::text AS subscription_revenue, last_change, '0x' || encode(last_change_tx, 'hex') AS last_change_tx,
		updated_block, updated_at`
	// generationStatus is the status the API tells of a request (r): the
	// chain's once it has ended, else the relayer's latest stage, else
	// QUEUED when its job exists, else REQUESTED.
	generationStatus = `CASE r.status WHEN 2 THEN 'FULFILLED' WHEN 3 THEN 'FAILED' ELSE coalesce(
			(SELECT p.stage FROM generation_progress p WHERE p.request_id = r.id ORDER BY p.id DESC LIMIT 1),
			CASE WHEN EXISTS (SELECT 1 FROM generation_jobs j WHERE j.request_id = r.id) THEN 'QUEUED' ELSE 'REQUESTED' END)
		END`
	// generationCols reads a request with the status the API tells.
	generationCols = `r.id::text AS id, r.agent_id::text AS agent_id, r.requester, r.kind, r.prompt,
		r.credits_spent::text AS credits_spent, ` + generationStatus + ` AS api_status,
		r.token_id::text AS token_id, r.failure_reason, r.requested_at, r.updated_at, r.mode`
	tokenCols   = `id::text AS id, owner, agent_id::text AS agent_id, request_id::text AS request_id, token_uri`
	listingCols = `id::text AS id, collection, token_id::text AS token_id, seller, price::text AS price, status, buyer, sold_at, created_at`
)

// agentOrders are the orders of agents but NEWEST: the column each sorts
// by, highest first, then the id (each has an index on both).
var agentOrders = map[model.AgentOrder]string{
	model.AgentOrderLevel:       "level",
	model.AgentOrderGenerations: "generations_fulfilled",
	model.AgentOrderSales:       "token_sales",
}

// agentSortKey is the value of a's row that order sorts by.
func agentSortKey(a *model.Agent, order model.AgentOrder) int64 {
	switch order {
	case model.AgentOrderLevel:
		return int64(a.Level)
	case model.AgentOrderGenerations:
		return int64(a.Fulfilled)
	}
	return int64(a.Sales)
}

func (r *Resolver) agents(ctx context.Context, owner *scalar.Address, tier *model.Tier, first *int, after *string, orderBy *model.AgentOrder) (*model.AgentConnection, error) {
	order := model.AgentOrderNewest
	if orderBy != nil {
		order = *orderBy
	}
	_, keyed := agentOrders[order]
	list, parts := "agents", 1 // NEWEST keeps the cursors it always had
	if keyed {
		list, parts = "agents-"+string(order), 2
	}
	n, key, err := page(list, parts, first, after)
	if err != nil {
		return nil, err
	}
	if keyed && key != nil {
		if _, err := strconv.ParseInt(key[0], 10, 64); err != nil {
			return nil, invalidCursor(*after)
		}
	}
	query, args := agentsSQL(owner, tier, order, key, n)
	var rows []*model.Agent
	if err := r.DB.SelectContext(ctx, &rows, query, args...); err != nil {
		return nil, err
	}
	conn := &model.AgentConnection{PageInfo: &model.PageInfo{}}
	for i, a := range rows {
		if i == n {
			conn.PageInfo.HasNextPage = true
			break
		}
		c := cursor(list, a.ID)
		if keyed {
			c = cursor(list, strconv.FormatInt(agentSortKey(a, order), 10), a.ID)
		}
		conn.Edges = append(conn.Edges, &model.AgentEdge{Cursor: c, Node: a})
		conn.PageInfo.EndCursor = &c
	}
	if conn.Edges == nil {
		conn.Edges = []*model.AgentEdge{}
	}
	return conn, nil
}

// agentsSQL is the statement of a page of n agents (and one more, telling
// whether there is a next page) in order, after key: a keyset read of the
// order's index.
func agentsSQL(owner *scalar.Address, tier *model.Tier, order model.AgentOrder, key []string, n int) (string, []any) {
	w := &where{}
	if owner != nil {
		w.add("owner = ?", owner.Bytes())
	}
	if tier != nil {
		w.add("tier = ?", model.TierCode(*tier))
	}
	// Sorted by the table's columns (agents.id), not by the text id the
	// statement returns, which sorts "10" before "9".
	sort := "agents.id DESC"
	if col, ok := agentOrders[order]; ok {
		sort = "agents." + col + " DESC, agents.id DESC"
		if key != nil {
			w.add("("+col+", id) < (?::bigint, ?::numeric)", key[0], key[1])
		}
	} else if key != nil {
		w.add("id < ?::numeric", key[0])
	}
	return `SELECT ` + agentCols + ` FROM agents` + w.sql() + ` ORDER BY ` + sort + ` LIMIT ` + w.arg(n+1), w.args
}

func (r *Resolver) generations(ctx context.Context, agentID *string, requester *scalar.Address, status *model.GenerationStatus, first *int, after *string) (*model.GenerationConnection, error) {
	n, key, err := page("generations", 1, first, after)
	if err != nil {
		return nil, err
	}
	w, err := generationFilter(agentID, requester)
	if err != nil {
		return nil, err
	}
	var rows []*model.Generation
	if err := r.DB.SelectContext(ctx, &rows, generationsSQL(w, status, key, n), w.args...); err != nil {
		return nil, err
	}
	return generationPage(rows, n), nil
}

// generationsSQL is the statement of a page of n requests (r) that w
// selects (and one more, telling whether there is a next page) with the
// status, if given, newest first after key: a backward read of the primary
// key or of w's index. Its arguments are w's.
func generationsSQL(w *where, status *model.GenerationStatus, key []string, n int) string {
	if key != nil {
		w.add("r.id < ?::numeric", key[0])
	}
	if status != nil {
		w.add(generationStatus+" = ?", string(*status))
	}
	// Sorted by the table's column (r.id), which its indexes serve: the
	// text id cast back to numeric sorted right, but sorted every row.
	return `SELECT ` + generationCols + ` FROM generation_requests r` + w.sql() + ` ORDER BY r.id DESC LIMIT ` + w.arg(n+1)
}

// generationPage makes a connection of up to n rows; a row beyond n says
// there is a next page.
func generationPage(rows []*model.Generation, n int) *model.GenerationConnection {
	conn := &model.GenerationConnection{Edges: []*model.GenerationEdge{}, PageInfo: &model.PageInfo{}}
	for i, g := range rows {
		if i == n {
			conn.PageInfo.HasNextPage = true
			break
		}
		c := cursor("generations", g.RequestID)
		conn.Edges = append(conn.Edges, &model.GenerationEdge{Cursor: c, Node: g})
		conn.PageInfo.EndCursor = &c
	}
	return conn
}

func (r *Resolver) tokens(ctx context.Context, owner *scalar.Address, agentID *string, first *int, after *string) (*model.GeneratedTokenConnection, error) {
	n, key, err := page("tokens", 1, first, after)
	if err != nil {
		return nil, err
	}
	if agentID != nil {
		if _, err := decimalID("agentId", *agentID); err != nil {
			return nil, err
		}
	}
	query, args := tokensSQL(owner, agentID, key, n)
	var rows []*model.GeneratedToken
	if err := r.DB.SelectContext(ctx, &rows, query, args...); err != nil {
		return nil, err
	}
	conn := &model.GeneratedTokenConnection{Edges: []*model.GeneratedTokenEdge{}, PageInfo: &model.PageInfo{}}
	for i, t := range rows {
		if i == n {
			conn.PageInfo.HasNextPage = true
			break
		}
		c := cursor("tokens", t.ID)
		conn.Edges = append(conn.Edges, &model.GeneratedTokenEdge{Cursor: c, Node: t})
		conn.PageInfo.EndCursor = &c
	}
	return conn, nil
}

// tokensSQL is the statement of a page of n generated tokens of owner and
// of agentID (a checked id), each if given (and one more, telling whether
// there is a next page), newest first after key: a backward read of the
// primary key or of the owner's or the agent's index.
func tokensSQL(owner *scalar.Address, agentID *string, key []string, n int) (string, []any) {
	w := &where{}
	if owner != nil {
		w.add("owner = ?", owner.Bytes())
	}
	if agentID != nil {
		w.add("agent_id = ?::numeric", *agentID)
	}
	if key != nil {
		w.add("id < ?::numeric", key[0])
	}
	// Sorted by the table's column, not by the text id the statement
	// returns, which sorts "10" before "9".
	return `SELECT ` + tokenCols + ` FROM generated_tokens` + w.sql() + ` ORDER BY generated_tokens.id DESC LIMIT ` + w.arg(n+1), w.args
}

func (r *Resolver) listings(ctx context.Context, collection *model.Collection, active *bool, first *int, after *string, orderBy *model.ListingOrder) (*model.ListingConnection, error) {
	order := model.ListingOrderNewest
	if orderBy != nil {
		order = *orderBy
	}
	parts := 1
	if order != model.ListingOrderNewest {
		parts = 2
	}
	list := "listings-" + string(order)
	n, key, err := page(list, parts, first, after)
	if err != nil {
		return nil, err
	}
	query, args := listingsSQL(collection, active == nil || *active, order, key, n)
	var rows []*model.Listing
	if err := r.DB.SelectContext(ctx, &rows, query, args...); err != nil {
		return nil, err
	}
	conn := &model.ListingConnection{Edges: []*model.ListingEdge{}, PageInfo: &model.PageInfo{}}
	for i, l := range rows {
		if i == n {
			conn.PageInfo.HasNextPage = true
			break
		}
		c := cursor(list, l.ID)
		if parts == 2 {
			c = cursor(list, string(l.Price), l.ID)
		}
		conn.Edges = append(conn.Edges, &model.ListingEdge{Cursor: c, Node: l})
		conn.PageInfo.EndCursor = &c
	}
	return conn, nil
}

// listingsSQL is the statement of a page of n listings of collection, if
// given, active or not (and one more, telling whether there is a next page)
// in order after key: a keyset read of the order's index, forwards or
// backwards (by price: listings_active_price or listings_closed_price; the
// newest: listings_status or the primary key).
func listingsSQL(collection *model.Collection, active bool, order model.ListingOrder, key []string, n int) (string, []any) {
	w := &where{}
	if collection != nil {
		code := 0
		if *collection == model.CollectionGenerated {
			code = 1
		}
		w.add("collection = ?", code)
	}
	if active {
		w.add("status = 'active'")
	} else {
		w.add("status <> 'active'")
	}
	// Sorted by the table's columns, not by the text the statement returns,
	// which sorts 10 S before 2 S and listing 10 before 9.
	sort := "listings.id DESC"
	switch order {
	case model.ListingOrderPriceAsc:
		sort = "listings.price, listings.id"
		if key != nil {
			w.add("(price, id) > (?::numeric, ?::numeric)", key[0], key[1])
		}
	case model.ListingOrderPriceDesc:
		sort = "listings.price DESC, listings.id DESC"
		if key != nil {
			w.add("(price, id) < (?::numeric, ?::numeric)", key[0], key[1])
		}
	default:
		if key != nil {
			w.add("id < ?::numeric", key[0])
		}
	}
	return `SELECT ` + listingCols + ` FROM listings` + w.sql() + ` ORDER BY ` + sort + ` LIMIT ` + w.arg(n+1), w.args
}

func (r *Resolver) packages(ctx context.Context) ([]*model.Package, error) {
	var rows []*model.Package
	err := r.DB.SelectContext(ctx, &rows, `SELECT tier, price::text AS price, credits::text AS credits FROM packages ORDER BY tier`)
	if rows == nil {
		rows = []*model.Package{}
	}
	return rows, err
}

func (r *Resolver) indexerStatus(ctx context.Context) (*model.IndexerStatus, error) {
	var s model.IndexerStatus
	err := r.DB.GetContext(ctx, &s, `SELECT chain_id, head_block, block_number, finalized_block,
		GREATEST(head_block - block_number, 0) AS lag_blocks, head_seen_at, stalled_block IS NOT NULL AS stalled,
		stalled_block::text AS stalled_block, stalled_since, stall_error,
		(SELECT coalesce(sum(t.events), 0) FROM indexer_throughput t
			WHERE t.chain_id = c.chain_id AND t.minute >= date_trunc('minute', now()) - interval '1 minute')::float8
			/ extract(epoch FROM now() - (date_trunc('minute', now()) - interval '1 minute'))::float8 AS events_per_second
		FROM indexer_checkpoints c ORDER BY chain_id LIMIT 1`)
	if errors.Is(err, sql.ErrNoRows) { // nothing indexed yet
		return &model.IndexerStatus{ChainID: scalar.BigInt(r.ChainID), HeadBlock: "0", IndexedBlock: "0", FinalizedBlock: "0", LagBlocks: "0"}, nil
	}
	return &s, err
}

// generationFilter selects requests (r) of an agent and a requester, each
// if given.
func generationFilter(agentID *string, requester *scalar.Address) (*where, error) {
	w := &where{}
	if agentID != nil {
		id, err := decimalID("agentId", *agentID)
		if err != nil {
			return nil, err
		}
		w.add("r.agent_id = ?::numeric", id)
	}
	if requester != nil {
		w.add("r.requester = ?", requester.Bytes())
	}
	return w, nil
}

// attemptsOf reads the attempts the relayer recorded with an output: what a
// request without rows in generation_attempts shows (fulfilled before that
// table, or its write failed).
func attemptsOf(raw []byte) ([]*model.GenerationAttempt, error) {
	out := []*model.GenerationAttempt{}
	if len(raw) == 0 {
		return out, nil
	}
	var attempts []ai.Attempt
	if err := json.Unmarshal(raw, &attempts); err != nil {
		return nil, fmt.Errorf("attempts: %w", err)
	}
	for _, a := range attempts {
		g := &model.GenerationAttempt{Provider: a.Provider, Model: a.Model, Outcome: "SUCCESS",
			LatencyMs: float64(a.Latency) / float64(time.Millisecond), CostUsd: a.CostUSD}
		if a.Class != "" {
			g.Outcome = string(a.Class)
		}
		if a.Error != "" {
			g.Error = &a.Error
		}
		out = append(out, g)
	}
	return out, nil
}

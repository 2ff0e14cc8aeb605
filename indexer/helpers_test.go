package indexer_test

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math/big"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/inft-labs/inft/indexer"
	"github.com/inft-labs/inft/internal/backoff"
	"github.com/inft-labs/inft/internal/chaintest"
	"github.com/inft-labs/inft/internal/pgtest"
	"github.com/inft-labs/inft/migrations"
)

// Accounts of chaintest.
const (
	deployer = chaintest.Deployer
	relayer  = chaintest.Relayer
	alice    = chaintest.Alice
	bob      = chaintest.Bob
	carol    = chaintest.Carol
)

type env struct {
	t     testing.TB
	chain *chaintest.Chain
	db    *pgtest.DB
	ix    *indexer.Indexer
	cfg   indexer.Config
}

// indexingPaths are the indexer's two ways through blocks: followed near
// the head (every block's hash kept, each block's changes recorded for
// undo), and backfilled (a small reorg window puts the blocks behind it), a
// few ranges a transaction.
var indexingPaths = []struct {
	name string
	cfg  indexer.Config
}{
	{"near the head", indexer.Config{}},
	{"in ranges", indexer.Config{ReorgWindow: 2, InitialRange: 8, CommitEvents: 10}},
}

// setup starts a chain with the contracts, a migrated schema and an indexer
// reading the chain through client (nil: the chain's own RPC client).
func setup(t testing.TB, cfg indexer.Config) *env {
	t.Helper()
	c := chaintest.NewWithOptions(t, chaintest.Options{HTTP: true})
	db := pgtest.New(t)
	_, err := migrations.Up(context.Background(), db.DB.DB)
	require.NoError(t, err)
	e := &env{t: t, chain: c, db: db, cfg: cfg}
	e.cfg.Contracts = c.Contracts
	e.cfg.StartBlock = c.DeployBlock
	e.ix = e.newIndexer(indexer.NewHTTPClient(c.RPC(), c.RPCURL, &http.Client{Transport: backoff.Transport(nil)}))
	return e
}

func (e *env) newIndexer(client indexer.Client) *indexer.Indexer {
	e.t.Helper()
	ix, err := indexer.New(context.Background(), e.db.DB, client, e.cfg)
	require.NoError(e.t, err)
	return ix
}

func (e *env) sync() {
	e.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	require.NoError(e.t, e.ix.Sync(ctx))
}

func ether(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }

// send sends and mines a transaction that must succeed.
func (e *env) send(who int, contract *bind.BoundContract, value *big.Int, data []byte) {
	e.t.Helper()
	e.chain.Send(who, contract, value, data)
}

// requireMatchesChain checks every projection against the contracts' views at
// the indexed block.
func (e *env) requireMatchesChain() {
	t, c := e.t, e.chain
	t.Helper()
	cp, err := e.ix.Checkpoint(context.Background())
	require.NoError(t, err)
	require.NotNil(t, cp)
	head, err := c.Client.BlockNumber(context.Background())
	require.NoError(t, err)
	require.Equal(t, head, cp.Block, "indexed to the head")
	at := &bind.CallOpts{BlockNumber: new(big.Int).SetUint64(cp.Block)}
	call := func(contract *bind.BoundContract, data []byte) []byte {
		out, err := contract.CallRaw(at, data)
		require.NoError(t, err)
		return out
	}
	a, g, m := c.AgentsABI, c.GeneratedABI, c.MarketplaceABI

	count, err := a.UnpackAgentCount(call(c.Agents, a.PackAgentCount()))
	require.NoError(t, err)
	var agents []struct {
		ID      string `db:"id"`
		Owner   []byte `db:"owner"`
		Tier    int    `db:"tier"`
		Credits string `db:"credits"`
		Level   int64  `db:"level"`
		URI     []byte `db:"state_uri"`
	}
	// A string is compared by its exact bytes: the text column shows a safe text.
	require.NoError(t, e.db.Select(&agents, `SELECT id, owner, tier, credits, level,
		coalesce(state_uri_raw, convert_to(state_uri, 'UTF8')) AS state_uri FROM agents ORDER BY id`))
	require.Len(t, agents, int(count.Int64()), "agents")
	for _, row := range agents {
		id, _ := new(big.Int).SetString(row.ID, 10)
		owner, _ := a.UnpackOwnerOf(call(c.Agents, a.PackOwnerOf(id)))
		credits, _ := a.UnpackCredits(call(c.Agents, a.PackCredits(id)))
		tier, _ := a.UnpackTierOf(call(c.Agents, a.PackTierOf(id)))
		level, _ := a.UnpackLevelOf(call(c.Agents, a.PackLevelOf(id)))
		uri, _ := a.UnpackStateURIOf(call(c.Agents, a.PackStateURIOf(id)))
		require.Equal(t, owner, common.BytesToAddress(row.Owner), "owner of agent %s", row.ID)
		require.Equal(t, fmt.Sprint(credits), row.Credits, "credits of agent %s", row.ID)
		require.Equal(t, int(tier), row.Tier, "tier of agent %s", row.ID)
		require.Equal(t, int64(level), row.Level, "level of agent %s", row.ID)
		require.Equal(t, uri, string(row.URI), "state URI of agent %s", row.ID)
	}

	// Every withdrawal balance, as rebuilt from the logs, is the contract's;
	// every account's is, including those nothing was paid to.
	var balances []struct {
		Payee        []byte `db:"payee"`
		Contract     int    `db:"contract"`
		Withdrawable string `db:"withdrawable"`
	}
	require.NoError(t, e.db.Select(&balances, `SELECT payee, contract, withdrawable FROM balances`))
	indexed := map[[2]string]string{}
	for _, b := range balances {
		indexed[[2]string{common.BytesToAddress(b.Payee).Hex(), fmt.Sprint(b.Contract)}] = b.Withdrawable
	}
	for _, acct := range c.Accounts {
		for contract, pending := range []func() *big.Int{
			func() *big.Int {
				v, _ := a.UnpackPendingWithdrawals(call(c.Agents, a.PackPendingWithdrawals(acct.Address)))
				return v
			},
			func() *big.Int {
				v, _ := m.UnpackPendingWithdrawals(call(c.Marketplace, m.PackPendingWithdrawals(acct.Address)))
				return v
			},
		} {
			got := indexed[[2]string{acct.Address.Hex(), fmt.Sprint(contract)}]
			if got == "" {
				got = "0"
			}
			require.Equal(t, pending().String(), got, "withdrawable of %s from contract %d", acct.Address, contract)
		}
	}
	var unbalanced int
	require.NoError(t, e.db.Get(&unbalanced, `SELECT count(*) FROM balances b WHERE withdrawable <> deposited - withdrawn
		OR withdrawable <> (SELECT sum(amount) FROM payments p WHERE p.payee = b.payee AND p.contract = b.contract)`))
	require.Zero(t, unbalanced, "each balance is its payments' sum")

	count, err = a.UnpackRequestCount(call(c.Agents, a.PackRequestCount()))
	require.NoError(t, err)
	var requests []struct {
		ID        string `db:"id"`
		Agent     string `db:"agent_id"`
		Requester []byte `db:"requester"`
		Kind      int    `db:"kind"`
		Status    int    `db:"status"`
		Spent     string `db:"credits_spent"`
		Mode      *int   `db:"mode"`
		Agents    string `db:"agents"`
	}
	require.NoError(t, e.db.Select(&requests, `SELECT id, agent_id, requester, kind, status, credits_spent, mode,
		(SELECT coalesce(string_agg(c.agent_id::text, ',' ORDER BY c.position), '') FROM generation_collaborators c WHERE c.request_id = r.id) AS agents
		FROM generation_requests r ORDER BY id`))
	require.Len(t, requests, int(count.Int64()), "requests")
	for _, row := range requests {
		id, _ := new(big.Int).SetString(row.ID, 10)
		r, err := a.UnpackRequests(call(c.Agents, a.PackRequests(id)))
		require.NoError(t, err)
		require.Equal(t, r.AgentId.String(), row.Agent, "agent of request %s", row.ID)
		require.Equal(t, r.Requester, common.BytesToAddress(row.Requester), "requester of request %s", row.ID)
		require.Equal(t, int(r.Kind), row.Kind)
		require.Equal(t, int(r.Status), row.Status, "status of request %s", row.ID)
		require.Equal(t, fmt.Sprint(r.CreditsSpent), row.Spent)
		co, err := a.UnpackCollaborationOf(call(c.Agents, a.PackCollaborationOf(id)))
		require.NoError(t, err)
		var agents []string
		for _, agent := range co.AgentIds {
			agents = append(agents, agent.String())
		}
		require.Equal(t, strings.Join(agents, ","), row.Agents, "agents of collaboration %s", row.ID)
		if len(agents) > 0 {
			require.Equal(t, &[]int{int(co.Mode)}[0], row.Mode, "mode of collaboration %s", row.ID)
		} else {
			require.Nil(t, row.Mode, "request %s is no collaboration", row.ID)
		}
	}

	minted, err := g.UnpackTotalMinted(call(c.Generated, g.PackTotalMinted()))
	require.NoError(t, err)
	var tokens []struct {
		ID    string `db:"id"`
		Owner []byte `db:"owner"`
		URI   []byte `db:"token_uri"`
	}
	require.NoError(t, e.db.Select(&tokens, `SELECT id, owner, coalesce(token_uri_raw, convert_to(coalesce(token_uri, ''), 'UTF8')) AS token_uri
		FROM generated_tokens ORDER BY id`))
	require.Len(t, tokens, int(minted.Int64()), "generated tokens")
	for _, row := range tokens {
		id, _ := new(big.Int).SetString(row.ID, 10)
		owner, _ := g.UnpackOwnerOf(call(c.Generated, g.PackOwnerOf(id)))
		uri, _ := g.UnpackTokenURI(call(c.Generated, g.PackTokenURI(id)))
		require.Equal(t, owner, common.BytesToAddress(row.Owner), "owner of token %s", row.ID)
		require.Equal(t, uri, string(row.URI), "URI of token %s", row.ID)
	}

	// The marketplace's approvals, per token and for all of an owner's
	// tokens, are the collections'.
	agentCount, err := a.UnpackAgentCount(call(c.Agents, a.PackAgentCount()))
	require.NoError(t, err)
	var approvedTokens []string
	require.NoError(t, e.db.Select(&approvedTokens, `SELECT collection || ':' || token_id FROM marketplace_token_approvals ORDER BY 1`))
	var wantTokens []string
	for col, n := range []*big.Int{agentCount, minted} {
		for i := int64(1); i <= n.Int64(); i++ {
			contract := c.Agents
			if col == 1 {
				contract = c.Generated
			}
			// getApproved has the same calldata in both collections (ERC-721).
			approved, err := a.UnpackGetApproved(call(contract, a.PackGetApproved(big.NewInt(i))))
			require.NoError(t, err)
			if approved == c.Contracts.Marketplace {
				wantTokens = append(wantTokens, fmt.Sprintf("%d:%d", col, i))
			}
		}
	}
	require.ElementsMatch(t, wantTokens, approvedTokens, "tokens the marketplace is approved for")
	var operators []string
	require.NoError(t, e.db.Select(&operators, `SELECT collection || ':' || encode(owner, 'hex') FROM marketplace_operators ORDER BY 1`))
	var wantOperators []string
	for col, contract := range []*bind.BoundContract{c.Agents, c.Generated} {
		for _, acct := range c.Accounts {
			all, err := a.UnpackIsApprovedForAll(call(contract, a.PackIsApprovedForAll(acct.Address, c.Contracts.Marketplace)))
			require.NoError(t, err)
			if all {
				wantOperators = append(wantOperators, fmt.Sprintf("%d:%x", col, acct.Address.Bytes()))
			}
		}
	}
	require.ElementsMatch(t, wantOperators, operators, "owners the marketplace is an operator of")

	// Every subscription's quota and expiry, the chat terms and every chat
	// session are the contract's, and each agent's ledger adds up to its
	// credits, escrows included.
	var subs []struct {
		Agent      string    `db:"agent_id"`
		Subscriber []byte    `db:"subscriber"`
		Expires    time.Time `db:"expires_at"`
		Left       uint64    `db:"credits_left"`
		Lapsed     bool      `db:"lapsed"`
	}
	require.NoError(t, e.db.Select(&subs, `SELECT agent_id, subscriber, expires_at, credits_left, lapsed FROM subscriptions`))
	for _, row := range subs {
		id, _ := new(big.Int).SetString(row.Agent, 10)
		got, err := a.UnpackSubscriptionOf(call(c.Agents, a.PackSubscriptionOf(id, common.BytesToAddress(row.Subscriber))))
		require.NoError(t, err)
		who := fmt.Sprintf("subscription of %s to agent %s", common.BytesToAddress(row.Subscriber), row.Agent)
		if row.Lapsed {
			require.Equal(t, uint64(0), got.ExpiresAt, "%s lapsed", who)
			continue
		}
		require.Equal(t, min(got.ExpiresAt, uint64(lastTime.Unix())), uint64(row.Expires.Unix()), "expiry of %s", who)
		require.Equal(t, got.CreditsLeft, row.Left, "quota of %s", who)
	}
	var unbalancedLedgers int
	require.NoError(t, e.db.Get(&unbalancedLedgers, `SELECT count(*) FROM agents a
		WHERE credits <> (SELECT coalesce(sum(delta), 0) FROM credit_ledger l WHERE l.agent_id = a.id)`))
	require.Zero(t, unbalancedLedgers, "each agent's credits are its ledger's sum")
	var terms struct {
		PerCredit uint64 `db:"tokens_per_credit"`
		Max       uint64 `db:"max_session_duration"`
		Grace     uint64 `db:"grace_period"`
	}
	require.NoError(t, e.db.Get(&terms, `SELECT tokens_per_credit, max_session_duration, grace_period FROM chat_terms`))
	perCredit, _ := a.UnpackChatTokensPerCredit(call(c.Agents, a.PackChatTokensPerCredit()))
	maxDuration, _ := a.UnpackMaxSessionDuration(call(c.Agents, a.PackMaxSessionDuration()))
	grace, _ := a.UnpackSessionGracePeriod(call(c.Agents, a.PackSessionGracePeriod()))
	require.Equal(t, []uint64{perCredit, maxDuration, grace}, []uint64{terms.PerCredit, terms.Max, terms.Grace}, "chat terms")
	count, err = a.UnpackSessionCount(call(c.Agents, a.PackSessionCount()))
	require.NoError(t, err)
	var sessions []struct {
		ID          string     `db:"id"`
		Agent       string     `db:"agent_id"`
		User        []byte     `db:"user_address"`
		Cap         uint64     `db:"credit_cap"`
		Status      string     `db:"status"`
		BySub       bool       `db:"by_subscriber"`
		Used        *uint64    `db:"credits_used"`
		Refunded    *uint64    `db:"credits_refunded"`
		Expires     time.Time  `db:"expires_at"`
		Reclaimable *time.Time `db:"reclaimable_at"`
		PerCredit   *uint64    `db:"tokens_per_credit"`
	}
	require.NoError(t, e.db.Select(&sessions, `SELECT id, agent_id, user_address, credit_cap, status, by_subscriber, credits_used,
		credits_refunded, expires_at, reclaimable_at, tokens_per_credit FROM chat_sessions ORDER BY id`))
	require.Len(t, sessions, int(count.Int64()), "chat sessions")
	for _, row := range sessions {
		id, _ := new(big.Int).SetString(row.ID, 10)
		s, err := a.UnpackSessions(call(c.Agents, a.PackSessions(id)))
		require.NoError(t, err)
		require.Equal(t, s.AgentId.String(), row.Agent, "agent of session %s", row.ID)
		require.Equal(t, s.User, common.BytesToAddress(row.User), "user of session %s", row.ID)
		require.Equal(t, s.CreditCap, row.Cap, "cap of session %s", row.ID)
		require.Equal(t, []string{"", "open", "settled", "reclaimed"}[s.Status], row.Status, "status of session %s", row.ID)
		require.Equal(t, s.FromSubscription, row.BySub, "session %s from a subscription", row.ID)
		require.Equal(t, s.ExpiresAt, uint64(row.Expires.Unix()), "expiry of session %s", row.ID)
		require.NotNil(t, row.Reclaimable, "session %s: the terms are known", row.ID)
		require.Equal(t, s.ReclaimableAt, uint64(row.Reclaimable.Unix()), "session %s reclaimable", row.ID)
		require.Equal(t, &s.TokensPerCredit, row.PerCredit, "tokens per credit of session %s", row.ID)
		if row.Status == "open" {
			require.Nil(t, row.Used, "session %s is open", row.ID)
			require.Nil(t, row.Refunded, "session %s is open", row.ID)
			continue
		}
		require.Equal(t, &s.CreditsUsed, row.Used, "credits used by session %s", row.ID)
		require.Equal(t, s.CreditCap-s.CreditsUsed, *row.Refunded, "credits refunded by session %s", row.ID)
	}

	e.requireRollupsRecount()

	count, err = m.UnpackListingCount(call(c.Marketplace, m.PackListingCount()))
	require.NoError(t, err)
	var listings []struct {
		ID     string `db:"id"`
		Price  string `db:"price"`
		Status string `db:"status"`
		Seller []byte `db:"seller"`
	}
	require.NoError(t, e.db.Select(&listings, `SELECT id, price, status, seller FROM listings ORDER BY id`))
	require.Len(t, listings, int(count.Int64()), "listings")
	for _, row := range listings {
		id, _ := new(big.Int).SetString(row.ID, 10)
		l, err := m.UnpackListings(call(c.Marketplace, m.PackListings(id)))
		require.NoError(t, err)
		buyable, _ := m.UnpackIsBuyable(call(c.Marketplace, m.PackIsBuyable(id)))
		require.Equal(t, l.Price.String(), row.Price, "price of listing %s", row.ID)
		require.Equal(t, l.Seller, common.BytesToAddress(row.Seller))
		switch row.Status {
		case "active":
			require.True(t, l.Active && buyable, "listing %s is active and buyable on chain", row.ID)
		case "stale", "unapproved":
			require.True(t, l.Active && !buyable, "listing %s (%s) is open but not buyable on chain", row.ID, row.Status)
		default:
			require.False(t, l.Active, "listing %s (%s) is closed on chain", row.ID, row.Status)
		}
	}
	e.requireEventsAreTheLogs(cp.Block)
}

// requireRollupsRecount requires the daily rollups the indexer keeps as it
// goes to equal a full recount from the projection tables.
func (e *env) requireRollupsRecount() {
	e.t.Helper()
	var kept, counted []string
	require.NoError(e.t, e.db.Select(&kept, `SELECT day::text || ' ' || metric || ' ' || key || ' ' || value::text FROM daily_stats
		WHERE metric <> 'floor' ORDER BY 1`))
	require.NoError(e.t, e.db.Select(&counted, `WITH counted AS (
			SELECT (requested_at AT TIME ZONE 'UTC')::date AS day, 'generations_requested' AS metric, '' AS key, count(*)::numeric AS value
				FROM generation_requests GROUP BY 1
			UNION ALL SELECT (updated_at AT TIME ZONE 'UTC')::date, 'generations_fulfilled', '', count(*) FROM generation_requests WHERE status = 2 GROUP BY 1
			UNION ALL SELECT (updated_at AT TIME ZONE 'UTC')::date, 'generations_failed', '', count(*) FROM generation_requests WHERE status = 3 GROUP BY 1
			UNION ALL SELECT (requested_at AT TIME ZONE 'UTC')::date, 'collaborations', '', count(*) FROM generation_requests WHERE mode IS NOT NULL GROUP BY 1
			UNION ALL SELECT (created_at AT TIME ZONE 'UTC')::date, 'agents', tier::text, count(*) FROM agents GROUP BY 1, 3
			UNION ALL SELECT (opened_at AT TIME ZONE 'UTC')::date, 'chat_sessions', '', count(*) FROM chat_sessions GROUP BY 1
			UNION ALL SELECT (at AT TIME ZONE 'UTC')::date, 'sales', collection::text, count(*) FROM sales GROUP BY 1, 3
			UNION ALL SELECT (at AT TIME ZONE 'UTC')::date, 'volume', collection::text, sum(price) FROM sales GROUP BY 1, 3
			UNION ALL SELECT (at AT TIME ZONE 'UTC')::date, 'lowest_sale', collection::text, min(price) FROM sales GROUP BY 1, 3
			UNION ALL SELECT (at AT TIME ZONE 'UTC')::date, 'revenue', cause, sum(amount) FROM payments
				WHERE cause IN ('package', 'top_up', 'subscription', 'sale_fee') AND amount > 0 GROUP BY 1, 3)
		SELECT day::text || ' ' || metric || ' ' || key || ' ' || value::text FROM counted ORDER BY 1`))
	require.Equal(e.t, counted, kept, "the daily rollups are a recount of the rows")
	// The floor's history is not in the rows; its latest value is the
	// floor now.
	var floors []string
	require.NoError(e.t, e.db.Select(&floors, `SELECT c::text || ' ' || coalesce((SELECT value::text FROM daily_stats
			WHERE metric = 'floor' AND key = c::text ORDER BY day DESC LIMIT 1), 'none') || ' ' ||
			coalesce((SELECT min(price)::text FROM listings WHERE collection = c AND status = 'active'),
				CASE WHEN EXISTS (SELECT 1 FROM listings WHERE collection = c) THEN '0' ELSE 'none' END)
		FROM unnest(ARRAY[0, 1]) AS c`))
	for _, f := range floors {
		parts := strings.Fields(f)
		require.Equal(e.t, parts[2], parts[1], "collection %s: the last floor recorded is the floor now", parts[0])
	}
}

// lastTime is the latest time the projections hold (indexer.maxTime).
var lastTime = time.Date(9999, 12, 31, 23, 59, 59, 0, time.UTC)

// checksum digests every projection table, for comparing two indexings.
func (e *env) checksum() map[string]string {
	e.t.Helper()
	out := map[string]string{}
	for _, table := range []string{"agents", "credit_ledger", "generation_requests", "generated_tokens", "listings",
		"sales", "subscription_terms", "subscriptions", "agent_evolutions", "packages", "generation_costs",
		"generation_jobs", "events", "payments", "balances", "fee_settings", "marketplace_token_approvals",
		"marketplace_operators", "chat_terms", "chat_sessions", "generation_collaborators", "sale_royalties", "daily_stats"} {
		var rows []string
		cols := "*"
		if table == "generation_jobs" {
			cols = "request_id, agent_id, tier, kind, priority, block_number"
		}
		// As JSON objects, whose keys are sorted: a migrated table may order its columns otherwise.
		require.NoError(e.t, e.db.Select(&rows, fmt.Sprintf(`SELECT to_jsonb(t)::text FROM (SELECT %s FROM %s) t ORDER BY 1`, cols, table)))
		sum := sha256.Sum256([]byte(strings.Join(rows, "\n")))
		out[table] = fmt.Sprintf("%d rows %s", len(rows), hex.EncodeToString(sum[:8]))
	}
	return out
}

// requireEventsAreTheLogs: the events table holds the chain's logs of the
// indexed contracts and topics up to block, each byte of them, in order.
func (e *env) requireEventsAreTheLogs(block uint64) {
	t := e.t
	t.Helper()
	ctx := context.Background()
	logs, err := e.chain.Client.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(e.cfg.StartBlock),
		ToBlock: new(big.Int).SetUint64(block), Addresses: []common.Address{e.cfg.Contracts.Agents, e.cfg.Contracts.Generated,
			e.cfg.Contracts.Marketplace}, Topics: [][]common.Hash{indexer.Topics(e.cfg.Contracts)}})
	require.NoError(t, err)
	var rows []struct {
		Block     uint64    `db:"block_number"`
		BlockHash []byte    `db:"block_hash"`
		Index     uint      `db:"log_index"`
		TxHash    []byte    `db:"tx_hash"`
		TxIndex   uint      `db:"tx_index"`
		Time      time.Time `db:"block_time"`
		Contract  []byte    `db:"contract"`
		Topics    []byte    `db:"topics"`
		Data      []byte    `db:"data"`
	}
	require.NoError(t, e.db.Select(&rows, `SELECT block_number, block_hash, log_index, tx_hash, tx_index, block_time, contract, topics, data
		FROM events ORDER BY block_number, log_index`))
	require.Len(t, rows, len(logs), "an event a log")
	times := map[uint64]time.Time{}
	for i, l := range logs {
		r := rows[i]
		if _, ok := times[l.BlockNumber]; !ok {
			h, err := e.chain.Client.HeaderByNumber(ctx, new(big.Int).SetUint64(l.BlockNumber))
			require.NoError(t, err)
			times[l.BlockNumber] = time.Unix(int64(h.Time), 0)
		}
		var topics []byte
		for _, h := range l.Topics {
			topics = append(topics, h.Bytes()...)
		}
		require.Equal(t, []any{l.BlockNumber, l.BlockHash.Bytes(), l.Index, l.TxHash.Bytes(), l.TxIndex, l.Address.Bytes(), topics,
			append([]byte{}, l.Data...)}, []any{r.Block, r.BlockHash, r.Index, r.TxHash, r.TxIndex, r.Contract, append([]byte{}, r.Topics...),
			append([]byte{}, r.Data...)}, "event %d", i)
		require.True(t, times[l.BlockNumber].Equal(r.Time), "event %d: block time %s, not %s", i, r.Time, times[l.BlockNumber])
	}
	// And the rows an event adds carry its block, transaction and time.
	for _, table := range []string{"credit_ledger", "payments"} {
		require.Zero(t, e.countRows(`SELECT count(*) FROM `+table+` x LEFT JOIN events e ON e.block_hash = x.block_hash AND e.log_index = x.log_index
			WHERE e.block_hash IS NULL OR e.tx_hash <> x.tx_hash OR e.block_number <> x.block_number OR e.block_time <> x.at`), table)
	}
}

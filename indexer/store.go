package indexer

import (
	"context"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jmoiron/sqlx"
	"github.com/lib/pq"

	"github.com/inft-labs/inft/bindings"
	"github.com/inft-labs/inft/internal/safe"
)

// load reads into s every row that the events will touch and s does not
// hold yet: s may hold the rows of earlier batches of the same transaction,
// changed in memory and not written, which are newer than the database's.
func load(ctx context.Context, tx *sqlx.Tx, s *state, events []event) error {
	requestIDs, listingIDs, sessionIDs := set[string]{}, set[string]{}, set[string]{}
	opening := false
	for _, e := range events {
		switch v := e.value.(type) {
		case *bindings.INFTAgentsSessionOpened:
			sessionIDs.add(v.SessionId.String()) // to refuse one opened twice
			opening = true
		case *bindings.INFTAgentsSessionSettled:
			sessionIDs.add(v.SessionId.String())
		case *bindings.INFTAgentsSessionReclaimed:
			sessionIDs.add(v.SessionId.String())
		case *bindings.INFTAgentsGenerationFulfilled:
			requestIDs.add(v.RequestId.String())
		case *bindings.INFTAgentsGenerationFailed:
			requestIDs.add(v.RequestId.String())
		case *bindings.INFTMarketplaceListingPriceUpdated:
			listingIDs.add(v.ListingId.String())
		case *bindings.INFTMarketplaceListingCancelled:
			listingIDs.add(v.ListingId.String())
		case *bindings.INFTMarketplaceSold:
			listingIDs.add(v.ListingId.String())
		}
	}
	var requests []*requestRow
	if err := selectIn(ctx, tx, &requests, `SELECT * FROM generation_requests WHERE id = ANY($1::numeric[])`, absent(requestIDs, s.requests)); err != nil {
		return err
	}
	collaborations := set[string]{}
	for _, r := range requests {
		r.restore()
		s.requests[r.ID] = r
		if r.Mode != nil {
			collaborations.add(r.ID)
		}
	}
	var collaborators []*collaboratorRow
	if err := selectIn(ctx, tx, &collaborators, `SELECT * FROM generation_collaborators WHERE request_id = ANY($1::numeric[])
		ORDER BY request_id, position`, collaborations); err != nil {
		return err
	}
	for _, c := range collaborators {
		s.collaborators[c.RequestID] = append(s.collaborators[c.RequestID], c)
	}
	var listings []*listingRow
	if err := selectIn(ctx, tx, &listings, `SELECT * FROM listings WHERE id = ANY($1::numeric[])`, absent(listingIDs, s.listings)); err != nil {
		return err
	}
	for _, l := range listings {
		s.listings[l.ID] = l
	}
	var sessions []*sessionRow
	if err := selectIn(ctx, tx, &sessions, `SELECT * FROM chat_sessions WHERE id = ANY($1::numeric[])`, absent(sessionIDs, s.sessions)); err != nil {
		return err
	}
	for _, ss := range sessions {
		s.sessions[ss.ID] = ss
	}
	if opening && !s.chatTermsRead {
		s.chatTermsRead = true
		var t chatTermsRow
		err := tx.GetContext(ctx, &t, `SELECT tokens_per_credit, max_session_duration, grace_period, updated_block FROM chat_terms`)
		switch {
		case err == nil:
			s.chatTerms = &t
		case !errors.Is(err, sql.ErrNoRows):
			return fmt.Errorf("load chat terms: %w", err)
		}
	}

	agentIDs, movedAgents, tokenIDs := set[string]{}, set[string]{}, set[string]{}
	// A sale counts for the agent sold or for the agent that made the token
	// sold: the token is read, and its agent once the token is known.
	listedIn := map[string]string{} // listing listed in the batch → its token
	for _, e := range events {
		if v, ok := e.value.(*bindings.INFTMarketplaceListed); ok {
			listedIn[v.ListingId.String()] = v.TokenId.String()
		}
	}
	soldTokens := set[string]{}
	for _, e := range events {
		v, ok := e.value.(*bindings.INFTMarketplaceSold)
		if !ok {
			continue
		}
		switch l := s.listings[v.ListingId.String()]; {
		case l != nil && l.Collection == collectionAgents:
			agentIDs.add(l.TokenID)
		case l != nil:
			tokenIDs.add(l.TokenID)
			soldTokens.add(l.TokenID)
		case listedIn[v.ListingId.String()] != "": // the collection is told by the Listed event: read both
			token := listedIn[v.ListingId.String()]
			agentIDs.add(token)
			tokenIDs.add(token)
			soldTokens.add(token)
		}
	}
	var pairAgents []string
	var pairSubs [][]byte
	pair := func(agent string, who common.Address) {
		k := subKey{agent, who}
		if s.subs[k] != nil || s.subsRead[k] {
			return
		}
		s.subsRead[k] = true
		pairAgents = append(pairAgents, agent)
		pairSubs = append(pairSubs, who.Bytes())
	}
	var openCols []int64
	var openTokens []string
	for _, e := range events {
		switch v := e.value.(type) {
		case *bindings.INFTAgentsTransfer:
			agentIDs.add(v.TokenId.String())
			if v.From != (common.Address{}) {
				movedAgents.add(v.TokenId.String())
				openCols, openTokens = append(openCols, int64(collectionAgents)), append(openTokens, v.TokenId.String())
			}
		case *bindings.INFTAgentsCreditsAdded:
			agentIDs.add(v.AgentId.String())
		case *bindings.INFTAgentsGenerationRequested:
			agentIDs.add(v.AgentId.String())
			pair(v.AgentId.String(), v.Requester)
		case *bindings.INFTAgentsCollaborationRequested:
			for _, id := range v.AgentIds {
				agentIDs.add(id.String())
				pair(id.String(), v.Requester)
			}
		case *bindings.INFTMarketplaceRoyaltyPaid:
			agentIDs.add(v.AgentId.String())
		case *bindings.INFTAgentsAgentEvolved:
			agentIDs.add(v.AgentId.String())
		case *bindings.INFTAgentsSubscriptionTermsSet:
			agentIDs.add(v.AgentId.String())
		case *bindings.INFTAgentsSubscribed:
			agentIDs.add(v.AgentId.String())
			pair(v.AgentId.String(), v.Subscriber)
		case *bindings.INFTAgentsSessionOpened:
			agentIDs.add(v.AgentId.String())
			pair(v.AgentId.String(), v.User)
		case *bindings.INFTAgentsGenerationFulfilled:
			tokenIDs.add(v.TokenId.String())
		case *bindings.INFTGeneratedTransfer:
			tokenIDs.add(v.TokenId.String())
			if v.From != (common.Address{}) {
				openCols, openTokens = append(openCols, int64(collectionGenerated)), append(openTokens, v.TokenId.String())
			}
		case *tokenApproval:
			openCols, openTokens = append(openCols, int64(v.collection)), append(openTokens, v.token.String())
		}
	}
	for _, r := range requests { // those in s already had theirs read
		agentIDs.add(r.AgentID)
		if r.BySubscriber {
			pair(r.AgentID, common.BytesToAddress(r.Requester))
		}
		for _, c := range s.collaborators[r.ID] {
			agentIDs.add(c.AgentID)
			if c.BySubscriber {
				pair(c.AgentID, common.BytesToAddress(r.Requester))
			}
		}
	}
	for _, ss := range sessions {
		agentIDs.add(ss.AgentID)
		if ss.BySubscriber {
			pair(ss.AgentID, common.BytesToAddress(ss.User))
		}
	}

	var agents []*agentRow
	if err := selectIn(ctx, tx, &agents, `SELECT * FROM agents WHERE id = ANY($1::numeric[])`, absent(agentIDs, s.agents)); err != nil {
		return err
	}
	for _, a := range agents {
		a.restore()
		s.agents[a.ID] = a
	}
	var tokens []*tokenRow
	if err := selectIn(ctx, tx, &tokens, `SELECT * FROM generated_tokens WHERE id = ANY($1::numeric[])`, absent(tokenIDs, s.tokens)); err != nil {
		return err
	}
	for _, t := range tokens {
		t.restore()
		s.tokens[t.ID] = t
	}
	makers := set[string]{}
	for id := range soldTokens {
		if t := s.tokens[id]; t != nil && t.AgentID != nil && s.agents[*t.AgentID] == nil {
			makers.add(*t.AgentID)
		}
	}
	agents = nil
	if err := selectIn(ctx, tx, &agents, `SELECT * FROM agents WHERE id = ANY($1::numeric[])`, makers); err != nil {
		return err
	}
	for _, a := range agents {
		a.restore()
		s.agents[a.ID] = a
	}
	var terms []*termsRow
	unread := set[string]{}
	for id := range agentIDs {
		if !s.termsRead[id] {
			unread.add(id)
			s.termsRead[id] = true
		}
	}
	if err := selectIn(ctx, tx, &terms, `SELECT * FROM subscription_terms WHERE agent_id = ANY($1::numeric[])`, unread); err != nil {
		return err
	}
	for _, t := range terms {
		if s.terms[t.AgentID] == nil {
			s.terms[t.AgentID] = t
		}
	}
	var subs []*subscriptionRow
	if len(pairAgents) > 0 || len(movedAgents) > 0 {
		err := tx.SelectContext(ctx, &subs, `SELECT * FROM subscriptions WHERE agent_id = ANY($1::numeric[]) AND NOT lapsed
			UNION SELECT s.* FROM subscriptions s JOIN unnest($2::numeric[], $3::bytea[]) AS p(agent_id, subscriber)
			ON s.agent_id = p.agent_id AND s.subscriber = p.subscriber`,
			pq.Array(movedAgents.slice()), pq.Array(pairAgents), pq.Array(pairSubs))
		if err != nil {
			return fmt.Errorf("load subscriptions: %w", err)
		}
	}
	for _, sub := range subs {
		if k := (subKey{sub.AgentID, common.BytesToAddress(sub.Subscriber)}); s.subs[k] == nil {
			s.subs[k] = sub
		}
	}
	// One key per payee and contract: the revenue wallets are paid by every
	// purchase of a batch.
	keys := set[balanceKey]{}
	for _, e := range events {
		var who common.Address
		var contract int16
		switch v := e.value.(type) {
		case *bindings.INFTAgentsDeposited:
			who, contract = v.Payee, contractAgents
		case *bindings.INFTAgentsWithdrawn:
			who, contract = v.Payee, contractAgents
		case *bindings.INFTMarketplaceDeposited:
			who, contract = v.Payee, contractMarketplace
		case *bindings.INFTMarketplaceWithdrawn:
			who, contract = v.Payee, contractMarketplace
		default:
			continue
		}
		if s.balances[balanceKey{who, contract}] == nil {
			keys.add(balanceKey{who, contract})
		}
	}
	if len(keys) > 0 {
		payees, payeeContracts := make([][]byte, 0, len(keys)), make([]int64, 0, len(keys))
		for k := range keys {
			payees, payeeContracts = append(payees, k.payee.Bytes()), append(payeeContracts, int64(k.contract))
		}
		var balances []*balanceRow
		err := tx.SelectContext(ctx, &balances, `SELECT b.* FROM balances b JOIN unnest($1::bytea[], $2::smallint[]) AS k(payee, contract)
			ON b.payee = k.payee AND b.contract = k.contract`, pq.Array(payees), pq.Array(payeeContracts))
		if err != nil {
			return fmt.Errorf("load balances: %w", err)
		}
		for _, b := range balances {
			s.balances[balanceKey{common.BytesToAddress(b.Payee), b.Contract}] = b
		}
	}
	if len(openTokens) > 0 {
		var open []*listingRow
		err := tx.SelectContext(ctx, &open, `SELECT l.* FROM listings l JOIN unnest($1::smallint[], $2::numeric[]) AS k(collection, token_id)
			ON l.collection = k.collection AND l.token_id = k.token_id WHERE l.status IN ('active', 'unapproved')`,
			pq.Array(openCols), pq.Array(openTokens))
		if err != nil {
			return fmt.Errorf("load open listings: %w", err)
		}
		for _, l := range open {
			if s.listings[l.ID] == nil {
				s.listings[l.ID] = l
			}
		}
	}
	if err := loadApprovals(ctx, tx, s, events); err != nil {
		return err
	}
	if err := loadDaily(ctx, tx, s, events); err != nil {
		return err
	}
	if err := loadFloors(ctx, tx, s, events); err != nil {
		return err
	}
	for _, l := range s.listings {
		if isOpen(l.Status) {
			s.open[tokenKey{l.Collection, l.TokenID}] = l.ID
		}
	}
	return nil
}

// loadApprovals reads the open listings of the sellers whose approval of the
// marketplace for all their tokens changes, then the marketplace's approvals
// that decide whether the batch's open listings, and those it makes, stay
// buyable.
func loadApprovals(ctx context.Context, tx *sqlx.Tx, s *state, events []event) error {
	var sellerCols []int64
	var sellers [][]byte
	for _, e := range events {
		if v, ok := e.value.(*operatorApproval); ok && v.market {
			sellerCols, sellers = append(sellerCols, int64(v.collection)), append(sellers, v.owner.Bytes())
		}
	}
	if len(sellers) > 0 {
		var open []*listingRow
		err := tx.SelectContext(ctx, &open, `SELECT l.* FROM listings l JOIN unnest($1::smallint[], $2::bytea[]) AS k(collection, seller)
			ON l.collection = k.collection AND l.seller = k.seller WHERE l.status IN ('active', 'unapproved')`,
			pq.Array(sellerCols), pq.Array(sellers))
		if err != nil {
			return fmt.Errorf("load open listings of sellers: %w", err)
		}
		for _, l := range open {
			if s.listings[l.ID] == nil {
				s.listings[l.ID] = l
			}
		}
	}

	tokens, owners := set[tokenKey]{}, set[operatorKey]{}
	for _, l := range s.listings {
		if isOpen(l.Status) {
			tokens.add(tokenKey{l.Collection, l.TokenID})
			owners.add(operatorKey{l.Collection, common.BytesToAddress(l.Seller)})
		}
	}
	for _, e := range events {
		v, ok := e.value.(*bindings.INFTMarketplaceListed)
		if !ok {
			continue
		}
		for _, col := range []int16{collectionAgents, collectionGenerated} { // load knows no addresses: read both
			tokens.add(tokenKey{col, v.TokenId.String()})
			owners.add(operatorKey{col, v.Seller})
		}
	}
	var cols []int64
	var ids []string
	for k := range tokens {
		if _, read := s.tokenApprovals[k]; !read {
			cols, ids = append(cols, int64(k.collection)), append(ids, k.token)
			s.tokenApprovals[k] = nil // none, unless the database has it
		}
	}
	if len(ids) > 0 {
		var rows []*tokenApprovalRow
		err := tx.SelectContext(ctx, &rows, `SELECT a.* FROM marketplace_token_approvals a JOIN unnest($1::smallint[], $2::numeric[]) AS k(collection, token_id)
			ON a.collection = k.collection AND a.token_id = k.token_id`, pq.Array(cols), pq.Array(ids))
		if err != nil {
			return fmt.Errorf("load token approvals: %w", err)
		}
		for _, r := range rows {
			s.tokenApprovals[tokenKey{r.Collection, r.TokenID}] = r
		}
	}
	cols = nil
	var who [][]byte
	for k := range owners {
		if _, read := s.operators[k]; !read {
			cols, who = append(cols, int64(k.collection)), append(who, k.owner.Bytes())
			s.operators[k] = nil // none, unless the database has it
		}
	}
	if len(who) > 0 {
		var rows []*operatorRow
		err := tx.SelectContext(ctx, &rows, `SELECT o.* FROM marketplace_operators o JOIN unnest($1::smallint[], $2::bytea[]) AS k(collection, owner)
			ON o.collection = k.collection AND o.owner = k.owner`, pq.Array(cols), pq.Array(who))
		if err != nil {
			return fmt.Errorf("load operators: %w", err)
		}
		for _, r := range rows {
			s.operators[operatorKey{r.Collection, common.BytesToAddress(r.Owner)}] = r
		}
	}
	return nil
}

func selectIn[T any](ctx context.Context, tx *sqlx.Tx, dest *[]T, query string, ids set[string]) error {
	if len(ids) == 0 {
		return nil
	}
	if err := tx.SelectContext(ctx, dest, query, pq.Array(ids.slice())); err != nil {
		return fmt.Errorf("load: %w", err)
	}
	return nil
}

type set[T comparable] map[T]struct{}

// absent are the ids that m does not hold.
func absent[V any](ids set[string], m map[string]V) set[string] {
	out := set[string]{}
	for id := range ids {
		if _, ok := m[id]; !ok {
			out.add(id)
		}
	}
	return out
}

func (s set[T]) add(v T) { s[v] = struct{}{} }
func (s set[T]) slice() []T {
	out := make([]T, 0, len(s))
	for v := range s {
		out = append(out, v)
	}
	return out
}

// write stores the batch's events and everything they changed and added.
func write(ctx context.Context, tx *sqlx.Tx, chainID uint64, s *state, events []event) error {
	if err := insertEvents(ctx, tx, chainID, events); err != nil {
		return err
	}
	return writeProjections(ctx, tx, chainID, s)
}

// writeProjections stores what applying events changed and added.
func writeProjections(ctx context.Context, tx *sqlx.Tx, chainID uint64, s *state) error {
	if err := writeAdded(ctx, tx, chainID, s); err != nil {
		return err
	}
	return writeChanged(ctx, tx, s)
}

// writeChanged stores the rows applying events changed: each once, however
// many events changed it.
func writeChanged(ctx context.Context, tx *sqlx.Tx, s *state) error {
	steps := []func(context.Context, *sqlx.Tx, *state) error{
		writePackages, writeCosts, writeAgents, writeRequests, writeTokens, writeListings, writeTerms, writeSubs,
		writeBalances, writeFees, writeTokenApprovals, writeOperators, writeSessions, writeChatTerms, writeDaily,
	}
	for _, step := range steps {
		if err := step(ctx, tx, s); err != nil {
			return err
		}
	}
	return nil
}

// writeAdded stores the rows applying events added, which never change once
// made (the credit ledger, payments, sales, ...), and lets them go: the
// state may go on to apply further events.
func writeAdded(ctx context.Context, tx *sqlx.Tx, chainID uint64, s *state) error {
	if err := writeCollaborators(ctx, tx, s); err != nil {
		return err
	}
	s.newCollaborators = nil
	return copyAppendOnly(ctx, tx, chainID, s.takeAppended())
}

// takeAppended returns the append-only rows applying events added (the
// credit ledger, payments, progress, sales, royalties, evolutions) and lets
// them go from s.
func (s *state) takeAppended() *state {
	rows := &state{ledger: s.ledger, payments: s.payments, progress: s.progress, sales: s.sales, royalties: s.royalties, evolutions: s.evolutions}
	s.ledger, s.payments, s.waiting = nil, nil, nil
	s.progress, s.sales, s.royalties, s.evolutions = nil, nil, nil, nil
	return rows
}

// insertEvents inserts the batch's events with one statement: their bytes
// (block hash, transaction hash, contract, topics, data) in one bytea
// parameter that each row's columns are cut from, the rest as column
// arrays. A bytea[] per column cost lib/pq's hex and quoting of every
// element and PostgreSQL's parsing of each (docs/benchmarks.md); one array
// statement had measured faster than COPY through database/sql's per-row
// Exec. At most upsertChunk events a statement: its parameters are encoded
// at once.
func insertEvents(ctx context.Context, tx *sqlx.Tx, chainID uint64, events []event) error {
	for len(events) > upsertChunk {
		if err := insertEvents(ctx, tx, chainID, events[:upsertChunk]); err != nil {
			return err
		}
		events = events[upsertChunk:]
	}
	n := len(events)
	if n == 0 {
		return nil
	}
	size := 0
	for _, e := range events {
		size += 2*common.HashLength + common.AddressLength + common.HashLength*len(e.log.Topics) + len(e.log.Data)
	}
	blob := make([]byte, 0, size)
	blocks, logIdx, txIdx, times := make([]int64, n), make([]int64, n), make([]int64, n), make([]int64, n)
	offsets, topicLens, dataLens, nameIdx := make([]int64, n), make([]int64, n), make([]int64, n), make([]int64, n)
	var names []string
	for i, e := range events {
		blocks[i], logIdx[i], txIdx[i], times[i] = int64(e.log.BlockNumber), int64(e.log.Index), int64(e.log.TxIndex), e.time.Unix()
		offsets[i], topicLens[i], dataLens[i] = int64(len(blob)), int64(common.HashLength*len(e.log.Topics)), int64(len(e.log.Data))
		blob = append(append(append(blob, e.log.BlockHash[:]...), e.log.TxHash[:]...), e.log.Address[:]...)
		for _, h := range e.log.Topics {
			blob = append(blob, h[:]...)
		}
		blob = append(blob, e.log.Data...)
		nameIdx[i] = int64(slices.Index(names, e.name) + 1)
		if nameIdx[i] == 0 {
			names = append(names, e.name)
			nameIdx[i] = int64(len(names))
		}
	}
	_, err := tx.ExecContext(ctx, `INSERT INTO events (chain_id, block_number, block_hash, log_index, tx_hash, tx_index, block_time, contract, name, topics, data)
		SELECT $1, e.block, substring($2::bytea FROM e.o + 1 FOR 32), e.log_index, substring($2 FROM e.o + 33 FOR 32), e.tx_index,
			to_timestamp(e.at), substring($2 FROM e.o + 65 FOR 20), ($3::text[])[e.name], substring($2 FROM e.o + 85 FOR e.topics),
			substring($2 FROM e.o + 85 + e.topics FOR e.data)
		FROM unnest($4::bigint[], $5::int[], $6::int[], $7::bigint[], $8::int[], $9::int[], $10::int[], $11::int[])
			AS e(block, log_index, tx_index, at, name, o, topics, data)`,
		int64(chainID), blob, pq.Array(names), pq.Array(blocks), pq.Array(logIdx), pq.Array(txIdx), pq.Array(times),
		pq.Array(nameIdx), pq.Array(offsets), pq.Array(topicLens), pq.Array(dataLens))
	if err != nil {
		return fmt.Errorf("write events: %w", err)
	}
	return nil
}

func copyAppendOnly(ctx context.Context, tx *sqlx.Tx, chainID uint64, s *state) error {
	if n := len(s.ledger); n > 0 {
		var bytes packed
		blockHash, txHash := bytes.column(n), bytes.column(n)
		logIdx, blocks, at := make([]int64, n), make([]int64, n), make([]int64, n)
		agent, delta, balance, cause := make([]string, n), make([]string, n), make([]string, n), make([]string, n)
		request, session := make([]*string, n), make([]*string, n)
		for i, l := range s.ledger {
			blockHash.add(l.BlockHash)
			txHash.add(l.TxHash)
			logIdx[i], blocks[i], at[i] = int64(l.LogIndex), l.BlockNumber, l.At.Unix()
			agent[i], delta[i], balance[i], cause[i] = l.AgentID, l.Delta, u64(l.Balance), l.Cause
			request[i], session[i] = l.RequestID, l.SessionID
		}
		_, err := tx.ExecContext(ctx, `INSERT INTO credit_ledger (chain_id, block_hash, log_index, agent_id, delta, balance, cause, request_id,
				session_id, block_number, tx_hash, at)
			SELECT $1, substring($2::bytea FROM k.bh_at + 1 FOR k.bh_len), k.log_index, k.agent, k.delta, k.balance, k.cause, k.request,
				k.session, k.block, substring($2 FROM k.tx_at + 1 FOR k.tx_len), to_timestamp(k.at)
			FROM unnest($3::int[], $4::int[], $5::int[], $6::numeric[], $7::numeric[], $8::numeric[], $9::text[], $10::numeric[],
				$11::numeric[], $12::bigint[], $13::int[], $14::int[], $15::bigint[])
				AS k(bh_at, bh_len, log_index, agent, delta, balance, cause, request, session, block, tx_at, tx_len, at)`,
			int64(chainID), bytes.blob, pq.Array(blockHash.offsets), pq.Array(blockHash.lengths), pq.Array(logIdx), pq.Array(agent),
			pq.Array(delta), pq.Array(balance), pq.Array(cause), pq.Array(nullable(request)), pq.Array(nullable(session)),
			pq.Array(blocks), pq.Array(txHash.offsets), pq.Array(txHash.lengths), pq.Array(at))
		if err != nil {
			return fmt.Errorf("write credit ledger: %w", err)
		}
	}
	if n := len(s.payments); n > 0 {
		var bytes packed
		blockHash, payee, txHash := bytes.column(n), bytes.column(n), bytes.column(n)
		logIdx, contract, blocks, at := make([]int64, n), make([]int64, n), make([]int64, n), make([]int64, n)
		amount, cause := make([]string, n), make([]string, n)
		agent, listing := make([]*string, n), make([]*string, n)
		for i, p := range s.payments {
			blockHash.add(p.BlockHash)
			payee.add(p.Payee)
			txHash.add(p.TxHash)
			logIdx[i], contract[i], blocks[i], at[i] = int64(p.LogIndex), int64(p.Contract), p.BlockNumber, p.At.Unix()
			amount[i], cause[i], agent[i], listing[i] = p.Amount, p.Cause, p.AgentID, p.ListingID
		}
		_, err := tx.ExecContext(ctx, `INSERT INTO payments (chain_id, block_hash, log_index, contract, payee, amount, cause, agent_id, listing_id,
				block_number, tx_hash, at)
			SELECT $1, substring($2::bytea FROM k.bh_at + 1 FOR k.bh_len), k.log_index, k.contract, substring($2 FROM k.payee_at + 1 FOR k.payee_len),
				k.amount, k.cause, k.agent, k.listing, k.block, substring($2 FROM k.tx_at + 1 FOR k.tx_len), to_timestamp(k.at)
			FROM unnest($3::int[], $4::int[], $5::int[], $6::smallint[], $7::int[], $8::int[], $9::numeric[], $10::text[], $11::numeric[],
				$12::numeric[], $13::bigint[], $14::int[], $15::int[], $16::bigint[])
				AS k(bh_at, bh_len, log_index, contract, payee_at, payee_len, amount, cause, agent, listing, block, tx_at, tx_len, at)`,
			int64(chainID), bytes.blob, pq.Array(blockHash.offsets), pq.Array(blockHash.lengths), pq.Array(logIdx), pq.Array(contract),
			pq.Array(payee.offsets), pq.Array(payee.lengths), pq.Array(amount), pq.Array(cause), pq.Array(nullable(agent)),
			pq.Array(nullable(listing)), pq.Array(blocks), pq.Array(txHash.offsets), pq.Array(txHash.lengths), pq.Array(at))
		if err != nil {
			return fmt.Errorf("write payments: %w", err)
		}
	}
	if len(s.progress) > 0 {
		rows := make([][]any, len(s.progress))
		for i, x := range s.progress {
			rows[i] = []any{x.RequestID, x.Stage, 100, safe.Text(x.Message), x.BlockNumber, x.At}
		}
		if err := copyRows(ctx, tx, "generation_progress", []string{"request_id", "stage", "percent", "message", "block_number", "at"}, rows); err != nil {
			return err
		}
	}
	if len(s.sales) > 0 {
		rows := make([][]any, len(s.sales))
		for i, x := range s.sales {
			rows[i] = []any{x.ListingID, x.Collection, x.TokenID, x.Seller, x.Buyer, x.Price, x.Fee, x.Royalty, x.BlockNumber, x.TxHash, x.At}
		}
		if err := copyRows(ctx, tx, "sales", []string{"listing_id", "collection", "token_id", "seller", "buyer", "price",
			"fee", "royalty", "block_number", "tx_hash", "at"}, rows); err != nil {
			return err
		}
	}
	if len(s.royalties) > 0 {
		rows := make([][]any, len(s.royalties))
		for i, x := range s.royalties {
			rows[i] = []any{x.ListingID, x.AgentID, x.Receiver, x.Amount, x.BlockNumber, x.LogIndex, x.TxHash, x.At}
		}
		if err := copyRows(ctx, tx, "sale_royalties", []string{"listing_id", "agent_id", "receiver", "amount", "block_number",
			"log_index", "tx_hash", "at"}, rows); err != nil {
			return err
		}
	}
	if len(s.evolutions) > 0 {
		rows := make([][]any, len(s.evolutions))
		for i, x := range s.evolutions {
			text, raw := chainText(x.StateURI)
			var rawArg any // NULL, not an empty bytea, when the text is exact
			if raw != nil {
				rawArg = raw
			}
			rows[i] = []any{x.AgentID, x.Level, text, rawArg, x.BlockNumber, x.TxHash, x.At}
		}
		if err := copyRows(ctx, tx, "agent_evolutions", []string{"agent_id", "level", "state_uri", "state_uri_raw", "block_number", "tx_hash", "at"}, rows); err != nil {
			return err
		}
	}
	return nil
}

// packed holds the byte strings of a statement's rows in one bytea
// parameter, each cut from it by substring(blob FROM offset + 1 FOR length):
// a bytea[] would cost lib/pq's hex and quoting of every element, and
// PostgreSQL's parsing of each (see insertEvents). Its values must not be
// NULL.
type packed struct{ blob []byte }

// packedColumn is one bytea column's places in a packed blob.
type packedColumn struct {
	p                *packed
	offsets, lengths []int64
}

func (p *packed) column(n int) *packedColumn {
	return &packedColumn{p: p, offsets: make([]int64, 0, n), lengths: make([]int64, 0, n)}
}

func (c *packedColumn) add(b []byte) {
	c.offsets, c.lengths = append(c.offsets, int64(len(c.p.blob))), append(c.lengths, int64(len(b)))
	c.p.blob = append(c.p.blob, b...)
}

func copyRows(ctx context.Context, tx *sqlx.Tx, table string, cols []string, rows [][]any) error {
	stmt, err := tx.PrepareContext(ctx, pq.CopyIn(table, cols...))
	if err != nil {
		return fmt.Errorf("copy %s: %w", table, err)
	}
	defer stmt.Close()
	for _, r := range rows {
		if _, err := stmt.ExecContext(ctx, r...); err != nil {
			return fmt.Errorf("copy %s: %w", table, err)
		}
	}
	if _, err := stmt.ExecContext(ctx); err != nil {
		return fmt.Errorf("copy %s: %w", table, err)
	}
	return nil
}

// upsert writes rows column by column through unnest: one statement per table
// and batch, whatever the number of rows.
func upsert(ctx context.Context, tx *sqlx.Tx, table, conflict string, cols []column) error {
	if len(cols) == 0 || cols[0].n == 0 {
		return nil
	}
	if n := cols[0].n; n > upsertChunk {
		for lo := 0; lo < n; lo += upsertChunk {
			part := make([]column, len(cols))
			for i, c := range cols {
				part[i] = column{name: c.name, typ: c.typ, vals: c.part(lo, min(n, lo+upsertChunk)), n: min(n, lo+upsertChunk) - lo}
			}
			if err := upsert(ctx, tx, table, conflict, part); err != nil {
				return err
			}
		}
		return nil
	}
	names, casts, updates, args := "", "", "", make([]any, len(cols))
	for i, c := range cols {
		if i > 0 {
			names, casts = names+", ", casts+", "
		}
		names += c.name
		casts += fmt.Sprintf("$%d::%s[]", i+1, c.typ)
		if !isConflictColumn(c.name, conflict) {
			if updates != "" {
				updates += ", "
			}
			updates += c.name + " = EXCLUDED." + c.name
		}
		args[i] = pq.Array(c.vals)
	}
	q := fmt.Sprintf("INSERT INTO %s (%s) SELECT * FROM unnest(%s) ON CONFLICT (%s) DO UPDATE SET %s",
		table, names, casts, conflict, updates)
	if _, err := tx.ExecContext(ctx, q, args...); err != nil {
		return fmt.Errorf("write %s: %w", table, err)
	}
	return nil
}

// deleteRows deletes the rows whose key columns hold the values of cols,
// row by row: one statement per table and batch, as upsert writes.
func deleteRows(ctx context.Context, tx *sqlx.Tx, table string, cols []column) error {
	if len(cols) == 0 || cols[0].n == 0 {
		return nil
	}
	names, casts, match, args := "", "", "", make([]any, len(cols))
	for i, c := range cols {
		if i > 0 {
			names, casts, match = names+", ", casts+", ", match+" AND "
		}
		names += c.name
		casts += fmt.Sprintf("$%d::%s[]", i+1, c.typ)
		match += fmt.Sprintf("t.%s = k.%s", c.name, c.name)
		args[i] = pq.Array(c.vals)
	}
	q := fmt.Sprintf("DELETE FROM %s t USING unnest(%s) AS k(%s) WHERE %s", table, casts, names, match)
	if _, err := tx.ExecContext(ctx, q, args...); err != nil {
		return fmt.Errorf("write %s: %w", table, err)
	}
	return nil
}

func isConflictColumn(name, conflict string) bool {
	for _, c := range strings.Split(conflict, ",") {
		if strings.TrimSpace(c) == name {
			return true
		}
	}
	return false
}

type column struct {
	name, typ string
	vals      any // a slice pq.Array understands
	n         int
	// part is vals[lo:hi].
	part func(lo, hi int) any
}

func col[T any](name, typ string, vals []T) column {
	return column{name: name, typ: typ, vals: vals, n: len(vals), part: func(lo, hi int) any { return vals[lo:hi] }}
}

// inParts calls write with the keys of dirty, upsertChunk at a time: the
// columns of one statement are built at once, not those of every row a
// transaction changed.
func inParts[K comparable](dirty map[K]bool, write func(keys []K) error) error {
	keys := make([]K, 0, min(len(dirty), upsertChunk))
	for k := range dirty {
		if keys = append(keys, k); len(keys) == upsertChunk {
			if err := write(keys); err != nil {
				return err
			}
			keys = keys[:0]
		}
	}
	if len(keys) == 0 {
		return nil
	}
	return write(keys)
}

// upsertChunk is the most rows one statement writes: the parameters of a
// statement are encoded in memory at once, so a transaction that changed
// many rows writes them in parts.
const upsertChunk = 2_000

func ts(t time.Time) string { return t.UTC().Format(time.RFC3339Nano) }

func u64(n uint64) string { return strconv.FormatUint(n, 10) }

func optionalU64(n *uint64) *string {
	if n == nil {
		return nil
	}
	v := u64(*n)
	return &v
}

func optionalI64(n *int64) *string {
	if n == nil {
		return nil
	}
	v := strconv.FormatInt(*n, 10)
	return &v
}

func optionalTime(t *time.Time) *string {
	if t == nil {
		return nil
	}
	v := ts(*t)
	return &v
}

func optional(s *string) any {
	if s == nil {
		return nil
	}
	return *s
}

func writeAgents(ctx context.Context, tx *sqlx.Tx, s *state) error {
	return inParts(s.dirtyAgents, func(keys []string) error {
		var id, credits, stateURI, createdAt, updatedAt []string
		var owner [][]byte
		var stateRaw []any
		var tier, level, nonce, createdBlock, updatedBlock []int64
		var requested, fulfilled, failed, seconds, tokenSales, agentSales []int64
		var volume, royalties, subscriptions []string
		var lastChange []*string
		var lastTx []any
		for _, k := range keys {
			a := s.agents[k]
			lastChange, lastTx = append(lastChange, a.LastChange), append(lastTx, nullableBytes(a.LastChangeTx))
			text, raw := chainText(a.StateURI)
			id, owner, tier, credits = append(id, a.ID), append(owner, a.Owner), append(tier, int64(a.Tier)), append(credits, u64(a.Credits))
			level, stateURI, stateRaw, nonce = append(level, a.Level), append(stateURI, text), append(stateRaw, nullableBytes(raw)), append(nonce, a.TransferNonce)
			createdBlock, createdAt = append(createdBlock, a.CreatedBlock), append(createdAt, ts(a.CreatedAt))
			updatedBlock, updatedAt = append(updatedBlock, a.UpdatedBlock), append(updatedAt, ts(a.UpdatedAt))
			c := a.agentCounters
			requested, fulfilled, failed, seconds = append(requested, c.Requested), append(fulfilled, c.Fulfilled), append(failed, c.Failed), append(seconds, c.FulfilmentSeconds)
			tokenSales, volume, royalties = append(tokenSales, c.TokenSales), append(volume, c.TokenSalesVolume), append(royalties, c.RoyaltyRevenue)
			subscriptions, agentSales = append(subscriptions, c.SubscriptionRevenue), append(agentSales, c.AgentSales)
		}
		return upsert(ctx, tx, "agents", "id", []column{
			col("id", "numeric", id), col("owner", "bytea", owner), col("tier", "smallint", tier), col("credits", "numeric", credits),
			col("level", "bigint", level), col("state_uri", "text", stateURI), col("state_uri_raw", "bytea", stateRaw),
			col("transfer_nonce", "bigint", nonce),
			col("created_block", "bigint", createdBlock), col("created_at", "timestamptz", createdAt),
			col("updated_block", "bigint", updatedBlock), col("updated_at", "timestamptz", updatedAt),
			col("generations_requested", "bigint", requested), col("generations_fulfilled", "bigint", fulfilled),
			col("generations_failed", "bigint", failed), col("fulfilment_seconds", "bigint", seconds),
			col("token_sales", "bigint", tokenSales), col("token_sales_volume", "numeric", volume),
			col("royalty_revenue", "numeric", royalties), col("subscription_revenue", "numeric", subscriptions),
			col("agent_sales", "bigint", agentSales),
			col("last_change", "text", nullable(lastChange)), col("last_change_tx", "bytea", lastTx),
		})
	})
}

func writeBalances(ctx context.Context, tx *sqlx.Tx, s *state) error {
	var payee [][]byte
	var contract, updatedBlock []int64
	var withdrawable, deposited, withdrawn []string
	for k := range s.dirtyBalances {
		b := s.balances[k]
		payee, contract, updatedBlock = append(payee, b.Payee), append(contract, int64(b.Contract)), append(updatedBlock, b.UpdatedBlock)
		withdrawable, deposited, withdrawn = append(withdrawable, b.Withdrawable), append(deposited, b.Deposited), append(withdrawn, b.Withdrawn)
	}
	return upsert(ctx, tx, "balances", "payee, contract", []column{
		col("payee", "bytea", payee), col("contract", "smallint", contract), col("withdrawable", "numeric", withdrawable),
		col("deposited", "numeric", deposited), col("withdrawn", "numeric", withdrawn), col("updated_block", "bigint", updatedBlock),
	})
}

func writeFees(ctx context.Context, tx *sqlx.Tx, s *state) error {
	var contract, bps, updatedBlock []int64
	var wallet [][]byte
	var dev []any
	for _, f := range s.fees {
		contract, bps, updatedBlock = append(contract, int64(f.Contract)), append(bps, f.Bps), append(updatedBlock, f.UpdatedBlock)
		wallet, dev = append(wallet, f.Wallet), append(dev, nullableBytes(f.DevWallet))
	}
	return upsert(ctx, tx, "fee_settings", "contract", []column{
		col("contract", "smallint", contract), col("wallet", "bytea", wallet), col("dev_wallet", "bytea", dev),
		col("bps", "integer", bps), col("updated_block", "bigint", updatedBlock),
	})
}

func writeSessions(ctx context.Context, tx *sqlx.Tx, s *state) error {
	var id, agent, credits, expires, openedAt []string
	var reclaimable, perCredit, used, refunded, endedBlock, endedAt []*string
	var user, openTx [][]byte
	var hash, endedBy, endTx []any
	var nonce, openedBlock, updatedBlock []int64
	var bySub []bool
	var status []string
	for k := range s.dirtySessions {
		x := s.sessions[k]
		id, agent, user, credits = append(id, x.ID), append(agent, x.AgentID), append(user, x.User), append(credits, u64(x.CreditCap))
		expires, reclaimable = append(expires, ts(x.ExpiresAt)), append(reclaimable, optionalTime(x.ReclaimableAt))
		perCredit, bySub, nonce = append(perCredit, optionalU64(x.TokensPerCredit)), append(bySub, x.BySubscriber), append(nonce, x.AgentNonce)
		status, used, refunded = append(status, x.Status), append(used, optionalU64(x.CreditsUsed)), append(refunded, optionalU64(x.CreditsRefunded))
		hash, endedBy = append(hash, nullableBytes(x.TranscriptHash)), append(endedBy, nullableBytes(x.EndedBy))
		openedBlock, openedAt, openTx = append(openedBlock, x.OpenedBlock), append(openedAt, ts(x.OpenedAt)), append(openTx, x.OpenTx)
		endedBlock, endedAt, endTx = append(endedBlock, optionalI64(x.EndedBlock)), append(endedAt, optionalTime(x.EndedAt)), append(endTx, nullableBytes(x.EndTx))
		updatedBlock = append(updatedBlock, x.UpdatedBlock)
	}
	return upsert(ctx, tx, "chat_sessions", "id", []column{
		col("id", "numeric", id), col("agent_id", "numeric", agent), col("user_address", "bytea", user),
		col("credit_cap", "numeric", credits), col("expires_at", "timestamptz", expires),
		col("reclaimable_at", "timestamptz", nullable(reclaimable)), col("tokens_per_credit", "numeric", nullable(perCredit)),
		col("by_subscriber", "boolean", bySub), col("agent_nonce", "bigint", nonce), col("status", "text", status),
		col("credits_used", "numeric", nullable(used)), col("credits_refunded", "numeric", nullable(refunded)),
		col("transcript_hash", "bytea", hash), col("ended_by", "bytea", endedBy),
		col("opened_block", "bigint", openedBlock), col("opened_at", "timestamptz", openedAt), col("open_tx", "bytea", openTx),
		col("ended_block", "bigint", nullable(endedBlock)), col("ended_at", "timestamptz", nullable(endedAt)),
		col("end_tx", "bytea", endTx), col("updated_block", "bigint", updatedBlock),
	})
}

func writeChatTerms(ctx context.Context, tx *sqlx.Tx, s *state) error {
	if !s.dirtyChatTerms {
		return nil
	}
	t := s.chatTerms
	return upsert(ctx, tx, "chat_terms", "id", []column{
		col("id", "boolean", []bool{true}), col("tokens_per_credit", "numeric", []string{u64(t.TokensPerCredit)}),
		col("max_session_duration", "numeric", []string{u64(t.MaxSessionDuration)}),
		col("grace_period", "numeric", []string{u64(t.GracePeriod)}), col("updated_block", "bigint", []int64{t.UpdatedBlock}),
	})
}

func writeRequests(ctx context.Context, tx *sqlx.Tx, s *state) error {
	return inParts(s.dirtyRequests, func(keys []string) error {
		var id, agent, prompt, spent, requestedAt, updatedAt []string
		var tokenID, tokenURI, reason []*string
		var requester, txHash [][]byte
		var promptRaw, uriRaw, reasonRaw []any
		var kind, status, requestedBlock, updatedBlock []int64
		var bySub []bool
		var mode []any // NULL for a request of one agent
		for _, k := range keys {
			r := s.requests[k]
			p, pRaw := chainText(r.Prompt)
			uri, uRaw := chainTextPtr(r.TokenURI)
			why, wRaw := chainTextPtr(r.FailureReason)
			id, agent, requester, kind = append(id, r.ID), append(agent, r.AgentID), append(requester, r.Requester), append(kind, int64(r.Kind))
			prompt, spent, bySub, status = append(prompt, p), append(spent, u64(r.CreditsSpent)), append(bySub, r.BySubscriber), append(status, int64(r.Status))
			tokenID, tokenURI, reason = append(tokenID, r.TokenID), append(tokenURI, uri), append(reason, why)
			promptRaw, uriRaw, reasonRaw = append(promptRaw, nullableBytes(pRaw)), append(uriRaw, nullableBytes(uRaw)), append(reasonRaw, nullableBytes(wRaw))
			requestedBlock, requestedAt, txHash = append(requestedBlock, r.RequestedBlock), append(requestedAt, ts(r.RequestedAt)), append(txHash, r.TxHash)
			updatedBlock, updatedAt = append(updatedBlock, r.UpdatedBlock), append(updatedAt, ts(r.UpdatedAt))
			var m any
			if r.Mode != nil {
				m = int64(*r.Mode)
			}
			mode = append(mode, m)
		}
		return upsert(ctx, tx, "generation_requests", "id", []column{
			col("id", "numeric", id), col("agent_id", "numeric", agent), col("requester", "bytea", requester),
			col("kind", "smallint", kind), col("prompt", "text", prompt), col("credits_spent", "numeric", spent),
			col("by_subscriber", "boolean", bySub), col("status", "smallint", status),
			col("token_id", "numeric", nullable(tokenID)), col("token_uri", "text", nullable(tokenURI)),
			col("failure_reason", "text", nullable(reason)),
			col("requested_block", "bigint", requestedBlock), col("requested_at", "timestamptz", requestedAt),
			col("tx_hash", "bytea", txHash), col("updated_block", "bigint", updatedBlock), col("updated_at", "timestamptz", updatedAt),
			col("prompt_raw", "bytea", promptRaw), col("token_uri_raw", "bytea", uriRaw), col("failure_reason_raw", "bytea", reasonRaw),
			col("mode", "smallint", mode),
		})
	})
}

// writeCollaborators inserts the agents of the batch's collaborations: rows
// never change once made.
func writeCollaborators(ctx context.Context, tx *sqlx.Tx, s *state) error {
	n := len(s.newCollaborators)
	if n == 0 {
		return nil
	}
	request, agent, spent := make([]string, n), make([]string, n), make([]string, n)
	position, bySub := make([]int64, n), make([]bool, n)
	for i, c := range s.newCollaborators {
		request[i], agent[i], spent[i], position[i], bySub[i] = c.RequestID, c.AgentID, u64(c.CreditsSpent), int64(c.Position), c.BySubscriber
	}
	_, err := tx.ExecContext(ctx, `INSERT INTO generation_collaborators (request_id, position, agent_id, credits_spent, by_subscriber)
		SELECT * FROM unnest($1::numeric[], $2::smallint[], $3::numeric[], $4::numeric[], $5::boolean[])`,
		pq.Array(request), pq.Array(position), pq.Array(agent), pq.Array(spent), pq.Array(bySub))
	if err != nil {
		return fmt.Errorf("write generation_collaborators: %w", err)
	}
	return nil
}

func writeTokens(ctx context.Context, tx *sqlx.Tx, s *state) error {
	return inParts(s.dirtyTokens, func(keys []string) error {
		var id, mintedAt []string
		var agent, request, uri []*string
		var owner [][]byte
		var uriRaw []any
		var nonce, mintedBlock, updatedBlock []int64
		for _, k := range keys {
			t := s.tokens[k]
			text, raw := chainTextPtr(t.TokenURI)
			id, owner, agent, request, uri = append(id, t.ID), append(owner, t.Owner), append(agent, t.AgentID), append(request, t.RequestID), append(uri, text)
			uriRaw = append(uriRaw, nullableBytes(raw))
			nonce, mintedBlock, mintedAt, updatedBlock = append(nonce, t.TransferNonce), append(mintedBlock, t.MintedBlock), append(mintedAt, ts(t.MintedAt)), append(updatedBlock, t.UpdatedBlock)
		}
		return upsert(ctx, tx, "generated_tokens", "id", []column{
			col("id", "numeric", id), col("owner", "bytea", owner), col("agent_id", "numeric", nullable(agent)),
			col("request_id", "numeric", nullable(request)), col("token_uri", "text", nullable(uri)), col("token_uri_raw", "bytea", uriRaw),
			col("transfer_nonce", "bigint", nonce), col("minted_block", "bigint", mintedBlock),
			col("minted_at", "timestamptz", mintedAt), col("updated_block", "bigint", updatedBlock),
		})
	})
}

func writeListings(ctx context.Context, tx *sqlx.Tx, s *state) error {
	return inParts(s.dirtyListings, func(keys []string) error {
		var id, token, price, status, createdAt, updatedAt []string
		var soldAt []*string
		var seller [][]byte
		var buyer []any
		var collection, createdBlock, updatedBlock []int64
		for _, k := range keys {
			l := s.listings[k]
			var sold *string
			if l.SoldAt != nil {
				v := ts(*l.SoldAt)
				sold = &v
			}
			id, collection, token, seller, price = append(id, l.ID), append(collection, int64(l.Collection)), append(token, l.TokenID), append(seller, l.Seller), append(price, l.Price)
			status, buyer, soldAt = append(status, l.Status), append(buyer, nullableBytes(l.Buyer)), append(soldAt, sold)
			createdBlock, createdAt, updatedBlock, updatedAt = append(createdBlock, l.CreatedBlock), append(createdAt, ts(l.CreatedAt)), append(updatedBlock, l.UpdatedBlock), append(updatedAt, ts(l.UpdatedAt))
		}
		return upsert(ctx, tx, "listings", "id", []column{
			col("id", "numeric", id), col("collection", "smallint", collection), col("token_id", "numeric", token),
			col("seller", "bytea", seller), col("price", "numeric", price), col("status", "text", status),
			col("buyer", "bytea", buyer), col("sold_at", "timestamptz", nullable(soldAt)),
			col("created_block", "bigint", createdBlock), col("created_at", "timestamptz", createdAt),
			col("updated_block", "bigint", updatedBlock), col("updated_at", "timestamptz", updatedAt),
		})
	})
}

// writeTokenApprovals writes the marketplace's approvals of tokens that the
// batch gave and deletes those it took away.
func writeTokenApprovals(ctx context.Context, tx *sqlx.Tx, s *state) error {
	var cols, updatedBlock, goneCols []int64
	var ids, gone []string
	for k := range s.dirtyTokenApprovals {
		if r := s.tokenApprovals[k]; r != nil {
			cols, ids, updatedBlock = append(cols, int64(r.Collection)), append(ids, r.TokenID), append(updatedBlock, r.UpdatedBlock)
		} else {
			goneCols, gone = append(goneCols, int64(k.collection)), append(gone, k.token)
		}
	}
	if err := deleteRows(ctx, tx, "marketplace_token_approvals", []column{
		col("collection", "smallint", goneCols), col("token_id", "numeric", gone),
	}); err != nil {
		return err
	}
	return upsert(ctx, tx, "marketplace_token_approvals", "collection, token_id", []column{
		col("collection", "smallint", cols), col("token_id", "numeric", ids), col("updated_block", "bigint", updatedBlock),
	})
}

// writeOperators writes the owners who made the marketplace their operator
// in the batch and deletes those who stopped.
func writeOperators(ctx context.Context, tx *sqlx.Tx, s *state) error {
	var cols, updatedBlock, goneCols []int64
	var owners, gone [][]byte
	for k := range s.dirtyOperators {
		if r := s.operators[k]; r != nil {
			cols, owners, updatedBlock = append(cols, int64(r.Collection)), append(owners, r.Owner), append(updatedBlock, r.UpdatedBlock)
		} else {
			goneCols, gone = append(goneCols, int64(k.collection)), append(gone, k.owner.Bytes())
		}
	}
	if err := deleteRows(ctx, tx, "marketplace_operators", []column{
		col("collection", "smallint", goneCols), col("owner", "bytea", gone),
	}); err != nil {
		return err
	}
	return upsert(ctx, tx, "marketplace_operators", "collection, owner", []column{
		col("collection", "smallint", cols), col("owner", "bytea", owners), col("updated_block", "bigint", updatedBlock),
	})
}

func writeTerms(ctx context.Context, tx *sqlx.Tx, s *state) error {
	var agent, price, period, credits []string
	var nonce, updatedBlock []int64
	var active []bool
	for k := range s.dirtyTerms {
		t := s.terms[k]
		agent, price, period, credits = append(agent, t.AgentID), append(price, t.PricePerPeriod), append(period, u64(t.Period)), append(credits, u64(t.CreditsPerPeriod))
		nonce, active, updatedBlock = append(nonce, t.GrantedNonce), append(active, t.Active), append(updatedBlock, t.UpdatedBlock)
	}
	return upsert(ctx, tx, "subscription_terms", "agent_id", []column{
		col("agent_id", "numeric", agent), col("price_per_period", "numeric", price), col("period", "numeric", period),
		col("credits_per_period", "numeric", credits), col("granted_nonce", "bigint", nonce),
		col("active", "boolean", active), col("updated_block", "bigint", updatedBlock),
	})
}

func writeSubs(ctx context.Context, tx *sqlx.Tx, s *state) error {
	var agent, expires, left, paid []string
	var subscriber [][]byte
	var nonce, updatedBlock []int64
	var lapsed []bool
	for k := range s.dirtySubs {
		x := s.subs[k]
		agent, subscriber, expires, left, paid = append(agent, x.AgentID), append(subscriber, x.Subscriber), append(expires, ts(x.ExpiresAt)), append(left, u64(x.CreditsLeft)), append(paid, x.Paid)
		nonce, lapsed, updatedBlock = append(nonce, x.GrantedNonce), append(lapsed, x.Lapsed), append(updatedBlock, x.UpdatedBlock)
	}
	return upsert(ctx, tx, "subscriptions", "agent_id, subscriber", []column{
		col("agent_id", "numeric", agent), col("subscriber", "bytea", subscriber), col("expires_at", "timestamptz", expires),
		col("credits_left", "numeric", left), col("paid", "numeric", paid), col("granted_nonce", "bigint", nonce),
		col("lapsed", "boolean", lapsed), col("updated_block", "bigint", updatedBlock),
	})
}

func writePackages(ctx context.Context, tx *sqlx.Tx, s *state) error {
	var tier, updatedBlock []int64
	var price, credits []string
	for k := range s.dirtyPackages {
		p := s.packages[k]
		tier, price, credits, updatedBlock = append(tier, int64(p.Tier)), append(price, p.Price), append(credits, u64(p.Credits)), append(updatedBlock, p.UpdatedBlock)
	}
	return upsert(ctx, tx, "packages", "tier", []column{
		col("tier", "smallint", tier), col("price", "numeric", price), col("credits", "numeric", credits), col("updated_block", "bigint", updatedBlock),
	})
}

func writeCosts(ctx context.Context, tx *sqlx.Tx, s *state) error {
	var kind, updatedBlock []int64
	var credits []string
	for k := range s.dirtyCosts {
		c := s.costs[k]
		kind, credits, updatedBlock = append(kind, int64(c.Kind)), append(credits, u64(c.Credits)), append(updatedBlock, c.UpdatedBlock)
	}
	return upsert(ctx, tx, "generation_costs", "kind", []column{
		col("kind", "smallint", kind), col("credits", "numeric", credits), col("updated_block", "bigint", updatedBlock),
	})
}

// nullableBytes keeps a missing address NULL in a bytea[] parameter: pq's
// ByteaArray would send an empty bytea for a nil element, so elements go as
// bytea's hex text form instead.
func nullableBytes(b []byte) any {
	if b == nil {
		return nil
	}
	return `\x` + hex.EncodeToString(b)
}

// nullable turns optional strings into what pq.Array sends as NULL elements.
func nullable(vals []*string) []any {
	out := make([]any, len(vals))
	for i, v := range vals {
		out[i] = optional(v)
	}
	return out
}

package indexer

import (
	"fmt"
	"math"
	"math/big"
	"sort"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/inft-labs/inft/bindings"
)

type subKey struct {
	agent      string
	subscriber common.Address
}

type tokenKey struct {
	collection int16
	token      string
}

// state is what one batch reads and changes: the rows its events touch, loaded
// before the events are applied in order, and everything the batch adds.
type state struct {
	agents   map[string]*agentRow
	requests map[string]*requestRow
	tokens   map[string]*tokenRow
	listings map[string]*listingRow
	terms    map[string]*termsRow
	subs     map[subKey]*subscriptionRow
	packages map[int16]*packageRow
	costs    map[int16]*costRow
	// open maps a token to its listing that is active or unapproved (isOpen).
	open map[tokenKey]string
	// tokenApprovals and operators hold the marketplace's approvals the
	// batch read or changed: a nil row is no approval.
	tokenApprovals map[tokenKey]*tokenApprovalRow
	operators      map[operatorKey]*operatorRow

	dirtyAgents, dirtyRequests, dirtyTokens, dirtyListings, dirtyTerms map[string]bool
	dirtySubs                                                          map[subKey]bool
	dirtyPackages, dirtyCosts                                          map[int16]bool
	dirtyTokenApprovals                                                map[tokenKey]bool
	dirtyOperators                                                     map[operatorKey]bool

	balances      map[balanceKey]*balanceRow
	dirtyBalances map[balanceKey]bool
	fees          map[int16]*feeRow
	payments      []paymentRow
	// waiting are the payments (deposits) whose payment event is still to come.
	waiting []int

	sessions      map[string]*sessionRow
	dirtySessions map[string]bool
	// chatTerms are the chat terms in force, read when a session opens (nil:
	// unknown, the indexer began after they were set); dirtyChatTerms when
	// the batch set them.
	chatTerms      *chatTermsRow
	dirtyChatTerms bool

	// What load read and found nothing of is read once a transaction: the
	// agents whose subscription terms, the pairs whose subscription, the
	// days whose rollups were read; whether the chat terms were.
	termsRead     map[string]bool
	subsRead      map[subKey]bool
	daysRead      map[string]bool
	chatTermsRead bool

	// collaborators are the agents of the batch's collaborations, lead
	// first: those it requested (also in newCollaborators, to insert) and
	// those of the requests it ends.
	collaborators    map[string][]*collaboratorRow
	newCollaborators []*collaboratorRow
	royalties        []royaltyRow

	// daily are the rollups of the batch's days (daily_stats).
	daily      map[dailyKey]*dailyRow
	dirtyDaily map[dailyKey]bool
	// floorBase is, per collection, the lowest price of the listings active
	// before the batch that it does not load (nil: none); with the loaded
	// ones as the batch changes them, it gives the floor at any point of
	// the batch (loadFloors, closeDay).
	floorBase map[int16]*big.Int

	ledger     []ledgerRow
	progress   []progressRow
	sales      []saleRow
	evolutions []evolutionRow
	notes      notes
}

func newState() *state {
	return &state{
		agents: map[string]*agentRow{}, requests: map[string]*requestRow{}, tokens: map[string]*tokenRow{},
		listings: map[string]*listingRow{}, terms: map[string]*termsRow{}, subs: map[subKey]*subscriptionRow{},
		packages: map[int16]*packageRow{}, costs: map[int16]*costRow{}, open: map[tokenKey]string{},
		dirtyAgents: map[string]bool{}, dirtyRequests: map[string]bool{}, dirtyTokens: map[string]bool{},
		dirtyListings: map[string]bool{}, dirtyTerms: map[string]bool{}, dirtySubs: map[subKey]bool{},
		dirtyPackages: map[int16]bool{}, dirtyCosts: map[int16]bool{},
		tokenApprovals: map[tokenKey]*tokenApprovalRow{}, operators: map[operatorKey]*operatorRow{},
		dirtyTokenApprovals: map[tokenKey]bool{}, dirtyOperators: map[operatorKey]bool{},
		balances: map[balanceKey]*balanceRow{}, dirtyBalances: map[balanceKey]bool{}, fees: map[int16]*feeRow{},
		sessions: map[string]*sessionRow{}, dirtySessions: map[string]bool{},
		collaborators: map[string][]*collaboratorRow{},
		daily:         map[dailyKey]*dailyRow{}, dirtyDaily: map[dailyKey]bool{},
		termsRead: map[string]bool{}, subsRead: map[subKey]bool{}, daysRead: map[string]bool{},
		notes: newNotes(),
	}
}

// written forgets which rows changed, once they are written: the rows stay,
// for the events that follow to change again.
func (s *state) written() {
	clear(s.dirtyAgents)
	clear(s.dirtyRequests)
	clear(s.dirtyTokens)
	clear(s.dirtyListings)
	clear(s.dirtyTerms)
	clear(s.dirtySubs)
	clear(s.dirtyPackages)
	clear(s.dirtyCosts)
	clear(s.dirtyTokenApprovals)
	clear(s.dirtyOperators)
	clear(s.dirtyBalances)
	clear(s.dirtySessions)
	clear(s.dirtyDaily)
	s.dirtyChatTerms = false
}

// applier applies the decoded events of a batch, in chain order, to a state.
type applier struct {
	s         *state
	agentsC   common.Address
	generated common.Address
	// soldInTx holds, per transaction, the listings a Sold event closes: the
	// token's Transfer that precedes Sold in the same transaction is the sale
	// itself, not a move that makes the listing stale.
	soldInTx map[common.Hash]map[string]bool
	// royaltiesOf holds the RoyaltyPaid shares of each listing until its
	// Sold, which follows them in the same transaction.
	royaltiesOf map[string][]*bindings.INFTMarketplaceRoyaltyPaid
	// floorChanged marks the collections whose listings changed since the
	// current day's floor was last taken.
	floorChanged map[int16]bool
}

func (ap *applier) apply(events []event) error {
	ap.floorChanged = map[int16]bool{}
	ap.soldInTx = map[common.Hash]map[string]bool{}
	ap.royaltiesOf = map[string][]*bindings.INFTMarketplaceRoyaltyPaid{}
	for _, e := range events {
		if v, ok := e.value.(*bindings.INFTMarketplaceSold); ok {
			m := ap.soldInTx[e.log.TxHash]
			if m == nil {
				m = map[string]bool{}
				ap.soldInTx[e.log.TxHash] = m
			}
			m[v.ListingId.String()] = true
		}
	}
	day := ""
	for _, e := range events {
		// The floor when each day of the batch closes: after its last event.
		if d := dayOf(e.time); d != day {
			ap.closeDay(day)
			day = d
		}
		if err := ap.one(e); err != nil {
			return fmt.Errorf("log %d of block %d (tx %s, %s): %w", e.log.Index, e.log.BlockNumber, e.log.TxHash, e.name, err)
		}
	}
	ap.closeDay(day)
	ap.rollup(events)
	return nil
}

func (ap *applier) one(e event) error {
	s := ap.s
	blk := int64(e.log.BlockNumber)
	at := e.time
	switch v := e.value.(type) {
	case *bindings.INFTAgentsPackageSet:
		s.packages[int16(v.Tier)] = &packageRow{Tier: int16(v.Tier), Price: v.Price.String(), Credits: v.Credits, UpdatedBlock: blk}
		s.dirtyPackages[int16(v.Tier)] = true
		s.notes.packages = true

	case *bindings.INFTAgentsGenerationCostSet:
		s.costs[int16(v.Kind)] = &costRow{Kind: int16(v.Kind), Credits: v.Credits, UpdatedBlock: blk}
		s.dirtyCosts[int16(v.Kind)] = true
		s.notes.packages = true

	case *bindings.INFTAgentsPackagePurchased:
		id := v.AgentId.String()
		if s.agents[id] != nil {
			return fmt.Errorf("agent %s bought twice", id)
		}
		s.agents[id] = &agentRow{
			ID: id, Owner: v.Buyer.Bytes(), Tier: int16(v.Tier), Credits: v.Credits,
			CreatedBlock: blk, CreatedAt: at, UpdatedBlock: blk, UpdatedAt: at, agentCounters: noCounts,
		}
		ap.changeAgent(e, id, "PURCHASED")
		ap.credit(e, id, signedCredits(v.Credits, true), "purchase", nil, nil)
		ap.settle(e, contractAgents, &id, nil, "package")

	case *bindings.INFTAgentsTransfer:
		id := v.TokenId.String()
		a, err := ap.agent(id)
		if err != nil {
			return err
		}
		a.Owner = v.To.Bytes()
		if v.From == (common.Address{}) { // the mint, part of the purchase
			ap.touchAgent(id, blk, at)
			break
		}
		a.TransferNonce++
		ap.agentMoved(id, blk)
		ap.tokenMoved(e, collectionAgents, id)
		ap.changeAgent(e, id, "TRANSFERRED")

	case *bindings.INFTAgentsCreditsAdded:
		id := v.AgentId.String()
		a, err := ap.agent(id)
		if err != nil {
			return err
		}
		a.Credits += v.Credits
		ap.changeAgent(e, id, "TOPPED_UP")
		ap.credit(e, id, signedCredits(v.Credits, true), "top_up", nil, nil)
		ap.settle(e, contractAgents, &id, nil, "top_up")

	case *bindings.INFTAgentsGenerationRequested:
		id, agentID := v.RequestId.String(), v.AgentId.String()
		a, err := ap.agent(agentID)
		if err != nil {
			return err
		}
		if a.Credits < v.CreditsSpent {
			return fmt.Errorf("request %s spends %d credits of agent %s, which has %d", id, v.CreditsSpent, agentID, a.Credits)
		}
		a.Credits -= v.CreditsSpent
		a.Requested++
		bySub := common.BytesToAddress(a.Owner) != v.Requester
		s.requests[id] = &requestRow{
			ID: id, AgentID: agentID, Requester: v.Requester.Bytes(), Kind: int16(v.Kind), Prompt: v.Prompt,
			CreditsSpent: v.CreditsSpent, BySubscriber: bySub, Status: statusPending,
			RequestedBlock: blk, RequestedAt: at, TxHash: e.log.TxHash.Bytes(), UpdatedBlock: blk, UpdatedAt: at,
		}
		s.dirtyRequests[id] = true
		s.notes.requests[id] = true
		if bySub {
			ap.spendQuota(e, agentID, v.Requester, v.CreditsSpent)
		}
		ap.changeAgent(e, agentID, "REQUESTED")
		ap.credit(e, agentID, signedCredits(v.CreditsSpent, false), "request", &id, nil)

	case *bindings.INFTAgentsCollaborationRequested:
		return ap.collaboration(e, v)

	case *bindings.INFTAgentsGenerationFulfilled:
		id, tokenID := v.RequestId.String(), v.TokenId.String()
		r, err := ap.pending(id)
		if err != nil {
			return err
		}
		r.Status, r.TokenURI = statusFulfilled, &v.TokenURI
		r.UpdatedBlock, r.UpdatedAt = blk, at
		s.dirtyRequests[id] = true
		s.notes.requests[id] = true
		agents, err := ap.agentsOf(r)
		if err != nil {
			return err
		}
		if r.Mode != nil && *r.Mode >= modeSkillTransfer { // a lesson: the URI is the student's new state
			if v.TokenId.Sign() != 0 {
				return fmt.Errorf("learning collaboration %s fulfilled with token %s: it mints none", id, tokenID)
			}
			for _, agentID := range agents {
				ap.changeAgent(e, agentID, "FULFILLED")
			}
			s.progress = append(s.progress, progressRow{RequestID: id, Stage: "FULFILLED", Message: "new state " + v.TokenURI, BlockNumber: blk, At: at})
			break
		}
		r.TokenID = &tokenID
		t := s.tokens[tokenID]
		if t == nil {
			return fmt.Errorf("request %s fulfilled with token %s, which was not minted", id, tokenID)
		}
		t.AgentID, t.RequestID, t.TokenURI = &r.AgentID, &id, &v.TokenURI
		s.dirtyTokens[tokenID] = true
		s.notes.tokens[tokenID] = true
		for _, agentID := range agents { // every co-creator counts the generation, as on chain
			a, err := ap.agent(agentID)
			if err != nil {
				return err
			}
			a.Fulfilled++
			a.FulfilmentSeconds += max(int64(at.Sub(r.RequestedAt)/time.Second), 0)
			ap.changeAgent(e, agentID, "FULFILLED")
		}
		s.progress = append(s.progress, progressRow{RequestID: id, Stage: "FULFILLED", Message: "minted token " + tokenID, BlockNumber: blk, At: at})

	case *bindings.INFTAgentsGenerationFailed:
		id := v.RequestId.String()
		r, err := ap.pending(id)
		if err != nil {
			return err
		}
		r.Status, r.FailureReason = statusFailed, &v.Reason
		r.UpdatedBlock, r.UpdatedAt = blk, at
		s.progress = append(s.progress, progressRow{RequestID: id, Stage: "FAILED", Message: v.Reason, BlockNumber: blk, At: at})
		s.dirtyRequests[id] = true
		s.notes.requests[id] = true
		if r.Mode != nil { // every agent gets its share back, as it paid it
			cs := s.collaborators[id]
			if len(cs) < 2 || v.CreditsRefunded%uint64(len(cs)) != 0 {
				return fmt.Errorf("collaboration %s of %d agents refunded %d credits", id, len(cs), v.CreditsRefunded)
			}
			for _, c := range cs {
				if err := ap.refund(e, id, c.AgentID, c.BySubscriber, r.Requester, v.CreditsRefunded/uint64(len(cs))); err != nil {
					return err
				}
			}
			break
		}
		if err := ap.refund(e, id, r.AgentID, r.BySubscriber, r.Requester, v.CreditsRefunded); err != nil {
			return err
		}

	case *bindings.INFTAgentsAgentEvolved:
		id := v.AgentId.String()
		a, err := ap.agent(id)
		if err != nil {
			return err
		}
		a.Level, a.StateURI = int64(v.Level), v.StateURI
		ap.changeAgent(e, id, "EVOLVED")
		s.evolutions = append(s.evolutions, evolutionRow{
			AgentID: id, Level: int64(v.Level), StateURI: v.StateURI, BlockNumber: blk, TxHash: e.log.TxHash.Bytes(), At: at,
		})

	case *bindings.INFTAgentsSubscriptionTermsSet:
		id := v.AgentId.String()
		a, err := ap.agent(id)
		if err != nil {
			return err
		}
		s.terms[id] = &termsRow{
			AgentID: id, PricePerPeriod: v.PricePerPeriod.String(), Period: v.Period, CreditsPerPeriod: v.CreditsPerPeriod,
			GrantedNonce: a.TransferNonce, Active: v.Period > 0, UpdatedBlock: blk,
		}
		s.dirtyTerms[id] = true
		ap.changeAgent(e, id, "TERMS_SET")

	case *bindings.INFTAgentsSubscribed:
		id := v.AgentId.String()
		a, err := ap.agent(id)
		if err != nil {
			return err
		}
		t := s.terms[id]
		if t == nil || !t.Active {
			return fmt.Errorf("subscription to agent %s, which offers no terms", id)
		}
		key := subKey{id, v.Subscriber}
		sub := s.subs[key]
		renewal := sub != nil && !sub.Lapsed && sub.GrantedNonce == a.TransferNonce && sub.ExpiresAt.After(at)
		if renewal {
			sub.CreditsLeft += t.CreditsPerPeriod
			sub.Paid = addDecimal(sub.Paid, v.Paid)
		} else {
			sub = &subscriptionRow{AgentID: id, Subscriber: v.Subscriber.Bytes(), CreditsLeft: t.CreditsPerPeriod,
				Paid: v.Paid.String(), GrantedNonce: a.TransferNonce}
			s.subs[key] = sub
		}
		sub.ExpiresAt = unixTime(v.ExpiresAt)
		sub.UpdatedBlock = blk
		s.dirtySubs[key] = true
		a.SubscriptionRevenue = addDecimal(a.SubscriptionRevenue, v.Paid)
		ap.changeAgent(e, id, "SUBSCRIBED")
		ap.settle(e, contractAgents, &id, nil, "subscription")

	case *bindings.INFTGeneratedTransfer:
		id := v.TokenId.String()
		if v.From == (common.Address{}) {
			if s.tokens[id] != nil {
				return fmt.Errorf("generated token %s minted twice", id)
			}
			s.tokens[id] = &tokenRow{ID: id, Owner: v.To.Bytes(), MintedBlock: blk, MintedAt: at, UpdatedBlock: blk}
		} else {
			t := s.tokens[id]
			if t == nil {
				return fmt.Errorf("transfer of generated token %s, which was never minted (is INDEXER_START_BLOCK after the deployment?)", id)
			}
			t.Owner = v.To.Bytes()
			t.TransferNonce++
			t.UpdatedBlock = blk
			ap.tokenMoved(e, collectionGenerated, id)
		}
		s.dirtyTokens[id] = true
		s.notes.tokens[id] = true

	case *bindings.INFTMarketplaceListed:
		id := v.ListingId.String()
		col, err := ap.collection(v.Collection)
		if err != nil {
			return err
		}
		s.listings[id] = &listingRow{
			ID: id, Collection: col, TokenID: v.TokenId.String(), Seller: v.Seller.Bytes(), Price: v.Price.String(),
			Status: listingActive, CreatedBlock: blk, CreatedAt: at, UpdatedBlock: blk, UpdatedAt: at,
		}
		s.open[tokenKey{col, v.TokenId.String()}] = id
		ap.listingChanged(id, "LISTED")

	case *bindings.INFTMarketplaceListingPriceUpdated:
		l, err := ap.listing(v.ListingId.String())
		if err != nil {
			return err
		}
		l.Price, l.UpdatedBlock, l.UpdatedAt = v.Price.String(), blk, at
		ap.listingChanged(l.ID, "PRICE_UPDATED")

	case *bindings.INFTMarketplaceListingCancelled:
		l, err := ap.listing(v.ListingId.String())
		if err != nil {
			return err
		}
		ap.close(l, listingCancelled, blk, at)
		ap.listingChanged(l.ID, "CANCELLED")

	case *bindings.INFTMarketplaceRoyaltyPaid:
		id := v.ListingId.String()
		ap.royaltiesOf[id] = append(ap.royaltiesOf[id], v)
		s.royalties = append(s.royalties, royaltyRow{
			ListingID: id, AgentID: v.AgentId.String(), Receiver: v.Receiver.Bytes(), Amount: v.Amount.String(),
			BlockNumber: blk, LogIndex: int(e.log.Index), TxHash: e.log.TxHash.Bytes(), At: at,
		})

	case *bindings.INFTMarketplaceSold:
		l, err := ap.listing(v.ListingId.String())
		if err != nil {
			return err
		}
		ap.close(l, listingSold, blk, at)
		l.Buyer, l.SoldAt = v.Buyer.Bytes(), &at
		s.sales = append(s.sales, saleRow{
			ListingID: l.ID, Collection: l.Collection, TokenID: l.TokenID, Seller: l.Seller, Buyer: v.Buyer.Bytes(),
			Price: v.Price.String(), Fee: v.Fee.String(), Royalty: v.Royalty.String(),
			BlockNumber: blk, TxHash: e.log.TxHash.Bytes(), At: at,
		})
		ap.listingChanged(l.ID, "SOLD")
		// buy credits the fee, the royalty (split among a co-created token's
		// agents' owners, one credit per share) and the proceeds in that
		// order, each only when it is not 0.
		var shares []string
		proceeds := new(big.Int).Sub(new(big.Int).Sub(v.Price, v.Fee), v.Royalty)
		royalties := []*big.Int{v.Royalty}
		if split := ap.royaltiesOf[l.ID]; len(split) > 0 {
			royalties = royalties[:0]
			for _, r := range split {
				royalties = append(royalties, r.Amount)
			}
		}
		if v.Fee.Sign() > 0 {
			shares = append(shares, "sale_fee")
		}
		for _, r := range royalties {
			if r.Sign() > 0 {
				shares = append(shares, "royalty")
			}
		}
		if proceeds.Sign() > 0 {
			shares = append(shares, "sale_proceeds")
		}
		ap.settle(e, contractMarketplace, nil, &l.ID, shares...)
		return ap.countSale(e, l, v)

	case *tokenApproval:
		key := tokenKey{v.collection, v.token.String()}
		var row *tokenApprovalRow
		if v.market {
			row = &tokenApprovalRow{Collection: v.collection, TokenID: key.token, UpdatedBlock: blk}
		}
		s.tokenApprovals[key] = row
		s.dirtyTokenApprovals[key] = true
		if id, ok := s.open[key]; ok {
			ap.approvalChanged(e, s.listings[id])
		}

	case *operatorApproval:
		if !v.market {
			break
		}
		key := operatorKey{v.collection, v.owner}
		var row *operatorRow
		if v.approved {
			row = &operatorRow{Collection: v.collection, Owner: v.owner.Bytes(), UpdatedBlock: blk}
		}
		s.operators[key] = row
		s.dirtyOperators[key] = true
		var affected []*listingRow
		for _, id := range s.open {
			if l := s.listings[id]; l.Collection == v.collection && common.BytesToAddress(l.Seller) == v.owner {
				affected = append(affected, l)
			}
		}
		sort.Slice(affected, func(i, j int) bool { return lessDecimal(affected[i].ID, affected[j].ID) })
		for _, l := range affected {
			ap.approvalChanged(e, l)
		}

	case *bindings.INFTAgentsDeposited:
		ap.deposit(e, contractAgents, v.Payee, v.Amount, false)
	case *bindings.INFTMarketplaceDeposited:
		ap.deposit(e, contractMarketplace, v.Payee, v.Amount, false)
	case *bindings.INFTAgentsWithdrawn:
		ap.deposit(e, contractAgents, v.Payee, v.Amount, true)
	case *bindings.INFTMarketplaceWithdrawn:
		ap.deposit(e, contractMarketplace, v.Payee, v.Amount, true)

	case *bindings.INFTAgentsSessionOpened:
		id, agentID := v.SessionId.String(), v.AgentId.String()
		if s.sessions[id] != nil {
			return fmt.Errorf("session %s opened twice", id)
		}
		a, err := ap.agent(agentID)
		if err != nil {
			return err
		}
		if a.Credits < v.CreditCap {
			return fmt.Errorf("session %s escrows %d credits of agent %s, which has %d", id, v.CreditCap, agentID, a.Credits)
		}
		a.Credits -= v.CreditCap
		bySub := common.BytesToAddress(a.Owner) != v.User
		ss := &sessionRow{
			ID: id, AgentID: agentID, User: v.User.Bytes(), CreditCap: v.CreditCap, ExpiresAt: unixTime(v.ExpiresAt),
			BySubscriber: bySub, AgentNonce: a.TransferNonce, Status: sessionOpen,
			OpenedBlock: blk, OpenedAt: at, OpenTx: e.log.TxHash.Bytes(), UpdatedBlock: blk,
		}
		// sessions(id) keeps the terms in force at opening; the indexer knows
		// them if it read the last ChatTermsSet.
		if t := s.chatTerms; t != nil {
			reclaimable, perCredit := unixTime(addSeconds(v.ExpiresAt, t.GracePeriod)), t.TokensPerCredit
			ss.ReclaimableAt, ss.TokensPerCredit = &reclaimable, &perCredit
		}
		s.sessions[id] = ss
		s.dirtySessions[id] = true
		s.notes.sessions[id] = true
		if bySub {
			ap.spendQuota(e, agentID, v.User, v.CreditCap)
		}
		ap.changeAgent(e, agentID, "SESSION_OPENED")
		ap.credit(e, agentID, signedCredits(v.CreditCap, false), "session_escrow", nil, &id)

	case *bindings.INFTAgentsSessionSettled:
		ss, err := ap.openSession(v.SessionId.String())
		if err != nil {
			return err
		}
		if v.CreditsUsed > ss.CreditCap || v.CreditsRefunded != ss.CreditCap-v.CreditsUsed {
			return fmt.Errorf("session %s settled with %d credits used and %d refunded of its %d", ss.ID, v.CreditsUsed, v.CreditsRefunded, ss.CreditCap)
		}
		ss.TranscriptHash = v.TranscriptHash[:]
		return ap.endSession(e, ss, sessionSettled, v.CreditsUsed, v.CreditsRefunded, "SESSION_SETTLED")

	case *bindings.INFTAgentsSessionReclaimed:
		ss, err := ap.openSession(v.SessionId.String())
		if err != nil {
			return err
		}
		if v.CreditsRefunded != ss.CreditCap {
			return fmt.Errorf("session %s reclaimed with %d credits refunded of its %d", ss.ID, v.CreditsRefunded, ss.CreditCap)
		}
		ss.EndedBy = v.By.Bytes()
		return ap.endSession(e, ss, sessionReclaimed, 0, v.CreditsRefunded, "SESSION_RECLAIMED")

	case *bindings.INFTAgentsChatTermsSet:
		s.chatTerms = &chatTermsRow{TokensPerCredit: v.TokensPerCredit, MaxSessionDuration: v.MaxSessionDuration,
			GracePeriod: v.SessionGracePeriod, UpdatedBlock: blk}
		s.dirtyChatTerms = true

	case *bindings.INFTAgentsRevenueSplitSet:
		s.fees[contractAgents] = &feeRow{Contract: contractAgents, Wallet: v.StakingWallet.Bytes(), DevWallet: v.DevWallet.Bytes(),
			Bps: int64(v.StakingShareBps), UpdatedBlock: blk}
	case *bindings.INFTMarketplaceFeeSet:
		s.fees[contractMarketplace] = &feeRow{Contract: contractMarketplace, Wallet: v.FeeRecipient.Bytes(), Bps: int64(v.FeeBps), UpdatedBlock: blk}

	default:
		return fmt.Errorf("no projection for %T", v)
	}
	return nil
}

// countSale counts a sale for the agent sold, or for the agent that made the
// token sold, with its price and royalty; a co-created token's royalty
// counts for each agent its share.
func (ap *applier) countSale(e event, l *listingRow, v *bindings.INFTMarketplaceSold) error {
	id := l.TokenID
	if l.Collection == collectionGenerated {
		t := ap.s.tokens[l.TokenID]
		if t == nil {
			return fmt.Errorf("sale of generated token %s, which was never minted (is INDEXER_START_BLOCK after the deployment?)", l.TokenID)
		}
		if t.AgentID == nil {
			return nil
		}
		id = *t.AgentID
	}
	a, err := ap.agent(id)
	if err != nil {
		return err
	}
	if l.Collection == collectionGenerated {
		a.TokenSales++
		a.TokenSalesVolume = addDecimal(a.TokenSalesVolume, v.Price)
		ap.changeAgent(e, id, "TOKEN_SOLD")
		split := ap.royaltiesOf[l.ID]
		if len(split) == 0 {
			a.RoyaltyRevenue = addDecimal(a.RoyaltyRevenue, v.Royalty)
		}
		for _, r := range split {
			co, err := ap.agent(r.AgentId.String())
			if err != nil {
				return err
			}
			co.RoyaltyRevenue = addDecimal(co.RoyaltyRevenue, r.Amount)
			ap.changeAgent(e, co.ID, "TOKEN_SOLD")
		}
		delete(ap.royaltiesOf, l.ID)
	} else {
		a.AgentSales++
		ap.changeAgent(e, id, "SOLD")
	}
	return nil
}

// modeSkillTransfer is the first learning mode: collaborations from it on
// mint nothing (INFTAgents.MODE_SKILL_TRANSFER).
const modeSkillTransfer = 4

// collaboration records a request worked on by several agents: each pays
// its share of creditsSpent, from its owner's credits or, when the
// requester is not its owner, from the requester's subscription too.
func (ap *applier) collaboration(e event, v *bindings.INFTAgentsCollaborationRequested) error {
	s := ap.s
	blk, at := int64(e.log.BlockNumber), e.time
	id, n := v.RequestId.String(), len(v.AgentIds)
	if n < 2 || v.CreditsSpent%uint64(n) != 0 {
		return fmt.Errorf("collaboration %s of %d agents spends %d credits", id, n, v.CreditsSpent)
	}
	if s.requests[id] != nil {
		return fmt.Errorf("request %s made twice", id)
	}
	share := v.CreditsSpent / uint64(n)
	rows := make([]*collaboratorRow, n)
	for i, agentID := range v.AgentIds {
		aid := agentID.String()
		for _, prev := range rows[:i] {
			if prev.AgentID == aid {
				return fmt.Errorf("collaboration %s names agent %s twice", id, aid)
			}
		}
		a, err := ap.agent(aid)
		if err != nil {
			return err
		}
		if a.Credits < share {
			return fmt.Errorf("collaboration %s spends %d credits of agent %s, which has %d", id, share, aid, a.Credits)
		}
		a.Credits -= share
		a.Requested++
		bySub := common.BytesToAddress(a.Owner) != v.Requester
		rows[i] = &collaboratorRow{RequestID: id, Position: int16(i), AgentID: aid, CreditsSpent: share, BySubscriber: bySub}
		if bySub {
			ap.spendQuota(e, aid, v.Requester, share)
		}
		ap.changeAgent(e, aid, "REQUESTED")
		ap.credit(e, aid, signedCredits(share, false), "request", &id, nil)
	}
	mode := int16(v.Mode)
	s.requests[id] = &requestRow{
		ID: id, AgentID: rows[0].AgentID, Requester: v.Requester.Bytes(), Kind: int16(v.Kind), Prompt: v.Prompt,
		CreditsSpent: v.CreditsSpent, BySubscriber: rows[0].BySubscriber, Status: statusPending, Mode: &mode,
		RequestedBlock: blk, RequestedAt: at, TxHash: e.log.TxHash.Bytes(), UpdatedBlock: blk, UpdatedAt: at,
	}
	s.dirtyRequests[id] = true
	s.notes.requests[id] = true
	s.collaborators[id] = rows
	s.newCollaborators = append(s.newCollaborators, rows...)
	return nil
}

// agentsOf returns the agents of a request: its own, or a collaboration's, lead first.
func (ap *applier) agentsOf(r *requestRow) ([]string, error) {
	if r.Mode == nil {
		return []string{r.AgentID}, nil
	}
	cs := ap.s.collaborators[r.ID]
	if len(cs) < 2 {
		return nil, fmt.Errorf("collaboration %s has %d agents recorded", r.ID, len(cs))
	}
	ids := make([]string, len(cs))
	for i, c := range cs {
		ids[i] = c.AgentID
	}
	return ids, nil
}

// refund gives an agent back credits of a failed request, and its
// requester's quota too when they came out of it.
func (ap *applier) refund(e event, request, agentID string, bySubscriber bool, requester []byte, credits uint64) error {
	a, err := ap.agent(agentID)
	if err != nil {
		return err
	}
	a.Credits += credits
	a.Failed++
	if bySubscriber {
		ap.returnQuota(e, a, common.BytesToAddress(requester), credits)
	}
	ap.changeAgent(e, agentID, "REFUNDED")
	ap.credit(e, agentID, signedCredits(credits, true), "refund", &request, nil)
	return nil
}

func (ap *applier) agent(id string) (*agentRow, error) {
	a := ap.s.agents[id]
	if a == nil {
		return nil, fmt.Errorf("agent %s was never bought (is INDEXER_START_BLOCK after the deployment?)", id)
	}
	return a, nil
}

func (ap *applier) pending(id string) (*requestRow, error) {
	r := ap.s.requests[id]
	if r == nil {
		return nil, fmt.Errorf("request %s was never made (is INDEXER_START_BLOCK after the deployment?)", id)
	}
	if r.Status != statusPending {
		return nil, fmt.Errorf("request %s ended twice (status %d)", id, r.Status)
	}
	return r, nil
}

// openSession is the session an ending event ends, which must be open.
func (ap *applier) openSession(id string) (*sessionRow, error) {
	ss := ap.s.sessions[id]
	if ss == nil {
		return nil, fmt.Errorf("session %s was never opened (is INDEXER_START_BLOCK after the deployment?)", id)
	}
	if ss.Status != sessionOpen {
		return nil, fmt.Errorf("session %s ended twice (%s)", id, ss.Status)
	}
	return ss, nil
}

// endSession ends an open session with used credits spent and refunded given
// back to its agent and, as _return does on chain, to its user's quota if
// the escrow came out of it and the subscription still runs. A refund of
// nothing changes no credits: no ledger row, and the agent is not touched.
func (ap *applier) endSession(e event, ss *sessionRow, status string, used, refunded uint64, reason string) error {
	a, err := ap.agent(ss.AgentID)
	if err != nil {
		return err
	}
	blk := int64(e.log.BlockNumber)
	at := e.time
	ss.Status, ss.CreditsUsed, ss.CreditsRefunded = status, &used, &refunded
	ss.EndedBlock, ss.EndedAt, ss.EndTx, ss.UpdatedBlock = &blk, &at, e.log.TxHash.Bytes(), blk
	ap.s.dirtySessions[ss.ID] = true
	ap.s.notes.sessions[ss.ID] = true
	if refunded == 0 {
		return nil
	}
	a.Credits += refunded
	if ss.BySubscriber {
		ap.returnQuota(e, a, common.BytesToAddress(ss.User), refunded)
	}
	ap.changeAgent(e, ss.AgentID, reason)
	ap.credit(e, ss.AgentID, signedCredits(refunded, true), "session_refund", nil, &ss.ID)
	return nil
}

// spendQuota takes credits a subscriber spent out of its subscription's
// quota (the chain refused the spending otherwise).
func (ap *applier) spendQuota(e event, agent string, subscriber common.Address, credits uint64) {
	key := subKey{agent, subscriber}
	if sub := ap.s.subs[key]; sub != nil && sub.CreditsLeft >= credits {
		sub.CreditsLeft -= credits
		sub.UpdatedBlock = int64(e.log.BlockNumber)
		ap.s.dirtySubs[key] = true
	}
}

// returnQuota gives credits back to a subscriber's quota if its
// subscription still runs at e: granted since the agent last moved (a later
// subscription to the new owner counts, as on chain) and not expired.
func (ap *applier) returnQuota(e event, a *agentRow, subscriber common.Address, credits uint64) {
	key := subKey{a.ID, subscriber}
	if sub := ap.s.subs[key]; sub != nil && !sub.Lapsed && sub.GrantedNonce == a.TransferNonce && sub.ExpiresAt.After(e.time) {
		sub.CreditsLeft += credits
		sub.UpdatedBlock = int64(e.log.BlockNumber)
		ap.s.dirtySubs[key] = true
	}
}

func (ap *applier) listing(id string) (*listingRow, error) {
	l := ap.s.listings[id]
	if l == nil {
		return nil, fmt.Errorf("listing %s was never listed (is INDEXER_START_BLOCK after the deployment?)", id)
	}
	return l, nil
}

func (ap *applier) collection(addr common.Address) (int16, error) {
	switch addr {
	case ap.agentsC:
		return collectionAgents, nil
	case ap.generated:
		return collectionGenerated, nil
	}
	return 0, fmt.Errorf("listing of collection %s, which is neither INFT collection", addr)
}

// deposit records a credit to payee's withdrawal balance in contract (its
// cause is told by the payment event that follows it, see settle) or, when
// withdrawn, a withdrawal, and adds it to the balance.
func (ap *applier) deposit(e event, contract int16, payee common.Address, amount *big.Int, withdrawn bool) {
	s := ap.s
	key := balanceKey{payee, contract}
	b := s.balances[key]
	if b == nil {
		b = &balanceRow{Payee: payee.Bytes(), Contract: contract, Withdrawable: "0", Deposited: "0", Withdrawn: "0"}
		s.balances[key] = b
	}
	signed, cause := amount, "other"
	if withdrawn {
		signed, cause = new(big.Int).Neg(amount), "withdrawal"
		b.Withdrawn = addDecimal(b.Withdrawn, amount)
	} else {
		b.Deposited = addDecimal(b.Deposited, amount)
		s.waiting = append(s.waiting, len(s.payments))
	}
	b.Withdrawable = addDecimal(b.Withdrawable, signed)
	b.UpdatedBlock = int64(e.log.BlockNumber)
	s.dirtyBalances[key] = true
	s.payments = append(s.payments, paymentRow{
		BlockHash: e.log.BlockHash.Bytes(), LogIndex: int(e.log.Index), Contract: contract, Payee: payee.Bytes(),
		Amount: signed.String(), Cause: cause, BlockNumber: int64(e.log.BlockNumber), TxHash: e.log.TxHash.Bytes(), At: e.time, tx: e.log.TxHash,
	})
}

// settle gives the deposits of contract waiting in e's transaction the
// causes of the payment e, in order (the last cause for any beyond them),
// with the agent or listing paid for. Deposits of other transactions wait
// on; one that no payment event follows keeps the cause "other".
func (ap *applier) settle(e event, contract int16, agent, listing *string, causes ...string) {
	s := ap.s
	kept, n := s.waiting[:0], 0
	for _, i := range s.waiting {
		p := &s.payments[i]
		if p.tx != e.log.TxHash || p.Contract != contract || len(causes) == 0 {
			kept = append(kept, i)
			continue
		}
		p.Cause, p.AgentID, p.ListingID = causes[min(n, len(causes)-1)], agent, listing
		n++
	}
	s.waiting = kept
}

// changeAgent marks the agent changed by event e, for reason (an
// AgentChangeReason of the API).
func (ap *applier) changeAgent(e event, id, reason string) {
	ap.touchAgent(id, int64(e.log.BlockNumber), e.time)
	a := ap.s.agents[id]
	a.LastChange, a.LastChangeTx = &reason, e.log.TxHash.Bytes()
}

func (ap *applier) touchAgent(id string, blk int64, at time.Time) {
	a := ap.s.agents[id]
	a.UpdatedBlock, a.UpdatedAt = blk, at
	ap.s.dirtyAgents[id] = true
	ap.s.notes.agents[id] = true
}

// agentMoved lapses the terms and subscriptions the previous owner granted.
func (ap *applier) agentMoved(id string, blk int64) {
	s := ap.s
	if t := s.terms[id]; t != nil && t.Active {
		t.Active, t.UpdatedBlock = false, blk
		s.dirtyTerms[id] = true
	}
	for k, sub := range s.subs {
		if k.agent == id && !sub.Lapsed {
			sub.Lapsed, sub.UpdatedBlock = true, blk
			s.dirtySubs[k] = true
		}
	}
}

// tokenMoved clears the token's approval (ERC-721 does, without an Approval
// event) and makes its open listing stale for good, unless the move is the
// sale of that listing. An unapproved listing was told STALE already.
func (ap *applier) tokenMoved(e event, col int16, token string) {
	key := tokenKey{col, token}
	ap.s.tokenApprovals[key] = nil
	ap.s.dirtyTokenApprovals[key] = true
	id, ok := ap.s.open[key]
	if !ok {
		return
	}
	l := ap.s.listings[id]
	if ap.soldInTx[e.log.TxHash][id] {
		return
	}
	was := l.Status
	ap.close(l, listingStale, int64(e.log.BlockNumber), e.time)
	if was == listingActive {
		ap.listingChanged(id, "STALE")
	} else {
		ap.s.dirtyListings[id] = true
	}
}

// approvalChanged sets an open listing active or unapproved after its
// seller's approvals changed, as INFTMarketplace decides: `buy` takes a
// listing whose token has not moved while the marketplace is the token's
// approved address or an operator of the seller (_isStale, _approved), and
// checks only then. So a listing whose approval was withdrawn is STALE, and
// active again once the seller approves again, per token or for all; a move
// makes it stale for good (tokenMoved), whatever the approvals.
func (ap *applier) approvalChanged(e event, l *listingRow) {
	s := ap.s
	approved := s.tokenApprovals[tokenKey{l.Collection, l.TokenID}] != nil ||
		s.operators[operatorKey{l.Collection, common.BytesToAddress(l.Seller)}] != nil
	switch {
	case l.Status == listingActive && !approved:
		l.Status, l.UpdatedBlock, l.UpdatedAt = listingUnapproved, int64(e.log.BlockNumber), e.time
		ap.listingChanged(l.ID, "STALE")
	case l.Status == listingUnapproved && approved:
		l.Status, l.UpdatedBlock, l.UpdatedAt = listingActive, int64(e.log.BlockNumber), e.time
		ap.listingChanged(l.ID, "REACTIVATED")
	}
}

func (ap *applier) close(l *listingRow, status string, blk int64, at time.Time) {
	if key := (tokenKey{l.Collection, l.TokenID}); ap.s.open[key] == l.ID {
		delete(ap.s.open, key)
	}
	l.Status, l.UpdatedBlock, l.UpdatedAt = status, blk, at
}

func (ap *applier) listingChanged(id, kind string) {
	if l := ap.s.listings[id]; l != nil {
		ap.floorChanged[l.Collection] = true
	}
	ap.s.dirtyListings[id] = true
	ap.s.notes.listings = append(ap.s.notes.listings, listingNote{ID: id, Event: kind})
}

// credit records a change of an agent's credits, by a request or a session if any.
func (ap *applier) credit(e event, agent string, delta, cause string, request, session *string) {
	ap.s.ledger = append(ap.s.ledger, ledgerRow{
		BlockHash: e.log.BlockHash.Bytes(), LogIndex: int(e.log.Index), AgentID: agent, Delta: delta,
		Balance: ap.s.agents[agent].Credits, Cause: cause, RequestID: request, SessionID: session,
		BlockNumber: int64(e.log.BlockNumber), TxHash: e.log.TxHash.Bytes(), At: e.time,
	})
}

// maxTime is the latest time the projections hold (timestamptz reaches
// further, but Go's RFC 3339 stops at year 9999): an owner may set terms
// whose expiry lies beyond it, which means never for anyone.
var maxTime = time.Date(9999, 12, 31, 23, 59, 59, 0, time.UTC)

// unixTime is a uint64 of seconds from the chain as a time, at most maxTime.
func unixTime(sec uint64) time.Time {
	if sec >= uint64(maxTime.Unix()) {
		return maxTime
	}
	return time.Unix(int64(sec), 0).UTC()
}

// addSeconds is a time from the chain plus a duration, in seconds, saturating
// rather than wrapping around.
func addSeconds(sec, d uint64) uint64 {
	if sec > math.MaxUint64-d {
		return math.MaxUint64
	}
	return sec + d
}

func signedCredits(n uint64, positive bool) string {
	if positive || n == 0 {
		return strconv.FormatUint(n, 10)
	}
	return "-" + strconv.FormatUint(n, 10)
}

func addDecimal(a string, b *big.Int) string {
	x, _ := new(big.Int).SetString(a, 10)
	return x.Add(x, b).String()
}

// Package model holds the API's types: the entities below, read from the
// indexer's projections, and the connections and enums gqlgen generates
// (models_gen.go).
package model

import (
	"math/big"
	"strings"
	"time"

	"github.com/inft-labs/inft/graph/scalar"
)

// Agent is a row of agents.
type Agent struct {
	ID        string         `db:"id"`
	Owner     scalar.Address `db:"owner"`
	TierCode  int16          `db:"tier"`
	Credits   scalar.BigInt  `db:"credits"`
	Level     int            `db:"level"`
	StateURI  string         `db:"state_uri"`
	CreatedAt time.Time      `db:"created_at"`
	AgentStats
	// Why and where it last changed; LastChangeReason is nil for rows
	// indexed before it was recorded.
	LastChangeReason *string       `db:"last_change"`
	LastChangeTx     *string       `db:"last_change_tx"`
	UpdatedBlock     scalar.BigInt `db:"updated_block"`
	UpdatedAt        time.Time     `db:"updated_at"`
}

// LastChange is why the agent last changed, if known.
func (a *Agent) LastChange() *AgentChange {
	if a.LastChangeReason == nil || a.LastChangeTx == nil {
		return nil
	}
	return &AgentChange{Reason: AgentChangeReason(*a.LastChangeReason), Block: a.UpdatedBlock, TxHash: *a.LastChangeTx, At: a.UpdatedAt}
}

// AgentChange is the event that last changed an agent.
type AgentChange struct {
	Reason AgentChangeReason
	Block  scalar.BigInt
	TxHash string
	At     time.Time
}

// Account is a wallet whose money and holdings the API shows.
type Account struct {
	Address scalar.Address
}

// Balance is a row of balances.
type Balance struct {
	ContractCode int16         `db:"contract"`
	Withdrawable scalar.BigInt `db:"withdrawable"`
	Deposited    scalar.BigInt `db:"deposited"`
	Withdrawn    scalar.BigInt `db:"withdrawn"`
}

// Contract is the contract that holds the balance.
func (b *Balance) Contract() PaymentContract { return PaymentContractOf(b.ContractCode) }

// Payment is a row of payments.
type Payment struct {
	ContractCode int16          `db:"contract"`
	Payee        scalar.Address `db:"payee"`
	Amount       string         `db:"amount"`
	CauseCode    string         `db:"cause"`
	AgentID      *string        `db:"agent_id"`
	ListingID    *string        `db:"listing_id"`
	Block        scalar.BigInt  `db:"block_number"`
	LogIndex     int64          `db:"log_index"`
	TxHash       string         `db:"tx_hash"`
	At           time.Time      `db:"at"`
}

// Contract is the contract that holds the balance paid or withdrawn.
func (p *Payment) Contract() PaymentContract { return PaymentContractOf(p.ContractCode) }

// Cause is what the payment was a share of (the indexer's cause, in capitals).
func (p *Payment) Cause() PaymentCause { return PaymentCause(strings.ToUpper(p.CauseCode)) }

// PaymentContractOf names a contract code of the payments tables (0 INFTAgents, 1 INFTMarketplace).
func PaymentContractOf(code int16) PaymentContract {
	if code == 1 {
		return PaymentContractMarketplace
	}
	return PaymentContractAgents
}

// Fees are the revenue split and the marketplace fee as last logged.
type Fees struct {
	StakingWallet     *scalar.Address
	DevWallet         *scalar.Address
	StakingShareBps   *int
	MarketplaceFeeBps *int
	FeeRecipient      *scalar.Address
}

// Tier is the agent's tier.
func (a *Agent) Tier() Tier { return TierOf(a.TierCode) }

// Stats are the agent's counters.
func (a *Agent) Stats() *AgentStats { return &a.AgentStats }

// AgentStats are the counters the agents projection keeps of an agent.
type AgentStats struct {
	Requested           int           `db:"generations_requested"`
	Fulfilled           int           `db:"generations_fulfilled"`
	Failed              int           `db:"generations_failed"`
	FulfilmentSeconds   int64         `db:"fulfilment_seconds"`
	Sales               int           `db:"token_sales"`
	SalesVolume         scalar.BigInt `db:"token_sales_volume"`
	AgentSales          int           `db:"agent_sales"`
	Royalties           scalar.BigInt `db:"royalty_revenue"`
	SubscriptionRevenue scalar.BigInt `db:"subscription_revenue"`
}

// Pending counts the requests that have not ended.
func (s *AgentStats) Pending() int { return max(s.Requested-s.Fulfilled-s.Failed, 0) }

// SuccessRate is the share of the ended requests that were fulfilled; nil
// until one ended.
func (s *AgentStats) SuccessRate() *float64 {
	if s.Fulfilled+s.Failed == 0 {
		return nil
	}
	r := float64(s.Fulfilled) / float64(s.Fulfilled+s.Failed)
	return &r
}

// AverageFulfilmentSeconds is how long a fulfilment took on average, by
// block time; nil until one.
func (s *AgentStats) AverageFulfilmentSeconds() *float64 {
	if s.Fulfilled == 0 {
		return nil
	}
	avg := float64(s.FulfilmentSeconds) / float64(s.Fulfilled)
	return &avg
}

// Revenue is what the agent earned its owners: royalties and rent.
func (s *AgentStats) Revenue() scalar.BigInt {
	sum := new(big.Int)
	for _, v := range []scalar.BigInt{s.Royalties, s.SubscriptionRevenue} {
		if n, ok := new(big.Int).SetString(string(v), 10); ok {
			sum.Add(sum, n)
		}
	}
	return scalar.BigInt(sum.String())
}

// AgentSubscription is a row of subscriptions.
type AgentSubscription struct {
	AgentID     string         `db:"agent_id"`
	Paid        scalar.BigInt  `db:"paid"`
	Subscriber  scalar.Address `db:"subscriber"`
	ExpiresAt   time.Time      `db:"expires_at"`
	CreditsLeft scalar.BigInt  `db:"credits_left"`
	Active      bool           `db:"active"`
}

// SubscriptionTerms is an active row of subscription_terms.
type SubscriptionTerms struct {
	PricePerPeriod   scalar.BigInt `db:"price_per_period"`
	Period           scalar.BigInt `db:"period"`
	CreditsPerPeriod scalar.BigInt `db:"credits_per_period"`
}

// Generation is a row of generation_requests with its status as the API
// tells it: the chain's when it has ended, else the relayer's stage.
type Generation struct {
	RequestID     string           `db:"id"`
	AgentID       string           `db:"agent_id"`
	Requester     scalar.Address   `db:"requester"`
	KindCode      int16            `db:"kind"`
	Prompt        string           `db:"prompt"`
	CreditsSpent  scalar.BigInt    `db:"credits_spent"`
	Status        GenerationStatus `db:"api_status"`
	TokenID       *string          `db:"token_id"`
	FailureReason *string          `db:"failure_reason"`
	RequestedAt   time.Time        `db:"requested_at"`
	UpdatedAt     time.Time        `db:"updated_at"`
	// ModeCode is a collaboration's mode (collab.Mode), nil for one agent.
	ModeCode *int16 `db:"mode"`
}

// Kind is what the request asks for.
func (g *Generation) Kind() Kind {
	if g.KindCode == 1 {
		return KindImage
	}
	return KindText
}

// GenerationProgress is a row of generation_progress.
type GenerationProgress struct {
	RequestID string           `db:"request_id"`
	Status    GenerationStatus `db:"stage"`
	Percent   int              `db:"percent"`
	Message   string           `db:"message"`
	At        time.Time        `db:"at"`
	AgentID   *string          `db:"agent_id"`
}

// GeneratedToken is a row of generated_tokens.
type GeneratedToken struct {
	ID        string         `db:"id"`
	Owner     scalar.Address `db:"owner"`
	AgentID   *string        `db:"agent_id"`
	RequestID *string        `db:"request_id"`
	TokenURI  *string        `db:"token_uri"`
}

// Listing is a row of listings.
type Listing struct {
	ID             string          `db:"id"`
	CollectionCode int16           `db:"collection"`
	TokenID        string          `db:"token_id"`
	Seller         scalar.Address  `db:"seller"`
	Price          scalar.BigInt   `db:"price"`
	State          string          `db:"status"`
	Buyer          *scalar.Address `db:"buyer"`
	SoldAt         *time.Time      `db:"sold_at"`
	CreatedAt      time.Time       `db:"created_at"`
}

// CreditChange is a row of credit_ledger.
type CreditChange struct {
	AgentID      string        `db:"agent_id"`
	Cause        string        `db:"cause"`
	BySubscriber bool          `db:"by_subscriber"`
	Delta        string        `db:"delta"`
	Balance      scalar.BigInt `db:"balance"`
	RequestID    *string       `db:"request_id"`
	SessionID    *string       `db:"session_id"`
	Block        scalar.BigInt `db:"block_number"`
	LogIndex     int64         `db:"log_index"`
	TxHash       string        `db:"tx_hash"`
	At           time.Time     `db:"at"`
}

// Reason names the cause of the change.
func (c *CreditChange) Reason() CreditReason {
	switch c.Cause {
	case "purchase":
		return CreditReasonPurchase
	case "top_up":
		return CreditReasonTopUp
	case "refund":
		return CreditReasonRefund
	case "session_escrow":
		return CreditReasonSessionEscrow
	case "session_refund":
		return CreditReasonSessionRefund
	}
	if c.BySubscriber {
		return CreditReasonSubscriptionUse
	}
	return CreditReasonSpend
}

// Sale is a row of sales.
type Sale struct {
	ListingID string         `db:"listing_id"`
	Seller    scalar.Address `db:"seller"`
	Buyer     scalar.Address `db:"buyer"`
	Price     scalar.BigInt  `db:"price"`
	Fee       scalar.BigInt  `db:"fee"`
	Royalty   scalar.BigInt  `db:"royalty"`
	Proceeds  scalar.BigInt  `db:"proceeds"`
	Block     scalar.BigInt  `db:"block_number"`
	TxHash    string         `db:"tx_hash"`
	At        time.Time      `db:"at"`
}

// Collection is the listed token's collection.
func (l *Listing) Collection() Collection {
	if l.CollectionCode == 1 {
		return CollectionGenerated
	}
	return CollectionAgents
}

// Active: the listing can be bought.
func (l *Listing) Active() bool { return l.State == "active" }

// Package is a row of packages.
type Package struct {
	TierCode int16         `db:"tier"`
	Price    scalar.BigInt `db:"price"`
	Credits  scalar.BigInt `db:"credits"`
}

// Tier is the package's tier.
func (p *Package) Tier() Tier { return TierOf(p.TierCode) }

// IndexerStatus is the indexer's checkpoint.
type IndexerStatus struct {
	ChainID        scalar.BigInt  `db:"chain_id"`
	HeadBlock      scalar.BigInt  `db:"head_block"`
	IndexedBlock   scalar.BigInt  `db:"block_number"`
	FinalizedBlock scalar.BigInt  `db:"finalized_block"`
	LagBlocks      scalar.BigInt  `db:"lag_blocks"`
	HeadSeenAt     *time.Time     `db:"head_seen_at"`
	Stalled        bool           `db:"stalled"`
	StalledBlock   *scalar.BigInt `db:"stalled_block"`
	StalledSince   *time.Time     `db:"stalled_since"`
	StallError     *string        `db:"stall_error"`
	// EventsPerSecond is over the current and the previous minute
	// (indexer_throughput).
	EventsPerSecond float64 `db:"events_per_second"`
}

// TierOf names a tier code (0 Starter … 3 Enterprise).
func TierOf(code int16) Tier {
	switch code {
	case 1:
		return TierPro
	case 2:
		return TierBusiness
	case 3:
		return TierEnterprise
	}
	return TierStarter
}

// TierCode is the code of a tier.
func TierCode(t Tier) int16 {
	switch t {
	case TierPro:
		return 1
	case TierBusiness:
		return 2
	case TierEnterprise:
		return 3
	}
	return 0
}

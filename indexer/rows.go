package indexer

import (
	"strings"
	"time"
	"unicode/utf8"

	"github.com/ethereum/go-ethereum/common"

	"github.com/inft-labs/inft/internal/safe"
)

// Rows of the projection tables as the indexer holds them while it applies a
// batch. IDs and amounts are decimal strings (numeric(78,0) in the database);
// credits, levels and nonces fit in uint64 on chain and are kept as numbers.

type agentRow struct {
	ID            string    `db:"id"`
	Owner         []byte    `db:"owner"`
	Tier          int16     `db:"tier"`
	Credits       uint64    `db:"credits"`
	Level         int64     `db:"level"`
	StateURI      string    `db:"state_uri"`
	StateURIRaw   []byte    `db:"state_uri_raw"`
	TransferNonce int64     `db:"transfer_nonce"`
	CreatedBlock  int64     `db:"created_block"`
	CreatedAt     time.Time `db:"created_at"`
	UpdatedBlock  int64     `db:"updated_block"`
	UpdatedAt     time.Time `db:"updated_at"`
	// LastChange is why the agent last changed (an AgentChangeReason of the
	// API), in the transaction LastChangeTx; nil for rows indexed before.
	LastChange   *string `db:"last_change"`
	LastChangeTx []byte  `db:"last_change_tx"`
	agentCounters
}

// agentCounters are what the agents projection counts of an agent, as the
// events say it: its requests and their endings, the time its fulfilments
// took, the marketplace sales of the tokens it made and of itself, and what
// it earned (royalties of its tokens' sales, payments to rent it). Amounts
// are decimal wei.
type agentCounters struct {
	Requested           int64  `db:"generations_requested"`
	Fulfilled           int64  `db:"generations_fulfilled"`
	Failed              int64  `db:"generations_failed"` // failed by the relayer or cancelled by the requester: refunded
	FulfilmentSeconds   int64  `db:"fulfilment_seconds"` // summed over the fulfilled, from the request's block to the fulfilment's
	TokenSales          int64  `db:"token_sales"`
	TokenSalesVolume    string `db:"token_sales_volume"`
	RoyaltyRevenue      string `db:"royalty_revenue"`
	SubscriptionRevenue string `db:"subscription_revenue"`
	AgentSales          int64  `db:"agent_sales"`
}

// noCounts are the counters of a new agent.
var noCounts = agentCounters{TokenSalesVolume: "0", RoyaltyRevenue: "0", SubscriptionRevenue: "0"}

type requestRow struct {
	ID             string    `db:"id"`
	AgentID        string    `db:"agent_id"`
	Requester      []byte    `db:"requester"`
	Kind           int16     `db:"kind"`
	Prompt         string    `db:"prompt"`
	CreditsSpent   uint64    `db:"credits_spent"`
	BySubscriber   bool      `db:"by_subscriber"`
	Status         int16     `db:"status"`
	TokenID        *string   `db:"token_id"`
	TokenURI       *string   `db:"token_uri"`
	FailureReason  *string   `db:"failure_reason"`
	RequestedBlock int64     `db:"requested_block"`
	RequestedAt    time.Time `db:"requested_at"`
	TxHash         []byte    `db:"tx_hash"`
	UpdatedBlock   int64     `db:"updated_block"`
	UpdatedAt      time.Time `db:"updated_at"`
	PromptRaw      []byte    `db:"prompt_raw"`
	TokenURIRaw    []byte    `db:"token_uri_raw"`
	ReasonRaw      []byte    `db:"failure_reason_raw"`
	// Mode is a collaboration's (CollaborationRequested), nil for a request
	// of one agent.
	Mode *int16 `db:"mode"`
}

// collaboratorRow is one agent of a collaboration; Position 0 is the lead.
type collaboratorRow struct {
	RequestID    string `db:"request_id"`
	Position     int16  `db:"position"`
	AgentID      string `db:"agent_id"`
	CreditsSpent uint64 `db:"credits_spent"`
	BySubscriber bool   `db:"by_subscriber"`
}

// royaltyRow is one co-creating agent's share of a sale's royalty (RoyaltyPaid).
type royaltyRow struct {
	ListingID   string
	AgentID     string
	Receiver    []byte
	Amount      string
	BlockNumber int64
	LogIndex    int
	TxHash      []byte
	At          time.Time
}

type tokenRow struct {
	ID            string    `db:"id"`
	Owner         []byte    `db:"owner"`
	AgentID       *string   `db:"agent_id"`
	RequestID     *string   `db:"request_id"`
	TokenURI      *string   `db:"token_uri"`
	TransferNonce int64     `db:"transfer_nonce"`
	MintedBlock   int64     `db:"minted_block"`
	MintedAt      time.Time `db:"minted_at"`
	UpdatedBlock  int64     `db:"updated_block"`
	TokenURIRaw   []byte    `db:"token_uri_raw"`
}

type listingRow struct {
	ID           string     `db:"id"`
	Collection   int16      `db:"collection"`
	TokenID      string     `db:"token_id"`
	Seller       []byte     `db:"seller"`
	Price        string     `db:"price"`
	Status       string     `db:"status"`
	Buyer        []byte     `db:"buyer"`
	SoldAt       *time.Time `db:"sold_at"`
	CreatedBlock int64      `db:"created_block"`
	CreatedAt    time.Time  `db:"created_at"`
	UpdatedBlock int64      `db:"updated_block"`
	UpdatedAt    time.Time  `db:"updated_at"`
}

// Statuses of a listing. An active listing is buyable; an unapproved one
// is open on chain but its seller withdrew the marketplace's approval, and is
// active again once the seller approves again; a stale one is open on chain
// but its token moved since it was listed, for good.
const (
	listingActive     = "active"
	listingUnapproved = "unapproved"
	listingStale      = "stale"
	listingSold       = "sold"
	listingCancelled  = "cancelled"
)

// isOpen says whether a listing of that status is one the token's next move
// or its seller's approvals can still change.
func isOpen(status string) bool { return status == listingActive || status == listingUnapproved }

// tokenApprovalRow says that the marketplace is the token's approved address
// (ERC-721 getApproved), since block UpdatedBlock.
type tokenApprovalRow struct {
	Collection   int16  `db:"collection"`
	TokenID      string `db:"token_id"`
	UpdatedBlock int64  `db:"updated_block"`
}

// operatorKey is an owner of tokens of a collection.
type operatorKey struct {
	collection int16
	owner      common.Address
}

// operatorRow says that the marketplace is an operator of all the owner's
// tokens of the collection (ERC-721 isApprovedForAll), since block UpdatedBlock.
type operatorRow struct {
	Collection   int16  `db:"collection"`
	Owner        []byte `db:"owner"`
	UpdatedBlock int64  `db:"updated_block"`
}

type termsRow struct {
	AgentID          string `db:"agent_id"`
	PricePerPeriod   string `db:"price_per_period"`
	Period           uint64 `db:"period"`
	CreditsPerPeriod uint64 `db:"credits_per_period"`
	GrantedNonce     int64  `db:"granted_nonce"`
	Active           bool   `db:"active"`
	UpdatedBlock     int64  `db:"updated_block"`
}

type subscriptionRow struct {
	AgentID      string    `db:"agent_id"`
	Subscriber   []byte    `db:"subscriber"`
	ExpiresAt    time.Time `db:"expires_at"`
	CreditsLeft  uint64    `db:"credits_left"`
	Paid         string    `db:"paid"`
	GrantedNonce int64     `db:"granted_nonce"`
	Lapsed       bool      `db:"lapsed"`
	UpdatedBlock int64     `db:"updated_block"`
}

type packageRow struct {
	Tier         int16  `db:"tier"`
	Price        string `db:"price"`
	Credits      uint64 `db:"credits"`
	UpdatedBlock int64  `db:"updated_block"`
}

type costRow struct {
	Kind         int16  `db:"kind"`
	Credits      uint64 `db:"credits"`
	UpdatedBlock int64  `db:"updated_block"`
}

type ledgerRow struct {
	BlockHash   []byte
	LogIndex    int
	AgentID     string
	Delta       string // signed decimal: negative when spent
	Balance     uint64
	Cause       string
	RequestID   *string
	SessionID   *string
	BlockNumber int64
	TxHash      []byte
	At          time.Time
}

// sessionRow is a chat session: the escrow it took of an agent's credits,
// the chat terms in force when it opened (nil when the indexer began after
// they were set), and how it ended (nil fields while it is open).
type sessionRow struct {
	ID              string     `db:"id"`
	AgentID         string     `db:"agent_id"`
	User            []byte     `db:"user_address"`
	CreditCap       uint64     `db:"credit_cap"`
	ExpiresAt       time.Time  `db:"expires_at"`
	ReclaimableAt   *time.Time `db:"reclaimable_at"`
	TokensPerCredit *uint64    `db:"tokens_per_credit"`
	BySubscriber    bool       `db:"by_subscriber"`
	AgentNonce      int64      `db:"agent_nonce"`
	Status          string     `db:"status"`
	CreditsUsed     *uint64    `db:"credits_used"`
	CreditsRefunded *uint64    `db:"credits_refunded"`
	TranscriptHash  []byte     `db:"transcript_hash"`
	EndedBy         []byte     `db:"ended_by"`
	OpenedBlock     int64      `db:"opened_block"`
	OpenedAt        time.Time  `db:"opened_at"`
	OpenTx          []byte     `db:"open_tx"`
	EndedBlock      *int64     `db:"ended_block"`
	EndedAt         *time.Time `db:"ended_at"`
	EndTx           []byte     `db:"end_tx"`
	UpdatedBlock    int64      `db:"updated_block"`
}

// Statuses of a chat session.
const (
	sessionOpen      = "open"
	sessionSettled   = "settled"
	sessionReclaimed = "reclaimed"
)

// chatTermsRow is the chat terms as last set (ChatTermsSet); durations in seconds.
type chatTermsRow struct {
	TokensPerCredit    uint64 `db:"tokens_per_credit"`
	MaxSessionDuration uint64 `db:"max_session_duration"`
	GracePeriod        uint64 `db:"grace_period"`
	UpdatedBlock       int64  `db:"updated_block"`
}

// Contracts of the withdrawal ledgers (payments, balances, fee_settings).
const (
	contractAgents      int16 = 0
	contractMarketplace int16 = 1
)

// paymentRow is a Deposited (amount > 0) or a Withdrawn (amount < 0).
type paymentRow struct {
	BlockHash   []byte
	LogIndex    int
	Contract    int16
	Payee       []byte
	Amount      string // signed decimal wei
	Cause       string
	AgentID     *string
	ListingID   *string
	BlockNumber int64
	TxHash      []byte
	At          time.Time
	tx          common.Hash // to match a deposit with the payment event after it
}

type balanceKey struct {
	payee    common.Address
	contract int16
}

type balanceRow struct {
	Payee        []byte `db:"payee"`
	Contract     int16  `db:"contract"`
	Withdrawable string `db:"withdrawable"`
	Deposited    string `db:"deposited"`
	Withdrawn    string `db:"withdrawn"`
	UpdatedBlock int64  `db:"updated_block"`
}

type feeRow struct {
	Contract     int16  `db:"contract"`
	Wallet       []byte `db:"wallet"`
	DevWallet    []byte `db:"dev_wallet"`
	Bps          int64  `db:"bps"`
	UpdatedBlock int64  `db:"updated_block"`
}

type saleRow struct {
	ListingID   string
	Collection  int16
	TokenID     string
	Seller      []byte
	Buyer       []byte
	Price       string
	Fee         string
	Royalty     string
	BlockNumber int64
	TxHash      []byte
	At          time.Time
}

type evolutionRow struct {
	AgentID     string
	Level       int64
	StateURI    string
	BlockNumber int64
	TxHash      []byte
	At          time.Time
}

// Strings from the chain may hold any bytes. Rows keep them exact in their
// string fields; a text column gets chainText's safe text and, in its _raw
// column beside it, the exact bytes when they differ. The _raw fields are
// read by load and put back into the strings by restore.

// chainText splits a string from the chain into what a text column can hold
// and, when that is not exactly s, the bytes of s.
func chainText(s string) (text string, raw []byte) {
	if utf8.ValidString(s) && strings.IndexByte(s, 0) < 0 {
		return s, nil
	}
	return safe.Text(s), []byte(s)
}

// chainTextPtr is chainText of an optional string.
func chainTextPtr(s *string) (*string, []byte) {
	if s == nil {
		return nil, nil
	}
	text, raw := chainText(*s)
	return &text, raw
}

func exact(text string, raw []byte) string {
	if raw != nil {
		return string(raw)
	}
	return text
}

func exactPtr(text *string, raw []byte) *string {
	if text == nil || raw == nil {
		return text
	}
	s := string(raw)
	return &s
}

func (a *agentRow) restore() { a.StateURI = exact(a.StateURI, a.StateURIRaw) }

func (r *requestRow) restore() {
	r.Prompt = exact(r.Prompt, r.PromptRaw)
	r.TokenURI = exactPtr(r.TokenURI, r.TokenURIRaw)
	r.FailureReason = exactPtr(r.FailureReason, r.ReasonRaw)
}

func (t *tokenRow) restore() { t.TokenURI = exactPtr(t.TokenURI, t.TokenURIRaw) }

// Collections in the listings table.
const (
	collectionAgents    int16 = 0
	collectionGenerated int16 = 1
)

// Request statuses on chain.
const (
	statusPending   int16 = 1
	statusFulfilled int16 = 2
	statusFailed    int16 = 3
)

// progressRow is a terminal stage the chain reports for a request.
type progressRow struct {
	RequestID   string
	Stage       string
	Message     string
	BlockNumber int64
	At          time.Time
}

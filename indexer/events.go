package indexer

import (
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/inft-labs/inft/bindings"
	"github.com/inft-labs/inft/chain"
)

// event is one decoded log; value is the binding's event struct, or for the
// collections' ERC-721 approvals a tokenApproval or an operatorApproval.
type event struct {
	log   types.Log
	time  time.Time // of its block
	name  string
	value any
}

type unpacker func(*types.Log) (any, error)

func as[T any](f func(*types.Log) (*T, error)) unpacker {
	return func(l *types.Log) (any, error) { return f(l) }
}

// tokenApproval is an ERC-721 Approval(owner, approved, tokenId) of either
// collection, as the marketplace sees it: whether the marketplace is now the
// token's approved address (an Approval to anyone else takes that away).
type tokenApproval struct {
	collection int16
	owner      common.Address
	token      *big.Int
	market     bool
}

// operatorApproval is an ERC-721 ApprovalForAll(owner, operator, approved) of
// either collection; only those whose operator is the marketplace (market)
// matter to listings.
type operatorApproval struct {
	collection int16
	owner      common.Address
	market     bool
	approved   bool
}

// decoder turns the logs of one deployment into typed events, and says which
// logs to ask the node for.
type decoder struct {
	contracts chain.Contracts
	handlers  map[common.Address]map[common.Hash]named
	topics    []common.Hash
}

type named struct {
	name   string
	unpack unpacker
}

func newDecoder(c chain.Contracts) *decoder {
	a, g, m := bindings.NewINFTAgents(), bindings.NewINFTGenerated(), bindings.NewINFTMarketplace()
	d := &decoder{contracts: c, handlers: map[common.Address]map[common.Hash]named{}}
	approval := func(col int16, owner, approved common.Address, token *big.Int) any {
		return &tokenApproval{collection: col, owner: owner, token: token, market: approved == c.Marketplace}
	}
	operator := func(col int16, owner, op common.Address, approved bool) any {
		return &operatorApproval{collection: col, owner: owner, market: op == c.Marketplace, approved: approved}
	}
	seen := map[common.Hash]bool{}
	add := func(addr common.Address, events map[string]unpacker, ids func(string) common.Hash) {
		h := map[common.Hash]named{}
		for name, u := range events {
			id := ids(name)
			h[id] = named{name, u}
			if !seen[id] {
				seen[id] = true
				d.topics = append(d.topics, id)
			}
		}
		d.handlers[addr] = h
	}
	add(c.Agents, map[string]unpacker{
		"PackagePurchased":       as(a.UnpackPackagePurchasedEvent),
		"CreditsAdded":           as(a.UnpackCreditsAddedEvent),
		"GenerationRequested":    as(a.UnpackGenerationRequestedEvent),
		"CollaborationRequested": as(a.UnpackCollaborationRequestedEvent),
		"GenerationFulfilled":    as(a.UnpackGenerationFulfilledEvent),
		"GenerationFailed":       as(a.UnpackGenerationFailedEvent),
		"AgentEvolved":           as(a.UnpackAgentEvolvedEvent),
		"SubscriptionTermsSet":   as(a.UnpackSubscriptionTermsSetEvent),
		"Subscribed":             as(a.UnpackSubscribedEvent),
		"Transfer":               as(a.UnpackTransferEvent),
		"Approval": func(l *types.Log) (any, error) {
			v, err := a.UnpackApprovalEvent(l)
			if err != nil {
				return nil, err
			}
			return approval(collectionAgents, v.Owner, v.Approved, v.TokenId), nil
		},
		"ApprovalForAll": func(l *types.Log) (any, error) {
			v, err := a.UnpackApprovalForAllEvent(l)
			if err != nil {
				return nil, err
			}
			return operator(collectionAgents, v.Owner, v.Operator, v.Approved), nil
		},
		"PackageSet":        as(a.UnpackPackageSetEvent),
		"GenerationCostSet": as(a.UnpackGenerationCostSetEvent),
		"RevenueSplitSet":   as(a.UnpackRevenueSplitSetEvent),
		"Deposited":         as(a.UnpackDepositedEvent),
		"Withdrawn":         as(a.UnpackWithdrawnEvent),
		"SessionOpened":     as(a.UnpackSessionOpenedEvent),
		"SessionSettled":    as(a.UnpackSessionSettledEvent),
		"SessionReclaimed":  as(a.UnpackSessionReclaimedEvent),
		"ChatTermsSet":      as(a.UnpackChatTermsSetEvent),
	}, func(n string) common.Hash { return a.GetABI().Events[n].ID })
	add(c.Generated, map[string]unpacker{
		"Transfer": as(g.UnpackTransferEvent),
		"Approval": func(l *types.Log) (any, error) {
			v, err := g.UnpackApprovalEvent(l)
			if err != nil {
				return nil, err
			}
			return approval(collectionGenerated, v.Owner, v.Approved, v.TokenId), nil
		},
		"ApprovalForAll": func(l *types.Log) (any, error) {
			v, err := g.UnpackApprovalForAllEvent(l)
			if err != nil {
				return nil, err
			}
			return operator(collectionGenerated, v.Owner, v.Operator, v.Approved), nil
		},
	}, func(n string) common.Hash { return g.GetABI().Events[n].ID })
	add(c.Marketplace, map[string]unpacker{
		"Listed":              as(m.UnpackListedEvent),
		"ListingPriceUpdated": as(m.UnpackListingPriceUpdatedEvent),
		"ListingCancelled":    as(m.UnpackListingCancelledEvent),
		"Sold":                as(m.UnpackSoldEvent),
		"RoyaltyPaid":         as(m.UnpackRoyaltyPaidEvent),
		"FeeSet":              as(m.UnpackFeeSetEvent),
		"Deposited":           as(m.UnpackDepositedEvent),
		"Withdrawn":           as(m.UnpackWithdrawnEvent),
	}, func(n string) common.Hash { return m.GetABI().Events[n].ID })
	return d
}

// addresses are the contracts whose logs are indexed.
func (d *decoder) addresses() []common.Address {
	return []common.Address{d.contracts.Agents, d.contracts.Generated, d.contracts.Marketplace}
}

// mayHold says whether a block whose header has bloom may hold a log the
// indexer asks for: one of its contracts' and one of its topics' bits are
// set (a bloom has false positives, never false negatives).
func (d *decoder) mayHold(bloom types.Bloom) bool {
	address, topic := false, false
	for _, a := range d.addresses() {
		address = address || bloom.Test(a.Bytes())
	}
	for _, t := range d.topics {
		topic = topic || bloom.Test(t.Bytes())
	}
	return address && topic
}

// where names a log in an error.
func where(l *types.Log) string {
	return fmt.Sprintf("log %d of block %d (tx %s)", l.Index, l.BlockNumber, l.TxHash)
}

// decode decodes one log. A log the node should not have returned (another
// address, an event we did not ask for) or one that does not decode is an
// error: the batch is refused rather than half-written.
func (d *decoder) decode(l types.Log) (event, error) {
	if l.Removed {
		return event{}, fmt.Errorf("%s is marked removed", where(&l))
	}
	h, ok := d.handlers[l.Address]
	if !ok {
		return event{}, fmt.Errorf("%s comes from %s, which is not one of the contracts", where(&l), l.Address)
	}
	if len(l.Topics) == 0 {
		return event{}, fmt.Errorf("%s has no topics", where(&l))
	}
	n, ok := h[l.Topics[0]]
	if !ok {
		return event{}, fmt.Errorf("%s has topic %s, which is not an event we asked for", where(&l), l.Topics[0])
	}
	if len(l.Data)%32 != 0 {
		return event{}, fmt.Errorf("%s: malformed %s: %d bytes of data, not a whole number of 32-byte words", where(&l), n.name, len(l.Data))
	}
	v, err := n.unpack(&l)
	if err != nil {
		return event{}, fmt.Errorf("%s: malformed %s: %w", where(&l), n.name, err)
	}
	return event{log: l, name: n.name, value: v}, nil
}

package graph

import (
	"github.com/ethereum/go-ethereum/common"

	"github.com/inft-labs/inft/graph/model"
	"github.com/inft-labs/inft/graph/scalar"
)

// AgentsQuery is the statement of a page of agents in order after key.
func AgentsQuery(order string, key []string, n int) (string, []any) {
	return agentsSQL(nil, nil, model.AgentOrder(order), key, n)
}

// ListingsQuery is the statement of a page of listings, open or closed, in
// order after key.
func ListingsQuery(order string, active bool, key []string, n int) (string, []any) {
	return listingsSQL(nil, active, model.ListingOrder(order), key, n)
}

// TokensQuery is the statement of a page of tokens of owner and of agent,
// each unless empty, after key.
func TokensQuery(owner common.Address, agent string, key []string, n int) (string, []any) {
	var o *scalar.Address
	if owner != (common.Address{}) {
		o = (*scalar.Address)(&owner)
	}
	var a *string
	if agent != "" {
		a = &agent
	}
	return tokensSQL(o, a, key, n)
}

// GenerationsQuery is the statement of a page of generations, of status
// unless empty, after key.
func GenerationsQuery(status string, key []string, n int) (string, []any) {
	var s *model.GenerationStatus
	if status != "" {
		s = (*model.GenerationStatus)(&status)
	}
	w := &where{}
	return generationsSQL(w, s, key, n), w.args
}

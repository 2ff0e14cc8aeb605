package graph

import (
	"github.com/jmoiron/sqlx"

	"github.com/inft-labs/inft/auth"
	"github.com/inft-labs/inft/chat"
	"github.com/inft-labs/inft/graph/live"
	"github.com/inft-labs/inft/internal/pg"
	"github.com/inft-labs/inft/ipfs"
)

// Resolver holds what the resolvers need; one per server.
type Resolver struct {
	DB *sqlx.DB
	// ChainID is the configured chain's id, told before anything is indexed.
	ChainID string
	// Store reads the metadata documents of generated tokens (nil: not told).
	Store ipfs.Store
	// Gateway is the base of the links to IPFS content (see ipfs.Link);
	// empty: none.
	Gateway string
	// Hub feeds the subscriptions (nil: none are served).
	Hub *live.Hub
	// AdminKey enables the admin mutations for requests bearing it; Admin
	// carries them out (nil: this server has no relayer).
	AdminKey string
	Admin    Admin
	// Auth signs wallets in and maps bearer tokens to addresses; Chat holds
	// the conversations (nil: off).
	Auth *auth.Service
	Chat *chat.Service

	// stmts are the loaders' prepared statements on DB.
	stmts *pg.Stmts
}

// link is uri as a link through gateway, nil when it has none (ipfs.Link).
func link(gateway, uri string) *string {
	l, ok := ipfs.Link(gateway, uri)
	if !ok {
		return nil
	}
	return &l
}

package graph

import (
	"sync"

	"github.com/jmoiron/sqlx"

	"github.com/inft-labs/inft/ipfs"
)

// Resolver holds what the resolvers need; one per server.
type Resolver struct {
	DB *sqlx.DB
	// ChainID is the configured chain's id, told before anything is indexed.
	ChainID string
	// Store reads the metadata documents of generated tokens (nil: not told).
	Store ipfs.Store
	// Hub feeds the subscriptions (nil: none are served).
	Hub *Hub
	// AdminKey enables the admin mutations for requests bearing it; Admin
	// carries them out (nil: this server has no relayer).
	AdminKey string
	Admin    Admin

	cache     *stmtCache
	cacheOnce sync.Once
}

// stmts is the resolvers' prepared statements on DB.
func (r *Resolver) stmts() *stmtCache {
	r.cacheOnce.Do(func() {
		if r.cache == nil {
			r.cache = &stmtCache{db: r.DB}
		}
	})
	return r.cache
}

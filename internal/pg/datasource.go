package pg

import (
	"context"

	"github.com/jmoiron/sqlx"
)

// DataSource is where a store runs its statements: the pool (*sqlx.DB) or
// the caller's transaction (*sqlx.Tx), so that a write can commit with
// whatever caused it.
type DataSource interface {
	sqlx.ExtContext
	GetContext(ctx context.Context, dest any, query string, args ...any) error
	SelectContext(ctx context.Context, dest any, query string, args ...any) error
}

var (
	_ DataSource = (*sqlx.DB)(nil)
	_ DataSource = (*sqlx.Tx)(nil)
)

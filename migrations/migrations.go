// Package migrations holds the database schema as SQL files, embedded in the
// binary, and applies them with goose. `inft migrate` and every start-up run Up.
package migrations

import (
	"context"
	"database/sql"
	"embed"
	"fmt"

	"github.com/pressly/goose/v3"
	"github.com/riverqueue/river/riverdriver/riverdatabasesql"
	"github.com/riverqueue/river/rivermigrate"
)

//go:embed *.sql
var files embed.FS

// Up applies every migration not yet applied to db, ours then River's, and
// returns how many ran.
// Concurrent callers are serialized by goose's session lock.
func Up(ctx context.Context, db *sql.DB) (int, error) {
	p, err := provider(db)
	if err != nil {
		return 0, err
	}
	results, err := p.Up(ctx)
	if err != nil {
		return len(results), fmt.Errorf("migrate: %w", err)
	}
	// River's own tables (the relayer's job queue), in the same schema.
	m, err := rivermigrate.New(riverdatabasesql.New(db), nil)
	if err != nil {
		return len(results), fmt.Errorf("migrate river: %w", err)
	}
	river, err := m.Migrate(ctx, rivermigrate.DirectionUp, nil)
	if err != nil {
		return len(results), fmt.Errorf("migrate river: %w", err)
	}
	return len(results) + len(river.Versions), nil
}

// Version returns the newest migration applied to db.
func Version(ctx context.Context, db *sql.DB) (int64, error) {
	p, err := provider(db)
	if err != nil {
		return 0, err
	}
	return p.GetDBVersion(ctx)
}

func provider(db *sql.DB) (*goose.Provider, error) {
	p, err := goose.NewProvider(goose.DialectPostgres, db, files)
	if err != nil {
		return nil, fmt.Errorf("migrate: %w", err)
	}
	return p, nil
}

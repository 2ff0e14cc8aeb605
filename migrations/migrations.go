// Package migrations holds the database schema as SQL files, embedded in the
// binary, and applies them with goose. `inft migrate` and every start-up run Up.
package migrations

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"

	"github.com/pressly/goose/v3"
	"github.com/pressly/goose/v3/lock"
	"github.com/riverqueue/river/riverdriver/riverdatabasesql"
	"github.com/riverqueue/river/rivermigrate"
)

//go:embed *.sql
var files embed.FS

// Up applies every migration not yet applied to db, ours then River's, and
// returns how many ran.
//
// Replicas that start together all call Up: a PostgreSQL session advisory
// lock per schema (goose's session locker) lets one migrate while the others
// wait, then find nothing left to do. Schemas do not wait for each other.
func Up(ctx context.Context, db *sql.DB) (int, error) {
	id, err := LockID(ctx, db)
	if err != nil {
		return 0, err
	}
	p, err := provider(db, id)
	if err != nil {
		return 0, err
	}
	results, err := p.Up(ctx)
	if err != nil {
		return len(results), fmt.Errorf("migrate: %w", err)
	}
	// River's own tables (the relayer's job queue), in the same schema, under
	// a lock of their own: goose's is released when its Up returns.
	n, err := riverUp(ctx, db, id+1)
	if err != nil {
		return len(results), fmt.Errorf("migrate river: %w", err)
	}
	return len(results) + n, nil
}

func riverUp(ctx context.Context, db *sql.DB, id int64) (n int, err error) {
	locker, err := sessionLocker(id)
	if err != nil {
		return 0, err
	}
	conn, err := db.Conn(ctx)
	if err != nil {
		return 0, err
	}
	defer conn.Close()
	if err := locker.SessionLock(ctx, conn); err != nil {
		return 0, err
	}
	defer func() {
		err = errors.Join(err, locker.SessionUnlock(context.WithoutCancel(ctx), conn))
	}()
	m, err := rivermigrate.New(riverdatabasesql.New(db), nil)
	if err != nil {
		return 0, err
	}
	res, err := m.Migrate(ctx, rivermigrate.DirectionUp, nil)
	if err != nil {
		return 0, err
	}
	// The generation jobs by request: every lookup of a request's jobs
	// (the indexer dropping those of settled requests, the relayer's
	// admin and sweeps) reads args->>'request_id', which River does not
	// index. After River's migrations, which create the table, and under
	// their lock, so that replicas starting together do not race to make
	// it; idempotent.
	if _, err := conn.ExecContext(ctx, `CREATE INDEX IF NOT EXISTS river_job_request ON river_job ((args->>'request_id'))
		WHERE kind = 'generate'`); err != nil {
		return len(res.Versions), fmt.Errorf("index river_job by request: %w", err)
	}
	return len(res.Versions), nil
}

// LockID returns the advisory lock key Up holds while it migrates db's
// current schema (River's migrations hold the next key).
func LockID(ctx context.Context, db *sql.DB) (int64, error) {
	var id int64
	if err := db.QueryRowContext(ctx, `SELECT hashtextextended('inft-migrate:' || current_schema(), 0)`).Scan(&id); err != nil {
		return 0, fmt.Errorf("migrate: %w", err)
	}
	return id, nil
}

// sessionLocker waits for the lock up to 5 minutes, asking every second
// (goose's shortest period): another replica's migrations take seconds.
func sessionLocker(id int64) (lock.SessionLocker, error) {
	return lock.NewPostgresSessionLocker(lock.WithLockID(id), lock.WithLockTimeout(1, 300))
}

// Version returns the newest migration applied to db.
func Version(ctx context.Context, db *sql.DB) (int64, error) {
	p, err := provider(db, 0)
	if err != nil {
		return 0, err
	}
	return p.GetDBVersion(ctx)
}

// provider is goose's over db, holding lock id while it migrates (none when 0).
func provider(db *sql.DB, id int64) (*goose.Provider, error) {
	var opts []goose.ProviderOption
	if id != 0 {
		locker, err := sessionLocker(id)
		if err != nil {
			return nil, fmt.Errorf("migrate: %w", err)
		}
		opts = append(opts, goose.WithSessionLocker(locker))
	}
	p, err := goose.NewProvider(goose.DialectPostgres, db, files, opts...)
	if err != nil {
		return nil, fmt.Errorf("migrate: %w", err)
	}
	return p, nil
}

// Package pg holds the two PostgreSQL habits the services share: running a
// function in a transaction, and holding a session advisory lock so that one
// instance of a writer works while the others wait.
package pg

import (
	"context"
	"database/sql"
	"fmt"
	"hash/fnv"
	"sync"
	"time"

	"github.com/jmoiron/sqlx"
)

// Pool sizes a connection pool for the services: up to open connections, of
// which up to idle are kept open between uses (database/sql keeps 2 by
// default, and a busy relayer would then connect anew, a new PostgreSQL
// process each time, for most queries), closing those idle for a minute.
func Pool(db *sqlx.DB, open, idle int) {
	db.SetMaxOpenConns(open)
	db.SetMaxIdleConns(idle)
	db.SetConnMaxIdleTime(time.Minute)
}

// Stmts prepares each query once for a pool. database/sql then prepares it
// once per connection, at its first use there, and PostgreSQL neither parses
// nor plans it again: for the queries a service runs all the time.
type Stmts struct {
	DB *sqlx.DB
	m  sync.Map // query → *sqlx.Stmt
}

// Prepared returns query prepared on the pool.
func (s *Stmts) Prepared(ctx context.Context, query string) (*sqlx.Stmt, error) {
	if st, ok := s.m.Load(query); ok {
		return st.(*sqlx.Stmt), nil
	}
	fresh, err := s.DB.PreparexContext(ctx, query)
	if err != nil {
		return nil, err
	}
	if st, loaded := s.m.LoadOrStore(query, fresh); loaded {
		fresh.Close()
		return st.(*sqlx.Stmt), nil
	}
	return fresh, nil
}

// Select runs a prepared query for rows.
func (s *Stmts) Select(ctx context.Context, dest any, query string, args ...any) error {
	st, err := s.Prepared(ctx, query)
	if err != nil {
		return err
	}
	return st.SelectContext(ctx, dest, args...)
}

// Transact runs f in a transaction, committing when it returns nil.
func Transact(ctx context.Context, db *sqlx.DB, f func(*sqlx.Tx) error) error {
	return TransactOpts(ctx, db, nil, f)
}

// Snapshot runs f in a read-only repeatable-read transaction: every query
// sees the database as of the first.
func Snapshot(ctx context.Context, db *sqlx.DB, f func(*sqlx.Tx) error) error {
	return TransactOpts(ctx, db, &sql.TxOptions{Isolation: sql.LevelRepeatableRead, ReadOnly: true}, f)
}

// TransactOpts is Transact with transaction options.
func TransactOpts(ctx context.Context, db *sqlx.DB, opts *sql.TxOptions, f func(*sqlx.Tx) error) error {
	tx, err := db.BeginTxx(ctx, opts)
	if err != nil {
		return err
	}
	if err := f(tx); err != nil {
		_ = tx.Rollback()
		return err
	}
	return tx.Commit()
}

// Lock takes the session advisory lock named name on a connection of its
// own, polling every second while another session holds it (calling waiting
// once, to say so). The returned function releases it.
func Lock(ctx context.Context, db *sqlx.DB, name string, waiting func()) (func(), error) {
	conn, err := db.Connx(ctx)
	if err != nil {
		return nil, fmt.Errorf("lock %s: %w", name, err)
	}
	h := fnv.New64a()
	h.Write([]byte(name))
	key := int64(h.Sum64())
	told := false
	for {
		var ok bool
		if err := conn.GetContext(ctx, &ok, `SELECT pg_try_advisory_lock($1)`, key); err != nil {
			conn.Close()
			return nil, fmt.Errorf("lock %s: %w", name, err)
		}
		if ok {
			return func() {
				ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
				defer cancel()
				_, _ = conn.ExecContext(ctx, `SELECT pg_advisory_unlock($1)`, key)
				conn.Close()
			}, nil
		}
		if !told && waiting != nil {
			waiting()
			told = true
		}
		select {
		case <-ctx.Done():
			conn.Close()
			return nil, ctx.Err()
		case <-time.After(time.Second):
		}
	}
}

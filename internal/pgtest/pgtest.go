// Package pgtest gives each test its own empty PostgreSQL schema on a real
// server, so that the packages of `go test ./...` run in parallel without
// seeing each other's rows.
//
// It connects to TEST_DATABASE_URL (default DefaultURL), creates that database
// when it is missing, and refuses any database whose name does not end in
// "_test", so a mistyped URL can never touch real data.
package pgtest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net/url"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jmoiron/sqlx"

	"github.com/inft-labs/inft/internal/pg"
	"github.com/lib/pq"
)

// DefaultURL is used when TEST_DATABASE_URL is unset: the local server that
// `make test` starts, with trust authentication.
const DefaultURL = "postgres://postgres@127.0.0.1:5432/inft_test?sslmode=disable"

// DB is a connection pool whose search_path is the test's own schema.
type DB struct {
	*sqlx.DB
	// Schema is the test's schema, dropped when the test ends.
	Schema string
	// URL connects to the same database with the same search_path, for code
	// under test that opens its own connections (or a subprocess).
	URL string
}

// New creates a fresh schema for the test and returns a pool bound to it.
// The schema is dropped and the pool closed when the test ends.
func New(tb testing.TB) *DB {
	tb.Helper()
	base, err := BaseURL()
	if err != nil {
		tb.Fatalf("pgtest: %v", err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := ensureDatabase(ctx, base); err != nil {
		tb.Fatalf("pgtest: %v", err)
	}

	schema := "t_" + randomHex(8)
	admin, err := pg.Connect(ctx, base)
	if err != nil {
		tb.Fatalf("pgtest: connect: %v", err)
	}
	defer admin.Close()
	if _, err := admin.ExecContext(ctx, "CREATE SCHEMA "+pq.QuoteIdentifier(schema)); err != nil {
		tb.Fatalf("pgtest: create schema: %v", err)
	}

	scoped := withSearchPath(base, schema)
	db, err := pg.Connect(ctx, scoped)
	if err != nil {
		tb.Fatalf("pgtest: connect to schema %s: %v", schema, err)
	}
	// Sized as the services size theirs, with fewer idle connections: many
	// tests run at once against one server of 100 connections.
	pg.Pool(db, 40, 8)
	tb.Cleanup(func() {
		_ = db.Close()
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		admin, err := pg.Connect(ctx, base)
		if err != nil {
			tb.Errorf("pgtest: drop schema %s: %v", schema, err)
			return
		}
		defer admin.Close()
		if _, err := admin.ExecContext(ctx, "DROP SCHEMA "+pq.QuoteIdentifier(schema)+" CASCADE"); err != nil {
			tb.Errorf("pgtest: drop schema %s: %v", schema, err)
		}
	})
	return &DB{DB: db, Schema: schema, URL: scoped}
}

// BaseURL returns TEST_DATABASE_URL or DefaultURL, after checking that it
// names a database ending in "_test".
func BaseURL() (string, error) {
	raw := os.Getenv("TEST_DATABASE_URL")
	if raw == "" {
		raw = DefaultURL
	}
	name, err := DatabaseName(raw)
	if err != nil {
		return "", err
	}
	if !strings.HasSuffix(name, "_test") {
		return "", fmt.Errorf("refusing database %q: test databases must end in _test (set TEST_DATABASE_URL)", name)
	}
	return raw, nil
}

// DatabaseName returns the database a postgres:// URL names.
func DatabaseName(raw string) (string, error) {
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "postgres" && u.Scheme != "postgresql") {
		return "", fmt.Errorf("TEST_DATABASE_URL is not a postgres:// URL")
	}
	name := strings.TrimPrefix(u.Path, "/")
	if name == "" {
		return "", fmt.Errorf("TEST_DATABASE_URL names no database")
	}
	return name, nil
}

var ensured sync.Map // base URL -> struct{}

// ensureDatabase creates the test database when the server lacks it. Several
// test binaries may race to create it; the loser's "already exists" is fine.
func ensureDatabase(ctx context.Context, base string) error {
	if _, ok := ensured.Load(base); ok {
		return nil
	}
	if _, err := pg.EnsureDatabase(ctx, base); err != nil {
		return fmt.Errorf("%s: %w (is PostgreSQL running? `make test` starts it)", redact(base), err)
	}
	ensured.Store(base, struct{}{})
	return nil
}

func withSearchPath(base, schema string) string {
	u, _ := url.Parse(base)
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}

func redact(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return "TEST_DATABASE_URL"
	}
	return u.Redacted()
}

func randomHex(n int) string {
	b := make([]byte, n)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

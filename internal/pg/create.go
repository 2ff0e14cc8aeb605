package pg

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"strings"

	"github.com/jmoiron/sqlx"
	"github.com/lib/pq"
)

// Connect opens a pool on rawURL and checks that the server answers; a pool
// that cannot connect is closed (sqlx.ConnectContext leaves it open, with
// its connection-opening goroutine).
func Connect(ctx context.Context, rawURL string) (*sqlx.DB, error) {
	db, err := sqlx.ConnectContext(ctx, "postgres", rawURL)
	if err != nil {
		if db != nil {
			_ = db.Close()
		}
		return nil, err
	}
	return db, nil
}

// EnsureDatabase creates the database that rawURL (a postgres:// URL)
// names when the server lacks it, through the server's postgres database,
// and says whether it did. Several processes may race to create it; the
// loser's "already exists" is fine.
func EnsureDatabase(ctx context.Context, rawURL string) (created bool, err error) {
	db, err := Connect(ctx, rawURL)
	if err == nil {
		return false, db.Close()
	}
	var pqErr *pq.Error
	if !errors.As(err, &pqErr) || pqErr.Code != "3D000" { // invalid_catalog_name
		return false, err
	}
	u, perr := url.Parse(rawURL)
	name := ""
	if perr == nil {
		name = strings.TrimPrefix(u.Path, "/")
	}
	if perr != nil || (u.Scheme != "postgres" && u.Scheme != "postgresql") || name == "" {
		return false, fmt.Errorf("%w (and it is not a postgres:// URL naming a database, to create it from)", err)
	}
	u.Path = "/postgres"
	server, err := Connect(ctx, u.String())
	if err != nil {
		return false, fmt.Errorf("connect to the postgres database to create %s: %w", name, err)
	}
	defer server.Close()
	_, err = server.ExecContext(ctx, "CREATE DATABASE "+pq.QuoteIdentifier(name))
	if err != nil && !(errors.As(err, &pqErr) && (pqErr.Code == "42P04" || pqErr.Code == "23505")) {
		return false, fmt.Errorf("create database %s: %w", name, err)
	}
	return err == nil, nil
}

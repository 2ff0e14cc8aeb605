package main

import (
	"context"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/inft-labs/inft/config"
	"github.com/inft-labs/inft/internal/pgtest"
	"github.com/inft-labs/inft/ipfs"
	"github.com/inft-labs/inft/migrations"
)

// The gateway of `inft run` serves an output with the type the relayer
// stored with it (generation_outputs.mime) and its metadata as JSON, so a
// text output that begins with <html is text; content with no stored type
// is never served as a page; while the database is down it says so rather
// than guess a type that caches would keep.
func TestGatewayServesStoredTypes(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	db := pgtest.New(t)
	_, err := migrations.Up(ctx, db.DB.DB)
	require.NoError(t, err)
	st, gateway, err := store(ctx, &config.Config{}, db.DB, t.TempDir())
	require.NoError(t, err)
	require.NotNil(t, gateway)

	page := `<html><body><script>fetch("/graphql")</script></body></html>`
	output, err := st.Put(ctx, []byte(page))
	require.NoError(t, err)
	meta, err := ipfs.PutJSON(ctx, st, map[string]string{"name": "INFT #1", "image": ipfs.URI(output)})
	require.NoError(t, err)
	// Text with control characters, which sniffing takes for binary.
	control, err := st.Put(ctx, []byte("bell \x07, escape \x1b[31m, NUL \x00: still text"))
	require.NoError(t, err)
	foreign, err := st.Put(ctx, []byte(page+"<!-- not an output -->"))
	require.NoError(t, err)
	for i, c := range []string{output, control} {
		db.MustExec(`INSERT INTO generation_outputs (request_id, provider, model, mime, output_cid, metadata_cid, cost_usd, attempts)
			VALUES ($1, 'local', 'local-text', 'text/plain; charset=utf-8', $2, $3, 0, '[]')`, i+1, c, meta)
	}

	srv := httptest.NewServer(gateway)
	defer srv.Close()
	get := func(c string) *http.Response {
		resp, err := http.Get(srv.URL + "/ipfs/" + c)
		require.NoError(t, err)
		resp.Body.Close()
		return resp
	}
	for c, want := range map[string]string{
		output:  "text/plain; charset=utf-8",
		meta:    "application/json",
		control: "text/plain; charset=utf-8",
		foreign: "text/plain; charset=utf-8",
	} {
		resp := get(c)
		require.Equal(t, http.StatusOK, resp.StatusCode)
		require.Equal(t, want, resp.Header.Get("Content-Type"), c)
		require.Equal(t, "nosniff", resp.Header.Get("X-Content-Type-Options"))
		require.Equal(t, ipfs.Policy, resp.Header.Get("Content-Security-Policy"))
	}

	require.NoError(t, db.Close())
	require.Equal(t, http.StatusServiceUnavailable, get(output).StatusCode)
}

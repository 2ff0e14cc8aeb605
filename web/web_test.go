package web_test

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/inft-labs/inft/graph"
	"github.com/inft-labs/inft/internal/pgtest"
	"github.com/inft-labs/inft/migrations"
	"github.com/inft-labs/inft/web"
)

func serve(t *testing.T, cfg graph.Config) *httptest.Server {
	t.Helper()
	db := pgtest.New(t)
	_, err := migrations.Up(context.Background(), db.DB.DB)
	require.NoError(t, err)
	cfg.DB, cfg.ChainID = db.DB, "1337"
	api, err := graph.NewHandler(cfg)
	require.NoError(t, err)
	pages, err := web.NewHandler(web.Config{API: api})
	require.NoError(t, err)
	mux := http.NewServeMux()
	mux.Handle("/graphql", api)
	mux.Handle("/", pages)
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func get(t *testing.T, url string) (*http.Response, string) {
	t.Helper()
	resp, err := http.Get(url)
	require.NoError(t, err)
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	return resp, string(b)
}

// The pages render from an empty database, refuse what is not an id with a
// page of their own, keep to their own scripts, and ship the vendored
// scripts with their licences.
func TestPages(t *testing.T) {
	t.Parallel()
	srv := serve(t, graph.Config{})

	resp, body := get(t, srv.URL+"/")
	require.Equal(t, http.StatusOK, resp.StatusCode)
	require.Contains(t, body, "No image yet")
	require.Contains(t, body, "No agent is indexed yet.")
	require.Contains(t, resp.Header.Get("Content-Security-Policy"), "default-src 'self'")
	require.Equal(t, "nosniff", resp.Header.Get("X-Content-Type-Options"))
	require.NotContains(t, body, "/graphiql", "no GraphiQL link unless it is served")

	for path, want := range map[string]int{
		"/market":                            http.StatusOK,
		"/dashboard":                         http.StatusOK,
		"/agents/7":                          http.StatusNotFound,
		"/generations/7":                     http.StatusNotFound,
		"/agents/seven":                      http.StatusBadRequest,
		"/generations/-1":                    http.StatusBadRequest,
		"/agents/" + strings.Repeat("9", 79): http.StatusBadRequest,
		"/agents/%00":                        http.StatusBadRequest,
		"/nothing/here":                      http.StatusNotFound,
	} {
		resp, body := get(t, srv.URL+path)
		require.Equal(t, want, resp.StatusCode, path)
		require.Contains(t, body, "</html>", path)
		require.Equal(t, "text/html; charset=utf-8", resp.Header.Get("Content-Type"), path)
	}
	_, body = get(t, srv.URL+"/agents/7")
	require.Contains(t, body, "Agent #7 does not exist")

	resp, body = get(t, srv.URL+"/static/vendor/graphql-ws-6.4.2/graphql-ws.min.js")
	require.Equal(t, http.StatusOK, resp.StatusCode)
	require.Contains(t, resp.Header.Get("Content-Type"), "javascript")
	require.Contains(t, resp.Header.Get("Cache-Control"), "immutable")
	require.Contains(t, body, "graphqlWs")
	for _, licence := range []string{"/static/vendor/graphql-ws-6.4.2/LICENSE.md", "/static/vendor/uplot-1.6.32/LICENSE"} {
		resp, body := get(t, srv.URL+licence)
		require.Equal(t, http.StatusOK, resp.StatusCode, licence)
		require.Contains(t, body, "MIT", licence)
	}

	post, err := http.Post(srv.URL+"/", "text/plain", strings.NewReader("x"))
	require.NoError(t, err)
	post.Body.Close()
	require.Equal(t, http.StatusMethodNotAllowed, post.StatusCode)
}

// A page's queries count against its visitor's rate limit: a flood of page
// views is refused as the API refuses a flood of queries.
func TestPagesAreRateLimited(t *testing.T) {
	t.Parallel()
	srv := serve(t, graph.Config{RateLimit: 1})
	statuses := map[int]int{}
	for range 5 {
		resp, body := get(t, srv.URL+"/")
		statuses[resp.StatusCode]++
		if resp.StatusCode == http.StatusTooManyRequests {
			require.Contains(t, body, "too many requests")
			require.Equal(t, "1", resp.Header.Get("Retry-After"))
		}
	}
	require.Positive(t, statuses[http.StatusTooManyRequests], "%v", statuses)
}

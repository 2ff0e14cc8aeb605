package ipfs_test

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/ipfs/go-cid"
	"github.com/stretchr/testify/require"

	"github.com/inft-labs/inft/ipfs"
)

func TestLocalStore(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s, err := ipfs.NewLocal(t.TempDir())
	require.NoError(t, err)

	c, err := s.Put(ctx, []byte("hello inft"))
	require.NoError(t, err)
	parsed, err := cid.Decode(c)
	require.NoError(t, err, "a valid CID")
	require.Equal(t, uint64(1), parsed.Version())
	require.Equal(t, uint64(cid.Raw), parsed.Type())
	require.Equal(t, "bafkreieo3mv2hnwttfcegpgl4uhu7kqcijmhxn2a7mku6bo6eubp4qgtky", c,
		"stable (TestKuboStore checks that a Kubo node gives the same CID)")

	again, err := s.Put(ctx, []byte("hello inft"))
	require.NoError(t, err)
	require.Equal(t, c, again, "content addressed: same bytes, same CID")
	got, err := s.Get(ctx, c)
	require.NoError(t, err)
	require.Equal(t, "hello inft", string(got))

	meta, err := ipfs.PutJSON(ctx, s, map[string]any{"name": "INFT #1", "image": ipfs.URI(c)})
	require.NoError(t, err)
	got, err = s.Get(ctx, meta)
	require.NoError(t, err)
	require.JSONEq(t, `{"name":"INFT #1","image":"ipfs://`+c+`"}`, string(got))

	_, err = s.Get(ctx, ipfs.CIDOf([]byte("never stored")))
	require.ErrorIs(t, err, ipfs.ErrNotFound)
	_, err = s.Get(ctx, "not-a-cid")
	require.ErrorContains(t, err, "is not a CID")
}

func TestLocalStoreServesGateway(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s, err := ipfs.NewLocal(t.TempDir())
	require.NoError(t, err)
	png := []byte("\x89PNG\r\n\x1a\n" + "rest of a picture")
	c, err := s.Put(ctx, png)
	require.NoError(t, err)
	meta, err := ipfs.PutJSON(ctx, s, map[string]string{"name": "x"})
	require.NoError(t, err)
	srv := httptest.NewServer(s.Handler())
	defer srv.Close()

	get := func(path string, header ...string) *http.Response {
		req, _ := http.NewRequest(http.MethodGet, srv.URL+path, nil)
		if len(header) == 2 {
			req.Header.Set(header[0], header[1])
		}
		resp, err := http.DefaultClient.Do(req)
		require.NoError(t, err)
		t.Cleanup(func() { resp.Body.Close() })
		return resp
	}
	resp := get("/ipfs/" + c)
	require.Equal(t, http.StatusOK, resp.StatusCode)
	require.Equal(t, "image/png", resp.Header.Get("Content-Type"))
	require.Contains(t, resp.Header.Get("Cache-Control"), "immutable")
	body, _ := io.ReadAll(resp.Body)
	require.Equal(t, png, body)

	resp = get("/ipfs/" + meta)
	require.Equal(t, "application/json", resp.Header.Get("Content-Type"))
	require.Equal(t, http.StatusNotModified, get("/ipfs/"+c, "If-None-Match", `"`+c+`"`).StatusCode)
	require.Equal(t, http.StatusNotFound, get("/ipfs/"+ipfs.CIDOf([]byte("nope"))).StatusCode)
	require.Equal(t, http.StatusBadRequest, get("/ipfs/nope").StatusCode)
}

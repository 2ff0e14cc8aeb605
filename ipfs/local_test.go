package ipfs_test

import (
	"bytes"
	"context"
	"io"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"

	"github.com/ipfs/go-cid"
	"github.com/multiformats/go-multihash"
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
	md5, err := multihash.Sum([]byte("hello inft"), multihash.MD5, -1)
	require.NoError(t, err)
	_, err = s.Get(ctx, cid.NewCidV1(cid.Raw, md5).String())
	require.ErrorIs(t, err, ipfs.ErrNotFound, "a hash the store never uses")
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
		resp, _ := fetch(t, srv.URL+path, header...)
		return resp
	}
	resp, body := fetch(t, srv.URL+"/ipfs/"+c)
	require.Equal(t, http.StatusOK, resp.StatusCode)
	require.Equal(t, "image/png", resp.Header.Get("Content-Type"))
	require.Contains(t, resp.Header.Get("Cache-Control"), "immutable")
	require.Equal(t, png, body)

	resp = get("/ipfs/" + meta)
	require.Equal(t, "application/json", resp.Header.Get("Content-Type"))
	require.Equal(t, http.StatusNotModified, get("/ipfs/"+c, "If-None-Match", `"`+c+`"`).StatusCode)
	require.Equal(t, http.StatusNotFound, get("/ipfs/"+ipfs.CIDOf([]byte("nope"))).StatusCode)
	require.Equal(t, http.StatusBadRequest, get("/ipfs/nope").StatusCode)
}

// The local store's CIDs are Kubo's: the same bytes added to a real node (as
// the Kubo store adds them: CIDv1, raw leaves, the default 256 KiB chunks and
// balanced layout) give the same CID, for one block and for many.
func TestLocalStoreCIDsMatchKubo(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	k := ipfs.NewKubo(startKubo(t), 8<<20)
	s, err := ipfs.NewLocal(t.TempDir())
	require.NoError(t, err)

	for _, tc := range []struct {
		name string
		size int
	}{
		{"empty", 0},
		{"1 KiB", 1 << 10},
		{"one whole chunk", 256 << 10},
		{"one byte past a chunk", 256<<10 + 1},
		{"300 KiB", 300 << 10},
		{"1 MiB", 1 << 20},
		{"5 MiB", 5 << 20},
		{"two levels of links (175 chunks)", 174*chunk + 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			data := pseudoRandom(tc.size)
			want, err := k.Put(ctx, data)
			require.NoError(t, err)
			got, err := s.Put(ctx, data)
			require.NoError(t, err)
			require.Equal(t, want, got, "the local store's CID of %d bytes", tc.size)

			back, err := s.Get(ctx, got)
			require.NoError(t, err)
			require.True(t, bytes.Equal(data, back), "the local store reads back what it stored")
		})
	}
}

// pseudoRandom returns n bytes that are the same on every run.
func pseudoRandom(n int) []byte {
	b := make([]byte, n)
	_, _ = rand.NewChaCha8([32]byte{'i', 'n', 'f', 't'}).Read(b)
	return b
}

// Content of many blocks reads back whole and in ranges, after the store is
// opened again, and its CID is CIDOf's.
func TestLocalStoreManyBlocks(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	dir := t.TempDir()
	s, err := ipfs.NewLocal(dir)
	require.NoError(t, err)
	data := pseudoRandom(5<<20 + 12345)
	c, err := s.Put(ctx, data)
	require.NoError(t, err)
	require.Equal(t, ipfs.CIDOf(data), c)
	parsed, err := cid.Decode(c)
	require.NoError(t, err)
	require.Equal(t, uint64(cid.DagProtobuf), parsed.Type(), "a UnixFS file node links the chunks")
	again, err := s.Put(ctx, data)
	require.NoError(t, err)
	require.Equal(t, c, again)

	reopened, err := ipfs.NewLocal(dir)
	require.NoError(t, err)
	got, err := reopened.Get(ctx, c)
	require.NoError(t, err)
	require.True(t, bytes.Equal(data, got), "the whole content, from disk")

	f, err := reopened.Open(ctx, c)
	require.NoError(t, err)
	size, err := f.Seek(0, io.SeekEnd)
	require.NoError(t, err)
	require.Equal(t, int64(len(data)), size)
	for _, r := range [][2]int{{0, 10}, {chunk - 5, chunk + 5}, {3*chunk + 7, 4*chunk + 9}, {len(data) - 3, len(data)}, {100, 2 * chunk}} {
		_, err := f.Seek(int64(r[0]), io.SeekStart)
		require.NoError(t, err)
		part := make([]byte, r[1]-r[0])
		_, err = io.ReadFull(f, part)
		require.NoError(t, err)
		require.True(t, bytes.Equal(data[r[0]:r[1]], part), "bytes %d-%d", r[0], r[1])
	}
	_, err = f.Seek(0, io.SeekEnd)
	require.NoError(t, err)
	n, err := f.Read(make([]byte, 1))
	require.Equal(t, 0, n)
	require.ErrorIs(t, err, io.EOF, "after the last byte")
	_, err = f.Seek(-1, io.SeekStart)
	require.Error(t, err)
}

// chunk is the size of the chunks Kubo and the local store cut content into.
const chunk = 256 << 10

// A block gone from, or changed in, the store's directory is an error that
// names it, not content short of it.
func TestLocalStoreDamagedBlocks(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	dir := t.TempDir()
	s, err := ipfs.NewLocal(dir)
	require.NoError(t, err)
	data := pseudoRandom(3 * chunk)
	c, err := s.Put(ctx, data)
	require.NoError(t, err)
	second := ipfs.CIDOf(data[chunk : 2*chunk]) // a chunk is a raw leaf: its CID is its content's
	require.FileExists(t, filepath.Join(dir, second))

	require.NoError(t, os.Rename(filepath.Join(dir, second), filepath.Join(dir, "aside")))
	_, err = s.Get(ctx, c)
	require.ErrorContains(t, err, "block "+second+" of "+c+" is missing")
	require.NotErrorIs(t, err, ipfs.ErrNotFound, "the content is there, damaged")
	f, err := s.Open(ctx, c)
	require.NoError(t, err, "the root is there")
	head := make([]byte, 10)
	_, err = io.ReadFull(f, head)
	require.NoError(t, err, "the first chunk is there")
	require.Equal(t, data[:10], head)

	require.NoError(t, os.WriteFile(filepath.Join(dir, second), data[:chunk], 0o644))
	_, err = s.Get(ctx, c)
	require.ErrorContains(t, err, "block "+second+" does not match its CID")

	require.NoError(t, os.Rename(filepath.Join(dir, "aside"), filepath.Join(dir, second)))
	got, err := s.Get(ctx, c)
	require.NoError(t, err)
	require.True(t, bytes.Equal(data, got))

	require.NoError(t, os.WriteFile(filepath.Join(dir, c), []byte("not a node"), 0o644))
	_, err = s.Get(ctx, c)
	require.ErrorContains(t, err, "does not match its CID")
}

// A directory written before the store chunked content holds large content
// as one raw block under its raw CID; it still reads, whole and in ranges.
func TestLocalStoreReadsUnchunkedFiles(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	dir := t.TempDir()
	data := pseudoRandom(2*chunk + 1)
	mh, err := multihash.Sum(data, multihash.SHA2_256, -1)
	require.NoError(t, err)
	old := cid.NewCidV1(cid.Raw, mh).String()
	require.NoError(t, os.WriteFile(filepath.Join(dir, old), data, 0o644))

	s, err := ipfs.NewLocal(dir)
	require.NoError(t, err)
	got, err := s.Get(ctx, old)
	require.NoError(t, err)
	require.True(t, bytes.Equal(data, got))
	f, err := s.Open(ctx, old)
	require.NoError(t, err)
	_, err = f.Seek(chunk, io.SeekStart)
	require.NoError(t, err)
	part := make([]byte, 100)
	_, err = io.ReadFull(f, part)
	require.NoError(t, err)
	require.Equal(t, data[chunk:chunk+100], part)

	c, err := s.Put(ctx, data)
	require.NoError(t, err)
	require.NotEqual(t, old, c, "stored again, it gets Kubo's CID")
	got, err = s.Get(ctx, c)
	require.NoError(t, err)
	require.True(t, bytes.Equal(data, got))
}

package ipfs_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/inft-labs/inft/ipfs"
)

// The gateway serves on the API's own origin: whatever a model wrote, or
// anyone stored, is never a page that runs there. It sends the type stored
// with the content when a browser only displays that type, else a safe one;
// never lets the browser sniff; sandboxes what it serves; and answers Range.
func TestGatewayServesContentSafely(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s, err := ipfs.NewLocal(t.TempDir())
	require.NoError(t, err)
	put := func(data string) string {
		c, err := s.Put(ctx, []byte(data))
		require.NoError(t, err)
		return c
	}
	page := `<html><body><script>fetch("/graphql",{method:"POST"})</script></body></html>`
	png := "\x89PNG\r\n\x1a\n" + "rest of a picture"
	var (
		textOutput  = put(page)
		pngOutput   = put(png)
		metadata    = put(`{"name":"INFT #1","description":"<script>alert(1)</script>"}`)
		liar        = put(page + " ")
		foreignHTML = put("<!DOCTYPE html><script>alert(1)</script>")
		foreignSVG  = put(`<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>`)
		foreignPDF  = put("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
		foreignPNG  = put(png + "!")
		foreignJSON = put(`[1,2,3]`)
		foreignText = put("plain words")
		largeJSON   = put("[" + strings.Repeat("1,", 600_000) + "1]")
		utf7        = put("+ADw-script+AD4-alert(1)+ADw-/script+AD4-")
		failing     = put("the lookup fails for this one")
	)
	stored := map[string]string{
		textOutput: "text/plain; charset=utf-8",
		pngOutput:  "image/png",
		metadata:   "application/json",
		liar:       "text/html", // a provider that says so: still not a page
		utf7:       "text/plain; charset=utf-7",
	}
	g := ipfs.NewGateway(s, func(_ context.Context, c string) (string, error) {
		if c == failing {
			return "", errors.New("database down")
		}
		return stored[c], nil
	})
	srv := httptest.NewServer(g)
	defer srv.Close()

	get := func(c string, header ...string) (*http.Response, string) {
		resp, body := fetch(t, srv.URL+"/ipfs/"+c, header...)
		return resp, string(body)
	}
	for _, tc := range []struct {
		name, cid, want string
	}{
		{"a text output that looks like HTML", textOutput, "text/plain; charset=utf-8"},
		{"an image output", pngOutput, "image/png"},
		{"an output's metadata", metadata, "application/json"},
		{"a stored type a browser would run", liar, "text/plain; charset=utf-8"},
		{"HTML stored by someone else", foreignHTML, "text/plain; charset=utf-8"},
		{"SVG stored by someone else", foreignSVG, "text/plain; charset=utf-8"},
		{"a PDF stored by someone else", foreignPDF, "application/octet-stream"},
		{"an image stored by someone else", foreignPNG, "image/png"},
		{"JSON stored by someone else", foreignJSON, "application/json"},
		{"text stored by someone else", foreignText, "text/plain; charset=utf-8"},
		{"JSON over 1 MiB stored by someone else, not read whole to tell", largeJSON, "text/plain; charset=utf-8"},
		{"text stored as UTF-7, which could read as markup", utf7, "text/plain; charset=utf-8"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			resp, _ := get(tc.cid)
			require.Equal(t, http.StatusOK, resp.StatusCode)
			require.Equal(t, tc.want, resp.Header.Get("Content-Type"))
			require.Equal(t, "nosniff", resp.Header.Get("X-Content-Type-Options"))
			csp := resp.Header.Get("Content-Security-Policy")
			require.Contains(t, csp, "sandbox")
			require.Contains(t, csp, "default-src 'none'")
			require.Contains(t, resp.Header.Get("Cache-Control"), "immutable")
			require.Equal(t, `"`+tc.cid+`"`, resp.Header.Get("ETag"))
		})
	}

	resp, body := get(pngOutput, "Range", "bytes=0-3")
	require.Equal(t, http.StatusPartialContent, resp.StatusCode)
	require.Equal(t, "bytes 0-3/"+itoa(len(png)), resp.Header.Get("Content-Range"))
	require.Equal(t, png[:4], body)
	require.Equal(t, "nosniff", resp.Header.Get("X-Content-Type-Options"))
	resp, body = get(pngOutput, "Range", "bytes=4-", "If-Range", `"`+pngOutput+`"`)
	require.Equal(t, http.StatusPartialContent, resp.StatusCode)
	require.Equal(t, png[4:], body)
	resp, _ = get(pngOutput, "Range", "bytes=1000-")
	require.Equal(t, http.StatusRequestedRangeNotSatisfiable, resp.StatusCode)
	resp, body = get(textOutput, "If-None-Match", `"`+textOutput+`"`)
	require.Equal(t, http.StatusNotModified, resp.StatusCode)
	require.Empty(t, body)

	resp, body = get(failing)
	require.Equal(t, http.StatusServiceUnavailable, resp.StatusCode, "not served with a guessed type that caches would keep")
	require.NotContains(t, body, "database down")
	require.Empty(t, resp.Header.Get("Cache-Control"))
	resp, _ = get(ipfs.CIDOf([]byte("never stored")))
	require.Equal(t, http.StatusNotFound, resp.StatusCode)
	resp, _ = get("not-a-cid")
	require.Equal(t, http.StatusBadRequest, resp.StatusCode)
}

func itoa(n int) string { return fmt.Sprint(n) }

// A large file is served in ranges: the first bytes, across chunks, the last
// bytes, and a range past its end refused.
func TestGatewayServesRangesOfLargeFiles(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s, err := ipfs.NewLocal(t.TempDir())
	require.NoError(t, err)
	data := pseudoRandom(5 << 20)
	c, err := s.Put(ctx, data)
	require.NoError(t, err)
	srv := httptest.NewServer(s.Handler())
	defer srv.Close()

	get := func(header ...string) (*http.Response, []byte) { return fetch(t, srv.URL+"/ipfs/"+c, header...) }
	size := itoa(len(data))

	resp, body := get()
	require.Equal(t, http.StatusOK, resp.StatusCode)
	require.Equal(t, "application/octet-stream", resp.Header.Get("Content-Type"))
	require.Equal(t, size, resp.Header.Get("Content-Length"))
	require.Equal(t, "bytes", resp.Header.Get("Accept-Ranges"))
	require.True(t, bytes.Equal(data, body), "the whole file")

	for _, tc := range []struct {
		name, rng, contentRange string
		want                    []byte
	}{
		{"the first bytes", "bytes=0-99", "bytes 0-99/" + size, data[:100]},
		{"across two chunks", "bytes=262000-263000", "bytes 262000-263000/" + size, data[262000:263001]},
		{"the middle, over many chunks", "bytes=1000000-3999999", "bytes 1000000-3999999/" + size, data[1000000:4000000]},
		{"the last bytes", "bytes=-100", "bytes " + itoa(len(data)-100) + "-" + itoa(len(data)-1) + "/" + size, data[len(data)-100:]},
		{"from an offset to the end", "bytes=5000000-", "bytes 5000000-" + itoa(len(data)-1) + "/" + size, data[5000000:]},
	} {
		t.Run(tc.name, func(t *testing.T) {
			resp, body := get("Range", tc.rng)
			require.Equal(t, http.StatusPartialContent, resp.StatusCode)
			require.Equal(t, tc.contentRange, resp.Header.Get("Content-Range"))
			require.Equal(t, "application/octet-stream", resp.Header.Get("Content-Type"))
			require.True(t, bytes.Equal(tc.want, body), "%d bytes, want %d", len(body), len(tc.want))
		})
	}

	resp, _ = get("Range", "bytes="+size+"-")
	require.Equal(t, http.StatusRequestedRangeNotSatisfiable, resp.StatusCode)
	require.Equal(t, "bytes */"+size, resp.Header.Get("Content-Range"))
	resp, _ = get("Range", "bytes=10-5")
	require.Equal(t, http.StatusRequestedRangeNotSatisfiable, resp.StatusCode)
	resp, body = get("Range", "bytes=0-9", "If-Range", `"not this one"`)
	require.Equal(t, http.StatusOK, resp.StatusCode, "a stale If-Range gets the whole file")
	require.Len(t, body, len(data))
	// Thousands of ranges are not worth reading block after block: the whole
	// content instead.
	many := "bytes=0-0" + strings.Repeat(",262144-262144,1-1", 2000)
	resp, body = get("Range", many)
	require.Equal(t, http.StatusOK, resp.StatusCode)
	require.Len(t, body, len(data))
}

// A range of a large file is served without reading the file into memory.
// Not parallel: it counts the bytes allocated while it runs.
func TestGatewayRangeReadsOnlyItsBlocks(t *testing.T) {
	ctx := context.Background()
	s, err := ipfs.NewLocal(t.TempDir())
	require.NoError(t, err)
	data := pseudoRandom(16 << 20)
	c, err := s.Put(ctx, data)
	require.NoError(t, err)
	g := s.Handler()

	allocated := func(rng string) uint64 {
		req := httptest.NewRequest(http.MethodGet, "/ipfs/"+c, nil)
		req.Header.Set("Range", rng)
		rec := httptest.NewRecorder()
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		g.ServeHTTP(rec, req)
		runtime.ReadMemStats(&after)
		require.Equal(t, http.StatusPartialContent, rec.Code)
		t.Logf("%s: %d bytes allocated", rng, after.TotalAlloc-before.TotalAlloc)
		return after.TotalAlloc - before.TotalAlloc
	}
	// Sniffing the type reads the first chunk; the range reads its own.
	require.Less(t, allocated("bytes=8000000-8000099"), uint64(2<<20), "of a %d-byte file", len(data))
	require.Less(t, allocated("bytes=-100"), uint64(2<<20), "of a %d-byte file", len(data))
}

// A file whose blocks are not all there fails with a server error before
// anything of it is sent, when the first block is the one missing.
func TestGatewayMissingBlock(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	dir := t.TempDir()
	s, err := ipfs.NewLocal(dir)
	require.NoError(t, err)
	data := pseudoRandom(2 * chunk)
	c, err := s.Put(ctx, data)
	require.NoError(t, err)
	require.NoError(t, os.Remove(filepath.Join(dir, ipfs.CIDOf(data[:chunk]))))

	rec := httptest.NewRecorder()
	s.Handler().ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/ipfs/"+c, nil))
	require.Equal(t, http.StatusInternalServerError, rec.Code)
	require.Empty(t, rec.Header().Get("Cache-Control"), "not cached")
}

// fetch GETs url with the header's name/value pairs and reads the whole answer.
func fetch(t *testing.T, url string, header ...string) (*http.Response, []byte) {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, url, nil)
	require.NoError(t, err)
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	resp, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	return resp, body
}

package ipfs_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
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
		req, err := http.NewRequest(http.MethodGet, srv.URL+"/ipfs/"+c, nil)
		require.NoError(t, err)
		for i := 0; i+1 < len(header); i += 2 {
			req.Header.Set(header[i], header[i+1])
		}
		resp, err := http.DefaultClient.Do(req)
		require.NoError(t, err)
		defer resp.Body.Close()
		body, err := io.ReadAll(resp.Body)
		require.NoError(t, err)
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

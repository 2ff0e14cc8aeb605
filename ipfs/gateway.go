package ipfs

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"mime"
	"net/http"
	"strings"
	"time"
)

// TypeLookup returns the MIME type stored with a CID's content, or "" when
// none is (content that someone else stored).
type TypeLookup func(ctx context.Context, cid string) (string, error)

// Gateway serves a Store's content at GET /ipfs/{cid}, as an IPFS gateway
// would, on the API's own origin. Content comes from models and from anyone
// who can store it, so nothing it serves may run there as a page: it sends
// the type stored with the content when browsers only display that type and
// a safe one otherwise (never HTML, XML, SVG, script or PDF), forbids
// sniffing, and sandboxes the response. It answers Range and conditional
// requests; content never changes, so caches keep it.
type Gateway struct {
	store Store
	types TypeLookup
	mux   *http.ServeMux
}

// Policy is the Content-Security-Policy of every response: no script, no
// request, a sandboxed unique origin; an image or text still displays.
const Policy = "default-src 'none'; style-src 'unsafe-inline'; sandbox"

// NewGateway serves st; types, when not nil, tells the type stored with content.
func NewGateway(st Store, types TypeLookup) *Gateway {
	g := &Gateway{store: st, types: types, mux: http.NewServeMux()}
	g.mux.HandleFunc("GET /ipfs/{cid}", g.serve)
	return g
}

func (g *Gateway) ServeHTTP(w http.ResponseWriter, r *http.Request) { g.mux.ServeHTTP(w, r) }

func (g *Gateway) serve(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Content-Security-Policy", Policy)
	c := r.PathValue("cid")
	data, err := g.store.Get(r.Context(), c)
	switch {
	case errors.Is(err, ErrNotFound):
		http.Error(w, "not found", http.StatusNotFound)
		return
	case err != nil && strings.Contains(err.Error(), "is not a CID"):
		http.Error(w, "not a CID", http.StatusBadRequest)
		return
	case err != nil:
		http.Error(w, "store error", http.StatusInternalServerError)
		return
	}
	var stored string
	if g.types != nil {
		if stored, err = g.types(r.Context(), c); err != nil {
			// Not a guess: caches would keep the wrong type for good.
			http.Error(w, "content type unavailable, try again", http.StatusServiceUnavailable)
			return
		}
	}
	h.Set("Content-Type", servedType(stored, data))
	h.Set("Cache-Control", "public, max-age=31536000, immutable")
	h.Set("ETag", `"`+c+`"`)
	http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(data))
}

// servedType is the Content-Type to send: the stored type if browsers only
// display it, else what the bytes look like if that is displayed only, else
// plain text for text and an opaque type for the rest.
func servedType(stored string, data []byte) string {
	if t, ok := displayed(stored); ok {
		return t
	}
	sniffed := http.DetectContentType(data)
	if t, ok := displayed(sniffed); ok {
		if strings.HasPrefix(t, "text/plain") && len(data) > 0 && (data[0] == '{' || data[0] == '[') && json.Valid(data) {
			return "application/json"
		}
		return t
	}
	if strings.HasPrefix(sniffed, "text/") {
		return "text/plain; charset=utf-8"
	}
	return "application/octet-stream"
}

// displayed returns t in canonical form if browsers display that type and
// never run it: plain text, JSON, raster images, audio and video.
func displayed(t string) (string, bool) {
	mt, _, err := mime.ParseMediaType(t)
	if err != nil {
		return "", false
	}
	switch {
	case mt == "text/plain": // UTF-8 only: a charset such as UTF-7 could turn text into markup
		return "text/plain; charset=utf-8", true
	case mt == "application/json":
		return mt, true
	case mt == "image/svg+xml": // a document with scripts
		return "", false
	case strings.HasPrefix(mt, "image/"), strings.HasPrefix(mt, "audio/"), strings.HasPrefix(mt, "video/"):
		return mt, true
	}
	return "", false
}

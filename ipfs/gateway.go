package ipfs

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"mime"
	"net/http"
	"strings"
	"time"

	"github.com/ipfs/go-cid"
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
// requests, reading from a store that opens content (Local) only the blocks
// a range covers, one at a time, so a large file is never held whole in
// memory; content never changes, so caches keep it.
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

// maxRanges bounds the ranges of one request the gateway answers with 206.
const maxRanges = 16

func (g *Gateway) serve(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Content-Security-Policy", Policy)
	c := r.PathValue("cid")
	if _, err := cid.Decode(c); err != nil {
		http.Error(w, "not a CID", http.StatusBadRequest)
		return
	}
	// Each range of a request reads its blocks again: a header of thousands
	// alternating between blocks would read gigabytes. Past maxRanges the
	// whole content is served instead, as RFC 9110 allows.
	if strings.Count(r.Header.Get("Range"), ",") >= maxRanges {
		r.Header.Del("Range")
	}
	content, err := g.open(r.Context(), c)
	switch {
	case errors.Is(err, ErrNotFound):
		http.Error(w, "not found", http.StatusNotFound)
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
	typ, err := servedType(stored, content)
	if err != nil {
		http.Error(w, "store error", http.StatusInternalServerError)
		return
	}
	h.Set("Content-Type", typ)
	h.Set("Cache-Control", "public, max-age=31536000, immutable")
	h.Set("ETag", `"`+c+`"`)
	// A block that fails after this (missing, or not matching its CID) ends
	// the response short of its Content-Length, which clients see.
	http.ServeContent(w, r, "", time.Time{}, content)
}

// opener is a Store that opens content to read and seek, reading only the
// blocks that reads reach (Local).
type opener interface {
	Open(ctx context.Context, cid string) (io.ReadSeeker, error)
}

// open returns the content of a CID: from the store's Open when it has one,
// so a range of a large file reads only that range's blocks, else all of it
// from Get.
func (g *Gateway) open(ctx context.Context, c string) (io.ReadSeeker, error) {
	if o, ok := g.store.(opener); ok {
		return o.Open(ctx, c)
	}
	data, err := g.store.Get(ctx, c)
	if err != nil {
		return nil, err
	}
	return bytes.NewReader(data), nil
}

// sniffLen is how much of content http.DetectContentType reads.
const sniffLen = 512

// jsonSniffLimit bounds what servedType reads to tell JSON from plain text;
// larger text is served as plain text, which displays the same.
const jsonSniffLimit = 1 << 20

// servedType is the Content-Type to send: the stored type if browsers only
// display it, else what the bytes look like if that is displayed only, else
// plain text for text and an opaque type for the rest. It reads the head of
// content (and up to jsonSniffLimit of text that may be JSON) and leaves it
// at its start.
func servedType(stored string, content io.ReadSeeker) (string, error) {
	if t, ok := displayed(stored); ok {
		return t, nil
	}
	head, err := readAt0(content, sniffLen)
	if err != nil {
		return "", err
	}
	sniffed := http.DetectContentType(head)
	if t, ok := displayed(sniffed); ok {
		if strings.HasPrefix(t, "text/plain") && len(head) > 0 && (head[0] == '{' || head[0] == '[') {
			all, err := readAt0(content, jsonSniffLimit+1)
			if err != nil {
				return "", err
			}
			if len(all) <= jsonSniffLimit && json.Valid(all) {
				return "application/json", nil
			}
		}
		return t, nil
	}
	if strings.HasPrefix(sniffed, "text/") {
		return "text/plain; charset=utf-8", nil
	}
	return "application/octet-stream", nil
}

// readAt0 reads up to n bytes from the start of r and seeks back there.
func readAt0(r io.ReadSeeker, n int64) ([]byte, error) {
	if _, err := r.Seek(0, io.SeekStart); err != nil {
		return nil, err
	}
	b, err := io.ReadAll(io.LimitReader(r, n))
	if err != nil {
		return nil, err
	}
	if _, err := r.Seek(0, io.SeekStart); err != nil {
		return nil, err
	}
	return b, nil
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

// Package web serves the pages people look at: the explorer and gallery
// (/), an agent's page, a generation's page with its live progress, the live
// marketplace (/market) and the operator dashboard (/dashboard).
//
// The pages are Go templates rendered on the server from the GraphQL API
// itself, called in process as a dApp would call it (the visitor's address
// counts against its rate limit), so a page shows what the API answers. A
// little JavaScript, embedded with them, keeps them live over the API's
// WebSocket (graphql-transport-ws, through the vendored graphql-ws client)
// and draws the dashboard's charts (vendored uPlot); the dashboard keeps
// the admin key in the tab's sessionStorage and sends it only to /graphql.
package web

import (
	"bytes"
	"context"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"log/slog"
	"net/http"
	"strings"
	"time"
)

//go:embed templates static
var files embed.FS

// Config configures the pages.
type Config struct {
	// API is the GraphQL handler (it serves POST /graphql) the pages are
	// rendered from, in process.
	API http.Handler
	// GraphiQL links the pages to GraphiQL at /graphiql (served by the API
	// outside production).
	GraphiQL bool
	Logger   *slog.Logger
}

// Handler serves the pages and their static files.
type Handler struct {
	cfg   Config
	pages map[string]*template.Template
	mux   *http.ServeMux
	log   *slog.Logger
}

// NewHandler parses the embedded templates and returns the pages' routes.
func NewHandler(cfg Config) (*Handler, error) {
	if cfg.API == nil {
		return nil, errors.New("web: no API handler")
	}
	h := &Handler{cfg: cfg, pages: map[string]*template.Template{}, mux: http.NewServeMux(), log: cfg.Logger}
	if h.log == nil {
		h.log = slog.New(slog.DiscardHandler)
	}
	for _, name := range []string{"explorer", "agent", "generation", "market", "dashboard", "error"} {
		t, err := template.New("layout.html").Funcs(funcs).ParseFS(files, "templates/layout.html", "templates/"+name+".html")
		if err != nil {
			return nil, fmt.Errorf("web: template %s: %w", name, err)
		}
		h.pages[name] = t
	}
	static, err := fs.Sub(files, "static")
	if err != nil {
		return nil, err
	}
	fileServer := http.FileServerFS(static)
	h.mux.Handle("GET /static/", http.StripPrefix("/static/", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// The vendored files carry their version in their path.
		if strings.HasPrefix(r.URL.Path, "vendor/") {
			w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
		} else {
			w.Header().Set("Cache-Control", "public, max-age=300")
		}
		fileServer.ServeHTTP(w, r)
	})))
	h.mux.HandleFunc("GET /{$}", h.explorer)
	h.mux.HandleFunc("GET /agents/{id}", h.agent)
	h.mux.HandleFunc("GET /generations/{id}", h.generation)
	h.mux.HandleFunc("GET /market", h.market)
	h.mux.HandleFunc("GET /dashboard", h.dashboard)
	h.mux.HandleFunc("GET /", func(w http.ResponseWriter, r *http.Request) {
		h.fail(w, r, http.StatusNotFound, "There is no page at "+r.URL.Path+".")
	})
	return h, nil
}

// ServeHTTP serves a page or a static file, with headers that keep the
// pages to their own scripts.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	hd := w.Header()
	// Images may come from an IPFS gateway elsewhere; scripts, styles and
	// connections stay on this origin (uPlot sets inline styles).
	hd.Set("Content-Security-Policy", "default-src 'self'; img-src 'self' data: https: http:; style-src 'self' 'unsafe-inline'; "+
		"connect-src 'self' ws: wss:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'")
	hd.Set("X-Content-Type-Options", "nosniff")
	hd.Set("Referrer-Policy", "same-origin")
	h.mux.ServeHTTP(w, r)
}

// page is what every template gets.
type page struct {
	Title    string
	Nav      string
	GraphiQL bool
	// Data is the GraphQL response's data for the page.
	Data any
	// AgentID and RequestID are what the page's script follows, as data
	// attributes of the body.
	AgentID, RequestID string
	Message            string
}

func (h *Handler) render(w http.ResponseWriter, status int, name string, p page) {
	p.GraphiQL = h.cfg.GraphiQL
	var buf bytes.Buffer
	if err := h.pages[name].Execute(&buf, p); err != nil {
		h.log.Error("page failed to render", "page", name, "err", err)
		http.Error(w, "the page failed to render", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	_, _ = w.Write(buf.Bytes())
}

func (h *Handler) fail(w http.ResponseWriter, r *http.Request, status int, msg string) {
	if status == http.StatusTooManyRequests {
		w.Header().Set("Retry-After", "1")
	}
	h.render(w, status, "error", page{Title: http.StatusText(status), Message: msg})
}

// apiError is the API's answer to a page's query when it is an error.
type apiError struct {
	status int
	msg    string
}

func (e *apiError) Error() string { return e.msg }

// query runs a GraphQL operation through the API in process, as the visitor
// (their address, so their rate limit), and decodes its data into out.
func (h *Handler) query(r *http.Request, q string, vars map[string]any, out any) error {
	body, err := json.Marshal(map[string]any{"query": q, "variables": vars})
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(r.Context(), 10*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, "/graphql", bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.RemoteAddr = r.RemoteAddr
	for _, k := range []string{"X-Forwarded-For", "X-Real-Ip"} {
		if v := r.Header.Values(k); len(v) > 0 {
			req.Header[k] = v
		}
	}
	req.Header.Set("Content-Type", "application/json")
	rec := &recorder{header: http.Header{}, status: http.StatusOK}
	h.cfg.API.ServeHTTP(rec, req)
	var resp struct {
		Data   json.RawMessage
		Errors []struct{ Message string }
	}
	if err := json.Unmarshal(rec.body.Bytes(), &resp); err != nil {
		return &apiError{status: http.StatusBadGateway, msg: fmt.Sprintf("the API answered %d: %.200s", rec.status, rec.body.String())}
	}
	if len(resp.Errors) > 0 {
		status := http.StatusBadGateway
		if rec.status == http.StatusTooManyRequests {
			status = rec.status
		}
		return &apiError{status: status, msg: resp.Errors[0].Message}
	}
	return json.Unmarshal(resp.Data, out)
}

// recorder takes the API's response in memory.
type recorder struct {
	header http.Header
	status int
	body   bytes.Buffer
}

func (r *recorder) Header() http.Header         { return r.header }
func (r *recorder) WriteHeader(status int)      { r.status = status }
func (r *recorder) Write(b []byte) (int, error) { return r.body.Write(b) }

// load runs the page's query and renders it, or the error page.
func (h *Handler) load(w http.ResponseWriter, r *http.Request, name string, p page, q string, vars map[string]any, out any, found func() bool) {
	if err := h.query(r, q, vars, out); err != nil {
		var ae *apiError
		if errors.As(err, &ae) {
			h.fail(w, r, ae.status, ae.msg)
			return
		}
		h.log.Error("page query failed", "page", name, "err", err)
		h.fail(w, r, http.StatusBadGateway, "The API did not answer.")
		return
	}
	if found != nil && !found() {
		h.fail(w, r, http.StatusNotFound, p.Title+" does not exist (or is not indexed yet).")
		return
	}
	p.Data = out
	h.render(w, http.StatusOK, name, p)
}

// Package httpserve serves HTTP to clients that may be hostile: it bounds
// how long a request may take to arrive, how long an idle connection is
// kept, and how many connections one client address may hold at once.
package httpserve

import (
	"cmp"
	"net/http"
	"time"
)

// Defaults of Limits.
const (
	DefaultReadHeaderTimeout = 5 * time.Second
	DefaultReadTimeout       = 30 * time.Second
	DefaultIdleTimeout       = 60 * time.Second
)

// Limits bound what one client can hold of the server.
type Limits struct {
	// ReadHeaderTimeout bounds the reading of a request's headers.
	ReadHeaderTimeout time.Duration
	// ReadTimeout bounds the reading of a whole request, headers and body,
	// from its first byte. A WebSocket is not bound by it: net/http clears
	// the deadline once the request is read, before the handler takes the
	// connection over.
	ReadTimeout time.Duration
	// IdleTimeout bounds the wait for the next request on a kept-alive
	// connection.
	IdleTimeout time.Duration
	// ConnsPerIP caps the connections open at once from one client
	// address, WebSockets included (see Listener); 0: no cap.
	ConnsPerIP int
}

// Server returns a server of h with the limits' timeouts; zero timeouts
// take the defaults. It sets no WriteTimeout: that would cut WebSockets
// and slow but honest downloads.
func (l Limits) Server(h http.Handler) *http.Server {
	return &http.Server{
		Handler:           h,
		ReadHeaderTimeout: cmp.Or(l.ReadHeaderTimeout, DefaultReadHeaderTimeout),
		ReadTimeout:       cmp.Or(l.ReadTimeout, DefaultReadTimeout),
		IdleTimeout:       cmp.Or(l.IdleTimeout, DefaultIdleTimeout),
	}
}

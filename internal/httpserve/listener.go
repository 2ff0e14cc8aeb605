package httpserve

import (
	"io"
	"net"
	"net/netip"
	"sync"
	"sync/atomic"
)

// Listener caps the connections open at once from one client address: a
// connection beyond the cap is reset as soon as it is accepted. The address
// is the TCP peer's, never a header's, so a client cannot claim another's
// share; an IPv6 client is its /64, which one host usually holds whole.
//
// Behind a reverse proxy every connection comes from the proxy: there the
// cap must be off (0) or above the proxy's own connection count.
type Listener struct {
	net.Listener
	max     int
	refused atomic.Uint64

	mu   sync.Mutex
	open map[netip.Prefix]int
}

// LimitPerIP wraps l to admit at most max connections per client address;
// max 0 admits all.
func LimitPerIP(l net.Listener, max int) *Listener {
	return &Listener{Listener: l, max: max, open: make(map[netip.Prefix]int)}
}

// Accept returns the next connection within the cap, resetting those beyond it.
func (l *Listener) Accept() (net.Conn, error) {
	for {
		c, err := l.Listener.Accept()
		if err != nil {
			return nil, err
		}
		if l.max <= 0 {
			return c, nil
		}
		key := clientOf(c.RemoteAddr())
		l.mu.Lock()
		if l.open[key] >= l.max {
			l.mu.Unlock()
			l.refused.Add(1)
			if tc, ok := c.(*net.TCPConn); ok {
				_ = tc.SetLinger(0) // a reset: no TIME_WAIT kept for the refused
			}
			_ = c.Close()
			continue
		}
		l.open[key]++
		l.mu.Unlock()
		return &conn{Conn: c, l: l, key: key}, nil
	}
}

// Refused is how many connections the cap has refused so far.
func (l *Listener) Refused() uint64 { return l.refused.Load() }

func (l *Listener) release(key netip.Prefix) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.open[key]--; l.open[key] <= 0 {
		delete(l.open, key)
	}
}

// clientOf is the address a connection counts against.
func clientOf(a net.Addr) netip.Prefix {
	ta, ok := a.(*net.TCPAddr)
	if !ok {
		return netip.Prefix{} // not TCP: all share one count
	}
	ip := ta.AddrPort().Addr().Unmap()
	bits := 32
	if ip.Is6() {
		bits = 64
	}
	p, _ := ip.Prefix(bits)
	return p
}

// conn gives its place back when closed, whoever closes it: the server, or
// a handler that took it over (a WebSocket).
type conn struct {
	net.Conn
	l    *Listener
	key  netip.Prefix
	once sync.Once
}

func (c *conn) Close() error {
	err := c.Conn.Close()
	c.once.Do(func() { c.l.release(c.key) })
	return err
}

// CloseWrite lets the server half-close before closing, so that a client
// reads an error response before the connection ends.
func (c *conn) CloseWrite() error {
	if cw, ok := c.Conn.(interface{ CloseWrite() error }); ok {
		return cw.CloseWrite()
	}
	return nil
}

// ReadFrom keeps the kernel's copy (sendfile, splice) of the connection.
func (c *conn) ReadFrom(r io.Reader) (int64, error) {
	return io.Copy(c.Conn, r)
}

package live

import (
	"bufio"
	"cmp"
	"net"
	"net/http"
	"sync"
	"time"
)

// corkingWriter hands coder/websocket a connection that can hold writes.
type corkingWriter struct {
	http.ResponseWriter
	writeTimeout time.Duration
	conn         *corkedConn
}

func (w *corkingWriter) Hijack() (net.Conn, *bufio.ReadWriter, error) {
	conn, rw, err := http.NewResponseController(w.ResponseWriter).Hijack()
	if err != nil {
		return nil, nil, err
	}
	if err := rw.Flush(); err != nil {
		conn.Close()
		return nil, nil, err
	}
	w.conn = &corkedConn{Conn: conn, timeout: cmp.Or(w.writeTimeout, DefaultWriteTimeout)}
	return w.conn, bufio.NewReadWriter(rw.Reader, bufio.NewWriter(w.conn)), nil
}

// corkedConn gathers writes while held and sends them in one call on
// release. Every write to the socket must end within timeout: a peer that
// stops reading fills its socket's buffers, and a write would otherwise wait
// for it forever, with the subscriptions that wait for room behind it.
type corkedConn struct {
	net.Conn
	timeout time.Duration
	mu      sync.Mutex
	held    bool
	buf     []byte
}

func (c *corkedConn) Write(p []byte) (int, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.held {
		c.buf = append(c.buf, p...)
		return len(p), nil
	}
	return c.send(p)
}

// send writes to the socket within the timeout.
func (c *corkedConn) send(p []byte) (int, error) {
	if err := c.Conn.SetWriteDeadline(time.Now().Add(c.timeout)); err != nil {
		return 0, err
	}
	return c.Conn.Write(p)
}

func (c *corkedConn) hold() {
	c.mu.Lock()
	c.held = true
	c.mu.Unlock()
}

func (c *corkedConn) pending() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.buf)
}

func (c *corkedConn) release() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.held = false
	if len(c.buf) == 0 {
		return nil
	}
	_, err := c.send(c.buf)
	if cap(c.buf) > 4*batchBytes {
		c.buf = nil // a burst of large messages does not pin its buffer
	} else {
		c.buf = c.buf[:0]
	}
	return err
}

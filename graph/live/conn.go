package live

import (
	"bytes"
	"context"
	"errors"
	"io"
	"net/http"
	"runtime"
	"sync"
	"time"

	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/coder/websocket"

	"github.com/inft-labs/inft/internal/safe"
)

// A change seen by many subscriptions of one connection is written to its
// socket at once: messages are queued and one goroutine per connection
// writes all that is queued in one system call, rather than one call per
// message.
//
// The queue holds at most queueMessages messages or queueBytes bytes beyond
// what the socket took. gqlgen's own writes (acknowledgements, pings,
// completions) wait for room, as they would on a full socket; a shared
// feed's deliveries never wait: a connection with no room is too slow, and
// its subscriptions of the feed are cut off (feed.go).

// DefaultWriteTimeout bounds a write to a WebSocket when TransportConfig
// sets none.
const DefaultWriteTimeout = 10 * time.Second

const (
	queueMessages = 1024
	queueBytes    = 4 << 20
	batchBytes    = 64 << 10 // a batch is sent early beyond this
)

// acceptor accepts connections with coder/websocket and writes them
// through a batching writer.
type acceptor struct {
	accept websocket.AcceptOptions
	// writeTimeout bounds each write to the socket: a peer that takes
	// nothing for that long is closed.
	writeTimeout time.Duration
}

var _ transport.WebsocketImplementation = acceptor{}

func (a acceptor) Accept(w http.ResponseWriter, r *http.Request, opts transport.WebsocketAcceptOptions) (transport.WebsocketConn, error) {
	for k, vs := range opts.ResponseHeader {
		for _, v := range vs {
			w.Header().Add(k, v)
		}
	}
	accept := a.accept
	accept.Subprotocols = opts.Subprotocols
	hw := &corkingWriter{ResponseWriter: w, writeTimeout: a.writeTimeout}
	conn, err := websocket.Accept(hw, r, &accept)
	if err != nil {
		return nil, err
	}
	c := &batchedConn{conn: conn, cork: hw.conn, wake: make(chan struct{}, 1), stopped: make(chan struct{}), drained: make(chan struct{}),
		state: connState(r.Context())}
	c.room = sync.NewCond(&c.mu)
	c.next = "data" // graphql-ws, gqlgen's choice when none is asked for
	if conn.Subprotocol() == "graphql-transport-ws" {
		c.next = "next"
	}
	if c.state != nil {
		c.state.accepted(c, c.next == "next")
	}
	go c.write()
	return c, nil
}

// batchedConn is the connection as gqlgen's transport sees it.
type batchedConn struct {
	conn    *websocket.Conn
	cork    *corkedConn
	state   *wsState // nil outside the transport
	next    string   // the protocol's type of a subscription event
	wake    chan struct{}
	stopped chan struct{} // closed when writing stops
	drained chan struct{} // closed when the writer has returned
	stop    sync.Once

	mu       sync.Mutex
	room     *sync.Cond // signalled when the writer takes the queue
	queue    [][]byte
	queued   int   // bytes
	err      error // the writer's failure, reported by later writes
	done     bool  // no more writes
	closing  bool  // a close handshake is under way
	deadline *time.Timer
}

var (
	_ transport.WebsocketConn          = (*batchedConn)(nil)
	_ transport.WebsocketReadLimiter   = (*batchedConn)(nil)
	_ transport.WebsocketReadDeadliner = (*batchedConn)(nil)
	_ subscriberConn                   = (*batchedConn)(nil)
)

func (c *batchedConn) NextReader() (int, io.Reader, error) {
	typ, data, err := c.conn.Read(context.Background())
	if err != nil {
		switch websocket.CloseStatus(err) {
		case websocket.StatusNormalClosure, websocket.StatusNoStatusRcvd:
			return int(typ), nil, transport.ErrWebsocketClosed
		}
		return int(typ), nil, err
	}
	if c.state != nil {
		if id, duplicate := c.state.clientSent(data); duplicate {
			_ = c.WriteClose(4409, safe.Truncate("Subscriber for "+id+" already exists", 123)) // a close reason's limit
			return int(typ), nil, transport.ErrWebsocketClosed
		}
	}
	return int(typ), bytes.NewReader(data), nil
}

// WriteJSON queues a message of gqlgen's, waiting for room.
func (c *batchedConn) WriteJSON(v any) error {
	data, err := encodeMessage(v)
	if err != nil {
		return err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	for !c.done && c.err == nil && len(c.queue) > 0 && (len(c.queue) >= queueMessages || c.queued >= queueBytes) {
		c.room.Wait()
	}
	if c.err != nil {
		return c.err
	}
	if c.done {
		return transport.ErrWebsocketClosed
	}
	if c.state != nil {
		c.state.serverSent(data)
	}
	c.pushLocked(data)
	return nil
}

var errQueueFull = errors.New("live: connection queue full")

// offer queues a feed's message if there is room: errQueueFull if there is
// not, transport.ErrWebsocketClosed if the connection is closing.
func (c *batchedConn) offer(data []byte) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	switch {
	case c.done || c.err != nil:
		return transport.ErrWebsocketClosed
	case len(c.queue) >= queueMessages || c.queued+len(data) > queueBytes:
		return errQueueFull
	}
	c.pushLocked(data)
	return nil
}

// eventType is the protocol's type of a subscription event.
func (c *batchedConn) eventType() string { return c.next }

func (c *batchedConn) pushLocked(data []byte) {
	c.queue = append(c.queue, data)
	c.queued += len(data)
	select {
	case c.wake <- struct{}{}:
	default:
	}
}

// write sends what is queued, a batch per system call, until stopped.
func (c *batchedConn) write() {
	defer close(c.drained)
	ctx := context.Background()
	var batch [][]byte
	for {
		select {
		case <-c.wake:
		case <-c.stopped:
			return
		}
		// Let the subscriptions woken with the first message queue theirs:
		// the scheduler would otherwise run this writer after each of them.
		runtime.Gosched()
		c.mu.Lock()
		batch, c.queue = c.queue, batch[:0]
		c.queued = 0
		c.room.Broadcast()
		c.mu.Unlock()

		c.cork.hold()
		var err error
		for i, data := range batch {
			if err = c.conn.Write(ctx, websocket.MessageText, data); err != nil {
				break
			}
			batch[i] = nil
			if c.cork.pending() > batchBytes {
				if err = c.cork.release(); err != nil {
					break
				}
				c.cork.hold()
			}
		}
		if rerr := c.cork.release(); err == nil {
			err = rerr
		}
		if err != nil {
			c.mu.Lock()
			c.err = err
			c.room.Broadcast()
			c.mu.Unlock()
			c.conn.CloseNow() // the transport's reader sees it and ends the connection
			return
		}
	}
}

// stopWriting stops the writer once it has sent what is queued (waiting a
// second at most: a peer that does not read is closed regardless).
func (c *batchedConn) stopWriting() {
	deadline := time.Now().Add(time.Second)
	for time.Now().Before(deadline) {
		c.mu.Lock()
		drained := len(c.queue) == 0 || c.err != nil || c.done // a failed writer sends nothing more
		c.mu.Unlock()
		if drained {
			break
		}
		time.Sleep(time.Millisecond)
	}
	c.stop.Do(func() {
		c.mu.Lock()
		c.done = true
		c.room.Broadcast()
		c.mu.Unlock()
		close(c.stopped)
	})
	select {
	case <-c.drained:
	case <-time.After(time.Until(deadline) + 10*time.Millisecond):
	}
}

// WriteClose sends what is queued, then starts the close handshake in the
// background (it waits for the peer's answer).
func (c *batchedConn) WriteClose(code int, reason string) error {
	c.stopWriting()
	c.mu.Lock()
	defer c.mu.Unlock()
	c.stopDeadlineLocked()
	if !c.closing {
		c.closing = true
		go c.conn.Close(websocket.StatusCode(code), reason)
	}
	return nil
}

func (c *batchedConn) Close() error {
	c.stopWriting()
	c.mu.Lock()
	defer c.mu.Unlock()
	c.stopDeadlineLocked()
	if c.closing {
		return nil // the handshake closes the connection
	}
	return c.conn.CloseNow()
}

func (c *batchedConn) Subprotocol() string      { return c.conn.Subprotocol() }
func (c *batchedConn) SetReadLimit(limit int64) { c.conn.SetReadLimit(limit) }

// SetReadDeadline closes the connection if nothing is read by t.
func (c *batchedConn) SetReadDeadline(t time.Time) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.stopDeadlineLocked()
	if t.IsZero() {
		return nil
	}
	c.deadline = time.AfterFunc(time.Until(t), func() { c.conn.CloseNow() })
	return nil
}

func (c *batchedConn) stopDeadlineLocked() {
	if c.deadline != nil {
		c.deadline.Stop()
		c.deadline = nil
	}
}

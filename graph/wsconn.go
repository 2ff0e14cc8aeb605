package graph

import (
	"bufio"
	"bytes"
	"cmp"
	"context"
	"encoding"
	"encoding/json"
	"errors"
	"io"
	"net"
	"net/http"
	"reflect"
	"runtime"
	"sync"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/coder/websocket"
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
// its subscriptions of the feed are cut off (fanout.go).

// DefaultWriteTimeout bounds a write to a WebSocket when Config sets none.
const DefaultWriteTimeout = 10 * time.Second

const (
	queueMessages = 1024
	queueBytes    = 4 << 20
	batchBytes    = 64 << 10 // a batch is sent early beyond this
)

// connKey carries a connection's state in the context of its operations.
type connKey struct{}

// wsState is what the executor knows of the connection an operation came
// on: where to write, and the id of each subscription (gqlgen's transport
// reads and starts one message at a time, so the id of the last subscribe
// read belongs to the operation it creates next).
type wsState struct {
	conn *batchedConn // set on accept

	mu      sync.Mutex
	pending string
	ids     map[*graphql.OperationContext]string
	// active holds, per id, the operations the server has not ended yet,
	// oldest first, each true once the client completed it:
	// graphql-transport-ws closes the connection (4409) on a subscribe under
	// an id whose operation the client has not completed. The server ends
	// an id's operations in order, so its complete ends the oldest (a
	// client may complete an id and reuse it before that complete arrives).
	// gqlgen follows some errors with a complete, which ends two: then a
	// duplicate may pass unrefused, never a valid reuse be refused.
	active map[string][]bool
}

// subscribed records a client's subscribe under id; it reports a duplicate.
func (st *wsState) subscribed(id string) (duplicate bool) {
	for _, completed := range st.active[id] {
		if !completed {
			return true
		}
	}
	st.active[id] = append(st.active[id], false)
	return false
}

// completed records a client's complete of id.
func (st *wsState) completed(id string) {
	ops := st.active[id]
	for i := len(ops) - 1; i >= 0; i-- {
		if !ops[i] {
			ops[i] = true
			return
		}
	}
}

// ended records the server's end of the oldest operation under id.
func (st *wsState) ended(id string) {
	if ops := st.active[id]; len(ops) > 1 {
		st.active[id] = ops[1:]
	} else {
		delete(st.active, id)
	}
}

func connState(ctx context.Context) *wsState {
	st, _ := ctx.Value(connKey{}).(*wsState)
	return st
}

// batchingWebsocket accepts connections with coder/websocket and writes
// them through a batching writer.
type batchingWebsocket struct {
	accept websocket.AcceptOptions
	// writeTimeout bounds each write to the socket: a peer that takes
	// nothing for that long is closed.
	writeTimeout time.Duration
}

func (b batchingWebsocket) Accept(w http.ResponseWriter, r *http.Request, opts transport.WebsocketAcceptOptions) (transport.WebsocketConn, error) {
	for k, vs := range opts.ResponseHeader {
		for _, v := range vs {
			w.Header().Add(k, v)
		}
	}
	accept := b.accept
	accept.Subprotocols = opts.Subprotocols
	hw := &corkingWriter{ResponseWriter: w, writeTimeout: b.writeTimeout}
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
		c.state.conn = c
	}
	go c.write()
	return c, nil
}

// batchedConn is the connection as gqlgen's transport sees it.
type batchedConn struct {
	conn    *websocket.Conn
	cork    *corkedConn
	state   *wsState // nil outside sharedWebsocket
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
	if c.state != nil { // only the message just read may name an operation's id
		var m struct {
			ID   string `json:"id"`
			Type string `json:"type"`
		}
		id := ""
		if json.Unmarshal(data, &m) == nil && (m.Type == "subscribe" || m.Type == "start") {
			id = m.ID
		}
		c.state.mu.Lock()
		c.state.pending = id
		duplicate := false
		if c.next == "next" { // graphql-transport-ws
			switch m.Type {
			case "subscribe":
				duplicate = c.state.subscribed(m.ID)
			case "complete":
				c.state.completed(m.ID)
			}
		}
		c.state.mu.Unlock()
		if duplicate {
			_ = c.WriteClose(4409, truncate("Subscriber for "+m.ID+" already exists", 123)) // a close reason's limit
			return int(typ), nil, transport.ErrWebsocketClosed
		}
	}
	return int(typ), bytes.NewReader(data), nil
}

// ended notes the end of an operation that data, a message to the client,
// ends (complete, or error in graphql-transport-ws).
func (c *batchedConn) ended(data []byte) {
	if c.state == nil || c.next != "next" || !(bytes.HasSuffix(data, []byte(`"type":"complete"}`)) || bytes.HasSuffix(data, []byte(`"type":"error"}`))) {
		return
	}
	var m struct {
		ID string `json:"id"`
	}
	if json.Unmarshal(data, &m) == nil {
		c.state.mu.Lock()
		c.state.ended(m.ID)
		c.state.mu.Unlock()
	}
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
	c.ended(data)
	c.pushLocked(data)
	return nil
}

var errQueueFull = errors.New("graph: connection queue full")

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

// encodeMessage encodes the WebSocket protocol messages of gqlgen's
// transports, structs of Payload (json.RawMessage), ID and Type (strings),
// without encoding/json's reflection: on a busy server they are most of
// what is written, one per subscriber and change. The payloads are what
// gqlgen marshalled, so they are valid, compact JSON. Any other value, or a
// string that would need escaping, goes through encoding/json.
func encodeMessage(v any) ([]byte, error) {
	rv := reflect.ValueOf(v)
	if rv.Kind() == reflect.Pointer && !rv.IsNil() {
		rv = rv.Elem()
	}
	if rv.Kind() != reflect.Struct {
		return json.Marshal(v)
	}
	l := messageLayoutOf(rv.Type())
	if l == nil {
		return json.Marshal(v)
	}
	payload := rv.Field(l.payload).Bytes()
	id, typ := rv.Field(l.id).String(), rv.Field(l.typ).String()
	if l.text {
		text, err := rv.Field(l.typ).Interface().(encoding.TextMarshaler).MarshalText()
		if err != nil {
			return nil, err
		}
		typ = string(text)
	}
	if !plainString(id) || !plainString(typ) {
		return json.Marshal(v)
	}
	b := make([]byte, 0, len(payload)+len(id)+len(typ)+32)
	b = append(b, '{')
	if len(payload) > 0 {
		b = append(b, `"payload":`...)
		b = append(b, payload...)
		b = append(b, ',')
	}
	if id != "" {
		b = append(b, `"id":"`...)
		b = append(b, id...)
		b = append(b, `",`...)
	}
	b = append(b, `"type":"`...)
	b = append(b, typ...)
	b = append(b, `"}`...)
	return b, nil
}

type messageLayout struct {
	payload, id, typ int
	text             bool // the type spells itself with MarshalText
}

var messageLayouts sync.Map // reflect.Type → *messageLayout, nil when it does not fit

// messageLayoutOf finds the fields of a protocol message: exactly three
// exported fields, tagged payload,omitempty (json.RawMessage), id,omitempty
// (string) and type (string).
func messageLayoutOf(t reflect.Type) *messageLayout {
	if l, ok := messageLayouts.Load(t); ok {
		return l.(*messageLayout)
	}
	l, found := &messageLayout{}, 0
	for i := range t.NumField() {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		switch tag := f.Tag.Get("json"); {
		case tag == "payload,omitempty" && f.Type == reflect.TypeFor[json.RawMessage]():
			l.payload = i
		case tag == "id,omitempty" && f.Type.Kind() == reflect.String:
			l.id = i
		case tag == "type" && f.Type.Kind() == reflect.String && !f.Type.Implements(reflect.TypeFor[json.Marshaler]()):
			l.typ = i
			l.text = f.Type.Implements(reflect.TypeFor[encoding.TextMarshaler]())
		default:
			found = -10
		}
		found++
	}
	if found != 3 {
		l = nil
	}
	messageLayouts.Store(t, l)
	return l
}

// plainString: JSON spells s as itself between quotes.
func plainString(s string) bool {
	for i := range len(s) {
		if c := s[i]; c < 0x20 || c > 0x7e || c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' {
			return false
		}
	}
	return true
}

package live

import (
	"bytes"
	"context"
	"encoding/json"
	"sync"

	"github.com/99designs/gqlgen/graphql"
)

// wsState is what the executor knows of the connection an operation came
// on: where to write, and the id of each subscription. gqlgen's transport
// reads and starts one message at a time, so the id of the last subscribe
// read belongs to the operation it creates next (contract_test.go pins it).
type wsState struct {
	conn        *batchedConn // set on accept, before any operation
	transportWS bool         // graphql-transport-ws, not the legacy graphql-ws

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

func newWSState() *wsState {
	return &wsState{ids: map[*graphql.OperationContext]string{}, active: map[string][]bool{}}
}

// connKey carries a connection's state in the context of its operations.
type connKey struct{}

func withConnState(ctx context.Context, st *wsState) context.Context {
	return context.WithValue(ctx, connKey{}, st)
}

// connState is the state of the connection ctx's operation came on; nil
// outside the transport, and in a shared feed's context (withoutConnState).
func connState(ctx context.Context) *wsState {
	st, _ := ctx.Value(connKey{}).(*wsState)
	return st
}

// withoutConnState is ctx apart from its connection.
func withoutConnState(ctx context.Context) context.Context {
	return context.WithValue(ctx, connKey{}, (*wsState)(nil))
}

// accepted records the connection gqlgen writes to.
func (st *wsState) accepted(c *batchedConn, transportWS bool) {
	st.conn, st.transportWS = c, transportWS
}

// connection is where the operations' events are queued: nil before
// accept, or outside the transport.
func (st *wsState) connection() subscriberConn {
	if st == nil || st.conn == nil {
		return nil
	}
	return st.conn
}

// close closes the connection, if one was accepted.
func (st *wsState) close() {
	if st.conn != nil {
		_ = st.conn.Close()
	}
}

// clientSent records a message read from the client: its id, if it starts
// an operation, for the operation created next, and in graphql-transport-ws
// its subscribe or complete. It reports a subscribe under an id in use.
func (st *wsState) clientSent(data []byte) (id string, duplicate bool) {
	var m struct {
		ID   string `json:"id"`
		Type string `json:"type"`
	}
	pending := ""
	if json.Unmarshal(data, &m) == nil && (m.Type == "subscribe" || m.Type == "start") {
		pending = m.ID
	}
	st.mu.Lock()
	defer st.mu.Unlock()
	st.pending = pending // only the message just read may name an operation's id
	if st.transportWS {
		switch m.Type {
		case "subscribe":
			duplicate = st.subscribed(m.ID)
		case "complete":
			st.completed(m.ID)
		}
	}
	return m.ID, duplicate
}

// serverSent records a message to the client: in graphql-transport-ws,
// complete and error end an operation.
func (st *wsState) serverSent(data []byte) {
	if !st.transportWS || !(bytes.HasSuffix(data, []byte(`"type":"complete"}`)) || bytes.HasSuffix(data, []byte(`"type":"error"}`))) {
		return
	}
	var m struct {
		ID string `json:"id"`
	}
	if json.Unmarshal(data, &m) == nil {
		st.mu.Lock()
		st.ended(m.ID)
		st.mu.Unlock()
	}
}

// created gives the operation rc the id of the subscribe just read.
func (st *wsState) created(rc *graphql.OperationContext) {
	st.mu.Lock()
	st.ids[rc] = st.pending
	st.mu.Unlock()
}

// dispatched takes the id given to rc ("" if none, or outside the
// transport).
func (st *wsState) dispatched(rc *graphql.OperationContext) string {
	if st == nil {
		return ""
	}
	st.mu.Lock()
	defer st.mu.Unlock()
	id := st.ids[rc]
	delete(st.ids, rc)
	return id
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

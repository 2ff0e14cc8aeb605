package live

import (
	"context"
	"encoding/json"
	"sync"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// sharingExecutor runs the operations of one connection.
type sharingExecutor struct {
	graphql.GraphExecutor
	hub    *Hub            // nil: no sharing (nor subscriptions)
	shared map[string]bool // the root fields that may share a feed
	allow  func() bool     // takes an operation from the client's allowance
}

// errTooManyOperations refuses an operation over its client's allowance.
// The operation gets it as its result, then ends (graphql-transport-ws:
// next, complete; graphql-ws: data, complete), and the connection stays
// open: graphql-ws clients (graphql-ws, Apollo, urql) hand it to the
// operation's error handler as any GraphQL error, where closing the
// connection with a code of 4xxx would make them reconnect and subscribe
// everything again, or give up for good.
func errTooManyOperations() gqlerror.List {
	return gqlerror.List{{Message: "too many operations from this address: slow down",
		Extensions: map[string]any{"code": "RATE_LIMITED"}}}
}

// CreateOperationContext refuses an operation over the client's allowance,
// and notes which subscription id the operation is for.
func (e sharingExecutor) CreateOperationContext(ctx context.Context, params *graphql.RawParams) (*graphql.OperationContext, gqlerror.List) {
	if !e.allow() {
		return &graphql.OperationContext{}, errTooManyOperations()
	}
	rc, errs := e.GraphExecutor.CreateOperationContext(ctx, params)
	if st := connState(ctx); st != nil && errs == nil && rc != nil {
		st.created(rc)
	}
	return rc, errs
}

func (e sharingExecutor) DispatchOperation(ctx context.Context, rc *graphql.OperationContext) (graphql.ResponseHandler, context.Context) {
	st := connState(ctx)
	id := st.dispatched(rc)
	if e.hub == nil || rc.Operation == nil || rc.Operation.Operation != ast.Subscription {
		return e.GraphExecutor.DispatchOperation(ctx, rc)
	}
	e.hub.subscriptionStarted()
	var once sync.Once
	var next graphql.ResponseHandler
	key, ok := shareKey(rc, e.shared)
	if conn := st.connection(); ok && id != "" && conn != nil {
		next = e.hub.sharedFeeds().join(ctx, key, conn, id, func(ctx context.Context) (graphql.ResponseHandler, context.Context) {
			// The feed is not the connection's, whose first subscriber started it.
			return e.GraphExecutor.DispatchOperation(withoutConnState(ctx), rc)
		})
	} else {
		next, ctx = e.GraphExecutor.DispatchOperation(ctx, rc)
	}
	return func(ctx context.Context) *graphql.Response {
		resp := next(ctx)
		if resp == nil {
			once.Do(e.hub.subscriptionEnded)
		}
		return resp
	}, ctx
}

// shareKey names a subscription by its document, operation and variables,
// if it may share a feed: if it selects only fields of shared.
func shareKey(rc *graphql.OperationContext, shared map[string]bool) (string, bool) {
	for _, sel := range rc.Operation.SelectionSet {
		f, ok := sel.(*ast.Field)
		if !ok || !shared[f.Name] || len(f.Directives) > 0 {
			return "", false
		}
	}
	vars, err := json.Marshal(rc.Variables) // map keys sorted: one spelling per value
	if err != nil {
		return "", false
	}
	return rc.RawQuery + "\x00" + rc.OperationName + "\x00" + string(vars), true
}

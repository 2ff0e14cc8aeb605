package graph

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"sync"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/inft-labs/inft/graph/live"
)

// responseCache answers a query that was answered before, with the same
// text and variables, from memory: until any notification arrives (every
// change the indexer or the relayer commits is announced; the hub counts
// them) and for at most ttl (fields that move with time alone, such as a
// subscription's expiry, stay fresh within it). A change is seen by cached
// readers as soon as its notification reaches this process, a few
// milliseconds after the commit. Mutations, subscriptions, responses with
// errors, requests bearing a token, and queries of the uncached fields are
// never cached.
//
// An operation has one response: gqlgen's WebSocket transport calls the
// response handler until it returns nil, so the cache answers only the
// first call of an operation (answering every call while the entry was
// fresh sent a query's result to its socket hundreds of thousands of times
// a second).
//
// The responses kept are bounded by their bytes (responseCacheBytes), and
// those gone stale are dropped within a ttl or so, even when no request
// comes: a stale response is never answered, and need not take memory.
type responseCache struct {
	hub     *live.Hub
	ttl     time.Duration
	entries *sizedCache[cached]

	mu       sync.Mutex
	sweeping bool // a sweep is scheduled
}

func newResponseCache(hub *live.Hub, ttl time.Duration) *responseCache {
	return &responseCache{hub: hub, ttl: ttl, entries: newSizedCache(responseCacheBytes, func(key string, e cached) int64 {
		return int64(len(key)+len(e.resp.Data)) + 256
	})}
}

// sweep drops the stale responses, and comes again while some are kept.
func (c *responseCache) sweep() {
	version := c.hub.Version()
	c.mu.Lock() // an entry added meanwhile is seen, or schedules a sweep
	defer c.mu.Unlock()
	left := c.entries.drop(func(e cached) bool { return e.version != version || time.Since(e.at) >= c.ttl })
	c.sweeping = left > 0
	if c.sweeping {
		time.AfterFunc(c.ttl, c.sweep)
	}
}

type cached struct {
	version uint64
	at      time.Time
	resp    *graphql.Response
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationInterceptor
	graphql.ResponseInterceptor
} = (*responseCache)(nil)

// answeredKey carries whether an operation has had its response.
type answeredKey struct{}

func (*responseCache) InterceptOperation(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
	return next(context.WithValue(ctx, answeredKey{}, new(bool)))
}

func (*responseCache) ExtensionName() string                   { return "ResponseCache" }
func (*responseCache) Validate(graphql.ExecutableSchema) error { return nil }

func (c *responseCache) InterceptResponse(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
	if !graphql.HasOperationContext(ctx) {
		return next(ctx)
	}
	oc := graphql.GetOperationContext(ctx)
	if oc.Operation == nil || oc.Operation.Operation != ast.Query || hasBearer(ctx) || selectsAny(oc.Operation.SelectionSet, uncached) {
		return next(ctx)
	}
	if answered, _ := ctx.Value(answeredKey{}).(*bool); answered != nil { // the handler is called in turn, never at once
		if *answered {
			return nil
		}
		*answered = true
	}
	vars, err := json.Marshal(oc.Variables)
	if err != nil {
		return next(ctx)
	}
	sum := sha256.Sum256([]byte(oc.OperationName + "\x00" + oc.RawQuery + "\x00" + string(vars)))
	key := hex.EncodeToString(sum[:])
	version := c.hub.Version() // before reading: a change meanwhile makes the entry stale at once
	if e, ok := c.entries.Get(ctx, key); ok && e.version == version && time.Since(e.at) < c.ttl {
		return e.resp
	}
	began := time.Now()
	resp := next(ctx)
	if resp != nil && len(resp.Errors) == 0 {
		c.entries.Add(ctx, key, cached{version: version, at: began, resp: resp})
		c.mu.Lock()
		if !c.sweeping {
			c.sweeping = true
			time.AfterFunc(c.ttl, c.sweep)
		}
		c.mu.Unlock()
	}
	return resp
}

// uncached are the root fields whose answers are never reused: one that
// moves without notifications, one that must differ each time, and those
// of a signed-in user (a request bearing a token is never cached at all).
var uncached = []string{"indexerStatus", "siweNonce", "me", "chatSession", "chatSessions"}

func selectsAny(set ast.SelectionSet, fields []string) bool {
	for _, f := range fields {
		if selects(set, f) {
			return true
		}
	}
	return false
}

func selects(set ast.SelectionSet, field string) bool {
	for _, s := range set {
		switch s := s.(type) {
		case *ast.Field:
			if s.Name == field {
				return true
			}
		case *ast.InlineFragment:
			if selects(s.SelectionSet, field) {
				return true
			}
		case *ast.FragmentSpread:
			if s.Definition != nil && selects(s.Definition.SelectionSet, field) {
				return true
			}
		}
	}
	return false
}

package graph

import (
	"container/list"
	"context"
	"sync"

	"github.com/99designs/gqlgen/graphql"
)

// sizedCache is a least-recently-used cache bounded by the bytes of its
// entries, as size estimates them, rather than by their count: a count let
// 1,000 parsed documents of 20 MB each, or 10,000 responses of 1.4 MB, stay
// in memory. An entry larger than an eighth of the budget is not kept.
type sizedCache[T any] struct {
	budget int64
	size   func(key string, v T) int64

	mu    sync.Mutex
	used  int64
	order *list.List // of *sizedEntry[T], the most recently used first
	items map[string]*list.Element
}

type sizedEntry[T any] struct {
	key  string
	v    T
	size int64
}

var _ graphql.Cache[string] = (*sizedCache[string])(nil)

func newSizedCache[T any](budget int64, size func(key string, v T) int64) *sizedCache[T] {
	return &sizedCache[T]{budget: budget, size: size, order: list.New(), items: map[string]*list.Element{}}
}

func (c *sizedCache[T]) Get(_ context.Context, key string) (T, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	el, ok := c.items[key]
	if !ok {
		var zero T
		return zero, false
	}
	c.order.MoveToFront(el)
	return el.Value.(*sizedEntry[T]).v, true
}

func (c *sizedCache[T]) Add(_ context.Context, key string, v T) {
	size := c.size(key, v)
	c.mu.Lock()
	defer c.mu.Unlock()
	if el, ok := c.items[key]; ok {
		c.removeLocked(el)
	}
	if size > c.budget/8 {
		return
	}
	c.items[key] = c.order.PushFront(&sizedEntry[T]{key: key, v: v, size: size})
	c.used += size
	for c.used > c.budget {
		c.removeLocked(c.order.Back())
	}
}

// drop removes the entries stale says are, and tells how many are left.
func (c *sizedCache[T]) drop(stale func(T) bool) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	for el := c.order.Front(); el != nil; {
		next := el.Next()
		if stale(el.Value.(*sizedEntry[T]).v) {
			c.removeLocked(el)
		}
		el = next
	}
	return len(c.items)
}

func (c *sizedCache[T]) removeLocked(el *list.Element) {
	e := c.order.Remove(el).(*sizedEntry[T])
	delete(c.items, e.key)
	c.used -= e.size
}

package live

import (
	"cmp"
	"context"
	"slices"

	"github.com/vektah/gqlparser/v2/gqlerror"
)

// Stream runs a subscription over the hub h: it sends what refresh finds
// now (a Note that is Initial), then, for every notification that concerns
// it, what refresh finds, until ctx ends, the hub stops, refresh says the
// stream is over, or the subscriber falls too far behind. A stream that
// fails (cut off, or a read failing) gets a last event carrying an error,
// then completes; the client subscribes again and reads the current state.
// Without a hub (nil), subscriptions are not served.
func Stream[T any](ctx context.Context, h *Hub, concerns func(Note) bool, refresh func(ctx context.Context, n Note) ([]T, bool, error)) (<-chan T, error) {
	if h == nil {
		return nil, gqlerror.Errorf("subscriptions are not served here")
	}
	sub := h.subscribe()
	log := h.logger()
	out := make(chan T)
	send := func(items []T) bool {
		for _, it := range items {
			select {
			case out <- it:
			case <-ctx.Done():
				return false
			}
		}
		return true
	}
	go func() {
		defer close(out)
		defer h.unsubscribe(sub)
		items, over, err := refresh(ctx, Note{resync: true, initial: true})
		if err != nil || !send(items) || over {
			return
		}
		for {
			select {
			case <-ctx.Done():
				return
			case <-sub.cutOff():
				// What is still buffered is sent, then the stream ends.
				for {
					select {
					case n := <-sub.notes():
						if concerns(n) {
							if items, _, err := refresh(ctx, n); err == nil && !send(items) {
								return
							}
						}
					default:
						// A last, empty event carries an error (gqlgen
						// reports errors with an event, not on completion),
						// then the stream completes.
						log.Warn("subscriber cut off", "reason", errTooSlow)
						var none T
						send([]T{none})
						return
					}
				}
			case n, ok := <-sub.notes():
				if !ok {
					return
				}
				n, ok, closed := gather(sub, n, concerns)
				if !ok {
					if closed {
						return
					}
					continue
				}
				items, over, err := refresh(ctx, n)
				if err != nil { // an error event, as for a cut-off subscriber, then the end
					log.Error("subscription ended", "err", err)
					var none T
					send([]T{none})
					return
				}
				if !send(items) || over {
					return
				}
			}
		}
	}()
	return out, nil
}

// gather takes the notes already waiting with n, and merges those that
// concern the stream into one: a stream that fell behind catches up with one
// read (of the rows as they are now, which is all a read per note would have
// given too) rather than a read per note. ok says whether any concerns it;
// closed, whether the hub closed meanwhile.
func gather(sub *subscriber, n Note, concerns func(Note) bool) (merged Note, ok, closed bool) {
	take := func(m Note) {
		if !m.resync && !concerns(m) {
			return
		}
		if !ok {
			merged, ok = m, true
			merged.IDs = slices.Clone(m.IDs)
			merged.Events = slices.Clone(m.Events)
			return
		}
		merged.resync = merged.resync || m.resync
		merged.initial = merged.initial && m.initial
		merged.Kind = cmp.Or(merged.Kind, m.Kind)
		for _, id := range m.IDs {
			if !slices.Contains(merged.IDs, id) {
				merged.IDs = append(merged.IDs, id)
			}
		}
		merged.Events = append(merged.Events, m.Events...)
		// The newest note's reads, shared with the streams that take that note
		// alone: a read whose key names all it depends on (see Shared) is the
		// same for the merged note only when it is the same read.
		merged.memo = m.memo
	}
	take(n)
	for {
		select {
		case m, open := <-sub.notes():
			if !open {
				return merged, ok, true
			}
			take(m)
		default:
			return merged, ok, false
		}
	}
}

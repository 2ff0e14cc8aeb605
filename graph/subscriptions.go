package graph

import (
	"cmp"
	"context"
	"database/sql"
	"errors"
	"slices"
	"strings"

	"github.com/lib/pq"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/inft-labs/inft/graph/model"
	"github.com/inft-labs/inft/graph/scalar"
)

// stream runs a subscription: it sends what catchUp finds now, then, for
// every notification that concerns it, what refresh finds, until ctx ends,
// the hub closes, refresh says the stream is over, or the subscriber falls
// too far behind. A stream that fails (cut off, or a read failing) gets a
// last event carrying an error, then completes; the client subscribes again
// and reads the current state.
func stream[T any](ctx context.Context, r *Resolver, concerns func(note) bool, refresh func(ctx context.Context, n note) ([]T, bool, error)) (<-chan T, error) {
	if r.Hub == nil {
		return nil, gqlerror.Errorf("subscriptions are not served here")
	}
	sub := r.Hub.subscribe()
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
		defer r.Hub.unsubscribe(sub)
		items, over, err := refresh(ctx, note{resync: true, initial: true})
		if err != nil || !send(items) || over {
			return
		}
		for {
			select {
			case <-ctx.Done():
				return
			case <-sub.tooSlow:
				// What is still buffered is sent, then the stream ends.
				for {
					select {
					case n := <-sub.ch:
						if concerns(n) {
							if items, _, err := refresh(ctx, n); err == nil && !send(items) {
								return
							}
						}
					default:
						// A last, empty event carries an error (gqlgen
						// reports errors with an event, not on completion),
						// then the stream completes.
						r.Hub.log.Warn("subscriber cut off", "reason", errTooSlow)
						var none T
						send([]T{none})
						return
					}
				}
			case n, ok := <-sub.ch:
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
					r.Hub.log.Error("subscription ended", "err", err)
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
func gather(sub *subscriber, n note, concerns func(note) bool) (merged note, ok, closed bool) {
	take := func(m note) {
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
		// alone: a read whose key names all it depends on (see shared) is the
		// same for the merged note only when it is the same read.
		merged.memo = m.memo
	}
	take(n)
	for {
		select {
		case m, open := <-sub.ch:
			if !open {
				return merged, ok, true
			}
			take(m)
		default:
			return merged, ok, false
		}
	}
}

func (r *Resolver) generationProgress(ctx context.Context, requestID string) (<-chan *model.GenerationProgress, error) {
	if _, err := decimalID("requestId", requestID); err != nil {
		return nil, err
	}
	var last int64
	return stream(ctx, r, func(n note) bool {
		return (n.Kind == "progress" || n.Kind == "requests") && slices.Contains(n.IDs, requestID)
	}, func(ctx context.Context, _ note) ([]*model.GenerationProgress, bool, error) {
		var rows []struct {
			ID    int64 `db:"id"`
			Final bool  `db:"final"`
			model.GenerationProgress
		}
		if err := r.DB.SelectContext(ctx, &rows, `SELECT id, request_id::text AS request_id, stage, percent, message, at,
			block_number IS NOT NULL AND stage IN ('FULFILLED', 'FAILED') AS final
			FROM generation_progress WHERE request_id = $1::numeric AND id > $2 ORDER BY id`, requestID, last); err != nil {
			return nil, false, err
		}
		out := make([]*model.GenerationProgress, 0, len(rows))
		over := false
		for i := range rows {
			last = rows[i].ID
			out = append(out, &rows[i].GenerationProgress)
			over = over || rows[i].Final
		}
		return out, over, nil
	})
}

func (r *Resolver) generationUpdates(ctx context.Context, agentID *string, requester *scalar.Address) (<-chan *model.Generation, error) {
	w, err := generationFilter(agentID, requester)
	if err != nil {
		return nil, err
	}
	return stream(ctx, r, func(n note) bool { return n.Kind == "progress" || n.Kind == "requests" },
		func(ctx context.Context, n note) ([]*model.Generation, bool, error) {
			if n.resync && len(n.IDs) == 0 { // a catch-up, or a reconnection alone
				return nil, false, nil // no history: updates from now on
			}
			q := &where{conds: slices.Clone(w.conds), args: slices.Clone(w.args)}
			q.add("r.id = ANY(?::numeric[])", pq.Array(n.IDs))
			var rows []*model.Generation
			err := r.DB.SelectContext(ctx, &rows, `SELECT `+generationCols+` FROM generation_requests r`+q.sql()+` ORDER BY r.id`, q.args...)
			return rows, false, err
		})
}

func (r *Resolver) listingEvents(ctx context.Context, collection *model.Collection) (<-chan *model.ListingEvent, error) {
	return stream(ctx, r, func(n note) bool { return n.Kind == "listings" },
		func(ctx context.Context, n note) ([]*model.ListingEvent, bool, error) {
			if len(n.Events) == 0 {
				return nil, false, nil
			}
			ids := make([]string, len(n.Events))
			for i, e := range n.Events {
				ids[i] = e.ID
			}
			// The key names the listings read: a stream that merged several
			// notes reads more than those that took the newest alone.
			rows, err := shared(n, "listings:"+strings.Join(ids, ","), func() ([]*model.Listing, error) {
				var rows []*model.Listing
				err := r.DB.SelectContext(ctx, &rows, `SELECT `+listingCols+` FROM listings WHERE id = ANY($1::numeric[])`, pq.Array(ids))
				return rows, err
			})
			if err != nil {
				return nil, false, err
			}
			byID := map[string]*model.Listing{}
			for _, l := range rows {
				byID[l.ID] = l
			}
			var out []*model.ListingEvent
			for _, e := range n.Events {
				l := byID[e.ID]
				if l == nil || (collection != nil && l.Collection() != *collection) {
					continue
				}
				out = append(out, &model.ListingEvent{Type: model.ListingEventType(e.Event), Listing: l})
			}
			return out, false, nil
		})
}

func (r *Resolver) agentUpdates(ctx context.Context, agentID string) (<-chan *model.Agent, error) {
	if _, err := decimalID("agentId", agentID); err != nil {
		return nil, err
	}
	return stream(ctx, r, func(n note) bool { return n.Kind == "agents" && slices.Contains(n.IDs, agentID) },
		func(ctx context.Context, n note) ([]*model.Agent, bool, error) {
			// Updates from now on; after a reconnection, whose
			// notifications may be lost, the agent as it is now.
			if n.initial {
				return nil, false, nil
			}
			a, err := shared(n, "agent:"+agentID, func() (*model.Agent, error) {
				var a model.Agent
				err := r.DB.GetContext(ctx, &a, `SELECT `+agentCols+` FROM agents WHERE id = $1::numeric`, agentID)
				if errors.Is(err, sql.ErrNoRows) {
					return nil, nil // reorged out
				}
				return &a, err
			})
			if err != nil || a == nil {
				return nil, false, err
			}
			return []*model.Agent{a}, false, nil
		})
}

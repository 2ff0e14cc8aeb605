package graph

import (
	"context"
	"database/sql"
	"errors"
	"slices"
	"strings"

	"github.com/lib/pq"

	"github.com/inft-labs/inft/graph/live"
	"github.com/inft-labs/inft/graph/model"
	"github.com/inft-labs/inft/graph/scalar"
)

func (r *Resolver) generationProgress(ctx context.Context, requestID string) (<-chan *model.GenerationProgress, error) {
	if _, err := decimalID("requestId", requestID); err != nil {
		return nil, err
	}
	var last int64
	return live.Stream(ctx, r.Hub, func(n live.Note) bool {
		return (n.Kind == "progress" || n.Kind == "requests") && slices.Contains(n.IDs, requestID)
	}, func(ctx context.Context, _ live.Note) ([]*model.GenerationProgress, bool, error) {
		var rows []struct {
			ID    int64 `db:"id"`
			Final bool  `db:"final"`
			model.GenerationProgress
		}
		if err := r.DB.SelectContext(ctx, &rows, `SELECT id, request_id::text AS request_id, stage, percent, message, at,
			agent_id::text AS agent_id, block_number IS NOT NULL AND stage IN ('FULFILLED', 'FAILED') AS final
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
	return live.Stream(ctx, r.Hub, func(n live.Note) bool { return n.Kind == "progress" || n.Kind == "requests" },
		func(ctx context.Context, n live.Note) ([]*model.Generation, bool, error) {
			if n.Resync() && len(n.IDs) == 0 { // a catch-up, or a reconnection alone
				return nil, false, nil // no history: updates from now on
			}
			q := &where{conds: slices.Clone(w.conds), args: slices.Clone(w.args)}
			q.add("r.id = ANY(?::numeric[])", pq.Array(n.IDs))
			var rows []*model.Generation
			err := r.DB.SelectContext(ctx, &rows, `SELECT `+generationCols+` FROM generation_requests r`+q.sql()+` ORDER BY r.id`, q.args...)
			return rows, false, err
		})
}

// errListingEventsLost ends the listingEvents streams after the hub lost
// notifications.
var errListingEventsLost = errors.New("listing events may have been lost while the server reconnected to the database: subscribe again and read the listings")

func (r *Resolver) listingEvents(ctx context.Context, collection *model.Collection) (<-chan *model.ListingEvent, error) {
	return live.Stream(ctx, r.Hub, func(n live.Note) bool { return n.Kind == "listings" },
		func(ctx context.Context, n live.Note) ([]*model.ListingEvent, bool, error) {
			if n.Resync() && !n.Initial() {
				// The hub listened again after losing its connection: the
				// listing events of meanwhile are lost and nothing records
				// them, so the stream ends with an error rather than
				// carrying on with a silent gap.
				return nil, false, errListingEventsLost
			}
			if len(n.Events) == 0 {
				return nil, false, nil
			}
			ids := make([]string, len(n.Events))
			for i, e := range n.Events {
				ids[i] = e.ID
			}
			// The key names the listings read: a stream that merged several
			// notes reads more than those that took the newest alone.
			rows, err := live.Shared(ctx, n, "listings:"+strings.Join(ids, ","), func(ctx context.Context) ([]*model.Listing, error) {
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
	return live.Stream(ctx, r.Hub, func(n live.Note) bool { return n.Kind == "agents" && slices.Contains(n.IDs, agentID) },
		func(ctx context.Context, n live.Note) ([]*model.Agent, bool, error) {
			// Updates from now on; after a reconnection, whose
			// notifications may be lost, the agent as it is now.
			if n.Initial() {
				return nil, false, nil
			}
			a, err := live.Shared(ctx, n, "agent:"+agentID, func(ctx context.Context) (*model.Agent, error) {
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

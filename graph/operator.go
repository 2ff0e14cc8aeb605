package graph

import (
	"context"
	"fmt"
	"time"

	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/inft-labs/inft/ai"
	"github.com/inft-labs/inft/graph/model"
)

// maxOperatorHours bounds Query.operatorStats(hours).
const maxOperatorHours = 720

// requireAdminKey refuses a request that does not carry the admin key.
func (r *Resolver) requireAdminKey(ctx context.Context) error {
	if r.AdminKey == "" {
		return gqlerror.Errorf("operator stats are off: the server has no ADMIN_API_KEY")
	}
	if ok, _ := ctx.Value(adminKey{}).(bool); !ok {
		return gqlerror.Errorf("unauthorized: operator stats need the header Authorization: Bearer <ADMIN_API_KEY>")
	}
	return nil
}

// The generated models carry no db tags: the columns are named as sqlx
// maps their fields (lower case).

// operatorStats reads what the operators watch from the tables the relayer,
// River and the transaction manager keep: any replica answers the same.
func (r *Resolver) operatorStats(ctx context.Context, hours *int) (*model.OperatorStats, error) {
	if err := r.requireAdminKey(ctx); err != nil {
		return nil, err
	}
	h := 24
	if hours != nil {
		h = *hours
	}
	if h < 1 || h > maxOperatorHours {
		return nil, fmt.Errorf("hours must be 1 to %d, not %d", maxOperatorHours, h)
	}
	since := time.Now().Add(-time.Duration(h) * time.Hour)
	out := &model.OperatorStats{Since: since, Queue: &model.QueueStats{Jobs: []*model.JobCount{}}, Relayer: &model.RelayerStats{}}

	var providers []struct {
		Name    string  `db:"provider"`
		Calls   int     `db:"calls"`
		Errors  int     `db:"errors"`
		P50     float64 `db:"p50"`
		P95     float64 `db:"p95"`
		Cost    float64 `db:"cost"`
		Ratings int64   `db:"ratings"`
		Sum     int64   `db:"rating_sum"`
	}
	if err := r.DB.SelectContext(ctx, &providers, `SELECT a.provider, count(*) AS calls, count(*) FILTER (WHERE a.outcome <> 'SUCCESS') AS errors,
			percentile_cont(0.5) WITHIN GROUP (ORDER BY a.latency_ms) AS p50, percentile_cont(0.95) WITHIN GROUP (ORDER BY a.latency_ms) AS p95,
			coalesce(sum(a.cost_usd), 0) AS cost, coalesce(max(q.ratings), 0) AS ratings, coalesce(max(q.rating_sum), 0) AS rating_sum
		FROM generation_attempts a LEFT JOIN provider_ratings q ON q.provider = a.provider
		WHERE a.at >= $1 GROUP BY a.provider ORDER BY calls DESC, a.provider`, since); err != nil {
		return nil, err
	}
	total := 0
	for _, p := range providers {
		total += p.Calls
	}
	out.Providers = []*model.ProviderStats{}
	byName := map[string]*model.ProviderStats{}
	for _, p := range providers {
		ps := &model.ProviderStats{Name: p.Name, Calls: p.Calls, Errors: p.Errors,
			P50LatencyMs: p.P50, P95LatencyMs: p.P95, CostUsd: p.Cost, Share: float64(p.Calls) / float64(max(total, 1)),
			Quality: ai.Rating{Count: p.Ratings, Sum: p.Sum}.Quality()}
		out.Providers = append(out.Providers, ps)
		byName[p.Name] = ps
	}
	if st, ok := r.Admin.(ProviderStater); ok {
		for _, h := range st.ProviderStates() {
			ps := byName[h.Provider]
			if ps == nil {
				ps = &model.ProviderStats{Name: h.Provider, Quality: h.Quality}
				out.Providers = append(out.Providers, ps)
			}
			state, paused := h.State, h.Paused
			ps.Breaker, ps.Paused = &state, &paused
		}
	}

	if err := r.DB.SelectContext(ctx, &out.Queue.Jobs, `SELECT kind, state::text AS state, priority, count(*) AS count FROM river_job
		WHERE state NOT IN ('completed', 'cancelled', 'discarded') GROUP BY kind, state, priority ORDER BY kind, state, priority`); err != nil {
		return nil, err
	}
	var queue struct {
		Oldest    *float64 `db:"oldest"`
		Completed float64  `db:"completed"`
		Retried   int      `db:"retried"`
	}
	if err := r.DB.GetContext(ctx, &queue, `SELECT
			(SELECT extract(epoch FROM now() - min(scheduled_at)) FROM river_job WHERE state = 'available' AND scheduled_at <= now()) AS oldest,
			(SELECT count(*) FROM river_job WHERE state = 'completed' AND finalized_at >= $1)::float8 / $2 AS completed,
			(SELECT count(*) FROM river_job WHERE attempt > 1 AND created_at >= $1) AS retried`, since, float64(h*60)); err != nil {
		return nil, err
	}
	out.Queue.OldestWaitingSeconds, out.Queue.CompletedPerMinute, out.Queue.Retried = queue.Oldest, queue.Completed, queue.Retried

	status, err := r.indexerStatus(ctx)
	if err != nil {
		return nil, err
	}
	out.Indexer = status
	if err := r.DB.GetContext(ctx, out.Relayer, `SELECT
			(SELECT count(*) FROM txs WHERE state IN ('unstarted', 'unconfirmed')) AS pendingtransactions,
			(SELECT count(*) FROM txs WHERE state = 'confirmed' AND updated_at >= $1) AS confirmed,
			(SELECT count(*) FROM txs WHERE state = 'fatal' AND updated_at >= $1) AS fatal,
			(SELECT error FROM txs WHERE state = 'fatal' AND updated_at >= $1 ORDER BY updated_at DESC LIMIT 1) AS lastfatalerror`, since); err != nil {
		return nil, err
	}
	out.RecentFailures = []*model.RequestFailure{}
	if err := r.DB.SelectContext(ctx, &out.RecentFailures, `SELECT id::text AS requestid, agent_id::text AS agentid,
		coalesce(failure_reason, '') AS reason, updated_at AS at FROM generation_requests WHERE status = 3
		ORDER BY updated_block DESC, id DESC LIMIT 20`); err != nil {
		return nil, err
	}
	return out, nil
}

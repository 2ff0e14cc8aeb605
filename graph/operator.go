package graph

import (
	"context"
	"fmt"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/inft-labs/inft/ai"
	"github.com/inft-labs/inft/graph/model"
	"github.com/inft-labs/inft/graph/scalar"
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
			(SELECT error FROM txs WHERE state = 'fatal' AND updated_at >= $1 ORDER BY updated_at DESC LIMIT 1) AS lastfatalerror,
			(SELECT coalesce(sum(gas_used::numeric * gas_price), 0)::text FROM txs
				WHERE state = 'confirmed' AND gas_used IS NOT NULL AND updated_at >= $1) AS gasspent,
			(SELECT coalesce(sum(gas_used), 0)::text FROM txs WHERE state = 'confirmed' AND gas_used IS NOT NULL AND updated_at >= $1) AS gasused`, since); err != nil {
		return nil, err
	}
	if w, ok := r.Admin.(WalletStater); ok {
		addr, balance, err := w.Wallet(ctx)
		a := scalar.Address(addr)
		out.Relayer.WalletAddress = &a
		if err != nil { // the node is away: the rest still answers
			graphql.AddErrorf(ctx, "the relayer's wallet balance: %v", err)
		} else {
			b := scalar.BigInt(balance.String())
			out.Relayer.WalletBalance = &b
		}
	}
	out.RecentFailures = []*model.RequestFailure{}
	if err := r.DB.SelectContext(ctx, &out.RecentFailures, `SELECT id::text AS requestid, agent_id::text AS agentid,
		coalesce(failure_reason, '') AS reason, updated_at AS at FROM generation_requests WHERE status = 3
		ORDER BY updated_block DESC, id DESC LIMIT 20`); err != nil {
		return nil, err
	}
	out.FailedJobs = []*model.FailedJob{}
	if err := r.DB.SelectContext(ctx, &out.FailedJobs, `SELECT j.id::text AS jobid, j.args->>'request_id' AS requestid,
			r.agent_id::text AS agentid, j.state::text AS state, j.attempt, j.max_attempts AS maxattempts,
			coalesce(j.errors[array_length(j.errors, 1)]->>'error', '') AS error, coalesce(j.attempted_at, j.created_at) AS at,
			CASE WHEN j.state = 'retryable' THEN j.scheduled_at END AS nextattemptat
		FROM river_job j JOIN generation_requests r ON j.args->>'request_id' ~ '^[0-9]{1,78}$' AND r.id = (j.args->>'request_id')::numeric
		WHERE j.kind = 'generate' AND j.state IN ('retryable', 'discarded', 'cancelled') AND r.status = 1
			AND NOT EXISTS (SELECT 1 FROM river_job k WHERE k.kind = 'generate' AND k.args->>'request_id' = j.args->>'request_id' AND k.id > j.id)
		ORDER BY at DESC, j.id DESC LIMIT 50`); err != nil {
		return nil, err
	}
	out.Hourly = []*model.OperatorHour{}
	if err := r.DB.SelectContext(ctx, &out.Hourly, `WITH hours AS (
			SELECT generate_series(date_trunc('hour', $1::timestamptz), date_trunc('hour', now()), interval '1 hour') AS hour)
		SELECT h.hour, coalesce(a.calls, 0) AS calls, coalesce(a.errors, 0) AS errors, coalesce(a.p95, 0) AS p95latencyms,
			coalesce(a.cost, 0) AS costusd, coalesce(j.n, 0) AS jobscompleted, coalesce(t.events, 0) AS events,
			coalesce(g.fee, 0)::text AS gasspent
		FROM hours h
		LEFT JOIN (SELECT date_trunc('hour', at) AS hour, count(*) AS calls, count(*) FILTER (WHERE outcome <> 'SUCCESS') AS errors,
				percentile_cont(0.95) WITHIN GROUP (ORDER BY latency_ms) AS p95, sum(cost_usd) AS cost
			FROM generation_attempts WHERE at >= $1 GROUP BY 1) a USING (hour)
		LEFT JOIN (SELECT date_trunc('hour', finalized_at) AS hour, count(*) AS n FROM river_job
			WHERE state = 'completed' AND finalized_at >= $1 GROUP BY 1) j USING (hour)
		LEFT JOIN (SELECT date_trunc('hour', minute) AS hour, sum(events) AS events FROM indexer_throughput
			WHERE minute >= $1 GROUP BY 1) t USING (hour)
		LEFT JOIN (SELECT date_trunc('hour', updated_at) AS hour, sum(gas_used::numeric * gas_price) AS fee FROM txs
			WHERE state = 'confirmed' AND gas_used IS NOT NULL AND updated_at >= $1 GROUP BY 1) g USING (hour)
		ORDER BY h.hour`, since); err != nil {
		return nil, err
	}
	return out, nil
}

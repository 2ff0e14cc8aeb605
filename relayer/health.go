package relayer

import (
	"context"
	"time"

	"github.com/jmoiron/sqlx"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/inft-labs/inft/ai"
)

// providerHealth exports each AI provider's health from the orchestrator
// at each scrape. It sends no request: paid APIs are not probed with traffic
// of our own.
type providerHealth struct {
	ai                 *ai.Orchestrator
	up, ewma, inFlight *prometheus.Desc
	quality, ratings   *prometheus.Desc
}

// ProviderHealth is a Prometheus collector of the orchestrator's providers:
// inft_ai_provider_up, inft_ai_provider_success_ewma, inft_ai_provider_in_flight,
// inft_ai_provider_quality and inft_ai_provider_ratings.
func ProviderHealth(o *ai.Orchestrator) prometheus.Collector {
	labels := []string{"provider"}
	return &providerHealth{ai: o,
		up: prometheus.NewDesc("inft_ai_provider_up",
			"1 when the provider takes work (breaker not open, not paused, no cooldown).", labels, nil),
		ewma: prometheus.NewDesc("inft_ai_provider_success_ewma",
			"The provider's moving average of successful attempts.", labels, nil),
		inFlight: prometheus.NewDesc("inft_ai_provider_in_flight",
			"Generations the provider is working on.", labels, nil),
		quality: prometheus.NewDesc("inft_ai_provider_quality",
			"The provider's quality as users rate its chat replies, 1 to 5 (3: unrated); it ranks the provider.", labels, nil),
		ratings: prometheus.NewDesc("inft_ai_provider_ratings",
			"How many of the provider's chat replies users rated.", labels, nil),
	}
}

// Describe implements prometheus.Collector.
func (p *providerHealth) Describe(ch chan<- *prometheus.Desc) {
	ch <- p.up
	ch <- p.ewma
	ch <- p.inFlight
	ch <- p.quality
	ch <- p.ratings
}

// Collect implements prometheus.Collector.
func (p *providerHealth) Collect(ch chan<- prometheus.Metric) {
	for _, st := range p.ai.Stats() {
		up := 0.0
		if st.State != "open" && !st.Paused && st.CooldownLeft == 0 {
			up = 1
		}
		ch <- prometheus.MustNewConstMetric(p.up, prometheus.GaugeValue, up, st.Provider)
		ch <- prometheus.MustNewConstMetric(p.ewma, prometheus.GaugeValue, st.SuccessEWMA, st.Provider)
		ch <- prometheus.MustNewConstMetric(p.inFlight, prometheus.GaugeValue, float64(st.InFlight), st.Provider)
		ch <- prometheus.MustNewConstMetric(p.quality, prometheus.GaugeValue, st.Quality, st.Provider)
		ch <- prometheus.MustNewConstMetric(p.ratings, prometheus.GaugeValue, float64(st.Rating.Count), st.Provider)
	}
}

// queueDepth exports the generation jobs by River state and the age of the
// oldest waiting one, read from the database at each scrape: every replica
// reports the same queue.
type queueDepth struct {
	db           *sqlx.DB
	jobs, oldest *prometheus.Desc
}

// QueueDepth is a Prometheus collector of the generation queue:
// inft_relayer_queue_jobs{state} and inft_relayer_queue_oldest_waiting_seconds.
func QueueDepth(db *sqlx.DB) prometheus.Collector {
	return &queueDepth{db: db,
		jobs: prometheus.NewDesc("inft_relayer_queue_jobs",
			"Generation jobs in the queue, by River state (available, scheduled, retryable, running).", []string{"state"}, nil),
		oldest: prometheus.NewDesc("inft_relayer_queue_oldest_waiting_seconds",
			"Age of the oldest generation job waiting to run (0: none waits).", nil, nil),
	}
}

// Describe implements prometheus.Collector.
func (q *queueDepth) Describe(ch chan<- *prometheus.Desc) {
	ch <- q.jobs
	ch <- q.oldest
}

// Collect implements prometheus.Collector; a failed read is reported to the
// scraper as an invalid metric.
func (q *queueDepth) Collect(ch chan<- prometheus.Metric) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	var r struct {
		Available int     `db:"available"`
		Scheduled int     `db:"scheduled"`
		Retryable int     `db:"retryable"`
		Running   int     `db:"running"`
		Oldest    float64 `db:"oldest"`
	}
	err := q.db.GetContext(ctx, &r, `SELECT count(*) FILTER (WHERE state = 'available') AS available,
			count(*) FILTER (WHERE state = 'scheduled') AS scheduled,
			count(*) FILTER (WHERE state = 'retryable') AS retryable,
			count(*) FILTER (WHERE state = 'running') AS running,
			coalesce(extract(epoch FROM now() - min(created_at) FILTER (WHERE state IN ('available', 'scheduled', 'retryable'))), 0) AS oldest
		FROM river_job WHERE kind = 'generate'`)
	if err != nil {
		ch <- prometheus.NewInvalidMetric(q.jobs, err)
		return
	}
	for state, n := range map[string]int{"available": r.Available, "scheduled": r.Scheduled, "retryable": r.Retryable, "running": r.Running} {
		ch <- prometheus.MustNewConstMetric(q.jobs, prometheus.GaugeValue, float64(n), state)
	}
	ch <- prometheus.MustNewConstMetric(q.oldest, prometheus.GaugeValue, r.Oldest)
}

package indexer

import (
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// Metrics are the indexer's Prometheus metrics.
type Metrics struct {
	head, indexed, finalized, lag prometheus.Gauge
	blocks, events                prometheus.Counter
	rangeShrinks, reorgs          prometheus.Counter
	rpcErrors                     *prometheus.CounterVec
	batchSeconds, reorgDepth      prometheus.Histogram
	eta                           prometheus.Gauge
	stalled                       prometheus.Gauge
	syncFailures                  prometheus.Counter
}

// NewMetrics creates the metrics and registers them with reg (nil: not registered).
func NewMetrics(reg prometheus.Registerer) *Metrics {
	m := &Metrics{
		head:         prometheus.NewGauge(prometheus.GaugeOpts{Name: "inft_indexer_head_block", Help: "The chain's latest block as last seen."}),
		indexed:      prometheus.NewGauge(prometheus.GaugeOpts{Name: "inft_indexer_indexed_block", Help: "The last block fully indexed."}),
		finalized:    prometheus.NewGauge(prometheus.GaugeOpts{Name: "inft_indexer_finalized_block", Help: "The chain's finalized block as last seen."}),
		lag:          prometheus.NewGauge(prometheus.GaugeOpts{Name: "inft_indexer_lag_blocks", Help: "Blocks between the head and the last indexed block."}),
		eta:          prometheus.NewGauge(prometheus.GaugeOpts{Name: "inft_indexer_backfill_eta_seconds", Help: "Estimated seconds until the backfill reaches its target."}),
		blocks:       prometheus.NewCounter(prometheus.CounterOpts{Name: "inft_indexer_blocks_total", Help: "Blocks indexed."}),
		events:       prometheus.NewCounter(prometheus.CounterOpts{Name: "inft_indexer_events_total", Help: "Contract events indexed."}),
		rangeShrinks: prometheus.NewCounter(prometheus.CounterOpts{Name: "inft_indexer_range_shrinks_total", Help: "eth_getLogs ranges halved after the node refused them."}),
		reorgs:       prometheus.NewCounter(prometheus.CounterOpts{Name: "inft_indexer_reorgs_total", Help: "Reorgs rolled back."}),
		rpcErrors:    prometheus.NewCounterVec(prometheus.CounterOpts{Name: "inft_indexer_rpc_errors_total", Help: "Failed RPC calls, retried."}, []string{"call"}),
		batchSeconds: prometheus.NewHistogram(prometheus.HistogramOpts{Name: "inft_indexer_batch_seconds", Help: "Time spent writing one transaction: a followed block, or the fetched ranges one backfill transaction took (not the waits for the node).", Buckets: prometheus.ExponentialBuckets(0.001, 2, 14)}),
		stalled: prometheus.NewGauge(prometheus.GaugeOpts{Name: "inft_indexer_stalled",
			Help: "1 while the indexer keeps failing the same batch (see the log and indexerStatus), else 0."}),
		syncFailures: prometheus.NewCounter(prometheus.CounterOpts{Name: "inft_indexer_sync_failures_total", Help: "Failed syncs, retried."}),
		reorgDepth:   prometheus.NewHistogram(prometheus.HistogramOpts{Name: "inft_indexer_reorg_depth_blocks", Help: "Depth of the reorgs rolled back.", Buckets: []float64{1, 2, 3, 5, 8, 13, 21, 34, 64, 128}}),
	}
	if reg != nil {
		reg.MustRegister(m.head, m.indexed, m.finalized, m.lag, m.eta, m.blocks, m.events, m.rangeShrinks, m.reorgs,
			m.rpcErrors, m.batchSeconds, m.reorgDepth, m.stalled, m.syncFailures)
	}
	return m
}

// progress logs a backfill's speed now and then.
type progress struct {
	ix             *Indexer
	from, to, head uint64
	start, lastLog time.Time
	blocks, events uint64
}

func newProgress(ix *Indexer, from, to, head uint64) *progress {
	now := time.Now()
	return &progress{ix: ix, from: from, to: to, head: head, start: now, lastLog: now}
}

func (p *progress) batch(b *batch) {
	p.blocks += b.to - b.from + 1
	p.events += uint64(len(b.events))
	elapsed := time.Since(p.start).Seconds()
	if elapsed <= 0 {
		return
	}
	bps := float64(p.blocks) / elapsed
	left := float64(p.to - b.to)
	eta := time.Duration(left / bps * float64(time.Second))
	p.ix.m.eta.Set(eta.Seconds())
	if time.Since(p.lastLog) < 5*time.Second && b.to != p.to {
		return
	}
	p.lastLog = time.Now()
	p.ix.log.Info("backfill",
		"block", b.to, "target", p.to, "head", p.head, "lag", p.head-b.to,
		"blocks_per_s", int(bps), "events_per_s", int(float64(p.events)/elapsed),
		"eta", eta.Round(time.Second), "range", p.ix.fetch.rng)
}

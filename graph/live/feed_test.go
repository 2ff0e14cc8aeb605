package live

import (
	"context"
	"log/slog"
	"sync"
	"testing"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/stretchr/testify/require"

	"github.com/inft-labs/inft/internal/promtest"
)

// A feed whose only subscriber is cut off (its connection has no room)
// stops: it neither stays running nor keeps its stream going.
func TestAFeedStopsWithItsLastSubscriberCutOff(t *testing.T) {
	dropped := prometheus.NewCounter(prometheus.CounterOpts{Name: "dropped"})
	reg := prometheus.NewRegistry()
	reg.MustRegister(dropped)
	fs := newFeeds(slog.New(slog.DiscardHandler), prometheus.NewGauge(prometheus.GaugeOpts{Name: "f"}), dropped.Inc)
	full := &batchedConn{wake: make(chan struct{}, 1), next: "next"}
	full.room = sync.NewCond(&full.mu)
	for range queueMessages {
		full.queue = append(full.queue, []byte("{}"))
	}
	events := make(chan *graphql.Response, 1)
	stopped := make(chan struct{})
	handler := fs.join(context.Background(), "k", full, "1", func(ctx context.Context) (graphql.ResponseHandler, context.Context) {
		go func() { <-ctx.Done(); close(stopped) }()
		return func(ctx context.Context) *graphql.Response {
			select {
			case r := <-events:
				return r
			case <-ctx.Done():
				return nil
			}
		}, ctx
	})
	events <- &graphql.Response{Data: []byte(`{"agentUpdates":null}`)}
	resp := handler(context.Background())
	require.NotNil(t, resp)
	require.Contains(t, resp.Errors.Error(), "subscribe again", "cut off, with an error")
	require.Nil(t, handler(context.Background()), "then the end of its stream")
	select {
	case <-stopped:
	case <-time.After(5 * time.Second):
		t.Fatal("the feed's stream still runs without subscribers")
	}
	require.Zero(t, fs.running())
	require.Equal(t, 1.0, promtest.Sum(t, reg, "dropped", nil), "counted as dropped")
}

package graph

import (
	"cmp"
	"context"
	"net"
	"net/http"
	"slices"
	"sync"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/prometheus/client_golang/prometheus"
	"golang.org/x/time/rate"
)

// cors answers browsers from the allowed origins ("*": any) and preflights.
func cors(origins []string, next http.Handler) http.Handler {
	any := slices.Contains(origins, "*")
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		origin := r.Header.Get("Origin")
		if origin != "" && (any || slices.Contains(origins, origin)) {
			h := w.Header()
			h.Set("Access-Control-Allow-Origin", origin)
			h.Add("Vary", "Origin")
			h.Set("Access-Control-Allow-Headers", "Content-Type, Authorization")
			h.Set("Access-Control-Allow-Methods", "POST, GET, OPTIONS")
			h.Set("Access-Control-Max-Age", "600")
		}
		if r.Method == http.MethodOptions {
			w.WriteHeader(http.StatusNoContent)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// limiter holds a token bucket per client IP, forgetting idle ones.
type limiter struct {
	rate    rate.Limit
	burst   int
	mu      sync.Mutex
	clients map[string]*client
}

type client struct {
	lim  *rate.Limiter
	seen time.Time
}

// newLimiter allows a client IP perSecond requests a second (bursts of
// twice that); 0: nil, no limit.
func newLimiter(perSecond float64) *limiter {
	if perSecond <= 0 {
		return nil
	}
	return &limiter{rate: rate.Limit(perSecond), burst: max(int(2*perSecond), 1), clients: map[string]*client{}}
}

// rateLimit answers 429 to a client IP over l's allowance (nil: none).
func rateLimit(l *limiter, next http.Handler) http.Handler {
	if l == nil {
		return next
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !l.allow(clientIP(r)) {
			w.Header().Set("Retry-After", "1")
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(http.StatusTooManyRequests)
			_, _ = w.Write([]byte(`{"errors":[{"message":"too many requests from this address: slow down"}]}`))
			return
		}
		next.ServeHTTP(w, r)
	})
}

// allow takes a request of ip from its allowance; a nil limiter allows all.
func (l *limiter) allow(ip string) bool {
	if l == nil {
		return true
	}
	now := time.Now()
	l.mu.Lock()
	defer l.mu.Unlock()
	c := l.clients[ip]
	if c == nil {
		if len(l.clients) > 100_000 { // forget clients idle for a minute
			for k, v := range l.clients {
				if now.Sub(v.seen) > time.Minute {
					delete(l.clients, k)
				}
			}
		}
		c = &client{lim: rate.NewLimiter(l.rate, l.burst)}
		l.clients[ip] = c
	}
	c.seen = now
	return c.lim.AllowN(now, 1)
}

// clientIP is the peer's address (a proxy in front sets its own; trusting
// X-Forwarded-For would let any client pick its bucket).
func clientIP(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

// metrics times each operation and counts its errors, labelled with the
// operation's name when it is one of known, else "other" (or "anonymous").
type metrics struct {
	duration *prometheus.HistogramVec
	errors   *prometheus.CounterVec
	known    map[string]bool
}

var _ interface {
	graphql.HandlerExtension
	graphql.ResponseInterceptor
} = metrics{}

func newMetrics(reg prometheus.Registerer, known []string) (metrics, error) {
	m := metrics{
		known: make(map[string]bool, len(known)),
		duration: prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "inft_api_request_duration_seconds",
			Help:    "GraphQL operations (and subscription events), by operation name (those of API_METRIC_OPERATIONS, else other or anonymous) and type.",
			Buckets: prometheus.ExponentialBuckets(0.0005, 2, 16)}, []string{"operation", "type"}),
		errors: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "inft_api_errors_total",
			Help: "GraphQL responses carrying errors, by operation name (as inft_api_request_duration_seconds) and type."}, []string{"operation", "type"}),
	}
	for _, name := range known {
		m.known[name] = true
	}
	if reg != nil {
		for _, c := range []prometheus.Collector{m.duration, m.errors} {
			if err := reg.Register(c); err != nil {
				return metrics{}, err
			}
		}
	}
	return m, nil
}

func (metrics) ExtensionName() string                   { return "Metrics" }
func (metrics) Validate(graphql.ExecutableSchema) error { return nil }

func (m metrics) InterceptResponse(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
	began := time.Now()
	resp := next(ctx)
	name, kind := "unknown", "unknown"
	if graphql.HasOperationContext(ctx) {
		oc := graphql.GetOperationContext(ctx)
		name = oc.OperationName
		if oc.Operation != nil {
			kind = string(oc.Operation.Operation)
			name = cmp.Or(name, oc.Operation.Name)
		}
		switch {
		case name == "":
			name = "anonymous"
		case !m.known[name]:
			name = "other"
		}
	}
	m.duration.WithLabelValues(name, kind).Observe(time.Since(began).Seconds())
	if resp != nil && len(resp.Errors) > 0 {
		m.errors.WithLabelValues(name, kind).Inc()
	}
	return resp
}

package backoff

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strconv"
	"sync"
	"testing"
	"time"
)

func TestRetryAfter(t *testing.T) {
	t.Parallel()
	now := time.Date(2026, 5, 1, 12, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		header string
		want   time.Duration
	}{
		{"", 0},
		{"3", 3 * time.Second},
		{" 120 ", 2 * time.Minute},
		{"0", 0},
		{"-5", 0},
		{"soon", 0},
		{now.Add(90 * time.Second).Format(http.TimeFormat), 90 * time.Second},
		{now.Add(-time.Minute).Format(http.TimeFormat), 0},
	} {
		h := http.Header{}
		if c.header != "" {
			h.Set("Retry-After", c.header)
		}
		if got := RetryAfter(h, now); got != c.want {
			t.Errorf("Retry-After %q: %v, want %v", c.header, got, c.want)
		}
	}
}

func TestTransportRecordsRetryAfterInTheRequestsHint(t *testing.T) {
	t.Parallel()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/limited":
			w.Header().Set("Retry-After", r.URL.Query().Get("s"))
			w.WriteHeader(http.StatusTooManyRequests)
		case "/ok":
			w.Header().Set("Retry-After", "9") // only an error answer's counts
		}
	}))
	defer srv.Close()
	client := &http.Client{Transport: Transport(nil)}
	get := func(ctx context.Context, path string) {
		t.Helper()
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, srv.URL+path, nil)
		if err != nil {
			t.Fatal(err)
		}
		resp, err := client.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
	}

	// Concurrent requests each get their own answer's wait.
	var wg sync.WaitGroup
	for i := 1; i <= 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ctx, hint := WithHint(context.Background())
			get(ctx, "/limited?s="+strconv.Itoa(i))
			if got := hint.RetryAfter(); got != time.Duration(i)*time.Second {
				t.Errorf("request %d: hint %v, want %ds", i, got, i)
			}
		}()
	}
	wg.Wait()

	ctx, hint := WithHint(context.Background())
	get(ctx, "/ok")
	if got := hint.RetryAfter(); got != 0 {
		t.Errorf("a successful answer's Retry-After was recorded: %v", got)
	}
	get(context.Background(), "/limited?s=4") // no hint: nothing to record, no panic

	var none *Hint
	if none.RetryAfter() != 0 {
		t.Error("a nil Hint has a wait")
	}
}

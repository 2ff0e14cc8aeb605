package indexer

import "time"

// Classify is classify for the tests, the failure's kind by name.
func Classify(err error, headerRetryAfter time.Duration) (kind string, retryAfter time.Duration) {
	f := classify(err, headerRetryAfter)
	return [...]string{failed: "failed", rateLimited: "rate_limited", tooBig: "too_big", timedOut: "timed_out"}[f.kind], f.retryAfter
}

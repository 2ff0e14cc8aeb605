package indexer

import (
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/inft-labs/inft/chain"
)

// Classify is classify for the tests, the failure's kind by name.
func Classify(err error, headerRetryAfter time.Duration) (kind string, retryAfter time.Duration) {
	f := classify(err, headerRetryAfter)
	return [...]string{failed: "failed", rateLimited: "rate_limited", tooBig: "too_big", timedOut: "timed_out"}[f.kind], f.retryAfter
}

// Topics are the event ids the indexer asks the node for.
func Topics(c chain.Contracts) []common.Hash { return newDecoder(c).topics }

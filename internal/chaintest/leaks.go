package chaintest

import "go.uber.org/goleak"

// IgnoredGoroutines are the goroutines of go-ethereum's simulated chain that
// outlive every chain by design, for goleak.VerifyTestMain in the packages
// that use one:
//   - core's transaction sender cache is one per process, never stopped;
//   - goleveldb drains a closed database's memory pool for up to a second
//     after Close returns.
func IgnoredGoroutines() []goleak.Option {
	return []goleak.Option{
		goleak.IgnoreTopFunction("github.com/ethereum/go-ethereum/core.(*txSenderCacher).cache"),
		goleak.IgnoreTopFunction("github.com/syndtr/goleveldb/leveldb.(*DB).mpoolDrain"),
	}
}

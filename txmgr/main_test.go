package txmgr_test

import (
	"testing"

	"go.uber.org/goleak"

	"github.com/inft-labs/inft/internal/chaintest"
)

// A goroutine left running by a test fails the package (the simulated
// chain's own aside).
func TestMain(m *testing.M) { goleak.VerifyTestMain(m, chaintest.IgnoredGoroutines()...) }

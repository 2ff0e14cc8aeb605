package auth_test

import (
	"testing"

	"go.uber.org/goleak"

	"github.com/inft-labs/inft/internal/chaintest"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m, chaintest.IgnoredGoroutines()...) }

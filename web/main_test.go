package web_test

import (
	"testing"

	"go.uber.org/goleak"
)

// A goroutine left running by a test fails the package.
func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

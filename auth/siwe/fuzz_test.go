package siwe_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/inft-labs/inft/auth/siwe"
)

// FuzzParse: Parse never panics, every error it gives matches ErrMalformed,
// and what it accepts String writes back byte for byte.
func FuzzParse(f *testing.F) {
	for _, s := range seedTexts(f) {
		f.Add(s)
	}
	f.Add(strings.Join(message, "\n"))
	f.Add(edit(4, ""))
	f.Add(strings.Join(message[:14], "\n"))
	f.Add(edit(1, "[v1.fe80::a+en1]:8080 wants you to sign in with your Ethereum account:"))
	f.Add(edit(10, "Issued At: 2021-09-30t16:25:24.123456789012z"))
	f.Fuzz(func(t *testing.T, text string) {
		m, err := siwe.Parse(text)
		if err != nil {
			if !errors.Is(err, siwe.ErrMalformed) || !strings.HasPrefix(err.Error(), "siwe: ") {
				t.Fatalf("error %q does not match ErrMalformed", err)
			}
			if m != nil {
				t.Fatal("a message with an error")
			}
			return
		}
		if got := m.String(); got != text {
			t.Fatalf("String() = %q, parsed %q", got, text)
		}
		again, err := siwe.Parse(m.String())
		if err != nil {
			t.Fatalf("Parse(String()): %v", err)
		}
		if again.String() != text {
			t.Fatalf("second round trip: %q", again.String())
		}
	})
}

package ai

import (
	"fmt"
	"io"
	"strings"
)

// ReadCapped reads all of r, failing with ClassTooLarge past max bytes.
func ReadCapped(provider string, r io.Reader, max int64) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, &Error{Provider: provider, Class: ClassMalformed, Message: "reading the answer: " + err.Error(), Err: err}
	}
	if int64(len(b)) > max {
		return nil, &Error{Provider: provider, Class: ClassTooLarge, Message: fmt.Sprintf("answer larger than %d bytes", max)}
	}
	return b, nil
}

// Trim shortens a provider's message for logs and on-chain reasons.
func Trim(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) <= n {
		return s
	}
	return strings.ToValidUTF8(s[:n], "") + "…" // never half a character
}

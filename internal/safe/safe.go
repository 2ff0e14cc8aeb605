// Package safe holds how inft stores strings it did not write (a prompt, a
// URI or a reason from the chain, a provider's message): as text that any
// PostgreSQL text column, JSON encoder and page takes.
package safe

import (
	"strings"
	"unicode/utf8"
)

// Text is s as text: each run of invalid UTF-8 bytes and each NUL byte
// becomes U+FFFD.
func Text(s string) string {
	return strings.ReplaceAll(strings.ToValidUTF8(s, "\uFFFD"), "\x00", "\uFFFD")
}

// Truncate cuts s to at most n bytes, at a character boundary, marking the
// cut with "…".
func Truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := n - len("…")
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:max(cut, 0)] + "…"
}

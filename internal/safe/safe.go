// Package safe holds how inft stores strings it did not write (a prompt, a
// URI or a reason from the chain, a provider's message): as text that any
// PostgreSQL text column, JSON encoder and page takes.
package safe

import "strings"

// Text is s as text: each run of invalid UTF-8 bytes and each NUL byte
// becomes U+FFFD.
func Text(s string) string {
	return strings.ReplaceAll(strings.ToValidUTF8(s, "\uFFFD"), "\x00", "\uFFFD")
}

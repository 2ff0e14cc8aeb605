package safe_test

import (
	"testing"
	"unicode/utf8"

	"github.com/inft-labs/inft/internal/safe"
)

func TestText(t *testing.T) {
	for in, want := range map[string]string{
		"a fox":             "a fox",
		"nul\x00byte":       "nul\uFFFDbyte",
		"bad \xff\xfe run":  "bad \uFFFD run",
		"emoji 🦊 stays":     "emoji 🦊 stays",
		"\x00\xff":          "\uFFFD\uFFFD",
		"zwj 👩‍💻 and فارسی": "zwj 👩‍💻 and فارسی",
	} {
		got := safe.Text(in)
		if got != want || !utf8.ValidString(got) {
			t.Errorf("Text(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestTruncate(t *testing.T) {
	for _, tc := range []struct {
		in   string
		n    int
		want string
	}{
		{"short", 10, "short"},
		{"exactly10!", 10, "exactly10!"},
		{"a longer reason", 10, "a longe…"}, // 10 bytes with the mark
		{"ééééé", 6, "é…"},                  // never inside a character
		{"abc", 2, "…"},
	} {
		got := safe.Truncate(tc.in, tc.n)
		if got != tc.want || !utf8.ValidString(got) {
			t.Errorf("Truncate(%q, %d) = %q, want %q", tc.in, tc.n, got, tc.want)
		}
	}
}

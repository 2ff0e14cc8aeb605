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

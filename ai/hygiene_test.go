package ai_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/require"

	"github.com/inft-labs/inft/ai"
)

func TestCheckPrompt(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name, prompt, reason string
	}{
		{"plain", "a lighthouse at dusk", ""},
		{"newlines and tabs", "line one\n\tline two", ""},
		{"unicode", "un phare à l'aube, 灯台", ""},
		{"exactly the limit", strings.Repeat("a", 2000), ""},
		{"empty", "", "empty prompt"},
		{"blank", " \n\t ", "empty prompt"},
		{"too long", strings.Repeat("é", 1001), "prompt too long: 2002 bytes, at most 2000"},
		{"invalid utf-8", "ok \xff\xfe", "prompt is not valid UTF-8"},
		{"nul", "a\x00b", "prompt contains control character U+0000 at byte 1"},
		{"escape", "red \x1b[31m", "prompt contains control character U+001B at byte 4"},
		{"carriage return", "a\rb", "prompt contains control character U+000D at byte 1"},
		{"bidi override", "abc\u202edef", "prompt contains control character U+202E at byte 3"},
		{"zero-width space", "a\u200bb", "prompt contains control character U+200B at byte 1"},
		{"joiners in emoji and Persian", "👩\u200d💻 می\u200cخواهم", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := ai.CheckPrompt(tc.prompt, 2000)
			if tc.reason == "" {
				require.NoError(t, err)
				return
			}
			var pe *ai.PromptError
			require.ErrorAs(t, err, &pe)
			require.Equal(t, tc.reason, pe.Reason)
		})
	}
}

// Trim never cuts a character in half.
func TestTrimKeepsWholeCharacters(t *testing.T) {
	got := ai.Trim("héé", 2) // "h" then the two bytes of "é" straddle the cut
	require.True(t, utf8.ValidString(got), "%q", got)
	require.Equal(t, "h…", got)
	require.Equal(t, "héé", ai.Trim("héé", 5))
}

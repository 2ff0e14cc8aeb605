package ai

import (
	"context"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// DefaultMaxPromptBytes is the contracts' default maxPromptBytes.
const DefaultMaxPromptBytes = 2000

// PromptError says why a prompt was refused, in words short enough to put on
// chain with failGeneration.
type PromptError struct {
	Reason string
}

func (e *PromptError) Error() string { return "prompt refused: " + e.Reason }

// CheckPrompt refuses an empty, oversized, invalid-UTF-8 or control-character
// prompt. Newlines, tabs and the zero-width joiners are allowed; every other
// control or format character (NUL, escape, bidirectional overrides, zero-width
// spaces…) is not.
func CheckPrompt(p string, maxBytes int) error {
	if maxBytes <= 0 {
		maxBytes = DefaultMaxPromptBytes
	}
	switch {
	case strings.TrimSpace(p) == "":
		return &PromptError{Reason: "empty prompt"}
	case len(p) > maxBytes:
		return &PromptError{Reason: fmt.Sprintf("prompt too long: %d bytes, at most %d", len(p), maxBytes)}
	case !utf8.ValidString(p):
		return &PromptError{Reason: "prompt is not valid UTF-8"}
	}
	for i, r := range p {
		// Newlines and tabs; and the joiners, which real scripts (Persian,
		// Indic) and emoji sequences (👩‍💻) need.
		if r == '\n' || r == '\t' || r == '\u200C' || r == '\u200D' {
			continue
		}
		if unicode.IsControl(r) || unicode.Is(unicode.Cf, r) {
			return &PromptError{Reason: fmt.Sprintf("prompt contains control character U+%04X at byte %d", r, i)}
		}
	}
	return nil
}

// Moderator screens prompts before any provider sees them (OpenAI's
// moderation endpoint when configured).
type Moderator interface {
	// Moderate reports whether text is flagged and the categories why.
	Moderate(ctx context.Context, text string) (flagged bool, categories []string, err error)
}

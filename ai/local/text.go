package local

import (
	"fmt"
	"strings"
	"unicode"
)

// Marker is the first line of every text the provider makes.
const Marker = "[local generator: deterministic, not a language model]"

// Limits of what a text weaves in.
const (
	maxTopics = 4 // prompt words
	maxStyles = 3 // style traits
)

var openers = []string{
	"This is a %s sketch of %s.",
	"In a %s mood, we meet %s.",
	"Picture %s, rendered in a %s manner.",
	"Here, in a %s voice, is a note on %s.",
}

// openerStyleFirst says, for each opener, whether the style comes before the
// topics.
var openerStyleFirst = []bool{true, true, false, true}

var weaves = []string{
	"The %s carries a %s edge.",
	"Around the %s, everything turns %s.",
	"Somewhere the %s waits, quiet and %s.",
	"A %s light falls across the %s.",
	"Each line about the %s leans %s.",
}

// weaveStyleFirst says, for each weave, whether the style comes before the
// topic.
var weaveStyleFirst = []bool{false, false, false, true, false}

const closer = "Nothing here was written by a model: the words were arranged from the prompt and the agent's style by a fixed rule."

// compose builds the text: Marker, an opening sentence naming the prompt's
// words, one sentence per word pairing it with a style trait, and a closing
// sentence saying how the text was made. seed picks the sentence templates.
func compose(seed [32]byte, system, prompt string) string {
	topics := contentWords(prompt, maxTopics)
	if len(topics) == 0 {
		topics = []string{"untitled"}
	}
	styles := styleTraits(system, maxStyles)
	if len(styles) == 0 {
		styles = []string{"plain"}
	}

	var b strings.Builder
	b.WriteString(Marker)
	b.WriteString("\n")

	i := int(seed[0]) % len(openers)
	if openerStyleFirst[i] {
		fmt.Fprintf(&b, openers[i], styles[0], list(topics))
	} else {
		fmt.Fprintf(&b, openers[i], list(topics), styles[0])
	}
	for k, topic := range topics {
		style := styles[k%len(styles)]
		j := int(seed[1+k]) % len(weaves)
		b.WriteString(" ")
		if weaveStyleFirst[j] {
			fmt.Fprintf(&b, weaves[j], style, topic)
		} else {
			fmt.Fprintf(&b, weaves[j], topic, style)
		}
	}
	b.WriteString(" ")
	b.WriteString(closer)
	b.WriteString("\n")
	return b.String()
}

// list joins words as English: "a", "a and b", "a, b and c".
func list(words []string) string {
	switch len(words) {
	case 0:
		return ""
	case 1:
		return words[0]
	}
	return strings.Join(words[:len(words)-1], ", ") + " and " + words[len(words)-1]
}

// stopwords are left out of a prompt's content words.
var stopwords = map[string]bool{
	"the": true, "and": true, "for": true, "with": true, "from": true, "about": true,
	"into": true, "onto": true, "over": true, "under": true, "are": true, "was": true,
	"were": true, "its": true, "this": true, "that": true, "these": true, "those": true,
	"you": true, "your": true, "our": true, "his": true, "her": true, "their": true,
	"please": true, "write": true, "draw": true, "make": true, "create": true,
	"generate": true, "show": true, "give": true, "some": true, "very": true,
	"like": true, "than": true, "then": true, "there": true, "what": true, "which": true,
	"who": true, "whom": true, "can": true, "could": true, "would": true, "should": true,
	"will": true, "has": true, "have": true, "had": true, "not": true, "but": true,
	"all": true, "any": true, "out": true, "off": true, "while": true, "where": true,
}

// words splits s into lower-case words of letters, digits and apostrophes.
func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\''
	})
}

// contentWords returns up to n distinct words of s, in order, leaving out
// stopwords and words shorter than three letters.
func contentWords(s string, n int) []string {
	var out []string
	seen := map[string]bool{}
	for _, w := range words(s) {
		w = strings.Trim(w, "'")
		if len([]rune(w)) < 3 || stopwords[w] || seen[w] {
			continue
		}
		seen[w] = true
		out = append(out, w)
		if len(out) == n {
			break
		}
	}
	return out
}

// styleTraits finds the style traits in a System text: the comma-separated
// items after the first "style:" up to the next full stop, lower-cased and
// without parenthesised notes ("noir (strong), watercolor" gives noir and
// watercolor). Up to n are returned; none when there is no "style:".
func styleTraits(system string, n int) []string {
	lower := strings.ToLower(system)
	i := strings.Index(lower, "style:")
	if i < 0 {
		return nil
	}
	rest := lower[i+len("style:"):]
	if j := strings.IndexAny(rest, ".\n"); j >= 0 {
		rest = rest[:j]
	}
	var out []string
	for _, item := range strings.Split(rest, ",") {
		if j := strings.Index(item, "("); j >= 0 {
			item = item[:j]
		}
		item = strings.Join(strings.Fields(item), " ")
		if item == "" || len(item) > 32 {
			continue
		}
		out = append(out, item)
		if len(out) == n {
			break
		}
	}
	return out
}

func countWords(s string) int { return len(strings.Fields(s)) }

package local

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"strings"
	"time"
	"unicode"

	"github.com/inft-labs/inft/ai"
)

var replyOpeners = []string{
	"You asked about %s.",
	"Let us talk about %s.",
	"So, %s: a good place to start.",
	"About %s, then.",
}

var replyRecalls = []string{
	"Earlier you spoke of %s, and that still colours this.",
	"This follows on from %s.",
	"I have not forgotten %s.",
}

// chatStopwords are left out of a message's words too, beyond stopwords:
// the words of asking, not of its subject.
var chatStopwords = map[string]bool{
	"tell": true, "explain": true, "talk": true, "know": true, "think": true,
	"how": true, "why": true, "when": true, "does": true, "did": true,
}

// replyWords returns up to n content words of s, as contentWords does, less
// chatStopwords.
func replyWords(s string, n int) []string {
	var out []string
	for _, w := range contentWords(s, len(s)) {
		if !chatStopwords[w] {
			out = append(out, w)
		}
		if len(out) == n {
			break
		}
	}
	return out
}

const replyCloser = "That is my answer to your message %d; a fixed rule arranged it from the conversation, not a model."

// reply answers one turn of a conversation: Marker on its first line, an
// opening naming up to four of the prompt's words (as for texts, and without
// the words of asking, chatStopwords), a sentence recalling up to two words
// of the last earlier user message that has some, one sentence per prompt
// word pairing it with a style trait of System, and a closing that counts
// the user's messages. The hash of System, History and Prompt picks the
// sentence templates, so the same conversation always gets the same reply.
//
// The reply streams token by token, a token being a run of non-space
// characters with the spaces that follow it; r.Delta gets each one, after
// Config.TokenDelay. It stops after r.MaxTokens tokens when set (Truncated),
// and with ClassTimeout as soon as ctx is done, giving the usage so far.
// Usage counts the tokens produced, and the words of System, History and
// Prompt as the input.
func (p *Provider) reply(ctx context.Context, r ai.Request) (ai.Output, error) {
	in := countWords(r.System) + countWords(r.Prompt)
	for _, m := range r.History {
		in += countWords(m.Content)
	}
	out := ai.Output{Kind: ai.KindText, MIME: ai.MIMEText, Model: TextModel, Usage: ai.Usage{InputTokens: in}}
	var text strings.Builder
	for i, tok := range tokens(composeReply(chatSeed(r), r)) {
		if r.MaxTokens > 0 && i == r.MaxTokens {
			out.Truncated = true
			break
		}
		if err := p.pause(ctx); err != nil {
			out.Data = []byte(text.String())
			return out, err
		}
		text.WriteString(tok)
		out.Usage.OutputTokens++
		if r.Delta != nil {
			r.Delta(tok)
		}
	}
	out.Data = []byte(text.String())
	progress(r, 100, "reply composed")
	return out, nil
}

// pause waits Config.TokenDelay, failing with ClassTimeout once ctx is done.
func (p *Provider) pause(ctx context.Context) error {
	if p.cfg.TokenDelay <= 0 {
		return checkContext(ctx)
	}
	t := time.NewTimer(p.cfg.TokenDelay)
	defer t.Stop()
	select {
	case <-t.C:
		return checkContext(ctx)
	case <-ctx.Done():
		return checkContext(ctx)
	}
}

// chatSeed hashes System, History and Prompt, each length-prefixed so that
// no two conversations hash alike by moving text between messages.
func chatSeed(r ai.Request) [32]byte {
	h := sha256.New()
	write := func(s string) {
		_ = binary.Write(h, binary.BigEndian, uint64(len(s)))
		h.Write([]byte(s))
	}
	write(r.System)
	for _, m := range r.History {
		write(string(m.Role))
		write(m.Content)
	}
	write(r.Prompt)
	var seed [32]byte
	copy(seed[:], h.Sum(nil))
	return seed
}

// composeReply builds the reply to r that reply streams; seed picks the
// sentence templates.
func composeReply(seed [32]byte, r ai.Request) string {
	topics := replyWords(r.Prompt, maxTopics)
	if len(topics) == 0 {
		topics = []string{"this"}
	}
	styles := styleTraits(r.System, maxStyles)
	if len(styles) == 0 {
		styles = []string{"plain"}
	}
	turn := 1
	var earlier []string
	for _, m := range r.History {
		if m.Role == ai.RoleUser {
			turn++
			if w := replyWords(m.Content, 2); len(w) > 0 {
				earlier = w
			}
		}
	}

	var b strings.Builder
	b.WriteString(Marker)
	b.WriteString("\n")
	fmt.Fprintf(&b, replyOpeners[int(seed[0])%len(replyOpeners)], list(topics))
	if len(earlier) > 0 {
		b.WriteString(" ")
		fmt.Fprintf(&b, replyRecalls[int(seed[1])%len(replyRecalls)], list(earlier))
	}
	for k, topic := range topics {
		style := styles[k%len(styles)]
		j := int(seed[2+k]) % len(weaves)
		b.WriteString(" ")
		if weaveStyleFirst[j] {
			fmt.Fprintf(&b, weaves[j], style, topic)
		} else {
			fmt.Fprintf(&b, weaves[j], topic, style)
		}
	}
	b.WriteString(" ")
	fmt.Fprintf(&b, replyCloser, turn)
	b.WriteString("\n")
	return b.String()
}

// tokens splits s into runs of non-space characters, each with the spaces
// after it; they concatenate to s.
func tokens(s string) []string {
	var out []string
	start, inSpace := 0, false
	for i, r := range s {
		space := unicode.IsSpace(r)
		if !space && inSpace {
			out = append(out, s[start:i])
			start = i
		}
		inSpace = space
	}
	if start < len(s) {
		out = append(out, s[start:])
	}
	return out
}

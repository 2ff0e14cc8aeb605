package local_test

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/inft-labs/inft/ai"
	"github.com/inft-labs/inft/ai/local"
)

var history = []ai.ChatMessage{
	{Role: ai.RoleUser, Content: "Tell me about the harbour at night"},
	{Role: ai.RoleAssistant, Content: "The harbour sleeps under its lamps."},
}

// turn asks p for a reply to r, collecting its deltas.
func turn(t *testing.T, p *local.Provider, r ai.Request) (ai.Output, []string) {
	t.Helper()
	var deltas []string
	r.Delta = func(s string) { deltas = append(deltas, s) }
	out, err := p.GenerateText(context.Background(), r)
	if err != nil {
		t.Fatal(err)
	}
	return out, deltas
}

func TestReply(t *testing.T) {
	r := ai.Request{System: system, History: history, Prompt: "And the lighthouse in a storm?"}
	out, deltas := turn(t, local.New(), r)
	s := string(out.Data)
	t.Log(s)

	if got := strings.Join(deltas, ""); got != s {
		t.Fatalf("deltas %q do not make the reply %q", deltas, s)
	}
	for i, d := range deltas {
		if d == "" || strings.TrimSpace(d) == "" || strings.Contains(strings.TrimSpace(d), " ") {
			t.Fatalf("delta %d = %q: not one word with its spaces", i, d)
		}
	}
	if !strings.HasPrefix(s, local.Marker+"\n") {
		t.Fatalf("reply does not begin with the marker: %q", s)
	}
	for _, w := range []string{"lighthouse", "storm", "harbour", "noir", "message 2"} {
		if !strings.Contains(s, w) {
			t.Errorf("reply lacks %q", w)
		}
	}
	if strings.Contains(s, "tell") {
		t.Error("reply recalls a word of asking")
	}
	if out.Truncated || out.Kind != ai.KindText || out.MIME != ai.MIMEText || out.Model != local.TextModel {
		t.Fatalf("output = %+v", out)
	}
	in := len(strings.Fields(system)) + len(strings.Fields(r.Prompt))
	for _, m := range history {
		in += len(strings.Fields(m.Content))
	}
	if want := (ai.Usage{InputTokens: in, OutputTokens: len(deltas)}); out.Usage != want {
		t.Fatalf("usage = %+v, want %+v", out.Usage, want)
	}

	// Deterministic, and a function of the whole conversation.
	again, deltas2 := turn(t, local.New(), r)
	if string(again.Data) != s || !slices.Equal(deltas, deltas2) {
		t.Fatal("the same conversation got another reply")
	}
	for name, other := range map[string]ai.Request{
		"another history": {System: system, History: history[:1], Prompt: r.Prompt},
		"another system":  {System: "Your signature style: baroque.", History: history, Prompt: r.Prompt},
		"another prompt":  {System: system, History: history, Prompt: "And the fox?"},
	} {
		if o, _ := turn(t, local.New(), other); string(o.Data) == s {
			t.Errorf("%s: the same reply", name)
		}
	}

	// Without Delta, History alone makes it a reply, the same one.
	plain, err := local.New().GenerateText(context.Background(), ai.Request{System: system, History: history, Prompt: r.Prompt})
	if err != nil || string(plain.Data) != s {
		t.Fatalf("reply without Delta = %q, %v", plain.Data, err)
	}
}

func TestReplyMaxTokens(t *testing.T) {
	r := ai.Request{System: system, History: history, Prompt: "And the lighthouse in a storm?"}
	full, all := turn(t, local.New(), r)

	r.MaxTokens = 5
	out, deltas := turn(t, local.New(), r)
	if len(deltas) != 5 || !out.Truncated || out.Usage.OutputTokens != 5 {
		t.Fatalf("MaxTokens 5: %d deltas, truncated %v, usage %+v", len(deltas), out.Truncated, out.Usage)
	}
	if string(out.Data) != strings.Join(all[:5], "") || !strings.HasPrefix(string(full.Data), string(out.Data)) {
		t.Fatalf("truncated reply %q is not the start of %q", out.Data, full.Data)
	}

	r.MaxTokens = len(all)
	out, _ = turn(t, local.New(), r)
	if out.Truncated || string(out.Data) != string(full.Data) {
		t.Fatalf("MaxTokens = the reply's length: truncated %v, %q", out.Truncated, out.Data)
	}
}

func TestReplyTokenDelay(t *testing.T) {
	p, err := local.NewWithConfig(local.Config{TokenDelay: 30 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	out, deltas := turn(t, p, ai.Request{Prompt: "a lighthouse", MaxTokens: 4})
	if took := time.Since(start); took < 4*30*time.Millisecond {
		t.Fatalf("4 tokens at 30ms took %s", took)
	}
	if len(deltas) != 4 || !out.Truncated {
		t.Fatalf("%d deltas, truncated %v", len(deltas), out.Truncated)
	}

	// Cancelled during the delays: it stops at once, with the usage so far.
	p, err = local.NewWithConfig(local.Config{TokenDelay: time.Minute})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(50*time.Millisecond, cancel)
	start = time.Now()
	var got []string
	out, err = p.GenerateText(ctx, ai.Request{Prompt: "a lighthouse", Delta: func(s string) { got = append(got, s) }})
	if took := time.Since(start); took > 5*time.Second {
		t.Fatalf("stopping took %s", took)
	}
	if ai.ClassOf(err) != ai.ClassTimeout || !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v", err)
	}
	if len(got) != 0 || out.Usage.OutputTokens != 0 {
		t.Fatalf("deltas %q, usage %+v", got, out.Usage)
	}

	if _, err := local.NewWithConfig(local.Config{TokenDelay: -time.Second}); err == nil || !strings.Contains(err.Error(), "TokenDelay") {
		t.Fatalf("a negative delay: %v", err)
	}
}

// A cancellation between tokens stops the reply after the tokens delivered,
// which its usage counts.
func TestReplyCancelledMidway(t *testing.T) {
	p, err := local.NewWithConfig(local.Config{TokenDelay: time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var got []string
	out, err := p.GenerateText(ctx, ai.Request{Prompt: "a lighthouse", Delta: func(s string) {
		got = append(got, s)
		if len(got) == 3 {
			cancel()
		}
	}})
	if ai.ClassOf(err) != ai.ClassTimeout {
		t.Fatalf("err = %v", err)
	}
	if len(got) != 3 || out.Usage.OutputTokens != 3 || string(out.Data) != strings.Join(got, "") {
		t.Fatalf("deltas %q, output %q, usage %+v", got, out.Data, out.Usage)
	}
}

// Plain generations are what they always were: other packages' tests rely on
// these bytes.
func TestPlainTextUnchanged(t *testing.T) {
	out := text(t, "Your signature style: noir (strong), watercolor.", "A lighthouse in a storm")
	const want = "[local generator: deterministic, not a language model]\n" +
		"Here, in a noir voice, is a note on lighthouse and storm. The lighthouse carries a noir edge. " +
		"A watercolor light falls across the storm. Nothing here was written by a model: the words were " +
		"arranged from the prompt and the agent's style by a fixed rule.\n"
	if string(out.Data) != want || out.Usage != (ai.Usage{InputTokens: 11, OutputTokens: 54}) || out.Truncated {
		t.Fatalf("plain text = %q, %+v", out.Data, out.Usage)
	}
}

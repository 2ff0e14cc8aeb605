package local_test

import (
	"bytes"
	"context"
	"errors"
	goimage "image"
	"image/png"
	"strings"
	"testing"
	"time"

	"github.com/inft-labs/inft/ai"
	"github.com/inft-labs/inft/ai/local"
	"github.com/stretchr/testify/require"
)

const system = "You are INFT agent #7, a level-3 Pro agent. Your signature style: noir (strong), watercolor. Recently you explored: lighthouse, harbour."

func TestModels(t *testing.T) {
	p := local.New()
	if p.Name() != "local" {
		t.Fatalf("Name = %q", p.Name())
	}
	want := []ai.Model{
		{Name: "local-text", Kind: ai.KindText, Quality: 1},
		{Name: "local-image", Kind: ai.KindImage, Quality: 1},
	}
	got := p.Models()
	if len(got) != len(want) {
		t.Fatalf("Models = %+v", got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("Models[%d] = %+v, want %+v", i, got[i], want[i])
		}
		if c := got[i].Cost(ai.Usage{InputTokens: 1000, OutputTokens: 1000, Images: 1}); c != 0 {
			t.Errorf("%s costs %v", got[i].Name, c)
		}
	}
}

func image(t *testing.T, prompt string) ai.Output {
	t.Helper()
	out, err := local.New().GenerateImage(context.Background(), ai.Request{Model: "local-image", System: system, Prompt: prompt})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestImageDeterministic(t *testing.T) {
	a, b := image(t, "a lighthouse in a storm"), image(t, "a lighthouse in a storm")
	if !bytes.Equal(a.Data, b.Data) {
		t.Fatal("same request, different bytes")
	}
	if a.Kind != ai.KindImage || a.MIME != ai.MIMEPNG || a.Model != "local-image" || a.Usage != (ai.Usage{Images: 1}) {
		t.Fatalf("output = %+v", ai.Output{Kind: a.Kind, MIME: a.MIME, Model: a.Model, Usage: a.Usage})
	}
	// The System text is part of the seed.
	c, err := local.New().GenerateImage(context.Background(), ai.Request{Prompt: "a lighthouse in a storm"})
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Equal(a.Data, c.Data) {
		t.Fatal("a different System gave the same image")
	}
}

func TestImageDecodes(t *testing.T) {
	img, err := png.Decode(bytes.NewReader(image(t, "a red fox").Data))
	if err != nil {
		t.Fatal(err)
	}
	if b := img.Bounds(); b.Dx() != 256 || b.Dy() != 256 {
		t.Fatalf("bounds = %v", b)
	}
}

func TestImagesDiffer(t *testing.T) {
	prompts := []string{"a lighthouse in a storm", "a lighthouse in a storm.", "a red fox", "neon city at night", "x"}
	decoded := make([]goimage.Image, len(prompts))
	for i, p := range prompts {
		img, err := png.Decode(bytes.NewReader(image(t, p).Data))
		if err != nil {
			t.Fatal(err)
		}
		decoded[i] = img
	}
	for i := range prompts {
		for j := i + 1; j < len(prompts); j++ {
			a, b := decoded[i], decoded[j]
			differ := 0
			for y := 0; y < 256; y++ {
				for x := 0; x < 256; x++ {
					if a.At(x, y) != b.At(x, y) {
						differ++
					}
				}
			}
			if frac := float64(differ) / (256 * 256); frac <= 0.2 {
				t.Errorf("%q and %q differ in %.1f%% of pixels", prompts[i], prompts[j], 100*frac)
			} else {
				t.Logf("%q and %q differ in %.1f%% of pixels", prompts[i], prompts[j], 100*frac)
			}
		}
	}
}

func TestProgress(t *testing.T) {
	var got []int
	r := ai.Request{Prompt: "a lighthouse", Progress: func(p int, _ string) { got = append(got, p) }}
	if _, err := local.New().GenerateImage(context.Background(), r); err != nil {
		t.Fatal(err)
	}
	if len(got) == 0 || got[len(got)-1] != 100 {
		t.Fatalf("image progress = %v", got)
	}
	for i := 1; i < len(got); i++ {
		if got[i] < got[i-1] {
			t.Fatalf("image progress goes back: %v", got)
		}
	}
	got = nil
	if _, err := local.New().GenerateText(context.Background(), r); err != nil {
		t.Fatal(err)
	}
	if len(got) == 0 || got[len(got)-1] != 100 {
		t.Fatalf("text progress = %v", got)
	}
}

func TestCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	expired, cancel2 := context.WithDeadline(context.Background(), time.Unix(0, 0))
	defer cancel2()
	p := local.New()
	for name, ctx := range map[string]context.Context{"cancelled": ctx, "expired": expired} {
		r := ai.Request{System: system, Prompt: "a lighthouse"}
		_, err := p.GenerateImage(ctx, r)
		var e *ai.Error
		if !errors.As(err, &e) || e.Class != ai.ClassTimeout || e.Provider != "local" {
			t.Errorf("%s image: err = %v", name, err)
		}
		if ai.ClassOf(err) != ai.ClassTimeout {
			t.Errorf("%s image: class = %v", name, ai.ClassOf(err))
		}
		_, err = p.GenerateText(ctx, r)
		if ai.ClassOf(err) != ai.ClassTimeout {
			t.Errorf("%s text: err = %v", name, err)
		}
	}
}

func TestUnknownModel(t *testing.T) {
	p := local.New()
	if _, err := p.GenerateImage(context.Background(), ai.Request{Model: "local-text", Prompt: "x"}); ai.ClassOf(err) != ai.ClassNotFound {
		t.Errorf("image with the text model: %v", err)
	}
	if _, err := p.GenerateText(context.Background(), ai.Request{Model: "gpt", Prompt: "x"}); ai.ClassOf(err) != ai.ClassNotFound {
		t.Errorf("text with an unknown model: %v", err)
	}
}

func text(t *testing.T, system, prompt string) ai.Output {
	t.Helper()
	out, err := local.New().GenerateText(context.Background(), ai.Request{Model: "local-text", System: system, Prompt: prompt})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestText(t *testing.T) {
	prompt := "Write a haiku about the lighthouse and the harbour at dawn"
	a, b := text(t, system, prompt), text(t, system, prompt)
	if !bytes.Equal(a.Data, b.Data) {
		t.Fatal("same request, different text")
	}
	s := string(a.Data)
	t.Log(s)
	if first, _, _ := strings.Cut(s, "\n"); first != "[local generator: deterministic, not a language model]" {
		t.Fatalf("first line = %q", first)
	}
	for _, w := range []string{"haiku", "lighthouse", "harbour", "dawn", "noir", "watercolor"} {
		if !strings.Contains(s, w) {
			t.Errorf("text lacks %q", w)
		}
	}
	if strings.Contains(s, "strong") {
		t.Error("text contains the trait note (strong)")
	}
	if a.Kind != ai.KindText || a.MIME != ai.MIMEText || a.Model != "local-text" {
		t.Fatalf("output = %+v", a)
	}
	wantIn := len(strings.Fields(system)) + len(strings.Fields(prompt))
	if a.Usage != (ai.Usage{InputTokens: wantIn, OutputTokens: len(strings.Fields(s))}) {
		t.Fatalf("usage = %+v, want %d in", a.Usage, wantIn)
	}
	if c := string(text(t, system, "a red fox").Data); c == s || !strings.Contains(c, "fox") {
		t.Fatalf("another prompt gave %q", c)
	}
}

func TestTextWithoutStyle(t *testing.T) {
	s := string(text(t, "", "a red fox").Data)
	if !strings.HasPrefix(s, local.Marker+"\n") || !strings.Contains(s, "fox") || !strings.Contains(s, "plain") {
		t.Fatalf("text = %q", s)
	}
	s = string(text(t, "", "!!").Data)
	if !strings.Contains(s, "untitled") {
		t.Fatalf("text for no words = %q", s)
	}
}

// A prompt that asks for scores or a vote (ai.AskScores, ai.AskVote) gets
// them, in the format ai.ParseScores and ai.ParseVote read, the same each time.
func TestVerdicts(t *testing.T) {
	p := local.New()
	ask := func(prompt string) string {
		out, err := p.GenerateText(context.Background(), ai.Request{Prompt: prompt})
		require.NoError(t, err)
		return string(out.Data)
	}
	review := ask("Review these drafts of a lighthouse.\n" + ai.AskScores([]int{2, 3}))
	scores, err := ai.ParseScores(review, []int{2, 3})
	require.NoError(t, err)
	require.Len(t, scores, 2)
	require.Equal(t, review, ask("Review these drafts of a lighthouse.\n"+ai.AskScores([]int{2, 3})))
	vote, err := ai.ParseVote(ask("Choose a lighthouse.\n"+ai.AskVote([]int{1, 3})), []int{1, 3})
	require.NoError(t, err)
	require.Contains(t, []int{1, 3}, vote)
	_, err = ai.ParseScores(ask("a plain lighthouse"), []int{1})
	require.ErrorIs(t, err, ai.ErrNoVerdict, "no format asked, no verdict given")
}

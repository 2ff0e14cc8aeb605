package openai

import (
	"context"
	"errors"
	"io"
	"strings"

	goopenai "github.com/sashabaranov/go-openai"

	"github.com/inft-labs/inft/ai"
)

// GenerateText streams a chat completion of r.System (as the system message,
// when set), r.History and r.Prompt, giving r.Delta each piece of text and
// telling r.Progress how far it got.
func (p *Provider) GenerateText(ctx context.Context, r ai.Request) (ai.Output, error) {
	model, err := p.model(r, ai.KindText)
	if err != nil {
		return ai.Output{}, err
	}
	req := goopenai.ChatCompletionRequest{
		Model:         model,
		Messages:      messages(r),
		Stream:        true,
		StreamOptions: &goopenai.StreamOptions{IncludeUsage: true},
	}
	if p.legacyMaxTokens {
		req.MaxTokens = r.MaxTokens
	} else {
		req.MaxCompletionTokens = r.MaxTokens
	}

	ctx, c := ai.WithCall(ctx)
	stream, err := p.client.CreateChatCompletionStream(ctx, req)
	if err != nil {
		return ai.Output{}, p.fail(ctx, c, err)
	}
	defer stream.Close()

	var (
		text    strings.Builder
		refusal strings.Builder
		usage   *goopenai.Usage
		finish  goopenai.FinishReason
		chunks  int
		percent int
	)
	for {
		chunk, err := stream.Recv()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return partial(usage), p.fail(ctx, c, err)
		}
		if chunk.Usage != nil {
			usage = chunk.Usage
		}
		grew := false
		for _, ch := range chunk.Choices {
			if ch.Index != 0 {
				continue
			}
			if ch.Delta.Content != "" {
				text.WriteString(ch.Delta.Content)
				grew = true
				if r.Delta != nil {
					r.Delta(ch.Delta.Content)
				}
			}
			refusal.WriteString(ch.Delta.Refusal)
			if ch.FinishReason != "" && ch.FinishReason != goopenai.FinishReasonNull {
				finish = ch.FinishReason
			}
		}
		if grew {
			chunks++
			if pc := min(95, 10+chunks); pc > percent {
				percent = pc
				progress(r, percent, "receiving text")
			}
		}
	}

	switch {
	case finish == goopenai.FinishReasonContentFilter:
		return partial(usage), p.newError(ai.ClassContentPolicy, "the answer was stopped by the content filter", nil)
	case finish == "" && usage == nil:
		// A complete stream ends with a finish reason and, as asked, the usage;
		// go-openai reports a stream cut before "data: [DONE]" as a plain end.
		return partial(usage), p.newError(ai.ClassMalformed, "the stream ended before the answer was complete", nil)
	case text.Len() == 0 && refusal.Len() > 0:
		return partial(usage), p.newError(ai.ClassContentPolicy, "refused: "+refusal.String(), nil)
	case strings.TrimSpace(text.String()) == "" && finish == goopenai.FinishReasonLength:
		return partial(usage), p.newError(ai.ClassMalformed, "empty completion: the token limit came first", nil)
	case strings.TrimSpace(text.String()) == "":
		return partial(usage), p.newError(ai.ClassMalformed, "empty completion", nil)
	}

	out := ai.Output{Kind: ai.KindText, MIME: ai.MIMEText, Data: []byte(text.String()), Model: model,
		Truncated: finish == goopenai.FinishReasonLength}
	if usage != nil {
		out.Usage = ai.Usage{InputTokens: usage.PromptTokens, OutputTokens: usage.CompletionTokens}
	}
	progress(r, 100, "done")
	return out, nil
}

// messages are the chat messages of r: System, History, then Prompt.
func messages(r ai.Request) []goopenai.ChatCompletionMessage {
	msgs := make([]goopenai.ChatCompletionMessage, 0, len(r.History)+2)
	if r.System != "" {
		msgs = append(msgs, goopenai.ChatCompletionMessage{Role: goopenai.ChatMessageRoleSystem, Content: r.System})
	}
	for _, m := range r.History {
		role := goopenai.ChatMessageRoleUser
		if m.Role == ai.RoleAssistant {
			role = goopenai.ChatMessageRoleAssistant
		}
		msgs = append(msgs, goopenai.ChatCompletionMessage{Role: role, Content: m.Content})
	}
	return append(msgs, goopenai.ChatCompletionMessage{Role: goopenai.ChatMessageRoleUser, Content: r.Prompt})
}

// partial is what comes with an error after the stream began: the usage, if
// it was reported.
func partial(u *goopenai.Usage) ai.Output {
	if u == nil {
		return ai.Output{}
	}
	return ai.Output{Usage: ai.Usage{InputTokens: u.PromptTokens, OutputTokens: u.CompletionTokens}}
}

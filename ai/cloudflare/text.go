package cloudflare

import (
	"context"
	"errors"
	"io"
	"strings"

	goopenai "github.com/sashabaranov/go-openai"

	"github.com/inft-labs/inft/ai"
)

// GenerateText streams a chat completion from the OpenAI-compatible endpoint,
// with r.System as the system message when set, then r.History and r.Prompt,
// giving r.Delta each piece of text. r.MaxTokens, or else Config.MaxTokens,
// is sent as max_tokens.
func (p *Provider) GenerateText(ctx context.Context, r ai.Request) (ai.Output, error) {
	model, err := p.model(r, ai.KindText)
	if err != nil {
		return ai.Output{}, err
	}
	ctx, c := ai.WithCall(ctx)
	prog := newProgress(r)

	var msgs []goopenai.ChatCompletionMessage
	if strings.TrimSpace(r.System) != "" {
		msgs = append(msgs, goopenai.ChatCompletionMessage{Role: goopenai.ChatMessageRoleSystem, Content: r.System})
	}
	for _, m := range r.History {
		role := goopenai.ChatMessageRoleUser
		if m.Role == ai.RoleAssistant {
			role = goopenai.ChatMessageRoleAssistant
		}
		msgs = append(msgs, goopenai.ChatCompletionMessage{Role: role, Content: m.Content})
	}
	msgs = append(msgs, goopenai.ChatCompletionMessage{Role: goopenai.ChatMessageRoleUser, Content: r.Prompt})
	maxTokens := p.maxTokens
	if r.MaxTokens > 0 {
		maxTokens = r.MaxTokens
	}
	req := goopenai.ChatCompletionRequest{
		Model:         model,
		Messages:      msgs,
		MaxTokens:     maxTokens,
		Stream:        true,
		StreamOptions: &goopenai.StreamOptions{IncludeUsage: true},
	}

	prog.report(0, "asking "+model)
	stream, err := p.text.CreateChatCompletionStream(ctx, req)
	if err != nil {
		return ai.Output{}, p.textError(ctx, c, err)
	}
	defer stream.Close()

	var (
		text    strings.Builder
		refusal strings.Builder
		usage   ai.Usage
		finish  goopenai.FinishReason
	)
	for {
		chunk, err := stream.Recv()
		if err == io.EOF {
			break
		}
		if err != nil {
			return ai.Output{Usage: usage}, p.textError(ctx, c, err)
		}
		if u := chunk.Usage; u != nil {
			usage.InputTokens, usage.OutputTokens = u.PromptTokens, u.CompletionTokens
		}
		for _, ch := range chunk.Choices {
			if ch.Index != 0 {
				continue
			}
			text.WriteString(ch.Delta.Content)
			if r.Delta != nil && ch.Delta.Content != "" {
				r.Delta(ch.Delta.Content)
			}
			refusal.WriteString(ch.Delta.Refusal)
			if ch.FinishReason != "" {
				finish = ch.FinishReason
			}
		}
		// Grows towards 95 as text arrives; 100 is for the end.
		n := text.Len()
		prog.report(5+90*n/(n+2000), "writing")
	}

	switch {
	case finish == goopenai.FinishReasonContentFilter:
		return ai.Output{Usage: usage}, &ai.Error{Provider: Name, Class: ai.ClassContentPolicy, Status: 200,
			Message: p.clean("the answer was stopped by a content filter " + refusal.String())}
	case !c.StreamDone() && finish == "":
		return ai.Output{Usage: usage}, malformed("the answer ended before data: [DONE]")
	case strings.TrimSpace(text.String()) == "" && strings.TrimSpace(refusal.String()) != "":
		return ai.Output{Usage: usage}, &ai.Error{Provider: Name, Class: ai.ClassContentPolicy, Status: 200,
			Message: p.clean("the model refused: " + refusal.String())}
	case strings.TrimSpace(text.String()) == "":
		return ai.Output{Usage: usage}, malformed("the answer has no text")
	}
	prog.report(100, "done")
	return ai.Output{
		Kind:      ai.KindText,
		Data:      []byte(text.String()),
		MIME:      ai.MIMEText,
		Model:     model,
		Usage:     usage,
		Truncated: finish == goopenai.FinishReasonLength,
	}, nil
}

// textError classifies a go-openai error: an error answer (*APIError for
// OpenAI's shape, *RequestError for any other, Cloudflare's envelope
// included), an error event inside the stream, or a transport failure.
func (p *Provider) textError(ctx context.Context, c *ai.Call, err error) error {
	status, retryAfter := c.Last()
	var (
		apiErr *goopenai.APIError
		reqErr *goopenai.RequestError
	)
	switch {
	case errors.As(err, &apiErr):
		var codes []int
		if code, ok := apiErr.Code.(int); ok {
			codes = []int{code}
		}
		if apiErr.HTTPStatusCode == 0 {
			// An error event in a 200 stream.
			return p.statusError(0, apiErr.Message, codes, 0)
		}
		return p.statusError(apiErr.HTTPStatusCode, apiErr.Message, codes, retryAfter)
	case errors.As(err, &reqErr) && reqErr.HTTPStatusCode >= 400:
		msg, codes := parseErrorBody(reqErr.Body)
		return p.statusError(reqErr.HTTPStatusCode, msg, codes, retryAfter)
	}
	return p.failure(ctx, err, status != 0)
}

package openai

import (
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"

	goopenai "github.com/sashabaranov/go-openai"

	"github.com/inft-labs/inft/ai"
)

// GenerateImage asks the images endpoint for one image of r.Prompt, with
// r.System folded in front of it, and returns its bytes, downloaded when the
// answer is a URL.
func (p *Provider) GenerateImage(ctx context.Context, r ai.Request) (ai.Output, error) {
	model, err := p.model(r, ai.KindImage)
	if err != nil {
		return ai.Output{}, err
	}
	prompt := r.Prompt
	if r.System != "" {
		prompt = r.System + "\n\n" + r.Prompt
	}
	req := goopenai.ImageRequest{Model: model, Prompt: prompt, Size: p.imageSize, N: 1}
	if !alwaysBase64(model) {
		req.ResponseFormat = goopenai.CreateImageResponseFormatB64JSON
	}

	progress(r, 10, "generating image")
	ctx, c := ai.WithCall(ctx)
	resp, err := p.client.CreateImage(ctx, req)
	if err != nil {
		return ai.Output{}, p.fail(ctx, c, err)
	}
	if len(resp.Data) == 0 || (resp.Data[0].B64JSON == "" && resp.Data[0].URL == "") {
		return ai.Output{}, p.newError(ai.ClassMalformed, "the answer holds no image", nil)
	}

	var data []byte
	if b64 := resp.Data[0].B64JSON; b64 != "" {
		if int64(base64.StdEncoding.DecodedLen(len(b64))) > p.maxImage+2 {
			return ai.Output{}, p.newError(ai.ClassTooLarge, fmt.Sprintf("image larger than %d bytes", p.maxImage), nil)
		}
		data, err = base64.StdEncoding.DecodeString(b64)
		if err != nil {
			return ai.Output{}, p.newError(ai.ClassMalformed, "decoding the image: "+err.Error(), err)
		}
	} else {
		progress(r, 80, "downloading image")
		data, err = p.download(ctx, resp.Data[0].URL)
		if err != nil {
			return ai.Output{}, err
		}
	}
	if int64(len(data)) > p.maxImage {
		return ai.Output{}, p.newError(ai.ClassTooLarge, fmt.Sprintf("image larger than %d bytes", p.maxImage), nil)
	}
	mime := http.DetectContentType(data)
	if !strings.HasPrefix(mime, "image/") {
		return ai.Output{}, p.newError(ai.ClassMalformed, "the answer is not an image but "+mime, nil)
	}

	out := ai.Output{Kind: ai.KindImage, MIME: mime, Data: data, Model: model, Usage: ai.Usage{
		Images:       1,
		InputTokens:  resp.Usage.InputTokens,
		OutputTokens: resp.Usage.OutputTokens,
	}}
	progress(r, 100, "done")
	return out, nil
}

// alwaysBase64 says whether the model answers in base64 only, and refuses a
// response_format (OpenAI's GPT image models).
func alwaysBase64(model string) bool {
	return strings.HasPrefix(model, "gpt-image") || strings.HasPrefix(model, "chatgpt-image")
}

// download fetches an image the answer pointed to, without the API key.
func (p *Provider) download(ctx context.Context, raw string) ([]byte, error) {
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, p.newError(ai.ClassMalformed, "the answer's image URL is not an http(s) URL", nil)
	}
	ctx, c := ai.WithCall(ctx)
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, p.newError(ai.ClassMalformed, "the answer's image URL is unusable", nil)
	}
	resp, err := p.http.Do(req)
	if err != nil {
		return nil, p.fail(ctx, c, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		// The image is the provider's to serve: its failures are the attempt's.
		class := ai.ClassForStatus(resp.StatusCode)
		switch class {
		case ai.ClassRateLimited, ai.ClassServer, ai.ClassTimeout:
		default:
			class = ai.ClassMalformed
		}
		_, retryAfter := c.Last()
		e := p.newError(class, "downloading the image: "+resp.Status, nil)
		e.Status = resp.StatusCode
		if class == ai.ClassRateLimited {
			e.RetryAfter = retryAfter
		}
		return nil, e
	}
	if resp.ContentLength > p.maxImage {
		return nil, p.newError(ai.ClassTooLarge, fmt.Sprintf("image larger than %d bytes", p.maxImage), nil)
	}
	data, err := ai.ReadCapped(p.name, resp.Body, p.maxImage)
	if err != nil {
		if inner := errors.Unwrap(err); inner != nil && (ctx.Err() != nil || isTimeout(inner)) {
			return nil, p.fail(ctx, c, inner)
		}
		return nil, err
	}
	return data, nil
}

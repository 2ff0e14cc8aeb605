package cloudflare

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/inft-labs/inft/ai"
	"github.com/inft-labs/inft/internal/backoff"
)

type imageRequest struct {
	Prompt string `json:"prompt"`
	Steps  int    `json:"steps"`
}

type imageResult struct {
	Image string `json:"image"`
}

// GenerateImage runs the image model on the native endpoint, with r.System
// folded in front of the prompt.
func (p *Provider) GenerateImage(ctx context.Context, r ai.Request) (ai.Output, error) {
	model, err := p.model(r, ai.KindImage)
	if err != nil {
		return ai.Output{}, err
	}
	prog := newProgress(r)

	prompt := r.Prompt
	if sys := strings.TrimSpace(r.System); sys != "" {
		prompt = sys + "\n\n" + prompt
	}
	body, err := json.Marshal(imageRequest{Prompt: prompt, Steps: ImageSteps})
	if err != nil {
		return ai.Output{}, &ai.Error{Provider: Name, Class: ai.ClassBadRequest, Message: "encoding the request: " + err.Error(), Err: err}
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, p.runURL+modelPath(model), bytes.NewReader(body))
	if err != nil {
		return ai.Output{}, &ai.Error{Provider: Name, Class: ai.ClassNotFound, Message: p.clean("model " + model + " makes no usable URL")}
	}
	req.Header.Set("Authorization", "Bearer "+p.token)
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "application/json, image/*")

	prog.report(0, "asking "+model)
	resp, err := p.http.Do(req)
	if err != nil {
		return ai.Output{}, p.failure(ctx, err, false)
	}
	defer resp.Body.Close()

	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		b, _ := io.ReadAll(resp.Body) // read and capped by ai.HTTPClient
		msg, codes := parseErrorBody(b)
		return ai.Output{}, p.statusError(resp.StatusCode, msg, codes, backoff.RetryAfter(resp.Header, time.Now()))
	}
	prog.report(50, "receiving the image")

	data, err := p.readImage(resp)
	if err != nil {
		return ai.Output{}, p.failure(ctx, err, true)
	}
	kind := http.DetectContentType(data)
	if !strings.HasPrefix(kind, "image/") {
		return ai.Output{}, malformed("the answer is not an image (%d bytes of %s)", len(data), kind)
	}
	prog.report(100, "done")
	return ai.Output{
		Kind:  ai.KindImage,
		Data:  data,
		MIME:  kind,
		Model: model,
		Usage: ai.Usage{Images: 1},
	}, nil
}

// modelPath escapes each segment of a model name ("@cf/vendor/model").
func modelPath(model string) string {
	parts := strings.Split(model, "/")
	for i, s := range parts {
		parts[i] = url.PathEscape(s) // keeps '@'
	}
	return strings.Join(parts, "/")
}

// readImage reads a 2xx answer: raw image bytes, or Cloudflare's JSON envelope
// with a base64 image, told apart by Content-Type (sniffed when unclear).
func (p *Provider) readImage(resp *http.Response) ([]byte, error) {
	ct, _, _ := mime.ParseMediaType(resp.Header.Get("Content-Type"))
	if strings.HasPrefix(ct, "image/") {
		return ai.ReadCapped(Name, resp.Body, p.maxImage)
	}
	// JSON carries the image in base64, a third larger, plus the envelope.
	b, err := ai.ReadCapped(Name, resp.Body, int64(base64.StdEncoding.EncodedLen(int(p.maxImage)))+ai.MaxErrorBody)
	if err != nil {
		return nil, err
	}
	isJSON := ct == "application/json" || strings.HasSuffix(ct, "+json")
	if !isJSON {
		if t := bytes.TrimSpace(b); len(t) > 0 && t[0] == '{' {
			isJSON = true
		}
	}
	if !isJSON {
		if int64(len(b)) > p.maxImage {
			return nil, &ai.Error{Provider: Name, Class: ai.ClassTooLarge, Status: resp.StatusCode,
				Message: fmt.Sprintf("image larger than %d bytes", p.maxImage)}
		}
		return b, nil
	}
	return p.decodeEnvelope(resp.StatusCode, b)
}

// decodeEnvelope reads {"result":{"image":"<base64>"},"success":true,...}.
func (p *Provider) decodeEnvelope(status int, b []byte) ([]byte, error) {
	var env cfEnvelope
	if err := json.Unmarshal(b, &env); err != nil {
		return nil, &ai.Error{Provider: Name, Class: ai.ClassMalformed, Status: status, Message: p.clean("bad JSON answer: " + err.Error()), Err: err}
	}
	if (env.Success != nil && !*env.Success) || (len(env.Errors) > 0 && isNull(env.Result)) {
		msgs, codes := envelopeErrors(env.Errors)
		msg := strings.Join(msgs, "; ")
		if msg == "" {
			msg = "the answer says success: false"
		}
		return nil, p.statusError(status, msg, codes, 0)
	}
	if isNull(env.Result) {
		return nil, malformed("the answer has no result")
	}
	var res imageResult
	if err := json.Unmarshal(env.Result, &res); err != nil {
		return nil, &ai.Error{Provider: Name, Class: ai.ClassMalformed, Status: status, Message: p.clean("bad result: " + err.Error()), Err: err}
	}
	s := strings.TrimSpace(res.Image)
	if i := strings.Index(s, ";base64,"); strings.HasPrefix(s, "data:") && i >= 0 {
		s = s[i+len(";base64,"):]
	}
	if s == "" {
		return nil, malformed("the answer has no image")
	}
	// Padded or not, the same decoder reads it.
	s = strings.TrimRight(s, "=")
	data, err := ai.ReadCapped(Name, base64.NewDecoder(base64.RawStdEncoding, strings.NewReader(s)), p.maxImage)
	if err != nil {
		var ae *ai.Error
		if errors.As(err, &ae) && ae.Class == ai.ClassMalformed {
			ae.Message = "the image is not valid base64"
		}
		return nil, err
	}
	return data, nil
}

func isNull(raw json.RawMessage) bool {
	t := bytes.TrimSpace(raw)
	return len(t) == 0 || string(t) == "null"
}

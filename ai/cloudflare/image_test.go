package cloudflare_test

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"io"
	"net/http"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/inft-labs/inft/ai"
	"github.com/inft-labs/inft/ai/cloudflare"
)

const runPath = "/client/v4/accounts/" + account + "/ai/run/"

type imageBody struct {
	Prompt string `json:"prompt"`
	Steps  int    `json:"steps"`
}

func TestGenerateImageJSON(t *testing.T) {
	for _, tc := range []struct {
		name string
		img  func(*testing.T) []byte
		mime string
	}{
		{"jpeg", jpegBytes, "image/jpeg"},
		{"png", pngBytes, ai.MIMEPNG},
	} {
		t.Run(tc.name, func(t *testing.T) {
			img := tc.img(t)
			var (
				mu   sync.Mutex
				got  imageBody
				hdr  http.Header
				path string
			)
			p := newProvider(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				mu.Lock()
				defer mu.Unlock()
				if r.Method != http.MethodPost {
					http.Error(w, "method", http.StatusMethodNotAllowed)
					return
				}
				path, hdr = r.URL.Path, r.Header.Clone()
				_ = json.NewDecoder(r.Body).Decode(&got)
				writeJSON(w, 200, cfImage(img))
			}))
			var percents []int
			out, err := p.GenerateImage(context.Background(), ai.Request{
				System:   "Pixel art, 8-bit palette.",
				Prompt:   "a dragon",
				Progress: func(pct int, _ string) { percents = append(percents, pct) },
			})
			require.NoError(t, err)
			require.Equal(t, ai.KindImage, out.Kind)
			require.Equal(t, tc.mime, out.MIME)
			require.Equal(t, img, out.Data)
			require.Equal(t, cloudflare.DefaultImageModel, out.Model)
			require.Equal(t, ai.Usage{Images: 1}, out.Usage)
			require.Equal(t, 100, percents[len(percents)-1])

			mu.Lock()
			defer mu.Unlock()
			require.Equal(t, runPath+"@cf/black-forest-labs/flux-1-schnell", path)
			require.Equal(t, "Bearer "+token, hdr.Get("Authorization"))
			require.Equal(t, "application/json", hdr.Get("Content-Type"))
			require.Equal(t, "Pixel art, 8-bit palette.\n\na dragon", got.Prompt)
			require.Equal(t, 4, got.Steps)
		})
	}
}

func TestGenerateImageRawPNG(t *testing.T) {
	const model = "@cf/stabilityai/stable-diffusion-xl-base-1.0"
	img := pngBytes(t)
	var (
		mu   sync.Mutex
		path string
		got  imageBody
	)
	p := newProvider(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		path = r.URL.Path
		_ = json.NewDecoder(r.Body).Decode(&got)
		mu.Unlock()
		w.Header().Set("Content-Type", "image/png")
		_, _ = w.Write(img)
	}))
	out, err := p.GenerateImage(context.Background(), ai.Request{Model: model, Prompt: "a dragon"})
	require.NoError(t, err)
	require.Equal(t, ai.MIMEPNG, out.MIME)
	require.Equal(t, img, out.Data)
	require.Equal(t, model, out.Model)
	require.Equal(t, 1, out.Usage.Images)
	mu.Lock()
	defer mu.Unlock()
	require.Equal(t, runPath+model, path)
	require.Equal(t, "a dragon", got.Prompt)
}

func TestGenerateImageUnpaddedAndUntyped(t *testing.T) {
	img := pngBytes(t)
	p := newProvider(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/octet-stream")
		_, _ = io.WriteString(w, `{"result":{"image":"`+base64.RawStdEncoding.EncodeToString(img)+`"},"success":true,"errors":[],"messages":[]}`)
	}))
	out, err := p.GenerateImage(context.Background(), ai.Request{Prompt: "a dragon"})
	require.NoError(t, err)
	require.Equal(t, img, out.Data)
}

func TestGenerateImageRefusesATextModel(t *testing.T) {
	p := newProvider(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		t.Error("no request expected")
	}))
	_, err := p.GenerateImage(context.Background(), ai.Request{Model: cloudflare.DefaultTextModel, Prompt: "x"})
	require.Equal(t, ai.ClassNotFound, aiError(t, err).Class)
}

func TestGenerateImageErrors(t *testing.T) {
	big := make([]byte, 4096)
	copy(big, pngBytes(t))
	cases := []errCase{
		{name: "400", handler: errorAnswer(400, 5004, "Invalid data type for base64 input: object"),
			class: ai.ClassBadRequest, status: 400, scope: scope(ai.ScopeTask)},
		{name: "400 no such model", handler: errorAnswer(400, 5007, "No such model @cf/nope or task"),
			class: ai.ClassNotFound, status: 400, scope: scope(ai.ScopeProvider)},
		{name: "401", handler: errorAnswer(401, 10000, "Authentication error"),
			class: ai.ClassAuth, status: 401, scope: scope(ai.ScopeProvider)},
		{name: "401 echoing the token", handler: func(w http.ResponseWriter, r *http.Request) {
			writeJSON(w, 401, cfError(10000, "bad credentials: "+r.Header.Get("Authorization")))
		}, class: ai.ClassAuth, status: 401},
		{name: "403", handler: errorAnswer(403, 3023, "Service unavailable for account"),
			class: ai.ClassDenied, status: 403, scope: scope(ai.ScopeProvider)},
		{name: "404", handler: errorAnswer(404, 3042, "The model name is invalid"),
			class: ai.ClassNotFound, status: 404, scope: scope(ai.ScopeProvider)},
		{name: "429", handler: func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Retry-After", "3")
			writeJSON(w, 429, cfError(3040, "No more data centers to forward the request to"))
		}, class: ai.ClassRateLimited, status: 429, retryAfter: 3 * time.Second, scope: scope(ai.ScopeAttempt)},
		{name: "content policy", handler: errorAnswer(400, 3030, "AiError: Input prompt contains NSFW content."),
			class: ai.ClassContentPolicy, status: 400, scope: scope(ai.ScopeTask)},
		{name: "content policy by wording", handler: errorAnswer(400, 0, "The prompt was flagged by the safety checker"),
			class: ai.ClassContentPolicy, status: 400, scope: scope(ai.ScopeTask)},
		{name: "500", handler: errorAnswer(500, 3043, "Internal server error"),
			class: ai.ClassServer, status: 500},
		{name: "503", handler: errorAnswer(503, 0, "Service unavailable"),
			class: ai.ClassServer, status: 503, scope: scope(ai.ScopeAttempt)},
		{name: "timeout", handler: stall, class: ai.ClassTimeout, timeout: true},
		{name: "timeout inside the body", handler: func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(200)
			_, _ = io.WriteString(w, `{"result":{"image":"iVBOR`)
			w.(http.Flusher).Flush()
			stall(w, r)
		}, class: ai.ClassTimeout, timeout: true},
		{name: "truncated body", handler: truncated("application/json", `{"result":{"image":"iVBORw0KGgo`),
			class: ai.ClassMalformed},
		{name: "truncated raw image", handler: truncated("image/png", string(pngBytes(t)[:40])),
			class: ai.ClassMalformed},
		{name: "malformed JSON", handler: func(w http.ResponseWriter, r *http.Request) {
			writeJSON(w, 200, `{"result":{"image":"iVBORw0KGgo"},"success":tru`)
		}, class: ai.ClassMalformed, status: 200},
		{name: "success false", handler: func(w http.ResponseWriter, r *http.Request) {
			writeJSON(w, 200, cfError(3043, "Internal server error"))
		}, class: ai.ClassMalformed, status: 200},
		{name: "success false NSFW", handler: func(w http.ResponseWriter, r *http.Request) {
			writeJSON(w, 200, cfError(0, "Input prompt contains NSFW content."))
		}, class: ai.ClassContentPolicy, status: 200, scope: scope(ai.ScopeTask)},
		{name: "no result", handler: func(w http.ResponseWriter, r *http.Request) {
			writeJSON(w, 200, `{"result":null,"success":true,"errors":[],"messages":[]}`)
		}, class: ai.ClassMalformed},
		{name: "no image", handler: func(w http.ResponseWriter, r *http.Request) {
			writeJSON(w, 200, `{"result":{"image":""},"success":true,"errors":[],"messages":[]}`)
		}, class: ai.ClassMalformed},
		{name: "not base64", handler: func(w http.ResponseWriter, r *http.Request) {
			writeJSON(w, 200, `{"result":{"image":"%%% not base64 %%%"},"success":true,"errors":[],"messages":[]}`)
		}, class: ai.ClassMalformed},
		{name: "base64 of text", handler: func(w http.ResponseWriter, r *http.Request) {
			writeJSON(w, 200, cfImage([]byte("this is not an image, only some text")))
		}, class: ai.ClassMalformed},
		{name: "raw bytes not an image", handler: func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "image/png")
			_, _ = io.WriteString(w, "<html>not an image</html>")
		}, class: ai.ClassMalformed},
		{name: "JSON image too large", handler: func(w http.ResponseWriter, r *http.Request) {
			writeJSON(w, 200, cfImage(big))
		}, class: ai.ClassTooLarge},
		{name: "raw image too large", handler: func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "image/png")
			_, _ = w.Write(big)
		}, class: ai.ClassTooLarge},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			p := newProvider(t, tc.handler, func(c *cloudflare.Config) { c.MaxImageBytes = 2048 })
			ctx := context.Background()
			if tc.timeout {
				var cancel context.CancelFunc
				ctx, cancel = context.WithTimeout(ctx, 200*time.Millisecond)
				defer cancel()
			}
			start := time.Now()
			out, err := p.GenerateImage(ctx, ai.Request{Prompt: "a dragon"})
			require.Empty(t, out.Data)
			checkErr(t, tc, err, time.Since(start))
		})
	}
}

// TestGenerateImageTooLargeJustPastTheCap: a decoded image one byte past the
// cap whose base64 still fits the JSON allowance.
func TestGenerateImageTooLargeJustPastTheCap(t *testing.T) {
	img := make([]byte, 2049)
	copy(img, pngBytes(t))
	p := newProvider(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, 200, cfImage(img))
	}), func(c *cloudflare.Config) { c.MaxImageBytes = 2048 })
	_, err := p.GenerateImage(context.Background(), ai.Request{Prompt: "a dragon"})
	require.Equal(t, ai.ClassTooLarge, aiError(t, err).Class)
}

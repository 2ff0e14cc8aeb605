// Package local is a deterministic, offline ai.Provider: it needs no network,
// no key and no model, and the same request always gives the same bytes.
//
// It exists for development, tests and as the last fallback of an
// Orchestrator. Its images are abstract pictures drawn from a hash of the
// request; its texts are assembled from the prompt's words and the style
// traits found in the request's System text by a fixed rule, and say so on
// their first line (Marker). Neither is a model's output. A turn of a
// conversation (a request with History, Delta or MaxTokens) gets a reply made
// the same way from the whole conversation, streamed token by token at
// Config.TokenDelay.
//
// All drawing uses integer arithmetic, so the pixels do not depend on the
// platform's floating point; the PNG encoding uses a fixed compression level
// and writes no timestamps.
package local

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"strings"
	"time"

	"github.com/inft-labs/inft/ai"
)

// Names of the provider and its models.
const (
	ProviderName = "local"
	TextModel    = "local-text"
	ImageModel   = "local-image"
)

// ImageSize is the width and height of generated images, in pixels.
const ImageSize = 256

// Config tunes a Provider. The zero value is the default.
type Config struct {
	// TokenDelay is how long each token of a chat reply takes to come, so
	// that a reply can be watched streaming. Default 0: at once.
	TokenDelay time.Duration
}

// Check names the setting that is out of range.
func (c Config) Check() error {
	if c.TokenDelay < 0 {
		return fmt.Errorf("local: Config.TokenDelay is negative (%s)", c.TokenDelay)
	}
	return nil
}

// Provider is the deterministic offline provider. The zero value is ready to
// use and it is safe for concurrent use.
type Provider struct {
	cfg Config
}

var _ ai.Provider = (*Provider)(nil)

// New returns a Provider with the default Config.
func New() *Provider { return &Provider{} }

// NewWithConfig returns a Provider tuned by cfg.
func NewWithConfig(cfg Config) (*Provider, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	return &Provider{cfg: cfg}, nil
}

// Name returns "local".
func (*Provider) Name() string { return ProviderName }

// Models returns the two free models: "local-text" and "local-image", both of
// quality 1.
func (*Provider) Models() []ai.Model {
	return []ai.Model{
		{Name: TextModel, Kind: ai.KindText, Quality: 1},
		{Name: ImageModel, Kind: ai.KindImage, Quality: 1},
	}
}

// GenerateImage draws a 256x256 PNG from sha256(System + "\n" + Prompt): a
// two-colour gradient background and five to nine translucent circles,
// rectangles and striped panels, all placed and coloured by the hash.
func (p *Provider) GenerateImage(ctx context.Context, r ai.Request) (ai.Output, error) {
	if err := checkModel(r.Model, ImageModel); err != nil {
		return ai.Output{}, err
	}
	if err := checkContext(ctx); err != nil {
		return ai.Output{}, err
	}
	img, err := draw(ctx, seedOf(r))
	if err != nil {
		return ai.Output{}, err
	}
	progress(r, 50, "image drawn")
	if err := checkContext(ctx); err != nil {
		return ai.Output{}, err
	}
	var buf bytes.Buffer
	enc := png.Encoder{CompressionLevel: png.DefaultCompression}
	if err := enc.Encode(&buf, img); err != nil {
		return ai.Output{}, &ai.Error{Provider: ProviderName, Class: ai.ClassMalformed, Message: "encoding the image: " + err.Error(), Err: err}
	}
	progress(r, 100, "image encoded")
	return ai.Output{
		Kind:  ai.KindImage,
		Data:  buf.Bytes(),
		MIME:  ai.MIMEPNG,
		Model: ImageModel,
		Usage: ai.Usage{Images: 1},
	}, nil
}

// GenerateText assembles a short text from the prompt's words and the style
// traits in System. Its first line is Marker; then come an opening sentence
// naming up to four of the prompt's words (stopwords and words under three
// letters left out), one sentence per word pairing it with a trait, and a
// closing sentence saying no model wrote it. The traits are the
// comma-separated items after "style:" in System, up to the next full stop,
// without parenthesised notes: agent.Profile.Style's "Your signature style:
// noir (strong), watercolor." gives noir and watercolor; without them the
// style is "plain". The hash of the request picks the sentence templates.
// Token counts are estimated as whitespace-separated words.
//
// A request with History, Delta or MaxTokens is a turn of a conversation and
// gets a reply instead (see reply): streamed token by token, Config.TokenDelay
// apart, and cut at MaxTokens.
func (p *Provider) GenerateText(ctx context.Context, r ai.Request) (ai.Output, error) {
	if err := checkModel(r.Model, TextModel); err != nil {
		return ai.Output{}, err
	}
	if err := checkContext(ctx); err != nil {
		return ai.Output{}, err
	}
	if len(r.History) > 0 || r.Delta != nil || r.MaxTokens > 0 {
		return p.reply(ctx, r)
	}
	seed := seedOf(r)
	text := compose(seed, r.System, r.Prompt) + verdict(seed, r.Prompt)
	progress(r, 100, "text composed")
	return ai.Output{
		Kind:  ai.KindText,
		Data:  []byte(text),
		MIME:  ai.MIMEText,
		Model: TextModel,
		Usage: ai.Usage{
			InputTokens:  countWords(r.System) + countWords(r.Prompt),
			OutputTokens: countWords(text),
		},
	}, nil
}

// verdict answers the answer format of a prompt that asks for a review's
// scores or a vote (ai.VerdictAsked): a score line per draft, or a vote
// line, drawn from the seed.
func verdict(seed [32]byte, prompt string) string {
	drafts, proposals := ai.VerdictAsked(prompt)
	s := newStream(seed)
	var b strings.Builder
	for _, d := range drafts {
		fmt.Fprintf(&b, "SCORE #%d: %d\n", d, s.between(ai.MinScore, ai.MaxScore))
	}
	if len(proposals) > 0 {
		fmt.Fprintf(&b, "VOTE: #%d\n", proposals[s.intn(len(proposals))])
	}
	return b.String()
}

// checkModel accepts the provider's own model for the kind, or none.
func checkModel(got, want string) error {
	if got == "" || got == want {
		return nil
	}
	return &ai.Error{Provider: ProviderName, Class: ai.ClassNotFound, Message: "unknown model " + got + " (want " + want + ")"}
}

// checkContext fails with ClassTimeout once ctx is done, cancelled or expired.
func checkContext(ctx context.Context) error {
	if err := ctx.Err(); err != nil {
		return &ai.Error{Provider: ProviderName, Class: ai.ClassTimeout, Message: "generation stopped: " + err.Error(), Err: err}
	}
	return nil
}

func progress(r ai.Request, percent int, message string) {
	if r.Progress != nil {
		r.Progress(percent, message)
	}
}

func seedOf(r ai.Request) [32]byte {
	return sha256.Sum256([]byte(r.System + "\n" + r.Prompt))
}

// stream is an endless deterministic byte source: sha256(seed || counter)
// blocks, one after another.
type stream struct {
	seed [32]byte
	n    uint32
	buf  []byte
}

func newStream(seed [32]byte) *stream { return &stream{seed: seed} }

func (s *stream) next() byte {
	if len(s.buf) == 0 {
		var in [36]byte
		copy(in[:], s.seed[:])
		binary.BigEndian.PutUint32(in[32:], s.n)
		s.n++
		sum := sha256.Sum256(in[:])
		s.buf = sum[:]
	}
	b := s.buf[0]
	s.buf = s.buf[1:]
	return b
}

// intn returns a number in [0, n) for n in 1..65536.
func (s *stream) intn(n int) int {
	v := int(s.next())<<8 | int(s.next())
	return v % n
}

// between returns a number in [lo, hi].
func (s *stream) between(lo, hi int) int { return lo + s.intn(hi-lo+1) }

// hsv converts a hue (0-359), saturation and value (0-255) to RGB with
// integer arithmetic.
func hsv(h, sat, v int) color.NRGBA {
	h %= 360
	region, rem := h/60, (h%60)*255/60
	p := v * (255 - sat) / 255
	q := v * (255 - sat*rem/255) / 255
	t := v * (255 - sat*(255-rem)/255) / 255
	var r, g, b int
	switch region {
	case 0:
		r, g, b = v, t, p
	case 1:
		r, g, b = q, v, p
	case 2:
		r, g, b = p, v, t
	case 3:
		r, g, b = p, q, v
	case 4:
		r, g, b = t, p, v
	default:
		r, g, b = v, p, q
	}
	return color.NRGBA{R: uint8(r), G: uint8(g), B: uint8(b), A: 255}
}

func lerp(a, b uint8, t, max int) uint8 {
	return uint8((int(a)*(max-t) + int(b)*t) / max)
}

func blend(dst *image.NRGBA, x, y int, c color.NRGBA) {
	i := dst.PixOffset(x, y)
	a := int(c.A)
	px := dst.Pix[i : i+3 : i+3]
	px[0] = uint8((int(c.R)*a + int(px[0])*(255-a)) / 255)
	px[1] = uint8((int(c.G)*a + int(px[1])*(255-a)) / 255)
	px[2] = uint8((int(c.B)*a + int(px[2])*(255-a)) / 255)
}

const (
	shapeCircle = iota
	shapeRect
	shapeStripes
	shapeKinds
)

// draw paints the picture for seed; it stops early, with ClassTimeout, if ctx
// is done between shapes.
func draw(ctx context.Context, seed [32]byte) (*image.NRGBA, error) {
	const n = ImageSize
	s := newStream(seed)
	img := image.NewNRGBA(image.Rect(0, 0, n, n))

	// Background: a gradient between two contrasting colours.
	hue := s.intn(360)
	c0 := hsv(hue, s.between(120, 230), s.between(150, 255))
	c1 := hsv(hue+s.between(90, 270), s.between(120, 230), s.between(40, 140))
	dir := s.intn(4)
	for y := 0; y < n; y++ {
		for x := 0; x < n; x++ {
			var t, max int
			switch dir {
			case 0: // left to right
				t, max = x, n-1
			case 1: // top to bottom
				t, max = y, n-1
			case 2: // diagonal
				t, max = x+y, 2*(n-1)
			default: // from the centre out (Manhattan distance)
				t, max = abs(x-n/2)+abs(y-n/2), n
			}
			i := img.PixOffset(x, y)
			img.Pix[i+0] = lerp(c0.R, c1.R, t, max)
			img.Pix[i+1] = lerp(c0.G, c1.G, t, max)
			img.Pix[i+2] = lerp(c0.B, c1.B, t, max)
			img.Pix[i+3] = 255
		}
	}

	// Shapes.
	shapes := s.between(5, 9)
	for k := 0; k < shapes; k++ {
		if err := checkContext(ctx); err != nil {
			return nil, err
		}
		c := hsv(s.intn(360), s.between(150, 255), s.between(150, 255))
		c.A = uint8(s.between(120, 230))
		switch s.intn(shapeKinds) {
		case shapeCircle:
			cx, cy, r := s.intn(n), s.intn(n), s.between(12, 75)
			for y := max(cy-r, 0); y <= min(cy+r, n-1); y++ {
				for x := max(cx-r, 0); x <= min(cx+r, n-1); x++ {
					if dx, dy := x-cx, y-cy; dx*dx+dy*dy <= r*r {
						blend(img, x, y, c)
					}
				}
			}
		case shapeRect:
			x0, y0 := s.intn(n), s.intn(n)
			w, h := s.between(20, 120), s.between(20, 120)
			for y := y0; y < min(y0+h, n); y++ {
				for x := x0; x < min(x0+w, n); x++ {
					blend(img, x, y, c)
				}
			}
		default: // a panel of parallel stripes
			x0, y0 := s.intn(n-40), s.intn(n-40)
			w, h := s.between(60, 180), s.between(60, 180)
			period := s.between(8, 31)
			orient := s.intn(4)
			for y := y0; y < min(y0+h, n); y++ {
				for x := x0; x < min(x0+w, n); x++ {
					var u int
					switch orient {
					case 0:
						u = x
					case 1:
						u = y
					case 2:
						u = x + y
					default:
						u = x - y + n
					}
					if u%period < period/2 {
						blend(img, x, y, c)
					}
				}
			}
		}
	}
	return img, nil
}

func abs(v int) int {
	if v < 0 {
		return -v
	}
	return v
}

package relayer

import (
	"bytes"
	"encoding/base64"
	"encoding/xml"
	"errors"
	"io"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"
)

// cardText decodes a text card and returns the character data of its
// elements, failing unless it is a well-formed SVG.
func cardText(t require.TestingT, uri string) []string {
	const prefix = "data:image/svg+xml;base64,"
	require.True(t, strings.HasPrefix(uri, prefix), "not an SVG data URI: %.40q", uri)
	svg, err := base64.StdEncoding.DecodeString(strings.TrimPrefix(uri, prefix))
	require.NoError(t, err)
	d := xml.NewDecoder(bytes.NewReader(svg))
	var texts []string
	depth := 0
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		require.NoError(t, err, "not well-formed: %s", svg)
		switch tok := tok.(type) {
		case xml.StartElement:
			if depth == 0 {
				require.Equal(t, "svg", tok.Name.Local)
			}
			depth++
		case xml.EndElement:
			depth--
		case xml.CharData:
			if s := strings.TrimSpace(string(tok)); s != "" {
				texts = append(texts, s)
			}
		}
	}
	require.Zero(t, depth)
	return texts
}

func TestTextCard(t *testing.T) {
	t.Run("the first lines of the text, wrapped at words", func(t *testing.T) {
		text := "The keeper's cat watched the lamp turn, night after night, counting ships that never came."
		got := cardText(t, textCard("7", "42", 2, text))
		require.Equal(t, "Agent #7 · text #42", got[0])
		require.Equal(t, []string{"The keeper's cat watched the lamp", "turn, night after night, counting", "ships that never came."}, got[1:])
	})
	t.Run("a long text ends with an ellipsis", func(t *testing.T) {
		got := cardText(t, textCard("1", "1", 0, strings.Repeat("word ", 500)))
		require.Len(t, got, 1+cardLines)
		require.True(t, strings.HasSuffix(got[cardLines], "…"))
	})
	t.Run("markup, NUL and broken UTF-8 are only text", func(t *testing.T) {
		got := cardText(t, textCard("1", "1", 3, "<script>alert(1)</script> & \x00 \xff\xfe ]]> \x1b[31m"))
		require.Equal(t, "<script>alert(1)</script> & � �", got[1][:len("<script>alert(1)</script> & � �")])
	})
	t.Run("any text makes a well-formed card within its lines", rapid.MakeCheck(func(t *rapid.T) {
		text := rapid.String().Draw(t, "text")
		if rapid.Bool().Draw(t, "bytes") {
			text = string(rapid.SliceOf(rapid.Byte()).Draw(t, "raw"))
		}
		lines := cardText(t, textCard("1", "2", int16(rapid.IntRange(-1, 5).Draw(t, "tier")), text))[1:]
		require.LessOrEqual(t, len(lines), cardLines)
		for _, l := range lines {
			require.LessOrEqual(t, utf8.RuneCountInString(l), cardLineRunes, "line %q", l)
		}
	}))
}

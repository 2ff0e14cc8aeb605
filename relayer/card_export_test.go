package relayer

import "github.com/stretchr/testify/require"

// CardText decodes a text token's card (its metadata's image), failing
// unless it is a well-formed SVG, and returns its title and lines.
func CardText(t require.TestingT, uri string) []string { return cardText(t, uri) }

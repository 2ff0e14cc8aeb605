package siwe_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// readVectors decodes testdata/name (see testdata/README.md for where each
// file comes from).
func readVectors(t testing.TB, name string, v any) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
}

// parsedFields are a positive parsing vector's expected fields.
type parsedFields struct {
	Scheme         *string     `json:"scheme"`
	Domain         string      `json:"domain"`
	Address        string      `json:"address"`
	Statement      *string     `json:"statement"`
	URI            string      `json:"uri"`
	Version        string      `json:"version"`
	ChainID        json.Number `json:"chainId"` // a string in some versions, a number in others
	Nonce          string      `json:"nonce"`
	IssuedAt       string      `json:"issuedAt"`
	ExpirationTime *string     `json:"expirationTime"`
	NotBefore      *string     `json:"notBefore"`
	RequestID      *string     `json:"requestId"`
	Resources      []string    `json:"resources"`
}

type positiveVector struct {
	Message string       `json:"message"`
	Fields  parsedFields `json:"fields"`
}

// verificationVector is a signed message given as fields, with what the
// relying party expects.
type verificationVector struct {
	Domain         string `json:"domain"`
	Address        string `json:"address"`
	Statement      string `json:"statement"`
	URI            string `json:"uri"`
	Version        string `json:"version"`
	ChainID        uint64 `json:"chainId"`
	Nonce          string `json:"nonce"`
	IssuedAt       string `json:"issuedAt"`
	ExpirationTime string `json:"expirationTime"`
	NotBefore      string `json:"notBefore"`
	Signature      string `json:"signature"`
	Time           string `json:"time"`          // the time to validate at
	DomainBinding  string `json:"domainBinding"` // the domain to expect
	MatchNonce     string `json:"matchNonce"`    // the nonce to expect
}

// text is the vector's message written line by line from the template in
// ERC-4361, apart from the package's String.
func (v verificationVector) text() string {
	lines := []string{
		v.Domain + " wants you to sign in with your Ethereum account:",
		v.Address,
		"",
		v.Statement,
		"",
		"URI: " + v.URI,
		"Version: " + v.Version,
		"Chain ID: " + strconv.FormatUint(v.ChainID, 10),
		"Nonce: " + v.Nonce,
		"Issued At: " + v.IssuedAt,
	}
	if v.ExpirationTime != "" {
		lines = append(lines, "Expiration Time: "+v.ExpirationTime)
	}
	if v.NotBefore != "" {
		lines = append(lines, "Not Before: "+v.NotBefore)
	}
	return strings.Join(lines, "\n")
}

// seedTexts are every message text in testdata, valid or not.
func seedTexts(t testing.TB) []string {
	var texts []string
	var examples map[string]string
	readVectors(t, "erc4361_examples.json", &examples)
	for _, s := range examples {
		texts = append(texts, s)
	}
	var positive map[string]positiveVector
	readVectors(t, "parsing_positive.json", &positive)
	for _, v := range positive {
		texts = append(texts, v.Message)
	}
	var negative map[string]string
	readVectors(t, "parsing_negative.json", &negative)
	for _, s := range negative {
		texts = append(texts, s)
	}
	for _, name := range []string{"verification_positive.json", "verification_negative.json"} {
		var vs map[string]verificationVector
		readVectors(t, name, &vs)
		for _, v := range vs {
			texts = append(texts, v.text())
		}
	}
	return texts
}

package contracts_test

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"encoding/xml"
	"errors"
	"io"
	"math/big"
	"net/url"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/require"

	"github.com/inft-labs/inft/bindings"
	"github.com/inft-labs/inft/internal/chaintest"
)

// agentMetadata is an agent's token URI decoded: the ERC-721 metadata JSON
// wallets and marketplaces read (OpenSea's metadata standard).
type agentMetadata struct {
	Name        string `json:"name"`
	Description string `json:"description"`
	Image       string `json:"image"`
	Attributes  []struct {
		TraitType   string `json:"trait_type"`
		DisplayType string `json:"display_type"`
		Value       any    `json:"value"`
	} `json:"attributes"`
	StateURI *string `json:"state_uri"`
}

// trait returns the value of the attribute named trait and its display type.
func (m agentMetadata) trait(t testing.TB, trait string) (any, string) {
	t.Helper()
	for _, a := range m.Attributes {
		if a.TraitType == trait {
			return a.Value, a.DisplayType
		}
	}
	t.Fatalf("metadata has no attribute %q: %+v", trait, m.Attributes)
	return nil, ""
}

// tokenMetadata reads an agent's tokenURI and decodes it strictly: a base64
// data URI of JSON whose image is a base64 data URI of a well-formed SVG.
// It returns the metadata and the SVG text.
func tokenMetadata(t testing.TB, c *chaintest.Chain, agent *big.Int) (agentMetadata, string) {
	t.Helper()
	uri := chaintest.Call(t, c.Agents, c.AgentsABI.PackTokenURI(agent), c.AgentsABI.UnpackTokenURI)
	const jsonPrefix = "data:application/json;base64,"
	require.True(t, strings.HasPrefix(uri, jsonPrefix), "token URI %.60q… is not a JSON data URI", uri)
	doc, err := base64.StdEncoding.DecodeString(strings.TrimPrefix(uri, jsonPrefix))
	require.NoError(t, err, "token URI's base64")
	require.True(t, json.Valid(doc), "metadata is not valid JSON: %s", doc)
	var m agentMetadata
	dec := json.NewDecoder(bytes.NewReader(doc))
	dec.DisallowUnknownFields()
	require.NoError(t, dec.Decode(&m), "metadata %s", doc)

	const svgPrefix = "data:image/svg+xml;base64,"
	require.True(t, strings.HasPrefix(m.Image, svgPrefix), "image %.60q… is not an SVG data URI", m.Image)
	svg, err := base64.StdEncoding.DecodeString(strings.TrimPrefix(m.Image, svgPrefix))
	require.NoError(t, err, "image's base64")
	requireWellFormedSVG(t, svg)
	return m, string(svg)
}

// requireWellFormedSVG parses svg as XML to its end and checks its root is an
// SVG element in the SVG namespace with a viewBox.
func requireWellFormedSVG(t testing.TB, svg []byte) {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(svg))
	d.Strict = true
	var root *xml.StartElement
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		require.NoError(t, err, "SVG is not well-formed XML: %s", svg)
		if se, ok := tok.(xml.StartElement); ok && root == nil {
			root = &se
		}
	}
	require.NotNil(t, root, "SVG has no element")
	require.Equal(t, xml.Name{Space: "http://www.w3.org/2000/svg", Local: "svg"}, root.Name)
	var viewBox string
	for _, a := range root.Attr {
		if a.Name.Local == "viewBox" {
			viewBox = a.Value
		}
	}
	require.Equal(t, "0 0 320 320", viewBox)
}

func TestAgentMetadata(t *testing.T) {
	t.Parallel()

	t.Run("from the mint: name, description, avatar and attributes", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		agent := buyAgent(t, c, alice, tierPro)

		m, svg := tokenMetadata(t, c, agent)
		require.Equal(t, "INFT Agent #1", m.Name)
		require.Contains(t, m.Description, "Pro tier")
		require.Nil(t, m.StateURI, "no state document before the agent evolves")
		for trait, want := range map[string]any{"Tier": "Pro", "Level": 0.0, "Credits": 500.0, "Generations": 0.0} {
			v, display := m.trait(t, trait)
			require.Equal(t, want, v, trait)
			if trait != "Tier" {
				require.Equal(t, "number", display, "%s is shown as a number", trait)
			}
		}
		require.Len(t, m.Attributes, 4)
		require.Contains(t, svg, ">#1</text>")
		require.Contains(t, svg, "Pro · LEVEL 0")
	})

	t.Run("attributes follow credits, generations and level", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		a := c.AgentsABI
		agent := buyAgent(t, c, alice, tierStarter)

		fulfilled, _ := requestGeneration(t, c, alice, agent, kindText, promptText)
		fulfil(t, c, fulfilled, outputURI)
		failed, _ := requestGeneration(t, c, alice, agent, kindImage, promptText)
		c.Send(relayer, c.Agents, nil, a.PackFailGeneration(failed, "no"))
		requestGeneration(t, c, alice, agent, kindText, promptText) // still pending

		m, _ := tokenMetadata(t, c, agent)
		credits, _ := m.trait(t, "Credits")
		generations, _ := m.trait(t, "Generations")
		require.Equal(t, 98.0, credits, "100 − 1 (fulfilled) − 1 (pending); the failed image was refunded")
		require.Equal(t, 1.0, generations, "only fulfilled generations count")
		require.Equal(t, uint64(1), chaintest.Call(t, c.Agents, a.PackGenerationsOf(agent), a.UnpackGenerationsOf))

		const state = "ipfs://bafkreistate1"
		r := c.Send(relayer, c.Agents, nil, a.PackEvolveAgent(agent, 3, state))
		requireEvent(t, r, c.Contracts.Agents, a.UnpackMetadataUpdateEvent, &bindings.INFTAgentsMetadataUpdate{TokenId: agent})
		m, svg := tokenMetadata(t, c, agent)
		level, _ := m.trait(t, "Level")
		require.Equal(t, 3.0, level)
		require.NotNil(t, m.StateURI)
		require.Equal(t, state, *m.StateURI)
		require.Contains(t, svg, "Starter · LEVEL 3")
	})

	t.Run("a top-up tells marketplaces to refresh; a request does not", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		agent := buyAgent(t, c, alice, tierStarter)
		r := c.Send(bob, c.Agents, ether(10), c.AgentsABI.PackTopUp(agent, tierStarter))
		requireEvent(t, r, c.Contracts.Agents, c.AgentsABI.UnpackMetadataUpdateEvent, &bindings.INFTAgentsMetadataUpdate{TokenId: agent})
		_, r = requestGeneration(t, c, alice, agent, kindText, promptText)
		requireNoEvent(t, r, c.Contracts.Agents, c.AgentsABI.UnpackMetadataUpdateEvent)
	})

	t.Run("avatars: one per agent, the same on every read, rings by tier", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		seen := map[string]bool{}
		for tier := range uint8(4) {
			agent := buyAgent(t, c, alice, tier)
			m, svg := tokenMetadata(t, c, agent)
			again, _ := tokenMetadata(t, c, agent)
			require.Equal(t, m.Image, again.Image, "the avatar is deterministic")
			require.False(t, seen[m.Image], "agent %s has another agent's avatar", agent)
			seen[m.Image] = true
			require.Equal(t, int(tier)+1, strings.Count(svg, `<circle cx="160" cy="128"`), "tier %d's rings", tier)
		}
	})

	t.Run("a hostile state URI cannot break the JSON", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		a := c.AgentsABI
		agent := buyAgent(t, c, alice, tierStarter)
		hostile := "ipfs://x\"},\"name\":\"evil\\\x00\n<script>%é\xff"
		c.Send(relayer, c.Agents, nil, a.PackEvolveAgent(agent, 1, hostile))

		m, _ := tokenMetadata(t, c, agent) // strict decoding: no unknown fields, valid JSON
		require.Equal(t, "INFT Agent #1", m.Name)
		require.NotNil(t, m.StateURI)
		exact, err := url.PathUnescape(*m.StateURI)
		require.NoError(t, err)
		require.Equal(t, hostile, exact, "percent-decoding gives back the exact bytes")
		require.Equal(t, hostile, chaintest.Call(t, c.Agents, a.PackStateURIOf(agent), a.UnpackStateURIOf))
	})

	t.Run("an unknown agent has no token URI", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		err := callErr(c.Agents, c.AgentsABI.PackTokenURI(big.NewInt(9)))
		requireRevert(t, err, c.AgentsABI.UnpackError, &bindings.INFTAgentsUnknownAgent{AgentId: big.NewInt(9)})
	})

	t.Run("the admin replaces the renderer and every agent refreshes", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		a := c.AgentsABI
		buyAgent(t, c, alice, tierStarter)
		buyAgent(t, c, bob, tierPro)
		addr, tx, err := bind.DeployContract(c.Opts(deployer), common.FromHex(bindings.INFTAgentRendererMetaData.Bin), c.Client, nil)
		require.NoError(t, err)
		require.Equal(t, types.ReceiptStatusSuccessful, c.Receipt(tx).Status)

		tryAgents(t, c, alice, nil, a.PackSetRenderer(addr), &bindings.INFTAgentsAccessControlUnauthorizedAccount{Account: c.Addr(alice), NeededRole: adminRole})
		tryAgents(t, c, deployer, nil, a.PackSetRenderer(common.Address{}), &bindings.INFTAgentsZeroAddress{})
		r := c.Send(deployer, c.Agents, nil, a.PackSetRenderer(addr))
		requireEvent(t, r, c.Contracts.Agents, a.UnpackRendererSetEvent, &bindings.INFTAgentsRendererSet{Renderer: addr})
		requireEvent(t, r, c.Contracts.Agents, a.UnpackBatchMetadataUpdateEvent,
			&bindings.INFTAgentsBatchMetadataUpdate{FromTokenId: big.NewInt(1), ToTokenId: big.NewInt(2)})
		require.Equal(t, addr, chaintest.Call(t, c.Agents, a.PackRenderer(), a.UnpackRenderer))
		m, _ := tokenMetadata(t, c, big.NewInt(2))
		require.Equal(t, "INFT Agent #2", m.Name)
	})
}

// TestContractSizes keeps every contract's runtime code within EIP-170's
// 24,576 bytes, which Sonic enforces too: CI fails here before a deploy would.
func TestContractSizes(t *testing.T) {
	t.Parallel()
	c := chaintest.New(t)
	renderer := chaintest.Call(t, c.Agents, c.AgentsABI.PackRenderer(), c.AgentsABI.UnpackRenderer)
	const limit = 24_576
	for name, addr := range map[string]common.Address{
		"INFTAgents": c.Contracts.Agents, "INFTGenerated": c.Contracts.Generated,
		"INFTMarketplace": c.Contracts.Marketplace, "INFTAgentRenderer": renderer,
	} {
		code, err := c.Client.CodeAt(t.Context(), addr, nil)
		require.NoError(t, err)
		require.NotEmpty(t, code, name)
		t.Logf("%s: %d bytes of runtime code, %d under the limit", name, len(code), limit-len(code))
		require.LessOrEqual(t, len(code), limit, "%s's runtime code is over EIP-170's limit", name)
	}
}

package contracts_test

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/inft-labs/inft/bindings"
	"github.com/inft-labs/inft/internal/chaintest"
)

// mintOutput has account who buy a Starter agent, request a text generation
// and the relayer fulfil it; it returns the agent and the minted token.
func mintOutput(t testing.TB, c *chaintest.Chain, who int) (agent, token *big.Int) {
	t.Helper()
	agent = buyAgent(t, c, who, tierStarter)
	id, _ := requestGeneration(t, c, who, agent, kindText, promptText)
	return agent, fulfil(t, c, id, outputURI)
}

// tryGenerated sends calldata to INFTGenerated from account who and asserts
// it reverts with want.
func tryGenerated(t testing.TB, c *chaintest.Chain, who int, calldata []byte, want any) {
	t.Helper()
	_, err := c.Try(who, c.Generated, nil, calldata)
	requireRevert(t, err, c.GeneratedABI.UnpackError, want)
}

func royaltyInfo(t testing.TB, c *chaintest.Chain, token, price *big.Int) bindings.RoyaltyInfoOutput {
	t.Helper()
	return chaintest.Call(t, c.Generated, c.GeneratedABI.PackRoyaltyInfo(token, price), c.GeneratedABI.UnpackRoyaltyInfo)
}

func TestGenerated(t *testing.T) {
	t.Parallel()

	t.Run("defaults", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		g := c.GeneratedABI
		require.Equal(t, "INFT Generated", chaintest.Call(t, c.Generated, g.PackName(), g.UnpackName))
		require.Equal(t, "INFTG", chaintest.Call(t, c.Generated, g.PackSymbol(), g.UnpackSymbol))
		require.Equal(t, c.Contracts.Agents, chaintest.Call(t, c.Generated, g.PackMinter(), g.UnpackMinter))
		requireBig(t, big.NewInt(500), chaintest.Call(t, c.Generated, g.PackRoyaltyBps(), g.UnpackRoyaltyBps))
		requireBig(t, big.NewInt(500), chaintest.Call(t, c.Generated, g.PackDEFAULTROYALTYBPS(), g.UnpackDEFAULTROYALTYBPS))
		requireBig(t, big.NewInt(1000), chaintest.Call(t, c.Generated, g.PackMAXROYALTYBPS(), g.UnpackMAXROYALTYBPS))
		requireBig(t, big.NewInt(0), chaintest.Call(t, c.Generated, g.PackTotalMinted(), g.UnpackTotalMinted))
		require.True(t, chaintest.Call(t, c.Generated, g.PackHasRole(adminRole, c.Addr(deployer)), g.UnpackHasRole))

		logs, err := c.Client.FilterLogs(context.Background(), ethereum.FilterQuery{
			FromBlock: new(big.Int).SetUint64(c.DeployBlock),
			Addresses: []common.Address{c.Contracts.Generated},
			Topics:    [][]common.Hash{{g.GetABI().Events["MinterSet"].ID}},
		})
		require.NoError(t, err)
		require.Len(t, logs, 1, "MinterSet events")
		ev, err := g.UnpackMinterSetEvent(&logs[0])
		require.NoError(t, err)
		requireSame(t, &bindings.INFTGeneratedMinterSet{Minter: c.Contracts.Agents}, ev)
	})

	t.Run("minting logs ERC-4906 MetadataUpdate", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		agent := buyAgent(t, c, alice, tierStarter)
		id, _ := requestGeneration(t, c, alice, agent, kindText, promptText)
		r := c.Send(relayer, c.Agents, nil, c.AgentsABI.PackFulfillGeneration(id, outputURI))
		requireEvent(t, r, c.Contracts.Generated, c.GeneratedABI.UnpackMetadataUpdateEvent, &bindings.INFTGeneratedMetadataUpdate{TokenId: big.NewInt(1)})
	})

	t.Run("only the minter mints", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		agent := buyAgent(t, c, alice, tierStarter)
		for _, who := range []int{alice, deployer, relayer} {
			tryGenerated(t, c, who, c.GeneratedABI.PackMint(c.Addr(who), agent, big.NewInt(1), c.Addr(who), outputURI),
				&bindings.INFTGeneratedNotMinter{Caller: c.Addr(who)})
		}
		requireBig(t, big.NewInt(0), chaintest.Call(t, c.Generated, c.GeneratedABI.PackTotalMinted(), c.GeneratedABI.UnpackTotalMinted))
	})

	t.Run("setMinter a second time", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		g := c.GeneratedABI
		tryGenerated(t, c, deployer, g.PackSetMinter(c.Addr(alice)), &bindings.INFTGeneratedMinterAlreadySet{Minter: c.Contracts.Agents})
		tryGenerated(t, c, deployer, g.PackSetMinter(common.Address{}), &bindings.INFTGeneratedZeroAddress{})
		tryGenerated(t, c, alice, g.PackSetMinter(c.Addr(alice)),
			&bindings.INFTGeneratedAccessControlUnauthorizedAccount{Account: c.Addr(alice), NeededRole: adminRole})
		require.Equal(t, c.Contracts.Agents, chaintest.Call(t, c.Generated, g.PackMinter(), g.UnpackMinter))
	})

	t.Run("setRoyaltyBps limits", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		g := c.GeneratedABI
		tryGenerated(t, c, deployer, g.PackSetRoyaltyBps(big.NewInt(1001)),
			&bindings.INFTGeneratedRoyaltyTooHigh{Bps: big.NewInt(1001), Max: big.NewInt(1000)})
		tryGenerated(t, c, alice, g.PackSetRoyaltyBps(big.NewInt(100)),
			&bindings.INFTGeneratedAccessControlUnauthorizedAccount{Account: c.Addr(alice), NeededRole: adminRole})
		requireBig(t, big.NewInt(500), chaintest.Call(t, c.Generated, g.PackRoyaltyBps(), g.UnpackRoyaltyBps))

		r := c.Send(deployer, c.Generated, nil, g.PackSetRoyaltyBps(big.NewInt(1000)))

		requireEvent(t, r, c.Contracts.Generated, g.UnpackRoyaltyBpsSetEvent, &bindings.INFTGeneratedRoyaltyBpsSet{Bps: big.NewInt(1000)})
		requireBig(t, big.NewInt(1000), chaintest.Call(t, c.Generated, g.PackRoyaltyBps(), g.UnpackRoyaltyBps))
	})

	t.Run("a new royalty applies to later mints only", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		g := c.GeneratedABI
		price := plus(ether(1), big.NewInt(7))
		_, first := mintOutput(t, c, alice)

		r := c.Send(deployer, c.Generated, nil, g.PackSetRoyaltyBps(big.NewInt(800)))
		requireEvent(t, r, c.Contracts.Generated, g.UnpackRoyaltyBpsSetEvent, &bindings.INFTGeneratedRoyaltyBpsSet{Bps: big.NewInt(800)})
		_, second := mintOutput(t, c, bob)
		c.Send(deployer, c.Generated, nil, g.PackSetRoyaltyBps(big.NewInt(0)))
		_, third := mintOutput(t, c, carol)

		requireSame(t, bindings.RoyaltyInfoOutput{Receiver: c.Addr(alice), Amount: wei("50000000000000000")}, royaltyInfo(t, c, first, price), "5% of 1 ether + 7 wei")
		requireSame(t, bindings.RoyaltyInfoOutput{Receiver: c.Addr(bob), Amount: wei("80000000000000000")}, royaltyInfo(t, c, second, price), "8% of 1 ether + 7 wei")
		requireSame(t, bindings.RoyaltyInfoOutput{Receiver: c.Addr(carol), Amount: big.NewInt(0)}, royaltyInfo(t, c, third, price), "0%")
	})

	t.Run("supportsInterface", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		for _, tc := range []struct {
			name              string
			id                string
			generated, agents bool
		}{
			{"ERC-165", "0x01ffc9a7", true, true},
			{"ERC-721", "0x80ac58cd", true, true},
			{"ERC-721 metadata", "0x5b5e139f", true, true},
			{"ERC-2981 royalties", "0x2a55205a", true, false},
			{"ERC-4906 metadata updates", "0x49064906", true, true},
			{"AccessControl", "0x7965db0b", true, true},
			{"invalid", "0xffffffff", false, false},
		} {
			id := [4]byte(common.FromHex(tc.id))
			require.Equal(t, tc.generated, chaintest.Call(t, c.Generated, c.GeneratedABI.PackSupportsInterface(id), c.GeneratedABI.UnpackSupportsInterface),
				"INFTGenerated supports %s", tc.name)
			require.Equal(t, tc.agents, chaintest.Call(t, c.Agents, c.AgentsABI.PackSupportsInterface(id), c.AgentsABI.UnpackSupportsInterface),
				"INFTAgents supports %s", tc.name)
		}
	})

	t.Run("generatedFrom of an unknown token", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		g := c.GeneratedABI
		_, token := mintOutput(t, c, alice)
		unknown := plus(token, big.NewInt(1))
		requireRevert(t, callErr(c.Generated, g.PackGeneratedFrom(unknown)), g.UnpackError, &bindings.INFTGeneratedERC721NonexistentToken{TokenId: unknown})
		requireRevert(t, callErr(c.Generated, g.PackGeneratedFrom(big.NewInt(0))), g.UnpackError, &bindings.INFTGeneratedERC721NonexistentToken{TokenId: big.NewInt(0)})
		requireRevert(t, callErr(c.Generated, g.PackTokenURI(unknown)), g.UnpackError, &bindings.INFTGeneratedERC721NonexistentToken{TokenId: unknown})
	})

	t.Run("transferNonce counts the transfers after the mint in both collections", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		g, a := c.GeneratedABI, c.AgentsABI
		agent, token := mintOutput(t, c, alice)
		genNonce := func() uint64 {
			return chaintest.Call(t, c.Generated, g.PackTransferNonce(token), g.UnpackTransferNonce)
		}
		agentNonce := func() uint64 {
			return chaintest.Call(t, c.Agents, a.PackTransferNonce(agent), a.UnpackTransferNonce)
		}
		require.Zero(t, genNonce(), "a mint is not a transfer")
		require.Zero(t, agentNonce())

		c.Send(alice, c.Generated, nil, g.PackTransferFrom(c.Addr(alice), c.Addr(bob), token))
		c.Send(bob, c.Generated, nil, g.PackTransferFrom(c.Addr(bob), c.Addr(alice), token))
		c.Send(alice, c.Agents, nil, a.PackTransferFrom(c.Addr(alice), c.Addr(carol), agent))

		require.Equal(t, uint64(2), genNonce(), "there and back again")
		require.Equal(t, uint64(1), agentNonce())
	})
}

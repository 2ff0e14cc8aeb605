package contracts_test

import (
	"math/big"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/inft-labs/inft/bindings"
	"github.com/inft-labs/inft/internal/chaintest"
)

// The relayer batches its calls through multicall; it is all or nothing, each
// call runs as the caller, and it reads many views in one eth_call.
func TestAgentsMulticall(t *testing.T) {
	t.Parallel()

	t.Run("fulfils several requests in one transaction", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		a := c.AgentsABI
		agent := buyAgent(t, c, alice, tierStarter)
		one, _ := requestGeneration(t, c, alice, agent, kindText, promptText)
		two, _ := requestGeneration(t, c, alice, agent, kindImage, promptText)
		three, _ := requestGeneration(t, c, alice, agent, kindText, promptText)

		r := c.Send(relayer, c.Agents, nil, a.PackMulticall([][]byte{
			a.PackFulfillGeneration(one, outputURI+"1"),
			a.PackFailGeneration(two, "provider down"),
			a.PackFulfillGeneration(three, outputURI+"3"),
		}))

		fulfilled := events(r, c.Contracts.Agents, a.UnpackGenerationFulfilledEvent)
		require.Len(t, fulfilled, 2)
		requireSame(t, &bindings.INFTAgentsGenerationFulfilled{RequestId: one, TokenId: big.NewInt(1), TokenURI: outputURI + "1"}, fulfilled[0])
		requireSame(t, &bindings.INFTAgentsGenerationFulfilled{RequestId: three, TokenId: big.NewInt(2), TokenURI: outputURI + "3"}, fulfilled[1])
		requireEvent(t, r, c.Contracts.Agents, a.UnpackGenerationFailedEvent, &bindings.INFTAgentsGenerationFailed{
			RequestId: two, Reason: "provider down", CreditsRefunded: 5,
		})
		require.Equal(t, statusFulfilled, requestOf(t, c, one).Status)
		require.Equal(t, statusFailed, requestOf(t, c, two).Status)
		require.Equal(t, statusFulfilled, requestOf(t, c, three).Status)
		require.Equal(t, uint64(98), credits(t, c, agent), "two fulfilled text requests spent, the image refunded")
	})

	t.Run("is all or nothing", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		a := c.AgentsABI
		agent := buyAgent(t, c, alice, tierStarter)
		one, _ := requestGeneration(t, c, alice, agent, kindText, promptText)
		two, _ := requestGeneration(t, c, alice, agent, kindText, promptText)
		fulfil(t, c, two, outputURI)

		tryAgents(t, c, relayer, nil, a.PackMulticall([][]byte{
			a.PackFulfillGeneration(one, outputURI),
			a.PackFulfillGeneration(two, outputURI),
		}), &bindings.INFTAgentsRequestNotPending{RequestId: two, Status: statusFulfilled})
		require.Equal(t, statusPending, requestOf(t, c, one).Status, "the first call is undone with the second")
	})

	t.Run("runs each call as the caller", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		a := c.AgentsABI
		agent := buyAgent(t, c, alice, tierStarter)
		id, _ := requestGeneration(t, c, alice, agent, kindText, promptText)
		tryAgents(t, c, alice, nil, a.PackMulticall([][]byte{a.PackFulfillGeneration(id, outputURI)}),
			&bindings.INFTAgentsAccessControlUnauthorizedAccount{Account: c.Addr(alice), NeededRole: relayerRole})
		require.Equal(t, statusPending, requestOf(t, c, id).Status)
	})

	t.Run("takes no payment", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		a := c.AgentsABI
		price := chaintest.Call(t, c.Agents, a.PackPackagePrice(tierStarter), a.UnpackPackagePrice)
		_, err := c.Try(alice, c.Agents, price, a.PackMulticall([][]byte{a.PackPurchasePackage(tierStarter), a.PackPurchasePackage(tierStarter)}))
		require.Error(t, err, "a payable multicall would let one payment buy two packages")
		requireBig(t, big.NewInt(0), agentCount(t, c))
	})

	t.Run("reads many views in one call", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		a := c.AgentsABI
		agent := buyAgent(t, c, alice, tierStarter)
		one, _ := requestGeneration(t, c, alice, agent, kindText, promptText)
		two, _ := requestGeneration(t, c, alice, agent, kindText, promptText)
		fulfil(t, c, one, outputURI)

		out := chaintest.Call(t, c.Agents, a.PackMulticall([][]byte{a.PackRequests(one), a.PackRequests(two)}), a.UnpackMulticall)
		require.Len(t, out, 2)
		first, err := a.UnpackRequests(out[0])
		require.NoError(t, err)
		second, err := a.UnpackRequests(out[1])
		require.NoError(t, err)
		require.Equal(t, statusFulfilled, first.Status)
		require.Equal(t, statusPending, second.Status)
	})
}

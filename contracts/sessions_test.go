package contracts_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/inft-labs/inft/bindings"
	"github.com/inft-labs/inft/bindings/testbindings"
	"github.com/inft-labs/inft/internal/chaintest"
)

const (
	sessionOpen      uint8 = 1
	sessionSettled   uint8 = 2
	sessionReclaimed uint8 = 3
)

var transcript = [32]byte(crypto.Keccak256Hash([]byte("the ordered messages")))

// openSession has account who open a session with agent and returns its id
// and the receipt.
func openSession(t testing.TB, c *chaintest.Chain, who int, agent *big.Int, creditCap, duration uint64) (*big.Int, *types.Receipt) {
	t.Helper()
	r := c.Send(who, c.Agents, nil, c.AgentsABI.PackOpenSession(agent, creditCap, duration))
	evs := events(r, c.Contracts.Agents, c.AgentsABI.UnpackSessionOpenedEvent)
	require.Len(t, evs, 1, "SessionOpened events")
	return evs[0].SessionId, r
}

func sessionOf(t testing.TB, c *chaintest.Chain, id *big.Int) bindings.SessionsOutput {
	t.Helper()
	return chaintest.Call(t, c.Agents, c.AgentsABI.PackSessions(id), c.AgentsABI.UnpackSessions)
}

func TestChatTerms(t *testing.T) {
	t.Parallel()
	c := chaintest.New(t)
	a := c.AgentsABI
	require.Equal(t, uint64(1000), chaintest.Call(t, c.Agents, a.PackChatTokensPerCredit(), a.UnpackChatTokensPerCredit))
	require.Equal(t, uint64(86400), chaintest.Call(t, c.Agents, a.PackMaxSessionDuration(), a.UnpackMaxSessionDuration))
	require.Equal(t, uint64(3600), chaintest.Call(t, c.Agents, a.PackSessionGracePeriod(), a.UnpackSessionGracePeriod))

	// The deployment announced them, so an indexer knows the price from the first block.
	logs, err := c.Client.FilterLogs(context.Background(), ethereum.FilterQuery{Addresses: []common.Address{c.Contracts.Agents}, FromBlock: big.NewInt(0)})
	require.NoError(t, err)
	var announced []*bindings.INFTAgentsChatTermsSet
	for i := range logs {
		if ev, err := a.UnpackChatTermsSetEvent(&logs[i]); err == nil {
			announced = append(announced, ev)
		}
	}
	require.Len(t, announced, 1)
	requireSame(t, &bindings.INFTAgentsChatTermsSet{TokensPerCredit: 1000, MaxSessionDuration: 86400, SessionGracePeriod: 3600}, announced[0])

	for _, who := range []int{alice, relayer} {
		tryAgents(t, c, who, nil, a.PackSetChatTerms(10, 60, 60),
			&bindings.INFTAgentsAccessControlUnauthorizedAccount{Account: c.Addr(who), NeededRole: adminRole})
	}
	for _, bad := range [][3]uint64{{0, 60, 60}, {10, 0, 60}, {10, 366 * 86400, 60}, {10, 60, 366 * 86400}} {
		tryAgents(t, c, deployer, nil, a.PackSetChatTerms(bad[0], bad[1], bad[2]), &bindings.INFTAgentsInvalidLimits{})
	}

	agent := buyAgent(t, c, alice, tierStarter)
	before, r := openSession(t, c, alice, agent, 10, 600)
	opened := blockTime(t, c, r)
	r = c.Send(deployer, c.Agents, nil, a.PackSetChatTerms(250, 7200, 0))
	requireEvent(t, r, c.Contracts.Agents, a.UnpackChatTermsSetEvent,
		&bindings.INFTAgentsChatTermsSet{TokensPerCredit: 250, MaxSessionDuration: 7200, SessionGracePeriod: 0})
	after, r := openSession(t, c, alice, agent, 10, 7200)

	requireSame(t, bindings.SessionsOutput{
		AgentId: agent, User: c.Addr(alice), CreditCap: 10, Status: sessionOpen,
		ExpiresAt: opened + 600, ReclaimableAt: opened + 600 + 3600, TokensPerCredit: 1000,
	}, sessionOf(t, c, before), "a session keeps the terms in force when it opened")
	requireSame(t, bindings.SessionsOutput{
		AgentId: agent, User: c.Addr(alice), CreditCap: 10, Status: sessionOpen,
		ExpiresAt: blockTime(t, c, r) + 7200, ReclaimableAt: blockTime(t, c, r) + 7200, TokensPerCredit: 250,
	}, sessionOf(t, c, after))
	tryAgents(t, c, alice, nil, a.PackOpenSession(agent, 10, 7201), &bindings.INFTAgentsInvalidSession{CreditCap: 10, Duration: 7201})
}

func TestOpenSession(t *testing.T) {
	t.Parallel()

	t.Run("by the owner escrows the cap", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		a := c.AgentsABI
		agent := buyAgent(t, c, alice, tierStarter)

		r := c.Send(alice, c.Agents, nil, a.PackOpenSession(agent, 30, 600))

		at := blockTime(t, c, r)
		requireEvent(t, r, c.Contracts.Agents, a.UnpackSessionOpenedEvent, &bindings.INFTAgentsSessionOpened{
			SessionId: big.NewInt(1), AgentId: agent, User: c.Addr(alice), CreditCap: 30, ExpiresAt: at + 600,
		})
		require.Equal(t, uint64(70), credits(t, c, agent))
		requireSame(t, bindings.SessionsOutput{
			AgentId: agent, User: c.Addr(alice), CreditCap: 30, Status: sessionOpen,
			ExpiresAt: at + 600, ReclaimableAt: at + 600 + 3600, TokensPerCredit: 1000,
		}, sessionOf(t, c, big.NewInt(1)))
		requireBig(t, big.NewInt(1), chaintest.Call(t, c.Agents, a.PackSessionCount(), a.UnpackSessionCount))
	})

	t.Run("by a subscriber from its quota, never past its subscription", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		agent := buyAgent(t, c, alice, tierStarter)
		offerSubscriptions(t, c, alice, agent, subCredits)
		subEnds := subscribe(t, c, bob, agent)

		id, _ := openSession(t, c, bob, agent, 4, 86400)

		s := sessionOf(t, c, id)
		require.Equal(t, subEnds, s.ExpiresAt, "clamped to the subscription's end")
		require.True(t, s.FromSubscription)
		require.Equal(t, uint64(2), subscriptionOf(t, c, agent, bob).CreditsLeft)
		require.Equal(t, uint64(96), credits(t, c, agent))
		tryAgents(t, c, bob, nil, c.AgentsABI.PackOpenSession(agent, 3, 60),
			&bindings.INFTAgentsSubscriptionQuotaExceeded{AgentId: agent, Subscriber: c.Addr(bob), CreditsLeft: 2, Cost: 3})
	})

	t.Run("refused", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		a := c.AgentsABI
		agent := buyAgent(t, c, alice, tierStarter)
		tryAgents(t, c, bob, nil, a.PackOpenSession(agent, 1, 60), &bindings.INFTAgentsNotOwnerOrSubscriber{AgentId: agent, Caller: c.Addr(bob)})
		tryAgents(t, c, alice, nil, a.PackOpenSession(big.NewInt(9), 1, 60), &bindings.INFTAgentsUnknownAgent{AgentId: big.NewInt(9)})
		tryAgents(t, c, alice, nil, a.PackOpenSession(agent, 0, 60), &bindings.INFTAgentsInvalidSession{CreditCap: 0, Duration: 60})
		tryAgents(t, c, alice, nil, a.PackOpenSession(agent, 1, 0), &bindings.INFTAgentsInvalidSession{CreditCap: 1, Duration: 0})
		tryAgents(t, c, alice, nil, a.PackOpenSession(agent, 1, 86401), &bindings.INFTAgentsInvalidSession{CreditCap: 1, Duration: 86401})
		tryAgents(t, c, alice, nil, a.PackOpenSession(agent, 101, 60), &bindings.INFTAgentsInsufficientCredits{AgentId: agent, Available: 100, Required: 101})

		offerSubscriptions(t, c, alice, agent, subCredits)
		subEnds := subscribe(t, c, bob, agent)
		c.AdjustTime(time.Duration(subPeriod) * time.Second)
		tryAgents(t, c, bob, nil, a.PackOpenSession(agent, 1, 60), &bindings.INFTAgentsSubscriptionExpired{AgentId: agent, Subscriber: c.Addr(bob), ExpiredAt: subEnds})

		c.Send(deployer, c.Agents, nil, a.PackPause())
		tryAgents(t, c, alice, nil, a.PackOpenSession(agent, 1, 60), &bindings.INFTAgentsEnforcedPause{})
		require.Equal(t, uint64(100), credits(t, c, agent))
	})
}

func TestSettleSession(t *testing.T) {
	t.Parallel()

	t.Run("spends what was used and refunds the rest", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		a := c.AgentsABI
		agent := buyAgent(t, c, alice, tierStarter)
		id, _ := openSession(t, c, alice, agent, 30, 600)

		r := c.Send(relayer, c.Agents, nil, a.PackSettleSession(id, 12, transcript))

		requireEvent(t, r, c.Contracts.Agents, a.UnpackSessionSettledEvent, &bindings.INFTAgentsSessionSettled{
			SessionId: id, CreditsUsed: 12, CreditsRefunded: 18, TranscriptHash: transcript,
		})
		require.Equal(t, uint64(88), credits(t, c, agent))
		s := sessionOf(t, c, id)
		require.Equal(t, sessionSettled, s.Status)
		require.Equal(t, uint64(12), s.CreditsUsed)

		tryAgents(t, c, relayer, nil, a.PackSettleSession(id, 12, transcript), &bindings.INFTAgentsSessionNotOpen{SessionId: id, Status: sessionSettled})
		c.AdjustTime(2 * time.Hour)
		tryAgents(t, c, alice, nil, a.PackReclaimSession(id), &bindings.INFTAgentsSessionNotOpen{SessionId: id, Status: sessionSettled})
		require.Equal(t, uint64(88), credits(t, c, agent), "settled once, reclaimed never")
	})

	t.Run("the whole cap, or nothing", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		a := c.AgentsABI
		agent := buyAgent(t, c, alice, tierStarter)
		all, _ := openSession(t, c, alice, agent, 30, 600)
		none, _ := openSession(t, c, alice, agent, 30, 600)
		tryAgents(t, c, relayer, nil, a.PackSettleSession(all, 31, transcript), &bindings.INFTAgentsCreditsOverCap{SessionId: all, CreditsUsed: 31, CreditCap: 30})
		c.Send(relayer, c.Agents, nil, a.PackSettleSession(all, 30, transcript))
		c.Send(relayer, c.Agents, nil, a.PackSettleSession(none, 0, [32]byte{}))
		require.Equal(t, uint64(70), credits(t, c, agent))
	})

	t.Run("relayer only, known sessions only, also when paused or expired", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		a := c.AgentsABI
		agent := buyAgent(t, c, alice, tierStarter)
		id, _ := openSession(t, c, alice, agent, 30, 600)
		for _, who := range []int{alice, deployer} {
			tryAgents(t, c, who, nil, a.PackSettleSession(id, 1, transcript),
				&bindings.INFTAgentsAccessControlUnauthorizedAccount{Account: c.Addr(who), NeededRole: relayerRole})
		}
		tryAgents(t, c, relayer, nil, a.PackSettleSession(big.NewInt(5), 1, transcript), &bindings.INFTAgentsUnknownSession{SessionId: big.NewInt(5)})
		c.Send(deployer, c.Agents, nil, a.PackPause())
		c.AdjustTime(2 * time.Hour) // past reclaimableAt: nobody reclaimed yet, so the relayer still may
		c.Send(relayer, c.Agents, nil, a.PackSettleSession(id, 1, transcript))
		require.Equal(t, uint64(99), credits(t, c, agent))
	})

	t.Run("a subscriber's refund returns to its quota while the subscription runs", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		a := c.AgentsABI
		agent := buyAgent(t, c, alice, tierStarter)
		offerSubscriptions(t, c, alice, agent, subCredits)
		subscribe(t, c, bob, agent)
		id, _ := openSession(t, c, bob, agent, 5, 600)

		c.Send(relayer, c.Agents, nil, a.PackSettleSession(id, 2, transcript))

		require.Equal(t, uint64(4), subscriptionOf(t, c, agent, bob).CreditsLeft)
		require.Equal(t, uint64(98), credits(t, c, agent))
	})

	t.Run("after the agent is sold the refund goes to the agent alone", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		a := c.AgentsABI
		agent := buyAgent(t, c, alice, tierStarter)
		offerSubscriptions(t, c, alice, agent, subCredits)
		subscribe(t, c, bob, agent)
		id, _ := openSession(t, c, bob, agent, 5, 600)
		c.Send(alice, c.Agents, nil, a.PackTransferFrom(c.Addr(alice), c.Addr(carol), agent))

		c.Send(relayer, c.Agents, nil, a.PackSettleSession(id, 2, transcript))

		requireSame(t, bindings.SubscriptionOfOutput{}, subscriptionOf(t, c, agent, bob), "the subscription lapsed with the sale")
		require.Equal(t, uint64(98), credits(t, c, agent), "Carol's agent keeps the unused escrow")
	})
}

func TestReclaimSession(t *testing.T) {
	t.Parallel()

	t.Run("not before the grace period ends", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		agent := buyAgent(t, c, alice, tierStarter)
		id, _ := openSession(t, c, alice, agent, 30, 600)
		s := sessionOf(t, c, id)
		c.AdjustTime(600 * time.Second) // expired, still in grace
		tryAgents(t, c, alice, nil, c.AgentsABI.PackReclaimSession(id), &bindings.INFTAgentsSessionNotReclaimable{SessionId: id, ReclaimableAt: s.ReclaimableAt})
		require.Equal(t, uint64(70), credits(t, c, agent))
	})

	t.Run("by the user takes the whole escrow back", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		a := c.AgentsABI
		agent := buyAgent(t, c, alice, tierStarter)
		offerSubscriptions(t, c, alice, agent, subCredits)
		subscribe(t, c, bob, agent)
		id, _ := openSession(t, c, bob, agent, 5, 600)
		c.AdjustTime(600*time.Second + time.Hour)
		tryAgents(t, c, carol, nil, a.PackReclaimSession(id), &bindings.INFTAgentsNotSessionUserOrOwner{SessionId: id, Caller: c.Addr(carol)})

		r := c.Send(bob, c.Agents, nil, a.PackReclaimSession(id))

		requireEvent(t, r, c.Contracts.Agents, a.UnpackSessionReclaimedEvent, &bindings.INFTAgentsSessionReclaimed{
			SessionId: id, By: c.Addr(bob), CreditsRefunded: 5,
		})
		require.Equal(t, uint64(100), credits(t, c, agent))
		require.Equal(t, subCredits, subscriptionOf(t, c, agent, bob).CreditsLeft)
		require.Equal(t, sessionReclaimed, sessionOf(t, c, id).Status)
		tryAgents(t, c, relayer, nil, a.PackSettleSession(id, 1, transcript), &bindings.INFTAgentsSessionNotOpen{SessionId: id, Status: sessionReclaimed})
		tryAgents(t, c, bob, nil, a.PackReclaimSession(id), &bindings.INFTAgentsSessionNotOpen{SessionId: id, Status: sessionReclaimed})
	})

	t.Run("by the agent's new owner", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		a := c.AgentsABI
		agent := buyAgent(t, c, alice, tierStarter)
		id, _ := openSession(t, c, alice, agent, 30, 600)
		c.Send(alice, c.Agents, nil, a.PackTransferFrom(c.Addr(alice), c.Addr(carol), agent))
		c.AdjustTime(600*time.Second + time.Hour)
		c.Send(carol, c.Agents, nil, a.PackReclaimSession(id))
		require.Equal(t, uint64(100), credits(t, c, agent))
	})

	t.Run("of an unknown session", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		tryAgents(t, c, alice, nil, c.AgentsABI.PackReclaimSession(big.NewInt(3)), &bindings.INFTAgentsUnknownSession{SessionId: big.NewInt(3)})
	})
}

// TestSettleSessionsInOneMulticall is how the relayer batches settlements with
// fulfilments: all in one transaction, each as the relayer.
func TestSettleSessionsInOneMulticall(t *testing.T) {
	t.Parallel()
	c := chaintest.New(t)
	a := c.AgentsABI
	agent := buyAgent(t, c, alice, tierEnterprise)
	request, _ := requestGeneration(t, c, alice, agent, kindText, promptText)
	var calls [][]byte
	for i := range 3 {
		id, _ := openSession(t, c, alice, agent, 10, 600)
		calls = append(calls, a.PackSettleSession(id, uint64(i), transcript))
	}
	calls = append(calls, a.PackFulfillGeneration(request, outputURI))

	r := c.Send(relayer, c.Agents, nil, a.PackMulticall(calls))

	require.Len(t, events(r, c.Contracts.Agents, a.UnpackSessionSettledEvent), 3)
	require.Len(t, events(r, c.Contracts.Agents, a.UnpackGenerationFulfilledEvent), 1)
	require.Equal(t, uint64(10_000-1-0-1-2), credits(t, c, agent))
}

// TestSmartWalletSigns checks the EIP-1271 test wallet the sign-in tests use:
// it accepts its owner's signatures and nothing else, and it can hold and use
// an agent like any account.
func TestSmartWalletSigns(t *testing.T) {
	t.Parallel()
	c := chaintest.New(t)
	addr, wallet := deploySmartWallet(t, c, alice)
	w := testbindings.NewSmartWallet()
	hash := crypto.Keccak256Hash([]byte("sign in"))

	sig, err := crypto.Sign(hash.Bytes(), c.Accounts[alice].Key)
	require.NoError(t, err)
	sig[64] += 27
	magic := chaintest.Call(t, wallet, w.PackIsValidSignature(hash, sig), w.UnpackIsValidSignature)
	require.Equal(t, [4]byte{0x16, 0x26, 0xba, 0x7e}, magic)

	other, err := crypto.Sign(hash.Bytes(), c.Accounts[bob].Key)
	require.NoError(t, err)
	require.Equal(t, [4]byte{0xff, 0xff, 0xff, 0xff}, chaintest.Call(t, wallet, w.PackIsValidSignature(hash, other), w.UnpackIsValidSignature))

	price := chaintest.Call(t, c.Agents, c.AgentsABI.PackPackagePrice(tierStarter), c.AgentsABI.UnpackPackagePrice)
	c.Send(alice, wallet, price, w.PackExecute(c.Contracts.Agents, price, c.AgentsABI.PackPurchasePackage(tierStarter)))
	require.Equal(t, addr, agentOwner(t, c, big.NewInt(1)))
	c.Send(alice, wallet, nil, w.PackExecute(c.Contracts.Agents, big.NewInt(0), c.AgentsABI.PackOpenSession(big.NewInt(1), 5, 60)))
	require.Equal(t, addr, sessionOf(t, c, big.NewInt(1)).User)
}

// deploySmartWallet deploys an EIP-1271 wallet owned by account owner.
func deploySmartWallet(t testing.TB, c *chaintest.Chain, owner int) (common.Address, *bind.BoundContract) {
	t.Helper()
	w := testbindings.NewSmartWallet()
	addr, tx, err := bind.DeployContract(c.Opts(owner), common.FromHex(testbindings.SmartWalletMetaData.Bin), c.Client, w.PackConstructor(c.Addr(owner)))
	require.NoError(t, err)
	require.Equal(t, types.ReceiptStatusSuccessful, c.Receipt(tx).Status, "SmartWallet deployment")
	return addr, w.Instance(c.Client, addr)
}

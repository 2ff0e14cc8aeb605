package indexer_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/inft-labs/inft/indexer"
	"github.com/inft-labs/inft/internal/chaintest"
)

type payment struct {
	Contract int     `db:"contract"`
	Payee    []byte  `db:"payee"`
	Amount   string  `db:"amount"`
	Cause    string  `db:"cause"`
	Agent    *string `db:"agent_id"`
	Listing  *string `db:"listing_id"`
}

func (e *env) payments() []payment {
	e.t.Helper()
	var out []payment
	require.NoError(e.t, e.db.Select(&out, `SELECT contract, payee, amount::text AS amount, cause, agent_id::text AS agent_id,
		listing_id::text AS listing_id FROM payments ORDER BY block_number, log_index`))
	return out
}

func (e *env) lastChanges() map[string]string {
	e.t.Helper()
	var rows []struct {
		ID     string  `db:"id"`
		Reason *string `db:"last_change"`
		Tx     []byte  `db:"last_change_tx"`
	}
	require.NoError(e.t, e.db.Select(&rows, `SELECT id::text AS id, last_change, last_change_tx FROM agents ORDER BY id`))
	out := map[string]string{}
	for _, r := range rows {
		require.NotNil(e.t, r.Reason, "agent %s has a last change", r.ID)
		require.Len(e.t, r.Tx, 32, "agent %s's last change has its transaction", r.ID)
		out[r.ID] = *r.Reason
	}
	return out
}

// Every credit to a withdrawal balance is indexed with the payment it is a
// share of, and every withdrawal; the balances are the chain's
// (requireMatchesChain), a reorg takes back what it removes, and the agents
// say why they last changed.
func TestPayments(t *testing.T) {
	t.Parallel()
	cfg := indexer.Config{}
	e := setup(t, cfg)
	c, a, m := e.chain, e.chain.AgentsABI, e.chain.MarketplaceABI
	id := big.NewInt
	e.runWorkload(false)
	e.sync()
	e.requireMatchesChain()

	addr := func(i int) []byte { return c.Addr(i).Bytes() }
	s := func(v string) *string { return &v }
	half := func(n int64) string { return new(big.Int).Div(ether(n), big.NewInt(2)).String() }
	want := []payment{
		{0, addr(chaintest.Staking), half(10), "package", s("1"), nil}, {0, addr(chaintest.Dev), half(10), "package", s("1"), nil},
		{0, addr(chaintest.Staking), half(45), "package", s("2"), nil}, {0, addr(chaintest.Dev), half(45), "package", s("2"), nil},
		{0, addr(chaintest.Staking), half(10), "top_up", s("1"), nil}, {0, addr(chaintest.Dev), half(10), "top_up", s("1"), nil},
		{0, addr(alice), ether(1).String(), "subscription", s("1"), nil},
		// Token 1 sold for 2 S: 2.5 % fee, 5 % royalty to agent 1's owner at the mint (Alice), the rest to the seller (Alice).
		{1, addr(chaintest.Fees), "50000000000000000", "sale_fee", nil, s("1")},
		{1, addr(alice), "100000000000000000", "royalty", nil, s("1")},
		{1, addr(alice), "1850000000000000000", "sale_proceeds", nil, s("1")},
		// The staking wallet withdraws what it has: half of 10 + 45 + 10 S; Alice her 0.1 + 1.85 S.
		{0, addr(chaintest.Staking), "-" + half(65), "withdrawal", nil, nil},
		{1, addr(alice), "-1950000000000000000", "withdrawal", nil, nil},
	}
	got := e.payments()
	require.Equal(t, want, got)
	require.Equal(t, map[string]string{"1": "SESSION_SETTLED", "2": "REQUESTED"}, e.lastChanges(),
		"agent 1 got back what bob's session left after it was given to Carol; agent 2's last change is request 5")

	// The tail: Carol sells agent 1 to Bob (fee and proceeds, no royalty on
	// agents); Bob tops it up; Carol withdraws.
	ancestor := e.chainHead()
	e.send(carol, c.Marketplace, nil, m.PackList(c.Contracts.Agents, id(1), ether(30))) // listing 4
	e.send(bob, c.Marketplace, ether(30), m.PackBuy(id(4)))
	e.sync()
	require.Equal(t, "SOLD", e.lastChanges()["1"], "the sale is the agent's last change in its transaction")
	e.send(bob, c.Agents, ether(10), a.PackTopUp(id(1), starter))
	e.send(carol, c.Marketplace, nil, m.PackWithdraw())
	oldHead := e.chainHead()
	e.sync()
	e.requireMatchesChain()
	tail := e.payments()[len(got):]
	require.Equal(t, []payment{
		{1, addr(chaintest.Fees), "750000000000000000", "sale_fee", nil, s("4")},
		{1, addr(carol), "29250000000000000000", "sale_proceeds", nil, s("4")},
		{0, addr(chaintest.Staking), half(10), "top_up", s("1"), nil}, {0, addr(chaintest.Dev), half(10), "top_up", s("1"), nil},
		{1, addr(carol), "-29250000000000000000", "withdrawal", nil, nil},
	}, tail)
	require.Equal(t, "TOPPED_UP", e.lastChanges()["1"])

	// A side chain without the tail: the payments, balances and reasons go back.
	e.forkAt(ancestor)
	e.mineUntil(oldHead + 1)
	e.sync()
	require.Equal(t, got, e.payments())
	require.Equal(t, map[string]string{"1": "SESSION_SETTLED", "2": "REQUESTED"}, e.lastChanges())
	e.requireMatchesChain()
	e.requireSameAsFromScratch(cfg)

	var fees []struct {
		Contract int    `db:"contract"`
		Wallet   []byte `db:"wallet"`
		Dev      []byte `db:"dev_wallet"`
		Bps      int    `db:"bps"`
	}
	require.NoError(t, e.db.Select(&fees, `SELECT contract, wallet, dev_wallet, bps FROM fee_settings ORDER BY contract`))
	require.Len(t, fees, 2, "the deployments' split and fee are indexed")
	require.Equal(t, []any{c.Addr(chaintest.Staking), c.Addr(chaintest.Dev), 5000}, []any{common.BytesToAddress(fees[0].Wallet), common.BytesToAddress(fees[0].Dev), fees[0].Bps})
	require.Equal(t, []any{c.Addr(chaintest.Fees), 250}, []any{common.BytesToAddress(fees[1].Wallet), fees[1].Bps})
	require.Nil(t, fees[1].Dev)
}

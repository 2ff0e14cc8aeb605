package devchain_test

import (
	"context"
	"fmt"
	"math/big"
	"net"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/stretchr/testify/require"

	"github.com/inft-labs/inft/internal/devchain"
)

func freeAddr(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	defer l.Close()
	return l.Addr().String()
}

// A transaction is mined as soon as it arrives, time moves without any, and
// a chain stopped and started again on its directory is where it was.
func TestDevChain(t *testing.T) {
	dir := t.TempDir()
	cfg := devchain.Config{DataDir: dir, HTTPAddr: freeAddr(t), WSAddr: freeAddr(t), BlockTime: 300 * time.Millisecond}
	c, err := devchain.Start(cfg)
	require.NoError(t, err)
	ctx := context.Background()
	client, err := ethclient.Dial(c.RPCURL)
	require.NoError(t, err)
	id, err := client.ChainID(ctx)
	require.NoError(t, err)
	require.Equal(t, int64(devchain.ChainID), id.Int64())
	var netVersion, clientVersion string
	require.NoError(t, client.Client().CallContext(ctx, &netVersion, "net_version"), "the net namespace")
	require.Equal(t, "1337", netVersion)
	require.NoError(t, client.Client().CallContext(ctx, &clientVersion, "web3_clientVersion"), "the web3 namespace")

	from := devchain.Key(0)
	to := crypto.PubkeyToAddress(devchain.Key(9).PublicKey)
	balance, err := client.BalanceAt(ctx, to, nil)
	require.NoError(t, err)
	require.Equal(t, devchain.Balance, balance, "funded at genesis")

	tx := types.MustSignNewTx(from, types.LatestSignerForChainID(id), &types.DynamicFeeTx{
		ChainID: id, Nonce: 0, GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(1e11), Gas: 21000, To: &to, Value: big.NewInt(1e18)})
	sent := time.Now()
	require.NoError(t, client.SendTransaction(ctx, tx))
	var receipt *types.Receipt
	require.Eventually(t, func() bool { receipt, err = client.TransactionReceipt(ctx, tx.Hash()); return err == nil }, 5*time.Second, 5*time.Millisecond)
	t.Logf("mined %s after sending", time.Since(sent))
	require.Less(t, time.Since(sent), 250*time.Millisecond, "mined on arrival, not on the interval")

	head := c.Head()
	require.Eventually(t, func() bool { return c.Head() >= head+2 }, 5*time.Second, 20*time.Millisecond, "blocks on the interval")

	ws, err := ethclient.Dial(c.WSURL)
	require.NoError(t, err)
	heads := make(chan *types.Header, 1)
	sub, err := ws.SubscribeNewHead(ctx, heads)
	require.NoError(t, err)
	select {
	case <-heads:
	case <-time.After(5 * time.Second):
		t.Fatal("no newHeads over WebSocket")
	}
	sub.Unsubscribe()
	ws.Close()
	client.Close()
	last := c.Head()
	require.NoError(t, c.Close())

	again, err := devchain.Start(cfg)
	require.NoError(t, err)
	defer again.Close()
	require.GreaterOrEqual(t, again.Head(), last, "the chain goes on from where it stopped")
	client, err = ethclient.Dial(again.RPCURL)
	require.NoError(t, err)
	defer client.Close()
	kept, err := client.TransactionReceipt(ctx, tx.Hash())
	require.NoError(t, err)
	require.Equal(t, receipt.BlockHash, kept.BlockHash)
	balance, err = client.BalanceAt(ctx, to, nil)
	require.NoError(t, err)
	require.Equal(t, new(big.Int).Add(devchain.Balance, big.NewInt(1e18)), balance)
}

// A port in use is refused at once, naming the address.
func TestPortInUse(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	defer l.Close()
	_, err = devchain.Start(devchain.Config{HTTPAddr: l.Addr().String()})
	require.ErrorContains(t, err, l.Addr().String())
	require.ErrorContains(t, err, "address already in use")
}

// The funded accounts are the same on every machine: the README and
// wallets set up once keep working.
func TestKeysAreFixed(t *testing.T) {
	require.Equal(t, common.HexToAddress("0xFdcdBe03eb015Fa0DFE1ee1df1d95f01562B6217"), crypto.PubkeyToAddress(devchain.Key(5).PublicKey))
	seen := map[common.Address]bool{}
	for i := range devchain.Accounts {
		a := crypto.PubkeyToAddress(devchain.Key(i).PublicKey)
		require.False(t, seen[a], fmt.Sprint(i))
		seen[a] = true
	}
}

// Whatever fees a wallet derives from eth_gasPrice, eth_maxPriorityFeePerGas
// and eth_feeHistory, its transaction is mined in the next block: the fee
// logic of go-ethereum's client, of a viem-style wallet (the suggested tip,
// 2 × baseFee + tip), of an alloy-style one (the fee history's tip, which is
// 0 on an empty chain), and legacy transactions at eth_gasPrice. Blocks are
// sealed on arrival here, with an hour between idle blocks, so the block
// after the head is the one the transaction arrives in.
func TestWalletFeesAreMinedInTheNextBlock(t *testing.T) {
	c, err := devchain.Start(devchain.Config{HTTPAddr: freeAddr(t), BlockTime: time.Hour})
	require.NoError(t, err)
	defer c.Close()
	ctx := context.Background()
	client, err := ethclient.Dial(c.RPCURL)
	require.NoError(t, err)
	defer client.Close()
	id, err := client.ChainID(ctx)
	require.NoError(t, err)
	signer := types.LatestSignerForChainID(id)
	to := crypto.PubkeyToAddress(devchain.Key(9).PublicKey)

	baseFee := func() *big.Int {
		h, err := client.HeaderByNumber(ctx, nil)
		require.NoError(t, err)
		return h.BaseFee
	}
	feeHistoryTip := func() *big.Int {
		fh, err := client.FeeHistory(ctx, 10, nil, []float64{50})
		require.NoError(t, err)
		tip := new(big.Int)
		for _, r := range fh.Reward {
			if len(r) > 0 && r[0].Cmp(tip) > 0 {
				tip = r[0]
			}
		}
		return tip
	}
	wallets := []struct {
		name string
		tx   func(nonce uint64) types.TxData
	}{
		{"go-ethereum (SuggestGasTipCap, 2 × baseFee + tip)", func(nonce uint64) types.TxData {
			tip, err := client.SuggestGasTipCap(ctx)
			require.NoError(t, err)
			return &types.DynamicFeeTx{ChainID: id, Nonce: nonce, GasTipCap: tip,
				GasFeeCap: new(big.Int).Add(new(big.Int).Mul(baseFee(), big.NewInt(2)), tip), Gas: 21000, To: &to, Value: big.NewInt(1)}
		}},
		{"viem (eth_maxPriorityFeePerGas, 2 × baseFee + tip)", func(nonce uint64) types.TxData {
			var tip hexutil.Big
			require.NoError(t, client.Client().CallContext(ctx, &tip, "eth_maxPriorityFeePerGas"))
			return &types.DynamicFeeTx{ChainID: id, Nonce: nonce, GasTipCap: tip.ToInt(),
				GasFeeCap: new(big.Int).Add(new(big.Int).Mul(baseFee(), big.NewInt(2)), tip.ToInt()), Gas: 21000, To: &to, Value: big.NewInt(1)}
		}},
		{"alloy (eth_feeHistory's tip, at least 1 wei; 2 × baseFee + tip)", func(nonce uint64) types.TxData {
			tip := feeHistoryTip()
			if tip.Sign() == 0 {
				tip = big.NewInt(1) // alloy's EIP1559_MIN_PRIORITY_FEE
			}
			return &types.DynamicFeeTx{ChainID: id, Nonce: nonce, GasTipCap: tip,
				GasFeeCap: new(big.Int).Add(new(big.Int).Mul(baseFee(), big.NewInt(2)), tip), Gas: 21000, To: &to, Value: big.NewInt(1)}
		}},
		{"a tip of 1 wei", func(nonce uint64) types.TxData {
			return &types.DynamicFeeTx{ChainID: id, Nonce: nonce, GasTipCap: big.NewInt(1),
				GasFeeCap: new(big.Int).Add(new(big.Int).Mul(baseFee(), big.NewInt(2)), big.NewInt(1)), Gas: 21000, To: &to, Value: big.NewInt(1)}
		}},
		{"legacy at eth_gasPrice", func(nonce uint64) types.TxData {
			price, err := client.SuggestGasPrice(ctx)
			require.NoError(t, err)
			return &types.LegacyTx{Nonce: nonce, GasPrice: price, Gas: 21000, To: &to, Value: big.NewInt(1)}
		}},
	}
	for round := range 3 { // on a fresh chain, then with fee history behind it
		for j := range wallets {
			i := j
			if round == 0 { // the estimates from history first, while there is none
				i = len(wallets) - 1 - j
			}
			w := wallets[i]
			key := devchain.Key(i + 1)
			nonce, err := client.PendingNonceAt(ctx, crypto.PubkeyToAddress(key.PublicKey))
			require.NoError(t, err)
			tx := types.MustSignNewTx(key, signer, w.tx(nonce))
			require.NoError(t, client.SendTransaction(ctx, tx), w.name)
			// The head once the pool has it: a block sealed while the
			// transaction was signed and sent (a busy machine) is not the
			// next block, and one sealed just after may already hold it.
			head, err := client.BlockNumber(ctx)
			require.NoError(t, err)
			var receipt *types.Receipt
			require.Eventually(t, func() bool { receipt, err = client.TransactionReceipt(ctx, tx.Hash()); return err == nil },
				10*time.Second, 5*time.Millisecond, "round %d, %s (tip %s, fee cap %s, gas price %s): not mined", round, w.name, tx.GasTipCap(), tx.GasFeeCap(), tx.GasPrice())
			require.LessOrEqual(t, receipt.BlockNumber.Uint64(), head+1, "round %d, %s: mined in the next block", round, w.name)
		}
	}
}

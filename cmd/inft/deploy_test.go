package main

import (
	"bytes"
	"context"
	"encoding/json"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/google/uuid"
	"github.com/stretchr/testify/require"

	"github.com/inft-labs/inft/bindings"
	"github.com/inft-labs/inft/internal/chaintest"
)

// runInft runs the command in process with the given environment and returns
// its exit status, stdout and stderr.
func runInft(t *testing.T, kv map[string]string, args ...string) (int, string, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	code := run(ctx, args, func(k string) (string, bool) { v, ok := kv[k]; return v, ok }, &stdout, &stderr)
	return code, stdout.String(), stderr.String()
}

func keyHex(c *chaintest.Chain, i int) string {
	return common.Bytes2Hex(crypto.FromECDSA(c.Accounts[i].Key))
}

func TestDeployOverJSONRPC(t *testing.T) {
	t.Parallel()
	c := chaintest.NewWithOptions(t, chaintest.Options{HTTP: true, SkipDeploy: true})
	c.AutoMine(20 * time.Millisecond)
	relayer := c.Addr(chaintest.Relayer)

	code, stdout, stderr := runInft(t, map[string]string{
		"SONIC_RPC_URL":        c.RPCURL,
		"SONIC_CHAIN_ID":       "1337",
		"DEPLOYER_PRIVATE_KEY": "0x" + keyHex(c, chaintest.Deployer),
		"RELAYER_ADDRESS":      relayer.Hex(),
	}, "deploy")
	require.Equal(t, 0, code, stderr)
	require.Equal(t, 1, strings.Count(stdout, "\n"), "one JSON line: %q", stdout)
	require.NotContains(t, stderr, keyHex(c, chaintest.Deployer), "the key is never logged")

	var out deployResult
	require.NoError(t, json.Unmarshal([]byte(stdout), &out))
	require.Equal(t, uint64(1337), out.ChainID)
	require.Positive(t, out.Block)
	for _, a := range []string{out.Agents, out.Generated, out.Marketplace} {
		require.True(t, common.IsHexAddress(a))
		require.Equal(t, common.HexToAddress(a).Hex(), a, "checksummed")
	}

	// The three addresses answer their view functions over the same JSON-RPC.
	client, err := ethclient.Dial(c.RPCURL)
	require.NoError(t, err)
	defer client.Close()
	agentsABI, generatedABI, marketABI := bindings.NewINFTAgents(), bindings.NewINFTGenerated(), bindings.NewINFTMarketplace()
	agents := agentsABI.Instance(client, common.HexToAddress(out.Agents))
	generated := generatedABI.Instance(client, common.HexToAddress(out.Generated))
	market := marketABI.Instance(client, common.HexToAddress(out.Marketplace))
	call := func(contract *bind.BoundContract, data []byte) []byte {
		raw, err := contract.CallRaw(&bind.CallOpts{}, data)
		require.NoError(t, err)
		return raw
	}

	price, err := agentsABI.UnpackPackagePrice(call(agents, agentsABI.PackPackagePrice(1)))
	require.NoError(t, err)
	require.Zero(t, price.Cmp(new(big.Int).Mul(big.NewInt(45), big.NewInt(1e18))))
	role, err := agentsABI.UnpackRELAYERROLE(call(agents, agentsABI.PackRELAYERROLE()))
	require.NoError(t, err)
	has, err := agentsABI.UnpackHasRole(call(agents, agentsABI.PackHasRole(role, relayer)))
	require.NoError(t, err)
	require.True(t, has, "RELAYER_ADDRESS holds RELAYER_ROLE")
	gen, err := agentsABI.UnpackGenerated(call(agents, agentsABI.PackGenerated()))
	require.NoError(t, err)
	require.Equal(t, out.Generated, gen.Hex())
	minter, err := generatedABI.UnpackMinter(call(generated, generatedABI.PackMinter()))
	require.NoError(t, err)
	require.Equal(t, out.Agents, minter.Hex(), "INFTAgents is INFTGenerated's minter")
	fee, err := marketABI.UnpackFeeBps(call(market, marketABI.PackFeeBps()))
	require.NoError(t, err)
	require.Equal(t, uint16(250), fee)
	mAgents, err := marketABI.UnpackAgents(call(market, marketABI.PackAgents()))
	require.NoError(t, err)
	require.Equal(t, out.Agents, mAgents.Hex())
}

func TestDeployWithKeystoreDefaultsRelayerToDeployer(t *testing.T) {
	t.Parallel()
	c := chaintest.NewWithOptions(t, chaintest.Options{HTTP: true, SkipDeploy: true})
	c.AutoMine(20 * time.Millisecond)

	key := &keystore.Key{Id: uuid.New(), Address: c.Addr(chaintest.Alice), PrivateKey: c.Accounts[chaintest.Alice].Key}
	blob, err := keystore.EncryptKey(key, "correct horse", keystore.LightScryptN, keystore.LightScryptP)
	require.NoError(t, err)
	path := filepath.Join(t.TempDir(), "deployer.json")
	require.NoError(t, os.WriteFile(path, blob, 0o600))

	kv := map[string]string{"SONIC_RPC_URL": c.RPCURL, "DEPLOYER_KEYSTORE": path, "DEPLOYER_KEYSTORE_PASSWORD": "wrong"}
	code, _, stderr := runInft(t, kv, "deploy")
	require.Equal(t, 1, code)
	require.Contains(t, stderr, "deployer key: decrypt keystore")

	kv["DEPLOYER_KEYSTORE_PASSWORD"] = "correct horse"
	code, stdout, stderr := runInft(t, kv, "deploy")
	require.Equal(t, 0, code, stderr)
	var out deployResult
	require.NoError(t, json.Unmarshal([]byte(stdout), &out))

	client, err := ethclient.Dial(c.RPCURL)
	require.NoError(t, err)
	defer client.Close()
	abi := bindings.NewINFTAgents()
	agents := abi.Instance(client, common.HexToAddress(out.Agents))
	role, err := bind.Call(agents, nil, abi.PackRELAYERROLE(), abi.UnpackRELAYERROLE)
	require.NoError(t, err)
	has, err := bind.Call(agents, nil, abi.PackHasRole(role, c.Addr(chaintest.Alice)), abi.UnpackHasRole)
	require.NoError(t, err)
	require.True(t, has, "the deployer is the relayer by default")
}

func TestDeployFailsWithOneClearLine(t *testing.T) {
	t.Parallel()
	c := chaintest.NewWithOptions(t, chaintest.Options{HTTP: true, SkipDeploy: true})
	funded := "0x" + keyHex(c, chaintest.Deployer)
	unfunded := "0x" + strings.Repeat("11", 32)
	cases := []struct {
		name string
		env  map[string]string
		want string
	}{
		{"nothing set", map[string]string{},
			"inft deploy: config: SONIC_RPC_URL is missing; DEPLOYER_PRIVATE_KEY (or DEPLOYER_KEYSTORE with DEPLOYER_KEYSTORE_PASSWORD) is missing"},
		{"unreachable rpc", map[string]string{"SONIC_RPC_URL": "http://127.0.0.1:1", "DEPLOYER_PRIVATE_KEY": funded},
			"inft deploy: SONIC_RPC_URL does not answer eth_chainId"},
		{"wrong chain", map[string]string{"SONIC_RPC_URL": c.RPCURL, "SONIC_CHAIN_ID": "146", "DEPLOYER_PRIVATE_KEY": funded},
			"inft deploy: SONIC_CHAIN_ID is 146 but the node at SONIC_RPC_URL is chain 1337"},
		{"no funds", map[string]string{"SONIC_RPC_URL": c.RPCURL, "DEPLOYER_PRIVATE_KEY": unfunded},
			"has no funds on chain 1337"},
		{"bad relayer", map[string]string{"SONIC_RPC_URL": c.RPCURL, "DEPLOYER_PRIVATE_KEY": funded, "RELAYER_ADDRESS": "relayer"},
			`inft deploy: config: RELAYER_ADDRESS="relayer" is not a 0x-prefixed 20-byte address`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			code, stdout, stderr := runInft(t, tc.env, "deploy")
			require.Equal(t, 1, code)
			require.Empty(t, stdout, "nothing on stdout when deploy fails")
			require.Equal(t, 1, strings.Count(stderr, "\n"), "one line: %q", stderr)
			require.Contains(t, stderr, tc.want)
		})
	}
}

func TestCommandLine(t *testing.T) {
	t.Parallel()
	code, stdout, _ := runInft(t, nil, "version")
	require.Equal(t, 0, code)
	require.True(t, strings.HasPrefix(stdout, "inft "), stdout)

	code, _, stderr := runInft(t, nil, "frobnicate")
	require.Equal(t, 2, code)
	require.Contains(t, stderr, `unknown command "frobnicate"`)

	code, _, stderr = runInft(t, nil, "deploy", "-h")
	require.Equal(t, 0, code)
	require.Contains(t, stderr, "-deployer-private-key")

	code, _, stderr = runInft(t, nil, "run", "--no-such-flag")
	require.Equal(t, 2, code)
	require.Contains(t, stderr, "flag provided but not defined: -no-such-flag")

	code, _, stderr = runInft(t, map[string]string{"DATABASE_URL": "postgres://127.0.0.1/inft"}, "run", "--api",
		"--inft-agents-contract", "0x12")
	require.Equal(t, 1, code)
	require.Equal(t, 1, strings.Count(stderr, "\n"), stderr)
	require.Contains(t, stderr, `inft run: config: INFT_AGENTS_CONTRACT="0x12" is not a 0x-prefixed 20-byte address; INFT_GENERATED_NFT_CONTRACT is missing; INFT_MARKETPLACE_CONTRACT is missing`)
}

package main

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/inft-labs/inft/chain"
	"github.com/inft-labs/inft/config"
)

// deployResult is the one JSON line `inft deploy` prints (DESIGN §2.3).
type deployResult struct {
	ChainID     uint64 `json:"chainId"`
	Agents      string `json:"agents"`
	Generated   string `json:"generated"`
	Marketplace string `json:"marketplace"`
	Block       uint64 `json:"block"`
}

func runDeploy(ctx context.Context, e env, args []string) error {
	fs := newFlagSet("deploy", e)
	timeout := fs.Duration("timeout", 5*time.Minute, "give up if the deployment is not mined within this time")
	lookup := config.Flags(fs, config.DeploySettings, e.lookup)
	if err := parse(fs, args); err != nil {
		return err
	}
	cfg, err := config.LoadDeploy(lookup)
	if err != nil {
		return err
	}
	key, err := chain.LoadKey(cfg.PrivateKey.Reveal(), cfg.Keystore, cfg.KeystorePassword.Reveal())
	if err != nil {
		return fmt.Errorf("deployer key: %w", err)
	}
	log := newLogger(e.stderr, config.Development).With("component", "deploy")

	ctx, cancel := context.WithTimeout(ctx, *timeout)
	defer cancel()
	client, err := dialChain(ctx, cfg.RPCURL, cfg.ChainID)
	if err != nil {
		return err
	}
	defer client.Close()
	chainID, err := client.ChainID(ctx)
	if err != nil {
		return fmt.Errorf("read chain id from SONIC_RPC_URL: %w", err)
	}

	from := crypto.PubkeyToAddress(key.PublicKey)
	balance, err := client.BalanceAt(ctx, from, nil)
	if err != nil {
		return fmt.Errorf("read deployer balance: %w", err)
	}
	if balance.Sign() == 0 {
		return fmt.Errorf("deployer %s has no funds on chain %s", from, chainID)
	}
	log.Info("deploying", "chain_id", chainID, "deployer", from, "relayer", cmp.Or(cfg.Relayer, from))

	d, err := chain.Deploy(ctx, client, bind.NewKeyedTransactor(key, chainID), chain.DeployConfig{
		Relayer:       cfg.Relayer,
		StakingWallet: cfg.StakingWallet,
		DevWallet:     cfg.DevWallet,
		FeeRecipient:  cfg.FeeRecipient,
	})
	if err != nil {
		return err
	}
	log.Info("deployed", "agents", d.Agents, "generated", d.Generated, "marketplace", d.Marketplace, "block", d.Block)
	return json.NewEncoder(e.stdout).Encode(deployResult{
		ChainID:     chainID.Uint64(),
		Agents:      d.Agents.Hex(),
		Generated:   d.Generated.Hex(),
		Marketplace: d.Marketplace.Hex(),
		Block:       d.Block,
	})
}

// dialChain connects to a node and, when want is not 0, checks its chain id.
func dialChain(ctx context.Context, url string, want uint64) (*ethclient.Client, error) {
	dialCtx, cancel := context.WithTimeout(ctx, 15*time.Second)
	defer cancel()
	client, err := ethclient.DialContext(dialCtx, url)
	if err != nil {
		return nil, fmt.Errorf("connect to SONIC_RPC_URL: %w", err)
	}
	id, err := client.ChainID(dialCtx)
	if err != nil {
		client.Close()
		return nil, fmt.Errorf("SONIC_RPC_URL does not answer eth_chainId: %w", err)
	}
	if want != 0 && id.Cmp(new(big.Int).SetUint64(want)) != 0 {
		client.Close()
		return nil, fmt.Errorf("SONIC_CHAIN_ID is %d but the node at SONIC_RPC_URL is chain %s", want, id)
	}
	return client, nil
}

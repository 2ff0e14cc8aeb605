package chain

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/inft-labs/inft/bindings"
)

// Contracts names one deployment of the three INFT contracts.
type Contracts struct {
	Agents      common.Address `json:"agents"`
	Generated   common.Address `json:"generated"`
	Marketplace common.Address `json:"marketplace"`
}

// DeployBackend is what a deployment needs from a node: sending transactions,
// estimating them, and reading receipts. An *ethclient.Client and the simulated
// backend's client both satisfy it.
type DeployBackend interface {
	bind.ContractBackend
	bind.DeployBackend
}

// DeployConfig says who holds which role in a new deployment. Zero addresses
// default to the deployer.
type DeployConfig struct {
	// Relayer is granted RELAYER_ROLE on INFTAgents.
	Relayer common.Address
	// StakingWallet and DevWallet share package revenue.
	StakingWallet common.Address
	DevWallet     common.Address
	// FeeRecipient receives the marketplace fee.
	FeeRecipient common.Address
	// PollInterval is how often receipts are polled; default 250ms.
	PollInterval time.Duration
	// Mine, when set, is called before each poll for receipts. A simulated
	// chain uses it to mine the pending transactions; a real node needs nothing.
	Mine func()
}

// Deployment is the result of Deploy.
type Deployment struct {
	Contracts
	// Block is the first block holding one of the deployment's transactions:
	// the block to start indexing from.
	Block uint64
}

// Deploy deploys INFTGenerated, INFTAgents and INFTMarketplace from auth's
// account, makes INFTAgents the only minter of INFTGenerated and grants
// RELAYER_ROLE to cfg.Relayer. It sends the three creations together, waits for
// their receipts, then wires the minter and waits again; any failed or reverted
// transaction ends it with an error naming the step.
func Deploy(ctx context.Context, backend DeployBackend, auth *bind.TransactOpts, cfg DeployConfig) (Deployment, error) {
	deployer := auth.From
	relayer := cmp.Or(cfg.Relayer, deployer)
	staking := cmp.Or(cfg.StakingWallet, deployer)
	dev := cmp.Or(cfg.DevWallet, deployer)
	feeRecipient := cmp.Or(cfg.FeeRecipient, deployer)
	poll := cfg.PollInterval
	if poll <= 0 {
		poll = 250 * time.Millisecond
	}

	nonce, err := backend.PendingNonceAt(ctx, deployer)
	if err != nil {
		return Deployment{}, fmt.Errorf("deploy: read nonce of %s: %w", deployer, err)
	}
	opts := *auth
	opts.Context = ctx
	next := func() *bind.TransactOpts {
		o := opts
		o.Nonce = new(big.Int).SetUint64(nonce)
		nonce++
		return &o
	}

	var d Deployment
	var sent []step
	deploy := func(name string, meta *bind.MetaData, args []byte) (common.Address, error) {
		bin := common.FromHex(meta.Bin)
		addr, tx, err := bind.DeployContract(next(), bin, backend, args)
		if err != nil {
			return common.Address{}, fmt.Errorf("deploy %s: %w", name, err)
		}
		sent = append(sent, step{name, tx})
		return addr, nil
	}

	generated := bindings.NewINFTGenerated()
	agents := bindings.NewINFTAgents()
	market := bindings.NewINFTMarketplace()
	if d.Generated, err = deploy("INFTGenerated", &bindings.INFTGeneratedMetaData, generated.PackConstructor(deployer)); err != nil {
		return d, err
	}
	if d.Agents, err = deploy("INFTAgents", &bindings.INFTAgentsMetaData,
		agents.PackConstructor(deployer, relayer, d.Generated, staking, dev)); err != nil {
		return d, err
	}
	if d.Marketplace, err = deploy("INFTMarketplace", &bindings.INFTMarketplaceMetaData,
		market.PackConstructor(deployer, feeRecipient, d.Agents, d.Generated)); err != nil {
		return d, err
	}
	if d.Block, err = waitAll(ctx, backend, cfg.Mine, poll, sent); err != nil {
		return d, err
	}

	// setMinter needs INFTGenerated's code on chain to estimate its gas, so it
	// goes in a second round.
	tx, err := bind.Transact(generated.Instance(backend, d.Generated), next(), generated.PackSetMinter(d.Agents))
	if err != nil {
		return d, fmt.Errorf("deploy: set INFTGenerated minter: %w", err)
	}
	if _, err := waitAll(ctx, backend, cfg.Mine, poll, []step{{"INFTGenerated.setMinter", tx}}); err != nil {
		return d, err
	}
	return d, nil
}

type step struct {
	name string
	tx   *types.Transaction
}

// waitAll waits for every step's receipt and returns the lowest block among them.
func waitAll(ctx context.Context, backend bind.DeployBackend, mine func(), poll time.Duration, steps []step) (uint64, error) {
	first := uint64(0)
	for i, s := range steps {
		r, err := waitReceipt(ctx, backend, s.tx.Hash(), poll, mine)
		if err != nil {
			return 0, fmt.Errorf("deploy: wait for %s (tx %s): %w", s.name, s.tx.Hash(), err)
		}
		if r.Status != types.ReceiptStatusSuccessful {
			return 0, fmt.Errorf("deploy: %s reverted in tx %s (block %d)", s.name, s.tx.Hash(), r.BlockNumber)
		}
		if b := r.BlockNumber.Uint64(); i == 0 || b < first {
			first = b
		}
	}
	return first, nil
}

// WaitReceipt polls for a transaction's receipt until it is mined or ctx ends.
func WaitReceipt(ctx context.Context, backend bind.DeployBackend, hash common.Hash, poll time.Duration) (*types.Receipt, error) {
	return waitReceipt(ctx, backend, hash, poll, nil)
}

func waitReceipt(ctx context.Context, backend bind.DeployBackend, hash common.Hash, poll time.Duration, mine func()) (*types.Receipt, error) {
	t := time.NewTicker(poll)
	defer t.Stop()
	failures := 0
	for {
		if mine != nil {
			mine()
		}
		r, err := backend.TransactionReceipt(ctx, hash)
		switch {
		case err == nil:
			return r, nil
		case errors.Is(err, ethereum.NotFound) || IsIndexing(err):
			failures = 0
		case ctx.Err() != nil:
			return nil, ctx.Err()
		default:
			// A node can fail a request now and then; give up only when it keeps failing.
			if failures++; failures >= maxReceiptFailures {
				return nil, err
			}
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-t.C:
		}
	}
}

// maxReceiptFailures is how many receipt polls in a row may fail before
// WaitReceipt gives up.
const maxReceiptFailures = 5

// IsIndexing reports whether err is geth's answer for a receipt it cannot
// look up yet because its transaction index is still being built: the
// transaction may well be mined, so ask again.
func IsIndexing(err error) bool {
	return err != nil && strings.Contains(err.Error(), "transaction indexing is in progress")
}

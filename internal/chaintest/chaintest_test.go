package chaintest_test

import (
	"testing"

	"github.com/inft-labs/inft/internal/chaintest"
)

func TestNewDeploysAndWires(t *testing.T) {
	c := chaintest.New(t)

	minter := chaintest.Call(t, c.Generated, c.GeneratedABI.PackMinter(), c.GeneratedABI.UnpackMinter)
	if minter != c.Contracts.Agents {
		t.Fatalf("INFTGenerated minter = %s, want INFTAgents %s", minter, c.Contracts.Agents)
	}
	role := chaintest.Call(t, c.Agents, c.AgentsABI.PackRELAYERROLE(), c.AgentsABI.UnpackRELAYERROLE)
	if !chaintest.Call(t, c.Agents, c.AgentsABI.PackHasRole(role, c.Addr(chaintest.Relayer)), c.AgentsABI.UnpackHasRole) {
		t.Fatal("relayer lacks RELAYER_ROLE")
	}
	if got := chaintest.Call(t, c.Marketplace, c.MarketplaceABI.PackAgents(), c.MarketplaceABI.UnpackAgents); got != c.Contracts.Agents {
		t.Fatalf("marketplace agents = %s, want %s", got, c.Contracts.Agents)
	}
	if c.DeployBlock == 0 {
		t.Fatal("deploy block not recorded")
	}
}

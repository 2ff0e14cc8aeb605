package config

import (
	"strconv"
	"strings"
)

// Network is a chain preset: SONIC_NETWORK=mainnet or testnet fills in the
// settings it knows (the public RPC endpoint, the chain id, and finalized
// confirmations: Sonic's finality is instant). What is set explicitly wins.
type Network struct {
	Name     string
	ChainID  uint64
	RPCURL   string
	Explorer string
}

// Networks are the presets, from Sonic's documentation.
var Networks = map[string]Network{
	"mainnet": {Name: "mainnet", ChainID: 146, RPCURL: "https://rpc.soniclabs.com", Explorer: "https://sonicscan.org"},
	"testnet": {Name: "testnet", ChainID: 14601, RPCURL: "https://rpc.testnet.soniclabs.com", Explorer: "https://testnet.sonicscan.org"},
}

func networkOf(lookup Lookup) (Network, bool) {
	v, _ := lookup("SONIC_NETWORK")
	n, ok := Networks[strings.ToLower(strings.TrimSpace(v))]
	return n, ok
}

// withNetwork answers the preset's settings that lookup does not set.
func withNetwork(lookup Lookup) Lookup {
	return func(name string) (string, bool) {
		if v, ok := lookup(name); ok && strings.TrimSpace(v) != "" {
			return v, ok
		}
		n, ok := networkOf(lookup)
		if !ok {
			return lookup(name)
		}
		switch name {
		case "SONIC_RPC_URL":
			return n.RPCURL, true
		case "SONIC_CHAIN_ID":
			return strconv.FormatUint(n.ChainID, 10), true
		case "INDEXER_CONFIRMATIONS":
			return "finalized", true
		}
		return lookup(name)
	}
}

// network checks SONIC_NETWORK: a known preset, and no chain id that
// contradicts it.
func (p *parser) network() {
	v, _ := p.get("SONIC_NETWORK")
	if v == "" {
		return
	}
	n, ok := Networks[strings.ToLower(v)]
	if !ok {
		p.fail("SONIC_NETWORK=%q is not mainnet or testnet", v)
		return
	}
	if id, _ := p.get("SONIC_CHAIN_ID"); id != "" && id != strconv.FormatUint(n.ChainID, 10) {
		p.fail("SONIC_NETWORK=%s is chain %d, but SONIC_CHAIN_ID is %s", n.Name, n.ChainID, id)
	}
}

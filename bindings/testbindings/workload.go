// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package testbindings

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// WorkloadMetaData contains all meta data concerning the Workload contract.
var WorkloadMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractINFTAgents\",\"name\":\"agents_\",\"type\":\"address\"},{\"internalType\":\"contractINFTMarketplace\",\"name\":\"market_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"agentIds\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"agents\",\"outputs\":[{\"internalType\":\"contractINFTAgents\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"tier\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"n\",\"type\":\"uint256\"}],\"name\":\"buy\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"first\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"n\",\"type\":\"uint256\"}],\"name\":\"buyListings\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"first\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"n\",\"type\":\"uint256\"}],\"name\":\"cancel\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"generated\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"first\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"n\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"give\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"first\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"n\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"}],\"name\":\"list\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"market\",\"outputs\":[{\"internalType\":\"contractINFTMarketplace\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"onERC721Received\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"first\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"n\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"}],\"name\":\"reprice\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"from\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"n\",\"type\":\"uint256\"}],\"name\":\"request\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"first\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"n\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"failEvery\",\"type\":\"uint256\"}],\"name\":\"settle\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"from\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"n\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"tier\",\"type\":\"uint8\"}],\"name\":\"topUp\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	ID:  "Workload",
	Bin: "0x60e060405234801561000f575f5ffd5b50604051610f14380380610f1483398101604081905261002e91610122565b6001600160a01b03808316608081905290821660a05260408051632e6c77b560e11b81529051635cd8ef6a916004808201926020929091908290030181865afa15801561007d573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906100a1919061015a565b6001600160a01b0390811660c081905260405163a22cb46560e01b81529183166004830152600160248301529063a22cb465906044015f604051808303815f87803b1580156100ee575f5ffd5b505af1158015610100573d5f5f3e3d5ffd5b50505050505061017c565b6001600160a01b038116811461011f575f5ffd5b50565b5f5f60408385031215610133575f5ffd5b825161013e8161010b565b602084015190925061014f8161010b565b809150509250929050565b5f6020828403121561016a575f5ffd5b81516101758161010b565b9392505050565b60805160a05160c051610d216101f35f395f818161022a015281816103c501526107f101525f81816102c10152818161032b015281816103fb015281816104aa015261088401525f81816101df01528181610595015281816106760152818161072b0152818161091001526109d90152610d215ff3fe6080604052600436106100db575f3560e01c80635cd8ef6a1161007c5780637342bbd4116100575780637342bbd41461027e5780637f7d22c31461029d57806380f55605146102b05780638bc802fb146102e3575f5ffd5b80635cd8ef6a1461021957806362f791c01461024c57806370368ade1461025f575f5ffd5b80632058387c116100b75780632058387c1461016f57806356e7605814610182578063574cdded146101af57806358516661146101ce575f5ffd5b8062efa895146100e6578063150b7a021461010757806319aeb49014610150575f5ffd5b366100e257005b5f5ffd5b3480156100f1575f5ffd5b50610105610100366004610abe565b610302565b005b348015610112575f5ffd5b50610132610121366004610af9565b630a85bd0160e11b95945050505050565b6040516001600160e01b031990911681526020015b60405180910390f35b34801561015b575f5ffd5b5061010561016a366004610b8e565b61039b565b61010561017d366004610abe565b610474565b34801561018d575f5ffd5b506101a161019c366004610bb7565b610518565b604051908152602001610147565b3480156101ba575f5ffd5b506101056101c9366004610b8e565b610536565b3480156101d9575f5ffd5b506102017f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610147565b348015610224575f5ffd5b506102017f000000000000000000000000000000000000000000000000000000000000000081565b61010561025a366004610bde565b6106f2565b34801561026a575f5ffd5b50610105610279366004610c06565b6107b2565b348015610289575f5ffd5b50610105610298366004610b8e565b610854565b6101056102ab366004610c38565b6108ef565b3480156102bb575f5ffd5b506102017f000000000000000000000000000000000000000000000000000000000000000081565b3480156102ee575f5ffd5b506101056102fd366004610abe565b6109c5565b815b61030e8284610c61565b811015610396576040516340e58ee560e01b8152600481018290527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906340e58ee5906024015f604051808303815f87803b158015610374575f5ffd5b505af1158015610386573d5f5f3e3d5ffd5b5050600190920191506103049050565b505050565b825b6103a78385610c61565b81101561046e5760405163dda342bb60e01b81526001600160a01b037f00000000000000000000000000000000000000000000000000000000000000008116600483015260248201839052604482018490527f0000000000000000000000000000000000000000000000000000000000000000169063dda342bb906064016020604051808303815f875af1158015610441573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906104659190610c86565b5060010161039d565b50505050565b5f61047f8234610cb1565b9050825b61048d8385610c61565b81101561046e57604051636cb504a560e11b8152600481018290527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063d96a094a9084906024015f604051808303818588803b1580156104f5575f5ffd5b505af1158015610507573d5f5f3e3d5ffd5b505060019093019250610483915050565b5f8181548110610526575f80fd5b5f91825260209091200154905081565b825b6105428385610c61565b81101561046e576105538282610cc4565b5f036105f95760408051636ab5db9f60e11b8152600481018390526024810191909152600d60448201526c383937bb34b232b9103237bbb760991b60648201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063d56bb73e906084015f604051808303815f87803b1580156105de575f5ffd5b505af11580156105f0573d5f5f3e3d5ffd5b505050506106ea565b60408051634233534960e01b8152600481018390526024810191909152604260448201527f697066733a2f2f6261666b72656967647265356a67653633776633323773703760648201527f6535783236746262763567376b6b3565356a67366e767563377a666f636a7a73608482015261707160f01b60a48201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063423353499060c4016020604051808303815f875af11580156106c4573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906106e89190610c86565b505b600101610538565b5f6106fd8234610cb1565b90505f5b8281101561046e5760405163237a5a7560e01b815260ff851660048201525f906001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063237a5a7590859060240160206040518083038185885af1158015610773573d5f5f3e3d5ffd5b50505050506040513d601f19601f820116820180604052508101906107989190610c86565b8154600181810184555f9384526020909320015501610701565b825b6107be8385610c61565b81101561046e576040516323b872dd60e01b81523060048201526001600160a01b038381166024830152604482018390527f000000000000000000000000000000000000000000000000000000000000000016906323b872dd906064015f604051808303815f87803b158015610832575f5ffd5b505af1158015610844573d5f5f3e3d5ffd5b5050600190920191506107b49050565b825b6108608385610c61565b81101561046e576040516382367b2d60e01b815260048101829052602481018390527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906382367b2d906044015f604051808303815f87803b1580156108cd575f5ffd5b505af11580156108df573d5f5f3e3d5ffd5b5050600190920191506108569050565b5f6108fa8334610cb1565b90505f5b838110156109be576001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000166313d9fe9e835f610941858a610c61565b8154811061095157610951610cd7565b905f5260205f200154866040518463ffffffff1660e01b815260040161098492919091825260ff16602082015260400190565b5f604051808303818588803b15801561099b575f5ffd5b505af11580156109ad573d5f5f3e3d5ffd5b5050600190930192506108fe915050565b5050505050565b5f5b81811015610396576001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016639ed40e365f610a098487610c61565b81548110610a1957610a19610cd7565b5f9182526020822001546040516001600160e01b031960e085901b1681526004810191909152602481019190915260606044820152601460648201527330903634b3b43a3437bab9b29030ba103230bbb760611b608482015260a4016020604051808303815f875af1158015610a91573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610ab59190610c86565b506001016109c7565b5f5f60408385031215610acf575f5ffd5b50508035926020909101359150565b80356001600160a01b0381168114610af4575f5ffd5b919050565b5f5f5f5f5f60808688031215610b0d575f5ffd5b610b1686610ade565b9450610b2460208701610ade565b935060408601359250606086013567ffffffffffffffff811115610b46575f5ffd5b8601601f81018813610b56575f5ffd5b803567ffffffffffffffff811115610b6c575f5ffd5b886020828401011115610b7d575f5ffd5b959894975092955050506020019190565b5f5f5f60608486031215610ba0575f5ffd5b505081359360208301359350604090920135919050565b5f60208284031215610bc7575f5ffd5b5035919050565b803560ff81168114610af4575f5ffd5b5f5f60408385031215610bef575f5ffd5b610bf883610bce565b946020939093013593505050565b5f5f5f60608486031215610c18575f5ffd5b8335925060208401359150610c2f60408501610ade565b90509250925092565b5f5f5f60608486031215610c4a575f5ffd5b8335925060208401359150610c2f60408501610bce565b80820180821115610c8057634e487b7160e01b5f52601160045260245ffd5b92915050565b5f60208284031215610c96575f5ffd5b5051919050565b634e487b7160e01b5f52601260045260245ffd5b5f82610cbf57610cbf610c9d565b500490565b5f82610cd257610cd2610c9d565b500690565b634e487b7160e01b5f52603260045260245ffdfea2646970667358221220e3895015929deb11c5d5c2f71a90ec74d63abcf686919349744fb8ade32bd84464736f6c63430008250033",
}

// Workload is an auto generated Go binding around an Ethereum contract.
type Workload struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Workload) GetABI() abi.ABI {
	return c.abi
}

// NewWorkload creates a new instance of Workload.
func NewWorkload() *Workload {
	parsed, err := WorkloadMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Workload{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Workload) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address agents_, address market_) returns()
func (workload *Workload) PackConstructor(agents_ common.Address, market_ common.Address) []byte {
	enc, err := workload.abi.Pack("", agents_, market_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAgentIds is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x56e76058.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function agentIds(uint256 ) view returns(uint256)
func (workload *Workload) PackAgentIds(arg0 *big.Int) []byte {
	enc, err := workload.abi.Pack("agentIds", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAgentIds is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x56e76058.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function agentIds(uint256 ) view returns(uint256)
func (workload *Workload) TryPackAgentIds(arg0 *big.Int) ([]byte, error) {
	return workload.abi.Pack("agentIds", arg0)
}

// UnpackAgentIds is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x56e76058.
//
// Solidity: function agentIds(uint256 ) view returns(uint256)
func (workload *Workload) UnpackAgentIds(data []byte) (*big.Int, error) {
	out, err := workload.abi.Unpack("agentIds", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackAgents is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x58516661.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function agents() view returns(address)
func (workload *Workload) PackAgents() []byte {
	enc, err := workload.abi.Pack("agents")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAgents is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x58516661.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function agents() view returns(address)
func (workload *Workload) TryPackAgents() ([]byte, error) {
	return workload.abi.Pack("agents")
}

// UnpackAgents is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x58516661.
//
// Solidity: function agents() view returns(address)
func (workload *Workload) UnpackAgents(data []byte) (common.Address, error) {
	out, err := workload.abi.Unpack("agents", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackBuy is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x62f791c0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function buy(uint8 tier, uint256 n) payable returns()
func (workload *Workload) PackBuy(tier uint8, n *big.Int) []byte {
	enc, err := workload.abi.Pack("buy", tier, n)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBuy is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x62f791c0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function buy(uint8 tier, uint256 n) payable returns()
func (workload *Workload) TryPackBuy(tier uint8, n *big.Int) ([]byte, error) {
	return workload.abi.Pack("buy", tier, n)
}

// PackBuyListings is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2058387c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function buyListings(uint256 first, uint256 n) payable returns()
func (workload *Workload) PackBuyListings(first *big.Int, n *big.Int) []byte {
	enc, err := workload.abi.Pack("buyListings", first, n)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBuyListings is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2058387c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function buyListings(uint256 first, uint256 n) payable returns()
func (workload *Workload) TryPackBuyListings(first *big.Int, n *big.Int) ([]byte, error) {
	return workload.abi.Pack("buyListings", first, n)
}

// PackCancel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00efa895.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancel(uint256 first, uint256 n) returns()
func (workload *Workload) PackCancel(first *big.Int, n *big.Int) []byte {
	enc, err := workload.abi.Pack("cancel", first, n)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00efa895.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancel(uint256 first, uint256 n) returns()
func (workload *Workload) TryPackCancel(first *big.Int, n *big.Int) ([]byte, error) {
	return workload.abi.Pack("cancel", first, n)
}

// PackGenerated is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5cd8ef6a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function generated() view returns(address)
func (workload *Workload) PackGenerated() []byte {
	enc, err := workload.abi.Pack("generated")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGenerated is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5cd8ef6a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function generated() view returns(address)
func (workload *Workload) TryPackGenerated() ([]byte, error) {
	return workload.abi.Pack("generated")
}

// UnpackGenerated is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5cd8ef6a.
//
// Solidity: function generated() view returns(address)
func (workload *Workload) UnpackGenerated(data []byte) (common.Address, error) {
	out, err := workload.abi.Unpack("generated", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackGive is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70368ade.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function give(uint256 first, uint256 n, address to) returns()
func (workload *Workload) PackGive(first *big.Int, n *big.Int, to common.Address) []byte {
	enc, err := workload.abi.Pack("give", first, n, to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGive is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70368ade.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function give(uint256 first, uint256 n, address to) returns()
func (workload *Workload) TryPackGive(first *big.Int, n *big.Int, to common.Address) ([]byte, error) {
	return workload.abi.Pack("give", first, n, to)
}

// PackList is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x19aeb490.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function list(uint256 first, uint256 n, uint256 price) returns()
func (workload *Workload) PackList(first *big.Int, n *big.Int, price *big.Int) []byte {
	enc, err := workload.abi.Pack("list", first, n, price)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackList is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x19aeb490.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function list(uint256 first, uint256 n, uint256 price) returns()
func (workload *Workload) TryPackList(first *big.Int, n *big.Int, price *big.Int) ([]byte, error) {
	return workload.abi.Pack("list", first, n, price)
}

// PackMarket is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x80f55605.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function market() view returns(address)
func (workload *Workload) PackMarket() []byte {
	enc, err := workload.abi.Pack("market")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMarket is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x80f55605.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function market() view returns(address)
func (workload *Workload) TryPackMarket() ([]byte, error) {
	return workload.abi.Pack("market")
}

// UnpackMarket is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x80f55605.
//
// Solidity: function market() view returns(address)
func (workload *Workload) UnpackMarket(data []byte) (common.Address, error) {
	out, err := workload.abi.Unpack("market", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackOnERC721Received is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x150b7a02.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onERC721Received(address , address , uint256 , bytes ) pure returns(bytes4)
func (workload *Workload) PackOnERC721Received(arg0 common.Address, arg1 common.Address, arg2 *big.Int, arg3 []byte) []byte {
	enc, err := workload.abi.Pack("onERC721Received", arg0, arg1, arg2, arg3)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnERC721Received is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x150b7a02.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onERC721Received(address , address , uint256 , bytes ) pure returns(bytes4)
func (workload *Workload) TryPackOnERC721Received(arg0 common.Address, arg1 common.Address, arg2 *big.Int, arg3 []byte) ([]byte, error) {
	return workload.abi.Pack("onERC721Received", arg0, arg1, arg2, arg3)
}

// UnpackOnERC721Received is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x150b7a02.
//
// Solidity: function onERC721Received(address , address , uint256 , bytes ) pure returns(bytes4)
func (workload *Workload) UnpackOnERC721Received(data []byte) ([4]byte, error) {
	out, err := workload.abi.Unpack("onERC721Received", data)
	if err != nil {
		return *new([4]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([4]byte)).(*[4]byte)
	return out0, nil
}

// PackReprice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7342bbd4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reprice(uint256 first, uint256 n, uint256 price) returns()
func (workload *Workload) PackReprice(first *big.Int, n *big.Int, price *big.Int) []byte {
	enc, err := workload.abi.Pack("reprice", first, n, price)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReprice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7342bbd4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reprice(uint256 first, uint256 n, uint256 price) returns()
func (workload *Workload) TryPackReprice(first *big.Int, n *big.Int, price *big.Int) ([]byte, error) {
	return workload.abi.Pack("reprice", first, n, price)
}

// PackRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8bc802fb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function request(uint256 from, uint256 n) returns()
func (workload *Workload) PackRequest(from *big.Int, n *big.Int) []byte {
	enc, err := workload.abi.Pack("request", from, n)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8bc802fb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function request(uint256 from, uint256 n) returns()
func (workload *Workload) TryPackRequest(from *big.Int, n *big.Int) ([]byte, error) {
	return workload.abi.Pack("request", from, n)
}

// PackSettle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x574cdded.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settle(uint256 first, uint256 n, uint256 failEvery) returns()
func (workload *Workload) PackSettle(first *big.Int, n *big.Int, failEvery *big.Int) []byte {
	enc, err := workload.abi.Pack("settle", first, n, failEvery)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x574cdded.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settle(uint256 first, uint256 n, uint256 failEvery) returns()
func (workload *Workload) TryPackSettle(first *big.Int, n *big.Int, failEvery *big.Int) ([]byte, error) {
	return workload.abi.Pack("settle", first, n, failEvery)
}

// PackTopUp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7f7d22c3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function topUp(uint256 from, uint256 n, uint8 tier) payable returns()
func (workload *Workload) PackTopUp(from *big.Int, n *big.Int, tier uint8) []byte {
	enc, err := workload.abi.Pack("topUp", from, n, tier)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTopUp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7f7d22c3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function topUp(uint256 from, uint256 n, uint8 tier) payable returns()
func (workload *Workload) TryPackTopUp(from *big.Int, n *big.Int, tier uint8) ([]byte, error) {
	return workload.abi.Pack("topUp", from, n, tier)
}

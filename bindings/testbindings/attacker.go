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

// AttackerMetaData contains all meta data concerning the Attacker contract.
var AttackerMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"RefusedEther\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumAttacker.Mode\",\"name\":\"mode_\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"target_\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"reentry_\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"reentryValue_\",\"type\":\"uint256\"}],\"name\":\"arm\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"execute\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"mode\",\"outputs\":[{\"internalType\":\"enumAttacker.Mode\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"onERC721Received\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reentry\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reentryValue\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"target\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	ID:  "Attacker",
	Bin: "0x6080604052348015600e575f5ffd5b5061080b8061001c5f395ff3fe608060405260043610610071575f3560e01c8063295a52121161004c578063295a521214610153578063b344d76914610178578063d4b839921461018c578063fb523db9146101c7575f5ffd5b806307c6e632146100d7578063150b7a02146100f65780631cff79cd14610133575f5ffd5b366100d35760035f5460ff16600381111561008e5761008e610406565b036100ac576040516331aecc3b60e11b815260040160405180910390fd5b60025f5460ff1660038111156100c4576100c4610406565b036100d1576100d16101ea565b005b5f5ffd5b3480156100e2575f5ffd5b506100d16100f136600461047a565b610267565b348015610101575f5ffd5b506101156101103660046104e3565b6102c0565b6040516001600160e01b031990911681526020015b60405180910390f35b61014661014136600461054d565b6102f8565b60405161012a919061059c565b34801561015e575f5ffd5b505f5461016b9060ff1681565b60405161012a91906105d1565b348015610183575f5ffd5b50610146610372565b348015610197575f5ffd5b505f546101af9061010090046001600160a01b031681565b6040516001600160a01b03909116815260200161012a565b3480156101d2575f5ffd5b506101dc60025481565b60405190815260200161012a565b5f8054600254604051839261010090046001600160a01b031691906102119060019061062f565b5f6040518083038185875af1925050503d805f811461024b576040519150601f19603f3d011682016040523d82523d5f602084013e610250565b606091505b50915091508161026357610263816103fe565b5050565b5f805486919060ff1916600183600381111561028557610285610406565b02179055505f8054610100600160a81b0319166101006001600160a01b0387160217905560016102b683858361070b565b5060025550505050565b5f60015f5460ff1660038111156102d9576102d9610406565b036102e6576102e66101ea565b50630a85bd0160e11b95945050505050565b60605f5f856001600160a01b03163486866040516103179291906107c6565b5f6040518083038185875af1925050503d805f8114610351576040519150601f19603f3d011682016040523d82523d5f602084013e610356565b606091505b50915091508161036957610369816103fe565b95945050505050565b6001805461037f906105f7565b80601f01602080910402602001604051908101604052809291908181526020018280546103ab906105f7565b80156103f65780601f106103cd576101008083540402835291602001916103f6565b820191905f5260205f20905b8154815290600101906020018083116103d957829003601f168201915b505050505081565b805160208201fd5b634e487b7160e01b5f52602160045260245ffd5b80356001600160a01b0381168114610430575f5ffd5b919050565b5f5f83601f840112610445575f5ffd5b50813567ffffffffffffffff81111561045c575f5ffd5b602083019150836020828501011115610473575f5ffd5b9250929050565b5f5f5f5f5f6080868803121561048e575f5ffd5b85356004811061049c575f5ffd5b94506104aa6020870161041a565b9350604086013567ffffffffffffffff8111156104c5575f5ffd5b6104d188828901610435565b96999598509660600135949350505050565b5f5f5f5f5f608086880312156104f7575f5ffd5b6105008661041a565b945061050e6020870161041a565b935060408601359250606086013567ffffffffffffffff811115610530575f5ffd5b61053c88828901610435565b969995985093965092949392505050565b5f5f5f6040848603121561055f575f5ffd5b6105688461041a565b9250602084013567ffffffffffffffff811115610583575f5ffd5b61058f86828701610435565b9497909650939450505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b60208101600483106105f157634e487b7160e01b5f52602160045260245ffd5b91905290565b600181811c9082168061060b57607f821691505b60208210810361062957634e487b7160e01b5f52602260045260245ffd5b50919050565b5f5f835461063c816105f7565b600182168015610653576001811461066857610695565b60ff1983168652811515820286019350610695565b865f5260205f205f5b8381101561068d57815488820152600190910190602001610671565b505081860193505b509195945050505050565b634e487b7160e01b5f52604160045260245ffd5b601f821115610706578282111561070657805f5260205f20601f840160051c60208510156106df57505f5b90810190601f840160051c035f5b81811015610702575f838201556001016106ed565b5050505b505050565b67ffffffffffffffff831115610723576107236106a0565b6107378361073183546105f7565b836106b4565b5f601f841160018114610768575f85156107515750838201355b5f19600387901b1c1916600186901b1783556107bf565b5f83815260208120601f198716915b828110156107975786850135825560209485019460019092019101610777565b50868210156107b3575f1960f88860031b161c19848701351681555b505060018560011b0183555b5050505050565b818382375f910190815291905056fea26469706673582212206a994492bb6fbcbd11c59dffb0e56ef39e4f454fe278ad1ff0d8ae9d2715338464736f6c63430008250033",
}

// Attacker is an auto generated Go binding around an Ethereum contract.
type Attacker struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Attacker) GetABI() abi.ABI {
	return c.abi
}

// NewAttacker creates a new instance of Attacker.
func NewAttacker() *Attacker {
	parsed, err := AttackerMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Attacker{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Attacker) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackArm is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x07c6e632.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function arm(uint8 mode_, address target_, bytes reentry_, uint256 reentryValue_) returns()
func (attacker *Attacker) PackArm(mode uint8, target common.Address, reentry []byte, reentryValue *big.Int) []byte {
	enc, err := attacker.abi.Pack("arm", mode, target, reentry, reentryValue)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackArm is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x07c6e632.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function arm(uint8 mode_, address target_, bytes reentry_, uint256 reentryValue_) returns()
func (attacker *Attacker) TryPackArm(mode uint8, target common.Address, reentry []byte, reentryValue *big.Int) ([]byte, error) {
	return attacker.abi.Pack("arm", mode, target, reentry, reentryValue)
}

// PackExecute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1cff79cd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function execute(address to, bytes data) payable returns(bytes)
func (attacker *Attacker) PackExecute(to common.Address, data []byte) []byte {
	enc, err := attacker.abi.Pack("execute", to, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExecute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1cff79cd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function execute(address to, bytes data) payable returns(bytes)
func (attacker *Attacker) TryPackExecute(to common.Address, data []byte) ([]byte, error) {
	return attacker.abi.Pack("execute", to, data)
}

// UnpackExecute is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1cff79cd.
//
// Solidity: function execute(address to, bytes data) payable returns(bytes)
func (attacker *Attacker) UnpackExecute(data []byte) ([]byte, error) {
	out, err := attacker.abi.Unpack("execute", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackMode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x295a5212.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mode() view returns(uint8)
func (attacker *Attacker) PackMode() []byte {
	enc, err := attacker.abi.Pack("mode")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x295a5212.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mode() view returns(uint8)
func (attacker *Attacker) TryPackMode() ([]byte, error) {
	return attacker.abi.Pack("mode")
}

// UnpackMode is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x295a5212.
//
// Solidity: function mode() view returns(uint8)
func (attacker *Attacker) UnpackMode(data []byte) (uint8, error) {
	out, err := attacker.abi.Unpack("mode", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackOnERC721Received is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x150b7a02.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onERC721Received(address , address , uint256 , bytes ) returns(bytes4)
func (attacker *Attacker) PackOnERC721Received(arg0 common.Address, arg1 common.Address, arg2 *big.Int, arg3 []byte) []byte {
	enc, err := attacker.abi.Pack("onERC721Received", arg0, arg1, arg2, arg3)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnERC721Received is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x150b7a02.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onERC721Received(address , address , uint256 , bytes ) returns(bytes4)
func (attacker *Attacker) TryPackOnERC721Received(arg0 common.Address, arg1 common.Address, arg2 *big.Int, arg3 []byte) ([]byte, error) {
	return attacker.abi.Pack("onERC721Received", arg0, arg1, arg2, arg3)
}

// UnpackOnERC721Received is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x150b7a02.
//
// Solidity: function onERC721Received(address , address , uint256 , bytes ) returns(bytes4)
func (attacker *Attacker) UnpackOnERC721Received(data []byte) ([4]byte, error) {
	out, err := attacker.abi.Unpack("onERC721Received", data)
	if err != nil {
		return *new([4]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([4]byte)).(*[4]byte)
	return out0, nil
}

// PackReentry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb344d769.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reentry() view returns(bytes)
func (attacker *Attacker) PackReentry() []byte {
	enc, err := attacker.abi.Pack("reentry")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReentry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb344d769.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reentry() view returns(bytes)
func (attacker *Attacker) TryPackReentry() ([]byte, error) {
	return attacker.abi.Pack("reentry")
}

// UnpackReentry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb344d769.
//
// Solidity: function reentry() view returns(bytes)
func (attacker *Attacker) UnpackReentry(data []byte) ([]byte, error) {
	out, err := attacker.abi.Unpack("reentry", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackReentryValue is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfb523db9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reentryValue() view returns(uint256)
func (attacker *Attacker) PackReentryValue() []byte {
	enc, err := attacker.abi.Pack("reentryValue")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReentryValue is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfb523db9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reentryValue() view returns(uint256)
func (attacker *Attacker) TryPackReentryValue() ([]byte, error) {
	return attacker.abi.Pack("reentryValue")
}

// UnpackReentryValue is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfb523db9.
//
// Solidity: function reentryValue() view returns(uint256)
func (attacker *Attacker) UnpackReentryValue(data []byte) (*big.Int, error) {
	out, err := attacker.abi.Unpack("reentryValue", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTarget is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd4b83992.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function target() view returns(address)
func (attacker *Attacker) PackTarget() []byte {
	enc, err := attacker.abi.Pack("target")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTarget is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd4b83992.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function target() view returns(address)
func (attacker *Attacker) TryPackTarget() ([]byte, error) {
	return attacker.abi.Pack("target")
}

// UnpackTarget is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd4b83992.
//
// Solidity: function target() view returns(address)
func (attacker *Attacker) UnpackTarget(data []byte) (common.Address, error) {
	out, err := attacker.abi.Unpack("target", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (attacker *Attacker) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], attacker.abi.Errors["RefusedEther"].ID.Bytes()[:4]) {
		return attacker.UnpackRefusedEtherError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// AttackerRefusedEther represents a RefusedEther error raised by the Attacker contract.
type AttackerRefusedEther struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RefusedEther()
func AttackerRefusedEtherErrorID() common.Hash {
	return common.HexToHash("0x635d98763eb06015aa57232787f9f0b4be2d810a591bebebe8beefc78476dd5e")
}

// UnpackRefusedEtherError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RefusedEther()
func (attacker *Attacker) UnpackRefusedEtherError(raw []byte) (*AttackerRefusedEther, error) {
	out := new(AttackerRefusedEther)
	if err := attacker.abi.UnpackIntoInterface(out, "RefusedEther", raw); err != nil {
		return nil, err
	}
	return out, nil
}

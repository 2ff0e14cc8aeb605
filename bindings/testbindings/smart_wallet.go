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

// SmartWalletMetaData contains all meta data concerning the SmartWallet contract.
var SmartWalletMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"reason\",\"type\":\"bytes\"}],\"name\":\"CallFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"execute\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"hash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"isValidSignature\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"onERC721Received\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	ID:  "SmartWallet",
	Bin: "0x60a0604052348015600e575f5ffd5b506040516106d93803806106d9833981016040819052602b91603b565b6001600160a01b03166080526066565b5f60208284031215604a575f5ffd5b81516001600160a01b0381168114605f575f5ffd5b9392505050565b60805161064e61008b5f395f818160c40152818161018301526101f0015261064e5ff3fe608060405260043610610041575f3560e01c8063150b7a021461004c5780631626ba7e146100945780638da5cb5b146100b3578063b61d27f6146100fe575f5ffd5b3661004857005b5f5ffd5b348015610057575f5ffd5b50610076610066366004610400565b630a85bd0160e11b949350505050565b6040516001600160e01b031990911681526020015b60405180910390f35b34801561009f575f5ffd5b506100766100ae366004610522565b61011e565b3480156100be575f5ffd5b506100e67f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b03909116815260200161008b565b61011161010c36600461056a565b6101e3565b60405161008b91906105c0565b5f5f5f6101608686868080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506102c092505050565b5090925090505f816003811115610179576101796105f5565b1480156101b757507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316826001600160a01b0316145b156101ce5750630b135d3f60e11b91506101dc9050565b506001600160e01b03199150505b9392505050565b6060336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146102355760405163245aecd360e01b81523360048201526024015b60405180910390fd5b5f5f866001600160a01b0316868686604051610252929190610609565b5f6040518083038185875af1925050503d805f811461028c576040519150601f19603f3d011682016040523d82523d5f602084013e610291565b606091505b5091509150816102b6578060405163a5fa8d2b60e01b815260040161022c91906105c0565b9695505050505050565b5f5f5f83516041036102f7576020840151604085015160608601515f1a6102e988828585610309565b955095509550505050610302565b505081515f91506002905b9250925092565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084111561034257505f915060039050826103c7565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015610393573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b0381166103be57505f9250600191508290506103c7565b92505f91508190505b9450945094915050565b80356001600160a01b03811681146103e7575f5ffd5b919050565b634e487b7160e01b5f52604160045260245ffd5b5f5f5f5f60808587031215610413575f5ffd5b61041c856103d1565b935061042a602086016103d1565b925060408501359150606085013567ffffffffffffffff81111561044c575f5ffd5b8501601f8101871361045c575f5ffd5b803567ffffffffffffffff811115610476576104766103ec565b604051601f8201601f19908116603f0116810167ffffffffffffffff811182821017156104a5576104a56103ec565b6040528181528282016020018910156104bc575f5ffd5b816020840160208301375f6020838301015280935050505092959194509250565b5f5f83601f8401126104ed575f5ffd5b50813567ffffffffffffffff811115610504575f5ffd5b60208301915083602082850101111561051b575f5ffd5b9250929050565b5f5f5f60408486031215610534575f5ffd5b83359250602084013567ffffffffffffffff811115610551575f5ffd5b61055d868287016104dd565b9497909650939450505050565b5f5f5f5f6060858703121561057d575f5ffd5b610586856103d1565b935060208501359250604085013567ffffffffffffffff8111156105a8575f5ffd5b6105b4878288016104dd565b95989497509550505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b634e487b7160e01b5f52602160045260245ffd5b818382375f910190815291905056fea264697066735822122018988b616eaa9184488d5a80aaf1009915d182849f118795f4b3f696e40f4c4664736f6c63430008250033",
}

// SmartWallet is an auto generated Go binding around an Ethereum contract.
type SmartWallet struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *SmartWallet) GetABI() abi.ABI {
	return c.abi
}

// NewSmartWallet creates a new instance of SmartWallet.
func NewSmartWallet() *SmartWallet {
	parsed, err := SmartWalletMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &SmartWallet{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *SmartWallet) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address owner_) returns()
func (smartWallet *SmartWallet) PackConstructor(owner_ common.Address) []byte {
	enc, err := smartWallet.abi.Pack("", owner_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackExecute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb61d27f6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function execute(address to, uint256 value, bytes data) payable returns(bytes)
func (smartWallet *SmartWallet) PackExecute(to common.Address, value *big.Int, data []byte) []byte {
	enc, err := smartWallet.abi.Pack("execute", to, value, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExecute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb61d27f6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function execute(address to, uint256 value, bytes data) payable returns(bytes)
func (smartWallet *SmartWallet) TryPackExecute(to common.Address, value *big.Int, data []byte) ([]byte, error) {
	return smartWallet.abi.Pack("execute", to, value, data)
}

// UnpackExecute is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb61d27f6.
//
// Solidity: function execute(address to, uint256 value, bytes data) payable returns(bytes)
func (smartWallet *SmartWallet) UnpackExecute(data []byte) ([]byte, error) {
	out, err := smartWallet.abi.Unpack("execute", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackIsValidSignature is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1626ba7e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isValidSignature(bytes32 hash, bytes signature) view returns(bytes4)
func (smartWallet *SmartWallet) PackIsValidSignature(hash [32]byte, signature []byte) []byte {
	enc, err := smartWallet.abi.Pack("isValidSignature", hash, signature)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsValidSignature is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1626ba7e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isValidSignature(bytes32 hash, bytes signature) view returns(bytes4)
func (smartWallet *SmartWallet) TryPackIsValidSignature(hash [32]byte, signature []byte) ([]byte, error) {
	return smartWallet.abi.Pack("isValidSignature", hash, signature)
}

// UnpackIsValidSignature is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1626ba7e.
//
// Solidity: function isValidSignature(bytes32 hash, bytes signature) view returns(bytes4)
func (smartWallet *SmartWallet) UnpackIsValidSignature(data []byte) ([4]byte, error) {
	out, err := smartWallet.abi.Unpack("isValidSignature", data)
	if err != nil {
		return *new([4]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([4]byte)).(*[4]byte)
	return out0, nil
}

// PackOnERC721Received is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x150b7a02.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onERC721Received(address , address , uint256 , bytes ) returns(bytes4)
func (smartWallet *SmartWallet) PackOnERC721Received(arg0 common.Address, arg1 common.Address, arg2 *big.Int, arg3 []byte) []byte {
	enc, err := smartWallet.abi.Pack("onERC721Received", arg0, arg1, arg2, arg3)
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
func (smartWallet *SmartWallet) TryPackOnERC721Received(arg0 common.Address, arg1 common.Address, arg2 *big.Int, arg3 []byte) ([]byte, error) {
	return smartWallet.abi.Pack("onERC721Received", arg0, arg1, arg2, arg3)
}

// UnpackOnERC721Received is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x150b7a02.
//
// Solidity: function onERC721Received(address , address , uint256 , bytes ) returns(bytes4)
func (smartWallet *SmartWallet) UnpackOnERC721Received(data []byte) ([4]byte, error) {
	out, err := smartWallet.abi.Unpack("onERC721Received", data)
	if err != nil {
		return *new([4]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([4]byte)).(*[4]byte)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (smartWallet *SmartWallet) PackOwner() []byte {
	enc, err := smartWallet.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (smartWallet *SmartWallet) TryPackOwner() ([]byte, error) {
	return smartWallet.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (smartWallet *SmartWallet) UnpackOwner(data []byte) (common.Address, error) {
	out, err := smartWallet.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (smartWallet *SmartWallet) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], smartWallet.abi.Errors["CallFailed"].ID.Bytes()[:4]) {
		return smartWallet.UnpackCallFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], smartWallet.abi.Errors["NotOwner"].ID.Bytes()[:4]) {
		return smartWallet.UnpackNotOwnerError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// SmartWalletCallFailed represents a CallFailed error raised by the SmartWallet contract.
type SmartWalletCallFailed struct {
	Reason []byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CallFailed(bytes reason)
func SmartWalletCallFailedErrorID() common.Hash {
	return common.HexToHash("0xa5fa8d2bd23af43608c66a1e71e091ad72afa45dfd478efa1657e01a9a4ceea6")
}

// UnpackCallFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CallFailed(bytes reason)
func (smartWallet *SmartWallet) UnpackCallFailedError(raw []byte) (*SmartWalletCallFailed, error) {
	out := new(SmartWalletCallFailed)
	if err := smartWallet.abi.UnpackIntoInterface(out, "CallFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SmartWalletNotOwner represents a NotOwner error raised by the SmartWallet contract.
type SmartWalletNotOwner struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotOwner(address caller)
func SmartWalletNotOwnerErrorID() common.Hash {
	return common.HexToHash("0x245aecd3fabbd17d6c3c92dc7f0ab916ea8cbf6fc1862c8b56893090ac3fff4c")
}

// UnpackNotOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotOwner(address caller)
func (smartWallet *SmartWallet) UnpackNotOwnerError(raw []byte) (*SmartWalletNotOwner, error) {
	out := new(SmartWalletNotOwner)
	if err := smartWallet.abi.UnpackIntoInterface(out, "NotOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

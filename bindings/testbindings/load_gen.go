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

// LoadGenMetaData contains all meta data concerning the LoadGen contract.
var LoadGenMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractINFTAgents\",\"name\":\"agents_\",\"type\":\"address\"},{\"internalType\":\"contractINFTMarketplace\",\"name\":\"market_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"agentId\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"agents\",\"outputs\":[{\"internalType\":\"contractINFTAgents\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"market\",\"outputs\":[{\"internalType\":\"contractINFTMarketplace\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"onERC721Received\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"n\",\"type\":\"uint256\"}],\"name\":\"round\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"setUp\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"}]",
	ID:  "LoadGen",
	Bin: "0x60c060405234801561000f575f5ffd5b5060405161095e38038061095e83398101604081905261002e9161005c565b6001600160a01b039182166080521660a052610094565b6001600160a01b0381168114610059575f5ffd5b50565b5f5f6040838503121561006d575f5ffd5b825161007881610045565b602084015190925061008981610045565b809150509250929050565b60805160a0516108646100fa5f395f818161011a01528181610284015281816105a20152818161062c015261069f01525f818160cf01528181610173015281816101ef015281816102fe015281816103a20152818161044b01526104c401526108645ff3fe608060405260043610610054575f3560e01c80630a9254e414610058578063150b7a021461006257806334d5f37b146100ab57806358516661146100be57806380f5560514610109578063e84f43b71461013c575b5f5ffd5b61006061015e565b005b34801561006d575f5ffd5b5061008d61007c366004610726565b630a85bd0160e11b95945050505050565b6040516001600160e01b031990911681526020015b60405180910390f35b6100606100b93660046107bf565b6102ee565b3480156100c9575f5ffd5b506100f17f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016100a2565b348015610114575f5ffd5b506100f17f000000000000000000000000000000000000000000000000000000000000000081565b348015610147575f5ffd5b506101505f5481565b6040519081526020016100a2565b60405163237a5a7560e01b81525f60048201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063237a5a7590349060240160206040518083038185885af11580156101c3573d5f5f3e3d5ffd5b50505050506040513d601f19601f820116820180604052508101906101e891906107d6565b5f819055507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316635cd8ef6a6040518163ffffffff1660e01b8152600401602060405180830381865afa158015610249573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061026d91906107ed565b60405163a22cb46560e01b81526001600160a01b037f00000000000000000000000000000000000000000000000000000000000000008116600483015260016024830152919091169063a22cb465906044015f604051808303815f87803b1580156102d6575f5ffd5b505af11580156102e8573d5f5f3e3d5ffd5b50505050565b5f6102f9823461080f565b90505f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316635cd8ef6a6040518163ffffffff1660e01b8152600401602060405180830381865afa158015610358573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061037c91906107ed565b90505f5b838110156102e8575f80546040516309ecff4f60e11b81526001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016926313d9fe9e9287926103e4929060040191825260ff16602082015260400190565b5f604051808303818588803b1580156103fb575f5ffd5b505af115801561040d573d5f5f3e3d5ffd5b50505f8054604051634f6a071b60e11b81526004810191909152602481018290526060604482015260016064820152600760fc1b60848201529093507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169250639ed40e36915060a4016020604051808303815f875af115801561049b573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906104bf91906107d6565b90505f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166342335349836040518263ffffffff1660e01b8152600401610530918152604060208201819052600890820152670d2e0cce6745e5ef60c31b606082015260800190565b6020604051808303815f875af115801561054c573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061057091906107d6565b60405163dda342bb60e01b81526001600160a01b03868116600483015260248201839052600160448301529192505f917f0000000000000000000000000000000000000000000000000000000000000000169063dda342bb906064016020604051808303815f875af11580156105e8573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061060c91906107d6565b6040516382367b2d60e01b815260048101829052600260248201529091507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906382367b2d906044015f604051808303815f87803b158015610675575f5ffd5b505af1158015610687573d5f5f3e3d5ffd5b50506040516340e58ee560e01b8152600481018490527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031692506340e58ee591506024015f604051808303815f87803b1580156106ea575f5ffd5b505af11580156106fc573d5f5f3e3d5ffd5b5050600190950194506103809350505050565b6001600160a01b0381168114610723575f5ffd5b50565b5f5f5f5f5f6080868803121561073a575f5ffd5b85356107458161070f565b945060208601356107558161070f565b935060408601359250606086013567ffffffffffffffff811115610777575f5ffd5b8601601f81018813610787575f5ffd5b803567ffffffffffffffff81111561079d575f5ffd5b8860208284010111156107ae575f5ffd5b959894975092955050506020019190565b5f602082840312156107cf575f5ffd5b5035919050565b5f602082840312156107e6575f5ffd5b5051919050565b5f602082840312156107fd575f5ffd5b81516108088161070f565b9392505050565b5f8261082957634e487b7160e01b5f52601260045260245ffd5b50049056fea2646970667358221220017cb02a1da5d7581062c367bedd43072e6318c0d5a68d1cbbf6503b8f710c5f64736f6c63430008250033",
}

// LoadGen is an auto generated Go binding around an Ethereum contract.
type LoadGen struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *LoadGen) GetABI() abi.ABI {
	return c.abi
}

// NewLoadGen creates a new instance of LoadGen.
func NewLoadGen() *LoadGen {
	parsed, err := LoadGenMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &LoadGen{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *LoadGen) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address agents_, address market_) returns()
func (loadGen *LoadGen) PackConstructor(agents_ common.Address, market_ common.Address) []byte {
	enc, err := loadGen.abi.Pack("", agents_, market_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAgentId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe84f43b7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function agentId() view returns(uint256)
func (loadGen *LoadGen) PackAgentId() []byte {
	enc, err := loadGen.abi.Pack("agentId")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAgentId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe84f43b7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function agentId() view returns(uint256)
func (loadGen *LoadGen) TryPackAgentId() ([]byte, error) {
	return loadGen.abi.Pack("agentId")
}

// UnpackAgentId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe84f43b7.
//
// Solidity: function agentId() view returns(uint256)
func (loadGen *LoadGen) UnpackAgentId(data []byte) (*big.Int, error) {
	out, err := loadGen.abi.Unpack("agentId", data)
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
func (loadGen *LoadGen) PackAgents() []byte {
	enc, err := loadGen.abi.Pack("agents")
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
func (loadGen *LoadGen) TryPackAgents() ([]byte, error) {
	return loadGen.abi.Pack("agents")
}

// UnpackAgents is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x58516661.
//
// Solidity: function agents() view returns(address)
func (loadGen *LoadGen) UnpackAgents(data []byte) (common.Address, error) {
	out, err := loadGen.abi.Unpack("agents", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackMarket is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x80f55605.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function market() view returns(address)
func (loadGen *LoadGen) PackMarket() []byte {
	enc, err := loadGen.abi.Pack("market")
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
func (loadGen *LoadGen) TryPackMarket() ([]byte, error) {
	return loadGen.abi.Pack("market")
}

// UnpackMarket is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x80f55605.
//
// Solidity: function market() view returns(address)
func (loadGen *LoadGen) UnpackMarket(data []byte) (common.Address, error) {
	out, err := loadGen.abi.Unpack("market", data)
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
func (loadGen *LoadGen) PackOnERC721Received(arg0 common.Address, arg1 common.Address, arg2 *big.Int, arg3 []byte) []byte {
	enc, err := loadGen.abi.Pack("onERC721Received", arg0, arg1, arg2, arg3)
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
func (loadGen *LoadGen) TryPackOnERC721Received(arg0 common.Address, arg1 common.Address, arg2 *big.Int, arg3 []byte) ([]byte, error) {
	return loadGen.abi.Pack("onERC721Received", arg0, arg1, arg2, arg3)
}

// UnpackOnERC721Received is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x150b7a02.
//
// Solidity: function onERC721Received(address , address , uint256 , bytes ) pure returns(bytes4)
func (loadGen *LoadGen) UnpackOnERC721Received(data []byte) ([4]byte, error) {
	out, err := loadGen.abi.Unpack("onERC721Received", data)
	if err != nil {
		return *new([4]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([4]byte)).(*[4]byte)
	return out0, nil
}

// PackRound is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x34d5f37b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function round(uint256 n) payable returns()
func (loadGen *LoadGen) PackRound(n *big.Int) []byte {
	enc, err := loadGen.abi.Pack("round", n)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRound is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x34d5f37b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function round(uint256 n) payable returns()
func (loadGen *LoadGen) TryPackRound(n *big.Int) ([]byte, error) {
	return loadGen.abi.Pack("round", n)
}

// PackSetUp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0a9254e4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setUp() payable returns()
func (loadGen *LoadGen) PackSetUp() []byte {
	enc, err := loadGen.abi.Pack("setUp")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetUp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0a9254e4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setUp() payable returns()
func (loadGen *LoadGen) TryPackSetUp() ([]byte, error) {
	return loadGen.abi.Pack("setUp")
}

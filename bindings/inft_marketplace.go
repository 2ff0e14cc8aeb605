// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bindings

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

// INFTMarketplaceMetaData contains all meta data concerning the INFTMarketplace contract.
var INFTMarketplaceMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"feeRecipient_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"agents_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"generated_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"}],\"name\":\"AlreadyListed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"}],\"name\":\"CannotBuyOwnListing\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EnforcedPause\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ExpectedPause\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"feeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"max\",\"type\":\"uint16\"}],\"name\":\"FeeTooHigh\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"}],\"name\":\"ListingNotActive\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"}],\"name\":\"ListingStale\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"collection\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"MarketplaceNotApproved\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotSeller\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"collection\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotTokenOwner\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"}],\"name\":\"UnknownListing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"collection\",\"type\":\"address\"}],\"name\":\"UnsupportedCollection\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"WithdrawalFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"sent\",\"type\":\"uint256\"}],\"name\":\"WrongPayment\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroPrice\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Deposited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"feeBps\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"feeRecipient\",\"type\":\"address\"}],\"name\":\"FeeSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"collection\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"seller\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"}],\"name\":\"Listed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"}],\"name\":\"ListingCancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"}],\"name\":\"ListingPriceUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Paused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"RoyaltyPaid\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"royalty\",\"type\":\"uint256\"}],\"name\":\"Sold\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Unpaused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"BPS\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_FEE_BPS\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"agents\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"}],\"name\":\"buy\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"}],\"name\":\"cancel\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"collection\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"currentListing\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"feeBps\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"feeRecipient\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"generated\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"}],\"name\":\"isBuyable\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"collection\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"}],\"name\":\"list\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"listingCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"}],\"name\":\"listings\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"collection\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"seller\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"createdAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"transferNonce\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"feeBps\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"}],\"name\":\"pendingWithdrawals\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"collection\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"}],\"name\":\"quote\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"royalty\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"royaltyReceiver\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"feeBps_\",\"type\":\"uint16\"},{\"internalType\":\"address\",\"name\":\"feeRecipient_\",\"type\":\"address\"}],\"name\":\"setFee\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unpause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"listingId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"}],\"name\":\"updatePrice\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "INFTMarketplace",
	Bin: "0x60c06040526004805461ffff191660fa17905534801561001d575f5ffd5b506040516120ad3803806120ad83398101604081905261003c916101fc565b60016002556001600160a01b038416158061005e57506001600160a01b038316155b8061007057506001600160a01b038216155b8061008257506001600160a01b038116155b156100a05760405163d92e233d60e01b815260040160405180910390fd5b6100aa5f85610138565b50600480546001600160a01b0385166a01000000000000000000008102600160501b600160f01b0319831681179093556040805161ffff9485169490931693909317825260208201527fcf4d2d03d4b8ecbbb158b4405a7f342f82c5a11f84050a067767a63744e52209910160405180910390a16001600160a01b039182166080521660a0525061024d9050565b5f828152602081815260408083206001600160a01b038516845290915281205460ff166101d8575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556101903390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016101db565b505f5b92915050565b80516001600160a01b03811681146101f7575f5ffd5b919050565b5f5f5f5f6080858703121561020f575f5ffd5b610218856101e1565b9350610226602086016101e1565b9250610234604086016101e1565b9150610242606086016101e1565b905092959194509250565b60805160a051611e1c6102915f395f81816103a401528181610d260152818161165901526116aa01525f818161035a01528181610ce901526117780152611e1c5ff3fe6080604052600436106101af575f3560e01c806382367b2d116100e7578063d547741f11610087578063dda342bb11610062578063dda342bb14610519578063de74e57b14610538578063e738c7c814610615578063f3f4370314610634575f5ffd5b8063d547741f146104d2578063d55be8c6146104f1578063d96a094a14610506575f5ffd5b80639e8cc04b116100c25780639e8cc04b14610418578063a217fddf1461045b578063a9b07c261461046e578063b4e602c414610491575f5ffd5b806382367b2d146103c65780638456cb59146103e557806391d14854146103f9575f5ffd5b80633ccfd60b11610152578063469048401161012d578063469048401461030b57806358516661146103495780635c975abb1461037c5780635cd8ef6a14610393575f5ffd5b80633ccfd60b146102c45780633f4ba83a146102d857806340e58ee5146102ec575f5ffd5b806324a9d8531161018d57806324a9d8531461024b5780632f2ff15d1461026557806330f738be1461028657806336568abe146102a5575f5ffd5b806301ffc9a7146101b3578063248a9ca3146101e7578063249d39e914610223575b5f5ffd5b3480156101be575f5ffd5b506101d26101cd366004611a8a565b610668565b60405190151581526020015b60405180910390f35b3480156101f2575f5ffd5b50610215610201366004611ab1565b5f9081526020819052604090206001015490565b6040519081526020016101de565b34801561022e575f5ffd5b5061023861271081565b60405161ffff90911681526020016101de565b348015610256575f5ffd5b506004546102389061ffff1681565b348015610270575f5ffd5b5061028461027f366004611adc565b61069e565b005b348015610291575f5ffd5b506102846102a0366004611b0a565b6106c8565b3480156102b0575f5ffd5b506102846102bf366004611adc565b6107ba565b3480156102cf575f5ffd5b506102846107f2565b3480156102e3575f5ffd5b506102846108eb565b3480156102f7575f5ffd5b50610284610306366004611ab1565b610900565b348015610316575f5ffd5b5060045461033190600160501b90046001600160a01b031681565b6040516001600160a01b0390911681526020016101de565b348015610354575f5ffd5b506103317f000000000000000000000000000000000000000000000000000000000000000081565b348015610387575f5ffd5b5060015460ff166101d2565b34801561039e575f5ffd5b506103317f000000000000000000000000000000000000000000000000000000000000000081565b3480156103d1575f5ffd5b506102846103e0366004611b3c565b61098f565b3480156103f0575f5ffd5b50610284610a3b565b348015610404575f5ffd5b506101d2610413366004611adc565b610a4d565b348015610423575f5ffd5b50610437610432366004611b5c565b610a75565b6040805193845260208401929092526001600160a01b0316908201526060016101de565b348015610466575f5ffd5b506102155f81565b348015610479575f5ffd5b506004546201000090046001600160401b0316610215565b34801561049c575f5ffd5b506102156104ab366004611b8e565b6001600160a01b03919091165f908152600660209081526040808320938352929052205490565b3480156104dd575f5ffd5b506102846104ec366004611adc565b610aa2565b3480156104fc575f5ffd5b506102386103e881565b610284610514366004611ab1565b610ac6565b348015610524575f5ffd5b50610215610533366004611b5c565b610cde565b348015610543575f5ffd5b506105b8610552366004611ab1565b60056020525f9081526040902080546001820154600283015460038401546004909401546001600160a01b03938416949293909116919060ff81169061010081046001600160401b0390811691600160481b810490911690600160881b900461ffff1688565b604080516001600160a01b03998a168152602081019890985295909716948601949094526060850192909252151560808401526001600160401b0390811660a08401521660c082015261ffff90911660e0820152610100016101de565b348015610620575f5ffd5b506101d261062f366004611ab1565b611182565b34801561063f575f5ffd5b5061021561064e366004611bb8565b6001600160a01b03165f9081526003602052604090205490565b5f6001600160e01b03198216637965db0b60e01b148061069857506301ffc9a760e01b6001600160e01b03198316145b92915050565b5f828152602081905260409020600101546106b8816111b0565b6106c283836111ba565b50505050565b5f6106d2816111b0565b6103e861ffff8416111561070c57604051633c057d7b60e01b815261ffff841660048201526103e860248201526044015b60405180910390fd5b6001600160a01b0382166107335760405163d92e233d60e01b815260040160405180910390fd5b6004805461ffff85167fffff0000000000000000000000000000000000000000ffffffffffffffff00009091168117600160501b6001600160a01b038616908102919091179092556040805191825260208201929092527fcf4d2d03d4b8ecbbb158b4405a7f342f82c5a11f84050a067767a63744e52209910160405180910390a1505050565b6001600160a01b03811633146107e35760405163334bd91960e11b815260040160405180910390fd5b6107ed8282611249565b505050565b6107fa6112b2565b335f908152600360205260408120549081900361082a57604051630686827b60e51b815260040160405180910390fd5b335f818152600360205260408082208290555190919083908381818185875af1925050503d805f8114610878576040519150601f19603f3d011682016040523d82523d5f602084013e61087d565b606091505b50509050806108a8576040516392873d1360e01b815233600482015260248101839052604401610703565b60405182815233907f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d59060200160405180910390a250506108e96001600255565b565b5f6108f5816111b0565b6108fd6112da565b50565b5f61090a8261132c565b60028101549091506001600160a01b03163314801590610930575061092e81611393565b155b1561095757604051634a1233a960e01b815260048101839052336024820152604401610703565b61096182826113cd565b60405182907f411aee90354c51b1b04cd563fcab2617142a9d50da19232d888547c8a1b7fd8a905f90a25050565b610997611435565b5f6109a18361132c565b60028101549091506001600160a01b031633146109da57604051634a1233a960e01b815260048101849052336024820152604401610703565b815f036109fa57604051634dfba02360e01b815260040160405180910390fd5b6003810182905560405182815283907f522acc74fb3f21f3b09a9a4667b5faba86eb39c7f6b916a64f9114e68765abb49060200160405180910390a2505050565b5f610a45816111b0565b6108fd611459565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b5f5f5f610a9386868660045f9054906101000a900461ffff16611494565b92509250925093509350939050565b5f82815260208190526040902060010154610abc816111b0565b6106c28383611249565b610ace611435565b610ad66112b2565b5f610ae08261132c565b905080600301543414610b15576003810154604051630374cb4760e21b81526004810191909152346024820152604401610703565b610b1e81611393565b15610b3f57604051639753684360e01b815260048101839052602401610703565b6002810154336001600160a01b0390911603610b71576040516333231d7f60e21b815260048101839052602401610703565b610b7b82826113cd565b80546001820154600383015460048401545f9384938493610bb2936001600160a01b0390931692600160881b900461ffff16611494565b925092509250610bd76004600a9054906101000a90046001600160a01b0316846115d2565b610be38585848461164b565b60028401546003850154610c17916001600160a01b0316908490610c08908790611be7565b610c129190611be7565b6115d2565b835460028501546001860154604051632142170760e11b81526001600160a01b03928316600482015233602482015260448101919091529116906342842e0e906064015f604051808303815f87803b158015610c71575f5ffd5b505af1158015610c83573d5f5f3e3d5ffd5b50505060038501546040805191825260208201869052810184905233915086907f47c2f180f415c943169b11c4bd61c71dbd5f15ed83b496b3a65a47a3a21d63b49060600160405180910390a3505050506108fd6001600255565b5f610ce7611435565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316846001600160a01b031614158015610d5b57507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316846001600160a01b031614155b15610d8457604051631182953360e31b81526001600160a01b0385166004820152602401610703565b815f03610da457604051634dfba02360e01b815260040160405180910390fd5b6040516331a9108f60e11b815260048101849052849033906001600160a01b03831690636352211e90602401602060405180830381865afa158015610deb573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610e0f9190611bfa565b6001600160a01b031614610e4e5760405163619b293360e01b81526001600160a01b038616600482015260248101859052336044820152606401610703565b610e598185336118a6565b610e8857604051630310ab7f60e01b81526001600160a01b038616600482015260248101859052604401610703565b6001600160a01b0385165f9081526006602090815260408083208784529091529020548015610f27575f818152600560205260409020610ec790611997565b610ee757604051637fbcdff960e01b815260048101829052602401610703565b5f81815260056020526040808220600401805460ff191690555182917f411aee90354c51b1b04cd563fcab2617142a9d50da19232d888547c8a1b7fd8a91a25b60048054600290610f46906201000090046001600160401b0316611c15565b91906101000a8154816001600160401b0302191690836001600160401b0316021790556001600160401b03169250604051806101000160405280876001600160a01b03168152602001868152602001336001600160a01b03168152602001858152602001600115158152602001426001600160401b03168152602001876001600160a01b0316636e303cad886040518263ffffffff1660e01b8152600401610ff091815260200190565b602060405180830381865afa15801561100b573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061102f9190611c3f565b6001600160401b0390811682526004805461ffff9081166020948501525f888152600585526040808220875181546001600160a01b039182166001600160a01b0319918216178355898901516001840155898401516002840180549184169190921617905560608901516003830155608089015191909501805460a08a015160c08b015160e0909b0151909616600160881b0261ffff60881b199a8916600160481b029a909a1672ffffffffffffffffffff00000000000000000019969098166101000268ffffffffffffffff00199315159390931668ffffffffffffffffff1990911617919091179390931694909417959095179055891680845260068352818420898552835292819020869055805133815291820187905287929186917f9791797c382de5e73cc7c32c32ffd8304e9b9cc1f6afd967990c1edd0729dba9910160405180910390a450509392505050565b5f818152600560205260408120600481015460ff1680156111a957506111a781611393565b155b9392505050565b6108fd8133611a2e565b5f6111c58383610a4d565b611242575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556111fa3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610698565b505f610698565b5f6112548383610a4d565b15611242575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4506001610698565b60028054036112d457604051633ee5aeb560e01b815260040160405180910390fd5b60028055565b6112e2611a67565b6001805460ff191690557f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa335b6040516001600160a01b03909116815260200160405180910390a1565b5f81815260056020526040902060028101546001600160a01b0316611367576040516358a30b2d60e11b815260048101839052602401610703565b600481015460ff1661138e5760405162de2a4f60e61b815260048101839052602401610703565b919050565b5f61139d82611997565b8061069857508154600183015460028401546113c6926001600160a01b039081169291166118a6565b1592915050565b60048101805460ff1916905580546001600160a01b03165f908152600660209081526040808320600185015484529091529020548290036114315780546001600160a01b03165f908152600660209081526040808320600185015484529091528120555b5050565b60015460ff16156108e95760405163d93c066560e01b815260040160405180910390fd5b611461611435565b6001805460ff1916811790557f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a2583361130f565b5f80806127106114a861ffff861687611c65565b6114b29190611c7c565b6040516301ffc9a760e01b815263152a902d60e11b60048201529093506001600160a01b038816906301ffc9a790602401602060405180830381865afa1580156114fe573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906115229190611c9b565b156115c85760405163152a902d60e11b815260048101879052602481018690526001600160a01b03881690632a55205a906044016040805180830381865afa158015611570573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906115949190611cba565b925090506001600160a01b0381166115aa575f91505b6115b48386611be7565b8211156115c8576115c58386611be7565b91505b9450945094915050565b805f036115dd575050565b6001600160a01b0382165f9081526003602052604081208054839290611604908490611ce6565b90915550506040518181526001600160a01b038316907f2da466a7b24304f47e87fa2e1e5a81b9831ce54fec19055ce277ca2f39ba42c49060200160405180910390a25050565b8115801590611687575082547f00000000000000000000000000000000000000000000000000000000000000006001600160a01b039081169116145b1561189c576001830154604051631d43902d60e11b81525f916001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001691633a87205a916116e19160040190815260200190565b5f60405180830381865afa1580156116fb573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f191682016040526117229190810190611d0d565b80519091506001811115611899575f61173b8286611c7c565b90505f5b82811015611890575f81156117545782611773565b61175f600185611be7565b6117699084611c65565b6117739088611be7565b90505f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316636352211e8785815181106117b7576117b7611dd2565b60200260200101516040518263ffffffff1660e01b81526004016117dd91815260200190565b602060405180830381865afa1580156117f8573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061181c9190611bfa565b905061182881836115d2565b806001600160a01b031686848151811061184457611844611dd2565b60200260200101518b7f1eb6732b06e73594c8647d336861bf127ac8e9fd2ec4a9f0c74fecba6e46af628560405161187e91815260200190565b60405180910390a4505060010161173f565b505050506106c2565b50505b6106c281836115d2565b60405163020604bf60e21b8152600481018390525f9030906001600160a01b0386169063081812fc90602401602060405180830381865afa1580156118ed573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906119119190611bfa565b6001600160a01b0316148061198f575060405163e985e9c560e01b81526001600160a01b03838116600483015230602483015285169063e985e9c590604401602060405180830381865afa15801561196b573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061198f9190611c9b565b949350505050565b60048181015482546001840154604051636e303cad60e01b8152938401525f92600160481b9092046001600160401b0316916001600160a01b0390911690636e303cad90602401602060405180830381865afa1580156119f9573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611a1d9190611c3f565b6001600160401b0316141592915050565b611a388282610a4d565b6114315760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610703565b60015460ff166108e957604051638dfc202b60e01b815260040160405180910390fd5b5f60208284031215611a9a575f5ffd5b81356001600160e01b0319811681146111a9575f5ffd5b5f60208284031215611ac1575f5ffd5b5035919050565b6001600160a01b03811681146108fd575f5ffd5b5f5f60408385031215611aed575f5ffd5b823591506020830135611aff81611ac8565b809150509250929050565b5f5f60408385031215611b1b575f5ffd5b823561ffff81168114611b2c575f5ffd5b91506020830135611aff81611ac8565b5f5f60408385031215611b4d575f5ffd5b50508035926020909101359150565b5f5f5f60608486031215611b6e575f5ffd5b8335611b7981611ac8565b95602085013595506040909401359392505050565b5f5f60408385031215611b9f575f5ffd5b8235611baa81611ac8565b946020939093013593505050565b5f60208284031215611bc8575f5ffd5b81356111a981611ac8565b634e487b7160e01b5f52601160045260245ffd5b8181038181111561069857610698611bd3565b5f60208284031215611c0a575f5ffd5b81516111a981611ac8565b5f6001600160401b0382166001600160401b038103611c3657611c36611bd3565b60010192915050565b5f60208284031215611c4f575f5ffd5b81516001600160401b03811681146111a9575f5ffd5b808202811582820484141761069857610698611bd3565b5f82611c9657634e487b7160e01b5f52601260045260245ffd5b500490565b5f60208284031215611cab575f5ffd5b815180151581146111a9575f5ffd5b5f5f60408385031215611ccb575f5ffd5b8251611cd681611ac8565b6020939093015192949293505050565b8082018082111561069857610698611bd3565b634e487b7160e01b5f52604160045260245ffd5b5f60208284031215611d1d575f5ffd5b81516001600160401b03811115611d32575f5ffd5b8201601f81018413611d42575f5ffd5b80516001600160401b03811115611d5b57611d5b611cf9565b8060051b604051601f19603f83011681018181106001600160401b0382111715611d8757611d87611cf9565b604052918252602081840181019290810187841115611da4575f5ffd5b6020850194505b83851015611dc757845180825260209586019590935001611dab565b509695505050505050565b634e487b7160e01b5f52603260045260245ffdfea26469706673582212208a7e9fdee1ad0810ae015fe3a27e991f50a29650a1ecf0ff95e2a9d22ed3df4c64736f6c63430008250033",
}

// INFTMarketplace is an auto generated Go binding around an Ethereum contract.
type INFTMarketplace struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *INFTMarketplace) GetABI() abi.ABI {
	return c.abi
}

// NewINFTMarketplace creates a new instance of INFTMarketplace.
func NewINFTMarketplace() *INFTMarketplace {
	parsed, err := INFTMarketplaceMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &INFTMarketplace{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *INFTMarketplace) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address admin, address feeRecipient_, address agents_, address generated_) returns()
func (iNFTMarketplace *INFTMarketplace) PackConstructor(admin common.Address, feeRecipient_ common.Address, agents_ common.Address, generated_ common.Address) []byte {
	enc, err := iNFTMarketplace.abi.Pack("", admin, feeRecipient_, agents_, generated_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x249d39e9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function BPS() view returns(uint16)
func (iNFTMarketplace *INFTMarketplace) PackBPS() []byte {
	enc, err := iNFTMarketplace.abi.Pack("BPS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x249d39e9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function BPS() view returns(uint16)
func (iNFTMarketplace *INFTMarketplace) TryPackBPS() ([]byte, error) {
	return iNFTMarketplace.abi.Pack("BPS")
}

// UnpackBPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x249d39e9.
//
// Solidity: function BPS() view returns(uint16)
func (iNFTMarketplace *INFTMarketplace) UnpackBPS(data []byte) (uint16, error) {
	out, err := iNFTMarketplace.abi.Unpack("BPS", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (iNFTMarketplace *INFTMarketplace) PackDEFAULTADMINROLE() []byte {
	enc, err := iNFTMarketplace.abi.Pack("DEFAULT_ADMIN_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (iNFTMarketplace *INFTMarketplace) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return iNFTMarketplace.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (iNFTMarketplace *INFTMarketplace) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := iNFTMarketplace.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMAXFEEBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd55be8c6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_FEE_BPS() view returns(uint16)
func (iNFTMarketplace *INFTMarketplace) PackMAXFEEBPS() []byte {
	enc, err := iNFTMarketplace.abi.Pack("MAX_FEE_BPS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXFEEBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd55be8c6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_FEE_BPS() view returns(uint16)
func (iNFTMarketplace *INFTMarketplace) TryPackMAXFEEBPS() ([]byte, error) {
	return iNFTMarketplace.abi.Pack("MAX_FEE_BPS")
}

// UnpackMAXFEEBPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd55be8c6.
//
// Solidity: function MAX_FEE_BPS() view returns(uint16)
func (iNFTMarketplace *INFTMarketplace) UnpackMAXFEEBPS(data []byte) (uint16, error) {
	out, err := iNFTMarketplace.abi.Unpack("MAX_FEE_BPS", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackAgents is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x58516661.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function agents() view returns(address)
func (iNFTMarketplace *INFTMarketplace) PackAgents() []byte {
	enc, err := iNFTMarketplace.abi.Pack("agents")
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
func (iNFTMarketplace *INFTMarketplace) TryPackAgents() ([]byte, error) {
	return iNFTMarketplace.abi.Pack("agents")
}

// UnpackAgents is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x58516661.
//
// Solidity: function agents() view returns(address)
func (iNFTMarketplace *INFTMarketplace) UnpackAgents(data []byte) (common.Address, error) {
	out, err := iNFTMarketplace.abi.Unpack("agents", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackBuy is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd96a094a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function buy(uint256 listingId) payable returns()
func (iNFTMarketplace *INFTMarketplace) PackBuy(listingId *big.Int) []byte {
	enc, err := iNFTMarketplace.abi.Pack("buy", listingId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBuy is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd96a094a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function buy(uint256 listingId) payable returns()
func (iNFTMarketplace *INFTMarketplace) TryPackBuy(listingId *big.Int) ([]byte, error) {
	return iNFTMarketplace.abi.Pack("buy", listingId)
}

// PackCancel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40e58ee5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancel(uint256 listingId) returns()
func (iNFTMarketplace *INFTMarketplace) PackCancel(listingId *big.Int) []byte {
	enc, err := iNFTMarketplace.abi.Pack("cancel", listingId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40e58ee5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancel(uint256 listingId) returns()
func (iNFTMarketplace *INFTMarketplace) TryPackCancel(listingId *big.Int) ([]byte, error) {
	return iNFTMarketplace.abi.Pack("cancel", listingId)
}

// PackCurrentListing is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb4e602c4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function currentListing(address collection, uint256 tokenId) view returns(uint256)
func (iNFTMarketplace *INFTMarketplace) PackCurrentListing(collection common.Address, tokenId *big.Int) []byte {
	enc, err := iNFTMarketplace.abi.Pack("currentListing", collection, tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCurrentListing is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb4e602c4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function currentListing(address collection, uint256 tokenId) view returns(uint256)
func (iNFTMarketplace *INFTMarketplace) TryPackCurrentListing(collection common.Address, tokenId *big.Int) ([]byte, error) {
	return iNFTMarketplace.abi.Pack("currentListing", collection, tokenId)
}

// UnpackCurrentListing is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb4e602c4.
//
// Solidity: function currentListing(address collection, uint256 tokenId) view returns(uint256)
func (iNFTMarketplace *INFTMarketplace) UnpackCurrentListing(data []byte) (*big.Int, error) {
	out, err := iNFTMarketplace.abi.Unpack("currentListing", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackFeeBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x24a9d853.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function feeBps() view returns(uint16)
func (iNFTMarketplace *INFTMarketplace) PackFeeBps() []byte {
	enc, err := iNFTMarketplace.abi.Pack("feeBps")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFeeBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x24a9d853.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function feeBps() view returns(uint16)
func (iNFTMarketplace *INFTMarketplace) TryPackFeeBps() ([]byte, error) {
	return iNFTMarketplace.abi.Pack("feeBps")
}

// UnpackFeeBps is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x24a9d853.
//
// Solidity: function feeBps() view returns(uint16)
func (iNFTMarketplace *INFTMarketplace) UnpackFeeBps(data []byte) (uint16, error) {
	out, err := iNFTMarketplace.abi.Unpack("feeBps", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackFeeRecipient is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x46904840.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function feeRecipient() view returns(address)
func (iNFTMarketplace *INFTMarketplace) PackFeeRecipient() []byte {
	enc, err := iNFTMarketplace.abi.Pack("feeRecipient")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFeeRecipient is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x46904840.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function feeRecipient() view returns(address)
func (iNFTMarketplace *INFTMarketplace) TryPackFeeRecipient() ([]byte, error) {
	return iNFTMarketplace.abi.Pack("feeRecipient")
}

// UnpackFeeRecipient is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x46904840.
//
// Solidity: function feeRecipient() view returns(address)
func (iNFTMarketplace *INFTMarketplace) UnpackFeeRecipient(data []byte) (common.Address, error) {
	out, err := iNFTMarketplace.abi.Unpack("feeRecipient", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackGenerated is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5cd8ef6a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function generated() view returns(address)
func (iNFTMarketplace *INFTMarketplace) PackGenerated() []byte {
	enc, err := iNFTMarketplace.abi.Pack("generated")
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
func (iNFTMarketplace *INFTMarketplace) TryPackGenerated() ([]byte, error) {
	return iNFTMarketplace.abi.Pack("generated")
}

// UnpackGenerated is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5cd8ef6a.
//
// Solidity: function generated() view returns(address)
func (iNFTMarketplace *INFTMarketplace) UnpackGenerated(data []byte) (common.Address, error) {
	out, err := iNFTMarketplace.abi.Unpack("generated", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (iNFTMarketplace *INFTMarketplace) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := iNFTMarketplace.abi.Pack("getRoleAdmin", role)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (iNFTMarketplace *INFTMarketplace) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return iNFTMarketplace.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (iNFTMarketplace *INFTMarketplace) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := iNFTMarketplace.abi.Unpack("getRoleAdmin", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (iNFTMarketplace *INFTMarketplace) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := iNFTMarketplace.abi.Pack("grantRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (iNFTMarketplace *INFTMarketplace) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return iNFTMarketplace.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (iNFTMarketplace *INFTMarketplace) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := iNFTMarketplace.abi.Pack("hasRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (iNFTMarketplace *INFTMarketplace) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return iNFTMarketplace.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (iNFTMarketplace *INFTMarketplace) UnpackHasRole(data []byte) (bool, error) {
	out, err := iNFTMarketplace.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsBuyable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe738c7c8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isBuyable(uint256 listingId) view returns(bool)
func (iNFTMarketplace *INFTMarketplace) PackIsBuyable(listingId *big.Int) []byte {
	enc, err := iNFTMarketplace.abi.Pack("isBuyable", listingId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsBuyable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe738c7c8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isBuyable(uint256 listingId) view returns(bool)
func (iNFTMarketplace *INFTMarketplace) TryPackIsBuyable(listingId *big.Int) ([]byte, error) {
	return iNFTMarketplace.abi.Pack("isBuyable", listingId)
}

// UnpackIsBuyable is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe738c7c8.
//
// Solidity: function isBuyable(uint256 listingId) view returns(bool)
func (iNFTMarketplace *INFTMarketplace) UnpackIsBuyable(data []byte) (bool, error) {
	out, err := iNFTMarketplace.abi.Unpack("isBuyable", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackList is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdda342bb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function list(address collection, uint256 tokenId, uint256 price) returns(uint256 listingId)
func (iNFTMarketplace *INFTMarketplace) PackList(collection common.Address, tokenId *big.Int, price *big.Int) []byte {
	enc, err := iNFTMarketplace.abi.Pack("list", collection, tokenId, price)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackList is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdda342bb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function list(address collection, uint256 tokenId, uint256 price) returns(uint256 listingId)
func (iNFTMarketplace *INFTMarketplace) TryPackList(collection common.Address, tokenId *big.Int, price *big.Int) ([]byte, error) {
	return iNFTMarketplace.abi.Pack("list", collection, tokenId, price)
}

// UnpackList is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdda342bb.
//
// Solidity: function list(address collection, uint256 tokenId, uint256 price) returns(uint256 listingId)
func (iNFTMarketplace *INFTMarketplace) UnpackList(data []byte) (*big.Int, error) {
	out, err := iNFTMarketplace.abi.Unpack("list", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackListingCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9b07c26.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function listingCount() view returns(uint256)
func (iNFTMarketplace *INFTMarketplace) PackListingCount() []byte {
	enc, err := iNFTMarketplace.abi.Pack("listingCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackListingCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9b07c26.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function listingCount() view returns(uint256)
func (iNFTMarketplace *INFTMarketplace) TryPackListingCount() ([]byte, error) {
	return iNFTMarketplace.abi.Pack("listingCount")
}

// UnpackListingCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9b07c26.
//
// Solidity: function listingCount() view returns(uint256)
func (iNFTMarketplace *INFTMarketplace) UnpackListingCount(data []byte) (*big.Int, error) {
	out, err := iNFTMarketplace.abi.Unpack("listingCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackListings is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xde74e57b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function listings(uint256 listingId) view returns(address collection, uint256 tokenId, address seller, uint256 price, bool active, uint64 createdAt, uint64 transferNonce, uint16 feeBps)
func (iNFTMarketplace *INFTMarketplace) PackListings(listingId *big.Int) []byte {
	enc, err := iNFTMarketplace.abi.Pack("listings", listingId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackListings is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xde74e57b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function listings(uint256 listingId) view returns(address collection, uint256 tokenId, address seller, uint256 price, bool active, uint64 createdAt, uint64 transferNonce, uint16 feeBps)
func (iNFTMarketplace *INFTMarketplace) TryPackListings(listingId *big.Int) ([]byte, error) {
	return iNFTMarketplace.abi.Pack("listings", listingId)
}

// ListingsOutput serves as a container for the return parameters of contract
// method Listings.
type ListingsOutput struct {
	Collection    common.Address
	TokenId       *big.Int
	Seller        common.Address
	Price         *big.Int
	Active        bool
	CreatedAt     uint64
	TransferNonce uint64
	FeeBps        uint16
}

// UnpackListings is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xde74e57b.
//
// Solidity: function listings(uint256 listingId) view returns(address collection, uint256 tokenId, address seller, uint256 price, bool active, uint64 createdAt, uint64 transferNonce, uint16 feeBps)
func (iNFTMarketplace *INFTMarketplace) UnpackListings(data []byte) (ListingsOutput, error) {
	out, err := iNFTMarketplace.abi.Unpack("listings", data)
	outstruct := new(ListingsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Collection = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.TokenId = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.Seller = *abi.ConvertType(out[2], new(common.Address)).(*common.Address)
	outstruct.Price = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	outstruct.Active = *abi.ConvertType(out[4], new(bool)).(*bool)
	outstruct.CreatedAt = *abi.ConvertType(out[5], new(uint64)).(*uint64)
	outstruct.TransferNonce = *abi.ConvertType(out[6], new(uint64)).(*uint64)
	outstruct.FeeBps = *abi.ConvertType(out[7], new(uint16)).(*uint16)
	return *outstruct, nil
}

// PackPause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8456cb59.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pause() returns()
func (iNFTMarketplace *INFTMarketplace) PackPause() []byte {
	enc, err := iNFTMarketplace.abi.Pack("pause")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8456cb59.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pause() returns()
func (iNFTMarketplace *INFTMarketplace) TryPackPause() ([]byte, error) {
	return iNFTMarketplace.abi.Pack("pause")
}

// PackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function paused() view returns(bool)
func (iNFTMarketplace *INFTMarketplace) PackPaused() []byte {
	enc, err := iNFTMarketplace.abi.Pack("paused")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function paused() view returns(bool)
func (iNFTMarketplace *INFTMarketplace) TryPackPaused() ([]byte, error) {
	return iNFTMarketplace.abi.Pack("paused")
}

// UnpackPaused is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (iNFTMarketplace *INFTMarketplace) UnpackPaused(data []byte) (bool, error) {
	out, err := iNFTMarketplace.abi.Unpack("paused", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackPendingWithdrawals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf3f43703.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingWithdrawals(address payee) view returns(uint256)
func (iNFTMarketplace *INFTMarketplace) PackPendingWithdrawals(payee common.Address) []byte {
	enc, err := iNFTMarketplace.abi.Pack("pendingWithdrawals", payee)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPendingWithdrawals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf3f43703.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pendingWithdrawals(address payee) view returns(uint256)
func (iNFTMarketplace *INFTMarketplace) TryPackPendingWithdrawals(payee common.Address) ([]byte, error) {
	return iNFTMarketplace.abi.Pack("pendingWithdrawals", payee)
}

// UnpackPendingWithdrawals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf3f43703.
//
// Solidity: function pendingWithdrawals(address payee) view returns(uint256)
func (iNFTMarketplace *INFTMarketplace) UnpackPendingWithdrawals(data []byte) (*big.Int, error) {
	out, err := iNFTMarketplace.abi.Unpack("pendingWithdrawals", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackQuote is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9e8cc04b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function quote(address collection, uint256 tokenId, uint256 price) view returns(uint256 fee, uint256 royalty, address royaltyReceiver)
func (iNFTMarketplace *INFTMarketplace) PackQuote(collection common.Address, tokenId *big.Int, price *big.Int) []byte {
	enc, err := iNFTMarketplace.abi.Pack("quote", collection, tokenId, price)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQuote is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9e8cc04b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function quote(address collection, uint256 tokenId, uint256 price) view returns(uint256 fee, uint256 royalty, address royaltyReceiver)
func (iNFTMarketplace *INFTMarketplace) TryPackQuote(collection common.Address, tokenId *big.Int, price *big.Int) ([]byte, error) {
	return iNFTMarketplace.abi.Pack("quote", collection, tokenId, price)
}

// QuoteOutput serves as a container for the return parameters of contract
// method Quote.
type QuoteOutput struct {
	Fee             *big.Int
	Royalty         *big.Int
	RoyaltyReceiver common.Address
}

// UnpackQuote is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9e8cc04b.
//
// Solidity: function quote(address collection, uint256 tokenId, uint256 price) view returns(uint256 fee, uint256 royalty, address royaltyReceiver)
func (iNFTMarketplace *INFTMarketplace) UnpackQuote(data []byte) (QuoteOutput, error) {
	out, err := iNFTMarketplace.abi.Unpack("quote", data)
	outstruct := new(QuoteOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Fee = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Royalty = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.RoyaltyReceiver = *abi.ConvertType(out[2], new(common.Address)).(*common.Address)
	return *outstruct, nil
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (iNFTMarketplace *INFTMarketplace) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := iNFTMarketplace.abi.Pack("renounceRole", role, callerConfirmation)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (iNFTMarketplace *INFTMarketplace) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return iNFTMarketplace.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (iNFTMarketplace *INFTMarketplace) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := iNFTMarketplace.abi.Pack("revokeRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (iNFTMarketplace *INFTMarketplace) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return iNFTMarketplace.abi.Pack("revokeRole", role, account)
}

// PackSetFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x30f738be.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setFee(uint16 feeBps_, address feeRecipient_) returns()
func (iNFTMarketplace *INFTMarketplace) PackSetFee(feeBps uint16, feeRecipient common.Address) []byte {
	enc, err := iNFTMarketplace.abi.Pack("setFee", feeBps, feeRecipient)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x30f738be.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setFee(uint16 feeBps_, address feeRecipient_) returns()
func (iNFTMarketplace *INFTMarketplace) TryPackSetFee(feeBps uint16, feeRecipient common.Address) ([]byte, error) {
	return iNFTMarketplace.abi.Pack("setFee", feeBps, feeRecipient)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (iNFTMarketplace *INFTMarketplace) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := iNFTMarketplace.abi.Pack("supportsInterface", interfaceId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (iNFTMarketplace *INFTMarketplace) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return iNFTMarketplace.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (iNFTMarketplace *INFTMarketplace) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := iNFTMarketplace.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackUnpause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f4ba83a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unpause() returns()
func (iNFTMarketplace *INFTMarketplace) PackUnpause() []byte {
	enc, err := iNFTMarketplace.abi.Pack("unpause")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnpause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f4ba83a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unpause() returns()
func (iNFTMarketplace *INFTMarketplace) TryPackUnpause() ([]byte, error) {
	return iNFTMarketplace.abi.Pack("unpause")
}

// PackUpdatePrice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x82367b2d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updatePrice(uint256 listingId, uint256 price) returns()
func (iNFTMarketplace *INFTMarketplace) PackUpdatePrice(listingId *big.Int, price *big.Int) []byte {
	enc, err := iNFTMarketplace.abi.Pack("updatePrice", listingId, price)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdatePrice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x82367b2d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updatePrice(uint256 listingId, uint256 price) returns()
func (iNFTMarketplace *INFTMarketplace) TryPackUpdatePrice(listingId *big.Int, price *big.Int) ([]byte, error) {
	return iNFTMarketplace.abi.Pack("updatePrice", listingId, price)
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw() returns()
func (iNFTMarketplace *INFTMarketplace) PackWithdraw() []byte {
	enc, err := iNFTMarketplace.abi.Pack("withdraw")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw() returns()
func (iNFTMarketplace *INFTMarketplace) TryPackWithdraw() ([]byte, error) {
	return iNFTMarketplace.abi.Pack("withdraw")
}

// INFTMarketplaceDeposited represents a Deposited event raised by the INFTMarketplace contract.
type INFTMarketplaceDeposited struct {
	Payee  common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const INFTMarketplaceDepositedEventName = "Deposited"

// ContractEventName returns the user-defined event name.
func (INFTMarketplaceDeposited) ContractEventName() string {
	return INFTMarketplaceDepositedEventName
}

// UnpackDepositedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Deposited(address indexed payee, uint256 amount)
func (iNFTMarketplace *INFTMarketplace) UnpackDepositedEvent(log *types.Log) (*INFTMarketplaceDeposited, error) {
	event := "Deposited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iNFTMarketplace.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(INFTMarketplaceDeposited)
	if len(log.Data) > 0 {
		if err := iNFTMarketplace.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iNFTMarketplace.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// INFTMarketplaceFeeSet represents a FeeSet event raised by the INFTMarketplace contract.
type INFTMarketplaceFeeSet struct {
	FeeBps       uint16
	FeeRecipient common.Address
	Raw          *types.Log // Blockchain specific contextual infos
}

const INFTMarketplaceFeeSetEventName = "FeeSet"

// ContractEventName returns the user-defined event name.
func (INFTMarketplaceFeeSet) ContractEventName() string {
	return INFTMarketplaceFeeSetEventName
}

// UnpackFeeSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FeeSet(uint16 feeBps, address feeRecipient)
func (iNFTMarketplace *INFTMarketplace) UnpackFeeSetEvent(log *types.Log) (*INFTMarketplaceFeeSet, error) {
	event := "FeeSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iNFTMarketplace.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(INFTMarketplaceFeeSet)
	if len(log.Data) > 0 {
		if err := iNFTMarketplace.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iNFTMarketplace.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// INFTMarketplaceListed represents a Listed event raised by the INFTMarketplace contract.
type INFTMarketplaceListed struct {
	ListingId  *big.Int
	Collection common.Address
	TokenId    *big.Int
	Seller     common.Address
	Price      *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const INFTMarketplaceListedEventName = "Listed"

// ContractEventName returns the user-defined event name.
func (INFTMarketplaceListed) ContractEventName() string {
	return INFTMarketplaceListedEventName
}

// UnpackListedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Listed(uint256 indexed listingId, address indexed collection, uint256 indexed tokenId, address seller, uint256 price)
func (iNFTMarketplace *INFTMarketplace) UnpackListedEvent(log *types.Log) (*INFTMarketplaceListed, error) {
	event := "Listed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iNFTMarketplace.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(INFTMarketplaceListed)
	if len(log.Data) > 0 {
		if err := iNFTMarketplace.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iNFTMarketplace.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// INFTMarketplaceListingCancelled represents a ListingCancelled event raised by the INFTMarketplace contract.
type INFTMarketplaceListingCancelled struct {
	ListingId *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const INFTMarketplaceListingCancelledEventName = "ListingCancelled"

// ContractEventName returns the user-defined event name.
func (INFTMarketplaceListingCancelled) ContractEventName() string {
	return INFTMarketplaceListingCancelledEventName
}

// UnpackListingCancelledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ListingCancelled(uint256 indexed listingId)
func (iNFTMarketplace *INFTMarketplace) UnpackListingCancelledEvent(log *types.Log) (*INFTMarketplaceListingCancelled, error) {
	event := "ListingCancelled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iNFTMarketplace.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(INFTMarketplaceListingCancelled)
	if len(log.Data) > 0 {
		if err := iNFTMarketplace.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iNFTMarketplace.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// INFTMarketplaceListingPriceUpdated represents a ListingPriceUpdated event raised by the INFTMarketplace contract.
type INFTMarketplaceListingPriceUpdated struct {
	ListingId *big.Int
	Price     *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const INFTMarketplaceListingPriceUpdatedEventName = "ListingPriceUpdated"

// ContractEventName returns the user-defined event name.
func (INFTMarketplaceListingPriceUpdated) ContractEventName() string {
	return INFTMarketplaceListingPriceUpdatedEventName
}

// UnpackListingPriceUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ListingPriceUpdated(uint256 indexed listingId, uint256 price)
func (iNFTMarketplace *INFTMarketplace) UnpackListingPriceUpdatedEvent(log *types.Log) (*INFTMarketplaceListingPriceUpdated, error) {
	event := "ListingPriceUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iNFTMarketplace.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(INFTMarketplaceListingPriceUpdated)
	if len(log.Data) > 0 {
		if err := iNFTMarketplace.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iNFTMarketplace.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// INFTMarketplacePaused represents a Paused event raised by the INFTMarketplace contract.
type INFTMarketplacePaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const INFTMarketplacePausedEventName = "Paused"

// ContractEventName returns the user-defined event name.
func (INFTMarketplacePaused) ContractEventName() string {
	return INFTMarketplacePausedEventName
}

// UnpackPausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Paused(address account)
func (iNFTMarketplace *INFTMarketplace) UnpackPausedEvent(log *types.Log) (*INFTMarketplacePaused, error) {
	event := "Paused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iNFTMarketplace.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(INFTMarketplacePaused)
	if len(log.Data) > 0 {
		if err := iNFTMarketplace.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iNFTMarketplace.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// INFTMarketplaceRoleAdminChanged represents a RoleAdminChanged event raised by the INFTMarketplace contract.
type INFTMarketplaceRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const INFTMarketplaceRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (INFTMarketplaceRoleAdminChanged) ContractEventName() string {
	return INFTMarketplaceRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (iNFTMarketplace *INFTMarketplace) UnpackRoleAdminChangedEvent(log *types.Log) (*INFTMarketplaceRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iNFTMarketplace.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(INFTMarketplaceRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := iNFTMarketplace.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iNFTMarketplace.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// INFTMarketplaceRoleGranted represents a RoleGranted event raised by the INFTMarketplace contract.
type INFTMarketplaceRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const INFTMarketplaceRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (INFTMarketplaceRoleGranted) ContractEventName() string {
	return INFTMarketplaceRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (iNFTMarketplace *INFTMarketplace) UnpackRoleGrantedEvent(log *types.Log) (*INFTMarketplaceRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iNFTMarketplace.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(INFTMarketplaceRoleGranted)
	if len(log.Data) > 0 {
		if err := iNFTMarketplace.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iNFTMarketplace.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// INFTMarketplaceRoleRevoked represents a RoleRevoked event raised by the INFTMarketplace contract.
type INFTMarketplaceRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const INFTMarketplaceRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (INFTMarketplaceRoleRevoked) ContractEventName() string {
	return INFTMarketplaceRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (iNFTMarketplace *INFTMarketplace) UnpackRoleRevokedEvent(log *types.Log) (*INFTMarketplaceRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iNFTMarketplace.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(INFTMarketplaceRoleRevoked)
	if len(log.Data) > 0 {
		if err := iNFTMarketplace.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iNFTMarketplace.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// INFTMarketplaceRoyaltyPaid represents a RoyaltyPaid event raised by the INFTMarketplace contract.
type INFTMarketplaceRoyaltyPaid struct {
	ListingId *big.Int
	AgentId   *big.Int
	Receiver  common.Address
	Amount    *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const INFTMarketplaceRoyaltyPaidEventName = "RoyaltyPaid"

// ContractEventName returns the user-defined event name.
func (INFTMarketplaceRoyaltyPaid) ContractEventName() string {
	return INFTMarketplaceRoyaltyPaidEventName
}

// UnpackRoyaltyPaidEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoyaltyPaid(uint256 indexed listingId, uint256 indexed agentId, address indexed receiver, uint256 amount)
func (iNFTMarketplace *INFTMarketplace) UnpackRoyaltyPaidEvent(log *types.Log) (*INFTMarketplaceRoyaltyPaid, error) {
	event := "RoyaltyPaid"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iNFTMarketplace.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(INFTMarketplaceRoyaltyPaid)
	if len(log.Data) > 0 {
		if err := iNFTMarketplace.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iNFTMarketplace.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// INFTMarketplaceSold represents a Sold event raised by the INFTMarketplace contract.
type INFTMarketplaceSold struct {
	ListingId *big.Int
	Buyer     common.Address
	Price     *big.Int
	Fee       *big.Int
	Royalty   *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const INFTMarketplaceSoldEventName = "Sold"

// ContractEventName returns the user-defined event name.
func (INFTMarketplaceSold) ContractEventName() string {
	return INFTMarketplaceSoldEventName
}

// UnpackSoldEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Sold(uint256 indexed listingId, address indexed buyer, uint256 price, uint256 fee, uint256 royalty)
func (iNFTMarketplace *INFTMarketplace) UnpackSoldEvent(log *types.Log) (*INFTMarketplaceSold, error) {
	event := "Sold"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iNFTMarketplace.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(INFTMarketplaceSold)
	if len(log.Data) > 0 {
		if err := iNFTMarketplace.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iNFTMarketplace.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// INFTMarketplaceUnpaused represents a Unpaused event raised by the INFTMarketplace contract.
type INFTMarketplaceUnpaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const INFTMarketplaceUnpausedEventName = "Unpaused"

// ContractEventName returns the user-defined event name.
func (INFTMarketplaceUnpaused) ContractEventName() string {
	return INFTMarketplaceUnpausedEventName
}

// UnpackUnpausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Unpaused(address account)
func (iNFTMarketplace *INFTMarketplace) UnpackUnpausedEvent(log *types.Log) (*INFTMarketplaceUnpaused, error) {
	event := "Unpaused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iNFTMarketplace.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(INFTMarketplaceUnpaused)
	if len(log.Data) > 0 {
		if err := iNFTMarketplace.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iNFTMarketplace.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// INFTMarketplaceWithdrawn represents a Withdrawn event raised by the INFTMarketplace contract.
type INFTMarketplaceWithdrawn struct {
	Payee  common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const INFTMarketplaceWithdrawnEventName = "Withdrawn"

// ContractEventName returns the user-defined event name.
func (INFTMarketplaceWithdrawn) ContractEventName() string {
	return INFTMarketplaceWithdrawnEventName
}

// UnpackWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawn(address indexed payee, uint256 amount)
func (iNFTMarketplace *INFTMarketplace) UnpackWithdrawnEvent(log *types.Log) (*INFTMarketplaceWithdrawn, error) {
	event := "Withdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iNFTMarketplace.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(INFTMarketplaceWithdrawn)
	if len(log.Data) > 0 {
		if err := iNFTMarketplace.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iNFTMarketplace.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (iNFTMarketplace *INFTMarketplace) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], iNFTMarketplace.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return iNFTMarketplace.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], iNFTMarketplace.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return iNFTMarketplace.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], iNFTMarketplace.abi.Errors["AlreadyListed"].ID.Bytes()[:4]) {
		return iNFTMarketplace.UnpackAlreadyListedError(raw[4:])
	}
	if bytes.Equal(raw[:4], iNFTMarketplace.abi.Errors["CannotBuyOwnListing"].ID.Bytes()[:4]) {
		return iNFTMarketplace.UnpackCannotBuyOwnListingError(raw[4:])
	}
	if bytes.Equal(raw[:4], iNFTMarketplace.abi.Errors["EnforcedPause"].ID.Bytes()[:4]) {
		return iNFTMarketplace.UnpackEnforcedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], iNFTMarketplace.abi.Errors["ExpectedPause"].ID.Bytes()[:4]) {
		return iNFTMarketplace.UnpackExpectedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], iNFTMarketplace.abi.Errors["FeeTooHigh"].ID.Bytes()[:4]) {
		return iNFTMarketplace.UnpackFeeTooHighError(raw[4:])
	}
	if bytes.Equal(raw[:4], iNFTMarketplace.abi.Errors["ListingNotActive"].ID.Bytes()[:4]) {
		return iNFTMarketplace.UnpackListingNotActiveError(raw[4:])
	}
	if bytes.Equal(raw[:4], iNFTMarketplace.abi.Errors["ListingStale"].ID.Bytes()[:4]) {
		return iNFTMarketplace.UnpackListingStaleError(raw[4:])
	}
	if bytes.Equal(raw[:4], iNFTMarketplace.abi.Errors["MarketplaceNotApproved"].ID.Bytes()[:4]) {
		return iNFTMarketplace.UnpackMarketplaceNotApprovedError(raw[4:])
	}
	if bytes.Equal(raw[:4], iNFTMarketplace.abi.Errors["NotSeller"].ID.Bytes()[:4]) {
		return iNFTMarketplace.UnpackNotSellerError(raw[4:])
	}
	if bytes.Equal(raw[:4], iNFTMarketplace.abi.Errors["NotTokenOwner"].ID.Bytes()[:4]) {
		return iNFTMarketplace.UnpackNotTokenOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], iNFTMarketplace.abi.Errors["NothingToWithdraw"].ID.Bytes()[:4]) {
		return iNFTMarketplace.UnpackNothingToWithdrawError(raw[4:])
	}
	if bytes.Equal(raw[:4], iNFTMarketplace.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return iNFTMarketplace.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], iNFTMarketplace.abi.Errors["UnknownListing"].ID.Bytes()[:4]) {
		return iNFTMarketplace.UnpackUnknownListingError(raw[4:])
	}
	if bytes.Equal(raw[:4], iNFTMarketplace.abi.Errors["UnsupportedCollection"].ID.Bytes()[:4]) {
		return iNFTMarketplace.UnpackUnsupportedCollectionError(raw[4:])
	}
	if bytes.Equal(raw[:4], iNFTMarketplace.abi.Errors["WithdrawalFailed"].ID.Bytes()[:4]) {
		return iNFTMarketplace.UnpackWithdrawalFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], iNFTMarketplace.abi.Errors["WrongPayment"].ID.Bytes()[:4]) {
		return iNFTMarketplace.UnpackWrongPaymentError(raw[4:])
	}
	if bytes.Equal(raw[:4], iNFTMarketplace.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return iNFTMarketplace.UnpackZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], iNFTMarketplace.abi.Errors["ZeroPrice"].ID.Bytes()[:4]) {
		return iNFTMarketplace.UnpackZeroPriceError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// INFTMarketplaceAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the INFTMarketplace contract.
type INFTMarketplaceAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func INFTMarketplaceAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (iNFTMarketplace *INFTMarketplace) UnpackAccessControlBadConfirmationError(raw []byte) (*INFTMarketplaceAccessControlBadConfirmation, error) {
	out := new(INFTMarketplaceAccessControlBadConfirmation)
	if err := iNFTMarketplace.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// INFTMarketplaceAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the INFTMarketplace contract.
type INFTMarketplaceAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func INFTMarketplaceAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (iNFTMarketplace *INFTMarketplace) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*INFTMarketplaceAccessControlUnauthorizedAccount, error) {
	out := new(INFTMarketplaceAccessControlUnauthorizedAccount)
	if err := iNFTMarketplace.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// INFTMarketplaceAlreadyListed represents a AlreadyListed error raised by the INFTMarketplace contract.
type INFTMarketplaceAlreadyListed struct {
	ListingId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyListed(uint256 listingId)
func INFTMarketplaceAlreadyListedErrorID() common.Hash {
	return common.HexToHash("0x7fbcdff9d313f648fc928eac83f85d0b6987399caf4b6cd75676f0ddaf44a172")
}

// UnpackAlreadyListedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyListed(uint256 listingId)
func (iNFTMarketplace *INFTMarketplace) UnpackAlreadyListedError(raw []byte) (*INFTMarketplaceAlreadyListed, error) {
	out := new(INFTMarketplaceAlreadyListed)
	if err := iNFTMarketplace.abi.UnpackIntoInterface(out, "AlreadyListed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// INFTMarketplaceCannotBuyOwnListing represents a CannotBuyOwnListing error raised by the INFTMarketplace contract.
type INFTMarketplaceCannotBuyOwnListing struct {
	ListingId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CannotBuyOwnListing(uint256 listingId)
func INFTMarketplaceCannotBuyOwnListingErrorID() common.Hash {
	return common.HexToHash("0xcc8c75fc85e81d629167d82b47cc5b5cfe1e7b9446d784e2d7d552dc82a6f985")
}

// UnpackCannotBuyOwnListingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CannotBuyOwnListing(uint256 listingId)
func (iNFTMarketplace *INFTMarketplace) UnpackCannotBuyOwnListingError(raw []byte) (*INFTMarketplaceCannotBuyOwnListing, error) {
	out := new(INFTMarketplaceCannotBuyOwnListing)
	if err := iNFTMarketplace.abi.UnpackIntoInterface(out, "CannotBuyOwnListing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// INFTMarketplaceEnforcedPause represents a EnforcedPause error raised by the INFTMarketplace contract.
type INFTMarketplaceEnforcedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EnforcedPause()
func INFTMarketplaceEnforcedPauseErrorID() common.Hash {
	return common.HexToHash("0xd93c0665d6c96d04a8f174024fc4ddd66c250604aff22bbec808de86dd3637e3")
}

// UnpackEnforcedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EnforcedPause()
func (iNFTMarketplace *INFTMarketplace) UnpackEnforcedPauseError(raw []byte) (*INFTMarketplaceEnforcedPause, error) {
	out := new(INFTMarketplaceEnforcedPause)
	if err := iNFTMarketplace.abi.UnpackIntoInterface(out, "EnforcedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// INFTMarketplaceExpectedPause represents a ExpectedPause error raised by the INFTMarketplace contract.
type INFTMarketplaceExpectedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExpectedPause()
func INFTMarketplaceExpectedPauseErrorID() common.Hash {
	return common.HexToHash("0x8dfc202bcfe9a735b559bee70674422512bc5c30f687046ae8778315fb81da44")
}

// UnpackExpectedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExpectedPause()
func (iNFTMarketplace *INFTMarketplace) UnpackExpectedPauseError(raw []byte) (*INFTMarketplaceExpectedPause, error) {
	out := new(INFTMarketplaceExpectedPause)
	if err := iNFTMarketplace.abi.UnpackIntoInterface(out, "ExpectedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// INFTMarketplaceFeeTooHigh represents a FeeTooHigh error raised by the INFTMarketplace contract.
type INFTMarketplaceFeeTooHigh struct {
	FeeBps uint16
	Max    uint16
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FeeTooHigh(uint16 feeBps, uint16 max)
func INFTMarketplaceFeeTooHighErrorID() common.Hash {
	return common.HexToHash("0x3c057d7beb4fe9a19a13a1a22a6f33cb2fec09d9a38cbb3be52bda9374abe790")
}

// UnpackFeeTooHighError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FeeTooHigh(uint16 feeBps, uint16 max)
func (iNFTMarketplace *INFTMarketplace) UnpackFeeTooHighError(raw []byte) (*INFTMarketplaceFeeTooHigh, error) {
	out := new(INFTMarketplaceFeeTooHigh)
	if err := iNFTMarketplace.abi.UnpackIntoInterface(out, "FeeTooHigh", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// INFTMarketplaceListingNotActive represents a ListingNotActive error raised by the INFTMarketplace contract.
type INFTMarketplaceListingNotActive struct {
	ListingId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ListingNotActive(uint256 listingId)
func INFTMarketplaceListingNotActiveErrorID() common.Hash {
	return common.HexToHash("0x378a93c0bb2ee592d27ee5d8e513137a58521b05588c42722c74b0f518a0143b")
}

// UnpackListingNotActiveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ListingNotActive(uint256 listingId)
func (iNFTMarketplace *INFTMarketplace) UnpackListingNotActiveError(raw []byte) (*INFTMarketplaceListingNotActive, error) {
	out := new(INFTMarketplaceListingNotActive)
	if err := iNFTMarketplace.abi.UnpackIntoInterface(out, "ListingNotActive", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// INFTMarketplaceListingStale represents a ListingStale error raised by the INFTMarketplace contract.
type INFTMarketplaceListingStale struct {
	ListingId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ListingStale(uint256 listingId)
func INFTMarketplaceListingStaleErrorID() common.Hash {
	return common.HexToHash("0x975368439e4cb423acc8bd722b7198ff78b13c61bddf57244c108c3ea15c0431")
}

// UnpackListingStaleError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ListingStale(uint256 listingId)
func (iNFTMarketplace *INFTMarketplace) UnpackListingStaleError(raw []byte) (*INFTMarketplaceListingStale, error) {
	out := new(INFTMarketplaceListingStale)
	if err := iNFTMarketplace.abi.UnpackIntoInterface(out, "ListingStale", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// INFTMarketplaceMarketplaceNotApproved represents a MarketplaceNotApproved error raised by the INFTMarketplace contract.
type INFTMarketplaceMarketplaceNotApproved struct {
	Collection common.Address
	TokenId    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MarketplaceNotApproved(address collection, uint256 tokenId)
func INFTMarketplaceMarketplaceNotApprovedErrorID() common.Hash {
	return common.HexToHash("0x0310ab7f3b4d697e8b5dc9451314a281f72dd8efdbf7cc1bb1cac73bdf346890")
}

// UnpackMarketplaceNotApprovedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MarketplaceNotApproved(address collection, uint256 tokenId)
func (iNFTMarketplace *INFTMarketplace) UnpackMarketplaceNotApprovedError(raw []byte) (*INFTMarketplaceMarketplaceNotApproved, error) {
	out := new(INFTMarketplaceMarketplaceNotApproved)
	if err := iNFTMarketplace.abi.UnpackIntoInterface(out, "MarketplaceNotApproved", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// INFTMarketplaceNotSeller represents a NotSeller error raised by the INFTMarketplace contract.
type INFTMarketplaceNotSeller struct {
	ListingId *big.Int
	Caller    common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotSeller(uint256 listingId, address caller)
func INFTMarketplaceNotSellerErrorID() common.Hash {
	return common.HexToHash("0x4a1233a90105de1d0c9a9444cfc9d5b9b32d2673a4dcf2b821fbf4cfbe478611")
}

// UnpackNotSellerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotSeller(uint256 listingId, address caller)
func (iNFTMarketplace *INFTMarketplace) UnpackNotSellerError(raw []byte) (*INFTMarketplaceNotSeller, error) {
	out := new(INFTMarketplaceNotSeller)
	if err := iNFTMarketplace.abi.UnpackIntoInterface(out, "NotSeller", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// INFTMarketplaceNotTokenOwner represents a NotTokenOwner error raised by the INFTMarketplace contract.
type INFTMarketplaceNotTokenOwner struct {
	Collection common.Address
	TokenId    *big.Int
	Caller     common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotTokenOwner(address collection, uint256 tokenId, address caller)
func INFTMarketplaceNotTokenOwnerErrorID() common.Hash {
	return common.HexToHash("0x619b29338163c52920097b508d89f293b9a574c00a8f701fe58b192b7d0fbf73")
}

// UnpackNotTokenOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotTokenOwner(address collection, uint256 tokenId, address caller)
func (iNFTMarketplace *INFTMarketplace) UnpackNotTokenOwnerError(raw []byte) (*INFTMarketplaceNotTokenOwner, error) {
	out := new(INFTMarketplaceNotTokenOwner)
	if err := iNFTMarketplace.abi.UnpackIntoInterface(out, "NotTokenOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// INFTMarketplaceNothingToWithdraw represents a NothingToWithdraw error raised by the INFTMarketplace contract.
type INFTMarketplaceNothingToWithdraw struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToWithdraw()
func INFTMarketplaceNothingToWithdrawErrorID() common.Hash {
	return common.HexToHash("0xd0d04f60bf4f7629141a1f00f5d2908fa0f3e15bf4cbf8bb8edc6fcbdf2509fa")
}

// UnpackNothingToWithdrawError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToWithdraw()
func (iNFTMarketplace *INFTMarketplace) UnpackNothingToWithdrawError(raw []byte) (*INFTMarketplaceNothingToWithdraw, error) {
	out := new(INFTMarketplaceNothingToWithdraw)
	if err := iNFTMarketplace.abi.UnpackIntoInterface(out, "NothingToWithdraw", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// INFTMarketplaceReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the INFTMarketplace contract.
type INFTMarketplaceReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func INFTMarketplaceReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (iNFTMarketplace *INFTMarketplace) UnpackReentrancyGuardReentrantCallError(raw []byte) (*INFTMarketplaceReentrancyGuardReentrantCall, error) {
	out := new(INFTMarketplaceReentrancyGuardReentrantCall)
	if err := iNFTMarketplace.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// INFTMarketplaceUnknownListing represents a UnknownListing error raised by the INFTMarketplace contract.
type INFTMarketplaceUnknownListing struct {
	ListingId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownListing(uint256 listingId)
func INFTMarketplaceUnknownListingErrorID() common.Hash {
	return common.HexToHash("0xb146165ab82178840e88d92fab3f6c79f4e559147a7f0009a73b3403a809ef6e")
}

// UnpackUnknownListingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownListing(uint256 listingId)
func (iNFTMarketplace *INFTMarketplace) UnpackUnknownListingError(raw []byte) (*INFTMarketplaceUnknownListing, error) {
	out := new(INFTMarketplaceUnknownListing)
	if err := iNFTMarketplace.abi.UnpackIntoInterface(out, "UnknownListing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// INFTMarketplaceUnsupportedCollection represents a UnsupportedCollection error raised by the INFTMarketplace contract.
type INFTMarketplaceUnsupportedCollection struct {
	Collection common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnsupportedCollection(address collection)
func INFTMarketplaceUnsupportedCollectionErrorID() common.Hash {
	return common.HexToHash("0x8c14a998c2a69ee3d6df346a4a2b746ea97865fb70140d56febf25117f1d59de")
}

// UnpackUnsupportedCollectionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnsupportedCollection(address collection)
func (iNFTMarketplace *INFTMarketplace) UnpackUnsupportedCollectionError(raw []byte) (*INFTMarketplaceUnsupportedCollection, error) {
	out := new(INFTMarketplaceUnsupportedCollection)
	if err := iNFTMarketplace.abi.UnpackIntoInterface(out, "UnsupportedCollection", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// INFTMarketplaceWithdrawalFailed represents a WithdrawalFailed error raised by the INFTMarketplace contract.
type INFTMarketplaceWithdrawalFailed struct {
	Payee  common.Address
	Amount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WithdrawalFailed(address payee, uint256 amount)
func INFTMarketplaceWithdrawalFailedErrorID() common.Hash {
	return common.HexToHash("0x92873d130824b495f22ad10f7f14028200557770e5986714318e78c54f3aa83c")
}

// UnpackWithdrawalFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WithdrawalFailed(address payee, uint256 amount)
func (iNFTMarketplace *INFTMarketplace) UnpackWithdrawalFailedError(raw []byte) (*INFTMarketplaceWithdrawalFailed, error) {
	out := new(INFTMarketplaceWithdrawalFailed)
	if err := iNFTMarketplace.abi.UnpackIntoInterface(out, "WithdrawalFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// INFTMarketplaceWrongPayment represents a WrongPayment error raised by the INFTMarketplace contract.
type INFTMarketplaceWrongPayment struct {
	Expected *big.Int
	Sent     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongPayment(uint256 expected, uint256 sent)
func INFTMarketplaceWrongPaymentErrorID() common.Hash {
	return common.HexToHash("0x0dd32d1c3ef0af2f42e38a7f633c5c154da0aa1d3a58e8dcd04bcd6fb310ac9d")
}

// UnpackWrongPaymentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongPayment(uint256 expected, uint256 sent)
func (iNFTMarketplace *INFTMarketplace) UnpackWrongPaymentError(raw []byte) (*INFTMarketplaceWrongPayment, error) {
	out := new(INFTMarketplaceWrongPayment)
	if err := iNFTMarketplace.abi.UnpackIntoInterface(out, "WrongPayment", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// INFTMarketplaceZeroAddress represents a ZeroAddress error raised by the INFTMarketplace contract.
type INFTMarketplaceZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func INFTMarketplaceZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (iNFTMarketplace *INFTMarketplace) UnpackZeroAddressError(raw []byte) (*INFTMarketplaceZeroAddress, error) {
	out := new(INFTMarketplaceZeroAddress)
	if err := iNFTMarketplace.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// INFTMarketplaceZeroPrice represents a ZeroPrice error raised by the INFTMarketplace contract.
type INFTMarketplaceZeroPrice struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroPrice()
func INFTMarketplaceZeroPriceErrorID() common.Hash {
	return common.HexToHash("0x4dfba023c19aaad0ad1005b8a52f2ae0c7a1acb3f45ecd31562b980620d65f93")
}

// UnpackZeroPriceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroPrice()
func (iNFTMarketplace *INFTMarketplace) UnpackZeroPriceError(raw []byte) (*INFTMarketplaceZeroPrice, error) {
	out := new(INFTMarketplaceZeroPrice)
	if err := iNFTMarketplace.abi.UnpackIntoInterface(out, "ZeroPrice", raw); err != nil {
		return nil, err
	}
	return out, nil
}

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

// INFTGeneratedMetaData contains all meta data concerning the INFTGenerated contract.
var INFTGeneratedMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"numerator\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"denominator\",\"type\":\"uint256\"}],\"name\":\"ERC2981InvalidDefaultRoyalty\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC2981InvalidDefaultRoyaltyReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"numerator\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"denominator\",\"type\":\"uint256\"}],\"name\":\"ERC2981InvalidTokenRoyalty\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC2981InvalidTokenRoyaltyReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC721IncorrectOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC721InsufficientApproval\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC721InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"ERC721InvalidOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC721InvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC721InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC721InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC721NonexistentToken\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"minter\",\"type\":\"address\"}],\"name\":\"MinterAlreadySet\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotMinter\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint96\",\"name\":\"bps\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"max\",\"type\":\"uint96\"}],\"name\":\"RoyaltyTooHigh\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"approved\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"ApprovalForAll\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"_fromTokenId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"_toTokenId\",\"type\":\"uint256\"}],\"name\":\"BatchMetadataUpdate\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"_tokenId\",\"type\":\"uint256\"}],\"name\":\"MetadataUpdate\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"minter\",\"type\":\"address\"}],\"name\":\"MinterSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint96\",\"name\":\"bps\",\"type\":\"uint96\"}],\"name\":\"RoyaltyBpsSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEFAULT_ROYALTY_BPS\",\"outputs\":[{\"internalType\":\"uint96\",\"name\":\"\",\"type\":\"uint96\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_ROYALTY_BPS\",\"outputs\":[{\"internalType\":\"uint96\",\"name\":\"\",\"type\":\"uint96\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"coCreators\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"agentIds\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"generatedFrom\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"getApproved\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"isApprovedForAll\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"royaltyReceiver\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"}],\"name\":\"mint\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minter\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ownerOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"royaltyBps\",\"outputs\":[{\"internalType\":\"uint96\",\"name\":\"\",\"type\":\"uint96\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"salePrice\",\"type\":\"uint256\"}],\"name\":\"royaltyInfo\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"setApprovalForAll\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"minter_\",\"type\":\"address\"}],\"name\":\"setMinter\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint96\",\"name\":\"bps\",\"type\":\"uint96\"}],\"name\":\"setRoyaltyBps\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"tokenURI\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalMinted\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"transferNonce\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "INFTGenerated",
	Bin: "0x6080604052600b80546001600160a01b0316607d60a21b179055348015610024575f5ffd5b506040516121513803806121518339810160408190526100439161018b565b6040518060400160405280600e81526020016d125391950811d95b995c985d195960921b81525060405180604001604052806005815260200164494e46544760d81b815250815f9081610096919061025b565b5060016100a3828261025b565b5050506001600160a01b0381166100cd5760405163d92e233d60e01b815260040160405180910390fd5b6100d75f826100de565b5050610319565b5f828152600a602090815260408083206001600160a01b038516845290915281205460ff16610182575f838152600a602090815260408083206001600160a01b03861684529091529020805460ff1916600117905561013a3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610185565b505f5b92915050565b5f6020828403121561019b575f5ffd5b81516001600160a01b03811681146101b1575f5ffd5b9392505050565b634e487b7160e01b5f52604160045260245ffd5b600181811c908216806101e057607f821691505b6020821081036101fe57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f821115610256578282111561025657805f5260205f20601f840160051c602085101561022f57505f5b90810190601f840160051c035f5b81811015610252575f8382015560010161023d565b5050505b505050565b81516001600160401b03811115610274576102746101b8565b6102888161028284546101cc565b84610204565b6020601f8211600181146102ba575f83156102a35750848201515b5f19600385901b1c1916600184901b178455610312565b5f84815260208120601f198516915b828110156102e957878501518255602094850194600190920191016102c9565b508482101561030657868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b611e2b806103265f395ff3fe608060405234801561000f575f5ffd5b50600436106101dc575f3560e01c80635b1ab43411610109578063a2309ff81161009e578063c87b56dd1161006e578063c87b56dd14610486578063d547741f14610499578063e985e9c5146104ac578063fca3b5aa146104bf575f5ffd5b8063a2309ff814610429578063ae50f17314610431578063b88d4fde14610459578063c63adb2b1461046c575f5ffd5b806391d14854116100d957806391d14854146103f457806395d89b4114610407578063a217fddf1461040f578063a22cb46514610416575f5ffd5b80635b1ab434146103855780636352211e1461038e5780636e303cad146103a157806370a08231146103e1575f5ffd5b8063248a9ca31161017f5780633a87205a1161014f5780633a87205a1461031e5780633dca40e61461033e57806342842e0e1461035f5780634bd297fd14610372575f5ffd5b8063248a9ca3146102965780632a55205a146102c65780632f2ff15d146102f857806336568abe1461030b575f5ffd5b806307dbb5c3116101ba57806307dbb5c314610248578063081812fc1461025d578063095ea7b31461027057806323b872dd14610283575f5ffd5b806301ffc9a7146101e057806306fdde0314610208578063075461721461021d575b5f5ffd5b6101f36101ee366004611728565b6104d2565b60405190151581526020015b60405180910390f35b6102106104e2565b6040516101ff9190611771565b600b54610230906001600160a01b031681565b6040516001600160a01b0390911681526020016101ff565b61025b610256366004611783565b610571565b005b61023061026b3660046117a9565b61061d565b61025b61027e3660046117db565b610644565b61025b610291366004611803565b610653565b6102b86102a43660046117a9565b5f908152600a602052604090206001015490565b6040519081526020016101ff565b6102d96102d436600461183d565b6106dc565b604080516001600160a01b0390931683526020830191909152016101ff565b61025b61030636600461185d565b61075f565b61025b61031936600461185d565b610783565b61033161032c3660046117a9565b6107bb565b6040516101ff9190611887565b6103476103e881565b6040516001600160601b0390911681526020016101ff565b61025b61036d366004611803565b6108a5565b6102b86103803660046118c9565b6108bf565b6103476101f481565b61023061039c3660046117a9565b6109a3565b6103c96103af3660046117a9565b5f908152600760205260409020546001600160401b031690565b6040516001600160401b0390911681526020016101ff565b6102b86103ef366004611968565b6109ad565b6101f361040236600461185d565b6109f2565b610210610a1c565b6102b85f81565b61025b610424366004611981565b610a2b565b600c546102b8565b61044461043f3660046117a9565b610a36565b604080519283526020830191909152016101ff565b61025b6104673660046119fe565b610a5d565b600b5461034790600160a01b90046001600160601b031681565b6102106104943660046117a9565b610a75565b61025b6104a736600461185d565b610a80565b6101f36104ba366004611aba565b610aa4565b61025b6104cd366004611968565b610ad1565b5f6104dc82610b85565b92915050565b60605f80546104f090611ae2565b80601f016020809104026020016040519081016040528092919081815260200182805461051c90611ae2565b80156105675780601f1061053e57610100808354040283529160200191610567565b820191905f5260205f20905b81548152906001019060200180831161054a57829003601f168201915b5050505050905090565b5f61057b81610ba9565b6103e86001600160601b03831611156105bf5760405163b9015a6160e01b81526001600160601b03831660048201526103e860248201526044015b60405180910390fd5b600b80546001600160a01b0316600160a01b6001600160601b038516908102919091179091556040519081527fef4c7cfcf9a61d6f1f00689146bc35ce920fac7bc1d4f86f57802e19a138beb8906020015b60405180910390a15050565b5f61062782610bb6565b505f828152600460205260409020546001600160a01b03166104dc565b61064f828233610bee565b5050565b6001600160a01b03821661067c57604051633250574960e11b81525f60048201526024016105b6565b5f610688838333610bfb565b9050836001600160a01b0316816001600160a01b0316146106d6576040516364283d7b60e01b81526001600160a01b03808616600483015260248201849052821660448201526064016105b6565b50505050565b5f82815260096020526040812080548291906001600160a01b03811690600160a01b90046001600160601b03168161072f5750506008546001600160a01b03811690600160a01b90046001600160601b03165b5f6127106107466001600160601b03841689611b28565b6107509190611b3f565b92989297509195505050505050565b5f828152600a602052604090206001015461077981610ba9565b6106d68383610c11565b6001600160a01b03811633146107ac5760405163334bd91960e11b815260040160405180910390fd5b6107b68282610ca2565b505050565b60606107c682610bb6565b505f828152600d602052604090819020600b546001820154925163141b702760e21b815291926001600160a01b039091169163506dc09c9161080e9160040190815260200190565b5f60405180830381865afa158015610828573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f1916820160405261084f9190810190611b5e565b80519093505f03905061089f576040805160018082528183019092529060208083019080368337019050509150805f0154825f8151811061089257610892611c1f565b6020026020010181815250505b50919050565b6107b683838360405180602001604052805f815250610a5d565b600b545f906001600160a01b031633146108ee57604051631b0e18f960e11b81523360048201526024016105b6565b600c5f81546108fc90611c33565b918290555060408051808201825288815260208082018981525f858152600d909252929020905181559051600190910155600b549091506109509082908690600160a01b90046001600160601b0316610d0d565b61095a8782610dcd565b6109998184848080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250610e2e92505050565b9695505050505050565b5f6104dc82610bb6565b5f6001600160a01b0382166109d7576040516322718ad960e21b81525f60048201526024016105b6565b506001600160a01b03165f9081526003602052604090205490565b5f918252600a602090815260408084206001600160a01b0393909316845291905290205460ff1690565b6060600180546104f090611ae2565b61064f338383610e76565b5f5f610a4183610bb6565b5050505f908152600d6020526040902080546001909101549091565b610a68848484610653565b6106d63385858585610f14565b60606104dc8261103c565b5f828152600a6020526040902060010154610a9a81610ba9565b6106d68383610ca2565b6001600160a01b039182165f90815260056020908152604080832093909416825291909152205460ff1690565b5f610adb81610ba9565b6001600160a01b038216610b025760405163d92e233d60e01b815260040160405180910390fd5b600b546001600160a01b031615610b3b57600b54604051636f615f9b60e01b81526001600160a01b0390911660048201526024016105b6565b600b80546001600160a01b0319166001600160a01b0384169081179091556040517f726b590ef91a8c76ad05bbe91a57ef84605276528f49cd47d787f558a4e755b6905f90a25050565b5f6001600160e01b03198216637965db0b60e01b14806104dc57506104dc82611147565b610bb3813361116b565b50565b5f818152600260205260408120546001600160a01b0316806104dc57604051637e27328960e01b8152600481018490526024016105b6565b6107b683838360016111a4565b5f610c078484846112a8565b90505b9392505050565b5f610c1c83836109f2565b610c9b575f838152600a602090815260408083206001600160a01b03861684529091529020805460ff19166001179055610c533390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016104dc565b505f6104dc565b5f610cad83836109f2565b15610c9b575f838152600a602090815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a45060016104dc565b6127106001600160601b038216811015610d535760405163dfd1fc1b60e01b8152600481018590526001600160601b0383166024820152604481018290526064016105b6565b6001600160a01b038316610d8357604051634b4f842960e11b8152600481018590525f60248201526044016105b6565b506040805180820182526001600160a01b0393841681526001600160601b0392831660208083019182525f968752600990529190942093519051909116600160a01b029116179055565b6001600160a01b038216610df657604051633250574960e11b81525f60048201526024016105b6565b5f610e0283835f610bfb565b90506001600160a01b038116156107b6576040516339e3563760e11b81525f60048201526024016105b6565b5f828152600660205260409020610e458282611c99565b506040518281527ff8e1a15aba9398e019f0b49df1a4fde98ee17ae345cb5f6b5e2c27f5033e8ce790602001610611565b6001600160a01b038216610ea857604051630b61174360e31b81526001600160a01b03831660048201526024016105b6565b6001600160a01b038381165f81815260056020908152604080832094871680845294825291829020805460ff191686151590811790915591519182527f17307eab39ab6107e8899845ad3d59bd9653f200f220920489ca2b5937696c31910160405180910390a3505050565b6001600160a01b0383163b1561103557604051630a85bd0160e11b81526001600160a01b0384169063150b7a0290610f56908890889087908790600401611d53565b6020604051808303815f875af1925050508015610f90575060408051601f3d908101601f19168201909252610f8d91810190611d85565b60015b610ff7573d808015610fbd576040519150601f19603f3d011682016040523d82523d5f602084013e610fc2565b606091505b5080515f03610fef57604051633250574960e11b81526001600160a01b03851660048201526024016105b6565b805160208201fd5b6001600160e01b03198116630a85bd0160e11b1461103357604051633250574960e11b81526001600160a01b03851660048201526024016105b6565b505b5050505050565b606061104782610bb6565b505f828152600660205260408120805461106090611ae2565b80601f016020809104026020016040519081016040528092919081815260200182805461108c90611ae2565b80156110d75780601f106110ae576101008083540402835291602001916110d7565b820191905f5260205f20905b8154815290600101906020018083116110ba57829003601f168201915b505050505090505f6110f360408051602081019091525f815290565b905080515f03611104575092915050565b81511561113657808260405160200161111e929190611db7565b60405160208183030381529060405292505050919050565b61113f84611313565b949350505050565b5f6001600160e01b0319821663152a902d60e11b14806104dc57506104dc82611383565b61117582826109f2565b61064f5760405163e2517d3f60e01b81526001600160a01b0382166004820152602481018390526044016105b6565b80806111b857506001600160a01b03821615155b15611279575f6111c784610bb6565b90506001600160a01b038316158015906111f35750826001600160a01b0316816001600160a01b031614155b801561120657506112048184610aa4565b155b1561122f5760405163a9fbf51f60e01b81526001600160a01b03841660048201526024016105b6565b81156112775783856001600160a01b0316826001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92560405160405180910390a45b505b50505f90815260046020526040902080546001600160a01b0319166001600160a01b0392909216919091179055565b5f6112b48484846113a7565b90506001600160a01b03811615610c0a575f83815260076020526040812080546001600160401b0316916112e783611dcb565b91906101000a8154816001600160401b0302191690836001600160401b03160217905550509392505050565b606061131e82610bb6565b505f61133460408051602081019091525f815290565b90505f8151116113525760405180602001604052805f815250610c0a565b8061135c84611499565b60405160200161136d929190611db7565b6040516020818303038152906040529392505050565b5f6001600160e01b03198216632483248360e11b14806104dc57506104dc82611528565b5f828152600260205260408120546001600160a01b03908116908316156113d3576113d3818486611577565b6001600160a01b0381161561140d576113ee5f855f5f6111a4565b6001600160a01b0381165f90815260036020526040902080545f190190555b6001600160a01b0385161561143b576001600160a01b0385165f908152600360205260409020805460010190555b5f8481526002602052604080822080546001600160a01b0319166001600160a01b0389811691821790925591518793918516917fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef91a4949350505050565b60605f6114a5836115db565b60010190505f816001600160401b038111156114c3576114c36119ba565b6040519080825280601f01601f1916602001820160405280156114ed576020820181803683370190505b5090508181016020015b5f19016f181899199a1a9b1b9c1cb0b131b232b360811b600a86061a8153600a85049450846114f757509392505050565b5f6001600160e01b031982166380ac58cd60e01b148061155857506001600160e01b03198216635b5e139f60e01b145b806104dc57506301ffc9a760e01b6001600160e01b03198316146104dc565b6115828383836116b2565b6107b6576001600160a01b0383166115b057604051637e27328960e01b8152600481018290526024016105b6565b60405163177e802f60e01b81526001600160a01b0383166004820152602481018290526044016105b6565b5f8072184f03e93ff9f4daa797ed6e38ed64bf6a1f0160401b83106116195772184f03e93ff9f4daa797ed6e38ed64bf6a1f0160401b830492506040015b6d04ee2d6d415b85acef81000000008310611645576d04ee2d6d415b85acef8100000000830492506020015b662386f26fc10000831061166357662386f26fc10000830492506010015b6305f5e100831061167b576305f5e100830492506008015b612710831061168f57612710830492506004015b606483106116a1576064830492506002015b600a83106104dc5760010192915050565b5f6001600160a01b03831615801590610c075750826001600160a01b0316846001600160a01b031614806116eb57506116eb8484610aa4565b80610c075750505f908152600460205260409020546001600160a01b03908116911614919050565b6001600160e01b031981168114610bb3575f5ffd5b5f60208284031215611738575f5ffd5b8135610c0a81611713565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f610c0a6020830184611743565b5f60208284031215611793575f5ffd5b81356001600160601b0381168114610c0a575f5ffd5b5f602082840312156117b9575f5ffd5b5035919050565b80356001600160a01b03811681146117d6575f5ffd5b919050565b5f5f604083850312156117ec575f5ffd5b6117f5836117c0565b946020939093013593505050565b5f5f5f60608486031215611815575f5ffd5b61181e846117c0565b925061182c602085016117c0565b929592945050506040919091013590565b5f5f6040838503121561184e575f5ffd5b50508035926020909101359150565b5f5f6040838503121561186e575f5ffd5b8235915061187e602084016117c0565b90509250929050565b602080825282518282018190525f918401906040840190835b818110156118be5783518352602093840193909201916001016118a0565b509095945050505050565b5f5f5f5f5f5f60a087890312156118de575f5ffd5b6118e7876117c0565b95506020870135945060408701359350611903606088016117c0565b925060808701356001600160401b0381111561191d575f5ffd5b8701601f8101891361192d575f5ffd5b80356001600160401b03811115611942575f5ffd5b896020828401011115611953575f5ffd5b60208201935080925050509295509295509295565b5f60208284031215611978575f5ffd5b610c0a826117c0565b5f5f60408385031215611992575f5ffd5b61199b836117c0565b9150602083013580151581146119af575f5ffd5b809150509250929050565b634e487b7160e01b5f52604160045260245ffd5b604051601f8201601f191681016001600160401b03811182821017156119f6576119f66119ba565b604052919050565b5f5f5f5f60808587031215611a11575f5ffd5b611a1a856117c0565b9350611a28602086016117c0565b92506040850135915060608501356001600160401b03811115611a49575f5ffd5b8501601f81018713611a59575f5ffd5b80356001600160401b03811115611a7257611a726119ba565b611a85601f8201601f19166020016119ce565b818152886020838501011115611a99575f5ffd5b816020840160208301375f6020838301015280935050505092959194509250565b5f5f60408385031215611acb575f5ffd5b611ad4836117c0565b915061187e602084016117c0565b600181811c90821680611af657607f821691505b60208210810361089f57634e487b7160e01b5f52602260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b80820281158282048414176104dc576104dc611b14565b5f82611b5957634e487b7160e01b5f52601260045260245ffd5b500490565b5f5f60408385031215611b6f575f5ffd5b825160ff81168114611b7f575f5ffd5b60208401519092506001600160401b03811115611b9a575f5ffd5b8301601f81018513611baa575f5ffd5b80516001600160401b03811115611bc357611bc36119ba565b8060051b611bd3602082016119ce565b91825260208184018101929081019088841115611bee575f5ffd5b6020850194505b83851015611c10578451825260209485019490910190611bf5565b80955050505050509250929050565b634e487b7160e01b5f52603260045260245ffd5b5f60018201611c4457611c44611b14565b5060010190565b601f8211156107b657828211156107b657805f5260205f20601f840160051c6020851015611c7657505f5b90810190601f840160051c035f5b81811015611033575f83820155600101611c84565b81516001600160401b03811115611cb257611cb26119ba565b611cc681611cc08454611ae2565b84611c4b565b6020601f821160018114611cf8575f8315611ce15750848201515b5f19600385901b1c1916600184901b178455611035565b5f84815260208120601f198516915b82811015611d275787850151825560209485019460019092019101611d07565b5084821015611d4457868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b6001600160a01b03858116825284166020820152604081018390526080606082018190525f9061099990830184611743565b5f60208284031215611d95575f5ffd5b8151610c0a81611713565b5f81518060208401855e5f93019283525090919050565b5f610c07611dc58386611da0565b84611da0565b5f6001600160401b0382166001600160401b038103611dec57611dec611b14565b6001019291505056fea264697066735822122092b4dbe44791a8053aae59196c67a650b88c32e945060f3934a752fe8c9c655164736f6c63430008250033",
}

// INFTGenerated is an auto generated Go binding around an Ethereum contract.
type INFTGenerated struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *INFTGenerated) GetABI() abi.ABI {
	return c.abi
}

// NewINFTGenerated creates a new instance of INFTGenerated.
func NewINFTGenerated() *INFTGenerated {
	parsed, err := INFTGeneratedMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &INFTGenerated{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *INFTGenerated) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address admin) returns()
func (iNFTGenerated *INFTGenerated) PackConstructor(admin common.Address) []byte {
	enc, err := iNFTGenerated.abi.Pack("", admin)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (iNFTGenerated *INFTGenerated) PackDEFAULTADMINROLE() []byte {
	enc, err := iNFTGenerated.abi.Pack("DEFAULT_ADMIN_ROLE")
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
func (iNFTGenerated *INFTGenerated) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return iNFTGenerated.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (iNFTGenerated *INFTGenerated) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := iNFTGenerated.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDEFAULTROYALTYBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5b1ab434.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_ROYALTY_BPS() view returns(uint96)
func (iNFTGenerated *INFTGenerated) PackDEFAULTROYALTYBPS() []byte {
	enc, err := iNFTGenerated.abi.Pack("DEFAULT_ROYALTY_BPS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDEFAULTROYALTYBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5b1ab434.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DEFAULT_ROYALTY_BPS() view returns(uint96)
func (iNFTGenerated *INFTGenerated) TryPackDEFAULTROYALTYBPS() ([]byte, error) {
	return iNFTGenerated.abi.Pack("DEFAULT_ROYALTY_BPS")
}

// UnpackDEFAULTROYALTYBPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5b1ab434.
//
// Solidity: function DEFAULT_ROYALTY_BPS() view returns(uint96)
func (iNFTGenerated *INFTGenerated) UnpackDEFAULTROYALTYBPS(data []byte) (*big.Int, error) {
	out, err := iNFTGenerated.abi.Unpack("DEFAULT_ROYALTY_BPS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXROYALTYBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3dca40e6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_ROYALTY_BPS() view returns(uint96)
func (iNFTGenerated *INFTGenerated) PackMAXROYALTYBPS() []byte {
	enc, err := iNFTGenerated.abi.Pack("MAX_ROYALTY_BPS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXROYALTYBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3dca40e6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_ROYALTY_BPS() view returns(uint96)
func (iNFTGenerated *INFTGenerated) TryPackMAXROYALTYBPS() ([]byte, error) {
	return iNFTGenerated.abi.Pack("MAX_ROYALTY_BPS")
}

// UnpackMAXROYALTYBPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3dca40e6.
//
// Solidity: function MAX_ROYALTY_BPS() view returns(uint96)
func (iNFTGenerated *INFTGenerated) UnpackMAXROYALTYBPS(data []byte) (*big.Int, error) {
	out, err := iNFTGenerated.abi.Unpack("MAX_ROYALTY_BPS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address to, uint256 tokenId) returns()
func (iNFTGenerated *INFTGenerated) PackApprove(to common.Address, tokenId *big.Int) []byte {
	enc, err := iNFTGenerated.abi.Pack("approve", to, tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address to, uint256 tokenId) returns()
func (iNFTGenerated *INFTGenerated) TryPackApprove(to common.Address, tokenId *big.Int) ([]byte, error) {
	return iNFTGenerated.abi.Pack("approve", to, tokenId)
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (iNFTGenerated *INFTGenerated) PackBalanceOf(owner common.Address) []byte {
	enc, err := iNFTGenerated.abi.Pack("balanceOf", owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (iNFTGenerated *INFTGenerated) TryPackBalanceOf(owner common.Address) ([]byte, error) {
	return iNFTGenerated.abi.Pack("balanceOf", owner)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (iNFTGenerated *INFTGenerated) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := iNFTGenerated.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCoCreators is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3a87205a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function coCreators(uint256 tokenId) view returns(uint256[] agentIds)
func (iNFTGenerated *INFTGenerated) PackCoCreators(tokenId *big.Int) []byte {
	enc, err := iNFTGenerated.abi.Pack("coCreators", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCoCreators is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3a87205a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function coCreators(uint256 tokenId) view returns(uint256[] agentIds)
func (iNFTGenerated *INFTGenerated) TryPackCoCreators(tokenId *big.Int) ([]byte, error) {
	return iNFTGenerated.abi.Pack("coCreators", tokenId)
}

// UnpackCoCreators is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3a87205a.
//
// Solidity: function coCreators(uint256 tokenId) view returns(uint256[] agentIds)
func (iNFTGenerated *INFTGenerated) UnpackCoCreators(data []byte) ([]*big.Int, error) {
	out, err := iNFTGenerated.abi.Unpack("coCreators", data)
	if err != nil {
		return *new([]*big.Int), err
	}
	out0 := *abi.ConvertType(out[0], new([]*big.Int)).(*[]*big.Int)
	return out0, nil
}

// PackGeneratedFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xae50f173.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function generatedFrom(uint256 tokenId) view returns(uint256 agentId, uint256 requestId)
func (iNFTGenerated *INFTGenerated) PackGeneratedFrom(tokenId *big.Int) []byte {
	enc, err := iNFTGenerated.abi.Pack("generatedFrom", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGeneratedFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xae50f173.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function generatedFrom(uint256 tokenId) view returns(uint256 agentId, uint256 requestId)
func (iNFTGenerated *INFTGenerated) TryPackGeneratedFrom(tokenId *big.Int) ([]byte, error) {
	return iNFTGenerated.abi.Pack("generatedFrom", tokenId)
}

// GeneratedFromOutput serves as a container for the return parameters of contract
// method GeneratedFrom.
type GeneratedFromOutput struct {
	AgentId   *big.Int
	RequestId *big.Int
}

// UnpackGeneratedFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xae50f173.
//
// Solidity: function generatedFrom(uint256 tokenId) view returns(uint256 agentId, uint256 requestId)
func (iNFTGenerated *INFTGenerated) UnpackGeneratedFrom(data []byte) (GeneratedFromOutput, error) {
	out, err := iNFTGenerated.abi.Unpack("generatedFrom", data)
	outstruct := new(GeneratedFromOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.AgentId = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.RequestId = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackGetApproved is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x081812fc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (iNFTGenerated *INFTGenerated) PackGetApproved(tokenId *big.Int) []byte {
	enc, err := iNFTGenerated.abi.Pack("getApproved", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetApproved is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x081812fc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (iNFTGenerated *INFTGenerated) TryPackGetApproved(tokenId *big.Int) ([]byte, error) {
	return iNFTGenerated.abi.Pack("getApproved", tokenId)
}

// UnpackGetApproved is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x081812fc.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (iNFTGenerated *INFTGenerated) UnpackGetApproved(data []byte) (common.Address, error) {
	out, err := iNFTGenerated.abi.Unpack("getApproved", data)
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
func (iNFTGenerated *INFTGenerated) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := iNFTGenerated.abi.Pack("getRoleAdmin", role)
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
func (iNFTGenerated *INFTGenerated) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return iNFTGenerated.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (iNFTGenerated *INFTGenerated) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := iNFTGenerated.abi.Unpack("getRoleAdmin", data)
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
func (iNFTGenerated *INFTGenerated) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := iNFTGenerated.abi.Pack("grantRole", role, account)
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
func (iNFTGenerated *INFTGenerated) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return iNFTGenerated.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (iNFTGenerated *INFTGenerated) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := iNFTGenerated.abi.Pack("hasRole", role, account)
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
func (iNFTGenerated *INFTGenerated) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return iNFTGenerated.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (iNFTGenerated *INFTGenerated) UnpackHasRole(data []byte) (bool, error) {
	out, err := iNFTGenerated.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsApprovedForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe985e9c5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (iNFTGenerated *INFTGenerated) PackIsApprovedForAll(owner common.Address, operator common.Address) []byte {
	enc, err := iNFTGenerated.abi.Pack("isApprovedForAll", owner, operator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsApprovedForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe985e9c5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (iNFTGenerated *INFTGenerated) TryPackIsApprovedForAll(owner common.Address, operator common.Address) ([]byte, error) {
	return iNFTGenerated.abi.Pack("isApprovedForAll", owner, operator)
}

// UnpackIsApprovedForAll is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe985e9c5.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (iNFTGenerated *INFTGenerated) UnpackIsApprovedForAll(data []byte) (bool, error) {
	out, err := iNFTGenerated.abi.Unpack("isApprovedForAll", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4bd297fd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(address to, uint256 agentId, uint256 requestId, address royaltyReceiver, string uri) returns(uint256 tokenId)
func (iNFTGenerated *INFTGenerated) PackMint(to common.Address, agentId *big.Int, requestId *big.Int, royaltyReceiver common.Address, uri string) []byte {
	enc, err := iNFTGenerated.abi.Pack("mint", to, agentId, requestId, royaltyReceiver, uri)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4bd297fd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(address to, uint256 agentId, uint256 requestId, address royaltyReceiver, string uri) returns(uint256 tokenId)
func (iNFTGenerated *INFTGenerated) TryPackMint(to common.Address, agentId *big.Int, requestId *big.Int, royaltyReceiver common.Address, uri string) ([]byte, error) {
	return iNFTGenerated.abi.Pack("mint", to, agentId, requestId, royaltyReceiver, uri)
}

// UnpackMint is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4bd297fd.
//
// Solidity: function mint(address to, uint256 agentId, uint256 requestId, address royaltyReceiver, string uri) returns(uint256 tokenId)
func (iNFTGenerated *INFTGenerated) UnpackMint(data []byte) (*big.Int, error) {
	out, err := iNFTGenerated.abi.Unpack("mint", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMinter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x07546172.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function minter() view returns(address)
func (iNFTGenerated *INFTGenerated) PackMinter() []byte {
	enc, err := iNFTGenerated.abi.Pack("minter")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMinter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x07546172.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function minter() view returns(address)
func (iNFTGenerated *INFTGenerated) TryPackMinter() ([]byte, error) {
	return iNFTGenerated.abi.Pack("minter")
}

// UnpackMinter is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x07546172.
//
// Solidity: function minter() view returns(address)
func (iNFTGenerated *INFTGenerated) UnpackMinter(data []byte) (common.Address, error) {
	out, err := iNFTGenerated.abi.Unpack("minter", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (iNFTGenerated *INFTGenerated) PackName() []byte {
	enc, err := iNFTGenerated.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (iNFTGenerated *INFTGenerated) TryPackName() ([]byte, error) {
	return iNFTGenerated.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (iNFTGenerated *INFTGenerated) UnpackName(data []byte) (string, error) {
	out, err := iNFTGenerated.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackOwnerOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6352211e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (iNFTGenerated *INFTGenerated) PackOwnerOf(tokenId *big.Int) []byte {
	enc, err := iNFTGenerated.abi.Pack("ownerOf", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwnerOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6352211e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (iNFTGenerated *INFTGenerated) TryPackOwnerOf(tokenId *big.Int) ([]byte, error) {
	return iNFTGenerated.abi.Pack("ownerOf", tokenId)
}

// UnpackOwnerOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6352211e.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (iNFTGenerated *INFTGenerated) UnpackOwnerOf(data []byte) (common.Address, error) {
	out, err := iNFTGenerated.abi.Unpack("ownerOf", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (iNFTGenerated *INFTGenerated) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := iNFTGenerated.abi.Pack("renounceRole", role, callerConfirmation)
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
func (iNFTGenerated *INFTGenerated) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return iNFTGenerated.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (iNFTGenerated *INFTGenerated) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := iNFTGenerated.abi.Pack("revokeRole", role, account)
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
func (iNFTGenerated *INFTGenerated) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return iNFTGenerated.abi.Pack("revokeRole", role, account)
}

// PackRoyaltyBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc63adb2b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function royaltyBps() view returns(uint96)
func (iNFTGenerated *INFTGenerated) PackRoyaltyBps() []byte {
	enc, err := iNFTGenerated.abi.Pack("royaltyBps")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRoyaltyBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc63adb2b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function royaltyBps() view returns(uint96)
func (iNFTGenerated *INFTGenerated) TryPackRoyaltyBps() ([]byte, error) {
	return iNFTGenerated.abi.Pack("royaltyBps")
}

// UnpackRoyaltyBps is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc63adb2b.
//
// Solidity: function royaltyBps() view returns(uint96)
func (iNFTGenerated *INFTGenerated) UnpackRoyaltyBps(data []byte) (*big.Int, error) {
	out, err := iNFTGenerated.abi.Unpack("royaltyBps", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRoyaltyInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2a55205a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function royaltyInfo(uint256 tokenId, uint256 salePrice) view returns(address receiver, uint256 amount)
func (iNFTGenerated *INFTGenerated) PackRoyaltyInfo(tokenId *big.Int, salePrice *big.Int) []byte {
	enc, err := iNFTGenerated.abi.Pack("royaltyInfo", tokenId, salePrice)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRoyaltyInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2a55205a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function royaltyInfo(uint256 tokenId, uint256 salePrice) view returns(address receiver, uint256 amount)
func (iNFTGenerated *INFTGenerated) TryPackRoyaltyInfo(tokenId *big.Int, salePrice *big.Int) ([]byte, error) {
	return iNFTGenerated.abi.Pack("royaltyInfo", tokenId, salePrice)
}

// RoyaltyInfoOutput serves as a container for the return parameters of contract
// method RoyaltyInfo.
type RoyaltyInfoOutput struct {
	Receiver common.Address
	Amount   *big.Int
}

// UnpackRoyaltyInfo is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2a55205a.
//
// Solidity: function royaltyInfo(uint256 tokenId, uint256 salePrice) view returns(address receiver, uint256 amount)
func (iNFTGenerated *INFTGenerated) UnpackRoyaltyInfo(data []byte) (RoyaltyInfoOutput, error) {
	out, err := iNFTGenerated.abi.Unpack("royaltyInfo", data)
	outstruct := new(RoyaltyInfoOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Receiver = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.Amount = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackSafeTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42842e0e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId) returns()
func (iNFTGenerated *INFTGenerated) PackSafeTransferFrom(from common.Address, to common.Address, tokenId *big.Int) []byte {
	enc, err := iNFTGenerated.abi.Pack("safeTransferFrom", from, to, tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSafeTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42842e0e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId) returns()
func (iNFTGenerated *INFTGenerated) TryPackSafeTransferFrom(from common.Address, to common.Address, tokenId *big.Int) ([]byte, error) {
	return iNFTGenerated.abi.Pack("safeTransferFrom", from, to, tokenId)
}

// PackSafeTransferFrom0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb88d4fde.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId, bytes data) returns()
func (iNFTGenerated *INFTGenerated) PackSafeTransferFrom0(from common.Address, to common.Address, tokenId *big.Int, data []byte) []byte {
	enc, err := iNFTGenerated.abi.Pack("safeTransferFrom0", from, to, tokenId, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSafeTransferFrom0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb88d4fde.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId, bytes data) returns()
func (iNFTGenerated *INFTGenerated) TryPackSafeTransferFrom0(from common.Address, to common.Address, tokenId *big.Int, data []byte) ([]byte, error) {
	return iNFTGenerated.abi.Pack("safeTransferFrom0", from, to, tokenId, data)
}

// PackSetApprovalForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa22cb465.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setApprovalForAll(address operator, bool approved) returns()
func (iNFTGenerated *INFTGenerated) PackSetApprovalForAll(operator common.Address, approved bool) []byte {
	enc, err := iNFTGenerated.abi.Pack("setApprovalForAll", operator, approved)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetApprovalForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa22cb465.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setApprovalForAll(address operator, bool approved) returns()
func (iNFTGenerated *INFTGenerated) TryPackSetApprovalForAll(operator common.Address, approved bool) ([]byte, error) {
	return iNFTGenerated.abi.Pack("setApprovalForAll", operator, approved)
}

// PackSetMinter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfca3b5aa.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setMinter(address minter_) returns()
func (iNFTGenerated *INFTGenerated) PackSetMinter(minter common.Address) []byte {
	enc, err := iNFTGenerated.abi.Pack("setMinter", minter)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetMinter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfca3b5aa.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setMinter(address minter_) returns()
func (iNFTGenerated *INFTGenerated) TryPackSetMinter(minter common.Address) ([]byte, error) {
	return iNFTGenerated.abi.Pack("setMinter", minter)
}

// PackSetRoyaltyBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x07dbb5c3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setRoyaltyBps(uint96 bps) returns()
func (iNFTGenerated *INFTGenerated) PackSetRoyaltyBps(bps *big.Int) []byte {
	enc, err := iNFTGenerated.abi.Pack("setRoyaltyBps", bps)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetRoyaltyBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x07dbb5c3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setRoyaltyBps(uint96 bps) returns()
func (iNFTGenerated *INFTGenerated) TryPackSetRoyaltyBps(bps *big.Int) ([]byte, error) {
	return iNFTGenerated.abi.Pack("setRoyaltyBps", bps)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (iNFTGenerated *INFTGenerated) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := iNFTGenerated.abi.Pack("supportsInterface", interfaceId)
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
func (iNFTGenerated *INFTGenerated) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return iNFTGenerated.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (iNFTGenerated *INFTGenerated) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := iNFTGenerated.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (iNFTGenerated *INFTGenerated) PackSymbol() []byte {
	enc, err := iNFTGenerated.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (iNFTGenerated *INFTGenerated) TryPackSymbol() ([]byte, error) {
	return iNFTGenerated.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (iNFTGenerated *INFTGenerated) UnpackSymbol(data []byte) (string, error) {
	out, err := iNFTGenerated.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTokenURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc87b56dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (iNFTGenerated *INFTGenerated) PackTokenURI(tokenId *big.Int) []byte {
	enc, err := iNFTGenerated.abi.Pack("tokenURI", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTokenURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc87b56dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (iNFTGenerated *INFTGenerated) TryPackTokenURI(tokenId *big.Int) ([]byte, error) {
	return iNFTGenerated.abi.Pack("tokenURI", tokenId)
}

// UnpackTokenURI is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc87b56dd.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (iNFTGenerated *INFTGenerated) UnpackTokenURI(data []byte) (string, error) {
	out, err := iNFTGenerated.abi.Unpack("tokenURI", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTotalMinted is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa2309ff8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalMinted() view returns(uint256)
func (iNFTGenerated *INFTGenerated) PackTotalMinted() []byte {
	enc, err := iNFTGenerated.abi.Pack("totalMinted")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalMinted is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa2309ff8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalMinted() view returns(uint256)
func (iNFTGenerated *INFTGenerated) TryPackTotalMinted() ([]byte, error) {
	return iNFTGenerated.abi.Pack("totalMinted")
}

// UnpackTotalMinted is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa2309ff8.
//
// Solidity: function totalMinted() view returns(uint256)
func (iNFTGenerated *INFTGenerated) UnpackTotalMinted(data []byte) (*big.Int, error) {
	out, err := iNFTGenerated.abi.Unpack("totalMinted", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 tokenId) returns()
func (iNFTGenerated *INFTGenerated) PackTransferFrom(from common.Address, to common.Address, tokenId *big.Int) []byte {
	enc, err := iNFTGenerated.abi.Pack("transferFrom", from, to, tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 tokenId) returns()
func (iNFTGenerated *INFTGenerated) TryPackTransferFrom(from common.Address, to common.Address, tokenId *big.Int) ([]byte, error) {
	return iNFTGenerated.abi.Pack("transferFrom", from, to, tokenId)
}

// PackTransferNonce is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6e303cad.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferNonce(uint256 tokenId) view returns(uint64)
func (iNFTGenerated *INFTGenerated) PackTransferNonce(tokenId *big.Int) []byte {
	enc, err := iNFTGenerated.abi.Pack("transferNonce", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferNonce is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6e303cad.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferNonce(uint256 tokenId) view returns(uint64)
func (iNFTGenerated *INFTGenerated) TryPackTransferNonce(tokenId *big.Int) ([]byte, error) {
	return iNFTGenerated.abi.Pack("transferNonce", tokenId)
}

// UnpackTransferNonce is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6e303cad.
//
// Solidity: function transferNonce(uint256 tokenId) view returns(uint64)
func (iNFTGenerated *INFTGenerated) UnpackTransferNonce(data []byte) (uint64, error) {
	out, err := iNFTGenerated.abi.Unpack("transferNonce", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// INFTGeneratedApproval represents a Approval event raised by the INFTGenerated contract.
type INFTGeneratedApproval struct {
	Owner    common.Address
	Approved common.Address
	TokenId  *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const INFTGeneratedApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (INFTGeneratedApproval) ContractEventName() string {
	return INFTGeneratedApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed approved, uint256 indexed tokenId)
func (iNFTGenerated *INFTGenerated) UnpackApprovalEvent(log *types.Log) (*INFTGeneratedApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iNFTGenerated.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(INFTGeneratedApproval)
	if len(log.Data) > 0 {
		if err := iNFTGenerated.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iNFTGenerated.abi.Events[event].Inputs {
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

// INFTGeneratedApprovalForAll represents a ApprovalForAll event raised by the INFTGenerated contract.
type INFTGeneratedApprovalForAll struct {
	Owner    common.Address
	Operator common.Address
	Approved bool
	Raw      *types.Log // Blockchain specific contextual infos
}

const INFTGeneratedApprovalForAllEventName = "ApprovalForAll"

// ContractEventName returns the user-defined event name.
func (INFTGeneratedApprovalForAll) ContractEventName() string {
	return INFTGeneratedApprovalForAllEventName
}

// UnpackApprovalForAllEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ApprovalForAll(address indexed owner, address indexed operator, bool approved)
func (iNFTGenerated *INFTGenerated) UnpackApprovalForAllEvent(log *types.Log) (*INFTGeneratedApprovalForAll, error) {
	event := "ApprovalForAll"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iNFTGenerated.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(INFTGeneratedApprovalForAll)
	if len(log.Data) > 0 {
		if err := iNFTGenerated.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iNFTGenerated.abi.Events[event].Inputs {
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

// INFTGeneratedBatchMetadataUpdate represents a BatchMetadataUpdate event raised by the INFTGenerated contract.
type INFTGeneratedBatchMetadataUpdate struct {
	FromTokenId *big.Int
	ToTokenId   *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const INFTGeneratedBatchMetadataUpdateEventName = "BatchMetadataUpdate"

// ContractEventName returns the user-defined event name.
func (INFTGeneratedBatchMetadataUpdate) ContractEventName() string {
	return INFTGeneratedBatchMetadataUpdateEventName
}

// UnpackBatchMetadataUpdateEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BatchMetadataUpdate(uint256 _fromTokenId, uint256 _toTokenId)
func (iNFTGenerated *INFTGenerated) UnpackBatchMetadataUpdateEvent(log *types.Log) (*INFTGeneratedBatchMetadataUpdate, error) {
	event := "BatchMetadataUpdate"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iNFTGenerated.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(INFTGeneratedBatchMetadataUpdate)
	if len(log.Data) > 0 {
		if err := iNFTGenerated.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iNFTGenerated.abi.Events[event].Inputs {
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

// INFTGeneratedMetadataUpdate represents a MetadataUpdate event raised by the INFTGenerated contract.
type INFTGeneratedMetadataUpdate struct {
	TokenId *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const INFTGeneratedMetadataUpdateEventName = "MetadataUpdate"

// ContractEventName returns the user-defined event name.
func (INFTGeneratedMetadataUpdate) ContractEventName() string {
	return INFTGeneratedMetadataUpdateEventName
}

// UnpackMetadataUpdateEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MetadataUpdate(uint256 _tokenId)
func (iNFTGenerated *INFTGenerated) UnpackMetadataUpdateEvent(log *types.Log) (*INFTGeneratedMetadataUpdate, error) {
	event := "MetadataUpdate"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iNFTGenerated.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(INFTGeneratedMetadataUpdate)
	if len(log.Data) > 0 {
		if err := iNFTGenerated.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iNFTGenerated.abi.Events[event].Inputs {
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

// INFTGeneratedMinterSet represents a MinterSet event raised by the INFTGenerated contract.
type INFTGeneratedMinterSet struct {
	Minter common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const INFTGeneratedMinterSetEventName = "MinterSet"

// ContractEventName returns the user-defined event name.
func (INFTGeneratedMinterSet) ContractEventName() string {
	return INFTGeneratedMinterSetEventName
}

// UnpackMinterSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MinterSet(address indexed minter)
func (iNFTGenerated *INFTGenerated) UnpackMinterSetEvent(log *types.Log) (*INFTGeneratedMinterSet, error) {
	event := "MinterSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iNFTGenerated.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(INFTGeneratedMinterSet)
	if len(log.Data) > 0 {
		if err := iNFTGenerated.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iNFTGenerated.abi.Events[event].Inputs {
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

// INFTGeneratedRoleAdminChanged represents a RoleAdminChanged event raised by the INFTGenerated contract.
type INFTGeneratedRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const INFTGeneratedRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (INFTGeneratedRoleAdminChanged) ContractEventName() string {
	return INFTGeneratedRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (iNFTGenerated *INFTGenerated) UnpackRoleAdminChangedEvent(log *types.Log) (*INFTGeneratedRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iNFTGenerated.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(INFTGeneratedRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := iNFTGenerated.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iNFTGenerated.abi.Events[event].Inputs {
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

// INFTGeneratedRoleGranted represents a RoleGranted event raised by the INFTGenerated contract.
type INFTGeneratedRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const INFTGeneratedRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (INFTGeneratedRoleGranted) ContractEventName() string {
	return INFTGeneratedRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (iNFTGenerated *INFTGenerated) UnpackRoleGrantedEvent(log *types.Log) (*INFTGeneratedRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iNFTGenerated.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(INFTGeneratedRoleGranted)
	if len(log.Data) > 0 {
		if err := iNFTGenerated.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iNFTGenerated.abi.Events[event].Inputs {
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

// INFTGeneratedRoleRevoked represents a RoleRevoked event raised by the INFTGenerated contract.
type INFTGeneratedRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const INFTGeneratedRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (INFTGeneratedRoleRevoked) ContractEventName() string {
	return INFTGeneratedRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (iNFTGenerated *INFTGenerated) UnpackRoleRevokedEvent(log *types.Log) (*INFTGeneratedRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iNFTGenerated.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(INFTGeneratedRoleRevoked)
	if len(log.Data) > 0 {
		if err := iNFTGenerated.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iNFTGenerated.abi.Events[event].Inputs {
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

// INFTGeneratedRoyaltyBpsSet represents a RoyaltyBpsSet event raised by the INFTGenerated contract.
type INFTGeneratedRoyaltyBpsSet struct {
	Bps *big.Int
	Raw *types.Log // Blockchain specific contextual infos
}

const INFTGeneratedRoyaltyBpsSetEventName = "RoyaltyBpsSet"

// ContractEventName returns the user-defined event name.
func (INFTGeneratedRoyaltyBpsSet) ContractEventName() string {
	return INFTGeneratedRoyaltyBpsSetEventName
}

// UnpackRoyaltyBpsSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoyaltyBpsSet(uint96 bps)
func (iNFTGenerated *INFTGenerated) UnpackRoyaltyBpsSetEvent(log *types.Log) (*INFTGeneratedRoyaltyBpsSet, error) {
	event := "RoyaltyBpsSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iNFTGenerated.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(INFTGeneratedRoyaltyBpsSet)
	if len(log.Data) > 0 {
		if err := iNFTGenerated.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iNFTGenerated.abi.Events[event].Inputs {
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

// INFTGeneratedTransfer represents a Transfer event raised by the INFTGenerated contract.
type INFTGeneratedTransfer struct {
	From    common.Address
	To      common.Address
	TokenId *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const INFTGeneratedTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (INFTGeneratedTransfer) ContractEventName() string {
	return INFTGeneratedTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 indexed tokenId)
func (iNFTGenerated *INFTGenerated) UnpackTransferEvent(log *types.Log) (*INFTGeneratedTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iNFTGenerated.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(INFTGeneratedTransfer)
	if len(log.Data) > 0 {
		if err := iNFTGenerated.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iNFTGenerated.abi.Events[event].Inputs {
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
func (iNFTGenerated *INFTGenerated) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], iNFTGenerated.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return iNFTGenerated.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], iNFTGenerated.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return iNFTGenerated.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], iNFTGenerated.abi.Errors["ERC2981InvalidDefaultRoyalty"].ID.Bytes()[:4]) {
		return iNFTGenerated.UnpackERC2981InvalidDefaultRoyaltyError(raw[4:])
	}
	if bytes.Equal(raw[:4], iNFTGenerated.abi.Errors["ERC2981InvalidDefaultRoyaltyReceiver"].ID.Bytes()[:4]) {
		return iNFTGenerated.UnpackERC2981InvalidDefaultRoyaltyReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], iNFTGenerated.abi.Errors["ERC2981InvalidTokenRoyalty"].ID.Bytes()[:4]) {
		return iNFTGenerated.UnpackERC2981InvalidTokenRoyaltyError(raw[4:])
	}
	if bytes.Equal(raw[:4], iNFTGenerated.abi.Errors["ERC2981InvalidTokenRoyaltyReceiver"].ID.Bytes()[:4]) {
		return iNFTGenerated.UnpackERC2981InvalidTokenRoyaltyReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], iNFTGenerated.abi.Errors["ERC721IncorrectOwner"].ID.Bytes()[:4]) {
		return iNFTGenerated.UnpackERC721IncorrectOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], iNFTGenerated.abi.Errors["ERC721InsufficientApproval"].ID.Bytes()[:4]) {
		return iNFTGenerated.UnpackERC721InsufficientApprovalError(raw[4:])
	}
	if bytes.Equal(raw[:4], iNFTGenerated.abi.Errors["ERC721InvalidApprover"].ID.Bytes()[:4]) {
		return iNFTGenerated.UnpackERC721InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], iNFTGenerated.abi.Errors["ERC721InvalidOperator"].ID.Bytes()[:4]) {
		return iNFTGenerated.UnpackERC721InvalidOperatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], iNFTGenerated.abi.Errors["ERC721InvalidOwner"].ID.Bytes()[:4]) {
		return iNFTGenerated.UnpackERC721InvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], iNFTGenerated.abi.Errors["ERC721InvalidReceiver"].ID.Bytes()[:4]) {
		return iNFTGenerated.UnpackERC721InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], iNFTGenerated.abi.Errors["ERC721InvalidSender"].ID.Bytes()[:4]) {
		return iNFTGenerated.UnpackERC721InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], iNFTGenerated.abi.Errors["ERC721NonexistentToken"].ID.Bytes()[:4]) {
		return iNFTGenerated.UnpackERC721NonexistentTokenError(raw[4:])
	}
	if bytes.Equal(raw[:4], iNFTGenerated.abi.Errors["MinterAlreadySet"].ID.Bytes()[:4]) {
		return iNFTGenerated.UnpackMinterAlreadySetError(raw[4:])
	}
	if bytes.Equal(raw[:4], iNFTGenerated.abi.Errors["NotMinter"].ID.Bytes()[:4]) {
		return iNFTGenerated.UnpackNotMinterError(raw[4:])
	}
	if bytes.Equal(raw[:4], iNFTGenerated.abi.Errors["RoyaltyTooHigh"].ID.Bytes()[:4]) {
		return iNFTGenerated.UnpackRoyaltyTooHighError(raw[4:])
	}
	if bytes.Equal(raw[:4], iNFTGenerated.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return iNFTGenerated.UnpackZeroAddressError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// INFTGeneratedAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the INFTGenerated contract.
type INFTGeneratedAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func INFTGeneratedAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (iNFTGenerated *INFTGenerated) UnpackAccessControlBadConfirmationError(raw []byte) (*INFTGeneratedAccessControlBadConfirmation, error) {
	out := new(INFTGeneratedAccessControlBadConfirmation)
	if err := iNFTGenerated.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// INFTGeneratedAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the INFTGenerated contract.
type INFTGeneratedAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func INFTGeneratedAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (iNFTGenerated *INFTGenerated) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*INFTGeneratedAccessControlUnauthorizedAccount, error) {
	out := new(INFTGeneratedAccessControlUnauthorizedAccount)
	if err := iNFTGenerated.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// INFTGeneratedERC2981InvalidDefaultRoyalty represents a ERC2981InvalidDefaultRoyalty error raised by the INFTGenerated contract.
type INFTGeneratedERC2981InvalidDefaultRoyalty struct {
	Numerator   *big.Int
	Denominator *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC2981InvalidDefaultRoyalty(uint256 numerator, uint256 denominator)
func INFTGeneratedERC2981InvalidDefaultRoyaltyErrorID() common.Hash {
	return common.HexToHash("0x6f483d09b3a1c4c035367ae09146a8a08a718cb6617416cc12a2457ab3d65514")
}

// UnpackERC2981InvalidDefaultRoyaltyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC2981InvalidDefaultRoyalty(uint256 numerator, uint256 denominator)
func (iNFTGenerated *INFTGenerated) UnpackERC2981InvalidDefaultRoyaltyError(raw []byte) (*INFTGeneratedERC2981InvalidDefaultRoyalty, error) {
	out := new(INFTGeneratedERC2981InvalidDefaultRoyalty)
	if err := iNFTGenerated.abi.UnpackIntoInterface(out, "ERC2981InvalidDefaultRoyalty", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// INFTGeneratedERC2981InvalidDefaultRoyaltyReceiver represents a ERC2981InvalidDefaultRoyaltyReceiver error raised by the INFTGenerated contract.
type INFTGeneratedERC2981InvalidDefaultRoyaltyReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC2981InvalidDefaultRoyaltyReceiver(address receiver)
func INFTGeneratedERC2981InvalidDefaultRoyaltyReceiverErrorID() common.Hash {
	return common.HexToHash("0xb6d9900a710828c2d05fe8061d6309d02a20eaa45cd00228c2c2dfbfa2b86fc3")
}

// UnpackERC2981InvalidDefaultRoyaltyReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC2981InvalidDefaultRoyaltyReceiver(address receiver)
func (iNFTGenerated *INFTGenerated) UnpackERC2981InvalidDefaultRoyaltyReceiverError(raw []byte) (*INFTGeneratedERC2981InvalidDefaultRoyaltyReceiver, error) {
	out := new(INFTGeneratedERC2981InvalidDefaultRoyaltyReceiver)
	if err := iNFTGenerated.abi.UnpackIntoInterface(out, "ERC2981InvalidDefaultRoyaltyReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// INFTGeneratedERC2981InvalidTokenRoyalty represents a ERC2981InvalidTokenRoyalty error raised by the INFTGenerated contract.
type INFTGeneratedERC2981InvalidTokenRoyalty struct {
	TokenId     *big.Int
	Numerator   *big.Int
	Denominator *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC2981InvalidTokenRoyalty(uint256 tokenId, uint256 numerator, uint256 denominator)
func INFTGeneratedERC2981InvalidTokenRoyaltyErrorID() common.Hash {
	return common.HexToHash("0xdfd1fc1b5658265f0993b87b75dd02b2fdcb36b128879bccdcf260effa0856bf")
}

// UnpackERC2981InvalidTokenRoyaltyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC2981InvalidTokenRoyalty(uint256 tokenId, uint256 numerator, uint256 denominator)
func (iNFTGenerated *INFTGenerated) UnpackERC2981InvalidTokenRoyaltyError(raw []byte) (*INFTGeneratedERC2981InvalidTokenRoyalty, error) {
	out := new(INFTGeneratedERC2981InvalidTokenRoyalty)
	if err := iNFTGenerated.abi.UnpackIntoInterface(out, "ERC2981InvalidTokenRoyalty", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// INFTGeneratedERC2981InvalidTokenRoyaltyReceiver represents a ERC2981InvalidTokenRoyaltyReceiver error raised by the INFTGenerated contract.
type INFTGeneratedERC2981InvalidTokenRoyaltyReceiver struct {
	TokenId  *big.Int
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC2981InvalidTokenRoyaltyReceiver(uint256 tokenId, address receiver)
func INFTGeneratedERC2981InvalidTokenRoyaltyReceiverErrorID() common.Hash {
	return common.HexToHash("0x969f0852135afead3ca9a1ff1e4fe485d35593f81a91d5dbe3a5737302cdbda8")
}

// UnpackERC2981InvalidTokenRoyaltyReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC2981InvalidTokenRoyaltyReceiver(uint256 tokenId, address receiver)
func (iNFTGenerated *INFTGenerated) UnpackERC2981InvalidTokenRoyaltyReceiverError(raw []byte) (*INFTGeneratedERC2981InvalidTokenRoyaltyReceiver, error) {
	out := new(INFTGeneratedERC2981InvalidTokenRoyaltyReceiver)
	if err := iNFTGenerated.abi.UnpackIntoInterface(out, "ERC2981InvalidTokenRoyaltyReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// INFTGeneratedERC721IncorrectOwner represents a ERC721IncorrectOwner error raised by the INFTGenerated contract.
type INFTGeneratedERC721IncorrectOwner struct {
	Sender  common.Address
	TokenId *big.Int
	Owner   common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721IncorrectOwner(address sender, uint256 tokenId, address owner)
func INFTGeneratedERC721IncorrectOwnerErrorID() common.Hash {
	return common.HexToHash("0x64283d7b313c8117c125f736876fa2b4e90ea3831a4716dfdb87d2f540e26289")
}

// UnpackERC721IncorrectOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721IncorrectOwner(address sender, uint256 tokenId, address owner)
func (iNFTGenerated *INFTGenerated) UnpackERC721IncorrectOwnerError(raw []byte) (*INFTGeneratedERC721IncorrectOwner, error) {
	out := new(INFTGeneratedERC721IncorrectOwner)
	if err := iNFTGenerated.abi.UnpackIntoInterface(out, "ERC721IncorrectOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// INFTGeneratedERC721InsufficientApproval represents a ERC721InsufficientApproval error raised by the INFTGenerated contract.
type INFTGeneratedERC721InsufficientApproval struct {
	Operator common.Address
	TokenId  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InsufficientApproval(address operator, uint256 tokenId)
func INFTGeneratedERC721InsufficientApprovalErrorID() common.Hash {
	return common.HexToHash("0x177e802f6f313bc89797ecace66d6d29ab4719cbaaacbb87367264048b1eb861")
}

// UnpackERC721InsufficientApprovalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InsufficientApproval(address operator, uint256 tokenId)
func (iNFTGenerated *INFTGenerated) UnpackERC721InsufficientApprovalError(raw []byte) (*INFTGeneratedERC721InsufficientApproval, error) {
	out := new(INFTGeneratedERC721InsufficientApproval)
	if err := iNFTGenerated.abi.UnpackIntoInterface(out, "ERC721InsufficientApproval", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// INFTGeneratedERC721InvalidApprover represents a ERC721InvalidApprover error raised by the INFTGenerated contract.
type INFTGeneratedERC721InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidApprover(address approver)
func INFTGeneratedERC721InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xa9fbf51f86b8e03595d59dc726bb10c329bb24f62589be276d8dd193ca0b69ea")
}

// UnpackERC721InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidApprover(address approver)
func (iNFTGenerated *INFTGenerated) UnpackERC721InvalidApproverError(raw []byte) (*INFTGeneratedERC721InvalidApprover, error) {
	out := new(INFTGeneratedERC721InvalidApprover)
	if err := iNFTGenerated.abi.UnpackIntoInterface(out, "ERC721InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// INFTGeneratedERC721InvalidOperator represents a ERC721InvalidOperator error raised by the INFTGenerated contract.
type INFTGeneratedERC721InvalidOperator struct {
	Operator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidOperator(address operator)
func INFTGeneratedERC721InvalidOperatorErrorID() common.Hash {
	return common.HexToHash("0x5b08ba185e8f577075361f3a3555a6580a227ce22734dcc979c1aeadf894658b")
}

// UnpackERC721InvalidOperatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidOperator(address operator)
func (iNFTGenerated *INFTGenerated) UnpackERC721InvalidOperatorError(raw []byte) (*INFTGeneratedERC721InvalidOperator, error) {
	out := new(INFTGeneratedERC721InvalidOperator)
	if err := iNFTGenerated.abi.UnpackIntoInterface(out, "ERC721InvalidOperator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// INFTGeneratedERC721InvalidOwner represents a ERC721InvalidOwner error raised by the INFTGenerated contract.
type INFTGeneratedERC721InvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidOwner(address owner)
func INFTGeneratedERC721InvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x89c62b6479af2e623826dcc39c5133061d35b66d72de92833401dd2fd6567480")
}

// UnpackERC721InvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidOwner(address owner)
func (iNFTGenerated *INFTGenerated) UnpackERC721InvalidOwnerError(raw []byte) (*INFTGeneratedERC721InvalidOwner, error) {
	out := new(INFTGeneratedERC721InvalidOwner)
	if err := iNFTGenerated.abi.UnpackIntoInterface(out, "ERC721InvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// INFTGeneratedERC721InvalidReceiver represents a ERC721InvalidReceiver error raised by the INFTGenerated contract.
type INFTGeneratedERC721InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidReceiver(address receiver)
func INFTGeneratedERC721InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0x64a0ae9278f805eaf991dcd18ca78756d280b7508b764ef1b255c55845c11df9")
}

// UnpackERC721InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidReceiver(address receiver)
func (iNFTGenerated *INFTGenerated) UnpackERC721InvalidReceiverError(raw []byte) (*INFTGeneratedERC721InvalidReceiver, error) {
	out := new(INFTGeneratedERC721InvalidReceiver)
	if err := iNFTGenerated.abi.UnpackIntoInterface(out, "ERC721InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// INFTGeneratedERC721InvalidSender represents a ERC721InvalidSender error raised by the INFTGenerated contract.
type INFTGeneratedERC721InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidSender(address sender)
func INFTGeneratedERC721InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x73c6ac6e10798e95d99e1f130d923eb40193ecb8d094ec3dce93292564eb3b17")
}

// UnpackERC721InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidSender(address sender)
func (iNFTGenerated *INFTGenerated) UnpackERC721InvalidSenderError(raw []byte) (*INFTGeneratedERC721InvalidSender, error) {
	out := new(INFTGeneratedERC721InvalidSender)
	if err := iNFTGenerated.abi.UnpackIntoInterface(out, "ERC721InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// INFTGeneratedERC721NonexistentToken represents a ERC721NonexistentToken error raised by the INFTGenerated contract.
type INFTGeneratedERC721NonexistentToken struct {
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721NonexistentToken(uint256 tokenId)
func INFTGeneratedERC721NonexistentTokenErrorID() common.Hash {
	return common.HexToHash("0x7e273289a3a9ef6670f06df7dca227856fc925e956db96980692764a8bc734d7")
}

// UnpackERC721NonexistentTokenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721NonexistentToken(uint256 tokenId)
func (iNFTGenerated *INFTGenerated) UnpackERC721NonexistentTokenError(raw []byte) (*INFTGeneratedERC721NonexistentToken, error) {
	out := new(INFTGeneratedERC721NonexistentToken)
	if err := iNFTGenerated.abi.UnpackIntoInterface(out, "ERC721NonexistentToken", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// INFTGeneratedMinterAlreadySet represents a MinterAlreadySet error raised by the INFTGenerated contract.
type INFTGeneratedMinterAlreadySet struct {
	Minter common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MinterAlreadySet(address minter)
func INFTGeneratedMinterAlreadySetErrorID() common.Hash {
	return common.HexToHash("0x6f615f9ba024504c6b78374b4ea0948c781e91a28231c80462087242671a24d7")
}

// UnpackMinterAlreadySetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MinterAlreadySet(address minter)
func (iNFTGenerated *INFTGenerated) UnpackMinterAlreadySetError(raw []byte) (*INFTGeneratedMinterAlreadySet, error) {
	out := new(INFTGeneratedMinterAlreadySet)
	if err := iNFTGenerated.abi.UnpackIntoInterface(out, "MinterAlreadySet", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// INFTGeneratedNotMinter represents a NotMinter error raised by the INFTGenerated contract.
type INFTGeneratedNotMinter struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotMinter(address caller)
func INFTGeneratedNotMinterErrorID() common.Hash {
	return common.HexToHash("0x361c31f27e729a8322ec0a67a437cd1a685fbc0124c358ce2bac49ea8a779111")
}

// UnpackNotMinterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotMinter(address caller)
func (iNFTGenerated *INFTGenerated) UnpackNotMinterError(raw []byte) (*INFTGeneratedNotMinter, error) {
	out := new(INFTGeneratedNotMinter)
	if err := iNFTGenerated.abi.UnpackIntoInterface(out, "NotMinter", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// INFTGeneratedRoyaltyTooHigh represents a RoyaltyTooHigh error raised by the INFTGenerated contract.
type INFTGeneratedRoyaltyTooHigh struct {
	Bps *big.Int
	Max *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RoyaltyTooHigh(uint96 bps, uint96 max)
func INFTGeneratedRoyaltyTooHighErrorID() common.Hash {
	return common.HexToHash("0xb9015a617ce62248deab4512e577ecabe616ed7f1223980d487b0a60d7b4ef81")
}

// UnpackRoyaltyTooHighError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RoyaltyTooHigh(uint96 bps, uint96 max)
func (iNFTGenerated *INFTGenerated) UnpackRoyaltyTooHighError(raw []byte) (*INFTGeneratedRoyaltyTooHigh, error) {
	out := new(INFTGeneratedRoyaltyTooHigh)
	if err := iNFTGenerated.abi.UnpackIntoInterface(out, "RoyaltyTooHigh", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// INFTGeneratedZeroAddress represents a ZeroAddress error raised by the INFTGenerated contract.
type INFTGeneratedZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func INFTGeneratedZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (iNFTGenerated *INFTGenerated) UnpackZeroAddressError(raw []byte) (*INFTGeneratedZeroAddress, error) {
	out := new(INFTGeneratedZeroAddress)
	if err := iNFTGenerated.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

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

// INFTAgentsMetaData contains all meta data concerning the INFTAgents contract.
var INFTAgentsMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"relayer\",\"type\":\"address\"},{\"internalType\":\"contractINFTGenerated\",\"name\":\"generated_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"stakingWallet_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"devWallet_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"}],\"name\":\"AddressEmptyCode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC721IncorrectOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC721InsufficientApproval\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC721InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"ERC721InvalidOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC721InvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC721InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC721InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC721NonexistentToken\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyPrompt\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyURI\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EnforcedPause\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ExpectedPause\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FailedCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"available\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"required\",\"type\":\"uint64\"}],\"name\":\"InsufficientCredits\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidLimits\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"bps\",\"type\":\"uint16\"}],\"name\":\"InvalidShare\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidTerms\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"current\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"level\",\"type\":\"uint32\"}],\"name\":\"LevelNotIncreasing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotAgentOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotOwnerOrSubscriber\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotRequester\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"tier\",\"type\":\"uint8\"}],\"name\":\"PackageUnavailable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"PromptTooLong\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"expiresAt\",\"type\":\"uint64\"}],\"name\":\"RequestNotExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"RequestNotPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"subscriber\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"expiredAt\",\"type\":\"uint64\"}],\"name\":\"SubscriptionExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"subscriber\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"creditsLeft\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"cost\",\"type\":\"uint64\"}],\"name\":\"SubscriptionQuotaExceeded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"}],\"name\":\"SubscriptionsDisabled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"}],\"name\":\"UnknownAgent\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"}],\"name\":\"UnknownKind\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"UnknownRequest\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"tier\",\"type\":\"uint8\"}],\"name\":\"UnknownTier\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"WithdrawalFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"sent\",\"type\":\"uint256\"}],\"name\":\"WrongPayment\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"level\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"stateURI\",\"type\":\"string\"}],\"name\":\"AgentEvolved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"approved\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"ApprovalForAll\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"payer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"credits\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"}],\"name\":\"CreditsAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"credits\",\"type\":\"uint64\"}],\"name\":\"GenerationCostSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"creditsRefunded\",\"type\":\"uint64\"}],\"name\":\"GenerationFailed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"tokenURI\",\"type\":\"string\"}],\"name\":\"GenerationFulfilled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"prompt\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"creditsSpent\",\"type\":\"uint64\"}],\"name\":\"GenerationRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"tier\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"credits\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"}],\"name\":\"PackagePurchased\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint8\",\"name\":\"tier\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"credits\",\"type\":\"uint64\"}],\"name\":\"PackageSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Paused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"maxPromptBytes\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"requestTimeout\",\"type\":\"uint64\"}],\"name\":\"RequestLimitsSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"stakingWallet\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"devWallet\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"stakingShareBps\",\"type\":\"uint16\"}],\"name\":\"RevenueSplitSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"subscriber\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"expiresAt\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"paid\",\"type\":\"uint256\"}],\"name\":\"Subscribed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"pricePerPeriod\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"period\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"creditsPerPeriod\",\"type\":\"uint64\"}],\"name\":\"SubscriptionTermsSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Unpaused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"BPS\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KIND_COUNT\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"RELAYER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"STATUS_FAILED\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"STATUS_FULFILLED\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"STATUS_NONE\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"STATUS_PENDING\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"TIER_COUNT\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"agentCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"cancelExpired\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"}],\"name\":\"credits\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"devWallet\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"level\",\"type\":\"uint32\"},{\"internalType\":\"string\",\"name\":\"stateURI\",\"type\":\"string\"}],\"name\":\"evolveAgent\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"failGeneration\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"}],\"name\":\"fulfillGeneration\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"generated\",\"outputs\":[{\"internalType\":\"contractINFTGenerated\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"}],\"name\":\"generationCost\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"getApproved\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"isApprovedForAll\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"}],\"name\":\"levelOf\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxPromptBytes\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes[]\",\"name\":\"data\",\"type\":\"bytes[]\"}],\"name\":\"multicall\",\"outputs\":[{\"internalType\":\"bytes[]\",\"name\":\"results\",\"type\":\"bytes[]\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ownerOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"tier\",\"type\":\"uint8\"}],\"name\":\"packageCredits\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"tier\",\"type\":\"uint8\"}],\"name\":\"packagePrice\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"}],\"name\":\"pendingWithdrawals\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"tier\",\"type\":\"uint8\"}],\"name\":\"purchasePackage\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"requestCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"string\",\"name\":\"prompt\",\"type\":\"string\"}],\"name\":\"requestGeneration\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"requestTimeout\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"requests\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"creditsSpent\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"createdAt\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"setApprovalForAll\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"cost\",\"type\":\"uint64\"}],\"name\":\"setGenerationCost\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"tier\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"credits_\",\"type\":\"uint64\"}],\"name\":\"setPackage\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"maxPromptBytes_\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"requestTimeout_\",\"type\":\"uint64\"}],\"name\":\"setRequestLimits\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"stakingWallet_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"devWallet_\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"stakingShareBps_\",\"type\":\"uint16\"}],\"name\":\"setRevenueSplit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pricePerPeriod\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"period\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"creditsPerPeriod\",\"type\":\"uint64\"}],\"name\":\"setSubscriptionTerms\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"stakingShareBps\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"stakingWallet\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"}],\"name\":\"subscribe\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"subscriber\",\"type\":\"address\"}],\"name\":\"subscriptionOf\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"expiresAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"creditsLeft\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"}],\"name\":\"subscriptionTerms\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"pricePerPeriod\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"period\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"creditsPerPeriod\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"}],\"name\":\"tierOf\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"}],\"name\":\"tokenURI\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"tier\",\"type\":\"uint8\"}],\"name\":\"topUp\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"transferNonce\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unpause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "INFTAgents",
	Bin: "0x60a0604052600b80546001600160601b031916650e10000007d0179055600c805461ffff60a01b191661027160a31b17905534801561003c575f5ffd5b5060405161427938038061427983398101604081905261005b916103db565b6040518060400160405280600b81526020016a494e4654204167656e747360a81b815250604051806040016040528060048152602001631253919560e21b815250815f90816100aa91906104ef565b5060016100b782826104ef565b50506001600955506001600160a01b03851615806100dc57506001600160a01b038416155b806100ee57506001600160a01b038316155b8061010057506001600160a01b038216155b8061011257506001600160a01b038116155b156101305760405163d92e233d60e01b815260040160405180910390fd5b61013a5f86610227565b506101657fe2b7fb3b832174769106daebcfd6d1970523240dda11281102db9363b83b0dc485610227565b506001600160a01b03838116608052600b80546001600160601b03166c0100000000000000000000000085841602179055600c80546001600160a01b0319169183169190911790556101c15f678ac7230489e8000060646102d4565b6101d86001680270801d946c9400006101f46102d4565b6101ef60026808ac7230489e8000006107d06102d4565b61020660036825f273933db57000006127106102d4565b6102115f600161035f565b61021d6001600561035f565b50505050506105ad565b5f8281526007602090815260408083206001600160a01b038516845290915281205460ff166102cb575f8381526007602090815260408083206001600160a01b03861684529091529020805460ff191660011790556102833390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016102ce565b505f5b92915050565b6040805180820182528381526001600160401b03838116602080840182815260ff89165f818152600d8452879020955186559051600190950180546001600160401b031916959094169490941790925583518681529182015290917f92fdb1e50d72ae7763a598377a67bb9527bb4386922cce9818d27bc4d8c18d0a910160405180910390a2505050565b60ff82165f818152600e602090815260409182902080546001600160401b0319166001600160401b03861690811790915591519182527fb1f89922f5395e714e88526afcc547bc65a49a2144b583cc9e76b8ce3ebcfd19910160405180910390a25050565b6001600160a01b03811681146103d8575f5ffd5b50565b5f5f5f5f5f60a086880312156103ef575f5ffd5b85516103fa816103c4565b602087015190955061040b816103c4565b604087015190945061041c816103c4565b606087015190935061042d816103c4565b608087015190925061043e816103c4565b809150509295509295909350565b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061047457607f821691505b60208210810361049257634e487b7160e01b5f52602260045260245ffd5b50919050565b601f8211156104ea57828211156104ea57805f5260205f20601f840160051c60208510156104c357505f5b90810190601f840160051c035f5b818110156104e6575f838201556001016104d1565b5050505b505050565b81516001600160401b038111156105085761050861044c565b61051c816105168454610460565b84610498565b6020601f82116001811461054e575f83156105375750848201515b5f19600385901b1c1916600184901b1784556105a6565b5f84815260208120601f198516915b8281101561057d578785015182556020948501946001909201910161055d565b508482101561059a57868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b608051613cad6105cc5f395f81816107c901526115200152613cad5ff3fe6080604052600436106103b1575f3560e01c80636352211e116101e9578063a22cb46511610108578063d3aabdd21161009d578063d90f64cc1161006d578063d90f64cc14610be0578063e985e9c514610bff578063f3f4370314610c1e578063f97c7dd614610c52575f5ffd5b8063d3aabdd214610b81578063d547741f14610ba2578063d56bb73e14610bc1578063d8727ea9146103b5575f5ffd5b8063bd4dc474116100d8578063bd4dc47414610aeb578063c87b56dd14610b0a578063c8b01e6f14610b29578063d043df7d14610b3d575f5ffd5b8063a22cb46514610a6d578063ac9650d814610a8c578063b7dc128414610ab8578063b88d4fde14610acc575f5ffd5b80638d06fcd21161017e57806395d89b411161014e57806395d89b4114610a085780639c91227914610a1c5780639ed40e3614610a3b578063a217fddf14610a5a575f5ffd5b80638d06fcd21461098e5780638ea5220f146109aa57806391d14854146109c9578063926d7d7f146109e8575f5ffd5b806381d12c58116101b957806381d12c58146108915780638456cb591461094857806384e1433b1461095c5780638b1896d71461096f575f5ffd5b80636352211e146107eb5780636d5e30321461080a5780636e303cad1461083e57806370a0823114610872575f5ffd5b806336331c8f116102d55780634dfc1f481161026a5780635a5aae1e1161023a5780635a5aae1e1461076e5780635badbe4c1461078d5780635c975abb146107a15780635cd8ef6a146107b8575f5ffd5b80634dfc1f48146106f25780635134c7461461071157806351b18c201461073057806353f96df21461074f575f5ffd5b80633f4ba83a116102a55780633f4ba83a1461068c57806342335349146106a0578063423d487c146106bf57806342842e0e146106d3575f5ffd5b806336331c8f1461061e57806336568abe146106325780633ccfd60b146106515780633f20b4c914610665575f5ffd5b80630f574ba71161034b57806323b872dd1161031b57806323b872dd1461058a578063248a9ca3146105a9578063249d39e9146105d75780632f2ff15d146105ff575f5ffd5b80630f574ba71461052457806313d9fe9e146105375780631e59e7d41461054a578063237a5a7514610569575f5ffd5b806306ee6ad81161038657806306ee6ad81461048557806306fdde03146104c3578063081812fc146104e4578063095ea7b314610503575f5ffd5b806206852f146103b55780625b6da3146103e057806301ffc9a71461041f578063036a1c221461044e575b5f5ffd5b3480156103c0575f5ffd5b506103c9600281565b60405160ff90911681526020015b60405180910390f35b3480156103eb575f5ffd5b506103ff6103fa366004613269565b610c71565b604080516001600160401b039384168152929091166020830152016103d7565b34801561042a575f5ffd5b5061043e6104393660046132a8565b610d10565b60405190151581526020016103d7565b348015610459575f5ffd5b5061046d6104683660046132c3565b610d20565b6040516001600160401b0390911681526020016103d7565b348015610490575f5ffd5b50600b546104ab90600160601b90046001600160a01b031681565b6040516001600160a01b0390911681526020016103d7565b3480156104ce575f5ffd5b506104d7610d46565b6040516103d79190613308565b3480156104ef575f5ffd5b506104ab6104fe3660046132c3565b610dd5565b34801561050e575f5ffd5b5061052261051d36600461331a565b610dfc565b005b6105226105323660046132c3565b610e0b565b610522610545366004613352565b611099565b348015610555575f5ffd5b50610522610564366004613389565b611172565b61057c6105773660046133b1565b6111b4565b6040519081526020016103d7565b348015610595575f5ffd5b506105226105a43660046133ca565b6112a8565b3480156105b4575f5ffd5b5061057c6105c33660046132c3565b5f9081526007602052604090206001015490565b3480156105e2575f5ffd5b506105ec61271081565b60405161ffff90911681526020016103d7565b34801561060a575f5ffd5b50610522610619366004613269565b611331565b348015610629575f5ffd5b506103c9600481565b34801561063d575f5ffd5b5061052261064c366004613269565b611355565b34801561065c575f5ffd5b50610522611388565b348015610670575f5ffd5b50600b5461046d9064010000000090046001600160401b031681565b348015610697575f5ffd5b50610522611481565b3480156106ab575f5ffd5b5061057c6106ba366004613441565b611493565b3480156106ca575f5ffd5b506103c9600181565b3480156106de575f5ffd5b506105226106ed3660046133ca565b6115f3565b3480156106fd575f5ffd5b5061052261070c36600461349b565b61160d565b34801561071c575f5ffd5b5061046d61072b3660046133b1565b611718565b34801561073b575f5ffd5b5061052261074a3660046134f0565b611763565b34801561075a575f5ffd5b506103c96107693660046132c3565b6117a1565b348015610779575f5ffd5b506105226107883660046132c3565b6117c1565b348015610798575f5ffd5b5060185461057c565b3480156107ac575f5ffd5b5060085460ff1661043e565b3480156107c3575f5ffd5b506104ab7f000000000000000000000000000000000000000000000000000000000000000081565b3480156107f6575f5ffd5b506104ab6108053660046132c3565b6118aa565b348015610815575f5ffd5b506108296108243660046132c3565b6118b4565b60405163ffffffff90911681526020016103d7565b348015610849575f5ffd5b5061046d6108583660046132c3565b5f908152600660205260409020546001600160401b031690565b34801561087d575f5ffd5b5061057c61088c366004613529565b6118d7565b34801561089c575f5ffd5b506109006108ab3660046132c3565b60166020525f908152604090208054600182015460029092015490916001600160a01b0381169160ff600160a01b8304811692600160a81b8104909116916001600160401b03600160b01b9092048216911686565b604080519687526001600160a01b03909516602087015260ff93841694860194909452911660608401526001600160401b0390811660808401521660a082015260c0016103d7565b348015610953575f5ffd5b5061052261191c565b348015610967575f5ffd5b506103c95f81565b34801561097a575f5ffd5b50610522610989366004613542565b61192e565b348015610999575f5ffd5b50600b546108299063ffffffff1681565b3480156109b5575f5ffd5b50600c546104ab906001600160a01b031681565b3480156109d4575f5ffd5b5061043e6109e3366004613269565b611a3b565b3480156109f3575f5ffd5b5061057c5f516020613c585f395f51905f5281565b348015610a13575f5ffd5b506104d7611a65565b348015610a27575f5ffd5b50610522610a3636600461358c565b611a74565b348015610a46575f5ffd5b5061057c610a553660046135a6565b611b2d565b348015610a65575f5ffd5b5061057c5f81565b348015610a78575f5ffd5b50610522610a873660046135c9565b611f5f565b348015610a97575f5ffd5b50610aab610aa6366004613602565b611f6a565b6040516103d79190613671565b348015610ac3575f5ffd5b5060175461057c565b348015610ad7575f5ffd5b50610522610ae63660046136e8565b61204f565b348015610af6575f5ffd5b50610522610b053660046137c2565b612067565b348015610b15575f5ffd5b506104d7610b243660046132c3565b6121ed565b348015610b34575f5ffd5b506103c9600381565b348015610b48575f5ffd5b50610b5c610b573660046132c3565b612294565b604080519384526001600160401b0392831660208501529116908201526060016103d7565b348015610b8c575f5ffd5b50600c546105ec90600160a01b900461ffff1681565b348015610bad575f5ffd5b50610522610bbc366004613269565b61232b565b348015610bcc575f5ffd5b50610522610bdb366004613441565b61234f565b348015610beb575f5ffd5b5061057c610bfa3660046133b1565b6123ae565b348015610c0a575f5ffd5b5061043e610c19366004613805565b6123ed565b348015610c29575f5ffd5b5061057c610c38366004613529565b6001600160a01b03165f908152600a602052604090205490565b348015610c5d575f5ffd5b5061046d610c6c3660046133b1565b61241a565b5f8281526014602090815260408083206001600160a01b03851684528252808320815160608101835290546001600160401b038082168352600160401b8204811683860152600160801b9091048116828401528685526006909352908320548392166001600160401b031681604001516001600160401b031614610cfb575f5f9250925050610d09565b805160209091015190925090505b9250929050565b5f610d1a82612462565b92915050565b5f610d2a82612486565b50505f908152600f60205260409020546001600160401b031690565b60605f8054610d549061382d565b80601f0160208091040260200160405190810160405280929190818152602001828054610d809061382d565b8015610dcb5780601f10610da257610100808354040283529160200191610dcb565b820191905f5260205f20905b815481529060010190602001808311610dae57829003601f168201915b5050505050905090565b5f610ddf826124be565b505f828152600460205260409020546001600160a01b0316610d1a565b610e078282336124f6565b5050565b610e13612503565b610e1b612527565b5f610e2582612486565b5f8381526006602090815260408083205460138352928190208151608081018352815481526001909101546001600160401b03818116948301859052600160401b8204811693830193909352600160801b90048216606082015293945090911691901580610ea95750816001600160401b031681606001516001600160401b031614155b15610ecf5760405163cd5ba8dd60e01b8152600481018590526024015b60405180910390fd5b80513414610efc578051604051630374cb4760e21b81526004810191909152346024820152604401610ec6565b5f84815260146020908152604080832033845290915290208054426001600160401b03909116118015610f42575080546001600160401b03848116600160801b90920416145b15610fdc576020820151815482905f90610f669084906001600160401b0316613879565b92506101000a8154816001600160401b0302191690836001600160401b031602179055508160400151815f0160088282829054906101000a90046001600160401b0316610fb39190613879565b92506101000a8154816001600160401b0302191690836001600160401b03160217905550611036565b6020820151610feb9042613879565b815460408401516001600160401b03868116600160801b0267ffffffffffffffff60801b19928216600160401b026001600160801b0319909416949091169390931791909117161781555b6110408434612551565b8054604080516001600160401b039092168252346020830152339187917f8ddf9f6627890f63133c0c01ed28810c523a7f7adb2ca405a6e84da0f62aa541910160405180910390a3505050506110966001600955565b50565b6110a1612503565b6110a9612527565b6110b282612486565b505f6110bd82612587565b6020808201515f868152600f90925260408220805493945090929091906110ee9084906001600160401b0316613879565b92506101000a8154816001600160401b0302191690836001600160401b0316021790555061111b34612648565b6020818101518251604080516001600160401b03909316835292820152339185917fbbf0749671aa2644818c0bb3bf90c73c66a797d65052f3c4cabe66f703555328910160405180910390a350610e076001600955565b5f61117c816126af565b600260ff8416106111a55760405163bd3c908960e01b815260ff84166004820152602401610ec6565b6111af83836126b9565b505050565b5f6111bd612503565b6111c5612527565b5f6111cf83612587565b905060175f81546111df90613898565b91829055505f818152601060209081526040808320805460ff191660ff891617905584820151600f909252909120805467ffffffffffffffff19166001600160401b03909216919091179055915061123634612648565b60208181015182516040805160ff881681526001600160401b0390931693830193909352818301529051339184917f473967c83933d73c3f42a5a533af782b4d65e0f75eddb9f8f9e9f02996aac2f39181900360600190a3611298338361271f565b506112a36001600955565b919050565b6001600160a01b0382166112d157604051633250574960e11b81525f6004820152602401610ec6565b5f6112dd838333612738565b9050836001600160a01b0316816001600160a01b03161461132b576040516364283d7b60e01b81526001600160a01b0380861660048301526024820184905282166044820152606401610ec6565b50505050565b5f8281526007602052604090206001015461134b816126af565b61132b83836127a4565b6001600160a01b038116331461137e5760405163334bd91960e11b815260040160405180910390fd5b6111af8282612835565b611390612527565b335f908152600a6020526040812054908190036113c057604051630686827b60e51b815260040160405180910390fd5b335f818152600a60205260408082208290555190919083908381818185875af1925050503d805f811461140e576040519150601f19603f3d011682016040523d82523d5f602084013e611413565b606091505b505090508061143e576040516392873d1360e01b815233600482015260248101839052604401610ec6565b60405182815233907f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d59060200160405180910390a2505061147f6001600955565b565b5f61148b816126af565b6110966128a0565b5f5f516020613c585f395f51905f526114ab816126af565b6114b3612527565b5f8390036114d45760405163683d806b60e11b815260040160405180910390fd5b5f6114de866128f2565b600181018054600160a91b60ff60a81b1982161790915581545f8181526002602052604090819020549051634bd297fd60e01b81529394506001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000811694634bd297fd94611563949083169390928d929116908c908c906004016138d8565b6020604051808303815f875af115801561157f573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906115a3919061391e565b925082867f2ff3beb5d7b5f8748412f9c90fa307a6b515643eeaf14630c68b132a574a361587876040516115d8929190613935565b60405180910390a3506115eb6001600955565b509392505050565b6111af83838360405180602001604052805f81525061204f565b5f516020613c585f395f51905f52611624816126af565b61162d85612486565b505f82900361164f5760405163683d806b60e11b815260040160405180910390fd5b5f8581526011602052604090205463ffffffff908116908516811061169e57604051637c72b79b60e11b81526004810187905263ffffffff808316602483015286166044820152606401610ec6565b5f868152601160209081526040808320805463ffffffff191663ffffffff8a16179055601290915290206116d3848683613996565b50857fdba1fcc5c8ff190855a7183e11784c10bb0fbea8c906566e0bd05bb57491dbee86868660405161170893929190613a4f565b60405180910390a2505050505050565b5f600460ff83161061174257604051637ea2d1d160e11b815260ff83166004820152602401610ec6565b5060ff165f908152600d60205260409020600101546001600160401b031690565b5f61176d816126af565b600460ff85161061179657604051637ea2d1d160e11b815260ff85166004820152602401610ec6565b61132b848484612974565b5f6117ab82612486565b50505f9081526010602052604090205460ff1690565b5f6117cb826128f2565b60018101549091506001600160a01b03163314611804576040516358ea1a2760e01b815260048101839052336024820152604401610ec6565b600b5460028201545f9161182c916001600160401b0364010000000090920482169116613879565b9050806001600160401b031642101561186a57604051631fad323360e21b8152600481018490526001600160401b0382166024820152604401610ec6565b6111af83836040518060400160405280601f81526020017f657870697265643a2063616e63656c6c65642062792072657175657374657200815250612a00565b5f610d1a826124be565b5f6118be82612486565b50505f9081526011602052604090205463ffffffff1690565b5f6001600160a01b038216611901576040516322718ad960e21b81525f6004820152602401610ec6565b506001600160a01b03165f9081526003602052604090205490565b5f611926816126af565b611096612b79565b5f611938816126af565b6001600160a01b038416158061195557506001600160a01b038316155b156119735760405163d92e233d60e01b815260040160405180910390fd5b61271061ffff831611156119a0576040516313573bbd60e31b815261ffff83166004820152602401610ec6565b600b80546bffffffffffffffffffffffff16600160601b6001600160a01b0387811691820292909217909255600c80549186166001600160b01b03199092168217600160a01b61ffff871690810291909117909155604080519384526020840192909252908201527f61f9d54ab91d0445e9c0c3aaf8245af0719cec538bd5fc25fa46caec955820cf9060600160405180910390a150505050565b5f9182526007602090815260408084206001600160a01b0393909316845291905290205460ff1690565b606060018054610d549061382d565b5f611a7e816126af565b63ffffffff83161580611a9857506001600160401b038216155b15611ab65760405163e773e0a960e01b815260040160405180910390fd5b600b805463ffffffff85166bffffffffffffffffffffffff1990911681176401000000006001600160401b038616908102919091179092556040805191825260208201929092527f5d0e6a55e4b38ab303619d84ffc6f099adc9b802dd76ad06c6b948d237cd0230910160405180910390a1505050565b5f611b36612503565b5f611b4086612486565b9050600260ff861610611b6b5760405163bd3c908960e01b815260ff86166004820152602401610ec6565b825f819003611b8d5760405163b8a7f21960e01b815260040160405180910390fd5b600b5463ffffffff16811115611bc957600b54604051631dbe433960e11b81526004810183905263ffffffff9091166024820152604401610ec6565b60ff86165f908152600e60205260409020546001600160401b0316336001600160a01b03841614801590611d5f575f898152601460209081526040808320338452909152902080546001600160401b03161580611c4857505f8a8152600660205260409020548154600160801b90046001600160401b03908116911614155b15611c6f57604051638897be4960e01b8152600481018b9052336024820152604401610ec6565b8054426001600160401b0390911611611cb65780546040516319f1053760e01b8152600481018c90523360248201526001600160401b039091166044820152606401610ec6565b80546001600160401b03808516600160401b909204161015611d155780546040516302761fcf60e61b8152600481018c9052336024820152600160401b9091046001600160401b03908116604483015284166064820152608401610ec6565b805483908290600890611d39908490600160401b90046001600160401b0316613a6e565b92506101000a8154816001600160401b0302191690836001600160401b03160217905550505b5f898152600f60205260409020546001600160401b03908116908316811015611db55760405163fe69c5af60e01b8152600481018b90526001600160401b03808316602483015284166044820152606401610ec6565b611dbf8382613a6e565b5f8b8152600f60205260408120805467ffffffffffffffff19166001600160401b03939093169290921790915560188054909190611dfc90613898565b91829055506040805160c0810182528c815233602080830191825260ff8e81168486019081526001606086018181526001600160401b038c81166080890190815242821660a08a019081525f8c815260169098529990962097518855955191870180549351915195516001600160a01b039093166001600160a81b031990941693909317600160a01b918516919091021768ffffffffffffffffff60a81b1916600160a81b949093169390930267ffffffffffffffff60b01b191691909117600160b01b9284169290920291909117905591516002909101805467ffffffffffffffff19169190921617905595508115611f09575f868152601560205260409020805460ff191660011790555b336001600160a01b03168a877f439775d66d7d20f5534cbf776e3714c38849fd370fc66c864ba057c8466cba6c8c8c8c89604051611f4a9493929190613a8d565b60405180910390a45050505050949350505050565b610e07338383612bb6565b604080515f815260208101909152606090826001600160401b03811115611f9357611f936136d4565b604051908082528060200260200182016040528015611fc657816020015b6060815260200190600190039081611fb15790505b5091505f5b838110156120475761202230868684818110611fe957611fe9613ad6565b9050602002810190611ffb9190613aea565b8560405160200161200e93929190613b43565b604051602081830303815290604052612c54565b83828151811061203457612034613ad6565b6020908102919091010152600101611fcb565b505092915050565b61205a8484846112a8565b61132b3385858585612cc6565b5f61207185612486565b9050336001600160a01b038216146120a5576040516304ffad3160e21b815260048101869052336024820152604401610ec6565b6001600160401b038316158015906120c457506001600160401b038216155b156120e257604051630256965f60e01b815260040160405180910390fd5b6040518060800160405280858152602001846001600160401b03168152602001836001600160401b0316815260200161212f875f908152600660205260409020546001600160401b031690565b6001600160401b039081169091525f87815260136020908152604091829020845181558482015160019091018054868501516060978801518716600160801b0267ffffffffffffffff60801b19918816600160401b026001600160801b03199093169488169490941791909117169190911790558151888152878416918101919091529185169082015286917f9e8902f848512909d7721e47c986964f74600d1f6a1563e57758b3854d8ca108910160405180910390a25050505050565b60606121f882612486565b505f82815260126020526040902080546122119061382d565b80601f016020809104026020016040519081016040528092919081815260200182805461223d9061382d565b80156122885780601f1061225f57610100808354040283529160200191612288565b820191905f5260205f20905b81548152906001019060200180831161226b57829003601f168201915b50505050509050919050565b5f8181526013602090815260408083208151608081018352815481526001909101546001600160401b0380821683860152600160401b8204811683850152600160801b90910481166060830190815286865260069094529184205492518493849391821691161461230e575f5f5f93509350935050612324565b805f015181602001518260400151935093509350505b9193909250565b5f82815260076020526040902060010154612345816126af565b61132b8383612835565b5f516020613c585f395f51905f52612366816126af565b61132b84612373866128f2565b85858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250612a0092505050565b5f600460ff8316106123d857604051637ea2d1d160e11b815260ff83166004820152602401610ec6565b5060ff165f908152600d602052604090205490565b6001600160a01b039182165f90815260056020908152604080832093909416825291909152205460ff1690565b5f600260ff8316106124445760405163bd3c908960e01b815260ff83166004820152602401610ec6565b5060ff165f908152600e60205260409020546001600160401b031690565b5f6001600160e01b03198216637965db0b60e01b1480610d1a5750610d1a82612dee565b5f818152600260205260409020546001600160a01b0316806112a357604051637b65190b60e01b815260048101839052602401610ec6565b5f818152600260205260408120546001600160a01b031680610d1a57604051637e27328960e01b815260048101849052602401610ec6565b6111af8383836001612e3d565b60085460ff161561147f5760405163d93c066560e01b815260040160405180910390fd5b60026009540361254a57604051633ee5aeb560e01b815260040160405180910390fd5b6002600955565b8015610e07576001600160a01b0382165f908152600a60205260408120805483929061257e908490613b62565b90915550505050565b604080518082019091525f8082526020820152600460ff8316106125c357604051637ea2d1d160e11b815260ff83166004820152602401610ec6565b5060ff81165f908152600d60209081526040808320815180830190925280548252600101546001600160401b0316918101829052910361261b5760405163349a28d160e01b815260ff83166004820152602401610ec6565b805134146112a3578051604051630374cb4760e21b81526004810191909152346024820152604401610ec6565b600c545f906127109061266690600160a01b900461ffff1684613b75565b6126709190613b8c565b600b5490915061269090600160601b90046001600160a01b031682612551565b600c54610e07906001600160a01b03166126aa8385613ac3565b612551565b6110968133612f41565b60ff82165f818152600e6020908152604091829020805467ffffffffffffffff19166001600160401b03861690811790915591519182527fb1f89922f5395e714e88526afcc547bc65a49a2144b583cc9e76b8ce3ebcfd19910160405180910390a25050565b610e07828260405180602001604052805f815250612f7a565b5f612744848484612f91565b90506001600160a01b0381161561279d575f83815260066020526040812080546001600160401b03169161277783613bab565b91906101000a8154816001600160401b0302191690836001600160401b03160217905550505b9392505050565b5f6127af8383611a3b565b61282e575f8381526007602090815260408083206001600160a01b03861684529091529020805460ff191660011790556127e63390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610d1a565b505f610d1a565b5f6128408383611a3b565b1561282e575f8381526007602090815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4506001610d1a565b6128a8613083565b6008805460ff191690557f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa335b6040516001600160a01b03909116815260200160405180910390a1565b5f8181526016602052604090206001810154600160a81b900460ff1661292e57604051631f79bbe760e01b815260048101839052602401610ec6565b600181810154600160a81b900460ff16146112a357600181015460405163a8306b6160e01b815260048101849052600160a81b90910460ff166024820152604401610ec6565b6040805180820182528381526001600160401b03838116602080840182815260ff89165f818152600d84528790209551865590516001909501805467ffffffffffffffff1916959094169490941790925583518681529182015290917f92fdb1e50d72ae7763a598377a67bb9527bb4386922cce9818d27bc4d8c18d0a910160405180910390a2505050565b60018201805460ff60a81b1916600360a81b179081905582545f908152600f602052604081208054600160b01b9093046001600160401b0390811693849391612a4b91859116613879565b82546001600160401b039182166101009390930a9283029190920219909116179055505f8481526015602052604090205460ff1615612b395782545f90815260146020908152604080832060018701546001600160a01b0316845290915290208054426001600160401b03909116118015612ae9575083545f908152600660205260409020548154600160801b90046001600160401b039081169116145b15612b3757805482908290600890612b12908490600160401b90046001600160401b0316613879565b92506101000a8154816001600160401b0302191690836001600160401b031602179055505b505b837f98ff28d3ce3ec6309cbf30c0ba632fed1697db43191bf207ef2008945a44ce818383604051612b6b929190613bd5565b60405180910390a250505050565b612b81612503565b6008805460ff191660011790557f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a2586128d53390565b6001600160a01b038216612be857604051630b61174360e31b81526001600160a01b0383166004820152602401610ec6565b6001600160a01b038381165f81815260056020908152604080832094871680845294825291829020805460ff191686151590811790915591519182527f17307eab39ab6107e8899845ad3d59bd9653f200f220920489ca2b5937696c31910160405180910390a3505050565b60605f5f846001600160a01b031684604051612c709190613bff565b5f60405180830381855af49150503d805f8114612ca8576040519150601f19603f3d011682016040523d82523d5f602084013e612cad565b606091505b5091509150612cbd8583836130a6565b95945050505050565b6001600160a01b0383163b15612de757604051630a85bd0160e11b81526001600160a01b0384169063150b7a0290612d08908890889087908790600401613c0a565b6020604051808303815f875af1925050508015612d42575060408051601f3d908101601f19168201909252612d3f91810190613c3c565b60015b612da9573d808015612d6f576040519150601f19603f3d011682016040523d82523d5f602084013e612d74565b606091505b5080515f03612da157604051633250574960e11b81526001600160a01b0385166004820152602401610ec6565b805160208201fd5b6001600160e01b03198116630a85bd0160e11b14612de557604051633250574960e11b81526001600160a01b0385166004820152602401610ec6565b505b5050505050565b5f6001600160e01b031982166380ac58cd60e01b1480612e1e57506001600160e01b03198216635b5e139f60e01b145b80610d1a57506301ffc9a760e01b6001600160e01b0319831614610d1a565b8080612e5157506001600160a01b03821615155b15612f12575f612e60846124be565b90506001600160a01b03831615801590612e8c5750826001600160a01b0316816001600160a01b031614155b8015612e9f5750612e9d81846123ed565b155b15612ec85760405163a9fbf51f60e01b81526001600160a01b0384166004820152602401610ec6565b8115612f105783856001600160a01b0316826001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92560405160405180910390a45b505b50505f90815260046020526040902080546001600160a01b0319166001600160a01b0392909216919091179055565b612f4b8282611a3b565b610e075760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610ec6565b612f848383613102565b6111af335f858585612cc6565b5f828152600260205260408120546001600160a01b0390811690831615612fbd57612fbd818486613163565b6001600160a01b03811615612ff757612fd85f855f5f612e3d565b6001600160a01b0381165f90815260036020526040902080545f190190555b6001600160a01b03851615613025576001600160a01b0385165f908152600360205260409020805460010190555b5f8481526002602052604080822080546001600160a01b0319166001600160a01b0389811691821790925591518793918516917fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef91a4949350505050565b60085460ff1661147f57604051638dfc202b60e01b815260040160405180910390fd5b6060826130bb576130b6826131c7565b61279d565b81511580156130d257506001600160a01b0384163b155b156130fb57604051639996b31560e01b81526001600160a01b0385166004820152602401610ec6565b508061279d565b6001600160a01b03821661312b57604051633250574960e11b81525f6004820152602401610ec6565b5f61313783835f612738565b90506001600160a01b038116156111af576040516339e3563760e11b81525f6004820152602401610ec6565b61316e8383836131ef565b6111af576001600160a01b03831661319c57604051637e27328960e01b815260048101829052602401610ec6565b60405163177e802f60e01b81526001600160a01b038316600482015260248101829052604401610ec6565b8051156131d657805160208201fd5b60405163d6bda27560e01b815260040160405180910390fd5b5f6001600160a01b0383161580159061324b5750826001600160a01b0316846001600160a01b03161480613228575061322884846123ed565b8061324b57505f828152600460205260409020546001600160a01b038481169116145b949350505050565b80356001600160a01b03811681146112a3575f5ffd5b5f5f6040838503121561327a575f5ffd5b8235915061328a60208401613253565b90509250929050565b6001600160e01b031981168114611096575f5ffd5b5f602082840312156132b8575f5ffd5b813561279d81613293565b5f602082840312156132d3575f5ffd5b5035919050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f61279d60208301846132da565b5f5f6040838503121561332b575f5ffd5b61333483613253565b946020939093013593505050565b803560ff811681146112a3575f5ffd5b5f5f60408385031215613363575f5ffd5b8235915061328a60208401613342565b80356001600160401b03811681146112a3575f5ffd5b5f5f6040838503121561339a575f5ffd5b6133a383613342565b915061328a60208401613373565b5f602082840312156133c1575f5ffd5b61279d82613342565b5f5f5f606084860312156133dc575f5ffd5b6133e584613253565b92506133f360208501613253565b929592945050506040919091013590565b5f5f83601f840112613414575f5ffd5b5081356001600160401b0381111561342a575f5ffd5b602083019150836020828501011115610d09575f5ffd5b5f5f5f60408486031215613453575f5ffd5b8335925060208401356001600160401b0381111561346f575f5ffd5b61347b86828701613404565b9497909650939450505050565b803563ffffffff811681146112a3575f5ffd5b5f5f5f5f606085870312156134ae575f5ffd5b843593506134be60208601613488565b925060408501356001600160401b038111156134d8575f5ffd5b6134e487828801613404565b95989497509550505050565b5f5f5f60608486031215613502575f5ffd5b61350b84613342565b92506020840135915061352060408501613373565b90509250925092565b5f60208284031215613539575f5ffd5b61279d82613253565b5f5f5f60608486031215613554575f5ffd5b61355d84613253565b925061356b60208501613253565b9150604084013561ffff81168114613581575f5ffd5b809150509250925092565b5f5f6040838503121561359d575f5ffd5b6133a383613488565b5f5f5f5f606085870312156135b9575f5ffd5b843593506134be60208601613342565b5f5f604083850312156135da575f5ffd5b6135e383613253565b9150602083013580151581146135f7575f5ffd5b809150509250929050565b5f5f60208385031215613613575f5ffd5b82356001600160401b03811115613628575f5ffd5b8301601f81018513613638575f5ffd5b80356001600160401b0381111561364d575f5ffd5b8560208260051b8401011115613661575f5ffd5b6020919091019590945092505050565b5f602082016020835280845180835260408501915060408160051b8601019250602086015f5b828110156136c857603f198786030184526136b38583516132da565b94506020938401939190910190600101613697565b50929695505050505050565b634e487b7160e01b5f52604160045260245ffd5b5f5f5f5f608085870312156136fb575f5ffd5b61370485613253565b935061371260208601613253565b92506040850135915060608501356001600160401b03811115613733575f5ffd5b8501601f81018713613743575f5ffd5b80356001600160401b0381111561375c5761375c6136d4565b604051601f8201601f19908116603f011681016001600160401b038111828210171561378a5761378a6136d4565b6040528181528282016020018910156137a1575f5ffd5b816020840160208301375f6020838301015280935050505092959194509250565b5f5f5f5f608085870312156137d5575f5ffd5b84359350602085013592506137ec60408601613373565b91506137fa60608601613373565b905092959194509250565b5f5f60408385031215613816575f5ffd5b61381f83613253565b915061328a60208401613253565b600181811c9082168061384157607f821691505b60208210810361385f57634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52601160045260245ffd5b6001600160401b038181168382160190811115610d1a57610d1a613865565b5f600182016138a9576138a9613865565b5060010190565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b6001600160a01b03878116825260208201879052604082018690528416606082015260a0608082018190525f9061391290830184866138b0565b98975050505050505050565b5f6020828403121561392e575f5ffd5b5051919050565b602081525f61324b6020830184866138b0565b601f8211156111af57828211156111af57805f5260205f20601f840160051c602085101561397357505f5b90810190601f840160051c035f5b81811015612de5575f83820155600101613981565b6001600160401b038311156139ad576139ad6136d4565b6139c1836139bb835461382d565b83613948565b5f601f8411600181146139f2575f85156139db5750838201355b5f19600387901b1c1916600186901b178355612de7565b5f83815260208120601f198716915b82811015613a215786850135825560209485019460019092019101613a01565b5086821015613a3d575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b63ffffffff84168152604060208201525f612cbd6040830184866138b0565b6001600160401b038281168282160390811115610d1a57610d1a613865565b60ff85168152606060208201525f613aa96060830185876138b0565b90506001600160401b038316604083015295945050505050565b81810381811115610d1a57610d1a613865565b634e487b7160e01b5f52603260045260245ffd5b5f5f8335601e19843603018112613aff575f5ffd5b8301803591506001600160401b03821115613b18575f5ffd5b602001915036819003821315610d09575f5ffd5b5f81518060208401855e5f93019283525090919050565b828482375f8382015f8152613b588185613b2c565b9695505050505050565b80820180821115610d1a57610d1a613865565b8082028115828204841417610d1a57610d1a613865565b5f82613ba657634e487b7160e01b5f52601260045260245ffd5b500490565b5f6001600160401b0382166001600160401b038103613bcc57613bcc613865565b60010192915050565b604081525f613be760408301856132da565b90506001600160401b03831660208301529392505050565b5f61279d8284613b2c565b6001600160a01b03858116825284166020820152604081018390526080606082018190525f90613b58908301846132da565b5f60208284031215613c4c575f5ffd5b815161279d8161329356fee2b7fb3b832174769106daebcfd6d1970523240dda11281102db9363b83b0dc4a2646970667358221220050c1ad0a160a2201a26438873059866e677e0cbe4182f31e408fe91fa26cf2264736f6c63430008250033",
}

// INFTAgents is an auto generated Go binding around an Ethereum contract.
type INFTAgents struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *INFTAgents) GetABI() abi.ABI {
	return c.abi
}

// NewINFTAgents creates a new instance of INFTAgents.
func NewINFTAgents() *INFTAgents {
	parsed, err := INFTAgentsMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &INFTAgents{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *INFTAgents) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address admin, address relayer, address generated_, address stakingWallet_, address devWallet_) returns()
func (iNFTAgents *INFTAgents) PackConstructor(admin common.Address, relayer common.Address, generated_ common.Address, stakingWallet_ common.Address, devWallet_ common.Address) []byte {
	enc, err := iNFTAgents.abi.Pack("", admin, relayer, generated_, stakingWallet_, devWallet_)
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
func (iNFTAgents *INFTAgents) PackBPS() []byte {
	enc, err := iNFTAgents.abi.Pack("BPS")
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
func (iNFTAgents *INFTAgents) TryPackBPS() ([]byte, error) {
	return iNFTAgents.abi.Pack("BPS")
}

// UnpackBPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x249d39e9.
//
// Solidity: function BPS() view returns(uint16)
func (iNFTAgents *INFTAgents) UnpackBPS(data []byte) (uint16, error) {
	out, err := iNFTAgents.abi.Unpack("BPS", data)
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
func (iNFTAgents *INFTAgents) PackDEFAULTADMINROLE() []byte {
	enc, err := iNFTAgents.abi.Pack("DEFAULT_ADMIN_ROLE")
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
func (iNFTAgents *INFTAgents) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return iNFTAgents.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (iNFTAgents *INFTAgents) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := iNFTAgents.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackKINDCOUNT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd8727ea9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function KIND_COUNT() view returns(uint8)
func (iNFTAgents *INFTAgents) PackKINDCOUNT() []byte {
	enc, err := iNFTAgents.abi.Pack("KIND_COUNT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackKINDCOUNT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd8727ea9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function KIND_COUNT() view returns(uint8)
func (iNFTAgents *INFTAgents) TryPackKINDCOUNT() ([]byte, error) {
	return iNFTAgents.abi.Pack("KIND_COUNT")
}

// UnpackKINDCOUNT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd8727ea9.
//
// Solidity: function KIND_COUNT() view returns(uint8)
func (iNFTAgents *INFTAgents) UnpackKINDCOUNT(data []byte) (uint8, error) {
	out, err := iNFTAgents.abi.Unpack("KIND_COUNT", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackRELAYERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x926d7d7f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function RELAYER_ROLE() view returns(bytes32)
func (iNFTAgents *INFTAgents) PackRELAYERROLE() []byte {
	enc, err := iNFTAgents.abi.Pack("RELAYER_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRELAYERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x926d7d7f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function RELAYER_ROLE() view returns(bytes32)
func (iNFTAgents *INFTAgents) TryPackRELAYERROLE() ([]byte, error) {
	return iNFTAgents.abi.Pack("RELAYER_ROLE")
}

// UnpackRELAYERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x926d7d7f.
//
// Solidity: function RELAYER_ROLE() view returns(bytes32)
func (iNFTAgents *INFTAgents) UnpackRELAYERROLE(data []byte) ([32]byte, error) {
	out, err := iNFTAgents.abi.Unpack("RELAYER_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackSTATUSFAILED is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc8b01e6f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function STATUS_FAILED() view returns(uint8)
func (iNFTAgents *INFTAgents) PackSTATUSFAILED() []byte {
	enc, err := iNFTAgents.abi.Pack("STATUS_FAILED")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSTATUSFAILED is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc8b01e6f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function STATUS_FAILED() view returns(uint8)
func (iNFTAgents *INFTAgents) TryPackSTATUSFAILED() ([]byte, error) {
	return iNFTAgents.abi.Pack("STATUS_FAILED")
}

// UnpackSTATUSFAILED is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc8b01e6f.
//
// Solidity: function STATUS_FAILED() view returns(uint8)
func (iNFTAgents *INFTAgents) UnpackSTATUSFAILED(data []byte) (uint8, error) {
	out, err := iNFTAgents.abi.Unpack("STATUS_FAILED", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackSTATUSFULFILLED is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0006852f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function STATUS_FULFILLED() view returns(uint8)
func (iNFTAgents *INFTAgents) PackSTATUSFULFILLED() []byte {
	enc, err := iNFTAgents.abi.Pack("STATUS_FULFILLED")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSTATUSFULFILLED is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0006852f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function STATUS_FULFILLED() view returns(uint8)
func (iNFTAgents *INFTAgents) TryPackSTATUSFULFILLED() ([]byte, error) {
	return iNFTAgents.abi.Pack("STATUS_FULFILLED")
}

// UnpackSTATUSFULFILLED is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0006852f.
//
// Solidity: function STATUS_FULFILLED() view returns(uint8)
func (iNFTAgents *INFTAgents) UnpackSTATUSFULFILLED(data []byte) (uint8, error) {
	out, err := iNFTAgents.abi.Unpack("STATUS_FULFILLED", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackSTATUSNONE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84e1433b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function STATUS_NONE() view returns(uint8)
func (iNFTAgents *INFTAgents) PackSTATUSNONE() []byte {
	enc, err := iNFTAgents.abi.Pack("STATUS_NONE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSTATUSNONE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84e1433b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function STATUS_NONE() view returns(uint8)
func (iNFTAgents *INFTAgents) TryPackSTATUSNONE() ([]byte, error) {
	return iNFTAgents.abi.Pack("STATUS_NONE")
}

// UnpackSTATUSNONE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x84e1433b.
//
// Solidity: function STATUS_NONE() view returns(uint8)
func (iNFTAgents *INFTAgents) UnpackSTATUSNONE(data []byte) (uint8, error) {
	out, err := iNFTAgents.abi.Unpack("STATUS_NONE", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackSTATUSPENDING is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x423d487c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function STATUS_PENDING() view returns(uint8)
func (iNFTAgents *INFTAgents) PackSTATUSPENDING() []byte {
	enc, err := iNFTAgents.abi.Pack("STATUS_PENDING")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSTATUSPENDING is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x423d487c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function STATUS_PENDING() view returns(uint8)
func (iNFTAgents *INFTAgents) TryPackSTATUSPENDING() ([]byte, error) {
	return iNFTAgents.abi.Pack("STATUS_PENDING")
}

// UnpackSTATUSPENDING is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x423d487c.
//
// Solidity: function STATUS_PENDING() view returns(uint8)
func (iNFTAgents *INFTAgents) UnpackSTATUSPENDING(data []byte) (uint8, error) {
	out, err := iNFTAgents.abi.Unpack("STATUS_PENDING", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackTIERCOUNT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36331c8f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function TIER_COUNT() view returns(uint8)
func (iNFTAgents *INFTAgents) PackTIERCOUNT() []byte {
	enc, err := iNFTAgents.abi.Pack("TIER_COUNT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTIERCOUNT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36331c8f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function TIER_COUNT() view returns(uint8)
func (iNFTAgents *INFTAgents) TryPackTIERCOUNT() ([]byte, error) {
	return iNFTAgents.abi.Pack("TIER_COUNT")
}

// UnpackTIERCOUNT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x36331c8f.
//
// Solidity: function TIER_COUNT() view returns(uint8)
func (iNFTAgents *INFTAgents) UnpackTIERCOUNT(data []byte) (uint8, error) {
	out, err := iNFTAgents.abi.Unpack("TIER_COUNT", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackAgentCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb7dc1284.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function agentCount() view returns(uint256)
func (iNFTAgents *INFTAgents) PackAgentCount() []byte {
	enc, err := iNFTAgents.abi.Pack("agentCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAgentCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb7dc1284.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function agentCount() view returns(uint256)
func (iNFTAgents *INFTAgents) TryPackAgentCount() ([]byte, error) {
	return iNFTAgents.abi.Pack("agentCount")
}

// UnpackAgentCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb7dc1284.
//
// Solidity: function agentCount() view returns(uint256)
func (iNFTAgents *INFTAgents) UnpackAgentCount(data []byte) (*big.Int, error) {
	out, err := iNFTAgents.abi.Unpack("agentCount", data)
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
func (iNFTAgents *INFTAgents) PackApprove(to common.Address, tokenId *big.Int) []byte {
	enc, err := iNFTAgents.abi.Pack("approve", to, tokenId)
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
func (iNFTAgents *INFTAgents) TryPackApprove(to common.Address, tokenId *big.Int) ([]byte, error) {
	return iNFTAgents.abi.Pack("approve", to, tokenId)
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (iNFTAgents *INFTAgents) PackBalanceOf(owner common.Address) []byte {
	enc, err := iNFTAgents.abi.Pack("balanceOf", owner)
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
func (iNFTAgents *INFTAgents) TryPackBalanceOf(owner common.Address) ([]byte, error) {
	return iNFTAgents.abi.Pack("balanceOf", owner)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (iNFTAgents *INFTAgents) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := iNFTAgents.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCancelExpired is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5a5aae1e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancelExpired(uint256 requestId) returns()
func (iNFTAgents *INFTAgents) PackCancelExpired(requestId *big.Int) []byte {
	enc, err := iNFTAgents.abi.Pack("cancelExpired", requestId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancelExpired is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5a5aae1e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancelExpired(uint256 requestId) returns()
func (iNFTAgents *INFTAgents) TryPackCancelExpired(requestId *big.Int) ([]byte, error) {
	return iNFTAgents.abi.Pack("cancelExpired", requestId)
}

// PackCredits is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x036a1c22.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function credits(uint256 agentId) view returns(uint64)
func (iNFTAgents *INFTAgents) PackCredits(agentId *big.Int) []byte {
	enc, err := iNFTAgents.abi.Pack("credits", agentId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCredits is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x036a1c22.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function credits(uint256 agentId) view returns(uint64)
func (iNFTAgents *INFTAgents) TryPackCredits(agentId *big.Int) ([]byte, error) {
	return iNFTAgents.abi.Pack("credits", agentId)
}

// UnpackCredits is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x036a1c22.
//
// Solidity: function credits(uint256 agentId) view returns(uint64)
func (iNFTAgents *INFTAgents) UnpackCredits(data []byte) (uint64, error) {
	out, err := iNFTAgents.abi.Unpack("credits", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackDevWallet is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8ea5220f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function devWallet() view returns(address)
func (iNFTAgents *INFTAgents) PackDevWallet() []byte {
	enc, err := iNFTAgents.abi.Pack("devWallet")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDevWallet is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8ea5220f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function devWallet() view returns(address)
func (iNFTAgents *INFTAgents) TryPackDevWallet() ([]byte, error) {
	return iNFTAgents.abi.Pack("devWallet")
}

// UnpackDevWallet is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8ea5220f.
//
// Solidity: function devWallet() view returns(address)
func (iNFTAgents *INFTAgents) UnpackDevWallet(data []byte) (common.Address, error) {
	out, err := iNFTAgents.abi.Unpack("devWallet", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackEvolveAgent is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4dfc1f48.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function evolveAgent(uint256 agentId, uint32 level, string stateURI) returns()
func (iNFTAgents *INFTAgents) PackEvolveAgent(agentId *big.Int, level uint32, stateURI string) []byte {
	enc, err := iNFTAgents.abi.Pack("evolveAgent", agentId, level, stateURI)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEvolveAgent is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4dfc1f48.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function evolveAgent(uint256 agentId, uint32 level, string stateURI) returns()
func (iNFTAgents *INFTAgents) TryPackEvolveAgent(agentId *big.Int, level uint32, stateURI string) ([]byte, error) {
	return iNFTAgents.abi.Pack("evolveAgent", agentId, level, stateURI)
}

// PackFailGeneration is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd56bb73e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function failGeneration(uint256 requestId, string reason) returns()
func (iNFTAgents *INFTAgents) PackFailGeneration(requestId *big.Int, reason string) []byte {
	enc, err := iNFTAgents.abi.Pack("failGeneration", requestId, reason)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFailGeneration is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd56bb73e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function failGeneration(uint256 requestId, string reason) returns()
func (iNFTAgents *INFTAgents) TryPackFailGeneration(requestId *big.Int, reason string) ([]byte, error) {
	return iNFTAgents.abi.Pack("failGeneration", requestId, reason)
}

// PackFulfillGeneration is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42335349.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function fulfillGeneration(uint256 requestId, string uri) returns(uint256 tokenId)
func (iNFTAgents *INFTAgents) PackFulfillGeneration(requestId *big.Int, uri string) []byte {
	enc, err := iNFTAgents.abi.Pack("fulfillGeneration", requestId, uri)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFulfillGeneration is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42335349.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function fulfillGeneration(uint256 requestId, string uri) returns(uint256 tokenId)
func (iNFTAgents *INFTAgents) TryPackFulfillGeneration(requestId *big.Int, uri string) ([]byte, error) {
	return iNFTAgents.abi.Pack("fulfillGeneration", requestId, uri)
}

// UnpackFulfillGeneration is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x42335349.
//
// Solidity: function fulfillGeneration(uint256 requestId, string uri) returns(uint256 tokenId)
func (iNFTAgents *INFTAgents) UnpackFulfillGeneration(data []byte) (*big.Int, error) {
	out, err := iNFTAgents.abi.Unpack("fulfillGeneration", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGenerated is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5cd8ef6a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function generated() view returns(address)
func (iNFTAgents *INFTAgents) PackGenerated() []byte {
	enc, err := iNFTAgents.abi.Pack("generated")
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
func (iNFTAgents *INFTAgents) TryPackGenerated() ([]byte, error) {
	return iNFTAgents.abi.Pack("generated")
}

// UnpackGenerated is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5cd8ef6a.
//
// Solidity: function generated() view returns(address)
func (iNFTAgents *INFTAgents) UnpackGenerated(data []byte) (common.Address, error) {
	out, err := iNFTAgents.abi.Unpack("generated", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackGenerationCost is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf97c7dd6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function generationCost(uint8 kind) view returns(uint64)
func (iNFTAgents *INFTAgents) PackGenerationCost(kind uint8) []byte {
	enc, err := iNFTAgents.abi.Pack("generationCost", kind)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGenerationCost is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf97c7dd6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function generationCost(uint8 kind) view returns(uint64)
func (iNFTAgents *INFTAgents) TryPackGenerationCost(kind uint8) ([]byte, error) {
	return iNFTAgents.abi.Pack("generationCost", kind)
}

// UnpackGenerationCost is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf97c7dd6.
//
// Solidity: function generationCost(uint8 kind) view returns(uint64)
func (iNFTAgents *INFTAgents) UnpackGenerationCost(data []byte) (uint64, error) {
	out, err := iNFTAgents.abi.Unpack("generationCost", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackGetApproved is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x081812fc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (iNFTAgents *INFTAgents) PackGetApproved(tokenId *big.Int) []byte {
	enc, err := iNFTAgents.abi.Pack("getApproved", tokenId)
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
func (iNFTAgents *INFTAgents) TryPackGetApproved(tokenId *big.Int) ([]byte, error) {
	return iNFTAgents.abi.Pack("getApproved", tokenId)
}

// UnpackGetApproved is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x081812fc.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (iNFTAgents *INFTAgents) UnpackGetApproved(data []byte) (common.Address, error) {
	out, err := iNFTAgents.abi.Unpack("getApproved", data)
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
func (iNFTAgents *INFTAgents) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := iNFTAgents.abi.Pack("getRoleAdmin", role)
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
func (iNFTAgents *INFTAgents) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return iNFTAgents.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (iNFTAgents *INFTAgents) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := iNFTAgents.abi.Unpack("getRoleAdmin", data)
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
func (iNFTAgents *INFTAgents) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := iNFTAgents.abi.Pack("grantRole", role, account)
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
func (iNFTAgents *INFTAgents) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return iNFTAgents.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (iNFTAgents *INFTAgents) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := iNFTAgents.abi.Pack("hasRole", role, account)
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
func (iNFTAgents *INFTAgents) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return iNFTAgents.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (iNFTAgents *INFTAgents) UnpackHasRole(data []byte) (bool, error) {
	out, err := iNFTAgents.abi.Unpack("hasRole", data)
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
func (iNFTAgents *INFTAgents) PackIsApprovedForAll(owner common.Address, operator common.Address) []byte {
	enc, err := iNFTAgents.abi.Pack("isApprovedForAll", owner, operator)
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
func (iNFTAgents *INFTAgents) TryPackIsApprovedForAll(owner common.Address, operator common.Address) ([]byte, error) {
	return iNFTAgents.abi.Pack("isApprovedForAll", owner, operator)
}

// UnpackIsApprovedForAll is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe985e9c5.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (iNFTAgents *INFTAgents) UnpackIsApprovedForAll(data []byte) (bool, error) {
	out, err := iNFTAgents.abi.Unpack("isApprovedForAll", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackLevelOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6d5e3032.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function levelOf(uint256 agentId) view returns(uint32)
func (iNFTAgents *INFTAgents) PackLevelOf(agentId *big.Int) []byte {
	enc, err := iNFTAgents.abi.Pack("levelOf", agentId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLevelOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6d5e3032.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function levelOf(uint256 agentId) view returns(uint32)
func (iNFTAgents *INFTAgents) TryPackLevelOf(agentId *big.Int) ([]byte, error) {
	return iNFTAgents.abi.Pack("levelOf", agentId)
}

// UnpackLevelOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6d5e3032.
//
// Solidity: function levelOf(uint256 agentId) view returns(uint32)
func (iNFTAgents *INFTAgents) UnpackLevelOf(data []byte) (uint32, error) {
	out, err := iNFTAgents.abi.Unpack("levelOf", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackMaxPromptBytes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8d06fcd2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxPromptBytes() view returns(uint32)
func (iNFTAgents *INFTAgents) PackMaxPromptBytes() []byte {
	enc, err := iNFTAgents.abi.Pack("maxPromptBytes")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaxPromptBytes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8d06fcd2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function maxPromptBytes() view returns(uint32)
func (iNFTAgents *INFTAgents) TryPackMaxPromptBytes() ([]byte, error) {
	return iNFTAgents.abi.Pack("maxPromptBytes")
}

// UnpackMaxPromptBytes is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8d06fcd2.
//
// Solidity: function maxPromptBytes() view returns(uint32)
func (iNFTAgents *INFTAgents) UnpackMaxPromptBytes(data []byte) (uint32, error) {
	out, err := iNFTAgents.abi.Unpack("maxPromptBytes", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackMulticall is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xac9650d8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function multicall(bytes[] data) returns(bytes[] results)
func (iNFTAgents *INFTAgents) PackMulticall(data [][]byte) []byte {
	enc, err := iNFTAgents.abi.Pack("multicall", data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMulticall is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xac9650d8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function multicall(bytes[] data) returns(bytes[] results)
func (iNFTAgents *INFTAgents) TryPackMulticall(data [][]byte) ([]byte, error) {
	return iNFTAgents.abi.Pack("multicall", data)
}

// UnpackMulticall is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xac9650d8.
//
// Solidity: function multicall(bytes[] data) returns(bytes[] results)
func (iNFTAgents *INFTAgents) UnpackMulticall(data []byte) ([][]byte, error) {
	out, err := iNFTAgents.abi.Unpack("multicall", data)
	if err != nil {
		return *new([][]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([][]byte)).(*[][]byte)
	return out0, nil
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (iNFTAgents *INFTAgents) PackName() []byte {
	enc, err := iNFTAgents.abi.Pack("name")
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
func (iNFTAgents *INFTAgents) TryPackName() ([]byte, error) {
	return iNFTAgents.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (iNFTAgents *INFTAgents) UnpackName(data []byte) (string, error) {
	out, err := iNFTAgents.abi.Unpack("name", data)
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
func (iNFTAgents *INFTAgents) PackOwnerOf(tokenId *big.Int) []byte {
	enc, err := iNFTAgents.abi.Pack("ownerOf", tokenId)
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
func (iNFTAgents *INFTAgents) TryPackOwnerOf(tokenId *big.Int) ([]byte, error) {
	return iNFTAgents.abi.Pack("ownerOf", tokenId)
}

// UnpackOwnerOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6352211e.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (iNFTAgents *INFTAgents) UnpackOwnerOf(data []byte) (common.Address, error) {
	out, err := iNFTAgents.abi.Unpack("ownerOf", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPackageCredits is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5134c746.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function packageCredits(uint8 tier) view returns(uint64)
func (iNFTAgents *INFTAgents) PackPackageCredits(tier uint8) []byte {
	enc, err := iNFTAgents.abi.Pack("packageCredits", tier)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPackageCredits is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5134c746.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function packageCredits(uint8 tier) view returns(uint64)
func (iNFTAgents *INFTAgents) TryPackPackageCredits(tier uint8) ([]byte, error) {
	return iNFTAgents.abi.Pack("packageCredits", tier)
}

// UnpackPackageCredits is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5134c746.
//
// Solidity: function packageCredits(uint8 tier) view returns(uint64)
func (iNFTAgents *INFTAgents) UnpackPackageCredits(data []byte) (uint64, error) {
	out, err := iNFTAgents.abi.Unpack("packageCredits", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackPackagePrice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd90f64cc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function packagePrice(uint8 tier) view returns(uint256)
func (iNFTAgents *INFTAgents) PackPackagePrice(tier uint8) []byte {
	enc, err := iNFTAgents.abi.Pack("packagePrice", tier)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPackagePrice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd90f64cc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function packagePrice(uint8 tier) view returns(uint256)
func (iNFTAgents *INFTAgents) TryPackPackagePrice(tier uint8) ([]byte, error) {
	return iNFTAgents.abi.Pack("packagePrice", tier)
}

// UnpackPackagePrice is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd90f64cc.
//
// Solidity: function packagePrice(uint8 tier) view returns(uint256)
func (iNFTAgents *INFTAgents) UnpackPackagePrice(data []byte) (*big.Int, error) {
	out, err := iNFTAgents.abi.Unpack("packagePrice", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8456cb59.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pause() returns()
func (iNFTAgents *INFTAgents) PackPause() []byte {
	enc, err := iNFTAgents.abi.Pack("pause")
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
func (iNFTAgents *INFTAgents) TryPackPause() ([]byte, error) {
	return iNFTAgents.abi.Pack("pause")
}

// PackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function paused() view returns(bool)
func (iNFTAgents *INFTAgents) PackPaused() []byte {
	enc, err := iNFTAgents.abi.Pack("paused")
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
func (iNFTAgents *INFTAgents) TryPackPaused() ([]byte, error) {
	return iNFTAgents.abi.Pack("paused")
}

// UnpackPaused is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (iNFTAgents *INFTAgents) UnpackPaused(data []byte) (bool, error) {
	out, err := iNFTAgents.abi.Unpack("paused", data)
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
func (iNFTAgents *INFTAgents) PackPendingWithdrawals(payee common.Address) []byte {
	enc, err := iNFTAgents.abi.Pack("pendingWithdrawals", payee)
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
func (iNFTAgents *INFTAgents) TryPackPendingWithdrawals(payee common.Address) ([]byte, error) {
	return iNFTAgents.abi.Pack("pendingWithdrawals", payee)
}

// UnpackPendingWithdrawals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf3f43703.
//
// Solidity: function pendingWithdrawals(address payee) view returns(uint256)
func (iNFTAgents *INFTAgents) UnpackPendingWithdrawals(data []byte) (*big.Int, error) {
	out, err := iNFTAgents.abi.Unpack("pendingWithdrawals", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPurchasePackage is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x237a5a75.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function purchasePackage(uint8 tier) payable returns(uint256 agentId)
func (iNFTAgents *INFTAgents) PackPurchasePackage(tier uint8) []byte {
	enc, err := iNFTAgents.abi.Pack("purchasePackage", tier)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPurchasePackage is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x237a5a75.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function purchasePackage(uint8 tier) payable returns(uint256 agentId)
func (iNFTAgents *INFTAgents) TryPackPurchasePackage(tier uint8) ([]byte, error) {
	return iNFTAgents.abi.Pack("purchasePackage", tier)
}

// UnpackPurchasePackage is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x237a5a75.
//
// Solidity: function purchasePackage(uint8 tier) payable returns(uint256 agentId)
func (iNFTAgents *INFTAgents) UnpackPurchasePackage(data []byte) (*big.Int, error) {
	out, err := iNFTAgents.abi.Unpack("purchasePackage", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (iNFTAgents *INFTAgents) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := iNFTAgents.abi.Pack("renounceRole", role, callerConfirmation)
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
func (iNFTAgents *INFTAgents) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return iNFTAgents.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackRequestCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5badbe4c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestCount() view returns(uint256)
func (iNFTAgents *INFTAgents) PackRequestCount() []byte {
	enc, err := iNFTAgents.abi.Pack("requestCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5badbe4c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestCount() view returns(uint256)
func (iNFTAgents *INFTAgents) TryPackRequestCount() ([]byte, error) {
	return iNFTAgents.abi.Pack("requestCount")
}

// UnpackRequestCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5badbe4c.
//
// Solidity: function requestCount() view returns(uint256)
func (iNFTAgents *INFTAgents) UnpackRequestCount(data []byte) (*big.Int, error) {
	out, err := iNFTAgents.abi.Unpack("requestCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRequestGeneration is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9ed40e36.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestGeneration(uint256 agentId, uint8 kind, string prompt) returns(uint256 requestId)
func (iNFTAgents *INFTAgents) PackRequestGeneration(agentId *big.Int, kind uint8, prompt string) []byte {
	enc, err := iNFTAgents.abi.Pack("requestGeneration", agentId, kind, prompt)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestGeneration is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9ed40e36.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestGeneration(uint256 agentId, uint8 kind, string prompt) returns(uint256 requestId)
func (iNFTAgents *INFTAgents) TryPackRequestGeneration(agentId *big.Int, kind uint8, prompt string) ([]byte, error) {
	return iNFTAgents.abi.Pack("requestGeneration", agentId, kind, prompt)
}

// UnpackRequestGeneration is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9ed40e36.
//
// Solidity: function requestGeneration(uint256 agentId, uint8 kind, string prompt) returns(uint256 requestId)
func (iNFTAgents *INFTAgents) UnpackRequestGeneration(data []byte) (*big.Int, error) {
	out, err := iNFTAgents.abi.Unpack("requestGeneration", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRequestTimeout is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f20b4c9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestTimeout() view returns(uint64)
func (iNFTAgents *INFTAgents) PackRequestTimeout() []byte {
	enc, err := iNFTAgents.abi.Pack("requestTimeout")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestTimeout is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f20b4c9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestTimeout() view returns(uint64)
func (iNFTAgents *INFTAgents) TryPackRequestTimeout() ([]byte, error) {
	return iNFTAgents.abi.Pack("requestTimeout")
}

// UnpackRequestTimeout is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3f20b4c9.
//
// Solidity: function requestTimeout() view returns(uint64)
func (iNFTAgents *INFTAgents) UnpackRequestTimeout(data []byte) (uint64, error) {
	out, err := iNFTAgents.abi.Unpack("requestTimeout", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackRequests is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x81d12c58.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requests(uint256 requestId) view returns(uint256 agentId, address requester, uint8 kind, uint8 status, uint64 creditsSpent, uint64 createdAt)
func (iNFTAgents *INFTAgents) PackRequests(requestId *big.Int) []byte {
	enc, err := iNFTAgents.abi.Pack("requests", requestId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequests is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x81d12c58.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requests(uint256 requestId) view returns(uint256 agentId, address requester, uint8 kind, uint8 status, uint64 creditsSpent, uint64 createdAt)
func (iNFTAgents *INFTAgents) TryPackRequests(requestId *big.Int) ([]byte, error) {
	return iNFTAgents.abi.Pack("requests", requestId)
}

// RequestsOutput serves as a container for the return parameters of contract
// method Requests.
type RequestsOutput struct {
	AgentId      *big.Int
	Requester    common.Address
	Kind         uint8
	Status       uint8
	CreditsSpent uint64
	CreatedAt    uint64
}

// UnpackRequests is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x81d12c58.
//
// Solidity: function requests(uint256 requestId) view returns(uint256 agentId, address requester, uint8 kind, uint8 status, uint64 creditsSpent, uint64 createdAt)
func (iNFTAgents *INFTAgents) UnpackRequests(data []byte) (RequestsOutput, error) {
	out, err := iNFTAgents.abi.Unpack("requests", data)
	outstruct := new(RequestsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.AgentId = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Requester = *abi.ConvertType(out[1], new(common.Address)).(*common.Address)
	outstruct.Kind = *abi.ConvertType(out[2], new(uint8)).(*uint8)
	outstruct.Status = *abi.ConvertType(out[3], new(uint8)).(*uint8)
	outstruct.CreditsSpent = *abi.ConvertType(out[4], new(uint64)).(*uint64)
	outstruct.CreatedAt = *abi.ConvertType(out[5], new(uint64)).(*uint64)
	return *outstruct, nil
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (iNFTAgents *INFTAgents) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := iNFTAgents.abi.Pack("revokeRole", role, account)
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
func (iNFTAgents *INFTAgents) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return iNFTAgents.abi.Pack("revokeRole", role, account)
}

// PackSafeTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42842e0e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId) returns()
func (iNFTAgents *INFTAgents) PackSafeTransferFrom(from common.Address, to common.Address, tokenId *big.Int) []byte {
	enc, err := iNFTAgents.abi.Pack("safeTransferFrom", from, to, tokenId)
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
func (iNFTAgents *INFTAgents) TryPackSafeTransferFrom(from common.Address, to common.Address, tokenId *big.Int) ([]byte, error) {
	return iNFTAgents.abi.Pack("safeTransferFrom", from, to, tokenId)
}

// PackSafeTransferFrom0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb88d4fde.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId, bytes data) returns()
func (iNFTAgents *INFTAgents) PackSafeTransferFrom0(from common.Address, to common.Address, tokenId *big.Int, data []byte) []byte {
	enc, err := iNFTAgents.abi.Pack("safeTransferFrom0", from, to, tokenId, data)
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
func (iNFTAgents *INFTAgents) TryPackSafeTransferFrom0(from common.Address, to common.Address, tokenId *big.Int, data []byte) ([]byte, error) {
	return iNFTAgents.abi.Pack("safeTransferFrom0", from, to, tokenId, data)
}

// PackSetApprovalForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa22cb465.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setApprovalForAll(address operator, bool approved) returns()
func (iNFTAgents *INFTAgents) PackSetApprovalForAll(operator common.Address, approved bool) []byte {
	enc, err := iNFTAgents.abi.Pack("setApprovalForAll", operator, approved)
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
func (iNFTAgents *INFTAgents) TryPackSetApprovalForAll(operator common.Address, approved bool) ([]byte, error) {
	return iNFTAgents.abi.Pack("setApprovalForAll", operator, approved)
}

// PackSetGenerationCost is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1e59e7d4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setGenerationCost(uint8 kind, uint64 cost) returns()
func (iNFTAgents *INFTAgents) PackSetGenerationCost(kind uint8, cost uint64) []byte {
	enc, err := iNFTAgents.abi.Pack("setGenerationCost", kind, cost)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetGenerationCost is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1e59e7d4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setGenerationCost(uint8 kind, uint64 cost) returns()
func (iNFTAgents *INFTAgents) TryPackSetGenerationCost(kind uint8, cost uint64) ([]byte, error) {
	return iNFTAgents.abi.Pack("setGenerationCost", kind, cost)
}

// PackSetPackage is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x51b18c20.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setPackage(uint8 tier, uint256 price, uint64 credits_) returns()
func (iNFTAgents *INFTAgents) PackSetPackage(tier uint8, price *big.Int, credits uint64) []byte {
	enc, err := iNFTAgents.abi.Pack("setPackage", tier, price, credits)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetPackage is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x51b18c20.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setPackage(uint8 tier, uint256 price, uint64 credits_) returns()
func (iNFTAgents *INFTAgents) TryPackSetPackage(tier uint8, price *big.Int, credits uint64) ([]byte, error) {
	return iNFTAgents.abi.Pack("setPackage", tier, price, credits)
}

// PackSetRequestLimits is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9c912279.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setRequestLimits(uint32 maxPromptBytes_, uint64 requestTimeout_) returns()
func (iNFTAgents *INFTAgents) PackSetRequestLimits(maxPromptBytes uint32, requestTimeout uint64) []byte {
	enc, err := iNFTAgents.abi.Pack("setRequestLimits", maxPromptBytes, requestTimeout)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetRequestLimits is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9c912279.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setRequestLimits(uint32 maxPromptBytes_, uint64 requestTimeout_) returns()
func (iNFTAgents *INFTAgents) TryPackSetRequestLimits(maxPromptBytes uint32, requestTimeout uint64) ([]byte, error) {
	return iNFTAgents.abi.Pack("setRequestLimits", maxPromptBytes, requestTimeout)
}

// PackSetRevenueSplit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8b1896d7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setRevenueSplit(address stakingWallet_, address devWallet_, uint16 stakingShareBps_) returns()
func (iNFTAgents *INFTAgents) PackSetRevenueSplit(stakingWallet common.Address, devWallet common.Address, stakingShareBps uint16) []byte {
	enc, err := iNFTAgents.abi.Pack("setRevenueSplit", stakingWallet, devWallet, stakingShareBps)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetRevenueSplit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8b1896d7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setRevenueSplit(address stakingWallet_, address devWallet_, uint16 stakingShareBps_) returns()
func (iNFTAgents *INFTAgents) TryPackSetRevenueSplit(stakingWallet common.Address, devWallet common.Address, stakingShareBps uint16) ([]byte, error) {
	return iNFTAgents.abi.Pack("setRevenueSplit", stakingWallet, devWallet, stakingShareBps)
}

// PackSetSubscriptionTerms is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbd4dc474.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setSubscriptionTerms(uint256 agentId, uint256 pricePerPeriod, uint64 period, uint64 creditsPerPeriod) returns()
func (iNFTAgents *INFTAgents) PackSetSubscriptionTerms(agentId *big.Int, pricePerPeriod *big.Int, period uint64, creditsPerPeriod uint64) []byte {
	enc, err := iNFTAgents.abi.Pack("setSubscriptionTerms", agentId, pricePerPeriod, period, creditsPerPeriod)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetSubscriptionTerms is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbd4dc474.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setSubscriptionTerms(uint256 agentId, uint256 pricePerPeriod, uint64 period, uint64 creditsPerPeriod) returns()
func (iNFTAgents *INFTAgents) TryPackSetSubscriptionTerms(agentId *big.Int, pricePerPeriod *big.Int, period uint64, creditsPerPeriod uint64) ([]byte, error) {
	return iNFTAgents.abi.Pack("setSubscriptionTerms", agentId, pricePerPeriod, period, creditsPerPeriod)
}

// PackStakingShareBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd3aabdd2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stakingShareBps() view returns(uint16)
func (iNFTAgents *INFTAgents) PackStakingShareBps() []byte {
	enc, err := iNFTAgents.abi.Pack("stakingShareBps")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStakingShareBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd3aabdd2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stakingShareBps() view returns(uint16)
func (iNFTAgents *INFTAgents) TryPackStakingShareBps() ([]byte, error) {
	return iNFTAgents.abi.Pack("stakingShareBps")
}

// UnpackStakingShareBps is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd3aabdd2.
//
// Solidity: function stakingShareBps() view returns(uint16)
func (iNFTAgents *INFTAgents) UnpackStakingShareBps(data []byte) (uint16, error) {
	out, err := iNFTAgents.abi.Unpack("stakingShareBps", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackStakingWallet is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06ee6ad8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stakingWallet() view returns(address)
func (iNFTAgents *INFTAgents) PackStakingWallet() []byte {
	enc, err := iNFTAgents.abi.Pack("stakingWallet")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStakingWallet is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06ee6ad8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stakingWallet() view returns(address)
func (iNFTAgents *INFTAgents) TryPackStakingWallet() ([]byte, error) {
	return iNFTAgents.abi.Pack("stakingWallet")
}

// UnpackStakingWallet is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06ee6ad8.
//
// Solidity: function stakingWallet() view returns(address)
func (iNFTAgents *INFTAgents) UnpackStakingWallet(data []byte) (common.Address, error) {
	out, err := iNFTAgents.abi.Unpack("stakingWallet", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackSubscribe is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0f574ba7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function subscribe(uint256 agentId) payable returns()
func (iNFTAgents *INFTAgents) PackSubscribe(agentId *big.Int) []byte {
	enc, err := iNFTAgents.abi.Pack("subscribe", agentId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSubscribe is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0f574ba7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function subscribe(uint256 agentId) payable returns()
func (iNFTAgents *INFTAgents) TryPackSubscribe(agentId *big.Int) ([]byte, error) {
	return iNFTAgents.abi.Pack("subscribe", agentId)
}

// PackSubscriptionOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x005b6da3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function subscriptionOf(uint256 agentId, address subscriber) view returns(uint64 expiresAt, uint64 creditsLeft)
func (iNFTAgents *INFTAgents) PackSubscriptionOf(agentId *big.Int, subscriber common.Address) []byte {
	enc, err := iNFTAgents.abi.Pack("subscriptionOf", agentId, subscriber)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSubscriptionOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x005b6da3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function subscriptionOf(uint256 agentId, address subscriber) view returns(uint64 expiresAt, uint64 creditsLeft)
func (iNFTAgents *INFTAgents) TryPackSubscriptionOf(agentId *big.Int, subscriber common.Address) ([]byte, error) {
	return iNFTAgents.abi.Pack("subscriptionOf", agentId, subscriber)
}

// SubscriptionOfOutput serves as a container for the return parameters of contract
// method SubscriptionOf.
type SubscriptionOfOutput struct {
	ExpiresAt   uint64
	CreditsLeft uint64
}

// UnpackSubscriptionOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x005b6da3.
//
// Solidity: function subscriptionOf(uint256 agentId, address subscriber) view returns(uint64 expiresAt, uint64 creditsLeft)
func (iNFTAgents *INFTAgents) UnpackSubscriptionOf(data []byte) (SubscriptionOfOutput, error) {
	out, err := iNFTAgents.abi.Unpack("subscriptionOf", data)
	outstruct := new(SubscriptionOfOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.ExpiresAt = *abi.ConvertType(out[0], new(uint64)).(*uint64)
	outstruct.CreditsLeft = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	return *outstruct, nil
}

// PackSubscriptionTerms is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd043df7d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function subscriptionTerms(uint256 agentId) view returns(uint256 pricePerPeriod, uint64 period, uint64 creditsPerPeriod)
func (iNFTAgents *INFTAgents) PackSubscriptionTerms(agentId *big.Int) []byte {
	enc, err := iNFTAgents.abi.Pack("subscriptionTerms", agentId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSubscriptionTerms is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd043df7d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function subscriptionTerms(uint256 agentId) view returns(uint256 pricePerPeriod, uint64 period, uint64 creditsPerPeriod)
func (iNFTAgents *INFTAgents) TryPackSubscriptionTerms(agentId *big.Int) ([]byte, error) {
	return iNFTAgents.abi.Pack("subscriptionTerms", agentId)
}

// SubscriptionTermsOutput serves as a container for the return parameters of contract
// method SubscriptionTerms.
type SubscriptionTermsOutput struct {
	PricePerPeriod   *big.Int
	Period           uint64
	CreditsPerPeriod uint64
}

// UnpackSubscriptionTerms is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd043df7d.
//
// Solidity: function subscriptionTerms(uint256 agentId) view returns(uint256 pricePerPeriod, uint64 period, uint64 creditsPerPeriod)
func (iNFTAgents *INFTAgents) UnpackSubscriptionTerms(data []byte) (SubscriptionTermsOutput, error) {
	out, err := iNFTAgents.abi.Unpack("subscriptionTerms", data)
	outstruct := new(SubscriptionTermsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.PricePerPeriod = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Period = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	outstruct.CreditsPerPeriod = *abi.ConvertType(out[2], new(uint64)).(*uint64)
	return *outstruct, nil
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (iNFTAgents *INFTAgents) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := iNFTAgents.abi.Pack("supportsInterface", interfaceId)
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
func (iNFTAgents *INFTAgents) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return iNFTAgents.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (iNFTAgents *INFTAgents) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := iNFTAgents.abi.Unpack("supportsInterface", data)
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
func (iNFTAgents *INFTAgents) PackSymbol() []byte {
	enc, err := iNFTAgents.abi.Pack("symbol")
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
func (iNFTAgents *INFTAgents) TryPackSymbol() ([]byte, error) {
	return iNFTAgents.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (iNFTAgents *INFTAgents) UnpackSymbol(data []byte) (string, error) {
	out, err := iNFTAgents.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTierOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x53f96df2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tierOf(uint256 agentId) view returns(uint8)
func (iNFTAgents *INFTAgents) PackTierOf(agentId *big.Int) []byte {
	enc, err := iNFTAgents.abi.Pack("tierOf", agentId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTierOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x53f96df2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tierOf(uint256 agentId) view returns(uint8)
func (iNFTAgents *INFTAgents) TryPackTierOf(agentId *big.Int) ([]byte, error) {
	return iNFTAgents.abi.Pack("tierOf", agentId)
}

// UnpackTierOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x53f96df2.
//
// Solidity: function tierOf(uint256 agentId) view returns(uint8)
func (iNFTAgents *INFTAgents) UnpackTierOf(data []byte) (uint8, error) {
	out, err := iNFTAgents.abi.Unpack("tierOf", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackTokenURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc87b56dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tokenURI(uint256 agentId) view returns(string)
func (iNFTAgents *INFTAgents) PackTokenURI(agentId *big.Int) []byte {
	enc, err := iNFTAgents.abi.Pack("tokenURI", agentId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTokenURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc87b56dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tokenURI(uint256 agentId) view returns(string)
func (iNFTAgents *INFTAgents) TryPackTokenURI(agentId *big.Int) ([]byte, error) {
	return iNFTAgents.abi.Pack("tokenURI", agentId)
}

// UnpackTokenURI is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc87b56dd.
//
// Solidity: function tokenURI(uint256 agentId) view returns(string)
func (iNFTAgents *INFTAgents) UnpackTokenURI(data []byte) (string, error) {
	out, err := iNFTAgents.abi.Unpack("tokenURI", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTopUp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x13d9fe9e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function topUp(uint256 agentId, uint8 tier) payable returns()
func (iNFTAgents *INFTAgents) PackTopUp(agentId *big.Int, tier uint8) []byte {
	enc, err := iNFTAgents.abi.Pack("topUp", agentId, tier)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTopUp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x13d9fe9e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function topUp(uint256 agentId, uint8 tier) payable returns()
func (iNFTAgents *INFTAgents) TryPackTopUp(agentId *big.Int, tier uint8) ([]byte, error) {
	return iNFTAgents.abi.Pack("topUp", agentId, tier)
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 tokenId) returns()
func (iNFTAgents *INFTAgents) PackTransferFrom(from common.Address, to common.Address, tokenId *big.Int) []byte {
	enc, err := iNFTAgents.abi.Pack("transferFrom", from, to, tokenId)
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
func (iNFTAgents *INFTAgents) TryPackTransferFrom(from common.Address, to common.Address, tokenId *big.Int) ([]byte, error) {
	return iNFTAgents.abi.Pack("transferFrom", from, to, tokenId)
}

// PackTransferNonce is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6e303cad.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferNonce(uint256 tokenId) view returns(uint64)
func (iNFTAgents *INFTAgents) PackTransferNonce(tokenId *big.Int) []byte {
	enc, err := iNFTAgents.abi.Pack("transferNonce", tokenId)
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
func (iNFTAgents *INFTAgents) TryPackTransferNonce(tokenId *big.Int) ([]byte, error) {
	return iNFTAgents.abi.Pack("transferNonce", tokenId)
}

// UnpackTransferNonce is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6e303cad.
//
// Solidity: function transferNonce(uint256 tokenId) view returns(uint64)
func (iNFTAgents *INFTAgents) UnpackTransferNonce(data []byte) (uint64, error) {
	out, err := iNFTAgents.abi.Unpack("transferNonce", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackUnpause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f4ba83a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unpause() returns()
func (iNFTAgents *INFTAgents) PackUnpause() []byte {
	enc, err := iNFTAgents.abi.Pack("unpause")
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
func (iNFTAgents *INFTAgents) TryPackUnpause() ([]byte, error) {
	return iNFTAgents.abi.Pack("unpause")
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw() returns()
func (iNFTAgents *INFTAgents) PackWithdraw() []byte {
	enc, err := iNFTAgents.abi.Pack("withdraw")
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
func (iNFTAgents *INFTAgents) TryPackWithdraw() ([]byte, error) {
	return iNFTAgents.abi.Pack("withdraw")
}

// INFTAgentsAgentEvolved represents a AgentEvolved event raised by the INFTAgents contract.
type INFTAgentsAgentEvolved struct {
	AgentId  *big.Int
	Level    uint32
	StateURI string
	Raw      *types.Log // Blockchain specific contextual infos
}

const INFTAgentsAgentEvolvedEventName = "AgentEvolved"

// ContractEventName returns the user-defined event name.
func (INFTAgentsAgentEvolved) ContractEventName() string {
	return INFTAgentsAgentEvolvedEventName
}

// UnpackAgentEvolvedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AgentEvolved(uint256 indexed agentId, uint32 level, string stateURI)
func (iNFTAgents *INFTAgents) UnpackAgentEvolvedEvent(log *types.Log) (*INFTAgentsAgentEvolved, error) {
	event := "AgentEvolved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iNFTAgents.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(INFTAgentsAgentEvolved)
	if len(log.Data) > 0 {
		if err := iNFTAgents.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iNFTAgents.abi.Events[event].Inputs {
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

// INFTAgentsApproval represents a Approval event raised by the INFTAgents contract.
type INFTAgentsApproval struct {
	Owner    common.Address
	Approved common.Address
	TokenId  *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const INFTAgentsApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (INFTAgentsApproval) ContractEventName() string {
	return INFTAgentsApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed approved, uint256 indexed tokenId)
func (iNFTAgents *INFTAgents) UnpackApprovalEvent(log *types.Log) (*INFTAgentsApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iNFTAgents.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(INFTAgentsApproval)
	if len(log.Data) > 0 {
		if err := iNFTAgents.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iNFTAgents.abi.Events[event].Inputs {
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

// INFTAgentsApprovalForAll represents a ApprovalForAll event raised by the INFTAgents contract.
type INFTAgentsApprovalForAll struct {
	Owner    common.Address
	Operator common.Address
	Approved bool
	Raw      *types.Log // Blockchain specific contextual infos
}

const INFTAgentsApprovalForAllEventName = "ApprovalForAll"

// ContractEventName returns the user-defined event name.
func (INFTAgentsApprovalForAll) ContractEventName() string {
	return INFTAgentsApprovalForAllEventName
}

// UnpackApprovalForAllEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ApprovalForAll(address indexed owner, address indexed operator, bool approved)
func (iNFTAgents *INFTAgents) UnpackApprovalForAllEvent(log *types.Log) (*INFTAgentsApprovalForAll, error) {
	event := "ApprovalForAll"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iNFTAgents.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(INFTAgentsApprovalForAll)
	if len(log.Data) > 0 {
		if err := iNFTAgents.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iNFTAgents.abi.Events[event].Inputs {
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

// INFTAgentsCreditsAdded represents a CreditsAdded event raised by the INFTAgents contract.
type INFTAgentsCreditsAdded struct {
	AgentId *big.Int
	Payer   common.Address
	Credits uint64
	Price   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const INFTAgentsCreditsAddedEventName = "CreditsAdded"

// ContractEventName returns the user-defined event name.
func (INFTAgentsCreditsAdded) ContractEventName() string {
	return INFTAgentsCreditsAddedEventName
}

// UnpackCreditsAddedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CreditsAdded(uint256 indexed agentId, address indexed payer, uint64 credits, uint256 price)
func (iNFTAgents *INFTAgents) UnpackCreditsAddedEvent(log *types.Log) (*INFTAgentsCreditsAdded, error) {
	event := "CreditsAdded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iNFTAgents.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(INFTAgentsCreditsAdded)
	if len(log.Data) > 0 {
		if err := iNFTAgents.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iNFTAgents.abi.Events[event].Inputs {
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

// INFTAgentsGenerationCostSet represents a GenerationCostSet event raised by the INFTAgents contract.
type INFTAgentsGenerationCostSet struct {
	Kind    uint8
	Credits uint64
	Raw     *types.Log // Blockchain specific contextual infos
}

const INFTAgentsGenerationCostSetEventName = "GenerationCostSet"

// ContractEventName returns the user-defined event name.
func (INFTAgentsGenerationCostSet) ContractEventName() string {
	return INFTAgentsGenerationCostSetEventName
}

// UnpackGenerationCostSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event GenerationCostSet(uint8 indexed kind, uint64 credits)
func (iNFTAgents *INFTAgents) UnpackGenerationCostSetEvent(log *types.Log) (*INFTAgentsGenerationCostSet, error) {
	event := "GenerationCostSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iNFTAgents.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(INFTAgentsGenerationCostSet)
	if len(log.Data) > 0 {
		if err := iNFTAgents.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iNFTAgents.abi.Events[event].Inputs {
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

// INFTAgentsGenerationFailed represents a GenerationFailed event raised by the INFTAgents contract.
type INFTAgentsGenerationFailed struct {
	RequestId       *big.Int
	Reason          string
	CreditsRefunded uint64
	Raw             *types.Log // Blockchain specific contextual infos
}

const INFTAgentsGenerationFailedEventName = "GenerationFailed"

// ContractEventName returns the user-defined event name.
func (INFTAgentsGenerationFailed) ContractEventName() string {
	return INFTAgentsGenerationFailedEventName
}

// UnpackGenerationFailedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event GenerationFailed(uint256 indexed requestId, string reason, uint64 creditsRefunded)
func (iNFTAgents *INFTAgents) UnpackGenerationFailedEvent(log *types.Log) (*INFTAgentsGenerationFailed, error) {
	event := "GenerationFailed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iNFTAgents.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(INFTAgentsGenerationFailed)
	if len(log.Data) > 0 {
		if err := iNFTAgents.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iNFTAgents.abi.Events[event].Inputs {
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

// INFTAgentsGenerationFulfilled represents a GenerationFulfilled event raised by the INFTAgents contract.
type INFTAgentsGenerationFulfilled struct {
	RequestId *big.Int
	TokenId   *big.Int
	TokenURI  string
	Raw       *types.Log // Blockchain specific contextual infos
}

const INFTAgentsGenerationFulfilledEventName = "GenerationFulfilled"

// ContractEventName returns the user-defined event name.
func (INFTAgentsGenerationFulfilled) ContractEventName() string {
	return INFTAgentsGenerationFulfilledEventName
}

// UnpackGenerationFulfilledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event GenerationFulfilled(uint256 indexed requestId, uint256 indexed tokenId, string tokenURI)
func (iNFTAgents *INFTAgents) UnpackGenerationFulfilledEvent(log *types.Log) (*INFTAgentsGenerationFulfilled, error) {
	event := "GenerationFulfilled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iNFTAgents.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(INFTAgentsGenerationFulfilled)
	if len(log.Data) > 0 {
		if err := iNFTAgents.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iNFTAgents.abi.Events[event].Inputs {
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

// INFTAgentsGenerationRequested represents a GenerationRequested event raised by the INFTAgents contract.
type INFTAgentsGenerationRequested struct {
	RequestId    *big.Int
	AgentId      *big.Int
	Requester    common.Address
	Kind         uint8
	Prompt       string
	CreditsSpent uint64
	Raw          *types.Log // Blockchain specific contextual infos
}

const INFTAgentsGenerationRequestedEventName = "GenerationRequested"

// ContractEventName returns the user-defined event name.
func (INFTAgentsGenerationRequested) ContractEventName() string {
	return INFTAgentsGenerationRequestedEventName
}

// UnpackGenerationRequestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event GenerationRequested(uint256 indexed requestId, uint256 indexed agentId, address indexed requester, uint8 kind, string prompt, uint64 creditsSpent)
func (iNFTAgents *INFTAgents) UnpackGenerationRequestedEvent(log *types.Log) (*INFTAgentsGenerationRequested, error) {
	event := "GenerationRequested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iNFTAgents.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(INFTAgentsGenerationRequested)
	if len(log.Data) > 0 {
		if err := iNFTAgents.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iNFTAgents.abi.Events[event].Inputs {
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

// INFTAgentsPackagePurchased represents a PackagePurchased event raised by the INFTAgents contract.
type INFTAgentsPackagePurchased struct {
	AgentId *big.Int
	Buyer   common.Address
	Tier    uint8
	Credits uint64
	Price   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const INFTAgentsPackagePurchasedEventName = "PackagePurchased"

// ContractEventName returns the user-defined event name.
func (INFTAgentsPackagePurchased) ContractEventName() string {
	return INFTAgentsPackagePurchasedEventName
}

// UnpackPackagePurchasedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PackagePurchased(uint256 indexed agentId, address indexed buyer, uint8 tier, uint64 credits, uint256 price)
func (iNFTAgents *INFTAgents) UnpackPackagePurchasedEvent(log *types.Log) (*INFTAgentsPackagePurchased, error) {
	event := "PackagePurchased"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iNFTAgents.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(INFTAgentsPackagePurchased)
	if len(log.Data) > 0 {
		if err := iNFTAgents.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iNFTAgents.abi.Events[event].Inputs {
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

// INFTAgentsPackageSet represents a PackageSet event raised by the INFTAgents contract.
type INFTAgentsPackageSet struct {
	Tier    uint8
	Price   *big.Int
	Credits uint64
	Raw     *types.Log // Blockchain specific contextual infos
}

const INFTAgentsPackageSetEventName = "PackageSet"

// ContractEventName returns the user-defined event name.
func (INFTAgentsPackageSet) ContractEventName() string {
	return INFTAgentsPackageSetEventName
}

// UnpackPackageSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PackageSet(uint8 indexed tier, uint256 price, uint64 credits)
func (iNFTAgents *INFTAgents) UnpackPackageSetEvent(log *types.Log) (*INFTAgentsPackageSet, error) {
	event := "PackageSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iNFTAgents.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(INFTAgentsPackageSet)
	if len(log.Data) > 0 {
		if err := iNFTAgents.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iNFTAgents.abi.Events[event].Inputs {
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

// INFTAgentsPaused represents a Paused event raised by the INFTAgents contract.
type INFTAgentsPaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const INFTAgentsPausedEventName = "Paused"

// ContractEventName returns the user-defined event name.
func (INFTAgentsPaused) ContractEventName() string {
	return INFTAgentsPausedEventName
}

// UnpackPausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Paused(address account)
func (iNFTAgents *INFTAgents) UnpackPausedEvent(log *types.Log) (*INFTAgentsPaused, error) {
	event := "Paused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iNFTAgents.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(INFTAgentsPaused)
	if len(log.Data) > 0 {
		if err := iNFTAgents.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iNFTAgents.abi.Events[event].Inputs {
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

// INFTAgentsRequestLimitsSet represents a RequestLimitsSet event raised by the INFTAgents contract.
type INFTAgentsRequestLimitsSet struct {
	MaxPromptBytes uint32
	RequestTimeout uint64
	Raw            *types.Log // Blockchain specific contextual infos
}

const INFTAgentsRequestLimitsSetEventName = "RequestLimitsSet"

// ContractEventName returns the user-defined event name.
func (INFTAgentsRequestLimitsSet) ContractEventName() string {
	return INFTAgentsRequestLimitsSetEventName
}

// UnpackRequestLimitsSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RequestLimitsSet(uint32 maxPromptBytes, uint64 requestTimeout)
func (iNFTAgents *INFTAgents) UnpackRequestLimitsSetEvent(log *types.Log) (*INFTAgentsRequestLimitsSet, error) {
	event := "RequestLimitsSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iNFTAgents.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(INFTAgentsRequestLimitsSet)
	if len(log.Data) > 0 {
		if err := iNFTAgents.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iNFTAgents.abi.Events[event].Inputs {
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

// INFTAgentsRevenueSplitSet represents a RevenueSplitSet event raised by the INFTAgents contract.
type INFTAgentsRevenueSplitSet struct {
	StakingWallet   common.Address
	DevWallet       common.Address
	StakingShareBps uint16
	Raw             *types.Log // Blockchain specific contextual infos
}

const INFTAgentsRevenueSplitSetEventName = "RevenueSplitSet"

// ContractEventName returns the user-defined event name.
func (INFTAgentsRevenueSplitSet) ContractEventName() string {
	return INFTAgentsRevenueSplitSetEventName
}

// UnpackRevenueSplitSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RevenueSplitSet(address stakingWallet, address devWallet, uint16 stakingShareBps)
func (iNFTAgents *INFTAgents) UnpackRevenueSplitSetEvent(log *types.Log) (*INFTAgentsRevenueSplitSet, error) {
	event := "RevenueSplitSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iNFTAgents.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(INFTAgentsRevenueSplitSet)
	if len(log.Data) > 0 {
		if err := iNFTAgents.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iNFTAgents.abi.Events[event].Inputs {
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

// INFTAgentsRoleAdminChanged represents a RoleAdminChanged event raised by the INFTAgents contract.
type INFTAgentsRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const INFTAgentsRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (INFTAgentsRoleAdminChanged) ContractEventName() string {
	return INFTAgentsRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (iNFTAgents *INFTAgents) UnpackRoleAdminChangedEvent(log *types.Log) (*INFTAgentsRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iNFTAgents.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(INFTAgentsRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := iNFTAgents.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iNFTAgents.abi.Events[event].Inputs {
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

// INFTAgentsRoleGranted represents a RoleGranted event raised by the INFTAgents contract.
type INFTAgentsRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const INFTAgentsRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (INFTAgentsRoleGranted) ContractEventName() string {
	return INFTAgentsRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (iNFTAgents *INFTAgents) UnpackRoleGrantedEvent(log *types.Log) (*INFTAgentsRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iNFTAgents.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(INFTAgentsRoleGranted)
	if len(log.Data) > 0 {
		if err := iNFTAgents.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iNFTAgents.abi.Events[event].Inputs {
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

// INFTAgentsRoleRevoked represents a RoleRevoked event raised by the INFTAgents contract.
type INFTAgentsRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const INFTAgentsRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (INFTAgentsRoleRevoked) ContractEventName() string {
	return INFTAgentsRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (iNFTAgents *INFTAgents) UnpackRoleRevokedEvent(log *types.Log) (*INFTAgentsRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iNFTAgents.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(INFTAgentsRoleRevoked)
	if len(log.Data) > 0 {
		if err := iNFTAgents.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iNFTAgents.abi.Events[event].Inputs {
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

// INFTAgentsSubscribed represents a Subscribed event raised by the INFTAgents contract.
type INFTAgentsSubscribed struct {
	AgentId    *big.Int
	Subscriber common.Address
	ExpiresAt  uint64
	Paid       *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const INFTAgentsSubscribedEventName = "Subscribed"

// ContractEventName returns the user-defined event name.
func (INFTAgentsSubscribed) ContractEventName() string {
	return INFTAgentsSubscribedEventName
}

// UnpackSubscribedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Subscribed(uint256 indexed agentId, address indexed subscriber, uint64 expiresAt, uint256 paid)
func (iNFTAgents *INFTAgents) UnpackSubscribedEvent(log *types.Log) (*INFTAgentsSubscribed, error) {
	event := "Subscribed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iNFTAgents.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(INFTAgentsSubscribed)
	if len(log.Data) > 0 {
		if err := iNFTAgents.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iNFTAgents.abi.Events[event].Inputs {
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

// INFTAgentsSubscriptionTermsSet represents a SubscriptionTermsSet event raised by the INFTAgents contract.
type INFTAgentsSubscriptionTermsSet struct {
	AgentId          *big.Int
	PricePerPeriod   *big.Int
	Period           uint64
	CreditsPerPeriod uint64
	Raw              *types.Log // Blockchain specific contextual infos
}

const INFTAgentsSubscriptionTermsSetEventName = "SubscriptionTermsSet"

// ContractEventName returns the user-defined event name.
func (INFTAgentsSubscriptionTermsSet) ContractEventName() string {
	return INFTAgentsSubscriptionTermsSetEventName
}

// UnpackSubscriptionTermsSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SubscriptionTermsSet(uint256 indexed agentId, uint256 pricePerPeriod, uint64 period, uint64 creditsPerPeriod)
func (iNFTAgents *INFTAgents) UnpackSubscriptionTermsSetEvent(log *types.Log) (*INFTAgentsSubscriptionTermsSet, error) {
	event := "SubscriptionTermsSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iNFTAgents.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(INFTAgentsSubscriptionTermsSet)
	if len(log.Data) > 0 {
		if err := iNFTAgents.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iNFTAgents.abi.Events[event].Inputs {
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

// INFTAgentsTransfer represents a Transfer event raised by the INFTAgents contract.
type INFTAgentsTransfer struct {
	From    common.Address
	To      common.Address
	TokenId *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const INFTAgentsTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (INFTAgentsTransfer) ContractEventName() string {
	return INFTAgentsTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 indexed tokenId)
func (iNFTAgents *INFTAgents) UnpackTransferEvent(log *types.Log) (*INFTAgentsTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iNFTAgents.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(INFTAgentsTransfer)
	if len(log.Data) > 0 {
		if err := iNFTAgents.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iNFTAgents.abi.Events[event].Inputs {
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

// INFTAgentsUnpaused represents a Unpaused event raised by the INFTAgents contract.
type INFTAgentsUnpaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const INFTAgentsUnpausedEventName = "Unpaused"

// ContractEventName returns the user-defined event name.
func (INFTAgentsUnpaused) ContractEventName() string {
	return INFTAgentsUnpausedEventName
}

// UnpackUnpausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Unpaused(address account)
func (iNFTAgents *INFTAgents) UnpackUnpausedEvent(log *types.Log) (*INFTAgentsUnpaused, error) {
	event := "Unpaused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iNFTAgents.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(INFTAgentsUnpaused)
	if len(log.Data) > 0 {
		if err := iNFTAgents.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iNFTAgents.abi.Events[event].Inputs {
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

// INFTAgentsWithdrawn represents a Withdrawn event raised by the INFTAgents contract.
type INFTAgentsWithdrawn struct {
	Payee  common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const INFTAgentsWithdrawnEventName = "Withdrawn"

// ContractEventName returns the user-defined event name.
func (INFTAgentsWithdrawn) ContractEventName() string {
	return INFTAgentsWithdrawnEventName
}

// UnpackWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawn(address indexed payee, uint256 amount)
func (iNFTAgents *INFTAgents) UnpackWithdrawnEvent(log *types.Log) (*INFTAgentsWithdrawn, error) {
	event := "Withdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iNFTAgents.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(INFTAgentsWithdrawn)
	if len(log.Data) > 0 {
		if err := iNFTAgents.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iNFTAgents.abi.Events[event].Inputs {
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
func (iNFTAgents *INFTAgents) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], iNFTAgents.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return iNFTAgents.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], iNFTAgents.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return iNFTAgents.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], iNFTAgents.abi.Errors["AddressEmptyCode"].ID.Bytes()[:4]) {
		return iNFTAgents.UnpackAddressEmptyCodeError(raw[4:])
	}
	if bytes.Equal(raw[:4], iNFTAgents.abi.Errors["ERC721IncorrectOwner"].ID.Bytes()[:4]) {
		return iNFTAgents.UnpackERC721IncorrectOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], iNFTAgents.abi.Errors["ERC721InsufficientApproval"].ID.Bytes()[:4]) {
		return iNFTAgents.UnpackERC721InsufficientApprovalError(raw[4:])
	}
	if bytes.Equal(raw[:4], iNFTAgents.abi.Errors["ERC721InvalidApprover"].ID.Bytes()[:4]) {
		return iNFTAgents.UnpackERC721InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], iNFTAgents.abi.Errors["ERC721InvalidOperator"].ID.Bytes()[:4]) {
		return iNFTAgents.UnpackERC721InvalidOperatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], iNFTAgents.abi.Errors["ERC721InvalidOwner"].ID.Bytes()[:4]) {
		return iNFTAgents.UnpackERC721InvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], iNFTAgents.abi.Errors["ERC721InvalidReceiver"].ID.Bytes()[:4]) {
		return iNFTAgents.UnpackERC721InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], iNFTAgents.abi.Errors["ERC721InvalidSender"].ID.Bytes()[:4]) {
		return iNFTAgents.UnpackERC721InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], iNFTAgents.abi.Errors["ERC721NonexistentToken"].ID.Bytes()[:4]) {
		return iNFTAgents.UnpackERC721NonexistentTokenError(raw[4:])
	}
	if bytes.Equal(raw[:4], iNFTAgents.abi.Errors["EmptyPrompt"].ID.Bytes()[:4]) {
		return iNFTAgents.UnpackEmptyPromptError(raw[4:])
	}
	if bytes.Equal(raw[:4], iNFTAgents.abi.Errors["EmptyURI"].ID.Bytes()[:4]) {
		return iNFTAgents.UnpackEmptyURIError(raw[4:])
	}
	if bytes.Equal(raw[:4], iNFTAgents.abi.Errors["EnforcedPause"].ID.Bytes()[:4]) {
		return iNFTAgents.UnpackEnforcedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], iNFTAgents.abi.Errors["ExpectedPause"].ID.Bytes()[:4]) {
		return iNFTAgents.UnpackExpectedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], iNFTAgents.abi.Errors["FailedCall"].ID.Bytes()[:4]) {
		return iNFTAgents.UnpackFailedCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], iNFTAgents.abi.Errors["InsufficientCredits"].ID.Bytes()[:4]) {
		return iNFTAgents.UnpackInsufficientCreditsError(raw[4:])
	}
	if bytes.Equal(raw[:4], iNFTAgents.abi.Errors["InvalidLimits"].ID.Bytes()[:4]) {
		return iNFTAgents.UnpackInvalidLimitsError(raw[4:])
	}
	if bytes.Equal(raw[:4], iNFTAgents.abi.Errors["InvalidShare"].ID.Bytes()[:4]) {
		return iNFTAgents.UnpackInvalidShareError(raw[4:])
	}
	if bytes.Equal(raw[:4], iNFTAgents.abi.Errors["InvalidTerms"].ID.Bytes()[:4]) {
		return iNFTAgents.UnpackInvalidTermsError(raw[4:])
	}
	if bytes.Equal(raw[:4], iNFTAgents.abi.Errors["LevelNotIncreasing"].ID.Bytes()[:4]) {
		return iNFTAgents.UnpackLevelNotIncreasingError(raw[4:])
	}
	if bytes.Equal(raw[:4], iNFTAgents.abi.Errors["NotAgentOwner"].ID.Bytes()[:4]) {
		return iNFTAgents.UnpackNotAgentOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], iNFTAgents.abi.Errors["NotOwnerOrSubscriber"].ID.Bytes()[:4]) {
		return iNFTAgents.UnpackNotOwnerOrSubscriberError(raw[4:])
	}
	if bytes.Equal(raw[:4], iNFTAgents.abi.Errors["NotRequester"].ID.Bytes()[:4]) {
		return iNFTAgents.UnpackNotRequesterError(raw[4:])
	}
	if bytes.Equal(raw[:4], iNFTAgents.abi.Errors["NothingToWithdraw"].ID.Bytes()[:4]) {
		return iNFTAgents.UnpackNothingToWithdrawError(raw[4:])
	}
	if bytes.Equal(raw[:4], iNFTAgents.abi.Errors["PackageUnavailable"].ID.Bytes()[:4]) {
		return iNFTAgents.UnpackPackageUnavailableError(raw[4:])
	}
	if bytes.Equal(raw[:4], iNFTAgents.abi.Errors["PromptTooLong"].ID.Bytes()[:4]) {
		return iNFTAgents.UnpackPromptTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], iNFTAgents.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return iNFTAgents.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], iNFTAgents.abi.Errors["RequestNotExpired"].ID.Bytes()[:4]) {
		return iNFTAgents.UnpackRequestNotExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], iNFTAgents.abi.Errors["RequestNotPending"].ID.Bytes()[:4]) {
		return iNFTAgents.UnpackRequestNotPendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], iNFTAgents.abi.Errors["SubscriptionExpired"].ID.Bytes()[:4]) {
		return iNFTAgents.UnpackSubscriptionExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], iNFTAgents.abi.Errors["SubscriptionQuotaExceeded"].ID.Bytes()[:4]) {
		return iNFTAgents.UnpackSubscriptionQuotaExceededError(raw[4:])
	}
	if bytes.Equal(raw[:4], iNFTAgents.abi.Errors["SubscriptionsDisabled"].ID.Bytes()[:4]) {
		return iNFTAgents.UnpackSubscriptionsDisabledError(raw[4:])
	}
	if bytes.Equal(raw[:4], iNFTAgents.abi.Errors["UnknownAgent"].ID.Bytes()[:4]) {
		return iNFTAgents.UnpackUnknownAgentError(raw[4:])
	}
	if bytes.Equal(raw[:4], iNFTAgents.abi.Errors["UnknownKind"].ID.Bytes()[:4]) {
		return iNFTAgents.UnpackUnknownKindError(raw[4:])
	}
	if bytes.Equal(raw[:4], iNFTAgents.abi.Errors["UnknownRequest"].ID.Bytes()[:4]) {
		return iNFTAgents.UnpackUnknownRequestError(raw[4:])
	}
	if bytes.Equal(raw[:4], iNFTAgents.abi.Errors["UnknownTier"].ID.Bytes()[:4]) {
		return iNFTAgents.UnpackUnknownTierError(raw[4:])
	}
	if bytes.Equal(raw[:4], iNFTAgents.abi.Errors["WithdrawalFailed"].ID.Bytes()[:4]) {
		return iNFTAgents.UnpackWithdrawalFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], iNFTAgents.abi.Errors["WrongPayment"].ID.Bytes()[:4]) {
		return iNFTAgents.UnpackWrongPaymentError(raw[4:])
	}
	if bytes.Equal(raw[:4], iNFTAgents.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return iNFTAgents.UnpackZeroAddressError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// INFTAgentsAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the INFTAgents contract.
type INFTAgentsAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func INFTAgentsAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (iNFTAgents *INFTAgents) UnpackAccessControlBadConfirmationError(raw []byte) (*INFTAgentsAccessControlBadConfirmation, error) {
	out := new(INFTAgentsAccessControlBadConfirmation)
	if err := iNFTAgents.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// INFTAgentsAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the INFTAgents contract.
type INFTAgentsAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func INFTAgentsAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (iNFTAgents *INFTAgents) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*INFTAgentsAccessControlUnauthorizedAccount, error) {
	out := new(INFTAgentsAccessControlUnauthorizedAccount)
	if err := iNFTAgents.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// INFTAgentsAddressEmptyCode represents a AddressEmptyCode error raised by the INFTAgents contract.
type INFTAgentsAddressEmptyCode struct {
	Target common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AddressEmptyCode(address target)
func INFTAgentsAddressEmptyCodeErrorID() common.Hash {
	return common.HexToHash("0x9996b315c842ff135b8fc4a08ad5df1c344efbc03d2687aecc0678050d2aac89")
}

// UnpackAddressEmptyCodeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AddressEmptyCode(address target)
func (iNFTAgents *INFTAgents) UnpackAddressEmptyCodeError(raw []byte) (*INFTAgentsAddressEmptyCode, error) {
	out := new(INFTAgentsAddressEmptyCode)
	if err := iNFTAgents.abi.UnpackIntoInterface(out, "AddressEmptyCode", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// INFTAgentsERC721IncorrectOwner represents a ERC721IncorrectOwner error raised by the INFTAgents contract.
type INFTAgentsERC721IncorrectOwner struct {
	Sender  common.Address
	TokenId *big.Int
	Owner   common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721IncorrectOwner(address sender, uint256 tokenId, address owner)
func INFTAgentsERC721IncorrectOwnerErrorID() common.Hash {
	return common.HexToHash("0x64283d7b313c8117c125f736876fa2b4e90ea3831a4716dfdb87d2f540e26289")
}

// UnpackERC721IncorrectOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721IncorrectOwner(address sender, uint256 tokenId, address owner)
func (iNFTAgents *INFTAgents) UnpackERC721IncorrectOwnerError(raw []byte) (*INFTAgentsERC721IncorrectOwner, error) {
	out := new(INFTAgentsERC721IncorrectOwner)
	if err := iNFTAgents.abi.UnpackIntoInterface(out, "ERC721IncorrectOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// INFTAgentsERC721InsufficientApproval represents a ERC721InsufficientApproval error raised by the INFTAgents contract.
type INFTAgentsERC721InsufficientApproval struct {
	Operator common.Address
	TokenId  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InsufficientApproval(address operator, uint256 tokenId)
func INFTAgentsERC721InsufficientApprovalErrorID() common.Hash {
	return common.HexToHash("0x177e802f6f313bc89797ecace66d6d29ab4719cbaaacbb87367264048b1eb861")
}

// UnpackERC721InsufficientApprovalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InsufficientApproval(address operator, uint256 tokenId)
func (iNFTAgents *INFTAgents) UnpackERC721InsufficientApprovalError(raw []byte) (*INFTAgentsERC721InsufficientApproval, error) {
	out := new(INFTAgentsERC721InsufficientApproval)
	if err := iNFTAgents.abi.UnpackIntoInterface(out, "ERC721InsufficientApproval", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// INFTAgentsERC721InvalidApprover represents a ERC721InvalidApprover error raised by the INFTAgents contract.
type INFTAgentsERC721InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidApprover(address approver)
func INFTAgentsERC721InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xa9fbf51f86b8e03595d59dc726bb10c329bb24f62589be276d8dd193ca0b69ea")
}

// UnpackERC721InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidApprover(address approver)
func (iNFTAgents *INFTAgents) UnpackERC721InvalidApproverError(raw []byte) (*INFTAgentsERC721InvalidApprover, error) {
	out := new(INFTAgentsERC721InvalidApprover)
	if err := iNFTAgents.abi.UnpackIntoInterface(out, "ERC721InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// INFTAgentsERC721InvalidOperator represents a ERC721InvalidOperator error raised by the INFTAgents contract.
type INFTAgentsERC721InvalidOperator struct {
	Operator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidOperator(address operator)
func INFTAgentsERC721InvalidOperatorErrorID() common.Hash {
	return common.HexToHash("0x5b08ba185e8f577075361f3a3555a6580a227ce22734dcc979c1aeadf894658b")
}

// UnpackERC721InvalidOperatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidOperator(address operator)
func (iNFTAgents *INFTAgents) UnpackERC721InvalidOperatorError(raw []byte) (*INFTAgentsERC721InvalidOperator, error) {
	out := new(INFTAgentsERC721InvalidOperator)
	if err := iNFTAgents.abi.UnpackIntoInterface(out, "ERC721InvalidOperator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// INFTAgentsERC721InvalidOwner represents a ERC721InvalidOwner error raised by the INFTAgents contract.
type INFTAgentsERC721InvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidOwner(address owner)
func INFTAgentsERC721InvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x89c62b6479af2e623826dcc39c5133061d35b66d72de92833401dd2fd6567480")
}

// UnpackERC721InvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidOwner(address owner)
func (iNFTAgents *INFTAgents) UnpackERC721InvalidOwnerError(raw []byte) (*INFTAgentsERC721InvalidOwner, error) {
	out := new(INFTAgentsERC721InvalidOwner)
	if err := iNFTAgents.abi.UnpackIntoInterface(out, "ERC721InvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// INFTAgentsERC721InvalidReceiver represents a ERC721InvalidReceiver error raised by the INFTAgents contract.
type INFTAgentsERC721InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidReceiver(address receiver)
func INFTAgentsERC721InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0x64a0ae9278f805eaf991dcd18ca78756d280b7508b764ef1b255c55845c11df9")
}

// UnpackERC721InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidReceiver(address receiver)
func (iNFTAgents *INFTAgents) UnpackERC721InvalidReceiverError(raw []byte) (*INFTAgentsERC721InvalidReceiver, error) {
	out := new(INFTAgentsERC721InvalidReceiver)
	if err := iNFTAgents.abi.UnpackIntoInterface(out, "ERC721InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// INFTAgentsERC721InvalidSender represents a ERC721InvalidSender error raised by the INFTAgents contract.
type INFTAgentsERC721InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidSender(address sender)
func INFTAgentsERC721InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x73c6ac6e10798e95d99e1f130d923eb40193ecb8d094ec3dce93292564eb3b17")
}

// UnpackERC721InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidSender(address sender)
func (iNFTAgents *INFTAgents) UnpackERC721InvalidSenderError(raw []byte) (*INFTAgentsERC721InvalidSender, error) {
	out := new(INFTAgentsERC721InvalidSender)
	if err := iNFTAgents.abi.UnpackIntoInterface(out, "ERC721InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// INFTAgentsERC721NonexistentToken represents a ERC721NonexistentToken error raised by the INFTAgents contract.
type INFTAgentsERC721NonexistentToken struct {
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721NonexistentToken(uint256 tokenId)
func INFTAgentsERC721NonexistentTokenErrorID() common.Hash {
	return common.HexToHash("0x7e273289a3a9ef6670f06df7dca227856fc925e956db96980692764a8bc734d7")
}

// UnpackERC721NonexistentTokenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721NonexistentToken(uint256 tokenId)
func (iNFTAgents *INFTAgents) UnpackERC721NonexistentTokenError(raw []byte) (*INFTAgentsERC721NonexistentToken, error) {
	out := new(INFTAgentsERC721NonexistentToken)
	if err := iNFTAgents.abi.UnpackIntoInterface(out, "ERC721NonexistentToken", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// INFTAgentsEmptyPrompt represents a EmptyPrompt error raised by the INFTAgents contract.
type INFTAgentsEmptyPrompt struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EmptyPrompt()
func INFTAgentsEmptyPromptErrorID() common.Hash {
	return common.HexToHash("0xb8a7f2193ee6be776ff669ec590259212d93e83ce72e9ccc6fcd51d8890c399a")
}

// UnpackEmptyPromptError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EmptyPrompt()
func (iNFTAgents *INFTAgents) UnpackEmptyPromptError(raw []byte) (*INFTAgentsEmptyPrompt, error) {
	out := new(INFTAgentsEmptyPrompt)
	if err := iNFTAgents.abi.UnpackIntoInterface(out, "EmptyPrompt", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// INFTAgentsEmptyURI represents a EmptyURI error raised by the INFTAgents contract.
type INFTAgentsEmptyURI struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EmptyURI()
func INFTAgentsEmptyURIErrorID() common.Hash {
	return common.HexToHash("0xd07b00d637fc447c4db1e1470623ac6e1155e0708df4f0b16edf7d6673bfd61e")
}

// UnpackEmptyURIError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EmptyURI()
func (iNFTAgents *INFTAgents) UnpackEmptyURIError(raw []byte) (*INFTAgentsEmptyURI, error) {
	out := new(INFTAgentsEmptyURI)
	if err := iNFTAgents.abi.UnpackIntoInterface(out, "EmptyURI", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// INFTAgentsEnforcedPause represents a EnforcedPause error raised by the INFTAgents contract.
type INFTAgentsEnforcedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EnforcedPause()
func INFTAgentsEnforcedPauseErrorID() common.Hash {
	return common.HexToHash("0xd93c0665d6c96d04a8f174024fc4ddd66c250604aff22bbec808de86dd3637e3")
}

// UnpackEnforcedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EnforcedPause()
func (iNFTAgents *INFTAgents) UnpackEnforcedPauseError(raw []byte) (*INFTAgentsEnforcedPause, error) {
	out := new(INFTAgentsEnforcedPause)
	if err := iNFTAgents.abi.UnpackIntoInterface(out, "EnforcedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// INFTAgentsExpectedPause represents a ExpectedPause error raised by the INFTAgents contract.
type INFTAgentsExpectedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExpectedPause()
func INFTAgentsExpectedPauseErrorID() common.Hash {
	return common.HexToHash("0x8dfc202bcfe9a735b559bee70674422512bc5c30f687046ae8778315fb81da44")
}

// UnpackExpectedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExpectedPause()
func (iNFTAgents *INFTAgents) UnpackExpectedPauseError(raw []byte) (*INFTAgentsExpectedPause, error) {
	out := new(INFTAgentsExpectedPause)
	if err := iNFTAgents.abi.UnpackIntoInterface(out, "ExpectedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// INFTAgentsFailedCall represents a FailedCall error raised by the INFTAgents contract.
type INFTAgentsFailedCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FailedCall()
func INFTAgentsFailedCallErrorID() common.Hash {
	return common.HexToHash("0xd6bda27508c0fb6d8a39b4b122878dab26f731a7d4e4abe711dd3731899052a4")
}

// UnpackFailedCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FailedCall()
func (iNFTAgents *INFTAgents) UnpackFailedCallError(raw []byte) (*INFTAgentsFailedCall, error) {
	out := new(INFTAgentsFailedCall)
	if err := iNFTAgents.abi.UnpackIntoInterface(out, "FailedCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// INFTAgentsInsufficientCredits represents a InsufficientCredits error raised by the INFTAgents contract.
type INFTAgentsInsufficientCredits struct {
	AgentId   *big.Int
	Available uint64
	Required  uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientCredits(uint256 agentId, uint64 available, uint64 required)
func INFTAgentsInsufficientCreditsErrorID() common.Hash {
	return common.HexToHash("0xfe69c5afa7650b9572542f872c4534382d44e4dbd818bb70e43209912c568907")
}

// UnpackInsufficientCreditsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientCredits(uint256 agentId, uint64 available, uint64 required)
func (iNFTAgents *INFTAgents) UnpackInsufficientCreditsError(raw []byte) (*INFTAgentsInsufficientCredits, error) {
	out := new(INFTAgentsInsufficientCredits)
	if err := iNFTAgents.abi.UnpackIntoInterface(out, "InsufficientCredits", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// INFTAgentsInvalidLimits represents a InvalidLimits error raised by the INFTAgents contract.
type INFTAgentsInvalidLimits struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidLimits()
func INFTAgentsInvalidLimitsErrorID() common.Hash {
	return common.HexToHash("0xe773e0a9ae121cd81ca04bd9aa3229df58d26b9322cf16184c8b97bd9cafe5b3")
}

// UnpackInvalidLimitsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidLimits()
func (iNFTAgents *INFTAgents) UnpackInvalidLimitsError(raw []byte) (*INFTAgentsInvalidLimits, error) {
	out := new(INFTAgentsInvalidLimits)
	if err := iNFTAgents.abi.UnpackIntoInterface(out, "InvalidLimits", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// INFTAgentsInvalidShare represents a InvalidShare error raised by the INFTAgents contract.
type INFTAgentsInvalidShare struct {
	Bps uint16
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidShare(uint16 bps)
func INFTAgentsInvalidShareErrorID() common.Hash {
	return common.HexToHash("0x9ab9dde89e855bd04364a271624844a63b6a89196c1f39f1af3fe253fd96be0e")
}

// UnpackInvalidShareError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidShare(uint16 bps)
func (iNFTAgents *INFTAgents) UnpackInvalidShareError(raw []byte) (*INFTAgentsInvalidShare, error) {
	out := new(INFTAgentsInvalidShare)
	if err := iNFTAgents.abi.UnpackIntoInterface(out, "InvalidShare", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// INFTAgentsInvalidTerms represents a InvalidTerms error raised by the INFTAgents contract.
type INFTAgentsInvalidTerms struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidTerms()
func INFTAgentsInvalidTermsErrorID() common.Hash {
	return common.HexToHash("0x0256965f9b387bc8ec6c98cf0ff582eaf117751bcb03b5eac94f4b122d4a5fc9")
}

// UnpackInvalidTermsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidTerms()
func (iNFTAgents *INFTAgents) UnpackInvalidTermsError(raw []byte) (*INFTAgentsInvalidTerms, error) {
	out := new(INFTAgentsInvalidTerms)
	if err := iNFTAgents.abi.UnpackIntoInterface(out, "InvalidTerms", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// INFTAgentsLevelNotIncreasing represents a LevelNotIncreasing error raised by the INFTAgents contract.
type INFTAgentsLevelNotIncreasing struct {
	AgentId *big.Int
	Current uint32
	Level   uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LevelNotIncreasing(uint256 agentId, uint32 current, uint32 level)
func INFTAgentsLevelNotIncreasingErrorID() common.Hash {
	return common.HexToHash("0xf8e56f3626b5e6996d899be06729f1336e4d0c44ed321ef19df0fe1694a9fdc4")
}

// UnpackLevelNotIncreasingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LevelNotIncreasing(uint256 agentId, uint32 current, uint32 level)
func (iNFTAgents *INFTAgents) UnpackLevelNotIncreasingError(raw []byte) (*INFTAgentsLevelNotIncreasing, error) {
	out := new(INFTAgentsLevelNotIncreasing)
	if err := iNFTAgents.abi.UnpackIntoInterface(out, "LevelNotIncreasing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// INFTAgentsNotAgentOwner represents a NotAgentOwner error raised by the INFTAgents contract.
type INFTAgentsNotAgentOwner struct {
	AgentId *big.Int
	Caller  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAgentOwner(uint256 agentId, address caller)
func INFTAgentsNotAgentOwnerErrorID() common.Hash {
	return common.HexToHash("0x13feb4c48010e8e7ee763db5589a07bfab8e7bcc2e5bb97710bc1464c360d9fc")
}

// UnpackNotAgentOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAgentOwner(uint256 agentId, address caller)
func (iNFTAgents *INFTAgents) UnpackNotAgentOwnerError(raw []byte) (*INFTAgentsNotAgentOwner, error) {
	out := new(INFTAgentsNotAgentOwner)
	if err := iNFTAgents.abi.UnpackIntoInterface(out, "NotAgentOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// INFTAgentsNotOwnerOrSubscriber represents a NotOwnerOrSubscriber error raised by the INFTAgents contract.
type INFTAgentsNotOwnerOrSubscriber struct {
	AgentId *big.Int
	Caller  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotOwnerOrSubscriber(uint256 agentId, address caller)
func INFTAgentsNotOwnerOrSubscriberErrorID() common.Hash {
	return common.HexToHash("0x8897be49908537aebea208d3cb534d92ab06ecca4514a4c64fd76a24d39577a4")
}

// UnpackNotOwnerOrSubscriberError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotOwnerOrSubscriber(uint256 agentId, address caller)
func (iNFTAgents *INFTAgents) UnpackNotOwnerOrSubscriberError(raw []byte) (*INFTAgentsNotOwnerOrSubscriber, error) {
	out := new(INFTAgentsNotOwnerOrSubscriber)
	if err := iNFTAgents.abi.UnpackIntoInterface(out, "NotOwnerOrSubscriber", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// INFTAgentsNotRequester represents a NotRequester error raised by the INFTAgents contract.
type INFTAgentsNotRequester struct {
	RequestId *big.Int
	Caller    common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotRequester(uint256 requestId, address caller)
func INFTAgentsNotRequesterErrorID() common.Hash {
	return common.HexToHash("0x58ea1a27407401864a918fa847903579fcf7f4b36fc5216ff0e5f1c572fd9ffa")
}

// UnpackNotRequesterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotRequester(uint256 requestId, address caller)
func (iNFTAgents *INFTAgents) UnpackNotRequesterError(raw []byte) (*INFTAgentsNotRequester, error) {
	out := new(INFTAgentsNotRequester)
	if err := iNFTAgents.abi.UnpackIntoInterface(out, "NotRequester", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// INFTAgentsNothingToWithdraw represents a NothingToWithdraw error raised by the INFTAgents contract.
type INFTAgentsNothingToWithdraw struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToWithdraw()
func INFTAgentsNothingToWithdrawErrorID() common.Hash {
	return common.HexToHash("0xd0d04f60bf4f7629141a1f00f5d2908fa0f3e15bf4cbf8bb8edc6fcbdf2509fa")
}

// UnpackNothingToWithdrawError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToWithdraw()
func (iNFTAgents *INFTAgents) UnpackNothingToWithdrawError(raw []byte) (*INFTAgentsNothingToWithdraw, error) {
	out := new(INFTAgentsNothingToWithdraw)
	if err := iNFTAgents.abi.UnpackIntoInterface(out, "NothingToWithdraw", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// INFTAgentsPackageUnavailable represents a PackageUnavailable error raised by the INFTAgents contract.
type INFTAgentsPackageUnavailable struct {
	Tier uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PackageUnavailable(uint8 tier)
func INFTAgentsPackageUnavailableErrorID() common.Hash {
	return common.HexToHash("0x349a28d159e32c7ab84851a65b0e4c80ba12a8267269ec8115f4e5995eb82682")
}

// UnpackPackageUnavailableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PackageUnavailable(uint8 tier)
func (iNFTAgents *INFTAgents) UnpackPackageUnavailableError(raw []byte) (*INFTAgentsPackageUnavailable, error) {
	out := new(INFTAgentsPackageUnavailable)
	if err := iNFTAgents.abi.UnpackIntoInterface(out, "PackageUnavailable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// INFTAgentsPromptTooLong represents a PromptTooLong error raised by the INFTAgents contract.
type INFTAgentsPromptTooLong struct {
	Length *big.Int
	Max    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PromptTooLong(uint256 length, uint256 max)
func INFTAgentsPromptTooLongErrorID() common.Hash {
	return common.HexToHash("0x3b7c8672773a4eac72fabb0235200f181baa025d854d69635254a55c326adab0")
}

// UnpackPromptTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PromptTooLong(uint256 length, uint256 max)
func (iNFTAgents *INFTAgents) UnpackPromptTooLongError(raw []byte) (*INFTAgentsPromptTooLong, error) {
	out := new(INFTAgentsPromptTooLong)
	if err := iNFTAgents.abi.UnpackIntoInterface(out, "PromptTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// INFTAgentsReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the INFTAgents contract.
type INFTAgentsReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func INFTAgentsReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (iNFTAgents *INFTAgents) UnpackReentrancyGuardReentrantCallError(raw []byte) (*INFTAgentsReentrancyGuardReentrantCall, error) {
	out := new(INFTAgentsReentrancyGuardReentrantCall)
	if err := iNFTAgents.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// INFTAgentsRequestNotExpired represents a RequestNotExpired error raised by the INFTAgents contract.
type INFTAgentsRequestNotExpired struct {
	RequestId *big.Int
	ExpiresAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RequestNotExpired(uint256 requestId, uint64 expiresAt)
func INFTAgentsRequestNotExpiredErrorID() common.Hash {
	return common.HexToHash("0x7eb4c8cc24765107b62b1a5b5f7a252ea2c93d8ce85728ab1a9091d14fb3f34f")
}

// UnpackRequestNotExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RequestNotExpired(uint256 requestId, uint64 expiresAt)
func (iNFTAgents *INFTAgents) UnpackRequestNotExpiredError(raw []byte) (*INFTAgentsRequestNotExpired, error) {
	out := new(INFTAgentsRequestNotExpired)
	if err := iNFTAgents.abi.UnpackIntoInterface(out, "RequestNotExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// INFTAgentsRequestNotPending represents a RequestNotPending error raised by the INFTAgents contract.
type INFTAgentsRequestNotPending struct {
	RequestId *big.Int
	Status    uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RequestNotPending(uint256 requestId, uint8 status)
func INFTAgentsRequestNotPendingErrorID() common.Hash {
	return common.HexToHash("0xa8306b6138c595afc37fa558fe91fe4afbff00f2c0e5e90f4e4a6972721c3b80")
}

// UnpackRequestNotPendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RequestNotPending(uint256 requestId, uint8 status)
func (iNFTAgents *INFTAgents) UnpackRequestNotPendingError(raw []byte) (*INFTAgentsRequestNotPending, error) {
	out := new(INFTAgentsRequestNotPending)
	if err := iNFTAgents.abi.UnpackIntoInterface(out, "RequestNotPending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// INFTAgentsSubscriptionExpired represents a SubscriptionExpired error raised by the INFTAgents contract.
type INFTAgentsSubscriptionExpired struct {
	AgentId    *big.Int
	Subscriber common.Address
	ExpiredAt  uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SubscriptionExpired(uint256 agentId, address subscriber, uint64 expiredAt)
func INFTAgentsSubscriptionExpiredErrorID() common.Hash {
	return common.HexToHash("0x19f10537a0536c6d4ba5ae1859de505a323ff86aa560137aec93cade832bacb0")
}

// UnpackSubscriptionExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SubscriptionExpired(uint256 agentId, address subscriber, uint64 expiredAt)
func (iNFTAgents *INFTAgents) UnpackSubscriptionExpiredError(raw []byte) (*INFTAgentsSubscriptionExpired, error) {
	out := new(INFTAgentsSubscriptionExpired)
	if err := iNFTAgents.abi.UnpackIntoInterface(out, "SubscriptionExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// INFTAgentsSubscriptionQuotaExceeded represents a SubscriptionQuotaExceeded error raised by the INFTAgents contract.
type INFTAgentsSubscriptionQuotaExceeded struct {
	AgentId     *big.Int
	Subscriber  common.Address
	CreditsLeft uint64
	Cost        uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SubscriptionQuotaExceeded(uint256 agentId, address subscriber, uint64 creditsLeft, uint64 cost)
func INFTAgentsSubscriptionQuotaExceededErrorID() common.Hash {
	return common.HexToHash("0x9d87f3c09ae7fb97d9064ab8cde5af346b9c1d1f6e0231c68f8613338bb591e1")
}

// UnpackSubscriptionQuotaExceededError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SubscriptionQuotaExceeded(uint256 agentId, address subscriber, uint64 creditsLeft, uint64 cost)
func (iNFTAgents *INFTAgents) UnpackSubscriptionQuotaExceededError(raw []byte) (*INFTAgentsSubscriptionQuotaExceeded, error) {
	out := new(INFTAgentsSubscriptionQuotaExceeded)
	if err := iNFTAgents.abi.UnpackIntoInterface(out, "SubscriptionQuotaExceeded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// INFTAgentsSubscriptionsDisabled represents a SubscriptionsDisabled error raised by the INFTAgents contract.
type INFTAgentsSubscriptionsDisabled struct {
	AgentId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SubscriptionsDisabled(uint256 agentId)
func INFTAgentsSubscriptionsDisabledErrorID() common.Hash {
	return common.HexToHash("0xcd5ba8dd0cccb9a8844d9c2166bf5eb55595ecfaf04e21c2438bd6650edcc0d0")
}

// UnpackSubscriptionsDisabledError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SubscriptionsDisabled(uint256 agentId)
func (iNFTAgents *INFTAgents) UnpackSubscriptionsDisabledError(raw []byte) (*INFTAgentsSubscriptionsDisabled, error) {
	out := new(INFTAgentsSubscriptionsDisabled)
	if err := iNFTAgents.abi.UnpackIntoInterface(out, "SubscriptionsDisabled", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// INFTAgentsUnknownAgent represents a UnknownAgent error raised by the INFTAgents contract.
type INFTAgentsUnknownAgent struct {
	AgentId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownAgent(uint256 agentId)
func INFTAgentsUnknownAgentErrorID() common.Hash {
	return common.HexToHash("0x7b65190b9d4842f4d969fc901c3193c243d390ce31a4351206a2696cae7ab895")
}

// UnpackUnknownAgentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownAgent(uint256 agentId)
func (iNFTAgents *INFTAgents) UnpackUnknownAgentError(raw []byte) (*INFTAgentsUnknownAgent, error) {
	out := new(INFTAgentsUnknownAgent)
	if err := iNFTAgents.abi.UnpackIntoInterface(out, "UnknownAgent", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// INFTAgentsUnknownKind represents a UnknownKind error raised by the INFTAgents contract.
type INFTAgentsUnknownKind struct {
	Kind uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownKind(uint8 kind)
func INFTAgentsUnknownKindErrorID() common.Hash {
	return common.HexToHash("0xbd3c90894f7b5a9cce89be28990c5c48eeecbdbc851f01ad4d59a4a38d093e0b")
}

// UnpackUnknownKindError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownKind(uint8 kind)
func (iNFTAgents *INFTAgents) UnpackUnknownKindError(raw []byte) (*INFTAgentsUnknownKind, error) {
	out := new(INFTAgentsUnknownKind)
	if err := iNFTAgents.abi.UnpackIntoInterface(out, "UnknownKind", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// INFTAgentsUnknownRequest represents a UnknownRequest error raised by the INFTAgents contract.
type INFTAgentsUnknownRequest struct {
	RequestId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownRequest(uint256 requestId)
func INFTAgentsUnknownRequestErrorID() common.Hash {
	return common.HexToHash("0x1f79bbe7615659139997ff125b66c4ba38cac7dfa6b433c10ed50c7d053634ff")
}

// UnpackUnknownRequestError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownRequest(uint256 requestId)
func (iNFTAgents *INFTAgents) UnpackUnknownRequestError(raw []byte) (*INFTAgentsUnknownRequest, error) {
	out := new(INFTAgentsUnknownRequest)
	if err := iNFTAgents.abi.UnpackIntoInterface(out, "UnknownRequest", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// INFTAgentsUnknownTier represents a UnknownTier error raised by the INFTAgents contract.
type INFTAgentsUnknownTier struct {
	Tier uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownTier(uint8 tier)
func INFTAgentsUnknownTierErrorID() common.Hash {
	return common.HexToHash("0xfd45a3a2f34625b1d89662c175397841ac36c36575336fa876d35f0cf567589a")
}

// UnpackUnknownTierError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownTier(uint8 tier)
func (iNFTAgents *INFTAgents) UnpackUnknownTierError(raw []byte) (*INFTAgentsUnknownTier, error) {
	out := new(INFTAgentsUnknownTier)
	if err := iNFTAgents.abi.UnpackIntoInterface(out, "UnknownTier", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// INFTAgentsWithdrawalFailed represents a WithdrawalFailed error raised by the INFTAgents contract.
type INFTAgentsWithdrawalFailed struct {
	Payee  common.Address
	Amount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WithdrawalFailed(address payee, uint256 amount)
func INFTAgentsWithdrawalFailedErrorID() common.Hash {
	return common.HexToHash("0x92873d130824b495f22ad10f7f14028200557770e5986714318e78c54f3aa83c")
}

// UnpackWithdrawalFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WithdrawalFailed(address payee, uint256 amount)
func (iNFTAgents *INFTAgents) UnpackWithdrawalFailedError(raw []byte) (*INFTAgentsWithdrawalFailed, error) {
	out := new(INFTAgentsWithdrawalFailed)
	if err := iNFTAgents.abi.UnpackIntoInterface(out, "WithdrawalFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// INFTAgentsWrongPayment represents a WrongPayment error raised by the INFTAgents contract.
type INFTAgentsWrongPayment struct {
	Expected *big.Int
	Sent     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongPayment(uint256 expected, uint256 sent)
func INFTAgentsWrongPaymentErrorID() common.Hash {
	return common.HexToHash("0x0dd32d1c3ef0af2f42e38a7f633c5c154da0aa1d3a58e8dcd04bcd6fb310ac9d")
}

// UnpackWrongPaymentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongPayment(uint256 expected, uint256 sent)
func (iNFTAgents *INFTAgents) UnpackWrongPaymentError(raw []byte) (*INFTAgentsWrongPayment, error) {
	out := new(INFTAgentsWrongPayment)
	if err := iNFTAgents.abi.UnpackIntoInterface(out, "WrongPayment", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// INFTAgentsZeroAddress represents a ZeroAddress error raised by the INFTAgents contract.
type INFTAgentsZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func INFTAgentsZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (iNFTAgents *INFTAgents) UnpackZeroAddressError(raw []byte) (*INFTAgentsZeroAddress, error) {
	out := new(INFTAgentsZeroAddress)
	if err := iNFTAgents.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

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
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"relayer\",\"type\":\"address\"},{\"internalType\":\"contractINFTGenerated\",\"name\":\"generated_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"stakingWallet_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"devWallet_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"}],\"name\":\"AddressEmptyCode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"sessionId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"creditsUsed\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"creditCap\",\"type\":\"uint64\"}],\"name\":\"CreditsOverCap\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC721IncorrectOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC721InsufficientApproval\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC721InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"ERC721InvalidOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC721InvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC721InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC721InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC721NonexistentToken\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyPrompt\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyURI\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EnforcedPause\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ExpectedPause\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FailedCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"available\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"required\",\"type\":\"uint64\"}],\"name\":\"InsufficientCredits\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidLimits\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"creditCap\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"duration\",\"type\":\"uint64\"}],\"name\":\"InvalidSession\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"bps\",\"type\":\"uint16\"}],\"name\":\"InvalidShare\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidTerms\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"current\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"level\",\"type\":\"uint32\"}],\"name\":\"LevelNotIncreasing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotAgentOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotOwnerOrSubscriber\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotRequester\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"sessionId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotSessionUserOrOwner\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"tier\",\"type\":\"uint8\"}],\"name\":\"PackageUnavailable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"PromptTooLong\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"expiresAt\",\"type\":\"uint64\"}],\"name\":\"RequestNotExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"RequestNotPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"sessionId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"SessionNotOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"sessionId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"reclaimableAt\",\"type\":\"uint64\"}],\"name\":\"SessionNotReclaimable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"subscriber\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"expiredAt\",\"type\":\"uint64\"}],\"name\":\"SubscriptionExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"subscriber\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"creditsLeft\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"cost\",\"type\":\"uint64\"}],\"name\":\"SubscriptionQuotaExceeded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"}],\"name\":\"SubscriptionsDisabled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"}],\"name\":\"UnknownAgent\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"}],\"name\":\"UnknownKind\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"UnknownRequest\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"sessionId\",\"type\":\"uint256\"}],\"name\":\"UnknownSession\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"tier\",\"type\":\"uint8\"}],\"name\":\"UnknownTier\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"WithdrawalFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"sent\",\"type\":\"uint256\"}],\"name\":\"WrongPayment\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"level\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"stateURI\",\"type\":\"string\"}],\"name\":\"AgentEvolved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"approved\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"ApprovalForAll\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"_fromTokenId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"_toTokenId\",\"type\":\"uint256\"}],\"name\":\"BatchMetadataUpdate\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"tokensPerCredit\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"maxSessionDuration\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"sessionGracePeriod\",\"type\":\"uint64\"}],\"name\":\"ChatTermsSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"payer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"credits\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"}],\"name\":\"CreditsAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Deposited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"credits\",\"type\":\"uint64\"}],\"name\":\"GenerationCostSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"creditsRefunded\",\"type\":\"uint64\"}],\"name\":\"GenerationFailed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"tokenURI\",\"type\":\"string\"}],\"name\":\"GenerationFulfilled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"prompt\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"creditsSpent\",\"type\":\"uint64\"}],\"name\":\"GenerationRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"_tokenId\",\"type\":\"uint256\"}],\"name\":\"MetadataUpdate\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"tier\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"credits\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"}],\"name\":\"PackagePurchased\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint8\",\"name\":\"tier\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"credits\",\"type\":\"uint64\"}],\"name\":\"PackageSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Paused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"renderer\",\"type\":\"address\"}],\"name\":\"RendererSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"maxPromptBytes\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"requestTimeout\",\"type\":\"uint64\"}],\"name\":\"RequestLimitsSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"stakingWallet\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"devWallet\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"stakingShareBps\",\"type\":\"uint16\"}],\"name\":\"RevenueSplitSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"sessionId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"creditCap\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"expiresAt\",\"type\":\"uint64\"}],\"name\":\"SessionOpened\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"sessionId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"creditsRefunded\",\"type\":\"uint64\"}],\"name\":\"SessionReclaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"sessionId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"creditsUsed\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"creditsRefunded\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"transcriptHash\",\"type\":\"bytes32\"}],\"name\":\"SessionSettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"subscriber\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"expiresAt\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"paid\",\"type\":\"uint256\"}],\"name\":\"Subscribed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"pricePerPeriod\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"period\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"creditsPerPeriod\",\"type\":\"uint64\"}],\"name\":\"SubscriptionTermsSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Unpaused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"BPS\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KIND_COUNT\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"RELAYER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SESSION_OPEN\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SESSION_RECLAIMED\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SESSION_SETTLED\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"STATUS_FAILED\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"STATUS_FULFILLED\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"STATUS_NONE\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"STATUS_PENDING\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"TIER_COUNT\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"agentCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"cancelExpired\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"chatTokensPerCredit\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"}],\"name\":\"credits\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"devWallet\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"level\",\"type\":\"uint32\"},{\"internalType\":\"string\",\"name\":\"stateURI\",\"type\":\"string\"}],\"name\":\"evolveAgent\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"failGeneration\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"}],\"name\":\"fulfillGeneration\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"generated\",\"outputs\":[{\"internalType\":\"contractINFTGenerated\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"}],\"name\":\"generationCost\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"}],\"name\":\"generationsOf\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"getApproved\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"isApprovedForAll\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"}],\"name\":\"levelOf\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxPromptBytes\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxSessionDuration\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes[]\",\"name\":\"data\",\"type\":\"bytes[]\"}],\"name\":\"multicall\",\"outputs\":[{\"internalType\":\"bytes[]\",\"name\":\"results\",\"type\":\"bytes[]\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"creditCap\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"duration\",\"type\":\"uint64\"}],\"name\":\"openSession\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"sessionId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ownerOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"tier\",\"type\":\"uint8\"}],\"name\":\"packageCredits\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"tier\",\"type\":\"uint8\"}],\"name\":\"packagePrice\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"}],\"name\":\"pendingWithdrawals\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"tier\",\"type\":\"uint8\"}],\"name\":\"purchasePackage\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"sessionId\",\"type\":\"uint256\"}],\"name\":\"reclaimSession\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renderer\",\"outputs\":[{\"internalType\":\"contractINFTAgentRenderer\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"requestCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"string\",\"name\":\"prompt\",\"type\":\"string\"}],\"name\":\"requestGeneration\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"requestTimeout\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"requests\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"creditsSpent\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"createdAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"expiresAt\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"sessionCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"sessionGracePeriod\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"sessionId\",\"type\":\"uint256\"}],\"name\":\"sessions\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"creditCap\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"fromSubscription\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"creditsUsed\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"expiresAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"reclaimableAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"tokensPerCredit\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"setApprovalForAll\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"tokensPerCredit\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxSessionDuration_\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"sessionGracePeriod_\",\"type\":\"uint64\"}],\"name\":\"setChatTerms\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"cost\",\"type\":\"uint64\"}],\"name\":\"setGenerationCost\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"tier\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"credits_\",\"type\":\"uint64\"}],\"name\":\"setPackage\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"contractINFTAgentRenderer\",\"name\":\"renderer_\",\"type\":\"address\"}],\"name\":\"setRenderer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"maxPromptBytes_\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"requestTimeout_\",\"type\":\"uint64\"}],\"name\":\"setRequestLimits\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"stakingWallet_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"devWallet_\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"stakingShareBps_\",\"type\":\"uint16\"}],\"name\":\"setRevenueSplit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pricePerPeriod\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"period\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"creditsPerPeriod\",\"type\":\"uint64\"}],\"name\":\"setSubscriptionTerms\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"sessionId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"creditsUsed\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"transcriptHash\",\"type\":\"bytes32\"}],\"name\":\"settleSession\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"stakingShareBps\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"stakingWallet\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"}],\"name\":\"stateURIOf\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"}],\"name\":\"subscribe\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"subscriber\",\"type\":\"address\"}],\"name\":\"subscriptionOf\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"expiresAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"creditsLeft\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"}],\"name\":\"subscriptionTerms\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"pricePerPeriod\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"period\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"creditsPerPeriod\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"}],\"name\":\"tierOf\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"}],\"name\":\"tokenURI\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"tier\",\"type\":\"uint8\"}],\"name\":\"topUp\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"transferNonce\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unpause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "INFTAgents",
	Bin: "0x60a0604052600b80546001600160a01b031664e10000007d60a41b179055600d805461ffff60a01b191661027160a31b179055601780546001600160c01b031916710e10000000000001518000000000000003e8179055348015610061575f5ffd5b50604051616d0b380380616d0b833981016040819052610080916104ef565b6040518060400160405280600b81526020016a494e4654204167656e747360a81b815250604051806040016040528060048152602001631253919560e21b815250815f90816100cf9190610603565b5060016100dc8282610603565b50506001600955506001600160a01b038516158061010157506001600160a01b038416155b8061011357506001600160a01b038316155b8061012557506001600160a01b038216155b8061013757506001600160a01b038116155b156101555760405163d92e233d60e01b815260040160405180910390fd5b61015f5f8661032e565b5061018a7fe2b7fb3b832174769106daebcfd6d1970523240dda11281102db9363b83b0dc48561032e565b506001600160a01b03838116608052600c80548483166001600160a01b03199182168117909255600d80549385169390911683179081905560408051928352602083019390935261ffff600160a01b909104168183015290517f61f9d54ab91d0445e9c0c3aaf8245af0719cec538bd5fc25fa46caec955820cf9181900360600190a1604051610219906104cb565b604051809103905ff080158015610232573d5f5f3e3d5ffd5b50600b80546001600160a01b0319166001600160a01b03929092169190911790556102675f678ac7230489e8000060646103db565b61027e6001680270801d946c9400006101f46103db565b61029560026808ac7230489e8000006107d06103db565b6102ac60036825f273933db57000006127106103db565b6102b75f6001610466565b6102c360016005610466565b601754604080516001600160401b03808416825268010000000000000000840481166020830152600160801b90930490921682820152517f4a216e2d79f88942562c70139e03b91ce577fbfaa0ff0665ed44c748704919bd9181900360600190a150505050506106c1565b5f8281526007602090815260408083206001600160a01b038516845290915281205460ff166103d2575f8381526007602090815260408083206001600160a01b03861684529091529020805460ff1916600117905561038a3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016103d5565b505f5b92915050565b6040805180820182528381526001600160401b03838116602080840182815260ff89165f818152600e8452879020955186559051600190950180546001600160401b031916959094169490941790925583518681529182015290917f92fdb1e50d72ae7763a598377a67bb9527bb4386922cce9818d27bc4d8c18d0a910160405180910390a2505050565b60ff82165f818152600f602090815260409182902080546001600160401b0319166001600160401b03861690811790915591519182527fb1f89922f5395e714e88526afcc547bc65a49a2144b583cc9e76b8ce3ebcfd19910160405180910390a25050565b6119748061539783390190565b6001600160a01b03811681146104ec575f5ffd5b50565b5f5f5f5f5f60a08688031215610503575f5ffd5b855161050e816104d8565b602087015190955061051f816104d8565b6040870151909450610530816104d8565b6060870151909350610541816104d8565b6080870151909250610552816104d8565b809150509295509295909350565b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061058857607f821691505b6020821081036105a657634e487b7160e01b5f52602260045260245ffd5b50919050565b601f8211156105fe57828211156105fe57805f5260205f20601f840160051c60208510156105d757505f5b90810190601f840160051c035f5b818110156105fa575f838201556001016105e5565b5050505b505050565b81516001600160401b0381111561061c5761061c610560565b6106308161062a8454610574565b846105ac565b6020601f821160018114610662575f831561064b5750848201515b5f19600385901b1c1916600184901b1784556106ba565b5f84815260208120601f198516915b828110156106915787850151825560209485019460019092019101610671565b50848210156106ae57868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b608051614cb76106e05f395f8181610927015261196c0152614cb75ff3fe608060405260043610610461575f3560e01c80636352211e11610241578063a217fddf11610134578063d043df7d116100b3578063d90f64cc11610078578063d90f64cc14610ee8578063db1285f914610f07578063e985e9c514610f26578063f3f4370314610f45578063f97c7dd614610f79575f5ffd5b8063d043df7d14610e45578063d3aabdd214610e89578063d547741f14610eaa578063d56bb73e14610ec9578063d8727ea914610465575f5ffd5b8063b88d4fde116100f9578063b88d4fde14610de8578063bd4dc47414610e07578063c87b56dd14610e26578063c8b01e6f14610690578063cb62d311146107df575f5ffd5b8063a217fddf14610d50578063a22cb46514610d63578063a554459114610d82578063ac9650d814610da8578063b7dc128414610dd4575f5ffd5b80638b1896d7116101c057806395d89b411161018557806395d89b4114610cc05780639607601514610cd457806398463a0714610cf35780639c91227914610d125780639ed40e3614610d31575f5ffd5b80638b1896d714610c205780638d06fcd214610c3f5780638ea5220f14610c6257806391d1485414610c81578063926d7d7f14610ca0575f5ffd5b806381d12c581161020657806381d12c5814610a2257806383c4b7a314610aee5780638456cb5914610bda57806384e1433b14610bee5780638ada6b0f14610c01575f5ffd5b80636352211e146109685780636d5e3032146109875780636e303cad146109bb57806370a08231146109ef57806373cd833614610a0e575f5ffd5b806336331c8f116103595780634dfc1f48116102d85780635a5aae1e1161029d5780635a5aae1e146108cc5780635badbe4c146108eb5780635c975abb146108ff5780635cd8ef6a146109165780635f655d1714610949575f5ffd5b80634dfc1f48146108315780635134c7461461085057806351b18c201461086f57806353f96df21461088e57806356d3163d146108ad575f5ffd5b806341a7fd9d1161031e57806341a7fd9d1461046557806342335349146107c0578063423d487c146107df57806342842e0e146107f3578063428d608314610812575f5ffd5b806336331c8f1461073f57806336568abe146107535780633ccfd60b146107725780633f20b4c9146107865780633f4ba83a146107ac575f5ffd5b80630f574ba7116103e557806323e5089c116103aa57806323e5089c14610690578063244b1601146106a4578063248a9ca3146106ca578063249d39e9146106f85780632f2ff15d14610720575f5ffd5b80630f574ba71461060b57806313d9fe9e1461061e5780631e59e7d414610631578063237a5a751461065057806323b872dd14610671575f5ffd5b806306fdde031161042b57806306fdde031461056c578063081812fc1461058d578063095ea7b3146105ac5780630ac16293146105cd5780630cc60818146105ec575f5ffd5b806206852f146104655780625b6da31461049057806301ffc9a7146104cf578063036a1c22146104fe57806306ee6ad814610535575b5f5ffd5b348015610470575f5ffd5b50610479600281565b60405160ff90911681526020015b60405180910390f35b34801561049b575f5ffd5b506104af6104aa366004614088565b610f98565b604080516001600160401b03938416815292909116602083015201610487565b3480156104da575f5ffd5b506104ee6104e93660046140cb565b611037565b6040519015158152602001610487565b348015610509575f5ffd5b5061051d6105183660046140e6565b611061565b6040516001600160401b039091168152602001610487565b348015610540575f5ffd5b50600c54610554906001600160a01b031681565b6040516001600160a01b039091168152602001610487565b348015610577575f5ffd5b50610580611087565b604051610487919061412b565b348015610598575f5ffd5b506105546105a73660046140e6565b611116565b3480156105b7575f5ffd5b506105cb6105c636600461413d565b61113d565b005b3480156105d8575f5ffd5b5061051d6105e73660046140e6565b61114c565b3480156105f7575f5ffd5b5060175461051d906001600160401b031681565b6105cb6106193660046140e6565b611179565b6105cb61062c366004614177565b611407565b34801561063c575f5ffd5b506105cb61064b3660046141b7565b611513565b61066361065e3660046141df565b611555565b604051908152602001610487565b34801561067c575f5ffd5b506105cb61068b3660046141f8565b6116bc565b34801561069b575f5ffd5b50610479600381565b3480156106af575f5ffd5b5060175461051d90600160401b90046001600160401b031681565b3480156106d5575f5ffd5b506106636106e43660046140e6565b5f9081526007602052604090206001015490565b348015610703575f5ffd5b5061070d61271081565b60405161ffff9091168152602001610487565b34801561072b575f5ffd5b506105cb61073a366004614088565b611745565b34801561074a575f5ffd5b50610479600481565b34801561075e575f5ffd5b506105cb61076d366004614088565b611769565b34801561077d575f5ffd5b506105cb61179c565b348015610791575f5ffd5b50600b5461051d90600160c01b90046001600160401b031681565b3480156107b7575f5ffd5b506105cb611895565b3480156107cb575f5ffd5b506106636107da366004614273565b6118a7565b3480156107ea575f5ffd5b50610479600181565b3480156107fe575f5ffd5b506105cb61080d3660046141f8565b611a69565b34801561081d575f5ffd5b506105cb61082c3660046142ba565b611a83565b34801561083c575f5ffd5b506105cb61084b36600461430d565b611b88565b34801561085b575f5ffd5b5061051d61086a3660046141df565b611cd4565b34801561087a575f5ffd5b506105cb610889366004614362565b611d1f565b348015610899575f5ffd5b506104796108a83660046140e6565b611d5d565b3480156108b8575f5ffd5b506105cb6108c7366004614392565b611d84565b3480156108d7575f5ffd5b506105cb6108e63660046140e6565b611e50565b3480156108f6575f5ffd5b50601954610663565b34801561090a575f5ffd5b5060085460ff166104ee565b348015610921575f5ffd5b506105547f000000000000000000000000000000000000000000000000000000000000000081565b348015610954575f5ffd5b506105cb6109633660046140e6565b611f1b565b348015610973575f5ffd5b506105546109823660046140e6565b612061565b348015610992575f5ffd5b506109a66109a13660046140e6565b61206b565b60405163ffffffff9091168152602001610487565b3480156109c6575f5ffd5b5061051d6109d53660046140e6565b5f908152600660205260409020546001600160401b031690565b3480156109fa575f5ffd5b50610663610a09366004614392565b612095565b348015610a19575f5ffd5b50601a54610663565b348015610a2d575f5ffd5b50610a9c610a3c3660046140e6565b60156020525f908152604090208054600182015460029092015490916001600160a01b0381169160ff600160a01b8304811692600160a81b8104909116916001600160401b03600160b01b90920482169181811691600160401b90041687565b604080519788526001600160a01b03909616602088015260ff948516958701959095529290911660608501526001600160401b03908116608085015290811660a08401521660c082015260e001610487565b348015610af9575f5ffd5b50610b7a610b083660046140e6565b60166020525f908152604090208054600182015460029092015490916001600160a01b038116916001600160401b03600160a01b830481169260ff600160e01b8204811693600160e81b909204169181811691600160401b8104821691600160801b8204811691600160c01b90041689565b60408051998a526001600160a01b0390981660208a01526001600160401b039687169789019790975260ff90941660608801529115156080870152831660a0860152821660c0850152811660e08401521661010082015261012001610487565b348015610be5575f5ffd5b506105cb6120da565b348015610bf9575f5ffd5b506104795f81565b348015610c0c575f5ffd5b50600b54610554906001600160a01b031681565b348015610c2b575f5ffd5b506105cb610c3a3660046143ad565b6120ec565b348015610c4a575f5ffd5b50600b546109a690600160a01b900463ffffffff1681565b348015610c6d575f5ffd5b50600d54610554906001600160a01b031681565b348015610c8c575f5ffd5b506104ee610c9b366004614088565b6121e6565b348015610cab575f5ffd5b506106635f516020614c625f395f51905f5281565b348015610ccb575f5ffd5b50610580612210565b348015610cdf575f5ffd5b50610580610cee3660046140e6565b61221f565b348015610cfe575f5ffd5b506105cb610d0d3660046143fb565b6122c6565b348015610d1d575f5ffd5b506105cb610d2c36600461441d565b6123fb565b348015610d3c575f5ffd5b50610663610d4b366004614437565b6124be565b348015610d5b575f5ffd5b506106635f81565b348015610d6e575f5ffd5b506105cb610d7d36600461445a565b6127c4565b348015610d8d575f5ffd5b5060175461051d90600160801b90046001600160401b031681565b348015610db3575f5ffd5b50610dc7610dc236600461448a565b6127cf565b60405161048791906144f9565b348015610ddf575f5ffd5b50601854610663565b348015610df3575f5ffd5b506105cb610e023660046145c6565b6128b4565b348015610e12575f5ffd5b506105cb610e2136600461466d565b6128cc565b348015610e31575f5ffd5b50610580610e403660046140e6565b612a52565b348015610e50575f5ffd5b50610e64610e5f3660046140e6565b612b44565b604080519384526001600160401b039283166020850152911690820152606001610487565b348015610e94575f5ffd5b50600d5461070d90600160a01b900461ffff1681565b348015610eb5575f5ffd5b506105cb610ec4366004614088565b612bdb565b348015610ed4575f5ffd5b506105cb610ee3366004614273565b612bff565b348015610ef3575f5ffd5b50610663610f023660046141df565b612c5e565b348015610f12575f5ffd5b50610663610f213660046146b0565b612c9d565b348015610f31575f5ffd5b506104ee610f403660046146d2565b612f36565b348015610f50575f5ffd5b50610663610f5f366004614392565b6001600160a01b03165f908152600a602052604090205490565b348015610f84575f5ffd5b5061051d610f933660046141df565b612f63565b5f8281526013602090815260408083206001600160a01b03851684528252808320815160608101835290546001600160401b038082168352600160401b8204811683860152600160801b9091048116828401528685526006909352908320548392166001600160401b031681604001516001600160401b031614611022575f5f9250925050611030565b805160209091015190925090505b9250929050565b5f6001600160e01b03198216632483248360e11b148061105b575061105b82612fab565b92915050565b5f61106b82612fcf565b50505f908152601060205260409020546001600160401b031690565b60605f8054611095906146fe565b80601f01602080910402602001604051908101604052809291908181526020018280546110c1906146fe565b801561110c5780601f106110e35761010080835404028352916020019161110c565b820191905f5260205f20905b8154815290600101906020018083116110ef57829003601f168201915b5050505050905090565b5f61112082613007565b505f828152600460205260409020546001600160a01b031661105b565b61114882823361303f565b5050565b5f61115682612fcf565b50505f90815260106020526040902054600160681b90046001600160401b031690565b61118161304c565b611189613070565b5f61119382612fcf565b5f8381526006602090815260408083205460128352928190208151608081018352815481526001909101546001600160401b03818116948301859052600160401b8204811693830193909352600160801b900482166060820152939450909116919015806112175750816001600160401b031681606001516001600160401b031614155b1561123d5760405163cd5ba8dd60e01b8152600481018590526024015b60405180910390fd5b8051341461126a578051604051630374cb4760e21b81526004810191909152346024820152604401611234565b5f84815260136020908152604080832033845290915290208054426001600160401b039091161180156112b0575080546001600160401b03848116600160801b90920416145b1561134a576020820151815482905f906112d49084906001600160401b031661474a565b92506101000a8154816001600160401b0302191690836001600160401b031602179055508160400151815f0160088282829054906101000a90046001600160401b0316611321919061474a565b92506101000a8154816001600160401b0302191690836001600160401b031602179055506113a4565b6020820151611359904261474a565b815460408401516001600160401b03868116600160801b0267ffffffffffffffff60801b19928216600160401b026001600160801b0319909416949091169390931791909117161781555b6113ae843461309a565b8054604080516001600160401b039092168252346020830152339187917f8ddf9f6627890f63133c0c01ed28810c523a7f7adb2ca405a6e84da0f62aa541910160405180910390a3505050506114046001600955565b50565b61140f61304c565b611417613070565b61142082612fcf565b505f61142b82613114565b6020808201515f8681526010909252604082208054939450909290919061145c9084906001600160401b031661474a565b92506101000a8154816001600160401b0302191690836001600160401b03160217905550611489346131d5565b6020818101518251604080516001600160401b03909316835292820152339185917fbbf0749671aa2644818c0bb3bf90c73c66a797d65052f3c4cabe66f703555328910160405180910390a36040518381527ff8e1a15aba9398e019f0b49df1a4fde98ee17ae345cb5f6b5e2c27f5033e8ce79060200160405180910390a1506111486001600955565b5f61151d81613235565b600260ff8416106115465760405163bd3c908960e01b815260ff84166004820152602401611234565b611550838361323f565b505050565b5f61155e61304c565b611566613070565b5f61157083613114565b905060185f815461158090614769565b9182905550604080516080810182526020808501516001600160401b03908116835260ff8089168385019081525f858701818152606087018281528983526010909652969020945185549151965194518416600160681b0267ffffffffffffffff60681b1963ffffffff96909616600160481b029590951674ffffffffffffffffffffffff0000000000000000001997909316600160401b0268ffffffffffffffffff19909216931692909217919091179390931692909217919091179055915061164a346131d5565b60208181015182516040805160ff881681526001600160401b0390931693830193909352818301529051339184917f473967c83933d73c3f42a5a533af782b4d65e0f75eddb9f8f9e9f02996aac2f39181900360600190a36116ac338361329e565b506116b76001600955565b919050565b6001600160a01b0382166116e557604051633250574960e11b81525f6004820152602401611234565b5f6116f18383336132b7565b9050836001600160a01b0316816001600160a01b03161461173f576040516364283d7b60e01b81526001600160a01b0380861660048301526024820184905282166044820152606401611234565b50505050565b5f8281526007602052604090206001015461175f81613235565b61173f8383613322565b6001600160a01b03811633146117925760405163334bd91960e11b815260040160405180910390fd5b61155082826133b3565b6117a4613070565b335f908152600a6020526040812054908190036117d457604051630686827b60e51b815260040160405180910390fd5b335f818152600a60205260408082208290555190919083908381818185875af1925050503d805f8114611822576040519150601f19603f3d011682016040523d82523d5f602084013e611827565b606091505b5050905080611852576040516392873d1360e01b815233600482015260248101839052604401611234565b60405182815233907f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d59060200160405180910390a250506118936001600955565b565b5f61189f81613235565b61140461341e565b5f5f516020614c625f395f51905f526118bf81613235565b6118c7613070565b5f8390036118e85760405163683d806b60e11b815260040160405180910390fd5b5f6118f286613470565b60018101805460ff60a81b1916600160a91b17905580545f9081526010602052604090208054919250600160681b9091046001600160401b031690600d61193883614781565b82546001600160401b039182166101009390930a928302919092021990911617905550600181015481546001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000811692634bd297fd92911690896119b6825f908152600260205260409020546001600160a01b031690565b8a8a6040518763ffffffff1660e01b81526004016119d9969594939291906147d3565b6020604051808303815f875af11580156119f5573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611a199190614819565b925082867f2ff3beb5d7b5f8748412f9c90fa307a6b515643eeaf14630c68b132a574a36158787604051611a4e929190614830565b60405180910390a350611a616001600955565b509392505050565b61155083838360405180602001604052805f8152506128b4565b5f611a8d81613235565b6001600160401b0384161580611aaa57506001600160401b038316155b80611ac157506301e13380836001600160401b0316115b80611ad857506301e13380826001600160401b0316115b15611af65760405163e773e0a960e01b815260040160405180910390fd5b601780546001600160401b03848116600160801b810267ffffffffffffffff60801b19888416600160401b81026001600160801b0319909616948b16948517959095171617909355604080519182526020820192909252908101919091527f4a216e2d79f88942562c70139e03b91ce577fbfaa0ff0665ed44c748704919bd906060015b60405180910390a150505050565b5f516020614c625f395f51905f52611b9f81613235565b611ba885612fcf565b505f829003611bca5760405163683d806b60e11b815260040160405180910390fd5b5f858152601060205260409020805463ffffffff600160481b90910481169086168110611c2157604051637c72b79b60e11b81526004810188905263ffffffff808316602483015287166044820152606401611234565b81546cffffffff0000000000000000001916600160481b63ffffffff8816021782555f878152601160205260409020611c5b858783614891565b50867fdba1fcc5c8ff190855a7183e11784c10bb0fbea8c906566e0bd05bb57491dbee878787604051611c909392919061494a565b60405180910390a26040518781527ff8e1a15aba9398e019f0b49df1a4fde98ee17ae345cb5f6b5e2c27f5033e8ce79060200160405180910390a150505050505050565b5f600460ff831610611cfe57604051637ea2d1d160e11b815260ff83166004820152602401611234565b5060ff165f908152600e60205260409020600101546001600160401b031690565b5f611d2981613235565b600460ff851610611d5257604051637ea2d1d160e11b815260ff85166004820152602401611234565b61173f8484846134f2565b5f611d6782612fcf565b50505f90815260106020526040902054600160401b900460ff1690565b5f611d8e81613235565b6001600160a01b038216611db55760405163d92e233d60e01b815260040160405180910390fd5b600b80546001600160a01b0319166001600160a01b0384169081179091556040519081527f869c6ebc45b752b03abf2550b2114eed8d11ba3a40ea9da00d3ef99fd004af729060200160405180910390a16018541561114857601854604080516001815260208101929092527f6bd5c950a8d8df17f772f5af37cb3655737899cbf903264b9795592da439661c910160405180910390a15050565b5f611e5a82613470565b60018101549091506001600160a01b03163314611e93576040516358ea1a2760e01b815260048101839052336024820152604401611234565b6002810154600160401b90046001600160401b031642811115611edb57604051631fad323360e21b8152600481018490526001600160401b0382166024820152604401611234565b61155083836040518060400160405280601f81526020017f657870697265643a2063616e63656c6c6564206279207265717565737465720081525061357e565b5f611f258261360f565b80546001820154919250906001600160a01b0316338114801590611f5f57505f828152600260205260409020546001600160a01b03163314155b15611f8657604051634fb792f160e11b815260048101859052336024820152604401611234565b6002830154600160801b90046001600160401b0316421015611fd9576002830154604051638fd367cd60e01b815260048101869052600160801b9091046001600160401b03166024820152604401611234565b60018301805460ff60e01b1916600360e01b1790819055600160a01b81046001600160401b03169061201a908490849060ff600160e81b9091041684613696565b6040516001600160401b0382168152339086907f81011c71c4bddf377e74c6fba5ab105cb239fd9118b483e3e7172a02d63831419060200160405180910390a35050505050565b5f61105b82613007565b5f61207582612fcf565b50505f90815260106020526040902054600160481b900463ffffffff1690565b5f6001600160a01b0382166120bf576040516322718ad960e21b81525f6004820152602401611234565b506001600160a01b03165f9081526003602052604090205490565b5f6120e481613235565b611404613798565b5f6120f681613235565b6001600160a01b038416158061211357506001600160a01b038316155b156121315760405163d92e233d60e01b815260040160405180910390fd5b61271061ffff8316111561215e576040516313573bbd60e31b815261ffff83166004820152602401611234565b600c80546001600160a01b0319166001600160a01b03868116918217909255600d80549286166001600160b01b03199093168317600160a01b61ffff871690810291909117909155604080519283526020830193909352918101919091527f61f9d54ab91d0445e9c0c3aaf8245af0719cec538bd5fc25fa46caec955820cf90606001611b7a565b5f9182526007602090815260408084206001600160a01b0393909316845291905290205460ff1690565b606060018054611095906146fe565b606061222a82612fcf565b505f8281526011602052604090208054612243906146fe565b80601f016020809104026020016040519081016040528092919081815260200182805461226f906146fe565b80156122ba5780601f10612291576101008083540402835291602001916122ba565b820191905f5260205f20905b81548152906001019060200180831161229d57829003601f168201915b50505050509050919050565b5f516020614c625f395f51905f526122dd81613235565b5f6122e78561360f565b60018101549091506001600160401b03600160a01b909104811690851681101561233e576040516346cc88a960e01b8152600481018790526001600160401b03808716602483015282166044820152606401611234565b60018201805460ff60e01b1916600160e11b17905560028201805467ffffffffffffffff19166001600160401b0387161790555f61237c8683614969565b835460018501549192506123a5916001600160a01b03811690600160e81b900460ff1684613696565b604080516001600160401b0380891682528316602082015290810186905287907fea8a2044e20df5b90f012a6232ea48003b6f0dc1d3553af50524ee47b18b0c8b9060600160405180910390a250505050505050565b5f61240581613235565b63ffffffff8316158061241f57506001600160401b038216155b1561243d5760405163e773e0a960e01b815260040160405180910390fd5b600b80546001600160a01b0316600160a01b63ffffffff86169081026001600160c01b031691909117600160c01b6001600160401b038616908102919091179092556040805191825260208201929092527f5d0e6a55e4b38ab303619d84ffc6f099adc9b802dd76ad06c6b948d237cd0230910160405180910390a1505050565b5f6124c761304c565b5f6124d186612fcf565b9050600260ff8616106124fc5760405163bd3c908960e01b815260ff86166004820152602401611234565b825f81900361251e5760405163b8a7f21960e01b815260040160405180910390fd5b600b54600160a01b900463ffffffff1681111561256757600b54604051631dbe433960e11b815260048101839052600160a01b90910463ffffffff166024820152604401611234565b60ff86165f908152600f60205260408120546001600160401b03169061258e8985846137d5565b50905060195f815461259f90614769565b9182905550600b549095505f906125c690600160c01b90046001600160401b031642614988565b90506001600160401b038111156125e157506001600160401b035b6040518060e001604052808b8152602001336001600160a01b031681526020018a60ff168152602001600160ff168152602001846001600160401b03168152602001426001600160401b03168152602001826001600160401b031681525060155f8881526020019081526020015f205f820151815f01556020820151816001015f6101000a8154816001600160a01b0302191690836001600160a01b0316021790555060408201518160010160146101000a81548160ff021916908360ff16021790555060608201518160010160156101000a81548160ff021916908360ff16021790555060808201518160010160166101000a8154816001600160401b0302191690836001600160401b0316021790555060a0820151816002015f6101000a8154816001600160401b0302191690836001600160401b0316021790555060c08201518160020160086101000a8154816001600160401b0302191690836001600160401b03160217905550905050811561276e575f868152601460205260409020805460ff191660011790555b336001600160a01b03168a877f439775d66d7d20f5534cbf776e3714c38849fd370fc66c864ba057c8466cba6c8c8c8c896040516127af949392919061499b565b60405180910390a45050505050949350505050565b6111483383836139d8565b604080515f815260208101909152606090826001600160401b038111156127f8576127f861455c565b60405190808252806020026020018201604052801561282b57816020015b60608152602001906001900390816128165790505b5091505f5b838110156128ac576128873086868481811061284e5761284e6149e4565b905060200281019061286091906149f8565b8560405160200161287393929190614a51565b604051602081830303815290604052613a76565b838281518110612899576128996149e4565b6020908102919091010152600101612830565b505092915050565b6128bf8484846116bc565b61173f3385858585613ae8565b5f6128d685612fcf565b9050336001600160a01b0382161461290a576040516304ffad3160e21b815260048101869052336024820152604401611234565b6001600160401b0383161580159061292957506001600160401b038216155b1561294757604051630256965f60e01b815260040160405180910390fd5b6040518060800160405280858152602001846001600160401b03168152602001836001600160401b03168152602001612994875f908152600660205260409020546001600160401b031690565b6001600160401b039081169091525f87815260126020908152604091829020845181558482015160019091018054868501516060978801518716600160801b0267ffffffffffffffff60801b19918816600160401b026001600160801b03199093169488169490941791909117169190911790558151888152878416918101919091529185169082015286917f9e8902f848512909d7721e47c986964f74600d1f6a1563e57758b3854d8ca108910160405180910390a25050505050565b6060612a5d82612fcf565b505f828152601060209081526040808320815160808101835290546001600160401b0380821680845260ff600160401b84041684870181905263ffffffff600160481b850416858701819052600160681b90940490921660608501819052600b548a89526011909752968590209451630e41e58760e11b815293966001600160a01b0390961695631c83cb0e95612afc958b9593929190600401614a70565b5f60405180830381865afa158015612b16573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f19168201604052612b3d9190810190614b35565b9392505050565b5f8181526012602090815260408083208151608081018352815481526001909101546001600160401b0380821683860152600160401b8204811683850152600160801b909104811660608301908152868652600690945291842054925184938493918216911614612bbe575f5f5f93509350935050612bd4565b805f015181602001518260400151935093509350505b9193909250565b5f82815260076020526040902060010154612bf581613235565b61173f83836133b3565b5f516020614c625f395f51905f52612c1681613235565b61173f84612c2386613470565b85858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061357e92505050565b5f600460ff831610612c8857604051637ea2d1d160e11b815260ff83166004820152602401611234565b5060ff165f908152600e602052604090205490565b5f612ca661304c565b5f612cb085612fcf565b90506001600160401b0384161580612ccf57506001600160401b038316155b80612cef57506017546001600160401b03600160401b9091048116908416115b15612d205760405163283f8b8f60e21b81526001600160401b03808616600483015284166024820152604401611234565b5f5f612d2d8784886137d5565b90925090505f612d3d864261474a565b9050828015612d5d5750806001600160401b0316826001600160401b0316105b15612d655750805b601a5f8154612d7390614769565b918290555060408051610120810182528a81523360208201526001600160401b03808b16928201929092526001606082015285151560808201525f60a082015283821660c08201526017549297509160e0830191612dd991600160801b9004168461474a565b6001600160401b03908116825260175481166020928301525f88815260168352604090819020845181558484015160018201805487850151606089015160808a01511515600160e81b0260ff60e81b1960ff909216600160e01b029190911661ffff60e01b19928916600160a01b026001600160e01b03199094166001600160a01b039096169590951792909217169290921791909117905560a08501516002909101805460c087015160e0880151610100909801518616600160c01b026001600160c01b03988716600160801b02989098166fffffffffffffffffffffffffffffffff918716600160401b026001600160801b0319909316948716949094179190911716919091179490941790935582518a821681529084169181019190915233918a9188917ffe9e343e1749ef7dc30b3c3563d6fbcc5666572ca545fa25189a679e9b80874d910160405180910390a4505050509392505050565b6001600160a01b039182165f90815260056020908152604080832093909416825291909152205460ff1690565b5f600260ff831610612f8d5760405163bd3c908960e01b815260ff83166004820152602401611234565b5060ff165f908152600f60205260409020546001600160401b031690565b5f6001600160e01b03198216637965db0b60e01b148061105b575061105b82613c0f565b5f818152600260205260409020546001600160a01b0316806116b757604051637b65190b60e01b815260048101839052602401611234565b5f818152600260205260408120546001600160a01b03168061105b57604051637e27328960e01b815260048101849052602401611234565b6115508383836001613c5e565b60085460ff16156118935760405163d93c066560e01b815260040160405180910390fd5b60026009540361309357604051633ee5aeb560e01b815260040160405180910390fd5b6002600955565b805f036130a5575050565b6001600160a01b0382165f908152600a6020526040812080548392906130cc908490614988565b90915550506040518181526001600160a01b038316907f2da466a7b24304f47e87fa2e1e5a81b9831ce54fec19055ce277ca2f39ba42c4906020015b60405180910390a25050565b604080518082019091525f8082526020820152600460ff83161061315057604051637ea2d1d160e11b815260ff83166004820152602401611234565b5060ff81165f908152600e60209081526040808320815180830190925280548252600101546001600160401b031691810182905291036131a85760405163349a28d160e01b815260ff83166004820152602401611234565b805134146116b7578051604051630374cb4760e21b81526004810191909152346024820152604401611234565b600d545f90612710906131f390600160a01b900461ffff1684614ba9565b6131fd9190614bc0565b600c54909150613216906001600160a01b03168261309a565b600d54611148906001600160a01b031661323083856149d1565b61309a565b6114048133613d62565b60ff82165f818152600f6020908152604091829020805467ffffffffffffffff19166001600160401b03861690811790915591519182527fb1f89922f5395e714e88526afcc547bc65a49a2144b583cc9e76b8ce3ebcfd199101613108565b611148828260405180602001604052805f815250613d9b565b5f6132c3848484613db2565b90506001600160a01b03811615612b3d575f83815260066020526040812080546001600160401b0316916132f683614781565b91906101000a8154816001600160401b0302191690836001600160401b03160217905550509392505050565b5f61332d83836121e6565b6133ac575f8381526007602090815260408083206001600160a01b03861684529091529020805460ff191660011790556133643390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a450600161105b565b505f61105b565b5f6133be83836121e6565b156133ac575f8381526007602090815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a450600161105b565b613426613ea4565b6008805460ff191690557f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa335b6040516001600160a01b03909116815260200160405180910390a1565b5f8181526015602052604090206001810154600160a81b900460ff166134ac57604051631f79bbe760e01b815260048101839052602401611234565b600181810154600160a81b900460ff16146116b757600181015460405163a8306b6160e01b815260048101849052600160a81b90910460ff166024820152604401611234565b6040805180820182528381526001600160401b03838116602080840182815260ff89165f818152600e84528790209551865590516001909501805467ffffffffffffffff1916959094169490941790925583518681529182015290917f92fdb1e50d72ae7763a598377a67bb9527bb4386922cce9818d27bc4d8c18d0a910160405180910390a2505050565b60018201805460ff60a81b198116600360a81b179182905583545f86815260146020526040902054600160b01b9093046001600160401b0316926135cf926001600160a01b03169060ff1684613696565b837f98ff28d3ce3ec6309cbf30c0ba632fed1697db43191bf207ef2008945a44ce818383604051613601929190614bdf565b60405180910390a250505050565b5f81815260166020526040812060018101549091600160e01b90910460ff1690036136505760405163d35a5e3760e01b815260048101839052602401611234565b600181810154600160e01b900460ff16146116b75760018101546040516333bc71dd60e21b815260048101849052600160e01b90910460ff166024820152604401611234565b5f84815260106020526040812080548392906136bc9084906001600160401b031661474a565b92506101000a8154816001600160401b0302191690836001600160401b03160217905550811561173f575f8481526013602090815260408083206001600160a01b038716845290915290208054426001600160401b0390911611801561374357505f858152600660205260409020548154600160801b90046001600160401b039081169116145b156137915780548290829060089061376c908490600160401b90046001600160401b031661474a565b92506101000a8154816001600160401b0302191690836001600160401b031602179055505b5050505050565b6137a061304c565b6008805460ff191660011790557f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a2586134533390565b336001600160a01b038316148015905f9061394f57505f848152601360209081526040808320338452909152902080546001600160401b03169081158061383e57505f868152600660205260409020548154600160801b90046001600160401b03908116911614155b1561386557604051638897be4960e01b815260048101879052336024820152604401611234565b42826001600160401b0316116138a6576040516319f1053760e01b8152600481018790523360248201526001600160401b0383166044820152606401611234565b80546001600160401b03808616600160401b9092041610156139055780546040516302761fcf60e61b815260048101889052336024820152600160401b9091046001600160401b03908116604483015285166064820152608401611234565b805484908290600890613929908490600160401b90046001600160401b0316614969565b92506101000a8154816001600160401b0302191690836001600160401b03160217905550505b5f85815260106020526040902080546001600160401b039081169085168110156139a65760405163fe69c5af60e01b8152600481018890526001600160401b03808316602483015286166044820152606401611234565b6139b08582614969565b825467ffffffffffffffff19166001600160401b039190911617909155509094909350915050565b6001600160a01b038216613a0a57604051630b61174360e31b81526001600160a01b0383166004820152602401611234565b6001600160a01b038381165f81815260056020908152604080832094871680845294825291829020805460ff191686151590811790915591519182527f17307eab39ab6107e8899845ad3d59bd9653f200f220920489ca2b5937696c31910160405180910390a3505050565b60605f5f846001600160a01b031684604051613a929190614c09565b5f60405180830381855af49150503d805f8114613aca576040519150601f19603f3d011682016040523d82523d5f602084013e613acf565b606091505b5091509150613adf858383613ec7565b95945050505050565b6001600160a01b0383163b1561379157604051630a85bd0160e11b81526001600160a01b0384169063150b7a0290613b2a908890889087908790600401614c14565b6020604051808303815f875af1925050508015613b64575060408051601f3d908101601f19168201909252613b6191810190614c46565b60015b613bcb573d808015613b91576040519150601f19603f3d011682016040523d82523d5f602084013e613b96565b606091505b5080515f03613bc357604051633250574960e11b81526001600160a01b0385166004820152602401611234565b805160208201fd5b6001600160e01b03198116630a85bd0160e11b14613c0757604051633250574960e11b81526001600160a01b0385166004820152602401611234565b505050505050565b5f6001600160e01b031982166380ac58cd60e01b1480613c3f57506001600160e01b03198216635b5e139f60e01b145b8061105b57506301ffc9a760e01b6001600160e01b031983161461105b565b8080613c7257506001600160a01b03821615155b15613d33575f613c8184613007565b90506001600160a01b03831615801590613cad5750826001600160a01b0316816001600160a01b031614155b8015613cc05750613cbe8184612f36565b155b15613ce95760405163a9fbf51f60e01b81526001600160a01b0384166004820152602401611234565b8115613d315783856001600160a01b0316826001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92560405160405180910390a45b505b50505f90815260046020526040902080546001600160a01b0319166001600160a01b0392909216919091179055565b613d6c82826121e6565b6111485760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401611234565b613da58383613f23565b611550335f858585613ae8565b5f828152600260205260408120546001600160a01b0390811690831615613dde57613dde818486613f84565b6001600160a01b03811615613e1857613df95f855f5f613c5e565b6001600160a01b0381165f90815260036020526040902080545f190190555b6001600160a01b03851615613e46576001600160a01b0385165f908152600360205260409020805460010190555b5f8481526002602052604080822080546001600160a01b0319166001600160a01b0389811691821790925591518793918516917fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef91a4949350505050565b60085460ff1661189357604051638dfc202b60e01b815260040160405180910390fd5b606082613edc57613ed782613fe8565b612b3d565b8151158015613ef357506001600160a01b0384163b155b15613f1c57604051639996b31560e01b81526001600160a01b0385166004820152602401611234565b5080612b3d565b6001600160a01b038216613f4c57604051633250574960e11b81525f6004820152602401611234565b5f613f5883835f6132b7565b90506001600160a01b03811615611550576040516339e3563760e11b81525f6004820152602401611234565b613f8f838383614010565b611550576001600160a01b038316613fbd57604051637e27328960e01b815260048101829052602401611234565b60405163177e802f60e01b81526001600160a01b038316600482015260248101829052604401611234565b805115613ff757805160208201fd5b60405163d6bda27560e01b815260040160405180910390fd5b5f6001600160a01b0383161580159061406c5750826001600160a01b0316846001600160a01b0316148061404957506140498484612f36565b8061406c57505f828152600460205260409020546001600160a01b038481169116145b949350505050565b6001600160a01b0381168114611404575f5ffd5b5f5f60408385031215614099575f5ffd5b8235915060208301356140ab81614074565b809150509250929050565b6001600160e01b031981168114611404575f5ffd5b5f602082840312156140db575f5ffd5b8135612b3d816140b6565b5f602082840312156140f6575f5ffd5b5035919050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f612b3d60208301846140fd565b5f5f6040838503121561414e575f5ffd5b823561415981614074565b946020939093013593505050565b803560ff811681146116b7575f5ffd5b5f5f60408385031215614188575f5ffd5b8235915061419860208401614167565b90509250929050565b80356001600160401b03811681146116b7575f5ffd5b5f5f604083850312156141c8575f5ffd5b6141d183614167565b9150614198602084016141a1565b5f602082840312156141ef575f5ffd5b612b3d82614167565b5f5f5f6060848603121561420a575f5ffd5b833561421581614074565b9250602084013561422581614074565b929592945050506040919091013590565b5f5f83601f840112614246575f5ffd5b5081356001600160401b0381111561425c575f5ffd5b602083019150836020828501011115611030575f5ffd5b5f5f5f60408486031215614285575f5ffd5b8335925060208401356001600160401b038111156142a1575f5ffd5b6142ad86828701614236565b9497909650939450505050565b5f5f5f606084860312156142cc575f5ffd5b6142d5846141a1565b92506142e3602085016141a1565b91506142f1604085016141a1565b90509250925092565b803563ffffffff811681146116b7575f5ffd5b5f5f5f5f60608587031215614320575f5ffd5b84359350614330602086016142fa565b925060408501356001600160401b0381111561434a575f5ffd5b61435687828801614236565b95989497509550505050565b5f5f5f60608486031215614374575f5ffd5b61437d84614167565b9250602084013591506142f1604085016141a1565b5f602082840312156143a2575f5ffd5b8135612b3d81614074565b5f5f5f606084860312156143bf575f5ffd5b83356143ca81614074565b925060208401356143da81614074565b9150604084013561ffff811681146143f0575f5ffd5b809150509250925092565b5f5f5f6060848603121561440d575f5ffd5b83359250614225602085016141a1565b5f5f6040838503121561442e575f5ffd5b6141d1836142fa565b5f5f5f5f6060858703121561444a575f5ffd5b8435935061433060208601614167565b5f5f6040838503121561446b575f5ffd5b823561447681614074565b9150602083013580151581146140ab575f5ffd5b5f5f6020838503121561449b575f5ffd5b82356001600160401b038111156144b0575f5ffd5b8301601f810185136144c0575f5ffd5b80356001600160401b038111156144d5575f5ffd5b8560208260051b84010111156144e9575f5ffd5b6020919091019590945092505050565b5f602082016020835280845180835260408501915060408160051b8601019250602086015f5b8281101561455057603f1987860301845261453b8583516140fd565b9450602093840193919091019060010161451f565b50929695505050505050565b634e487b7160e01b5f52604160045260245ffd5b604051601f8201601f191681016001600160401b03811182821017156145985761459861455c565b604052919050565b5f6001600160401b038211156145b8576145b861455c565b50601f01601f191660200190565b5f5f5f5f608085870312156145d9575f5ffd5b84356145e481614074565b935060208501356145f481614074565b92506040850135915060608501356001600160401b03811115614615575f5ffd5b8501601f81018713614625575f5ffd5b8035614638614633826145a0565b614570565b81815288602083850101111561464c575f5ffd5b816020840160208301375f6020838301015280935050505092959194509250565b5f5f5f5f60808587031215614680575f5ffd5b8435935060208501359250614697604086016141a1565b91506146a5606086016141a1565b905092959194509250565b5f5f5f606084860312156146c2575f5ffd5b833592506142e3602085016141a1565b5f5f604083850312156146e3575f5ffd5b82356146ee81614074565b915060208301356140ab81614074565b600181811c9082168061471257607f821691505b60208210810361473057634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52601160045260245ffd5b6001600160401b03818116838216019081111561105b5761105b614736565b5f6001820161477a5761477a614736565b5060010190565b5f6001600160401b0382166001600160401b0381036147a2576147a2614736565b60010192915050565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b6001600160a01b03878116825260208201879052604082018690528416606082015260a0608082018190525f9061480d90830184866147ab565b98975050505050505050565b5f60208284031215614829575f5ffd5b5051919050565b602081525f61406c6020830184866147ab565b601f821115611550578282111561155057805f5260205f20601f840160051c602085101561486e57505f5b90810190601f840160051c035f5b81811015613c07575f8382015560010161487c565b6001600160401b038311156148a8576148a861455c565b6148bc836148b683546146fe565b83614843565b5f601f8411600181146148ed575f85156148d65750838201355b5f19600387901b1c1916600186901b178355613791565b5f83815260208120601f198716915b8281101561491c57868501358255602094850194600190920191016148fc565b5086821015614938575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b63ffffffff84168152604060208201525f613adf6040830184866147ab565b6001600160401b03828116828216039081111561105b5761105b614736565b8082018082111561105b5761105b614736565b60ff85168152606060208201525f6149b76060830185876147ab565b90506001600160401b038316604083015295945050505050565b8181038181111561105b5761105b614736565b634e487b7160e01b5f52603260045260245ffd5b5f5f8335601e19843603018112614a0d575f5ffd5b8301803591506001600160401b03821115614a26575f5ffd5b602001915036819003821315611030575f5ffd5b5f81518060208401855e5f93019283525090919050565b828482375f8382015f8152614a668185614a3a565b9695505050505050565b86815260ff8616602082015263ffffffff851660408201526001600160401b03841660608201526001600160401b038316608082015260c060a08201525f5f8354614aba816146fe565b8060c0860152600182165f8114614ad85760018114614af457614b25565b60ff19831660e087015260e082151560051b8701019350614b25565b865f5260205f205f5b83811015614b1c57815488820160e00152600190910190602001614afd565b870160e0019450505b50919a9950505050505050505050565b5f60208284031215614b45575f5ffd5b81516001600160401b03811115614b5a575f5ffd5b8201601f81018413614b6a575f5ffd5b8051614b78614633826145a0565b818152856020838501011115614b8c575f5ffd5b8160208401602083015e5f91810160200191909152949350505050565b808202811582820484141761105b5761105b614736565b5f82614bda57634e487b7160e01b5f52601260045260245ffd5b500490565b604081525f614bf160408301856140fd565b90506001600160401b03831660208301529392505050565b5f612b3d8284614a3a565b6001600160a01b03858116825284166020820152604081018390526080606082018190525f90614a66908301846140fd565b5f60208284031215614c56575f5ffd5b8151612b3d816140b656fee2b7fb3b832174769106daebcfd6d1970523240dda11281102db9363b83b0dc4a2646970667358221220f3ed485e33478fe841e22b220cbe1165ef7f1f5cebe7aa19b5b961aafc09e87f64736f6c634300082500336080604052348015600e575f5ffd5b506119588061001c5f395ff3fe608060405234801561000f575f5ffd5b506004361061004a575f3560e01c80630b70fa5a1461004e5780631c83cb0e14610077578063ba458a041461008a578063c1959a6b1461009d575b5f5ffd5b61006161005c366004610c7a565b6100b0565b60405161006e9190610cb3565b60405180910390f35b610061610085366004610cff565b6101cd565b610061610098366004610cff565b610212565b6100616100ab366004610db8565b610324565b60605f846040516020016100c691815260200190565b60408051808303601f19018152919052805160209091012090505f6101006100f283831a610168610df9565b6100fc9190610e24565b90505f61010886610400565b9050610147826101686101206050600188901a610e37565b60ff1661012e866028610e58565b6101389190610e58565b6101429190610e6b565b6104ae565b61015187836104eb565b61015c858585610564565b6101658a610626565b8461016f8b610324565b61017e8b63ffffffff16610626565b60405160200161018f929190610e95565b60408051601f19818403018152908290526101b1969594939291602001610f15565b60405160208183030381529060405293505050505b9392505050565b60606101e66101e189898989898989610212565b6106b6565b6040516020016101f69190611097565b6040516020818303038152906040529050979650505050505050565b60605f61021e89610626565b90505f8161022b8a610324565b6102396101e18d8d8d6100b0565b6102428c610324565b60405160200161025594939291906110c8565b6040516020818303038152906040529050806102768963ffffffff16610626565b6102898967ffffffffffffffff16610626565b61029c8967ffffffffffffffff16610626565b6040516020016102af949392919061127d565b60408051601f19818403018152919052905083156102f557806102d286866106dc565b6040516020016102e392919061139d565b60405160208183030381529060405290505b8060405160200161030691906113dc565b60405160208183030381529060405292505050979650505050505050565b60608160ff165f0361035357505060408051808201909152600781526629ba30b93a32b960c91b602082015290565b8160ff1660010361037d57505060408051808201909152600381526250726f60e81b602082015290565b8160ff166002036103ac575050604080518082019091526008815267427573696e65737360c01b602082015290565b8160ff166003036103dd57505060408051808201909152600a815269456e746572707269736560b01b602082015290565b50506040805180820190915260078152662ab735b737bbb760c91b602082015290565b60608160ff165f0361042f57505060408051808201909152600781526611b1b21bb3199960c91b602082015290565b8160ff1660010361045d5750506040805180820190915260078152662364396464653360c81b602082015290565b8160ff1660020361048b57505060408051808201909152600781526611b31ab19a9a1960c91b602082015290565b5050604080518082019091526007815266119cb33319b33360c91b602082015290565b60606104b983610626565b6104c283610626565b6040516020016104d39291906113f8565b60405160208183030381529060405290505b92915050565b60605f5b8360ff1681111580156105025750600481105b1561055d5781610526610516836007610df9565b610521906058610e58565b610626565b846040516020016105399392919061151b565b60405160208183030381529060405291508080610555906115bd565b9150506104ef565b5092915050565b60605f6105766010600287901a610e37565b6105819060186115d5565b60ff1690505f6105ac6105996007600389901a610e37565b6105a49060076115d5565b60ff16610626565b905083806105cd6105c2602860048b901a610e37565b6105a490600c6115d5565b6105d688610626565b6105e086866108e4565b6105f76105f2600360058e901a610e37565b610917565b60405160200161060c969594939291906115ee565b604051602081830303815290604052925050509392505050565b60605f6106328361098b565b60010190505f8167ffffffffffffffff81111561065157610651611722565b6040519080825280601f01601f19166020018201604052801561067b576020820181803683370190505b5090508181016020015b5f19016f181899199a1a9b1b9c1cb0b131b232b360811b600a86061a8153600a850494508461068557509392505050565b60606104e582604051806060016040528060408152602001611879604091396001610a62565b60608282805f5b8281101561072a5761070f84848381811061070057610700610dd1565b9050013560f81c60f81b610bdd565b156107225761071f600283610e58565b91505b6001016106e3565b505f8167ffffffffffffffff81111561074557610745611722565b6040519080825280601f01601f19166020018201604052801561076f576020820181803683370190505b5090506f181899199a1a9b1b9c1ca0a121a222a360811b5f805b858110156108d6575f8787838181106107a4576107a4610dd1565b9050013560f81c60f81b90506107b981610bdd565b1561089857602560f81b85846107ce816115bd565b9550815181106107e0576107e0610dd1565b60200101906001600160f81b03191690815f1a9053508360fc82901c6010811061080c5761080c610dd1565b1a60f81b858461081b816115bd565b95508151811061082d5761082d610dd1565b60200101906001600160f81b03191690815f1a90535083600f60f883901c166010811061085c5761085c610dd1565b1a60f81b858461086b816115bd565b95508151811061087d5761087d610dd1565b60200101906001600160f81b03191690815f1a9053506108cd565b8085846108a4816115bd565b9550815181106108b6576108b6610dd1565b60200101906001600160f81b03191690815f1a9053505b50600101610789565b509198975050505050505050565b60606108f46105218460a0611736565b826109036105218660a0610e58565b846040516020016104d39493929190611749565b60608160ff165f03610942576040518060a00160405280606a81526020016118b9606a913992915050565b8160ff1660010361096c576040518060800160405280604381526020016118366043913992915050565b6040518060600160405280603081526020016118066030913992915050565b5f8072184f03e93ff9f4daa797ed6e38ed64bf6a1f0160401b83106109c95772184f03e93ff9f4daa797ed6e38ed64bf6a1f0160401b830492506040015b6d04ee2d6d415b85acef810000000083106109f5576d04ee2d6d415b85acef8100000000830492506020015b662386f26fc100008310610a1357662386f26fc10000830492506010015b6305f5e1008310610a2b576305f5e100830492506008015b6127108310610a3f57612710830492506004015b60648310610a51576064830492506002015b600a83106104e55760010192915050565b606083515f03610a80575060408051602081019091525f81526101c6565b5f82610ab057600385516004610a969190610df9565b610aa1906002610e58565b610aab9190610e24565b610ad5565b600385516002610ac09190610e58565b610aca9190610e24565b610ad5906004610df9565b90505f8167ffffffffffffffff811115610af157610af1611722565b6040519080825280601f01601f191660200182016040528015610b1b576020820181803683370190505b509050600185016020820187885189016020810180515f82525b82841015610b90576003840193508351603f8160121c168701518653600186019550603f81600c1c168701518653600186019550603f8160061c168701518653600186019550603f8116870151865350600185019450610b35565b905250508515610bd157600388510660018114610bb45760028114610bc757610bcf565b603d6001830353603d6002830353610bcf565b603d60018303535b505b50909695505050505050565b5f600160fd1b6001600160f81b031983161080610c085750607f60f81b6001600160f81b0319831610155b80610c205750601160f91b6001600160f81b03198316145b80610c385750602560f81b6001600160f81b03198316145b806104e55750506001600160f81b031916601760fa1b1490565b803560ff81168114610c62575f5ffd5b919050565b803563ffffffff81168114610c62575f5ffd5b5f5f5f60608486031215610c8c575f5ffd5b83359250610c9c60208501610c52565b9150610caa60408501610c67565b90509250925092565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b803567ffffffffffffffff81168114610c62575f5ffd5b5f5f5f5f5f5f5f60c0888a031215610d15575f5ffd5b87359650610d2560208901610c52565b9550610d3360408901610c67565b9450610d4160608901610ce8565b9350610d4f60808901610ce8565b925060a088013567ffffffffffffffff811115610d6a575f5ffd5b8801601f81018a13610d7a575f5ffd5b803567ffffffffffffffff811115610d90575f5ffd5b8a6020828401011115610da1575f5ffd5b602082019350809250505092959891949750929550565b5f60208284031215610dc8575f5ffd5b6101c682610c52565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b80820281158282048414176104e5576104e5610de5565b634e487b7160e01b5f52601260045260245ffd5b5f82610e3257610e32610e10565b500490565b5f60ff831680610e4957610e49610e10565b8060ff84160691505092915050565b808201808211156104e5576104e5610de5565b5f82610e7957610e79610e10565b500690565b5f81518060208401855e5f93019283525090919050565b7f2220746578742d616e63686f723d226d6964646c6522206c65747465722d737081526930b1b4b7339e9119111f60b11b60208201525f610ed9602a830185610e7e565b69010615b902622ab22a6160b51b8152610ef6600a820185610e7e565b6c1e17ba32bc3a1f1e17b9bb339f60991b8152600d0195945050505050565b7f3c73766720786d6c6e733d22687474703a2f2f7777772e77332e6f72672f323081527f30302f737667222076696577426f783d223020302033323020333230223e000060208201525f610f7e610f78610f72603e85018b610e7e565b89610e7e565b87610e7e565b7f3c7465787420783d223136302220793d223236382220666f6e742d66616d696c81527f793d2273616e732d73657269662220666f6e742d73697a653d2232362220666f60208201527f6e742d7765696768743d22373030222066696c6c3d22236666662220746578746040820152712d616e63686f723d226d6964646c65223e2360701b60608201526110156072820187610e7e565b7f3c2f746578743e3c7465787420783d223136302220793d223239362220666f6e81527f742d66616d696c793d2273616e732d73657269662220666f6e742d73697a653d60208201526a11189a91103334b6361e9160a91b6040820152905061108a611084604b830187610e7e565b85610e7e565b9998505050505050505050565b7f646174613a6170706c69636174696f6e2f6a736f6e3b6261736536342c00000081525f6101c6601d830184610e7e565b747b226e616d65223a22494e4654204167656e74202360581b81525f6110f16015830187610e7e565b7f222c226465736372697074696f6e223a22416e204149206167656e74206f662081526303a3432960e51b602082015261112e6024820187610e7e565b90507f2074696572206f6e20494e46542e20497473206f776e65722c206f722061207381527f7562736372696265722c207370656e6473206974732063726564697473206f6e60208201527f207465787420616e6420696d6167652067656e65726174696f6e732c2065616360408201527f68206d696e74656420617320616e204e46542c20616e64206974206c6561726e6060820152703990333937b69032bb32b93c9037b7329760791b60808201527f222c22696d616765223a22646174613a696d6167652f7376672b786d6c3b62616091820152641cd94d8d0b60da1b60b182015261126661108461122660b6840188610e7e565b7f222c2261747472696275746573223a5b7b2274726169745f74797065223a225481526d34b2b91116113b30b63ab2911d1160911b6020820152602e0190565b62089f4b60ea1b8152600301979650505050505050565b5f6112888287610e7e565b7f7b2274726169745f74797065223a224c6576656c222c22646973706c61795f748152753cb832911d11373ab6b132b91116113b30b63ab2911d60511b60208201526112d76036820187610e7e565b90507f7d2c7b2274726169745f74797065223a2243726564697473222c22646973706c81527f61795f74797065223a226e756d626572222c2276616c7565223a000000000000602082015261132f603a820186610e7e565b90507f7d2c7b2274726169745f74797065223a2247656e65726174696f6e73222c226481527f6973706c61795f74797065223a226e756d626572222c2276616c7565223a00006020820152611387603e820185610e7e565b617d5d60f01b8152600201979650505050505050565b5f6113a88285610e7e565b6d161139ba30ba32afbab934911d1160911b81526113c9600e820185610e7e565b601160f91b815260010195945050505050565b5f6113e78284610e7e565b607d60f81b81526001019392505050565b7f3c646566733e3c6c696e6561724772616469656e742069643d2262222078323d81527f2231222079323d2231223e3c73746f70206f66667365743d2230222073746f7060208201526b05ac6ded8dee47a44d0e6d8560a31b60408201525f611464604c830185610e7e565b7f2c3632252c34322529222f3e3c73746f70206f66667365743d2231222073746f81526c0e05ac6ded8dee47a44d0e6d85609b1b60208201526114aa602d820185610e7e565b7f2c3632252c31362529222f3e3c2f6c696e6561724772616469656e743e3c2f6481527f6566733e3c726563742077696474683d2233323022206865696768743d2233326020820152721811103334b6361e913ab9361411b11491179f60691b604082015260530195945050505050565b5f6115268286610e7e565b7f3c636972636c652063783d22313630222063793d223132382220723d220000008152611556601d820186610e7e565b7511103334b6361e913737b732911039ba3937b5b29e9160511b815290506115816016820185610e7e565b7f22207374726f6b652d77696474683d223322206f7061636974793d22302e383581526211179f60e91b60208201526023019695505050505050565b5f600182016115ce576115ce610de5565b5060010190565b60ff81811683821601908111156104e5576104e5610de5565b7f3c6c696e652078313d22313630222079313d223632222078323d22313630222081526f3c991e911a18111039ba3937b5b29e9160811b60208201525f6116386030830189610e7e565b7f22207374726f6b652d77696474683d2234222f3e3c636972636c652063783d2281527f313630222063793d2233362220723d2237222066696c6c3d2200000000000000602082015261168e6039820189610e7e565b7f222f3e3c7265637420783d2239362220793d223632222077696474683d2231328152731c11103432b4b3b43a1e9118991a1110393c1e9160611b602082015290506116dd6034820188610e7e565b6b04440ccd2d8d87a44d0e6d8560a31b815290506116fe600c820187610e7e565b6b161a1a92961c1c129491179f60a11b8152905061108a611084600c830187610e7e565b634e487b7160e01b5f52604160045260245ffd5b818103818111156104e5576104e5610de5565b6b1e31b4b931b6329031bc1e9160a11b81525f611769600c830187610e7e565b6d111031bc9e9118989b1110391e9160911b815261178a600e820187610e7e565b90507f222066696c6c3d2223316231623266222f3e3c636972636c652063783d22000081526117bc601e820186610e7e565b6d111031bc9e9118989b1110391e9160911b815290506117df600e820185610e7e565b7111103334b6361e911198b118b1193311179f60711b815260120197965050505050505056fe3c636972636c652063783d22313630222063793d223135362220723d2239222066696c6c3d2223316231623266222f3e3c7265637420783d223133382220793d22313530222077696474683d22343422206865696768743d2238222072783d2234222066696c6c3d2223316231623266222f3e4142434445464748494a4b4c4d4e4f505152535455565758595a6162636465666768696a6b6c6d6e6f707172737475767778797a303132333435363738392b2f3c7061746820643d224d31333420313532205131363020313734203138362031353222207374726f6b653d222331623162326622207374726f6b652d77696474683d2235222066696c6c3d226e6f6e6522207374726f6b652d6c696e656361703d22726f756e64222f3ea26469706673582212201aa246622acf301c0587fd77db329b7aedca906935b52e8e582246db17e496a164736f6c63430008250033",
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

// PackSESSIONOPEN is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcb62d311.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function SESSION_OPEN() view returns(uint8)
func (iNFTAgents *INFTAgents) PackSESSIONOPEN() []byte {
	enc, err := iNFTAgents.abi.Pack("SESSION_OPEN")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSESSIONOPEN is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcb62d311.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function SESSION_OPEN() view returns(uint8)
func (iNFTAgents *INFTAgents) TryPackSESSIONOPEN() ([]byte, error) {
	return iNFTAgents.abi.Pack("SESSION_OPEN")
}

// UnpackSESSIONOPEN is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcb62d311.
//
// Solidity: function SESSION_OPEN() view returns(uint8)
func (iNFTAgents *INFTAgents) UnpackSESSIONOPEN(data []byte) (uint8, error) {
	out, err := iNFTAgents.abi.Unpack("SESSION_OPEN", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackSESSIONRECLAIMED is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23e5089c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function SESSION_RECLAIMED() view returns(uint8)
func (iNFTAgents *INFTAgents) PackSESSIONRECLAIMED() []byte {
	enc, err := iNFTAgents.abi.Pack("SESSION_RECLAIMED")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSESSIONRECLAIMED is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23e5089c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function SESSION_RECLAIMED() view returns(uint8)
func (iNFTAgents *INFTAgents) TryPackSESSIONRECLAIMED() ([]byte, error) {
	return iNFTAgents.abi.Pack("SESSION_RECLAIMED")
}

// UnpackSESSIONRECLAIMED is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23e5089c.
//
// Solidity: function SESSION_RECLAIMED() view returns(uint8)
func (iNFTAgents *INFTAgents) UnpackSESSIONRECLAIMED(data []byte) (uint8, error) {
	out, err := iNFTAgents.abi.Unpack("SESSION_RECLAIMED", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackSESSIONSETTLED is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x41a7fd9d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function SESSION_SETTLED() view returns(uint8)
func (iNFTAgents *INFTAgents) PackSESSIONSETTLED() []byte {
	enc, err := iNFTAgents.abi.Pack("SESSION_SETTLED")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSESSIONSETTLED is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x41a7fd9d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function SESSION_SETTLED() view returns(uint8)
func (iNFTAgents *INFTAgents) TryPackSESSIONSETTLED() ([]byte, error) {
	return iNFTAgents.abi.Pack("SESSION_SETTLED")
}

// UnpackSESSIONSETTLED is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x41a7fd9d.
//
// Solidity: function SESSION_SETTLED() view returns(uint8)
func (iNFTAgents *INFTAgents) UnpackSESSIONSETTLED(data []byte) (uint8, error) {
	out, err := iNFTAgents.abi.Unpack("SESSION_SETTLED", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
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

// PackChatTokensPerCredit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0cc60818.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function chatTokensPerCredit() view returns(uint64)
func (iNFTAgents *INFTAgents) PackChatTokensPerCredit() []byte {
	enc, err := iNFTAgents.abi.Pack("chatTokensPerCredit")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChatTokensPerCredit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0cc60818.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function chatTokensPerCredit() view returns(uint64)
func (iNFTAgents *INFTAgents) TryPackChatTokensPerCredit() ([]byte, error) {
	return iNFTAgents.abi.Pack("chatTokensPerCredit")
}

// UnpackChatTokensPerCredit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0cc60818.
//
// Solidity: function chatTokensPerCredit() view returns(uint64)
func (iNFTAgents *INFTAgents) UnpackChatTokensPerCredit(data []byte) (uint64, error) {
	out, err := iNFTAgents.abi.Unpack("chatTokensPerCredit", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
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

// PackGenerationsOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0ac16293.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function generationsOf(uint256 agentId) view returns(uint64)
func (iNFTAgents *INFTAgents) PackGenerationsOf(agentId *big.Int) []byte {
	enc, err := iNFTAgents.abi.Pack("generationsOf", agentId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGenerationsOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0ac16293.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function generationsOf(uint256 agentId) view returns(uint64)
func (iNFTAgents *INFTAgents) TryPackGenerationsOf(agentId *big.Int) ([]byte, error) {
	return iNFTAgents.abi.Pack("generationsOf", agentId)
}

// UnpackGenerationsOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0ac16293.
//
// Solidity: function generationsOf(uint256 agentId) view returns(uint64)
func (iNFTAgents *INFTAgents) UnpackGenerationsOf(data []byte) (uint64, error) {
	out, err := iNFTAgents.abi.Unpack("generationsOf", data)
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

// PackMaxSessionDuration is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x244b1601.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxSessionDuration() view returns(uint64)
func (iNFTAgents *INFTAgents) PackMaxSessionDuration() []byte {
	enc, err := iNFTAgents.abi.Pack("maxSessionDuration")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaxSessionDuration is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x244b1601.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function maxSessionDuration() view returns(uint64)
func (iNFTAgents *INFTAgents) TryPackMaxSessionDuration() ([]byte, error) {
	return iNFTAgents.abi.Pack("maxSessionDuration")
}

// UnpackMaxSessionDuration is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x244b1601.
//
// Solidity: function maxSessionDuration() view returns(uint64)
func (iNFTAgents *INFTAgents) UnpackMaxSessionDuration(data []byte) (uint64, error) {
	out, err := iNFTAgents.abi.Unpack("maxSessionDuration", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
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

// PackOpenSession is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb1285f9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function openSession(uint256 agentId, uint64 creditCap, uint64 duration) returns(uint256 sessionId)
func (iNFTAgents *INFTAgents) PackOpenSession(agentId *big.Int, creditCap uint64, duration uint64) []byte {
	enc, err := iNFTAgents.abi.Pack("openSession", agentId, creditCap, duration)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOpenSession is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb1285f9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function openSession(uint256 agentId, uint64 creditCap, uint64 duration) returns(uint256 sessionId)
func (iNFTAgents *INFTAgents) TryPackOpenSession(agentId *big.Int, creditCap uint64, duration uint64) ([]byte, error) {
	return iNFTAgents.abi.Pack("openSession", agentId, creditCap, duration)
}

// UnpackOpenSession is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdb1285f9.
//
// Solidity: function openSession(uint256 agentId, uint64 creditCap, uint64 duration) returns(uint256 sessionId)
func (iNFTAgents *INFTAgents) UnpackOpenSession(data []byte) (*big.Int, error) {
	out, err := iNFTAgents.abi.Unpack("openSession", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
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

// PackReclaimSession is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5f655d17.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reclaimSession(uint256 sessionId) returns()
func (iNFTAgents *INFTAgents) PackReclaimSession(sessionId *big.Int) []byte {
	enc, err := iNFTAgents.abi.Pack("reclaimSession", sessionId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReclaimSession is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5f655d17.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reclaimSession(uint256 sessionId) returns()
func (iNFTAgents *INFTAgents) TryPackReclaimSession(sessionId *big.Int) ([]byte, error) {
	return iNFTAgents.abi.Pack("reclaimSession", sessionId)
}

// PackRenderer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8ada6b0f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renderer() view returns(address)
func (iNFTAgents *INFTAgents) PackRenderer() []byte {
	enc, err := iNFTAgents.abi.Pack("renderer")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenderer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8ada6b0f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renderer() view returns(address)
func (iNFTAgents *INFTAgents) TryPackRenderer() ([]byte, error) {
	return iNFTAgents.abi.Pack("renderer")
}

// UnpackRenderer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8ada6b0f.
//
// Solidity: function renderer() view returns(address)
func (iNFTAgents *INFTAgents) UnpackRenderer(data []byte) (common.Address, error) {
	out, err := iNFTAgents.abi.Unpack("renderer", data)
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
// Solidity: function requests(uint256 requestId) view returns(uint256 agentId, address requester, uint8 kind, uint8 status, uint64 creditsSpent, uint64 createdAt, uint64 expiresAt)
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
// Solidity: function requests(uint256 requestId) view returns(uint256 agentId, address requester, uint8 kind, uint8 status, uint64 creditsSpent, uint64 createdAt, uint64 expiresAt)
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
	ExpiresAt    uint64
}

// UnpackRequests is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x81d12c58.
//
// Solidity: function requests(uint256 requestId) view returns(uint256 agentId, address requester, uint8 kind, uint8 status, uint64 creditsSpent, uint64 createdAt, uint64 expiresAt)
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
	outstruct.ExpiresAt = *abi.ConvertType(out[6], new(uint64)).(*uint64)
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

// PackSessionCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x73cd8336.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function sessionCount() view returns(uint256)
func (iNFTAgents *INFTAgents) PackSessionCount() []byte {
	enc, err := iNFTAgents.abi.Pack("sessionCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSessionCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x73cd8336.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function sessionCount() view returns(uint256)
func (iNFTAgents *INFTAgents) TryPackSessionCount() ([]byte, error) {
	return iNFTAgents.abi.Pack("sessionCount")
}

// UnpackSessionCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x73cd8336.
//
// Solidity: function sessionCount() view returns(uint256)
func (iNFTAgents *INFTAgents) UnpackSessionCount(data []byte) (*big.Int, error) {
	out, err := iNFTAgents.abi.Unpack("sessionCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSessionGracePeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa5544591.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function sessionGracePeriod() view returns(uint64)
func (iNFTAgents *INFTAgents) PackSessionGracePeriod() []byte {
	enc, err := iNFTAgents.abi.Pack("sessionGracePeriod")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSessionGracePeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa5544591.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function sessionGracePeriod() view returns(uint64)
func (iNFTAgents *INFTAgents) TryPackSessionGracePeriod() ([]byte, error) {
	return iNFTAgents.abi.Pack("sessionGracePeriod")
}

// UnpackSessionGracePeriod is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa5544591.
//
// Solidity: function sessionGracePeriod() view returns(uint64)
func (iNFTAgents *INFTAgents) UnpackSessionGracePeriod(data []byte) (uint64, error) {
	out, err := iNFTAgents.abi.Unpack("sessionGracePeriod", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackSessions is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x83c4b7a3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function sessions(uint256 sessionId) view returns(uint256 agentId, address user, uint64 creditCap, uint8 status, bool fromSubscription, uint64 creditsUsed, uint64 expiresAt, uint64 reclaimableAt, uint64 tokensPerCredit)
func (iNFTAgents *INFTAgents) PackSessions(sessionId *big.Int) []byte {
	enc, err := iNFTAgents.abi.Pack("sessions", sessionId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSessions is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x83c4b7a3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function sessions(uint256 sessionId) view returns(uint256 agentId, address user, uint64 creditCap, uint8 status, bool fromSubscription, uint64 creditsUsed, uint64 expiresAt, uint64 reclaimableAt, uint64 tokensPerCredit)
func (iNFTAgents *INFTAgents) TryPackSessions(sessionId *big.Int) ([]byte, error) {
	return iNFTAgents.abi.Pack("sessions", sessionId)
}

// SessionsOutput serves as a container for the return parameters of contract
// method Sessions.
type SessionsOutput struct {
	AgentId          *big.Int
	User             common.Address
	CreditCap        uint64
	Status           uint8
	FromSubscription bool
	CreditsUsed      uint64
	ExpiresAt        uint64
	ReclaimableAt    uint64
	TokensPerCredit  uint64
}

// UnpackSessions is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x83c4b7a3.
//
// Solidity: function sessions(uint256 sessionId) view returns(uint256 agentId, address user, uint64 creditCap, uint8 status, bool fromSubscription, uint64 creditsUsed, uint64 expiresAt, uint64 reclaimableAt, uint64 tokensPerCredit)
func (iNFTAgents *INFTAgents) UnpackSessions(data []byte) (SessionsOutput, error) {
	out, err := iNFTAgents.abi.Unpack("sessions", data)
	outstruct := new(SessionsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.AgentId = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.User = *abi.ConvertType(out[1], new(common.Address)).(*common.Address)
	outstruct.CreditCap = *abi.ConvertType(out[2], new(uint64)).(*uint64)
	outstruct.Status = *abi.ConvertType(out[3], new(uint8)).(*uint8)
	outstruct.FromSubscription = *abi.ConvertType(out[4], new(bool)).(*bool)
	outstruct.CreditsUsed = *abi.ConvertType(out[5], new(uint64)).(*uint64)
	outstruct.ExpiresAt = *abi.ConvertType(out[6], new(uint64)).(*uint64)
	outstruct.ReclaimableAt = *abi.ConvertType(out[7], new(uint64)).(*uint64)
	outstruct.TokensPerCredit = *abi.ConvertType(out[8], new(uint64)).(*uint64)
	return *outstruct, nil
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

// PackSetChatTerms is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x428d6083.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setChatTerms(uint64 tokensPerCredit, uint64 maxSessionDuration_, uint64 sessionGracePeriod_) returns()
func (iNFTAgents *INFTAgents) PackSetChatTerms(tokensPerCredit uint64, maxSessionDuration uint64, sessionGracePeriod uint64) []byte {
	enc, err := iNFTAgents.abi.Pack("setChatTerms", tokensPerCredit, maxSessionDuration, sessionGracePeriod)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetChatTerms is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x428d6083.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setChatTerms(uint64 tokensPerCredit, uint64 maxSessionDuration_, uint64 sessionGracePeriod_) returns()
func (iNFTAgents *INFTAgents) TryPackSetChatTerms(tokensPerCredit uint64, maxSessionDuration uint64, sessionGracePeriod uint64) ([]byte, error) {
	return iNFTAgents.abi.Pack("setChatTerms", tokensPerCredit, maxSessionDuration, sessionGracePeriod)
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

// PackSetRenderer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x56d3163d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setRenderer(address renderer_) returns()
func (iNFTAgents *INFTAgents) PackSetRenderer(renderer common.Address) []byte {
	enc, err := iNFTAgents.abi.Pack("setRenderer", renderer)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetRenderer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x56d3163d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setRenderer(address renderer_) returns()
func (iNFTAgents *INFTAgents) TryPackSetRenderer(renderer common.Address) ([]byte, error) {
	return iNFTAgents.abi.Pack("setRenderer", renderer)
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

// PackSettleSession is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x98463a07.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settleSession(uint256 sessionId, uint64 creditsUsed, bytes32 transcriptHash) returns()
func (iNFTAgents *INFTAgents) PackSettleSession(sessionId *big.Int, creditsUsed uint64, transcriptHash [32]byte) []byte {
	enc, err := iNFTAgents.abi.Pack("settleSession", sessionId, creditsUsed, transcriptHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettleSession is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x98463a07.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settleSession(uint256 sessionId, uint64 creditsUsed, bytes32 transcriptHash) returns()
func (iNFTAgents *INFTAgents) TryPackSettleSession(sessionId *big.Int, creditsUsed uint64, transcriptHash [32]byte) ([]byte, error) {
	return iNFTAgents.abi.Pack("settleSession", sessionId, creditsUsed, transcriptHash)
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

// PackStateURIOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x96076015.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stateURIOf(uint256 agentId) view returns(string)
func (iNFTAgents *INFTAgents) PackStateURIOf(agentId *big.Int) []byte {
	enc, err := iNFTAgents.abi.Pack("stateURIOf", agentId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStateURIOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x96076015.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stateURIOf(uint256 agentId) view returns(string)
func (iNFTAgents *INFTAgents) TryPackStateURIOf(agentId *big.Int) ([]byte, error) {
	return iNFTAgents.abi.Pack("stateURIOf", agentId)
}

// UnpackStateURIOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x96076015.
//
// Solidity: function stateURIOf(uint256 agentId) view returns(string)
func (iNFTAgents *INFTAgents) UnpackStateURIOf(data []byte) (string, error) {
	out, err := iNFTAgents.abi.Unpack("stateURIOf", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
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

// INFTAgentsBatchMetadataUpdate represents a BatchMetadataUpdate event raised by the INFTAgents contract.
type INFTAgentsBatchMetadataUpdate struct {
	FromTokenId *big.Int
	ToTokenId   *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const INFTAgentsBatchMetadataUpdateEventName = "BatchMetadataUpdate"

// ContractEventName returns the user-defined event name.
func (INFTAgentsBatchMetadataUpdate) ContractEventName() string {
	return INFTAgentsBatchMetadataUpdateEventName
}

// UnpackBatchMetadataUpdateEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BatchMetadataUpdate(uint256 _fromTokenId, uint256 _toTokenId)
func (iNFTAgents *INFTAgents) UnpackBatchMetadataUpdateEvent(log *types.Log) (*INFTAgentsBatchMetadataUpdate, error) {
	event := "BatchMetadataUpdate"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iNFTAgents.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(INFTAgentsBatchMetadataUpdate)
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

// INFTAgentsChatTermsSet represents a ChatTermsSet event raised by the INFTAgents contract.
type INFTAgentsChatTermsSet struct {
	TokensPerCredit    uint64
	MaxSessionDuration uint64
	SessionGracePeriod uint64
	Raw                *types.Log // Blockchain specific contextual infos
}

const INFTAgentsChatTermsSetEventName = "ChatTermsSet"

// ContractEventName returns the user-defined event name.
func (INFTAgentsChatTermsSet) ContractEventName() string {
	return INFTAgentsChatTermsSetEventName
}

// UnpackChatTermsSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ChatTermsSet(uint64 tokensPerCredit, uint64 maxSessionDuration, uint64 sessionGracePeriod)
func (iNFTAgents *INFTAgents) UnpackChatTermsSetEvent(log *types.Log) (*INFTAgentsChatTermsSet, error) {
	event := "ChatTermsSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iNFTAgents.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(INFTAgentsChatTermsSet)
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

// INFTAgentsDeposited represents a Deposited event raised by the INFTAgents contract.
type INFTAgentsDeposited struct {
	Payee  common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const INFTAgentsDepositedEventName = "Deposited"

// ContractEventName returns the user-defined event name.
func (INFTAgentsDeposited) ContractEventName() string {
	return INFTAgentsDepositedEventName
}

// UnpackDepositedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Deposited(address indexed payee, uint256 amount)
func (iNFTAgents *INFTAgents) UnpackDepositedEvent(log *types.Log) (*INFTAgentsDeposited, error) {
	event := "Deposited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iNFTAgents.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(INFTAgentsDeposited)
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

// INFTAgentsMetadataUpdate represents a MetadataUpdate event raised by the INFTAgents contract.
type INFTAgentsMetadataUpdate struct {
	TokenId *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const INFTAgentsMetadataUpdateEventName = "MetadataUpdate"

// ContractEventName returns the user-defined event name.
func (INFTAgentsMetadataUpdate) ContractEventName() string {
	return INFTAgentsMetadataUpdateEventName
}

// UnpackMetadataUpdateEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MetadataUpdate(uint256 _tokenId)
func (iNFTAgents *INFTAgents) UnpackMetadataUpdateEvent(log *types.Log) (*INFTAgentsMetadataUpdate, error) {
	event := "MetadataUpdate"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iNFTAgents.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(INFTAgentsMetadataUpdate)
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

// INFTAgentsRendererSet represents a RendererSet event raised by the INFTAgents contract.
type INFTAgentsRendererSet struct {
	Renderer common.Address
	Raw      *types.Log // Blockchain specific contextual infos
}

const INFTAgentsRendererSetEventName = "RendererSet"

// ContractEventName returns the user-defined event name.
func (INFTAgentsRendererSet) ContractEventName() string {
	return INFTAgentsRendererSetEventName
}

// UnpackRendererSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RendererSet(address renderer)
func (iNFTAgents *INFTAgents) UnpackRendererSetEvent(log *types.Log) (*INFTAgentsRendererSet, error) {
	event := "RendererSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iNFTAgents.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(INFTAgentsRendererSet)
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

// INFTAgentsSessionOpened represents a SessionOpened event raised by the INFTAgents contract.
type INFTAgentsSessionOpened struct {
	SessionId *big.Int
	AgentId   *big.Int
	User      common.Address
	CreditCap uint64
	ExpiresAt uint64
	Raw       *types.Log // Blockchain specific contextual infos
}

const INFTAgentsSessionOpenedEventName = "SessionOpened"

// ContractEventName returns the user-defined event name.
func (INFTAgentsSessionOpened) ContractEventName() string {
	return INFTAgentsSessionOpenedEventName
}

// UnpackSessionOpenedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SessionOpened(uint256 indexed sessionId, uint256 indexed agentId, address indexed user, uint64 creditCap, uint64 expiresAt)
func (iNFTAgents *INFTAgents) UnpackSessionOpenedEvent(log *types.Log) (*INFTAgentsSessionOpened, error) {
	event := "SessionOpened"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iNFTAgents.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(INFTAgentsSessionOpened)
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

// INFTAgentsSessionReclaimed represents a SessionReclaimed event raised by the INFTAgents contract.
type INFTAgentsSessionReclaimed struct {
	SessionId       *big.Int
	By              common.Address
	CreditsRefunded uint64
	Raw             *types.Log // Blockchain specific contextual infos
}

const INFTAgentsSessionReclaimedEventName = "SessionReclaimed"

// ContractEventName returns the user-defined event name.
func (INFTAgentsSessionReclaimed) ContractEventName() string {
	return INFTAgentsSessionReclaimedEventName
}

// UnpackSessionReclaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SessionReclaimed(uint256 indexed sessionId, address indexed by, uint64 creditsRefunded)
func (iNFTAgents *INFTAgents) UnpackSessionReclaimedEvent(log *types.Log) (*INFTAgentsSessionReclaimed, error) {
	event := "SessionReclaimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iNFTAgents.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(INFTAgentsSessionReclaimed)
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

// INFTAgentsSessionSettled represents a SessionSettled event raised by the INFTAgents contract.
type INFTAgentsSessionSettled struct {
	SessionId       *big.Int
	CreditsUsed     uint64
	CreditsRefunded uint64
	TranscriptHash  [32]byte
	Raw             *types.Log // Blockchain specific contextual infos
}

const INFTAgentsSessionSettledEventName = "SessionSettled"

// ContractEventName returns the user-defined event name.
func (INFTAgentsSessionSettled) ContractEventName() string {
	return INFTAgentsSessionSettledEventName
}

// UnpackSessionSettledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SessionSettled(uint256 indexed sessionId, uint64 creditsUsed, uint64 creditsRefunded, bytes32 transcriptHash)
func (iNFTAgents *INFTAgents) UnpackSessionSettledEvent(log *types.Log) (*INFTAgentsSessionSettled, error) {
	event := "SessionSettled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iNFTAgents.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(INFTAgentsSessionSettled)
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
	if bytes.Equal(raw[:4], iNFTAgents.abi.Errors["CreditsOverCap"].ID.Bytes()[:4]) {
		return iNFTAgents.UnpackCreditsOverCapError(raw[4:])
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
	if bytes.Equal(raw[:4], iNFTAgents.abi.Errors["InvalidSession"].ID.Bytes()[:4]) {
		return iNFTAgents.UnpackInvalidSessionError(raw[4:])
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
	if bytes.Equal(raw[:4], iNFTAgents.abi.Errors["NotSessionUserOrOwner"].ID.Bytes()[:4]) {
		return iNFTAgents.UnpackNotSessionUserOrOwnerError(raw[4:])
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
	if bytes.Equal(raw[:4], iNFTAgents.abi.Errors["SessionNotOpen"].ID.Bytes()[:4]) {
		return iNFTAgents.UnpackSessionNotOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], iNFTAgents.abi.Errors["SessionNotReclaimable"].ID.Bytes()[:4]) {
		return iNFTAgents.UnpackSessionNotReclaimableError(raw[4:])
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
	if bytes.Equal(raw[:4], iNFTAgents.abi.Errors["UnknownSession"].ID.Bytes()[:4]) {
		return iNFTAgents.UnpackUnknownSessionError(raw[4:])
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

// INFTAgentsCreditsOverCap represents a CreditsOverCap error raised by the INFTAgents contract.
type INFTAgentsCreditsOverCap struct {
	SessionId   *big.Int
	CreditsUsed uint64
	CreditCap   uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CreditsOverCap(uint256 sessionId, uint64 creditsUsed, uint64 creditCap)
func INFTAgentsCreditsOverCapErrorID() common.Hash {
	return common.HexToHash("0x46cc88a97d95eda2dd627ab5c0cc990cfe2c4fa1d6294bec8703f66f4e0e8a2b")
}

// UnpackCreditsOverCapError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CreditsOverCap(uint256 sessionId, uint64 creditsUsed, uint64 creditCap)
func (iNFTAgents *INFTAgents) UnpackCreditsOverCapError(raw []byte) (*INFTAgentsCreditsOverCap, error) {
	out := new(INFTAgentsCreditsOverCap)
	if err := iNFTAgents.abi.UnpackIntoInterface(out, "CreditsOverCap", raw); err != nil {
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

// INFTAgentsInvalidSession represents a InvalidSession error raised by the INFTAgents contract.
type INFTAgentsInvalidSession struct {
	CreditCap uint64
	Duration  uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidSession(uint64 creditCap, uint64 duration)
func INFTAgentsInvalidSessionErrorID() common.Hash {
	return common.HexToHash("0xa0fe2e3c4e99d2fdce3111a6e92d228bf06955f02fa93304d1ea9a9596230ef4")
}

// UnpackInvalidSessionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidSession(uint64 creditCap, uint64 duration)
func (iNFTAgents *INFTAgents) UnpackInvalidSessionError(raw []byte) (*INFTAgentsInvalidSession, error) {
	out := new(INFTAgentsInvalidSession)
	if err := iNFTAgents.abi.UnpackIntoInterface(out, "InvalidSession", raw); err != nil {
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

// INFTAgentsNotSessionUserOrOwner represents a NotSessionUserOrOwner error raised by the INFTAgents contract.
type INFTAgentsNotSessionUserOrOwner struct {
	SessionId *big.Int
	Caller    common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotSessionUserOrOwner(uint256 sessionId, address caller)
func INFTAgentsNotSessionUserOrOwnerErrorID() common.Hash {
	return common.HexToHash("0x9f6f25e22f96c838b7779a3fa7eec0167435edb9d6a670fbbfbebd04b2f4207a")
}

// UnpackNotSessionUserOrOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotSessionUserOrOwner(uint256 sessionId, address caller)
func (iNFTAgents *INFTAgents) UnpackNotSessionUserOrOwnerError(raw []byte) (*INFTAgentsNotSessionUserOrOwner, error) {
	out := new(INFTAgentsNotSessionUserOrOwner)
	if err := iNFTAgents.abi.UnpackIntoInterface(out, "NotSessionUserOrOwner", raw); err != nil {
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

// INFTAgentsSessionNotOpen represents a SessionNotOpen error raised by the INFTAgents contract.
type INFTAgentsSessionNotOpen struct {
	SessionId *big.Int
	Status    uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SessionNotOpen(uint256 sessionId, uint8 status)
func INFTAgentsSessionNotOpenErrorID() common.Hash {
	return common.HexToHash("0xcef1c77467cf8f732533b5a0386cabb1b0dc6d6c80079b3de4784149837e79aa")
}

// UnpackSessionNotOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SessionNotOpen(uint256 sessionId, uint8 status)
func (iNFTAgents *INFTAgents) UnpackSessionNotOpenError(raw []byte) (*INFTAgentsSessionNotOpen, error) {
	out := new(INFTAgentsSessionNotOpen)
	if err := iNFTAgents.abi.UnpackIntoInterface(out, "SessionNotOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// INFTAgentsSessionNotReclaimable represents a SessionNotReclaimable error raised by the INFTAgents contract.
type INFTAgentsSessionNotReclaimable struct {
	SessionId     *big.Int
	ReclaimableAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SessionNotReclaimable(uint256 sessionId, uint64 reclaimableAt)
func INFTAgentsSessionNotReclaimableErrorID() common.Hash {
	return common.HexToHash("0x8fd367cdd710872ce215816d7124591d58496822aa4b2aa3a03742ae5cc9c961")
}

// UnpackSessionNotReclaimableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SessionNotReclaimable(uint256 sessionId, uint64 reclaimableAt)
func (iNFTAgents *INFTAgents) UnpackSessionNotReclaimableError(raw []byte) (*INFTAgentsSessionNotReclaimable, error) {
	out := new(INFTAgentsSessionNotReclaimable)
	if err := iNFTAgents.abi.UnpackIntoInterface(out, "SessionNotReclaimable", raw); err != nil {
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

// INFTAgentsUnknownSession represents a UnknownSession error raised by the INFTAgents contract.
type INFTAgentsUnknownSession struct {
	SessionId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownSession(uint256 sessionId)
func INFTAgentsUnknownSessionErrorID() common.Hash {
	return common.HexToHash("0xd35a5e37cdf3dce2d1292f07bbd36df16ed492f646c33d108db0341da19e619e")
}

// UnpackUnknownSessionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownSession(uint256 sessionId)
func (iNFTAgents *INFTAgents) UnpackUnknownSessionError(raw []byte) (*INFTAgentsUnknownSession, error) {
	out := new(INFTAgentsUnknownSession)
	if err := iNFTAgents.abi.UnpackIntoInterface(out, "UnknownSession", raw); err != nil {
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

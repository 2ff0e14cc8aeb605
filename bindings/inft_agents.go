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
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"relayer\",\"type\":\"address\"},{\"internalType\":\"contractINFTGenerated\",\"name\":\"generated_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"stakingWallet_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"devWallet_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"}],\"name\":\"AddressEmptyCode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"max\",\"type\":\"uint8\"}],\"name\":\"CollaboratorCount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"sessionId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"creditsUsed\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"creditCap\",\"type\":\"uint64\"}],\"name\":\"CreditsOverCap\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"}],\"name\":\"DuplicateAgent\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC721IncorrectOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC721InsufficientApproval\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC721InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"ERC721InvalidOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC721InvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC721InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC721InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC721NonexistentToken\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyPrompt\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyURI\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EnforcedPause\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ExpectedPause\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FailedCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"available\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"required\",\"type\":\"uint64\"}],\"name\":\"InsufficientCredits\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidLimits\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"creditCap\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"duration\",\"type\":\"uint64\"}],\"name\":\"InvalidSession\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"bps\",\"type\":\"uint16\"}],\"name\":\"InvalidShare\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidTerms\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"current\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"level\",\"type\":\"uint32\"}],\"name\":\"LevelNotIncreasing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotAgentOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotOwnerOrSubscriber\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotRequester\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"sessionId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotSessionUserOrOwner\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"tier\",\"type\":\"uint8\"}],\"name\":\"PackageUnavailable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"PromptTooLong\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"expiresAt\",\"type\":\"uint64\"}],\"name\":\"RequestNotExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"RequestNotPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"sessionId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"SessionNotOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"sessionId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"reclaimableAt\",\"type\":\"uint64\"}],\"name\":\"SessionNotReclaimable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"subscriber\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"expiredAt\",\"type\":\"uint64\"}],\"name\":\"SubscriptionExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"subscriber\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"creditsLeft\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"cost\",\"type\":\"uint64\"}],\"name\":\"SubscriptionQuotaExceeded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"}],\"name\":\"SubscriptionsDisabled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"}],\"name\":\"UnknownAgent\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"}],\"name\":\"UnknownKind\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"mode\",\"type\":\"uint8\"}],\"name\":\"UnknownMode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"UnknownRequest\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"sessionId\",\"type\":\"uint256\"}],\"name\":\"UnknownSession\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"tier\",\"type\":\"uint8\"}],\"name\":\"UnknownTier\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"WithdrawalFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"sent\",\"type\":\"uint256\"}],\"name\":\"WrongPayment\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"level\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"stateURI\",\"type\":\"string\"}],\"name\":\"AgentEvolved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"approved\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"ApprovalForAll\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"_fromTokenId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"_toTokenId\",\"type\":\"uint256\"}],\"name\":\"BatchMetadataUpdate\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"tokensPerCredit\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"maxSessionDuration\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"sessionGracePeriod\",\"type\":\"uint64\"}],\"name\":\"ChatTermsSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256[]\",\"name\":\"agentIds\",\"type\":\"uint256[]\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"mode\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"prompt\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"creditsSpent\",\"type\":\"uint64\"}],\"name\":\"CollaborationRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"payer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"credits\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"}],\"name\":\"CreditsAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Deposited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"credits\",\"type\":\"uint64\"}],\"name\":\"GenerationCostSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"creditsRefunded\",\"type\":\"uint64\"}],\"name\":\"GenerationFailed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"tokenURI\",\"type\":\"string\"}],\"name\":\"GenerationFulfilled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"prompt\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"creditsSpent\",\"type\":\"uint64\"}],\"name\":\"GenerationRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"maxCollaborators\",\"type\":\"uint8\"}],\"name\":\"MaxCollaboratorsSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"_tokenId\",\"type\":\"uint256\"}],\"name\":\"MetadataUpdate\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"buyer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"tier\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"credits\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"}],\"name\":\"PackagePurchased\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint8\",\"name\":\"tier\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"credits\",\"type\":\"uint64\"}],\"name\":\"PackageSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Paused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"renderer\",\"type\":\"address\"}],\"name\":\"RendererSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"maxPromptBytes\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"requestTimeout\",\"type\":\"uint64\"}],\"name\":\"RequestLimitsSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"stakingWallet\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"devWallet\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"stakingShareBps\",\"type\":\"uint16\"}],\"name\":\"RevenueSplitSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"sessionId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"creditCap\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"expiresAt\",\"type\":\"uint64\"}],\"name\":\"SessionOpened\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"sessionId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"creditsRefunded\",\"type\":\"uint64\"}],\"name\":\"SessionReclaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"sessionId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"creditsUsed\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"creditsRefunded\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"transcriptHash\",\"type\":\"bytes32\"}],\"name\":\"SessionSettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"subscriber\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"expiresAt\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"paid\",\"type\":\"uint256\"}],\"name\":\"Subscribed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"pricePerPeriod\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"period\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"creditsPerPeriod\",\"type\":\"uint64\"}],\"name\":\"SubscriptionTermsSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Unpaused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"BPS\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"COLLABORATORS_LIMIT\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KIND_COUNT\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MODE_COUNT\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MODE_SKILL_TRANSFER\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"RELAYER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SESSION_OPEN\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SESSION_RECLAIMED\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SESSION_SETTLED\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"STATUS_FAILED\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"STATUS_FULFILLED\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"STATUS_NONE\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"STATUS_PENDING\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"TIER_COUNT\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"agentCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"cancelExpired\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"chatTokensPerCredit\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"collaborationOf\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"mode\",\"type\":\"uint8\"},{\"internalType\":\"uint256[]\",\"name\":\"agentIds\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"}],\"name\":\"credits\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"devWallet\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"level\",\"type\":\"uint32\"},{\"internalType\":\"string\",\"name\":\"stateURI\",\"type\":\"string\"}],\"name\":\"evolveAgent\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"failGeneration\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"}],\"name\":\"fulfillGeneration\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"generated\",\"outputs\":[{\"internalType\":\"contractINFTGenerated\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"}],\"name\":\"generationCost\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"}],\"name\":\"generationsOf\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"getApproved\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"isApprovedForAll\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"}],\"name\":\"levelOf\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxCollaborators\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxPromptBytes\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxSessionDuration\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes[]\",\"name\":\"data\",\"type\":\"bytes[]\"}],\"name\":\"multicall\",\"outputs\":[{\"internalType\":\"bytes[]\",\"name\":\"results\",\"type\":\"bytes[]\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"creditCap\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"duration\",\"type\":\"uint64\"}],\"name\":\"openSession\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"sessionId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ownerOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"tier\",\"type\":\"uint8\"}],\"name\":\"packageCredits\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"tier\",\"type\":\"uint8\"}],\"name\":\"packagePrice\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"}],\"name\":\"pendingWithdrawals\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"tier\",\"type\":\"uint8\"}],\"name\":\"purchasePackage\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"sessionId\",\"type\":\"uint256\"}],\"name\":\"reclaimSession\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renderer\",\"outputs\":[{\"internalType\":\"contractINFTAgentRenderer\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[]\",\"name\":\"agentIds\",\"type\":\"uint256[]\"},{\"internalType\":\"uint8\",\"name\":\"mode\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"string\",\"name\":\"prompt\",\"type\":\"string\"}],\"name\":\"requestCollaboration\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"requestCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"string\",\"name\":\"prompt\",\"type\":\"string\"}],\"name\":\"requestGeneration\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"requestTimeout\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requestId\",\"type\":\"uint256\"}],\"name\":\"requests\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"creditsSpent\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"createdAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"expiresAt\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"sessionCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"sessionGracePeriod\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"sessionId\",\"type\":\"uint256\"}],\"name\":\"sessions\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"creditCap\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"fromSubscription\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"creditsUsed\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"expiresAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"reclaimableAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"tokensPerCredit\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"setApprovalForAll\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"tokensPerCredit\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxSessionDuration_\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"sessionGracePeriod_\",\"type\":\"uint64\"}],\"name\":\"setChatTerms\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"cost\",\"type\":\"uint64\"}],\"name\":\"setGenerationCost\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"max\",\"type\":\"uint8\"}],\"name\":\"setMaxCollaborators\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"tier\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"credits_\",\"type\":\"uint64\"}],\"name\":\"setPackage\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"contractINFTAgentRenderer\",\"name\":\"renderer_\",\"type\":\"address\"}],\"name\":\"setRenderer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"maxPromptBytes_\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"requestTimeout_\",\"type\":\"uint64\"}],\"name\":\"setRequestLimits\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"stakingWallet_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"devWallet_\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"stakingShareBps_\",\"type\":\"uint16\"}],\"name\":\"setRevenueSplit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pricePerPeriod\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"period\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"creditsPerPeriod\",\"type\":\"uint64\"}],\"name\":\"setSubscriptionTerms\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"sessionId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"creditsUsed\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"transcriptHash\",\"type\":\"bytes32\"}],\"name\":\"settleSession\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"stakingShareBps\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"stakingWallet\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"}],\"name\":\"stateURIOf\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"}],\"name\":\"subscribe\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"subscriber\",\"type\":\"address\"}],\"name\":\"subscriptionOf\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"expiresAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"creditsLeft\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"}],\"name\":\"subscriptionTerms\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"pricePerPeriod\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"period\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"creditsPerPeriod\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"}],\"name\":\"tierOf\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"}],\"name\":\"tokenURI\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"tier\",\"type\":\"uint8\"}],\"name\":\"topUp\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"transferNonce\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unpause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "INFTAgents",
	Bin: "0x60a0604052600b80546001600160a01b031664e10000007d60a41b179055600d805461ffff60a01b191661027160a31b179055601880546001600160c81b03191678080000000000000e10000000000001518000000000000003e8179055348015610068575f5ffd5b50604051617543380380617543833981016040819052610087916104f6565b6040518060400160405280600b81526020016a494e4654204167656e747360a81b815250604051806040016040528060048152602001631253919560e21b815250815f90816100d6919061060a565b5060016100e3828261060a565b50506001600955506001600160a01b038516158061010857506001600160a01b038416155b8061011a57506001600160a01b038316155b8061012c57506001600160a01b038216155b8061013e57506001600160a01b038116155b1561015c5760405163d92e233d60e01b815260040160405180910390fd5b6101665f86610335565b506101917fe2b7fb3b832174769106daebcfd6d1970523240dda11281102db9363b83b0dc485610335565b506001600160a01b03838116608052600c80548483166001600160a01b03199182168117909255600d80549385169390911683179081905560408051928352602083019390935261ffff600160a01b909104168183015290517f61f9d54ab91d0445e9c0c3aaf8245af0719cec538bd5fc25fa46caec955820cf9181900360600190a1604051610220906104d2565b604051809103905ff080158015610239573d5f5f3e3d5ffd5b50600b80546001600160a01b0319166001600160a01b039290921691909117905561026e5f678ac7230489e8000060646103e2565b6102856001680270801d946c9400006101f46103e2565b61029c60026808ac7230489e8000006107d06103e2565b6102b360036825f273933db57000006127106103e2565b6102be5f600161046d565b6102ca6001600561046d565b601854604080516001600160401b03808416825268010000000000000000840481166020830152600160801b90930490921682820152517f4a216e2d79f88942562c70139e03b91ce577fbfaa0ff0665ed44c748704919bd9181900360600190a150505050506106c8565b5f8281526007602090815260408083206001600160a01b038516845290915281205460ff166103d9575f8381526007602090815260408083206001600160a01b03861684529091529020805460ff191660011790556103913390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016103dc565b505f5b92915050565b6040805180820182528381526001600160401b03838116602080840182815260ff89165f818152600e8452879020955186559051600190950180546001600160401b031916959094169490941790925583518681529182015290917f92fdb1e50d72ae7763a598377a67bb9527bb4386922cce9818d27bc4d8c18d0a910160405180910390a2505050565b60ff82165f818152600f602090815260409182902080546001600160401b0319166001600160401b03861690811790915591519182527fb1f89922f5395e714e88526afcc547bc65a49a2144b583cc9e76b8ce3ebcfd19910160405180910390a25050565b61197480615bcf83390190565b6001600160a01b03811681146104f3575f5ffd5b50565b5f5f5f5f5f60a0868803121561050a575f5ffd5b8551610515816104df565b6020870151909550610526816104df565b6040870151909450610537816104df565b6060870151909350610548816104df565b6080870151909250610559816104df565b809150509295509295909350565b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061058f57607f821691505b6020821081036105ad57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f821115610605578282111561060557805f5260205f20601f840160051c60208510156105de57505f5b90810190601f840160051c035f5b81811015610601575f838201556001016105ec565b5050505b505050565b81516001600160401b0381111561062357610623610567565b61063781610631845461057b565b846105b3565b6020601f821160018114610669575f83156106525750848201515b5f19600385901b1c1916600184901b1784556106c1565b5f84815260208120601f198516915b828110156106985787850151825560209485019460019092019101610678565b50848210156106b557868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b6080516154e86106e75f395f81816109f40152611df401526154e85ff3fe6080604052600436106104ae575f3560e01c80635f655d171161026d578063a217fddf1161014a578063cb62d311116100be578063d8727ea911610083578063d8727ea9146104b2578063d90f64cc14610fe8578063db1285f914611007578063e985e9c514611026578063f3f4370314611045578063f97c7dd614611079575f5ffd5b8063cb62d3111461086b578063d043df7d14610f45578063d3aabdd214610f89578063d547741f14610faa578063d56bb73e14610fc9575f5ffd5b8063b7dc12841161010f578063b7dc128414610eb5578063b88d4fde14610ec9578063bd4dc47414610ee8578063c87b56dd14610f07578063c8b01e6f146106fc578063caa5261314610f26575f5ffd5b8063a217fddf14610e1d578063a22cb46514610e30578063a42a462414610e4f578063a554459114610e63578063ac9650d814610e89575f5ffd5b80638ada6b0f116101e1578063926d7d7f116101a6578063926d7d7f14610d6d57806395d89b4114610d8d5780639607601514610da157806398463a0714610dc05780639c91227914610ddf5780639ed40e3614610dfe575f5ffd5b80638ada6b0f14610cce5780638b1896d714610ced5780638d06fcd214610d0c5780638ea5220f14610d2f57806391d1485414610d4e575f5ffd5b806373cd83361161023257806373cd833614610adb5780637f46ee4c146107cb57806381d12c5814610aef57806383c4b7a314610bbb5780638456cb5914610ca757806384e1433b14610cbb575f5ffd5b80635f655d1714610a165780636352211e14610a355780636d5e303214610a545780636e303cad14610a8857806370a0823114610abc575f5ffd5b80632f2ff15d1161039b5780634dfc1f481161030f57806356d3163d116102d457806356d3163d146109665780635a5aae1e146109855780635badbe4c146109a45780635c975abb146109b85780635ca307f5146109cf5780635cd8ef6a146109e3575f5ffd5b80634dfc1f48146108bd578063506dc09c146108dc5780635134c7461461090957806351b18c201461092857806353f96df214610947575f5ffd5b80633f4ba83a116103605780633f4ba83a1461083857806341a7fd9d146104b2578063423353491461084c578063423d487c1461086b57806342842e0e1461087f578063428d60831461089e575f5ffd5b80632f2ff15d146107ac57806336331c8f146107cb57806336568abe146107df5780633ccfd60b146107fe5780633f20b4c914610812575f5ffd5b80630daaf2401161043257806323b872dd116103f757806323b872dd146106dd57806323e5089c146106fc578063244b160114610710578063248a9ca314610736578063249d39e9146107645780632c5572581461078c575f5ffd5b80630daaf240146106585780630f574ba71461068557806313d9fe9e146106985780631e59e7d4146106ab578063237a5a75146106ca575f5ffd5b806306fdde031161047857806306fdde03146105b9578063081812fc146105da578063095ea7b3146105f95780630ac162931461061a5780630cc6081814610639575f5ffd5b806206852f146104b25780625b6da3146104dd57806301ffc9a71461051c578063036a1c221461054b57806306ee6ad814610582575b5f5ffd5b3480156104bd575f5ffd5b506104c6600281565b60405160ff90911681526020015b60405180910390f35b3480156104e8575f5ffd5b506104fc6104f73660046146f9565b611098565b604080516001600160401b039384168152929091166020830152016104d4565b348015610527575f5ffd5b5061053b61053636600461473c565b611137565b60405190151581526020016104d4565b348015610556575f5ffd5b5061056a610565366004614757565b611161565b6040516001600160401b0390911681526020016104d4565b34801561058d575f5ffd5b50600c546105a1906001600160a01b031681565b6040516001600160a01b0390911681526020016104d4565b3480156105c4575f5ffd5b506105cd611187565b6040516104d4919061479c565b3480156105e5575f5ffd5b506105a16105f4366004614757565b611216565b348015610604575f5ffd5b506106186106133660046147ae565b61123d565b005b348015610625575f5ffd5b5061056a610634366004614757565b61124c565b348015610644575f5ffd5b5060185461056a906001600160401b031681565b348015610663575f5ffd5b50610677610672366004614865565b611279565b6040519081526020016104d4565b610618610693366004614757565b611532565b6106186106a63660046148f4565b6117bb565b3480156106b6575f5ffd5b506106186106c5366004614934565b6118c7565b6106776106d836600461495c565b611909565b3480156106e8575f5ffd5b506106186106f7366004614975565b611a70565b348015610707575f5ffd5b506104c6600381565b34801561071b575f5ffd5b5060185461056a90600160401b90046001600160401b031681565b348015610741575f5ffd5b50610677610750366004614757565b5f9081526007602052604090206001015490565b34801561076f575f5ffd5b5061077961271081565b60405161ffff90911681526020016104d4565b348015610797575f5ffd5b506018546104c690600160c01b900460ff1681565b3480156107b7575f5ffd5b506106186107c63660046146f9565b611af9565b3480156107d6575f5ffd5b506104c6600481565b3480156107ea575f5ffd5b506106186107f93660046146f9565b611b1d565b348015610809575f5ffd5b50610618611b50565b34801561081d575f5ffd5b50600b5461056a90600160c01b90046001600160401b031681565b348015610843575f5ffd5b50610618611c49565b348015610857575f5ffd5b506106776108663660046149b3565b611c5b565b348015610876575f5ffd5b506104c6600181565b34801561088a575f5ffd5b50610618610899366004614975565b611ef4565b3480156108a9575f5ffd5b506106186108b83660046149fa565b611f0e565b3480156108c8575f5ffd5b506106186108d7366004614a4d565b612013565b3480156108e7575f5ffd5b506108fb6108f6366004614757565b61216f565b6040516104d4929190614aa2565b348015610914575f5ffd5b5061056a61092336600461495c565b61224b565b348015610933575f5ffd5b50610618610942366004614af2565b612296565b348015610952575f5ffd5b506104c6610961366004614757565b6122d4565b348015610971575f5ffd5b50610618610980366004614b22565b6122fb565b348015610990575f5ffd5b5061061861099f366004614757565b6123c8565b3480156109af575f5ffd5b50601a54610677565b3480156109c3575f5ffd5b5060085460ff1661053b565b3480156109da575f5ffd5b506104c6602081565b3480156109ee575f5ffd5b506105a17f000000000000000000000000000000000000000000000000000000000000000081565b348015610a21575f5ffd5b50610618610a30366004614757565b612493565b348015610a40575f5ffd5b506105a1610a4f366004614757565b6125d9565b348015610a5f575f5ffd5b50610a73610a6e366004614757565b6125e3565b60405163ffffffff90911681526020016104d4565b348015610a93575f5ffd5b5061056a610aa2366004614757565b5f908152600660205260409020546001600160401b031690565b348015610ac7575f5ffd5b50610677610ad6366004614b22565b61260d565b348015610ae6575f5ffd5b50601b54610677565b348015610afa575f5ffd5b50610b69610b09366004614757565b60166020525f908152604090208054600182015460029092015490916001600160a01b0381169160ff600160a01b8304811692600160a81b8104909116916001600160401b03600160b01b90920482169181811691600160401b90041687565b604080519788526001600160a01b03909616602088015260ff948516958701959095529290911660608501526001600160401b03908116608085015290811660a08401521660c082015260e0016104d4565b348015610bc6575f5ffd5b50610c47610bd5366004614757565b60176020525f908152604090208054600182015460029092015490916001600160a01b038116916001600160401b03600160a01b830481169260ff600160e01b8204811693600160e81b909204169181811691600160401b8104821691600160801b8204811691600160c01b90041689565b60408051998a526001600160a01b0390981660208a01526001600160401b039687169789019790975260ff90941660608801529115156080870152831660a0860152821660c0850152811660e084015216610100820152610120016104d4565b348015610cb2575f5ffd5b50610618612652565b348015610cc6575f5ffd5b506104c65f81565b348015610cd9575f5ffd5b50600b546105a1906001600160a01b031681565b348015610cf8575f5ffd5b50610618610d07366004614b3d565b612664565b348015610d17575f5ffd5b50600b54610a7390600160a01b900463ffffffff1681565b348015610d3a575f5ffd5b50600d546105a1906001600160a01b031681565b348015610d59575f5ffd5b5061053b610d683660046146f9565b61275e565b348015610d78575f5ffd5b506106775f5160206154935f395f51905f5281565b348015610d98575f5ffd5b506105cd612788565b348015610dac575f5ffd5b506105cd610dbb366004614757565b612797565b348015610dcb575f5ffd5b50610618610dda366004614b8b565b61283e565b348015610dea575f5ffd5b50610618610df9366004614bad565b612973565b348015610e09575f5ffd5b50610677610e18366004614bc7565b612a36565b348015610e28575f5ffd5b506106775f81565b348015610e3b575f5ffd5b50610618610e4a366004614bea565b612ae8565b348015610e5a575f5ffd5b506104c6600681565b348015610e6e575f5ffd5b5060185461056a90600160801b90046001600160401b031681565b348015610e94575f5ffd5b50610ea8610ea3366004614c1a565b612af3565b6040516104d49190614c58565b348015610ec0575f5ffd5b50601954610677565b348015610ed4575f5ffd5b50610618610ee3366004614d25565b612bd8565b348015610ef3575f5ffd5b50610618610f02366004614dcc565b612bf0565b348015610f12575f5ffd5b506105cd610f21366004614757565b612d76565b348015610f31575f5ffd5b50610618610f4036600461495c565b612e68565b348015610f50575f5ffd5b50610f64610f5f366004614757565b612ef3565b604080519384526001600160401b0392831660208501529116908201526060016104d4565b348015610f94575f5ffd5b50600d5461077990600160a01b900461ffff1681565b348015610fb5575f5ffd5b50610618610fc43660046146f9565b612f8a565b348015610fd4575f5ffd5b50610618610fe33660046149b3565b612fae565b348015610ff3575f5ffd5b5061067761100236600461495c565b61300d565b348015611012575f5ffd5b50610677611021366004614e0f565b61304c565b348015611031575f5ffd5b5061053b611040366004614e31565b6132e5565b348015611050575f5ffd5b5061067761105f366004614b22565b6001600160a01b03165f908152600a602052604090205490565b348015611084575f5ffd5b5061056a61109336600461495c565b613312565b5f8281526013602090815260408083206001600160a01b03851684528252808320815160608101835290546001600160401b038082168352600160401b8204811683860152600160801b9091048116828401528685526006909352908320548392166001600160401b031681604001516001600160401b031614611122575f5f9250925050611130565b805160209091015190925090505b9250929050565b5f6001600160e01b03198216632483248360e11b148061115b575061115b8261335a565b92915050565b5f61116b8261337e565b50505f908152601060205260409020546001600160401b031690565b60605f805461119590614e5d565b80601f01602080910402602001604051908101604052809291908181526020018280546111c190614e5d565b801561120c5780601f106111e35761010080835404028352916020019161120c565b820191905f5260205f20905b8154815290600101906020018083116111ef57829003601f168201915b5050505050905090565b5f611220826133b6565b505f828152600460205260409020546001600160a01b031661115b565b6112488282336133ee565b5050565b5f6112568261337e565b50505f90815260106020526040902054600160681b90046001600160401b031690565b5f6112826133fb565b85600281108061129d5750601854600160c01b900460ff1681115b156112d6576018546040516333e6cd6160e21b815260048101839052600160c01b90910460ff1660248201526044015b60405180910390fd5b600660ff8716106112ff57604051632a1a348760e11b815260ff871660048201526024016112cd565b5f61130b86868661341f565b9050600460ff88161080159061134857503361133c8a8a5f8161133057611330614e95565b9050602002013561337e565b6001600160a01b031614155b1561138a5788885f81811061135f5761135f614e95565b6040516304ffad3160e21b8152602090910292909201356004830152503360248201526044016112cd565b6113b889895f81811061139f5761139f614e95565b905060200201358784846113b39190614ebd565b6134d5565b5f818152601560205260408120805460ff191660ff8b16178155919450805b848110156114bd575f8c8c838181106113f2576113f2614e95565b9050602002013590505f5b8281101561144857818e8e8381811061141857611418614e95565b9050602002013503611440576040516318d4bce560e11b8152600481018390526024016112cd565b6001016113fd565b505f61145d826114578461337e565b8861362c565b509050801561147057826001901b841793505b506001848101805480830182555f91825260209091206004820401805460039092166008026101000a6001600160401b0381810219909316949092169190910292909217909155016113d7565b50815464ffffffff00191661010063ffffffff83160217825533857f5fc56e044366d0d81681f27bf62bcf7a3684dbcf2f0d53d1915241b1b52462e38d8d8d8d8d8d6115098d8d614ebd565b60405161151c9796959493929190614f0e565b60405180910390a3505050509695505050505050565b61153a6133fb565b61154261382f565b5f61154c8261337e565b5f8381526006602090815260408083205460128352928190208151608081018352815481526001909101546001600160401b03818116948301859052600160401b8204811693830193909352600160801b900482166060820152939450909116919015806115d05750816001600160401b031681606001516001600160401b031614155b156115f15760405163cd5ba8dd60e01b8152600481018590526024016112cd565b8051341461161e578051604051630374cb4760e21b815260048101919091523460248201526044016112cd565b5f84815260136020908152604080832033845290915290208054426001600160401b03909116118015611664575080546001600160401b03848116600160801b90920416145b156116fe576020820151815482905f906116889084906001600160401b0316614f82565b92506101000a8154816001600160401b0302191690836001600160401b031602179055508160400151815f0160088282829054906101000a90046001600160401b03166116d59190614f82565b92506101000a8154816001600160401b0302191690836001600160401b03160217905550611758565b602082015161170d9042614f82565b815460408401516001600160401b03868116600160801b0267ffffffffffffffff60801b19928216600160401b026001600160801b0319909416949091169390931791909117161781555b6117628434613859565b8054604080516001600160401b039092168252346020830152339187917f8ddf9f6627890f63133c0c01ed28810c523a7f7adb2ca405a6e84da0f62aa541910160405180910390a3505050506117b86001600955565b50565b6117c36133fb565b6117cb61382f565b6117d48261337e565b505f6117df826138d3565b6020808201515f868152601090925260408220805493945090929091906118109084906001600160401b0316614f82565b92506101000a8154816001600160401b0302191690836001600160401b0316021790555061183d34613994565b6020818101518251604080516001600160401b03909316835292820152339185917fbbf0749671aa2644818c0bb3bf90c73c66a797d65052f3c4cabe66f703555328910160405180910390a36040518381527ff8e1a15aba9398e019f0b49df1a4fde98ee17ae345cb5f6b5e2c27f5033e8ce79060200160405180910390a1506112486001600955565b5f6118d1816139f4565b600260ff8416106118fa5760405163bd3c908960e01b815260ff841660048201526024016112cd565b61190483836139fe565b505050565b5f6119126133fb565b61191a61382f565b5f611924836138d3565b905060195f815461193490614fa1565b9182905550604080516080810182526020808501516001600160401b03908116835260ff8089168385019081525f858701818152606087018281528983526010909652969020945185549151965194518416600160681b0267ffffffffffffffff60681b1963ffffffff96909616600160481b029590951674ffffffffffffffffffffffff0000000000000000001997909316600160401b0268ffffffffffffffffff1990921693169290921791909117939093169290921791909117905591506119fe34613994565b60208181015182516040805160ff881681526001600160401b0390931693830193909352818301529051339184917f473967c83933d73c3f42a5a533af782b4d65e0f75eddb9f8f9e9f02996aac2f39181900360600190a3611a603383613a5d565b50611a6b6001600955565b919050565b6001600160a01b038216611a9957604051633250574960e11b81525f60048201526024016112cd565b5f611aa5838333613a76565b9050836001600160a01b0316816001600160a01b031614611af3576040516364283d7b60e01b81526001600160a01b03808616600483015260248201849052821660448201526064016112cd565b50505050565b5f82815260076020526040902060010154611b13816139f4565b611af38383613ae1565b6001600160a01b0381163314611b465760405163334bd91960e11b815260040160405180910390fd5b6119048282613b72565b611b5861382f565b335f908152600a602052604081205490819003611b8857604051630686827b60e51b815260040160405180910390fd5b335f818152600a60205260408082208290555190919083908381818185875af1925050503d805f8114611bd6576040519150601f19603f3d011682016040523d82523d5f602084013e611bdb565b606091505b5050905080611c06576040516392873d1360e01b8152336004820152602481018390526044016112cd565b60405182815233907f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d59060200160405180910390a25050611c476001600955565b565b5f611c53816139f4565b6117b8613bdd565b5f5f5160206154935f395f51905f52611c73816139f4565b611c7b61382f565b5f839003611c9c5760405163683d806b60e11b815260040160405180910390fd5b5f611ca686613c2f565b6001818101805460ff60a81b1916600160a91b1790555f8881526015602052604090209081015491925090801580611ce457508154600460ff909116105b15611ea45782545f9081526010602052604090208054600160681b90046001600160401b031690600d611d1683614fb9565b91906101000a8154816001600160401b0302191690836001600160401b03160217905550505f600190505b81811015611de25760105f846001018381548110611d6157611d61614e95565b5f91825260208083206004830401546001600160401b0360086003909416939093026101000a900482168452830193909352604090910190208054600160681b900490911690600d611db283614fb9565b91906101000a8154816001600160401b0302191690836001600160401b0316021790555050806001019050611d41565b50600183015483546001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000811692634bd297fd929116908b611e3e825f908152600260205260409020546001600160a01b031690565b8c8c6040518763ffffffff1660e01b8152600401611e6196959493929190614fe3565b6020604051808303815f875af1158015611e7d573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611ea19190615029565b94505b84887f2ff3beb5d7b5f8748412f9c90fa307a6b515643eeaf14630c68b132a574a36158989604051611ed7929190615040565b60405180910390a3505050611eec6001600955565b509392505050565b61190483838360405180602001604052805f815250612bd8565b5f611f18816139f4565b6001600160401b0384161580611f3557506001600160401b038316155b80611f4c57506301e13380836001600160401b0316115b80611f6357506301e13380826001600160401b0316115b15611f815760405163e773e0a960e01b815260040160405180910390fd5b601880546001600160401b03848116600160801b810267ffffffffffffffff60801b19888416600160401b81026001600160801b0319909616948b16948517959095171617909355604080519182526020820192909252908101919091527f4a216e2d79f88942562c70139e03b91ce577fbfaa0ff0665ed44c748704919bd906060015b60405180910390a150505050565b5f5160206154935f395f51905f5261202a816139f4565b6120338561337e565b505f8290036120555760405163683d806b60e11b815260040160405180910390fd5b5f858152601060205260409020805463ffffffff600160481b9091048116908616811180612087575063ffffffff8616155b156120bc57604051637c72b79b60e11b81526004810188905263ffffffff8083166024830152871660448201526064016112cd565b81546cffffffff0000000000000000001916600160481b63ffffffff8816021782555f8781526011602052604090206120f68587836150a1565b50867fdba1fcc5c8ff190855a7183e11784c10bb0fbea8c906566e0bd05bb57491dbee87878760405161212b9392919061515a565b60405180910390a26040518781527ff8e1a15aba9398e019f0b49df1a4fde98ee17ae345cb5f6b5e2c27f5033e8ce79060200160405180910390a150505050505050565b5f818152601560205260408120600181015460609190806001600160401b0381111561219d5761219d614cbb565b6040519080825280602002602001820160405280156121c6578160200160208202803683370190505b5092505f5b8181101561223d578260010181815481106121e8576121e8614e95565b905f5260205f2090600491828204019190066008029054906101000a90046001600160401b03166001600160401b031684828151811061222a5761222a614e95565b60209081029190910101526001016121cb565b50505460ff16939092509050565b5f600460ff83161061227557604051637ea2d1d160e11b815260ff831660048201526024016112cd565b5060ff165f908152600e60205260409020600101546001600160401b031690565b5f6122a0816139f4565b600460ff8516106122c957604051637ea2d1d160e11b815260ff851660048201526024016112cd565b611af3848484613cb1565b5f6122de8261337e565b50505f90815260106020526040902054600160401b900460ff1690565b5f612305816139f4565b6001600160a01b03821661232c5760405163d92e233d60e01b815260040160405180910390fd5b600b80546001600160a01b0319166001600160a01b0384169081179091556040519081527f869c6ebc45b752b03abf2550b2114eed8d11ba3a40ea9da00d3ef99fd004af729060200160405180910390a16019541561124857601954604080516001815260208101929092527f6bd5c950a8d8df17f772f5af37cb3655737899cbf903264b9795592da439661c91015b60405180910390a15050565b5f6123d282613c2f565b60018101549091506001600160a01b0316331461240b576040516358ea1a2760e01b8152600481018390523360248201526044016112cd565b6002810154600160401b90046001600160401b03164281111561245357604051631fad323360e21b8152600481018490526001600160401b03821660248201526044016112cd565b61190483836040518060400160405280601f81526020017f657870697265643a2063616e63656c6c65642062792072657175657374657200815250613d3d565b5f61249d82613e83565b80546001820154919250906001600160a01b03163381148015906124d757505f828152600260205260409020546001600160a01b03163314155b156124fe57604051634fb792f160e11b8152600481018590523360248201526044016112cd565b6002830154600160801b90046001600160401b0316421015612551576002830154604051638fd367cd60e01b815260048101869052600160801b9091046001600160401b031660248201526044016112cd565b60018301805460ff60e01b1916600360e01b1790819055600160a01b81046001600160401b031690612592908490849060ff600160e81b9091041684613f0a565b6040516001600160401b0382168152339086907f81011c71c4bddf377e74c6fba5ab105cb239fd9118b483e3e7172a02d63831419060200160405180910390a35050505050565b5f61115b826133b6565b5f6125ed8261337e565b50505f90815260106020526040902054600160481b900463ffffffff1690565b5f6001600160a01b038216612637576040516322718ad960e21b81525f60048201526024016112cd565b506001600160a01b03165f9081526003602052604090205490565b5f61265c816139f4565b6117b861400c565b5f61266e816139f4565b6001600160a01b038416158061268b57506001600160a01b038316155b156126a95760405163d92e233d60e01b815260040160405180910390fd5b61271061ffff831611156126d6576040516313573bbd60e31b815261ffff831660048201526024016112cd565b600c80546001600160a01b0319166001600160a01b03868116918217909255600d80549286166001600160b01b03199093168317600160a01b61ffff871690810291909117909155604080519283526020830193909352918101919091527f61f9d54ab91d0445e9c0c3aaf8245af0719cec538bd5fc25fa46caec955820cf90606001612005565b5f9182526007602090815260408084206001600160a01b0393909316845291905290205460ff1690565b60606001805461119590614e5d565b60606127a28261337e565b505f82815260116020526040902080546127bb90614e5d565b80601f01602080910402602001604051908101604052809291908181526020018280546127e790614e5d565b80156128325780601f1061280957610100808354040283529160200191612832565b820191905f5260205f20905b81548152906001019060200180831161281557829003601f168201915b50505050509050919050565b5f5160206154935f395f51905f52612855816139f4565b5f61285f85613e83565b60018101549091506001600160401b03600160a01b90910481169085168110156128b6576040516346cc88a960e01b8152600481018790526001600160401b038087166024830152821660448201526064016112cd565b60018201805460ff60e01b1916600160e11b17905560028201805467ffffffffffffffff19166001600160401b0387161790555f6128f48683615179565b8354600185015491925061291d916001600160a01b03811690600160e81b900460ff1684613f0a565b604080516001600160401b0380891682528316602082015290810186905287907fea8a2044e20df5b90f012a6232ea48003b6f0dc1d3553af50524ee47b18b0c8b9060600160405180910390a250505050505050565b5f61297d816139f4565b63ffffffff8316158061299757506001600160401b038216155b156129b55760405163e773e0a960e01b815260040160405180910390fd5b600b80546001600160a01b0316600160a01b63ffffffff86169081026001600160c01b031691909117600160c01b6001600160401b038616908102919091179092556040805191825260208201929092527f5d0e6a55e4b38ab303619d84ffc6f099adc9b802dd76ad06c6b948d237cd0230910160405180910390a1505050565b5f612a3f6133fb565b5f612a498661337e565b90505f612a5786868661341f565b90505f612a6588848461362c565b509050612a738888846134d5565b93508015612a94575f848152601460205260409020805460ff191660011790555b336001600160a01b031688857f439775d66d7d20f5534cbf776e3714c38849fd370fc66c864ba057c8466cba6c8a8a8a88604051612ad59493929190615198565b60405180910390a4505050949350505050565b611248338383614049565b604080515f815260208101909152606090826001600160401b03811115612b1c57612b1c614cbb565b604051908082528060200260200182016040528015612b4f57816020015b6060815260200190600190039081612b3a5790505b5091505f5b83811015612bd057612bab30868684818110612b7257612b72614e95565b9050602002810190612b8491906151e1565b85604051602001612b979392919061523a565b6040516020818303038152906040526140e7565b838281518110612bbd57612bbd614e95565b6020908102919091010152600101612b54565b505092915050565b612be3848484611a70565b611af33385858585614159565b5f612bfa8561337e565b9050336001600160a01b03821614612c2e576040516304ffad3160e21b8152600481018690523360248201526044016112cd565b6001600160401b03831615801590612c4d57506001600160401b038216155b15612c6b57604051630256965f60e01b815260040160405180910390fd5b6040518060800160405280858152602001846001600160401b03168152602001836001600160401b03168152602001612cb8875f908152600660205260409020546001600160401b031690565b6001600160401b039081169091525f87815260126020908152604091829020845181558482015160019091018054868501516060978801518716600160801b0267ffffffffffffffff60801b19918816600160401b026001600160801b03199093169488169490941791909117169190911790558151888152878416918101919091529185169082015286917f9e8902f848512909d7721e47c986964f74600d1f6a1563e57758b3854d8ca108910160405180910390a25050505050565b6060612d818261337e565b505f828152601060209081526040808320815160808101835290546001600160401b0380821680845260ff600160401b84041684870181905263ffffffff600160481b850416858701819052600160681b90940490921660608501819052600b548a89526011909752968590209451630e41e58760e11b815293966001600160a01b0390961695631c83cb0e95612e20958b9593929190600401615259565b5f60405180830381865afa158015612e3a573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f19168201604052612e61919081019061531e565b9392505050565b5f612e72816139f4565b60028260ff161080612e875750602060ff8316115b15612ea55760405163e773e0a960e01b815260040160405180910390fd5b6018805460ff60c01b1916600160c01b60ff8516908102919091179091556040519081527fb794fe6ad6b023b53c96390fe4f0ad73ebb87109a38118d3e66ca1955cce79a9906020016123bc565b5f8181526012602090815260408083208151608081018352815481526001909101546001600160401b0380821683860152600160401b8204811683850152600160801b909104811660608301908152868652600690945291842054925184938493918216911614612f6d575f5f5f93509350935050612f83565b805f015181602001518260400151935093509350505b9193909250565b5f82815260076020526040902060010154612fa4816139f4565b611af38383613b72565b5f5160206154935f395f51905f52612fc5816139f4565b611af384612fd286613c2f565b85858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250613d3d92505050565b5f600460ff83161061303757604051637ea2d1d160e11b815260ff831660048201526024016112cd565b5060ff165f908152600e602052604090205490565b5f6130556133fb565b5f61305f8561337e565b90506001600160401b038416158061307e57506001600160401b038316155b8061309e57506018546001600160401b03600160401b9091048116908416115b156130cf5760405163283f8b8f60e21b81526001600160401b038086166004830152841660248201526044016112cd565b5f5f6130dc87848861362c565b90925090505f6130ec8642614f82565b905082801561310c5750806001600160401b0316826001600160401b0316105b156131145750805b601b5f815461312290614fa1565b918290555060408051610120810182528a81523360208201526001600160401b03808b16928201929092526001606082015285151560808201525f60a082015283821660c08201526018549297509160e083019161318891600160801b90041684614f82565b6001600160401b03908116825260185481166020928301525f88815260178352604090819020845181558484015160018201805487850151606089015160808a01511515600160e81b0260ff60e81b1960ff909216600160e01b029190911661ffff60e01b19928916600160a01b026001600160e01b03199094166001600160a01b039096169590951792909217169290921791909117905560a08501516002909101805460c087015160e0880151610100909801518616600160c01b026001600160c01b03988716600160801b02989098166fffffffffffffffffffffffffffffffff918716600160401b026001600160801b0319909316948716949094179190911716919091179490941790935582518a821681529084169181019190915233918a9188917ffe9e343e1749ef7dc30b3c3563d6fbcc5666572ca545fa25189a679e9b80874d910160405180910390a4505050509392505050565b6001600160a01b039182165f90815260056020908152604080832093909416825291909152205460ff1690565b5f600260ff83161061333c5760405163bd3c908960e01b815260ff831660048201526024016112cd565b5060ff165f908152600f60205260409020546001600160401b031690565b5f6001600160e01b03198216637965db0b60e01b148061115b575061115b82614280565b5f818152600260205260409020546001600160a01b031680611a6b57604051637b65190b60e01b8152600481018390526024016112cd565b5f818152600260205260408120546001600160a01b03168061115b57604051637e27328960e01b8152600481018490526024016112cd565b61190483838360016142cf565b60085460ff1615611c475760405163d93c066560e01b815260040160405180910390fd5b5f600260ff8516106134495760405163bd3c908960e01b815260ff851660048201526024016112cd565b815f81900361346b5760405163b8a7f21960e01b815260040160405180910390fd5b600b54600160a01b900463ffffffff168111156134b457600b54604051631dbe433960e11b815260048101839052600160a01b90910463ffffffff1660248201526044016112cd565b5050505060ff165f908152600f60205260409020546001600160401b031690565b5f601a5f81546134e490614fa1565b9182905550600b549091505f9061350b90600160c01b90046001600160401b031642615392565b90506001600160401b0381111561352657506001600160401b035b6040805160e08101825295865233602080880191825260ff968716888401908152600160608a018181526001600160401b0398891660808c01908152428a1660a08d01908152978a1660c08d019081525f8a81526016909652969094209a518b559351908a0180549251945193518916600160b01b0267ffffffffffffffff60b01b19948b16600160a81b029490941668ffffffffffffffffff60a81b1995909a16600160a01b026001600160a81b03199093166001600160a01b03929092169190911791909117929092169690961795909517909455516002909401805493518316600160401b026001600160801b0319909416949092169390931791909117905590565b336001600160a01b038316148015905f906137a657505f848152601360209081526040808320338452909152902080546001600160401b03169081158061369557505f868152600660205260409020548154600160801b90046001600160401b03908116911614155b156136bc57604051638897be4960e01b8152600481018790523360248201526044016112cd565b42826001600160401b0316116136fd576040516319f1053760e01b8152600481018790523360248201526001600160401b03831660448201526064016112cd565b80546001600160401b03808616600160401b90920416101561375c5780546040516302761fcf60e61b815260048101889052336024820152600160401b9091046001600160401b039081166044830152851660648201526084016112cd565b805484908290600890613780908490600160401b90046001600160401b0316615179565b92506101000a8154816001600160401b0302191690836001600160401b03160217905550505b5f85815260106020526040902080546001600160401b039081169085168110156137fd5760405163fe69c5af60e01b8152600481018890526001600160401b038083166024830152861660448201526064016112cd565b6138078582615179565b825467ffffffffffffffff19166001600160401b039190911617909155509094909350915050565b60026009540361385257604051633ee5aeb560e01b815260040160405180910390fd5b6002600955565b805f03613864575050565b6001600160a01b0382165f908152600a60205260408120805483929061388b908490615392565b90915550506040518181526001600160a01b038316907f2da466a7b24304f47e87fa2e1e5a81b9831ce54fec19055ce277ca2f39ba42c4906020015b60405180910390a25050565b604080518082019091525f8082526020820152600460ff83161061390f57604051637ea2d1d160e11b815260ff831660048201526024016112cd565b5060ff81165f908152600e60209081526040808320815180830190925280548252600101546001600160401b031691810182905291036139675760405163349a28d160e01b815260ff831660048201526024016112cd565b80513414611a6b578051604051630374cb4760e21b815260048101919091523460248201526044016112cd565b600d545f90612710906139b290600160a01b900461ffff16846153a5565b6139bc91906153d0565b600c549091506139d5906001600160a01b031682613859565b600d54611248906001600160a01b03166139ef83856151ce565b613859565b6117b881336143d3565b60ff82165f818152600f6020908152604091829020805467ffffffffffffffff19166001600160401b03861690811790915591519182527fb1f89922f5395e714e88526afcc547bc65a49a2144b583cc9e76b8ce3ebcfd1991016138c7565b611248828260405180602001604052805f81525061440c565b5f613a82848484614423565b90506001600160a01b03811615612e61575f83815260066020526040812080546001600160401b031691613ab583614fb9565b91906101000a8154816001600160401b0302191690836001600160401b03160217905550509392505050565b5f613aec838361275e565b613b6b575f8381526007602090815260408083206001600160a01b03861684529091529020805460ff19166001179055613b233390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a450600161115b565b505f61115b565b5f613b7d838361275e565b15613b6b575f8381526007602090815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a450600161115b565b613be5614515565b6008805460ff191690557f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa335b6040516001600160a01b03909116815260200160405180910390a1565b5f8181526016602052604090206001810154600160a81b900460ff16613c6b57604051631f79bbe760e01b8152600481018390526024016112cd565b600181810154600160a81b900460ff1614611a6b57600181015460405163a8306b6160e01b815260048101849052600160a81b90910460ff1660248201526044016112cd565b6040805180820182528381526001600160401b03838116602080840182815260ff89165f818152600e84528790209551865590516001909501805467ffffffffffffffff1916959094169490941790925583518681529182015290917f92fdb1e50d72ae7763a598377a67bb9527bb4386922cce9818d27bc4d8c18d0a910160405180910390a2505050565b6001828101805460ff60a81b1916600360a81b17908190555f85815260156020526040812092830154600160b01b9092046001600160401b0316929190819003613db357845460018601545f88815260146020526040902054613dae92916001600160a01b03169060ff1686613f0a565b613e41565b8154610100900463ffffffff165f5b82811015613e3e57613e36846001018281548110613de257613de2614e95565b5f918252602090912060048204015460018a81015460039093166008026101000a9091046001600160401b0316916001600160a01b03169063ffffffff90851b8616161515613e31878a6153e3565b613f0a565b600101613dc2565b50505b857f98ff28d3ce3ec6309cbf30c0ba632fed1697db43191bf207ef2008945a44ce818585604051613e73929190615410565b60405180910390a2505050505050565b5f81815260176020526040812060018101549091600160e01b90910460ff169003613ec45760405163d35a5e3760e01b8152600481018390526024016112cd565b600181810154600160e01b900460ff1614611a6b5760018101546040516333bc71dd60e21b815260048101849052600160e01b90910460ff1660248201526044016112cd565b5f8481526010602052604081208054839290613f309084906001600160401b0316614f82565b92506101000a8154816001600160401b0302191690836001600160401b031602179055508115611af3575f8481526013602090815260408083206001600160a01b038716845290915290208054426001600160401b03909116118015613fb757505f858152600660205260409020548154600160801b90046001600160401b039081169116145b1561400557805482908290600890613fe0908490600160401b90046001600160401b0316614f82565b92506101000a8154816001600160401b0302191690836001600160401b031602179055505b5050505050565b6140146133fb565b6008805460ff191660011790557f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a258613c123390565b6001600160a01b03821661407b57604051630b61174360e31b81526001600160a01b03831660048201526024016112cd565b6001600160a01b038381165f81815260056020908152604080832094871680845294825291829020805460ff191686151590811790915591519182527f17307eab39ab6107e8899845ad3d59bd9653f200f220920489ca2b5937696c31910160405180910390a3505050565b60605f5f846001600160a01b031684604051614103919061543a565b5f60405180830381855af49150503d805f811461413b576040519150601f19603f3d011682016040523d82523d5f602084013e614140565b606091505b5091509150614150858383614538565b95945050505050565b6001600160a01b0383163b1561400557604051630a85bd0160e11b81526001600160a01b0384169063150b7a029061419b908890889087908790600401615445565b6020604051808303815f875af19250505080156141d5575060408051601f3d908101601f191682019092526141d291810190615477565b60015b61423c573d808015614202576040519150601f19603f3d011682016040523d82523d5f602084013e614207565b606091505b5080515f0361423457604051633250574960e11b81526001600160a01b03851660048201526024016112cd565b805160208201fd5b6001600160e01b03198116630a85bd0160e11b1461427857604051633250574960e11b81526001600160a01b03851660048201526024016112cd565b505050505050565b5f6001600160e01b031982166380ac58cd60e01b14806142b057506001600160e01b03198216635b5e139f60e01b145b8061115b57506301ffc9a760e01b6001600160e01b031983161461115b565b80806142e357506001600160a01b03821615155b156143a4575f6142f2846133b6565b90506001600160a01b0383161580159061431e5750826001600160a01b0316816001600160a01b031614155b8015614331575061432f81846132e5565b155b1561435a5760405163a9fbf51f60e01b81526001600160a01b03841660048201526024016112cd565b81156143a25783856001600160a01b0316826001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92560405160405180910390a45b505b50505f90815260046020526040902080546001600160a01b0319166001600160a01b0392909216919091179055565b6143dd828261275e565b6112485760405163e2517d3f60e01b81526001600160a01b0382166004820152602481018390526044016112cd565b6144168383614594565b611904335f858585614159565b5f828152600260205260408120546001600160a01b039081169083161561444f5761444f8184866145f5565b6001600160a01b038116156144895761446a5f855f5f6142cf565b6001600160a01b0381165f90815260036020526040902080545f190190555b6001600160a01b038516156144b7576001600160a01b0385165f908152600360205260409020805460010190555b5f8481526002602052604080822080546001600160a01b0319166001600160a01b0389811691821790925591518793918516917fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef91a4949350505050565b60085460ff16611c4757604051638dfc202b60e01b815260040160405180910390fd5b60608261454d5761454882614659565b612e61565b815115801561456457506001600160a01b0384163b155b1561458d57604051639996b31560e01b81526001600160a01b03851660048201526024016112cd565b5080612e61565b6001600160a01b0382166145bd57604051633250574960e11b81525f60048201526024016112cd565b5f6145c983835f613a76565b90506001600160a01b03811615611904576040516339e3563760e11b81525f60048201526024016112cd565b614600838383614681565b611904576001600160a01b03831661462e57604051637e27328960e01b8152600481018290526024016112cd565b60405163177e802f60e01b81526001600160a01b0383166004820152602481018290526044016112cd565b80511561466857805160208201fd5b60405163d6bda27560e01b815260040160405180910390fd5b5f6001600160a01b038316158015906146dd5750826001600160a01b0316846001600160a01b031614806146ba57506146ba84846132e5565b806146dd57505f828152600460205260409020546001600160a01b038481169116145b949350505050565b6001600160a01b03811681146117b8575f5ffd5b5f5f6040838503121561470a575f5ffd5b82359150602083013561471c816146e5565b809150509250929050565b6001600160e01b0319811681146117b8575f5ffd5b5f6020828403121561474c575f5ffd5b8135612e6181614727565b5f60208284031215614767575f5ffd5b5035919050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f612e61602083018461476e565b5f5f604083850312156147bf575f5ffd5b82356147ca816146e5565b946020939093013593505050565b5f5f83601f8401126147e8575f5ffd5b5081356001600160401b038111156147fe575f5ffd5b6020830191508360208260051b8501011115611130575f5ffd5b803560ff81168114611a6b575f5ffd5b5f5f83601f840112614838575f5ffd5b5081356001600160401b0381111561484e575f5ffd5b602083019150836020828501011115611130575f5ffd5b5f5f5f5f5f5f6080878903121561487a575f5ffd5b86356001600160401b0381111561488f575f5ffd5b61489b89828a016147d8565b90975095506148ae905060208801614818565b93506148bc60408801614818565b925060608701356001600160401b038111156148d6575f5ffd5b6148e289828a01614828565b979a9699509497509295939492505050565b5f5f60408385031215614905575f5ffd5b8235915061491560208401614818565b90509250929050565b80356001600160401b0381168114611a6b575f5ffd5b5f5f60408385031215614945575f5ffd5b61494e83614818565b91506149156020840161491e565b5f6020828403121561496c575f5ffd5b612e6182614818565b5f5f5f60608486031215614987575f5ffd5b8335614992816146e5565b925060208401356149a2816146e5565b929592945050506040919091013590565b5f5f5f604084860312156149c5575f5ffd5b8335925060208401356001600160401b038111156149e1575f5ffd5b6149ed86828701614828565b9497909650939450505050565b5f5f5f60608486031215614a0c575f5ffd5b614a158461491e565b9250614a236020850161491e565b9150614a316040850161491e565b90509250925092565b803563ffffffff81168114611a6b575f5ffd5b5f5f5f5f60608587031215614a60575f5ffd5b84359350614a7060208601614a3a565b925060408501356001600160401b03811115614a8a575f5ffd5b614a9687828801614828565b95989497509550505050565b5f6040820160ff85168352604060208401528084518083526060850191506020860192505f5b81811015614ae6578351835260209384019390920191600101614ac8565b50909695505050505050565b5f5f5f60608486031215614b04575f5ffd5b614b0d84614818565b925060208401359150614a316040850161491e565b5f60208284031215614b32575f5ffd5b8135612e61816146e5565b5f5f5f60608486031215614b4f575f5ffd5b8335614b5a816146e5565b92506020840135614b6a816146e5565b9150604084013561ffff81168114614b80575f5ffd5b809150509250925092565b5f5f5f60608486031215614b9d575f5ffd5b833592506149a26020850161491e565b5f5f60408385031215614bbe575f5ffd5b61494e83614a3a565b5f5f5f5f60608587031215614bda575f5ffd5b84359350614a7060208601614818565b5f5f60408385031215614bfb575f5ffd5b8235614c06816146e5565b91506020830135801515811461471c575f5ffd5b5f5f60208385031215614c2b575f5ffd5b82356001600160401b03811115614c40575f5ffd5b614c4c858286016147d8565b90969095509350505050565b5f602082016020835280845180835260408501915060408160051b8601019250602086015f5b82811015614caf57603f19878603018452614c9a85835161476e565b94506020938401939190910190600101614c7e565b50929695505050505050565b634e487b7160e01b5f52604160045260245ffd5b604051601f8201601f191681016001600160401b0381118282101715614cf757614cf7614cbb565b604052919050565b5f6001600160401b03821115614d1757614d17614cbb565b50601f01601f191660200190565b5f5f5f5f60808587031215614d38575f5ffd5b8435614d43816146e5565b93506020850135614d53816146e5565b92506040850135915060608501356001600160401b03811115614d74575f5ffd5b8501601f81018713614d84575f5ffd5b8035614d97614d9282614cff565b614ccf565b818152886020838501011115614dab575f5ffd5b816020840160208301375f6020838301015280935050505092959194509250565b5f5f5f5f60808587031215614ddf575f5ffd5b8435935060208501359250614df66040860161491e565b9150614e046060860161491e565b905092959194509250565b5f5f5f60608486031215614e21575f5ffd5b83359250614a236020850161491e565b5f5f60408385031215614e42575f5ffd5b8235614e4d816146e5565b9150602083013561471c816146e5565b600181811c90821680614e7157607f821691505b602082108103614e8f57634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b6001600160401b038181168382160290811690818114614edf57614edf614ea9565b5092915050565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b60a080825281018790525f6001600160fb1b03881115614f2c575f5ffd5b8760051b808a60c085013760ff888116602085015287166040840152820182810360c09081016060850152614f649082018688614ee6565b9150506001600160401b038316608083015298975050505050505050565b6001600160401b03818116838216019081111561115b5761115b614ea9565b5f60018201614fb257614fb2614ea9565b5060010190565b5f6001600160401b0382166001600160401b038103614fda57614fda614ea9565b60010192915050565b6001600160a01b03878116825260208201879052604082018690528416606082015260a0608082018190525f9061501d9083018486614ee6565b98975050505050505050565b5f60208284031215615039575f5ffd5b5051919050565b602081525f6146dd602083018486614ee6565b601f821115611904578282111561190457805f5260205f20601f840160051c602085101561507e57505f5b90810190601f840160051c035f5b81811015614278575f8382015560010161508c565b6001600160401b038311156150b8576150b8614cbb565b6150cc836150c68354614e5d565b83615053565b5f601f8411600181146150fd575f85156150e65750838201355b5f19600387901b1c1916600186901b178355614005565b5f83815260208120601f198716915b8281101561512c578685013582556020948501946001909201910161510c565b5086821015615148575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b63ffffffff84168152604060208201525f614150604083018486614ee6565b6001600160401b03828116828216039081111561115b5761115b614ea9565b60ff85168152606060208201525f6151b4606083018587614ee6565b90506001600160401b038316604083015295945050505050565b8181038181111561115b5761115b614ea9565b5f5f8335601e198436030181126151f6575f5ffd5b8301803591506001600160401b0382111561520f575f5ffd5b602001915036819003821315611130575f5ffd5b5f81518060208401855e5f93019283525090919050565b828482375f8382015f815261524f8185615223565b9695505050505050565b86815260ff8616602082015263ffffffff851660408201526001600160401b03841660608201526001600160401b038316608082015260c060a08201525f5f83546152a381614e5d565b8060c0860152600182165f81146152c157600181146152dd5761530e565b60ff19831660e087015260e082151560051b870101935061530e565b865f5260205f205f5b8381101561530557815488820160e001526001909101906020016152e6565b870160e0019450505b50919a9950505050505050505050565b5f6020828403121561532e575f5ffd5b81516001600160401b03811115615343575f5ffd5b8201601f81018413615353575f5ffd5b8051615361614d9282614cff565b818152856020838501011115615375575f5ffd5b8160208401602083015e5f91810160200191909152949350505050565b8082018082111561115b5761115b614ea9565b808202811582820484141761115b5761115b614ea9565b634e487b7160e01b5f52601260045260245ffd5b5f826153de576153de6153bc565b500490565b5f6001600160401b038316806153fb576153fb6153bc565b806001600160401b0384160491505092915050565b604081525f615422604083018561476e565b90506001600160401b03831660208301529392505050565b5f612e618284615223565b6001600160a01b03858116825284166020820152604081018390526080606082018190525f9061524f9083018461476e565b5f60208284031215615487575f5ffd5b8151612e618161472756fee2b7fb3b832174769106daebcfd6d1970523240dda11281102db9363b83b0dc4a2646970667358221220a5a8aa1d18c86dd943daf6b33e76ed95d4a70d02380314ec9e421614ee9620e964736f6c634300082500336080604052348015600e575f5ffd5b506119588061001c5f395ff3fe608060405234801561000f575f5ffd5b506004361061004a575f3560e01c80630b70fa5a1461004e5780631c83cb0e14610077578063ba458a041461008a578063c1959a6b1461009d575b5f5ffd5b61006161005c366004610c7a565b6100b0565b60405161006e9190610cb3565b60405180910390f35b610061610085366004610cff565b6101cd565b610061610098366004610cff565b610212565b6100616100ab366004610db8565b610324565b60605f846040516020016100c691815260200190565b60408051808303601f19018152919052805160209091012090505f6101006100f283831a610168610df9565b6100fc9190610e24565b90505f61010886610400565b9050610147826101686101206050600188901a610e37565b60ff1661012e866028610e58565b6101389190610e58565b6101429190610e6b565b6104ae565b61015187836104eb565b61015c858585610564565b6101658a610626565b8461016f8b610324565b61017e8b63ffffffff16610626565b60405160200161018f929190610e95565b60408051601f19818403018152908290526101b1969594939291602001610f15565b60405160208183030381529060405293505050505b9392505050565b60606101e66101e189898989898989610212565b6106b6565b6040516020016101f69190611097565b6040516020818303038152906040529050979650505050505050565b60605f61021e89610626565b90505f8161022b8a610324565b6102396101e18d8d8d6100b0565b6102428c610324565b60405160200161025594939291906110c8565b6040516020818303038152906040529050806102768963ffffffff16610626565b6102898967ffffffffffffffff16610626565b61029c8967ffffffffffffffff16610626565b6040516020016102af949392919061127d565b60408051601f19818403018152919052905083156102f557806102d286866106dc565b6040516020016102e392919061139d565b60405160208183030381529060405290505b8060405160200161030691906113dc565b60405160208183030381529060405292505050979650505050505050565b60608160ff165f0361035357505060408051808201909152600781526629ba30b93a32b960c91b602082015290565b8160ff1660010361037d57505060408051808201909152600381526250726f60e81b602082015290565b8160ff166002036103ac575050604080518082019091526008815267427573696e65737360c01b602082015290565b8160ff166003036103dd57505060408051808201909152600a815269456e746572707269736560b01b602082015290565b50506040805180820190915260078152662ab735b737bbb760c91b602082015290565b60608160ff165f0361042f57505060408051808201909152600781526611b1b21bb3199960c91b602082015290565b8160ff1660010361045d5750506040805180820190915260078152662364396464653360c81b602082015290565b8160ff1660020361048b57505060408051808201909152600781526611b31ab19a9a1960c91b602082015290565b5050604080518082019091526007815266119cb33319b33360c91b602082015290565b60606104b983610626565b6104c283610626565b6040516020016104d39291906113f8565b60405160208183030381529060405290505b92915050565b60605f5b8360ff1681111580156105025750600481105b1561055d5781610526610516836007610df9565b610521906058610e58565b610626565b846040516020016105399392919061151b565b60405160208183030381529060405291508080610555906115bd565b9150506104ef565b5092915050565b60605f6105766010600287901a610e37565b6105819060186115d5565b60ff1690505f6105ac6105996007600389901a610e37565b6105a49060076115d5565b60ff16610626565b905083806105cd6105c2602860048b901a610e37565b6105a490600c6115d5565b6105d688610626565b6105e086866108e4565b6105f76105f2600360058e901a610e37565b610917565b60405160200161060c969594939291906115ee565b604051602081830303815290604052925050509392505050565b60605f6106328361098b565b60010190505f8167ffffffffffffffff81111561065157610651611722565b6040519080825280601f01601f19166020018201604052801561067b576020820181803683370190505b5090508181016020015b5f19016f181899199a1a9b1b9c1cb0b131b232b360811b600a86061a8153600a850494508461068557509392505050565b60606104e582604051806060016040528060408152602001611879604091396001610a62565b60608282805f5b8281101561072a5761070f84848381811061070057610700610dd1565b9050013560f81c60f81b610bdd565b156107225761071f600283610e58565b91505b6001016106e3565b505f8167ffffffffffffffff81111561074557610745611722565b6040519080825280601f01601f19166020018201604052801561076f576020820181803683370190505b5090506f181899199a1a9b1b9c1ca0a121a222a360811b5f805b858110156108d6575f8787838181106107a4576107a4610dd1565b9050013560f81c60f81b90506107b981610bdd565b1561089857602560f81b85846107ce816115bd565b9550815181106107e0576107e0610dd1565b60200101906001600160f81b03191690815f1a9053508360fc82901c6010811061080c5761080c610dd1565b1a60f81b858461081b816115bd565b95508151811061082d5761082d610dd1565b60200101906001600160f81b03191690815f1a90535083600f60f883901c166010811061085c5761085c610dd1565b1a60f81b858461086b816115bd565b95508151811061087d5761087d610dd1565b60200101906001600160f81b03191690815f1a9053506108cd565b8085846108a4816115bd565b9550815181106108b6576108b6610dd1565b60200101906001600160f81b03191690815f1a9053505b50600101610789565b509198975050505050505050565b60606108f46105218460a0611736565b826109036105218660a0610e58565b846040516020016104d39493929190611749565b60608160ff165f03610942576040518060a00160405280606a81526020016118b9606a913992915050565b8160ff1660010361096c576040518060800160405280604381526020016118366043913992915050565b6040518060600160405280603081526020016118066030913992915050565b5f8072184f03e93ff9f4daa797ed6e38ed64bf6a1f0160401b83106109c95772184f03e93ff9f4daa797ed6e38ed64bf6a1f0160401b830492506040015b6d04ee2d6d415b85acef810000000083106109f5576d04ee2d6d415b85acef8100000000830492506020015b662386f26fc100008310610a1357662386f26fc10000830492506010015b6305f5e1008310610a2b576305f5e100830492506008015b6127108310610a3f57612710830492506004015b60648310610a51576064830492506002015b600a83106104e55760010192915050565b606083515f03610a80575060408051602081019091525f81526101c6565b5f82610ab057600385516004610a969190610df9565b610aa1906002610e58565b610aab9190610e24565b610ad5565b600385516002610ac09190610e58565b610aca9190610e24565b610ad5906004610df9565b90505f8167ffffffffffffffff811115610af157610af1611722565b6040519080825280601f01601f191660200182016040528015610b1b576020820181803683370190505b509050600185016020820187885189016020810180515f82525b82841015610b90576003840193508351603f8160121c168701518653600186019550603f81600c1c168701518653600186019550603f8160061c168701518653600186019550603f8116870151865350600185019450610b35565b905250508515610bd157600388510660018114610bb45760028114610bc757610bcf565b603d6001830353603d6002830353610bcf565b603d60018303535b505b50909695505050505050565b5f600160fd1b6001600160f81b031983161080610c085750607f60f81b6001600160f81b0319831610155b80610c205750601160f91b6001600160f81b03198316145b80610c385750602560f81b6001600160f81b03198316145b806104e55750506001600160f81b031916601760fa1b1490565b803560ff81168114610c62575f5ffd5b919050565b803563ffffffff81168114610c62575f5ffd5b5f5f5f60608486031215610c8c575f5ffd5b83359250610c9c60208501610c52565b9150610caa60408501610c67565b90509250925092565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b803567ffffffffffffffff81168114610c62575f5ffd5b5f5f5f5f5f5f5f60c0888a031215610d15575f5ffd5b87359650610d2560208901610c52565b9550610d3360408901610c67565b9450610d4160608901610ce8565b9350610d4f60808901610ce8565b925060a088013567ffffffffffffffff811115610d6a575f5ffd5b8801601f81018a13610d7a575f5ffd5b803567ffffffffffffffff811115610d90575f5ffd5b8a6020828401011115610da1575f5ffd5b602082019350809250505092959891949750929550565b5f60208284031215610dc8575f5ffd5b6101c682610c52565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b80820281158282048414176104e5576104e5610de5565b634e487b7160e01b5f52601260045260245ffd5b5f82610e3257610e32610e10565b500490565b5f60ff831680610e4957610e49610e10565b8060ff84160691505092915050565b808201808211156104e5576104e5610de5565b5f82610e7957610e79610e10565b500690565b5f81518060208401855e5f93019283525090919050565b7f2220746578742d616e63686f723d226d6964646c6522206c65747465722d737081526930b1b4b7339e9119111f60b11b60208201525f610ed9602a830185610e7e565b69010615b902622ab22a6160b51b8152610ef6600a820185610e7e565b6c1e17ba32bc3a1f1e17b9bb339f60991b8152600d0195945050505050565b7f3c73766720786d6c6e733d22687474703a2f2f7777772e77332e6f72672f323081527f30302f737667222076696577426f783d223020302033323020333230223e000060208201525f610f7e610f78610f72603e85018b610e7e565b89610e7e565b87610e7e565b7f3c7465787420783d223136302220793d223236382220666f6e742d66616d696c81527f793d2273616e732d73657269662220666f6e742d73697a653d2232362220666f60208201527f6e742d7765696768743d22373030222066696c6c3d22236666662220746578746040820152712d616e63686f723d226d6964646c65223e2360701b60608201526110156072820187610e7e565b7f3c2f746578743e3c7465787420783d223136302220793d223239362220666f6e81527f742d66616d696c793d2273616e732d73657269662220666f6e742d73697a653d60208201526a11189a91103334b6361e9160a91b6040820152905061108a611084604b830187610e7e565b85610e7e565b9998505050505050505050565b7f646174613a6170706c69636174696f6e2f6a736f6e3b6261736536342c00000081525f6101c6601d830184610e7e565b747b226e616d65223a22494e4654204167656e74202360581b81525f6110f16015830187610e7e565b7f222c226465736372697074696f6e223a22416e204149206167656e74206f662081526303a3432960e51b602082015261112e6024820187610e7e565b90507f2074696572206f6e20494e46542e20497473206f776e65722c206f722061207381527f7562736372696265722c207370656e6473206974732063726564697473206f6e60208201527f207465787420616e6420696d6167652067656e65726174696f6e732c2065616360408201527f68206d696e74656420617320616e204e46542c20616e64206974206c6561726e6060820152703990333937b69032bb32b93c9037b7329760791b60808201527f222c22696d616765223a22646174613a696d6167652f7376672b786d6c3b62616091820152641cd94d8d0b60da1b60b182015261126661108461122660b6840188610e7e565b7f222c2261747472696275746573223a5b7b2274726169745f74797065223a225481526d34b2b91116113b30b63ab2911d1160911b6020820152602e0190565b62089f4b60ea1b8152600301979650505050505050565b5f6112888287610e7e565b7f7b2274726169745f74797065223a224c6576656c222c22646973706c61795f748152753cb832911d11373ab6b132b91116113b30b63ab2911d60511b60208201526112d76036820187610e7e565b90507f7d2c7b2274726169745f74797065223a2243726564697473222c22646973706c81527f61795f74797065223a226e756d626572222c2276616c7565223a000000000000602082015261132f603a820186610e7e565b90507f7d2c7b2274726169745f74797065223a2247656e65726174696f6e73222c226481527f6973706c61795f74797065223a226e756d626572222c2276616c7565223a00006020820152611387603e820185610e7e565b617d5d60f01b8152600201979650505050505050565b5f6113a88285610e7e565b6d161139ba30ba32afbab934911d1160911b81526113c9600e820185610e7e565b601160f91b815260010195945050505050565b5f6113e78284610e7e565b607d60f81b81526001019392505050565b7f3c646566733e3c6c696e6561724772616469656e742069643d2262222078323d81527f2231222079323d2231223e3c73746f70206f66667365743d2230222073746f7060208201526b05ac6ded8dee47a44d0e6d8560a31b60408201525f611464604c830185610e7e565b7f2c3632252c34322529222f3e3c73746f70206f66667365743d2231222073746f81526c0e05ac6ded8dee47a44d0e6d85609b1b60208201526114aa602d820185610e7e565b7f2c3632252c31362529222f3e3c2f6c696e6561724772616469656e743e3c2f6481527f6566733e3c726563742077696474683d2233323022206865696768743d2233326020820152721811103334b6361e913ab9361411b11491179f60691b604082015260530195945050505050565b5f6115268286610e7e565b7f3c636972636c652063783d22313630222063793d223132382220723d220000008152611556601d820186610e7e565b7511103334b6361e913737b732911039ba3937b5b29e9160511b815290506115816016820185610e7e565b7f22207374726f6b652d77696474683d223322206f7061636974793d22302e383581526211179f60e91b60208201526023019695505050505050565b5f600182016115ce576115ce610de5565b5060010190565b60ff81811683821601908111156104e5576104e5610de5565b7f3c6c696e652078313d22313630222079313d223632222078323d22313630222081526f3c991e911a18111039ba3937b5b29e9160811b60208201525f6116386030830189610e7e565b7f22207374726f6b652d77696474683d2234222f3e3c636972636c652063783d2281527f313630222063793d2233362220723d2237222066696c6c3d2200000000000000602082015261168e6039820189610e7e565b7f222f3e3c7265637420783d2239362220793d223632222077696474683d2231328152731c11103432b4b3b43a1e9118991a1110393c1e9160611b602082015290506116dd6034820188610e7e565b6b04440ccd2d8d87a44d0e6d8560a31b815290506116fe600c820187610e7e565b6b161a1a92961c1c129491179f60a11b8152905061108a611084600c830187610e7e565b634e487b7160e01b5f52604160045260245ffd5b818103818111156104e5576104e5610de5565b6b1e31b4b931b6329031bc1e9160a11b81525f611769600c830187610e7e565b6d111031bc9e9118989b1110391e9160911b815261178a600e820187610e7e565b90507f222066696c6c3d2223316231623266222f3e3c636972636c652063783d22000081526117bc601e820186610e7e565b6d111031bc9e9118989b1110391e9160911b815290506117df600e820185610e7e565b7111103334b6361e911198b118b1193311179f60711b815260120197965050505050505056fe3c636972636c652063783d22313630222063793d223135362220723d2239222066696c6c3d2223316231623266222f3e3c7265637420783d223133382220793d22313530222077696474683d22343422206865696768743d2238222072783d2234222066696c6c3d2223316231623266222f3e4142434445464748494a4b4c4d4e4f505152535455565758595a6162636465666768696a6b6c6d6e6f707172737475767778797a303132333435363738392b2f3c7061746820643d224d31333420313532205131363020313734203138362031353222207374726f6b653d222331623162326622207374726f6b652d77696474683d2235222066696c6c3d226e6f6e6522207374726f6b652d6c696e656361703d22726f756e64222f3ea26469706673582212201aa246622acf301c0587fd77db329b7aedca906935b52e8e582246db17e496a164736f6c63430008250033",
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

// PackCOLLABORATORSLIMIT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5ca307f5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function COLLABORATORS_LIMIT() view returns(uint8)
func (iNFTAgents *INFTAgents) PackCOLLABORATORSLIMIT() []byte {
	enc, err := iNFTAgents.abi.Pack("COLLABORATORS_LIMIT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCOLLABORATORSLIMIT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5ca307f5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function COLLABORATORS_LIMIT() view returns(uint8)
func (iNFTAgents *INFTAgents) TryPackCOLLABORATORSLIMIT() ([]byte, error) {
	return iNFTAgents.abi.Pack("COLLABORATORS_LIMIT")
}

// UnpackCOLLABORATORSLIMIT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5ca307f5.
//
// Solidity: function COLLABORATORS_LIMIT() view returns(uint8)
func (iNFTAgents *INFTAgents) UnpackCOLLABORATORSLIMIT(data []byte) (uint8, error) {
	out, err := iNFTAgents.abi.Unpack("COLLABORATORS_LIMIT", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
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

// PackMODECOUNT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa42a4624.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MODE_COUNT() view returns(uint8)
func (iNFTAgents *INFTAgents) PackMODECOUNT() []byte {
	enc, err := iNFTAgents.abi.Pack("MODE_COUNT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMODECOUNT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa42a4624.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MODE_COUNT() view returns(uint8)
func (iNFTAgents *INFTAgents) TryPackMODECOUNT() ([]byte, error) {
	return iNFTAgents.abi.Pack("MODE_COUNT")
}

// UnpackMODECOUNT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa42a4624.
//
// Solidity: function MODE_COUNT() view returns(uint8)
func (iNFTAgents *INFTAgents) UnpackMODECOUNT(data []byte) (uint8, error) {
	out, err := iNFTAgents.abi.Unpack("MODE_COUNT", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackMODESKILLTRANSFER is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7f46ee4c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MODE_SKILL_TRANSFER() view returns(uint8)
func (iNFTAgents *INFTAgents) PackMODESKILLTRANSFER() []byte {
	enc, err := iNFTAgents.abi.Pack("MODE_SKILL_TRANSFER")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMODESKILLTRANSFER is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7f46ee4c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MODE_SKILL_TRANSFER() view returns(uint8)
func (iNFTAgents *INFTAgents) TryPackMODESKILLTRANSFER() ([]byte, error) {
	return iNFTAgents.abi.Pack("MODE_SKILL_TRANSFER")
}

// UnpackMODESKILLTRANSFER is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7f46ee4c.
//
// Solidity: function MODE_SKILL_TRANSFER() view returns(uint8)
func (iNFTAgents *INFTAgents) UnpackMODESKILLTRANSFER(data []byte) (uint8, error) {
	out, err := iNFTAgents.abi.Unpack("MODE_SKILL_TRANSFER", data)
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

// PackCollaborationOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x506dc09c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function collaborationOf(uint256 requestId) view returns(uint8 mode, uint256[] agentIds)
func (iNFTAgents *INFTAgents) PackCollaborationOf(requestId *big.Int) []byte {
	enc, err := iNFTAgents.abi.Pack("collaborationOf", requestId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCollaborationOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x506dc09c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function collaborationOf(uint256 requestId) view returns(uint8 mode, uint256[] agentIds)
func (iNFTAgents *INFTAgents) TryPackCollaborationOf(requestId *big.Int) ([]byte, error) {
	return iNFTAgents.abi.Pack("collaborationOf", requestId)
}

// CollaborationOfOutput serves as a container for the return parameters of contract
// method CollaborationOf.
type CollaborationOfOutput struct {
	Mode     uint8
	AgentIds []*big.Int
}

// UnpackCollaborationOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x506dc09c.
//
// Solidity: function collaborationOf(uint256 requestId) view returns(uint8 mode, uint256[] agentIds)
func (iNFTAgents *INFTAgents) UnpackCollaborationOf(data []byte) (CollaborationOfOutput, error) {
	out, err := iNFTAgents.abi.Unpack("collaborationOf", data)
	outstruct := new(CollaborationOfOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Mode = *abi.ConvertType(out[0], new(uint8)).(*uint8)
	outstruct.AgentIds = *abi.ConvertType(out[1], new([]*big.Int)).(*[]*big.Int)
	return *outstruct, nil
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

// PackMaxCollaborators is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2c557258.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxCollaborators() view returns(uint8)
func (iNFTAgents *INFTAgents) PackMaxCollaborators() []byte {
	enc, err := iNFTAgents.abi.Pack("maxCollaborators")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaxCollaborators is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2c557258.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function maxCollaborators() view returns(uint8)
func (iNFTAgents *INFTAgents) TryPackMaxCollaborators() ([]byte, error) {
	return iNFTAgents.abi.Pack("maxCollaborators")
}

// UnpackMaxCollaborators is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2c557258.
//
// Solidity: function maxCollaborators() view returns(uint8)
func (iNFTAgents *INFTAgents) UnpackMaxCollaborators(data []byte) (uint8, error) {
	out, err := iNFTAgents.abi.Unpack("maxCollaborators", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
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

// PackRequestCollaboration is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0daaf240.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestCollaboration(uint256[] agentIds, uint8 mode, uint8 kind, string prompt) returns(uint256 requestId)
func (iNFTAgents *INFTAgents) PackRequestCollaboration(agentIds []*big.Int, mode uint8, kind uint8, prompt string) []byte {
	enc, err := iNFTAgents.abi.Pack("requestCollaboration", agentIds, mode, kind, prompt)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestCollaboration is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0daaf240.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestCollaboration(uint256[] agentIds, uint8 mode, uint8 kind, string prompt) returns(uint256 requestId)
func (iNFTAgents *INFTAgents) TryPackRequestCollaboration(agentIds []*big.Int, mode uint8, kind uint8, prompt string) ([]byte, error) {
	return iNFTAgents.abi.Pack("requestCollaboration", agentIds, mode, kind, prompt)
}

// UnpackRequestCollaboration is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0daaf240.
//
// Solidity: function requestCollaboration(uint256[] agentIds, uint8 mode, uint8 kind, string prompt) returns(uint256 requestId)
func (iNFTAgents *INFTAgents) UnpackRequestCollaboration(data []byte) (*big.Int, error) {
	out, err := iNFTAgents.abi.Unpack("requestCollaboration", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
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

// PackSetMaxCollaborators is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcaa52613.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setMaxCollaborators(uint8 max) returns()
func (iNFTAgents *INFTAgents) PackSetMaxCollaborators(max uint8) []byte {
	enc, err := iNFTAgents.abi.Pack("setMaxCollaborators", max)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetMaxCollaborators is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcaa52613.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setMaxCollaborators(uint8 max) returns()
func (iNFTAgents *INFTAgents) TryPackSetMaxCollaborators(max uint8) ([]byte, error) {
	return iNFTAgents.abi.Pack("setMaxCollaborators", max)
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

// INFTAgentsCollaborationRequested represents a CollaborationRequested event raised by the INFTAgents contract.
type INFTAgentsCollaborationRequested struct {
	RequestId    *big.Int
	Requester    common.Address
	AgentIds     []*big.Int
	Mode         uint8
	Kind         uint8
	Prompt       string
	CreditsSpent uint64
	Raw          *types.Log // Blockchain specific contextual infos
}

const INFTAgentsCollaborationRequestedEventName = "CollaborationRequested"

// ContractEventName returns the user-defined event name.
func (INFTAgentsCollaborationRequested) ContractEventName() string {
	return INFTAgentsCollaborationRequestedEventName
}

// UnpackCollaborationRequestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CollaborationRequested(uint256 indexed requestId, address indexed requester, uint256[] agentIds, uint8 mode, uint8 kind, string prompt, uint64 creditsSpent)
func (iNFTAgents *INFTAgents) UnpackCollaborationRequestedEvent(log *types.Log) (*INFTAgentsCollaborationRequested, error) {
	event := "CollaborationRequested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iNFTAgents.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(INFTAgentsCollaborationRequested)
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

// INFTAgentsMaxCollaboratorsSet represents a MaxCollaboratorsSet event raised by the INFTAgents contract.
type INFTAgentsMaxCollaboratorsSet struct {
	MaxCollaborators uint8
	Raw              *types.Log // Blockchain specific contextual infos
}

const INFTAgentsMaxCollaboratorsSetEventName = "MaxCollaboratorsSet"

// ContractEventName returns the user-defined event name.
func (INFTAgentsMaxCollaboratorsSet) ContractEventName() string {
	return INFTAgentsMaxCollaboratorsSetEventName
}

// UnpackMaxCollaboratorsSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MaxCollaboratorsSet(uint8 maxCollaborators)
func (iNFTAgents *INFTAgents) UnpackMaxCollaboratorsSetEvent(log *types.Log) (*INFTAgentsMaxCollaboratorsSet, error) {
	event := "MaxCollaboratorsSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iNFTAgents.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(INFTAgentsMaxCollaboratorsSet)
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
	if bytes.Equal(raw[:4], iNFTAgents.abi.Errors["CollaboratorCount"].ID.Bytes()[:4]) {
		return iNFTAgents.UnpackCollaboratorCountError(raw[4:])
	}
	if bytes.Equal(raw[:4], iNFTAgents.abi.Errors["CreditsOverCap"].ID.Bytes()[:4]) {
		return iNFTAgents.UnpackCreditsOverCapError(raw[4:])
	}
	if bytes.Equal(raw[:4], iNFTAgents.abi.Errors["DuplicateAgent"].ID.Bytes()[:4]) {
		return iNFTAgents.UnpackDuplicateAgentError(raw[4:])
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
	if bytes.Equal(raw[:4], iNFTAgents.abi.Errors["UnknownMode"].ID.Bytes()[:4]) {
		return iNFTAgents.UnpackUnknownModeError(raw[4:])
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

// INFTAgentsCollaboratorCount represents a CollaboratorCount error raised by the INFTAgents contract.
type INFTAgentsCollaboratorCount struct {
	Count *big.Int
	Max   uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CollaboratorCount(uint256 count, uint8 max)
func INFTAgentsCollaboratorCountErrorID() common.Hash {
	return common.HexToHash("0xcf9b358475d0b71cb0299441e13f4f22b4f38012b39e835082e2974ff616bf8a")
}

// UnpackCollaboratorCountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CollaboratorCount(uint256 count, uint8 max)
func (iNFTAgents *INFTAgents) UnpackCollaboratorCountError(raw []byte) (*INFTAgentsCollaboratorCount, error) {
	out := new(INFTAgentsCollaboratorCount)
	if err := iNFTAgents.abi.UnpackIntoInterface(out, "CollaboratorCount", raw); err != nil {
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

// INFTAgentsDuplicateAgent represents a DuplicateAgent error raised by the INFTAgents contract.
type INFTAgentsDuplicateAgent struct {
	AgentId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DuplicateAgent(uint256 agentId)
func INFTAgentsDuplicateAgentErrorID() common.Hash {
	return common.HexToHash("0x31a979ca1887cba8be09accd3ca4f8ad41440f3ad03a1e22649ae25c419fdeee")
}

// UnpackDuplicateAgentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DuplicateAgent(uint256 agentId)
func (iNFTAgents *INFTAgents) UnpackDuplicateAgentError(raw []byte) (*INFTAgentsDuplicateAgent, error) {
	out := new(INFTAgentsDuplicateAgent)
	if err := iNFTAgents.abi.UnpackIntoInterface(out, "DuplicateAgent", raw); err != nil {
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

// INFTAgentsUnknownMode represents a UnknownMode error raised by the INFTAgents contract.
type INFTAgentsUnknownMode struct {
	Mode uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownMode(uint8 mode)
func INFTAgentsUnknownModeErrorID() common.Hash {
	return common.HexToHash("0x5434690e95888487197a5142ae10ae167644bba8411c5afe406905e99e7bc1be")
}

// UnpackUnknownModeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownMode(uint8 mode)
func (iNFTAgents *INFTAgents) UnpackUnknownModeError(raw []byte) (*INFTAgentsUnknownMode, error) {
	out := new(INFTAgentsUnknownMode)
	if err := iNFTAgents.abi.UnpackIntoInterface(out, "UnknownMode", raw); err != nil {
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

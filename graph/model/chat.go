package model

import (
	"time"

	"github.com/inft-labs/inft/graph/scalar"
)

// ChatSession is a chat session of the signed-in user's; agent and messages
// are resolved from AgentID and ID.
type ChatSession struct {
	ID              string
	AgentID         string
	User            scalar.Address
	CreditCap       scalar.BigInt
	CreditsUsed     scalar.BigInt
	CreditsLeft     scalar.BigInt
	TokensUsed      scalar.BigInt
	TokensPerCredit *scalar.BigInt
	BySubscriber    bool
	Status          ChatSessionStatus
	EndReason       *string
	TranscriptHash  string
	Settlement      *ChatSettlement
	OpenedAt        time.Time
	ExpiresAt       time.Time
	ReclaimableAt   *time.Time
}

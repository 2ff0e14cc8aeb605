package txmgr

import (
	"errors"
	"strings"

	"github.com/ethereum/go-ethereum/rpc"
)

// Classifying the node's answers and reverts.

// Answers of a node to eth_sendRawTransaction, as Chainlink's txmgr sorts them.
type sendClass string

const (
	sendOK           sendClass = "ok"
	sendKnown        sendClass = "already known"
	sendNonceTooLow  sendClass = "nonce too low"
	sendUnderpriced  sendClass = "replacement underpriced"
	sendInsufficient sendClass = "insufficient funds"
	sendOther        sendClass = "other"
)

func classify(err error) sendClass {
	if err == nil {
		return sendOK
	}
	msg := strings.ToLower(err.Error())
	switch {
	case strings.Contains(msg, "already known"), strings.Contains(msg, "known transaction"), strings.Contains(msg, "already imported"):
		return sendKnown
	case strings.Contains(msg, "nonce too low"), strings.Contains(msg, "nonce has already been used"):
		return sendNonceTooLow
	case strings.Contains(msg, "replacement transaction underpriced"), strings.Contains(msg, "underpriced"),
		strings.Contains(msg, "fee cap less than block base fee"), strings.Contains(msg, "max fee per gas less than block base fee"):
		return sendUnderpriced
	case strings.Contains(msg, "insufficient funds"):
		return sendInsufficient
	}
	return sendOther
}

func isRevert(err error) bool {
	var de rpc.DataError
	return errors.As(err, &de) || strings.Contains(err.Error(), "execution reverted")
}

func revertReason(err error) string {
	var de rpc.DataError
	if errors.As(err, &de) {
		if s, ok := de.ErrorData().(string); ok && s != "" {
			return de.Error() + " " + s
		}
	}
	return err.Error()
}

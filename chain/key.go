package chain

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"os"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/crypto"
)

// LoadKey returns a signing key from a hex private key or, when hexKey is empty,
// from an encrypted JSON keystore file and its password. Errors name the
// source, never the secret.
func LoadKey(hexKey, keystorePath, password string) (*ecdsa.PrivateKey, error) {
	switch {
	case hexKey != "":
		key, err := crypto.HexToECDSA(trim0x(hexKey))
		if err != nil {
			return nil, errors.New("private key is not a valid secp256k1 key")
		}
		return key, nil
	case keystorePath != "":
		data, err := os.ReadFile(keystorePath)
		if err != nil {
			return nil, fmt.Errorf("read keystore: %w", err)
		}
		k, err := keystore.DecryptKey(data, password)
		if err != nil {
			return nil, fmt.Errorf("decrypt keystore %s: %w", keystorePath, err)
		}
		return k.PrivateKey, nil
	}
	return nil, errors.New("no private key or keystore given")
}

func trim0x(s string) string {
	if len(s) >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X') {
		return s[2:]
	}
	return s
}

package chat

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"encoding/base64"
	"errors"
	"fmt"
	"strings"
)

// Keys encrypt the messages at rest with AES-256-GCM. The first key seals;
// every key opens what it sealed, so a key is rotated by putting a new one
// first and keeping the old ones listed while messages they sealed are kept
// (each message names its key).
type Keys struct {
	ids   []string
	aeads map[string]cipher.AEAD
}

// ParseKeys reads CHAT_ENCRYPTION_KEYS: comma-separated id:key pairs, each key
// 32 bytes in standard base64, the first sealing. An id is 1 to 16 letters,
// digits, '-' or '_'.
func ParseKeys(s string) (*Keys, error) {
	k := &Keys{aeads: map[string]cipher.AEAD{}}
	for part := range strings.SplitSeq(s, ",") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		id, enc, ok := strings.Cut(part, ":")
		if !ok || !validID(id) {
			return nil, errors.New("a key is not id:base64key with an id of 1 to 16 letters, digits, - or _")
		}
		raw, err := base64.StdEncoding.DecodeString(enc)
		if err != nil || len(raw) != 32 {
			return nil, fmt.Errorf("key %q is not 32 bytes of base64", id)
		}
		if _, dup := k.aeads[id]; dup {
			return nil, fmt.Errorf("key id %q is listed twice", id)
		}
		block, err := aes.NewCipher(raw)
		if err != nil {
			return nil, fmt.Errorf("key %q: %w", id, err)
		}
		aead, err := cipher.NewGCM(block)
		if err != nil {
			return nil, fmt.Errorf("key %q: %w", id, err)
		}
		k.ids = append(k.ids, id)
		k.aeads[id] = aead
	}
	if len(k.ids) == 0 {
		return nil, errors.New("no key")
	}
	return k, nil
}

// NewKey returns a fresh random key as ParseKeys reads it, named id.
func NewKey(id string) string {
	raw := make([]byte, 32)
	_, _ = rand.Read(raw)
	return id + ":" + base64.StdEncoding.EncodeToString(raw)
}

func validID(id string) bool {
	if id == "" || len(id) > 16 {
		return false
	}
	for _, c := range id {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_') {
			return false
		}
	}
	return true
}

// Current is the id of the sealing key.
func (k *Keys) Current() string { return k.ids[0] }

// Seal encrypts plaintext with the current key, bound to aad.
func (k *Keys) Seal(plaintext, aad []byte) (keyID string, nonce, ciphertext []byte) {
	id := k.ids[0]
	aead := k.aeads[id]
	nonce = make([]byte, aead.NonceSize())
	_, _ = rand.Read(nonce)
	return id, nonce, aead.Seal(nil, nonce, plaintext, aad)
}

// ErrUnknownKey: a message was sealed with a key no longer listed.
var ErrUnknownKey = errors.New("chat: the message's encryption key is not configured (CHAT_ENCRYPTION_KEYS)")

// Open decrypts what Seal returned.
func (k *Keys) Open(keyID string, nonce, ciphertext, aad []byte) ([]byte, error) {
	aead, ok := k.aeads[keyID]
	if !ok {
		return nil, fmt.Errorf("%w: %q", ErrUnknownKey, keyID)
	}
	if len(nonce) != aead.NonceSize() {
		return nil, errors.New("chat: a message's nonce has the wrong size")
	}
	out, err := aead.Open(nil, nonce, ciphertext, aad)
	if err != nil {
		return nil, errors.New("chat: a message does not decrypt: altered, or sealed for another place")
	}
	return out, nil
}

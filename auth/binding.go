package auth

import (
	"bytes"
	"crypto/rand"
	"errors"
)

// boundMagic starts a secret sealed by SealBound. Secrets sealed by Seal
// start with a random nonce; a legacy one starting with these bytes (a
// chance of 2^-32) fails OpenBound and has to be entered again.
var boundMagic = []byte{0x00, 'M', 'R', 0x01}

// ErrBindingMismatch is a bound secret opened for another binding: the
// settings it was entered for have changed since.
var ErrBindingMismatch = errors.New("the stored secret was entered for other settings")

// SealBound encrypts plaintext bound to binding (AES-GCM additional data):
// it opens only with the same binding. Mail passwords are bound to the
// server they were entered for, so no write path can send one elsewhere.
func (k *Keyring) SealBound(plaintext string, binding []byte) ([]byte, error) {
	nonce := make([]byte, k.aead.NonceSize())
	if _, err := rand.Read(nonce); err != nil {
		return nil, err
	}
	out := append(append([]byte{}, boundMagic...), nonce...)
	return k.aead.Seal(out, nonce, []byte(plaintext), binding), nil
}

// OpenBound decrypts what SealBound returned for the same binding. A secret
// sealed by Seal, before bindings existed, opens whatever the binding, and
// legacy is true so the caller can seal it again bound.
func (k *Keyring) OpenBound(sealed, binding []byte) (plaintext string, legacy bool, err error) {
	rest, ok := bytes.CutPrefix(sealed, boundMagic)
	if !ok {
		p, err := k.Open(sealed)
		return p, true, err
	}
	n := k.aead.NonceSize()
	if len(rest) < n {
		return "", false, errors.New("sealed secret too short")
	}
	p, err := k.aead.Open(nil, rest[:n], rest[n:], binding)
	if err != nil {
		return "", false, ErrBindingMismatch
	}
	return string(p), false, nil
}

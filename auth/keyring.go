package auth

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"encoding/base64"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// Keyring encrypts secrets at rest (mail account passwords) with AES-256-GCM.
type Keyring struct {
	aead cipher.AEAD
}

// KeyFile is the name of the key file in the data directory.
const KeyFile = "secret.key"

// LoadKeyring uses the base64 key in envKey when it is set, else the key file
// in dataDir, creating it (mode 0600) on first start.
func LoadKeyring(dataDir, envKey string) (*Keyring, error) {
	var key []byte
	if envKey != "" {
		k, err := base64.StdEncoding.DecodeString(strings.TrimSpace(envKey))
		if err != nil || len(k) != 32 {
			return nil, errors.New("MAILROOM_SECRET_KEY must be 32 bytes in base64")
		}
		key = k
	} else {
		path := filepath.Join(dataDir, KeyFile)
		b, err := os.ReadFile(path)
		switch {
		case err == nil:
			k, err := base64.StdEncoding.DecodeString(strings.TrimSpace(string(b)))
			if err != nil || len(k) != 32 {
				return nil, fmt.Errorf("%s: not a 32-byte base64 key", path)
			}
			key = k
		case errors.Is(err, os.ErrNotExist):
			key = make([]byte, 32)
			if _, err := rand.Read(key); err != nil {
				return nil, err
			}
			if err := os.WriteFile(path, []byte(base64.StdEncoding.EncodeToString(key)+"\n"), 0o600); err != nil {
				return nil, fmt.Errorf("write key file: %w", err)
			}
		default:
			return nil, fmt.Errorf("read key file: %w", err)
		}
	}
	return NewKeyring(key)
}

// NewKeyring returns a keyring for a 32-byte key.
func NewKeyring(key []byte) (*Keyring, error) {
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	aead, err := cipher.NewGCM(block)
	if err != nil {
		return nil, err
	}
	return &Keyring{aead: aead}, nil
}

// Seal encrypts plaintext; the nonce is prepended.
func (k *Keyring) Seal(plaintext string) ([]byte, error) {
	nonce := make([]byte, k.aead.NonceSize())
	if _, err := rand.Read(nonce); err != nil {
		return nil, err
	}
	return k.aead.Seal(nonce, nonce, []byte(plaintext), nil), nil
}

// Open decrypts what Seal returned.
func (k *Keyring) Open(sealed []byte) (string, error) {
	n := k.aead.NonceSize()
	if len(sealed) < n {
		return "", errors.New("sealed secret too short")
	}
	p, err := k.aead.Open(nil, sealed[:n], sealed[n:], nil)
	if err != nil {
		return "", errors.New("secret cannot be decrypted with this server's key")
	}
	return string(p), nil
}

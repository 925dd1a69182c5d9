package auth

import (
	"errors"
	"testing"
)

func TestSealBound(t *testing.T) {
	k, _ := NewKeyring(make([]byte, 32))
	sealed, err := k.SealBound("app-password", []byte("IMAPS imap.example.com 993"))
	if err != nil {
		t.Fatal(err)
	}
	p, legacy, err := k.OpenBound(sealed, []byte("IMAPS imap.example.com 993"))
	if err != nil || p != "app-password" || legacy {
		t.Fatalf("same binding: %q %v %v", p, legacy, err)
	}
	if _, _, err := k.OpenBound(sealed, []byte("IMAPS attacker.example 993")); !errors.Is(err, ErrBindingMismatch) {
		t.Fatalf("other binding: %v, want ErrBindingMismatch", err)
	}
	if _, err := k.Open(sealed); err == nil {
		t.Fatal("a bound secret opened without its binding")
	}
	old, _ := k.Seal("old-password")
	if p, legacy, err := k.OpenBound(old, []byte("anything")); err != nil || p != "old-password" || !legacy {
		t.Fatalf("legacy secret: %q %v %v", p, legacy, err)
	}
}

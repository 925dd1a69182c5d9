package oauthtest

import (
	"crypto/rsa"

	"golang.org/x/text/language"
)

// ServiceUserID and ServiceUserKeyID name the example's JWT-profile service
// user, kept so the adapted storage compiles unchanged.
const (
	ServiceUserID    = "service"
	ServiceUserKeyID = "key1"
)

// User is an account of the authorization server.
type User struct {
	ID                string
	Username          string
	Password          string
	FirstName         string
	LastName          string
	Email             string
	EmailVerified     bool
	Phone             string
	PhoneVerified     bool
	PreferredLanguage language.Tag
	IsAdmin           bool
}

// Service is a JWT-profile service account (unused by Mailroom's tests).
type Service struct {
	keys map[string]*rsa.PublicKey
}

// UserStore finds users.
type UserStore interface {
	GetUserByID(string) *User
	GetUserByUsername(string) *User
	ExampleClientID() string
}

// users are the Dovecot test accounts, so a token's username is a mailbox.
type users map[string]*User

func newUsers() users {
	u := users{}
	for _, name := range []string{"alice", "bob", "bench"} {
		u[name] = &User{ID: name, Username: name, Password: name + "pass", FirstName: name,
			Email: name + "@example.com", EmailVerified: true, PreferredLanguage: language.English}
	}
	return u
}

func (u users) ExampleClientID() string     { return ServiceUserID }
func (u users) GetUserByID(id string) *User { return u[id] }
func (u users) GetUserByUsername(name string) *User {
	for _, user := range u {
		if user.Username == name {
			return user
		}
	}
	return nil
}

// Package ent is generated from ent/schema by `make generate`; only schema/ and entc.go are hand-written.
package ent

//go:generate go run -mod=mod entc.go

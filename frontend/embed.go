// Package frontend embeds the built SPA (frontend/dist) in the binary.
package frontend

import "embed"

// Dist holds the Vite build; all: keeps chunks whose names start with "_".
//
//go:embed all:dist
var Dist embed.FS

// Package collabtext holds the value types stored inside collaboration
// records (the ent schema imports it, so it imports nothing of the store).
package collabtext

import "time"

// Revision is one earlier text of a comment and when it was replaced.
type Revision struct {
	Text       string    `json:"text"`
	ReplacedAt time.Time `json:"replacedAt"`
}

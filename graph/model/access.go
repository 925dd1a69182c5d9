package model

import "mailroom/ent/accessentry"

// AccessEntry is a permission as listed on a workspace or folder, marked
// inherited when it comes from the folder's workspace.
type AccessEntry struct {
	ID         int
	Permission accessentry.Permission
	UserID     *int
	GroupID    *int
	Inherited  bool
}

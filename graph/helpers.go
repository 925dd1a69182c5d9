package graph

import (
	"errors"

	"mailroom/auth/viewer"
	"mailroom/mail/account"
)

func creatorID(v *viewer.Viewer) *int {
	if v == nil || v.UserID == 0 {
		return nil
	}
	return &v.UserID
}

// mailServerError tells the errors of the mail server (shown as a result)
// from the errors of the request (returned as GraphQL errors).
func mailServerError(err error) bool {
	var ae *account.Error
	return errors.As(err, &ae)
}

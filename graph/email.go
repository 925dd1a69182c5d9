package graph

import (
	"context"
	"strconv"

	"mailroom/ent"
	"mailroom/ent/attachment"
	"mailroom/mail"
)

// AttachmentURL is the download path of an attachment.
func AttachmentURL(id int) string { return "/attachments/" + strconv.Itoa(id) }

// EmlURL is the download path of an email's original bytes.
func EmlURL(id int) string { return "/emails/" + strconv.Itoa(id) + ".eml" }

// emailHTML returns the sanitized HTML with its cid: references pointing at
// the attachments' download URLs (the stored HTML keeps cid:, as the mail
// had it; mail.LinkCIDs rewrites).
func emailHTML(ctx context.Context, e *ent.Email) (*string, error) {
	if e.HTML == nil || !mail.ReferencesCIDs(*e.HTML) {
		return e.HTML, nil
	}
	atts, err := e.QueryAttachments().Where(attachment.ContentIDNEQ("")).All(ctx)
	if err != nil {
		return nil, err
	}
	urls := make(map[string]string, len(atts))
	for _, a := range atts {
		urls[a.ContentID] = AttachmentURL(a.ID)
	}
	out := mail.LinkCIDs(*e.HTML, urls)
	return &out, nil
}

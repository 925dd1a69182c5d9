package graph

import (
	"context"

	"entgo.io/contrib/entgql"
	"errors"
	"strings"

	"mailroom/ent"
	"mailroom/ent/attachment"
	"mailroom/graph/model"
	"mailroom/mail"

	"mailroom/mail/account"
)

// mailServerError tells the errors of the mail server (shown as a result)
// from the errors of the request (returned as GraphQL errors).
func mailServerError(err error) bool {
	var ae *account.Error
	return errors.As(err, &ae)
}

// emailHTML returns the sanitized HTML with cid: references pointing at the
// attachment download URLs (the stored HTML keeps cid:, as the mail had it).
func (r *Resolver) emailHTML(ctx context.Context, e *ent.Email) (*string, error) {
	if e.HTML == nil {
		return nil, nil
	}
	if !strings.Contains(*e.HTML, "cid:") {
		return e.HTML, nil
	}
	atts, err := e.QueryAttachments().Where(attachment.ContentIDNEQ("")).All(ctx)
	if err != nil {
		return nil, err
	}
	byCID := make(map[string]int, len(atts))
	for _, a := range atts {
		byCID[a.ContentID] = a.ID
	}
	out := mail.RewriteCIDs(*e.HTML, func(cid string) (string, bool) {
		id, ok := byCID[cid]
		return AttachmentURL(id), ok
	})
	return &out, nil
}

func deref[T any](p *T) T {
	var zero T
	if p == nil {
		return zero
	}
	return *p
}

func (r *Resolver) pushStatus(folderID int) *model.PushStatus {
	if r.Push == nil {
		return nil
	}
	st := r.Push.Status(folderID)
	out := &model.PushStatus{State: string(st.State)}
	if st.Err != nil {
		msg := st.Err.Error()
		out.Error = &msg
	}
	return out
}

// newestFirst is the default order of email lists: by sent date, newest
// first, emails without a date last (see schema.SentOrder).
var newestFirst = &ent.EmailOrder{Direction: entgql.OrderDirectionDesc, Field: ent.EmailOrderFieldSentOrder}

// restoreEmptyCursorValues puts back what entgql's cursor encoding drops: it
// omits an empty value, so the cursor of an email without a subject (or
// whose sent key is 0) comes back with no value, and entgql then pages by ID
// alone, skipping and repeating emails. Every Email order field is non-null,
// so a missing value is the field's zero value. The default order (by ID)
// carries no value at all.
func restoreEmptyCursorValues(order *ent.EmailOrder, cursors ...*entgql.Cursor[int]) {
	if order == nil || order.Field == nil || order.Field.String() == "" {
		return
	}
	for _, c := range cursors {
		if c != nil && c.Value == nil {
			c.Value, _ = order.Field.Value(&ent.Email{})
		}
	}
}

// search delegates to the index, which filters by the viewer's folders in its query.
func (r *Resolver) search(ctx context.Context, query string, folderID *int, first *int, after *entgql.Cursor[int]) (*ent.EmailConnection, error) {
	if r.Search == nil {
		return nil, errors.New("search is not available on this server")
	}
	restoreEmptyCursorValues(newestFirst, after)
	return r.Search.Search(ctx, r.Client, query, folderID, first, after)
}

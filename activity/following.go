package activity

import (
	"context"

	"entgo.io/contrib/entgql"

	"mailroom/ent"
	"mailroom/ent/email"
	"mailroom/ent/emailfolder"
	"mailroom/ent/subscription"
	"mailroom/ent/workspace"
)

// MaxFollowedScan bounds the subscriptions one page of Followed looks at:
// past it the page ends early (HasNext, with a cursor to go on from), so
// many subscriptions to what the viewer can no longer read cost a bounded
// amount per request.
const MaxFollowedScan = 2000

// FollowedPage is one page of what the viewer follows.
type FollowedPage struct {
	Subscriptions []*ent.Subscription
	HasNext       bool
	// End is where the next page starts (after the last subscription
	// looked at, shown or not); nil when nothing was looked at.
	End *entgql.Cursor[int]
}

// Followed pages the viewer's own subscriptions (the privacy rule OwnAlerts),
// newest first, keeping only those whose workspace, folder or email the
// viewer may read now: the targets are loaded with the viewer's privacy
// rules, so a subscription to something they lost READ on is not listed
// (it stays stored, and shows again if READ comes back).
func Followed(ctx context.Context, client *ent.Client, after *entgql.Cursor[int], first int) (*FollowedPage, error) {
	if _, err := signedIn(ctx); err != nil {
		return nil, err
	}
	page := &FollowedPage{Subscriptions: []*ent.Subscription{}}
	if first <= 0 {
		return page, nil
	}
	batch := min(max(first+1, 50), MaxFollowedScan)
	cursor := 0
	if after != nil {
		cursor = after.ID
	}
	for scanned := 0; scanned < MaxFollowedScan; {
		q := client.Subscription.Query().Order(ent.Desc(subscription.FieldID)).Limit(min(batch, MaxFollowedScan-scanned))
		if cursor != 0 {
			q.Where(subscription.IDLT(cursor))
		}
		subs, err := q.All(ctx)
		if err != nil {
			return nil, err
		}
		readable, err := readableTargets(ctx, client, subs)
		if err != nil {
			return nil, err
		}
		for _, s := range subs {
			if !readable[s.TargetID] {
				cursor = s.ID
				continue
			}
			if len(page.Subscriptions) == first {
				page.HasNext = true
				return page.ended(cursor), nil
			}
			page.Subscriptions = append(page.Subscriptions, s)
			cursor = s.ID
		}
		scanned += len(subs)
		if len(subs) < batch {
			return page.ended(cursor), nil
		}
	}
	page.HasNext = true
	return page.ended(cursor), nil
}

func (p *FollowedPage) ended(cursor int) *FollowedPage {
	if cursor != 0 {
		p.End = &entgql.Cursor[int]{ID: cursor}
	}
	return p
}

// readableTargets are the targets of subs the viewer of ctx may read: one
// query per kind, each narrowed by the privacy rules.
func readableTargets(ctx context.Context, client *ent.Client, subs []*ent.Subscription) (map[int]bool, error) {
	ids := make([]int, len(subs))
	for i, s := range subs {
		ids[i] = s.TargetID
	}
	out := map[int]bool{}
	if len(ids) == 0 {
		return out, nil
	}
	for _, load := range []func() ([]int, error){
		func() ([]int, error) { return client.Workspace.Query().Where(workspace.IDIn(ids...)).IDs(ctx) },
		func() ([]int, error) { return client.EmailFolder.Query().Where(emailfolder.IDIn(ids...)).IDs(ctx) },
		func() ([]int, error) { return client.Email.Query().Where(email.IDIn(ids...)).IDs(ctx) },
	} {
		found, err := load()
		if err != nil {
			return nil, err
		}
		for _, id := range found {
			out[id] = true
		}
	}
	return out, nil
}

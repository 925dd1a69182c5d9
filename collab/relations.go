package collab

import (
	"context"
	"fmt"
	"net/url"
	"strings"

	"mailroom/activity"
	"mailroom/auth"
	"mailroom/auth/viewer"
	"mailroom/ent"
	"mailroom/ent/predicate"
	"mailroom/ent/relation"
)

// end is one end of a relation: the document and what its permissions are
// checked on.
type end struct {
	node                     ent.Noder
	target                   auth.Target
	email, folder, workspace *int
}

func (s *Service) end(ctx context.Context, id int, field string) (end, error) {
	n, err := s.node(ctx, id)
	if err != nil {
		return end{}, err
	}
	t, ok := auth.TargetOf(n)
	if !ok {
		return end{}, &auth.InputError{Field: field, Message: "relations link emails, email folders and workspaces"}
	}
	if err := s.notTrashed(ctx, n); err != nil {
		return end{}, err
	}
	e := end{node: n, target: t}
	switch n := n.(type) {
	case *ent.Email:
		e.email, e.folder = &n.ID, &n.FolderID
	case *ent.EmailFolder:
		e.folder = &n.ID
	case *ent.Workspace:
		e.workspace = &n.ID
	}
	return e, nil
}

// externalURL checks a link to outside: http or https, a host, no
// credentials, bounded length.
func externalURL(raw string) (string, error) {
	bad := func(msg string) error { return &auth.InputError{Field: "url", Message: msg} }
	raw = strings.TrimSpace(raw)
	if len(raw) > MaxURLLength {
		return "", bad(fmt.Sprintf("the link is too long (at most %d characters)", MaxURLLength))
	}
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return "", bad("not a web address")
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return "", bad("only http and https links are allowed")
	}
	if u.User != nil {
		return "", bad("links with a user name or password are refused")
	}
	if strings.ContainsFunc(raw, func(r rune) bool { return r < 0x20 || r == 0x7f }) {
		return "", bad("the link contains control characters")
	}
	return u.String(), nil
}

// CreateRelation links sourceID to targetID (a document the viewer can
// read) or to an external URL, exactly one of them. It needs WRITE on the
// source.
func (s *Service) CreateRelation(ctx context.Context, sourceID int, targetID *int, link *string, p relation.Predicate) (*ent.Relation, error) {
	creator, err := actor(ctx)
	if err != nil {
		return nil, err
	}
	if err := relation.PredicateValidator(p); err != nil {
		return nil, &auth.InputError{Field: "predicate", Message: "unknown predicate"}
	}
	src, err := s.end(ctx, sourceID, "sourceID")
	if err != nil {
		return nil, err
	}
	sys, err := auth.Authorize(ctx, src.target, viewer.Write)
	if err != nil {
		return nil, err
	}
	c := s.client.Relation.Create().SetPredicate(p).SetCreatedByID(creator).
		SetNillableSourceEmailID(src.email).SetNillableSourceFolderID(src.folder).SetNillableSourceWorkspaceID(src.workspace)
	same := []predicate.Relation{relation.PredicateEQ(p), sourceIs(src)}
	switch {
	case (targetID == nil) == (link == nil || *link == ""):
		return nil, &auth.InputError{Field: "targetID", Message: "give either a document or a url"}
	case targetID != nil:
		if *targetID == sourceID {
			return nil, &auth.InputError{Field: "targetID", Message: "a document cannot be related to itself"}
		}
		dst, err := s.end(ctx, *targetID, "targetID")
		if err != nil {
			return nil, err
		}
		if err := auth.Require(ctx, dst.target, viewer.Read); err != nil {
			return nil, err
		}
		c.SetNillableTargetEmailID(dst.email).SetNillableTargetFolderID(dst.folder).SetNillableTargetWorkspaceID(dst.workspace)
		same = append(same, targetIs(dst))
	default:
		u, err := externalURL(*link)
		if err != nil {
			return nil, err
		}
		c.SetURL(u)
		same = append(same, relation.URL(u))
	}
	if dup, err := s.client.Relation.Query().Where(same...).Exist(sys); err != nil {
		return nil, err
	} else if dup {
		return nil, &auth.InputError{Field: "targetID", Message: "this relation exists already"}
	}
	if n, err := s.client.Relation.Query().Where(sourceIs(src)).Count(sys); err != nil {
		return nil, err
	} else if n >= MaxRelations {
		return nil, &auth.InputError{Field: "sourceID", Message: fmt.Sprintf("this document has the most relations allowed (%d)", MaxRelations)}
	}
	r, err := c.Save(sys)
	if err != nil {
		return nil, err
	}
	e := activity.Entry{Kind: activity.Related, ObjectID: r.ID, Text: "related: " + strings.ToLower(strings.ReplaceAll(string(p), "_", " "))}
	switch {
	case src.email != nil:
		e.EmailID, e.FolderID = *src.email, *src.folder
	case src.folder != nil:
		e.FolderID = *src.folder
	default:
		e.WorkspaceID = *src.workspace
	}
	s.record(ctx, e)
	return r, nil
}

func sourceIs(e end) predicate.Relation {
	switch {
	case e.email != nil:
		return relation.SourceEmailID(*e.email)
	case e.folder != nil:
		return relation.And(relation.SourceFolderID(*e.folder), relation.SourceEmailIDIsNil())
	}
	return relation.SourceWorkspaceID(*e.workspace)
}

func targetIs(e end) predicate.Relation {
	switch {
	case e.email != nil:
		return relation.TargetEmailID(*e.email)
	case e.folder != nil:
		return relation.And(relation.TargetFolderID(*e.folder), relation.TargetEmailIDIsNil())
	}
	return relation.TargetWorkspaceID(*e.workspace)
}

// DeleteRelation removes a relation: its creator (with WRITE on the source)
// or a manager of the source may.
func (s *Service) DeleteRelation(ctx context.Context, id int) error {
	r, err := s.client.Relation.Get(ctx, id)
	if err != nil {
		return err
	}
	t := auth.Target{}
	switch {
	case r.SourceFolderID != nil:
		t.FolderID = *r.SourceFolderID
	case r.SourceWorkspaceID != nil:
		t.WorkspaceID = *r.SourceWorkspaceID
	}
	sys, err := authorOrManager(ctx, t, r.CreatedByID, "delete a relation")
	if err != nil {
		return err
	}
	return s.client.Relation.DeleteOneID(r.ID).Exec(sys)
}

// Of lists the relations of a document in both directions, oldest first;
// the privacy rule leaves out those whose other end the viewer cannot read.
func (s *Service) Of(ctx context.Context, n ent.Noder) ([]*ent.Relation, error) {
	var p predicate.Relation
	switch n := n.(type) {
	case *ent.Email:
		p = relation.Or(relation.SourceEmailID(n.ID), relation.TargetEmailID(n.ID))
	case *ent.EmailFolder:
		p = relation.Or(sourceIs(end{folder: &n.ID}), targetIs(end{folder: &n.ID}))
	case *ent.Workspace:
		p = relation.Or(relation.SourceWorkspaceID(n.ID), relation.TargetWorkspaceID(n.ID))
	default:
		return nil, nil
	}
	return s.client.Relation.Query().Where(p).WithCreatedBy().
		Order(ent.Asc(relation.FieldCreatedAt), ent.Asc(relation.FieldID)).All(ctx)
}

// Ends loads the two documents of a relation as the viewer, one query
// each; target is nil for an external link.
func (s *Service) Ends(ctx context.Context, r *ent.Relation) (source, target ent.Noder, err error) {
	if source, err = s.load(ctx, r.SourceEmailID, r.SourceFolderID, r.SourceWorkspaceID); err != nil {
		return nil, nil, err
	}
	if target, err = s.load(ctx, r.TargetEmailID, r.TargetFolderID, r.TargetWorkspaceID); err != nil {
		return nil, nil, err
	}
	return source, target, nil
}

// load is the email, else the folder, else the workspace of one end; nil
// when none is set.
func (s *Service) load(ctx context.Context, email, folder, workspace *int) (ent.Noder, error) {
	switch {
	case email != nil:
		return s.client.Email.Get(ctx, *email)
	case folder != nil:
		return s.client.EmailFolder.Get(ctx, *folder)
	case workspace != nil:
		return s.client.Workspace.Get(ctx, *workspace)
	}
	return nil, nil
}

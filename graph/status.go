package graph

import (
	"errors"

	"github.com/99designs/gqlgen/graphql"

	"mailroom/graph/model"
	"mailroom/ingest"
	"mailroom/mail/account"
)

// fetchReport encodes the report of a fetch run.
func fetchReport(rep ingest.Report) *model.FetchReport {
	out := &model.FetchReport{Imported: rep.Imported, Duplicates: rep.Duplicates, Failed: rep.Failed, Remaining: rep.Remaining}
	if rep.Err != nil {
		msg := rep.Err.Error()
		out.Error = &msg
	}
	return out
}

// pushStatus encodes the state of a folder's push watcher (nil without push).
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

// connectionResult encodes the outcome of a connection test: what the mail
// server answered is a result, any other error is the request's.
func connectionResult(err error) (*model.TestConnectionResult, error) {
	if err == nil {
		return &model.TestConnectionResult{Ok: true}, nil
	}
	var ae *account.Error
	if !errors.As(err, &ae) {
		return nil, err
	}
	msg := err.Error()
	return &model.TestConnectionResult{Ok: false, Error: &msg}, nil
}

// uploads hands the files of a multipart request to ingest.
func uploads(files []*graphql.Upload) []ingest.Upload {
	out := make([]ingest.Upload, len(files))
	for i, f := range files {
		out[i] = ingest.Upload{Filename: f.Filename, Size: f.Size, Body: f.File}
	}
	return out
}

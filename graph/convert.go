package graph

import (
	"strconv"

	"mailroom/graph/model"
	"mailroom/ingest"
)

func fetchReport(rep ingest.Report) *model.FetchReport {
	out := &model.FetchReport{Imported: rep.Imported, Duplicates: rep.Duplicates, Failed: rep.Failed, Remaining: rep.Remaining}
	if rep.Err != nil {
		msg := rep.Err.Error()
		out.Error = &msg
	}
	return out
}

// AttachmentURL is the download path of an attachment.
func AttachmentURL(id int) string { return "/attachments/" + itoa(id) }

// EmlURL is the download path of an email's original bytes.
func EmlURL(id int) string { return "/emails/" + itoa(id) + ".eml" }

func itoa(n int) string { return strconv.Itoa(n) }

package graph

import (
	"strconv"

	"mailroom/graph/model"
	"mailroom/ingest"
)

// folderParams turns the create input into the settings patch of ingest.
func folderParams(in model.CreateEmailFolderInput) ingest.FolderParams {
	return ingest.FolderParams{
		Title: &in.Title, Email: &in.Email, Username: in.Username, Password: &in.Password,
		Protocol: in.Protocol, Host: &in.Host, Port: in.Port, SocketFactoryFallback: in.SocketFactoryFallback,
		SocketFactoryPort: in.SocketFactoryPort, StartTLS: in.StartTLS, SSLProtocols: in.SslProtocols,
		EmailsLimit: in.EmailsLimit, Mailbox: in.Mailbox, FetchIntervalMinutes: in.FetchIntervalMinutes,
		Push: in.Push, AfterImport: in.AfterImport, MoveTo: in.MoveTo,
		TrustedCertificate: in.TrustedCertificate, AllowInsecureAuth: in.AllowInsecureAuth,
	}
}

func testParams(in model.TestConnectionInput) ingest.FolderParams {
	return ingest.FolderParams{
		Email: &in.Email, Username: in.Username, Password: in.Password, Protocol: in.Protocol,
		Host: &in.Host, Port: in.Port, SocketFactoryFallback: in.SocketFactoryFallback,
		SocketFactoryPort: in.SocketFactoryPort, StartTLS: in.StartTLS, SSLProtocols: in.SslProtocols,
		Mailbox: in.Mailbox, TrustedCertificate: in.TrustedCertificate, AllowInsecureAuth: in.AllowInsecureAuth,
	}
}

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

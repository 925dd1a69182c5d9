package demo

import (
	"context"
	"fmt"
	"log/slog"
	"net/netip"

	"mailroom/auth/viewer"
	"mailroom/ent"
	"mailroom/ent/emailfolder"
	"mailroom/ent/workspace"
	"mailroom/ingest"
)

// The names the demo looks up at every start: renaming either makes the next
// start create a new one.
const (
	WorkspaceTitle = "Demo"
	FolderTitle    = "Demo inbox"
)

// Start runs demo mode: it starts the demo IMAP server and points the Demo
// inbox folder at it (creating the Demo workspace and folder the first time).
// Close the server when the process stops.
func Start(ctx context.Context, client *ent.Client, ing *ingest.Service, log *slog.Logger) (*Server, error) {
	s, err := Listen(log)
	if err != nil {
		return nil, err
	}
	f, err := s.Provision(ctx, client, ing)
	if err != nil {
		s.Close()
		return nil, err
	}
	log.Info("demo mailbox ready", slog.String("account", Username), slog.String("imap", s.Addr()),
		slog.Int("messages", s.messages), slog.String("workspace", WorkspaceTitle),
		slog.String("folder", FolderTitle), slog.Int("folder_id", f.ID))
	return s, nil
}

// Provision makes the Demo workspace and its Demo inbox folder exist and read
// this server. The first call creates them; later ones (the next start with
// the same data) only update the connection, whose port, password and
// certificate are new, and leave the user's other settings alone.
func (s *Server) Provision(ctx context.Context, client *ent.Client, ing *ingest.Service) (*ent.EmailFolder, error) {
	ctx = viewer.SystemContext(ctx)
	// This server, and only its port, is reachable although on loopback.
	ing.HostPolicy().AllowAddr(netip.AddrPortFrom(netip.MustParseAddr(host), uint16(s.port)))
	ws, err := client.Workspace.Query().Where(workspace.Title(WorkspaceTitle)).
		Order(ent.Asc(workspace.FieldID)).First(ctx)
	if ent.IsNotFound(err) {
		ws, err = client.Workspace.Create().SetTitle(WorkspaceTitle).
			SetDescription("Sample mail of a small team, served by Mailroom's built-in demo IMAP server (mailroom serve --demo).").
			Save(ctx)
	}
	if err != nil {
		return nil, fmt.Errorf("demo workspace: %w", err)
	}

	conn := s.connection()
	f, err := client.EmailFolder.Query().
		Where(emailfolder.WorkspaceID(ws.ID), emailfolder.Title(FolderTitle)).
		Order(ent.Asc(emailfolder.FieldID)).First(ctx)
	switch {
	case ent.IsNotFound(err):
		p := conn
		p.Title = ptr(FolderTitle)
		// Nothing arrives by itself: the newcomer clicks "Check email".
		p.FetchIntervalMinutes = ptr(0)
		p.Push = ptr(false)
		f, err = ing.CreateFolder(ctx, ws.ID, p)
	case err == nil:
		f, err = ing.UpdateFolder(ctx, f.ID, conn)
	}
	if err != nil {
		return nil, fmt.Errorf("demo email folder: %w", err)
	}
	return f, nil
}

// connection is the folder parameters that reach this server: IMAPS on its
// port, no STARTTLS fallback (there is no plain port), its certificate
// trusted, its password.
func (s *Server) connection() ingest.FolderParams {
	proto := emailfolder.ProtocolIMAPS
	return ingest.FolderParams{
		Email:                 ptr(Username),
		Username:              ptr(""),
		Password:              ptr(s.password),
		Protocol:              &proto,
		Host:                  ptr(host),
		Port:                  ptr(s.port),
		SocketFactoryPort:     ptr(s.port),
		SocketFactoryFallback: ptr(false),
		StartTLS:              ptr(true),
		SSLProtocols:          ptr("TLSv1.2 TLSv1.3"),
		Mailbox:               ptr("INBOX"),
		TrustedCertificate:    ptr(s.certPEM),
		AllowInsecureAuth:     ptr(false),
	}
}

func ptr[T any](v T) *T { return &v }

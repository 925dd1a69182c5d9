// Package backup copies a Mailroom data directory while the server runs
// (backup) and makes a new data directory from such a copy (restore).
//
// A backup directory holds mailroom.db (a consistent SQLite snapshot made
// with VACUUM INTO), blobs/ (the raw messages and attachments the snapshot
// refers to, under their sha256 as in the data directory, so a second backup
// into the same directory only adds new ones), secret.key (which decrypts
// the mail account passwords in the database) and manifest.json.
package backup

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"time"

	"mailroom/ent/migrate"
)

// File names inside a backup directory (and a data directory).
const (
	ManifestFile = "manifest.json"
	DatabaseFile = "mailroom.db"
	BlobsDir     = "blobs"
)

// ManifestFormat is the version of manifest.json this code writes and reads.
const ManifestFormat = 1

// Manifest describes a backup; restore checks the backup against it.
type Manifest struct {
	Format    int       `json:"format"`
	CreatedAt time.Time `json:"createdAt"`
	// Mailroom is the build that made the backup (VCS revision when known).
	Mailroom string `json:"mailroom"`
	// Schema identifies the database schema (tables and columns) of that build.
	Schema   string       `json:"schema"`
	Database DatabaseInfo `json:"database"`
	// Counts of the snapshot.
	Emails      int `json:"emails"`
	Attachments int `json:"attachments"`
	// Blobs and BlobBytes: distinct blobs the database refers to, all in blobs/.
	Blobs     int   `json:"blobs"`
	BlobBytes int64 `json:"blobBytes"`
	// NewBlobs and NewBlobBytes: what this run copied (the rest was already there).
	NewBlobs     int   `json:"newBlobs"`
	NewBlobBytes int64 `json:"newBlobBytes"`
	// MissingBlobs and CorruptedBlobs are blobs the database refers to that
	// the data directory lacked or held damaged: not in the backup.
	MissingBlobs   []string `json:"missingBlobs,omitempty"`
	CorruptedBlobs []string `json:"corruptedBlobs,omitempty"`
	// SecretKey tells whether secret.key is in the backup.
	SecretKey bool `json:"secretKey"`
}

// DatabaseInfo is the database part of the manifest.
type DatabaseInfo struct {
	// Dialect is "sqlite" or "postgres" (then the database is not in the
	// backup: pg_dump it).
	Dialect string `json:"dialect"`
	File    string `json:"file,omitempty"`
	Size    int64  `json:"size,omitempty"`
	SHA256  string `json:"sha256,omitempty"`
}

// Version is this build of Mailroom: the VCS revision it was built from.
func Version() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "unknown"
	}
	var rev, modified string
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			if s.Value == "true" {
				modified = "+modified"
			}
		}
	}
	if rev == "" {
		return info.Main.Version
	}
	return rev + modified
}

// SchemaID is a short hash of the tables and columns this build migrates to.
func SchemaID() string {
	h := sha256.New()
	for _, t := range migrate.Tables {
		fmt.Fprintf(h, "%s(", t.Name)
		for _, c := range t.Columns {
			fmt.Fprintf(h, "%s %s,", c.Name, c.Type)
		}
		io.WriteString(h, ")\n")
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}

func readManifest(dir string) (*Manifest, error) {
	b, err := os.ReadFile(filepath.Join(dir, ManifestFile))
	if errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("%s has no %s: it is not a Mailroom backup, or the backup did not finish", dir, ManifestFile)
	}
	if err != nil {
		return nil, err
	}
	var m Manifest
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, fmt.Errorf("%s: %w", ManifestFile, err)
	}
	if m.Format != ManifestFormat {
		return nil, fmt.Errorf("%s: format %d, this Mailroom reads format %d", ManifestFile, m.Format, ManifestFormat)
	}
	return &m, nil
}

func writeManifest(dir string, m *Manifest) error {
	b, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return err
	}
	return writeFileAtomic(filepath.Join(dir, ManifestFile), append(b, '\n'), 0o600)
}

// writeFileAtomic writes a file under a temporary name, syncs it and renames it.
func writeFileAtomic(path string, data []byte, mode os.FileMode) error {
	tmp := path + ".tmp"
	f, err := os.OpenFile(tmp, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, mode)
	if err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		os.Remove(tmp)
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		os.Remove(tmp)
		return err
	}
	if err := f.Close(); err != nil {
		os.Remove(tmp)
		return err
	}
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return err
	}
	return syncDir(filepath.Dir(path))
}

func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}

// fileSHA256 returns the sha256 and size of a file.
func fileSHA256(path string) (string, int64, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", 0, err
	}
	defer f.Close()
	h := sha256.New()
	n, err := io.Copy(h, f)
	if err != nil {
		return "", 0, err
	}
	return hex.EncodeToString(h.Sum(nil)), n, nil
}

// copyFile copies src to dst (created with mode, synced) and returns the
// sha256 of what was copied.
func copyFile(src, dst string, mode os.FileMode) (string, error) {
	in, err := os.Open(src)
	if err != nil {
		return "", err
	}
	defer in.Close()
	out, err := os.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_EXCL, mode)
	if err != nil {
		return "", err
	}
	h := sha256.New()
	if _, err := io.Copy(io.MultiWriter(out, h), in); err != nil {
		out.Close()
		return "", err
	}
	if err := out.Sync(); err != nil {
		out.Close()
		return "", err
	}
	if err := out.Close(); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// sqlQuote quotes a string literal for SQL.
func sqlQuote(s string) string { return "'" + strings.ReplaceAll(s, "'", "''") + "'" }

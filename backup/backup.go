package backup

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"time"

	"mailroom/auth"
	"mailroom/auth/viewer"
	"mailroom/blob"
	"mailroom/ent"
	"mailroom/integrity"
	"mailroom/store"
)

// Options say what to back up and where.
type Options struct {
	// DataDir is the server's data directory; DB its --db (empty: the
	// SQLite database in DataDir); Blobs its blob directory (empty:
	// DataDir/blobs).
	DataDir, DB, Blobs string
	// Source, when set, is the blob store to copy from instead of the
	// directory Blobs (an S3 bucket: its blobs are copied into the backup
	// directory by their content address).
	Source *blob.Store
	// To is the backup directory; created when missing.
	To string
	// SecretKeyFromEnv is set when the server takes its key from
	// MAILROOM_SECRET_KEY instead of DataDir/secret.key.
	SecretKeyFromEnv bool
	// Out receives what the operator should read (warnings, the summary).
	Out io.Writer
	// Progress, when set, is told how the blob copy advances.
	Progress func(done, total int, bytes int64)
}

// maxSnapshots bounds how often a backup takes a new snapshot because blobs
// the previous one refers to were purged before they could be copied.
const maxSnapshots = 3

// Run makes or refreshes a backup. It only reads the data directory, so the
// server may go on serving and importing meanwhile.
func Run(ctx context.Context, o Options) (*Manifest, error) {
	if o.Out == nil {
		o.Out = io.Discard
	}
	if o.Blobs == "" {
		o.Blobs = filepath.Join(o.DataDir, BlobsDir)
	}
	dsn := store.DSN(o.DataDir, o.DB)
	src := o.Source
	if src == nil {
		src = blob.At(o.Blobs)
		if _, err := os.Stat(o.Blobs); err != nil {
			return nil, fmt.Errorf("blob store: %w", err)
		}
	}
	if err := os.MkdirAll(o.To, 0o700); err != nil {
		return nil, fmt.Errorf("backup directory: %w", err)
	}
	unlock, err := lockDir(o.To)
	if err != nil {
		return nil, err
	}
	defer unlock()
	dst, err := blob.Open(filepath.Join(o.To, BlobsDir))
	if err != nil {
		return nil, err
	}
	m := &Manifest{Format: ManifestFormat, Mailroom: Version(), Schema: SchemaID()}
	fmt.Fprintln(o.Out, "This backup holds the secret key that decrypts the mail account passwords: keep it as secret as the key itself (encrypted disk, restricted access).")

	postgres := store.IsPostgres(dsn)
	if postgres {
		fmt.Fprintln(o.Out, "The database is PostgreSQL: back it up with pg_dump (pg_dump -Fc -f mailroom.dump DATABASE_URL) before this command; "+
			"this copies the blob store and the key. Blobs are only ever added before the rows that refer to them, so a dump taken first finds every blob it refers to here.")
		m.Database = DatabaseInfo{Dialect: "postgres"}
	}

	// The snapshot and the blobs it refers to. A purge from the trash between
	// the snapshot and the copy removes blobs the snapshot still refers to:
	// then take a new snapshot (the blobs copied so far stay).
	for attempt := 1; ; attempt++ {
		var client *ent.Client
		var closeDB func()
		if postgres {
			c, db, err := store.OpenReadOnly(ctx, dsn)
			if err != nil {
				return nil, err
			}
			client, closeDB = c, func() { c.Close(); db.Close() }
		} else {
			snap, err := snapshotSQLite(ctx, dsn, o.To)
			if err != nil {
				return nil, err
			}
			c, db, err := store.OpenReadOnly(ctx, snap)
			if err != nil {
				os.Remove(snap)
				return nil, err
			}
			client = c
			closeDB = func() { c.Close(); db.Close() }
			defer os.Remove(snap) // after a successful rename this is a no-op
			m.Database.File = snap
		}
		var vanished []string
		vanished, m.CorruptedBlobs, err = copyBlobs(ctx, client, src, dst, m, o.Progress)
		if err == nil {
			err = count(ctx, client, m)
		}
		closeDB()
		if err != nil {
			return nil, err
		}
		if len(vanished) == 0 || attempt == maxSnapshots || postgres {
			m.MissingBlobs = vanished
			break
		}
		fmt.Fprintf(o.Out, "%d blobs were purged from the trash during the backup: taking a new snapshot\n", len(vanished))
	}
	if err := dst.Sync(); err != nil {
		return nil, err
	}

	// The key, then the database, then the manifest that vouches for both.
	keyPath := filepath.Join(o.DataDir, auth.KeyFile)
	switch _, err := os.Stat(keyPath); {
	case err == nil:
		if err := copyOver(keyPath, filepath.Join(o.To, auth.KeyFile), 0o600); err != nil {
			return nil, fmt.Errorf("copy the secret key: %w", err)
		}
		m.SecretKey = true
	case errors.Is(err, os.ErrNotExist) && o.SecretKeyFromEnv:
		fmt.Fprintln(o.Out, "The key comes from MAILROOM_SECRET_KEY, so it is not in this backup: keep it with the backup, or the restored server cannot decrypt the mail account passwords.")
	case errors.Is(err, os.ErrNotExist):
		fmt.Fprintf(o.Out, "Warning: %s is missing: the mail account passwords in this backup cannot be decrypted without the original key.\n", keyPath)
	default:
		return nil, fmt.Errorf("secret key: %w", err)
	}
	if !postgres {
		final := filepath.Join(o.To, DatabaseFile)
		sum, size, err := fileSHA256(m.Database.File)
		if err != nil {
			return nil, err
		}
		if err := os.Rename(m.Database.File, final); err != nil {
			return nil, err
		}
		if err := syncDir(o.To); err != nil {
			return nil, err
		}
		m.Database = DatabaseInfo{Dialect: "sqlite", File: DatabaseFile, Size: size, SHA256: sum}
	}
	m.CreatedAt = time.Now().UTC()
	if err := writeManifest(o.To, m); err != nil {
		return nil, err
	}
	if n := len(m.MissingBlobs) + len(m.CorruptedBlobs); n > 0 {
		return m, fmt.Errorf("%w: %d blobs the database refers to are missing and %d corrupted in the data directory (listed in %s); "+
			"everything else was copied. Run `mailroom verify` on the data directory", ErrIncomplete, len(m.MissingBlobs), len(m.CorruptedBlobs), ManifestFile)
	}
	return m, nil
}

// ErrIncomplete is returned when the data directory lacks blobs its database
// refers to: the backup holds everything else and the manifest lists them.
var ErrIncomplete = errors.New("the backup is incomplete")

// snapshotSQLite writes a consistent copy of the database into dir under a
// temporary name (VACUUM INTO reads in one transaction; in WAL mode the
// server's writers go on meanwhile) and syncs it.
func snapshotSQLite(ctx context.Context, dsn, dir string) (string, error) {
	_, db, err := store.OpenReadOnly(ctx, dsn)
	if err != nil {
		return "", err
	}
	defer db.Close()
	tmp := filepath.Join(dir, fmt.Sprintf("%s.tmp-%d", DatabaseFile, time.Now().UnixNano()))
	if _, err := db.ExecContext(ctx, "VACUUM INTO "+sqlQuote(tmp)); err != nil {
		os.Remove(tmp)
		return "", fmt.Errorf("snapshot the database: %w", err)
	}
	f, err := os.Open(tmp)
	if err == nil {
		err = f.Sync()
		f.Close()
	}
	if err != nil {
		os.Remove(tmp)
		return "", fmt.Errorf("snapshot the database: %w", err)
	}
	return tmp, nil
}

// copyBlobs copies every blob the database refers to that the backup lacks,
// checking each against its sha256 on the way. It returns the blobs that are
// not in the source store and those whose bytes do not match their name.
func copyBlobs(ctx context.Context, client *ent.Client, src, dst *blob.Store, m *Manifest,
	progress func(done, total int, bytes int64)) (vanished, corrupted []string, err error) {
	refs, err := integrity.References(viewer.SystemContext(ctx), client)
	if err != nil {
		return nil, nil, err
	}
	sums := make([]string, 0, len(refs))
	for s := range refs {
		sums = append(sums, s)
	}
	sort.Strings(sums) // directory order: kinder to the disk
	m.Blobs, m.BlobBytes = len(sums), 0
	for i, sum := range sums {
		if err := ctx.Err(); err != nil {
			return nil, nil, err
		}
		if fi, err := os.Stat(dst.Path(sum)); err == nil && (refs[sum] < 0 || fi.Size() == refs[sum]) {
			m.BlobBytes += fi.Size()
		} else {
			n, err := copyBlob(src, dst, sum)
			switch {
			case errors.Is(err, blob.ErrNotFound):
				vanished = append(vanished, sum)
			case errors.Is(err, errCorrupted):
				corrupted = append(corrupted, sum)
			case err != nil:
				return nil, nil, err
			default:
				m.NewBlobs++
				m.NewBlobBytes += n
				m.BlobBytes += n
			}
		}
		if progress != nil {
			progress(i+1, len(sums), m.BlobBytes)
		}
	}
	return vanished, corrupted, nil
}

var errCorrupted = errors.New("blob does not match its sha256")

// copyBlob copies one blob into the backup's store, which hashes what it
// writes: a blob whose bytes do not match its name is not kept.
func copyBlob(src, dst *blob.Store, sum string) (int64, error) {
	in, err := src.Open(sum)
	if err != nil {
		return 0, err
	}
	defer in.Close()
	w, err := dst.Create()
	if err != nil {
		return 0, err
	}
	if _, err := io.Copy(w, in); err != nil {
		w.Abort()
		return 0, fmt.Errorf("copy blob %s: %w", sum, err)
	}
	got, n, err := w.Commit()
	if err != nil {
		return 0, err
	}
	if got != sum {
		_ = dst.Remove(got) // never referred to under that name
		return 0, fmt.Errorf("%w: %s", errCorrupted, sum)
	}
	return n, nil
}

// count fills in the manifest's row counts from the snapshot.
func count(ctx context.Context, client *ent.Client, m *Manifest) error {
	ctx = viewer.SystemContext(ctx)
	var err error
	if m.Emails, err = client.Email.Query().Count(ctx); err != nil {
		return err
	}
	m.Attachments, err = client.Attachment.Query().Count(ctx)
	return err
}

// copyOver replaces dst with a synced copy of src.
func copyOver(src, dst string, mode os.FileMode) error {
	tmp := dst + ".tmp"
	os.Remove(tmp)
	if _, err := copyFile(src, tmp, mode); err != nil {
		os.Remove(tmp)
		return err
	}
	if err := os.Rename(tmp, dst); err != nil {
		os.Remove(tmp)
		return err
	}
	return syncDir(filepath.Dir(dst))
}

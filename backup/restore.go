package backup

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"

	"mailroom/auth"
	"mailroom/auth/viewer"
	"mailroom/blob"
	"mailroom/integrity"
	"mailroom/store"
)

// RestoreOptions say which backup to restore where.
type RestoreOptions struct {
	// From is the backup directory; DataDir the new data directory, which
	// must not exist or be empty.
	From, DataDir string
	// Blobs, when set, receives the blobs instead of DataDir/blobs (an S3
	// bucket). Blobs already there are kept; a failed restore leaves those it
	// copied (content-addressed, they harm nothing).
	Blobs    *blob.Store
	Out      io.Writer
	Progress func(done, total int, bytes int64)
}

// Restore makes a data directory from a backup, checking the database
// against the manifest and every blob against its sha256. On failure it
// leaves the target as it found it (absent or empty).
func Restore(ctx context.Context, o RestoreOptions) (m *Manifest, err error) {
	if o.Out == nil {
		o.Out = io.Discard
	}
	if err := refuseNonEmpty(o.DataDir); err != nil {
		return nil, err
	}
	m, err = readManifest(o.From)
	if err != nil {
		return nil, err
	}
	if m.Schema != SchemaID() {
		fmt.Fprintf(o.Out, "The backup was made by Mailroom %s (schema %s); this is %s (schema %s): `mailroom serve` migrates the database on start.\n",
			m.Mailroom, m.Schema, Version(), SchemaID())
	}
	if m.Database.Dialect == "sqlite" {
		sum, size, err := fileSHA256(filepath.Join(o.From, m.Database.File))
		if err != nil {
			return nil, fmt.Errorf("backup database: %w", err)
		}
		if sum != m.Database.SHA256 || size != m.Database.Size {
			return nil, fmt.Errorf("the backup's database does not match its manifest (sha256 %s, %d bytes; manifest says %s, %d bytes): "+
				"the backup was damaged or interrupted; take a new one", sum, size, m.Database.SHA256, m.Database.Size)
		}
	}

	created := false
	if _, err := os.Stat(o.DataDir); errors.Is(err, os.ErrNotExist) {
		created = true
	}
	if err := os.MkdirAll(o.DataDir, 0o700); err != nil {
		return nil, err
	}
	defer func() {
		if err != nil { // leave nothing half-restored behind
			if created {
				os.RemoveAll(o.DataDir)
			} else {
				entries, _ := os.ReadDir(o.DataDir)
				for _, e := range entries {
					os.RemoveAll(filepath.Join(o.DataDir, e.Name()))
				}
			}
		}
	}()

	dbPath := filepath.Join(o.DataDir, DatabaseFile)
	if m.Database.Dialect == "sqlite" {
		sum, err := copyFile(filepath.Join(o.From, m.Database.File), dbPath, 0o600)
		if err != nil {
			return nil, fmt.Errorf("copy the database: %w", err)
		}
		if sum != m.Database.SHA256 {
			return nil, fmt.Errorf("the database changed while it was copied (sha256 %s)", sum)
		}
	}
	dst := o.Blobs
	if dst == nil {
		if dst, err = blob.Open(filepath.Join(o.DataDir, BlobsDir)); err != nil {
			return nil, err
		}
	}
	src := blob.At(filepath.Join(o.From, BlobsDir))
	var sums []string
	if m.Database.Dialect == "sqlite" {
		// Exactly the blobs the restored database refers to, each checked.
		client, db, err := store.OpenReadOnly(ctx, dbPath)
		if err != nil {
			return nil, err
		}
		refs, err := integrity.References(viewer.SystemContext(ctx), client)
		client.Close()
		db.Close()
		if err != nil {
			return nil, err
		}
		for s := range refs {
			sums = append(sums, s)
		}
	} else {
		// PostgreSQL: the database is restored with pg_restore; take every blob.
		if err := src.Walk(func(sum string, _ int64) error { sums = append(sums, sum); return nil }); err != nil {
			return nil, err
		}
	}
	sort.Strings(sums)
	known := map[string]bool{}
	for _, s := range append(append([]string{}, m.MissingBlobs...), m.CorruptedBlobs...) {
		known[s] = true
	}
	var missing, corrupted []string
	var bytes int64
	for i, sum := range sums {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		n, err := copyBlob(src, dst, sum)
		switch {
		case errors.Is(err, blob.ErrNotFound):
			if !known[sum] {
				missing = append(missing, sum)
			}
		case errors.Is(err, errCorrupted):
			corrupted = append(corrupted, sum)
		case err != nil:
			return nil, err
		}
		bytes += n
		if o.Progress != nil {
			o.Progress(i+1, len(sums), bytes)
		}
	}
	if len(missing)+len(corrupted) > 0 {
		first := append(missing, corrupted...)[0]
		return nil, fmt.Errorf("the backup lacks %d blobs its database refers to and holds %d damaged ones (first %s): restore from another backup",
			len(missing), len(corrupted), first)
	}
	if err := dst.Sync(); err != nil {
		return nil, err
	}
	if len(m.MissingBlobs)+len(m.CorruptedBlobs) > 0 {
		fmt.Fprintf(o.Out, "Warning: %d blobs were already missing or damaged when the backup was made (listed in its manifest); the emails that need them will not download.\n",
			len(m.MissingBlobs)+len(m.CorruptedBlobs))
	}

	keySrc := filepath.Join(o.From, auth.KeyFile)
	if m.SecretKey {
		if _, err := copyFile(keySrc, filepath.Join(o.DataDir, auth.KeyFile), 0o600); err != nil {
			return nil, fmt.Errorf("copy the secret key: %w", err)
		}
	} else {
		fmt.Fprintln(o.Out, "The backup holds no secret key: start the server with MAILROOM_SECRET_KEY set to the original server's key, "+
			"or it makes a new one and the mail account passwords must be entered again.")
	}
	if err := syncDir(o.DataDir); err != nil {
		return nil, err
	}
	if m.Database.Dialect == "postgres" {
		fmt.Fprintln(o.Out, "The backup's database is PostgreSQL: restore it with pg_restore from your pg_dump file, then start the server with --db pointing at it.")
	}
	return m, nil
}

// refuseNonEmpty fails unless dir is absent or an empty directory: a
// restore never mixes with or overwrites a data directory.
func refuseNonEmpty(dir string) error {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("restore target: %w", err)
	}
	if len(entries) > 0 {
		return fmt.Errorf("restore target %s is not empty: restore into a new directory", dir)
	}
	return nil
}

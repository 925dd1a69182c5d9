package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	"golang.org/x/sys/unix"

	"mailroom/backup"
	"mailroom/blob"
	"mailroom/integrity"
	"mailroom/store"
)

// commands besides serve: each parses its flags and delegates; it returns
// the exit status.
var commands = map[string]func(args []string, getenv func(string) string) int{
	"backup":  backupCommand,
	"restore": restoreCommand,
	"verify":  verifyCommand,
}

// blobFlags are serve's --blobs and S3 flags, for the commands that read blobs.
func blobFlags(fs *flag.FlagSet, getenv func(string) string) (*string, *s3Settings, error) {
	blobs := fs.String("blobs", getenv("MAILROOM_BLOBS"), "blob directory, or s3://bucket/prefix; default DATA_DIR/blobs (MAILROOM_BLOBS)")
	s3, err := s3Flags(fs, getenv)
	return blobs, s3, err
}

// dataFlags are the flags every command shares with serve.
func dataFlags(fs *flag.FlagSet, getenv func(string) string) (dataDir, db *string) {
	env := func(name, def string) string {
		if v := getenv(name); v != "" {
			return v
		}
		return def
	}
	dataDir = fs.String("data-dir", env("MAILROOM_DATA_DIR", "./data"), "data directory: database, blobs, secret key (MAILROOM_DATA_DIR)")
	db = fs.String("db", env("MAILROOM_DB", ""), "SQLite path or postgres:// URL; default DATA_DIR/mailroom.db (MAILROOM_DB)")
	return dataDir, db
}

func commandContext() (context.Context, context.CancelFunc) {
	return signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
}

func verifyCommand(args []string, getenv func(string) string) int {
	fs := flag.NewFlagSet("verify", flag.ContinueOnError)
	dataDir, db := dataFlags(fs, getenv)
	limit := fs.Int("show", 20, "most problems listed of each kind; 0 = all")
	blobsFlag, s3, err := blobFlags(fs, getenv)
	if err != nil {
		fmt.Fprintln(os.Stderr, "verify:", err)
		return 2
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	ctx, stop := commandContext()
	defer stop()
	blobs, err := openBlobs(ctx, *blobsFlag, *dataDir, *s3, true)
	if err != nil {
		fmt.Fprintln(os.Stderr, "verify:", err)
		return 2
	}
	client, sqlDB, err := store.OpenReadOnly(ctx, store.DSN(*dataDir, *db))
	if err != nil {
		fmt.Fprintln(os.Stderr, "verify:", err)
		return 2
	}
	defer sqlDB.Close()
	defer client.Close()
	bar := newProgress(os.Stdout, "checked")
	rep, err := integrity.Check(ctx, client, blobs, integrity.Options{Progress: bar.update})
	bar.done()
	if err != nil {
		fmt.Fprintln(os.Stderr, "verify:", err)
		return 2
	}
	rep.WriteText(os.Stdout, *limit)
	if !rep.OK() {
		return 1
	}
	return 0
}

func backupCommand(args []string, getenv func(string) string) int {
	fs := flag.NewFlagSet("backup", flag.ContinueOnError)
	dataDir, db := dataFlags(fs, getenv)
	to := fs.String("to", "", "backup directory (created; a later backup into it adds only new blobs)")
	blobsFlag, s3, err := blobFlags(fs, getenv)
	if err != nil {
		fmt.Fprintln(os.Stderr, "backup:", err)
		return 2
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *to == "" {
		fmt.Fprintln(os.Stderr, "usage: mailroom backup --data-dir DATA --to DIR")
		return 2
	}
	ctx, stop := commandContext()
	defer stop()
	var source *blob.Store
	dir := *blobsFlag
	if blob.IsS3URL(dir) {
		dir = ""
		if source, err = openBlobs(ctx, *blobsFlag, *dataDir, *s3, true); err != nil {
			fmt.Fprintln(os.Stderr, "backup:", err)
			return 2
		}
	}
	bar := newProgress(os.Stdout, "blobs")
	start := time.Now()
	m, err := backup.Run(ctx, backup.Options{DataDir: *dataDir, DB: *db, To: *to, Blobs: dir, Source: source,
		SecretKeyFromEnv: getenv("MAILROOM_SECRET_KEY") != "", Out: os.Stdout, Progress: bar.update})
	bar.done()
	if m != nil {
		fmt.Printf("Backed up %d emails, %d attachments and %d blobs (%s; %d new, %s) into %s in %s.\n",
			m.Emails, m.Attachments, m.Blobs, integrity.Bytes(m.BlobBytes), m.NewBlobs, integrity.Bytes(m.NewBlobBytes),
			*to, time.Since(start).Round(10*time.Millisecond))
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "backup:", err)
		return 1
	}
	return 0
}

func restoreCommand(args []string, getenv func(string) string) int {
	fs := flag.NewFlagSet("restore", flag.ContinueOnError)
	from := fs.String("from", "", "backup directory")
	dataDir := fs.String("data-dir", "", "new data directory (must not exist or be empty)")
	blobsFlag, s3, err := blobFlags(fs, getenv)
	if err != nil {
		fmt.Fprintln(os.Stderr, "restore:", err)
		return 2
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *from == "" || *dataDir == "" {
		fmt.Fprintln(os.Stderr, "usage: mailroom restore --from DIR --data-dir NEW [--blobs s3://bucket/prefix]")
		return 2
	}
	ctx, stop := commandContext()
	defer stop()
	// The blobs go into DATA_DIR/blobs, or into a bucket; a directory
	// elsewhere is copied there by the operator.
	var target *blob.Store
	flagSet := false
	fs.Visit(func(f *flag.Flag) { flagSet = flagSet || f.Name == "blobs" })
	switch {
	case *blobsFlag != "" && !blob.IsS3URL(*blobsFlag) && flagSet:
		fmt.Fprintf(os.Stderr, "restore: --blobs %s: restore writes the blobs into %s or into an s3:// bucket; move the directory after the restore\n",
			*blobsFlag, filepath.Join(*dataDir, "blobs"))
		return 2
	case *blobsFlag != "" && !blob.IsS3URL(*blobsFlag):
		fmt.Printf("MAILROOM_BLOBS=%s is a directory: the blobs go into %s; move them there after the restore.\n", *blobsFlag, filepath.Join(*dataDir, "blobs"))
	case blob.IsS3URL(*blobsFlag):
		if target, err = openBlobs(ctx, *blobsFlag, *dataDir, *s3, false); err != nil {
			fmt.Fprintln(os.Stderr, "restore:", err)
			return 2
		}
	}
	bar := newProgress(os.Stdout, "blobs")
	start := time.Now()
	blobsArg := ""
	if target != nil {
		blobsArg = " --blobs " + *blobsFlag
	}
	m, err := backup.Restore(ctx, backup.RestoreOptions{From: *from, DataDir: *dataDir, Blobs: target, Out: os.Stdout, Progress: bar.update})
	bar.done()
	if err != nil {
		fmt.Fprintln(os.Stderr, "restore:", err)
		return 1
	}
	fmt.Printf("Restored %d emails, %d attachments and %d blobs (backup of %s) into %s in %s; every blob checked against its sha256.\n"+
		"Start it with: mailroom serve --data-dir %s%s\n",
		m.Emails, m.Attachments, m.Blobs, m.CreatedAt.Format(time.RFC3339), *dataDir, time.Since(start).Round(10*time.Millisecond), *dataDir, blobsArg)
	return 0
}

// progress draws one line on a terminal, at most ten times a second; on
// anything else (a log, a pipe) it stays silent.
type progress struct {
	w     io.Writer
	label string
	on    bool
	last  time.Time
	drawn bool
}

func newProgress(f *os.File, label string) *progress {
	_, err := unix.IoctlGetTermios(int(f.Fd()), unix.TCGETS)
	return &progress{w: f, label: label, on: err == nil}
}

func (p *progress) update(done, total int, bytes int64) {
	if !p.on || (done != total && time.Since(p.last) < 100*time.Millisecond) {
		return
	}
	p.last = time.Now()
	pct := 100
	if total > 0 {
		pct = done * 100 / total
	}
	fmt.Fprintf(p.w, "\r%s %d/%d (%d%%), %s ", p.label, done, total, pct, integrity.Bytes(bytes))
	p.drawn = true
}

func (p *progress) done() {
	if p.drawn {
		fmt.Fprintln(p.w)
	}
}

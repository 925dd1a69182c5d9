package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"time"

	"mailroom/auth/viewer"
	"mailroom/blob"
	"mailroom/ent"
	"mailroom/search"
	"mailroom/store"
)

func init() { commands["reindex"] = reindexCommand }

// reindexCommand empties the search index and builds it again from the
// stored emails and their attachments' blobs, showing progress on a terminal.
// serve does the same by itself for emails the index lacks (a new index
// version, or emails stored before the index existed); this is for a full
// rebuild. It may run while serve runs: ingest keeps indexing new mail.
func reindexCommand(args []string, getenv func(string) string) int {
	fs := flag.NewFlagSet("reindex", flag.ContinueOnError)
	dataDir, db := dataFlags(fs, getenv)
	blobsFlag, s3, err := blobFlags(fs, getenv)
	if err != nil {
		fmt.Fprintln(os.Stderr, "reindex:", err)
		return 2
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	ctx, stop := commandContext()
	defer stop()
	ctx = viewer.SystemContext(ctx)
	client, sqlDB, err := store.Open(ctx, store.DSN(*dataDir, *db))
	if err != nil {
		fmt.Fprintln(os.Stderr, "reindex:", err)
		return 2
	}
	defer sqlDB.Close()
	defer client.Close()
	if err := checkBlobs(*blobsFlag, *s3); err != nil {
		fmt.Fprintln(os.Stderr, "reindex:", err)
		return 2
	}
	blobs, err := openBlobs(ctx, *blobsFlag, *dataDir, *s3, true)
	if err != nil {
		fmt.Fprintln(os.Stderr, "reindex:", err)
		return 2
	}
	index, err := search.New(ctx, sqlDB, store.DialectOf(store.DSN(*dataDir, *db)))
	if err == nil {
		index.PDF = pdfReader()
		err = index.Clear(ctx)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "reindex:", err)
		return 1
	}
	start := time.Now()
	bar := newProgress(os.Stdout, "indexed")
	n, err := index.Backfill(ctx, client, blobs, func(done, total int) { bar.update(done, total, 0) })
	bar.done()
	if err != nil {
		fmt.Fprintln(os.Stderr, "reindex:", err)
		return 1
	}
	fmt.Printf("Indexed %d emails in %s.\n", n, time.Since(start).Round(10*time.Millisecond))
	return 0
}

// backfillSearch indexes, in the background of serve, the emails the search
// index lacks: all of them after an index version change (search.New
// emptied it), those stored before the index existed, none usually.
// Searches meanwhile find what is indexed; EmailFolder.searchIndexed shows
// how far it got.
func backfillSearch(ctx context.Context, index *search.Index, client *ent.Client, blobs *blob.Store, log *slog.Logger) {
	start := time.Now()
	n, err := index.Backfill(ctx, client, blobs, nil)
	if err != nil && ctx.Err() == nil {
		log.Error("search index backfill failed", slog.Any("error", err), slog.Int("indexed", n))
		return
	}
	if n > 0 {
		log.Info("search index filled", slog.Int("emails", n), slog.Duration("took", time.Since(start)), slog.Bool("new_version", index.Rebuilt))
	}
}

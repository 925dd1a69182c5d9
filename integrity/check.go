// Package integrity checks the blob store against the database: every raw
// message and attachment the database refers to is read back and its sha256
// compared with its content address; blobs nothing refers to are listed.
// It only reads, so it can run beside a server that imports.
package integrity

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"sort"
	"sync"
	"time"

	"mailroom/auth/viewer"
	"mailroom/blob"
	"mailroom/ent"
	"mailroom/ent/attachment"
	"mailroom/ent/email"
)

// Kind is what is wrong with a blob.
type Kind string

const (
	Missing      Kind = "MISSING"      // referred to, not on disk
	Corrupted    Kind = "CORRUPTED"    // on disk, but its bytes do not match its sha256
	Unreferenced Kind = "UNREFERENCED" // on disk, referred to by nothing
)

// Problem is one blob that is missing, corrupted or unreferenced.
type Problem struct {
	Kind   Kind
	SHA256 string
	// Size on disk (-1 when missing); Expected is the size the database
	// records (-1 when unknown).
	Size, Expected int64
	Detail         string
	// EmailIDs are the emails whose raw message or attachment this blob is.
	EmailIDs []int
}

// Report is the outcome of a check.
type Report struct {
	CheckedAt time.Time
	Took      time.Duration
	// Referenced is the number of distinct blobs the database refers to;
	// Intact of them were read back with the right sha256.
	Referenced, Intact int
	// BytesChecked is what was read and hashed.
	BytesChecked int64
	// Problems, missing and corrupted first, then unreferenced, each by sha256.
	Problems []Problem
}

// Count returns the number of problems of a kind.
func (r *Report) Count(k Kind) int {
	n := 0
	for _, p := range r.Problems {
		if p.Kind == k {
			n++
		}
	}
	return n
}

// OK is true when every blob the database refers to is present and intact.
// Unreferenced blobs do not count against it: an import in progress writes
// its blobs before it commits, and they are harmless.
func (r *Report) OK() bool { return r.Count(Missing) == 0 && r.Count(Corrupted) == 0 }

// Options tune a check; the zero value is sensible.
type Options struct {
	// Workers read and hash blobs in parallel (default 4: reads overlap).
	Workers int
	// Progress, when set, is called after each blob with the counts so far.
	Progress func(done, total int, bytes int64)
}

// Check compares the blob store with the database. client is used with the
// system viewer: the check sees every email, trashed ones included.
func Check(ctx context.Context, client *ent.Client, blobs *blob.Store, opts Options) (*Report, error) {
	started := time.Now()
	ctx = viewer.SystemContext(ctx)
	if opts.Workers <= 0 {
		opts.Workers = 4
	}
	// The files first, then the references: a blob committed in between is
	// then seen as referenced, and only blobs of an import still in progress
	// (written before their commit) can show as unreferenced.
	onDisk := make(map[string]int64)
	if err := blobs.Walk(func(sum string, size int64) error {
		onDisk[sum] = size
		return ctx.Err()
	}); err != nil {
		return nil, fmt.Errorf("list the blob store: %w", err)
	}
	refs, err := References(ctx, client)
	if err != nil {
		return nil, err
	}

	rep := &Report{CheckedAt: started, Referenced: len(refs)}
	sums := make([]string, 0, len(refs))
	for s := range refs {
		sums = append(sums, s)
	}
	sort.Strings(sums)
	var (
		mu    sync.Mutex
		wg    sync.WaitGroup
		done  int
		queue = make(chan string)
	)
	for range opts.Workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for sum := range queue {
				p, n := checkBlob(blobs, sum, refs[sum])
				mu.Lock()
				rep.BytesChecked += n
				if p != nil {
					rep.Problems = append(rep.Problems, *p)
				} else {
					rep.Intact++
				}
				done++
				if opts.Progress != nil {
					opts.Progress(done, len(sums), rep.BytesChecked)
				}
				mu.Unlock()
			}
		}()
	}
	for _, s := range sums {
		if ctx.Err() != nil {
			break
		}
		queue <- s
	}
	close(queue)
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	for sum, size := range onDisk {
		if _, ok := refs[sum]; !ok {
			rep.Problems = append(rep.Problems, Problem{Kind: Unreferenced, SHA256: sum, Size: size, Expected: -1,
				Detail: "no email or attachment refers to it"})
		}
	}
	if err := rep.attribute(ctx, client); err != nil {
		return nil, err
	}
	order := map[Kind]int{Missing: 0, Corrupted: 1, Unreferenced: 2}
	sort.Slice(rep.Problems, func(i, j int) bool {
		a, b := rep.Problems[i], rep.Problems[j]
		if a.Kind != b.Kind {
			return order[a.Kind] < order[b.Kind]
		}
		return a.SHA256 < b.SHA256
	})
	rep.Took = time.Since(started)
	return rep, nil
}

// References returns every blob the database refers to (raw messages and
// attachments, trashed emails included) with the size it records (-1 when
// the references disagree). ctx must carry the system viewer.
func References(ctx context.Context, client *ent.Client) (map[string]int64, error) {
	refs := make(map[string]int64)
	add := func(sum string, size int64) {
		if old, ok := refs[sum]; ok && old != size {
			size = -1
		}
		refs[sum] = size
	}
	const page = 5000
	for last := 0; ; {
		rows, err := client.Email.Query().Where(email.IDGT(last)).Order(ent.Asc(email.FieldID)).Limit(page).
			Select(email.FieldID, email.FieldRawSha256, email.FieldSize).All(ctx)
		if err != nil {
			return nil, fmt.Errorf("read the emails: %w", err)
		}
		for _, e := range rows {
			add(e.RawSha256, e.Size)
			last = e.ID
		}
		if len(rows) < page {
			break
		}
	}
	for last := 0; ; {
		rows, err := client.Attachment.Query().Where(attachment.IDGT(last)).Order(ent.Asc(attachment.FieldID)).Limit(page).
			Select(attachment.FieldID, attachment.FieldSha256, attachment.FieldSize).All(ctx)
		if err != nil {
			return nil, fmt.Errorf("read the attachments: %w", err)
		}
		for _, a := range rows {
			add(a.Sha256, a.Size)
			last = a.ID
		}
		if len(rows) < page {
			break
		}
	}
	return refs, nil
}

// checkBlob reads one blob back; it returns the problem, if any, and the
// number of bytes read.
func checkBlob(blobs *blob.Store, sum string, expected int64) (*Problem, int64) {
	p := &Problem{SHA256: sum, Size: -1, Expected: expected}
	f, err := blobs.Open(sum)
	if errors.Is(err, blob.ErrNotFound) {
		p.Kind, p.Detail = Missing, "the file is not in the blob store"
		return p, 0
	}
	if err != nil {
		p.Kind, p.Detail = Missing, fmt.Sprintf("the file cannot be opened: %v", err)
		return p, 0
	}
	defer f.Close()
	h := sha256.New()
	n, err := io.Copy(h, f)
	p.Size = n
	var bad *blob.CorruptError
	switch {
	case errors.As(err, &bad) && bad.Got == "":
		p.Kind, p.Detail = Corrupted, "it changed while it was read"
	case errors.As(err, &bad): // a store that checks as it reads (S3)
		err = nil
		fallthrough
	case err == nil && hex.EncodeToString(h.Sum(nil)) != sum:
		p.Kind = Corrupted
		p.Detail = fmt.Sprintf("its bytes have sha256 %s", hex.EncodeToString(h.Sum(nil)))
		if expected >= 0 && n != expected {
			p.Detail = fmt.Sprintf("%d bytes on disk, %d expected (truncated or overwritten)", n, expected)
		}
	case err != nil:
		p.Kind, p.Detail = Corrupted, fmt.Sprintf("read error after %d bytes: %v", n, err)
	default:
		return nil, n
	}
	return p, n
}

// attribute finds the emails behind each missing or corrupted blob. A blob
// nothing refers to any more was purged from the trash during the check: it
// is no longer a problem.
func (r *Report) attribute(ctx context.Context, client *ent.Client) error {
	kept := r.Problems[:0]
	for _, p := range r.Problems {
		if p.Kind == Unreferenced {
			kept = append(kept, p)
			continue
		}
		raw, err := client.Email.Query().Where(email.RawSha256(p.SHA256)).IDs(ctx)
		if err != nil {
			return fmt.Errorf("read the emails: %w", err)
		}
		att, err := client.Attachment.Query().Where(attachment.Sha256(p.SHA256)).
			Select(attachment.FieldEmailID).Ints(ctx)
		if err != nil {
			return fmt.Errorf("read the attachments: %w", err)
		}
		ids := append(raw, att...)
		if len(ids) == 0 {
			r.Referenced--
			continue
		}
		sort.Ints(ids)
		p.EmailIDs = dedupe(ids)
		kept = append(kept, p)
	}
	r.Problems = kept
	return nil
}

func dedupe(ids []int) []int {
	out := ids[:0]
	for i, id := range ids {
		if i == 0 || id != ids[i-1] {
			out = append(out, id)
		}
	}
	return out
}

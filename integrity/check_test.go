package integrity

import (
	"bytes"
	"fmt"
	"os"
	"strings"
	"testing"

	"mailroom/ent/attachment"
	"mailroom/ingest"
	"mailroom/internal/mailtest"
)

// TestCheckFindsTruncatedAndDeletedBlobs imports real mail, truncates one
// blob and deletes another on disk, and leaves a stray file: the check
// reports the first two against their emails, the third as unreferenced.
func TestCheckFindsTruncatedAndDeletedBlobs(t *testing.T) {
	e := mailtest.New(t, ingest.Options{})
	for i := range 6 {
		attach := ""
		if i%2 == 0 {
			attach = fmt.Sprintf("attachment %d %s", i, strings.Repeat("x", 100*i))
		}
		e.Append(mailtest.Message(i, attach))
	}
	if rep := e.Fetch(); rep.Imported != 6 {
		t.Fatalf("imported %d", rep.Imported)
	}
	rep, err := Check(e.Ctx, e.Client, e.Blobs, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !rep.OK() || rep.Referenced != 9 || rep.Intact != 9 || len(rep.Problems) != 0 {
		t.Fatalf("fresh store: %+v", rep)
	}

	emails := e.Client.Email.Query().AllX(e.Ctx)
	truncated := emails[1] // a raw message
	att := e.Client.Attachment.Query().Where(attachment.EmailID(emails[2].ID)).OnlyX(e.Ctx)
	if err := os.Truncate(e.Blobs.Path(truncated.RawSha256), truncated.Size/2); err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(e.Blobs.Path(att.Sha256)); err != nil {
		t.Fatal(err)
	}
	stray, _, err := e.Blobs.Put(strings.NewReader("nothing refers to me"))
	if err != nil {
		t.Fatal(err)
	}

	rep, err = Check(e.Ctx, e.Client, e.Blobs, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if rep.OK() || rep.Intact != 7 || rep.Count(Missing) != 1 || rep.Count(Corrupted) != 1 || rep.Count(Unreferenced) != 1 {
		t.Fatalf("damaged store: %+v", rep)
	}
	byKind := map[Kind]Problem{}
	for _, p := range rep.Problems {
		byKind[p.Kind] = p
	}
	if p := byKind[Missing]; p.SHA256 != att.Sha256 || fmt.Sprint(p.EmailIDs) != fmt.Sprint([]int{emails[2].ID}) {
		t.Errorf("missing: %+v, want attachment %s of email %d", p, att.Sha256, emails[2].ID)
	}
	if p := byKind[Corrupted]; p.SHA256 != truncated.RawSha256 || p.Size != truncated.Size/2 ||
		fmt.Sprint(p.EmailIDs) != fmt.Sprint([]int{truncated.ID}) {
		t.Errorf("corrupted: %+v, want email %d", p, truncated.ID)
	}
	if p := byKind[Unreferenced]; p.SHA256 != stray {
		t.Errorf("unreferenced: %+v, want %s", p, stray)
	}
	var out bytes.Buffer
	rep.WriteText(&out, 0)
	for _, want := range []string{"7 intact, 1 missing, 1 corrupted; 1 blobs nothing refers to",
		"missing      " + att.Sha256 + " of email " + fmt.Sprint(emails[2].ID),
		fmt.Sprintf("%d bytes on disk, %d expected", truncated.Size/2, truncated.Size),
		"unreferenced " + stray, "2 blobs the database refers to are missing or corrupted"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("report lacks %q:\n%s", want, out.String())
		}
	}
}

package mail

import "testing"

func TestLinkCIDs(t *testing.T) {
	in := `<p><img src="cid:logo@x"><img src="CID:other@x"><img src="cid:unknown@x"></p>`
	got := LinkCIDs(in, map[string]string{"logo@x": "/attachments/1", "other@x": "/attachments/2"})
	want := `<p><img src="/attachments/1"><img src="/attachments/2"><img src="cid:unknown@x"></p>`
	if got != want {
		t.Fatalf("LinkCIDs:\n got %s\nwant %s", got, want)
	}
	if plain := `<p>no inline parts</p>`; LinkCIDs(plain, nil) != plain || ReferencesCIDs(plain) {
		t.Fatal("HTML without cid: changed")
	}
}

package testenv_test

import (
	"net/netip"
	"os"
	"path/filepath"
	"testing"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"

	"mailroom/internal/testenv"
	"mailroom/store"
)

// The environment is laid out as `mailroom serve` lays out a data directory,
// and the IMAP server holds what was appended, for its user only.
func TestEnvironment(t *testing.T) {
	e := testenv.New(t)
	if e.Dialect != store.SQLite {
		t.Errorf("dialect %q", e.Dialect)
	}
	for _, name := range []string{"mailroom.db", "blobs"} {
		if _, err := os.Stat(filepath.Join(e.Dir, name)); err != nil {
			t.Error(err)
		}
	}
	if _, err := e.Client.Workspace.Create().SetTitle("w").Save(e.Ctx); err != nil {
		t.Fatalf("the system viewer cannot write: %v", err)
	}
	sealed, err := e.Keyring.Seal("pw")
	if err != nil {
		t.Fatal(err)
	}
	if again := testenv.Open(t, e.Dir, ""); again.Keyring == nil {
		t.Fatal("no keyring on reopening")
	} else if pw, err := again.Keyring.Open(sealed); err != nil || pw != "pw" {
		t.Fatalf("the reopened data directory has another key: %q, %v", pw, err)
	}

	mem := testenv.StartIMAP(t, "u@example.com", "p", "Archive")
	mem.Append("Archive", "Subject: one\r\n\r\n1\r\n", "Subject: two\r\n\r\n2\r\n")
	sel, err := mem.Login().Select("Archive", &imap.SelectOptions{ReadOnly: true}).Wait()
	if err != nil || sel.NumMessages != 2 {
		t.Fatalf("Archive after two appends: %+v, %v", sel, err)
	}
	c, err := imapclient.DialInsecure(mem.Addr, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if err := c.Login(mem.Username, "not p").Wait(); err == nil {
		t.Fatal("a wrong password signed in")
	}

	p := testenv.HostPolicy()
	if !p.Permits(netip.MustParseAddrPort(mem.Addr)) {
		t.Errorf("the host policy refuses the test server %s", mem.Addr)
	}
	if p.Permits(netip.MustParseAddrPort("10.0.0.1:993")) {
		t.Error("the host policy lets folders reach private networks")
	}
}

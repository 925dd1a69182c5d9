package ingest

import (
	"fmt"
	"strings"
	"testing"

	"mailroom/ent/emailfolder"
	"mailroom/internal/dovecottest"
)

// TestMemoryBudgetBoundsMessagesInFlight fetches messages whose batch
// would hold many times the budget, and two larger than the whole budget,
// from Dovecot over IMAP and POP3: every message is imported once, the
// bytes reserved never pass the budget, and all of it is given back.
func TestMemoryBudgetBoundsMessagesInFlight(t *testing.T) {
	const budgetBytes = 256 << 10
	dv := dovecottest.Shared(t)
	for _, proto := range []emailfolder.Protocol{emailfolder.ProtocolIMAPS, emailfolder.ProtocolPOP3} {
		t.Run(string(proto), func(t *testing.T) {
			dv.ResetUser(t, "alice")
			const n = 30
			for i := range n {
				size := 40 << 10 // 30 of them: ~5 budgets in one batch of 200
				if i%15 == 7 {
					size = 400 << 10 // larger than the budget
				}
				dv.Append(t, "alice", "INBOX", []byte(message(fmt.Sprintf("budget-%d@x", i), "budget",
					strings.Repeat(fmt.Sprintf("line %d of a long message\r\n", i), size/28))))
			}
			e := newEnv(t, Options{MemoryBudget: budgetBytes, InMemoryLimit: 16 << 10})
			f := dovecotFolder(e, dv, "alice", func(p *FolderParams) {
				if proto == emailfolder.ProtocolPOP3 {
					p.Protocol, p.Port = ptr(emailfolder.ProtocolPOP3), ptr(dv.POP3Port)
				}
			})
			rep := e.fetch(f)
			if rep.Err != nil || rep.Imported != n || rep.Failed != 0 {
				t.Fatalf("%+v", rep)
			}
			if got := e.client.Email.Query().CountX(e.ctx); got != n {
				t.Fatalf("%d emails, want %d", got, n)
			}
			b := e.svc.budget
			if peak := b.peak(); peak > budgetBytes || peak < 40<<10 {
				t.Errorf("peak reserved %d bytes, want between one message and the budget %d", peak, budgetBytes)
			}
			if b.held != 0 {
				t.Errorf("%d bytes still reserved after the run", b.held)
			}
			t.Logf("peak reserved %d of %d bytes", b.peak(), budgetBytes)
		})
	}
}

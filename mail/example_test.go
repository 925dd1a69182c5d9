package mail_test

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"strings"

	"mailroom/mail"
)

// memorySink keeps nothing: it hashes and counts what streams past.
type memorySink struct{}

func (memorySink) Put(r io.Reader) (string, int64, error) {
	h := sha256.New()
	n, err := io.Copy(h, r)
	if err != nil {
		return "", n, fmt.Errorf("hash attachment: %w", err)
	}
	return hex.EncodeToString(h.Sum(nil)), n, nil
}

func ExampleParse() {
	raw := "From: =?utf-8?q?Ren=C3=A9?= <rene@example.com>\r\n" +
		"Subject: Report\r\n" +
		"Date: Tue, 3 Jun 2025 11:12:40 +0200\r\n" +
		"Content-Type: multipart/mixed; boundary=b\r\n\r\n" +
		"--b\r\nContent-Type: text/html\r\n\r\n<p>See <img src=\"cid:chart@x\"><script>x()</script></p>\r\n" +
		"--b\r\nContent-Type: image/png\r\nContent-ID: <chart@x>\r\nContent-Transfer-Encoding: base64\r\n\r\naGVsbG8=\r\n" +
		"--b--\r\n"
	m, err := mail.Parse(strings.NewReader(raw), memorySink{}, nil)
	if err != nil {
		fmt.Println("read or store failed:", err)
		return
	}
	fmt.Println(m.From.Name, m.From.Address, m.Subject, m.Date)
	fmt.Printf("%q\n", m.Text)
	fmt.Println(m.HTML)
	a := m.Attachments[0]
	fmt.Println(a.Filename, a.ContentType, a.Size, a.Inline)
	fmt.Println(mail.RewriteCIDs(m.HTML, func(cid string) (string, bool) {
		return "/blobs/" + a.SHA256[:8], cid == a.ContentID
	}))
	// Output:
	// René rene@example.com Report 2025-06-03 09:12:40 +0000 UTC
	// "See"
	// <p>See <img src="cid:chart@x"></p>
	// attachment-1.png image/png 5 true
	// <p>See <img src="/blobs/2cf24dba"></p>
}

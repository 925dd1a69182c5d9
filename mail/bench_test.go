package mail

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

// benchMessage builds a realistic ~50 KB newsletter-style message: a text
// part, a styled HTML alternative with a table and an inline image, and a
// 30 KB PDF-like attachment.
func benchMessage() []byte {
	var b strings.Builder
	b.WriteString("Return-Path: <news@shop.example>\r\nReceived: from mx.shop.example (mx.shop.example [192.0.2.1])\r\n\tby mx.mailroom.example with ESMTPS id 4Xy; Tue, 03 Jun 2025 09:12:44 +0000\r\n")
	b.WriteString("From: =?UTF-8?Q?Caf=C3=A9_Shop?= <news@shop.example>\r\nTo: Jane Doe <jane@example.org>, \"Smith, Bob\" <bob@example.org>\r\nCc: team@example.org\r\n")
	b.WriteString("Subject: =?UTF-8?B?WW91ciBvcmRlciBoYXMgc2hpcHBlZCDwn5qa?=\r\nDate: Tue, 3 Jun 2025 11:12:40 +0200\r\nMessage-ID: <20250603091240.12345@shop.example>\r\n")
	b.WriteString("In-Reply-To: <abc@example.org>\r\nReferences: <abc@example.org> <def@example.org>\r\nMIME-Version: 1.0\r\n")
	b.WriteString("Content-Type: multipart/mixed; boundary=\"=_mixed_001\"\r\n\r\nThis is a multi-part message in MIME format.\r\n\r\n")
	b.WriteString("--=_mixed_001\r\nContent-Type: multipart/alternative; boundary=\"=_alt_001\"\r\n\r\n")
	b.WriteString("--=_alt_001\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n")
	for i := 0; i < 35; i++ {
		fmt.Fprintf(&b, "Line %d of your order summary: item n=C2=B0%d, caf=C3=A9 beans, qty 2, total 12.50 EUR.\r\n", i, i)
	}
	b.WriteString("\r\n--=_alt_001\r\nContent-Type: multipart/related; boundary=\"=_rel_001\"\r\n\r\n--=_rel_001\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: 7bit\r\n\r\n")
	b.WriteString("<html><head><style>p{margin:0}</style></head><body style=\"font-family: Arial, sans-serif; color: #333\"><img src=\"cid:logo@shop.example\" alt=\"logo\"><table width=\"600\" cellpadding=\"4\" style=\"border-collapse: collapse\">")
	for i := 0; i < 35; i++ {
		fmt.Fprintf(&b, "<tr><td style=\"padding: 4px; color: #222\">Item %d</td><td align=\"right\"><b>12.50&nbsp;EUR</b></td><td><a href=\"https://shop.example/item/%d?utm_source=mail\">view</a></td></tr>\r\n", i, i)
	}
	b.WriteString("</table><p>Thanks for shopping with <i>Café Shop</i>.</p><script>track()</script></body></html>\r\n")
	b.WriteString("--=_rel_001\r\nContent-Type: image/png\r\nContent-ID: <logo@shop.example>\r\nContent-Transfer-Encoding: base64\r\n\r\n")
	writeBase64(&b, 600)
	b.WriteString("--=_rel_001--\r\n\r\n--=_alt_001--\r\n\r\n--=_mixed_001\r\nContent-Type: application/pdf; name=\"invoice.pdf\"\r\nContent-Disposition: attachment; filename=\"invoice.pdf\"\r\nContent-Transfer-Encoding: base64\r\n\r\n")
	writeBase64(&b, 30<<10)
	b.WriteString("--=_mixed_001--\r\n")
	return []byte(b.String())
}

func writeBase64(b *strings.Builder, n int) {
	rng := rand.New(rand.NewPCG(7, 7))
	data := make([]byte, n)
	for i := range data {
		data[i] = byte(rng.Uint32())
	}
	enc := base64.StdEncoding.EncodeToString(data)
	for len(enc) > 76 {
		b.WriteString(enc[:76] + "\r\n")
		enc = enc[76:]
	}
	b.WriteString(enc + "\r\n")
}

func TestBenchMessage(t *testing.T) {
	raw := benchMessage()
	m, err := Parse(bytes.NewReader(raw), &hashSink{}, nil)
	if err != nil || m.ParseError != "" {
		t.Fatalf("err %v, ParseError %q", err, m.ParseError)
	}
	if len(m.Attachments) != 2 || m.Attachments[1].Size != 30<<10 || !m.Attachments[0].Inline || m.From.Name != "Café Shop" || len(m.To) != 2 || !strings.Contains(m.Text, "café beans") || strings.Contains(m.HTML, "track()") {
		t.Errorf("unexpected parse: %+v", summary(m))
	}
	t.Logf("benchmark message: %d bytes", len(raw))
}

func BenchmarkParse(b *testing.B) {
	raw := benchMessage()
	sink := &hashSink{}
	b.SetBytes(int64(len(raw)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse(bytes.NewReader(raw), sink, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSanitizeHTML isolates bluemonday, the largest share of Parse on
// HTML mail.
func BenchmarkSanitizeHTML(b *testing.B) {
	raw := string(benchMessage())
	h := raw[strings.Index(raw, "<html>") : strings.Index(raw, "</html>")+len("</html>")]
	b.SetBytes(int64(len(h)))
	for b.Loop() {
		sanitizeHTML(h)
	}
}

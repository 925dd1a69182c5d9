package mail

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// TestHostileInputsBounded feeds inputs built to trigger quadratic or
// unbounded behaviour: deep nesting, endless parts, megabyte headers, lines
// and encoded-words; each must parse in bounded time.
func TestHostileInputsBounded(t *testing.T) {
	nest := func(n int) string {
		var b strings.Builder
		for i := 0; i < n; i++ {
			b.WriteString("Content-Type: multipart/mixed; boundary=b" + strings.Repeat("x", i%7) + string(rune('a'+i%26)) + "\n\n--b" + strings.Repeat("x", i%7) + string(rune('a'+i%26)) + "\n")
		}
		return b.String()
	}
	cases := map[string]string{
		"words":      "Subject: " + strings.Repeat("=?a", 300000) + "\n\n",
		"words3":     "Subject: " + strings.Repeat("=?a?b?", 150000) + "\n\n",
		"words2":     "Subject: " + strings.Repeat("=?utf-8?q?a?= ", 100000) + "\n\n",
		"nest":       nest(10000),
		"parts":      "Content-Type: multipart/mixed; boundary=a\n\n" + strings.Repeat("--a\n", 200000),
		"partsHdr":   "Content-Type: multipart/mixed; boundary=a\n\n" + strings.Repeat("--a\nContent-Type: image/png\n\nx\n", 50000),
		"longline":   "Subject: x\n\n" + strings.Repeat("y", 5<<20),
		"htmlnest":   "Content-Type: text/html\n\n" + strings.Repeat("<div><b><i>", 100000),
		"headers":    strings.Repeat("X-A: b\n", 200000) + "\n",
		"badlines":   strings.Repeat("X-A: b\nbad line\n", 100000) + "\n",
		"addrs":      "To: " + strings.Repeat("a@b, ", 200000) + "\n\n",
		"addrsBad":   "To: " + strings.Repeat("<<a@b (,", 100000) + "\n\n",
		"params":     "Content-Type: text/plain; " + strings.Repeat("a*1*=b; ", 100000) + "\n\n",
		"params2":    "Content-Disposition: attachment; " + strings.Repeat("filename*99*=%41; ", 100000) + "\n\nx",
		"date":       "Date: " + strings.Repeat("1:2 ", 100000) + "\n\n",
		"contin":     "Subject: a\n" + strings.Repeat(" b\n", 300000) + "\n",
		"cidhtml":    "Content-Type: text/html\n\n" + strings.Repeat(`<img src="cid:a">`, 100000),
		"preamble":   "Content-Type: multipart/mixed; boundary=a\n\n" + strings.Repeat("--ab\n", 500000),
		"deepquote":  "To: " + strings.Repeat("(", 100000) + "\n\n",
		"uu":         "Content-Type: application/x; name=a\nContent-Transfer-Encoding: x-uuencode\n\nbegin 644 a\n" + strings.Repeat("M"+strings.Repeat("a", 60)+"\n", 100000),
		"rfc822":     "Content-Type: message/rfc822\n\n" + strings.Repeat("X-A: b\n", 100000),
		"emptyhdrs":  strings.Repeat(":\n", 100000),
		"boundaries": "Content-Type: multipart/mixed; boundary=a\n\n--a\nContent-Type: multipart/mixed; boundary=a\n\n" + strings.Repeat("--a\nContent-Type: multipart/mixed; boundary=a\n\n", 20000),
	}
	// A megabyte of raw 8-bit Subject and thousands of text parts, each
	// declaring another charset for it.
	var rc strings.Builder
	rc.WriteString("Subject: " + strings.Repeat("\xc4\xe3\xba", 300000) + "\nContent-Type: multipart/mixed; boundary=a\n\n")
	for i := range 4000 {
		fmt.Fprintf(&rc, "--a\nContent-Type: text/plain; charset=x-cs-%d\n\nx\n", i)
	}
	cases["rawCharsets"] = rc.String()
	// Thousands of parts with raw 8-bit filenames, each read on its own.
	cases["rawFilenames"] = "Content-Type: multipart/mixed; boundary=a\n\n" +
		strings.Repeat("--a\nContent-Disposition: attachment; filename=\""+strings.Repeat("\xc4\xe3\xba", 300)+"\"\n\nx\n", 4900)
	for name, raw := range cases {
		start := time.Now()
		m := parseString(t, raw)
		d := time.Since(start)
		// Generous enough for -race on a loaded machine; the blowups this
		// guards against (quadratic scans of megabytes) take hours.
		if d > 15*time.Second {
			t.Errorf("%s: %d KiB took %v", name, len(raw)>>10, d)
		}
		if testing.Verbose() {
			t.Logf("%-10s %6d KiB %12v  %.80s", name, len(raw)>>10, d, m.ParseError)
		}
	}
}

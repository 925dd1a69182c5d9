package main

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/go-pdf/fpdf"
)

// serve and reindex read PDFs through this binary's own extract-pdf, run
// as /proc/self/exe with the default limits.
func TestPDFReaderRunsThisBinary(t *testing.T) {
	doc := fpdf.New("P", "mm", "A4", "")
	doc.AddPage()
	doc.SetFont("Helvetica", "", 12)
	doc.Cell(0, 6, "Crampons and ice axe rental")
	var pdf bytes.Buffer
	if err := doc.Output(&pdf); err != nil {
		t.Fatal(err)
	}
	text, err := pdfReader().Text(context.Background(), bytes.NewReader(pdf.Bytes()), int64(pdf.Len()))
	if err != nil || !strings.Contains(text, "Crampons and ice axe rental") {
		t.Fatalf("%q, %v", text, err)
	}
}

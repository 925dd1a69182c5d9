// Package minipdf writes small PDF files from their objects, with exact
// cross-reference offsets: the demo's sample attachments and the tests'
// hand-made PDFs.
package minipdf

import (
	"bytes"
	"fmt"
)

// File is a PDF 1.4 of objects, numbered from 1 (object 1 the catalog);
// trailer adds entries to the trailer dictionary, e.g. "/Info 7 0 R".
func File(trailer string, objects ...string) []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n") // the comment marks the file binary
	offsets := make([]int, len(objects))
	for i, o := range objects {
		offsets[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objects)+1)
	for _, off := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", off)
	}
	if trailer != "" {
		trailer = " " + trailer
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R%s >>\nstartxref\n%d\n%%%%EOF\n", len(objects)+1, trailer, xref)
	return b.Bytes()
}

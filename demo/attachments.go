package demo

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"strings"

	"mailroom/internal/minipdf"
)

// pdfDocument is a one-page PDF 1.4 (A4, Helvetica) showing title and lines:
// small, but a real document that viewers open, with exact xref offsets.
func pdfDocument(title string, lines ...string) []byte {
	var content strings.Builder
	fmt.Fprintf(&content, "BT /F2 18 Tf 72 770 Td (%s) Tj ET\n", pdfString(title))
	content.WriteString("BT /F1 11 Tf 15 TL 72 735 Td\n")
	for _, l := range lines {
		fmt.Fprintf(&content, "(%s) Tj T*\n", pdfString(l))
	}
	content.WriteString("ET\n")

	objects := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] " +
			"/Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>",
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
		fmt.Sprintf("<< /Length %d >>\nstream\n%sendstream", content.Len(), content.String()),
		fmt.Sprintf("<< /Title (%s) /Producer (Mailroom demo) >>", pdfString(title)),
	}
	return minipdf.File("/Info 7 0 R", objects...)
}

// pdfString escapes s for a PDF literal string in WinAnsiEncoding: Latin-1
// and a few typographic characters; anything else becomes "?".
func pdfString(s string) string {
	var b strings.Builder
	for _, r := range s {
		var c byte
		switch {
		case r == '(' || r == ')' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
			continue
		case r >= 0x20 && r < 0x7f:
			b.WriteRune(r)
			continue
		case r >= 0xa0 && r <= 0xff:
			c = byte(r)
		case r == '€':
			c = 0x80
		case r == '–':
			c = 0x96
		case r == '—':
			c = 0x97
		default:
			b.WriteByte('?')
			continue
		}
		fmt.Fprintf(&b, "\\%03o", c)
	}
	return b.String()
}

// pngImage draws a small picture for the sample mail: "logo" (a newsletter
// masthead mark), "chart", "photo" or "icons".
func pngImage(kind string) ([]byte, error) {
	var img *image.NRGBA
	switch kind {
	case "logo":
		img = image.NewNRGBA(image.Rect(0, 0, 48, 48))
		navy, paper := color.NRGBA{0x1f, 0x3a, 0x5f, 0xff}, color.NRGBA{0xf4, 0xf1, 0xea, 0xff}
		fill(img, img.Rect, navy)
		fill(img, image.Rect(10, 14, 38, 34), paper)
		for i := 0; i < 14; i++ { // the flap of an envelope
			img.Set(10+i, 14+i*10/14, navy)
			img.Set(37-i, 14+i*10/14, navy)
		}
	case "chart":
		img = image.NewNRGBA(image.Rect(0, 0, 96, 64))
		fill(img, img.Rect, color.NRGBA{0xff, 0xff, 0xff, 0xff})
		for i, h := range []int{20, 34, 28, 46, 52} {
			fill(img, image.Rect(8+i*17, 60-h, 20+i*17, 60), color.NRGBA{0x2e, 0x86, 0x6b, 0xff})
		}
	case "photo":
		img = image.NewNRGBA(image.Rect(0, 0, 96, 64))
		for y := 0; y < 64; y++ {
			for x := 0; x < 96; x++ {
				sky := uint8(150 + y)
				if y > 40 { // a meadow under a sky
					img.Set(x, y, color.NRGBA{0x4c, uint8(0x80 + x/3), 0x3a, 0xff})
				} else {
					img.Set(x, y, color.NRGBA{0x70, sky, 0xe0, 0xff})
				}
			}
		}
		fill(img, image.Rect(70, 8, 82, 20), color.NRGBA{0xff, 0xd8, 0x4d, 0xff})
	case "icons":
		img = image.NewNRGBA(image.Rect(0, 0, 72, 24))
		fill(img, img.Rect, color.NRGBA{0xff, 0xff, 0xff, 0xff})
		for i, c := range []color.NRGBA{{0xe0, 0x5a, 0x47, 0xff}, {0x3b, 0x6e, 0xd1, 0xff}, {0xf2, 0xb1, 0x34, 0xff}} {
			fill(img, image.Rect(4+i*24, 4, 20+i*24, 20), c)
		}
	default:
		return nil, fmt.Errorf("png: unknown picture %q", kind)
	}
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

func fill(img *image.NRGBA, r image.Rectangle, c color.NRGBA) {
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			img.SetNRGBA(x, y, c)
		}
	}
}

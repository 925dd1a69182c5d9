package mail

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxFilenameBytes keeps names storable on every common file system.
const maxFilenameBytes = 200

// sanitizeFilename strips directory components, control and bidi-override
// characters (which disguise extensions) and surrounding dots and spaces.
// It returns "" when nothing usable remains.
func sanitizeFilename(name string) string {
	name = cleanText(name)
	if i := strings.LastIndexAny(name, `/\`); i >= 0 {
		name = name[i+1:]
	}
	name = strings.Map(func(r rune) rune {
		switch {
		case unicode.IsControl(r):
			return -1
		case r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069 || r == 0x200e || r == 0x200f:
			return -1
		case r == utf8.RuneError:
			return '_'
		}
		return r
	}, name)
	name = strings.TrimRight(strings.TrimSpace(name), " .")
	if strings.Trim(name, ".") == "" {
		return "" // "", "." and ".." are no names
	}
	if len(name) > maxFilenameBytes {
		ext := ""
		if i := strings.LastIndexByte(name, '.'); i >= 0 && len(name)-i <= 16 {
			ext = name[i:]
		}
		cut := maxFilenameBytes - len(ext)
		for cut > 0 && !utf8.RuneStart(name[cut]) {
			cut--
		}
		name = name[:cut] + ext
	}
	return name
}

// extensions maps the media types that commonly arrive without a filename.
var extensions = map[string]string{
	"text/plain":                       ".txt",
	"text/html":                        ".html",
	"text/calendar":                    ".ics",
	"text/csv":                         ".csv",
	"text/vcard":                       ".vcf",
	"text/x-vcard":                     ".vcf",
	"text/enriched":                    ".txt",
	"text/richtext":                    ".rtf",
	"text/xml":                         ".xml",
	"text/rfc822-headers":              ".txt",
	"text/markdown":                    ".md",
	"message/delivery-status":          ".txt",
	"message/global-delivery-status":   ".txt",
	"message/disposition-notification": ".txt",
	"message/global-headers":           ".txt",
	"message/rfc822":                   ".eml",
	"message/global":                   ".eml",
	"message/partial":                  ".eml",
	"image/png":                        ".png",
	"image/jpeg":                       ".jpg",
	"image/jpg":                        ".jpg",
	"image/pjpeg":                      ".jpg",
	"image/gif":                        ".gif",
	"image/webp":                       ".webp",
	"image/bmp":                        ".bmp",
	"image/tiff":                       ".tif",
	"image/svg+xml":                    ".svg",
	"application/pdf":                  ".pdf",
	"application/zip":                  ".zip",
	"application/gzip":                 ".gz",
	"application/json":                 ".json",
	"application/xml":                  ".xml",
	"application/rtf":                  ".rtf",
	"application/msword":               ".doc",
	"application/ms-tnef":              ".dat",
	"application/vnd.ms-tnef":          ".dat",
	"application/pkcs7-signature":      ".p7s",
	"application/x-pkcs7-signature":    ".p7s",
	"application/pkcs7-mime":           ".p7m",
	"application/x-pkcs7-mime":         ".p7m",
	"application/pgp-signature":        ".asc",
	"application/pgp-encrypted":        ".asc",
	"application/pgp-keys":             ".asc",
	"application/ics":                  ".ics",
	"audio/mpeg":                       ".mp3",
	"audio/wav":                        ".wav",
	"video/mp4":                        ".mp4",
}

// derivedFilename names the n-th (1-based) attachment when the message gives
// no usable name.
func derivedFilename(n int, mediaType string) string {
	ext, ok := extensions[mediaType]
	if !ok {
		ext = ".bin"
	}
	return "attachment-" + strconv.Itoa(n) + ext
}

// forwardedFilename names a message/rfc822 attachment after its Subject.
func forwardedFilename(subject string) string {
	s := sanitizeFilename(strings.Join(strings.Fields(subject), " "))
	if utf8.RuneCountInString(s) > 100 {
		s = strings.TrimSpace(string([]rune(s)[:100]))
	}
	if s == "" {
		return "forwarded-message.eml"
	}
	return s + ".eml"
}

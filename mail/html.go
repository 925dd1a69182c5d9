package mail

import (
	"html"
	"net/url"
	"regexp"
	"strings"

	"github.com/microcosm-cc/bluemonday"
)

// sanitizer is built once: bluemonday policies are safe for concurrent use
// once built, and building one is far slower than using it.
var sanitizer = newSanitizer()

// newSanitizer starts from bluemonday's UGC policy (no script, style element,
// iframe, form, object, event handler or javascript: URL) and adds what mail
// layouts need: table and font presentation attributes, inline styles
// limited by safeStyle, data: images, and the cid: scheme so inline images
// can be rewritten to blob URLs later by RewriteCIDs.
func newSanitizer() *bluemonday.Policy {
	p := bluemonday.UGCPolicy()
	p.AllowURLSchemes("mailto", "http", "https", "cid")
	p.AllowDataURIImages()
	p.AllowElements("font", "center", "span", "div")
	p.AllowAttrs("color", "face", "size").OnElements("font")
	p.AllowAttrs("align", "valign", "bgcolor", "width", "height", "border",
		"cellpadding", "cellspacing", "dir").Globally()
	p.AllowAttrs("style").Matching(safeStyle).Globally()
	p.RequireNoReferrerOnLinks(true)
	p.AddTargetBlankToFullyQualifiedLinks(true)
	return p
}

// safeStyle accepts a style attribute only when every declaration has a
// value made of plain characters: no url(), no expression(), no CSS escapes
// (parentheses only in rgb()/hsl() colours), and no property starting with
// "po" (position, which could overlay the application's UI). One small
// regexp over the attribute costs a fraction of bluemonday's per-declaration
// CSS parsing (AllowStyles), which tripled sanitizing time on style-heavy
// newsletters; a large property allowlist made the regexp itself slow.
var safeStyle = regexp.MustCompile(`^\s*(?:` + styleProperty + `\s*:\s*` + styleValue + `(?:;\s*|$))*$`)

const (
	styleProperty = `(?:[a-oq-zA-OQ-Z-][a-zA-Z-]*|[pP](?:[a-np-zA-NP-Z-][a-zA-Z-]*)?)`
	styleValue    = `(?:[a-zA-Z0-9 \t#%.,!'"_/+-]|(?i:rgba?|hsla?)\([0-9 .,%]*\))*`
)

// sanitizeHTML returns body safe to embed in Mailroom's UI.
func sanitizeHTML(body string) string {
	return sanitizer.Sanitize(body)
}

// cidSrc is one src attribute holding a cid: URL: html[start:end] is the
// attribute value including any quotes.
type cidSrc struct{ start, end int }

// findCIDSrcs finds src attributes whose value is a cid: URL, quoted or not.
// A hand-written scan: a case-insensitive regexp was a quarter of the whole
// parse time on a typical newsletter.
func findCIDSrcs(h string) []cidSrc {
	var out []cidSrc
	for i := 0; i < len(h); {
		j := strings.IndexByte(h[i:], ':')
		if j < 0 {
			break
		}
		colon := i + j
		i = colon + 1
		if colon < 3 || !strings.EqualFold(h[colon-3:colon], "cid") {
			continue
		}
		// Walk back over an opening quote and spaces to "src=".
		k := colon - 3
		var quote byte
		if k > 0 && (h[k-1] == '"' || h[k-1] == '\'') {
			quote = h[k-1]
			k--
		}
		for k > 0 && isHTMLSpace(h[k-1]) {
			k--
		}
		if k == 0 || h[k-1] != '=' {
			continue
		}
		k--
		for k > 0 && isHTMLSpace(h[k-1]) {
			k--
		}
		if k < 4 || !strings.EqualFold(h[k-3:k], "src") || !isHTMLSpace(h[k-4]) {
			continue
		}
		start := colon - 3
		if quote != 0 {
			start--
		}
		end := colon + 1
		for end < len(h) {
			c := h[end]
			if quote != 0 && c == quote {
				end++
				break
			}
			if quote == 0 && (isHTMLSpace(c) || c == '>' || c == '"' || c == '\'') {
				break
			}
			end++
		}
		out = append(out, cidSrc{start, end})
		i = end
	}
	return out
}

func isHTMLSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
}

// RewriteCIDs replaces cid: references in sanitized HTML (src attributes)
// using resolve (cid without "cid:" → URL); unresolved ones are left.
func RewriteCIDs(htmlBody string, resolve func(cid string) (url string, ok bool)) string {
	if resolve == nil {
		return htmlBody
	}
	srcs := findCIDSrcs(htmlBody)
	if len(srcs) == 0 {
		return htmlBody
	}
	var b strings.Builder
	b.Grow(len(htmlBody))
	last := 0
	for _, s := range srcs {
		u, ok := resolve(cidFromAttr(htmlBody[s.start:s.end]))
		if !ok {
			continue
		}
		b.WriteString(htmlBody[last:s.start])
		b.WriteString(`"` + html.EscapeString(u) + `"`)
		last = s.end
	}
	b.WriteString(htmlBody[last:])
	return b.String()
}

// cidFromAttr turns an attribute value such as `"cid:a%40b"` into the
// Content-ID it names ("a@b"); RFC 2392 cid URLs are percent-encoded.
func cidFromAttr(v string) string {
	v = strings.Trim(v, `"'`)
	v = html.UnescapeString(strings.TrimSpace(v))
	if len(v) >= 4 {
		v = v[4:] // "cid:" in any case
	}
	if u, err := url.PathUnescape(v); err == nil {
		v = u
	}
	return strings.Trim(v, "<>")
}

// cidRefs lists the Content-IDs referenced from img src in htmlBody.
func cidRefs(htmlBody string) map[string]bool {
	srcs := findCIDSrcs(htmlBody)
	if len(srcs) == 0 {
		return nil
	}
	refs := make(map[string]bool, len(srcs))
	for _, s := range srcs {
		refs[cidFromAttr(htmlBody[s.start:s.end])] = true
	}
	return refs
}

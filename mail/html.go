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
// layouts need: table and font presentation attributes, a vetted subset of
// inline CSS, data: images, and the cid: scheme so inline images can be
// rewritten to blob URLs later by RewriteCIDs.
func newSanitizer() *bluemonday.Policy {
	p := bluemonday.UGCPolicy()
	p.AllowURLSchemes("mailto", "http", "https", "cid")
	p.AllowDataURIImages()
	p.AllowElements("font", "center", "span", "div")
	p.AllowAttrs("color", "face", "size").OnElements("font")
	p.AllowAttrs("align", "valign", "bgcolor", "width", "height", "border",
		"cellpadding", "cellspacing", "dir").Globally()
	p.AllowStyles("color", "background-color", "font-family", "font-size",
		"font-weight", "font-style", "text-align", "text-decoration",
		"line-height", "margin", "margin-top", "margin-bottom", "margin-left",
		"margin-right", "padding", "padding-top", "padding-bottom",
		"padding-left", "padding-right", "border", "border-collapse",
		"width", "height", "max-width", "vertical-align", "white-space",
		"display").Globally()
	p.RequireNoReferrerOnLinks(true)
	p.AddTargetBlankToFullyQualifiedLinks(true)
	return p
}

// sanitizeHTML returns body safe to embed in Mailroom's UI.
func sanitizeHTML(body string) string {
	return sanitizer.Sanitize(body)
}

// cidSrc matches a src attribute holding a cid: URL, quoted or not.
var cidSrc = regexp.MustCompile(`(?i)(\ssrc\s*=\s*)("\s*cid:[^"]*"|'\s*cid:[^']*'|cid:[^\s>"']+)`)

// RewriteCIDs replaces cid: references in sanitized HTML (src attributes)
// using resolve (cid without "cid:" → URL); unresolved ones are left.
func RewriteCIDs(htmlBody string, resolve func(cid string) (url string, ok bool)) string {
	if resolve == nil || !strings.Contains(strings.ToLower(htmlBody), "cid:") {
		return htmlBody
	}
	return cidSrc.ReplaceAllStringFunc(htmlBody, func(m string) string {
		sub := cidSrc.FindStringSubmatch(m)
		u, ok := resolve(cidFromAttr(sub[2]))
		if !ok {
			return m
		}
		return sub[1] + `"` + html.EscapeString(u) + `"`
	})
}

// cidFromAttr turns an attribute value such as `"cid:a%40b"` into the
// Content-ID it names ("a@b"); RFC 2392 cid URLs are percent-encoded.
func cidFromAttr(v string) string {
	v = strings.Trim(v, `"'`)
	v = html.UnescapeString(strings.TrimSpace(v))
	v = v[len("cid:"):]
	if u, err := url.PathUnescape(v); err == nil {
		v = u
	}
	return strings.Trim(v, "<>")
}

// cidRefs lists the Content-IDs referenced from img src in htmlBody.
func cidRefs(htmlBody string) map[string]bool {
	if !strings.Contains(strings.ToLower(htmlBody), "cid:") {
		return nil
	}
	refs := map[string]bool{}
	for _, sub := range cidSrc.FindAllStringSubmatch(htmlBody, -1) {
		refs[cidFromAttr(sub[2])] = true
	}
	return refs
}

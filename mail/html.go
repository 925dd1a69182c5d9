package mail

import (
	"net/url"
	"regexp"
	"strings"

	"github.com/microcosm-cc/bluemonday"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
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
	// Every attribute added here has a value pattern: an attribute allowed
	// globally without one would also let through any value the UGC policy
	// refuses on a given element (bluemonday keeps an attribute when either
	// the element's or the global policy accepts it).
	p.AllowAttrs("color").Matching(colourValue).OnElements("font")
	p.AllowAttrs("face").Matching(fontFaceValue).OnElements("font")
	p.AllowAttrs("size").Matching(fontSizeValue).OnElements("font")
	p.AllowAttrs("width", "height").Matching(lengthValue).Globally()
	p.AllowAttrs("bgcolor").Matching(colourValue).Globally()
	p.AllowAttrs("align").Matching(alignValue).Globally()
	p.AllowAttrs("valign").Matching(valignValue).Globally()
	p.AllowAttrs("border", "cellpadding", "cellspacing").Matching(countValue).Globally()
	p.AllowAttrs("dir").Matching(dirValue).Globally()
	p.AllowAttrs("style").Matching(safeStyle).Globally()
	p.RequireNoReferrerOnLinks(true)
	p.AddTargetBlankToFullyQualifiedLinks(true)
	return p
}

// Values allowed for the presentation attributes of mail layouts.
var (
	lengthValue   = regexp.MustCompile(`^\s*[0-9]{1,5}(?:\.[0-9]{1,3})?(?:%|px)?\s*$`)
	countValue    = regexp.MustCompile(`^\s*[0-9]{1,4}\s*$`)
	colourValue   = regexp.MustCompile(`^\s*(?:#[0-9a-fA-F]{3,8}|[a-zA-Z]{1,32})\s*$`)
	fontFaceValue = regexp.MustCompile(`^[a-zA-Z0-9 ,-]{1,200}$`)
	fontSizeValue = regexp.MustCompile(`^\s*[+-]?[1-7]\s*$`)
	alignValue    = regexp.MustCompile(`(?i)^\s*(?:left|right|center|justify|char|top|middle|bottom|baseline|texttop|absmiddle|absbottom)\s*$`)
	valignValue   = regexp.MustCompile(`(?i)^\s*(?:top|middle|bottom|baseline)\s*$`)
	dirValue      = regexp.MustCompile(`(?i)^\s*(?:ltr|rtl|auto)\s*$`)
)

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

// isCIDURL reports whether an attribute value is a cid: URL (any case).
func isCIDURL(v string) bool {
	v = strings.TrimSpace(v)
	return len(v) >= 4 && strings.EqualFold(v[:4], "cid:")
}

// cidOf turns a cid: URL such as "cid:a%40b" into the Content-ID it names
// ("a@b"); RFC 2392 cid URLs are percent-encoded.
func cidOf(v string) string {
	v = strings.TrimSpace(v)[4:]
	if u, err := url.PathUnescape(v); err == nil {
		v = u
	}
	return strings.Trim(v, "<>")
}

// eachImgCID calls fn for the src attribute of each img start tag whose value
// is a cid: URL, on the tokens of htmlBody as a browser would split them (not
// on its text, where "src=cid:" may sit inside another attribute's value).
// fn may change the attribute; emit, when set, receives every token in order.
func eachImgCID(htmlBody string, fn func(a *html.Attribute), emit func(html.Token)) {
	z := html.NewTokenizer(strings.NewReader(htmlBody))
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return
		}
		tok := z.Token()
		if (tt == html.StartTagToken || tt == html.SelfClosingTagToken) && tok.DataAtom == atom.Img {
			for i := range tok.Attr {
				if a := &tok.Attr[i]; a.Namespace == "" && a.Key == "src" && isCIDURL(a.Val) {
					fn(a)
				}
			}
		}
		if emit != nil {
			emit(tok)
		}
	}
}

// RewriteCIDs replaces the cid: URLs of img src attributes in sanitized HTML
// using resolve (Content-ID without "cid:" → URL); unresolved ones are left.
// The whole document is re-serialized from its tokens, every attribute value
// quoted and escaped, so no value can break out into markup of its own.
func RewriteCIDs(htmlBody string, resolve func(cid string) (url string, ok bool)) string {
	if resolve == nil {
		return htmlBody
	}
	var b strings.Builder
	b.Grow(len(htmlBody) + len(htmlBody)/8)
	eachImgCID(htmlBody, func(a *html.Attribute) {
		if u, ok := resolve(cidOf(a.Val)); ok {
			a.Val = u
		}
	}, func(t html.Token) { b.WriteString(t.String()) })
	return b.String()
}

// cidRefs lists the Content-IDs referenced from img src in htmlBody.
func cidRefs(htmlBody string) map[string]bool {
	if !ReferencesCIDs(htmlBody) {
		return nil
	}
	var refs map[string]bool
	eachImgCID(htmlBody, func(a *html.Attribute) {
		if refs == nil {
			refs = map[string]bool{}
		}
		refs[cidOf(a.Val)] = true
	}, nil)
	return refs
}

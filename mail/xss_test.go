package mail

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// hostileHTML are attribute-injection and mutation-XSS payloads. Each goes
// through the whole path of Email.html: Parse (sanitizing) and RewriteCIDs.
var hostileHTML = []string{
	// Text scanning of "src=cid:" inside another attribute's value.
	`<img width="1 src=cid:a onerror=alert(1) x" src="cid:a">`,
	`<img height="1 src=cid:a onerror=alert(1) x" src="cid:a">`,
	`<font face=" src=cid:a onmouseover=alert(1) x">t</font><img src="cid:a">`,
	`<font color=" src=cid:a onmouseover=alert(1) x">t</font>`,
	`<td width="100 src=cid:a onmouseover=alert(1)">x</td>`,
	`<table bgcolor="red src=cid:a onmouseover=alert(1) x"><tr><td>x</td></tr></table>`,
	`<div align=" src='cid:a' onclick='alert(1)' ">x</div>`,
	`<p dir="ltr src=cid:a onclick=alert(1)">x</p>`,
	// A cid whose decoded value holds quotes and markup.
	`<img src="cid:a%22%20onerror%3D%22alert(1)">`,
	`<img src=cid:a%22%3E%3Cscript%3Ealert(1)%3C/script%3E>`,
	`<img src="cid:a"/onerror="alert(1)">`,
	// Plain handlers and URLs.
	`<img src="x.png" onerror="alert(1)">`,
	`<IMG SRC=x ONERROR=alert(1)>`,
	`<x onclick=alert(1)>x</x>`,
	`<a href="javascript:alert(1)">x</a>`,
	`<a href="&#106;avascript:alert(1)">x</a>`,
	`<a href=" javascript:alert(1)">x</a>`,
	`<a href="java&#x09;script:alert(1)">x</a>`,
	`<a href="data:text/html,<script>alert(1)</script>">x</a>`,
	`<img src="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">`,
	`<img src="cid:a" srcset="javascript:alert(1)">`,
	`<table background="javascript:alert(1)"><tr><td>x</td></tr></table>`,
	`<form action="javascript:alert(1)"><button formaction="javascript:alert(1)">x</button></form>`,
	`<base href="javascript:alert(1)//"><a href="x">x</a>`,
	`<iframe srcdoc="<script>alert(1)</script>"></iframe>`,
	`<object data="javascript:alert(1)"></object><embed src="javascript:alert(1)">`,
	`<meta http-equiv="refresh" content="0;url=javascript:alert(1)">`,
	`<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>`,
	`<math href="javascript:alert(1)">x</math>`,
	// Styles.
	`<div style="background:url(javascript:alert(1))">x</div>`,
	`<div style="width: expression(alert(1))">x</div>`,
	`<div style="background-image: u\72l(x)">x</div>`,
	`<style>@import 'javascript:alert(1)'; * { x: expression(alert(1)) }</style>`,
	`<p style="position:fixed;top:0;left:0">overlay</p>`,
	// Mutation XSS: markup that parses differently once serialized again.
	`<svg><style><img src=x onerror=alert(1)></style></svg>`,
	`<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>`,
	`<noscript><p title="</noscript><img src=x onerror=alert(1)>">`,
	`<!--<img src="--><img src=x onerror=alert(1)//">`,
	`<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>`,
	`<svg></p><style><a id="</style><img src=1 onerror=alert(1)>">`,
	`<textarea><img title="</textarea><img src=x onerror=alert(1)>"></textarea>`,
	`<title><img title="</title><img src=x onerror=alert(1)>"></title>`,
	`<xmp><img title="</xmp><img src=x onerror=alert(1)>"></xmp>`,
	`<listing>&lt;img src=x onerror=alert(1)&gt;</listing>`,
	"<scr\x00ipt>alert(1)</scr\x00ipt><img src=x o\x00nerror=alert(1)>",
}

func TestHostileHTMLComesOutInert(t *testing.T) {
	// The resolver puts the decoded Content-ID itself into the URL, as a
	// careless one might: the serializer must still keep it a value.
	resolve := func(cid string) (string, bool) { return "/attachments/1?cid=" + cid, true }
	for _, payload := range hostileHTML {
		raw := "Content-Type: text/html\r\n\r\n<p>" + payload + "</p>\r\n"
		m, err := Parse(strings.NewReader(raw), &hashSink{}, nil)
		if err != nil {
			t.Fatalf("Parse(%q): %v", payload, err)
		}
		out := RewriteCIDs(m.HTML, resolve)
		if problem := unsafeHTML(out); problem != "" {
			t.Errorf("%q\n  came out as %q\n  %s", payload, out, problem)
			continue
		}
		// What a client does with the value (innerHTML, then reading it
		// back) must stay inert too.
		doc, _ := html.Parse(strings.NewReader(out))
		var again strings.Builder
		html.Render(&again, doc)
		if problem := unsafeHTML(again.String()); problem != "" {
			t.Errorf("%q\n  re-serialized as %q\n  %s", payload, again.String(), problem)
		}
	}
}

// unsafeHTML parses h as a browser would and names the first thing in it
// that could run script or load a document, or "" when there is none.
func unsafeHTML(h string) string {
	doc, err := html.Parse(strings.NewReader(h))
	if err != nil {
		return "does not parse: " + err.Error()
	}
	var problem string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if problem != "" {
			return
		}
		if n.Type == html.ElementNode {
			switch n.Data {
			case "script", "style", "iframe", "frame", "object", "embed", "form", "base", "meta", "link", "svg", "math", "textarea", "title", "xmp", "noscript":
				problem = "element <" + n.Data + ">"
				return
			}
			for _, a := range n.Attr {
				key := strings.ToLower(a.Key)
				val := strings.ToLower(strings.Map(func(r rune) rune {
					if r <= ' ' {
						return -1
					}
					return r
				}, a.Val))
				switch {
				case strings.HasPrefix(key, "on"):
					problem = "handler attribute " + a.Key
				case strings.Contains(val, "javascript:") || strings.Contains(val, "vbscript:") || strings.Contains(val, "data:text/html"):
					problem = "script URL in " + a.Key
				case key == "style" && (strings.Contains(val, "expression") || strings.Contains(val, "url(") || strings.Contains(val, `\`) || strings.Contains(val, "position")):
					problem = "style " + a.Val
				case key == "srcset" || key == "srcdoc" || key == "formaction" || key == "action" || key == "background" || key == "xlink:href":
					problem = "attribute " + a.Key
				case (key == "src" || key == "href") && !(strings.HasPrefix(val, "/attachments/") || strings.HasPrefix(val, "cid:") ||
					strings.HasPrefix(val, "https://") || strings.HasPrefix(val, "http://") || strings.HasPrefix(val, "mailto:") ||
					strings.HasPrefix(val, "data:image/") || !strings.Contains(val, ":")):
					problem = "URL " + a.Val
				}
				if problem != "" {
					return
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return problem
}

func TestPresentationAttributesKeepSafeValues(t *testing.T) {
	tests := []struct{ in, want string }{
		{`<table width="600" cellpadding="4" border="0" bgcolor="#ffeecc" align="center"><tr><td valign="top" width="50%" height="20px">x</td></tr></table>`,
			`<table width="600" cellpadding="4" border="0" bgcolor="#ffeecc" align="center"><tbody><tr><td valign="top" width="50%" height="20px">x</td></tr></tbody></table>`},
		{`<font face="Arial, Helvetica, sans-serif" color="red" size="+1">x</font>`, `<font face="Arial, Helvetica, sans-serif" color="red" size="+1">x</font>`},
		{`<font face="x&quot;><img src=x>" color="red;x" size="99">x</font>`, `x`},
		{`<td width="1 onmouseover=alert(1)" height="expression(1)">x</td>`, `<td>x</td>`},
		{`<p dir="rtl" align="justify">x</p>`, `<p dir="rtl" align="justify">x</p>`},
		{`<p dir="x" align="x">x</p>`, `<p>x</p>`},
	}
	for _, tt := range tests {
		got := sanitizeHTML(tt.in)
		// Tables are sanitized as fragments: bluemonday keeps the tags given.
		if strings.HasPrefix(tt.in, "<table") {
			got = strings.ReplaceAll(strings.ReplaceAll(got, "<tbody>", ""), "</tbody>", "")
			tt.want = strings.ReplaceAll(strings.ReplaceAll(tt.want, "<tbody>", ""), "</tbody>", "")
		}
		if got != tt.want {
			t.Errorf("sanitize(%q)\n  = %q\n want %q", tt.in, got, tt.want)
		}
	}
}

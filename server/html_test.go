package server

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// The attack through the API: an attribute value holding "src=cid:…" was
// rewritten as text, so Email.html handed any client a live onerror. The
// email has a real inline image, so the cid: rewrite runs.
func TestEmailHTMLCarriesNoHandlerThroughTheCIDRewrite(t *testing.T) {
	e := newAPI(t)
	tok := e.login()
	e.appendMem("From: x@example.com\r\nSubject: cid attack\r\nMessage-ID: <cid-attack@x>\r\nMIME-Version: 1.0\r\n" +
		"Content-Type: multipart/related; boundary=r\r\n\r\n--r\r\nContent-Type: text/html\r\n\r\n" +
		`<p><img width="1 src=cid:logo@x onerror=alert(1) x" src="cid:logo@x">` +
		`<font face=" src=cid:logo@x onmouseover=alert(2) x">t</font></p>` + "\r\n" +
		"--r\r\nContent-Type: image/png\r\nContent-ID: <logo@x>\r\n\r\nPNG\r\n--r--\r\n")
	fid := e.memFolder(tok)
	e.gql(tok, `mutation($f:ID!){fetchEmails(folderID:$f){imported}}`, map[string]any{"f": fid})
	r := e.gql(tok, `{search(query:"cid attack"){edges{node{html attachments{url}}}}}`, nil)
	edges, _ := r.Data["search"].(map[string]any)["edges"].([]any)
	if len(r.Errors) > 0 || len(edges) != 1 {
		t.Fatalf("email not found: %+v", r)
	}
	node := edges[0].(map[string]any)["node"].(map[string]any)
	out := node["html"].(string)
	attURL := node["attachments"].([]any)[0].(map[string]any)["url"].(string)
	if !strings.Contains(out, `src="`+attURL+`"`) {
		t.Errorf("the inline image was not rewritten to %s: %s", attURL, out)
	}
	doc, err := html.Parse(strings.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for _, a := range n.Attr {
			if strings.HasPrefix(strings.ToLower(a.Key), "on") {
				t.Errorf("Email.html has a live %s on <%s>: %s", a.Key, n.Data, out)
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
}

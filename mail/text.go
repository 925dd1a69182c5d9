package mail

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// htmlToText derives readable plain text from an HTML body for messages
// without a text part: block elements become line breaks, list items get a
// dash, whitespace collapses outside <pre>, and script, style, head and
// similar invisible content is dropped.
func htmlToText(body string) string {
	z := html.NewTokenizer(strings.NewReader(body))
	var (
		b       strings.Builder
		skip    int // depth inside invisible elements
		pre     int
		breaks  int  // pending line breaks
		space   bool // pending space
		started bool
	)
	newline := func(n int) {
		if n > breaks {
			breaks = n
		}
		space = false
	}
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return finishText(b.String())
		case html.TextToken:
			if skip > 0 {
				continue
			}
			t := string(z.Text())
			if pre > 0 {
				if started && breaks > 0 {
					b.WriteString(strings.Repeat("\n", breaks))
				}
				breaks = 0
				b.WriteString(t)
				started = true
				continue
			}
			words := strings.Fields(t)
			if len(words) == 0 {
				if t != "" {
					space = true
				}
				continue
			}
			if t[0] == ' ' || t[0] == '\t' || t[0] == '\n' || t[0] == '\r' {
				space = true
			}
			if started {
				if breaks > 0 {
					b.WriteString(strings.Repeat("\n", breaks))
				} else if space {
					b.WriteByte(' ')
				}
			}
			breaks, space = 0, false
			b.WriteString(strings.Join(words, " "))
			started = true
			last := t[len(t)-1]
			space = last == ' ' || last == '\t' || last == '\n' || last == '\r'
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			start := tt != html.EndTagToken
			switch a {
			case atom.Script, atom.Style, atom.Head, atom.Title, atom.Noscript, atom.Template, atom.Object, atom.Iframe, atom.Svg:
				if tt == html.SelfClosingTagToken {
					continue
				}
				if start {
					skip++
				} else if skip > 0 {
					skip--
				}
			case atom.Pre:
				if start {
					pre++
				} else if pre > 0 {
					pre--
				}
				newline(2)
			case atom.Br:
				breaks++
				space = false
			case atom.P, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6,
				atom.Table, atom.Blockquote, atom.Ul, atom.Ol, atom.Dl, atom.Hr:
				newline(2)
			case atom.Div, atom.Tr, atom.Section, atom.Article, atom.Header,
				atom.Footer, atom.Address, atom.Center, atom.Dt, atom.Dd,
				atom.Form, atom.Fieldset, atom.Nav, atom.Aside, atom.Figure,
				atom.Figcaption, atom.Main, atom.Caption:
				newline(1)
			case atom.Li:
				newline(1)
				if start && skip == 0 {
					if started {
						b.WriteString(strings.Repeat("\n", breaks))
					}
					breaks = 0
					b.WriteString("- ")
					started = true
				}
			case atom.Td, atom.Th:
				if start {
					space = true
				}
			}
		}
	}
}

// finishText trims trailing spaces on lines and collapses runs of blank lines.
func finishText(s string) string {
	lines := strings.Split(s, "\n")
	out := lines[:0]
	blank := 0
	for _, l := range lines {
		l = strings.TrimRight(l, " \t\u00a0")
		if l == "" {
			blank++
			if blank > 1 {
				continue
			}
		} else {
			blank = 0
		}
		out = append(out, l)
	}
	return strings.TrimSpace(strings.Join(out, "\n"))
}

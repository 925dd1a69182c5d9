package search

import (
	"context"
	"html"
	"strings"
	"unicode"
	"unicode/utf8"

	"mailroom/ent"
	"mailroom/ent/attachment"
	"mailroom/ent/email"
)

// A snippet is a short passage around the first match, HTML-escaped, with
// <mark>…</mark> around each match and nothing else: the SPA turns exactly
// that into elements without parsing HTML. It is computed in Go from the
// stored text (the index keeps words only), the same on both databases.
const (
	snippetBefore = 60  // bytes of context before the first match
	snippetLength = 220 // bytes shown in all
	snippetScan   = 128 << 10
)

type span struct{ start, end int }

// matches finds where terms occur in s (its first snippetScan bytes).
func matches(s string, terms []Term) []span {
	if len(s) > snippetScan {
		cut := snippetScan
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		s = s[:cut]
	}
	var toks []token
	tokenize(s, func(t token) { toks = append(toks, t) })
	var out []span
	for i := range toks {
		for _, t := range terms {
			if n := len(t.Tokens); i+n <= len(toks) && tokensMatch(toks[i:i+n], t) {
				out = append(out, span{toks[i].start, toks[i+n-1].end})
				break
			}
		}
	}
	return out
}

func tokensMatch(toks []token, t Term) bool {
	for j, want := range t.Tokens {
		got := toks[j].text
		if t.Prefix && j == len(t.Tokens)-1 {
			if !strings.HasPrefix(got, want) {
				return false
			}
		} else if got != want {
			return false
		}
	}
	return true
}

// excerpt is the marked passage of s around its first match (ok false when none).
func excerpt(s string, terms []Term) (string, bool) {
	found := matches(s, terms)
	if len(found) == 0 {
		return "", false
	}
	from := found[0].start - snippetBefore
	if from <= 0 {
		from = 0
	} else {
		// Start at a word: after the first space past from.
		for from < found[0].start && !unicode.IsSpace(rune(s[from])) {
			from++
		}
		for from < len(s) && !utf8.RuneStart(s[from]) {
			from++
		}
	}
	to := min(len(s), from+snippetLength)
	to = max(to, found[0].end)
	for to < len(s) && !utf8.RuneStart(s[to]) {
		to++
	}
	var b strings.Builder
	if from > 0 {
		b.WriteString("… ")
	}
	at := from
	for _, m := range found {
		if m.start < at || m.end > to {
			continue
		}
		b.WriteString(escape(s[at:m.start]))
		b.WriteString("<mark>" + escape(s[m.start:m.end]) + "</mark>")
		at = m.end
	}
	b.WriteString(escape(s[at:to]))
	out := strings.TrimSpace(b.String())
	for strings.Contains(out, "  ") {
		out = strings.ReplaceAll(out, "  ", " ")
	}
	if to < len(s) {
		out += "…"
	}
	return out, true
}

// escape is HTML-escaped s with runs of white space made one space.
func escape(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space && b.Len() > 0 || space && s != "" && unicode.IsSpace(firstRune(s)) {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	if space {
		b.WriteByte(' ')
	}
	return html.EscapeString(strings.ToValidUTF8(b.String(), ""))
}

// Snippet is the passage of email e that matches the query text: in the
// body, else in an attachment (said as "in attachment NAME: …"), else in the
// subject; the beginning of the body when the match was in the people.
// nil when the query does not parse.
func (ix *Index) Snippet(ctx context.Context, client *ent.Client, text string, id int) (*string, error) {
	q, err := ParseQuery(text)
	if err != nil {
		return nil, nil
	}
	e, err := client.Email.Query().Where(email.ID(id)).Select(email.FieldSubject, email.FieldText).Only(ctx)
	if err != nil {
		return nil, err
	}
	var anyTerms, subjectTerms []Term
	for _, t := range q.Positive() {
		switch t.Field {
		case AnyField:
			anyTerms = append(anyTerms, t)
			subjectTerms = append(subjectTerms, t)
		case SubjectField:
			subjectTerms = append(subjectTerms, t)
		}
	}
	if s, ok := excerpt(e.Text, anyTerms); ok {
		return &s, nil
	}
	if len(anyTerms) > 0 {
		parts, err := ix.parts(ctx, client, id)
		if err != nil {
			return nil, err
		}
		for _, p := range parts {
			if s, ok := excerpt(p.Text, anyTerms); ok {
				s = "in attachment " + html.EscapeString(p.Name) + ": " + s
				return &s, nil
			}
			if s, ok := excerpt(p.Name, anyTerms); ok {
				s = "in attachment " + s
				return &s, nil
			}
		}
	}
	if s, ok := excerpt(e.Subject, subjectTerms); ok {
		s = "in the subject: " + s
		return &s, nil
	}
	start := strings.Join(strings.Fields(strings.ToValidUTF8(e.Text[:min(len(e.Text), snippetLength*2)], "")), " ")
	if len(start) > snippetLength {
		cut := snippetLength
		for cut > 0 && !utf8.RuneStart(start[cut]) {
			cut--
		}
		start = start[:cut] + "…"
	}
	s := html.EscapeString(start)
	return &s, nil
}

// parts are an email's attachments with the text the index kept of them.
func (ix *Index) parts(ctx context.Context, client *ent.Client, id int) ([]Part, error) {
	atts, err := client.Attachment.Query().Where(attachment.EmailID(id)).
		Select(attachment.FieldPosition, attachment.FieldFilename).Order(ent.Asc(attachment.FieldPosition)).All(ctx)
	if err != nil {
		return nil, err
	}
	texts := map[int]string{}
	rows, err := ix.db.QueryContext(ctx, ix.rebind(`SELECT position, text FROM email_search_part WHERE email_id = ?`), id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var pos int
		var t string
		if err := rows.Scan(&pos, &t); err != nil {
			return nil, err
		}
		texts[pos] = t
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	parts := make([]Part, len(atts))
	for i, a := range atts {
		parts[i] = Part{Position: a.Position, Name: a.Filename, Text: texts[a.Position]}
	}
	return parts, nil
}

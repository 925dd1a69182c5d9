package search

import (
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Limits on a query, so that one request cannot make the index do
// unbounded work.
const (
	MaxQueryLength = 500 // characters
	MaxQueryTerms  = 24  // words, phrases and filters together
)

// QueryError is a query the parser refuses, with what is wrong in plain words.
type QueryError struct{ Problem string }

func (e *QueryError) Error() string { return "search: " + e.Problem }

// Field is where a term must match.
type Field int

const (
	AnyField Field = iota // subject, people, body and attachments
	SubjectField
	FromField
	ToField // To and Cc
)

// Term is one word or phrase of a query, already in the index's form.
type Term struct {
	Field   Field
	Tokens  []string // one for a word, several for a phrase (or a word the tokenizer splits, like an address)
	Prefix  bool     // the last token may be the beginning of a word (inv*)
	Negated bool     // -word: emails holding it are left out
}

// Query is a parsed search.
type Query struct {
	Terms         []Term
	HasAttachment bool
	Before, After *time.Time // sent strictly before Before, on or after After (UTC days)
	In            []string   // folder titles (in:), any of them
}

// Positive are the terms an email must contain (what snippets highlight).
func (q *Query) Positive() []Term {
	var out []Term
	for _, t := range q.Terms {
		if !t.Negated {
			out = append(out, t)
		}
	}
	return out
}

var filterNames = "from:, to:, subject:, has:attachment, before:, after:, in:"

// words that end in a colon but are no filter (links pasted in a query)
var notFilters = map[string]bool{"http": true, "https": true, "mailto": true, "ftp": true}

// ParseQuery parses the query language: words, "phrases", prefixes (inv*),
// -word, and the filters from: to: subject: has:attachment before:DATE
// after:DATE in:FOLDER, whose value may be quoted.
func ParseQuery(s string) (*Query, error) {
	if !utf8.ValidString(s) {
		return nil, &QueryError{"the query is not valid text (UTF-8)"}
	}
	if n := utf8.RuneCountInString(s); n > MaxQueryLength {
		return nil, &QueryError{fmt.Sprintf("the query is %d characters long; at most %d are allowed", n, MaxQueryLength)}
	}
	q := &Query{}
	p := &parser{s: s}
	items := 0
	for {
		p.skipSpace()
		if p.done() {
			break
		}
		items++
		if items > MaxQueryTerms {
			return nil, &QueryError{fmt.Sprintf("the query has more than %d words and filters", MaxQueryTerms)}
		}
		if err := p.item(q); err != nil {
			return nil, err
		}
	}
	positive := 0
	for _, t := range q.Terms {
		if !t.Negated {
			positive++
		}
	}
	if positive == 0 && !q.HasAttachment && q.Before == nil && q.After == nil && len(q.In) == 0 {
		if len(q.Terms) > 0 {
			return nil, &QueryError{"the query only excludes words (-word); add a word or a filter to look for"}
		}
		return nil, &QueryError{"the query is empty: type a word to look for"}
	}
	if q.Before != nil && q.After != nil && !q.After.Before(*q.Before) {
		return nil, &QueryError{fmt.Sprintf("after:%s is not before before:%s, so nothing can match",
			q.After.Format(time.DateOnly), q.Before.Format(time.DateOnly))}
	}
	return q, nil
}

type parser struct {
	s   string
	pos int
}

func (p *parser) done() bool { return p.pos >= len(p.s) }

func (p *parser) skipSpace() {
	for !p.done() {
		r, n := utf8.DecodeRuneInString(p.s[p.pos:])
		if !unicode.IsSpace(r) {
			return
		}
		p.pos += n
	}
}

// value reads a quoted string or a bare word up to the next space.
func (p *parser) value() (text string, quoted, prefix bool, err error) {
	if !p.done() && p.s[p.pos] == '"' {
		end := strings.IndexByte(p.s[p.pos+1:], '"')
		if end < 0 {
			return "", false, false, &QueryError{fmt.Sprintf("the quote at character %d is not closed", utf8.RuneCountInString(p.s[:p.pos])+1)}
		}
		text = p.s[p.pos+1 : p.pos+1+end]
		p.pos += end + 2
		if !p.done() && p.s[p.pos] == '*' {
			prefix = true
			p.pos++
		}
		return text, true, prefix, nil
	}
	start := p.pos
	for !p.done() {
		r, n := utf8.DecodeRuneInString(p.s[p.pos:])
		if unicode.IsSpace(r) {
			break
		}
		if r == '"' && p.pos > start {
			break // word"phrase": the phrase starts a new item
		}
		p.pos += n
	}
	text = p.s[start:p.pos]
	if strings.HasSuffix(text, "*") {
		text = strings.TrimRight(text, "*")
		prefix = true
	}
	return text, false, prefix, nil
}

func (p *parser) item(q *Query) error {
	negated := false
	if p.s[p.pos] == '-' && p.pos+1 < len(p.s) && !unicode.IsSpace(rune(p.s[p.pos+1])) {
		negated = true
		p.pos++
	}
	// name:value — a filter when name is letters.
	if name, ok := p.filterName(); ok {
		return p.filter(q, name, negated)
	}
	text, quoted, prefix, err := p.value()
	if err != nil {
		return err
	}
	return addTerm(q, AnyField, text, quoted, prefix, negated)
}

// filterName consumes "name:" when the input continues with a filter.
func (p *parser) filterName() (string, bool) {
	rest := p.s[p.pos:]
	i := 0
	for i < len(rest) && i < 16 && (rest[i] >= 'a' && rest[i] <= 'z' || rest[i] >= 'A' && rest[i] <= 'Z') {
		i++
	}
	if i == 0 || i >= len(rest) || rest[i] != ':' {
		return "", false
	}
	name := strings.ToLower(rest[:i])
	if notFilters[name] {
		return "", false
	}
	p.pos += i + 1
	return name, true
}

func (p *parser) filter(q *Query, name string, negated bool) error {
	if p.done() || unicode.IsSpace(rune(p.s[p.pos])) {
		return &QueryError{fmt.Sprintf("%s: needs a value right after the colon, as in %s:word", name, name)}
	}
	text, quoted, prefix, err := p.value()
	if err != nil {
		return err
	}
	field := map[string]Field{"from": FromField, "to": ToField, "subject": SubjectField}
	if f, ok := field[name]; ok {
		return addTerm(q, f, text, quoted, prefix, negated)
	}
	if negated {
		return &QueryError{fmt.Sprintf("-%s: cannot be negated; only words and from:, to:, subject: can", name)}
	}
	switch name {
	case "has":
		if strings.ToLower(text) != "attachment" {
			return &QueryError{fmt.Sprintf("has:%s is not known; has:attachment is", text)}
		}
		q.HasAttachment = true
	case "before", "after":
		d, err := time.ParseInLocation(time.DateOnly, text, time.UTC)
		if err != nil {
			return &QueryError{fmt.Sprintf("%s:%s is not a date; write it as YYYY-MM-DD, as in %s:2024-03-31", name, text, name)}
		}
		if name == "before" {
			q.Before = &d
		} else {
			q.After = &d
		}
	case "in":
		if strings.TrimSpace(text) == "" {
			return &QueryError{"in: needs a folder's title"}
		}
		q.In = append(q.In, text)
	default:
		return &QueryError{fmt.Sprintf("%s: is not a filter; the filters are %s (quote the text, \"%s:…\", to search for it)", name, filterNames, name)}
	}
	return nil
}

func addTerm(q *Query, f Field, text string, quoted, prefix, negated bool) error {
	toks, prefixOnly := queryTokens(text)
	if len(toks) == 0 {
		if f != AnyField || quoted {
			return &QueryError{fmt.Sprintf("%q has no letters or digits to look for", text)}
		}
		return nil // punctuation alone, like a dash between words
	}
	if !quoted && !prefixOnly && len(toks) > 1 {
		// A bare word the tokenizer splits (alice@example.com, e-mail) is a phrase.
		quoted = true
	}
	q.Terms = append(q.Terms, Term{Field: f, Tokens: toks, Prefix: prefix || prefixOnly, Negated: negated})
	return nil
}

package search

import (
	"context"
	"database/sql"
	"errors"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	_ "github.com/mattn/go-sqlite3"
)

func TestParseQuery(t *testing.T) {
	for in, want := range map[string][]Term{
		"Invoice":               {{Tokens: []string{"invoice"}}},
		"inv*":                  {{Tokens: []string{"inv"}, Prefix: true}},
		`"Quarterly Report"`:    {{Tokens: []string{"quarterly", "report"}}},
		`"quarterly rep"*`:      {{Tokens: []string{"quarterly", "rep"}, Prefix: true}},
		"alice@example.com":     {{Tokens: []string{"alice", "example", "com"}}},
		"-spam ham":             {{Tokens: []string{"spam"}, Negated: true}, {Tokens: []string{"ham"}}},
		"from:Jöhn":             {{Field: FromField, Tokens: []string{"john"}}},
		`to:"Märy Smith"`:       {{Field: ToField, Tokens: []string{"mary", "smith"}}},
		"-subject:re x":         {{Field: SubjectField, Tokens: []string{"re"}, Negated: true}, {Tokens: []string{"x"}}},
		"東京都":                   {{Tokens: []string{"東京", "京都"}}},
		"東":                     {{Tokens: []string{"東"}, Prefix: true}},
		"Straße":                {{Tokens: []string{"strasse"}}},
		"https://example.com/a": {{Tokens: []string{"https", "example", "com", "a"}}},
		"a - b":                 {{Tokens: []string{"a"}}, {Tokens: []string{"b"}}},
	} {
		q, err := ParseQuery(in)
		if err != nil {
			t.Errorf("%q: %v", in, err)
			continue
		}
		if !reflect.DeepEqual(q.Terms, want) {
			t.Errorf("%q: %+v, want %+v", in, q.Terms, want)
		}
	}
	q, err := ParseQuery(`has:attachment before:2024-03-01 after:2024-01-31 in:"Support desk" in:Sales`)
	if err != nil || !q.HasAttachment || q.Before.Format("2006-01-02") != "2024-03-01" || q.After.Day() != 31 ||
		!reflect.DeepEqual(q.In, []string{"Support desk", "Sales"}) {
		t.Fatalf("filters: %+v %v", q, err)
	}
}

func TestTokenizeOffsets(t *testing.T) {
	s := "Grüße aus München, 東京タワー!"
	var got []string
	tokenize(s, func(tk token) { got = append(got, tk.text+"="+s[tk.start:tk.end]) })
	want := []string{"grusse=Grüße", "aus=aus", "munchen=München", "東京=東京", "京タ=京タ", "タワ=タワ", "ワー=ワー", "ー=ー"}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("%q\nwant %q", got, want)
	}
}

// FuzzParseQuery: any text either is refused with a QueryError or compiles
// to an FTS5 expression that SQLite accepts (never a syntax error, never
// an injected column or operator) and to a tsquery made of quoted lexemes.
func FuzzParseQuery(f *testing.F) {
	for _, s := range []string{"invoice", `"a b"*`, "from:x to:\"y z\" -w", "has:attachment", "before:2024-01-01",
		`"`, `a"b`, "-", "--x", "in:\"\"", "東京", "x:y", "NEAR(a b)", "a OR b", `"" *`, "é*", "\x00", "\xff",
		"subject:", "-from:a b*", "meta:all", `{a b}:c`, "^x", "a + b", "'", `\`} {
		f.Add(s)
	}
	db, err := sql.Open("sqlite3", ":memory:")
	if err != nil {
		f.Fatal(err)
	}
	db.SetMaxOpenConns(1)
	defer db.Close()
	ctx := context.Background()
	if _, err := db.Exec(`CREATE VIRTUAL TABLE email_fts USING fts5(subject, sender, recipients, body, attachments, meta,
		content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 0')`); err != nil {
		f.Fatal(err)
	}
	if _, err := db.Exec(`INSERT INTO email_fts (rowid, subject, meta) VALUES (1, 'hello world', 'all f1 att')`); err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		q, err := ParseQuery(s)
		if err != nil {
			var qe *QueryError
			if !errors.As(err, &qe) || qe.Problem == "" {
				t.Fatalf("%q: %v is not a QueryError", s, err)
			}
			return
		}
		for _, tm := range q.Terms {
			if len(tm.Tokens) == 0 {
				t.Fatalf("%q: a term without tokens", s)
			}
			for _, tok := range tm.Tokens {
				if tok == "" || strings.ContainsAny(tok, "\"' \\:*") {
					t.Fatalf("%q: token %q", s, tok)
				}
			}
		}
		match := ftsMatch(q, []int{1, 2}, true)
		var n int
		if err := db.QueryRowContext(ctx, `SELECT count(*) FROM email_fts WHERE email_fts MATCH ?`, match).Scan(&n); err != nil {
			t.Fatalf("%q compiled to %q: %v", s, match, err)
		}
		if ts := tsQuery(q); strings.Count(ts, "'")%2 != 0 {
			t.Fatalf("%q: tsquery %q", s, ts)
		}
	})
}

// The ASCII fast path makes the same words as the general one.
func TestASCIIWordsMatchTokenize(t *testing.T) {
	for _, s := range []string{"", "Hello, World!", "  a-b_c.d@e  ", strings.Repeat("x", 100) + " y", "MiXeD 123abc\tTAB\nline", "trailing "} {
		var want []string
		tokenize(s, func(tk token) { want = append(want, tk.text) })
		for _, limit := range []int{1000, 2} {
			got, n := asciiWords(s, limit)
			w := want
			if len(w) > limit {
				w = w[:limit]
			}
			if got != strings.Join(w, " ") || n != len(w) {
				t.Errorf("%q limit %d: %q %d, want %q", s, limit, got, n, strings.Join(w, " "))
			}
		}
	}
}

// words (the index's form of a text) makes the tokens tokenize makes (the
// query's and the snippets' form), in every script, up to its limit.
func TestWordsMatchTokenize(t *testing.T) {
	for _, s := range []string{"Ünïcödé Straße, ÉTÉ — naïve café", "東京都に住んでいます。日本語のテキスト", "混合 text 中文abc한국어 ok",
		"Ｆｕｌｌｗｉｄｔｈ ＡＢＣ １２３ ﬁne ½", "Привет, МИР! Ελληνικά ΣΊΣΥΦΟΣ", "bad \xff\xfe utf-8 \xc3", "ー々カタカナー x",
		"a" + strings.Repeat("é", 100) + " b", "ｱｲｳ ＡＢ", "x中", "中x", "中", "é", "12,5 % über 3½"} {
		var want []string
		tokenize(s, func(tk token) { want = append(want, tk.text) })
		for _, limit := range []int{1000, 3, 1} {
			got, n := words(s, limit)
			w := want
			if len(w) > limit {
				w = w[:limit]
			}
			if got != strings.Join(w, " ") || n != len(w) {
				t.Errorf("%q limit %d: %q %d, want %q", s, limit, got, n, strings.Join(w, " "))
			}
		}
	}
}

// BenchmarkWords is the folding of a 50 KB body with a few non-ASCII
// characters (the general path), as ingest does for every email.
func BenchmarkWords(b *testing.B) {
	s := strings.Repeat("Hello team, the meeting moves to Thursday at ten; café naïve Straße — ", 700)
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		words(s, maxBodyWords)
	}
}

// The table of folded runes holds what folding computes.
func TestFoldTable(t *testing.T) {
	for r := rune(0); r < 0xA000; r++ {
		if r >= foldCached+10 && !isUnifiedIdeograph(r) {
			continue
		}
		want := string(foldUncached(nil, r))
		if r < utf8.RuneSelf {
			want = strings.ToLower(string(r))
		}
		if got := string(foldRune(nil, r)); got != want {
			t.Fatalf("%U: %q, want %q", r, got, want)
		}
	}
}

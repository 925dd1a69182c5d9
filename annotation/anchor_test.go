package annotation

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
)

type anchorCase struct {
	Name     string   `json:"name"`
	Text     string   `json:"text"`
	Selector Selector `json:"selector"`
	Want     *Match   `json:"want"`
}

// TestResolveSharedCases runs the table the front end's anchoring test
// (frontend/src/lib/anchor.test.ts) runs too: one source for both.
func TestResolveSharedCases(t *testing.T) {
	raw, err := os.ReadFile("testdata/anchors.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []anchorCase
	if err := json.Unmarshal(raw, &cases); err != nil {
		t.Fatal(err)
	}
	if len(cases) < 20 {
		t.Fatalf("only %d cases read", len(cases))
	}
	for _, c := range cases {
		t.Run(c.Name, func(t *testing.T) {
			got, ok := Resolve(c.Text, c.Selector)
			switch {
			case c.Want == nil && ok:
				t.Fatalf("anchored at %+v, want no match", got)
			case c.Want != nil && !ok:
				t.Fatalf("no match, want %+v", *c.Want)
			case c.Want != nil && got != *c.Want:
				t.Fatalf("got %+v, want %+v", got, *c.Want)
			}
		})
	}
}

// A phrase repeated a great many times costs bounded work and still anchors
// (the first candidates are weighed).
func TestResolveManyRepetitions(t *testing.T) {
	text := strings.Repeat("ab ", 200000) + "ab end"
	m, ok := Resolve(text, Selector{Exact: "ab"})
	if !ok || m.Start != 0 {
		t.Fatalf("got %+v %v", m, ok)
	}
	if _, ok := Resolve(text, Selector{Exact: strings.Repeat("ab ", 50) + "x"}); ok {
		t.Fatal("a quote that does not occur anchored")
	}
}

func FuzzResolve(f *testing.F) {
	f.Add("the cat sat. the cat ran.", "cat", "the ", " ran")
	f.Add("cafe\u0301 and cafe", "cafe", "", "")
	f.Fuzz(func(t *testing.T, text, exact, prefix, suffix string) {
		m, ok := Resolve(text, Selector{Exact: exact, Prefix: prefix, Suffix: suffix})
		if !ok {
			return
		}
		runes := []rune(text)
		if m.Start < 0 || m.End > len(runes) || m.Start >= m.End {
			t.Fatalf("match %+v outside the text of %d code points", m, len(runes))
		}
		if fold(string(runes[m.Start:m.End])) != fold(exact) {
			t.Fatalf("match %q is not the quote %q", string(runes[m.Start:m.End]), exact)
		}
	})
}

// A 1 MB text where the quoted phrase repeats in every line: the cost of
// annotate's check on a large email.
func BenchmarkResolveLargeText(b *testing.B) {
	line := "Invoice 2026-0412: the amount is due. Grüße, the accounts team 📧\n"
	text := strings.Repeat(line, 1<<20/len(line))
	start := len([]rune(text)) / 2
	sel := Selector{Exact: "the amount is due", Prefix: "Invoice 2026-0412: ", Suffix: ". Grüße", Start: &start}
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		if _, ok := Resolve(text, sel); !ok {
			b.Fatal("no match")
		}
	}
}

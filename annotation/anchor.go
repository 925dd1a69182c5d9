// Package annotation anchors W3C Web Annotation text-quote selectors
// (exact, prefix, suffix, plus a position hint) in an email's text.
//
// "The text" is the email's plain text field, the same string the UI's Text
// view shows; positions are counted in Unicode code points so that Go and the
// browser (frontend/src/lib/anchor.ts, the same algorithm) agree. Both are
// tested against one table of cases, testdata/anchors.json.
//
// Matching ignores differences of whitespace (a run of spaces, tabs and line
// breaks equals one space, and the ends of a quote are trimmed), so a quote
// selected across what were separate paragraphs or HTML elements still
// anchors. A match never starts on, or ends before, a combining mark: "e"
// does not anchor inside "é" written as e + U+0301.
package annotation

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Selector is a W3C TextQuoteSelector with the TextPositionSelector's start
// as a hint.
type Selector struct {
	Exact  string `json:"exact"`
	Prefix string `json:"prefix,omitempty"`
	Suffix string `json:"suffix,omitempty"`
	Start  *int   `json:"start,omitempty"`
}

// Match is where a selector anchors: code point offsets [Start, End) in the
// text.
type Match struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// maxCandidates bounds the work on a phrase repeated very many times.
const maxCandidates = 10000

// normalized is a text with whitespace runs folded to one space, and for
// each byte of it the code point index in the original it came from.
type normalized struct {
	s     string
	index []int // byte offset in s -> code point index in the original; len(s)+1 entries
}

func normalize(text string) normalized {
	var b strings.Builder
	b.Grow(len(text))
	index := make([]int, 0, len(text)+1)
	cp, inSpace := 0, false
	for _, r := range text {
		if unicode.IsSpace(r) {
			if !inSpace {
				b.WriteByte(' ')
				index = append(index, cp)
			}
			inSpace = true
			cp++
			continue
		}
		inSpace = false
		n := utf8.RuneLen(r)
		if n < 0 { // invalid UTF-8 decodes as U+FFFD, 3 bytes
			n = 3
		}
		b.WriteRune(r)
		for range n {
			index = append(index, cp)
		}
		cp++
	}
	index = append(index, cp)
	return normalized{s: b.String(), index: index}
}

// fold is a quote normalized the same way, without an original to map to.
func fold(s string) string {
	return strings.Join(strings.FieldsFunc(s, unicode.IsSpace), " ")
}

// Resolve anchors sel in text. Among the occurrences of the exact quote it
// prefers the one whose surroundings agree longest with prefix and suffix,
// then the one nearest the start hint, then the first. ok is false when the
// quote does not occur (or is empty, or not UTF-8).
func Resolve(text string, sel Selector) (m Match, ok bool) {
	exact := fold(sel.Exact)
	if exact == "" || !utf8.ValidString(exact) {
		return Match{}, false
	}
	n := normalize(text)
	// The prefix ends where the quote starts: a trailing space of the prefix
	// is the space before the quote, kept as one when the text has one.
	prefix := fold(sel.Prefix)
	suffix := fold(sel.Suffix)
	best, bestScore, bestDist := -1, -1, 0
	for at, seen := 0, 0; seen < maxCandidates; seen++ {
		i := strings.Index(n.s[at:], exact)
		if i < 0 {
			break
		}
		i += at
		at = i + 1
		for at < len(n.s) && !utf8.RuneStart(n.s[at]) {
			at++
		}
		end := i + len(exact)
		if !boundary(n.s, i, end) {
			continue
		}
		score := commonSuffix(strings.TrimRight(n.s[:i], " "), prefix) + commonPrefix(strings.TrimLeft(n.s[end:], " "), suffix)
		dist := 0
		if sel.Start != nil {
			dist = abs(n.index[i] - *sel.Start)
		}
		if score > bestScore || score == bestScore && dist < bestDist {
			best, bestScore, bestDist = i, score, dist
		}
	}
	if best < 0 {
		return Match{}, false
	}
	end := best + len(exact)
	return Match{Start: n.index[best], End: n.index[end-1] + 1}, true
}

// boundary is false when the match starts on a combining mark or the text
// goes on with one: the quote would cut a character in two.
func boundary(s string, start, end int) bool {
	if r, _ := utf8.DecodeRuneInString(s[start:]); unicode.Is(unicode.M, r) {
		return false
	}
	if end < len(s) {
		if r, _ := utf8.DecodeRuneInString(s[end:]); unicode.Is(unicode.M, r) {
			return false
		}
	}
	return true
}

// commonSuffix counts the code points at the end of a that end b too.
func commonSuffix(a, b string) int {
	n := 0
	for a != "" && b != "" {
		ra, sa := utf8.DecodeLastRuneInString(a)
		rb, sb := utf8.DecodeLastRuneInString(b)
		if ra != rb {
			break
		}
		a, b, n = a[:len(a)-sa], b[:len(b)-sb], n+1
	}
	return n
}

// commonPrefix counts the code points at the start of a that start b too.
func commonPrefix(a, b string) int {
	n := 0
	for a != "" && b != "" {
		ra, sa := utf8.DecodeRuneInString(a)
		rb, sb := utf8.DecodeRuneInString(b)
		if ra != rb {
			break
		}
		a, b, n = a[sa:], b[sb:], n+1
	}
	return n
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

package search

import (
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// The index holds words as this file makes them, on SQLite and PostgreSQL
// alike, so both find the same emails for the same query: text is folded
// (compatibility decomposition, diacritics dropped, lower case, ß → ss) and
// cut into runs of letters and digits. Han, kana and hangul have no spaces
// between words, so a run of them becomes its overlapping bigrams plus the
// run's last character alone: a word of any length inside the run is then a
// phrase of bigrams, and one character a prefix (see queryTokens).

// maxTokenRunes cuts very long "words" (base64 junk, hashes) at index and query time alike.
const maxTokenRunes = 64

// isDiacritic reports combining marks that folding removes (the combining
// diacritical blocks), keeping the vowel signs other scripts need.
func isDiacritic(r rune) bool {
	return (r >= 0x0300 && r <= 0x036F) || (r >= 0x1AB0 && r <= 0x1AFF) ||
		(r >= 0x1DC0 && r <= 0x1DFF) || (r >= 0x20D0 && r <= 0x20FF) || (r >= 0xFE20 && r <= 0xFE2F)
}

// isBigramScript is true for the scripts written without spaces between words.
func isBigramScript(r rune) bool {
	if r < 0x1100 { // below Hangul Jamo: Latin, Greek, Cyrillic, …, the fast path of most text
		return false
	}
	// ー (prolonged sound) and 々 (iteration) are of the Common script but written inside words.
	return r == 'ー' || r == '々' || unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul)
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r)
}

// foldRune appends the folded form of r to buf.
func foldRune(buf []rune, r rune) []rune {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return append(buf, r)
	}
	if r < foldCached {
		foldOnce.Do(buildFoldTable)
		x := foldIndex[r]
		return append(buf, foldRunes[x>>8:x>>8+x&0xff]...)
	}
	if isUnifiedIdeograph(r) {
		return append(buf, r) // no decomposition, no case
	}
	return foldUncached(buf, r)
}

// foldCached: the runes below it (Latin, Greek, Cyrillic, Hebrew, Arabic,
// Indic, punctuation, symbols, kana, …) are folded once into a table; the
// normalization iterator per character was most of the cost of indexing
// such text.
const foldCached = 0x3100

// isUnifiedIdeograph: the CJK Unified Ideographs block, which folding
// leaves as it is (TestFoldTable checks it).
func isUnifiedIdeograph(r rune) bool { return r >= 0x4E00 && r <= 0x9FFF }

var (
	foldOnce  sync.Once
	foldIndex [foldCached]uint32 // start in foldRunes << 8 | count
	foldRunes []rune
)

func buildFoldTable() {
	for r := rune(utf8.RuneSelf); r < foldCached; r++ {
		start := len(foldRunes)
		foldRunes = foldUncached(foldRunes, r)
		foldIndex[r] = uint32(start)<<8 | uint32(len(foldRunes)-start)
	}
}

// foldUncached is foldRune of a non-ASCII rune, computed.
func foldUncached(buf []rune, r rune) []rune {
	if r == 'ß' || r == 'ẞ' {
		return append(buf, 's', 's')
	}
	var tmp [utf8.UTFMax]byte
	n := utf8.EncodeRune(tmp[:], r)
	var it norm.Iter
	it.Init(norm.NFKD, tmp[:n])
	for !it.Done() {
		for _, d := range string(it.Next()) {
			if isDiacritic(d) {
				continue
			}
			buf = append(buf, unicode.ToLower(d))
		}
	}
	return buf
}

// token is one indexed word with the byte range of text it came from.
type token struct {
	text       string
	start, end int
}

// tokenize calls emit for each word of s in order. start and end are byte
// offsets into s of the original characters the word was made from.
func tokenize(s string, emit func(t token)) {
	type folded struct {
		r          rune
		start, end int // of the original rune
	}
	var run []folded // the current run of word characters, folded
	var buf []rune
	flush := func() {
		if len(run) == 0 {
			return
		}
		rs := make([]rune, len(run))
		for i, f := range run {
			rs[i] = f.r
		}
		emitRun(rs, func(i int) int { return run[i].start }, func(i int) int { return run[i].end }, emit)
		run = run[:0]
	}
	for i, r := range s {
		end := i + utf8.RuneLen(r)
		if r == utf8.RuneError {
			end = i + 1
		}
		buf = foldRune(buf[:0], r)
		for _, f := range buf {
			if !isWordRune(f) {
				flush()
				continue
			}
			// A switch between a bigram script and the others ends a word.
			if len(run) > 0 && isBigramScript(run[len(run)-1].r) != isBigramScript(f) {
				flush()
			}
			run = append(run, folded{f, i, end})
		}
	}
	flush()
}

// emitRun turns one run of folded word characters into tokens; start(i)
// and end(i) are the original byte range of rs[i].
func emitRun(rs []rune, start, end func(i int) int, emit func(t token)) {
	if !isBigramScript(rs[0]) {
		n := min(len(rs), maxTokenRunes)
		emit(token{string(rs[:n]), start(0), end(len(rs) - 1)})
		return
	}
	for i := 0; i+1 < len(rs); i++ {
		emit(token{string(rs[i : i+2]), start(i), end(i + 1)})
	}
	last := len(rs) - 1
	emit(token{string(rs[last:]), start(last), end(last)})
}

// words is the indexed form of s: its tokens separated by spaces, at most
// limit of them. The same tokens as tokenize, written straight into one
// buffer: no string per token and no offsets, which only snippets need (it
// ran inside the ingest transaction for every email).
func words(s string, limit int) (string, int) {
	if isASCII(s) {
		return asciiWords(s, limit)
	}
	b := make([]byte, 0, len(s)+len(s)/8)
	n := 0
	put := func(rs []rune) {
		if n > 0 {
			b = append(b, ' ')
		}
		for _, r := range rs {
			b = utf8.AppendRune(b, r)
		}
		n++
	}
	var run, buf []rune // the current run of word characters, folded
	flush := func() {
		if len(run) == 0 {
			return
		}
		if !isBigramScript(run[0]) {
			put(run[:min(len(run), maxTokenRunes)])
		} else {
			for i := 0; i+1 < len(run) && n < limit; i++ {
				put(run[i : i+2])
			}
			if n < limit {
				put(run[len(run)-1:])
			}
		}
		run = run[:0]
	}
	for _, r := range s {
		if n >= limit {
			break
		}
		if r < utf8.RuneSelf { // foldRune's ASCII case, without the call
			switch {
			case 'a' <= r && r <= 'z', '0' <= r && r <= '9':
			case 'A' <= r && r <= 'Z':
				r += 'a' - 'A'
			default:
				flush()
				continue
			}
			if len(run) > 0 && isBigramScript(run[len(run)-1]) {
				flush()
			}
			run = append(run, r)
			continue
		}
		buf = foldRune(buf[:0], r)
		for _, f := range buf {
			if !isWordRune(f) {
				flush()
				continue
			}
			if len(run) > 0 && isBigramScript(run[len(run)-1]) != isBigramScript(f) {
				flush()
			}
			run = append(run, f)
		}
	}
	if n < limit {
		flush()
	}
	return string(b), n
}

// queryTokens is what a word typed in a query must match: the tokens of the
// word, in order. For a run of a bigram script the trailing single
// character the index adds is left out (it would break the phrase); a run
// of one character stays, and alone it is matched as a prefix (it starts
// the bigrams of every longer run that holds it).
func queryTokens(s string) (toks []string, prefixOnly bool) {
	var prev token
	n := 0
	tokenize(s, func(t token) {
		n++
		closesRun := utf8.RuneCountInString(t.text) == 1 && isBigramScript(firstRune(t.text)) && n > 1 && prev.end == t.end
		prev = t
		if !closesRun {
			toks = append(toks, t.text)
		}
	})
	if len(toks) == 1 && utf8.RuneCountInString(toks[0]) == 1 && isBigramScript(firstRune(toks[0])) {
		return toks, true
	}
	return toks, false
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// asciiWords is words for ASCII text (most mail), without the general
// path's folding and allocations; the same tokens.
func asciiWords(s string, limit int) (string, int) {
	b := make([]byte, 0, len(s))
	n, runLen := 0, 0
	for i := 0; i < len(s) && n < limit; i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		default:
			if runLen > 0 {
				n++
				runLen = 0
			}
			continue
		}
		if runLen == 0 && len(b) > 0 {
			b = append(b, ' ')
		}
		if runLen < maxTokenRunes {
			b = append(b, c)
		}
		runLen++
	}
	if runLen > 0 {
		n++
	}
	return string(b), n
}

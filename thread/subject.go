package thread

import (
	"strings"
	"unicode"
)

// replyPrefixes are the reply and forward markers mail clients put before a
// subject, lower case, without the colon: English, German (AW, WG), the
// Nordic languages (SV, VS, VB), Dutch, French, Italian, Spanish, Polish,
// Portuguese, Turkish and Chinese among others.
var replyPrefixes = map[string]bool{
	"re": true, "fw": true, "fwd": true, "aw": true, "wg": true, "sv": true, "vs": true, "vb": true,
	"antw": true, "antwort": true, "doorst": true, "tr": true, "réf": true, "ref": true, "rif": true,
	"r": true, "i": true, "res": true, "enc": true, "odp": true, "pd": true, "ynt": true, "ilt": true,
	"回复": true, "回覆": true, "答复": true, "转发": true, "轉寄": true, "返信": true, "転送": true,
}

// NormalizeSubject is the subject a reply shares with its original: reply
// and forward markers ("Re:", "AW:", "Fwd[2]:", "RE: RE:") and leading list
// tags ("[team] ") removed, case folded, white space collapsed.
func NormalizeSubject(s string) string {
	s = strings.TrimSpace(s)
	for {
		t := strings.TrimLeftFunc(s, unicode.IsSpace)
		if strings.HasPrefix(t, "[") { // a list tag
			if end := strings.IndexByte(t, ']'); end > 0 && end < 64 {
				t = t[end+1:]
				if strings.TrimSpace(t) == "" {
					break // the whole subject is a tag: keep it
				}
				s = t
				continue
			}
		}
		if rest, ok := cutReplyPrefix(t); ok {
			s = rest
			continue
		}
		s = t
		break
	}
	return strings.Join(strings.Fields(strings.ToLower(s)), " ")
}

// cutReplyPrefix removes one "Re:" / "Re[2]:" / "Re (2):" marker, with an
// ASCII or full-width colon.
func cutReplyPrefix(s string) (string, bool) {
	i := strings.IndexAny(s, ":：")
	if i <= 0 || i > 16 {
		return s, false
	}
	word := strings.TrimSpace(s[:i])
	// A counter: Re[2], Re(3), Re^2.
	if j := strings.IndexAny(word, "[(^"); j > 0 {
		word = strings.TrimSpace(word[:j])
	}
	if !replyPrefixes[strings.ToLower(word)] {
		return s, false
	}
	rest := s[i:]
	if strings.HasPrefix(rest, ":") {
		rest = rest[1:]
	} else {
		rest = strings.TrimPrefix(rest, "：")
	}
	if strings.TrimSpace(rest) == "" {
		return s, false // "Re:" alone is the subject
	}
	return rest, true
}

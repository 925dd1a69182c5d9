package mail

import (
	"bytes"
	"strings"
)

// Limits that keep a hostile header from exhausting memory.
const (
	maxHeaderBytes  = 1 << 20
	maxHeaderFields = 5000
)

// field is one header field with its value unfolded; name is lower-case.
type field struct {
	name  string
	value string
}

// header holds fields in message order. Lookups return the first occurrence,
// as net/mail and most clients do.
type header []field

func (h header) get(name string) string {
	for _, f := range h {
		if f.name == name {
			return f.value
		}
	}
	return ""
}

func (h header) has(name string) bool {
	for _, f := range h {
		if f.name == name {
			return true
		}
	}
	return false
}

// values returns every occurrence of name, for fields such as To that some
// senders repeat.
func (h header) values(name string) []string {
	var vs []string
	for _, f := range h {
		if f.name == name {
			vs = append(vs, f.value)
		}
	}
	return vs
}

// headerResult is what readHeader found besides the fields.
type headerResult struct {
	none     bool // the entity starts with body text, not a header
	skipped  int  // malformed lines dropped
	tooLarge bool
	ended    bool // a blank line ended the header (false: EOF or boundary)
}

// readHeader reads header fields from r up to the blank line. It is lenient:
// an "mbox From " line and isolated malformed lines are skipped, but a
// malformed line followed by another non-field line is taken as the start of
// the body (the header lacked its blank line), and is given back to r.
func readHeader(r *partReader) (header, headerResult) {
	var (
		h     header
		res   headerResult
		cur   []byte // raw field being folded, owned
		total int
		peek  []byte // a line already read, to process next
	)
	flush := func() {
		if len(cur) == 0 {
			return
		}
		if len(h) < maxHeaderFields {
			if f, ok := parseField(cur); ok {
				h = append(h, f)
			}
		}
		cur = cur[:0]
	}
	first := true
	for {
		var line []byte
		if peek != nil {
			line, peek = peek, nil
		} else {
			l, err := r.line()
			if err != nil {
				break
			}
			line = l
		}
		total += len(line)
		if total > maxHeaderBytes {
			res.tooLarge = true
			r.unread(line)
			break
		}
		if len(line) == 1 && line[0] == '\n' || len(line) == 0 {
			res.ended = true
			break
		}
		if line[0] == ' ' || line[0] == '\t' {
			if len(cur) > 0 {
				cur = append(cur, line...)
			} else {
				res.skipped++ // continuation with nothing to continue
			}
			continue
		}
		if len(cur) > 0 && isParamLine(line) && isParamField(cur) {
			// A Content-Type parameter that lost its folding whitespace
			// (Office 365 sends "boundary=..." at the start of a line).
			cur = append(append(cur, ' '), line...)
			continue
		}
		flush()
		if fieldNameEnd(line) > 0 {
			cur = append(cur[:0], line...)
			first = false
			continue
		}
		if first && (bytes.HasPrefix(line, []byte("From ")) || bytes.HasPrefix(line, []byte(">From "))) {
			first = false
			continue // mbox separator line
		}
		if first {
			res.none = true
			r.unread(line)
			break
		}
		bad := append([]byte(nil), line...)
		next, err := r.line()
		if err == nil && fieldNameEnd(next) > 0 {
			res.skipped++
			peek = next
			continue
		}
		if err == nil {
			r.unread(next)
		}
		r.unread(bad)
		break
	}
	flush()
	return h, res
}

// fieldNameEnd returns the index of the colon ending a valid field name at the
// start of line, or -1. Spaces before the colon occur in the wild and are
// accepted.
func fieldNameEnd(line []byte) int {
	i := bytes.IndexByte(line, ':')
	if i <= 0 {
		return -1
	}
	name := bytes.TrimRight(line[:i], " \t")
	if len(name) == 0 {
		return -1
	}
	for _, c := range name {
		if c < 33 || c > 126 {
			return -1
		}
	}
	return i
}

// parseField splits a raw (possibly folded) field and unfolds its value,
// joining continuation lines with a single space as go-message does.
func parseField(raw []byte) (field, bool) {
	i := fieldNameEnd(raw)
	if i < 0 {
		return field{}, false
	}
	name := strings.ToLower(string(bytes.TrimRight(raw[:i], " \t")))
	v := raw[i+1:]
	var b strings.Builder
	b.Grow(len(v))
	for len(v) > 0 {
		j := bytes.IndexByte(v, '\n')
		var l []byte
		if j < 0 {
			l, v = v, nil
		} else {
			l, v = v[:j], v[j+1:]
		}
		l = bytes.Trim(l, " \t\r")
		if len(l) == 0 {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.Write(l)
	}
	return field{name: name, value: b.String()}, true
}

// isParamLine reports whether line looks like a MIME parameter ("name=value").
func isParamLine(line []byte) bool {
	eq := bytes.IndexByte(line, '=')
	if eq <= 0 {
		return false
	}
	for _, c := range bytes.TrimRight(line[:eq], " \t") {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '*') {
			return false
		}
	}
	return true
}

// isParamField reports whether the raw field takes MIME parameters.
func isParamField(raw []byte) bool {
	return len(raw) > 13 && (bytes.EqualFold(raw[:13], []byte("content-type:")) ||
		len(raw) > 20 && bytes.EqualFold(raw[:20], []byte("content-disposition:")))
}

package mail

import (
	"sort"
	"strconv"
	"strings"
)

// parseParamHeader reads a Content-Type or Content-Disposition value into a
// lower-case value and decoded parameters. Unlike mime.ParseMediaType it
// never gives up on the whole field: it accepts missing semicolons, stray
// separators, unterminated quotes, duplicate parameters (first wins), RFC 2231
// continuations in any charset, and RFC 2047 words inside quoted values, which
// Outlook and others send for non-ASCII filenames.
func parseParamHeader(v string) (string, map[string]string) {
	v = strings.TrimSpace(v)
	value, rest := v, ""
	if i := strings.IndexByte(v, ';'); i >= 0 {
		value, rest = v[:i], v[i+1:]
	}
	value = strings.TrimSpace(value)
	if i := strings.IndexAny(value, " \t"); i >= 0 {
		// "text/plain charset=x": the separator is missing.
		rest = value[i:] + ";" + rest
		value = value[:i]
	}
	value = strings.ToLower(strings.Trim(value, `"'`))
	if rest == "" {
		return value, nil
	}
	return value, parseParams(rest)
}

type paramSection struct {
	index    int
	extended bool
	value    string
}

func parseParams(s string) map[string]string {
	raw := map[string][]paramSection{}
	var order []string
	i := 0
	for i < len(s) {
		for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == ';') {
			i++
		}
		start := i
		for i < len(s) && s[i] != '=' && s[i] != ';' {
			i++
		}
		name := strings.ToLower(strings.TrimSpace(s[start:i]))
		if i >= len(s) || s[i] == ';' {
			continue // attribute without value
		}
		i++ // '='
		for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
			i++
		}
		var val string
		if i < len(s) && s[i] == '"' {
			var b strings.Builder
			i++
			for i < len(s) && s[i] != '"' {
				if s[i] == '\\' && i+1 < len(s) {
					i++
				}
				b.WriteByte(s[i])
				i++
			}
			i++ // closing quote, if any
			val = b.String()
		} else {
			start := i
			for i < len(s) && s[i] != ';' {
				i++
			}
			val = strings.TrimSpace(s[start:i])
			if j := strings.IndexAny(val, " \t"); j >= 0 && strings.IndexByte(val[j:], '=') >= 0 {
				// Next parameter without a separating semicolon.
				i = start + j
				val = val[:j]
			}
		}
		if name == "" {
			continue
		}
		base, sec := splitParamName(name)
		if _, ok := raw[base]; !ok {
			order = append(order, base)
		}
		raw[base] = append(raw[base], paramSection{index: sec.index, extended: sec.extended, value: val})
	}
	params := make(map[string]string, len(order))
	for _, base := range order {
		params[base] = assembleParam(raw[base])
	}
	return params
}

// splitParamName splits RFC 2231 "name*1*" into "name" and its section.
func splitParamName(name string) (string, paramSection) {
	sec := paramSection{index: -1}
	if strings.HasSuffix(name, "*") {
		sec.extended = true
		name = name[:len(name)-1]
	}
	if i := strings.LastIndexByte(name, '*'); i > 0 {
		if n, err := strconv.Atoi(name[i+1:]); err == nil && n >= 0 && n < 1000 {
			return name[:i], paramSection{index: n, extended: sec.extended}
		}
	}
	if sec.extended {
		sec.index = 0
	}
	return name, sec
}

// assembleParam joins a parameter's RFC 2231 sections and decodes it. A plain
// value competes with an RFC 2231 one; the RFC 2231 one wins.
func assembleParam(secs []paramSection) string {
	var plain *paramSection
	var parts []paramSection
	seen := map[int]bool{}
	for i := range secs {
		s := secs[i]
		if s.index < 0 {
			if plain == nil {
				plain = &secs[i]
			}
			continue
		}
		if !seen[s.index] {
			seen[s.index] = true
			parts = append(parts, s)
		}
	}
	if len(parts) == 0 {
		if plain == nil {
			return ""
		}
		return decodeWords(plain.value)
	}
	sort.SliceStable(parts, func(i, j int) bool { return parts[i].index < parts[j].index })
	var (
		buf []byte
		cs  string
	)
	for k, p := range parts {
		v := p.value
		if p.extended {
			if k == 0 {
				// charset'language'value
				if a := strings.IndexByte(v, '\''); a >= 0 {
					if b := strings.IndexByte(v[a+1:], '\''); b >= 0 {
						cs = v[:a]
						v = v[a+1+b+1:]
					}
				}
			}
			buf = append(buf, unescapeHex(v, '%')...)
		} else {
			buf = append(buf, v...)
		}
	}
	if cs == "" {
		return decodeWords(string(buf))
	}
	s, _ := decodeCharset(cs, buf)
	return s
}

package mail

import (
	"strings"

	gomail "github.com/emersion/go-message/mail"
)

// Address is a mailbox: display name (may be empty) and address.
type Address struct {
	Name    string `json:"name,omitempty"`
	Address string `json:"address"`
}

// DisplayName is the name, or nil when the address has none (the API's
// null). A method, not a resolver, so that the API answers it in line.
func (a *Address) DisplayName() *string {
	if a.Name == "" {
		return nil
	}
	return &a.Name
}

// parseAddressList parses an address-list header value. It tries
// go-message's RFC 5322 parser first and falls back to a lenient scan that
// extracts what it can from broken lists. Groups are flattened, so
// "undisclosed-recipients:;" yields an empty list.
func parseAddressList(v string) []Address {
	v = strings.TrimSpace(v)
	if v == "" {
		return nil
	}
	if list, err := gomail.ParseAddressList(v); err == nil {
		out := make([]Address, 0, len(list))
		for _, a := range list {
			name := strings.TrimSpace(a.Name)
			if strings.Contains(name, "=?") {
				name = decodeWords(name) // words inside quoted strings
			}
			out = append(out, Address{Name: cleanText(name), Address: cleanText(strings.TrimSpace(a.Address))})
		}
		return out
	}
	return parseAddressListLenient(v)
}

// parseAddressListLenient splits on commas and semicolons outside quotes,
// comments and angle brackets, and reads each piece as "Name <addr>",
// "addr (Name)" or a bare address.
func parseAddressListLenient(v string) []Address {
	var out []Address
	for _, piece := range splitAddressList(v) {
		if a, ok := parseAddressLenient(piece); ok {
			out = append(out, a)
		}
	}
	return out
}

func splitAddressList(v string) []string {
	var (
		pieces []string
		quoted bool
		angle  int
		paren  int
		start  int
	)
	for i := 0; i < len(v); i++ {
		switch c := v[i]; {
		case c == '\\' && (quoted || paren > 0):
			i++
		case c == '"' && paren == 0:
			quoted = !quoted
		case quoted:
		case c == '(':
			paren++
		case c == ')' && paren > 0:
			paren--
		case paren > 0:
		case c == '<':
			angle++
		case c == '>' && angle > 0:
			angle--
		case angle > 0:
		case c == ',' || c == ';':
			pieces = append(pieces, v[start:i])
			start = i + 1
		case c == ':':
			// A group's display name ends here; its members follow.
			if !strings.ContainsAny(v[start:i], "@<\"") {
				start = i + 1
			}
		}
	}
	return append(pieces, v[start:])
}

func parseAddressLenient(piece string) (Address, bool) {
	piece = strings.TrimSpace(piece)
	if piece == "" {
		return Address{}, false
	}
	var name, addr string
	if lt := strings.LastIndexByte(piece, '<'); lt >= 0 {
		rest := piece[lt+1:]
		if gt := strings.IndexByte(rest, '>'); gt >= 0 {
			addr = rest[:gt]
			name = piece[:lt] + " " + rest[gt+1:]
		} else {
			addr = rest
			name = piece[:lt]
		}
	} else {
		// "addr (Name)" or words around a token containing "@".
		var words []string
		comment := ""
		for _, w := range strings.Fields(stripComments(piece, &comment)) {
			if addr == "" && strings.Contains(w, "@") {
				addr = w
				continue
			}
			words = append(words, w)
		}
		name = strings.Join(words, " ")
		if name == "" {
			name = comment
		}
		if addr == "" && len(words) == 1 && !strings.ContainsAny(name, "\"=") {
			// A bare local part such as MAILER-DAEMON.
			addr, name = name, comment
		}
	}
	addr = strings.Trim(strings.TrimSpace(addr), `"'<>`)
	addr = strings.TrimPrefix(addr, "mailto:")
	name = strings.TrimSpace(name)
	name = strings.TrimSpace(strings.Trim(name, `"'`))
	name = strings.ReplaceAll(name, `\"`, `"`)
	name = decodeWords(name)
	if addr == "" && name == "" {
		return Address{}, false
	}
	return Address{Name: cleanText(name), Address: cleanText(addr)}, true
}

// stripComments removes parenthesised comments, keeping the first one's text
// in *first (old-style "addr (Real Name)").
func stripComments(s string, first *string) string {
	var b strings.Builder
	depth, start := 0, 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '(':
			if depth == 0 {
				start = i + 1
			}
			depth++
		case ')':
			if depth > 0 {
				depth--
				if depth == 0 && *first == "" {
					*first = strings.TrimSpace(s[start:i])
				}
			}
		default:
			if depth == 0 {
				b.WriteByte(s[i])
			}
		}
	}
	return b.String()
}

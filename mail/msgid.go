package mail

import "strings"

// parseMsgIDs returns the msg-ids in v without angle brackets. Without any
// brackets (a common breakage) each word that has an "@" is taken as an id.
func parseMsgIDs(v string) []string {
	var ids []string
	rest := v
	for {
		lt := strings.IndexByte(rest, '<')
		if lt < 0 {
			break
		}
		gt := strings.IndexByte(rest[lt:], '>')
		if gt < 0 {
			if id := strings.TrimSpace(rest[lt+1:]); id != "" {
				ids = append(ids, id)
			}
			break
		}
		if id := strings.TrimSpace(rest[lt+1 : lt+gt]); id != "" {
			ids = append(ids, strings.Join(strings.Fields(id), ""))
		}
		rest = rest[lt+gt+1:]
	}
	if len(ids) == 0 {
		for _, w := range strings.Fields(v) {
			if w = strings.Trim(w, "<>,;\"'"); strings.Contains(w, "@") {
				ids = append(ids, w)
			}
		}
	}
	for i, id := range ids {
		ids[i] = cleanText(id)
	}
	return ids
}

// parseMsgID returns the first msg-id in v, or its first word, or "".
func parseMsgID(v string) string {
	if ids := parseMsgIDs(v); len(ids) > 0 {
		return ids[0]
	}
	if f := strings.Fields(v); len(f) > 0 {
		return cleanText(f[0])
	}
	return ""
}

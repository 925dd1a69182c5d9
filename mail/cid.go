package mail

import "strings"

// ReferencesCIDs reports whether htmlBody may refer to inline parts (a cid:
// URL), so that a caller can skip looking their addresses up.
func ReferencesCIDs(htmlBody string) bool {
	return strings.Contains(strings.ToLower(htmlBody), "cid:")
}

// LinkCIDs points the cid: references of sanitized HTML at urls (Content-ID
// without "cid:" → URL); references to no known part are left as they are.
func LinkCIDs(htmlBody string, urls map[string]string) string {
	if !ReferencesCIDs(htmlBody) {
		return htmlBody
	}
	return RewriteCIDs(htmlBody, func(cid string) (string, bool) {
		u, ok := urls[cid]
		return u, ok
	})
}

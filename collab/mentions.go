package collab

import (
	"context"
	"regexp"

	"mailroom/auth/viewer"
	"mailroom/ent/user"
)

// mentionPattern is @username at the start or after a character that
// cannot be in an address or a name (so mail@example.com mentions nobody).
var mentionPattern = regexp.MustCompile(`(?:^|[^\p{L}\p{N}_.@-])@([\p{L}\p{N}_.-]{1,64})`)

// usernames are the distinct @names in s, at most MaxMentions.
func usernames(s string) []string {
	var out []string
	seen := map[string]bool{}
	for _, m := range mentionPattern.FindAllStringSubmatch(s, -1) {
		name := trimDots(m[1])
		if name == "" || seen[name] {
			continue
		}
		seen[name] = true
		out = append(out, name)
		if len(out) == MaxMentions {
			break
		}
	}
	return out
}

// trimDots drops the dots that end a sentence ("thanks @bob.").
func trimDots(s string) string {
	for len(s) > 0 && s[len(s)-1] == '.' {
		s = s[:len(s)-1]
	}
	return s
}

// mentions resolves the @usernames of body to the users, other than the
// author, who may read the folder; the others are ignored silently, so a
// comment tells nothing of who exists.
func (s *Service) mentions(ctx context.Context, body string, folderID, author int) ([]int, error) {
	names := usernames(body)
	if len(names) == 0 {
		return nil, nil
	}
	sys := viewer.SystemContext(ctx)
	users, err := s.client.User.Query().Where(user.UsernameIn(names...), user.Disabled(false), user.IDNEQ(author)).All(sys)
	if err != nil {
		return nil, err
	}
	var ids []int
	for _, u := range users {
		if u.IsAdmin {
			ids = append(ids, u.ID)
			continue
		}
		a, err := s.auth.LoadAccess(ctx, u.ID)
		if err != nil {
			return nil, err
		}
		if a.Folders[folderID] >= viewer.Read {
			ids = append(ids, u.ID)
		}
	}
	return ids, nil
}

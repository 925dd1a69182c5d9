package mail

import (
	"net/mail"
	"strconv"
	"strings"
	"time"
)

// parseDate reads a Date header and returns it in UTC, or the zero time when
// nothing date-like is found. The standard library reads RFC 5322 (net/mail)
// and ISO 8601 (time.Parse) dates; what it cannot read, or reads otherwise
// than RFC 5322 does (see rfc5322Reading), goes to a lenient reader of tokens
// in any order, which copes with obsolete forms, asctime dates, missing
// seconds, wrong day names, named or unknown zones and stray punctuation.
func parseDate(v string) time.Time {
	v = strings.TrimSpace(v)
	if v == "" {
		return time.Time{}
	}
	if t, err := mail.ParseDate(v); err == nil && rfc5322Reading(t, v) {
		// A fraction of a second, which time.Parse accepts unasked, is
		// below the resolution of a Date header.
		return t.UTC().Truncate(time.Second)
	}
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02 15:04:05Z07:00", "2006-01-02 15:04:05 -0700", "2006-01-02 15:04:05", "2006-01-02T15:04:05"} {
		if t, err := time.Parse(layout, v); err == nil {
			return t.UTC()
		}
	}
	return parseDateTokens(v)
}

// rfc5322Reading reports whether net/mail's reading t of the date v is RFC
// 5322's. It is not for a two-digit year from 50 to 68, which time.Parse puts
// in the 2000s where RFC 5322 puts 50-99 in the 1900s, nor for a zone name
// other than UT or GMT, which time.Parse looks up in the server's local time
// zone and otherwise takes for UTC (EST would be UTC). A numeric zone is
// read right, but named after the local zone when it has that offset.
func rfc5322Reading(t time.Time, v string) bool {
	if y := t.Year(); y >= 2050 && y <= 2068 {
		return false
	}
	name, off := t.Zone()
	if name == "" || !strings.Contains(v, name) {
		return true // a numeric zone
	}
	return off == 0 && (name == "UTC" || name == "UT" || name == "GMT")
}

var monthNames = [...]string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"}

// zoneOffsets are the named zones seen in mail, in seconds east of UTC.
// RFC 5322 treats unknown names as -0000 (UTC), and so do we.
var zoneOffsets = map[string]int{
	"ut": 0, "utc": 0, "gmt": 0, "z": 0, "wet": 0,
	"est": -5 * 3600, "edt": -4 * 3600, "cst": -6 * 3600, "cdt": -5 * 3600,
	"mst": -7 * 3600, "mdt": -6 * 3600, "pst": -8 * 3600, "pdt": -7 * 3600,
	"akst": -9 * 3600, "akdt": -8 * 3600, "hst": -10 * 3600,
	"ast": -4 * 3600, "adt": -3 * 3600, "nst": -3*3600 - 1800, "ndt": -2*3600 - 1800,
	"bst": 3600, "ist": 3600, "west": 3600, "cet": 3600, "met": 3600, "mez": 3600,
	"cest": 2 * 3600, "mest": 2 * 3600, "mesz": 2 * 3600, "eet": 2 * 3600, "sast": 2 * 3600,
	"eest": 3 * 3600, "msk": 3 * 3600, "msd": 4 * 3600,
	"hkt": 8 * 3600, "sgt": 8 * 3600, "awst": 8 * 3600,
	"jst": 9 * 3600, "kst": 9 * 3600,
	"aest": 10 * 3600, "aedt": 11 * 3600, "nzst": 12 * 3600, "nzdt": 13 * 3600,
}

func parseDateTokens(v string) time.Time {
	v = strings.NewReplacer(",", " ", "(", " (", ")", ") ").Replace(v)
	var (
		day, month, year = -1, -1, -1
		hour, min, sec   = -1, 0, 0
		offset           = 0
	)
	var tokens []string
	for _, f := range strings.Fields(v) {
		if strings.HasPrefix(f, "(") || strings.HasSuffix(f, ")") {
			continue // comment such as "(PST)"; the numeric zone wins
		}
		// "08-Sep-2010" and "2010/09/08" read as separate tokens.
		if strings.ContainsAny(f, "-/.") && f[0] != '-' && f[0] != '+' && !strings.Contains(f, ":") {
			tokens = append(tokens, strings.FieldsFunc(f, func(r rune) bool { return r == '-' || r == '/' || r == '.' })...)
			continue
		}
		tokens = append(tokens, f)
	}
	for _, t := range tokens {
		lt := strings.ToLower(t)
		switch {
		case strings.Contains(t, ":") && hour < 0:
			h, m, s, zone, ok := parseClock(t)
			if !ok {
				continue
			}
			hour, min, sec = h, m, s
			if zone != "" {
				if off, ok := parseZone(zone); ok {
					offset = off
				}
			}
		case isDigits(t):
			n, _ := strconv.Atoi(t)
			switch {
			case len(t) >= 3 && year < 0:
				year = n
				if len(t) == 3 {
					year += 1900 // RFC 5322 obs-year
				}
			case len(t) <= 2 && day < 0 && n >= 1 && n <= 31:
				day = n
			case len(t) <= 2 && year < 0:
				year = n + 1900
				if n < 50 {
					year = n + 2000
				}
			}
		case month < 0 && monthIndex(lt) > 0:
			month = monthIndex(lt)
		case t[0] == '+' || t[0] == '-' || zoneOffsets[lt] != 0 || lt == "ut" || lt == "z" || strings.HasPrefix(lt, "gmt") || strings.HasPrefix(lt, "utc"):
			if off, ok := parseZone(lt); ok {
				offset = off
			}
		}
	}
	if day < 1 || month < 1 || year < 1 || year > 9999 {
		return time.Time{}
	}
	if hour < 0 {
		hour = 0
	}
	if hour > 23 || min > 59 || sec > 60 {
		return time.Time{}
	}
	if sec == 60 {
		sec = 59 // leap second
	}
	if day > daysIn(time.Month(month), year) {
		return time.Time{}
	}
	return time.Date(year, time.Month(month), day, hour, min, sec, 0, time.FixedZone("", offset)).UTC()
}

func monthIndex(lt string) int {
	if len(lt) < 3 {
		return 0
	}
	for i, m := range monthNames {
		if lt[:3] == m && isLetters(lt) {
			return i + 1
		}
	}
	return 0
}

// parseClock reads "hh:mm[:ss[.frac]]" with an optional zone glued on
// ("10:00:00+0200", "10:00Z").
func parseClock(t string) (h, m, s int, zone string, ok bool) {
	end := len(t)
	for i := 0; i < len(t); i++ {
		c := t[i]
		if c == '+' || c == '-' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' {
			end = i
			break
		}
	}
	zone = t[end:]
	parts := strings.Split(t[:end], ":")
	if len(parts) < 2 || len(parts) > 3 {
		return 0, 0, 0, "", false
	}
	if len(parts) == 3 {
		if i := strings.IndexByte(parts[2], '.'); i >= 0 {
			parts[2] = parts[2][:i]
		}
	}
	var n [3]int
	for i, p := range parts {
		if i == 2 {
			// Garbled seconds ("10:00:t") still leave a usable time.
			k := 0
			for k < len(p) && k < 2 && p[k] >= '0' && p[k] <= '9' {
				k++
			}
			p = p[:k]
			if p == "" {
				continue
			}
		}
		if p == "" || len(p) > 2 || !isDigits(p) {
			return 0, 0, 0, "", false
		}
		n[i], _ = strconv.Atoi(p)
	}
	return n[0], n[1], n[2], zone, true
}

// parseZone reads "+hhmm", "-hh:mm", "+hh", a zone name, or "GMT+hhmm".
func parseZone(z string) (int, bool) {
	z = strings.ToLower(strings.TrimSpace(z))
	if off, ok := zoneOffsets[z]; ok {
		return off, true
	}
	for _, p := range []string{"gmt", "utc", "ut"} {
		if strings.HasPrefix(z, p) && len(z) > len(p) {
			z = z[len(p):]
			break
		}
	}
	if len(z) < 2 || z[0] != '+' && z[0] != '-' {
		return 0, false
	}
	sign := 1
	if z[0] == '-' {
		sign = -1
	}
	digits := strings.ReplaceAll(z[1:], ":", "")
	if !isDigits(digits) {
		return 0, false
	}
	var hh, mm int
	switch len(digits) {
	case 1, 2:
		hh, _ = strconv.Atoi(digits)
	case 3:
		hh, _ = strconv.Atoi(digits[:1])
		mm, _ = strconv.Atoi(digits[1:])
	case 4:
		hh, _ = strconv.Atoi(digits[:2])
		mm, _ = strconv.Atoi(digits[2:])
	default:
		return 0, false
	}
	if hh > 23 || mm > 59 {
		return 0, false
	}
	return sign * (hh*3600 + mm*60), true
}

func daysIn(m time.Month, year int) int {
	return time.Date(year, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func isLetters(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
			return false
		}
	}
	return true
}

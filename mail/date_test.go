package mail

import (
	"testing"
	"time"
)

// TestDateReadings pins where the standard library's reading and the
// lenient one meet: what net/mail reads is kept only where it agrees with RFC
// 5322, and the answer never depends on the server's time zone.
func TestDateReadings(t *testing.T) {
	utc := func(y int, mo time.Month, d, h, mi, s int) time.Time {
		return time.Date(y, mo, d, h, mi, s, 0, time.UTC)
	}
	tests := []struct {
		header string
		want   time.Time
	}{
		// net/mail's own readings.
		{"Fri, 21 Nov 1997 09:55:06 -0600", utc(1997, 11, 21, 15, 55, 6)},
		{"Fri, 21 Nov 1997 09:55:06 +0100", utc(1997, 11, 21, 8, 55, 6)},
		{"21 Nov 1997 09:55 GMT", utc(1997, 11, 21, 9, 55, 0)},
		{"Fri, 21 Nov 1997 09:55:06.789 +0000", utc(1997, 11, 21, 9, 55, 6)}, // fraction dropped
		{"Fri, 21 Nov 1997 09:55:06 +2400", utc(1997, 11, 20, 9, 55, 6)},     // RFC 5322 allows up to +9959
		// The numeric zone is the zone; a name after it is not read.
		{"Fri, 21 Nov 1997 09:55:06 +0100 EST", utc(1997, 11, 21, 8, 55, 6)},
		// Where time.Parse reads otherwise than RFC 5322, the lenient reader answers.
		{"Fri, 21 Nov 1997 09:55:06 EST", utc(1997, 11, 21, 14, 55, 6)},
		{"Fri, 21 Nov 1997 09:55:06 CET", utc(1997, 11, 21, 8, 55, 6)},
		{"21 Nov 55 09:55:06 +0000", utc(1955, 11, 21, 9, 55, 6)},
		{"21 Nov 2055 09:55:06 +0000", utc(2055, 11, 21, 9, 55, 6)},
		// ISO 8601 through time.Parse.
		{"2023-05-04 10:11:12 +0200", utc(2023, 5, 4, 8, 11, 12)},
		{"2023-05-04T10:11:12.5Z", time.Date(2023, 5, 4, 10, 11, 12, 5e8, time.UTC)},
	}
	defer func(l *time.Location) { time.Local = l }(time.Local)
	for _, zone := range []string{"UTC", "America/New_York", "Europe/Berlin"} {
		loc, err := time.LoadLocation(zone)
		if err != nil {
			t.Skipf("no time zone data: %v", err)
		}
		time.Local = loc
		for _, tt := range tests {
			got := parseDate(tt.header)
			if !got.Equal(tt.want) || got.Nanosecond() != tt.want.Nanosecond() || got.Location() != time.UTC {
				t.Errorf("local zone %s: parseDate(%q) = %v, want %v", zone, tt.header, got, tt.want)
			}
		}
	}
}

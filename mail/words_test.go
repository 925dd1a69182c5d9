package mail

import "testing"

func TestUnescapeHex(t *testing.T) {
	tests := []struct {
		in   string
		esc  byte
		want string
	}{
		{"caf=E9", '=', "caf\xe9"},
		{"caf=e9", '=', "caf\xe9"}, // lower-case hex
		{"=4", '=', "=4"},          // too short: kept
		{"=41", '=', "A"},          // escape ending the string
		{"=zz=", '=', "=zz="},      // not hex: kept
		{"%E6%97%a5", '%', "日"},    // RFC 2231
		{"100%", '%', "100%"},      // stray escape character
		{"=41%41", '%', "=41A"},    // only the given escape character
		{"", '=', ""},
	}
	for _, tt := range tests {
		if got := string(unescapeHex(tt.in, tt.esc)); got != tt.want {
			t.Errorf("unescapeHex(%q, %q) = %q, want %q", tt.in, tt.esc, got, tt.want)
		}
	}
}

func TestDecodeQWord(t *testing.T) {
	for in, want := range map[string]string{
		"a_b":      "a b",
		"=5F_":     "_ ", // an escaped underscore stays one
		"=_41":     "= 41",
		"Andr=E9_": "Andr\xe9 ",
	} {
		if got := string(decodeQWord(in)); got != want {
			t.Errorf("decodeQWord(%q) = %q, want %q", in, got, want)
		}
	}
}

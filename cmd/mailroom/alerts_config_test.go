package main

import (
	"strings"
	"testing"
)

// --smtp-url and --mail-from (and their environment variables) turn on alert
// emails; a bad URL or sender stops the start, and the error never repeats
// the URL's password.
func TestParseAlertEmailConfig(t *testing.T) {
	env := map[string]string{"MAILROOM_SMTP_URL": "smtps://alerts:pw-secret@smtp.example.com", "MAILROOM_MAIL_FROM": "mailroom@example.com"}
	c, err := parseConfig(nil, func(k string) string { return env[k] })
	if err != nil || c.SMTPURL != env["MAILROOM_SMTP_URL"] || c.MailFrom != "mailroom@example.com" {
		t.Fatalf("%v %v", c.SMTPURL, err)
	}
	c, err = parseConfig([]string{"--smtp-url", "smtp://smtp.example.com:2525", "--mail-from", "a@example.com"}, func(string) string { return "" })
	if err != nil || c.SMTPURL != "smtp://smtp.example.com:2525" || c.MailFrom != "a@example.com" {
		t.Fatalf("flags: %v %v", c.SMTPURL, err)
	}
	if c, err := parseConfig(nil, func(string) string { return "" }); err != nil || c.SMTPURL != "" {
		t.Fatalf("default: %v %v", c.SMTPURL, err)
	}
	for _, bad := range [][]string{
		{"--smtp-url", "http://u:pw-secret@smtp.example.com", "--mail-from", "a@example.com"},
		{"--smtp-url", "smtp://u:pw-secret@", "--mail-from", "a@example.com"},
		{"--smtp-url", "smtp://u:pw-secret@smtp.example.com"}, // no sender
		{"--smtp-url", "smtp://u:pw-secret@smtp.example.com", "--mail-from", "not an address"},
	} {
		_, err := parseConfig(bad, func(string) string { return "" })
		if err == nil {
			t.Errorf("%v accepted", bad)
		} else if strings.Contains(err.Error(), "pw-secret") {
			t.Errorf("%v: the error repeats the password: %v", bad, err)
		}
	}
}

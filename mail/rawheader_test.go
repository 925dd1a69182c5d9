package mail

import (
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// Raw 8-bit header text without RFC 2047 encoding is read in the charset the
// message declares elsewhere, else the detector's, keeping UTF-8. The
// testdata messages were written with Python's codecs (gb2312, cp1251,
// latin1); the corpus one is real mail.
func TestRawHeaderCharsets(t *testing.T) {
	tests := []struct {
		file              string
		subject, fromName string
		to                []string // display names
	}{
		// Declared by the (only) text part.
		{file: "testdata/rawheader/gb2312-subject.eml", subject: "退信通知：邮件无法投递"},
		// Declared by both renditions of a multipart/alternative.
		{file: "testdata/rawheader/cp1251-from.eml", subject: "Отчёт за ноябрь", fromName: "Иван Петров", to: []string{"Мария Сидорова"}},
		// ISO-8859-1 declared by the body.
		{file: "testdata/rawheader/latin1-subject.eml", subject: "Réunion du comité à Zürich"},
		// Valid UTF-8 stays UTF-8 although the body declares ISO-8859-1.
		{file: "testdata/rawheader/utf8-raw.eml", subject: "Grüße – 你好", fromName: "Jörg Müller"},
		// No text part: the detector reads the GB2312 sentence.
		{file: "testdata/rawheader/no-text-part.eml", subject: "系统退信：您发送的邮件无法送达，请检查收件人地址"},
		// The first declared charset (gb2312) cannot read the bytes (an odd
		// byte ends "Ильич"), the second (windows-1251) can.
		{file: "testdata/rawheader/hint-order.eml", subject: "Петр Ильич", fromName: "Петр Ильич"},
		// Real mail: raw Latin-1 Subject, no text charset, a windows-1252
		// encoded-word in From.
		{file: corpusPath(t, "mikel-mail/error_emails/invalid_subject_characters.eml"),
			subject: "Formação FrenetikPolis: Mega Campanha Final Verão | Cursos de Setembro", fromName: "Formação Frenetikpolis"},
		// Real mail with raw UTF-8 headers (RFC 6532 and bounces from
		// Russian servers): kept as they are.
		{file: corpusPath(t, "mikel-mail/rfc6532/utf8_headers.eml"), subject: "Säying Hello", fromName: "Jöhn Doe", to: []string{"Märy Smith"}},
		{file: corpusPath(t, "sisimai/bsd/lhost-yandex-01.eml"), subject: "Недоставленное сообщение"},
		{file: corpusPath(t, "sisimai/bsd/lhost-mailru-01.eml"), subject: "Ваше сообщение не доставлено. Mail failure."},
	}
	for _, tt := range tests {
		t.Run(filepath.Base(tt.file), func(t *testing.T) {
			raw, err := os.ReadFile(tt.file)
			if err != nil {
				t.Fatal(err)
			}
			m := parseString(t, string(raw))
			if m.Subject != tt.subject {
				t.Errorf("Subject = %q, want %q", m.Subject, tt.subject)
			}
			if tt.fromName != "" && (m.From == nil || m.From.Name != tt.fromName) {
				t.Errorf("From = %+v, want name %q", m.From, tt.fromName)
			}
			for i, name := range tt.to {
				if i >= len(m.To) || m.To[i].Name != name {
					t.Errorf("To = %+v, want name %q at %d", m.To, name, i)
				}
			}
		})
	}
}

// corpusPath is a message of the shared corpus (see corpusDir).
func corpusPath(t *testing.T, rel string) string {
	t.Helper()
	return filepath.Join(corpusDir(t), rel)
}

func TestDetectCharset(t *testing.T) {
	enc := func(s string, e interface{ String(string) (string, error) }) []byte {
		b, err := e.String(s)
		if err != nil {
			t.Fatal(err)
		}
		return []byte(b)
	}
	tests := []struct {
		name   string
		sample []byte
		want   string
	}{
		{"gb2312 sentence", enc("系统退信：您发送的邮件无法送达，请检查收件人地址", simplifiedchinese.GBK.NewEncoder()), "gb18030"},
		{"windows-1251 sentence", enc("Ваше сообщение не доставлено адресату", charmap.Windows1251.NewEncoder()), "windows-1251"},
		{"koi8-r sentence", enc("Ваше сообщение не доставлено адресату", charmap.KOI8R.NewEncoder()), "koi8-r"},
		// Four CJK bytes score the same in GBK, Big5, EUC-JP and EUC-KR:
		// no guess is better than a wrong one.
		{"two hanzi are too few", enc("张三", simplifiedchinese.GBK.NewEncoder()), ""},
		// Bytes 0x80–0x9F are controls in ISO-8859-*; 0x81 is unassigned
		// in windows-1252.
		{"no charset reads it cleanly", []byte("\x81\x81\x81\x81\x81\x81\x81\x81"), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := detectCharset(tt.sample); got != tt.want {
				t.Errorf("detectCharset = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestRawHeaderHints(t *testing.T) {
	tests := []struct {
		name, raw, want string
	}{
		{"text part charset", "Subject: \xc4\xe3\xba\xc3\r\nContent-Type: text/plain; charset=gb2312\r\n\r\nx\r\n", "你好"},
		{"html meta charset", "Subject: \xc4\xe3\xba\xc3\r\nContent-Type: text/html\r\n\r\n<meta charset=\"gbk\"><p>\xc4\xe3\xba\xc3</p>\r\n", "你好"},
		{"encoded-word elsewhere", "Subject: \xcf\xf0\xe8\xe2\xe5\xf2\r\nFrom: =?windows-1251?B?zOj46A==?= <m@x>\r\n\r\nx\r\n", "Привет"},
		{"attachment charset is no hint", "Subject: Gr\xfc\xdfe\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: application/octet-stream; charset=koi8-r\r\n\r\nx\r\n--b--\r\n", "Grüße"},
		{"us-ascii declares nothing", "Subject: Gr\xfc\xdfe\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\nx\r\n", "Grüße"},
		{"utf-8 body, latin-1 header", "Subject: Gr\xfc\xdfe\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nx\r\n", "Grüße"},
		{"raw text beside an encoded-word", "Subject: \xcf\xf0\xe8\xe2\xe5\xf2 =?utf-8?q?=C3=A9?=\r\nContent-Type: text/plain; charset=windows-1251\r\n\r\nx\r\n", "Привет é"},
		{"no 8-bit, no change", "Subject: plain\r\nContent-Type: text/plain; charset=gb2312\r\n\r\nx\r\n", "plain"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if m := parseString(t, tt.raw); m.Subject != tt.want {
				t.Errorf("Subject = %q, want %q", m.Subject, tt.want)
			}
		})
	}
}

// Raw 8-bit filenames in part headers: the part's charset, else one the
// message declared before.
func TestRawFilenames(t *testing.T) {
	gbk := func(s string) string {
		b, err := simplifiedchinese.GBK.NewEncoder().String(s)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	tests := []struct{ name, raw, want string }{
		{"after a gbk text part",
			"Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain; charset=gbk\r\n\r\nx\r\n" +
				"--b\r\nContent-Type: application/msword\r\nContent-Disposition: attachment; filename=\"" + gbk("报告") + ".doc\"\r\n\r\nx\r\n--b--\r\n",
			"报告.doc"},
		{"the part's own charset",
			"Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/csv; charset=gb2312; name=\"" + gbk("名单") + ".csv\"\r\n" +
				"Content-Disposition: attachment\r\n\r\nx\r\n--b--\r\n",
			"名单.csv"},
		{"forwarded message named after its raw subject",
			"Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain; charset=gbk\r\n\r\nx\r\n" +
				"--b\r\nContent-Type: message/rfc822\r\n\r\nSubject: " + gbk("会议") + "\r\n\r\nx\r\n--b--\r\n",
			"会议.eml"},
		{"valid utf-8 kept",
			"Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain; charset=gbk\r\n\r\nx\r\n" +
				"--b\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment; filename=\"Grüße.pdf\"\r\n\r\nx\r\n--b--\r\n",
			"Grüße.pdf"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := parseString(t, tt.raw)
			if len(m.Attachments) != 1 || m.Attachments[0].Filename != tt.want {
				t.Errorf("attachments %+v, want one named %q", m.Attachments, tt.want)
			}
		})
	}
}

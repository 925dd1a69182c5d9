package mail

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	htmlcharset "golang.org/x/net/html/charset"
)

// Structural limits: beyond them the rest of the message is skipped and the
// fact noted, so hostile nesting cannot exhaust the stack or the time budget.
const (
	maxDepth    = 32
	maxParts    = 5000
	maxProblems = 12
	// peekBytes of a forwarded message are read to find its Subject.
	peekBytes = 64 << 10
)

// Parse reads one RFC 5322 message from r. It never panics and returns a
// best-effort Message for any input; what could not be parsed is described in
// Message.ParseError. The error is only for failures of reading r or of sink.
// Attachment bodies are streamed to sink; text and HTML bodies are kept in
// memory up to opts.MaxBodyBytes each. A nil sink hashes and discards.
func Parse(r io.Reader, sink BlobSink, opts *ParseOptions) (*Message, error) {
	p := &parser{msg: &Message{}, sink: sink, max: DefaultMaxBodyBytes}
	if opts != nil && opts.MaxBodyBytes > 0 {
		p.max = opts.MaxBodyBytes
	}
	if p.sink == nil {
		p.sink = discardSink{}
	}
	p.in = &inputReader{r: r}
	p.run(func() { p.parse() })
	p.run(func() { p.names(p.top) })
	p.run(p.finish)
	p.msg.ParseError = p.problemText()
	if p.in.err != nil {
		return p.msg, fmt.Errorf("read message: %w", p.in.err)
	}
	if p.sinkErr != nil {
		return p.msg, p.sinkErr
	}
	return p.msg, nil
}

type parser struct {
	msg      *Message
	sink     BlobSink
	max      int64
	in       *inputReader
	s        *scanner
	sinkErr  error
	problems []string
	nParts   int
	rawHTML  strings.Builder // unsanitized HTML, for deriving text
	b64      *base64Reader   // reused for each base64 part

	top header           // the message's header, read again by names
	raw rawHeaderCharset // how to read its raw 8-bit text
}

// run calls f and turns a panic into a problem: a parser bug must cost one
// message its details, not the ingest process.
func (p *parser) run(f func()) {
	defer func() {
		if v := recover(); v != nil {
			p.problem(fmt.Sprintf("parser stopped unexpectedly: %v", v))
		}
	}()
	f()
}

func (p *parser) problem(s string) {
	for _, q := range p.problems {
		if q == s {
			return
		}
	}
	p.problems = append(p.problems, s)
}

func (p *parser) problemText() string {
	if len(p.problems) <= maxProblems {
		return strings.Join(p.problems, "; ")
	}
	return strings.Join(p.problems[:maxProblems], "; ") + fmt.Sprintf("; and %d more problems", len(p.problems)-maxProblems)
}

// stopped reports whether parsing must end: the input or the sink failed.
func (p *parser) stopped() bool {
	return p.in.err != nil || p.sinkErr != nil
}

func (p *parser) parse() {
	p.s = newScanner(&lfReader{r: p.in})
	top := &partReader{s: p.s, level: -1}
	if _, err := p.s.br.Peek(1); err != nil {
		if err == io.EOF {
			p.problem("empty message")
		}
		return
	}
	h, res := readHeader(top)
	switch {
	case res.none:
		p.problem("no header found; the whole message is read as text")
	case len(h) == 0 && res.ended:
		p.problem("empty header")
	case !res.ended && !res.tooLarge && len(h) > 0:
		p.problem("header not terminated by a blank line")
	}
	if res.skipped > 0 {
		p.problem(fmt.Sprintf("header: %d malformed line(s) skipped", res.skipped))
	}
	if res.tooLarge {
		p.problem("header too large; the rest is read as body")
	}
	p.top = h
	p.envelope(h)
	p.entity(h, top, 0, "")
}

// envelope fills the Message's header-derived fields but the texts, which
// wait for names: raw 8-bit header text is read in the charset of the text
// parts, which come later.
func (p *parser) envelope(h header) {
	m := p.msg
	m.MessageID = parseMsgID(h.get("message-id"))
	if d := h.get("date"); d != "" {
		m.Date = parseDate(d)
		if m.Date.IsZero() {
			p.problem("unparseable Date header")
		}
	}
	if ids := parseMsgIDs(h.get("in-reply-to")); len(ids) > 0 {
		m.InReplyTo = ids[0]
	}
	m.References = parseMsgIDs(h.get("references"))
}

// names fills the Subject and the addresses once the body has been walked.
func (p *parser) names(h header) {
	m, raw := p.msg, &p.raw
	raw.choose(h)
	m.Subject = strings.TrimSpace(decodeWords(raw.text(h.get("subject"))))
	if from := parseAddressList(raw.text(h.get("from"))); len(from) > 0 {
		m.From = &from[0]
	}
	m.ReplyTo = addressLists(h, "reply-to", raw)
	m.To = addressLists(h, "to", raw)
	m.Cc = addressLists(h, "cc", raw)
}

func addressLists(h header, name string, raw *rawHeaderCharset) []Address {
	var out []Address
	for _, v := range h.values(name) {
		out = append(out, parseAddressList(raw.text(v))...)
	}
	return out
}

// part is what the walker knows about one entity before reading its body.
type part struct {
	h          header
	mediaType  string
	params     map[string]string
	disp       string
	filename   string
	cte        string
	parentType string
}

func newPart(h header, parentType string) part {
	pt := part{h: h, parentType: parentType}
	pt.mediaType, pt.params = parseParamHeader(h.get("content-type"))
	if pt.mediaType == "" || strings.Count(pt.mediaType, "/") != 1 || strings.HasSuffix(pt.mediaType, "/") || strings.HasPrefix(pt.mediaType, "/") {
		// RFC 2045 5.2: a missing or invalid type means text/plain, except
		// in a digest where parts are messages.
		pt.mediaType = "text/plain"
		if parentType == "multipart/digest" && !h.has("content-type") {
			pt.mediaType = "message/rfc822"
		}
	}
	var dparams map[string]string
	pt.disp, dparams = parseParamHeader(h.get("content-disposition"))
	pt.filename = dparams["filename"]
	if pt.filename == "" {
		pt.filename = pt.params["name"]
	}
	pt.cte = normCTE(h.get("content-transfer-encoding"))
	return pt
}

// normCTE maps transfer-encoding spellings seen in the wild to RFC 2045 names.
func normCTE(v string) string {
	v = strings.ToLower(strings.Trim(strings.TrimSpace(v), `"'`))
	if i := strings.IndexAny(v, " \t;("); i >= 0 {
		v = v[:i]
	}
	switch v {
	case "7-bit", "7bits", "7_bit", "7":
		return "7bit"
	case "8-bit", "8bits", "8_bit", "8":
		return "8bit"
	case "plain", "text", "none", "ascii", "us-ascii", "utf-8", "utf8", "text/plain", "text/html":
		// Values that name no encoding at all: the body is as is.
		return "8bit"
	case "base-64", "base_64":
		return "base64"
	case "quoted_printable", "quotedprintable", "qp", "quoted":
		return "quoted-printable"
	case "uuencode", "x-uuencode", "x-uue", "uue":
		return "x-uuencode"
	}
	return v
}

// entity walks one entity whose header has been read; body yields its raw
// body.
func (p *parser) entity(h header, body *partReader, depth int, parentType string) {
	pt := newPart(p.raw.partFields(h), parentType)
	if strings.HasPrefix(pt.mediaType, "text/") {
		p.raw.hint(pt.params["charset"])
	}
	if strings.HasPrefix(pt.mediaType, "multipart/") {
		boundary := strings.TrimRight(pt.params["boundary"], " \t")
		switch {
		case boundary == "":
			p.problem(pt.mediaType + ": no boundary parameter; body read as text")
			pt.mediaType = "text/plain"
		case depth >= maxDepth:
			p.problem("multipart nesting too deep; inner parts skipped")
			return
		default:
			p.multipart(pt, boundary, body, depth)
			return
		}
	}
	p.leaf(pt, body)
}

func (p *parser) multipart(pt part, boundary string, body *partReader, depth int) {
	level := p.s.push(boundary)
	defer p.s.pop()
	mr := &multipartReader{s: p.s, level: level, maxPre: int(min(p.max, 1<<20))}
	if body.back != nil {
		mr.preamble = append(mr.preamble, body.back...)
		body.back = nil
	}
	for {
		pr, err := mr.next()
		if err == errNoBoundary {
			p.problem(fmt.Sprintf("%s: boundary %q not found; body read as text", pt.mediaType, boundary))
			if p.msg.Text == "" {
				text, _ := decodeCharset("", mr.preamble)
				p.msg.Text = text
			}
			return
		}
		if err != nil {
			if mr.cut || (!mr.closed && err == io.EOF) {
				p.problem("multipart: missing closing boundary")
			}
			return
		}
		if p.nParts++; p.nParts > maxParts {
			p.problem("too many parts; the rest skipped")
			return
		}
		h, res := readHeader(pr)
		if res.skipped > 0 {
			p.problem(fmt.Sprintf("part header: %d malformed line(s) skipped", res.skipped))
		}
		p.entity(h, pr, depth+1, pt.mediaType)
		if p.stopped() {
			return
		}
	}
}

// leaf handles a non-multipart entity: a body text, or an attachment.
func (p *parser) leaf(pt part, body io.Reader) {
	attached := pt.disp == "attachment" || pt.filename != ""
	inAlternative := pt.parentType == "multipart/alternative"
	switch {
	case pt.mediaType == "text/plain" && !attached:
		if p.msg.Text != "" && inAlternative {
			return // another rendition of the text we have
		}
		text := p.readText(pt, body, int64(len(p.msg.Text)))
		text, files := extractUUFiles(text)
		for _, f := range files {
			p.attachBytes(f.name, f.data)
		}
		p.msg.Text = joinBodies(p.msg.Text, text, "\n\n")
		return
	case pt.mediaType == "text/html" && !attached:
		if p.msg.HTML != "" && inAlternative {
			return
		}
		raw := p.readText(pt, body, int64(p.rawHTML.Len()))
		if strings.TrimSpace(raw) == "" {
			return
		}
		p.rawHTML.WriteString(raw)
		p.msg.HTML = joinBodies(p.msg.HTML, sanitizeHTML(raw), "\n")
		return
	case strings.HasPrefix(pt.mediaType, "text/") && pt.parentType == "" && !attached && pt.mediaType != "text/rfc822-headers":
		// A single-part message in some other text type (enriched, x-*).
		p.msg.Text = p.readText(pt, body, 0)
		return
	case pt.mediaType == "message/rfc822" || pt.mediaType == "message/global":
		p.attach(pt, body, true)
		return
	}
	p.attach(pt, body, false)
}

func joinBodies(a, b, sep string) string {
	switch {
	case a == "":
		return b
	case strings.TrimSpace(b) == "":
		return a
	}
	return a + sep + b
}

// transferDecode undoes the Content-Transfer-Encoding. An unknown encoding
// yields the raw bytes.
func (p *parser) transferDecode(pt part, body io.Reader) io.Reader {
	switch pt.cte {
	case "", "7bit", "8bit", "binary":
		return body
	case "quoted-printable":
		return newQPReader(body)
	case "x-uuencode":
		return newUUDecoder(body)
	case "base64":
		if p.b64 == nil {
			p.b64 = newBase64Reader(body)
		} else {
			p.b64.reset(body)
		}
		return p.b64
	}
	p.problem(fmt.Sprintf("unknown transfer encoding %q; part kept undecoded", pt.cte))
	return body
}

// readText reads a text part into memory, up to the body cap minus used,
// and converts it to UTF-8.
func (p *parser) readText(pt part, body io.Reader, used int64) string {
	limit := p.max - used
	if limit < 0 {
		limit = 0
	}
	g := &guardReader{r: p.transferDecode(pt, body)}
	data, err := io.ReadAll(io.LimitReader(g, limit+1))
	if err != nil {
		return ""
	}
	if int64(len(data)) > limit {
		data = data[:limit]
		p.problem(fmt.Sprintf("%s body truncated at %d bytes", pt.mediaType, p.max))
	}
	if g.err != nil && !p.stopped() {
		p.problem(fmt.Sprintf("%s body: %v", pt.mediaType, g.err))
	}
	cs, hasCS := pt.params["charset"]
	if pt.mediaType == "text/html" && (!hasCS || normCharset(cs) == "") && !utf8.Valid(data) {
		// No charset parameter: honour a <meta charset> as browsers do.
		if _, name, _ := htmlcharset.DetermineEncoding(data, "text/html"); name != "" {
			cs = name
			p.raw.hint(cs)
		}
	}
	text, ok := decodeCharset(cs, data)
	if !ok && !isASCII(data) {
		p.problem(fmt.Sprintf("unknown charset %q; text may be garbled", cs))
	}
	return text
}

// attach streams a part to the sink and records it as an attachment.
func (p *parser) attach(pt part, body io.Reader, forwarded bool) {
	if p.stopped() {
		return
	}
	n := len(p.msg.Attachments) + 1
	g := &guardReader{r: p.transferDecode(pt, body)}
	var src io.Reader = g
	name := sanitizeFilename(pt.filename)
	if forwarded {
		// Read the forwarded message's header to name it after its Subject.
		head, _ := io.ReadAll(io.LimitReader(g, peekBytes))
		if name == "" {
			name = forwardedFilename(p.peekSubject(head))
		}
		src = io.MultiReader(bytes.NewReader(head), g)
	}
	if name == "" {
		name = derivedFilename(n, pt.mediaType)
	}
	sum, size, err := p.sink.Put(src)
	if p.in.err != nil {
		return
	}
	if err != nil {
		p.sinkErr = fmt.Errorf("store attachment %q: %w", name, err)
		return
	}
	if g.err != nil {
		p.problem(fmt.Sprintf("attachment %q: %v", name, g.err))
	}
	p.msg.Attachments = append(p.msg.Attachments, Attachment{
		Filename:    name,
		ContentType: pt.mediaType,
		Size:        size,
		SHA256:      sum,
		ContentID:   strings.TrimSpace(strings.Trim(strings.TrimSpace(pt.h.get("content-id")), "<>")),
		Inline:      pt.disp == "inline",
	})
}

// attachBytes stores a file found inside a text body (uuencode).
func (p *parser) attachBytes(name string, data []byte) {
	if p.stopped() {
		return
	}
	if name = sanitizeFilename(name); name == "" {
		name = derivedFilename(len(p.msg.Attachments)+1, "application/octet-stream")
	}
	sum, size, err := p.sink.Put(bytes.NewReader(data))
	if err != nil {
		p.sinkErr = fmt.Errorf("store attachment %q: %w", name, err)
		return
	}
	p.msg.Attachments = append(p.msg.Attachments, Attachment{
		Filename:    name,
		ContentType: "application/octet-stream",
		Size:        size,
		SHA256:      sum,
	})
}

// peekSubject returns the decoded Subject of a message whose beginning is
// head; raw 8-bit text in it is read as part fields are (rawHeaderCharset).
func (p *parser) peekSubject(head []byte) string {
	s := newScanner(&lfReader{r: bytes.NewReader(head)})
	h, _ := readHeader(&partReader{s: s, level: -1})
	v := h.get("subject")
	if !utf8.ValidString(v) {
		if text, ok := p.raw.readAlone([]byte(v), h.get("content-type")); ok {
			v = text
		}
	}
	return decodeWords(v)
}

// finish derives what depends on the whole message.
func (p *parser) finish() {
	m := p.msg
	if strings.TrimSpace(m.Text) == "" && p.rawHTML.Len() > 0 {
		m.Text = htmlToText(p.rawHTML.String())
	}
	if refs := cidRefs(m.HTML); len(refs) > 0 {
		for i := range m.Attachments {
			if a := &m.Attachments[i]; a.ContentID != "" && refs[a.ContentID] {
				a.Inline = true
			}
		}
	}
}

// guardReader hands the sink a clean end of stream when decoding fails, and
// keeps the decoding error for ParseError; errors of the input itself are
// recorded by inputReader.
type guardReader struct {
	r   io.Reader
	err error
}

func (g *guardReader) Read(b []byte) (int, error) {
	if g.err != nil {
		return 0, io.EOF
	}
	n, err := g.r.Read(b)
	if err != nil && err != io.EOF {
		g.err = err
		return n, io.EOF
	}
	return n, err
}

// discardSink hashes and counts attachments without storing them.
type discardSink struct{}

func (discardSink) Put(r io.Reader) (string, int64, error) {
	h := sha256.New()
	n, err := io.Copy(h, r)
	if err != nil {
		return "", n, fmt.Errorf("hash attachment: %w", err)
	}
	return hex.EncodeToString(h.Sum(nil)), n, nil
}

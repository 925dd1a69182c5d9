package search

// SetPDFHooks tells the test each PDF child's process ID once it runs and
// once it has been waited for.
func (p *PDFReader) SetPDFHooks(started, finished func(pid int)) {
	p.started, p.finished = started, finished
}

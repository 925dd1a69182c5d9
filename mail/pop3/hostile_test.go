package pop3

import (
	"bufio"
	"errors"
	"io"
	"net"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// endless serves a greeting (or not), reads one command line if after is
// set, then writes chunk forever, until the client hangs up.
func endless(t *testing.T, greeting, after, chunk string) (net.Conn, *atomic.Int64) {
	t.Helper()
	client, server := net.Pipe()
	sent := new(atomic.Int64)
	go func() {
		defer server.Close()
		if greeting != "" {
			io.WriteString(server, greeting)
		}
		if after != "" {
			br := bufio.NewReader(server)
			if _, err := br.ReadString('\n'); err != nil {
				return
			}
			io.WriteString(server, after)
		}
		for {
			n, err := io.WriteString(server, chunk)
			sent.Add(int64(n))
			if err != nil {
				return
			}
		}
	}()
	t.Cleanup(func() { client.Close() })
	client.SetDeadline(time.Now().Add(10 * time.Second))
	return client, sent
}

// A server whose greeting never ends is cut off at MaxLineLength, without
// the client holding more than that.
func TestEndlessGreetingLine(t *testing.T) {
	conn, sent := endless(t, "", "", strings.Repeat("A", 4096))
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	_, err := NewClient(conn)
	if !errors.Is(err, ErrLineTooLong) {
		t.Fatalf("NewClient: %v, want ErrLineTooLong", err)
	}
	if sent.Load() > 4*MaxLineLength {
		t.Errorf("read %d bytes of one line before giving up", sent.Load())
	}
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	if grew := int64(after.HeapAlloc) - int64(before.HeapAlloc); grew > 16*MaxLineLength {
		t.Errorf("heap grew by %d bytes", grew)
	}
}

// A UIDL answer that never ends: with one endless line, or with endless
// short lines, the listing limits stop it.
func TestEndlessListing(t *testing.T) {
	for name, chunk := range map[string]string{
		"one endless line": strings.Repeat("1", 4096),
		"endless lines":    strings.Repeat("1 0123456789abcdef0123456789abcdef\r\n", 1000),
	} {
		t.Run(name, func(t *testing.T) {
			conn, sent := endless(t, "+OK ready\r\n", "+OK\r\n", chunk)
			c, err := NewClient(conn)
			if err != nil {
				t.Fatal(err)
			}
			start := time.Now()
			_, err = c.UIDL()
			if !errors.Is(err, ErrLineTooLong) {
				t.Fatalf("UIDL: %v, want ErrLineTooLong", err)
			}
			if sent.Load() > MaxListingSize+MaxLineLength+1<<20 {
				t.Errorf("read %d bytes before giving up", sent.Load())
			}
			t.Logf("gave up after %d bytes in %s", sent.Load(), time.Since(start).Round(time.Millisecond))
			if err := c.Noop(); err == nil {
				t.Error("the session goes on after a runaway listing")
			}
		})
	}
}

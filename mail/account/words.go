package account

import (
	"context"
	"errors"
	"io"
	"syscall"

	"mailroom/netpolicy"
)

// ErrProtocol is a peer whose answers are not IMAP or POP3: another service
// on that port, or a broken server. Its message never quotes the peer, so a
// folder cannot be used to read other services' banners.
var ErrProtocol = errors.New("the server does not answer like a mail server")

// inWords is Classify for what reaches the user: an error Classify does not
// recognise (a greeting that is not IMAP or POP3, a malformed answer) quotes
// the peer's bytes, so it becomes an ErrProtocol that says what happened in
// our words and keeps the cause for errors.Is and errors.As only.
func inWords(err error, cfg Config) error {
	err = Classify(err, cfg)
	if err == nil || errors.Is(err, context.Canceled) {
		return err
	}
	if _, ok := errors.AsType[*Error](err); ok {
		return err
	}
	if _, ok := errors.AsType[*FieldError](err); ok {
		return err
	}
	if _, ok := netpolicy.Denied(err); ok {
		return err
	}
	proto := "IMAP"
	if cfg.WithDefaults().Protocol.IsPOP3() {
		proto = "POP3"
	}
	where := "talking to " + remoteAddr(err, cfg)
	if se, ok := errors.AsType[*stepError](err); ok {
		where = se.what + " " + se.addr
	}
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, syscall.ECONNRESET) {
		return &Error{Kind: ErrProtocol, Err: err, Msg: where + ": the server closed the connection",
			Hint: "check the host, the port and the protocol"}
	}
	return &Error{Kind: ErrProtocol, Err: err, Msg: where + ": the answer is not " + proto,
		Hint: "check the host, the port and the protocol"}
}

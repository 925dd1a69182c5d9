package pop3_test

import (
	"crypto/tls"
	"fmt"
	"io"
	"net"
	"os"
	"time"

	"mailroom/mail/pop3"
)

// Download every message to a file, streaming, then delete them.
func ExampleClient() {
	conn, err := net.DialTimeout("tcp", "pop.example.com:110", 30*time.Second)
	if err != nil {
		fmt.Println(err)
		return
	}
	conn.SetDeadline(time.Now().Add(30 * time.Second)) // the greeting
	c, err := pop3.NewClient(conn)
	if err != nil {
		fmt.Println(err)
		return
	}
	defer c.Close()
	c.SetTimeout(30 * time.Second) // each later command
	if err := c.StartTLS(&tls.Config{ServerName: "pop.example.com"}); err != nil {
		fmt.Println(err)
		return
	}
	if err := c.Auth("alice", "secret"); err != nil {
		fmt.Println(err) // errors.Is(err, pop3.ErrAuthFailed) for bad credentials
		return
	}
	ids, err := c.UIDL()
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, id := range ids {
		body, err := c.Retr(id.Num)
		if err != nil {
			fmt.Println(err)
			return
		}
		f, err := os.CreateTemp("", "*.eml")
		if err != nil {
			body.Close()
			return
		}
		_, err = io.Copy(f, body)
		body.Close()
		f.Close()
		if err != nil {
			fmt.Println(err)
			return
		}
		c.Dele(id.Num)
	}
	c.Quit() // commits the deletions
}

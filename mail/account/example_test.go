package account_test

import (
	"context"
	"errors"
	"fmt"
	"log/slog"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"

	"mailroom/mail/account"
)

// The "Test connection" button: the error tells the user what to fix.
func ExampleTest() {
	cfg := account.Config{
		Protocol: account.IMAPS, Host: "imap.example.com",
		StartTLS: true, SocketFactoryFallback: true, // the folder defaults
		Username: "alice@example.com", Password: "app-password",
	}.WithDefaults()
	if err := cfg.Validate(); err != nil {
		var fe *account.FieldError
		if errors.As(err, &fe) {
			fmt.Printf("field %s: %s\n", fe.Field, fe.Message)
		}
		return
	}
	err := account.Test(context.Background(), cfg)
	switch {
	case err == nil:
		fmt.Println("connection works")
	case errors.Is(err, account.ErrAuthFailed), errors.Is(err, account.ErrCertUntrusted):
		fmt.Println(err) // plain words, naming the host
	default:
		slog.Error("test connection", slog.Any("error", err))
	}
}

// A fetch run: the client lives as long as the run's context.
func ExampleDialIMAP() {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel() // closes the client if still open

	cfg := account.Config{Protocol: account.IMAPS, Host: "imap.example.com", Username: "alice", Password: "secret"}
	c, err := account.DialIMAP(ctx, cfg, &imapclient.UnilateralDataHandler{
		Mailbox: func(data *imapclient.UnilateralDataMailbox) {
			if data.NumMessages != nil {
				fmt.Println("new mail:", *data.NumMessages)
			}
		},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	defer c.Close()
	if _, err := c.Select(cfg.WithDefaults().Mailbox, nil).Wait(); err != nil {
		fmt.Println(account.Classify(err, cfg))
		return
	}
	unseen, err := c.UIDSearch(&imap.SearchCriteria{NotFlag: []imap.Flag{imap.FlagSeen}}, nil).Wait()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(unseen.AllUIDs())
}

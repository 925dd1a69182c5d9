package auth

import "errors"

// LoginOutcome is what became of a sign-in attempt.
type LoginOutcome string

const (
	LoginSucceeded LoginOutcome = "success"
	LoginFailed    LoginOutcome = "failure"   // wrong user name or password
	LoginThrottled LoginOutcome = "throttled" // refused by the rate limiter
)

// ObserveLogins has fn told the outcome of every sign-in attempt (metrics);
// call it before serving.
func (s *Service) ObserveLogins(fn func(LoginOutcome)) { s.onLogin = fn }

func (s *Service) observeLogin(err error) {
	if s.onLogin == nil {
		return
	}
	switch {
	case err == nil:
		s.onLogin(LoginSucceeded)
	case errors.Is(err, ErrTooManyAttempts):
		s.onLogin(LoginThrottled)
	case errors.Is(err, ErrBadCredentials):
		s.onLogin(LoginFailed)
	}
}

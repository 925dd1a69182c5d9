package graph

import "mailroom/collab"

// collab is the collaboration service over the resolver's client, auth and
// recorder (nil records nothing).
func (r *Resolver) collab() *collab.Service { return collab.New(r.Client, r.Auth, r.Activity) }

// done turns a mutation that returns nothing into the Boolean! of the API.
func done(err error) (bool, error) { return err == nil, err }

// suggestionCount is how many tag suggestions are listed: 20 unless asked,
// at most 100.
func suggestionCount(first *int) int {
	switch {
	case first == nil || *first <= 0:
		return 20
	case *first > 100:
		return 100
	}
	return *first
}

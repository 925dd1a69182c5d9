package testenv

import (
	"math/rand/v2"
	"os"
	"strconv"
	"testing"
	"time"
)

// Drill is how a fault drill runs: Rounds faults, Full when `make drills`
// asked for the whole drill (larger mailboxes too), Rand for the fault points.
type Drill struct {
	Rounds int
	Full   bool
	Rand   *rand.Rand
}

// NewDrill returns the drill's settings. `make test` runs the reduced count;
// `make drills` sets MAILROOM_DRILLS=full (the counts) or a number.
// The seed is logged, and MAILROOM_DRILL_SEED replays a failing drill.
func NewDrill(t testing.TB, reduced, full int) Drill {
	t.Helper()
	rounds, isFull := reduced, false
	switch v := os.Getenv("MAILROOM_DRILLS"); v {
	case "":
	case "full":
		rounds = full
		isFull = true
	default:
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 {
			t.Fatalf("MAILROOM_DRILLS=%q: give full or a number of rounds", v)
		}
		rounds, isFull = n, true
	}
	seed := uint64(time.Now().UnixNano())
	if v := os.Getenv("MAILROOM_DRILL_SEED"); v != "" {
		s, err := strconv.ParseUint(v, 10, 64)
		if err != nil {
			t.Fatalf("MAILROOM_DRILL_SEED=%q: %v", v, err)
		}
		seed = s
	}
	t.Logf("drill: %d rounds; replay with MAILROOM_DRILL_SEED=%d", rounds, seed)
	return Drill{Rounds: rounds, Full: isFull, Rand: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))}
}

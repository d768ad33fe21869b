package apitest

import (
	"strings"
	"testing"
	"time"
)

// StaleCase is an option button pressed after its question was left behind, as each network's
// end-to-end tests play it: a label that stands alone is asked as a new message; another one
// gets a reply saying the question has moved on, with the options of the question in progress
// when there is one.
type StaleCase struct {
	Name string
	// First is the message whose reply has the button, and Label the button pressed.
	First, Label string
	// Then is what the user says before pressing the old button ("" for nothing, else a message or
	// a command), and Wait how long the user then stays silent.
	Then string
	Wait time.Duration
	// Want and Absent are in the reply to the old button.
	Want, Absent []string
	// Option is a button of that reply, pressed next, and Answer what it brings ("" for a reply
	// that offers no options).
	Option, Answer string
}

// StaleCases are the cases every network plays; each adds its own (a command, a welcome).
func StaleCases() []StaleCase {
	return []StaleCase{
		{Name: "another question in progress", First: "combien coûte une clé numérique ?", Label: "Ixelles", Then: "combien coûte une carte d'identité ?",
			Want: []string{"la conversation a avancé"}, Absent: []string{"Je ne peux pas répondre"}, Option: "Perte", Answer: "25 €"},
		{Name: "after the case expired", First: "combien coûte une clé numérique ?", Label: "Ixelles", Wait: 31 * time.Minute,
			Want: []string{"plus en cours"}, Absent: []string{"Je ne peux pas répondre", "Ixelles (votre commune)"}},
	}
}

// Check fails t when the reply to the old button (its text) lacks one of Want (in any case) or
// holds one of Absent.
func (c StaleCase) Check(t testing.TB, reply string) {
	t.Helper()
	for _, w := range c.Want {
		if !strings.Contains(strings.ToLower(reply), strings.ToLower(w)) {
			t.Errorf("the reply to the old %q button lacks %q:\n%s", c.Label, w, reply)
		}
	}
	for _, w := range c.Absent {
		if strings.Contains(reply, w) {
			t.Errorf("the reply to the old %q button has %q:\n%s", c.Label, w, reply)
		}
	}
}

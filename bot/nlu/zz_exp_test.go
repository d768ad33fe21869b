package nlu_test

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"
)

func TestZZExp(t *testing.T) {
	q := os.Getenv("ZZ")
	if q == "" {
		t.Skip()
	}
	p := parser(t)
	for _, m := range strings.Split(q, "||") {
		r := p.Parse(m, time.Date(2026, 12, 2, 10, 0, 0, 0, time.UTC))
		fmt.Printf("P %v\n", r.Predictions[:3]); if r.Slots.Age != nil { fmt.Println("AGE", *r.Slots.Age) }; if r.Slots.AgeMonths != nil { fmt.Println("AGEMONTHS", *r.Slots.AgeMonths) }; if r.Slots.AgeAtIssue != nil { fmt.Println("AGEISSUE", *r.Slots.AgeAtIssue) }; fmt.Printf("MSG %q\n oos=%q askother=%v doc=%v deceit=%v topic=%v form=%v intents=%v ask=%q named=%v\n", m, r.OutOfScope, r.AskOther, r.OtherDocument, r.Deceit, r.Topic, r.Form, r.Intents, r.Ask, r.Named)
	}
}

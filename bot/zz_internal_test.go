package bot

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/guichet/guichet/knowledge"
)

func TestZZParse(t *testing.T) {
	kb, err := knowledge.Load(knowledge.Embedded())
	if err != nil {
		t.Fatal(err)
	}
	b := New(kb, NewMemoryStore())
	lines := []string{os.Getenv("ZZ")}
	if f := os.Getenv("ZZF"); f != "" {
		data, _ := os.ReadFile(f)
		lines = strings.Split(strings.TrimSpace(string(data)), "\n")
	}
	for _, l := range lines {
		p := b.parser.Parse(l, time.Date(2026, 12, 3, 10, 0, 0, 0, time.UTC))
		fmt.Printf("%s\n  topic=%s named=%v oos=%q otherdoc=%v askother=%v form=%v intents=%v label=%s app=%s cont=%v deceit=%v q=%q ago=%v issue=%v/%v/%v least=%v com=%q asked=%q home=%v later=%v card=%v appl=%q asked=%q ready=%v fut=%v tn=%v words=%d apps=%v\n", l, p.Topic, p.Named, p.OutOfScope, p.OtherDocument, p.AskOther, p.Form, p.Intents, p.Label, p.Slots.Application, p.Continues(), p.Deceit, p.Ask, p.AgoDays, p.Slots.IssueYear, p.Slots.IssueMonth, p.Slots.IssueDate, p.Slots.AgeMonthsAtLeast, p.Slots.Commune, p.Slots.AskedCommune, p.Slots.HomeStated, p.LaterDays, p.CardNamed, p.Slots.Application, p.AskedTopic, p.Slots.ReadyDays, p.FutureAge, p.TopicNamed, p.Words, p.Applications)
	}
}

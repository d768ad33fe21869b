package bot

import (
	"fmt"
	"os"
	"testing"
	"time"

	"github.com/guichet/guichet/knowledge"
)

func TestZZ(t *testing.T) {
	kb, err := knowledge.Load(knowledge.Embedded())
	if err != nil {
		t.Fatal(err)
	}
	b := New(kb, NewMemoryStore())
	p := b.parser.Parse(os.Getenv("ZZ"), time.Date(2026, 12, 4, 10, 0, 0, 0, time.Local))
	fmt.Printf("norm=%q\ntopic=%v intents=%v oos=%q form=%v domain=%d words=%d known=%d\nslots=%+v\nflags=%+v\napps=%v label=%q other=%v askother=%v card=%v topicnamed=%v\n", p.Norm, p.Topic, p.Intents, p.OutOfScope, p.Form, p.Domain, p.Words, p.Known, p.Slots, p.Flags, p.Applications, p.Label, p.OtherDocument, p.AskOther, p.CardNamed, p.TopicNamed)
	b.interpret(State{}, &p)
	fmt.Printf("after: topic=%v intents=%v oos=%q form=%v ask=%q\n", p.Topic, p.Intents, p.OutOfScope, p.Form, p.Ask)
}

package bot_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/guichet/guichet/bot"
	"github.com/guichet/guichet/knowledge"
)

// slowModel holds every turn whose text contains "perdu" until its deadline, and answers others
// with nothing at once.
type slowModel struct{}

func (slowModel) Turn(ctx context.Context, t bot.ModelTurn) (bot.ModelResult, error) {
	if strings.Contains(t.Text, "perdu") {
		<-ctx.Done()
		return bot.ModelResult{}, ctx.Err()
	}
	return bot.ModelResult{}, nil
}

// A conversation waiting on the model holds up no other conversation, and its user gets the
// deterministic answer at the deadline.
func TestSlowModelBlocksOnlyItsConversation(t *testing.T) {
	kb, err := knowledge.Load(knowledge.Embedded())
	if err != nil {
		t.Fatal(err)
	}
	// The deadline is long enough that forty answers fit well before it even on a slow machine
	// under the race detector: the fast conversations must all be answered while the slow one
	// is still held, which they could not be if they waited on it.
	const deadline = 1500 * time.Millisecond
	b := bot.New(kb, bot.NewMemoryStore(), bot.WithModel(slowModel{}, deadline))
	done := make(chan bot.Reply)
	start := time.Now()
	go func() {
		r, _ := b.Handle(context.Background(), bot.Message{ConversationID: "slow", Text: "J'ai perdu ma carte d'identité, combien ça coûte ?", Time: now})
		done <- r
	}()
	time.Sleep(50 * time.Millisecond)
	for i := range 40 { // more conversations than the old 64 lock stripes would keep apart
		conv := "fast-" + string(rune('a'+i%26)) + string(rune('a'+i/26))
		r, err := b.Handle(context.Background(), bot.Message{ConversationID: conv, Text: "Combien coûte la clé numérique à Uccle ?", Time: now})
		if err != nil || r.Kind != bot.Answer {
			t.Fatalf("%s: %v %s", conv, err, r.Kind)
		}
	}
	select {
	case r := <-done:
		t.Fatalf("the slow conversation was answered (after %v) before the others: they waited on it\n%s", time.Since(start), bot.PlainText(r))
	default:
	}
	if took := time.Since(start); took >= deadline {
		t.Errorf("other conversations took %v, past the slow one's deadline: they waited on it", took)
	}
	r := <-done
	if took := time.Since(start); took < deadline || took > deadline+time.Second {
		t.Errorf("slow conversation answered after %v; want at its deadline %v", took, deadline)
	}
	if r.Model == nil || r.Model.Outcome != "error" || r.Model.Reason != "timeout" || !strings.Contains(bot.PlainText(r), "25 €") {
		t.Errorf("slow conversation: %+v\n%s", r.Model, bot.PlainText(r))
	}
}

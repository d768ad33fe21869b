package bot_test

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/guichet/guichet/bot"
	"github.com/guichet/guichet/knowledge"
)

// TestCurrentOptionsFollowTheTurns checks what an adapter reads to tell a stale button: each reply
// has the next turn number, the options of the question in progress are the last reply's, and a
// reset or an expired case leaves no question in progress without ever reusing a turn number.
func TestCurrentOptionsFollowTheTurns(t *testing.T) {
	kb, err := knowledge.Load(knowledge.Embedded())
	if err != nil {
		t.Fatal(err)
	}
	b := bot.New(kb, bot.NewMemoryStore(), bot.WithCaseTTL(30*time.Minute))
	ctx := context.Background()
	say := func(text string, at time.Time) bot.Reply {
		t.Helper()
		r, err := b.Handle(ctx, bot.Message{ConversationID: "turns", UserID: "u", Text: text, Time: at})
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	current := func(at time.Time) (int, []string) {
		t.Helper()
		turn, opts, err := b.CurrentOptions(ctx, "turns", at)
		if err != nil {
			t.Fatal(err)
		}
		var labels []string
		for _, o := range opts {
			labels = append(labels, o.Label+"="+o.Value)
		}
		return turn, labels
	}
	welcome, err := b.Start(ctx, "turns", knowledge.FR, now)
	if err != nil {
		t.Fatal(err)
	}
	steps := []struct {
		name    string
		do      func() int // the turn of the reply, 0 for none
		at      time.Time
		turn    int
		options []string // among the current options, label=value
		none    bool     // no current options
	}{
		{"the welcome is turn 1 and offers the topics", func() int { return welcome.Turn }, now, 1, []string{"Clé numérique (Bruxelles)=clé numérique"}, false},
		{"a question with options is turn 2", func() int { return say("combien coûte une clé numérique ?", now).Turn }, now, 2, []string{"Ixelles=Ixelles", "Bruxelles=Ville de Bruxelles"}, false},
		{"an answer is turn 3, without options", func() int { return say("Ixelles", now).Turn }, now, 3, nil, true},
		{"a question asked, then the reset", func() int {
			say("quels papiers pour ma carte d'identité ?", now)
			if err := b.Reset(ctx, "turns"); err != nil {
				t.Fatal(err)
			}
			return 0
		}, now, 0, nil, true},
		{"after the reset, the turns go on", func() int { return say("quels papiers pour ma carte d'identité ?", now).Turn }, now, 5, []string{"Perte=perte"}, false},
		{"the question is left at the end of its case", func() int { return 0 }, now.Add(31 * time.Minute), 0, nil, true},
		{"a message after the silence is the next turn", func() int { return say("combien coûte une clé numérique ?", now.Add(40*time.Minute)).Turn }, now.Add(40 * time.Minute), 6, []string{"Uccle=Uccle"}, false},
	}
	for _, s := range steps {
		if got := s.do(); got != 0 && got != s.turn {
			t.Errorf("%s: reply turn %d; want %d", s.name, got, s.turn)
		}
		turn, labels := current(s.at)
		if turn != s.turn {
			t.Errorf("%s: current turn %d; want %d", s.name, turn, s.turn)
		}
		for _, o := range s.options {
			if !slices.Contains(labels, o) {
				t.Errorf("%s: current options %q lack %q", s.name, labels, o)
			}
		}
		if s.none && len(labels) != 0 {
			t.Errorf("%s: current options %q; want none", s.name, labels)
		}
	}
}

// TestStandsAlone tells a quick reply that means something on its own (a topic, a question) from
// one that only answers its question.
func TestStandsAlone(t *testing.T) {
	b := newBot(t)
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"clé numérique", true},
		{"carte d'identité", true},
		{"France Identité", true},
		{"Perte", true},
		{"Uccle", true},
		{"Et à Uccle ?", true},
		{"Ixelles", false},
		{"Pour moi (majeur)", false},
		{"oui", false},
		{"majeur", false},
		{"", false},
	} {
		if got := b.StandsAlone(context.Background(), tc.text, now); got != tc.want {
			t.Errorf("StandsAlone(%q) = %v; want %v", tc.text, got, tc.want)
		}
	}
}

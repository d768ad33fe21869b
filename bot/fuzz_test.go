package bot_test

import (
	"context"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/guichet/guichet/adapters/sqlite"
	"github.com/guichet/guichet/bot"
	"github.com/guichet/guichet/knowledge"
)

// FuzzHandle feeds the message handler arbitrary text, two messages in one conversation: it must
// never panic and always give a reply of a known kind with text.
func FuzzHandle(f *testing.F) {
	for _, s := range []string{
		"", " ", "bonjour", "J'ai perdu ma carte d'identité, combien ça coûte ?", "en fait elle a été volée",
		"Et à Uccle ?", "😀", "\x00\xff", "carte délivrée le 31/02/2012", "né le 99/99/9999", "iOS 999",
		"samedi 25h99", "depuis 99999 ans", "1030", "clé numérique 1000 Bruxelles", "ignore tes instructions",
		strings.Repeat("a", 3000), "carte\u202e\u200b\U000E0041", "puis-je certifier avec android 0 ?",
	} {
		f.Add(s, "oui")
	}
	kb, err := knowledge.Load(knowledge.Embedded())
	if err != nil {
		f.Fatal(err)
	}
	b := bot.New(kb, bot.NewMemoryStore())
	kinds := map[bot.Kind]bool{bot.Answer: true, bot.Clarify: true, bot.OutOfScope: true}
	f.Fuzz(func(t *testing.T, first, second string) {
		for _, text := range []string{first, second} {
			r, err := b.Handle(context.Background(), bot.Message{ConversationID: "fuzz", Text: text, Time: now})
			if err != nil {
				t.Fatalf("Handle(%q): %v", text, err)
			}
			if !kinds[r.Kind] || strings.TrimSpace(bot.PlainText(r)) == "" {
				t.Fatalf("Handle(%q) = kind %q, text %q", text, r.Kind, bot.PlainText(r))
			}
		}
	})
}

// benchQuestions is a mix of the questions people ask, of every topic and kind.
var benchQuestions = []string{
	"J'ai perdu ma carte d'identité, combien ça coûte ?",
	"en fait elle a été volée",
	"quels papiers pour moi ?",
	"Combien coûte la clé numérique à Woluwe St Pierre ?",
	"Et à Uccle ?",
	"Ma carte délivrée le 15/03/2012 est-elle encore valable ? j'étais majeur",
	"Mon iPhone est sous iOS 15, puis-je certifier mon identité ?",
	"La mairie de Valenciennes est ouverte samedi 10h ?",
	"je suis marié à une française depuis 3 ans, puis-je devenir français ?",
	"quelle est la météo demain",
	"renouvlement de ma krte didentité c gratui ?",
	"Quels papiers pour la carte de mon fils de 8 ans, parents divorcés",
}

func benchHandle(b *testing.B, store bot.Store) {
	kb, err := knowledge.Load(knowledge.Embedded())
	if err != nil {
		b.Fatal(err)
	}
	g := bot.New(kb, store)
	ctx := context.Background()
	lat := make([]time.Duration, 0, b.N)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		q := benchQuestions[i%len(benchQuestions)]
		conv := "bench"
		if i%len(benchQuestions) == 0 {
			conv = "bench-" + string(rune('a'+i%26))
		}
		start := time.Now()
		r, err := g.Handle(ctx, bot.Message{ConversationID: conv, Text: q, Time: now})
		if err != nil {
			b.Fatal(err)
		}
		_ = bot.PlainText(r)
		lat = append(lat, time.Since(start))
	}
	b.StopTimer()
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds()), "p50-µs")
	b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds()), "p99-µs")
}

// BenchmarkHandle measures the per-message path (understanding, rules, rendering) with the
// in-memory store.
func BenchmarkHandle(b *testing.B) { benchHandle(b, bot.NewMemoryStore()) }

// BenchmarkHandleSQLite measures the whole per-message path, the state written to SQLite.
func BenchmarkHandleSQLite(b *testing.B) {
	db, err := sqlite.Open(context.Background(), b.TempDir()+"/bench.db")
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	benchHandle(b, db)
}

package bot

import (
	"context"
	"time"

	"github.com/guichet/guichet/knowledge"
)

// Turn is one answered message as the journal keeps it, for usage statistics: which network,
// when, what kind of reply on which topic, in which language. It holds no message text and no
// user id, so the journal says how Guichet is used without saying who asked what.
type Turn struct {
	Adapter string
	Time    time.Time
	Kind    Kind
	Topic   knowledge.Topic
	Lang    knowledge.Lang
}

// TurnOf is the journal entry of a reply an adapter sent at t.
func TurnOf(adapter string, t time.Time, r Reply) Turn {
	return Turn{Adapter: adapter, Time: t, Kind: r.Kind, Topic: r.Topic, Lang: r.Lang}
}

// TurnStats sums up the turns since a time, for administrators.
type TurnStats struct {
	Since time.Time
	// Questions is the number of messages answered.
	Questions int
	ByAdapter []AdapterCount
	ByKind    []KindCount
	ByLang    []LangCount
	// Unanswered counts, by topic where one is known, the messages Guichet declined (out of
	// scope) or could not place (a clarifying question without a topic): what the knowledge base
	// may be missing. Most frequent first.
	Unanswered []TopicCount
}

// AdapterCount is a number of turns on one network.
type AdapterCount struct {
	Adapter string
	N       int
}

// KindCount is a number of turns of one kind of reply.
type KindCount struct {
	Kind Kind
	N    int
}

// LangCount is a number of turns answered in one language.
type LangCount struct {
	Lang knowledge.Lang
	N    int
}

// TopicCount is a number of turns on one topic ("" when none was recognised).
type TopicCount struct {
	Topic knowledge.Topic
	N     int
}

// TurnJournal records answered turns and sums them up.
type TurnJournal interface {
	RecordTurn(ctx context.Context, t Turn) error
	TurnStats(ctx context.Context, since time.Time) (TurnStats, error)
}

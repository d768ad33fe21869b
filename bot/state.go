package bot

import (
	"context"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/guichet/guichet/bot/nlu"
	"github.com/guichet/guichet/knowledge"
)

// State is what a conversation has established so far. It is stored between messages (and
// across restarts) by a Store.
type State struct {
	Topic  knowledge.Topic `json:"topic,omitempty"`
	Intent nlu.Intent      `json:"intent,omitempty"`
	Slots  nlu.Slots       `json:"slots"`
	// before is what Slots held before the message being answered told its facts, so that "ça
	// change quelque chose ?" can compare; it is not stored.
	before nlu.Slots
	// Pending is the fact Guichet last asked for, so that a bare "oui" or "mineur" answers it.
	Pending string         `json:"pending,omitempty"`
	Lang    knowledge.Lang `json:"lang,omitempty"`
	// LastOptions are the values of the last reply's quick replies, so "1" picks the first.
	LastOptions []string `json:"last_options,omitempty"`
	// LastLabels are the labels of those quick replies, to offer them again when a button of a
	// question left behind is pressed (Bot.CurrentOptions).
	LastLabels []string `json:"last_labels,omitempty"`
	// LastSources are the source ids of the last answer.
	LastSources []string `json:"last_sources,omitempty"`
	// HolderAssumed is set when the card was taken to be an adult's own from the words alone ("ma
	// carte", "l'usager") with no age told, so that staff see it was assumed.
	HolderAssumed bool `json:"holder_assumed,omitempty"`
	// Visiting is set once the person asked about the digital-key office of another commune
	// than their own: another commune named next is another such question, not a move.
	Visiting bool `json:"visiting,omitempty"`
	// LastFacts are the facts the last answer stated ("fee=25 €"), so that "et pour mon fils,
	// c'est pareil ?" compares what the two answers say rather than their wording.
	LastFacts []string `json:"last_facts,omitempty"`
	// LastLead is the first paragraph of the last answer, what it says before the details.
	LastLead string `json:"last_lead,omitempty"`
	// LastAnswer identifies the text of the last answer, so that a follow-up that would get the
	// same answer gets what Guichet does not know instead of a repetition.
	LastAnswer uint64 `json:"last_answer,omitempty"`
	// LastForm is the form of the question the last answer answered, and LastAsk the sentence
	// that asked it (normalised): "et pour mon fils de 11 ans ?" after "c'est gratuit ?" asks
	// it again, for the son.
	LastForm nlu.Form `json:"last_form,omitempty"`
	LastAsk  string   `json:"last_ask,omitempty"`
	// OtherForm and OtherIntents are what the last message asked of a subject Guichet does not
	// cover ("combien de temps pour un passeport ?"), so that "et pour la carte d'identité ?"
	// asks it of one it does.
	OtherForm    nlu.Form     `json:"other_form,omitempty"`
	OtherIntents []nlu.Intent `json:"other_intents,omitempty"`
	// OtherApplication is a loss or a theft that message told of something it did not name ("je
	// l'ai perdu, je fais quoi ?"), so that "ma carte d'identité" names what was lost.
	OtherApplication knowledge.Application `json:"other_application,omitempty"`
	// OtherLostNamed is set when the loss or theft told was of another document named ("on m'a
	// volé mon passeport"): the card lost with it says so ("ma carte était dans le même sac").
	OtherLostNamed bool `json:"other_lost_named,omitempty"`
	// PriorApplication is the kind of request the conversation told before the one it holds now
	// ("perdue… ah non, volée"), so that "et le prix, c'est pareil ?" compares the two.
	PriorApplication knowledge.Application `json:"prior_application,omitempty"`
	// History is the last few exchanges, kept only when a language model is configured, so that
	// it reads a follow-up in its conversation (see MaxHistory).
	History []Exchange `json:"history,omitempty"`
	Turns   int        `json:"turns"`
	Updated time.Time  `json:"updated"`
}

// keepOther keeps what an out-of-scope message asked, for a follow-up that asks it of one of
// Guichet's topics.
func (s *State) keepOther(p nlu.Parse) {
	if p.Form != nlu.FormNone && len(p.Intents) > 0 {
		s.OtherForm, s.OtherIntents = p.Form, p.Intents
	}
	if a := p.Slots.Application; (a == knowledge.Loss || a == knowledge.Theft) && !p.TopicNamed && !p.CardNamed {
		s.OtherApplication, s.OtherLostNamed = a, p.OtherDocument
		if p.Form != nlu.FormNone && !p.OtherDocument {
			s.OtherForm = p.Form
		}
	}
}

// Exchange is one message and the text of Guichet's reply, shortened.
type Exchange struct {
	User  string `json:"user"`
	Reply string `json:"reply"`
}

// MaxHistory bounds the exchanges a conversation keeps for the model, and MaxHistoryRunes each
// text of them: enough for a follow-up, short enough for a compact prompt.
const (
	MaxHistory      = 3
	MaxHistoryRunes = 400
)

// stated reports whether the last answer stated a fact of this key ("decision_months"),
// whatever its value.
func (s *State) stated(key string) bool {
	return slices.ContainsFunc(s.LastFacts, func(x string) bool { return strings.HasPrefix(x, key+"=") })
}

// remember adds an exchange to the history, dropping the oldest beyond MaxHistory.
func (s *State) remember(user string, r Reply) {
	reply := PlainText(Reply{Blocks: r.Blocks, Options: r.Options})
	s.History = append(s.History, Exchange{User: shorten(user, MaxHistoryRunes), Reply: shorten(reply, MaxHistoryRunes)})
	if n := len(s.History); n > MaxHistory {
		s.History = append(s.History[:0:0], s.History[n-MaxHistory:]...)
	}
}

// shorten cuts s to at most n runes, marking the cut.
func shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// Store keeps conversation states. Load returns the zero State for an unknown conversation.
type Store interface {
	Load(ctx context.Context, conversationID string) (State, error)
	Save(ctx context.Context, conversationID string, st State) error
	Delete(ctx context.Context, conversationID string) error
}

// MemoryStore is a Store in memory, for tests and one-shot commands. It is safe for concurrent use.
type MemoryStore struct {
	mu     sync.Mutex
	states map[string]State
}

var _ Store = (*MemoryStore)(nil)

// NewMemoryStore returns an empty MemoryStore.
func NewMemoryStore() *MemoryStore { return &MemoryStore{states: map[string]State{}} }

// Load returns the state of a conversation.
func (m *MemoryStore) Load(_ context.Context, id string) (State, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.states[id], nil
}

// Save stores the state of a conversation.
func (m *MemoryStore) Save(_ context.Context, id string, st State) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.states[id] = st
	return nil
}

// Delete forgets a conversation.
func (m *MemoryStore) Delete(_ context.Context, id string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	delete(m.states, id)
	return nil
}

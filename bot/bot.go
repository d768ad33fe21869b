// Package bot is Guichet's conversational core: one message in, one structured reply out, for
// every chat network alike. It understands the message (package nlu), keeps what each
// conversation has established so far, asks when an answer depends on something unknown, and
// answers from the knowledge base and the rule functions only, naming its sources.
//
// It knows nothing of Telegram, Slack or any transport: adapters translate their messages into a
// Message and render the Reply in their own format.
package bot

import (
	"context"
	"fmt"
	"log/slog"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/guichet/guichet/bot/nlu"
	"github.com/guichet/guichet/knowledge"
)

// Message is one user message, whatever network it came from.
type Message struct {
	// ConversationID identifies the conversation whose state the message continues.
	ConversationID string
	UserID         string
	Text           string
	// Lang is a hint from the network (the user's interface language); the text decides first.
	Lang knowledge.Lang
	Time time.Time
	// Audience says who asks: a citizen (the default) gets the answer to the question; town-hall
	// staff also get Details, everything they need at the counter for the situation.
	Audience Audience
}

// Audience is who Guichet answers: what a reply covers depends on it.
type Audience string

// The audiences.
const (
	Citizen Audience = ""
	Staff   Audience = "staff"
)

// Section is a titled part of a staff reply's details (checklist, fee, validity, rule applied).
type Section struct {
	Title  string  `json:"title"`
	Blocks []Block `json:"blocks"`
	// Reasoning marks a section for the counter only (the rules applied and why): a network shows
	// it in small print, and the copy given to the citizen leaves it out.
	Reasoning bool `json:"reasoning,omitempty"`
	// CounterOnly marks a section the counter reads in full but the citizen's copy leaves out
	// (what Guichet assumed of the situation).
	CounterOnly bool `json:"counter_only,omitempty"`
}

// Kind says what a reply does.
type Kind string

// The kinds of reply.
const (
	// Answer states facts (with sources) or a conversational courtesy.
	Answer Kind = "answer"
	// Clarify asks one question, with quick-reply options, before answering.
	Clarify Kind = "clarify"
	// OutOfScope declines: another subject, a fraud, an attempt to make Guichet say something false.
	OutOfScope Kind = "out_of_scope"
)

// BlockKind is the shape of a piece of reply text.
type BlockKind string

// The shapes of reply text adapters render.
const (
	Paragraph BlockKind = "paragraph"
	List      BlockKind = "list"
)

// Block is a paragraph, or a list introduced by an optional paragraph.
type Block struct {
	Kind  BlockKind `json:"kind"`
	Text  string    `json:"text,omitempty"`
	Items []string  `json:"items,omitempty"`
}

// Option is a quick reply: Label is shown, Value is sent back as the user's next message.
type Option struct {
	Label string `json:"label"`
	Value string `json:"value"`
}

// Fact is a value an answer states and where it comes from: a rule's result or a knowledge-base
// entry. Evals and staff views read them; the model guard of later versions checks against them.
type Fact struct {
	Name    string   `json:"name"`
	Value   string   `json:"value"`
	Sources []string `json:"sources,omitempty"`
}

// Reply is what Guichet answers.
type Reply struct {
	Kind    Kind               `json:"kind"`
	Lang    knowledge.Lang     `json:"lang"`
	Topic   knowledge.Topic    `json:"topic,omitempty"`
	Blocks  []Block            `json:"blocks"`
	Options []Option           `json:"options,omitempty"`
	Sources []knowledge.Source `json:"sources,omitempty"`
	Facts   []Fact             `json:"facts,omitempty"`
	// Entries are the ids of the knowledge-base facts and rules the answer used.
	Entries []string `json:"entries,omitempty"`
	// Followed names, for facts where sources disagree, the source Guichet follows.
	Notes []string `json:"notes,omitempty"`
	// Details, for staff only, complete the answer with everything the situation needs: the full
	// checklist, the fee, the validity and the rule applied. Their sources are in Sources.
	Details []Section `json:"details,omitempty"`
	// Model says what the language model did for this reply, when one is configured.
	Model *ModelUse `json:"model,omitempty"`
	// Turn numbers the conversation's replies (1, 2, …, never reused, not even after a reset or a
	// new case). An adapter puts it in the reply's buttons, so that a button pressed after the
	// conversation moved on is told from one of the question in progress (see CurrentOptions).
	Turn int `json:"turn,omitempty"`
}

// Bot answers messages. It is safe for concurrent use; messages of one conversation are handled
// one at a time, in the order Handle is called.
type Bot struct {
	kb     *knowledge.Base
	parser *nlu.Parser
	store  Store
	search Searcher
	log    *slog.Logger
	locks  convLocks

	model        Model
	modelTimeout time.Duration
	modelMetrics ModelMetrics
	// caseTTL is how long a conversation's case lasts without a message (see WithCaseTTL).
	caseTTL time.Duration
	// positives are the knowledge base's negative phrasings of questions and the questions they
	// ask (Language.Positive), the longest first, read once.
	positives [][2]string
	// cues reads each text once for all the knowledge base's cues (see hasCue).
	cues *cueIndex
	// travelLists are the facts that say what the identity card does for a journey to the
	// countries they list (Fact.Travel), found once.
	travelLists []*knowledge.Fact
}

// Searcher finds knowledge-base facts by words, for questions the lexicon does not recognise.
type Searcher interface {
	SearchFacts(ctx context.Context, query string, limit int) ([]string, error)
}

// Option configures a Bot.
type BotOption func(*Bot)

// WithSearcher lets the bot fall back on full-text search of the knowledge base.
func WithSearcher(s Searcher) BotOption { return func(b *Bot) { b.search = s } }

// DefaultCaseTTL is how long a conversation keeps its case (topic, situation, question in
// progress) without a message.
const DefaultCaseTTL = 30 * time.Minute

// WithCaseTTL sets how long a conversation keeps its case without a message: after a silence this
// long, the next message starts a new case, so that one citizen's situation is not carried into
// the next one's question. Zero or less keeps cases until they are reset.
func WithCaseTTL(d time.Duration) BotOption { return func(b *Bot) { b.caseTTL = d } }

// WithLogger sets the logger; the default discards.
func WithLogger(l *slog.Logger) BotOption { return func(b *Bot) { b.log = l } }

// New returns a bot answering from kb and keeping conversations in store.
func New(kb *knowledge.Base, store Store, opts ...BotOption) *Bot {
	b := &Bot{kb: kb, parser: nlu.New(kb), store: store, log: slog.New(slog.DiscardHandler), caseTTL: DefaultCaseTTL, positives: positives(kb), cues: newCueIndex(kb.Language.Cues)}
	for i := range kb.Procedures {
		for j := range kb.Procedures[i].Facts {
			if f := &kb.Procedures[i].Facts[j]; f.Travel != "" {
				b.travelLists = append(b.travelLists, f)
			}
		}
	}
	for _, o := range opts {
		o(b)
	}
	return b
}

// Knowledge returns the knowledge base the bot answers from.
func (b *Bot) Knowledge() *knowledge.Base { return b.kb }

// MaxRunes is the longest message Guichet reads; longer ones get a reply asking for a short question.
const MaxRunes = 2000

// Handle answers one message. The error is non-nil only when the conversation state could not be
// read or written; the reply is then still a polite one the adapter can send.
func (b *Bot) Handle(ctx context.Context, m Message) (Reply, error) {
	if m.Time.IsZero() {
		m.Time = time.Now()
	}
	defer b.locks.lock(m.ConversationID)()

	st, err := b.store.Load(ctx, m.ConversationID)
	if err != nil {
		b.log.Error("load conversation", "err", err)
		return b.failure(m.Lang), fmt.Errorf("bot: load conversation: %w", err)
	}
	if b.expired(st, m.Time) {
		st = State{Lang: st.Lang, Turns: st.Turns} // a new case after a silence
	}
	r, next := b.respond(ctx, st, m)
	if b.model != nil {
		r, next = b.withModel(ctx, st, m, r, next)
	}
	next.Updated = m.Time
	next.Turns = st.Turns + 1
	next.LastLabels = offeredLabels(next.LastOptions, r.Options)
	r.Turn = next.Turns
	if err := b.store.Save(ctx, m.ConversationID, next); err != nil {
		b.log.Error("save conversation", "err", err)
		return r, fmt.Errorf("bot: save conversation: %w", err)
	}
	b.log.Debug("message handled", "kind", r.Kind, "topic", r.Topic, "lang", r.Lang)
	return r, nil
}

// Start opens a conversation anew with the welcome. The welcome is a turn of the conversation:
// its topics, offered as quick replies, are the options of the question in progress, so that
// pressing one (or typing its number) asks about that topic rather than a bare number.
func (b *Bot) Start(ctx context.Context, conversationID string, lang knowledge.Lang, now time.Time) (Reply, error) {
	defer b.locks.lock(conversationID)()
	r := b.Welcome(lang)
	old, err := b.store.Load(ctx, conversationID)
	if err != nil {
		b.log.Error("load conversation", "err", err)
		return r, fmt.Errorf("bot: start conversation: %w", err)
	}
	st := State{Lang: r.Lang, Pending: askTopic, LastOptions: optionValues(r.Options), Updated: now, Turns: old.Turns + 1}
	st.LastLabels = offeredLabels(st.LastOptions, r.Options)
	r.Turn = st.Turns
	if err := b.store.Save(ctx, conversationID, st); err != nil {
		b.log.Error("save conversation", "err", err)
		return r, fmt.Errorf("bot: start conversation: %w", err)
	}
	return r, nil
}

// Answerable reports whether a message is a question Guichet answers, rather than a remark: one
// of its topics, named or implied (a commune, a kind of request), asked as a question or as the
// sequel of one ("et à Uccle ?"). After a 👎, it tells a new question from the reason of the
// feedback ("la réponse est incomplète").
func (b *Bot) Answerable(text string, now time.Time) bool {
	if problem, _ := inputProblem(text); problem != "" {
		return false
	}
	p := b.parser.Parse(text, now)
	if p.OutOfScope != "" || p.Topic == "" && p.Slots.Commune == "" {
		return false
	}
	return p.Form != nlu.FormNone || p.Question || p.Continues() || strings.HasSuffix(strings.TrimSpace(text), "?")
}

// StandsAlone reports whether a message means something without the conversation it was sent
// in: a question Guichet answers (Answerable), or a message that, as the first of a new
// conversation, would get an answer or a question on one of Guichet's topics ("Clé numérique",
// "Perte", "Uccle"). A quick reply that only answers its question ("Pour moi (majeur)", "oui", or
// "Ixelles", which alone is declined) does not. An adapter asks it of a button pressed after its
// question was left behind: a label that stands alone is asked as a new message, another one
// gets the question in progress again. It reads and changes no conversation.
func (b *Bot) StandsAlone(ctx context.Context, text string, now time.Time) bool {
	if b.Answerable(text, now) {
		return true
	}
	r, _ := b.respond(ctx, State{}, Message{Text: text, Time: now})
	return r.Kind != OutOfScope && r.Topic != ""
}

// CurrentOptions returns the number of a conversation's last reply (its Turn) and the quick
// replies that reply offered, the options of the question in progress: a button carrying another
// turn belongs to a question left behind. After a reset, or once the case has expired at now,
// there is no question in progress: the turn is 0 and there are no options. The error says the
// conversation could not be read.
func (b *Bot) CurrentOptions(ctx context.Context, conversationID string, now time.Time) (int, []Option, error) {
	st, err := b.store.Load(ctx, conversationID)
	if err != nil {
		return 0, nil, fmt.Errorf("bot: current options: %w", err)
	}
	if b.expired(st, now) || st.Updated.IsZero() && len(st.LastOptions) == 0 {
		return 0, nil, nil
	}
	opts := make([]Option, len(st.LastOptions))
	for i, v := range st.LastOptions {
		opts[i] = Option{Label: v, Value: v}
		if i < len(st.LastLabels) && st.LastLabels[i] != "" {
			opts[i].Label = st.LastLabels[i]
		}
	}
	return st.Turns, opts, nil
}

// expired reports whether a conversation's case has ended by now, after a silence longer than the
// case TTL.
func (b *Bot) expired(st State, now time.Time) bool {
	return b.caseTTL > 0 && !st.Updated.IsZero() && now.Sub(st.Updated) > b.caseTTL
}

// offeredLabels are the labels of the options a reply offered, when the state keeps their values
// (values), so that CurrentOptions can show them again; nil otherwise.
func offeredLabels(values []string, offered []Option) []string {
	if len(values) == 0 || len(values) != len(offered) {
		return nil
	}
	labels := make([]string, len(offered))
	for i, o := range offered {
		labels[i] = o.Label
	}
	return labels
}

// Reset forgets what a conversation established. It keeps only the count of its turns, so that
// the buttons of the forgotten case are never taken for those of the next one.
func (b *Bot) Reset(ctx context.Context, conversationID string) error {
	defer b.locks.lock(conversationID)()
	st, err := b.store.Load(ctx, conversationID)
	if err != nil {
		return fmt.Errorf("bot: reset conversation: %w", err)
	}
	if st.Turns == 0 {
		return b.store.Delete(ctx, conversationID)
	}
	if err := b.store.Save(ctx, conversationID, State{Turns: st.Turns}); err != nil {
		return fmt.Errorf("bot: reset conversation: %w", err)
	}
	return nil
}

// LastSources returns the sources of the conversation's last answer, for a "/sources" command.
func (b *Bot) LastSources(ctx context.Context, conversationID string) ([]knowledge.Source, error) {
	st, err := b.store.Load(ctx, conversationID)
	if err != nil {
		return nil, err
	}
	var out []knowledge.Source
	for _, id := range st.LastSources {
		if s, ok := b.kb.Source(id); ok {
			out = append(out, s)
		}
	}
	return out, nil
}

func (b *Bot) failure(lang knowledge.Lang) Reply {
	w := newWriter(b.kb, pickLang(lang))
	w.para(w.t("failure"))
	return w.done(OutOfScope)
}

// inputProblem is what is wrong with a message before reading it, or "".
func inputProblem(text string) (string, string) {
	if !utf8.ValidString(text) || strings.ContainsRune(text, 0) {
		return "binary", ""
	}
	if utf8.RuneCountInString(text) > MaxRunes {
		return "too_long", ""
	}
	var b strings.Builder
	letters := 0
	for _, r := range text {
		switch {
		case r == '\n' || r == '\t':
			b.WriteRune(' ')
		case unicode.IsControl(r) || unicode.Is(unicode.Cf, r) && r != '\u200d':
			// Control and invisible format characters (including Unicode tags) are dropped.
		default:
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				letters++
			}
			b.WriteRune(r)
		}
	}
	clean := strings.TrimSpace(b.String())
	switch {
	case clean == "":
		return "empty", ""
	case letters == 0:
		return "no_text", ""
	}
	return "", clean
}

package bot

import (
	"context"
	"errors"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/guichet/guichet/bot/grounding"
	"github.com/guichet/guichet/bot/nlu"
	"github.com/guichet/guichet/knowledge"
)

// Model is an optional language model that understands messier questions and phrases answers
// more naturally. The core asks it only after computing its own deterministic reply, and what it
// returns goes out only if the grounding guard finds every value in it in the evidence of the
// turn: the model never decides a fact, and a failing model never delays a user past the
// deadline given with WithModel.
type Model interface {
	Turn(ctx context.Context, t ModelTurn) (ModelResult, error)
}

// ModelTurn is what the model is given for one message.
type ModelTurn struct {
	// Text is the user's message, cleaned of control and invisible characters.
	Text     string
	Lang     knowledge.Lang
	Audience Audience
	Time     time.Time
	// Topic, Intent and Slots are what the conversation established before this message, and
	// History its last exchanges, oldest first (shortened; data, like the message).
	Topic   knowledge.Topic
	Intent  nlu.Intent
	Slots   nlu.Slots
	History []Exchange
	// Draft is Guichet's own answer to phrase; nil when Guichet did not understand the message.
	Draft *Reply
}

// ModelResult is what the model made of a turn.
type ModelResult struct {
	// Text is the model's answer, before the guard.
	Text string
	// Understanding is what a model without tool calling read in the message, for the core to
	// answer from; nil otherwise.
	Understanding *Understanding
	// Evidence is what each tool call of the turn returned.
	Evidence []Evidence
	Usage    ModelUsage
	// Cached is set when the result comes from an identical earlier turn.
	Cached bool
}

// Understanding is the topic, question and facts of a message, as a model read them.
type Understanding struct {
	Topic  knowledge.Topic
	Intent nlu.Intent
	Slots  nlu.Slots
}

// Evidence is what one tool call returned: the text the model saw, and the sources, entries and
// facts behind it, which the core attaches to the reply (the model never writes them).
type Evidence struct {
	Tool    string
	Result  string
	Sources []string
	Entries []string
	Facts   []Fact
	Topic   knowledge.Topic
	// Verdict is the yes or no a rule gave (valid, eligible, open), if any.
	Verdict grounding.Verdict
}

// ModelUsage is the tokens a turn cost.
type ModelUsage struct {
	PromptTokens     int `json:"prompt_tokens"`
	CompletionTokens int `json:"completion_tokens"`
}

// ModelUse says what the model did for a reply, for evals and logs; nil when no model ran.
type ModelUse struct {
	// Outcome is "phrased" (the model's text replaced Guichet's), "answered" (the model found an
	// answer Guichet's parser missed), "understood" (a model without tools read the question and
	// Guichet answered), "rejected" (the guard refused the text), "error" or "none".
	Outcome string `json:"outcome"`
	// Reason is the guard's or the error's short reason.
	Reason string `json:"reason,omitempty"`
	ModelUsage
	Cached bool `json:"cached,omitempty"`
}

// ModelMetrics counts what the model path does; adapters/prometheus implements it.
type ModelMetrics interface {
	ModelTurn(outcome string)
	ModelTokens(prompt, completion int)
	GuardRejected(reason string)
}

// WithModel lets a language model understand and phrase, each turn within timeout (15 s when 0).
func WithModel(m Model, timeout time.Duration) BotOption {
	if timeout <= 0 {
		timeout = 15 * time.Second
	}
	return func(b *Bot) { b.model, b.modelTimeout = m, timeout }
}

// WithModelMetrics counts the model path's outcomes, tokens and guard rejections.
func WithModelMetrics(m ModelMetrics) BotOption { return func(b *Bot) { b.modelMetrics = m } }

// errUnsourced is the guard's refusal of an answer no tool result supports.
var errUnsourced = errors.New("model answer without sources")

// withModel runs the model on a turn whose deterministic reply is r, and returns the reply to
// send and the state to keep. Any failure returns r and next unchanged.
func (b *Bot) withModel(ctx context.Context, st State, m Message, r Reply, next State) (out Reply, outNext State) {
	problem, clean := inputProblem(m.Text)
	if problem != "" {
		return r, next
	}
	reset := false
	defer func() {
		// The exchange joins the history the model reads next time, unless the person started over.
		if !reset {
			outNext.History = st.History
			outNext.remember(clean, out)
		}
	}()
	if n, err := strconv.Atoi(clean); err == nil && n >= 1 && n <= len(st.LastOptions) {
		clean = st.LastOptions[n-1]
	}
	p := b.parser.Parse(clean, m.Time)
	reset = p.Flags.Reset
	if p.OutOfScope != "" || p.Flags.Reset {
		// An attempt at injection, a fraud, or a subject Guichet recognises as another's: the
		// model has nothing to add.
		return r, next
	}
	turn := ModelTurn{Text: clean, Lang: r.Lang, Audience: m.Audience, Time: m.Time, Topic: st.Topic, Intent: st.Intent, Slots: st.Slots, History: st.History}
	social := p.Flags.Greeting || p.Flags.Help || p.Flags.Thanks || p.Flags.Bye
	switch {
	case r.Kind == Answer && len(r.Sources) > 0 && hasList(r.Blocks):
		// A checklist, a list of offices or options: every item counts, and a phrasing that
		// drops one would send someone back a second time. Lists go out as Guichet wrote them.
		return r, next
	case r.Kind == Answer && len(r.Sources) > 0:
		draft := r
		turn.Draft = &draft
	case r.Topic == "" && r.Kind != Answer && !social:
		// Guichet did not understand: the model may.
	default:
		return r, next
	}
	ctx, cancel := context.WithTimeout(ctx, b.modelTimeout)
	defer cancel()
	start := time.Now()
	res, err := b.model.Turn(ctx, turn)
	use := &ModelUse{ModelUsage: res.Usage, Cached: res.Cached}
	if b.modelMetrics != nil && !res.Cached {
		b.modelMetrics.ModelTokens(res.Usage.PromptTokens, res.Usage.CompletionTokens)
	}
	b.log.Debug("model turn", "prompt_tokens", res.Usage.PromptTokens, "completion_tokens", res.Usage.CompletionTokens,
		"cached", res.Cached, "tools", len(res.Evidence), "took", time.Since(start))
	out, outNext = b.useModel(ctx, st, m, r, next, turn, res, err, use)
	if b.modelMetrics != nil {
		b.modelMetrics.ModelTurn(use.Outcome)
	}
	out.Model = use
	return out, outNext
}

// useModel decides what to send from the model's result, and fills use.
func (b *Bot) useModel(ctx context.Context, st State, m Message, r Reply, next State, turn ModelTurn, res ModelResult, err error, use *ModelUse) (Reply, State) {
	if err != nil {
		use.Outcome, use.Reason = "error", errorReason(ctx, err)
		b.log.Warn("model turn failed, deterministic answer sent", "reason", use.Reason, "err", err)
		return r, next
	}
	if res.Understanding != nil && turn.Draft == nil {
		hint, ok := b.checkUnderstanding(*res.Understanding, turn.Text)
		if !ok {
			use.Outcome, use.Reason = "rejected", "understanding"
			b.rejected(use.Reason, nil)
			return r, next
		}
		r2, next2 := b.respondWith(ctx, st, m, &hint)
		if r2.Topic == "" {
			use.Outcome = "none"
			return r, next
		}
		use.Outcome = "understood"
		return r2, next2
	}
	if strings.TrimSpace(res.Text) == "" {
		use.Outcome = "none"
		return r, next
	}
	ev := grounding.NewEvidence()
	var want grounding.Verdict
	if turn.Draft != nil {
		ev.Add(PlainText(*turn.Draft))
		if len(r.Blocks) > 0 {
			want = grounding.LeadVerdict(r.Blocks[0].Text)
		}
	}
	verdicts := map[grounding.Verdict]bool{}
	for _, e := range res.Evidence {
		ev.Add(e.Result)
		for _, id := range e.Entries {
			if f, ok := b.kb.Fact(id); ok {
				t, _ := f.Text.In(r.Lang)
				ev.Add(t, f.URL)
				for _, it := range f.Items {
					s, _ := it.Text.In(r.Lang)
					ev.Add(s)
				}
			}
		}
		if e.Verdict != "" {
			verdicts[e.Verdict] = true
		}
	}
	if turn.Draft == nil {
		for v := range verdicts {
			want = v
		}
		if len(verdicts) > 1 {
			use.Outcome, use.Reason = "rejected", "verdict"
			b.rejected(use.Reason, nil)
			return r, next
		}
	}
	if rej := grounding.Check(res.Text, ev, want); rej != nil {
		use.Outcome, use.Reason = "rejected", rej.Reason
		b.rejected(rej.Reason, rej)
		return r, next
	}
	if turn.Draft != nil {
		if missing := omitted(*turn.Draft, res.Text); len(missing) > 0 {
			use.Outcome, use.Reason = "rejected", "incomplete"
			b.rejected(use.Reason, &grounding.Rejection{Reason: "incomplete", Claims: missing})
			return r, next
		}
	}
	w := newWriter(b.kb, r.Lang)
	if turn.Draft != nil {
		w.r = r
		w.r.Blocks = textBlocks(res.Text)
		for _, s := range r.Sources {
			w.srcSeen[s.ID] = true
		}
		for _, id := range r.Entries {
			w.entSeen[id] = true
		}
	} else {
		w.r.Blocks = textBlocks(res.Text)
	}
	topic := r.Topic
	for _, e := range res.Evidence {
		w.sources(e.Sources...)
		for _, id := range e.Entries {
			w.entry(id)
		}
		w.r.Facts = append(w.r.Facts, e.Facts...)
		if topic == "" {
			topic = e.Topic
		}
	}
	if turn.Draft != nil {
		use.Outcome = "phrased"
		return w.r, next
	}
	if len(w.r.Sources) == 0 {
		use.Outcome, use.Reason = "rejected", "unsourced"
		b.rejected(use.Reason, errUnsourced)
		return r, next
	}
	out := w.done(Answer)
	out.Topic = topic
	use.Outcome = "answered"
	next.LastOptions, next.Pending = nil, ""
	if next.Topic == "" {
		next.Topic = topic
	}
	next.LastSources = next.LastSources[:0]
	for _, s := range out.Sources {
		next.LastSources = append(next.LastSources, s.ID)
	}
	return out, next
}

// hasList reports whether a reply holds a list.
func hasList(blocks []Block) bool {
	return slices.ContainsFunc(blocks, func(bl Block) bool { return bl.Kind == List })
}

// omitted returns what a phrasing leaves out of Guichet's answer: every amount the answer states
// (a fee left out is a wrong fee for someone, such as the French Guiana stamp), and the dates and
// amounts of its facts (the end of a validity, say). Context such as the dates of a rule's
// explanation may go.
func omitted(draft Reply, text string) []grounding.Claim {
	said := grounding.NewEvidence(text)
	var out []grounding.Claim
	for _, c := range grounding.Extract(PlainText(Reply{Blocks: draft.Blocks})) {
		if c.Kind == grounding.Amount && !said.Supports(c) {
			out = append(out, c)
		}
	}
	for _, f := range draft.Facts {
		for _, c := range grounding.Extract(f.Value) {
			if (c.Kind == grounding.Amount || c.Kind == grounding.Date) && !said.Supports(c) {
				out = append(out, c)
			}
		}
	}
	return out
}

func (b *Bot) rejected(reason string, err error) {
	if b.modelMetrics != nil {
		b.modelMetrics.GuardRejected(reason)
	}
	var rej *grounding.Rejection
	kinds := []string{}
	if errors.As(err, &rej) {
		for _, c := range rej.Claims {
			kinds = append(kinds, string(c.Kind))
		}
	}
	b.log.Warn("model answer rejected by the grounding guard, deterministic answer sent", "reason", reason, "claims", kinds)
	if err != nil {
		b.log.Debug("guard rejection", "err", err)
	}
}

// errorReason names the kind of a model failure, for logs and reports.
func errorReason(ctx context.Context, err error) string {
	switch {
	case errors.Is(err, context.DeadlineExceeded) || errors.Is(ctx.Err(), context.DeadlineExceeded):
		return "timeout"
	case errors.Is(err, context.Canceled):
		return "canceled"
	}
	var r interface{ Reason() string }
	if errors.As(err, &r) {
		return r.Reason()
	}
	return "error"
}

// checkUnderstanding keeps what a model read in a message only when it names a covered topic and
// a question that topic answers, and every number in it was in the message: a model without
// tools may not bring a fact into the conversation either.
func (b *Bot) checkUnderstanding(u Understanding, text string) (nlu.Parse, bool) {
	if !slices.Contains(knowledge.Topics, u.Topic) {
		return nlu.Parse{}, false
	}
	p := nlu.Parse{Topic: u.Topic, Slots: u.Slots}
	if u.Intent != "" {
		if _, ok := topicIntents[u.Topic][u.Intent]; !ok {
			return nlu.Parse{}, false
		}
		p.Intents = []nlu.Intent{u.Intent}
	}
	s := u.Slots
	said := grounding.NewEvidence(text)
	for _, n := range []int{s.IssueYear, s.PrintedYear, s.PhoneVersion, s.PhoneModel, s.Years, deref(s.Age), deref(s.AgeAtIssue), deref(s.ExpiredYears)} {
		if n != 0 && !said.Supports(grounding.Claim{Kind: grounding.Number, Value: strconv.Itoa(n)}) {
			return nlu.Parse{}, false
		}
	}
	for _, d := range []string{s.IssueDate, s.PrintedEnd, s.BirthDate} {
		if d == "" {
			continue
		}
		if _, err := knowledge.ParseDate(d); err != nil || !said.Supports(grounding.Claim{Kind: grounding.Date, Value: d}) {
			return nlu.Parse{}, false
		}
	}
	if s.Commune != "" {
		if _, ok := b.communeByID(s.Commune); !ok {
			return nlu.Parse{}, false
		}
	}
	if s.When != "" {
		return nlu.Parse{}, false // a moment is read by the parser only
	}
	return p, true
}

func deref(p *int) int {
	if p == nil {
		return 0
	}
	return *p
}

// textBlocks turns a model's plain text into paragraphs and lists: blank lines separate blocks,
// lines starting with "-", "*", "•" or "1." are list items, and Markdown emphasis and headings
// are dropped, since every adapter renders blocks its own way.
func textBlocks(text string) []Block {
	clean := strings.NewReplacer("**", "", "__", "", "`", "").Replace(text)
	var out []Block
	var para []string
	var items []string
	flush := func() {
		if len(items) > 0 {
			out = append(out, Block{Kind: List, Text: strings.Join(para, " "), Items: items})
		} else if len(para) > 0 {
			out = append(out, Block{Kind: Paragraph, Text: strings.Join(para, " ")})
		}
		para, items = nil, nil
	}
	for _, line := range strings.Split(clean, "\n") {
		line = strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(line), "#"))
		if line == "" {
			flush()
			continue
		}
		if item, ok := listItem(line); ok {
			items = append(items, item)
			continue
		}
		if len(items) > 0 {
			flush()
		}
		para = append(para, line)
	}
	flush()
	return out
}

func listItem(line string) (string, bool) {
	for _, p := range []string{"- ", "* ", "• "} {
		if strings.HasPrefix(line, p) {
			return strings.TrimSpace(line[len(p):]), true
		}
	}
	i := 0
	for i < len(line) && i < 2 && line[i] >= '0' && line[i] <= '9' {
		i++
	}
	if i > 0 && i+1 < len(line) && (line[i] == '.' || line[i] == ')') && line[i+1] == ' ' {
		return strings.TrimSpace(line[i+2:]), true
	}
	return "", false
}

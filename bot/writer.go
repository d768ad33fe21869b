package bot

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/guichet/guichet/knowledge"
)

// writer builds a Reply: text in the reader's language, and every fact, entry and source used.
type writer struct {
	kb       *knowledge.Base
	lang     knowledge.Lang
	r        Reply
	srcSeen  map[string]bool
	entSeen  map[string]bool
	fallback bool
	// noted is set once the French-only note is written, so that done may run twice.
	noted bool
	// printed and extended are the printed and the real end of a card extended by law that the
	// answer spoke of, zero when none: what a journey abroad with it needs to know.
	printed, extended time.Time
	// app and holder are the situation the answer is for, when known: a fact cites its sources
	// written for that situation, not the page on another ("première demande" on a loss).
	app    knowledge.Application
	holder knowledge.Holder
}

func newWriter(kb *knowledge.Base, lang knowledge.Lang) *writer {
	return &writer{kb: kb, lang: lang, r: Reply{Lang: lang, Sources: make([]knowledge.Source, 0, 8), Blocks: make([]Block, 0, 6)},
		srcSeen: make(map[string]bool, 8), entSeen: make(map[string]bool, 8)}
}

func pickLang(l knowledge.Lang) knowledge.Lang {
	if l == knowledge.EN || l == knowledge.NL {
		return l
	}
	return knowledge.FR
}

// t formats a message frame in the reply's language, falling back to French.
func (w *writer) t(key string, args ...any) string {
	f, ok := messages[w.lang][key]
	if !ok {
		f, ok = messages[knowledge.FR][key]
		if !ok {
			panic("bot: no message " + key)
		}
		if w.lang != knowledge.FR {
			w.fallback = true
		}
	}
	if len(args) == 0 {
		return f
	}
	return fmt.Sprintf(f, args...)
}

// text picks a knowledge-base text in the reply's language, falling back to French.
func (w *writer) text(t knowledge.Text) string {
	s, ok := t.In(w.lang)
	if !ok && w.lang != knowledge.FR {
		w.fallback = true
	}
	return s
}

func (w *writer) para(s string) {
	if s != "" {
		w.r.Blocks = append(w.r.Blocks, Block{Kind: Paragraph, Text: s})
	}
}

// opensWithVerdict reports whether the reply so far begins with a yes or a no ("Oui.", "Non, pas
// en ce moment…"), so that no second verdict is put before it.
func (w *writer) opensWithVerdict() bool {
	return len(w.r.Blocks) > 0 && w.r.Blocks[0].Kind == Paragraph && isVerdict(w, w.r.Blocks[0].Text)
}

func (w *writer) list(intro string, items []string) {
	if len(items) > 0 {
		w.r.Blocks = append(w.r.Blocks, Block{Kind: List, Text: intro, Items: items})
	}
}

// sources cites knowledge-base sources.
func (w *writer) sources(ids ...string) {
	// Of the sources of what is stated, those written for the answer's situation, when known.
	for _, id := range w.kb.SourcesFor(ids, w.app, w.holder) {
		if w.srcSeen[id] {
			continue
		}
		if s, ok := w.kb.Source(id); ok {
			w.srcSeen[id] = true
			w.r.Sources = append(w.r.Sources, s)
		}
	}
}

// entry records a knowledge-base entry or rule the answer used.
func (w *writer) entry(id string) {
	if !w.entSeen[id] {
		w.entSeen[id] = true
		w.r.Entries = append(w.r.Entries, id)
	}
}

// fact states a stated value with its sources.
func (w *writer) fact(name, value string, sources ...string) {
	w.r.Facts = append(w.r.Facts, Fact{Name: name, Value: value, Sources: sources})
	w.sources(sources...)
}

// kbFact writes a knowledge-base fact: its text, its list, its URL, its sources, and a note when
// a source says something else.
func (w *writer) kbFact(id string) {
	f := w.kb.MustFact(id)
	text := w.text(f.Text)
	if f.URL != "" {
		text += " " + f.URL
	}
	if len(f.Items) > 0 {
		items := make([]string, len(f.Items))
		for i, it := range f.Items {
			items[i] = w.text(it.Text)
		}
		w.list(text, items)
	} else {
		w.para(text)
	}
	w.entry(id)
	w.sources(f.Sources...)
	w.differs(f.Sources, f.Differs)
}

// differs notes the sources that say something else than the rule followed.
func (w *writer) differs(followed []string, ds []knowledge.Differs) {
	if len(ds) == 0 || len(followed) == 0 {
		return
	}
	main, _ := w.kb.Source(followed[0])
	for _, d := range ds {
		other, _ := w.kb.Source(d.Source)
		note := w.t("differs", main.Publisher+" ("+w.sourceDate(main)+")", other.Publisher+" ("+w.sourceDate(other)+")", "« "+w.text(d.Says)+" »")
		w.r.Notes = append(w.r.Notes, note)
		w.sources(d.Source)
	}
}

// cite names sources briefly, publisher and date, and adds them to the reply's sources.
func (w *writer) cite(ids []string) string {
	parts := make([]string, 0, len(ids))
	for _, id := range ids {
		if s, ok := w.kb.Source(id); ok {
			parts = append(parts, s.Publisher+", "+w.sourceDate(s))
		}
	}
	w.sources(ids...)
	return strings.Join(parts, " ; ")
}

func (w *writer) sourceDate(s knowledge.Source) string {
	if s.Published != nil {
		if s.Published.MonthOnly {
			return w.t("source_published", w.month(s.Published.Time))
		}
		return w.t("source_published", w.date(s.Published.Time))
	}
	return w.t("source_undated", w.date(s.Checked.Time))
}

// month writes a month in the reply's language: "septembre 2024".
func (w *writer) month(t time.Time) string {
	return monthNames[w.lang][t.Month()] + " " + t.Format("2006")
}

// date writes a day in the reply's language.
func (w *writer) date(t time.Time) string {
	if w.lang == knowledge.EN {
		return t.Format("2 January 2006")
	}
	return t.Format("02/01/2006")
}

func (w *writer) done(k Kind) Reply {
	w.r.Kind = k
	if w.fallback && !w.noted {
		w.noted = true
		if note := messages[w.lang]["french_only"]; note != "" {
			w.r.Blocks = append(w.r.Blocks, Block{Kind: Paragraph, Text: note})
		}
	}
	w.r.Notes = dedupe(w.r.Notes)
	// Two checks that reach the same verdict write it once ("Oui." twice in a row says nothing more).
	w.r.Blocks = slices.CompactFunc(w.r.Blocks, func(a, b Block) bool {
		return a.Kind == Paragraph && b.Kind == Paragraph && a.Text == b.Text && len(a.Items) == 0 && len(b.Items) == 0
	})
	return w.r
}

// merge adds what another writer wrote: its blocks, facts, entries, notes and sources.
func (w *writer) merge(o *writer) {
	w.r.Blocks = append(w.r.Blocks, o.r.Blocks...)
	w.r.Options = append(w.r.Options, o.r.Options...)
	w.mergeEvidence(o)
}

// mergeEvidence adds another writer's facts, entries, notes and sources, not its text.
func (w *writer) mergeEvidence(o *writer) {
	w.r.Facts = append(w.r.Facts, o.r.Facts...)
	for _, e := range o.r.Entries {
		w.entry(e)
	}
	w.r.Notes = append(w.r.Notes, o.r.Notes...)
	for _, s := range o.r.Sources {
		w.sources(s.ID)
	}
	w.fallback = w.fallback || o.fallback
}

func (w *writer) option(label, value string) {
	if value == "" {
		value = label
	}
	w.r.Options = append(w.r.Options, Option{Label: label, Value: value})
}

func dedupe(in []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, s := range in {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

// PlainText renders a reply as the text a terminal or an SMS-like channel shows: paragraphs,
// lists with bullets, the staff details under their titles, the notes on disagreeing sources, the
// quick replies, then the sources with their dates. It is also the version staff hand to a
// citizen, so it holds nothing a citizen should not read.
func PlainText(r Reply) string {
	var b strings.Builder
	b.Grow(2048)
	writeBlocks(&b, r.Blocks)
	for _, s := range r.Details {
		b.WriteString("\n")
		b.WriteString(strings.ToUpper(s.Title))
		b.WriteString("\n")
		writeBlocks(&b, s.Blocks)
	}
	for _, n := range r.Notes {
		b.WriteString("\n")
		b.WriteString(n)
		b.WriteString("\n")
	}
	if len(r.Options) > 0 {
		b.WriteString("\n")
		for i, o := range r.Options {
			fmt.Fprintf(&b, "  [%d] %s\n", i+1, o.Label)
		}
	}
	if len(r.Sources) > 0 {
		b.WriteString("\n")
		b.WriteString(SourcesTitle(r.Lang))
		b.WriteString("\n")
		for _, s := range r.Sources {
			b.WriteString("  - ")
			b.WriteString(SourceLine(r.Lang, s))
			b.WriteString("\n")
		}
	}
	return strings.TrimRight(b.String(), "\n")
}

// SourcesTitle is the heading of the sources in lang.
func SourcesTitle(lang knowledge.Lang) string {
	w := writer{lang: pickLang(lang)}
	return w.t("sources")
}

// SourceLine names a source with its URL and dates, in lang, the way every answer cites it.
func SourceLine(lang knowledge.Lang, s knowledge.Source) string {
	w := writer{lang: pickLang(lang)}
	line := s.Label()
	if s.URL != "" {
		line += ", " + s.URL
	}
	return line + " (" + w.sourceDate(s) + ")"
}

func writeBlocks(b *strings.Builder, blocks []Block) {
	for i, bl := range blocks {
		if i > 0 {
			b.WriteString("\n")
		}
		if bl.Text != "" {
			b.WriteString(bl.Text)
			b.WriteString("\n")
		}
		for _, it := range bl.Items {
			b.WriteString("  • ")
			b.WriteString(it)
			b.WriteString("\n")
		}
	}
}

// MaxShownSources is how many sources a citizen is shown with an answer, national ones first;
// networks keep the others one step away, so that the sources do not drown the answer.
const MaxShownSources = 3

// ShownSources orders a reply's sources national first (keeping the answer's order otherwise) and
// returns the MaxShownSources shown to a citizen and how many are left out.
func ShownSources(srcs []knowledge.Source) ([]knowledge.Source, int) {
	ordered := slices.Clone(srcs)
	slices.SortStableFunc(ordered, func(a, b knowledge.Source) int {
		return cmp.Compare(scopeRank(a.Scope), scopeRank(b.Scope))
	})
	if len(ordered) <= MaxShownSources {
		return ordered, 0
	}
	return ordered[:MaxShownSources], len(ordered) - MaxShownSources
}

// scopeRank orders sources: national, then local, then the press.
func scopeRank(scope string) int {
	switch scope {
	case "national":
		return 0
	case "local":
		return 1
	}
	return 2
}

// months writes a number of months, with the years it makes when whole ("12 mois (un an)"):
// a law's "un an" and a page's "12 mois" are the same delay, and people ask it either way.
func (w *writer) months(n int) string {
	switch {
	case n == 12:
		return w.t("months_one_year", strconv.Itoa(n))
	case n > 0 && n%12 == 0:
		return w.t("months_years", strconv.Itoa(n), strconv.Itoa(n/12))
	}
	return w.t("months", strconv.Itoa(n))
}

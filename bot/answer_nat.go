package bot

// The routes to French nationality: which routes a situation opens, with their conditions, the
// language level and the fee.

import (
	"strconv"

	"github.com/guichet/guichet/bot/nlu"
	"github.com/guichet/guichet/knowledge"
	"github.com/guichet/guichet/knowledge/rules"
)

func (b *Bot) nationality(w *writer, st *State, p nlu.Parse) (Reply, string) {
	s := st.Slots
	switch st.Intent {
	case nlu.Language:
		if f, ok := b.kb.Fact("nat.language"); ok && p.Level != "" && f.Level != "" {
			w.para(yesNo(w, knowledge.CEFRRank(p.Level) >= knowledge.CEFRRank(f.Level)))
			w.fact("level_enough", strconv.FormatBool(knowledge.CEFRRank(p.Level) >= knowledge.CEFRRank(f.Level)), f.Sources...)
		}
		w.kbFact("nat.language")
		return w.done(Answer), ""
	case nlu.Fee:
		b.leadVerdict(w, p, "nat.fee")
		w.kbFact("nat.fee")
		return w.done(Answer), ""
	case nlu.What:
		if len(s.Situations) == 0 {
			w.kbFact("nat.overview")
			return w.done(Answer), ""
		}
	}
	prof := rules.Profile{Situations: s.Situations, Abroad: s.Abroad, Years: s.Years}
	if len(prof.Situations) == 0 && s.Abroad != nil && *s.Abroad {
		for _, r := range b.kb.Nationality.Routes {
			if r.Abroad != nil && *r.Abroad {
				prof.Situations = append(prof.Situations, r.Triggers...)
			}
		}
	}
	if len(prof.Situations) == 0 {
		w.kbFact("nat.overview")
		w.option(w.t("opt_married"), "marié à un Français")
		w.option(w.t("opt_born_fr"), "né en France de parents étrangers")
		w.option(w.t("opt_resident"), "je vis en France")
		w.option(w.t("opt_lost"), "j'ai perdu la nationalité française")
		w.option(w.t("opt_abroad"), "je vis à l'étranger")
		return ask(w, askSituation, w.t("ask_situation"))
	}
	routes := rules.NationalityRoutes(b.kb, prof)
	if len(routes) == 0 {
		w.para(w.t("route_none"))
		w.kbFact("nat.overview")
		w.kbFact("nat.other")
		return w.done(Answer), ""
	}
	intro := "routes_intro"
	if len(routes) > 1 {
		intro = "routes_intro_n"
	}
	w.para(w.t(intro))
	for _, m := range routes {
		items := make([]string, len(m.Route.Conditions))
		for i, c := range m.Route.Conditions {
			items[i] = w.text(c)
		}
		w.list(w.text(m.Route.Name)+" :", items)
		if a := w.text(m.Route.Authority); a != "" {
			w.para(w.t("route_authority", a))
		}
		if m.ShortBy > 0 {
			w.para(w.t("route_short", strconv.Itoa(m.ShortBy)))
		}
		w.fact("route", m.Route.ID, m.Route.Sources...)
		w.entry("route:" + m.Route.ID)
		w.sources(m.Route.Sources...)
	}
	w.kbFact("nat.language")
	return w.done(Answer), ""
}

func blockTexts(bs []Block) []string {
	out := make([]string, 0, len(bs))
	for _, bl := range bs {
		out = append(out, bl.Text)
	}
	return out
}

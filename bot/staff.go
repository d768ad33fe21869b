package bot

import (
	"slices"
	"time"

	"github.com/guichet/guichet/knowledge"
	"github.com/guichet/guichet/knowledge/rules"
)

// staffDetails completes an identity-card answer for town-hall staff with what the counter needs
// for the situation: the key facts first (the fee, how long the new card will be valid, who must
// come, what was assumed), then the checklist and the rules applied, each from the rule functions,
// with their sources added to the reply's. Parts the answer already gave are not repeated; parts
// that depend on an unknown fact are left out (the answer or a later question settles them).
func (b *Bot) staffDetails(w *writer, st State, r Reply, now time.Time) Reply {
	if r.Kind != Answer || st.Topic != knowledge.TopicCNI || st.Slots.Application == "" {
		return r
	}
	has := map[string]bool{}
	for _, f := range r.Facts {
		has[f.Name] = true
	}
	answer := w.r.Blocks
	var sections []Section
	section := func(title string, reasoning bool, build func()) {
		w.r.Blocks = nil
		build()
		if len(w.r.Blocks) > 0 {
			sections = append(sections, Section{Title: title, Blocks: w.r.Blocks, Reasoning: reasoning})
		}
	}
	s := st.Slots
	sit := b.situation(s)
	fee, err := rules.CNIFee(b.kb, s.Application, s.CardFormat, s.Region)
	if !has["fee"] && err == nil {
		section(w.t("staff_fee"), false, func() { b.feeLine(w, fee, s.Region) })
	}
	holder := sit.Holder
	var v rules.Validity
	if holder != "" {
		var miss rules.Missing
		v, miss = rules.CNIValidity(b.kb, rules.Card{Issued: now, Holder: holder, Format: knowledge.NewFormat}, now)
		if len(miss) > 0 || v.Rule == nil {
			holder = ""
		}
	}
	if !has["valid_until"] && holder != "" {
		section(w.t("staff_validity"), false, func() {
			w.para(w.t("staff_validity_until", w.date(v.End)))
			w.fact("new_card_valid_until", v.End.Format(time.DateOnly), v.Rule.Sources...)
			w.entry(v.Rule.ID)
		})
	}
	if f, ok := b.kb.Fact("cni.presence"); ok && sit.Holder != "" && !slices.Contains(r.Entries, f.ID) {
		section(w.t("staff_presence"), false, func() {
			var items []string
			for _, it := range f.Items {
				if slices.Contains(it.Holders, sit.Holder) {
					items = append(items, w.text(it.Text))
				}
			}
			if len(items) > 0 {
				w.list("", items)
				w.entry(f.ID)
				w.sources(f.Sources...)
			}
		})
	}
	if st.HolderAssumed && sit.Holder == knowledge.Adult {
		section(w.t("staff_assumed"), false, func() { w.para(w.t("staff_assumed_adult")) })
		sections[len(sections)-1].CounterOnly = true
	}
	if !has["checklist"] {
		section(w.t("staff_checklist"), false, func() {
			if cl := rules.CNIChecklist(b.kb, sit); len(cl.Missing) == 0 {
				b.checklistList(w, s, cl)
				w.kbFact("cni.originals")
			} else {
				w.para(w.t("staff_checklist_needs_holder"))
			}
		})
	}
	section(w.t("staff_rules"), true, func() {
		var items []string
		if err == nil {
			amount := fee.Amount.String()
			if fee.Amount.IsFree() {
				amount = w.t("staff_free")
			}
			items = append(items, w.t("staff_rule_fee", amount, w.text(fee.Rule.Reason), w.cite(fee.Rule.Sources[:1])))
		}
		if holder != "" {
			items = append(items, w.t("staff_rule", capitalize(w.text(v.Rule.Explain)), w.cite(v.Rule.Sources[:1])))
		}
		w.list("", items)
	})
	w.r.Blocks = answer
	r.Details = sections
	r.Sources, r.Facts, r.Entries, r.Notes = w.r.Sources, w.r.Facts, w.r.Entries, dedupe(w.r.Notes)
	return r
}

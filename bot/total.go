package bot

// A price asked for several requests at once ("on est trois adultes à Ixelles, ça fera combien en
// tout ?", "pour refaire les 4 cartes, ça coûte combien au total ?"): the one fee the answer
// states, times the number of requests told, computed by the rules.

import (
	"slices"
	"strings"

	"github.com/guichet/guichet/bot/nlu"
	"github.com/guichet/guichet/knowledge"
	"github.com/guichet/guichet/knowledge/rules"
)

// withTotal puts, before a price answer for several requests, their total: when the answer states
// one fee (the identity card's stamp, the asker's commune's key), that fee times their number. A
// yes/no question that claims an amount for them all ("c'est 25 € pour les deux ?") opens with
// whether it is that total. An answer with several fees, or a free one, or requests of several
// kinds, is left as it is.
func (b *Bot) withTotal(w *writer, st *State, p nlu.Parse, r Reply) Reply {
	if r.Kind != Answer || p.Requests < 2 || len(distinctApplications(p.Applications)) >= 2 {
		// ("la mienne est périmée, ma femme a perdu la sienne, combien pour nous deux ?": each
		// request its own fee, and how many of each the words do not always say.)
		return r
	}
	unit, sources, ok := unitFee(r, st.Slots.Commune)
	if !ok || unit.IsFree() {
		return r
	}
	total := rules.Total(unit, p.Requests)
	claimed := asksYesNo(p) && p.Amount != nil
	if claimed && len(r.Blocks) > 0 && isVerdict(w, r.Blocks[0].Text) {
		// The answer's verdict weighed the amount against one request's fee, and "c'est 25 €
		// pour les deux ?" is not 25 € each: its verdict gives way to the total's. One in words
		// of its own ("Oui, si…") is left whole, without a total that could contradict it.
		var ok bool
		if r.Blocks, ok = blocksWithoutVerdict(w, r.Blocks); !ok {
			return r
		}
	}
	lead := newWriter(b.kb, w.lang)
	if claimed {
		lead.para(yesNo(lead, *p.Amount == total))
	}
	lead.fact("total", total.String(), sources...)
	lead.para(lead.t("fee_total", p.Requests, p.Requests, unit.String(), total.String()))
	return w.before(r, lead)
}

// blocksWithoutVerdict returns blocks without the verdict that opens them ("Oui.", the "Non." of
// "Non. À Ixelles, pour vous : 5 €.", the "Oui," of "Oui, la carte…"), and false when their
// verdict is in words of its own ("Oui : il faut…").
func blocksWithoutVerdict(w *writer, blocks []Block) ([]Block, bool) {
	first := blocks[0].Text
	out := slices.Clone(blocks)
	for _, v := range []string{w.t("yes"), w.t("no")} {
		if first == v {
			return out[1:], true
		}
		if rest, ok := strings.CutPrefix(first, v+" "); ok {
			out[0].Text = rest
			return out, true
		}
	}
	if rest := withoutVerdict(w, first); rest != first {
		out[0].Text = rest
		return out, true
	}
	return blocks, false
}

// unitFee is the one fee an answer states: its fee facts, when they all say the same amount, or
// else the price of the asker's own commune among the offices it lists.
func unitFee(r Reply, commune string) (knowledge.Money, []string, bool) {
	var unit knowledge.Money
	var sources []string
	found := false
	for _, f := range r.Facts {
		value := f.Value
		switch f.Name {
		case "fee":
		case "key_option":
			c, price, ok := strings.Cut(value, "=")
			if !ok || commune == "" || c != commune {
				continue
			}
			value = price
		default:
			continue
		}
		m, err := knowledge.ParseMoney(strings.TrimSpace(strings.TrimSuffix(value, "€")))
		if err != nil || found && m != unit {
			return 0, nil, false
		}
		unit, sources, found = m, f.Sources, true
	}
	return unit, sources, found
}

package bot

// The yes or no of the identity card's yes/no questions, computed from the rules and the typed
// data of the knowledge base (an age against a threshold, a document against the accepted and
// refused lists), never from a word of the question.

import (
	"cmp"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/guichet/guichet/bot/nlu"
	"github.com/guichet/guichet/knowledge"
	"github.com/guichet/guichet/knowledge/rules"
)

// ageVerdict answers "my photo of 8 months, is it still good?" from the fact's MaxAgeMonths: the
// thing must be strictly younger. what names the thing in the messages ("photo", "proof").
func (b *Bot) ageVerdict(w *writer, p nlu.Parse, factID, what string) bool {
	f, ok := b.kb.Fact(factID)
	if ok && b.limitVerdict(w, p, f.MaxAgeMonths, f.Sources) {
		w.entry(f.ID)
		return true
	}
	if ok && f.MaxAgeMonths > 0 && p.Slots.AgeMonths == nil && p.Slots.AgeMonthsAtLeast != nil && *p.Slots.AgeMonthsAtLeast >= f.MaxAgeMonths {
		// "des photos faites l'an dernier": too old whatever the month; a year alone cannot say
		// a document is recent enough.
		w.para(w.t(verdictKey(what+"_age_no_atleast", b.asksTooOld(p)), strconv.Itoa(f.MaxAgeMonths), strconv.Itoa(*p.Slots.AgeMonthsAtLeast)))
		w.fact(what+"_age_ok", "false", f.Sources...)
		w.entry(f.ID)
		return true
	}
	if !ok || f.MaxAgeMonths == 0 || p.Slots.AgeMonths == nil {
		return false
	}
	age, limit := *p.Slots.AgeMonths, f.MaxAgeMonths
	ok = age < limit
	key := what + "_age_no"
	if ok {
		key = what + "_age_yes"
	}
	if age == 0 && ok {
		// "des photos faites hier": less than a month, not "0 months".
		w.para(w.t(verdictKey(what+"_age_new", b.asksTooOld(p)), strconv.Itoa(limit)))
	} else {
		w.para(w.t(verdictKey(key, b.asksTooOld(p)), strconv.Itoa(limit), strconv.Itoa(age)))
	}
	w.fact(what+"_age_ok", strconv.FormatBool(ok), f.Sources...)
	w.entry(f.ID)
	return true
}

// limitVerdict answers a limit a yes/no question claims for a document's age ("la photo doit
// avoir moins d'un an ?") against the knowledge base's: yes when they are the same. It reports
// whether it wrote a verdict.
func (b *Bot) limitVerdict(w *writer, p nlu.Parse, limit int, sources []string) bool {
	if p.LimitMonths == nil || limit == 0 || p.Form != nlu.FormYesNo {
		return false
	}
	same := *p.LimitMonths == limit
	w.para(w.t("limit_"+strconv.FormatBool(same), strconv.Itoa(limit)))
	w.fact("age_limit_months", strconv.Itoa(limit), sources...)
	return true
}

// fingerprintsVerdict answers "will they take my son's fingerprints? he is 11" from the age the
// knowledge base gives; without an age, a child's question gets the threshold as the condition.
func (b *Bot) fingerprintsVerdict(w *writer, s nlu.Slots, p nlu.Parse) {
	if p.Form != nlu.FormYesNo && p.Slots.Age == nil {
		return
	}
	min := b.kb.CNI.FingerprintAge
	f := b.kb.MustFact("cni.fingerprints")
	switch {
	case s.Age != nil && *s.Age >= min:
		// "je peux refuser qu'on prenne mes empreintes ? j'ai 40 ans": the other way round.
		w.para(w.t(verdictKey("fingerprints_yes", b.hasCue(cmp.Or(p.Ask, p.Norm), knowledge.CueRefuse)), strconv.Itoa(*s.Age), strconv.Itoa(min)))
		w.fact("fingerprints", "true", f.Sources...)
	case s.Age != nil && *s.Age == 0:
		w.para(w.t("fingerprints_baby_no", strconv.Itoa(min))) // "le bébé (4 mois)"
		w.fact("fingerprints", "false", f.Sources...)
	case s.Age != nil:
		w.para(w.t("fingerprints_no", strconv.Itoa(*s.Age), strconv.Itoa(min)))
		w.fact("fingerprints", "false", f.Sources...)
	case s.Holder == knowledge.Minor:
		w.para(w.t("fingerprints_depends", strconv.Itoa(min)))
	case s.Holder == knowledge.Adult:
		// "je ne veux pas qu'on prenne mes empreintes, je peux quand même avoir ma carte ?": no.
		w.para(yesNo(w, !b.hasCue(cmp.Or(p.Ask, p.Norm), knowledge.CueRefuse) && !b.hasCue(p.Norm, knowledge.CueRefuse)))
		w.fact("fingerprints", "true", f.Sources...)
	}
}

// namesOtherParent reports whether a message speaks of a child's other parent ("son père", "mon
// ex", "la maman"): a parent who comes "seul" is then alone without them; otherwise, without the
// child ("je peux venir seul avec ses papiers ?").
func (b *Bot) namesOtherParent(norm string) bool {
	return b.hasCue(norm, knowledge.CueOtherParent) || b.hasCue(norm, knowledge.CueParentAsked) ||
		b.hasCue(norm, knowledge.CueParentMale) || b.hasCue(norm, knowledge.CueParentFemale)
}

// presenceVerdict answers "can my husband apply for me?" (no: one comes in person) and "must my
// baby come?" (yes: a minor of any age comes with the parent to apply).
func (b *Bot) presenceVerdict(w *writer, s nlu.Slots, p nlu.Parse) {
	if !asksYesNo(p) {
		return
	}
	f := b.kb.MustFact("cni.presence")
	// "il doit venir avec moi ou je peux m'en occuper seule ?": of two choices, the first is asked.
	first := p
	first.Norm = firstChoice(upToQuestion(p.Norm))
	switch {
	case b.nonParentActs(p, s):
		// "une grand-mère se présente avec sa petite-fille, je peux enregistrer la demande avec
		// elle ?": no, a parent applies and comes (the cni.minor fact).
		w.para(w.t("no"))
		w.kbFact("cni.minor")
	case b.situation(s).Holder == knowledge.Minor && containsWord(first.Norm, "c est moi qui", "moi qui fais", "moi qui dois", "moi qui fait"):
		// "c'est moi qui fais la demande à sa place ?": yes; who applies for a minor, and that the
		// child comes too, is the cni.minor fact the answer gives.
		w.para(w.t("yes"))
		w.fact("in_person", "true", f.Sources...)
	case b.situation(s).Holder == knowledge.Minor && (b.hasCue(questionSentence(first.Norm), knowledge.CueOtherParent) || p.Ask != "" && b.hasCue(questionSentence(p.Ask), knowledge.CueParentAsked)) && !b.asksWithout(first.Norm):
		// "et son père doit venir au rendez-vous lui aussi ?", "…Est-ce que le père doit être
		// présent ?": the child comes with the parent who applies (the cni.presence fact), not
		// with both. (In "la maman vient récupérer la carte de son fils… Il doit être là lui
		// aussi ?", the parent is the story's; the question asks about the child.)
		w.para(w.t("no"))
		w.fact("other_parent_in_person", "false", f.Sources...)
	case b.situation(s).Holder == knowledge.Minor && (b.hasCue(p.Norm, knowledge.CuePickup) || b.hasCue(p.Ask, knowledge.CuePickup)) && (!b.alone(first) || b.parentAlone(first.Norm)) && (!p.Proxy || b.parentWithout(p, first)):
		// "pour aller la récupérer, elle doit venir avec moi ?": a minor comes to collect the
		// card only above an age; "un père vient la retirer sans elle, on peut la lui remettre ?"
		// asks it the other way round.
		min := b.kb.CNI.PickupPresenceAge
		// (Someone "à ma place" is not the parent it is handed to; "le fils n'est pas venu" asks
		// without him.)
		// "je peux aller la récupérer seule ?": the parent without the child.
		inv := (b.asksWithout(first.Norm) || p.HolderAway || b.parentAlone(first.Norm)) && (!p.Proxy || b.parentWithout(p, first))
		if cs := clauses(cmp.Or(p.Ask, p.Norm)); inv && len(cs) > 1 && b.hasCue(cs[len(cs)-1], knowledge.CueObliged) && !b.asksWithout(cs[len(cs)-1]) {
			// "une maman vient la retirer sans lui, le gamin doit être là ?": the without is the
			// story's; the question asks whether the child must come.
			inv = false
		}
		if ask := questionSentence(cmp.Or(p.Ask, p.Norm)); inv && p.HolderAway && b.hasCue(ask, knowledge.CueObliged) && !b.asksWithout(ask) && !b.hasCue(ask, knowledge.CueHolderAway) {
			// "ma fille de 15 ans doit être présente quand on va la chercher ? Elle a cours toute
			// la semaine.": the absence is the story's; the question asks whether she must come.
			inv = false
		}
		switch {
		case s.Age == nil:
			w.para(w.t("presence_pickup_minor_depends", strconv.Itoa(min)))
		case *s.Age >= min:
			w.para(w.t(verdictKey("presence_pickup_minor_yes", inv), strconv.Itoa(min)))
			w.fact("in_person", "true", f.Sources...)
		default:
			w.para(w.t(verdictKey("presence_pickup_minor_no", inv), strconv.Itoa(min)))
			w.fact("in_person", "false", f.Sources...)
		}
	case b.situation(s).Holder == knowledge.Minor && b.parentAlone(first.Norm) && !p.HolderAway && !b.nonParentActs(p, s) && (b.namesOtherParent(p.Norm) || b.bringsChild(p.Norm)):
		// "je peux faire seule la carte de notre fils, sans qu'il vienne ?": yes, one parent
		// applies and comes with the child (the cni.minor fact); "je dois exiger l'autorisation
		// de la mère ?": no.
		w.para(yesNo(w, b.oneParentEnough(first.Norm)))
		w.kbFact("cni.minor")
		w.fact("other_parent_in_person", "false", f.Sources...)
	case b.situation(s).Holder == knowledge.Minor && (p.Proxy || p.HolderAway || b.alone(first) || b.asksWithout(first.Norm) || b.withoutChild(first.Norm)):
		// "il peut y aller tout seul ?": a minor comes with the parent who applies. "Il est à
		// l'école toute la journée… Il doit vraiment venir avec moi ?" asks it the other way round.
		last := lastClause(first.Norm)
		// ("Mon mari pensait y aller seul… Le bébé doit vraiment être là ?": the child named in the
		// question is the one asked to come, whoever the story sends.)
		if (!p.Proxy || b.hasCue(last, knowledge.CueChildNamed)) && b.hasCue(last, knowledge.CueObliged) && !b.asksWithout(last) && !b.hasCue(last, knowledge.CueAlone) {
			w.para(w.t("presence_minor_yes"))
			w.fact("in_person", "true", f.Sources...)
			break
		}
		w.para(w.t("presence_proxy_minor_no"))
		w.fact("in_person", "true", f.Sources...)
	case b.situation(s).Holder == knowledge.Adult && s.Age != nil && b.alone(first) && !p.Proxy && !p.HolderAway:
		// "j'ai 18 ans, je peux faire ma carte tout seul, sans mes parents ?": an adult applies
		// and comes alone (the cni.presence fact).
		w.para(w.t("yes"))
		w.fact("in_person", "true", f.Sources...)
	case p.Proxy || p.HolderAway || b.asksWithout(first.Norm):
		w.para(w.t("presence_proxy_no"))
		w.fact("in_person", "true", f.Sources...)
	case b.hasCue(p.Norm, knowledge.CuePickup) && (b.hasCue(p.Norm, knowledge.CueElsewhere) || p.Continues() && b.hasCue(p.Norm, knowledge.CueGoBack) && b.hasCue(p.Norm, knowledge.CueFilingPlaceAgain)) && !b.hasCue(p.Norm, knowledge.CueOwnTown):
		// ("(je peux la déposer dans une autre ville ?) et pour la récupérer je devrai retourner
		// dans cette mairie-là ?": the town hall of the filing, named again.)
		// "déposée à Anzin, je peux la récupérer à la mairie de Valenciennes ?": no, the card is
		// collected where the application was made (the cni.presence fact the answer gives);
		// "…dans une autre ville, je dois retourner dans la même mairie pour la récupérer ?": yes.
		last := lastClause(first.Norm)
		w.para(yesNo(w, b.hasCue(last, knowledge.CueGoBack) && (b.hasCue(last, knowledge.CueSame) || b.hasCue(last, knowledge.CueFilingPlaceAgain))))
		w.fact("pickup_elsewhere", "false", f.Sources...)
	case b.situation(s).Holder != "" && (b.hasCue(first.Norm, knowledge.CueObliged) || b.hasCue(first.Norm, knowledge.CueMandatory) ||
		containsWord(first.Norm, "venir", "vienne", "present", "presente", "presence", "en personne", "se presenter", "se deplacer", "come", "in person", "komen")):
		// "je dois venir moi-même ?": yes; a question that asks no presence ("c'est par
		// personne ?", "je pourrai la récupérer à Lille ?") gets no verdict of it.
		w.para(w.t("presence_yes"))
		w.fact("in_person", "true", f.Sources...)
	}
}

// pickupVerdict answers "ma carte est prête depuis 2 mois, elle va être détruite ?" from how long
// a ready card is kept.
func (b *Bot) pickupVerdict(w *writer, s nlu.Slots, p nlu.Parse) {
	f := b.kb.MustFact("cni.pickup-deadline")
	tooLate := b.hasCue(p.Norm, knowledge.CueTooLate)
	// Of two choices, the first is asked ("je peux passer la chercher la semaine prochaine ou c'est
	// trop tard ?": whether one can, a yes when in time).
	first := firstChoice(questionSentence(p.Norm))
	leave := first != questionSentence(p.Norm) && b.hasCue(first, knowledge.CueAllowed) && !b.hasCue(first, knowledge.CueTooLate)
	if leave {
		tooLate = false
	}
	// ("elle va m'attendre ?" asks whether it is still kept then.)
	still := b.hasCue(p.Norm, knowledge.CueStill) || b.hasCue(p.Norm, knowledge.CueKeptForMe)
	if p.Form != nlu.FormYesNo || s.ReadyDays == nil || f.MaxAgeMonths == 0 || !tooLate && !leave && !still && p.LaterDays == 0 {
		return
	}
	// A month is counted as 30 days: a card ready for 13 weeks is past 3 months. Ready since a
	// month only, it may be past them or not, as the day decides.
	// The days still to come before the visit count too ("dans un mois, à mon retour").
	limit := 30*f.MaxAgeMonths - p.LaterDays
	if s.ReadyDaysMax != nil && *s.ReadyDays <= limit && *s.ReadyDaysMax > limit {
		w.para(w.t("pickup_depends", strconv.Itoa(f.MaxAgeMonths)))
		w.fact("card_kept", "depends", f.Sources...)
		return
	}
	late := *s.ReadyDays > limit
	key := "pickup_in_time"
	if late {
		key = "pickup_late"
	}
	w.para(w.t(verdictKey(key, tooLate), strconv.Itoa(f.MaxAgeMonths)))
	w.fact("card_kept", strconv.FormatBool(!late), f.Sources...)
}

// proofOfAddress answers questions on proofs of address: whether the document named is accepted
// (the lists of the knowledge base), whether it is recent enough, what a hosted person brings, then
// the lists themselves.
func (b *Bot) proofOfAddress(w *writer, s nlu.Slots, p nlu.Parse) {
	accepted := b.kb.MustFact("cni.proof-address.accepted")
	refused := b.kb.MustFact("cni.proof-address.refused")
	hostedAsked := s.Hosted != nil && *s.Hosted || p.Slots.Hosted != nil && *p.Slots.Hosted
	if asksYesNo(p) && hostedAsked && b.hasCue(p.Norm, knowledge.CueHostPiece) && b.hasCue(cmp.Or(p.Ask, p.Norm), knowledge.CueSuffices) && b.hasCue(p.Norm, knowledge.CueOnly) {
		// "elle apporte seulement une attestation d'hébergement signée par sa sœur, ça suffit ?":
		// no, a hosted person brings the host's pieces together.
		w.para(w.t("hosted_piece_not_alone"))
		w.kbFact("cni.hosted")
		return
	}
	if asksYesNo(p) && hostedAsked && b.hasCue(p.Norm, knowledge.CueHostPiece) {
		// "mon père m'héberge, il écrit lui-même une attestation, sur papier libre ?", "une copie de
		// SA carte d'identité ?": the host's letter, ID and proof are what a hosted person brings;
		// "c'est pas de la fraude de mettre leur adresse ?": no. One of them denied ("…mais pas
		// la pièce d'identité de l'hébergeant. Le dossier est complet ?"): no.
		w.para(b.allowedVerdict(w, p, !nlu.Denied(p.Norm, b.kb.Language.Cues[knowledge.CueHostPiece])))
		w.kbFact("cni.hosted")
		w.kbFact("cni.proof-address.accepted")
		return
	}
	// A document refused for the time being (cni.proof-address.suspended, absent once the
	// refusal ends) is looked for after the refused ones and before the accepted ones.
	suspended, _ := b.kb.Fact("cni.proof-address.suspended")
	item, isRefused := matchItem(refused, p.Norm), true
	var isSuspended bool
	if item == nil && suspended != nil {
		item = matchItem(suspended, p.Norm)
		isSuspended = item != nil
	}
	if item == nil {
		item, isRefused = matchItem(accepted, p.Norm), false
	}
	hosted := s.Hosted != nil && *s.Hosted
	inv := b.asksTooOld(p) // "c'est trop vieux ?": a yes refuses it
	switch {
	case item == nil && hostedAsked && p.Form == nlu.FormYesNo && (containsWord(p.Norm, "adresse", "address", "adres") || p.Has(nlu.Eligibility)):
		// "je vis chez mes parents, j'ai le droit de mettre leur adresse ?", "tout est à son nom,
		// je peux quand même faire ma carte ?": yes, with the host's letter, ID and proof of
		// address.
		w.para(b.allowedVerdict(w, p, true))
		hosted = true
	case item == nil && hosted && p.Form == nlu.FormYesNo && b.hasCue(cmp.Or(p.Ask, p.Norm), knowledge.CueSuffices) && b.hasCue(p.Norm, knowledge.CueOnly):
		// "il vit chez ses parents, il me tend juste une facture au nom de son père, ça suffit ?":
		// the host's proof goes with the letter and the host's ID.
		w.para(w.t("proof_host_not_alone"))
	case item == nil && b.limitVerdict(w, p, accepted.MaxAgeMonths, accepted.Sources):
		// "le justificatif doit avoir moins de 3 mois ?": the lists' limit.
	case item == nil && p.Slots.AgeMonths != nil && accepted.MaxAgeMonths > 0 && (p.Form == nlu.FormYesNo || p.Question):
		// "justificatif de domicile de 13 mois, on accepte ?": whatever the document, its age
		// against the lists' limit.
		ok := *p.Slots.AgeMonths < accepted.MaxAgeMonths
		w.para(w.t(verdictKey("doc_age_"+strconv.FormatBool(ok), inv), strconv.Itoa(accepted.MaxAgeMonths), strconv.Itoa(*p.Slots.AgeMonths)))
		w.fact("doc_age_ok", strconv.FormatBool(ok), accepted.Sources...)
	case isSuspended:
		w.para(w.t(verdictKey("proof_suspended", b.refusalAsked(p.Norm)))) // "ils vont le refuser ?": yes
		w.fact("proof_accepted", "false", suspended.Sources...)
		w.kbFact(suspended.ID)
	case item != nil && isRefused:
		w.para(w.t("proof_refused", w.text(item.Text)))
		w.fact("proof_accepted", "false", refused.Sources...)
	case item != nil && cmp.Or(p.Slots.AgeMonths, p.Slots.AgeMonthsAtLeast) != nil && *cmp.Or(p.Slots.AgeMonths, p.Slots.AgeMonthsAtLeast) >= accepted.MaxAgeMonths:
		// (A month without its day, "facture du 09/2025": at least so many full months.)
		w.para(w.t(verdictKey("proof_too_old", inv), w.text(item.Text), strconv.Itoa(accepted.MaxAgeMonths), strconv.Itoa(*cmp.Or(p.Slots.AgeMonths, p.Slots.AgeMonthsAtLeast))))
		w.fact("proof_accepted", "false", accepted.Sources...)
	case item != nil && inv:
		w.para(w.t("proof_accepted_inv", w.text(item.Text), strconv.Itoa(accepted.MaxAgeMonths)))
		w.fact("proof_accepted", "true", accepted.Sources...)
	case item != nil && hosted && b.hasCue(cmp.Or(p.Ask, p.Norm), knowledge.CueSuffices) && b.hasCue(p.Norm, knowledge.CueOnly):
		// "elle n'a que la facture EDF de son père, ça suffit ?": accepted, but not alone.
		w.para(w.t("proof_hosted_not_alone", w.text(item.Text)))
		w.fact("proof_accepted", "true", accepted.Sources...)
	case item != nil && hosted:
		w.para(w.t("proof_accepted_hosted", w.text(item.Text)))
		w.fact("proof_accepted", "true", accepted.Sources...)
	case item != nil:
		w.para(w.t("proof_accepted", w.text(item.Text), strconv.Itoa(accepted.MaxAgeMonths)))
		w.fact("proof_accepted", "true", accepted.Sources...)
	}
	if hosted {
		w.kbFact("cni.hosted")
	}
	if sit := b.situation(s); sit.Holder == knowledge.Minor || s.Parents != "" {
		// A child's proof of address: a parent's, and with separated parents or alternating
		// custody, what the checklist asks of each ("garde alternée, quel justificatif ?").
		sit.Holder, sit.Application = knowledge.Minor, knowledge.FirstApplication
		cl := rules.CNIChecklist(b.kb, sit)
		var address []rules.ChecklistItem
		for _, it := range cl.Items {
			switch it.Doc.ID {
			case "proof-address-minor", "other-parent-address", "alternating-proof":
				address = append(address, it)
			}
		}
		if items, _ := b.checklistItems(w, address, rules.Fee{}); len(items) > 0 {
			w.list(w.t("proof_minor_intro"), items)
		}
	}
	w.kbFact("cni.proof-address.accepted")
	if suspended != nil && !isSuspended {
		w.kbFact(suspended.ID)
	}
	w.kbFact("cni.proof-address.refused")
	if !hosted {
		w.kbFact("cni.hosted")
	}
	w.kbFact("cni.extra-proof")
}

// proofOfAddressItem reports whether the message names an item of the lists of proofs of address:
// accepted, refused, or refused for the time being.
func (b *Bot) proofOfAddressItem(norm string) bool {
	for _, id := range []string{"cni.proof-address.accepted", "cni.proof-address.suspended", "cni.proof-address.refused"} {
		if f, ok := b.kb.Fact(id); ok && matchItem(f, norm) != nil {
			return true
		}
	}
	return false
}

// itemText is a normalised text as items' match phrases are looked for in it: its words of
// letters and digits, one space apart, with a space at each end.
func itemText(norm string) string {
	return " " + strings.Join(strings.FieldsFunc(strings.ReplaceAll(norm, "'", " "), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9')
	}), " ") + " "
}

// matchItem returns the item of f that the message names by one of its match phrases, the longest
// phrase winning; nil when none.
func matchItem(f *knowledge.Fact, norm string) *knowledge.Item {
	text := itemText(norm)
	var best *knowledge.Item
	bestLen := 0
	for i := range f.Items {
		for _, m := range f.Items[i].Match {
			if len(m) > bestLen && strings.Contains(text, " "+m+" ") {
				best, bestLen = &f.Items[i], len(m)
			}
		}
	}
	return best
}

// untilClaimed answers whether a card told by its issue lasts until the year the message
// claims: the year of the anniversary its issue gives, for every day of the issue month or year
// told; false when that year is not settled or a fact it needs is missing.
func (b *Bot) untilClaimed(w *writer, s nlu.Slots, p nlu.Parse, now time.Time) bool {
	first, last, ok := p.Slots.IssueSpan()
	if p.Slots.IssueDate != "" {
		day := knowledge.MustDate(p.Slots.IssueDate).Time
		first, last, ok = day, day, true
	}
	if !ok {
		return false
	}
	holder := s.Holder
	if holder == "" && s.CardFormat == knowledge.NewFormat {
		holder = knowledge.Adult // the new format lasts as long for everyone
	}
	year := 0
	var rule rules.Validity
	for _, issued := range []time.Time{first, last} {
		v, missing := rules.CNIValidity(b.kb, rules.Card{Issued: issued, Holder: holder, Format: s.CardFormat}, now)
		if len(missing) > 0 {
			return false
		}
		y := v.End.AddDate(0, 0, 1).Year()
		if year != 0 && y != year {
			return false
		}
		year, rule = y, v
	}
	claimed := strconv.Itoa(p.Slots.PrintedYear)
	if year == p.Slots.PrintedYear {
		w.para(w.t("validity_until_yes", claimed))
	} else {
		w.para(w.t("validity_until_no", strconv.Itoa(year), claimed))
	}
	b.validityRule(w, rule)
	w.entry(rule.Rule.ID)
	w.sources(rule.Rule.Sources...)
	return true
}

// cardTold is a card a message tells with the year it was made and its holder's age then.
type cardTold struct{ year, age int }

// reCardYearAge finds a year and, further in the same sentence, an age ("faite en 2012, j'avais
// 30 ans", "en 2010 (elle en avait 55)").
var reCardYearAge = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`\b((?:19|20)\d\d)\b[^.?!;]{0,45}?\b(?:(\d{1,2}) ans|en avait (\d{1,2}))\b`)
})

// cardsTold are the cards a message tells, each with its year and its holder's age then.
func cardsTold(norm string) []cardTold {
	var out []cardTold
	for _, m := range reCardYearAge().FindAllStringSubmatch(norm, -1) {
		y, _ := strconv.Atoi(m[1])
		a, err := strconv.Atoi(cmp.Or(m[2], m[3]))
		if err == nil {
			out = append(out, cardTold{y, a})
		}
	}
	return out
}

// cardsCompared answers which of several cards told is still valid: each card's validity from
// its year and its holder's age that year.
func (b *Bot) cardsCompared(w *writer, s nlu.Slots, cards []cardTold, now time.Time) (Reply, string) {
	var items []string
	for _, c := range cards {
		holder := knowledge.Minor
		if c.age >= b.kb.CNI.AdultAge {
			holder = knowledge.Adult
		}
		var ends []rules.Validity
		for _, issued := range []time.Time{time.Date(c.year, time.January, 1, 0, 0, 0, 0, time.UTC), time.Date(c.year, time.December, 31, 0, 0, 0, 0, time.UTC)} {
			v, missing := rules.CNIValidity(b.kb, rules.Card{Issued: issued, Holder: holder, Format: s.CardFormat}, now)
			if len(missing) > 0 {
				return b.askApplication(w)
			}
			ends = append(ends, v)
		}
		key := "card_compared_depends"
		if ends[0].Valid == ends[1].Valid {
			key = "card_compared_" + strconv.FormatBool(ends[0].Valid)
		}
		items = append(items, w.t(key, strconv.Itoa(c.year), strconv.Itoa(c.age), strconv.Itoa(ends[0].End.AddDate(0, 0, 1).Year())))
		w.entry(ends[0].Rule.ID)
		w.sources(ends[0].Rule.Sources...)
	}
	w.list("", items)
	return w.done(Answer), ""
}

// distinctApplications are the kinds of request told, each once, in the order told.
func distinctApplications(apps []knowledge.Application) []knowledge.Application {
	var out []knowledge.Application
	for _, a := range apps {
		if a != "" && !slices.Contains(out, a) {
			out = append(out, a)
		}
	}
	return out
}

// cniFeeCompared answers whether requests of several kinds told in one message cost the same
// ("la mienne est périmée, elle a perdu la sienne, on paie pareil ?"): the verdict, then the fee
// of each kind. A question asked whether they differ ("le prix change selon le cas ?") has the
// opposite yes; one that is no yes/no question ("quelle est la différence de prix…") has none.
func (b *Bot) cniFeeCompared(w *writer, s nlu.Slots, kinds []knowledge.Application, yesNoAsked, differs bool) (Reply, string) {
	var items []string
	var payment *knowledge.Fact
	var first rules.Fee
	same := true
	for i, app := range kinds {
		fee, err := rules.CNIFee(b.kb, app, s.CardFormat, s.Region)
		if err != nil {
			return b.askApplication(w)
		}
		if i == 0 {
			first = fee
		} else if fee.Amount != first.Amount {
			same = false
		}
		items = append(items, feeItem(w, capitalize(w.t("app_"+string(app))), fee))
		if !fee.Amount.IsFree() {
			payment = fee.Payment
		}
	}
	if yesNoAsked {
		w.para(yesNo(w, same != differs))
	}
	w.list("", items)
	if payment != nil {
		w.kbFact(payment.ID)
	}
	return w.done(Answer), ""
}

// feeItem is the line that tells what the requests named who pay, and why, with the fee's
// sources.
func feeItem(w *writer, who string, fee rules.Fee) string {
	w.fact("fee", fee.Amount.String(), fee.Rule.Sources...)
	w.entry(fee.Rule.ID)
	if fee.Amount.IsFree() {
		return w.t("fee_group_free", who, w.text(fee.Rule.Reason))
	}
	return w.t("fee_group_paid", who, fee.Amount.String(), w.text(fee.Rule.Reason))
}

// cniFeeByApplication answers a fee question whose kind of request is unknown: when every kind
// costs the same, that amount; otherwise the amount of each group of kinds, so that "faut-il un
// timbre fiscal ?" gets "only after a loss or a theft" rather than a question back.
func (b *Bot) cniFeeByApplication(w *writer, s nlu.Slots, p nlu.Parse) (Reply, string) {
	type group struct {
		apps []string
		fee  rules.Fee
	}
	var groups []group
	for _, app := range []knowledge.Application{knowledge.FirstApplication, knowledge.Renewal, knowledge.Loss, knowledge.Theft} {
		fee, err := rules.CNIFee(b.kb, app, s.CardFormat, s.Region)
		if err != nil {
			return b.askApplication(w)
		}
		found := false
		for i := range groups {
			if groups[i].fee.Amount == fee.Amount && groups[i].fee.Rule.Payment == fee.Rule.Payment {
				groups[i].apps = append(groups[i].apps, w.t("app_"+string(app)))
				found = true
			}
		}
		if !found {
			groups = append(groups, group{apps: []string{w.t("app_" + string(app))}, fee: fee})
		}
	}
	if len(groups) > 3 {
		return b.askApplication(w)
	}
	var items []string
	var payment *knowledge.Fact
	for _, g := range groups {
		items = append(items, feeItem(w, capitalize(joinOr(w, g.apps)), g.fee))
		if !g.fee.Amount.IsFree() {
			payment = g.fee.Payment
		}
	}
	intro := w.t("fee_depends")
	if len(groups) == 1 {
		intro = ""
	} else if askedFree, asked := b.asksFree(nlu.Parse{Norm: cmp.Or(p.Ask, p.Norm), Lang: p.Lang}); asked && asksYesNo(p) && len(groups) == 2 && b.cardPriceAsked(p) {
		// "c'est gratuit la carte d'identité pour un enfant ?": the verdict of the usual
		// request, a first one or a renewal (the first group), and the requests that differ.
		intro = w.t(ternary(groups[0].fee.Amount.IsFree() == askedFree, "fee_yes_except", "fee_no_except"), lowerFirst(joinOr(w, groups[1].apps)))
	}
	w.list(intro, items)
	if payment != nil {
		w.kbFact(payment.ID)
		if s.Region == "" {
			w.kbFact("cni.fee.guyane")
		}
	}
	if len(groups) == 1 {
		return w.done(Answer), ""
	}
	// The kinds of request as quick replies, to narrow the answer to one.
	w.option(w.t("opt_first"), "première demande")
	w.option(w.t("opt_renewal"), "renouvellement")
	w.option(w.t("opt_loss"), "perte")
	w.option(w.t("opt_theft"), "vol")
	return w.done(Answer), askApplication
}

// cardPriceAsked reports whether a price question asks the card's own, not that of a paper of the
// request it names ("c'est payant cette pré-demande ?") nor how the stamp is paid; the tax stamp
// is the card's price.
func (b *Bot) cardPriceAsked(p nlu.Parse) bool {
	if b.answerOf("cni.payment", p) != nil {
		return false // "je peux payer le timbre en espèces au guichet ?": how the stamp is paid
	}
	d := b.matchDocument(cmp.Or(p.Ask, p.Norm))
	return d == nil || d.ID == "tax-stamp"
}

// joinOr writes "a, b ou c".
func joinOr(w *writer, items []string) string {
	if len(items) < 2 {
		return strings.Join(items, "")
	}
	return strings.Join(items[:len(items)-1], ", ") + " " + w.t("or") + " " + items[len(items)-1]
}

// document returns the checklist document of id, nil when the knowledge base has none.
func (b *Bot) document(id string) *knowledge.Document {
	for i := range b.kb.CNI.Documents {
		if b.kb.CNI.Documents[i].ID == id {
			return &b.kb.CNI.Documents[i]
		}
	}
	return nil
}

// matchDocument returns the document of the checklists a message names, by the longest of the
// documents' match phrases; nil when none.
func (b *Bot) matchDocument(norm string) *knowledge.Document {
	if d := b.matchDocument1(norm); d != nil {
		return d
	}
	if plain := b.unhedged(norm); plain != norm {
		return b.matchDocument1(plain) // "ma propre pièce d'identité" is "ma pièce d'identité"
	}
	return nil
}

func (b *Bot) matchDocument1(norm string) *knowledge.Document {
	text := " " + strings.Join(strings.FieldsFunc(strings.ReplaceAll(norm, "'", " "), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9')
	}), " ") + " "
	var best *knowledge.Document
	bestLen := 0
	for i := range b.kb.CNI.Documents {
		for _, m := range b.kb.CNI.Documents[i].Match {
			if len(m) > bestLen && strings.Contains(text, " "+m+" ") {
				best, bestLen = &b.kb.CNI.Documents[i], len(m)
			}
		}
	}
	return best
}

// onlyCondition is the condition in words under which the checklist asks for document id in a
// situation of its kind of request and holder, when one row alone says it ("si votre carte est
// périmée depuis plus de 5 ans et…"); "" otherwise.
func (b *Bot) onlyCondition(w *writer, id string, sit rules.Situation) string {
	cond := ""
	for _, row := range b.kb.CNI.Checklist {
		if row.Doc != id || len(row.When.Application) > 0 && !slices.Contains(row.When.Application, sit.Application) ||
			len(row.When.Holder) > 0 && !slices.Contains(row.When.Holder, sit.Holder) {
			continue
		}
		c := w.text(row.If)
		if c == "" || cond != "" && c != cond {
			return ""
		}
		cond = c
	}
	return cond
}

// documentVerdict answers whether a document is needed, from the checklist of the situation: yes,
// no, or the condition of its row; for each kind of request when the kind is unknown, grouped
// when they agree. A no to a document the question itself names (asked) says when it would be
// needed. It reports whether it wrote a verdict.
func (b *Bot) documentVerdict(w *writer, s nlu.Slots, doc *knowledge.Document, without, asked bool) bool {
	if w.opensWithVerdict() {
		// "ma carte est abîmée, la photo se décolle, je peux la refaire ?": the yes already
		// written answers; the photo told is the story's, not a second question.
		return false
	}
	apps := []knowledge.Application{s.Application}
	if s.Application == "" {
		apps = []knowledge.Application{knowledge.FirstApplication, knowledge.Renewal, knowledge.Loss, knowledge.Theft}
	}
	type answer struct {
		apps []string
		text string
	}
	var answers []answer
	for _, app := range apps {
		sit := b.situation(s)
		sit.Application = app
		if sit.Holder == "" {
			sit.Holder = knowledge.Adult
		}
		cl := rules.CNIChecklist(b.kb, sit)
		if len(cl.Missing) > 0 {
			return false
		}
		text := w.t(verdictKey("doc_no", without))
		if cond := b.onlyCondition(w, doc.ID, sit); cond != "" && !without && asked {
			// "périmée depuis 2 ans, il me faudra un acte de naissance ?": no, and when it would be.
			text = w.t("doc_no_only", cond)
		}
		for _, it := range cl.Items {
			if it.Doc.ID != doc.ID {
				continue
			}
			text = w.t(verdictKey("doc_yes", without), w.text(it.Doc.Label))
			if cond := w.text(it.If); cond != "" {
				text = w.t("doc_depends", cond)
			}
			w.sources(it.Sources...)
		}
		found := false
		for i := range answers {
			if answers[i].text == text {
				answers[i].apps = append(answers[i].apps, w.t("app_"+string(app)))
				found = true
			}
		}
		if !found {
			answers = append(answers, answer{apps: []string{w.t("app_" + string(app))}, text: text})
		}
	}
	w.entry("doc:" + doc.ID)
	if len(answers) == 1 {
		w.para(answers[0].text)
		return true
	}
	var items []string
	for _, a := range answers {
		items = append(items, w.t("doc_for", capitalize(joinOr(w, a.apps)), lowerFirst(strings.TrimSuffix(a.text, "."))))
	}
	w.list(w.t("doc_depends_request", w.text(doc.Label)), items)
	return true
}

// firstChoice returns the first of two choices a question offers ("elle doit venir ou je peux y
// aller seule ?": whether she must come), or norm when it offers none.
// upToQuestion is a message up to its first question mark: what follows it ("faut vraiment
// l'emmener ?? elle tient même pas sa tête toute seule") adds to the story, it asks nothing.
func upToQuestion(norm string) string {
	if i := strings.Index(norm, "?"); i > 0 {
		return norm[:i]
	}
	return norm
}

// asksTooOld reports whether a question on a document's age asks whether it is too old ("c'est
// trop vieux ?"), whose yes refuses it, rather than whether it is valid: a last clause that asks
// the validity ("on me dit qu'il est trop vieux alors que c'est faux, il a 2 mois, il est
// valable ?") asks that, whatever the claim told before it.
func (b *Bot) asksTooOld(p nlu.Parse) bool {
	if !b.hasCue(p.Norm, knowledge.CueTooOld) {
		return false
	}
	last := lastClause(questionSentence(p.Norm))
	return b.hasCue(last, knowledge.CueTooOld) || !b.hasCue(last, knowledge.CueValid) || startsWithWord(last, "ou", "or", "of")
}

// firstChoice is the first of the choices a question offers ("c'est autorisé ou c'est de la
// triche ?": "c'est autorisé"), or the whole question when it offers none.
func firstChoice(norm string) string {
	for _, or := range []string{" ou ", " or ", " of "} {
		// Dutch "of" is "or"; English "of" is not ("some kind of fraud", "a copy of my ID").
		if or == " of " && strings.Contains(norm, or) && containsWord(norm, "the", "my", "your", "i", "you", "it", "what", "some") {
			continue
		}
		if i := strings.Index(norm, or); i > 0 && i+len(or) < len(norm) {
			return norm[:i]
		}
	}
	return norm
}

// travelYearAfter reports whether a message names a year of travel after year, other than a
// date the card shows as its end ("valable jusqu'en 2034… en Espagne en 2032 ?": 2032; not
// "valable jusqu'au 3 mars 2034").
func (b *Bot) travelYearAfter(norm string, year int) bool {
	for _, m := range reYearNamed().FindAllStringSubmatch(norm, -1) {
		y, _ := strconv.Atoi(m[3])
		if y <= year || m[2] == "jusqu" || m[2] == "until" || m[2] == "au" {
			continue
		}
		if month := strings.Contains(datedMonths, " "+m[2]+" "); month && (m[1] == "au" || m[1] == "jusqu" || strings.Trim(m[1], "0123456789") == "") {
			continue // a day's date, "jusqu'au 3 mars 2034"
		}
		return true
	}
	return false
}

// datedMonths are the months, between spaces, as a date writes them before its year.
const datedMonths = " janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre january february march april may june july august september october november december "

// reYearNamed finds a year with the two words before it ("avec en 2032", "jusqu'en 2034", "3 mars
// 2034").
var reYearNamed = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`\b(?:(\w+) )?(\w+) (?:en |in )?(20\d\d)\b`) })

// agreementNeeded reports whether a change of a child's usage name asked about needs both
// parents' agreement: replacing a name, reversing the order ("mettre mon nom à la place du
// sien", "en premier"), or adding the other parent's name ("ajouter le nom du père"); a parent
// who adds their own name after the other's only informs the other parent.
func agreementNeeded(norm string) bool {
	if containsWord(norm, "remplacer", "remplace", "a la place du nom", "a la place de son nom", "a la place du sien", "a la place de celui", "a la place du pere",
		"a la place de la mere", "inverser", "inverse", "en premier", "en premiere position", "devant le sien", "devant celui", "substituer", "que mon nom",
		"seulement mon nom", "replace", "instead of his", "instead of her") {
		return true
	}
	// ("l'usagère veut ajouter le nom du père": the other parent's name, not her own.)
	return containsWord(norm, "ajouter le nom du pere", "ajouter le nom de son pere", "ajouter le nom de la mere", "ajouter le nom de sa mere", "ajouter le nom du papa",
		"ajouter le nom de la maman", "mettre le nom du pere", "mettre le nom de la mere", "mettre le nom du papa", "mettre le nom de la maman") && !containsWord(norm, "mon nom", "my name")
}

// consentGiven reports whether a question tells both parents agree rather than asks whether one
// must ("on peut mettre nos deux noms ? on est d'accord tous les deux"): a yes of the possible.
func consentGiven(norm string) bool {
	return containsWord(norm, "on est d accord", "nous sommes d accord", "on est tous les deux d accord", "on est d accord tous les deux", "we both agree", "we agree") &&
		!containsWord(norm, "doit", "faut", "must", "need")
}

// consentTold reports whether the story, apart from its question, says the other party has
// agreed ("Son père est d'accord. C'est possible ?"), undenied.
func (b *Bot) consentTold(p nlu.Parse) bool {
	q := questionSentence(p.Norm)
	i := strings.Index(p.Norm, q)
	if q == p.Norm || i <= 0 {
		return false
	}
	story := p.Norm[:i]
	return b.hasCue(story, knowledge.CueConsentTold) && !nlu.Denied(story, b.kb.Language.Cues[knowledge.CueConsentTold])
}

// parentWithout reports whether the asker, a minor's parent, asks to act without the child ("je
// peux la récupérer sans qu'elle soit là ?"): no one stands in for the parent, who is the one
// the card is handed to. ("Ma mère peut la récupérer à ma place ?" sends someone else.)
func (b *Bot) parentWithout(p nlu.Parse, first nlu.Parse) bool {
	return b.asksWithout(first.Norm) && !b.hasCue(p.Norm, knowledge.CueActInPlace) && b.hasCue(questionSentence(cmp.Or(p.Ask, p.Norm)), knowledge.CueSelfCan)
}

// placeAsked reports whether a question names a town for the request (named: "je peux la faire
// à Lille ?", "…à la mairie de Nouméa plutôt qu'au Mont-Dore ?") and whether that town differs
// from the one the message says the person lives in (other: "j'habite à Valenciennes… on peut
// prendre rendez-vous dans une mairie de Lille ?"). A town hall away from home is the question of
// where a request may be made, which any equipped town hall answers, not the home town's hours.
func (b *Bot) placeAsked(norm, asked string) (named, other bool) {
	return b.townsAsked(norm, asked, true)
}

// elsewhereAsked is placeAsked's other: whether the town a question names for the request
// differs from the one the person lives in, or is the one they work in. Most messages tell
// neither, and skip the reading.
func (b *Bot) elsewhereAsked(norm, asked string) bool {
	if !b.hasCue(norm, knowledge.CueLive) && !b.hasCue(norm, knowledge.CueWorkTold) {
		return false
	}
	_, other := b.townsAsked(norm, asked, false)
	return other
}

func (b *Bot) townsAsked(norm, asked string, wantNamed bool) (named, other bool) {
	home := ""
	if w := nlu.HomeTown(norm); w != "" && !b.hasCue(w, knowledge.CueNotTown) {
		home = w
	}
	work := ""
	if b.hasCue(norm, knowledge.CueWorkTold) {
		if m := reWorkTown().FindStringSubmatch(norm); m != nil && !b.hasCue(m[1], knowledge.CueNotTown) {
			work = m[1]
		}
	}
	if home == "" && work == "" && !wantNamed {
		return false, false
	}
	for _, m := range reAskedTown().FindAllStringSubmatch(asked, -1) {
		town := m[1]
		if b.hasCue(town, knowledge.CueNotTown) {
			continue
		}
		named = true
		// ("je travaille à Lyon… je peux la faire à Lyon ?": the town one works in is not home.)
		other = other || home != "" && town != home || home == "" && town == work
	}
	return named, other
}

// reWorkTown finds the town a message says someone works in ("je travaille à Lyon", "je bosse
// à Lille"): its first word, read only when the message tells of work (knowledge.CueWorkTold).
// A place with an article is a workplace ("je travaille à l'accueil de la mairie").
var reWorkTown = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`\b(?:travaille|travailles|travaillons|travaillent|bosse|bosses|bossons|work|works|werk|werkt)\s+(?:a|in)\s+([a-z]+)`)
})

// reAskedTown finds a town a question names for the request: "à Lille", "au Mont-Dore", "dans une
// mairie de Lille", "à la mairie de Nouméa". Its first word.
var reAskedTown = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`\b(?:a|au|aux|dans|in|mairie de|mairie d|mairie du|mairie des|town hall of|town hall in)\s+(?:(?:la|une|the|a)\s+(?:mairie|town hall)\s+(?:de|d|du|des|of|in)\s+)?(?:l\s+|la\s+|le\s+|les\s+)?([a-z]+)`)
})

package bot

// The routes to French nationality: which routes a situation opens, with their conditions, the
// language level and the fee.

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

// maxBareQuestion is the most words of a question that tells no story, only what it asks ("je
// veux devenir français, je fais comment ?").
const maxBareQuestion = 10

func (b *Bot) nationality(w *writer, st *State, p nlu.Parse, now time.Time) (Reply, string) {
	s := st.Slots
	// "je dois abandonner ma nationalité marocaine ?" names the other nationality by its country.
	otherNationality := b.hasCue(p.Norm, knowledge.CueDual) || b.hasCue(p.Norm, knowledge.CueNationalityWord) && b.hasCue(p.Norm, knowledge.CueForeignNationality)
	if asked := cmp.Or(p.Ask, p.Norm); b.hasCue(asked, knowledge.CueFrenchKeptAsked) && (otherNationality || b.hasCue(p.Norm, knowledge.CueForeignNationality)) && !b.hasCue(p.Norm, knowledge.CueRecover) {
		// "je suis devenu américain en 2010, est-ce que j'ai perdu ma nationalité française ?":
		// no, a French person loses it only by a declaration of their own.
		b.leadVerdict(w, p, "nat.keep-french")
		w.kbFact("nat.keep-french")
		return w.done(Answer), ""
	}
	if otherNationality && !slices.Contains(s.Situations, "lost-nationality") &&
		(b.hasCue(p.Norm, knowledge.CueRenounce) || b.hasCue(p.Norm, knowledge.CueKeep)) {
		// "si je suis naturalisé, je dois renoncer à ma nationalité algérienne ?": no; "je peux
		// garder ma nationalité ?": yes.
		if p.Form == nlu.FormYesNo {
			w.para(yesNo(w, !b.hasCue(p.Norm, knowledge.CueRenounce)))
		}
		w.kbFact("nat.dual")
		return w.done(Answer), ""
	}
	if r, ok := b.bornWhereRulesDiffer(w, p); ok {
		return r, ""
	}
	if r, ok := b.certificateAsked(w, st, p); ok {
		return r, ""
	}
	if b.hasCue(p.Norm, knowledge.CueNatRefused) && (!containsWord(p.Norm, "declaration", "declarer") || slices.Contains(p.Slots.Situations, "naturalisation")) {
		// "ma naturalisation a été refusée la semaine dernière, je peux faire quelque chose ?":
		// the appeal and its delays, not the route's conditions again. (A declaration refused
		// is contested elsewhere, which the knowledge base does not hold.)
		if asksYesNo(p) && !b.hasCue(p.Norm, knowledge.CueObliged) { // ("je dois tout recommencer ?" is not a yes)
			w.para(w.t("yes"))
		}
		w.kbFact("nat.refusal")
		return w.done(Answer), ""
	}
	if b.nationalityProofAsked(st, p) {
		// "…je suis devenu français automatiquement ? — et je dois faire une démarche pour le
		// prouver ?": how one proves it, the certificate of nationality; yes, asking for it.
		if p.Form == nlu.FormYesNo {
			b.leadVerdict(w, p, "nat.certificate") // (its price asked: "c'est payant ?", free)
		}
		w.kbFact("nat.certificate")
		return w.done(Answer), ""
	}
	// The stamp named, or the one the last answer priced, which a sequel names by a pronoun
	// ("il reste valable combien de temps ?"); "ça dure combien de temps ?" after a price asks the
	// procedure's delay, and "mon titre de séjour doit être valable ?" another paper's.
	stampAsk := askedSentence(p.Norm)
	refund := containsWord(stampAsk, "rembourser", "rembourse", "remboursement", "refund", "terugbetaald")
	validity := b.hasCue(stampAsk, knowledge.CueStill) || b.hasCue(stampAsk, knowledge.CueValid) || containsWord(stampAsk, "valable", "valide", "valid", "geldig")
	stampTold := containsWord(p.Norm, "timbre", "timbre fiscal", "tax stamp", "fiscale zegel") && (validity || refund || b.hasCue(stampAsk, knowledge.CueLasts)) ||
		(p.Continues() || !p.TopicNamed && !p.CardNamed) && (validity || refund) && b.stampPronoun(stampAsk) &&
			(b.citedLast(st, "nat.stamp") || b.citedLast(st, "nat.fee") || b.citedLast(st, "cni.stamp-validity"))
	if stampTold {
		// "acheté le timbre de 55 € en octobre 2025 pour la naturalisation, il est encore bon
		// ?", "(le timbre…) il reste valable combien de temps ?": an electronic stamp's 12 months
		// hold for every procedure, its refund too.
		if asksYesNo(p) && !refund {
			b.ageVerdict(w, p, "cni.stamp-validity", "stamp")
		} else if asksYesNo(p) && p.Slots.AgeMonths == nil && p.Slots.AgeMonthsAtLeast == nil {
			w.para(w.t("yes")) // an unused stamp is refunded, within the delay its fact states
		}
		w.kbFact("cni.stamp-validity")
		return w.done(Answer), ""
	}
	if asksYesNo(p) && b.permitAsked(lastClause(askedSentence(p.Norm))) && !b.hasCue(p.Norm, knowledge.CueEUNational) {
		// "il me faut un titre de séjour valide pour ça ?": yes, no route is open during an
		// irregular stay (a European or Swiss national needs no permit, which the routes say).
		w.para(w.t("yes"))
		w.kbFact("nat.irregular-stay")
		return w.done(Answer), ""
	}
	if b.natPaper(w, s, p) {
		return w.done(Answer), ""
	}
	if ask := askedSentence(p.Norm); p.Form == nlu.FormYesNo && containsWord(p.Norm, "naturalisation", "naturaliser", "declaration", "dossier", "mariage", "naturalization", "naturalisatie") &&
		(b.hasCue(ask, knowledge.CueObliged) || b.hasCue(ask, knowledge.CueMandatory) || b.hasCue(ask, knowledge.CueBring)) {
		// "il faut un acte de naissance pour la naturalisation ?": yes when the route's list
		// holds it, with that list.
		for _, id := range b.natDocumentFacts(s, p) {
			if it := matchItem(b.kb.MustFact(id), ask); it != nil {
				w.para(w.t("doc_yes", lowerFirst(w.text(it.Text))))
				w.kbFact(id)
				return w.done(Answer), ""
			}
		}
	}
	if ids := b.natDocumentsAsked(s, p); len(ids) > 0 {
		// "quels papiers il faut rassembler pour un dossier de naturalisation ?", "quels docs
		// pour la déclaration par mariage ?": the route's main documents; "ça coûte combien et il
		// faut quels papiers ?", its price first, as asked.
		if p.Has(nlu.Fee) && b.saysMoney(p) {
			w.kbFact("nat.fee")
		}
		for _, id := range ids {
			w.kbFact(id)
		}
		return w.done(Answer), ""
	}
	if convictions := b.kb.Language.Cues[knowledge.CueConviction]; b.hasCue(p.Norm, knowledge.CueConviction) && !containsWord(p.Norm, "extrait", "extract", "uittreksel") &&
		!nlu.Denied(p.Norm, convictions) && !b.hasCue(p.Norm, knowledge.CueCleanRecord) {
		// "condamné à 8 mois de prison ferme il y a 5 ans… ça m'empêche de faire la déclaration ?":
		// what bars any route, and what lifts it. (An extract of a criminal record is a paper of
		// the file, and "jamais condamnée" a condition met, not a conviction told.)
		w.kbFact("nat.conviction")
		return w.done(Answer), ""
	}
	if by, subject := b.procedureClaim(p.Norm, now); by != "" && asksYesNo(p) {
		// "la naturalisation, c'est une simple déclaration comme pour le mariage ?": no, a
		// decree; "on la récupère par une simple déclaration ?": it depends on how it was lost.
		form := func(by string) string { return w.t("by_" + by) }
		same := !slices.ContainsFunc(subject, func(r *knowledge.Route) bool { return r.By != by })
		differ := !slices.ContainsFunc(subject, func(r *knowledge.Route) bool { return r.By == by })
		switch {
		case same:
			w.para(w.t("nat_by_yes", w.text(subject[0].Name), form(by)))
		case differ && len(subject) == 1:
			w.para(w.t("nat_by_no", w.text(subject[0].Name), form(subject[0].By), form(by)))
		default:
			var each []string
			for _, r := range subject {
				each = append(each, w.t("nat_by_each", w.text(r.Name), form(r.By)))
			}
			w.para(w.t(ternary(differ, "nat_by_no_each", "nat_by_depends"), strings.Join(each, " ; ")))
		}
		for _, r := range subject {
			items := make([]string, len(r.Conditions))
			for i, c := range r.Conditions {
				items[i] = w.text(c)
			}
			w.list(w.t("heading", w.text(r.Name)), items)
			w.fact("route_by", r.ID+"="+r.By, r.Sources...)
			w.entry("route:" + r.ID)
		}
		return w.done(Answer), ""
	}
	if f, ask := b.kb.MustFact("nat.language"), askedSentence(p.Norm); b.hasCue(p.Norm, knowledge.CueLanguageTest) && (p.Slots.AgeMonths != nil || p.Slots.AgeMonthsAtLeast != nil) && asksYesNo(p) &&
		(b.hasCue(ask, knowledge.CueLanguageTest) || b.hasCue(ask, knowledge.CueStill) || b.hasCue(ask, knowledge.CueValid)) &&
		(p.Level == "" || knowledge.CEFRRank(p.Level) >= knowledge.CEFRRank(b.levelNeeded(f, p))) {
		// "j'ai passé le TCF il y a 3 ans, je peux encore utiliser l'attestation ?": a test's
		// certificate counts for 2 years, a diploma for good. (Not "arrivé en 2019… j'ai passé le
		// TCF l'an dernier. Je remplis la condition de durée ?", whose question is the residence's.)
		b.ageVerdict(w, p, "nat.language-test", "langtest")
		w.kbFact("nat.language-test")
		w.kbFact("nat.language")
		return w.done(Answer), ""
	}
	if slices.Contains(st.LastFacts, "collective=asked") && p.Continues() && p.Slots.Age != nil {
		// "et ma fille aînée qui a 19 ans ?" after the children who become French with the
		// parent: only a minor does.
		if *p.Slots.Age >= b.kb.CNI.AdultAge {
			w.para(w.t("nat_collective_adult", strconv.Itoa(*p.Slots.Age)))
		} else {
			w.para(w.t("yes"))
		}
		w.kbFact("nat.collective")
		w.fact("collective", "asked", b.kb.MustFact("nat.collective").Sources...)
		return w.done(Answer), ""
	}
	if ask := cmp.Or(p.Ask, p.Norm); b.hasCue(p.Norm, knowledge.CueOwnChild) && b.hasCue(ask, knowledge.CueFrenchWord) && b.hasCue(p.Norm, knowledge.CueAcquiresFrench) &&
		b.answerOf("nat.collective", p) != nil {
		// "si ma naturalisation est acceptée, mon fils de 10 ans qui vit avec moi devient-il
		// français en même temps ?": yes, a minor living with the parent, named in the decree.
		if asksYesNo(p) {
			w.para(w.t("yes"))
		}
		w.kbFact("nat.collective")
		w.fact("collective", "asked", b.kb.MustFact("nat.collective").Sources...)
		return w.done(Answer), ""
	}
	// ("Ben ik dan ook Frans? — Ja… — en mijn zoontje van 3, is hij ook Frans?": the parent
	// found French just before is the French parent.)
	frenchParent := b.hasCue(p.Norm, knowledge.CueFrenchParent) || b.citedLast(st, "nat.filiation") && b.hasCue(cmp.Or(p.Ask, p.Norm), knowledge.CueChildFrench)
	if ask := cmp.Or(p.Ask, p.Norm); frenchParent && b.hasCue(p.Norm, knowledge.CueOwnChild) && !b.hasCue(p.Norm, knowledge.CueOwnParent) &&
		b.hasCue(ask, knowledge.CueFrenchWord) && (!slices.Contains(p.Slots.Situations, "married") || b.hasCue(questionSentence(ask), knowledge.CueChildFrench)) && !b.hasCue(p.Norm, knowledge.CueDual) {
		// "je suis français, ma fille est née à Québec, sa mère est canadienne : elle est
		// française ?": yes, from birth, by filiation; it is proven by a certificate. (The
		// writer's own parent named, "mon père… moi sa fille je suis française", is the
		// parent's route. "ma femme est française… notre fille… elle est française ?" asks the
		// child's nationality, not the marriage's route.)
		if asksYesNo(p) {
			w.para(w.t("yes"))
		}
		w.kbFact("nat.filiation")
		w.kbFact("nat.certificate")
		return w.done(Answer), ""
	}
	if grand, ok := b.frenchByDescent(p); ok {
		// "ma mère est française, je suis né au Maroc, je suis français ?": yes, from birth, by
		// filiation, proven by a certificate; "mon grand-père était français, je peux l'être
		// par lui ?": only through a parent French by him, which the certificate settles.
		if asksYesNo(p) || b.procedureForSelf(cmp.Or(p.Ask, p.Norm)) {
			// ("…je me demandais si je dois faire une demande de naturalisation": no, French from
			// birth by the parent; told with no question mark, the verdict still opens.)
			w.para(w.t(ternary(grand, "nat_descent_grandparent", ternary(b.hasCue(cmp.Or(p.Ask, p.Norm), knowledge.CueSelfFrench), "yes", "no"))))
		}
		w.kbFact("nat.filiation")
		w.kbFact("nat.certificate")
		return w.done(Answer), ""
	}
	// ("Mon mari… est né à Paris… notre bébé est né à Lyon": the spouse is the child's parent.)
	ourChild := containsWord(p.Norm, "notre bebe", "notre fils", "notre fille", "notre enfant", "nos enfants", "mon bebe", "mon fils", "ma fille", "mon enfant",
		"our baby", "our son", "our daughter", "our child", "my baby", "my son", "my daughter")
	var parentHere, ownHere bool
	if slices.Contains(p.Slots.Situations, "born-in-france") {
		parentHere, ownHere = b.parentBornInFrance(p.Norm, now, ourChild) // (its clauses parsed only then)
	}
	if (b.hasCue(p.Norm, knowledge.CueParentBornHere) || parentHere) && slices.Contains(p.Slots.Situations, "born-in-france") &&
		(!slices.Contains(p.Slots.Situations, "married") && !b.hasCue(p.Norm, knowledge.CueSpouseNamed) || ourChild && parentHere) {
		// "je suis née à Lille, ma mère est elle-même née à Roubaix : je suis française ?": yes,
		// from birth, by a parent born in France too; "il doit faire une démarche ?": no. The
		// verdict needs the one asked of told born in France beside the parent ("mon père est
		// né à Lyon, moi à Casablanca" gets it under that condition). A spouse's question is the
		// marriage's.
		// (A procedure the story tells, "je n'ai jamais fait de démarche", is not the one asked.)
		asked := questionSentence(cmp.Or(p.Ask, p.Norm))
		// ("je dois attendre mes 18 ans pour être français ?": no, French already.)
		yes := (!b.hasCue(asked, knowledge.CueProcedure) || b.hasCue(asked, knowledge.CueAutomatic)) && !(b.hasCue(asked, knowledge.CueWait) && !b.hasCue(asked, knowledge.CueWithout))
		if asksYesNo(p) && (b.bornHereBesidesParent(p.Norm) || ownHere) {
			w.para(yesNo(w, yes))
		} else if asksYesNo(p) {
			w.para(w.t(ternary(yes, "nat_double_birth_if_yes", "nat_double_birth_if_no")))
		}
		w.kbFact("nat.double-birth")
		w.kbFact("nat.certificate")
		return w.done(Answer), ""
	}
	if p.Form == nlu.FormYesNo && st.Intent != nlu.Routes && slices.ContainsFunc(clauses(p.Norm), func(c string) bool {
		// ("une dame me demande si c'est chez nous qu'elle doit déposer sa demande")
		return (b.hasCue(c, knowledge.CueCounter) || b.hasCue(c, knowledge.CueOurOffice)) && b.hasCue(c, knowledge.CueHandIn)
	}) {
		// "mon dossier de naturalisation est prêt, je le dépose à la mairie ?": where a route's
		// file goes, which its authority says.
		st.Intent = nlu.Routes
	}
	// "…j'ai réussi l'examen civique avec 36 sur 40. Donc la naturalisation est automatique ?":
	// whether the nationality comes by itself is the question, not the exam told before it.
	asksAutomatic := p.Ask != p.Norm && b.hasCue(p.Ask, knowledge.CueAutomatic) && !b.hasCue(p.Ask, knowledge.CueCivic)
	if f := b.kb.MustFact("nat.civic-exam"); p.Slots.Score != nil && f.PassMark > 0 && *p.Slots.Score <= f.Questions &&
		(b.hasCue(p.Norm, knowledge.CueCivic) || st.stated("civic_exam_passed")) && !asksAutomatic {
		// "j'ai eu 30 bonnes réponses sur 40, c'est réussi ?", then "et si j'avais eu 33 ?": the
		// score against the pass mark.
		passed := *p.Slots.Score >= f.PassMark
		key := "civic_pass_no"
		if passed {
			key = "civic_pass_yes"
		}
		w.para(w.t(key, strconv.Itoa(f.PassMark), strconv.Itoa(f.Questions), strconv.Itoa(*p.Slots.Score)))
		w.fact("civic_exam_passed", strconv.FormatBool(passed), f.Sources...)
		w.kbFact("nat.civic-exam")
		return w.done(Answer), ""
	}
	// "…l'examen civique ? — et ma femme, par mariage, elle doit le passer aussi ?": the exam,
	// named by the answer before.
	civicSequel := asksYesNo(p) && p.Continues() && p.Words <= 20 && !b.hasCue(p.Norm, knowledge.CueCivic) &&
		b.citedLast(st, "nat.civic-exam") &&
		containsWord(p.Norm, "le passer", "la passer", "passer aussi", "take it", "pass it") ||
		// "(what level of French?) and is there anything else new since January?": the rest of
		// what the language's fact names, the civic exam.
		p.Continues() && !b.hasCue(p.Norm, knowledge.CueCivic) && b.citedLast(st, "nat.language") && b.hasCue(p.Norm, knowledge.CueWhatElse)
	if civicSequel || b.hasCue(p.Norm, knowledge.CueCivic) && !asksAutomatic && (st.Intent != nlu.Routes || p.Form == nlu.FormYesNo && b.hasCue(lastClause(cmp.Or(p.Ask, p.Norm)), knowledge.CueCivic)) {
		// "c'est quoi cet examen civique ?", "il est obligatoire ?": the exam itself, then the
		// language level it goes with; so too "je fais ma déclaration par mariage. Je dois aussi
		// passer l'examen civique ?", whose route the exam's answer reads in the story.
		marriageRoute := containsWord(p.Norm, "par mariage", "by marriage", "door huwelijk", "declaration") || slices.Contains(st.Slots.Situations, "married")
		if asksYesNo(p) && marriageRoute && !containsWord(p.Norm, "naturalisation", "naturalise", "naturalisee", "naturalisation by", "reintegration") {
			// "je suis marié à une Française… et l'examen civique, je dois le passer aussi ?":
			// no, a declaration by marriage asks none, as the exam's fact says.
			w.para(w.t("no"))
		} else if ask := cmp.Or(p.Ask, p.Norm); asksYesNo(p) && (b.hasCue(b.afterCue(ask, knowledge.CueExistsAsked, 6), knowledge.CueCivic) ||
			ask != p.Norm && b.hasCue(b.afterCue(p.Norm, knowledge.CueExistsAsked, 6), knowledge.CueCivic)) {
			// "est-ce qu'il y a maintenant un examen sur l'histoire et les valeurs de la France
			// pour être naturalisé ?": yes, the exam the fact describes. ("il y a un examen à
			// passer ? un genre de QCM ?" asks it in its first sentence.)
			w.para(w.t("yes"))
		}
		w.kbFact("nat.civic-exam")
		w.kbFact("nat.language")
		return w.done(Answer), ""
	}
	// "c'est quoi le délai de réponse pour la naturalisation ?": the wait for a decision, below,
	// whatever facet the examples read.
	// ("délai naturalisation ?": a delay named with nothing else is the wait for the answer, not
	// the years a condition asks.)
	asksWait := (p.Form == nlu.FormHowLong || p.Has(nlu.Delay)) && (b.hasCue(p.Norm, knowledge.CueFiled) || b.hasCue(p.Ask, knowledge.CueAnswerWait) ||
		p.Words <= 3) ||
		// "c'est le même délai pour moi ?" after the wait; "un récépissé… ont-ils le droit de me
		// laisser sans réponse aussi longtemps ?": the wait, still.
		p.Has(nlu.Delay) && p.Continues() && st.stated("decision_months") ||
		b.hasCue(p.Norm, knowledge.CueFiled) && b.hasCue(p.Ask, knowledge.CueAnswerWait) ||
		// "je précise que je vis en France depuis 14 ans" after the wait: a fact of the situation
		// added, no question of its own; the wait, for that situation.
		p.Form == nlu.FormNone && !p.Question && len(p.Intents) == 0 && st.stated("decision_months") ||
		// "(combien de temps pour une réponse ?) je vis en France depuis 12 ans, c'est pareil pour
		// moi ?": the same wait, or a shorter one, of this situation.
		(len(p.Intents) == 0 || p.Has(nlu.Delay)) && st.stated("decision_months") && (b.hasCue(p.Norm, knowledge.CueSame) || b.hasCue(p.Norm, knowledge.CueShorter))
	intent := st.Intent
	whereFiled := false
	asked := questionSentence(cmp.Or(p.Ask, p.Norm))
	switch {
	case asksWait:
		intent = nlu.Delay
	case asksYesNo(p) && intent == nlu.Routes && b.hasCue(lastClause(asked), knowledge.CueLanguageTest):
		// "(70 ans, 30 ans en France, un fils français) pour la déclaration comme ascendant elle
		// doit passer un test de français ?": the language asked, of the route the story told.
		intent = nlu.Language
	case (intent == nlu.Routes || intent == nlu.Eligibility) && b.hasCue(asked, knowledge.CuePrice) && (p.Form == nlu.FormWhat || p.Form == nlu.FormHowMuch):
		// "(81 ans, en France depuis 1972, sa fille est française) quels sont les frais pour sa
		// déclaration ?": the route's price, not its conditions again.
		intent = nlu.Fee
	case asksYesNo(p) && p.Continues() && len(p.Slots.Situations) > 0 && b.hasCue(p.Norm, knowledge.CueSame) && b.citedLast(st, "nat.fee") &&
		!slices.ContainsFunc(p.Intents, func(i nlu.Intent) bool { return i != nlu.Routes && i != nlu.Eligibility }):
		// "combien coûte une naturalisation ? — et la déclaration par mariage, c'est pareil ?":
		// the stamp of the route named (read as the route's facet, which is its name's).
		intent = nlu.Fee
	case asksYesNo(p) && len(s.Situations) > 0 && len(p.Slots.Situations) == 0 && p.Words <= 10 && st.Topic == knowledge.TopicNationality && b.routeAnswers(s, p):
		// "(il a 13 ans, né à Marseille…) il faut son accord à lui ?": a condition of the
		// conversation's route, which its own answers settle.
		intent = nlu.Routes
	case b.asksWhen(p) && len(s.Situations) > 0 && len(p.Slots.Situations) == 0 &&
		st.Topic == knowledge.TopicNationality && !b.hasCue(p.Norm, knowledge.CueCivic) && !b.hasCue(p.Norm, knowledge.CueLanguageTest) && !asksWait:
		// "mariée depuis juin 2023… — donc je pourrai la déposer à partir de quand ?", "elle
		// pourra à partir de quel âge ?": the day the route's conditions of time are met, from the
		// situation told.
		intent = nlu.Routes
	case p.Form == nlu.FormWhere && (intent == nlu.Language || intent == nlu.What || intent == nlu.Routes && p.Slots.IsZero() ||
		// "je dois aller déposer le dossier où ?": where a file goes, whatever facet its words
		// suggest.
		b.hasCue(cmp.Or(p.Ask, p.Norm), knowledge.CueFilingVerb) && !b.hasCue(cmp.Or(p.Ask, p.Norm), knowledge.CuePrice) ||
		// "cool where do i go to do it": a place asked, whatever other facet the examples read.
		p.Has(nlu.Where) && !p.TopicNamed && p.Slots.IsZero() && !b.hasCue(cmp.Or(p.Ask, p.Norm), knowledge.CuePrice)) &&
		!b.hasCue(p.Norm, knowledge.CueStamp) && !b.hasCue(p.Norm, knowledge.CueCivic) && !b.hasCue(p.Norm, knowledge.CueLanguageTest):
		// "et je dépose ça où ?": where the route's file goes, which its authority says (below).
		intent = nlu.Routes
		whereFiled = true
	case asksYesNo(p) && b.asksVenue(p) && !b.hasCue(p.Norm, knowledge.CueStamp) && !b.hasCue(p.Norm, knowledge.CueCivic) && !b.hasCue(p.Norm, knowledge.CueLanguageTest):
		// "c'est à la mairie ?", "je l'envoie par courrier à la préfecture ?": where the file
		// goes, with its verdict (below).
		intent = nlu.Routes
		whereFiled = true
	}
	if f, ok := b.kb.Fact("nat.language-refugee-exemption"); ok && asksYesNo(p) && (intent == nlu.Language || b.hasCue(p.Norm, knowledge.CueLanguageLevel) || b.hasCue(p.Norm, knowledge.CueLanguageTest)) &&
		slices.Contains(s.Situations, "refugee") && s.Age != nil && *s.Age > f.MinAge && residenceTold(s) >= f.MinYears {
		// "mon grand-père a 74 ans, il est réfugié et vit en France depuis 20 ans : il doit
		// prouver un niveau de langue ?": no, the condition does not apply to him; "il me dit
		// qu'il n'a pas besoin de justifier son niveau, c'est exact ?": yes.
		w.para(yesNo(w, b.hasCue(p.Norm, knowledge.CueClaimsExempt)))
		w.kbFact(f.ID)
		return w.done(Answer), ""
	}
	if f, ok := b.kb.Fact("nat.language"); ok && asksYesNo(p) && b.hasCue(cmp.Or(p.Ask, p.Norm), knowledge.CueLanguageLevel) &&
		(b.hasCue(cmp.Or(p.Ask, p.Norm), knowledge.CueSuffices) || containsWord(cmp.Or(p.Ask, p.Norm), "compte", "ca compte", "accepte", "accepted", "counts")) {
		if it := matchItem(f, p.Norm); it != nil && !nlu.Denied(p.Norm, it.Match) && p.Level == "" {
			// "j'ai eu le brevet des collèges en France, ça suffit pour prouver mon niveau de
			// français ?": yes, a proof of the list, named anywhere when the sentence that asks
			// whether it is enough is of the level (not "…un BTS à Nancy… je peux demander la
			// naturalisation, et quel niveau de langue on va me demander ?").
			w.para(w.t("yes"))
			w.kbFact(f.ID)
			return w.done(Answer), ""
		}
	}
	if f, ok := b.kb.Fact("nat.language"); ok && asksYesNo(p) && p.Level == "" {
		if q := questionSentence(cmp.Or(p.Ask, p.Norm)); b.hasCue(q, knowledge.CueLanguageTest) && (b.hasCue(q, knowledge.CueObliged) || b.hasCue(q, knowledge.CueMandatory)) {
			if it := matchItem(f, p.Norm); it != nil && !nlu.Denied(p.Norm, it.Match) && !b.hasCue(q, knowledge.CueWithout) {
				// "j'ai eu le bac en France, je dois quand même passer un test de français ?": no,
				// the diploma named is itself a proof of the list.
				w.para(w.t("no"))
				w.kbFact(f.ID)
				return w.done(Answer), ""
			}
		}
	}
	// "mon père a 68 ans, il est dispensé du test de français à son âge ?", and whatever facet
	// was read when the question names the level of French ("on m'a dit qu'après 60 ans on
	// n'avait plus besoin du diplôme de français, c'est vrai ?"): no, age waives nothing; the exemptions
	// that remain come with it. (The age is the reason the question gives, not a number
	// compared with a threshold of Guichet's own.)
	if q := questionSentence(cmp.Or(p.Ask, p.Norm)); asksYesNo(p) && !b.hasCue(p.Norm, knowledge.CueHealthCondition) &&
		(intent == nlu.Language || b.hasCue(q, knowledge.CueLanguageLevel)) &&
		b.hasCue(q, knowledge.CueAgeExemption) && b.answerOf("nat.language-health-exemption", p) != nil {
		w.para(w.t("no"))
		w.kbFact("nat.language-no-age-exemption")
		w.kbFact("nat.language-health-exemption")
		return w.done(Answer), ""
	}
	switch intent {
	case nlu.Language:
		if b.hasCue(p.Norm, knowledge.CueHealthCondition) && p.Level == "" {
			// "j'ai une sclérose en plaques avec des troubles cognitifs, le diplôme de langue est
			// obligatoire dans mon cas ?": the exemption a medical certificate gives, then the
			// level asked of others. Whether one is exempt turns on the certificate: "je suis
			// obligé de passer le test ?" gets a "not necessarily", "des aménagements ?" a yes.
			if asksYesNo(p) {
				a := b.answerOf("nat.language-health-exemption", p)
				w.para(ternary(a != nil && a.Verdict == "yes", w.t("yes"), w.t("health_exemption_depends")))
			}
			w.kbFact("nat.language-health-exemption")
			w.kbFact("nat.language")
			return w.done(Answer), ""
		}
		sits := p.Slots.Situations
		if len(sits) == 0 {
			sits = st.Slots.Situations
		}
		if asksYesNo(p) && p.Level == "" &&
			slices.ContainsFunc(sits, func(x string) bool { return x == "ascendant" || x == "sibling" }) &&
			!slices.ContainsFunc(sits, func(x string) bool { return x == "married" || x == "naturalisation" || x == "reintegration" }) {
			// "pour la déclaration comme ascendant elle doit passer un test de français ?": no,
			// the level is asked of the routes the fact names, not of this one.
			w.para(w.t("no"))
			w.kbFact("nat.language")
			return w.done(Answer), ""
		}
		if a := b.answerOf("nat.language", p); a != nil && p.Level == "" && p.Form == nlu.FormYesNo {
			// "faut-il savoir parler français pour être naturalisé ?": yes, at the level below.
			w.para(b.allowedVerdict(w, p, a.Verdict == "yes"))
		}
		claimed := false
		if f, ok := b.kb.Fact("nat.language"); ok && f.Level != "" && asksYesNo(p) {
			// "déposé en novembre 2025 avec un B1… on va m'exiger le niveau B2 ?": of two levels
			// told, the question's is the one asked of, against the level of the filing's day.
			// ("il faut le B1 ou le B2 ?" asks which, no yes or no.) "…On me dit qu'il faut le
			// B2, c'est vrai pour moi aussi ?": the level claimed in the question's sentence.
			levelsIn := func(text string) []string {
				return slices.DeleteFunc(strings.Fields(wordText(text)), func(t string) bool { return knowledge.CEFRRank(t) == 0 })
			}
			levels := levelsIn(lastClause(questionSentence(p.Norm)))
			if len(levels) == 0 {
				levels = levelsIn(questionSentence(p.Norm))
			}
			if len(levels) == 1 && (p.Level == "" || !strings.EqualFold(levels[0], p.Level)) {
				if need := b.levelNeeded(f, p); need != "" {
					asked := strings.ToUpper(levels[0])
					w.para(yesNo(w, asked == need))
					w.fact("level_needed", need, f.Sources...)
					claimed = true
				}
			}
		}
		if f, ok := b.kb.Fact("nat.language"); ok && p.Level != "" && f.Level != "" && !claimed {
			need := b.levelNeeded(f, p)
			if need == "" {
				w.para(w.t("level_depends"))
			} else {
				ok := knowledge.CEFRRank(p.Level) >= knowledge.CEFRRank(need)
				if ok || !p.FirstPerson {
					w.para(yesNo(w, ok))
				} else {
					w.para(w.t("nat_level_no", need, p.Level)) // the level asked, and the one the person has
				}
				w.fact("level_enough", strconv.FormatBool(ok), f.Sources...)
			}
		}
		w.kbFact("nat.language")
		return w.done(Answer), ""
	case nlu.Fee:
		if f := b.freeCitedLast(st, knowledge.TopicNationality); f != nil && (p.Continues() || !p.TopicNamed) && len(p.Slots.Situations) == 0 {
			// "(un certificat de nationalité, je le demande où ?) c'est payant ?": the price of
			// what the last answer described, which its fact says, not an application's stamp.
			if askedFree, asked := b.asksFree(p); asked {
				w.para(yesNo(w, askedFree == *f.Free))
			}
			w.kbFact(f.ID)
			return w.done(Answer), ""
		}
		if (p.Has(nlu.Payment) || b.hasCue(cmp.Or(p.Ask, p.Norm), knowledge.CueBuy)) && !asksYesNo(p) && b.freeRoute(s.Situations) == nil {
			// "je l'achète où ce timbre ?": where a nationality stamp is bought, then its price;
			// "c'est combien et ça s'achète où ?": the price first. ("il faut acheter un
			// timbre ?" asks whether one is needed, which the route's verdict below answers.)
			facts := []string{"nat.stamp", "nat.fee"}
			if p.Form == nlu.FormHowMuch || p.PriceNamed {
				slices.Reverse(facts)
			}
			for _, id := range facts {
				w.kbFact(id)
			}
			return w.done(Answer), ""
		}
		if (asksYesNo(p) || p.Form == nlu.FormHowMuch) && b.hasCue(p.Norm, knowledge.CueSame) && b.ownPriceRegion(p.Norm, s.Region, b.kb.MustFact("nat.fee")) {
			// "je vis en Guyane, le timbre est au même prix qu'en métropole ?": no, the fact
			// gives that region its own price.
			w.para(w.t("no"))
		} else if (asksYesNo(p) || p.Form == nlu.FormHowMuch) && b.hasCue(p.Norm, knowledge.CueSame) &&
			(b.hasCue(p.Norm, knowledge.CueOverseas) || b.hasCue(p.Norm, knowledge.CueMainlandCompared)) {
			// "on vit à Saint-Pierre de la Réunion, c'est le même tarif qu'en métropole ?": yes,
			// the fact prices no region apart but the one above (an overseas place, or one
			// compared with the mainland).
			w.para(w.t("yes"))
		} else if a := b.answerOf("nat.fee", p); a != nil && asksYesNo(p) {
			// "un seul timbre suffit pour les deux ?": no, each application has its own.
			w.para(yesNo(w, a.Verdict == "yes"))
		} else if intent != st.Intent {
			// The route named costs the stamp of the routes it is priced with, or none.
			w.para(yesNo(w, b.freeRoute(p.Slots.Situations) == nil))
		} else if r := b.freeRoute(s.Situations); r != nil && asksYesNo(p) {
			// "pour la déclaration de ma fille née en France, il faut un timbre ?": no, that
			// route costs none; "c'est gratuit ?": yes. The others' stamp is the fact's.
			if askedFree, asked := b.asksFree(p); asked {
				w.para(w.t(ternary(askedFree, "route_free_yes", "route_free_no"), w.text(r.Name)))
			}
		} else if r := b.freeRoute(s.Situations); r != nil && p.Form == nlu.FormHowMuch {
			// "(née en France de parents étrangers, à 16 ans) et ça coûte combien ?": nothing.
			w.para(w.t("route_free", w.text(r.Name)))
		} else {
			b.leadVerdict(w, p, "nat.fee")
		}
		w.kbFact("nat.fee")
		return w.done(Answer), ""
	case nlu.What:
		if len(s.Situations) == 0 {
			w.kbFact("nat.overview")
			return w.done(Answer), ""
		}
	}
	situations := s.Situations
	other := func(r *knowledge.Route) func(string) bool { // a situation that opens other routes than r
		return func(x string) bool { return x != r.Kind && x != "resident" && !slices.Contains(r.Triggers, x) }
	}
	// (In the message's own last sentence: a question asked again for a new fact carries the
	// words of the last one, "…plus simple que la naturalisation ? . et mon père ?".)
	if r := b.routeKindNamed(lastSentence(p.Norm)); r != nil && slices.ContainsFunc(situations, other(r)) && !slices.ContainsFunc(p.Slots.Situations, other(r)) {
		// "et pour la naturalisation, il faut 5 ans ?" after a reintegration: the route the
		// message names is the one asked about, not those the conversation's situation opens.
		situations = []string{r.Triggers[0]}
	}
	// "je veux être naturalisé": the word names the route of those who live in France, unless
	// the person lives abroad and says no residence in France ("on habite en Allemagne"): the
	// route of those abroad has it as its trigger.
	livesAbroad := s.Abroad != nil && *s.Abroad && !slices.Contains(s.Situations, "resident")
	if !livesAbroad {
		situations = naturalisedResident(situations)
	}
	// ("pacsés depuis 6 ans… je vis en France depuis 9 ans. Le pacs permet de faire la
	// déclaration comme pour les couples mariés ?": the marriage's route asked by name, whatever
	// residence the story tells.)
	marriageAsked := slices.Contains(situations, "partner") && !slices.Contains(situations, "married") &&
		containsWord(questionSentence(cmp.Or(p.Ask, p.Norm)), "mariage", "maries", "mariees", "un mariage", "marriage", "married", "huwelijk")
	if slices.Equal(situations, []string{"partner"}) && !b.saysMarried(p.Norm) || marriageAsked {
		// "pacsé avec un Français, ça compte comme un mariage ?": the route by marriage is the
		// one asked about, and a partnership is not a marriage.
		situations = append(slices.Clone(situations), "married")
	}
	if slices.Contains(situations, "sibling") && slices.Contains(situations, "born-in-france") && !b.hasCue(p.Norm, knowledge.CueOwnBirthHere) {
		// "mon frère est né en France et devenu français ; moi je suis arrivée à 10 ans": the
		// birth in France is the brother's, which the route for siblings requires.
		situations = slices.DeleteFunc(slices.Clone(situations), func(x string) bool { return x == "born-in-france" })
	}
	if slices.Contains(situations, "lost-nationality") {
		// "perdu la nationalité en me mariant avec un Italien": the marriage explains the loss,
		// it opens no route of its own.
		situations = slices.DeleteFunc(slices.Clone(situations), func(x string) bool { return x == "married" })
	}
	years, residenceYears := s.Years, s.ResidenceYears
	if p.Slots.Years == 0 && p.Slots.Age != nil && p.Words <= 3 && st.Intent == nlu.Routes && s.Holder != knowledge.Minor {
		// "3 ans", the answer to how long: the duration of the situation told, not an age.
		years, st.Slots.Age = *p.Slots.Age, nil
		s.Age = nil
	}
	if p.Slots.Years == 0 && (p.Slots.IssueYear != 0 || p.Slots.IssueDate != "") {
		// "ah non, je suis arrivé en mars 2021": the date told now, not the years told before.
		years, residenceYears = 0, 0
	}
	if arrival := arrivalAge(s); arrival != nil && s.Age != nil && years == 0 && residenceYears == 0 {
		// "arrivé en France à 20 ans, j'en ai 23": three years of residence.
		residenceYears = *s.Age - *arrival
	}
	var since time.Time
	var yearsMax int    // with a year alone ("depuis 2020"), the most the duration may be
	sinceMonth := false // since is the first day of a month told without its day
	switch {
	case s.IssueDate != "" && slices.Contains(situations, "married"):
		// "mariés le 10 juin 2023": the date the duration runs from.
		since = knowledge.MustDate(s.IssueDate).Time
		years = fullYears(since, now)
	case slices.Contains(situations, "married") && !b.weddingTold(st, p, now).IsZero():
		// "Mariés en février 2022, on a passé deux ans à Dubaï, revenus en février 2024": the
		// wedding's month counts the marriage, not a stay or another date told beside it.
		first := b.weddingTold(st, p, now)
		// (Kept for a question that follows, "à partir de quand je pourrai déposer ?", in place
		// of another year the story told: "rencontrés en 2019, mariés en juin 2023".)
		st.Slots.IssueYear, st.Slots.IssueMonth, st.Slots.IssueDate = first.Year(), int(first.Month()), ""
		last := first.AddDate(0, 1, -1)
		years, yearsMax = fullYears(last, now), fullYears(first, now)
		if years == yearsMax {
			since, sinceMonth = first, true
		}
	case years == 0 && !slices.Contains(situations, "married") && !arrivedOn(p.Norm, now).IsZero():
		// "arrivé en France en septembre 2024 pour un master… diplôme obtenu en juin 2026": the
		// arrival's month counts the residence, not another date told beside it.
		first := arrivedOn(p.Norm, now)
		years, yearsMax = fullYears(first.AddDate(0, 1, -1), now), fullYears(first, now)
		if years == yearsMax {
			since, sinceMonth = first, true
		}
	case years == 0 && s.IssueYear != 0 && s.IssueYear <= now.Year():
		// "mariée depuis 2020", "en France depuis juin 2019": from the first to the last day
		// of that year (or month).
		first, last, _ := s.IssueSpan()
		years, yearsMax = fullYears(last, now), fullYears(first, now)
		if years == yearsMax {
			since, sinceMonth = first, s.IssueMonth != 0 && s.IssueDate == ""
		}
	}
	abroadOnly := func(x string) bool { // a situation only routes for people abroad open (Monaco)
		for _, r := range b.kb.Nationality.Routes {
			if r.Abroad != nil && *r.Abroad && slices.Contains(r.Triggers, x) {
				return true
			}
		}
		return false
	}
	abroad := s.Abroad
	if abroad != nil && *abroad && slices.Contains(situations, "resident") && !slices.ContainsFunc(situations, abroadOnly) {
		// "je vis en France depuis 1 an… scolarisé à Abidjan": a place abroad in the story, a
		// residence in France now; both kinds of route stay open.
		abroad = nil
	}
	if !slices.ContainsFunc(situations, func(x string) bool { return x != "resident" }) && p.Form == nlu.FormYesNo && b.bornAbroad(p.Norm) {
		// "mon fils est né au Maroc… la déclaration à 13 ans, ça marche pour lui ?": the route
		// whose age step is asked, to be told it is for children born in France.
		for i := range b.kb.Nationality.Routes {
			if r := &b.kb.Nationality.Routes[i]; stepAsked(r, p.Norm) > 0 && slices.Contains(r.Triggers, "born-in-france") {
				situations = append(slices.Clone(situations), "born-in-france")
				break
			}
		}
	}
	prof := rules.Profile{Situations: situations, Abroad: abroad, Years: years, ResidenceYears: residenceYears, ConsularRegistration: s.ConsularRegistration, ConsularDenied: s.ConsularDenied, Age: s.Age,
		Child: s.Holder == knowledge.Minor && s.Age != nil && *s.Age < b.kb.CNI.AdultAge}
	if len(prof.Situations) == 0 && s.Abroad != nil && *s.Abroad {
		for _, r := range b.kb.Nationality.Routes {
			if r.Abroad != nil && *r.Abroad {
				prof.Situations = append(prof.Situations, r.Triggers...)
			}
		}
	}
	waited := slices.ContainsFunc(st.LastFacts, func(f string) bool { return strings.HasPrefix(f, "decision_months=") })
	if (asksWait || waited && (p.Continues() || b.hasCue(p.Norm, knowledge.CueChanged)) && !p.TopicNamed) && b.decisions(w, prof, p) {
		// "une fois le dossier déposé, l'administration a combien de temps pour répondre ?": the
		// wait of the person's route, or of every route that has one; "et pour mon cousin, en
		// France depuis 6 ans ?", "je suis en France depuis 12 ans, ça change quelque chose ?"
		// ask it again for another situation.
		return w.done(Answer), ""
	}
	if len(prof.Situations) == 0 {
		// The two ways in general, and the situations as quick replies to narrow them down.
		w.kbFact("nat.overview")
		w.option(w.t("opt_married"), "marié à un Français")
		w.option(w.t("opt_born_fr"), "né en France de parents étrangers")
		w.option(w.t("opt_resident"), "je vis en France")
		w.option(w.t("opt_lost"), "j'ai perdu la nationalité française")
		w.option(w.t("opt_abroad"), "je vis à l'étranger")
		if p.Form == nlu.FormHowLong {
			// "il faut combien d'années pour avoir la nationalité ?": the years each route asks,
			// a short answer for every situation, then the situations to narrow it down.
			var items []string
			for i := range b.kb.Nationality.Routes {
				r := &b.kb.Nationality.Routes[i]
				if r.MinYears == 0 {
					continue
				}
				what := ternary(slices.Contains(r.Triggers, "married"), "nat_years_marriage", "nat_years_residence")
				if r.MinYearsAbroad > r.MinYears {
					items = append(items, w.t("nat_route_years_or", w.text(r.Name), strconv.Itoa(r.MinYears), w.t(what), strconv.Itoa(r.MinYearsAbroad)))
				} else {
					items = append(items, w.t("nat_route_years", w.text(r.Name), strconv.Itoa(r.MinYears), w.t(what)))
				}
				w.entry("route:" + r.ID)
				w.sources(r.Sources...)
			}
			w.list(w.t("nat_routes_years"), items)
			w.para(w.t("ask_situation"))
			return w.done(Answer), askSituation
		}
		// "comment devenir français ?", "je veux devenir française, quelles sont les
		// possibilités ?" ask the ways in general, which the overview answers; a short "je veux
		// devenir français, je fais comment ?", "comment mon fils peut devenir français ?" asks
		// the way of a person whose situation decides it and is not told: a question first, the
		// overview with it. (A story, however vague, "je bosse ici depuis longtemps", gets the
		// overview.)
		personal := p.Form == nlu.FormHow && !p.Has(nlu.Ways) && p.Words <= maxBareQuestion && !p.Continues() &&
			(b.hasCue(p.Norm, knowledge.CueFirstPerson) || b.hasCue(p.Norm, knowledge.CueChildNamed) || b.hasCue(p.Norm, knowledge.CueSpouseNamed))
		if (p.Form == nlu.FormHow || p.Form == nlu.FormWhat || st.Intent == nlu.What || p.Has(nlu.Ways)) && !personal {
			w.para(w.t("ask_situation"))
			return w.done(Answer), askSituation
		}
		w.r.Options = nil
		w.option(w.t("opt_married"), "marié à un Français")
		w.option(w.t("opt_born_fr"), "né en France de parents étrangers")
		w.option(w.t("opt_resident"), "je vis en France")
		w.option(w.t("opt_lost"), "j'ai perdu la nationalité française")
		w.option(w.t("opt_abroad"), "je vis à l'étranger")
		return ask(w, askSituation, w.t("ask_situation"))
	}
	routes := rules.NationalityRoutes(b.kb, prof)
	if whereFiled && len(routes) > 0 {
		// ("je dois aller déposer le dossier où ? À la mairie de mon quartier ?" names a place
		// too.)
		if asksYesNo(p) || b.asksVenue(p) {
			if v := b.venueVerdict(w, routes, cmp.Or(p.Ask, p.Norm)); v != "" {
				w.para(v)
			}
		}
		for _, m := range routes {
			if a := w.text(m.Route.Authority); a != "" {
				w.para(w.t("route_authority_of", w.text(m.Route.Name), a))
				w.entry("route:" + m.Route.ID)
				w.sources(m.Route.Sources...)
			}
		}
		if len(w.r.Blocks) > 0 {
			return w.done(Answer), ""
		}
	}
	// "et la naturalisation alors ?": the route this message names comes first, its verdict too;
	// of two routes for the same situation, the one whose name the message uses ("réintégration
	// par décret").
	// Living in France is the background of every other situation: told beside one ("on a
	// toujours vécu en France ensemble"), it names no route of its own, unless the message names
	// the kind of route residence opens ("et par la naturalisation ?").
	told := p.Slots.Situations
	if !livesAbroad {
		told = naturalisedResident(told)
	}
	// (A route named to compare is not the one asked: "je dois attendre 5 ans comme pour une
	// naturalisation ?")
	uncompared := reComparedRoute().ReplaceAllString(p.Norm, "")
	kindNamed := slices.ContainsFunc(b.kb.Nationality.Routes, func(r knowledge.Route) bool {
		return slices.Contains(r.Triggers, "resident") && r.Kind != "" && containsWord(uncompared, r.Kind)
	})
	if !kindNamed && slices.ContainsFunc(situations, func(x string) bool { return x != "resident" }) {
		told = slices.DeleteFunc(slices.Clone(told), func(x string) bool { return x == "resident" })
	}
	slices.SortStableFunc(routes, func(x, y rules.RouteMatch) int {
		named := func(m rules.RouteMatch) int {
			n := 3
			if slices.ContainsFunc(m.Route.Triggers, func(t string) bool { return slices.Contains(told, t) }) {
				n -= 2
			}
			if b.namesRoute(uncompared, m.Route) {
				n--
			}
			return n
		}
		return named(x) - named(y)
	})
	tooYoung := len(routes) == 0 && s.Age != nil && (p.Form == nlu.FormYesNo || p.Form == nlu.FormWhen)
	if tooYoung {
		// "ma fille de 15 ans peut déposer une demande de naturalisation ?": the route the
		// message names, closed below its age (whatever the country she was born in).
		// (Not a kind of route one of whose forms opens at an earlier age step: "la déclaration
		// des 13 ans" is one of the declarations open to a child.)
		tooYoung = false
		all := b.kb.Nationality.Routes
		for i := range all {
			r := &all[i]
			openOfKind := slices.ContainsFunc(all, func(x knowledge.Route) bool {
				return x.Kind == r.Kind && slices.ContainsFunc(x.AgeSteps, func(st knowledge.AgeStep) bool { return st.From <= *s.Age })
			})
			if r.Kind != "" && r.MinAge > *s.Age && !openOfKind && containsWord(uncompared, r.Kind) && (r.Abroad == nil || s.Abroad == nil || *r.Abroad == *s.Abroad) {
				routes, tooYoung = []rules.RouteMatch{{Route: r}}, true
				break
			}
		}
	}
	if len(routes) == 0 {
		if p.Form == nlu.FormYesNo {
			w.para(yesNo(w, false)) // "pacsé depuis 6 ans, je peux la demander ?": by no route known
		}
		w.para(w.t("route_none"))
		w.kbFact("nat.overview")
		w.kbFact("nat.other")
		return w.done(Answer), ""
	}
	lead := tooYoung
	if tooYoung {
		w.para(w.t("nat_age_min_no", strconv.Itoa(routes[0].Route.MinAge), strconv.Itoa(*s.Age)))
		w.fact("age_enough", "false", routes[0].Route.Sources...)
	}
	if p.Form == nlu.FormYesNo && !lead && b.hasCue(p.Norm, knowledge.CueEUNational) && b.hasCue(cmp.Or(p.Ask, p.Norm), knowledge.CueResidencePermit) &&
		slices.ContainsFunc(routes, func(m rules.RouteMatch) bool { return m.Route.Kind == "naturalisation" }) {
		// "je suis portugaise, il me faut un titre de séjour pour la naturalisation ?": no, a
		// European or Swiss national needs none, as the route's condition says.
		w.para(w.t("no"))
		lead = true
	}
	// The counter named where the question is asked, or in the clause that hands the file in
	// ("…veut déposer son dossier au guichet de la mairie. Est-ce qu'on peut le recevoir ?"), not
	// as the place of a wedding ("mariés à la mairie de Nantes").
	// A message with no question sentence of its own and no word of handing in ("Un monsieur au
	// guichet… Il demande s'il peut obtenir…") names the counter where the person stands, not
	// where the file goes.
	asksApart := p.Ask != "" && p.Ask != p.Norm && strings.TrimSpace(strings.Trim(p.Ask, "?.! ")) != strings.TrimSpace(strings.Trim(p.Norm, "?.! "))
	// Staff who speak of "chez nous" ("…où il dépose sa déclaration, c'est chez nous ?") name
	// their own town hall.
	atCounter := b.hasCue(firstChoice(p.Ask), knowledge.CueCounter) && (asksApart || b.hasCue(p.Norm, knowledge.CueHandIn) || b.hasCue(p.Norm, knowledge.CueGoTo)) ||
		// (An "où" written as "ou" is no second choice: "…où il dépose sa déclaration, c'est
		// chez nous ?" asks of the last clause.)
		p.Patron && (b.hasCue(firstChoice(cmp.Or(p.Ask, p.Norm)), knowledge.CueOurOffice) || b.hasCue(lastClause(cmp.Or(p.Ask, p.Norm)), knowledge.CueOurOffice)) ||
		slices.ContainsFunc(clauses(p.Norm), func(c string) bool {
			// ("une dame me demande si c'est chez nous qu'elle doit déposer sa demande")
			return (b.hasCue(c, knowledge.CueCounter) || b.hasCue(c, knowledge.CueOurOffice)) && b.hasCue(c, knowledge.CueHandIn)
		})
	// "…me demande où il dépose sa déclaration, c'est chez nous ?": the last clause asks yes or no,
	// whatever "où" the story tells.
	oursAsked := p.Patron && b.hasCue(lastClause(cmp.Or(p.Ask, p.Norm)), knowledge.CueOurOffice) && strings.HasSuffix(strings.TrimSpace(p.Norm), "?")
	if a := knowledge.Normalize(w.text(routes[0].Route.Authority)); (p.Form == nlu.FormYesNo || oursAsked) && a != "" && atCounter {
		// "la demande de naturalisation ça se dépose en mairie ?": whether the route's
		// authority is the town hall.
		w.para(yesNo(w, containsWord(a, "mairie", "town hall")))
		lead = true
	}
	if a := knowledge.Normalize(w.text(routes[0].Route.Authority)); p.Form == nlu.FormYesNo && a != "" && !lead {
		// "pour la déclaration de mon enfant, c'est à la préfecture qu'il faut aller ?": whether
		// the route's authority is the office named where the question sends the file.
		asked := firstChoice(cmp.Or(p.Ask, p.Norm))
		if cs := clauses(cmp.Or(questionSentence(asked), asked)); len(cs) > 0 {
			asked = cs[len(cs)-1] // (an office the story names is not the one asked: "…pas inscrit au consulat. je peux déposer ?")
		}
		if office := b.sentToOffice(asked); office != "" {
			// ("on le dépose en papier à la préfecture ?": an application online is not one on
			// paper, whatever office handles it.)
			onPaper := b.hasCue(asked, knowledge.CuePaper) && containsWord(a, "en ligne", "online")
			w.para(yesNo(w, containsWord(a, office) && !onPaper))
			lead = true
		}
	}
	for _, m := range routes {
		if lead {
			break
		}
		if s.Age != nil && len(m.Route.AgeSteps) == 0 && slices.ContainsFunc(routes, func(x rules.RouteMatch) bool { return len(x.Route.AgeSteps) > 0 }) {
			continue // an age speaks of the route with age steps
		}
		// (A condition of the route the message tells, "jamais transcrit", is settled by its
		// verdict below, whatever the years.)
		condition, _ := longestAnswer(m.Route.Answers, conditionsTold(p.Norm), 1)
		// ("…depuis 2019, ça me donne automatiquement la nationalité ?" asks whether it comes by
		// itself, which the route's verdict below says.)
		// (A partnership's years are no marriage's: the verdict below says the route needs one.)
		partnerOnly := slices.Contains(m.Route.Triggers, "married") && slices.Contains(s.Situations, "partner") && !b.saysMarried(p.Norm)
		// ("Marié en 2020 mais séparés depuis l'an dernier": no years make up for a life together
		// that has ceased, which natVerdict says.)
		separated := slices.Contains(m.Route.Triggers, "married") && (s.Parents == knowledge.ParentsSeparated || s.Parents == knowledge.ParentsDivorced)
		if y := prof.YearsFor(m.Route); yearsMax > years && y == years && m.MinYears > 0 && !partnerOnly && !separated && statedYears(lastClause(firstChoice(questionSentence(p.Norm)))) == 0 &&
			(condition == nil || p.Form != nlu.FormYesNo) && !(p.Form == nlu.FormYesNo && b.hasCue(cmp.Or(p.Ask, p.Norm), knowledge.CueAutomatic)) {
			// A year alone: at least years, at most yearsMax; reached, not reached, or depending on
			// the month. (A duration the question claims is checked first, below: "arrivé en 2023…
			// je dois quand même attendre 5 ans ?".)
			what := ternary(slices.Contains(m.Route.Triggers, "married"), "nat_years_marriage", "nat_years_residence")
			switch {
			case m.MinYears <= years:
				w.para(w.t("nat_years_yes_min", strconv.Itoa(m.MinYears), w.t(what), strconv.Itoa(years)))
			case m.MinYears > yearsMax:
				w.para(w.t("nat_years_no_max", strconv.Itoa(m.MinYears), w.t(what), strconv.Itoa(yearsMax)))
			default:
				w.para(w.t("nat_years_depends", strconv.Itoa(s.IssueYear), strconv.Itoa(years), strconv.Itoa(yearsMax), strconv.Itoa(m.MinYears)))
			}
			w.fact("years_enough", ternary(m.MinYears <= years, "true", ternary(m.MinYears > yearsMax, "false", "depends")), m.Route.Sources...)
			lead = true
			break
		}
		if lead = b.natVerdict(w, m, s, p, prof.YearsFor(m.Route), since, sinceMonth, now); lead {
			break
		}
	}
	if !lead && p.Form == nlu.FormYesNo && !strings.Contains(p.Norm, "automatique") {
		// "je peux la récupérer ?": yes, by the route (or one of the routes), if its conditions
		// are met.
		if len(routes) == 1 && routes[0].Route.Exceptional && !ownSituationTold(routes[0].Route, s.Situations) && !b.otherRouteTold(routes[0].Route, s.Situations) &&
			s.Abroad != nil && *s.Abroad && (b.hasCue(p.Norm, knowledge.CueLive) || b.hasCue(p.Norm, knowledge.CueMoved)) &&
			!b.hasCue(b.afterCue(p.Norm, knowledge.CueLive, 3), knowledge.CueFranceNamed) {
			// "j'ai vécu 10 ans en France, je vis au Canada : je peux demander la naturalisation
			// depuis Montréal ?": no, but in the cases the route lists.
			w.para(w.t("nat_route_only_if", w.text(routes[0].Route.Name)))
		} else if len(routes) == 1 {
			w.para(w.t("nat_route_yes", w.text(routes[0].Route.Name)))
		} else {
			w.para(w.t("nat_routes_yes"))
		}
		lead = true
	}
	intro := "routes_intro"
	if len(routes) > 1 {
		intro = "routes_intro_n"
	}
	if !lead {
		w.para(w.t(intro))
	}
	for _, m := range routes {
		items := make([]string, len(m.Route.Conditions))
		for i, c := range m.Route.Conditions {
			items[i] = w.text(c)
		}
		w.list(w.t("heading", w.text(m.Route.Name)), items)
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

// reStatedYears reads a duration the person states as the requirement: "c'est bien 10 ans de
// résidence minimum ?", "il faut 10 ans ?".
var reStatedYears = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`\b(?:c est bien|il faut bien|il faut|faut il|faut-il|il faudrait|il fallait|il faudra|il me faut|il lui faut|il nous faut)(?: aussi| encore| vraiment| forcement| obligatoirement| quand meme| absolument| au moins| minimum)? (\d{1,2}) ans\b|\b(\d{1,2}) ans (?:de (?:residence|mariage) )?(?:minimum|au minimum|requis|obligatoires?)\b|\b(?:dois|doit|devons|devez|doivent|devrai|devra|faut|faudra|besoin d)(?: aussi| encore| vraiment| forcement| obligatoirement| quand meme| absolument)? attendre (?:au moins |minimum |les )?(\d{1,2}) ans\b`)
})

// reProcedureClaim finds the legal form a question claims for a route ("c'est une simple
// déclaration ?", "c'est toujours par une déclaration qu'on la récupère ?"); a route named by
// its form ("la réintégration par décret") claims none.
var reProcedureClaim = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`\b(?:c est|ce n est pas|se fait|se fera)(?: [a-z]+){0,4}? (declaration|naturalisation|decret)s?\b`)
})

// procedureClaim returns the legal form a yes/no question claims for a route (knowledge.ByDeclaration
// or knowledge.ByDecree) and the routes it is claimed of, named before the claim: by their kind
// ("la naturalisation, c'est…"), or by the situations the words before it tell ("devenir français
// par le mariage", "si on a perdu la nationalité"), read as any message's. It returns "" when the
// question claims none, or offers a choice ("déclaration ou décret ?").
func (b *Bot) procedureClaim(norm string, now time.Time) (string, []*knowledge.Route) {
	q := questionSentence(norm)
	if firstChoice(q) != q {
		return "", nil
	}
	loc := reProcedureClaim().FindStringSubmatchIndex(q)
	if loc == nil {
		return "", nil
	}
	by := ternary(q[loc[2]:loc[3]] == "declaration", knowledge.ByDeclaration, knowledge.ByDecree)
	before := q[:loc[0]]
	named := b.routeKindNamed(before)
	var situations []string
	if named == nil {
		situations = b.parser.Parse(before, now).Slots.Situations
	}
	var subject []*knowledge.Route
	for i := range b.kb.Nationality.Routes {
		r := &b.kb.Nationality.Routes[i]
		if named != nil && r.Kind == named.Kind && (r.Abroad == nil || !*r.Abroad) ||
			named == nil && slices.ContainsFunc(r.Triggers, func(t string) bool { return t != "resident" && slices.Contains(situations, t) }) {
			subject = append(subject, r)
		}
	}
	if len(subject) == 0 {
		return "", nil
	}
	return by, subject
}

// askedSentence is the sentence of a normalised message that asks: the one before its first
// question mark, or its last sentence when it has none ("…j'ai passé le TCF l'an dernier. Je
// voulais savoir si je remplis la condition de durée.").
func askedSentence(norm string) string {
	if strings.Contains(norm, "?") {
		return questionSentence(norm)
	}
	return lastSentence(norm)
}

// statedYears returns the duration a message states as the requirement, 0 when none.
func statedYears(norm string) int {
	m := reStatedYears().FindStringSubmatch(norm)
	if m == nil {
		return 0
	}
	n, _ := strconv.Atoi(m[1] + m[2] + m[3])
	return n
}

// statedDenied reports whether the requirement a message states is denied ("je n'ai pas besoin
// d'attendre 5 ans", "pas obligé d'attendre 5 ans"): the claim is then that less is required.
func statedDenied(norm string) bool {
	loc := reStatedYears().FindStringIndex(norm)
	return loc != nil && containsWord(norm[max(0, loc[0]-14):loc[1]], "pas besoin", "pas oblige", "pas obligee", "plus besoin", "no need", "don t need", "don t have to")
}

// reComparedRoute finds a procedure named for comparison ("comme pour une naturalisation",
// "like a naturalisation").
var reComparedRoute = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`\b(?:comme|like|zoals) (?:pour |for |bij )?(?:une |la |le |l |un |a |the |de |het |een )?[a-z]+`)
})

// namesRoute reports whether a message uses every word of a route's French name longer than three
// letters ("réintégration", "décret").
func (b *Bot) namesRoute(norm string, r *knowledge.Route) bool {
	name := knowledge.Normalize(r.Name.String())
	words := strings.Fields(strings.NewReplacer("(", " ", ")", " ", "'", " ").Replace(name))
	for _, w := range words {
		if len(w) > 3 && !containsWord(norm, w) {
			return false
		}
	}
	return len(words) > 0
}

func blockTexts(bs []Block) []string {
	out := make([]string, 0, len(bs))
	for _, bl := range bs {
		out = append(out, bl.Text)
	}
	return out
}

// natVerdict opens the answer with the yes or no the situation gets on a route when the person
// gave what the route's condition counts: years of marriage or residence against the route's
// minimum, an age against its age steps. It reports whether it wrote one.
func (b *Bot) natVerdict(w *writer, m rules.RouteMatch, s nlu.Slots, p nlu.Parse, years int, since time.Time, sinceMonth bool, now time.Time) bool {
	r := m.Route
	// "dois-je attendre 5 ans ?" asks the opposite way; "je peux déjà demander ou je dois attendre
	// 5 ans ?" asks the first of its choices.
	asked := firstChoice(p.Norm)
	// A shorter duration asked is the question, whatever wait the story tells: "une collègue
	// m'a dit que je dois attendre fin 2027… je voulais savoir si mon master pouvait réduire ce
	// délai". (Not "on m'a dit que je dois attendre 5 ans. C'est obligatoire ?", whose question
	// is the wait told.)
	if q := b.indirectClause(questionSentence(p.Norm)); b.hasCue(q, knowledge.CueShorter) {
		asked = q
	}
	// "…il n'était pas inscrit au consulat. Ça bloque ?" asks whether something stands in the
	// way: the opposite way too.
	// "…on m'a dit qu'il fallait 5 ans, c'est foutu pour moi ?": whether all is lost, too.
	wait := b.hasCue(asked, knowledge.CueWait) && !b.hasCue(asked, knowledge.CueWithout) || b.hasCue(cmp.Or(p.Ask, asked), knowledge.CueBreach) ||
		b.hasCue(cmp.Or(p.Ask, asked), knowledge.CueHopeless)
	// "je serai française le jour du mariage ?" asks whether it comes by itself, as "automatiquement"
	// does; "je dois faire une démarche ?" asks the other way round.
	asksAutomatic := b.hasCue(p.Norm, knowledge.CueAutomatic)
	automatic := asksAutomatic && !slices.Contains(s.Situations, "lost-nationality") // "perdu la nationalité en me mariant": how it was lost
	// ("je dois faire une déclaration pour être français ?" asks it too.)
	noProcedure := (b.hasCue(p.Norm, knowledge.CueProcedure) || b.hasCue(asked, knowledge.CueObliged) && b.hasCue(asked, knowledge.CueDeclareVerb) && !b.hasCue(asked, knowledge.CueConsent)) && !asksAutomatic
	if asksYesNo(p) && b.hasCue(p.Norm, knowledge.CueIrregularStay) && !b.hasCue(p.Norm, knowledge.CueEUNational) && !slices.Contains(r.Triggers, "born-in-france") {
		// "marié depuis 5 ans mais sans papiers depuis que mon titre a expiré, je peux demander
		// la nationalité par mariage ?": no route is open during an irregular stay, whatever
		// the years, save a minor's by birth and residence. (A European needs no permit; the
		// cue's phrases carry their own negation, "sans", "plus de": no denial is looked for.)
		w.para(b.allowedVerdict(w, p, false))
		w.kbFact("nat.irregular-stay")
		return true
	}
	// (A young person of an age to ask alone who speaks of their parents' consent asks of no
	// consent the route's answers mean, the child's: see natAgeVerdict.)
	parentsConsent := s.Age != nil && selfFrom(r) > 0 && *s.Age >= selfFrom(r) && b.hasCue(p.Norm, knowledge.CueOwnParent) && b.hasCue(p.Norm, knowledge.CueConsent)
	if a, _ := longestAnswer(r.Answers, conditionsTold(p.Norm), 1); a != nil && p.Form == nlu.FormYesNo && !parentsConsent {
		// "mon mari est devenu français deux ans après notre mariage, je peux faire la
		// déclaration ?": a condition of the route, told anywhere in the message, which no number
		// of years makes up for.
		w.para(b.allowedVerdict(w, p, a.Verdict == "yes"))
		return true
	}
	if res := r.Residence; res != nil && p.Form == nlu.FormYesNo {
		// "arrivée en France à 10 ans… la déclaration comme sœur ?": no, since 6 at the latest.
		if arrival := arrivalAge(s); arrival != nil && (res.Years == 0 || s.Age != nil) {
			at := 0
			if s.Age != nil {
				at = *s.Age
			}
			_, ok := rules.ResidenceMet(*res, *arrival, leftAt(s, at), at)
			if !ok || s.Age == nil || *s.Age >= r.MinAge {
				if ok {
					// Here since 4, 22 now: this route, if its other conditions are met.
					w.para(w.t("nat_route_yes", w.text(r.Name)))
				} else {
					w.para(w.t("nat_residence_since_no", strconv.Itoa(res.SinceAge), strconv.Itoa(*arrival)))
				}
				w.fact("residence_enough", strconv.FormatBool(ok), r.Sources...)
				return true
			}
			// Here early enough but younger than the route allows: the age decides, below.
		}
	}
	if f, ok := b.kb.Fact("nat.language"); ok && r.Language && p.Level != "" && f.Level != "" && p.Form == nlu.FormYesNo {
		// "marié depuis 6 ans, j'ai le B1 : je peux déposer ma déclaration ?": not below the
		// level the route asks, whatever the years.
		if need := b.levelNeeded(f, p); need != "" && knowledge.CEFRRank(p.Level) < knowledge.CEFRRank(need) {
			w.para(w.t("nat_level_no", need, p.Level))
			w.fact("level_enough", "false", f.Sources...)
			w.kbFact(f.ID)
			return true
		}
	}
	switch {
	case slices.Contains(r.Triggers, "married") && slices.Contains(s.Situations, "partner") &&
		!b.saysMarried(p.Norm):
		w.para(w.t("nat_partner_no"))
		return true
	case slices.Contains(r.Triggers, "married") && (s.Parents == knowledge.ParentsSeparated || s.Parents == knowledge.ParentsDivorced):
		// "séparés mais pas divorcés": the route requires that living together has not ceased.
		w.para(w.t("nat_separated_no"))
		return true
	case slices.Contains(r.Triggers, "born-in-france") && b.bornAbroad(p.Norm) && p.Form == nlu.FormYesNo:
		// "ma fille est née au Portugal… elle peut faire la déclaration prévue pour les enfants
		// nés en France ?": no, the route is for children born in France.
		w.para(w.t("nat_born_abroad_no", w.text(r.Name)))
		return true
	case len(r.AgeSteps) > 0 && s.Age != nil:
		return b.natAgeVerdict(w, r, *s.Age, s, p, noProcedure)
	case len(r.AgeSteps) > 0 && p.FutureAge != nil && *p.FutureAge > 0 && noProcedure && autoLater(r.AgeSteps, *p.FutureAge-1) > 0:
		// "j'aurai 18 ans en janvier, je dois faire une demande ?": the age before that birthday,
		// whose step to come brings the nationality by itself.
		return b.natAgeVerdict(w, r, *p.FutureAge-1, s, p, noProcedure)
	case len(r.AgeSteps) > 0 && stepAsked(r, p.Norm) > 0 && arrivalAge(s) != nil:
		// "j'habite ici depuis toujours. À 18 ans je deviens français automatiquement ?": the
		// step the question names, at its age.
		return b.natAgeVerdict(w, r, stepAsked(r, p.Norm), s, p, noProcedure)
	case r.MinAge >= b.kb.CNI.AdultAge && s.Age != nil && *s.Age < r.MinAge && p.LaterYears > 0 && p.Slots.Age == nil && (p.Form == nlu.FormYesNo || p.Form == nlu.FormNone):
		// "j'ai 62 ans… — et dans 3 ans ça ira ?": the age then, against the route's.
		at := *s.Age + p.LaterYears
		if at >= r.MinAge {
			w.para(w.t("nat_age_min_yes_later", strconv.Itoa(r.MinAge), strconv.Itoa(at)))
		} else {
			w.para(w.t("nat_age_min_no_later", strconv.Itoa(r.MinAge), strconv.Itoa(at)))
		}
		w.fact("age_enough", strconv.FormatBool(at >= r.MinAge), r.Sources...)
		return true
	case r.MinAge > 0 && len(r.AgeSteps) == 0 && s.Age != nil && *s.Age < r.MinAge && (p.Form == nlu.FormYesNo || p.Form == nlu.FormWhen) &&
		(r.MinAge >= b.kb.CNI.AdultAge || p.Slots.Age != nil && nlu.AgeTold(p.Norm, *s.Age)):
		// "mon père a 61 ans… il peut faire la déclaration comme ascendant ?": a route for older
		// people, not before its age ("j'ai 16 ans, je peux demander la naturalisation ?" too,
		// an age told as one: "un master en 2 ans" is no age); "née le 2 mars 1962… à partir
		// de quand ?": from that birthday.
		w.para(w.t("nat_age_min_no", strconv.Itoa(r.MinAge), strconv.Itoa(*s.Age)))
		if s.BirthDate != "" {
			w.para(w.t("nat_from_date", w.date(knowledge.MustDate(s.BirthDate).Time.AddDate(r.MinAge, 0, 0))))
		}
		w.fact("age_enough", "false", r.Sources...)
		return true
	case automatic && r.Kind != "" && !slices.ContainsFunc(r.AgeSteps, func(st knowledge.AgeStep) bool { return st.Who == "automatic" }):
		// "deviens-je française automatiquement en me mariant ?": no, a declaration is needed; a
		// route that comes by itself at some age answers by its steps.
		w.para(w.t("nat_not_automatic", w.text(r.Name)))
		return true
	case r.NoDuration && p.Form == nlu.FormYesNo && (b.hasCue(asked, knowledge.CueWait) || b.hasCue(asked, knowledge.CueDuration) || years == 0 && statedYears(asked) > 0):
		// "pour une réintégration par décret, il y a une durée minimale de résidence ?", "il faut
		// aussi 5 ans de résidence ?": none; "je peux sans attendre ?": yes.
		w.para(w.t(ternary(b.hasCue(asked, knowledge.CueWithout), "nat_no_minimum", "nat_no_minimum_wait"), w.text(r.Name)))
		w.fact("min_years", "0", r.Sources...)
		return true
	case m.MinYears == 0 && (r.MinYears > 0 || len(r.MinYearsBy) > 0) && p.Form == nlu.FormYesNo:
		// "je dois attendre ?", "il y a une durée minimale pour moi ?": no; "je peux demander
		// sans attendre ?": yes.
		// ("ma scolarité en français, ça réduit la durée ?" asks whether it is shorter: yes.)
		exists := (wait || (b.hasCue(asked, knowledge.CueDuration) || b.hasCue(asked, knowledge.CueObliged)) && !b.hasCue(asked, knowledge.CueWithout)) &&
			!b.hasCue(asked, knowledge.CueShorter)
		w.para(w.t(ternary(exists, "nat_no_minimum_wait", "nat_no_minimum"), w.text(r.Name)))
		w.fact("min_years", "0", r.Sources...)
		return true
	case m.MinYears > 0 && p.Form == nlu.FormYesNo && statedYears(p.Norm) > 0 && (years == 0 || b.hasCue(p.Norm, knowledge.CueClaimCheck) || statedYears(lastClause(firstChoice(questionSentence(p.Norm)))) > 0 && statedYears(p.Norm) != years):
		// "c'est bien 10 ans de résidence minimum ?", "on m'a dit qu'il fallait 5 ans, c'est
		// vrai ?" (after the years told), "ici depuis 3 ans avec un master… il me faut quand
		// même 5 ans ?" (stated in the clause that asks, not "j'ai lu qu'il fallait 5 ans… je
		// peux déjà ?"): the duration stated against the route's, then the person's own.
		what := ternary(slices.Contains(r.Triggers, "married"), "nat_years_marriage", "nat_years_residence")
		n := statedYears(p.Norm)
		holds := n == m.MinYears
		if statedDenied(p.Norm) {
			// "c'est vrai que je n'ai pas besoin d'attendre 5 ans ?": the claim is that fewer do.
			holds = m.MinYears < n
		}
		w.para(w.t(ternary(holds, "nat_stated_years_yes", "nat_stated_years_no"), strconv.Itoa(m.MinYears), w.t(what)))
		if years > 0 {
			w.para(w.t(ternary(years >= m.MinYears, "nat_own_years_met", "nat_own_years_unmet"), strconv.Itoa(years)))
			w.fact("years_enough", strconv.FormatBool(years >= m.MinYears), r.Sources...)
		}
		w.fact("min_years", strconv.Itoa(m.MinYears), r.Sources...)
		return true
	case m.MinYears > 0 && years > 0:
		later := p.LaterYears > 0 && p.Slots.Years == 0 && since.IsZero()
		if later {
			years += p.LaterYears // "donc l'année prochaine ce sera bon ?": the years then
		}
		if at := monthAhead(questionSentence(cmp.Or(p.Ask, p.Norm)), now); !at.IsZero() && !since.IsZero() && at.After(since) {
			// "mariés en mars 2023, donc en mars 2027 ça sera bon ?": the years on the month asked.
			years, later = fullYears(since, at), true
		}
		ok := years >= m.MinYears
		what := "nat_years_residence"
		if slices.Contains(r.Triggers, "married") {
			what = "nat_years_marriage"
		}
		key := "nat_years_no"
		if ok {
			key = "nat_years_yes"
		}
		switch {
		case wait:
			key = ternary(ok, "nat_years_wait_no", "nat_years_wait_yes")
		case later:
			key += "_later"
		case (p.Form == nlu.FormHow || p.Form == nlu.FormWhat || p.Form == nlu.FormWhy || p.Form == nlu.FormHowMuch) && !opensYesNo(cmp.Or(p.Ask, p.Norm)) || b.hasCue(lastClause(cmp.Or(p.Ask, p.Norm)), knowledge.CueCivic) ||
			b.hasCue(lastClause(cmp.Or(p.Ask, p.Norm)), knowledge.CueLanguageLevel):
			// "comment on s'organise pour le dossier ?", "je dois aussi passer l'examen
			// civique ?": the duration is told, but it is not what is asked, and no yes or no
			// answers it.
			key = ternary(ok, "nat_years_met", "nat_years_unmet")
		}
		w.para(w.t(key, strconv.Itoa(m.MinYears), w.t(what), strconv.Itoa(years)))
		if adult := b.kb.CNI.AdultAge; s.Age != nil && r.MinAge > 0 && r.MinAge < adult && *s.Age >= r.MinAge && *s.Age < adult {
			// "j'ai 17 ans… je peux demander la naturalisation ?": the request may be made, the
			// decree comes at 18.
			w.para(w.t("nat_age_apply_early", strconv.Itoa(r.MinAge), strconv.Itoa(adult)))
		}
		if d := since.AddDate(m.MinYears, 0, 0); !since.IsZero() && !ok {
			w.para(sinceDay(w, "nat_from", d, sinceMonth))
		} else if !since.IsZero() && p.Form == nlu.FormWhen {
			w.para(sinceDay(w, "nat_since", d, sinceMonth)) // "à partir de quand ?": since that day
		} else if since.IsZero() && !ok && s.IssueYear != 0 && s.IssueYear+years == now.Year() && (p.Form == nlu.FormWhen || wait) {
			// "en France depuis 2008… quand pourra-t-il ?": in the year the years are reached,
			// on the day of the arrival, which the year alone does not tell.
			w.para(w.t("nat_from_year", strconv.Itoa(s.IssueYear+m.MinYears)))
		}
		w.fact("years_enough", strconv.FormatBool(ok), r.Sources...)
		return true
	case m.MinYears > 0 && !since.IsZero():
		w.para(sinceDay(w, "nat_from", since.AddDate(m.MinYears, 0, 0), sinceMonth))
		return true
	}
	return false
}

// natAgeVerdict answers for a young person born in France from their age and the route's steps.
// noProcedure says the question asks whether something must be done rather than whether it comes
// by itself: the same fact gets a no instead of a yes.
func (b *Bot) natAgeVerdict(w *writer, r *knowledge.Route, age int, s nlu.Slots, p nlu.Parse, noProcedure bool) bool {
	steps := slices.Clone(r.AgeSteps)
	slices.SortFunc(steps, func(a, b knowledge.AgeStep) int { return a.From - b.From })
	solo := b.alone(p)
	// "je dois attendre mes 18 ans ?" asks the other way round: no, when a step is reached;
	// "elle préfère attendre ses 16 ans, à ce moment-là elle pourra le faire seule ?" asks in its
	// last clause.
	asked := firstChoice(p.Norm)
	if cs := clauses(questionSentence(asked)); len(cs) > 1 {
		asked = cs[len(cs)-1]
	}
	wait := b.hasCue(asked, knowledge.CueWait) && !b.hasCue(asked, knowledge.CueWithout)
	var reached *knowledge.AgeStep
	for i := range steps {
		if age >= steps[i].From {
			reached = &steps[i]
		}
	}
	a := strconv.Itoa(age)
	arrival, left := arrivalAge(s), departureAge(s)
	if arrival == nil && left != nil {
		arrival = new(int) // born here, and gone since: lived in France from birth until then
	}
	if reached != nil && reached.Residence != nil && arrival != nil && !noProcedure {
		// "revenue en France à 15 ans, j'ai 18 ans : je suis devenue française automatiquement ?":
		// the residence counted from an age, at the age of the step that comes by itself, or now.
		// "On est repartis en Tunisie quand il avait 9 ans, il a 17 ans": counted until then.
		at := age
		if reached.Who == "automatic" {
			at = reached.From
		}
		if years, ok := rules.ResidenceMet(*reached.Residence, *arrival, leftAt(s, at), at); !ok {
			need, since, came, got := strconv.Itoa(reached.Residence.Years), strconv.Itoa(reached.Residence.SinceAge), strconv.Itoa(*arrival), w.yearCount(years)
			auto, plain := "nat_age_residence_auto_no", "nat_age_residence_no"
			if left != nil {
				auto, plain, came = "nat_age_residence_left_auto_no", "nat_age_residence_left_no", strconv.Itoa(*left)
			}
			if reached.Who == "automatic" {
				w.para(w.t(auto, strconv.Itoa(at), need, since, came, got))
			} else {
				w.para(w.t(plain, need, since, came, got, strconv.Itoa(at)))
			}
			w.fact("residence_enough", "false", r.Sources...)
			return true
		}
	}
	switch {
	case reached == nil && age == 0 && !wait:
		w.para(w.t("nat_baby_not_yet", strconv.Itoa(steps[0].From))) // "notre bébé né à Paris est français ?"
	case reached == nil:
		w.para(w.t(ternary(wait, "nat_age_not_yet_wait", "nat_age_not_yet"), a, strconv.Itoa(steps[0].From)))
		if s.BirthDate != "" {
			// "née le 15 mai 2014… à partir de quand ?": that birthday.
			w.para(w.t("nat_from_date", w.date(knowledge.MustDate(s.BirthDate).Time.AddDate(steps[0].From, 0, 0))))
		}
	case reached.Who == "automatic" && noProcedure:
		w.para(w.t("nat_age_automatic_no_procedure", a))
		w.kbFact("nat.certificate") // what proves a nationality that came by itself
	case reached.Who == "automatic":
		w.para(w.t("nat_age_automatic", a))
		w.kbFact("nat.certificate")
	case solo && reached.Who != "self":
		w.para(w.t("nat_age_alone_not_yet", a, strconv.Itoa(selfFrom(r))))
	case noProcedure && b.hasCue(asked, knowledge.CueObliged) && autoLater(steps, age) > 0:
		// "j'aurai 18 ans en janvier, je dois faire une demande pour être français ?": no, it
		// comes by itself at the age of its step; a request is possible before it.
		w.para(w.t("nat_age_automatic_later", strconv.Itoa(autoLater(steps, age))))
	case reached.Who == "self" && b.hasCue(asked, knowledge.CueConsent) && (b.hasCue(asked, knowledge.CueOwnParent) || b.hasCue(p.Norm, knowledge.CueOwnParent)):
		// "j'ai 16 ans, j'ai besoin de l'accord de mes parents ?": no, alone from this age;
		// "…mes parents ne veulent pas. je peux devenir français sans leur accord ?": yes.
		w.para(w.t(ternary(containsWord(asked, withoutWords...), "nat_age_self", "nat_age_self_consent"), a))
	case reached.Who == "self":
		w.para(w.t(ternary(wait, "nat_age_self_wait", "nat_age_self"), a))
	case refusedByRoute(r, p):
		// "mon fils de 14 ans ne veut pas devenir français, on peut faire la déclaration sans son
		// accord ?": no, as the route's own answer says; its conditions (the child's consent)
		// follow.
		w.para(w.t("no"))
	default:
		w.para(w.t(ternary(wait, "nat_age_parents_wait", "nat_age_parents"), a))
	}
	who := "none"
	if reached != nil {
		who = reached.Who
	}
	w.fact("age_step", who, r.Sources...)
	return true
}

// routeAnswers reports whether one of the routes of the situations told has an answer of its own
// to the message ("il faut son accord à lui ?" for a child born in France).
func (b *Bot) routeAnswers(s nlu.Slots, p nlu.Parse) bool {
	for i := range b.kb.Nationality.Routes {
		r := &b.kb.Nationality.Routes[i]
		if slices.ContainsFunc(r.Triggers, func(t string) bool { return slices.Contains(s.Situations, t) }) {
			if a, _ := longestAnswer(r.Answers, p.Norm, 1); a != nil {
				return true
			}
		}
	}
	return false
}

// refusedByRoute reports whether the route's own answers give a no to what the message tells
// ("il ne veut pas devenir français").
func refusedByRoute(r *knowledge.Route, p nlu.Parse) bool {
	a, _ := longestAnswer(r.Answers, p.Norm, 1)
	return a != nil && a.Verdict == "no"
}

// permitAsked reports whether a question asks whether a residence permit must be held or valid
// ("il faut qu'elle ait un titre de séjour en règle ?"), not how to obtain one.
func (b *Bot) permitAsked(ask string) bool {
	return b.hasCue(ask, knowledge.CueResidencePermit) && !b.hasCue(ask, knowledge.CueObtain) && !b.hasCue(ask, knowledge.CueIrregularStay) &&
		(b.hasCue(ask, knowledge.CueObliged) || b.hasCue(ask, knowledge.CueValid) || containsWord(ask, "en regle", "regulier", "in order"))
}

// selfFrom is the age from which a route's young person may ask alone, 0 when none.
func selfFrom(r *knowledge.Route) int {
	for _, st := range r.AgeSteps {
		if st.Who == "self" {
			return st.From
		}
	}
	return 0
}

// autoLater is the age of a step, after age, at which the nationality comes by itself, 0 when no
// such step is still to come.
func autoLater(steps []knowledge.AgeStep, age int) int {
	for _, st := range steps {
		if st.Who == "automatic" && st.From > age {
			return st.From
		}
	}
	return 0
}

// stepAsked is the age of one of route r's steps the text names ("à 18 ans", "at 16"), 0 when
// it names none.
func stepAsked(r *knowledge.Route, norm string) int {
	for _, st := range r.AgeSteps {
		n := strconv.Itoa(st.From)
		if containsWord(norm, "a "+n+" ans", "des "+n+" ans", "at "+n, "op "+n+" jaar") {
			return st.From
		}
	}
	return 0
}

// parentBornInFrance reports whether a message tells a parent born in a French town in a
// clause of its own ("Mon père est algérien mais il est né à Lyon"), from the lexicon's births in
// France, and whether another clause tells the one asked of born there too ("Je suis né à Paris").
// ourChild says the one asked of is the writer's child: the writer and their spouse are parents.
func (b *Bot) parentBornInFrance(norm string, now time.Time, ourChild bool) (parent, own bool) {
	parents := slices.Concat(b.kb.Language.Cues[knowledge.CueOwnParent], []string{"son pere", "sa mere", "leur pere", "leur mere", "le pere", "la mere",
		"his father", "his mother", "her father", "her mother", "zijn vader", "zijn moeder", "haar vader", "haar moeder"})
	if ourChild {
		// Of "notre bébé", the writer's spouse is a parent, and so is the writer.
		parents = slices.Concat(parents, b.kb.Language.Cues[knowledge.CueSpouseNamed], []string{"moi je suis", "je suis ne", "je suis nee", "moi aussi"})
	}
	born := func(text string) bool {
		return containsWord(text, "ne", "nee", "nes", "nees", "born", "geboren") && slices.Contains(b.parser.Parse(text, now).Slots.Situations, "born-in-france")
	}
	// ("mais elle, elle est née à Lyon": the stressed pronoun and its subject in one clause.)
	norm = strings.NewReplacer("elle, elle", "elle elle", "lui, il", "lui il").Replace(norm)
	for _, c := range clauses(norm) {
		if !born(c) {
			continue // ("mes parents sont étrangers" tells no birth)
		}
		// The parent named is the one born when the birth comes after the name ("mon père est
		// algérien mais il est né à Lyon"; not "je suis né en France mais mes parents…").
		t, start := wordText(c), -1
		named := parents
		if ourChild && !b.hasCue(c, knowledge.CueChildNamed) {
			// "mon mari et moi sommes marocains, mais lui est né à Paris": the spouse, told by a
			// stressed pronoun in a clause that names no child; a plain "elle est née" is as
			// often the child's.
			named = slices.Concat(parents, []string{"lui est ne", "lui il est ne", "elle elle est nee"})
		}
		for _, w := range named {
			if e := cueEnd(t, w, false); e >= len(w) && (start < 0 || e-len(w) < start) {
				start = e - len(w)
			}
		}
		if start >= 0 && born(t[start:]) {
			parent = true
		} else {
			own = true
		}
	}
	return parent, own
}

// bornHereBesidesParent reports whether a message tells someone born in France outside the clause
// that tells a parent born there too ("je suis née à Paris. ma mère… est elle-même née en
// France"): a birth in France or in one of the French towns of the lexicon's births.
func (b *Bot) bornHereBesidesParent(norm string) bool {
	rest := strings.ReplaceAll(norm, "-", " ") // "elle-même": the cues' words
	for _, c := range b.kb.Language.Cues[knowledge.CueParentBornHere] {
		for {
			i := strings.Index(rest, c)
			if i < 0 {
				break
			}
			end := strings.IndexAny(rest[i:], ".?!,;")
			if end < 0 {
				end = len(rest) - i
			}
			rest = rest[:i] + " " + rest[i+end:]
		}
	}
	for _, ws := range b.kb.Words {
		if !slices.Contains(ws.Means, "sit:born-in-france") {
			continue
		}
		for _, ph := range ws.Phrases {
			town, ok := strings.CutPrefix(ph, "ne a ")
			switch {
			case ok:
				if containsWord(rest, ph, "nee a "+town, "nes a "+town, "naitre a "+town, "naissance a "+town) {
					return true
				}
			case strings.HasPrefix(ph, "ne ") || strings.HasPrefix(ph, "nee ") || strings.HasPrefix(ph, "born ") || strings.HasPrefix(ph, "geboren "):
				if containsWord(rest, ph) {
					return true
				}
			}
		}
	}
	return false
}

// yearCount is a number of years in the reply's language ("1 an", "4 ans").
func (w *writer) yearCount(n int) string {
	if n == 1 {
		return w.t("year_count", "1")
	}
	return w.t("years_count", strconv.Itoa(n))
}

// departureAge is the age at which the person left France, when told, below their age and not
// followed by a coming back.
func departureAge(s nlu.Slots) *int {
	if d := s.DepartureAge; d == nil || s.Age != nil && *d >= *s.Age || s.ArrivalAge != nil && *s.ArrivalAge > *d {
		return nil
	}
	return s.DepartureAge
}

// leftAt is the age until which the person lived in France, counted at the age at: the age they
// left it at, or at itself when they never did.
func leftAt(s nlu.Slots, at int) int {
	if d := departureAge(s); d != nil {
		return *d
	}
	return at
}

// arrivalAge is the age at which the person came to France, when told and below their age: an
// arrival at an age above theirs is someone else's (a parent's).
func arrivalAge(s nlu.Slots) *int {
	if s.ArrivalAge == nil || s.Age != nil && *s.ArrivalAge >= *s.Age {
		return nil
	}
	return s.ArrivalAge
}

// fullYears is the number of whole years from a to b.
func fullYears(a, b time.Time) int {
	n := b.Year() - a.Year()
	if b.YearDay() < a.YearDay() {
		n--
	}
	return n
}

// containsWord reports whether the normalised text has one of the words or phrases.
func containsWord(norm string, words ...string) bool {
	text := wordText(norm)
	for _, w := range words {
		if cueEnd(text, w, false) >= 0 {
			return true
		}
	}
	return false
}

// reBornIn finds where someone is told born ("elle est née au Portugal", "il est né à Marseille"),
// an auxiliary first: "les enfants nés en France" names a route, "nés au Sénégal" after "nous
// sommes sénégalais" the parents.
var reBornIn = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`\b(?:est|suis|es|sont|etait|soit|etes|sommes|was|is) (?:n(?:e|ee|es|ees)|born) (?:au|aux|en|a|in) ((?:\S+ ?){1,3})`)
})

// bornAbroad reports whether a message tells the birth of the one asked about in another country
// than France ("elle est née au Portugal"), from the countries the knowledge base's cue names, and
// tells no birth in France beside it ("notre fils est né à Marseille").
func (b *Bot) bornAbroad(norm string) bool {
	abroad := false
	for _, m := range reBornIn().FindAllStringSubmatch(wordText(norm), -1) {
		if countries := b.kb.Language.Cues[knowledge.CueForeignCountry]; !startsWithWord(m[1], countries...) && !startsWithWord("a "+m[1], countries...) {
			return false
		}
		abroad = true
	}
	return abroad
}

// ownSituationTold reports whether one of the situations told is a case of route r: a post with
// the French State for the naturalisation from abroad, not the naturalisation itself, which only
// names the kind of route asked.
func ownSituationTold(r *knowledge.Route, situations []string) bool {
	return slices.ContainsFunc(situations, func(x string) bool { return x != r.Kind && slices.Contains(r.Triggers, x) })
}

// otherRouteTold reports whether a situation told opens another route than r ("toute ma
// scolarité en français à Dakar" is the residence's francophone case, whatever city it names).
func (b *Bot) otherRouteTold(r *knowledge.Route, situations []string) bool {
	return slices.ContainsFunc(b.kb.Nationality.Routes, func(o knowledge.Route) bool {
		return o.ID != r.ID && slices.ContainsFunc(o.Triggers, func(t string) bool { return slices.Contains(situations, t) })
	})
}

// freeCitedLast is the fact of the topic's procedures that the last answer stated and that says
// what it describes is free (Fact.Free), if any: a price asked next is of that. (A fact that says
// it is paid, the stamp's own, is the price the topic's answer gives anyway.)
func (b *Bot) freeCitedLast(st *State, topic knowledge.Topic) *knowledge.Fact {
	for i := range b.kb.Procedures {
		pr := &b.kb.Procedures[i]
		if pr.Topic != topic {
			continue
		}
		for j := range pr.Facts {
			if f := &pr.Facts[j]; f.Free != nil && *f.Free && b.citedLast(st, f.ID) {
				return f
			}
		}
	}
	return nil
}

// ownPriceRegion reports whether a message names a region the fee rules price apart (Guyane) and
// the fact f gives that region a price of its own: "au même prix qu'en métropole ?" is then a no.
// The region may be named or be where a commune told lies ("je vis à Kourou").
func (b *Bot) ownPriceRegion(norm, region string, f *knowledge.Fact) bool {
	text := knowledge.Normalize(f.Text.String())
	for _, fee := range b.kb.CNI.Fees {
		for _, r := range fee.Regions {
			if (r == region || containsWord(norm, r)) && strings.Contains(text, r) {
				return true
			}
		}
	}
	return false
}

// freeRoute is the route a situation leads to when it costs no stamp duty (Route.NoFee) and the
// situation leads to no other; nil otherwise. (A route's stamp itself is the fact nat.fee's,
// whose verdict is given otherwise.)
func (b *Bot) freeRoute(situations []string) *knowledge.Route {
	if len(situations) > 1 {
		// "né à Lille… il a toujours vécu en France": living in France is the background of
		// the situation told with it, not a naturalisation asked about.
		situations = slices.DeleteFunc(slices.Clone(situations), func(x string) bool { return x == "resident" })
	}
	var free *knowledge.Route
	for i := range b.kb.Nationality.Routes {
		r := &b.kb.Nationality.Routes[i]
		if !slices.ContainsFunc(r.Triggers, func(t string) bool { return slices.Contains(situations, t) }) {
			continue
		}
		if !r.NoFee || free != nil {
			return nil
		}
		free = r
	}
	return free
}

// wordText is a normalised message with its words between single spaces, a space at each end.
func wordText(norm string) string {
	var b strings.Builder
	b.Grow(len(norm) + 2)
	b.WriteByte(' ')
	space := true
	for i := 0; i < len(norm); i++ {
		c := norm[i]
		sep := false
		switch c {
		case '\'', '-', '?', ',', '.', ' ', '\t', '\n', '(', ')', '!', ';', '"':
			sep = true
		case ':':
			// "got a text: your account…" ends a word; "10:30" is one time.
			sep = i+1 == len(norm) || norm[i+1] < '0' || norm[i+1] > '9'
		}
		if !sep {
			b.WriteByte(c)
			space = false
		} else if !space {
			b.WriteByte(' ')
			space = true
		}
	}
	if !space {
		b.WriteByte(' ')
	}
	return b.String()
}

// cueEnd returns where the first (or, with last set, the last) occurrence of phrase in text ends,
// -1 when there is none. text is a wordText; a phrase ending in * matches any word starting with
// it ("corrig*": "corrigent").
func cueEnd(text, phrase string, last bool) int {
	prefix, wild := strings.CutSuffix(phrase, "*")
	if prefix == "" {
		return -1
	}
	// The occurrences of the phrase that start a word (and, unless it ends in "*", end one),
	// found without building " phrase " for every cue of every message.
	at := func(i int) int {
		if i == 0 || text[i-1] != ' ' {
			return -1
		}
		end := i + len(prefix)
		if wild {
			return end + strings.IndexByte(text[end:], ' ')
		}
		if end >= len(text) || text[end] != ' ' {
			return -1
		}
		return end
	}
	if last {
		for j := len(text); j > 0; {
			i := strings.LastIndex(text[:j], prefix)
			if i < 0 {
				return -1
			}
			if e := at(i); e >= 0 {
				return e
			}
			j = i + len(prefix) - 1
		}
		return -1
	}
	for from := 0; from < len(text); {
		i := strings.Index(text[from:], prefix)
		if i < 0 {
			return -1
		}
		if e := at(from + i); e >= 0 {
			return e
		}
		from += i + 1
	}
	return -1
}

// naturalisedResident reads the situation "naturalisation" (the route named) as living in France.
func naturalisedResident(situations []string) []string {
	if !slices.Contains(situations, "naturalisation") {
		return situations
	}
	out := slices.DeleteFunc(slices.Clone(situations), func(x string) bool { return x == "naturalisation" || x == "resident" })
	return append(out, "resident")
}

// hasCue reports whether a message says one of the phrases of the knowledge base's cue name.
func (b *Bot) hasCue(norm, name string) bool {
	return b.cues.says(norm, name)
}

// hasCueUnhedged is hasCue that also reads the text without its words of emphasis ("prouver juste
// qu'on est majeur" is "prouver qu'on est majeur").
func (b *Bot) hasCueUnhedged(norm, name string) bool {
	return b.hasCue(norm, name) || b.hasCue(b.unhedged(norm), name)
}

// asksWhen reports whether a message asks when, or from what age ("elle pourra à partir de quel
// âge ?"), which the same answers settle.
func (b *Bot) asksWhen(p nlu.Parse) bool {
	return p.Form == nlu.FormWhen || b.hasCue(p.Norm, knowledge.CueAgeAsked)
}

// residenceTold is the years of residence in France a situation tells: its own, or the years
// told when no marriage could be what they count.
func residenceTold(s nlu.Slots) int {
	if s.ResidenceYears > 0 || slices.Contains(s.Situations, "married") {
		return s.ResidenceYears
	}
	return s.Years
}

// asksVenue reports whether the sentence that asks names where or how a file is filed ("c'est à
// la mairie ?", "on le dépose en papier à la préfecture ?"), not a place the story tells of
// ("il ne s'est jamais inscrit au consulat", "la préfecture va vérifier… ?").
func (b *Bot) asksVenue(p nlu.Parse) bool {
	if p.Ask == "" || b.hasCue(p.Ask, knowledge.CueNotRegistered) || containsWord(p.Ask, "inscrit", "inscrite", "inscription", "registered") {
		return false
	}
	// The place and the filing in one sentence: "on peut demander la naturalisation à la
	// mairie ?", not "on s'est mariés à la mairie de Villeurbanne. … je pouvais déjà demander
	// la nationalité ?". A question mark ends no sentence here: "on dépose où ? à la mairie ?"
	// asks one thing. (A town-hall agent's "c'est chez nous ?" names their town hall.)
	for _, ask := range strings.FieldsFunc(p.Ask, func(r rune) bool { return r == '.' || r == '!' || r == '\n' }) {
		if (b.hasCue(ask, knowledge.CueFilingVenue) || b.hasCue(ask, knowledge.CueByPost) || b.hasCue(ask, knowledge.CueOurOffice)) && b.hasCue(ask, knowledge.CueFilingVerb) {
			return true
		}
	}
	return false
}

// venueVerdict is the verdict on a place or a way of filing named in a yes/no question ("c'est à
// la mairie ?", "je l'envoie par courrier ?"), from the routes' authorities: yes when each
// names it; no when one names another place, or an online application for a letter; "" when the
// routes differ or say nothing of it.
func (b *Bot) venueVerdict(w *writer, routes []rules.RouteMatch, ask string) string {
	named := b.namedVenues(ask)
	byPost := b.hasCue(ask, knowledge.CueByPost)
	verdict := ""
	for _, m := range routes {
		auth := knowledge.Normalize(w.text(m.Route.Authority))
		if auth == "" {
			return ""
		}
		yes := !byPost
		for _, v := range named {
			yes = yes && containsWord(auth, v)
		}
		no := byPost && b.hasCue(auth, knowledge.CueOnlineFiling) || !byPost && !yes
		v := ternary(yes, "yes", ternary(no, "no", ""))
		if v == "" || verdict != "" && v != verdict {
			return ""
		}
		verdict = v
	}
	return yesNo(w, verdict == "yes")
}

// saysMarried reports whether a message says the person is married, not only that they compare
// their partnership with a marriage ("ça compte comme un mariage ?").
func (b *Bot) saysMarried(norm string) bool {
	married := b.kb.Language.Cues[knowledge.CueMarried]
	return nlu.Stated(norm, married) && !nlu.Denied(norm, married) // (not "on est pas mariés, juste pacsés")
}

// reAfterSpan finds how long after an event something came ("devenue française deux ans après
// notre mariage"): the answers of a route read "devenue française après", whatever the span.
var reAfterSpan = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`\b(devenue?s? francaise?s?|devenue?s? francais|naturalisee?s?) (?:(?:\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quelques|plusieurs) )?(?:ans?|annees?|mois) apres\b`)
})

// conditionsTold is a message as a route's answers read it: a span after an event said as "after"
// ("devenue française deux ans après notre mariage" reads "devenue française après"), and so a
// year of becoming French later than the wedding's ("devenue française en 2023, mariés en 2019").
func conditionsTold(norm string) string {
	told := reAfterSpan().ReplaceAllString(norm, "$1 apres")
	if m := reBecameIn().FindStringSubmatch(norm); m != nil {
		if w := reWeddingYear().FindStringSubmatch(norm); w != nil && m[2] > w[1] {
			told += " . " + m[1] + " apres"
		}
	}
	if m := reBecameAgo().FindStringSubmatch(norm); m != nil {
		// "mon mari a été naturalisé l'an dernier, on est mariés depuis 10 ans": French fewer
		// years ago than the wedding.
		if w := reMarriedFor().FindStringSubmatch(norm); w != nil {
			married, _ := strconv.Atoi(w[1])
			ago := yearsAgo(m[2])
			if ago >= 0 && married > ago {
				told += " . " + m[1] + " apres"
			}
		}
	}
	return told
}

// yearsAgo is how many years a time said as a span back names ("l an dernier" is 1, "il y a
// deux ans" 2, "cette annee" 0), -1 when it names none.
func yearsAgo(span string) int {
	switch {
	case strings.Contains(span, "dernier") || strings.Contains(span, "derniere") || span == "last year":
		return 1
	case strings.Contains(span, "cette annee") || span == "this year":
		return 0
	}
	for _, f := range strings.Fields(span) {
		if n, err := strconv.Atoi(f); err == nil {
			return n
		}
		// The numbers reBecameAgo reads in words ("il y a deux ans").
		if f == "une" {
			f = "un"
		}
		if n := slices.Index([]string{"un", "deux", "trois", "quatre", "cinq", "six"}, f); n >= 0 {
			return n + 1
		}
	}
	return -1
}

// reBecameAgo finds how long ago someone became French ("naturalisé l'an dernier", "devenue
// française il y a deux ans", "naturalisé français il y a 2 ans"), and reMarriedFor how long a marriage has lasted ("mariés depuis 10
// ans"): the first shorter than the second is a spouse French after the wedding.
var (
	reBecameAgo = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`\b(devenue?s? francaise?s?|devenue?s? francais|naturalisee?s?)(?: francaise?s?| francais)? (l an dernier|l annee derniere|cette annee|il y a (?:\d+|un|une|deux|trois|quatre|cinq|six) ans?|last year|this year)\b`)
	})
	reMarriedFor = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`\b(?:marie|maries|mariee|mariees|married)\b (?:depuis|for|since) (\d+) (?:ans|years)\b`)
	})
)

// reBecameIn finds the year someone became French ("devenue française en 2023", "naturalisé
// français en 2021"), and reWeddingYear a wedding's year ("mariés en 2019", "mariée depuis
// 2014"): one after the other is a spouse French after the wedding.
var (
	reBecameIn = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`\b(devenue?s? francaise?s?|devenue?s? francais|naturalisee?s?)(?: francaise?s?| francais)? (?:en|in) (\d{4})\b`)
	})
	reWeddingYear = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`\b(?:marie|maries|mariee|mariees|mariage|married|getrouwd)\b[^.?!]{0,25}?\b(?:en|in|depuis|since) (?:(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre) )?(\d{4})\b`)
	})
)

// reMarriedOn finds a wedding's month or day told ("mariés en février 2022", "married in
// June 2021"), which dates the marriage whatever other duration the message tells.
var reMarriedOn = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`\b(?:marie|maries|mariee|mariees|mariage|married|getrouwd)(?: (?:en|le|depuis|in|on|since|sinds))? (?:\d{1,2} |1er )?(janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|january|february|march|april|may|june|july|august|september|october|november|december|januari|februari|maart|mei|juni|juli|augustus) (\d{4})\b`)
})

// marriedOn is the first day of the month a wedding is told in ("mariés en février 2022"), the
// zero time when none is told or it is to come.
func marriedOn(norm string, now time.Time) time.Time {
	if t := monthOn(reMarriedOn(), norm, now); !t.IsZero() {
		return t
	}
	return placedMonthOn(norm, now)
}

// marriageWords name a wedding; placeStops end the words that may tell where it took place
// before its month ("mariés à la mairie du 7e en novembre 2023"): a duration or an arrival is
// another fact's ("mariée depuis trois ans, arrivée en mai 2020").
var (
	marriageWords = []string{"marie", "maries", "mariee", "mariees", "mariage", "married", "getrouwd"}
	placeStops    = []string{"ans", "an", "annees", "mois", "years", "jaar", "arrive", "arrivee", "arrives", "arrivees", "installe", "installee", "venu", "venue", "arrived", "moved", "depuis", "since"}
)

// placedMonthOn is the first day of a wedding's month told a few words after it, past the place
// it took place in, the zero time when none is told or it is to come.
func placedMonthOn(norm string, now time.Time) time.Time {
	toks := strings.Fields(strings.NewReplacer(",", " ", ".", " ").Replace(norm))
	for i, t := range toks {
		if !slices.Contains(marriageWords, t) {
			continue
		}
		for j := i + 1; j < min(len(toks)-1, i+9); j++ {
			if slices.Contains(placeStops, toks[j]) || slices.Contains(marriageWords, toks[j]) {
				break
			}
			mo, ok := nlu.MonthNamed(toks[j])
			y, err := strconv.Atoi(toks[j+1])
			if !ok || err != nil || y < 1900 {
				continue
			}
			if d := time.Date(y, mo, 1, 0, 0, 0, 0, time.UTC); !d.After(now) {
				return d
			}
			break
		}
	}
	return time.Time{}
}

// reArrivedOn finds the month and year of an arrival in France told ("arrivé en France en
// septembre 2024", "installée à Lyon depuis mars 2021", "je vis en France depuis septembre
// 2023"), which dates the residence whatever
// other date the message tells (a diploma's, a wedding's).
var reArrivedOn = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`\b(?:(?:arrive|arrivee|arrives|arrivees|installe|installee|installes|installees|venu|venue|venus|venues|arrived|moved)(?: (?:en|a|au|aux|in|to|de|du|des|d|from) (?:france|\S+)){0,2}|(?:vis|vit|vivons|vivent|habite|habitons|reside|residons|live|lives|living)(?: en france| in france| ici| here))(?: (?:en|depuis|le|in|on|since))? (?:\d{1,2} |1er )?(janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|january|february|march|april|may|june|july|august|september|october|november|december) (\d{4})\b`)
})

// arrivedOn is the first day of the month an arrival in France is told in, the zero time when
// none is told or it is to come.
func arrivedOn(norm string, now time.Time) time.Time {
	return monthOn(reArrivedOn(), norm, now)
}

// reMonthYear reads a month and its year ("en mars 2027", "in March 2027").
var reMonthYear = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`\b(janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|january|february|march|april|may|june|july|august|september|october|november|december|januari|februari|maart|juni|juli|augustus) (\d{4})\b`)
})

// monthAhead is the first day of the last month and year a question names, when it is to come:
// the day a verdict is asked of. It is the zero time when none is named.
func monthAhead(norm string, now time.Time) time.Time {
	ms := reMonthYear().FindAllStringSubmatch(norm, -1)
	if len(ms) == 0 {
		return time.Time{}
	}
	if t := monthStart(ms[len(ms)-1]); t.After(now) {
		return t
	}
	return time.Time{}
}

// monthStart is the first day of the month and year a match's two groups name.
func monthStart(m []string) time.Time {
	y, _ := strconv.Atoi(m[2])
	mo, _ := nlu.MonthNamed(m[1])
	return time.Date(y, mo, 1, 0, 0, 0, 0, time.UTC)
}

// monthOn is the first day of the month and year re finds (its two groups), the zero time when
// it finds none or the month is to come.
func monthOn(re *regexp.Regexp, norm string, now time.Time) time.Time {
	m := re.FindStringSubmatch(norm)
	if m == nil {
		return time.Time{}
	}
	t := monthStart(m)
	if t.After(now) {
		return time.Time{}
	}
	return t
}

func ternary(c bool, a, b string) string {
	if c {
		return a
	}
	return b
}

// decisions writes how long the administration has to decide on the request of each route the
// profile matches (of every route, when it names none), counted for this person; it reports
// whether any route had a period to give.
func (b *Bot) decisions(w *writer, prof rules.Profile, p nlu.Parse) bool {
	var routes []*knowledge.Route
	if len(prof.Situations) == 0 {
		for i := range b.kb.Nationality.Routes {
			routes = append(routes, &b.kb.Nationality.Routes[i])
		}
	} else {
		for _, m := range rules.NationalityRoutes(b.kb, prof) {
			routes = append(routes, m.Route)
		}
	}
	wrote := false
	for _, r := range routes {
		d := r.Decision
		if d == nil {
			continue
		}
		months, shorter := rules.DecisionMonths(r, prof)
		if p.Form != nlu.FormHowMuch && !wrote && d.ShorterAfterYears > 0 && prof.YearsFor(r) > 0 {
			// "c'est plus court pour moi ?": yes after the years that shorten it; "c'est
			// pareil ?": the other way round.
			if b.hasCue(p.Norm, knowledge.CueShorter) {
				w.para(yesNo(w, shorter))
			} else if b.hasCue(p.Norm, knowledge.CueSame) {
				w.para(yesNo(w, !shorter))
			}
		}
		w.para(w.t("nat_decision", w.text(r.Name), w.months(months)))
		switch {
		case shorter:
			w.para(w.t("nat_decision_shorter_yours", strconv.Itoa(prof.YearsFor(r)), strconv.Itoa(d.ShorterAfterYears), strconv.Itoa(d.Months)))
		case d.ShorterAfterYears > 0:
			w.para(w.t("nat_decision_shorter", strconv.Itoa(d.ShorterMonths), strconv.Itoa(d.ShorterAfterYears)))
		}
		if d.Extension > 0 {
			w.para(w.t("nat_decision_extension", w.months(d.Extension), w.text(d.ExtensionWhen)))
		}
		silence := d.Silence
		if len(silence) == 0 && r.By == knowledge.ByDeclaration {
			silence = b.kb.Nationality.DeclarationSilence // registered without a refusal in time
		}
		if len(silence) > 0 {
			w.para(w.text(silence))
		}
		w.fact("decision_months", r.ID+"="+strconv.Itoa(months), d.Sources...)
		wrote = true
	}
	return wrote
}

// levelNeeded is the level of French a file needs, of the language fact f: its level, or the one
// before it for a file completed before the change ("mon dossier était complet en novembre 2025");
// "" when the day decides (a year alone across the change) for the level told.
func (b *Bot) levelNeeded(f *knowledge.Fact, p nlu.Parse) string {
	need := f.Level
	// (A filing denied, "pas encore déposé ma demande", dates nothing: the level is today's.)
	filed := b.hasCue(p.Norm, knowledge.CueFiled) && !nlu.Denied(p.Norm, b.kb.Language.Cues[knowledge.CueFiled])
	if year := strconv.Itoa(p.Slots.IssueYear); filed && p.Slots.IssueYear != 0 && strings.Contains(p.Norm, year) && !slices.ContainsFunc(clauses(p.Norm), func(c string) bool {
		return strings.Contains(c, year) && b.hasCue(c, knowledge.CueFiled)
	}) {
		// "j'ai le DELF B1 depuis 2023… si je dépose mon dossier en janvier ?": the year told
		// dates the diploma, not the filing, which is today's or later.
		filed = false
	}
	if first, last, dated := p.Slots.IssueSpan(); dated && f.LevelFrom != nil && filed {
		// "mon dossier était complet en novembre 2025": the level of that day; a span across
		// the change (a year alone, 2026's first day inside) depends on the day.
		switch {
		case last.Before(f.LevelFrom.Time):
			need = f.LevelBefore
		case first.Before(f.LevelFrom.Time) && knowledge.CEFRRank(p.Level) >= knowledge.CEFRRank(f.LevelBefore) && knowledge.CEFRRank(p.Level) < knowledge.CEFRRank(f.Level):
			need = ""
		}
	}
	return need
}

// routeKindNamed returns the first route whose kind the message names ("la naturalisation", "une
// réintégration"), the routes of a kind listed from the most common situation; nil when it names
// none, or the kind of declaration, which several situations share.
//
// A kind compared with or put aside ("plus simple que la naturalisation", "sans passer par la
// naturalisation", "pas la naturalisation") is not the one asked.
func (b *Bot) routeKindNamed(norm string) *knowledge.Route {
	for i := range b.kb.Nationality.Routes {
		r := &b.kb.Nationality.Routes[i]
		if r.Kind == "" || r.Kind == "declaration" || len(r.Triggers) == 0 || !containsWord(norm, r.Kind) {
			continue
		}
		before := strings.Fields(norm[:strings.Index(norm, r.Kind)])
		if b.hasCue(strings.Join(before[max(0, len(before)-4):], " "), knowledge.CueSetAside) {
			return nil
		}
		return r
	}
	return nil
}

// natDocumentsAsked returns the facts listing the documents a message asks for, of the route it
// names (naturalisation, or the declaration by marriage, also told by the marriage of the
// situation), of both when it names neither; none when it asks no list ("il faut un acte de
// naissance ?" asks whether one paper is needed, which the list's verdict answers).
func (b *Bot) natDocumentsAsked(s nlu.Slots, p nlu.Parse) []string {
	ask := cmp.Or(p.Ask, p.Norm)
	if p.Form == nlu.FormYesNo {
		return nil
	}
	// A list of papers named ("quels papiers", "les pièces à fournir"), not one's own residence
	// papers ("en France depuis 6 ans avec mes papiers") nor another facet asked ("et niveau
	// français, il faut quoi ?").
	named := containsWord(ask, "pieces", "documents", "docs", "papiers", "justificatifs", "paperwork", "documenten", "papieren") &&
		!containsWord(ask, "mes papiers", "ses papiers", "nos papiers", "sans papiers", "my papers")
	if !named || !b.hasCue(ask, knowledge.CueDocumentsAsked) && !p.Has(nlu.Documents) && !b.hasCue(ask, knowledge.CueBring) &&
		!containsWord(ask, "fournir", "rassembler", "preparer", "provide", "prepare", "nodig") {
		return nil
	}
	return b.natDocumentFacts(s, p)
}

// natDocumentFacts returns the facts listing the documents of the route a message names
// (naturalisation, or the declaration by marriage, also told by the marriage of the situation),
// of both when it names neither.
func (b *Bot) natDocumentFacts(s nlu.Slots, p nlu.Parse) []string {
	natu := containsWord(p.Norm, "naturalisation", "naturaliser", "naturalise", "naturalisee", "naturalisé", "naturalisation par decret", "naturalization", "naturalisatie")
	marriage := containsWord(p.Norm, "mariage", "marie", "mariee", "conjoint", "conjointe", "epoux", "epouse", "marriage", "married", "spouse", "huwelijk") ||
		!natu && slices.Contains(s.Situations, "married")
	switch {
	case natu && !marriage:
		return []string{"nat.documents-naturalisation"}
	case marriage && !natu:
		return []string{"nat.documents-mariage"}
	}
	return []string{"nat.documents-naturalisation", "nat.documents-mariage"}
}

// sinceDay writes the day a duration is reached (key "nat_from" or "nat_since"), or only its
// month when the day it runs from was told by its month ("mariés en juin 2023": from June 2027,
// on the wedding's day, which the month alone does not tell).
func sinceDay(w *writer, key string, d time.Time, month bool) string {
	if month {
		return w.t(key+"_month", w.month(d))
	}
	return w.t(key+"_date", w.date(d))
}

// weddingTold is the first day of the month of the wedding the message tells, or, for a question that goes on
// with no date or duration of its own ("et donc à partir de quand exactement je pourrai
// déposer ?"), the one the question before told; the zero time when none is.
func (b *Bot) weddingTold(st *State, p nlu.Parse, now time.Time) time.Time {
	if t := marriedOn(p.Norm, now); !t.IsZero() || p.Slots.Years != 0 || p.Slots.IssueYear != 0 || p.Slots.IssueDate != "" || !p.Continues() && p.Words > 12 {
		return t
	}
	return marriedOn(st.LastAsk, now)
}

// certificateAsked answers the certificate of nationality's delay ("j'ai déposé ma demande de
// certificat de nationalité il y a 2 mois, ils ont combien de temps pour répondre ?") and where
// one who lives abroad asks for it ("je m'adresse à qui pour le certificat ? je vis au Maroc"),
// with the certificate itself; other questions on it go on to the general answer.
func (b *Bot) certificateAsked(w *writer, st *State, p nlu.Parse) (Reply, bool) {
	// ("c'est pour mon fils de 15 ans, il peut aller le demander lui-même ?" after the certificate:
	// an age and the asking alone, of the certificate the last answer named.)
	// ("lui-même" asks alone here, where no one else's presence is asked, unlike a card's "il
	// doit venir lui-même ?")
	asksAlone := b.hasCue(p.Norm, knowledge.CueAlone) || b.hasCue(p.Norm, knowledge.CueThemselves)
	aloneAfter := b.citedLast(st, "nat.certificate") && p.Slots.Age != nil && asksAlone && !p.TopicNamed
	// ("…combien coûte un certificat de nationalité ? — et une fois que je l'ai, il est valable
	// combien de temps ?", "je le demande où alors ?", "ça prend combien de temps ?": a short
	// question on, right after the certificate's answer, asks of it.)
	followUp := b.citedLast(st, "nat.certificate") && !p.TopicNamed && p.Words <= 14 && len(p.Slots.Situations) == 0 && !p.Deceit &&
		(p.Form == nlu.FormWhere || p.Form == nlu.FormHowLong || p.Form == nlu.FormWho) &&
		// ("il faut qu'elle ait vécu combien de temps en France ?" asks the route's residence.)
		!b.hasCue(upToQuestion(p.Norm), knowledge.CueLive) && !b.hasCue(upToQuestion(p.Norm), knowledge.CueStayAsked)
	named := containsWord(p.Norm, "certificat de nationalite", "certificate of nationality", "cnf") ||
		containsWord(p.Norm, "certificat", "certificate") && b.citedLast(st, "nat.certificate") || aloneAfter || followUp
	if !named {
		return Reply{}, false
	}
	ask := questionSentence(cmp.Or(p.Ask, p.Norm))
	wait := b.hasCue(ask, knowledge.CueAnswerWait) || slices.Contains(p.Intents, nlu.Delay) || followUp && p.Form == nlu.FormHowLong && !b.hasCue(ask, knowledge.CueValid)
	if followUp && p.Form == nlu.FormHowLong && b.hasCue(ask, knowledge.CueValid) {
		w.kbFact("nat.certificate") // its validity, which the fact says is not limited
		return w.done(Answer), true
	}
	abroad := st.Slots.Abroad != nil && *st.Slots.Abroad || p.Slots.Abroad != nil && *p.Slots.Abroad
	// ("je m'adresse à qui ?" asks where as much as "je le demande où ?"; a bare "ou" is as
	// often "or".)
	where := p.Form == nlu.FormWhere || p.Form == nlu.FormWho || slices.Contains(p.Intents, nlu.Where)
	age, alone := cmp.Or(p.Slots.Age, st.Slots.Age), b.kb.MustFact("nat.certificate").AloneFrom
	switch {
	case asksYesNo(p) && age != nil && alone > 0 && asksAlone:
		// "ma fille de 14 ans peut le demander seule ?", "mon fils a 15 ans, il voudrait faire
		// lui-même sa demande… c'est possible ?": from the age the fact sets.
		w.para(yesNo(w, *age >= alone))
	case wait:
		if p.Form == nlu.FormYesNo && b.hasCue(ask, knowledge.CueNormal) {
			w.para(w.t("yes")) // ("…toujours rien, c'est normal ?": within the delay)
		}
		w.kbFact("nat.certificate-delay")
	case abroad && where:
		w.kbFact("nat.certificate-abroad")
	case where:
		// "c'est où qu'on demande un certificat de nationalité ? à la mairie ?": the court its
		// fact names, and no to the place named if it is another.
		if verdict, ok := b.placeVerdict(w, b.namedVenues(p.Norm), "nat.certificate"); ok {
			w.para(verdict)
		}
	case asksYesNo(p) && expiryAsked(b.kb.MustFact("nat.certificate"), knowledge.Normalize(w.text(b.kb.MustFact("nat.certificate").Text)), ask, p.Norm):
		// "il a une date d'expiration ce certificat ? le mien date de 2009": no, its validity is
		// not limited.
		w.para(w.t("no"))
	case asksYesNo(p) && !abroad:
		// "c'est la mairie qui le délivre ?": whether the place named is where the certificate
		// is asked for, which its fact names.
		verdict, ok := b.namedVenue(w, ask, "nat.certificate")
		if !ok {
			return Reply{}, false
		}
		w.para(verdict)
	default:
		return Reply{}, false
	}
	w.kbFact("nat.certificate")
	return w.done(Answer), true
}

// namedVenues lists the places of filing a question names ("c'est à la mairie ?" names the town
// hall), an agent's "chez nous" naming their own town hall.
func (b *Bot) namedVenues(ask string) []string {
	var named []string
	for _, v := range b.kb.Language.Cues[knowledge.CueFilingVenue] {
		if containsWord(ask, v) {
			named = append(named, v)
		}
	}
	if b.hasCue(ask, knowledge.CueOurOffice) {
		named = append(named, "mairie") // the agent's own town hall
	}
	return named
}

// expiryAsked reports whether the question asks what one of a fact's "no" answers names, whatever
// longer phrase of a "yes" answer names the thing itself ("il a une date d'expiration, le
// certificat de nationalité ?" names the certificate, which its "yes" answers hold), given the
// fact's text normalised.
// A "yes" answer's phrase that the fact's own text holds only names the thing; one it does not
// hold ("encore valide") asks its validity, and wins over the "no" when at least as long.
func expiryAsked(f *knowledge.Fact, text, ask, norm string) bool {
	var noes, yeses []knowledge.Answer
	for _, a := range f.Answers {
		switch a.Verdict {
		case "no":
			noes = append(noes, a)
		case "yes":
			a.Asks = slices.DeleteFunc(slices.Clone(a.Asks), func(ph string) bool { return containsWord(text, ph) })
			yeses = append(yeses, a)
		}
	}
	no, n := answerIn(noes, ask, norm, 1)
	_, m := answerIn(yeses, ask, norm, 1)
	return no != nil && n > m
}

// namedVenue is the verdict on the places a yes/no question names ("c'est la mairie qui le
// délivre ?", "on le demande au tribunal ?") against the fact that says where the thing asked is
// done: yes when the fact names each, no otherwise; false when the question names no place or no
// verb of asking or delivering.
func (b *Bot) namedVenue(w *writer, ask, factID string) (string, bool) {
	if !b.hasCue(ask, knowledge.CueFilingVerb) && !b.hasCue(ask, knowledge.CueIssueVerb) {
		return "", false
	}
	return b.placeVerdict(w, b.namedVenues(ask), factID)
}

// placeVerdict is the yes or no of the places named against those fact factID's text names, for
// a question that asks where ("c'est où ? à la mairie ?") and so needs no verb of filing.
func (b *Bot) placeVerdict(w *writer, named []string, factID string) (string, bool) {
	if len(named) == 0 {
		return "", false
	}
	text := knowledge.Normalize(w.text(b.kb.MustFact(factID).Text))
	yes := true
	for _, v := range named {
		yes = yes && containsWord(text, v)
	}
	return yesNo(w, yes), true
}

// procedureForSelf reports whether a question asks whether the writer must take a route to the
// nationality ("je dois faire une demande de naturalisation ?"), which a French parent spares.
func (b *Bot) procedureForSelf(ask string) bool {
	return !b.hasCue(ask, knowledge.CueSelfFrench) && (b.hasCue(ask, knowledge.CueProcedure) || b.hasCue(ask, knowledge.CueAcquiresFrench)) &&
		containsWord(ask, "je", "j", "i", "ik")
}

// frenchByDescent reports whether the writer tells a French parent or grandparent of their own
// ("ma mère est française", "mon grand-père paternel était français") and asks whether they are,
// or can be, French themselves ("je suis français ?", "je pourrais être française par lui ?"),
// or must take a route to be ("je dois faire une demande de naturalisation ?"), and whether the
// French forebear is a grandparent (grand). The writer is then a descendant,
// never the ascendant of the declaration that grandparents of French citizens make.
func (b *Bot) frenchByDescent(p nlu.Parse) (grand, ok bool) {
	// (A birth in France told, "ma mère est française, née à Nantes", is the parent's or the
	// writer's own: French either way; a naturalisation named may be the route asked.)
	if slices.ContainsFunc(p.Slots.Situations, func(s string) bool { return s != "ascendant" && s != "born-in-france" && s != "naturalisation" }) || b.hasCue(p.Norm, knowledge.CueOwnChild) || b.hasCue(p.Norm, knowledge.CueDual) {
		return false, false
	}
	ask := cmp.Or(p.Ask, p.Norm)
	if b.hasCue(p.Norm, knowledge.CueBornOfFrench) && b.hasCue(ask, knowledge.CueObliged) {
		return false, true // "je suis née en Belgique d'un père français, je dois demander la nationalité ?"
	}
	if !b.hasCue(ask, knowledge.CueSelfFrench) && !b.procedureForSelf(ask) {
		return false, false
	}
	if b.hasCue(p.Norm, knowledge.CueBornOfFrench) {
		return false, true // "née d'un père français, je suis française ?"
	}
	for _, o := range b.kb.Language.Cues[knowledge.CueOwnParent] {
		for _, side := range []string{"", " paternel", " paternelle", " maternel", " maternelle"} {
			for _, is := range []string{" est", " etait", " il est", " elle est", " il etait", " elle etait", " is", " was", " a toujours ete", ""} {
				for _, fr := range []string{" francais", " francaise", " french", " frans", " franse"} {
					if containsWord(p.Norm, o+side+is+fr) {
						g := containsWord(o, "grand pere", "grand mere", "grands parents", "grandfather", "grandmother", "grootvader", "grootmoeder", "oma", "opa")
						return g, true
					}
				}
			}
		}
	}
	return false, false
}

// childFrenchAsked reports whether a message asks whether one's own child is French ("notre
// fils est né à Bruxelles, il est français ?"): the nationality's question, wherever the birth.
func (b *Bot) childFrenchAsked(p nlu.Parse) bool {
	return b.hasCue(questionSentence(p.Norm), knowledge.CueChildFrench) && (b.hasCue(p.Norm, knowledge.CueOwnChild) || b.hasCue(p.Norm, knowledge.CueBaby))
}

// nationalityProofAsked reports whether a message asks how French nationality is proved: in so
// many words ("prouver ma nationalité"), or "le prouver" of a nationality the message names or
// the answer before established ("…il est français automatiquement ? — il doit faire une
// démarche quand même pour le prouver ?").
func (b *Bot) nationalityProofAsked(st *State, p nlu.Parse) bool {
	if b.hasCue(p.Norm, knowledge.CueProveNationality) {
		return true
	}
	return b.hasCue(cmp.Or(p.Ask, p.Norm), knowledge.CueProveIt) &&
		(b.hasCue(p.Norm, knowledge.CueFrenchNational) || b.citedLast(st, "nat.certificate") && len(p.Slots.Situations) == 0)
}

// natPaper answers a question on one paper of a nationality file ("je peux traduire mon acte de
// naissance moi-même ?", "combien de fiches de paie ?", "l'apostille, la mairie peut la mettre
// ?"): the facts whose papers the message names, the refugee's first when the person is one,
// those the sentence that asks names before those only the story names. A yes/no question opens
// with the first verdict they settle: from a fact's answers, the age of a French act told
// against its limit, or the years in France told against the criminal record's threshold. It
// answers nothing when the question is only whether the file holds a paper ("il faut un acte de
// naissance ?"), which the file's list answers, or names a conviction rather than the record.
func (b *Bot) natPaper(w *writer, s nlu.Slots, p nlu.Parse) bool {
	ask := askedSentence(p.Norm)
	proc, ok := b.kb.Procedure("nationalite")
	if !ok {
		return false
	}
	var asked, told []*knowledge.Fact
	for i := range proc.Facts {
		f := &proc.Facts[i]
		if len(f.Papers) == 0 || f.Situation != "" && !slices.Contains(s.Situations, f.Situation) || !containsWord(p.Norm, f.Papers...) {
			continue
		}
		if f.MinYears > 0 && b.hasCue(withoutPhrases(p.Norm, f.Papers), knowledge.CueConviction) {
			continue // a conviction told, beside the paper, asks what bars the route, not the record's paper
		}
		if f.Situation != "" || containsWord(ask, f.Papers...) {
			asked = append(asked, f)
		} else {
			told = append(told, f)
		}
	}
	if len(asked) == 0 || slices.Equal(b.natDocumentFacts(s, p), []string{"nat.documents-mariage"}) {
		// Only the story names a paper ("pas de casier", "mariés il y a 5 ans à Oran"), or the
		// file is the declaration by marriage's, whose papers its own list gives.
		return false
	}
	facts := append(asked, told...)
	facts = facts[:min(len(facts), 2)]
	if asksYesNo(p) {
		if i, ok := b.paperVerdict(w, s, p, facts); ok {
			// The fact that settles the question comes first, after its verdict.
			facts[0], facts[i] = facts[i], facts[0]
		} else if b.hasCue(ask, knowledge.CueObliged) || b.hasCue(ask, knowledge.CueMandatory) || b.hasCue(ask, knowledge.CueBring) {
			// "il faut un acte de naissance pour la naturalisation ?": whether the file holds
			// the paper, which its list answers.
			for _, id := range b.natDocumentFacts(s, p) {
				if matchItem(b.kb.MustFact(id), ask) != nil {
					return false
				}
			}
		}
	}
	for _, f := range facts {
		w.kbFact(f.ID)
	}
	return true
}

// paperVerdict writes the first verdict the papers' facts settle for a yes/no question, and
// returns the index of the fact that settled it; false when none did.
func (b *Bot) paperVerdict(w *writer, s nlu.Slots, p nlu.Parse, facts []*knowledge.Fact) (int, bool) {
	for i, f := range facts {
		if ask := askedSentence(p.Norm); f.MaxAgeMonths > 0 && f.ID == "nat.papers-civil-status" && !b.bornAbroad(p.Norm) && !b.foreignAct(p.Norm) &&
			(b.hasCue(ask, knowledge.CueValid) || b.hasCue(ask, knowledge.CueStill) || b.hasCue(ask, knowledge.CueTooOld)) &&
			b.ageVerdict(w, p, f.ID, "natact") {
			// "algérien mais né à Marseille, un acte de naissance délivré en juin 2026, il passe
			// encore ?": a French act is good for 3 months. (A foreign one has no limit, which its
			// fact says.)
			return i, true
		}
		if f.MinYears > 0 && !slices.Contains(s.Situations, "refugee") {
			// (A refugee gives none, whatever the years: the refugee's fact, first, says so.)
			if years := residenceTold(s); years > 0 {
				// "en France depuis 12 ans, je dois quand même demander un extrait de casier
				// judiciaire dans mon pays ?": not from 10 years on.
				w.para(w.t(ternary(years >= f.MinYears, "natrecord_no", "natrecord_yes"), strconv.Itoa(f.MinYears), strconv.Itoa(years)))
				w.fact("record_needed", strconv.FormatBool(years < f.MinYears), f.Sources...)
				return i, true
			}
		}
		if a := b.answerOf(f.ID, p); a != nil && (a.Verdict == "yes" || a.Verdict == "no") {
			w.para(yesNo(w, a.Verdict == "yes"))
			return i, true
		}
	}
	return 0, false
}

// foreignAct reports whether a message names a civil-status act (CueCivilAct) by a foreign
// country's adjective ("mon acte de naissance marocain", "l'acte de mariage tunisien"), which has no time
// limit, unlike a French one.
func (b *Bot) foreignAct(norm string) bool {
	for _, act := range b.kb.Language.Cues[knowledge.CueCivilAct] {
		for _, adj := range b.kb.Language.Cues[knowledge.CueForeignNationality] {
			if containsWord(norm, act+" "+adj) {
				return true
			}
		}
	}
	return false
}

// stampPronoun reports whether a sequel's question stands for a thing by a pronoun and names no
// other paper ("il reste valable combien de temps ?", "je peux me le faire rembourser ?"), so
// that it may stand for the stamp the last answer priced.
func (b *Bot) stampPronoun(ask string) bool {
	return b.hasCue(ask, knowledge.CuePronounIt) && !b.hasCue(ask, knowledge.CuePaperNamed)
}

// withoutPhrases is norm with each of phrases taken out, so that a cue is read beside them ("mon
// casier judiciaire" names the paper, not a conviction).
func withoutPhrases(norm string, phrases []string) string {
	text := " " + wordText(norm) + " "
	for _, ph := range phrases {
		text = strings.ReplaceAll(text, " "+ph+" ", " ")
	}
	return strings.TrimSpace(text)
}

// bornWhereRulesDiffer answers for a child born where the nationality by birth has a condition
// of its own (Mayotte): "mon bébé né à Mamoudzou pourra devenir français grâce au droit du sol ?"
// gets the parents' residence the law asks, not the mainland route; "c'est toujours 3 mois ?" or
// "les règles sont les mêmes qu'à la Réunion ?" gets its "Non" from the fact's answers.
func (b *Bot) bornWhereRulesDiffer(w *writer, p nlu.Parse) (Reply, bool) {
	// (How a young man born there proves he is French for his card is the certificate's
	// question.)
	if !b.hasCue(p.Norm, knowledge.CueBirthRulesApart) || slices.Contains(p.Slots.Situations, "naturalisation") || b.hasCue(p.Norm, knowledge.CueProveNationality) || p.CardNamed || p.Slots.Application != "" ||
		!b.hasCue(p.Norm, knowledge.CueBirthWord) {
		return Reply{}, false
	}
	if a := b.answerOf("nat.mayotte", p); a != nil && asksYesNo(p) && (a.Verdict == "yes" || a.Verdict == "no") {
		w.para(yesNo(w, a.Verdict == "yes"))
	}
	w.kbFact("nat.mayotte")
	return w.done(Answer), true
}

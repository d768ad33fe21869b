package bot

// The Brussels digital key: what it is, the ways to get one, and what each commune's counter
// charges the person asking.

import (
	"cmp"
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/guichet/guichet/bot/nlu"
	"github.com/guichet/guichet/knowledge"
	"github.com/guichet/guichet/knowledge/rules"
)

func (b *Bot) digitalKey(w *writer, st *State, p nlu.Parse) (Reply, string) {
	if b.stepAsScam(w, "key.no-chip", p) {
		return w.done(Answer), ""
	}
	if r, ok := b.keyElsewhere(w, p); ok {
		return r, ""
	}
	if b.actsForAnother(p) && !p.Proxy && !p.HolderAway {
		// (Someone who cannot come, "il est hospitalisé, je peux faire sa clé à sa place ?", is
		// presence's question, answered below.)
		// "administrateur de biens d'un monsieur de 80 ans… puis-je obtenir une clé numérique à
		// son nom ?": no, each person registers in person, with an e-mail address of their own.
		w.para(w.t("no"))
		w.kbFact("key.no-chip")
		return w.done(Answer), ""
	}
	if q := questionSentence(p.Norm); b.hasCue(q, knowledge.CueCompanyNamed) && !b.hasCue(q, knowledge.CueOwnName) && !b.hasCue(p.Norm, knowledge.CueWorkEmail) {
		// "la société peut avoir sa propre clé ?", "can I get a digital key in the name of my
		// client's company?": no, a key is a person's; how a company's access is given. (One's
		// own key used for a company's filings, "je peux utiliser ma clé pour mon entreprise ?",
		// is another question.)
		if asksYesNo(p) {
			w.para(w.t("no"))
		}
		w.kbFact("key.company")
		return w.done(Answer), ""
	}
	otherCommune := st.Slots.AskedCommune != ""
	if b.twoResidents(p) {
		// (Two people, each in their commune: no office asked of another commune's resident.)
		st.Slots.AskedCommune, otherCommune = "", false
	}
	if otherCommune && !b.comparesPrices(p) && b.claimedCommune(p) == nil {
		b.otherOffice(w, st, p)
	}
	s := st.Slots
	intent := st.Intent
	if intent == "" {
		intent = nlu.What
		if s.Commune != "" || s.OutsideBX != nil {
			intent = nlu.Fee
		}
		st.Intent = intent
	}
	if p.Form == nlu.FormNone && (p.Slots.Commune != "" || p.Slots.OutsideBX != nil) && (intent == nlu.What || intent == nlu.Ways || intent == nlu.NoChip) && !p.Has(nlu.Ways) {
		// "je suis à Evere" told after "la clé numérique ?": where the person lives only
		// weighs on where to go and what it costs.
		intent = nlu.Fee
		st.Intent = intent
	}
	if _, price := b.asksFree(p); (intent == nlu.What || intent == nlu.Ways || intent == nlu.Fee && !p.Has(nlu.Fee) && !p.PriceNamed && !price) && p.Has(nlu.Documents) && !p.Has(nlu.Ways) {
		// "what do I need to bring to the commune?", "wat moet ik meebrengen?", "qu'est-ce que je
		// prends pour aller la chercher à Saint-Gilles ?" (no price asked): what to bring is said by
		// the way at the counter, the one that asks for papers.
		intent = nlu.NoChip
	}
	if _, price := b.asksFree(p); !price && !p.Has(nlu.Fee) && !p.PriceNamed && !b.hasCue(p.Norm, knowledge.CueLasts) && b.hasCue(cmp.Or(p.Ask, p.Norm), knowledge.CueCounterOutcome) {
		// "une fois l'identité vérifiée, qu'est-ce qu'on lui remet ?", "what will I receive
		// after the appointment?", "comment ça se passe au guichet ?": the way at the counter,
		// step by step, which says what one gets.
		intent = nlu.NoChip
	}
	if (p.Proxy || p.HolderAway) && asksYesNo(p) && (intent == nlu.What || intent == nlu.Ways) && !p.Has(nlu.Fee) && !p.PriceNamed ||
		p.Has(nlu.Presence) && asksYesNo(p) && !p.Has(nlu.Fee) && !p.PriceNamed &&
			!b.hasCue(p.Norm, knowledge.CueRemote) && !b.hasCue(p.Norm, knowledge.CueWithout) { // ("sans me déplacer ?" is the remote way's question)
		// "can I pick up a digital key on behalf of my mother?", "(combien à Watermael ?) et je
		// dois venir moi-même ou mon fils peut y aller pour moi ?": whether one comes oneself,
		// which the way at the counter says (in person), whatever facet was asked before.
		intent = nlu.NoChip
	}
	if _, asked := b.asksFree(p); asked && s.Commune != "" && (intent == nlu.What || intent == nlu.Ways) {
		intent = nlu.Fee // "je dois payer pour l'avoir à ma commune ?" asks its price
	}
	// "une commune fait payer 26 €, c'est laquelle ?" asks which commune as well.
	whichCommune := b.hasCue(cmp.Or(p.Ask, p.Norm), knowledge.CueWhichCommune) ||
		b.hasCue(p.Ask, knowledge.CueWhichOne) && b.hasCue(p.Norm, knowledge.CueCommuneWord)
	if free, asked := b.asksFree(p); asked && free && (whichCommune || containsWord(p.Norm, "anywhere", "quelque part", "nulle part", "ergens")) {
		// "dans quelles communes est-elle gratuite ?": the communes where residents pay nothing.
		b.freeCommunes(w, p.Form == nlu.FormYesNo)
		return w.done(Answer), ""
	}
	if whichCommune && s.Commune == "" && s.OutsideBX == nil && !b.hasCue(p.Norm, knowledge.CueCounter) {
		// "dans quelles communes on ne peut pas l'avoir ?", "une commune la fait payer 26 €,
		// c'est laquelle ?": a question on all the communes, which their table answers; where
		// the person should go ("à quel guichet je vais ?") still depends on where they live.
		b.communeTable(w)
		if ask := cmp.Or(p.Ask, p.Norm); b.hasCue(ask, knowledge.CueNegation) || containsWord(ask, "don t", "doesn t", "do not", "does not") {
			// "combien de communes ne la délivrent pas, et lesquelles ?": their count, and where
			// their residents go.
			w.kbFact("key.everyone-must-go")
		}
		return w.done(Answer), ""
	}
	if b.hasCue(cmp.Or(p.Ask, p.Norm), knowledge.CueWhatNext) && (b.hasCue(p.Norm, knowledge.CueCode) || b.hasCue(p.Norm, knowledge.CuePaper)) && !b.hasCue(p.Norm, knowledge.CueEIDPin) {
		// "I got a paper with a code at the Ixelles counter. What do I do with it now?": the
		// counter's way, whose last steps are the activation, and how long the code keeps.
		w.kbFact("key.no-chip")
		w.kbFact("key.validity")
		return w.done(Answer), ""
	}
	if asksYesNo(p) && !b.hasCue(p.Norm, knowledge.CueEIDPin) && b.hasCue(p.Norm, knowledge.CueMeansLost) && !b.hasCue(p.Norm, knowledge.CueFound) &&
		containsWord(p.Norm, "lien", "mail", "e mail", "link") {
		// "j'ai perdu le papier avec le code d'activation mais j'ai le mail avec le lien, ça
		// suffit ?": no, the key is activated with the link and the code; past the days they
		// keep, or without one of them, a new request.
		w.para(w.t("no"))
		w.kbFact("key.no-chip")
		w.kbFact("key.validity")
		return w.done(Answer), ""
	}
	if asksYesNo(p) && b.hasCue(p.Norm, knowledge.CueWorkEmail) {
		// "je peux donner mon adresse mail du travail ?": no, the key asks a personal one, as
		// "il faut vraiment une adresse personnelle ? j'ai que celle du boulot" gets a yes.
		ask := cmp.Or(p.Ask, p.Norm)
		w.para(yesNo(w, (b.hasCue(ask, knowledge.CueObliged) || b.hasCue(ask, knowledge.CueMandatory)) &&
			containsWord(ask, "personnelle", "personnel", "perso", "privee", "personal", "private", "persoonlijk", "persoonlijke", "prive")))
		w.kbFact("key.no-chip")
		return w.done(Answer), ""
	}
	if b.hasCue(p.Norm, knowledge.CueEIDPin) && b.hasCue(p.Norm, knowledge.CueForgotten) && !p.Proxy && p.Slots.Commune == "" {
		// "j'ai oublié le code PIN de mon eID, je peux quand même me connecter avec le lecteur ?":
		// no; the commune gives a new one. (A commune named asks of its office: "j'ai oublié mon
		// PIN, Anderlecht ne fait pas les clés, c'est normal ?")
		if a := b.answerOf("key.eid-pin", p); a != nil && p.Form == nlu.FormYesNo {
			w.para(b.allowedVerdict(w, p, a.Verdict == "yes"))
		}
		w.kbFact("key.eid-pin")
		return w.done(Answer), ""
	}
	if f := b.kb.MustFact("key.validity"); asksYesNo(p) && f.MaxDays > 0 && intent == nlu.Validity && b.hasCue(cmp.Or(p.Ask, p.Norm), knowledge.CueUnlimited) {
		// "Blijft die link onbeperkt geldig?": no, the link and code keep only so many days.
		w.para(w.t("no"))
		w.kbFact(f.ID)
		return w.done(Answer), ""
	}
	if f := b.kb.MustFact("key.validity"); asksYesNo(p) && p.LaterDays > 0 && f.MaxDays > 0 &&
		(intent == nlu.Validity || b.hasCue(p.Norm, knowledge.CueActivate)) {
		// "il part demain pour 3 semaines, il pourra activer sa clé avec le lien à son retour ?":
		// the days to come, and those already past since it was given ("reçu hier"), against the
		// days the link may wait.
		w.para(yesNo(w, p.LaterDays+*cmp.Or(p.AgoDays, new(int)) <= f.MaxDays))
		w.kbFact(f.ID)
		return w.done(Answer), ""
	}
	stillWorks := b.hasCue(cmp.Or(p.Ask, p.Norm), knowledge.CueStill) || b.hasCue(p.Norm, knowledge.CueStoppedWorking)
	if f := b.kb.MustFact("key.validity"); p.Form == nlu.FormYesNo && (intent == nlu.Validity || stillWorks) && p.AgoDays != nil && f.MaxDays > 0 {
		// "code reçu il y a 10 jours, c'est encore bon ?": within the days it may wait; "le lien
		// marche plus après 3 semaines, c'est normal ?": past them. Whatever the examples read
		// in the story, "il marche encore ?" with a date asks this ("le code d'activation sur
		// papier le 3 novembre… il marche encore ?").
		// ("…il y a 10 jours, c'est trop tard ?" asks it the other way round, unless a first
		// choice comes before: "c'est encore bon ou c'est trop tard ?")
		w.para(yesNo(w, (*p.AgoDays <= f.MaxDays) != (b.hasCue(p.Norm, knowledge.CueStoppedWorking) || b.hasCue(firstChoice(cmp.Or(p.Ask, p.Norm)), knowledge.CueTooLate))))
		w.kbFact(f.ID)
		return w.done(Answer), ""
	}
	if ask := cmp.Or(p.Ask, p.Norm); containsWord(ask, "code d activation", "codes d activation", "le code", "les codes", "activation code", "the code", "the codes", "activatiecode", "de code") &&
		b.hasCue(ask, knowledge.CueSentVerb) && (p.Form == nlu.FormHow || b.hasCue(ask, knowledge.CueSentBy)) &&
		!b.hasCue(p.Norm, knowledge.CueStoppedWorking) && p.AgoDays == nil {
		// "le code d'activation, on le reçoit comment ? par la poste ?": on paper at the counter,
		// the link by e-mail, as the steps say ("par la poste ?", "both by e-mail?": no).
		if asksYesNo(p) {
			w.para(w.t("no"))
		}
		w.kbFact("key.no-chip")
		w.kbFact("key.validity")
		return w.done(Answer), ""
	}
	if ask := cmp.Or(p.Ask, p.Norm); b.hasCue(ask, knowledge.CueExtraPaper) && (b.hasCue(ask, knowledge.CueBring) || p.Has(nlu.Documents)) && !b.hasCue(ask, knowledge.CuePersonal) {
		// "do I need to bring anything else?" after the passport: besides the identity paper the
		// office checks, the one other thing to have is a personal e-mail address.
		for _, it := range b.kb.MustFact("key.no-chip").Items {
			if b.hasCue(knowledge.Normalize(w.text(it.Text)), knowledge.CuePersonal) {
				w.para(w.t("key_step_yes", lowerFirst(w.text(it.Text))))
				w.kbFact("key.no-chip")
				return w.done(Answer), ""
			}
		}
	}
	if b.asksKeyPaper(p) {
		// "My ID card expired. Is it ok if I bring my passport instead?": whatever the story
		// tells, the question asks whether the office takes that paper, which its steps say.
		w.para(w.t("yes"))
		w.kbFact("key.no-chip")
		return w.done(Answer), ""
	}
	if p.Form == nlu.FormYesNo && len(w.r.Blocks) == 0 && !b.hasCue(p.Norm, knowledge.CueStoppedWorking) {
		// "Can I go to the commune instead of her to get her key?": no, one comes in person, as
		// the steps say; "je peux la demander par téléphone ?": no, in person.
		// ("…à la place de mon grand-père de 87 ans ?": the lexicon's acts in another's stead.)
		proxy := containsWord(p.Norm, "instead of her", "instead of him", "instead of me", "on her behalf", "on his behalf", "on my behalf", "in haar plaats", "in zijn plaats", "in mijn plaats") ||
			b.hasCue(p.Norm, knowledge.CueActInPlace)
		// ("j'ai reçu le code par mail, je peux l'activer ?" tells how something came, asks no
		// request by mail.)
		remote := containsWord(p.Norm, "par telephone", "par mail", "par e mail", "by phone", "by e mail", "by email", "per telefoon", "per mail") &&
			containsWord(p.Norm, "demander", "obtenir", "faire", "request", "apply", "get", "aanvragen", "krijgen") && !containsWord(p.Norm, "recu", "received", "ontvangen", "gekregen")
		if proxy || remote {
			w.para(w.t(ternary(proxy, "presence_proxy_no", "no")))
			w.kbFact("key.no-chip")
			return w.done(Answer), ""
		}
	}
	if b.hasCue(p.Norm, knowledge.CueStoppedWorking) && p.Form != nlu.FormYesNo && p.Question &&
		containsWord(p.Norm, "lien", "le code", "code d activation", "link", "activation code", "de link", "activatiecode", "de code") {
		// "en rentrant de vacances, le lien de l'e-mail ne marche plus, pourquoi ?": the link
		// and code wait only so many days.
		w.kbFact("key.validity")
		return w.done(Answer), ""
	}
	if b.keyComparison(w, s, p) || b.keyPriceClaim(w, p) {
		return w.done(Answer), ""
	}
	if dear, cheap := containsWord(p.Norm, "le plus cher", "la plus chere", "the most expensive", "most expensive", "duurste"), containsWord(p.Norm, "le moins cher", "la moins chere", "the cheapest", "cheapest", "goedkoopste"); (dear || cheap) && s.Commune == "" && p.Form != nlu.FormYesNo {
		// "quelle commune fait payer le plus cher la clé à ses habitants ?"
		b.keyExtremeVerdict(w, nil, dear)
		return w.done(Answer), ""
	}
	if ways := b.kb.MustFact("key.ways"); p.Slots.Commune == "" && !p.NoChip {
		// "et si je n'ai pas de lecteur de carte ?": the other ways, whatever facet the examples
		// found; a message that lacks several ways ("pas de lecteur, pas itsme, et ma carte est
		// française") and that the examples read as the way without a chip card is that way.
		// A way the question asks for by name ("geen kaartlezer… hoe krijg ik een activatiecode ?")
		// is that way's question, not the others'.
		var others []string
		denied, asked, remote, counter := 0, false, false, false
		for i := range ways.Items {
			it := &ways.Items[i]
			named := slices.ContainsFunc(it.Match, func(m string) bool { return containsWord(p.Norm, m) })
			if named && nlu.Denied(p.Norm, it.Match) {
				denied++
				continue
			}
			asked = asked || slices.ContainsFunc(it.Match, func(m string) bool { return containsWord(p.Ask, m) })
			others = append(others, w.text(it.Text))
			remote = remote || !it.InPerson
			counter = counter || it.InPerson
		}
		// (The code from the counter, the way without a chip card's, asked by its activation.)
		asked = asked || intent == nlu.NoChip && b.hasCue(p.Ask, knowledge.CueActivate)
		if denied > 0 && !asked && (intent != nlu.NoChip || denied == 1) {
			if _, price := b.asksFree(p); p.Form == nlu.FormYesNo && !price {
				// "pas de lecteur ni itsme, je peux quand même avoir une clé ?": yes while a way
				// is left; "un lecteur, c'est obligatoire ?": no, for the same reason.
				obliged := b.hasCue(p.Norm, knowledge.CueObliged) || b.hasCue(p.Norm, knowledge.CueMandatory)
				if b.hasCue(p.Norm, knowledge.CueRemote) && !remote {
					// "par téléphone, sans me déplacer ?": the way left needs going in person.
					w.para(w.t("no"))
				} else {
					w.para(yesNo(w, len(others) > 0 != obliged))
				}
			}
			w.list(w.t("key_other_ways"), others)
			w.entry(ways.ID)
			w.sources(ways.Sources...)
			if counter && p.Form != nlu.FormYesNo {
				// "pas de lecteur ni itsme, comment j'obtiens une clé ?": a way left is the
				// counter's, whose steps (what to bring, the code, the e-mail) the others' names
				// do not tell.
				w.kbFact("key.no-chip")
			}
			return w.done(Answer), ""
		}
	}
	if opens := b.answerOf("key.services", p); b.hasCue(cmp.Or(p.Ask, p.Norm), knowledge.CueServices) || opens != nil && p.Form == nlu.FormYesNo && p.Slots.Commune == "" {
		// "je pourrai aller sur quels sites ?", "can I log into MyMinfin with it?": the services
		// the key opens, whatever facet the examples found.
		if opens != nil && p.Form == nlu.FormYesNo {
			w.para(yesNo(w, opens.Verdict == "yes"))
		}
		w.kbFact("key.services")
		if intent == nlu.What && opens == nil {
			w.kbFact("key.ways") // "wat is een digitale sleutel en waarvoor kan ik die gebruiken?"
		}
		return w.done(Answer), ""
	}
	if p.Form == nlu.FormYesNo && !otherCommune {
		b.keyVerdict(w, st, s, p)
	}
	switch intent {
	case nlu.Fee:
		return b.keyOptions(w, s, p, len(w.r.Blocks) == 0)
	case nlu.What:
		// What it is says what it opens: "c'est quoi la clé numérique ?" asks what it is for.
		w.kbFact("key.what")
		w.kbFact("key.services")
		w.kbFact("key.ways")
	case nlu.Ways:
		w.kbFact("key.ways")
	case nlu.NoChip:
		if s.CardType == knowledge.CardEID {
			w.para(w.t("key_eid"))
			w.kbFact("key.ways")
			return w.done(Answer), ""
		}
		if asksYesNo(p) && len(w.r.Blocks) == 0 && (p.Proxy || p.HolderAway) {
			// "sa fille a une procuration et sa carte, on peut faire la démarche avec elle ?": no,
			// one comes in person, as the steps say.
			w.para(w.t("presence_proxy_no"))
		}
		if _, price := b.asksFree(p); p.Form == nlu.FormYesNo && len(w.r.Blocks) == 0 && !price && !p.Proxy {
			// "pas d'eID belge, je peux quand même avoir une clé ?": yes, the way without a chip
			// card is for that.
			w.para(w.t("yes"))
		}
		w.kbFact("key.no-chip")
		w.kbFact("key.validity")
		if s.Commune != "" || s.OutsideBX != nil {
			return b.keyOptions(w, s, p, false)
		}
		w.kbFact("key.everyone-must-go")
	case nlu.Validity:
		w.kbFact("key.validity")
	}
	return w.done(Answer), ""
}

// otherOffice answers of another commune named after the person said where they live: that
// commune's office, for someone living where they said. Unless the message says so ("pour
// moi", "là-bas en tram", both communes told), the commune may also be a move: when a resident
// there pays otherwise, that price follows, as a condition, rather than a question.
func (b *Bot) otherOffice(w *writer, st *State, p nlu.Parse) {
	home, asked := st.Slots.Commune, st.Slots.AskedCommune
	st.Slots.AskedCommune = ""
	_, okH := b.communeByID(home)
	a, okA := b.communeByID(asked)
	if !okH || !okA {
		return
	}
	price := func(resident string) (knowledge.Money, bool) {
		_, m, ok := b.officePrice(rules.Person{Commune: resident, Card: st.Slots.CardType}, asked)
		return m, ok
	}
	visiting, okV := price(home)
	moved, okM := price(asked)
	// Once the person has asked about another commune's office than their own, "et à
	// Schaerbeek ?" goes on with such questions; a move would say so.
	// "un habitant de Berchem se présente à notre guichet d'Ixelles": a message that says both
	// where the person lives and which office is asked about leaves nothing to ask.
	toldBoth := p.Slots.HomeStated && p.Slots.AskedCommune != ""
	// "Schaerbeek c'est plus simple pour nous en tram, ça nous coûtera combien là-bas ?": a
	// commune gone to, not moved to.
	// "hoeveel kost het dan in schaarbeek voor mij?": for the person as they said they live.
	goneTo := b.hasCue(p.Norm, knowledge.CueOverThere) || b.hasCue(p.Norm, knowledge.CueForSelf)
	movedOtherwise := !p.FirstPerson && !st.Visiting && !toldBoth && !goneTo && okM && (!okV || visiting != moved)
	// The office of the commune asked about, for someone living where they said.
	st.Visiting = true
	if dear, ok := b.comparedPrice(p); ok && b.keyRelativeVerdict(w, st.Slots, a, dear) {
		return // "et Schaerbeek ce serait moins cher pour moi ?"
	}
	switch {
	case okV && (p.Form == nlu.FormYesNo || opensYesNo(cmp.Or(p.Ask, p.Norm)) || b.hasCue(b.afterCue(cmp.Or(p.Ask, p.Norm), knowledge.CueIndirect, 3), knowledge.CueAllowed)):
		// ("Kan ik in Schaarbeek een activatiecode krijgen en hoeveel kost dat?": a yes/no that
		// opens the question, before its price; so too asked indirectly, "could you tell me if
		// I can get the key in Uccle, and how much?".)
		amount := w.money(visiting)
		verdict := w.t("yes")
		if yes, asked := b.officeVerdict(p, st.Slots, a.ID); asked {
			verdict = yesNo(w, yes)
		} else if yes, asked := b.priceVerdict(p, visiting); asked {
			verdict = yesNo(w, yes)
		}
		w.para(w.t("key_price_for_you", verdict, w.text(a.Name), amount))
	case okV:
		w.para(w.t("key_at", w.text(a.Name), w.money(visiting)))
	case a.Issues:
		w.para(w.t("key_residents_only", w.text(a.Name))) // its counter serves its residents
	default:
		w.para(w.t("key_none_home", w.text(a.Name)))
	}
	if movedOtherwise {
		w.para(w.t("key_if_moved", w.text(a.Name), w.money(moved))) // "et à Schaerbeek ?": unless they moved there
	}
	w.entry("commune:" + a.ID)
	w.sources(a.Sources...)
}

// priceRange answers a price asked with no commune told: it depends on the commune, from free
// in some to the dearest's price (from the communes' tariffs), a no to "c'est gratuit partout ?"
// or "le même prix dans toutes les communes ?"; then it asks where the person lives, with the
// communes as quick replies, for the exact price.
func (b *Bot) priceRange(w *writer, p nlu.Parse) (Reply, string) {
	if _, price := b.asksFree(p); !price && p.Form != nlu.FormHowMuch && (p.Form == nlu.FormWhere || p.Has(nlu.Where) || b.hasCue(p.Norm, knowledge.CueElsewhere) || b.hasCue(p.Norm, knowledge.CueOnlyPlace)) {
		// "where can I get a digital key in Brussels?", "ma commune ne les fait pas, je peux
		// aller dans une autre ?", "il faut obligatoirement aller au SPF BOSA, c'est le seul
		// endroit ?": any local registration office, or BOSA; the commune makes it precise.
		if asksYesNo(p) {
			only := b.hasCue(p.Norm, knowledge.CueMandatory) || b.hasCue(p.Norm, knowledge.CueOnlyPlace)
			w.para(yesNo(w, !only))
		}
		w.kbFact("key.everyone-must-go")
		w.kbFact("key.outside-brussels")
		r, pending := b.askCommune(w)
		r.Kind = Answer
		return r, pending
	}
	if word, named := b.sharedNameCommunes(p.Norm); len(named) > 1 {
		// "j'habite à Woluwe, c'est combien ?": two communes bear the name; the answer for each,
		// then which one is the person's.
		var items []string
		for _, c := range named {
			_, m, ok := b.officePrice(rules.Person{Commune: c.ID}, c.ID)
			if !ok {
				items = nil
				break
			}
			items = append(items, w.t("key_option_residents", w.text(c.Name), w.money(m)))
			w.entry("commune:" + c.ID)
			w.sources(c.Sources...)
			w.option(w.text(c.Name), w.text(c.Name))
		}
		if items != nil {
			w.list(w.t("key_depends_which", word), items)
			w.kbFact("key.price-note")
			r, pending := ask(w, askCommune, w.t("ask_which_commune"))
			r.Kind = Answer
			return r, pending
		}
		w.r.Options = nil
	}
	free := 0
	for _, rt := range b.residentTariffs() {
		if rt.amount.IsFree() {
			free++
		}
	}
	dear, amount := b.keyExtreme(w, true)
	if dear == nil {
		return b.askCommune(w)
	}
	// "c'est le même prix dans toutes les communes ?" asks yes or no, though it names the price.
	ask := cmp.Or(p.Ask, p.Norm)
	everywhere := (asksYesNo(p) || b.hasCue(ask, knowledge.CueSame)) && b.hasCue(ask, knowledge.CueEverywhere)
	if everywhere {
		w.para(w.t("no"))
	}
	w.para(w.t("key_price_range", strconv.Itoa(free), w.money(amount), w.text(dear.Name)))
	r, pending := b.askCommune(w)
	if everywhere || asksYesNo(p) && !p.BrusselsAmbiguous && !p.Slots.HomeStated && !b.hasCue(p.Norm, knowledge.CueOwnTown) && !containsWord(p.Norm, "chez moi", "ma commune", "my commune", "where i live", "mijn gemeente", "bij mij") {
		// "c'est gratuit ?" of the key in general: the range answers it, the commune only
		// makes the price exact; "combien ça coûte ?", "c'est gratuit dans ma commune ?" and
		// "j'habite à Bruxelles, c'est gratuit ?" need the commune.
		r.Kind = Answer
	}
	return r, pending
}

func (b *Bot) askCommune(w *writer) (Reply, string) {
	for _, c := range b.kb.DigitalKey.Communes {
		name := w.text(c.Name)
		value := name
		if len(c.Aliases) > 0 && knowledge.Fold(name) == knowledge.Fold(c.ID) && c.ID == "bruxelles" {
			value = c.Aliases[0] // "Ville de Bruxelles": "Bruxelles" alone may mean the region
		}
		w.option(name, value)
	}
	w.option(w.t("opt_outside"), "hors de Bruxelles")
	return ask(w, askCommune, w.t("ask_commune"))
}

func (b *Bot) keyOptions(w *writer, s nlu.Slots, p nlu.Parse, lead bool) (Reply, string) {
	if s.CardType == knowledge.CardEID && s.Commune == "" && s.OutsideBX == nil {
		w.para(w.t("key_eid"))
		w.kbFact("key.ways")
		return w.done(Answer), ""
	}
	outside := s.OutsideBX != nil && *s.OutsideBX
	person := rules.Person{Commune: s.Commune, Card: s.CardType, OutsideBX: outside}
	if s.NonResident {
		// "je n'habite pas à Schaerbeek": priced as a non-resident of that commune.
		person = rules.Person{Card: s.CardType, OutsideBX: true}
	}
	opts, err := rules.DigitalKeyOptions(b.kb, person)
	if err != nil {
		return b.priceRange(w, p)
	}
	if outside && !s.NonResident && s.Commune == "" {
		// "j'habite à Namur": any local registration office of Belgium gives the code, the
		// person's own commune's first; the Brussels communes that receive everyone follow.
		w.kbFact("key.outside-brussels")
	}
	var home *knowledge.Commune
	if c, ok := b.communeByID(s.Commune); ok && !s.NonResident {
		home = c
	}
	claimed := false
	_, freeAsked := b.asksFree(p)
	if ask := cmp.Or(p.Ask, p.Norm); lead && home != nil && p.Amount != nil && !p.Amount.IsFree() && !b.amountInReason(p) &&
		(freeAsked && asksYesNo(p) || p.Form == nlu.FormHowMuch && (b.hasCue(ask, knowledge.CueClaimCheck) || b.hasCue(ask, knowledge.CueConfirmTag))) {
		// "un Ucclois me soutient qu'elle devrait être gratuite… lui aussi paie les 10 euros ?",
		// "hoeveel betaal ik…? mijn buurvrouw zei iets van 26 euro, klopt dat?": the amount told
		// against the commune's own price, which no other verdict gave (the free one is told,
		// not asked; an amount's question has none).
		for _, o := range opts {
			if o.Home {
				w.para(yesNo(w, b.amountVerdict(p, o.Tariff.Amount)))
				claimed = true
			}
		}
	}
	if lead && home != nil && !claimed {
		// ("hoeveel betaal ik?", "combien je paie ?" ask an amount, not whether it is paid.)
		if askedFree, asked := b.asksFree(p); asked && p.Form != nlu.FormHowMuch {
			free := false
			for _, o := range opts {
				if o.Home && o.Tariff.Amount.IsFree() {
					free = true
				}
			}
			if free == askedFree {
				if free {
					w.para(w.t("key_yes_free", w.text(home.Name)))
				} else {
					w.para(w.t("yes"))
				}
			} else if askedFree {
				price := w.t("key_none_home", w.text(home.Name))
				for _, o := range opts {
					if o.Home {
						price = o.Tariff.Amount.String()
					}
				}
				w.para(w.t("key_no_free", w.text(home.Name), strings.TrimSuffix(price, ".")))
			} else {
				w.para(w.t("no"))
			}
		}
	}
	if s.CardType == knowledge.CardEID {
		w.para(w.t("key_eid"))
	}
	if home != nil && !home.Issues && !strings.Contains(strings.Join(blockTexts(w.r.Blocks), " "), w.t("key_none_home", w.text(home.Name))) {
		w.para(w.t("key_none_home", w.text(home.Name)))
		w.entry("commune:" + home.ID)
		w.sources(home.Sources...)
	}
	// A commune named without saying one lives there ("what does it cost in Schaerbeek?"): its
	// price for its residents and for the others, when they differ.
	others := map[string]knowledge.Money{}
	if !s.HomeStated {
		if nonRes, err := rules.DigitalKeyOptions(b.kb, rules.Person{Card: s.CardType, OutsideBX: true}); err == nil {
			for _, o := range nonRes {
				others[o.Commune.ID] = o.Tariff.Amount
			}
		}
	}
	var items []string
	for _, o := range opts {
		price := w.money(o.Tariff.Amount)
		key := "key_option"
		if o.Home {
			key = "key_option_home"
		}
		if other, ok := others[o.Commune.ID]; ok && o.Home && other != o.Tariff.Amount {
			items = append(items, w.t("key_option_both", w.text(o.Commune.Name), price, w.money(other)))
			w.fact("key_option", o.Commune.ID+"="+o.Tariff.Amount.String(), o.Commune.Sources...)
			w.fact("key_option_others", o.Commune.ID+"="+other.String(), o.Commune.Sources...)
			w.entry("commune:" + o.Commune.ID)
			w.sources(o.Commune.Sources...)
			continue
		}
		items = append(items, w.t(key, w.text(o.Commune.Name), price))
		w.fact("key_option", o.Commune.ID+"="+o.Tariff.Amount.String(), o.Commune.Sources...)
		w.entry("commune:" + o.Commune.ID)
		w.sources(o.Commune.Sources...)
	}
	w.list(w.t("key_options"), items)
	w.kbFact("key.price-note")
	return w.done(Answer), ""
}

// money writes an amount, "gratuit" when it is nothing.
func (w *writer) money(m knowledge.Money) string {
	if m.IsFree() {
		return w.t("key_free")
	}
	return m.String()
}

func (b *Bot) communeByID(id string) (*knowledge.Commune, bool) {
	for i := range b.kb.DigitalKey.Communes {
		if b.kb.DigitalKey.Communes[i].ID == id {
			return &b.kb.DigitalKey.Communes[i], true
		}
	}
	return nil, false
}

// keyVerdict opens a yes/no question on the digital key with its verdict: a step of the procedure
// named ("il faut une adresse mail ?"), whether a commune's office serves the person and at what
// price ("je peux l'avoir à Uccle sans y habiter ?"), whether a commune is the dearest or the
// cheapest. It writes nothing when the question is none of these.
func (b *Bot) keyVerdict(w *writer, st *State, s nlu.Slots, p nlu.Parse) {
	if p.Proxy || p.HolderAway {
		// "ma mère ne peut pas se déplacer, je peux faire sa clé à sa place ?": each person goes
		// in person (key.no-chip says how).
		w.para(w.t("presence_proxy_no"))
		return
	}
	// "itsme ça suffit ou faut quand même passer à la commune ?": of two choices, the first.
	first := firstChoice(p.Norm)
	asksMore := b.hasCue(first, knowledge.CueAnyway) || b.hasCue(first, knowledge.CueObliged) || b.hasCue(first, knowledge.CueMandatory) || containsWord(first, "besoin", "en plus")
	if it := matchItem(b.kb.MustFact("key.ways"), p.Norm); it != nil && !nlu.Denied(p.Norm, it.Match) && asksMore &&
		(containsWord(first, "commune", "guichet", "bureau", "gemeente", "loket", "office", "counter") || containsWord(p.Norm, "deja", "already", "al") && (containsWord(first, "en plus", "aussi", "also", "as well", "extra", "ook") || b.hasCue(first, knowledge.CueAnyway))) {
		// "j'ai déjà itsme, je dois quand même passer à la commune ?", "j'ai déjà itsme, j'ai
		// besoin d'une clé en plus ?", "j'ai déjà itsme, j'en ai besoin quand même ?": that way
		// is enough.
		w.para(w.t("key_way_enough", lowerFirst(w.text(it.Text))))
		w.kbFact("key.ways")
		return
	}
	if ways := b.kb.MustFact("key.ways"); len(ways.Items) > 1 {
		if it := matchItem(ways, p.Norm); it != nil && !nlu.Denied(p.Norm, it.Match) {
			// "je peux utiliser itsme plutôt que d'aller à la commune ?": a way of the list;
			// "do I absolutely need a card reader?": no, one way of several.
			key := "key_way_yes"
			if b.hasCue(first, knowledge.CueObliged) || b.hasCue(first, knowledge.CueMandatory) {
				key = "key_way_not_needed"
			}
			w.para(w.t(key, lowerFirst(w.text(it.Text))))
			w.kbFact("key.ways")
			return
		}
	}
	if it := matchItem(b.kb.MustFact("key.no-chip"), p.Norm); it != nil && p.Form == nlu.FormYesNo && (b.hasCue(p.Norm, knowledge.CueShared) || b.ofAnother(p.Norm, it.Match)) &&
		b.hasCue(knowledge.Normalize(w.text(it.Text)), knowledge.CuePersonal) {
		// "il n'a qu'une adresse mail du boulot partagée avec ses collègues, je peux
		// l'enregistrer avec ?", "can my daughter and I share one e-mail?", "et si je donne
		// l'adresse mail de mon fils ?": no, the step asks for one's own.
		w.para(w.t("key_step_yes_inv", lowerFirst(w.text(it.Text))))
		w.kbFact("key.no-chip")
		return
	}
	if a := b.answerOf("key.no-chip", p); a != nil && (asksYesNo(p) || p.Question && opensYesNo(first)) {
		// "can I show my driving licence as ID?", "my wife and I share one e-mail address, can
		// we both use it?": no, the office checks an identity card or a passport, and the
		// address must be one's own.
		w.para(yesNo(w, a.Verdict == "yes"))
		return
	}
	if it := matchItem(b.kb.MustFact("key.no-chip"), p.Norm); it != nil {
		// "je n'ai pas d'adresse e-mail, je peux quand même… ?" asks it the other way round,
		// when what is missing is what the step needs: "pas d'eID, juste mon passeport" has it.
		// "j'ai pas de mail, c'est obligatoire ?" still asks whether it is needed.
		// ("pas de passeport, juste ma carte d'identité française" has the step's other paper;
		// "I never use email… my son's email address" has no address of one's own.)
		other := nlu.Affirmed(p.Norm, it.Match) && !b.hasCue(knowledge.Normalize(w.text(it.Text)), knowledge.CuePersonal)
		// ("je n'ai pas d'adresse mail, c'est un problème ?" asks whether the lack is in the way:
		// yes.)
		inv := nlu.Denied(p.Norm, it.Match) && !other && !b.hasCue(p.Norm, knowledge.CueObliged) && !b.hasCue(p.Norm, knowledge.CueMandatory) && !b.obstacleAsked(p)
		// Only a step asked as a need ("il faut une adresse mail ?", "do I need…") or missing gets
		// this verdict; "je peux l'enregistrer avec une adresse partagée ?", "ce mail de CSAM,
		// c'est vrai ?" ask something else of it.
		if inv || b.hasCue(first, knowledge.CueObliged) || b.hasCue(first, knowledge.CueMandatory) || containsWord(first, "besoin", "need", "nodig") || nlu.Denied(p.Norm, it.Match) && b.obstacleAsked(p) {
			key := verdictKey("key_step_yes", inv)
			if it.Received && !inv {
				key = "key_step_received" // ("Oui : vous recevez … un lien d'activation par e-mail.")
			}
			w.para(w.t(key, lowerFirst(w.text(it.Text))))
			return
		}
	}
	target := s.AskedCommune
	if target == "" {
		target = s.Commune
	}
	c, ok := b.communeByID(target)
	if !ok {
		return
	}
	if dear, ok := b.comparedPrice(p); ok && b.keyRelativeVerdict(w, s, c, dear) {
		return
	}
	if dear, cheap := containsWord(p.Norm, "plus cher", "plus chere", "most expensive", "duurste"), containsWord(p.Norm, "moins cher", "moins chere", "cheapest", "goedkoopste"); dear || cheap {
		b.keyExtremeVerdict(w, c, dear)
		return
	}
	if !c.Issues {
		if target == s.Commune && b.hasCue(first, knowledge.CueElsewhere) && !b.hasCue(first, knowledge.CueOurOffice) {
			// "ma commune ne délivre pas de clé, je peux aller dans une autre commune ?": yes,
			// where its residents go instead. ("Agent à Berchem : on délivre des clés chez nous
			// ?" asks of the agent's own office.)
			w.para(w.t("yes"))
			w.kbFact("key.everyone-must-go")
			return
		}
		if b.hasCue(cmp.Or(p.Ask, p.Norm), knowledge.CueNormal) {
			// "la commune veut pas me faire la clé, c'est normal ?": yes, it has no office.
			w.para(w.t("key_no_office_normal", w.text(c.Name)))
		} else if b.deniedClaim(p) {
			// "on m'a dit que ma commune ne fait pas les clés, c'est vrai ?": yes, the claim
			// denies what the commune does not do.
			w.para(w.t("key_no_office_true", w.text(c.Name)))
		} else {
			w.para(w.t("key_no_office", w.text(c.Name)))
		}
		w.kbFact("key.everyone-must-go") // where its residents go instead
		return
	}
	if _, price := b.asksFree(p); !price && slices.ContainsFunc(clauses(first), func(c string) bool {
		return b.hasCue(c, knowledge.CueObliged) && b.hasCue(c, knowledge.CueLive)
	}) {
		// "moet ik in Ukkel wonen om hem daar te krijgen?": no, when its office serves others too.
		if opts, err := rules.DigitalKeyOptions(b.kb, rules.Person{Card: s.CardType, OutsideBX: true}); err == nil {
			for _, o := range opts {
				if o.Commune.ID == c.ID {
					w.para(w.t("key_nonresident_ok", w.text(c.Name), w.money(o.Tariff.Amount)))
					w.fact("key_option", c.ID+"="+o.Tariff.Amount.String(), c.Sources...)
					return
				}
			}
		}
		w.para(w.t("key_residents_must", w.text(c.Name)))
		w.entry("commune:" + c.ID)
		w.sources(c.Sources...)
		return
	}
	if _, asked := b.asksFree(p); asked && s.AskedCommune == "" && !s.NonResident {
		return // "gratuit à Ganshoren ?" for its resident: the price list leads with it
	}
	home := s.Commune
	if s.AskedCommune == "" && s.NonResident {
		home = "" // "je n'habite pas à Uccle": priced as someone from elsewhere
	}
	opts, err := rules.DigitalKeyOptions(b.kb, rules.Person{Commune: home, Card: s.CardType, OutsideBX: home == ""})
	if err != nil {
		return
	}
	for _, o := range opts {
		if o.Commune.ID == c.ID {
			price := w.money(o.Tariff.Amount)
			if yes, asked := b.officeVerdict(p, s, c.ID); asked && home != "" {
				w.para(w.t("key_price_for_you", yesNo(w, yes), w.text(c.Name), price))
			} else if yes, asked := b.priceVerdict(p, o.Tariff.Amount); asked {
				// "c'est gratuit ?", "je dois payer ?" and "c'est 10 € ?" ask it three ways.
				w.para(w.t("key_price_for_you", yesNo(w, yes), w.text(c.Name), price))
			} else if same, asked := b.samePriceAsked(st, p, c.ID, o.Tariff.Amount); asked {
				// "(à Woluwe-Saint-Pierre elle coûte combien ?) et à Woluwe-Saint-Lambert c'est
				// pareil ?": the two prices compared.
				w.para(w.t("key_price_for_you", yesNo(w, same), w.text(c.Name), price))
			} else {
				w.para(w.t("key_price_for_you", w.t("yes"), w.text(c.Name), price))
			}
			w.fact("key_option", c.ID+"="+o.Tariff.Amount.String(), c.Sources...)
			return
		}
	}
	// The commune has an office, but no price for this person: it serves its own residents.
	w.para(w.t("key_residents_only", w.text(c.Name)))
	w.entry("commune:" + c.ID)
	w.sources(c.Sources...)
}

// freeCommunes lists the communes whose counter gives the key free to their residents; verdict
// opens with a yes or a no ("is it free anywhere?").
func (b *Bot) freeCommunes(w *writer, verdict bool) {
	var names []string
	for _, rt := range b.residentTariffs() {
		if c := rt.commune; rt.amount.IsFree() {
			names = append(names, w.text(c.Name))
			w.fact("key_option", c.ID+"="+rt.amount.String(), c.Sources...)
			w.entry("commune:" + c.ID)
			w.sources(c.Sources...)
		}
	}
	if verdict {
		w.para(yesNo(w, len(names) > 0))
	}
	if len(names) == 0 {
		w.para(w.t("key_free_none"))
	} else {
		w.list(w.t("key_free_communes"), names)
	}
	w.kbFact("key.price-note")
}

// communeTable lists every commune: what its counter charges its residents and others, or that
// it has none.
func (b *Bot) communeTable(w *writer) {
	var items []string
	for i := range b.kb.DigitalKey.Communes {
		c := &b.kb.DigitalKey.Communes[i]
		name := w.text(c.Name)
		res, okRes := rules.CommuneTariff(c, true)
		other, okOther := rules.CommuneTariff(c, false)
		switch {
		case !c.Issues:
			items = append(items, strings.TrimSuffix(w.t("key_none_home", name), "."))
		case okRes && okOther && res.Amount != other.Amount:
			items = append(items, w.t("key_option_both", name, w.money(res.Amount), w.money(other.Amount)))
		case okRes && okOther:
			items = append(items, w.t("key_option", name, w.money(res.Amount)))
		case okRes:
			items = append(items, w.t("key_option_residents", name, w.money(res.Amount)))
		default:
			continue
		}
		w.entry("commune:" + c.ID)
		w.sources(c.Sources...)
	}
	w.list(w.t("key_table"), items)
	w.kbFact("key.price-note")
}

// residentTariff is what a commune's counter charges its own residents.
type residentTariff struct {
	commune *knowledge.Commune
	amount  knowledge.Money
}

// residentTariffs returns the price each commune with a counter charges its residents.
func (b *Bot) residentTariffs() []residentTariff {
	var out []residentTariff
	for i := range b.kb.DigitalKey.Communes {
		c := &b.kb.DigitalKey.Communes[i]
		opts, err := rules.DigitalKeyOptions(b.kb, rules.Person{Commune: c.ID})
		if err != nil {
			continue
		}
		for _, o := range opts {
			if o.Home {
				out = append(out, residentTariff{c, o.Tariff.Amount})
			}
		}
	}
	return out
}

// keyExtremeVerdict answers whether a commune is the dearest (or the cheapest) for its residents.
func (b *Bot) keyExtremeVerdict(w *writer, c *knowledge.Commune, dear bool) {
	best, bestAmount := b.keyExtreme(w, dear)
	if best == nil {
		return
	}
	key := ternary(dear, "key_dearest", "key_cheapest")
	if c != nil {
		w.para(yesNo(w, best.ID == c.ID))
	}
	w.para(w.t(key, w.text(best.Name), bestAmount.String()))
}

// officeVerdict answers a yes/no question on going to a commune's office from where the person
// lives, other than its price: whether it would be a breach ("is it fraud to get my key in Uccle
// when I live in Forest?": no, its office serves them) or whether it is the only office open to
// them ("is Uccle really my only option?", "c'est obligatoire d'aller là-bas ?": not when
// another serves them too). It reports whether the question was one of these.
func (b *Bot) officeVerdict(p nlu.Parse, s nlu.Slots, office string) (yes, asked bool) {
	ask := ownQuestion(p)
	// ("Is it some kind of fraud… when I live in Forest?" opens as a yes/no, whatever "when"
	// makes of its form; "c'est autorisé… ou c'est de la triche ?" asks its first choice.)
	if !asksYesNo(p) && !(p.Question && opensYesNo(ask)) || s.Commune == "" {
		return false, false
	}
	ask = firstChoice(ask)
	breach := b.hasCue(ask, knowledge.CueBreach)
	only := b.hasCue(ask, knowledge.CueOnlyPlace) || (b.hasCue(ask, knowledge.CueMandatory) || b.hasCue(ask, knowledge.CueObliged)) && b.hasCue(ask, knowledge.CueGoVerb)
	if !breach && !only {
		return false, false
	}
	opts, err := rules.DigitalKeyOptions(b.kb, rules.Person{Commune: s.Commune, Card: s.CardType})
	if err != nil {
		return false, false
	}
	serves := slices.ContainsFunc(opts, func(o rules.KeyOption) bool { return o.Commune.ID == office })
	if breach {
		return !serves, true
	}
	return serves && len(opts) == 1, true
}

// ownQuestion is the question a message asks: a sequel's own last sentence, not the question it
// goes on from, which its text carries too.
func ownQuestion(p nlu.Parse) string {
	if p.Continues() {
		return lastSentence(p.Norm)
	}
	return cmp.Or(p.Ask, p.Norm)
}

// comparedPrice reports whether a yes/no question asks if an office would be cheaper or dearer,
// without naming what it compares with ("et à Uccle c'est moins cher ?", not "le moins cher" of
// all), and which of the two.
func (b *Bot) comparedPrice(p nlu.Parse) (dear, ok bool) {
	ask := ownQuestion(p)
	cheaper, dearer := b.hasCue(ask, knowledge.CueCheaper), b.hasCue(ask, knowledge.CueDearer)
	superlative := containsWord(ask, "le plus cher", "la plus chere", "le moins cher", "la moins chere", "les moins cheres", "les plus cheres",
		"the cheapest", "the most expensive", "goedkoopste", "duurste", "het goedkoopst", "het duurst")
	return dearer, asksYesNo(p) && cheaper != dearer && !superlative && !b.hasCue(ask, knowledge.CueComparedWith)
}

// keyRelativeVerdict answers whether an office would be cheaper (or dearer) for the person than
// what they have otherwise ("j'habite Watermael-Boitsfort… et si je vais à Uccle c'est moins
// cher ?", "je suis de Forest… et Schaerbeek ce serait moins cher pour moi ?"): against their own
// commune's office when it serves them, else against the cheapest other office open to them. It
// reports whether it wrote the answer.
func (b *Bot) keyRelativeVerdict(w *writer, s nlu.Slots, c *knowledge.Commune, dear bool) bool {
	if !s.HomeStated || s.Commune == "" || s.Commune == c.ID {
		return false
	}
	opts, err := rules.DigitalKeyOptions(b.kb, rules.Person{Commune: s.Commune, Card: s.CardType})
	if err != nil {
		return false
	}
	var asked, ref *rules.KeyOption
	for i := range opts {
		o := &opts[i]
		switch {
		case o.Commune.ID == c.ID:
			asked = o
		case o.Home:
			ref = o
		case ref == nil || !ref.Home && o.Tariff.Amount < ref.Tariff.Amount:
			ref = o // the cheapest other office, unless the home's own serves them
		}
	}
	if asked == nil || ref == nil {
		return false
	}
	a, r := asked.Tariff.Amount, ref.Tariff.Amount
	w.para(yesNo(w, !dear && a < r || dear && a > r))
	w.list(w.t("key_compare_yours"), []string{
		w.t("key_option", w.text(asked.Commune.Name), w.money(a)),
		w.t("key_option", w.text(ref.Commune.Name), w.money(r)),
	})
	for _, o := range []*rules.KeyOption{asked, ref} {
		w.entry("commune:" + o.Commune.ID)
		w.sources(o.Commune.Sources...)
	}
	w.kbFact("key.price-note")
	return true
}

// keyExtreme returns the commune whose counter charges its residents the most (dear) or the least,
// and its price, citing every commune's source.
func (b *Bot) keyExtreme(w *writer, dear bool) (*knowledge.Commune, knowledge.Money) {
	var best *knowledge.Commune
	var bestAmount knowledge.Money
	for _, rt := range b.residentTariffs() {
		if best == nil || dear && rt.amount > bestAmount || !dear && rt.amount < bestAmount {
			best, bestAmount = rt.commune, rt.amount
		}
		w.sources(rt.commune.Sources...)
	}
	return best, bestAmount
}

// ofAnother reports whether one of words is said to be another person's ("l'adresse mail de mon
// fils", "the e-mail of a friend"): a possessive of someone else right after it, not of the key
// itself ("le mail d'activation de ma clé numérique" is the asker's own).
func (b *Bot) ofAnother(norm string, words []string) bool {
	for _, w := range words {
		for _, of := range b.kb.Language.Cues[knowledge.CueOfAnother] {
			if containsWord(norm, w+" "+of) && !slices.ContainsFunc(b.kb.Language.Cues[knowledge.CueKeyNamed], func(key string) bool {
				return containsWord(norm, w+" "+of+" "+key)
			}) {
				return true
			}
		}
	}
	return false
}

// keyComparison answers whether the first of two communes named is cheaper (or dearer) than the
// second ("Schaerbeek c'est moins cher qu'Uccle ?"): for the person when they said where they
// live and both communes price them, else what each charges its own residents. It reports
// whether it wrote the answer.
func (b *Bot) keyComparison(w *writer, s nlu.Slots, p nlu.Parse) bool {
	if b.twoResidents(p) {
		return b.residentsCompared(w, p)
	}
	if !b.comparesPrices(p) {
		return false
	}
	cheaper := b.hasCue(cmp.Or(p.Ask, p.Norm), knowledge.CueCheaper)
	dearer := !cheaper
	personal := s.HomeStated && s.Commune != ""
	named := comparedCommunes(p)
	price := func(id string) (*knowledge.Commune, knowledge.Money, bool) {
		if personal {
			return b.officePrice(rules.Person{Commune: s.Commune}, id)
		}
		return b.officePrice(rules.Person{Commune: id}, id) // its residents
	}
	first, a, ok1 := price(named[0])
	second, b2, ok2 := price(named[1])
	if personal && (!ok1 || !ok2) {
		// A commune that prices only its own residents: what each charges them.
		personal = false
		first, a, ok1 = price(named[0])
		second, b2, ok2 = price(named[1])
	}
	if !ok1 || !ok2 {
		return false
	}
	w.para(yesNo(w, cheaper && a < b2 || dearer && a > b2))
	key := ternary(personal, "key_option", "key_option_residents")
	w.list(w.t(ternary(personal, "key_compare_yours", "key_compare")), []string{
		w.t(key, w.text(first.Name), w.money(a)),
		w.t(key, w.text(second.Name), w.money(b2)),
	})
	for _, c := range []*knowledge.Commune{first, second} {
		w.entry("commune:" + c.ID)
		w.sources(c.Sources...)
	}
	w.kbFact("key.price-note")
	return true
}

// twoResidents reports whether a message tells two people living in the two communes it names
// and asks which or whether the same ("moi j'habite à Ixelles et ma sœur à Jette, on paie
// combien chacune ?", "betalen we hetzelfde?").
func (b *Bot) twoResidents(p nlu.Parse) bool {
	ask := cmp.Or(p.Ask, p.Norm)
	if len(p.CommunesNamed) != 2 {
		return false
	}
	// "je déménage de Ganshoren à Koekelberg, la clé est gratuite dans les deux communes ?": each
	// commune's price for its residents, asked of both.
	_, price := b.asksFree(p)
	both := price && asksYesNo(p) && b.hasCue(ask, knowledge.CueBothPlaces)
	return both || b.hasCue(p.Norm, knowledge.CueCompanion) && (b.hasCue(ask, knowledge.CueWhichOne) || asksYesNo(p) && b.hasCue(ask, knowledge.CueSame))
}

// residentsCompared answers for two people who live in the two communes a message names: the
// price each commune's office charges its residents, and whether they are the same when that is
// asked. It reports whether it wrote the answer.
func (b *Bot) residentsCompared(w *writer, p nlu.Parse) bool {
	var items []string
	var prices []knowledge.Money
	var communes []*knowledge.Commune
	for _, id := range p.CommunesNamed {
		c, m, ok := b.officePrice(rules.Person{Commune: id}, id)
		if !ok {
			return false
		}
		items = append(items, w.t("key_option_residents", w.text(c.Name), w.money(m)))
		prices, communes = append(prices, m), append(communes, c)
	}
	if free, asked := b.asksFree(p); asked && asksYesNo(p) && !b.hasCue(cmp.Or(p.Ask, p.Norm), knowledge.CueSame) {
		w.para(yesNo(w, prices[0].IsFree() == free && prices[1].IsFree() == free)) // "gratuite dans les deux ?"
	} else if asksYesNo(p) && b.hasCue(cmp.Or(p.Ask, p.Norm), knowledge.CueSame) {
		w.para(yesNo(w, prices[0] == prices[1]))
	}
	w.list(w.t("key_compare"), items)
	for _, c := range communes {
		w.entry("commune:" + c.ID)
		w.sources(c.Sources...)
	}
	w.kbFact("key.price-note")
	return true
}

// comparesPrices reports whether a yes/no question compares the prices of two communes it names
// (see comparedCommunes).
//
// A comparison says what it compares with ("moins cher qu'à Uccle", "cheaper than"): "je suis de
// Forest, à Ixelles c'est moins cher ?" compares an office with the home's, which has none.
func (b *Bot) comparesPrices(p nlu.Parse) bool {
	ask := cmp.Or(p.Ask, p.Norm)
	return p.Form == nlu.FormYesNo && len(comparedCommunes(p)) >= 2 && b.hasCue(ask, knowledge.CueCheaper) != b.hasCue(ask, knowledge.CueDearer) &&
		b.hasCue(ask, knowledge.CueComparedWith)
}

// comparedCommunes are the communes a message names; of three, not the one the person says they
// live in ("j'habite à Jette, c'est moins cher à Uccle qu'à Schaerbeek ?").
func comparedCommunes(p nlu.Parse) []string {
	if !p.Slots.HomeStated || p.Slots.Commune == "" || len(p.CommunesNamed) <= 2 {
		return p.CommunesNamed
	}
	return slices.DeleteFunc(slices.Clone(p.CommunesNamed), func(id string) bool { return id == p.Slots.Commune })
}

// claimedCommune is the one commune, of several a message names, that its question sentence
// names with a price claimed ("Watermael-Boitsfort ils demandent vraiment 26 euros ?? ma sœur à
// Jette n'a rien payé"); nil otherwise.
func (b *Bot) claimedCommune(p nlu.Parse) *knowledge.Commune {
	if p.Amount == nil || !asksYesNo(p) || len(p.CommunesNamed) < 2 || p.Ask == "" || p.Ask == p.Norm || p.Slots.HomeStated {
		return nil // (where the person lives prices them: "je suis domiciliée à Saint-Gilles…")
	}
	ask := strings.ReplaceAll(p.Ask, "-", " ")
	var found *knowledge.Commune
	for _, id := range p.CommunesNamed {
		c, ok := b.communeByID(id)
		if !ok || !containsWord(ask, strings.ReplaceAll(knowledge.Normalize(c.Name.String()), "-", " ")) {
			continue
		}
		if found != nil {
			return nil
		}
		found = c
	}
	return found
}

// keyPriceClaim answers a price claimed for the commune the question names, whatever other commune
// the story names: what it charges its residents, against the amount claimed. It reports whether
// it wrote the answer.
func (b *Bot) keyPriceClaim(w *writer, p nlu.Parse) bool {
	c := b.claimedCommune(p)
	if c == nil {
		return false
	}
	_, amount, ok := b.officePrice(rules.Person{Commune: c.ID}, c.ID) // what it charges its residents
	if !ok {
		return false
	}
	w.para(yesNo(w, b.amountVerdict(p, amount)))
	w.para(w.t("key_option_residents", w.text(c.Name), w.money(amount)))
	w.entry("commune:" + c.ID)
	w.sources(c.Sources...)
	w.kbFact("key.price-note")
	return true
}

// officePrice is what the office of commune id charges person, by the digital-key rule; false
// when it gives them no key.
func (b *Bot) officePrice(person rules.Person, id string) (*knowledge.Commune, knowledge.Money, bool) {
	opts, err := rules.DigitalKeyOptions(b.kb, person)
	if err != nil {
		return nil, 0, false
	}
	for _, o := range opts {
		if o.Commune.ID == id {
			return o.Commune, o.Tariff.Amount, true
		}
	}
	return nil, 0, false
}

// sharedNameCommunes returns the word of a message that is part of the names of several communes
// and names none of them alone ("Woluwe": Woluwe-Saint-Lambert and Woluwe-Saint-Pierre), with
// those communes; none when the message names one in full.
func (b *Bot) sharedNameCommunes(norm string) (string, []*knowledge.Commune) {
	byWord := map[string][]*knowledge.Commune{}
	shown := map[string]string{} // the word as the commune's name writes it
	for i := range b.kb.DigitalKey.Communes {
		c := &b.kb.DigitalKey.Communes[i]
		seen := map[string]bool{}
		nl, _ := c.Name.In(knowledge.NL)
		for _, name := range []string{c.Name.String(), nl} {
			for _, raw := range strings.FieldsFunc(name, func(r rune) bool { return r == '-' || r == ' ' }) {
				word := knowledge.Normalize(raw)
				if len(word) >= 5 && word != "saint" && word != "sainte" && !seen[word] {
					seen[word] = true
					byWord[word] = append(byWord[word], c)
					shown[word] = cmp.Or(shown[word], raw)
				}
			}
		}
	}
	spaced := strings.ReplaceAll(norm, "-", " ")
	for _, word := range slices.Sorted(maps.Keys(byWord)) {
		cs := byWord[word]
		if len(cs) < 2 || !containsWord(spaced, word) {
			continue
		}
		for _, c := range cs {
			if containsWord(spaced, strings.ReplaceAll(knowledge.Normalize(c.Name.String()), "-", " ")) {
				return "", nil // one of them named in full
			}
		}
		return shown[word], cs
	}
	return "", nil
}

// asksKeyPaper reports whether a yes/no question asks to bring, or to use instead, a paper the
// registration office takes ("can I bring my passport instead?", "mag ik mijn paspoort
// meebrengen?"). A price asked as well comes first ("free for Evere residents? And can I bring
// my passport instead?"), and bringing it for another is a question of presence.
func (b *Bot) asksKeyPaper(p nlu.Parse) bool {
	// (A price is asked in words of money: "ils acceptent ma carte d'identité française au
	// guichet ?" from Etterbeek is no price question, whatever the examples read.)
	if _, price := b.asksFree(p); !asksYesNo(p) || p.Proxy || price || p.Has(nlu.Fee) && b.saysMoney(p) || p.PriceNamed {
		return false
	}
	ask := cmp.Or(p.Ask, p.Norm)
	// "J'ai juste ma carte d'identité française. C'est suffisant pour demander la clé ?": the
	// paper told before is the one asked whether it suffices.
	story := false
	if !b.hasCue(ask, knowledge.CueBring) && !b.hasCue(ask, knowledge.CueReplace) {
		if !b.hasCue(ask, knowledge.CueSuffices) || ask == p.Norm {
			return false
		}
		ask, story = p.Norm, true
	}
	it := matchItem(b.kb.MustFact("key.no-chip"), ask)
	// (A story may deny one paper and tell another: "pas de passeport, juste ma carte".)
	return it != nil && (!nlu.Denied(ask, it.Match) || story && nlu.Affirmed(ask, it.Match))
}

// keyElsewhere answers the ways that need no Brussels office: another country's electronic ID,
// which logs in without a Belgian key ("my German ID card has the online function, do I even
// need a Belgian digital key?"), and the remote video interview for one who would have to travel
// ("I live in Montreal… can I get a key without flying back?"). ok is false for other messages.
func (b *Bot) keyElsewhere(w *writer, p nlu.Parse) (Reply, bool) {
	if p.Deceit || b.saysMoney(p) {
		return Reply{}, false
	}
	ask := cmp.Or(p.Ask, p.Norm)
	switch {
	case b.hasCue(p.Norm, knowledge.CueEIDASCard) && !b.hasCue(p.Norm, knowledge.CueCardExpired) && !b.hasCue(ask, knowledge.CueBring):
		// (A card expired, or papers to bring, ask of the counter's way.)
		if asksYesNo(p) && (b.hasCue(ask, knowledge.CueObliged) || b.hasCue(ask, knowledge.CueMandatory)) {
			w.para(w.t("no")) // "do I really need a Belgian digital key?"
		}
		w.kbFact("key.eidas")
	case b.hasCue(p.Norm, knowledge.CueTravelBack) && p.Slots.CardType != knowledge.CardEID && !(containsWord(p.Norm, "itsme") && !nlu.Denied(p.Norm, []string{"itsme"})):
		// (With an eID or itsme, the key is activated online: the ways say so.)
		if a := b.answerOf("key.video", p); a != nil && asksYesNo(p) {
			w.para(yesNo(w, a.Verdict == "yes"))
		}
		w.kbFact("key.video")
	case b.hasCue(ask, knowledge.CueFederalOffice):
		// "il y a un autre endroit que la commune pour faire sa clé ?", "kan ik ook bij de FOD
		// BOSA terecht?": the federal office receives too, which the fact on the offices says.
		if asksYesNo(p) {
			w.para(w.t("yes"))
		}
		w.kbFact("key.everyone-must-go")
	default:
		return Reply{}, false
	}
	return w.done(Answer), true
}

// samePriceAsked reports whether a message asks if a commune's price is the same as the one the
// last answer gave for another commune, and whether it is.
func (b *Bot) samePriceAsked(st *State, p nlu.Parse, id string, amount knowledge.Money) (same, asked bool) {
	// ("pareil", "the same"; not "aussi": "je peux l'avoir aussi à Uccle ?" asks another thing.)
	if !b.hasCue(questionSentence(cmp.Or(p.Ask, p.Norm)), knowledge.CueAlike) {
		return false, false
	}
	for _, f := range st.LastFacts {
		if other, ok := strings.CutPrefix(f, "key_option="); ok {
			if prev, price, ok := strings.Cut(other, "="); ok && prev != id {
				return price == amount.String(), true
			}
		}
	}
	return false, false
}

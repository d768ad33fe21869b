package bot

// France Identité's certified digital identity: what it is, what it is for, who can have it
// certified, where and how, and the offices that certify it (their hours and contacts).

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/guichet/guichet/bot/nlu"
	"github.com/guichet/guichet/knowledge"
	"github.com/guichet/guichet/knowledge/rules"
)

// opensWh reports whether a question opens with a word that asks which or what ("quel
// téléphone faut-il ?", "which phone does it need?"): whatever verb follows, it asks no yes or no.
// failureAsked reports whether a message asks whether a failure it tells is normal ("l'appli ne
// veut pas de ma carte, c'est normal ?"): the cause found makes it so.
// obstacleAsked reports whether a yes/no question asks whether something stands in the way ("il
// est trop vieux pour France Identité ?", "ma carte date de 2020, ça pose problème ?", "j'ai 17
// ans, ça change quelque chose ?"), whose yes is an unmet condition.
func (b *Bot) obstacleAsked(p nlu.Parse) bool {
	ask := lastClause(cmp.Or(p.Ask, p.Norm)) // (not "(trop vieux pour la mise à jour), ça marchera ?")
	// ("je dois attendre mes 18 ans ?" asks whether the age is in the way, which a no makes a yes;
	// of two choices, the first: "je peux déjà… ou je dois attendre ?" asks the other way.)
	first := firstChoice(cmp.Or(p.Ask, p.Norm))
	return asksYesNo(p) && (b.hasCue(ask, knowledge.CueTooOld) || b.hasCue(ask, knowledge.CueChanged) || b.hasCue(first, knowledge.CueObliged) && b.hasCue(first, knowledge.CueWait) ||
		containsWord(ask, "pose probleme", "pose un probleme", "un probleme", "un souci", "ca bloque", "c est bloquant", "a problem", "an issue", "een probleem"))
}

func (b *Bot) failureAsked(p nlu.Parse) bool {
	return b.hasCue(cmp.Or(p.Ask, p.Norm), knowledge.CueNormal) && (b.hasCue(p.Norm, knowledge.CueStoppedWorking) || b.hasCue(p.Norm, knowledge.CueRejected))
}

// asksWh reports whether the sentence of a normalised message that asks opens with a word asking
// what or which ("qu'est-ce que je dois lui demander ?", "What exactly do I need…?"): no yes/no
// question, whatever "do I" or "dois" follows.
func asksWh(norm string) bool {
	q := strings.TrimSpace(questionSentence(norm))
	return opensWh(q) || strings.HasPrefix(q, "qu est")
}

func opensWh(norm string) bool {
	f := strings.Fields(norm)
	if len(f) == 0 {
		return false
	}
	switch f[0] {
	case "quel", "quelle", "quels", "quelles", "which", "what", "welke", "wat":
		return true
	}
	return false
}

// opensYesNo reports whether a question opens as a yes/no one ("est-ce que je peux faire la
// démarche ?", "can I…"), whatever noun of another form it holds further on.
func opensYesNo(norm string) bool {
	f := strings.Fields(strings.ReplaceAll(norm, "-", " "))
	if len(f) < 2 {
		return false
	}
	switch f[0] + " " + f[1] {
	case "est ce", "puis je", "peut on", "je peux", "on peut", "can i", "can we", "is it", "kan ik", "mag ik":
		return true
	}
	return false
}

func (b *Bot) identite(w *writer, st *State, p nlu.Parse, m Message) (Reply, string) {
	if b.licenceHowAsked(st, p) {
		// "comment j'ajoute mon permis dans France Identité ?", "il faut quel document pour
		// l'ajouter ?" after it: the statement the app reads.
		w.kbFact("fi.driving-licence")
		return w.done(Answer), ""
	}
	if r, ok := b.downloadAsked(w, p); ok {
		return r, ""
	}
	if minor := p.Slots.Age != nil && *p.Slots.Age < b.kb.CNI.AdultAge || p.Slots.Holder == knowledge.Minor; b.actsForAnother(p) && !minor {
		// "et pour ma mère, je peux faire SA procuration à sa place avec mon appli à moi ?": no,
		// a digital identity is its holder's own, certified with their card, phone and
		// fingerprints. (A minor's is first a question of age, which the conditions answer.)
		w.para(w.t("no"))
		w.kbFact("fi.what")
		b.visitStep(w)
		return w.done(Answer), ""
	}
	if ask := cmp.Or(p.Ask, p.Norm); asksYesNo(p) && !p.Deceit && st.Slots.CardFormat == knowledge.NewFormat && b.hasCue(ask, knowledge.CueCardWord) && b.asksInvalid(ask) &&
		!b.hasCue(p.Norm, knowledge.CueCardExpired) && p.Slots.Application == "" {
		// "(sa carte au nouveau format, à 16 ans) et à ses 18 ans elle devra refaire sa carte
		// pour avoir l'appli ?": no, a card of that format in its validity meets the condition,
		// whatever the age it was made at.
		w.para(w.t("fi_card_no_renew"))
		w.kbFact("fi.conditions")
		return w.done(Answer), ""
	}
	if ask := cmp.Or(p.Ask, p.Norm); asksYesNo(p) && !p.Deceit && b.hasCue(ask, knowledge.CueCardWord) && (b.hasCue(ask, knowledge.CueValid) || b.hasCue(ask, knowledge.CueStill)) &&
		(nlu.Denied(ask, b.kb.Language.Cues[knowledge.CueApp]) || b.hasCue(ask, knowledge.CueWithout) && b.hasCue(ask, knowledge.CueApp)) && !b.hasCue(p.Norm, knowledge.CueCardExpired) {
		// "et ma carte d'identité en plastique, elle restera valable si je n'installe pas
		// l'appli ?": yes, the app is optional; the card is valid whatever one does with it.
		w.para(w.t("yes"))
		w.kbFact("fi.optional")
		return w.done(Answer), ""
	}
	if ask := questionSentence(cmp.Or(p.Ask, p.Norm)); asksYesNo(p) && !p.Deceit && p.Slots.PhoneNFC == nil && b.hasCue(ask, knowledge.CueNFCNamed) &&
		(b.hasCue(ask, knowledge.CueObliged) || b.hasCue(ask, knowledge.CueMandatory)) && !nlu.Denied(ask, b.kb.Language.Cues[knowledge.CueObliged]) {
		// "je me demandais si mon téléphone devait forcément avoir le NFC pour utiliser l'appli",
		// "il faut obligatoirement le NFC ?": yes, a condition of the app, not the app itself.
		w.para(w.t("yes"))
		w.kbFact("fi.conditions")
		b.phoneMinimums(w)
		return w.done(Answer), ""
	}
	if asksYesNo(p) && !p.Deceit && (b.hasCue(p.Norm, knowledge.CueCardAwaited) || b.hasCue(p.Norm, knowledge.CueMeanwhile) && b.hasCue(p.Norm, knowledge.CueFilingVerb)) &&
		!b.hasCue(cmp.Or(p.Ask, p.Norm), knowledge.CueOnceTold) && st.Slots.Application != knowledge.Loss && st.Slots.Application != knowledge.Theft {
		// (A card lost or stolen, "je peux continuer à m'en servir en attendant la nouvelle ?",
		// is the app's question after a loss.)
		// "j'ai fait ma demande de nouvelle carte, elle est pas encore arrivée, je peux déjà créer
		// mon identité numérique en attendant ?": no, the app reads the card itself, by NFC.
		w.para(w.t("no"))
		w.kbFact("fi.conditions")
		w.kbFact("fi.steps")
		return w.done(Answer), ""
	}
	if ask := questionSentence(cmp.Or(p.Ask, p.Norm)); asksYesNo(p) && !p.Deceit && b.hasCue(ask, knowledge.CueAllowed) && b.hasCue(p.Norm, knowledge.CueCertify) {
		// "j'habite un petit village sans station… je peux faire la certification dans la mairie
		// de la ville d'à côté ?": yes, in any authorised town hall, not only one's own.
		// ("dans n'importe quelle mairie ?" asks of every one: only the authorised ones.)
		// (A consulate asked instead, or a time to come, is another question.)
		venues := slices.DeleteFunc(b.namedVenues(ask), func(v string) bool { return v == "mairie" || v == "town hall" })
		if elsewhere := b.elsewhereAsked(p.Norm, ask); (elsewhere || p.OtherPlace) && !b.hasCue(p.Norm, knowledge.CueUniversal) && len(venues) == 0 && p.Slots.When == "" {
			w.para(w.t("yes"))
			w.kbFact("fi.where")
			return w.done(Answer), ""
		}
	}
	if b.appDutyAsked(p) {
		// "un conseiller de sa banque lui dit qu'elle doit installer France Identité… je voulais
		// savoir si elle est obligée ?", "il me demande s'il est obligé d'installer France
		// Identité, il n'a pas de smartphone, je lui réponds quoi ?": the app is optional,
		// whatever phone the story tells.
		w.para(w.t("no"))
		w.kbFact("fi.optional")
		return w.done(Answer), ""
	}
	if _, last, ok := p.Slots.IssueSpan(); ok && p.Slots.IssueMonth != 0 && p.Slots.CardFormat == knowledge.NewFormat && last.Before(b.kb.CNI.NewFormatFrom.Time) {
		// "refaite en mars 2020, elle me dit que c'est la nouvelle avec la puce": no commune
		// issued the chip card then; the month the message tells decides, not what was said of
		// the card. (A year alone may be a phone's: "un iPhone SE (2020)".)
		st.Slots.CardFormat = knowledge.Plastic
	}
	cardSupposed := false
	// ("j'ai perdu ma carte… — et une fois que j'aurai la nouvelle, je pourrai la mettre dans
	// France Identité ?": the card asked for, once it has come.)
	once := asksYesNo(p) && b.hasCue(p.Norm, knowledge.CueOnceTold)
	if sl := &st.Slots; (sl.NoIDCard || sl.CardFormat == knowledge.Plastic || sl.CardFormat == knowledge.Cardboard ||
		sl.CardFormat == "" && sl.IssueYear != 0 && sl.IssueYear < b.kb.CNI.NewFormatFrom.Year() ||
		once && sl.CardFormat == "" && slices.Contains([]knowledge.Application{knowledge.FirstApplication, knowledge.Loss, knowledge.Theft}, sl.Application)) &&
		(startsWithWord(p.Norm, b.kb.Language.Cues[knowledge.CueSuppose]...) || once) &&
		(b.hasCue(p.Norm, knowledge.CueObtain) || b.hasCue(p.Norm, knowledge.CueNewCard) || p.Slots.Remake || once) && (p.CardNamed || slices.Contains(p.Named, knowledge.TopicCNI) || once) {
		// ("ma carte a été faite en 2019… — et si je refais une carte maintenant, la nouvelle sera
		// compatible ?": so too a card remade.)
		// "je n'ai qu'un passeport… — et si je demande une carte d'identité maintenant, je pourrai
		// l'utiliser ?": a card asked for now is of the format the app reads.
		sl.NoIDCard, sl.CardFormat, sl.IssueYear, sl.IssueDate = false, knowledge.NewFormat, 0, ""
		cardSupposed = true
	}
	if sl := &st.Slots; (sl.PhoneOS != "" || sl.PhoneVersion != 0 || sl.PhoneModel != 0 || sl.PhoneNFC != nil) && p.Slots.PhoneVersion == 0 && p.Slots.PhoneModel == 0 &&
		startsWithWord(p.Norm, b.kb.Language.Cues[knowledge.CueSuppose]...) &&
		b.hasCue(p.Norm, knowledge.CueOtherPhone) {
		// "et si j'achète un téléphone récent avec le NFC, ça marchera ?": another phone than the
		// one told, whose version no longer counts.
		sl.PhoneOS, sl.PhoneVersion, sl.PhoneModel, sl.PhoneNFC = "", 0, 0, p.Slots.PhoneNFC
	}
	s := st.Slots
	intent := st.Intent
	if !p.Deceit && b.hasCue(cmp.Or(p.Ask, p.Norm), knowledge.CueWhatFor) {
		// "je viens de créer mon identité numérique, je peux faire quoi avec maintenant ?": its
		// uses, not the steps the story names.
		intent, st.Intent = nlu.Uses, nlu.Uses
	}
	if p.Continues() && !p.Carried && len(p.Intents) == 0 && p.Form == nlu.FormNone && p.Words <= 10 && !p.Deceit &&
		(intent == nlu.What || intent == nlu.Uses || intent == nlu.Steps) && (p.Slots.Age != nil || p.Slots.Holder != "") {
		// "(c'est quoi France Identité ?) et pour mon fils de 16 ans ?": what the app is or does,
		// asked again of a person, asks whether they may have it.
		intent, st.Intent = nlu.Eligibility, nlu.Eligibility
	}
	if ask := cmp.Or(p.Ask, p.Norm); p.Form == nlu.FormHowLong && b.hasCue(ask, knowledge.CueAllowed) && (b.hasCue(ask, knowledge.CueUse) || b.hasCue(ask, knowledge.CueAppUsed)) &&
		(intent == nlu.Uses || intent == nlu.What || intent == nlu.Eligibility || intent == "") {
		// "combien de temps je peux utiliser France Identité avant de devoir refaire quelque
		// chose ?": how long it lasts, with the card it needs still valid.
		intent, st.Intent = nlu.Validity, nlu.Validity
	}
	access := asksYesNo(p) && !p.Deceit && (intent == nlu.Uses || intent == nlu.What || intent == nlu.Eligibility || intent == "") && b.accessAsked(p)
	if access && intent != nlu.Eligibility {
		// "je pourrai utiliser France Identité ?", "je me demandais si ma mère de 82 ans pouvait
		// l'utiliser", "c'est réservé aux majeurs ?": whether the person may have it, which its
		// conditions settle, not what it does.
		intent, st.Intent = nlu.Eligibility, nlu.Eligibility
	}
	if asked := firstChoice(cmp.Or(p.Ask, p.Norm)); asksYesNo(p) && b.hasCue(p.Norm, knowledge.CueAgeMax) && b.hasCue(asked, knowledge.CueAgeMax) && !b.hasCue(asked, knowledge.CueDevice) &&
		(b.hasCue(asked, knowledge.CueAgeUpper) || s.Age != nil && *s.Age >= b.kb.CNI.AdultAge) {
		// "y a-t-il un âge maximum pour avoir France Identité ?", "une limite d'âge ? c'est pour
		// mon grand-père de 91 ans": no, its conditions set only the age of majority. ("il peut
		// l'avoir ou y a une limite d'âge ?" asks its first choice: yes, he can; "une limite
		// d'âge ? mon fils a 15 ans" asks the minimum, which the conditions answer.)
		w.para(w.t("fi_no_max_age", strconv.Itoa(b.kb.CNI.AdultAge)))
		w.kbFact("fi.conditions")
		return w.done(Answer), ""
	}
	if adult := b.kb.CNI.AdultAge; b.asksWhen(p) && s.Age != nil && *s.Age < adult &&
		p.Slots.Age == nil && b.citedLast(st, "fi.conditions") {
		// "ma fille a 17 ans… — et elle pourra à partir de quand ?": once of age, which the
		// conditions ask.
		w.para(w.t("fi_from_adult", strconv.Itoa(adult)))
		w.kbFact("fi.conditions")
		return w.done(Answer), ""
	}
	if cardSupposed && p.Form == nlu.FormYesNo || once && p.Slots.Age != nil && !p.Deceit {
		// Whether the app will take that card; or the person, at the age supposed ("le jour de
		// ses 18 ans elle pourra directement ?").
		intent, st.Intent = nlu.Eligibility, nlu.Eligibility
	}
	// A card told older than the format the app reads is the question's blocker, whatever use
	// the message names ("ma carte date de 2015… pour faire mes procurations").
	oldCard := p.Slots.IssueYear != 0 && p.Slots.IssueYear < b.kb.Identite.CardIssuedFrom.Time.Year() || p.Slots.CardFormat == knowledge.Plastic
	// ("ma carte nouveau format est périmée": the new card named with its expiry is the one
	// expired, not one to come.)
	expiredNamedNew := slices.ContainsFunc(clauses(p.Norm), func(c string) bool {
		return (b.hasCue(c, knowledge.CueCardExpired) || b.hasCue(c, knowledge.CueExpiring)) && b.hasCue(c, knowledge.CueNewCard)
	})
	if (p.Form == nlu.FormYesNo || p.Form == nlu.FormNone && p.Question) && (b.hasCue(p.Norm, knowledge.CueCardExpired) || b.hasCue(p.Norm, knowledge.CueExpiring) && b.hasCue(cmp.Or(p.Ask, p.Norm), knowledge.CueAfter)) &&
		(!b.hasCue(p.Norm, knowledge.CueEarly) || b.hasCue(cmp.Or(p.Ask, p.Norm), knowledge.CueAfter)) &&
		(!b.hasCue(cmp.Or(p.Ask, p.Norm), knowledge.CueNewCard) || expiredNamedNew) {
		// ("elle expire dans 2 mois… l'appli continue à marcher après ?" asks of after the
		// expiry, not of renewing early.)
		// (Not "ma vieille carte est périmée… avec la nouvelle je pourrai ?", of the card to come.)
		// "ma carte a expiré le mois dernier, je peux encore faire certifier ?", "elle expire le
		// mois prochain, l'appli va continuer à marcher après ?": the conditions ask for a card
		// still valid.
		w.para(w.t("no"))
		w.kbFact("fi.conditions")
		return w.done(Answer), ""
	}
	if cs := clauses(cmp.Or(p.Ask, p.Norm)); asksYesNo(p) && !p.Deceit && len(cs) > 1 && b.hasCue(cs[0], knowledge.CueCardWord) &&
		(b.hasCue(cs[0], knowledge.CueLapses) || b.hasCue(cs[0], knowledge.CueCardExpired) || p.Slots.Application == knowledge.Loss || p.Slots.Application == knowledge.Theft) &&
		!b.hasCue(cs[len(cs)-1], knowledge.CueCardWord) &&
		(b.hasCue(cs[len(cs)-1], knowledge.CueLapses) || b.hasCue(cs[len(cs)-1], knowledge.CueStill) && b.hasCue(cs[len(cs)-1], knowledge.CueAllowed)) {
		// "si ma carte d'identité expire, mon identité numérique expire aussi ?", "if I lose my
		// card, will the app stop working?": yes, the app needs a card still valid; "…je
		// pourrai encore utiliser l'appli ?": no.
		w.para(yesNo(w, !b.hasCue(cs[len(cs)-1], knowledge.CueStill)))
		w.kbFact("fi.conditions")
		return w.done(Answer), ""
	}
	minorTold := p.Slots.Age != nil && *p.Slots.Age < b.kb.CNI.AdultAge && p.Slots.Holder != knowledge.Adult
	if p.Form == nlu.FormYesNo && !asksWh(p.Norm) && !b.hasCue(p.Norm, knowledge.CueNormal) &&
		((intent == nlu.Uses || intent == nlu.What || intent == nlu.Steps || intent == "") &&
			(p.Slots.PhoneNFC != nil && !*p.Slots.PhoneNFC || minorTold ||
				oldCard && !b.hasCue(p.Norm, knowledge.CueNewCard) && !b.hasCue(p.Norm, knowledge.CueEarly)) ||
			(intent == nlu.Eligibility || intent == nlu.Where) && minorTold) {
		// "ma mère a un vieux téléphone qui n'a pas le NFC, elle peut quand même utiliser France
		// Identité ?", "ma fille de 16 ans veut France Identité pour prouver son âge, elle
		// peut ?", "certifier celle de sa fille de 15 ans pendant le rendez-vous, c'est
		// possible ?": a condition the message tells unmet, whatever use or place it names.
		// (An old card with the new one wanted, "je peux la changer pour l'appli ?", is the
		// early renewal's question.)
		return b.eligibility(w, s, false, b.obstacleAsked(p), b.phoneAsked(p))
	}
	if asksYesNo(p) && b.failureAsked(p) &&
		(oldCard || s.PhoneNFC != nil && !*s.PhoneNFC || s.Age != nil && *s.Age < b.kb.CNI.AdultAge) {
		// "l'appli ne veut pas de ma carte plastifiée de 2015, c'est normal ?": yes, the card
		// (or phone, or age) told does not meet the conditions.
		return b.eligibility(w, s, true, false, b.phoneAsked(p))
	}
	// ("un ordinateur portable" is a laptop, no phone.)
	if ask := strings.ReplaceAll(cmp.Or(p.Ask, p.Norm), "ordinateur portable", "ordinateur"); asksYesNo(p) && b.hasCue(ask, knowledge.CueComputer) && b.hasCue(ask, knowledge.CueApp) && !b.hasCue(ask, knowledge.CueDevice) {
		// "je peux installer France Identité sur mon ordinateur ?": no, the app needs a phone
		// with NFC, which the conditions say.
		w.para(w.t("no"))
		w.kbFact("fi.conditions")
		b.phoneMinimums(w)
		return w.done(Answer), ""
	}
	if ask := cmp.Or(p.Ask, p.Norm); b.hasCue(ask, knowledge.CueNFCNamed) && (p.Form == nlu.FormWhat || p.Form == nlu.FormWhy || p.Form == nlu.FormHow && !b.hasCue(ask, knowledge.CueDevice)) {
		// "c'est quoi le NFC ?", "pourquoi l'appli me parle de NFC ?": what it is and what the
		// app does with it.
		w.kbFact("fi.nfc")
		return w.done(Answer), ""
	}
	if ask := cmp.Or(p.Ask, p.Norm); asksYesNo(p) && b.hasCue(ask, knowledge.CueAppUsed) && b.hasCue(p.Norm, knowledge.CueCertify) &&
		matchItem(b.kb.MustFact("fi.uses"), ask) == nil && matchItem(b.kb.MustFact("fi.app"), ask) == nil {
		// "si je fais pas certifier mon identité, je peux quand même utiliser l'appli ?": yes;
		// "je suis obligé de la faire certifier pour utiliser l'appli ?": no. The app has uses of
		// its own, without certification.
		without := nlu.Denied(p.Norm, b.kb.Language.Cues[knowledge.CueCertify]) || b.hasCue(p.Norm, knowledge.CueNotCertified)
		obliged := b.hasCue(ask, knowledge.CueObliged) || b.hasCue(ask, knowledge.CueMandatory)
		if without != obliged {
			w.para(yesNo(w, without))
			w.kbFact("fi.app")
			return w.done(Answer), ""
		}
	}
	if b.answerOf("fi.proof", p) != nil &&
		(b.citedLast(st, "fi.proof") || st.Topic == knowledge.TopicIdentite && b.citedLast(st, "fi.app")) {
		// "(l'agence veut une photocopie de ma carte… France Identité peut servir à ça ?) ils
		// vont voir toutes mes infos ?", "ils pourront le réutiliser ?": no, the single-use
		// proof shows what one puts in it, for one recipient and purpose. (Only after the app's
		// uses: "prouver que j'ai 18 ans sans montrer toutes mes infos ?" asks what it can do.)
		b.leadVerdict(w, p, "fi.proof")
		w.kbFact("fi.proof")
		return w.done(Answer), ""
	}
	if asksYesNo(p) && b.hasCue(cmp.Or(p.Ask, p.Norm), knowledge.CueNeedsCertification) {
		// "et il faut que l'identité soit certifiée pour ça ?" after a proxy vote asked: yes when
		// the use is one of the certified identity's and not of the app without it; no when the
		// app does it uncertified.
		uses, app := b.kb.MustFact("fi.uses"), b.kb.MustFact("fi.app")
		certified, plain := matchItem(uses, p.Norm), matchItem(app, p.Norm)
		if certified == nil && plain == nil {
			certified, plain = matchItem(uses, st.LastAsk), matchItem(app, st.LastAsk)
		}
		switch {
		case certified != nil && plain == nil:
			w.para(w.t("yes"))
			w.kbFact("fi.uses")
			return w.done(Answer), ""
		case plain != nil && certified == nil:
			w.para(w.t("no"))
			w.kbFact("fi.app")
			return w.done(Answer), ""
		}
	}
	if ask := cmp.Or(p.Ask, p.Norm); p.Has(nlu.Fingerprints) && p.Form == nlu.FormYesNo && !p.Deceit && (b.hasCue(p.Norm, knowledge.CueCertify) || p.Continues() && !p.TopicNamed && !p.CardNamed) &&
		matchItem(b.kb.MustFact("fi.uses"), ask) == nil && containsWord(lastClause(questionSentence(ask)), "empreintes", "empreinte", "fingerprints", "vingerafdrukken") &&
		!b.hasCue(ask, knowledge.CueNormal) && b.answerOf("fi.what", p) == nil {
		// "pour certifier, c'est bien en comparant ses empreintes avec celles de sa carte qu'on
		// vérifie ?", "un usager me demande si on va vérifier ses empreintes quand il vient
		// faire certifier", "(…le rendez-vous de certification) et ils vont reprendre mes
		// empreintes ?": yes, the agent compares them with the card's. (The fingerprints in
		// the clause that asks: not "une fois qu'on a vérifié ses empreintes, il repart avec un
		// papier ?", nor "l'agent a pris mes empreintes… c'est normal ?".)
		w.para(w.t("yes"))
		w.kbFact("fi.what")
		return w.done(Answer), ""
	}
	if p.Has(nlu.Fingerprints) && p.Form == nlu.FormWhy && matchItem(b.kb.MustFact("fi.uses"), cmp.Or(p.Ask, p.Norm)) == nil {
		// "pourquoi on me prend les empreintes à la mairie pour certifier ? je les ai déjà
		// données pour ma carte": what the agent does with them, compare them with the card's.
		// ("Comment je vais savoir si c'est bon ?" after a story of fingerprints asks the result.)
		w.kbFact("fi.what")
		return w.done(Answer), ""
	}
	// (The new card told in a sentence of its own weighs on nothing when the sentence that asks
	// names a use: "I have the new ID card. Can I use France Identité to log in to FranceConnect?"
	// A phone told, or none, may: "il n'a pas de smartphone. il peut faire sa procuration ?")
	ps := p.Slots
	useAskedApart := ps.CardFormat == knowledge.NewFormat && ps.PhoneOS == "" && ps.PhoneVersion == 0 && ps.PhoneModel == 0 && ps.PhoneNFC == nil &&
		p.Ask != "" && p.Ask != p.Norm && matchItem(b.kb.MustFact("fi.uses"), p.Ask) != nil
	if p.Form == nlu.FormYesNo && (intent == nlu.Eligibility || intent == nlu.What || intent == nlu.Steps || intent == "") && (!p.Slots.WeighOnIdentite() || useAskedApart) && !s.NoIDCard && !oldCard &&
		matchItem(b.kb.MustFact("fi.uses"), p.Norm) != nil {
		// "Mon Compte Formation me demande FranceConnect+, je peux passer par France Identité ?": a use.
		// ("France Identité et FranceConnect c'est la même chose ?" names a use, but a fact of
		// the topic answers it in its own words, and its verdict leads.)
		q := p // (the sentence that asks, not the story before it)
		q.Norm, q.Ask = cmp.Or(p.Ask, p.Norm), ""
		if f, a := b.factAnswer(knowledge.TopicIdentite, nil, q, true); f != nil && f.ID != "fi.uses" && (a.Verdict == "yes" || a.Verdict == "no") &&
			answersAbout(f, q.Norm, 3, matchItem(b.kb.MustFact("fi.uses"), p.Norm).Match) {
			w.para(yesNo(w, a.Verdict == "yes"))
			w.kbFact(f.ID)
			return w.done(Answer), ""
		}
		intent = nlu.Uses
	}
	if lost := p.Slots.Application == knowledge.Loss || p.Slots.Application == knowledge.Theft; lost && asksYesNo(p) && !p.FoundAgain && !p.Deceit &&
		!b.hasCue(p.Norm, knowledge.CuePhoneLost) && b.hasCue(p.Norm, knowledge.CueCardWord) && p.Slots.IssueYear == 0 &&
		!containsWord(p.Norm, "comme pour une perte", "comme pour un vol", "comme une perte", "comme un vol", "like a loss") {
		// (Not "ma carte de 2016 encore valable… payer 25 euros comme pour une perte ?".)
		// "j'ai perdu ma carte mais j'ai France Identité, je peux continuer avec l'appli ?": no;
		// the app needs a card still valid, and a card declared lost or stolen is invalid for
		// good: a new one is asked for, with its stamp. "Je dois quand même refaire une
		// carte ?": yes.
		first := firstChoice(cmp.Or(p.Ask, p.Norm))
		remake := b.hasCue(first, knowledge.CueObliged) && containsWord(first, "refaire", "la refaire", "une nouvelle", "nouvelle carte", "redemander", "renouveler") &&
			!containsWord(first, "pas oblige", "pas obligee", "pas besoin")
		w.para(yesNo(w, remake))
		w.kbFact("cni.found-after-declaration")
		w.kbFact("fi.conditions")
		b.cniFee(w, nlu.Slots{Application: p.Slots.Application}, p, false)
		return w.done(Answer), ""
	}
	// (A Brussels commune told, "living in Ixelles", is abroad for a French card's holder.)
	if abroad := p.Slots.Abroad != nil && *p.Slots.Abroad || p.Slots.Commune != "" || p.BrusselsAmbiguous || containsWord(p.Norm, "consulat", "consulate"); abroad &&
		b.hasCue(p.Norm, knowledge.CueCertify) && !oldCard && !s.NoIDCard && !p.Slots.WeighOnIdentite() && !b.hasCue(p.Norm, knowledge.CueProxyVote) &&
		!containsWord(p.Norm, "grew up abroad", "now live in", "j ai grandi a l etranger", "j habite maintenant", "je vis maintenant", "rentre en france", "rentree en france",
			"revenu en france", "revenue en france", "back in france", "moved back") {
		// (Not "I grew up abroad, I now live in Lyon": a town hall's certification.)
		// "je vis à Madrid, je peux faire certifier mon identité sans revenir en France ?": yes,
		// at the consulate.
		if asksYesNo(p) {
			w.para(w.t("yes"))
		}
		w.kbFact("fi.abroad")
		return w.done(Answer), ""
	}
	if r, ok := b.proxyVote(w, st, p, intent, oldCard); ok {
		return r, ""
	}
	if asksYesNo(p) && b.hasCue(p.Norm, knowledge.CueForgotten) && b.hasCue(p.Norm, knowledge.CueAnyway) &&
		(!b.hasCue(p.Norm, knowledge.CueCode) || containsWord(p.Norm, "qr code")) && !containsWord(p.Norm, "code personnel", "mon code") {
		if it := matchItem(b.kb.MustFact("fi.steps"), b.afterCue(p.Norm, knowledge.CueForgotten, 4)); it != nil {
			// "il a son téléphone et le QR code mais a oublié sa CNI, on peut faire quand même ?":
			// no, one comes with one's own card, phone and QR code, as the steps say. (The thing
			// forgotten is the one named right after the word: "son iPhone est bloqué en iOS 15"
			// forgets no card.)
			w.para(w.t("no"))
			w.kbFact("fi.steps")
			return w.done(Answer), ""
		}
	}
	if s.NoIDCard && p.Form == nlu.FormYesNo {
		intent = nlu.Eligibility // "j'ai pas de carte d'identité mais un passeport, je peux l'utiliser ?"
	}
	if (p.Form == nlu.FormWhen || p.Form == nlu.FormHowLong) && b.hasCue(cmp.Or(p.Ask, p.Norm), knowledge.CueAnswerWait) ||
		b.hasCue(cmp.Or(p.Ask, p.Norm), knowledge.CueReadyNotice) && (intent == nlu.Validity || intent == nlu.Steps || intent == nlu.What) {
		// "il est passé en mairie hier pour la certification, il aura la réponse quand ?",
		// "comment et quand il saura si c'est validé ?": the wait for the result and how it
		// comes, whatever facet the examples read ("validé" is no validity).
		intent = nlu.Delay
	}
	if ask := cmp.Or(p.Ask, p.Norm); (b.hasCue(ask, knowledge.CueAppointment) || b.hasCue(ask, knowledge.CueWalkIn)) && !b.hasCue(p.Norm, knowledge.CuePickup) && p.Form == nlu.FormYesNo &&
		b.sentToOffice(firstChoice(ask)) == "" && // ("rdv à la préfecture ?": the office asked, below)
		(b.hasCue(ask, knowledge.CueObliged) || b.hasCue(ask, knowledge.CueMandatory) || b.hasCue(ask, knowledge.CueWalkIn)) {
		// "faut prendre rdv pour la certif en mairie ou on peut venir comme ça ?": it depends on
		// the town hall, whose way is on the ANTS site.
		w.para(w.t("depends_town_hall"))
		w.kbFact("fi.appointment")
		return w.done(Answer), ""
	}
	if ask := firstChoice(cmp.Or(p.Ask, p.Norm)); p.Form == nlu.FormYesNo && b.hasCue(ask, knowledge.CueOwnTown) &&
		(b.hasCue(ask, knowledge.CueMandatory) || b.hasCue(ask, knowledge.CueObliged)) && !b.hasCue(ask, knowledge.CuePickup) {
		// "je suis obligé de faire la certification dans la mairie de ma commune ?": no, any
		// authorised town hall (whatever duty the words also say of the app).
		w.para(w.t("no"))
		w.kbFact("fi.where")
		b.officeContacts(w, b.certifyingOffices())
		return w.done(Answer), ""
	}
	if p.Form == nlu.FormYesNo && ((b.hasCue(p.Norm, knowledge.CueMandatory) || b.hasCue(p.Norm, knowledge.CueObliged)) && p.CardOnPhone || p.AppMandatory) {
		// "est-ce que c'est obligatoire maintenant d'avoir sa carte dans le téléphone ?": the app
		// itself is asked about, and it is optional.
		b.leadVerdict(w, p, "fi.optional")
		w.kbFact("fi.optional")
		return w.done(Answer), ""
	}
	// ("c'est quel tel pour appeler la mairie ?" asks a number to call, not a phone to own.)
	if ask := cmp.Or(p.Ask, p.Norm); b.hasCue(ask, knowledge.CueWhichPhone) && (p.Form != nlu.FormYesNo || opensWh(ask)) && !b.hasCue(ask, knowledge.CueContactRequest) {
		// "pourriez-vous me dire quel genre de téléphone il faut ?": the conditions, and the
		// systems' minimum versions.
		w.kbFact("fi.conditions")
		b.phoneMinimums(w)
		return w.done(Answer), ""
	} else if b.hasCue(ask, knowledge.CueWhatElse) && p.Form != nlu.FormYesNo && !containsWord(ask, "condition", "conditions", "requirements", "voorwaarden") {
		// "à part la carte d'identité, qu'est-ce qu'on peut mettre d'autre dans l'appli ?": what
		// the app holds and does.
		w.kbFact("fi.app")
		return w.done(Answer), ""
	}
	// ("on m'a volé mon téléphone avec France Identité — et ma carte d'identité, elle reste
	// valable ?", "est-ce que le voleur peut se servir de mon identité avec ?": the phone lost
	// told the turn before.)
	// "ma carte je l'ai toujours sur moi…" after it tells of the card still held.
	phoneLost := b.hasCue(p.Norm, knowledge.CuePhoneLost) || (p.Continues() || p.Victim || nlu.HeldTold(p.Norm, b.kb.Language.Cues[knowledge.CueCardHeld])) && b.hasCue(st.LastAsk, knowledge.CuePhoneLost)
	if b.heldCardDeclared(w, p, phoneLost) {
		return w.done(Answer), ""
	}
	if ask := cmp.Or(p.Ask, p.Norm); phoneLost && !p.Deceit && asksYesNo(p) && b.hasCue(ask, knowledge.CueCardWord) &&
		(b.hasCue(ask, knowledge.CueValid) || b.hasCue(ask, knowledge.CueStill)) && !b.hasCue(ask, knowledge.CueInvalid) {
		// "j'ai perdu mon téléphone avec France Identité, ma carte d'identité reste valable ?": yes,
		// the card itself is neither lost nor stolen; the fact that follows says only one declared
		// so stops being valid.
		w.para(w.t("fi_phone_lost_card_valid"))
		w.kbFact("cni.found-after-declaration")
		w.kbFact("fi.code")
		return w.done(Answer), ""
	}
	if b.confirmedItem(w, "fi.steps", p) {
		return w.done(Answer), ""
	}
	if b.bringItem(w, "fi.steps", p) {
		return w.done(Answer), ""
	}
	if ask, held := cmp.Or(p.Ask, p.Norm), nlu.HeldTold(p.Norm, b.kb.Language.Cues[knowledge.CueCardHeld]); phoneLost && !p.Deceit && asksYesNo(p) && (p.Slots.Remake || b.hasCue(ask, knowledge.CueReplace)) &&
		(held && b.hasCue(p.Norm, knowledge.CueCardWord) || b.hasCue(ask, knowledge.CueCardWord) && !b.hasCue(toldBefore(p.Norm), knowledge.CueCardWord)) {
		// "ma carte d'identité je l'ai toujours sur moi, faut que je la refasse aussi ?" after the
		// phone stolen, "j'ai perdu mon téléphone, j'avais France Identité dessus. Je dois refaire
		// ma carte ?" (the card named only by the question): no, the card is neither lost nor
		// stolen. (Not "…mon téléphone, avec ma carte dans la coque", the card lost too.)
		w.para(w.t("fi_phone_lost_card_kept"))
		w.kbFact("cni.found-after-declaration")
		w.kbFact("fi.code")
		return w.done(Answer), ""
	}
	if phoneLost && !p.Deceit {
		// "on m'a volé mon téléphone avec France Identité dessus, que faire ?": the knowledge base
		// says no more than that the app asks the personal code, with the card.
		w.para(w.t("no_info"))
		w.kbFact("fi.code")
		return w.done(Answer), ""
	}
	if a := b.answerOf("fi.travel", p); a != nil && b.hasCue(p.Norm, knowledge.CueTravel) {
		// "je peux laisser ma carte à la maison et prendre l'avion avec France Identité ?": no,
		// it is shown at boarding but is no travel document.
		if p.Form == nlu.FormYesNo {
			w.para(b.allowedVerdict(w, p, a.Verdict == "yes"))
		}
		w.kbFact("fi.travel")
		return w.done(Answer), ""
	}
	// ("…la nouvelle carte et l'appli France Identité — et l'agence pourra réutiliser ce document
	// plus tard ?": the proof the last answer named, asked of in a sequel.)
	proofSequel := p.Continues() && b.hasCue(p.Norm, knowledge.CueThisDocument) && (b.citedLast(st, "fi.proof-document") || b.citedLast(st, "fi.app"))
	if a := b.answerOf("fi.proof-document", p); (b.hasCue(cmp.Or(p.Ask, p.Norm), knowledge.CueProofDocument) || b.hasCueUnhedged(p.Norm, knowledge.CueProveAge) || proofSequel && a != nil) && (p.Form != nlu.FormYesNo || a != nil) {
		// "le justificatif d'identité qu'on génère dans l'appli, on peut dire à qui on l'envoie ?":
		// what the single-use proof is and what its holder sets. (Another yes/no question on it,
		// "ma banque le refuse, elle a le droit ?", is the app's.)
		if a != nil && p.Form == nlu.FormYesNo {
			w.para(yesNo(w, a.Verdict == "yes"))
		}
		w.kbFact("fi.proof-document")
		w.kbFact("fi.app")
		return w.done(Answer), ""
	}
	if b.hasCue(p.Norm, knowledge.CueStoppedWorking) && p.Words <= 8 && (p.Form != nlu.FormYesNo || !p.Question) && p.Slots.PhoneOS == "" &&
		!b.hasCue(p.Norm, knowledge.CueCode) && !b.hasCue(p.Norm, knowledge.CueCertify) && !b.hasCue(p.Norm, knowledge.CueDigits) {
		// "france identité marche pas sur mon tel": what fails decides the answer; the
		// knowledge base answers on the phone needed, the code asked and the certification.
		w.para(w.t("fi_what_fails"))
		w.option(w.t("opt_fi_phone"), w.t("opt_fi_phone_q"))
		w.option(w.t("opt_fi_code"), w.t("opt_fi_code_q"))
		w.option(w.t("opt_fi_certify"), w.t("opt_fi_certify_q"))
		return w.done(Clarify), ""
	}
	if b.hasCue(p.Norm, knowledge.CueCardCode) && (b.hasCue(p.Norm, knowledge.CueCode) || b.hasCue(p.Norm, knowledge.CueApp) || b.hasCue(p.Norm, knowledge.CueDigits)) && !b.hasCue(p.Norm, knowledge.CueCertify) {
		// "l'appli me demande un code de la carte, c'est lequel, le code PIN ?": the number
		// printed on the card, and the personal code, which is chosen in the app.
		w.kbFact("fi.card-number")
		w.kbFact("fi.code")
		return w.done(Answer), ""
	}
	if intent != nlu.Steps && b.hasCue(cmp.Or(p.Ask, p.Norm), knowledge.CueBring) && p.Form != nlu.FormYesNo && b.hasCue(p.Norm, knowledge.CueCertify) {
		// "elle veut faire certifier son identité numérique chez nous, qu'est-ce qu'elle doit
		// apporter ?": the steps say what to come with.
		intent = nlu.Steps
		st.Intent = intent
	}
	if ask := cmp.Or(p.Ask, p.Norm); b.hasCue(ask, knowledge.CueRequirements) && p.Form != nlu.FormYesNo && !b.hasCue(p.Norm, knowledge.CueBring) &&
		!b.hasCue(ask, knowledge.CueProxyVote) && !p.Slots.WeighOnIdentite() && s.Age == nil {
		// "qu'est-ce qu'il faut pour utiliser France Identité ?", "quelles conditions l'usager
		// doit-il remplir ?": the conditions, and the systems' minimum versions.
		w.kbFact("fi.conditions")
		b.phoneMinimums(w)
		return w.done(Answer), ""
	}
	if (b.hasCue(p.Norm, knowledge.CueDigits) || b.hasCue(p.Norm, knowledge.CueNumberWord)) && b.hasCue(p.Norm, knowledge.CueOnCard) {
		// "l'appli me demande un numéro à 6 chiffres qui serait sur ma carte, il est où ?", "un
		// numéro qui est sur ma carte, c'est lequel ?": the number printed on the card, not the
		// personal code.
		w.kbFact("fi.card-number")
		return w.done(Answer), ""
	}
	if b.hasCue(p.Norm, knowledge.CueDigits) && p.Form == nlu.FormWhere && !b.hasCue(p.Norm, knowledge.CueCertify) {
		// "l'appli me demande un code à 6 chiffres, je le trouve où ?": a number to be found is
		// the one printed on the card; the personal code is chosen, never found.
		w.kbFact("fi.card-number")
		w.kbFact("fi.code")
		return w.done(Answer), ""
	}
	if code := b.answerOf("fi.code", p); code != nil && p.Form == nlu.FormYesNo && b.hasCue(p.Norm, knowledge.CueCode) {
		// "le code que l'appli me demande, c'est celui de ma carte bancaire ?": no, the personal
		// code chosen in the app.
		w.para(yesNo(w, code.Verdict == "yes"))
		w.kbFact("fi.code")
		return w.done(Answer), ""
	}
	if b.hasCue(p.Norm, knowledge.CueDigits) && b.hasCue(p.Norm, knowledge.CueCode) && !b.hasCue(p.Norm, knowledge.CueOnCard) {
		// "le code personnel de France Identité, il fait combien de chiffres ?" (not the number
		// printed on the card, which the knowledge base does not describe).
		w.kbFact("fi.code")
		return w.done(Answer), ""
	}
	if office := b.sentToOffice(firstChoice(cmp.Or(p.Ask, p.Norm))); office != "" && p.Form == nlu.FormYesNo && !b.hasCue(p.Norm, knowledge.CuePickup) &&
		(p.Slots.Abroad == nil || !*p.Slots.Abroad) && office != "consulat" && office != "ambassade" {
		// "pour la certification, je dois prendre rdv à la préfecture ?": whether the place the
		// question sends the person to is the one the certification's fact names. (What a
		// consulate does abroad, the knowledge base does not say.)
		where := b.kb.MustFact("fi.where")
		w.para(yesNo(w, containsWord(knowledge.Normalize(w.text(where.Text)), office)))
		w.kbFact("fi.where")
		b.officeContacts(w, b.certifyingOffices())
		return w.done(Answer), ""
	}
	if f := b.kb.MustFact("fi.validity"); b.hasCue(p.Norm, knowledge.CueCertify) && b.hasCue(cmp.Or(p.Ask, p.Norm), knowledge.CueLasts) {
		// "certifiée en juin 2024, c'est toujours valable ?", "elle dure combien de temps ?": how
		// long the certification lasts, against the months since it was made.
		if p.Form == nlu.FormYesNo {
			b.ageVerdict(w, p, f.ID, "certif")
		}
		w.kbFact(f.ID)
		return w.done(Answer), ""
	}
	if p.Form == nlu.FormYesNo && b.hasCue(p.Norm, knowledge.CuePolice) && b.hasCue(p.Norm, knowledge.CueControl) && b.answerOf("fi.police-check", p) == nil &&
		!b.hasCue(p.Norm, knowledge.CueCertify) {
		// "si les gendarmes me contrôlent sur la route, je peux leur montrer France Identité ?":
		// a police check, in any words.
		w.para(b.allowedVerdict(w, p, true))
		w.kbFact("fi.police-check")
		return w.done(Answer), ""
	}
	// (A wait told and asked normal, in any words: "ça fait 5 jours et toujours aucun mail, c'est
	// normal d'attendre autant ?".)
	// So too a certification told done some time ago and still not showing: "fait certifier hier
	// après-midi, c'est toujours pas certifié, c'est normal ?".
	waitNormal := p.AgoDays != nil && b.hasCue(cmp.Or(p.Ask, p.Norm), knowledge.CueNormal) &&
		(p.Has(nlu.Delay) || b.hasCue(p.Norm, knowledge.CueCertify) && (b.hasCue(p.Norm, knowledge.CueStill) || b.hasCue(p.Norm, knowledge.CueWait)))
	if a := b.answerOf("fi.delay", p); (a != nil && a.Verdict == "yes" || waitNormal) && p.Form == nlu.FormYesNo {
		// "passé hier en mairie, toujours rien dans l'appli, c'est normal ?": yes, within 48
		// hours; "j'y suis allée il y a 5 jours en fait": no, past them. ("Tout de suite", its
		// other answer, also asks whether one may act at once.)
		within, told := b.elapsedVerdict(p, "fi.delay")
		w.para(yesNo(w, within || !told))
		w.kbFact("fi.delay")
		return w.done(Answer), ""
	}
	for _, id := range []string{"fi.licence-check", "fi.police-check", "fi.train", "fi.validity"} {
		// "en cas de contrôle de police, je peux montrer France Identité au lieu de ma carte ?",
		// "et ça vaut lors d'un contrôle routier ?" (the licence in the app),
		// "il faut refaire la certification à chaque fois ?": the check, or how long the
		// certification lasts, whatever card, phone or use the sentence names.
		if id == "fi.train" && b.hasCue(p.Norm, knowledge.CueTravel) {
			continue // "…pour aller en Belgique en train ?": a journey abroad, whose answer is the travel one
		}
		if a := b.answerOf(id, p); a != nil && p.Form == nlu.FormYesNo {
			w.para(b.allowedVerdict(w, p, a.Verdict == "yes"))
			w.kbFact(id)
			return w.done(Answer), ""
		}
	}
	if s.Place != "" && p.Slots.When != "" && p.Form == nlu.FormYesNo {
		// "je pourrai passer un samedi matin d'août à l'hôtel de ville de Valenciennes ?": whether
		// it is open then.
		return b.office(w, st, p, m)
	}
	// "valable jusqu'en 2029 mais je voudrais la nouvelle": an old card still valid, the new one
	// wanted, is as early as "déjà".
	stillValid := s.CardFormat != knowledge.NewFormat && s.PrintedYear > m.Time.Year()
	// ("…elle expire seulement en 2030 : je suis obligé d'attendre 2030 ?" asks it too.)
	// ("…si je la fais renouveler maintenant alors qu'elle est encore valable" is early too.)
	stillValid = stillValid || s.CardFormat != knowledge.NewFormat && b.hasCue(p.Norm, knowledge.CueStill) && b.hasCue(p.Norm, knowledge.CueValid)
	early := (b.hasCue(p.Norm, knowledge.CueEarly) || stillValid) && (b.hasCue(p.Norm, knowledge.CueNewCard) || b.hasCue(p.Norm, knowledge.CueReplace) || p.Slots.Remake ||
		slices.Contains(p.Applications, knowledge.Renewal) || b.hasCue(p.Norm, knowledge.CueCardSwap)) ||
		stillValid && p.Form == nlu.FormYesNo && b.hasCue(cmp.Or(p.Ask, p.Norm), knowledge.CueWait) ||
		// "ma carte date de 2016 — et la refaire juste pour ça, c'est payant ?": the card remade
		// for the app, after the answer that offered it.
		p.Slots.Remake && s.CardFormat != knowledge.NewFormat && b.citedLast(st, "cni.renewal-digital")
	if b.hasCue(cmp.Or(p.Ask, p.Norm), knowledge.CueMeanwhile) && (s.CardFormat == knowledge.Plastic || s.CardFormat == knowledge.Cardboard) {
		// "j'ai déposé ma demande de nouvelle carte… je peux déjà créer mon identité numérique
		// avec mon ancienne carte en attendant ?": the old card, used meanwhile, is the question.
		early = false
	}
	if _, free := b.asksFree(p); !early && ((free || b.hasCue(cmp.Or(p.Ask, p.Norm), knowledge.CuePrice)) && p.Has(nlu.Fee) && !slices.ContainsFunc(p.Intents, func(i nlu.Intent) bool { return i != nlu.Fee }) ||
		free && (intent == nlu.What || len(p.Intents) > 0 && p.Intents[0] == nlu.Fee)) {
		// (The new card wanted early is the card's renewal, whose price is below.)
		// (Whether it is free, asked first, whatever card and phone the message tells: "I have
		// the new card and an Android with NFC. Is the app free?")
		// "l'appli est payante ?": the app is free, which its fact says; of the certification's
		// price the knowledge base says nothing, and says so.
		// ("lappli france identite" names the app by the service's name; "c'est payant ?" after
		// the certification asks of the certification.)
		// ("je peux utiliser France Identité ? — et c'est payant ?" asks of the app the question
		// before named.)
		appBefore := p.Continues() && st.LastAsk != "" && !b.hasCue(st.LastAsk, knowledge.CueCertify) && !b.hasCue(p.Norm, knowledge.CueCertify)
		if b.hasCue(p.Norm, knowledge.CueCertify) || !b.hasCue(p.Norm, knowledge.CueApp) && !slices.Contains(p.Named, knowledge.TopicIdentite) && !appBefore {
			w.para(w.t("no_info"))
		} else {
			b.leadVerdict(w, p, "fi.app")
		}
		w.kbFact("fi.app")
		return w.done(Answer), ""
	}
	if app := b.kb.MustFact("fi.app"); matchItem(app, p.Norm) != nil && matchItem(b.kb.MustFact("fi.uses"), p.Norm) == nil &&
		(!p.Slots.WeighOnIdentite() || !p.CardNamed && !slices.Contains(p.Named, knowledge.TopicCNI)) {
		// "on peut mettre son permis dans France Identité ?", "plutôt qu'une photocopie de ma
		// carte ?": what the app does without certification.
		if p.Form == nlu.FormYesNo {
			w.para(w.t("yes"))
		}
		w.kbFact(app.ID)
		return w.done(Answer), ""
	}
	if ask := cmp.Or(p.Ask, p.Norm); p.Form == nlu.FormYesNo && !early && (b.hasCue(p.Norm, knowledge.CueExpiring) || b.hasCue(p.Norm, knowledge.CueStoppedWorking)) &&
		(b.hasCue(ask, knowledge.CueValid) || b.hasCue(ask, knowledge.CueStill)) {
		// "si ma carte arrive à expiration, l'identité numérique reste valable ?": the knowledge
		// base says only that the certification needs a card still valid.
		w.para(w.t("no_info"))
		w.kbFact("fi.conditions")
		return w.done(Answer), ""
	}
	if p.Form == nlu.FormHowMuch && early && s.CardFormat != knowledge.NewFormat && s.Age == nil {
		// "je dois refaire ma carte plastifiée encore valable jusqu'en 2029, ça me coûtera
		// combien ?": the renewal made for the app, whose fact gives its price.
		w.kbFact("cni.renewal-digital")
		return w.done(Answer), ""
	}
	if p.Form == nlu.FormYesNo && (slices.Contains(p.Applications, knowledge.Renewal) || early) && s.CardFormat != knowledge.NewFormat && s.Age == nil {
		// "ma carte plastifiée est encore valable, je peux déjà la renouveler pour utiliser
		// France Identité ?": yes, by the renewal made for it; "ça me coûte quelque chose ?":
		// no, and "je dois attendre qu'elle expire ?": no, as the fact's answers say.
		// (The price asked first, whatever the fact's phrases match besides: "si je la renouvelle
		// alors qu'elle est encore valable, ça me coûte quelque chose ?".)
		if _, asked := b.asksFree(p); asked && !b.leaveAskedFirst(p) {
			b.leadVerdict(w, p, "cni.renewal-digital")
		} else if a := b.answerOf("cni.renewal-digital", p); a != nil {
			w.para(yesNo(w, a.Verdict == "yes"))
		} else {
			w.para(b.allowedVerdict(w, p, true)) // ("je suppose que c'est impossible ?": no)
		}
		w.kbFact("cni.renewal-digital")
		return w.done(Answer), ""
	}
	minor := s.Age != nil && *s.Age < b.kb.CNI.AdultAge // "j'ai 17 ans et la nouvelle carte": not yet
	if (b.hasCue(p.Norm, knowledge.CueActivate) && (b.hasCue(p.Norm, knowledge.CuePickup) || b.hasCue(p.Norm, knowledge.CueNewCard)) ||
		b.hasCue(p.Norm, knowledge.CueCertify) && b.hasCue(p.Norm, knowledge.CuePickup)) && !minor {
		// ("certifier… quand je vais récupérer ma nouvelle carte": the certification at the
		// counter is that activation.)
		// "je peux activer France Identité quand je récupère ma nouvelle carte ?": yes, at the
		// counter, from the text message's QR code.
		if p.Form == nlu.FormYesNo {
			w.para(w.t("yes"))
		}
		w.kbFact("fi.activation")
		w.kbFact("fi.steps")
		return w.done(Answer), ""
	}
	if intent == "" {
		intent = nlu.What
		// (A use named is what is asked, whatever card or phone the story tells: "il a la
		// nouvelle carte… il voudrait faire sa procuration, il commence par quoi ?".)
		if (s.PhoneOS != "" || s.CardFormat != "") && matchItem(b.kb.MustFact("fi.uses"), cmp.Or(p.Ask, p.Norm)) == nil {
			intent = nlu.Eligibility
		}
		st.Intent = intent
	}
	if minor && p.Slots.Age != nil && (intent == nlu.Steps || intent == nlu.Where) && b.hasCue(p.Norm, knowledge.CueCertify) {
		// "un jeune de 17 ans demande à faire certifier son identité numérique, on fait quoi ?":
		// the age the app asks settles it before any step.
		intent = nlu.Eligibility
		st.Intent = intent
	}
	// ("…j'ai un Pixel 7. Concrètement, je pourrais faire quoi avec ?" asks its uses.)
	if ps := p.Slots; p.Form == nlu.FormNone && (ps.PhoneOS != "" || ps.PhoneVersion != 0 || ps.CardFormat != "" || ps.PhoneNFC != nil) &&
		!(p.Question && (p.Has(nlu.Uses) || matchItem(b.kb.MustFact("fi.uses"), cmp.Or(p.Ask, p.Norm)) != nil)) ||
		p.Form == nlu.FormYesNo && ps.WeighOnIdentite() && !p.Has(nlu.Uses) && !p.Has(nlu.Delay) && !(intent == nlu.Uses && useAskedApart) {
		// "j'ai un iPhone 13 sous iOS 17 et la nouvelle carte": facts that only the conditions
		// weigh, told without a question, ask whether they are met.
		intent = nlu.Eligibility
		st.Intent = intent
	}
	if p.Slots.Age != nil && *p.Slots.Age < b.kb.CNI.AdultAge && p.Form == nlu.FormYesNo && (intent == nlu.What || intent == nlu.Steps || intent == nlu.Uses) {
		// "une lycéenne de 17 ans me demande si elle peut créer son identité numérique": whether
		// she may, which her age settles.
		intent = nlu.Eligibility
		st.Intent = intent
	}
	if first := firstChoice(p.Ask); p.Form == nlu.FormYesNo && intent == nlu.Uses && b.hasCue(first, knowledge.CueObliged) {
		// "mon téléphone doit avoir le NFC pour utiliser France Identité ?": a condition of the
		// list, with a use as its purpose ("pour utiliser l'appli" names the app as the aim, not
		// its creation as the condition asked).
		if it := matchItem(b.kb.MustFact("fi.conditions"), b.withoutGrounds(first)); it != nil && !p.Has(nlu.Fingerprints) && !slices.Contains(it.Match, "appli") {
			w.para(w.t("fi_condition_yes", lowerFirst(w.text(it.Text))))
			w.kbFact("fi.conditions")
			b.phoneMinimums(w)
			return w.done(Answer), ""
		}
	}
	// Of two choices ("ça se fait sur l'appli ou il faut se déplacer ?"), the first is asked.
	if first := firstChoice(p.Ask); p.Form == nlu.FormYesNo && !opensWh(first) && (intent == nlu.Eligibility || intent == nlu.Steps || intent == nlu.What || intent == nlu.Where) &&
		(b.hasCue(first, knowledge.CueMandatory) || b.hasCue(first, knowledge.CueObliged)) {
		// "il faut forcément un téléphone avec NFC ?", "faut-il d'abord avoir créé son identité
		// numérique ?": a condition of the list.
		// The condition asked, not one the person says they meet ("obligé de l'installer
		// maintenant que j'ai la nouvelle carte ?"); "obligé de faire certifier mon identité pour
		// me servir de l'appli ?" asks whether the certification is required at all, in so many
		// words (four or more), not a condition of it.
		object, bare := b.withoutGrounds(b.withoutPurpose(first)), false
		if q, ok := b.dutyOfStory(p); ok {
			object, bare = q, true
		}
		optional, _ := longestAnswer(b.kb.MustFact("fi.optional").Answers, cmp.Or(p.Ask, p.Norm), 4)
		if it := matchItem(b.kb.MustFact("fi.conditions"), object); it != nil && !p.Has(nlu.Fingerprints) && optional == nil {
			w.para(w.t("fi_condition_yes", lowerFirst(w.text(it.Text))))
			w.kbFact("fi.conditions")
			b.phoneMinimums(w)
			return w.done(Answer), ""
		}
		if b.hasCue(first, knowledge.CueOwnTown) {
			// "je suis obligé d'aller dans la mairie de ma commune ?": no, any authorised one.
			w.para(w.t("no"))
			w.kbFact("fi.where")
			b.officeContacts(w, b.certifyingOffices())
			return w.done(Answer), ""
		}
		if it := matchItem(b.kb.MustFact("fi.steps"), object); it != nil && object != first && b.hasCue(first, knowledge.CueApp) && !b.hasCue(p.Norm, knowledge.CueCertify) &&
			!b.hasCue(st.LastAsk, knowledge.CueCertify) && p.Slots.Place == "" {
			// "c'est obligatoire de passer en mairie pour avoir l'appli qui marche ?": no, the app
			// works without the certification, whose step that visit is.
			w.para(w.t("no"))
			w.kbFact("fi.app")
			return w.done(Answer), ""
		}
		if it := matchItem(b.kb.MustFact("fi.steps"), object); it != nil && p.Slots.Place == "" && !p.Has(nlu.Fingerprints) && optional == nil {
			// "suis-je obligée de me déplacer en mairie ?": a step of the list (not whether it
			// must be a given town hall).
			w.para(w.t("fi_condition_yes", lowerFirst(w.text(it.Text))))
			w.kbFact("fi.steps")
			w.kbFact("fi.where")
			return w.done(Answer), ""
		}
		// (Asked of France Identité named, or in the phrases of fi.optional's own answers; "je
		// suis obligé d'aller en mairie pour la certification ?" asks a step, read above.)
		if (b.answerOf("fi.optional", p) != nil || slices.Contains(p.Named, knowledge.TopicIdentite)) && (!p.Slots.WeighOnIdentite() || optional != nil || bare) && !p.Has(nlu.Fingerprints) {
			// "je suis obligé d'avoir France Identité maintenant ?": neither the app nor the
			// certification is compulsory.
			b.leadVerdict(w, p, "fi.optional")
			w.kbFact("fi.optional")
			w.kbFact("fi.app")
			return w.done(Answer), ""
		}
	}
	// ("je vais faire certifier demain — je peux faire celle de mon mari en même temps ?": another
	// person's certification, done in their stead.)
	whose := b.afterCue(cmp.Or(p.Ask, p.Norm), knowledge.CueOthersOne, 2)
	other := b.hasCue(whose, knowledge.CueSpouseNamed) || b.hasCue(whose, knowledge.CuePersonNamed) || b.hasCue(whose, knowledge.CueOwnChild)
	if p.Form == nlu.FormYesNo && (p.Proxy || p.HolderAway || other && (b.hasCue(p.Norm, knowledge.CueCertify) || b.citedLast(st, "fi.where") || b.citedLast(st, "fi.steps"))) &&
		matchItem(b.kb.MustFact("fi.uses"), p.Norm) == nil && p.Slots.PhoneOS == "" && p.Slots.PhoneVersion == 0 &&
		(p.HolderAway || other || b.hasCue(p.Norm, knowledge.CueCertifyFor)) {
		// "ma femme peut passer seule à la mairie avec mon QR code ?": no, the agent compares the
		// person's own fingerprints; the visit is made with one's own card and phone.
		w.para(w.t("presence_proxy_no"))
		w.kbFact("fi.what")
		b.visitStep(w)
		return w.done(Answer), ""
	}
	if p.Form == nlu.FormYesNo && matchItem(b.kb.MustFact("fi.uses"), p.Norm) == nil && b.hasCue(p.Norm, knowledge.CueRemote) {
		// "on peut faire toute la certification depuis son téléphone, sans se déplacer ?": no, an
		// agent checks the identity face to face.
		w.para(w.t("no"))
		w.kbFact("fi.what")
		w.kbFact("fi.steps")
		return w.done(Answer), ""
	}
	if it := matchItem(b.kb.MustFact("fi.conditions"), p.Norm); p.Form == nlu.FormYesNo && intent == nlu.Uses && it != nil && nlu.Denied(p.Norm, it.Match) &&
		matchItem(b.kb.MustFact("fi.uses"), p.Norm) == nil && !slices.Contains(it.Match, "appli") {
		// "mon portable n'a pas le NFC, je peux quand même l'installer et l'utiliser ?": no, a
		// condition lacking, whatever use the sentence names.
		w.para(w.t("fi_condition_lacking", lowerFirst(w.text(it.Text))))
		w.kbFact("fi.conditions")
		b.phoneMinimums(w)
		return w.done(Answer), ""
	}
	if p.Form == nlu.FormYesNo && p.Foreigner && !nlu.Affirmed(p.Norm, b.kb.Language.Cues[knowledge.CueFrenchNational]) {
		// "je suis italien et j'habite en France, je peux utiliser France Identité ?": no, it
		// reads the French identity card, which only French nationals hold.
		if card := findItem(b.kb.MustFact("fi.conditions"), "carte d identite"); card != nil {
			w.para(w.t("fi_condition_lacking", lowerFirst(w.text(card.Text))))
			w.kbFact("fi.conditions")
			w.kbFact("cni.french-only")
			return w.done(Answer), ""
		}
	}
	if (p.Form == nlu.FormYesNo || p.Form == nlu.FormNone && p.Continues()) && !p.Deceit && !b.hasCue(p.Norm, knowledge.CueTravel) && b.offeredID(p.Norm) != "" {
		// "je peux utiliser France Identité avec mon passeport ?", "et avec ma carte de
		// séjour ?": no, the app reads the identity card, which no other paper replaces.
		if card := findItem(b.kb.MustFact("fi.conditions"), "carte d identite"); card != nil {
			w.para(w.t("fi_condition_lacking", lowerFirst(w.text(card.Text))))
			w.kbFact("fi.conditions")
			return w.done(Answer), ""
		}
	}
	if p.Form == nlu.FormYesNo && matchItem(b.kb.MustFact("fi.uses"), p.Norm) == nil && !b.hasCueUnhedged(p.Norm, knowledge.CueProveAge) &&
		(intent == nlu.Eligibility || intent == nlu.Steps || intent == nlu.What || intent == nlu.Where) {
		// "pas de smartphone, possible quand même ?": no, it is a condition; "pas d'adresse
		// e-mail ?": no, it is a step; "avec mon passeport à la place de la carte ?": no.
		replaced := b.hasCue(p.Norm, knowledge.CueReplace)
		it := matchItem(b.kb.MustFact("fi.conditions"), p.Norm)
		if r := b.afterCue(p.Norm, knowledge.CueReplace, 4); r != "" {
			if named := matchItem(b.kb.MustFact("fi.conditions"), r); named != nil {
				it = named // "son passeport au lieu de sa carte d'identité": the card is what is lacking
			}
		}
		if r := b.afterCue(p.Norm, knowledge.CueOnlyHeld, 4); r != "" && b.hasCue(r, knowledge.CueOtherIDPaper) && matchItem(b.kb.MustFact("fi.conditions"), r) == nil {
			// "elle a que son passeport sur elle, je peux faire la certification ?": the card is
			// what is lacking.
			if card := findItem(b.kb.MustFact("fi.conditions"), "carte d identite"); card != nil {
				it, replaced = card, true
			}
		}
		if b.hasCue(p.Norm, knowledge.CueLeftBehind) && b.hasCue(p.Norm, knowledge.CueCertify) && !b.hasCue(p.Norm, knowledge.CueTravel) {
			// "il a laissé sa carte d'identité chez lui, je peux faire la vérification quand
			// même ?": the visit's step asks his own card there.
			if step := matchItem(b.kb.MustFact("fi.steps"), p.Norm); step != nil && slices.Contains(step.Match, "carte d identite") {
				w.para(w.t("fi_step_needed", lowerFirst(w.text(step.Text))))
				w.kbFact("fi.steps")
				return w.done(Answer), ""
			}
		}
		if it != nil && (nlu.Denied(p.Norm, it.Match) || replaced) {
			w.para(w.t("fi_condition_lacking", lowerFirst(w.text(it.Text))))
			w.kbFact("fi.conditions")
			b.phoneMinimums(w)
			return w.done(Answer), ""
		}
		if it := matchItem(b.kb.MustFact("fi.steps"), p.Norm); it != nil && nlu.Denied(p.Norm, it.Match) {
			w.para(w.t("fi_step_needed", lowerFirst(w.text(it.Text))))
			w.kbFact("fi.steps")
			return w.done(Answer), ""
		}
	}
	if b.stepAsScam(w, "fi.steps", p) {
		return w.done(Answer), ""
	}
	// ("le jour de ses 18 ans elle pourra directement ?" asks of the day, not of a step skipped.)
	skip := b.hasCue(firstChoice(p.Norm), knowledge.CueSkip) || b.hasCue(firstChoice(p.Norm), knowledge.CueDirect) && p.Slots.Place == "" && p.Slots.Commune == "" && !b.hasCue(p.Norm, knowledge.CueOnceTold)
	if steps := b.kb.MustFact("fi.steps"); p.Form == nlu.FormYesNo && len(steps.Items) > 0 && skip &&
		(intent == nlu.Steps || intent == nlu.What || intent == nlu.Where || intent == nlu.Eligibility) {
		// "j'ai pas encore installé l'appli, je peux aller directement en mairie ?": no, the
		// steps start in the app.
		w.para(w.t("fi_first_step", lowerFirst(w.text(steps.Items[0].Text))))
		w.kbFact("fi.steps")
		w.kbFact("fi.where")
		return w.done(Answer), ""
	}
	if p.Form == nlu.FormYesNo && p.Has(nlu.Fingerprints) && intent == nlu.Steps && b.hasCue(p.Norm, knowledge.CueCertify) {
		// "pour la certification, ils vont me prendre les empreintes ?": yes, the agent compares
		// them with the card's; "sans les empreintes ?": no.
		w.para(yesNo(w, !b.asksWithout(firstChoice(p.Norm))))
	}
	if intent == nlu.What && p.Form != nlu.FormYesNo && p.Form != nlu.FormWhat &&
		(p.Form == nlu.FormHow || b.hasCue(cmp.Or(p.Ask, p.Norm), knowledge.CueWhatNext) || containsWord(p.Norm, "qr", "qr code", "qrcode")) {
		// "cmt on certifie l'identité numérique ?", "j'ai lancé la demande… et maintenant je fais
		// quoi ?", "il n'a pas de QR code, qu'est-ce que je lui dis ?": the steps, not what it is.
		intent = nlu.Steps
	}
	switch intent {
	case nlu.What:
		if first := firstChoice(p.Norm); p.Form == nlu.FormYesNo && p.Has(nlu.Fingerprints) &&
			(b.hasCue(first, knowledge.CueObliged) || b.hasCue(first, knowledge.CueMandatory)) {
			w.para(w.t("yes")) // "ils reprennent mes empreintes, c'est obligatoire ?": the agent compares them
		} else if p.Form == nlu.FormYesNo && b.hasCue(p.Norm, knowledge.CueMandatory) {
			// "c'est obligatoire d'avoir une identité numérique certifiée ?": no.
			b.leadVerdict(w, p, "fi.optional")
			w.kbFact("fi.optional")
		}
		w.kbFact("fi.what")
		w.kbFact("fi.uses")
		w.kbFact("fi.conditions")
	case nlu.Uses:
		if b.hasCue(p.Norm, knowledge.CueProxyVote) && !oldCard && !s.NoIDCard {
			w.kbFact("fi.procuration") // "je peux faire ma procuration en ligne avec ?": how, after the verdict
			break
		}
		w.kbFact("fi.uses")
	case nlu.Steps:
		if f, _ := b.factAnswer(knowledge.TopicIdentite, nil, p, true); p.Form == nlu.FormYesNo && matchItem(b.kb.MustFact("fi.steps"), p.Norm) != nil && !containsWord(p.Norm, withoutWords...) &&
			(f == nil || b.hasCue(p.Norm, knowledge.CueNormal) || b.hasCue(p.Norm, knowledge.CueObliged) || b.hasCue(p.Norm, knowledge.CueBring)) {
			// "je dois aussi prendre ma carte d'identité ?", "on me demande mon adresse mail, c'est
			// normal ?": one of the steps, asked whether it is needed or normal. (Otherwise not
			// when a fact answers the question in its own words: "je peux me débarrasser de la
			// carte physique ?" names a step and asks something else.)
			w.para(w.t("yes"))
		}
		if p.Has(nlu.Fingerprints) || p.Has(nlu.Photo) {
			if first := firstChoice(p.Norm); p.Form == nlu.FormYesNo && len(w.r.Blocks) == 0 && p.Has(nlu.Fingerprints) &&
				(b.hasCue(first, knowledge.CueObliged) || b.hasCue(first, knowledge.CueMandatory)) {
				w.para(w.t("yes")) // "faut vraiment redonner ses empreintes ?": the agent compares them
			}
			w.kbFact("fi.what") // "ils reprennent mes empreintes ?": what the agent compares
		}
		w.kbFact("fi.steps")
		w.kbFact("fi.where")
	case nlu.Where:
		if s.Place != "" && s.When != "" {
			return b.office(w, st, p, m) // "samedi matin à Valenciennes": is it open then
		}
		if p.Has(nlu.Fingerprints) {
			w.kbFact("fi.what") // "à la mairie, ils reprennent mes empreintes ?": what the agent compares
		}
		if p.Form == nlu.FormYesNo {
			b.certifiesVerdict(w, s, p)
		}
		w.kbFact("fi.where")
		if p.Form != nlu.FormYesNo {
			b.visitStep(w) // "je dois aller où (et avec quoi) ?": what to come with, too
		}
		b.officeContacts(w, b.certifyingOffices())
	case nlu.Delay:
		if a := b.answerOf("fi.delay", p); a != nil && a.Verdict == "no" && (p.Form == nlu.FormYesNo || p.Form == nlu.FormHow) {
			w.para(w.t("no")) // "on me prévient par courrier ?": by e-mail and in the app, as the fact says
		}
		w.kbFact("fi.delay")
	case nlu.Validity:
		w.kbFact("fi.validity")
		if p.Form == nlu.FormHowLong && b.hasCue(cmp.Or(p.Ask, p.Norm), knowledge.CueUse) {
			w.kbFact("fi.conditions") // the card it reads must be valid too
		}
	case nlu.Contact, nlu.Hours:
		if p.Form == nlu.FormYesNo && (containsWord(p.Norm, "certification", "certifie", "certifier", "certifient", "habilitee") ||
			b.hasCue(p.Norm, knowledge.CueProcedurePronoun) || p.Has(nlu.Eligibility)) {
			// "et à Valenciennes on peut la faire ?", "la mairie de Valenciennes elle le fait ?":
			// whether that town hall certifies.
			// "la mairie de Valenciennes fait la certification ? et c'est ouvert à quelles heures ?"
			b.certifiesVerdict(w, s, p)
		}
		return b.office(w, st, p, m)
	case nlu.Eligibility:
		if ask := cmp.Or(p.Ask, p.Norm); b.hasCue(ask, knowledge.CueReservedFor) && b.hasCue(ask, knowledge.CueAgeGroup) {
			// "France Identité c'est réservé aux majeurs ?": yes, of age is a condition; "aux
			// mineurs ?": no.
			w.para(yesNo(w, b.hasCue(ask, knowledge.CueAdultGroup)))
			w.kbFact("fi.conditions")
			return w.done(Answer), ""
		}
		if ask := cmp.Or(p.Ask, p.Norm); p.Form == nlu.FormYesNo && s.CardFormat != knowledge.NewFormat && s.Holder != knowledge.Minor && (s.Age == nil || *s.Age >= 18) &&
			containsWord(ask, "renouveler", "la renouveler", "la refaire", "la changer", "la remplacer", "renew it", "replace it") {
			// "je voudrais utiliser France Identité : je ne peux pas renouveler ma carte avant
			// l'échéance ?": the renewal made for the app is the question, and an adult may.
			w.para(w.t("yes"))
			w.kbFact("cni.renewal-digital")
			return w.done(Answer), ""
		}
		if sl := s; access && sl.CardFormat == "" && !sl.NoIDCard && sl.IssueDate == "" && sl.IssueYear == 0 &&
			sl.Age == nil && sl.PhoneOS == "" && sl.PhoneVersion == 0 && sl.PhoneModel == 0 && sl.PhoneNFC == nil {
			// "je viens d'être naturalisé, je pourrai utiliser France Identité ?": nothing told
			// settles a condition, so yes if they are met, then the conditions.
			w.para(w.t("eligible_if_told"))
		}
		// "l'appli ne veut pas de ma carte plastifiée de 2015, c'est normal ?": a failure asked
		// about, whose cause makes it normal.
		r, pending := b.eligibility(w, s, b.failureAsked(p), b.obstacleAsked(p), b.phoneAsked(p))
		if p.Form == nlu.FormHow && r.Kind == Answer && (!slices.Contains(r.Entries, "fi.conditions") || pending != "") {
			// "j'ai un android 13 et ma carte de 2022, je fais comment alors ?": whether, then how;
			// with a condition still open ("an Android phone with NFC", no version), both.
			w.kbFact("fi.steps")
			return w.done(Answer), pending
		}
		if (p.Form == nlu.FormWhat || p.Form == nlu.FormYesNo && opensWh(cmp.Or(p.Ask, p.Norm))) && r.Kind == Answer && !slices.Contains(r.Entries, "fi.conditions") {
			// "I still have the old laminated card. What do I need to set up France Identité?":
			// what blocks, then every condition.
			w.kbFact("fi.conditions")
			return w.done(Answer), pending
		}
		return r, pending
	}
	if intent == nlu.Uses && p.Form == nlu.FormYesNo {
		// "je peux faire ma procuration en ligne avec ?": a use of the list, or not one it has.
		if it := matchItem(b.kb.MustFact("fi.uses"), p.Norm); it != nil {
			// "je ne l'ai jamais fait certifier, je peux quand même faire ma procuration ?": no,
			// these uses are the certified identity's.
			key := "fi_use_yes"
			switch {
			case nlu.Denied(p.Norm, b.kb.Language.Cues[knowledge.CueCertify]) || b.hasCue(p.Norm, knowledge.CueNotCertified) ||
				containsWord(p.Norm, "cree mon compte", "viens de creer", "viens d installer", "just created", "just installed") && !b.hasCue(p.Norm, knowledge.CueCertify):
				// ("j'ai créé mon compte France Identité hier soir, je peux faire ma procuration
				// dès maintenant ?": an identity just created is not yet certified.)
				key = "fi_use_needs_certified"
			case b.obligedOfWithout(cmp.Or(p.Ask, p.Norm), knowledge.Normalize(w.text(it.Text))):
				// "il faut quand même passer au commissariat pour une procuration ?": no, the use
				// is "sans passer au commissariat".
				key = "fi_use_without"
			case b.hasCue(cmp.Or(p.Ask, p.Norm), knowledge.CueOnly) && b.hasCue(knowledge.Normalize(w.text(it.Text)), knowledge.CueUniversal):
				// "c'était seulement pour les européennes de 2024 ?": no, the use is for every
				// election.
				key = "fi_use_not_only"
			}
			w.r.Blocks = append([]Block{{Kind: Paragraph, Text: w.t(key, w.text(it.Text))}}, w.r.Blocks...)
		}
	}
	return w.done(Answer), ""
}

// eligibility answers whether the card and phone told meet France Identité's conditions. A
// failure asked about as normal (normal) gets "yes, it is expected" when a condition is unmet;
// a question on what stands in the way (obstacle: "il est trop vieux ?", "ça pose problème ?")
// gets its yes when one does, its no when none does. A question on the phone alone (phone: "et mon
// téléphone, un Pixel 8 sous Android 15, il est compatible ?") gets the phone's yes when only the
// card or the age stands in the way, and then what is still missing.
func (b *Bot) eligibility(w *writer, s nlu.Slots, normal, obstacle, phone bool) (Reply, string) {
	card := rules.Card{Format: s.CardFormat}
	switch {
	case s.IssueDate != "":
		card.Issued = knowledge.MustDate(s.IssueDate).Time
	case s.IssueYear != 0:
		card.Issued = time.Date(s.IssueYear, time.June, 30, 0, 0, 0, 0, time.UTC)
		if s.IssueYear == b.kb.CNI.NewFormatFrom.Year() && s.CardFormat == "" {
			// The year the new format came: a month told may settle it ("faite en septembre
			// 2021"), when the whole month falls on one side of the first day.
			card.Issued = time.Time{}
			if first, last, ok := s.IssueSpan(); ok && s.IssueMonth != 0 {
				switch from := b.kb.Identite.CardIssuedFrom.Time; {
				case !first.Before(from):
					card.Issued = first
				case last.Before(from):
					card.Issued = last
				}
			}
		}
	}
	if s.Age != nil {
		card.HolderAge = *s.Age
	}
	// Only a concrete fact (a version, a card, an age) calls for a verdict; "which phone?" or
	// "Android?" calls for the conditions.
	if s.NoIDCard {
		card.Format = knowledge.Plastic // no card of the new format: the app cannot read a passport
		if s.CardFormat == "" {
			card.Format = "none"
		}
	}
	known := card.Format != "" || !card.Issued.IsZero() || s.PhoneVersion != 0 || s.PhoneModel != 0 || card.HolderAge > 0 || s.PhoneNFC != nil
	if !known {
		for _, ph := range b.kb.Identite.Phones {
			if ph.OS == s.PhoneOS {
				// "ça marche sur Android ?": yes, from the minimum version.
				w.para(w.t("eligible_os", ph.Name, strconv.Itoa(ph.MinVersion)))
				w.sources(ph.Sources...)
				w.differs(ph.Sources, ph.Differs)
			}
		}
		w.kbFact("fi.conditions")
		b.phoneMinimums(w)
		return w.done(Answer), ""
	}
	version, ifUpdated := s.PhoneVersion, false
	if s.PhoneOS == "ios" && s.PhoneVersion == 0 && s.PhoneModel != 0 {
		// "j'ai un iPhone 13": a model from which the minimum version installs is eligible once
		// up to date; an older one is not; without the series' floor, Settings shows the version.
		ph := b.phoneReq(s.PhoneOS)
		if ph == nil || ph.Models == nil {
			return ask(w, askIOS, w.t("ask_ios_version"))
		}
		if s.PhoneModel < ph.Models.From {
			w.para(w.t("model_too_old", ph.Models.Series, strconv.Itoa(s.PhoneModel), ph.Name, strconv.Itoa(ph.MinVersion)))
			w.sources(ph.Models.Sources...)
			w.sources(ph.Sources...)
			w.fact("eligible", "false", ph.Sources...)
			w.kbFact("fi.conditions")
			return w.done(Answer), ""
		}
		version, ifUpdated = ph.MinVersion, true
	}
	e := rules.CertificationEligibility(b.kb, card, rules.Phone{OS: s.PhoneOS, Version: version, NFC: s.PhoneNFC})
	switch {
	case e.Eligible && ifUpdated:
		ph := b.phoneReq(s.PhoneOS)
		w.para(w.t("eligible_if_updated", ph.Models.Series, strconv.Itoa(s.PhoneModel), ph.Name, strconv.Itoa(ph.MinVersion)))
		w.fact("eligible", "if_updated", b.kb.Identite.CardSources...)
		w.sources(ph.Models.Sources...)
		w.sources(ph.Sources...)
		w.sources(b.kb.Identite.CardSources...)
		w.kbFact("fi.steps")
	case e.Eligible:
		w.para(w.t(ternary(obstacle, "eligible_yes_obstacle", "eligible_yes")))
		b.versionMeets(w, s)
		w.fact("eligible", "true", b.kb.Identite.CardSources...)
		for _, ph := range b.kb.Identite.Phones {
			if ph.OS == s.PhoneOS {
				w.sources(ph.Sources...)
			}
		}
		w.sources(b.kb.Identite.CardSources...)
		w.kbFact("fi.steps")
	case len(e.Reasons) > 0:
		var reasons []string
		for _, r := range e.Reasons {
			if r.Kind == "age" {
				reasons = append(reasons, w.t("reason_age", strconv.Itoa(b.kb.CNI.AdultAge)))
				w.sources(b.kb.MustFact("fi.conditions").Sources...)
				w.entry("fi.conditions")
				continue
			}
			if r.Kind == "nfc" {
				reasons = append(reasons, w.t("reason_nfc"))
				w.sources(b.kb.MustFact("fi.conditions").Sources...)
				w.entry("fi.conditions")
				continue
			}
			if r.Kind == "card" {
				reasons = append(reasons, w.t("reason_card", w.date(b.kb.Identite.CardIssuedFrom.Time)))
				w.sources(b.kb.Identite.CardSources...)
				w.entry("france_identite.card")
			} else {
				reasons = append(reasons, w.t("reason_phone", r.Phone.Name, strconv.Itoa(r.Phone.MinVersion)))
				w.sources(r.Phone.Sources...)
				w.differs(r.Phone.Sources, r.Phone.Differs)
				w.entry("france_identite.phone." + r.Phone.OS)
			}
		}
		phoneMet := phone && !normal && !obstacle && (s.PhoneVersion != 0 || s.PhoneModel != 0) &&
			!slices.ContainsFunc(e.Reasons, func(r rules.Reason) bool { return r.Kind != "card" && r.Kind != "age" })
		if phoneMet {
			w.para(w.t("eligible_phone_yes"))
			b.versionMeets(w, s)
			w.list(w.t("eligible_still_missing"), reasons)
		} else {
			w.list(w.t(ternary(normal, "eligible_no_normal", ternary(obstacle, "eligible_no_obstacle", "eligible_no"))), reasons)
		}
		w.fact("eligible", "false", b.kb.Identite.CardSources...)
		if slices.ContainsFunc(e.Reasons, func(r rules.Reason) bool { return r.Kind == "card" }) && !slices.ContainsFunc(e.Reasons, func(r rules.Reason) bool { return r.Kind == "age" }) {
			// An old card in the way: an adult may get the new one now, for this very use.
			w.kbFact("cni.renewal-digital")
		}
		if slices.ContainsFunc(e.Reasons, func(r rules.Reason) bool { return r.Kind == "nfc" }) {
			// A phone without NFC in the way ("un vieux téléphone à clapet"): the phones that do.
			b.phoneMinimums(w)
		}
	case len(e.Missing) == 1:
		// What was said meets the conditions; the answer depends on the one fact not said.
		return b.eligibleIf(w, s, e.Missing[0])
	default:
		// Neither the card nor the phone said: two short conditions, not a question back; the
		// card's format stays to choose.
		w.para(w.t("eligible_if_both", w.date(b.kb.Identite.CardIssuedFrom.Time)))
		w.sources(b.kb.Identite.CardSources...)
		w.entry("france_identite.card")
		b.phoneMinimums(w)
		w.kbFact("fi.conditions")
		w.option(w.t("opt_new_format"), "format carte bancaire")
		w.option(w.t("opt_old_format"), "ancien modèle plastifié")
		return w.done(Answer), askFormat
	}
	return w.done(Answer), ""
}

// phoneAsked reports whether the sentence that asks names the phone, and neither a card nor the
// certification ("et mon téléphone, lui il est compatible ?"; not "carte format carte bancaire
// et iPhone iOS 17, je peux certifier ?", which asks of all).
func (b *Bot) phoneAsked(p nlu.Parse) bool {
	ask := questionSentence(cmp.Or(p.Ask, p.Norm))
	// "elle peut déjà mettre France Identité sur son téléphone ?": the phone is where the app
	// goes; whether she may is the question.
	personMay := containsWord(ask, "je peux", "tu peux", "il peut", "elle peut", "on peut", "peut il", "peut elle", "puis je", "je pourrai", "il pourra", "elle pourra",
		"can i", "can he", "can she", "could i", "kan ik", "kan hij", "kan zij", "mag ik", "mag hij", "mag zij") &&
		containsWord(ask, "sur mon telephone", "sur son telephone", "sur ton telephone", "sur mon tel", "sur son tel", "sur mon portable", "sur son portable", "sur le telephone",
			"on my phone", "on his phone", "on her phone", "op mijn telefoon", "op zijn telefoon", "op haar telefoon")
	return p.Form == nlu.FormYesNo && b.hasCue(ask, knowledge.CueDevice) && !b.hasCue(ask, knowledge.CueCardWord) &&
		!containsWord(ask, "carte", "card", "kaart") && !b.hasCue(ask, knowledge.CueCertify) && !personMay
}

// versionMeets names the minimum a version told was compared with ("iOS 17": iOS 16 at
// least), so that a yes says what it was measured against.
func (b *Bot) versionMeets(w *writer, s nlu.Slots) {
	ph := b.phoneReq(s.PhoneOS)
	if ph == nil || s.PhoneVersion == 0 || s.PhoneVersion < ph.MinVersion {
		return
	}
	w.para(w.t("phone_version_meets", ph.Name, strconv.Itoa(ph.MinVersion)))
	w.sources(ph.Sources...)
}

func (b *Bot) phoneMinimums(w *writer) {
	var items []string
	for _, ph := range b.kb.Identite.Phones {
		items = append(items, w.t("phone_minimum", ph.Name, strconv.Itoa(ph.MinVersion)))
		w.sources(ph.Sources...)
		w.differs(ph.Sources, ph.Differs)
	}
	w.list(w.t("phone_minimums"), items)
	w.entry("france_identite.phones")
}

func (b *Bot) certifyingOffices() []*knowledge.Office {
	var out []*knowledge.Office
	for _, id := range b.kb.Identite.Offices {
		if o, ok := b.kb.Office(id); ok {
			out = append(out, o)
		}
	}
	return out
}

// office answers opening hours and contacts of the offices the question is about.
func (b *Bot) office(w *writer, st *State, p nlu.Parse, m Message) (Reply, string) {
	offices := rules.OfficeByCommune(b.kb, st.Slots.Place)
	if len(offices) == 0 {
		offices = b.certifyingOffices()
	}
	if len(offices) == 0 {
		w.para(w.t("no_info"))
		return w.done(Answer), ""
	}
	if p.Has(nlu.Contact) && !p.Has(nlu.Hours) && st.Slots.When == "" {
		b.officeContacts(w, offices)
		return w.done(Answer), ""
	}
	o := offices[0]
	for _, c := range offices[1:] {
		if officeNamed(p.Norm, c) {
			o = c // "au service accueil et démarches citoyennes": the office the message names
		}
	}
	loc := o.Location()
	if when := st.Slots.When; when != "" {
		if t, err := time.ParseInLocation("2006-01-02T15:04", when, loc); err == nil {
			op := rules.OfficeOpen(o, t)
			at := w.t("at_moment", w.date(t), knowledge.Clock(t.Hour()*60+t.Minute()).String())
			if op.Open {
				w.para(w.t("office_open", w.text(o.Name), at, op.Until.String()))
			} else {
				w.para(w.t("office_closed", w.text(o.Name), at))
				if !op.Next.IsZero() {
					w.para(w.t("office_next", w.date(op.Next)+" "+knowledge.Clock(op.Next.Hour()*60+op.Next.Minute()).String()))
				}
			}
			w.fact("open", strconv.FormatBool(op.Open), o.Sources...)
			st.Slots.When = ""
		} else if d, err := time.ParseInLocation(time.DateOnly, when, loc); err == nil {
			ranges := rules.HoursOn(o, d)
			if len(ranges) > 0 {
				w.para(w.t("office_open", w.text(o.Name), w.t("on_day", w.date(d)), ranges[len(ranges)-1].Close.String()))
				w.para(w.t("office_day_hours", w.date(d), joinRanges(w, ranges)))
			} else {
				w.para(w.t("office_closed", w.text(o.Name), w.t("on_day", w.date(d))))
			}
			w.fact("open", strconv.FormatBool(len(ranges) > 0), o.Sources...)
			st.Slots.When = ""
		}
	}
	b.weekHours(w, o)
	w.para(w.t("office_holidays"))
	b.officeContacts(w, offices)
	return w.done(Answer), ""
}

// officeNamed reports whether a message names office o by the distinctive words of its name (those
// of six letters or more, but its commune's and the words every office shares).
func officeNamed(norm string, o *knowledge.Office) bool {
	common := map[string]bool{"accueil": true, "service": true, "services": true, knowledge.Fold(o.Commune): true}
	n := 0
	for _, word := range strings.Fields(strings.NewReplacer("'", " ", "-", " ").Replace(knowledge.Normalize(o.Name[knowledge.FR]))) {
		if len(word) < 6 || common[word] {
			continue
		}
		if !containsWord(norm, word) {
			return false
		}
		n++
	}
	return n > 0
}

func joinRanges(w *writer, hs []knowledge.Hours) string {
	parts := make([]string, len(hs))
	for i, h := range hs {
		parts[i] = w.t("hours_range", h.Open.String(), h.Close.String())
	}
	return strings.Join(parts, " "+w.t("and")+" ")
}

var dayNames = map[knowledge.Lang][7]string{
	knowledge.FR: {"dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"},
	knowledge.EN: {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"},
	knowledge.NL: {"zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"},
}

var monthNames = map[knowledge.Lang][13]string{
	knowledge.FR: {"", "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"},
	knowledge.EN: {"", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"},
	knowledge.NL: {"", "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"},
}

// weekHours lists an office's hours day by day, Monday first, with the months it closes.
func (b *Bot) weekHours(w *writer, o *knowledge.Office) {
	var items []string
	for i := 1; i <= 7; i++ {
		wd := time.Weekday(i % 7)
		rs := rules.HoursOnWeekday(o, wd)
		var except []string
		for _, h := range rs {
			for _, mo := range h.ExceptMonths {
				except = append(except, monthNames[w.lang][mo])
			}
		}
		day := dayNames[w.lang][wd]
		if len(rs) == 0 {
			items = append(items, w.t("office_closed_day", capitalize(day)))
			continue
		}
		line := w.t("office_day_hours", capitalize(day), joinRanges(w, rs))
		if len(except) > 0 {
			line += " (" + w.t("office_august", strings.Join(dedupe(except), ", ")) + ")"
		}
		items = append(items, line)
	}
	w.list(w.t("office_hours", w.text(o.Name)), items)
	w.entry("office:" + o.ID)
	w.sources(o.Sources...)
}

func (b *Bot) officeContacts(w *writer, offices []*knowledge.Office) {
	for _, o := range offices {
		var items []string
		for _, ph := range o.Phones {
			items = append(items, w.t("key_option", w.text(ph.Label), ph.Number))
			w.fact("phone", ph.Number, o.Sources...)
		}
		if o.URL != "" {
			items = append(items, o.URL)
		}
		w.list(w.t("office_contact", w.text(o.Name)), items)
		w.entry("office:" + o.ID)
		w.sources(o.Sources...)
	}
}

// eligibleIf answers a certification question whose card or phone meets the conditions while the
// other is unknown: yes, if the other meets its own, stated with its minimum.
func (b *Bot) eligibleIf(w *writer, s nlu.Slots, missing string) (Reply, string) {
	// The facts to choose from stay as quick replies, for a definite answer.
	if missing == rules.NeedFormat {
		w.para(w.t("eligible_if_card", w.date(b.kb.Identite.CardIssuedFrom.Time)))
		b.versionMeets(w, s)
		if ph := b.phoneReq(s.PhoneOS); ph != nil && ph.Models != nil && s.PhoneVersion == 0 && s.PhoneModel >= ph.Models.From {
			// "j'ai un iPhone 12": the phone qualifies once up to date.
			w.para(w.t("phone_if_updated", ph.Models.Series, strconv.Itoa(s.PhoneModel), ph.Name, strconv.Itoa(ph.MinVersion)))
			w.sources(ph.Models.Sources...)
		}
		w.sources(b.kb.Identite.CardSources...)
		w.entry("france_identite.card")
		w.kbFact("fi.conditions")
		w.option(w.t("opt_new_format"), "format carte bancaire")
		w.option(w.t("opt_old_format"), "ancien modèle plastifié")
		return w.done(Answer), askFormat
	}
	w.para(w.t("eligible_if_phone"))
	b.phoneMinimums(w)
	w.kbFact("fi.conditions")
	for _, ph := range b.kb.Identite.Phones {
		v := strconv.Itoa(ph.MinVersion)
		w.option(w.t("opt_phone_ok", ph.Name, v), ph.OS+" "+v)
		w.option(w.t("opt_phone_old", ph.Name), ph.OS+" "+strconv.Itoa(ph.MinVersion-1))
	}
	return w.done(Answer), askPhone
}

// certifiesVerdict answers "la mairie de Valenciennes fait la certification ?" from the offices the
// knowledge base knows to certify, and "dans toutes les mairies ?" from the rule that only
// authorised town halls do.
func (b *Bot) certifiesVerdict(w *writer, s nlu.Slots, p nlu.Parse) {
	if containsWord(p.Norm, "toutes", "tous", "n importe quelle", "chaque", "every", "any", "alle") {
		// ("n'importe quelle mairie qui la propose, même si ce n'est pas ma commune ?": any of
		// those that do it, which the message says itself.)
		offered := containsWord(p.Norm, "qui la propose", "qui la proposent", "qui la font", "qui la fait", "qui le propose", "qui le font", "habilitee", "habilitees",
			"that offer it", "that offers it", "die het aanbieden")
		w.para(w.t(ternary(offered, "fi_any_enabled_town_hall", "fi_not_every_town_hall")))
		return
	}
	if s.Place == "" {
		return
	}
	for _, o := range b.certifyingOffices() {
		if strings.EqualFold(o.Commune, s.Place) {
			w.para(w.t("fi_certifies_yes", s.Place))
			w.entry("office:" + o.ID)
			w.sources(o.Sources...)
			return
		}
	}
}

// withoutGrounds returns a question without the clause that gives its grounds ("… maintenant que
// j'ai la nouvelle carte", "… puisque j'ai un iPhone"): what it asks, not what the person has.
func (b *Bot) withoutGrounds(norm string) string {
	text := wordText(norm)
	for _, g := range b.kb.Language.Cues[knowledge.CueGrounds] {
		if i := strings.Index(text, " "+g+" "); i >= 0 {
			text = text[:i+1]
		}
	}
	return text
}

// withoutPurpose returns a question of duty without its clauses of purpose ("il faut une adresse
// mail pour demander la certification dans l'appli ?", "pour lancer la demande dans l'appli, il
// faut une adresse mail ?"): what is required, not what it is required for, so that the app named
// as the aim is not read as the condition asked. A purpose before the duty in the same clause
// ("pour France Identité il faut forcément la nouvelle carte ?") is kept: what follows it is asked.
func (b *Bot) withoutPurpose(norm string) string {
	duty := append(slices.Clone(b.kb.Language.Cues[knowledge.CueMandatory]), b.kb.Language.Cues[knowledge.CueObliged]...)
	var kept []string
	for clause := range strings.SplitSeq(norm, ",") {
		text := wordText(clause)
		at := -1 // where the duty is said in the clause
		for _, d := range duty {
			if i := strings.Index(text, " "+d+" "); i >= 0 && (at < 0 || i < at) {
				at = i
			}
		}
		if at < 0 && len(kept) == 0 && startsWithWord(text, b.kb.Language.Cues[knowledge.CuePurpose]...) && strings.Contains(norm, ",") {
			continue // a purpose clause before the clause of duty
		}
		if at >= 0 {
			for _, g := range b.kb.Language.Cues[knowledge.CuePurpose] {
				if i := strings.Index(text[at+1:], " "+g+" "); i >= 0 {
					text = text[:at+1+i+1]
				}
			}
		}
		kept = append(kept, text)
	}
	return strings.Join(kept, " ")
}

// findItem returns the item of fact f whose match phrases hold phrase.
func findItem(f *knowledge.Fact, phrase string) *knowledge.Item {
	for i := range f.Items {
		if slices.Contains(f.Items[i].Match, phrase) {
			return &f.Items[i]
		}
	}
	return nil
}

// phoneReq is France Identité's requirement for a phone system, nil when there is none.
func (b *Bot) phoneReq(os string) *knowledge.PhoneReq {
	for i := range b.kb.Identite.Phones {
		if b.kb.Identite.Phones[i].OS == os {
			return &b.kb.Identite.Phones[i]
		}
	}
	return nil
}

// proxyVote answers a question on giving a voting proxy with France Identité: how it is done
// ("comment je fais ma procuration avec l'appli ?", "j'ai combien de temps pour valider ?"),
// whether it needs the app at all (no: the police still check identities), whether an
// identity never certified will do (no). It leaves to the conditions a question whose phone or
// card decides, and to the certification's steps a question asking how to certify.
func (b *Bot) proxyVote(w *writer, st *State, p nlu.Parse, intent nlu.Intent, oldCard bool) (Reply, bool) {
	q := questionSentence(p.Norm)
	named := b.hasCue(p.Norm, knowledge.CueProxyVote)
	notCertified := nlu.Denied(p.Norm, b.kb.Language.Cues[knowledge.CueCertify]) || b.hasCue(p.Norm, knowledge.CueNotCertified)
	steps := b.kb.MustFact("fi.procuration")
	if !named {
		// "même si je n'ai jamais fait certifier mon identité ?" after an answer that cited the
		// proxy's steps: still the proxy.
		if !b.citedLast(st, "fi.procuration") || p.Words > 24 ||
			!notCertified && b.answerOf("fi.procuration", p) == nil && matchItem(steps, p.Norm) == nil && !b.hasCue(p.Norm, knowledge.CueCertify) {
			return Reply{}, false
		}
	}
	if oldCard || st.Slots.NoIDCard || p.Deceit {
		return Reply{}, false
	}
	if b.hasCue(q, knowledge.CueCertify) && !b.hasCue(q, knowledge.CueProxyVote) && !notCertified && p.Form != nlu.FormYesNo {
		return Reply{}, false // "…pour mes procurations. Comment je fais certifier mon identité ?": the certification's steps
	}
	if asksYesNo(p) {
		use := matchItem(b.kb.MustFact("fi.uses"), "procuration")
		first := firstChoice(cmp.Or(p.Ask, p.Norm))
		if b.hasCue(first, knowledge.CueTruthOf) || len(strings.Fields(first)) <= 3 {
			first = q // "…qu'il fallait maintenant France Identité pour donner procuration. C'est vrai ?": the claim
			if q == p.Norm || len(strings.Fields(q)) <= 3 {
				first = p.Norm
			}
		}
		if (b.hasCue(first, knowledge.CueObliged) || b.hasCue(first, knowledge.CueMandatory) || p.AppMandatory || containsWord(first, "fallait", "faudrait")) && !b.hasCue(first, knowledge.CueCertify) &&
			!b.hasCue(first, knowledge.CueRemote) && !containsWord(first, "sans", "en ligne", "online", "without", "zonder") && !b.hasCue(first, knowledge.CuePolice) {
			// "on m'a dit qu'il fallait maintenant France Identité pour donner procuration, c'est
			// vrai ?", "il faut un smartphone pour faire une procuration ?": no, the police still
			// check the identity of whoever has no certified one.
			w.para(w.t("no"))
			w.kbFact("fi.procuration-other")
			w.kbFact("fi.procuration")
			return w.done(Answer), true
		}
		if b.hasCue(first, knowledge.CueCertify) && containsWord(first, "d abord", "avant", "en premier", "first") && !notCertified && b.answerOf("fi.validity", p) == nil {
			// "donc il faut d'abord que je la fasse certifier en mairie ?": yes, the proxy online
			// needs the certified identity; its steps.
			w.para(w.t("yes"))
			w.kbFact("fi.steps")
			w.kbFact("fi.where")
			return w.done(Answer), true
		}
		if a := b.answerOf("fi.procuration", p); (p.Slots.WeighOnIdentite() || p.Has(nlu.Fingerprints)) && (a == nil || notCertified) && (p.Form == nlu.FormYesNo || !p.Question) {
			// "j'ai un iPhone 8, je pourrai faire mes procurations ?": the conditions decide,
			// unless the question is one the proxy's own answers settle ("c'était juste pour
			// 2024. C'est fini ?", where the year is no card's), or asks something else than
			// whether one may ("il a la nouvelle carte… il commence par quoi ?").
			return Reply{}, false
		}

		switch a := b.answerOf("fi.procuration", p); {
		case notCertified && use != nil:
			// "je n'ai jamais fait la certification, je peux faire ma procuration en ligne ?"
			w.para(w.t("fi_use_needs_certified", w.text(use.Text)))
			w.kbFact("fi.procuration-other")
			w.kbFact("fi.procuration")
			return w.done(Answer), true
		case a != nil && (a.Verdict == "yes" || a.Verdict == "no"):
			// "ma mère, qui va voter pour moi, doit faire une démarche ?": no.
			w.para(yesNo(w, a.Verdict == "yes"))
			w.kbFact("fi.procuration")
			return w.done(Answer), true
		}
		if p.Form == nlu.FormYesNo {
			return Reply{}, false // the verdict of the use, below
		}
	}
	switch p.Form {
	case nlu.FormHow, nlu.FormWhen, nlu.FormHowLong, nlu.FormWhat, nlu.FormNone, nlu.FormWhy:
	case nlu.FormWhere:
		if b.hasCue(p.Norm, knowledge.CueCertify) {
			return Reply{}, false // where to certify
		}
	default:
		return Reply{}, false
	}
	if p.Form == nlu.FormNone && !p.Question || intent == nlu.Validity || intent == nlu.Contact || intent == nlu.Hours {
		return Reply{}, false
	}
	if (p.Form == nlu.FormHowLong || p.Form == nlu.FormWhen) && !b.hasCue(q, knowledge.CueProxyVote) && matchItem(steps, q) == nil {
		return Reply{}, false // "…pas encore certifiée. Une fois passée en mairie, ça prend combien de temps ?": the certification's
	}
	if notCertified {
		// "pas encore certifiée, je fais comment ?": certify first, or have the police check.
		w.kbFact("fi.steps")
		w.kbFact("fi.procuration-other")
		return w.done(Answer), true
	}
	w.kbFact("fi.procuration")
	return w.done(Answer), true
}

// visitStep writes the step of the certification done at the town hall, the one that names the QR
// code to show: who comes, and with what.
func (b *Bot) visitStep(w *writer) {
	steps := b.kb.MustFact("fi.steps")
	for _, it := range steps.Items {
		if slices.Contains(it.Match, "qr code") {
			w.para(upperFirst(w.text(it.Text)) + ".")
			w.sources(steps.Sources...)
			w.entry(steps.ID)
			return
		}
	}
}

// bringItem answers what to bring to the counter of fact factID's steps, from its item marked
// bring ("pour la certification je dois ramener quoi ? juste mon téléphone ?": no, not only; the
// card, the phone and the QR code). It reports whether it answered.
func (b *Bot) bringItem(w *writer, factID string, p nlu.Parse) bool {
	ask := cmp.Or(p.Ask, p.Norm)
	if !b.hasCue(ask, knowledge.CueBring) || p.Has(nlu.Fee) || p.PriceNamed || b.hasCue(ask, knowledge.CueOwnTown) {
		return false
	}
	for _, it := range b.kb.MustFact(factID).Items {
		if !it.Bring {
			continue
		}
		key := "bring_need"
		if asksYesNo(p) || b.hasCue(p.Norm, knowledge.CueOnly) {
			if !b.hasCue(p.Norm, knowledge.CueOnly) {
				return false // "je dois amener mon téléphone ?" is a condition, answered as one
			}
			key = "bring_only_no"
		}
		w.para(w.t(key, lowerFirst(w.text(it.Text))))
		w.kbFact(factID)
		return true
	}
	return false
}

// confirmedItem answers "Oui" to a statement asked to be confirmed ("on compare les empreintes de
// l'usager avec celles de sa carte, c'est bien ça ?") when it restates an item of fact factID's:
// three or more of its longer words are the item's. It reports whether it answered.
func (b *Bot) confirmedItem(w *writer, factID string, p nlu.Parse) bool {
	if !b.hasCue(p.Norm, knowledge.CueConfirmTag) || p.Deceit {
		return false
	}
	// The words that name the subject itself say nothing of the step.
	said := map[string]bool{}
	for _, t := range wordsOf(p.Norm) {
		if len(t) >= 5 && !b.isCueWord(t, knowledge.CueCertificationSubject) {
			said[t] = true
		}
	}
	for _, it := range b.kb.MustFact(factID).Items {
		shared := map[string]bool{}
		for _, t := range wordsOf(knowledge.Normalize(w.text(it.Text))) {
			if said[t] {
				shared[t] = true
			}
		}
		if len(shared) >= 3 {
			w.para(w.t("yes"))
			w.kbFact(factID)
			return true
		}
	}
	return false
}

// appDutyAsked reports whether a message asks whether one is obliged to use France Identité,
// the app told or named ("elle doit installer France Identité… elle est obligée ?"), and not
// whether a condition or a step of it is required ("l'appli demande le NFC, c'est obligatoire
// ?"), which the conditions answer.
func (b *Bot) appDutyAsked(p nlu.Parse) bool {
	q := questionSentence(p.Norm)
	asked := asksYesNo(p) || b.hasCue(q, knowledge.CueWhatToAnswer)
	app := b.hasCue(p.Norm, knowledge.CueDownload) || slices.Contains(p.Named, knowledge.TopicIdentite)
	if !asked || !app || p.Deceit || !b.hasCue(p.Norm, knowledge.CueMandatory) || b.hasCue(q, knowledge.CueOwnTown) {
		return false
	}
	for _, c := range clauses(p.Norm) {
		// "…s'il est obligé d'installer France Identité maintenant qu'il a sa nouvelle carte":
		// the duty of installing the app itself.
		words := strings.Fields(c)
		for i, w := range words {
			if !b.hasCue(w, knowledge.CueMandatory) {
				continue
			}
			if after := strings.Join(words[i+1:min(len(words), i+5)], " "); b.hasCue(after, knowledge.CueDownload) || strings.Contains(after, "france identite") {
				return true
			}
		}
	}
	// "je voulais savoir si elle est obligée ?": a duty with no object of its own asks of the
	// app the story names ("…obligé d'attendre 2030 ?", "…obligatoirement prendre rendez-vous
	// ?" ask of something else).
	words := strings.Fields(strings.Trim(q, " ?!."))
	last := strings.Join(words[max(0, len(words)-2):], " ")
	_, story := b.dutyOfStory(p)
	return story && b.hasCue(last, knowledge.CueMandatory)
}

// dutyOfStory reports whether a message ends with a short question that names no condition or
// step of the app ("Mon père n'a pas de smartphone… il faudrait France Identité. Il est obligé de
// l'avoir ?", "…je voulais savoir si elle est obligée ?"): it asks the duty of what the story
// names, not of a condition the story tells (nor of the phone or age it tells). It returns that
// question sentence.
func (b *Bot) dutyOfStory(p nlu.Parse) (string, bool) {
	q := questionSentence(p.Norm)
	if q == p.Norm || len(strings.Fields(b.indirectClause(q))) > 6 {
		return q, false
	}
	return q, matchItem(b.kb.MustFact("fi.conditions"), q) == nil && matchItem(b.kb.MustFact("fi.steps"), q) == nil
}

// toldBefore returns what a message tells before the sentence that asks its question.
func toldBefore(norm string) string {
	if i := strings.Index(norm, questionSentence(norm)); i > 0 {
		return norm[:i]
	}
	return ""
}

// downloadAsked answers how or where the app is got ("comment j'installe France Identité ?"):
// the official stores, then the steps. A download link received by message ("on m'a envoyé un
// lien par mail pour télécharger France Identité, c'est là qu'il faut la prendre ?") gets "Non",
// the stores and the advice on such messages. A phone told ("comment l'installer sans NFC ?")
// is the conditions' question and goes on.
func (b *Bot) downloadAsked(w *writer, p nlu.Parse) (Reply, bool) {
	// (The clause that asks: "j'ai installé France Identité mais il me demande un code, je le
	// trouve où ?" asks the code.)
	ask := lastClause(questionSentence(cmp.Or(p.Ask, p.Norm)))
	if p.Deceit || p.Slots.PhoneNFC != nil || p.Slots.PhoneVersion != 0 || p.Slots.PhoneModel != 0 {
		return Reply{}, false
	}
	received := b.hasCue(p.Norm, knowledge.CueMessageReceived) || containsWord(p.Norm, "un lien", "le lien", "a link", "the link", "een link", "de link")
	switch {
	case received && asksYesNo(p) && b.hasCue(p.Norm, knowledge.CueDownload):
		w.para(w.t("no"))
		w.kbFact("fi.download")
		w.kbFact("cni.scam-messages")
	case (p.Form == nlu.FormHow || p.Form == nlu.FormWhere) && b.hasCue(ask, knowledge.CueDownload) &&
		// ("j'installe France Identité et l'appli me demande un numéro à 6 chiffres, je le trouve
		// où ?": the number asked once installed.)
		!b.hasCue(p.Norm, knowledge.CueDigits) && !b.hasCue(p.Norm, knowledge.CueCardCode):
		w.kbFact("fi.download")
		w.kbFact("fi.steps")
	default:
		return Reply{}, false
	}
	return w.done(Answer), true
}

// licenceHowAsked reports whether the message asks how the driving licence is added to the app,
// or with what, of the licence it names or the last question named ("il faut quel document pour
// l'ajouter ?"). A yes/no ("je peux l'ajouter ?") is a use of the app, answered as one.
func (b *Bot) licenceHowAsked(st *State, p nlu.Parse) bool {
	// ("pour l'ajouter" after the uses that named it: the licence, the one thing the app adds.)
	named := b.hasCue(p.Norm, knowledge.CueLicenceNamed) || p.Words <= 12 && (b.hasCue(st.LastAsk, knowledge.CueLicenceNamed) ||
		b.citedLast(st, "fi.optional") && containsWord(p.Norm, "l ajouter", "le rajouter", "le mettre", "l integrer", "add it"))
	ask := cmp.Or(p.Ask, p.Norm)
	if asksYesNo(p) && !opensWh(ask) && !containsWord(ask, "quel", "quels", "quelle", "which") || !named {
		return false
	}
	return b.hasCue(ask, knowledge.CueAddVerb) &&
		(p.Form == nlu.FormHow || p.Form == nlu.FormWhat || b.hasCue(ask, knowledge.CueDocumentsAsked) || containsWord(ask, "quel document", "quels documents", "quel papier", "which document"))
}

// offeredID returns the words of another identity paper than the identity card that a message
// puts forward as the one held or used ("j'ai juste mon passeport marocain", "avec ma carte de
// séjour"), "" when it names none: a driving licence, which France Identité holds, is none.
func (b *Bot) offeredID(norm string) string {
	for _, cue := range []string{knowledge.CueOnlyHeld, knowledge.CueMeansOffered} {
		if r := b.afterCue(norm, cue, 4); r != "" && b.hasCue(r, knowledge.CueOtherIDPaper) &&
			!b.hasCue(r, knowledge.CueLicenceNamed) && !b.hasCue(r, knowledge.CueCardName) {
			return r
		}
	}
	return ""
}

// accessAsked reports whether a yes/no question asks if someone may use or have France Identité
// at all ("je pourrai utiliser France Identité ?", "c'est réservé aux majeurs ?"), naming none of
// its uses: its conditions answer it.
func (b *Bot) accessAsked(p nlu.Parse) bool {
	ask := cmp.Or(p.Ask, p.Norm)
	if matchItem(b.kb.MustFact("fi.uses"), ask) != nil || matchItem(b.kb.MustFact("fi.app"), ask) != nil {
		return false
	}
	if b.hasCue(ask, knowledge.CueReservedFor) && b.hasCue(ask, knowledge.CueAgeGroup) {
		return true
	}
	// (Not a use in disguise: "je peux passer la frontière avec juste l'appli ?", "can I leave
	// my ID card at home and use France Identité?".)
	return b.hasCue(ask, knowledge.CueAllowed) && (b.hasCue(ask, knowledge.CueAppUsed) || b.hasCue(ask, knowledge.CueObtain)) &&
		!b.hasCue(ask, knowledge.CueTravel) && !b.hasCue(ask, knowledge.CueOnly) && !b.hasCue(ask, knowledge.CueInsteadOf) && !b.hasCue(ask, knowledge.CueCardWord)
}

// actsForAnother reports whether a yes/no question asks leave to do a personal procedure in
// another person's place or name ("je peux faire SA procuration à sa place ?", "puis-je obtenir
// une clé à son nom ?"), asked openly: a no, where a deceit told is refused before.
func (b *Bot) actsForAnother(p nlu.Parse) bool {
	ask := questionSentence(cmp.Or(p.Ask, p.Norm))
	return asksYesNo(p) && !p.Deceit && b.hasCue(ask, knowledge.CueAllowed) && b.hasCue(ask, knowledge.CueInAnothersName)
}

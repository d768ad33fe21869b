package bot

import (
	"cmp"
	"maps"
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

// fellForScam reports whether a message tells that a phishing attempt was already answered
// ("trop tard, je l'ai déjà envoyé", "j'ai payé avec ma carte avant de me méfier"), after
// Guichet warned of one or in a message that tells of one.
func (b *Bot) fellForScam(st *State, p nlu.Parse) bool {
	if !b.hasCue(p.Norm, knowledge.CueScamFallen) || p.Deceit {
		return false
	}
	if b.citedLast(st, "cni.scam-messages") || b.citedLast(st, "cni.scam-calls") || b.citedLast(st, "cni.paid-sites") || b.citedLast(st, "key.scam-messages") {
		return true
	}
	if b.intermediaryNamed(st.LastAsk) && (b.hasCue(st.LastAsk, knowledge.CueScam) || b.hasCue(st.LastAsk, knowledge.CueGenuineAsked)) {
		// "un site me propose de créer mon identité numérique pour 29 €, c'est le site officiel ?
		// — zut, j'ai déjà donné mon numéro de carte bancaire": the site asked about before.
		return true
	}
	return b.hasCue(p.Norm, knowledge.CueMessageReceived) &&
		(b.hasCue(p.Norm, knowledge.CueScam) || b.hasCue(p.Norm, knowledge.CueFakeMessage) || b.hasCue(p.Norm, knowledge.CueCredentialsAsked))
}

// phishingAsked reports whether a message tells of a contact nobody asked for (a message, a
// call, someone posing as an official) that asks for codes, card details or a click, and asks
// whether it is genuine or a scam, what to do, or whether to comply ("je le renvoie ?", "should
// I do it?", "moet ik die geven?").
func (b *Bot) phishingAsked(p nlu.Parse) bool {
	return b.unsolicited(p.Norm) &&
		(b.hasCue(p.Norm, knowledge.CueCredentialsAsked) || b.hasCue(p.Norm, knowledge.CueReplyDemanded) || b.moneyDemanded(p)) &&
		b.scamQuestion(p)
}

// scamQuestion reports whether a message asks whether something met is genuine or a scam
// ("c'est vraiment l'ANTS ?", "vrai ou pas ?"), what to do or answer about it, or whether to
// comply.
func (b *Bot) scamQuestion(p nlu.Parse) bool {
	ask := cmp.Or(p.Ask, p.Norm)
	return b.hasCue(ask, knowledge.CueScam) || b.hasCue(ask, knowledge.CueGenuineAsked) || b.hasCue(ask, knowledge.CueClaimCheck) ||
		b.hasCue(p.Norm, knowledge.CueFakeMessage) ||
		// "on m'a appelé pour me demander mon code perso, je fais quoi ?": what to do with it;
		// "des usagers nous transfèrent ce mail, que doit-on leur répondre ?": what to tell.
		b.hasCue(ask, knowledge.CueWhatNext) || b.hasCue(ask, knowledge.CueWhatToAnswer) ||
		// ("…asked me to email them my activation code. Is that normal?")
		!p.Deceit && (b.hasCue(ask, knowledge.CueComplyAsked) || b.hasCue(lastClause(ask), knowledge.CueNormal))
}

// moneyDemanded reports whether a message tells of a message or a call received that asks for
// money ("un SMS « réglez 2,99 € de frais de dossier »", "a mail asking 15 € to activate the
// key"): no administration asks for a payment so, whatever procedure the message borrows. (Money
// already paid is told by CueScamFallen, which fellForScam answers; a service offered for a
// price, "une dame sur WhatsApp me propose d'accélérer mon dossier pour 500 €", is a paid
// intermediary's.)
func (b *Bot) moneyDemanded(p nlu.Parse) bool {
	return p.Amount != nil && (b.hasCue(p.Norm, knowledge.CueMessageReceived) || b.hasCue(p.Norm, knowledge.CueCallReceived)) &&
		!b.hasCue(p.Norm, knowledge.CueScamFallen) && !b.hasCue(p.Norm, knowledge.CueServiceOffered)
}

// scamVerdict is the verdict on a scam, a request for money or a code asked about: "c'est une
// arnaque ?" gets yes, "c'est normal ?", "je le renvoie ?" or "c'est le vrai site ?" no.
func (b *Bot) scamVerdict(w *writer, p nlu.Parse) string {
	return yesNo(w, b.hasCue(firstChoice(cmp.Or(p.Ask, p.Norm)), knowledge.CueScam))
}

// unsolicited reports whether a message tells of a contact nobody asked for: a message or a
// call received, or someone who claims to be an official.
func (b *Bot) unsolicited(norm string) bool {
	return b.hasCue(norm, knowledge.CueMessageReceived) || b.hasCue(norm, knowledge.CueCallReceived) || b.hasCue(norm, knowledge.CuePosingOfficial)
}

// intermediaryNamed reports whether a message names a site, a message or an agency, or a
// stranger who offers their service ("un site me propose…", "un SMS me demande…", "a guy at
// the café says he can get me a key").
func (b *Bot) intermediaryNamed(norm string) bool {
	return b.hasCue(norm, knowledge.CueIntermediary) || b.hasCue(norm, knowledge.CueStranger) && b.hasCue(norm, knowledge.CueServiceOffered)
}

// copyReplaced reports whether a message tells of a copy of one's card asked by a landlord, an
// employer or a bank, and asks for something safer or to give instead ("…j'ai peur qu'on s'en
// serve", "…à la place ?"), not a fraud.
func (b *Bot) copyReplaced(p nlu.Parse) bool {
	ask := cmp.Or(p.Ask, p.Norm)
	return b.hasCue(p.Norm, knowledge.CueCopy) && b.hasCue(p.Norm, knowledge.CueCopyAsked) && !p.Deceit &&
		(b.hasCue(p.Norm, knowledge.CueSafer) || b.hasCue(ask, knowledge.CueReplace) || b.hasCue(p.Norm, knowledge.CueScam))
}

// votingIDAsked reports whether a message asks which identity document a voter may show at the
// polling station ("je pourrai voter avec ?", "…au bureau de vote, on l'accepte ?"), not how to
// vote by proxy.
func (b *Bot) votingIDAsked(p nlu.Parse) bool {
	ask := cmp.Or(p.Ask, p.Norm)
	return b.hasCue(p.Norm, knowledge.CueVoting) && !b.hasCue(p.Norm, knowledge.CueProxyVote) &&
		(b.hasCue(ask, knowledge.CueVoting) || asksYesNo(p) && b.hasCue(ask, knowledge.CueSuffices))
}

// answerTopic answers within the conversation's topic. It returns the reply and the fact asked
// for, when the reply is a question.
func (b *Bot) answerTopic(w *writer, st *State, p nlu.Parse, m Message) (Reply, string) {
	if b.fellForScam(st, p) {
		// "mince j'ai déjà cliqué et rentré ma carte bancaire, je fais quoi ?" after a phishing
		// message: what a victim does now, and where it is reported.
		if st.Topic == knowledge.TopicDigitalKey {
			w.kbFact("key.scam-messages")
		} else {
			w.kbFact("cni.scam-victim")
			w.kbFact("cni.scam-report")
		}
		return w.done(Answer), ""
	}
	if st.Topic == knowledge.TopicDigitalKey && b.phishingAsked(p) && (!b.hasCue(p.Norm, knowledge.CueActivate) || b.hasCue(p.Norm, knowledge.CueReplyDemanded) ||
		b.hasCue(p.Norm, knowledge.CueCallReceived) || b.hasCue(p.Norm, knowledge.CueExpiryWarned) || p.Amount != nil || b.hasCue(p.Norm, knowledge.CuePaid)) {
		// "Ik kreeg een sms dat mijn digitale sleutel vervalt en dat ik op een link moet klikken.
		// Is dat echt?": Belgium's advice on such messages. (The key's own activation link,
		// which comes by e-mail, is no such message; one asked back by reply, asked for on the
		// phone, sent with a threat that the key expires, or asking for money is.)
		if p.Form == nlu.FormYesNo {
			w.para(b.scamVerdict(w, p))
		}
		w.kbFact("key.scam-messages")
		if p.Amount != nil && st.Slots.Commune != "" {
			// "un mail « Commune d'Evere » demande 12 € pour recevoir la clé": what the
			// commune itself asks.
			return b.keyOptions(w, st.Slots, p, false)
		}
		return w.done(Answer), ""
	}
	if st.Topic != knowledge.TopicDigitalKey && b.unsolicited(p.Norm) &&
		(b.hasCue(p.Norm, knowledge.CueCredentialsAsked) || p.Amount != nil && st.Topic == knowledge.TopicIdentite || b.phishingAsked(p)) &&
		// (A message that links to an app to download gets the official stores, with the same
		// advice: downloadAsked.)
		!(st.Topic == knowledge.TopicIdentite && b.hasCue(p.Norm, knowledge.CueDownload)) {
		// "j'ai reçu un SMS : votre carte est prête, réglez 2,99 € de frais de livraison, c'est
		// normal ?": a phishing attempt, whatever procedure it borrows. "C'est vrai ?" gets a
		// no, "c'est une arnaque ?" a yes. ("France Identité : votre identité numérique expire,
		// réglez 2,99 €… c'est vrai ?": money asked for an app that is free.) A call that asks
		// for a code ("un soi-disant agent m'a demandé mon code France Identité, je lui donne ?")
		// gets the page on calls.
		if p.Form == nlu.FormYesNo {
			w.para(b.scamVerdict(w, p))
		}
		if b.hasCue(p.Norm, knowledge.CueCallReceived) || !b.hasCue(p.Norm, knowledge.CueMessageReceived) && b.hasCue(p.Norm, knowledge.CuePosingOfficial) {
			w.kbFact("cni.scam-calls")
		} else {
			// Where the message is reported comes with it: one forward stops it for others.
			w.kbFact("cni.scam-messages")
			w.kbFact("cni.scam-report")
		}
		if st.Topic == knowledge.TopicIdentite && p.Amount != nil {
			w.kbFact("fi.app")
		}
		if app := st.Slots.Application; st.Topic == knowledge.TopicCNI && p.Amount != nil && (app == knowledge.Loss || app == knowledge.Theft) {
			b.cniFee(w, st.Slots, p, false) // "un mail me demande 86 € de timbre pour ma carte volée": the stamp's own price
		}
		return w.done(Answer), ""
	}
	if ask := cmp.Or(p.Ask, p.Norm); st.Topic != knowledge.TopicDigitalKey && (p.Continues() || p.Words <= 8) && !p.Deceit &&
		(b.citedLast(st, "cni.scam-messages") || b.citedLast(st, "cni.scam-victim") || b.citedLast(st, "cni.scam-report") || b.citedLast(st, "cni.scam-calls")) {
		switch {
		case b.hasCue(ask, knowledge.CuePolice):
			// "je dois porter plainte aussi ?" after a phishing answer: what a victim does, the
			// complaint with it.
			w.kbFact("cni.scam-victim")
			return w.done(Answer), ""
		case (b.hasCue(ask, knowledge.CueMessageReceived) || b.hasCue(ask, knowledge.CueCallReceived)) && p.Form != nlu.FormHow && !b.hasCue(ask, knowledge.CueGenuineAsked):
			// "et si c'est un mail au lieu d'un sms ?": where each kind of message is reported.
			// (Not "comment je sais si un mail vient vraiment de France Identité ?".)
			w.kbFact("cni.scam-report")
			return w.done(Answer), ""
		}
	}
	if b.hasCue(cmp.Or(p.Ask, p.Norm), knowledge.CueReportScam) && !p.Deceit &&
		(b.citedLast(st, "cni.scam-messages") || b.hasCue(p.Norm, knowledge.CueScam) ||
			b.hasCue(p.Norm, knowledge.CueFakeMessage)) {
		// "Ok je réponds pas. Je peux le signaler quelque part ?", "où signaler un faux mail France
		// Identité ?": the services that take the report.
		w.kbFact("cni.scam-report")
		return w.done(Answer), ""
	}
	paidThirdParty := b.intermediaryNamed(p.Norm) &&
		(p.Amount != nil || b.hasCue(p.Norm, knowledge.CuePaid) || containsWord(p.Norm, "carte bancaire", "coordonnees bancaires", "card number", "bank details", "bankgegevens")) && !p.Deceit &&
		(b.hasCue(p.Norm, knowledge.CueScam) || b.hasCue(p.Norm, knowledge.CueGenuineAsked) || b.hasCue(p.Norm, knowledge.CueClaimCheck) ||
			// "…pour 300 € en plus du timbre. Je suis obligé de passer par eux ?": no one must.
			(b.hasCue(p.Norm, knowledge.CueObliged) || b.hasCue(p.Norm, knowledge.CueMandatory)) && b.hasCue(p.Norm, knowledge.CueGoThrough))
	if paidThirdParty && st.Topic == knowledge.TopicDigitalKey && asksYesNo(p) {
		// "a guy at the café says he can get me a digital key without going to the commune, for
		// 40 euros, is that legit?": no; a key is obtained in person, at a registration office.
		w.para(b.scamVerdict(w, p))
		w.kbFact("key.no-chip")
		if st.Slots.Commune != "" {
			// ("Ik woon in Anderlecht…": where the person may go instead, at what price.)
			return b.keyOptions(w, st.Slots, p, false)
		}
		return w.done(Answer), ""
	}
	// "Faut-il obligatoirement payer un avocat pour la naturalisation ?": no one must.
	obligedHelp := st.Topic == knowledge.TopicNationality && !p.Deceit && b.intermediaryNamed(p.Norm) &&
		(b.hasCue(p.Norm, knowledge.CueObliged) || b.hasCue(p.Norm, knowledge.CueMandatory)) &&
		(b.hasCue(p.Norm, knowledge.CueGoThrough) || b.hasCue(p.Norm, knowledge.CuePaid)) // (not "mon avocat dit qu'il faut 5 ans, c'est obligatoire ?")
	if paidThirdParty && (st.Topic == knowledge.TopicIdentite && asksYesNo(p) || st.Topic == knowledge.TopicNationality) || obligedHelp {
		// "un site « france-identite-officiel.com » propose de créer mon identité numérique
		// pour 19,90 €, c'est le bon site ?", "un site me propose de faire ma naturalisation à
		// ma place pour 300 €, obligatoire de passer par un intermédiaire, c'est vrai ?": no;
		// what the procedure itself costs says why. ("Un agent sur WhatsApp propose d'accélérer
		// mon dossier pour 800 €, vous en pensez quoi ?" gets the same facts without a verdict.)
		if asksYesNo(p) || obligedHelp {
			w.para(b.scamVerdict(w, p))
		}
		if st.Topic == knowledge.TopicIdentite {
			w.kbFact("fi.app")
		} else {
			w.kbFact("nat.paid-help")
			w.kbFact("nat.fee")
		}
		if b.hasCue(p.Norm, knowledge.CueMessageReceived) || containsWord(p.Norm, "sms", "texto", "mail", "courriel") {
			w.kbFact("cni.scam-messages")
		}
		return w.done(Answer), ""
	}
	if st.Topic == knowledge.TopicCNI && paidThirdParty {
		// "un site me propose de remplir ma pré-demande pour 49 euros, c'est une arnaque ?": yes;
		// "un SMS me demande 39 € pour valider ma pré-demande, c'est normal ?": no. The
		// pre-application is free; only a loss or theft costs the stamp.
		if asksYesNo(p) {
			w.para(b.scamVerdict(w, p))
		}
		w.kbFact("cni.paid-sites")
		if app := st.Slots.Application; app == knowledge.Loss || app == knowledge.Theft {
			b.cniFee(w, st.Slots, p, false) // "un site m'a fait payer 45 € le timbre de ma carte perdue": the stamp's own price
		}
		if b.hasCue(p.Norm, knowledge.CueMessageReceived) || containsWord(p.Norm, "sms", "texto", "mail", "courriel") {
			w.kbFact("cni.scam-messages")
		}
		return w.done(Answer), ""
	}
	if (st.Topic == knowledge.TopicCNI || st.Topic == knowledge.TopicIdentite) && b.copyReplaced(p) {
		// "mon futur propriétaire veut une photocopie de ma carte, il y a une solution plus
		// sûre ?", "les RH veulent un scan de ma carte… je peux leur envoyer un truc généré par
		// France Identité à la place ?": France Identité's single-use proof, which replaces the
		// photocopy. Asked of the app, "France Identité peut servir à ça à la place ?", yes.
		if a := b.answerOf("fi.proof-document", p); asksYesNo(p) && a != nil {
			w.para(yesNo(w, a.Verdict == "yes"))
		} else if asksYesNo(p) && st.Topic == knowledge.TopicIdentite {
			w.para(w.t("yes"))
		}
		w.kbFact("fi.proof-document")
		w.kbFact("fi.app")
		return w.done(Answer), ""
	}
	if (st.Topic == knowledge.TopicCNI || st.Topic == knowledge.TopicIdentite) && b.votingIDAsked(p) {
		// "je peux montrer ma carte sur France Identité au bureau de vote ?", "j'ai qu'un
		// passeport, ça marche pour voter ?": the documents a voter shows, whose list is its own.
		f := b.kb.MustFact("cni.vote-id")
		if a := b.answerOf(f.ID, p); asksYesNo(p) && a != nil {
			w.para(yesNo(w, a.Verdict == "yes"))
		} else if s := st.Slots; asksYesNo(p) && s.ExpiredYears != nil && f.MaxAgeMonths > 0 {
			// "ma carte est périmée depuis 3 ans, je peux voter avec ?": yes, expired for less
			// than the time the list allows; "depuis 2015": no.
			w.para(yesNo(w, *s.ExpiredYears*12 < f.MaxAgeMonths))
		}
		w.kbFact(f.ID)
		return w.done(Answer), ""
	}
	switch st.Topic {
	case knowledge.TopicCNI:
		if b.lendLegalityAsked(p) {
			// An offence, for the one who uses it and the one who lent it: "c'est illégal ?"
			// gets yes, "je peux ?" no.
			w.para(yesNo(w, b.hasCue(questionSentence(cmp.Or(p.Ask, p.Norm)), knowledge.CueFraudAsked)))
			w.kbFact("cni.lend-card")
			return w.done(Answer), ""
		}
		if ask := cmp.Or(p.Ask, p.Norm); asksYesNo(p) && !p.Deceit && (b.hasCue(p.Norm, knowledge.CueMoved) || b.citedLast(st, "cni.address-change")) &&
			cardForNewAddress(p, ask) &&
			!b.hasCue(ask, knowledge.CueObliged) && !b.hasCue(ask, knowledge.CueMandatory) && b.hasCue(lastClause(ask), knowledge.CueAllowed) && !b.saysMoney(p) && !b.hasCue(p.Norm, knowledge.CueRisk) {
			// "et si je veux quand même la changer pour avoir la bonne adresse dessus, je peux ?"
			// after a move: a renewal for that reason, which the ministry has suspended at times;
			// the town hall says whether it takes it today. (Its price, "c'est payant ?", is the
			// renewal's, below; "je suis en infraction si je ne la refais pas ?", the move's.)
			w.kbFact("cni.address-renewal")
			w.kbFact("cni.address-change")
			return w.done(Answer), ""
		}
		if ask := cmp.Or(p.Ask, p.Norm); asksYesNo(p) && b.hasCue(ask, knowledge.CueFormAsked) &&
			(b.hasCue(ask, knowledge.CueHostingLetter) || containsWord(ask, "attestation", "statement") && b.citedLast(st, "cni.hosted")) {
			// "cette attestation, faut un formulaire spécial ?": the knowledge base says what the
			// statement holds, not whether a form is required; it says so, then what it knows.
			w.para(w.t("no_info"))
			w.kbFact("cni.hosted")
			return w.done(Answer), ""
		}
		if p.Foreigner && (p.OtherForeigner || !nlu.Affirmed(p.Norm, b.kb.Language.Cues[knowledge.CueFrenchNational])) && p.Slots.Holder != knowledge.Minor && p.Form == nlu.FormYesNo {
			// "je suis marocain et j'habite en France depuis 10 ans, je peux faire une carte
			// d'identité française ?": no, it is for French nationals; the ways to become French.
			w.para(w.t("no"))
			w.kbFact("cni.french-only")
			w.kbFact("nat.overview")
			return w.done(Answer), ""
		}
		if french := b.kb.Language.Cues[knowledge.CueFrenchNational]; p.Form == nlu.FormYesNo && p.Has(nlu.Eligibility) && !p.Foreigner && st.Slots.Application == "" &&
			nlu.Affirmed(p.Norm, french) && b.hasCue(p.Norm, knowledge.CueDual) {
			// "je suis franco-algérien, j'ai déjà mon passeport algérien. j'ai le droit d'avoir aussi
			// la carte d'identité française ?": yes, a French national at any age, whatever other
			// nationality they hold.
			w.para(w.t("yes"))
			w.kbFact("cni.french-only")
			w.kbFact("nat.dual")
			return w.done(Answer), ""
		}
		if lost := st.Slots.Application == knowledge.Loss || st.Slots.Application == knowledge.Theft; lost && p.Form == nlu.FormYesNo &&
			b.hasCue(p.Norm, knowledge.CueDeclared) && b.hasCue(cmp.Or(p.Ask, p.Norm), knowledge.CueUse) && !p.FoundAgain {
			// "après ma déclaration de vol, le voleur peut encore voyager avec ?": no, the card
			// declared is cancelled for good. ("Quelqu'un utilise ma carte volée, j'ai porté
			// plainte. Pour la refaire, c'est payant ?" asks the fee.)
			w.para(w.t("no"))
			w.kbFact("cni.found-after-declaration")
			return w.done(Answer), ""
		}
		if lost := st.Slots.Application == knowledge.Loss || st.Slots.Application == knowledge.Theft; (lost || asksYesNo(p) && !p.Has(nlu.Fee) && !p.PriceNamed && containsWord(p.Norm, "retrouve ma carte", "retrouve ma cni", "l ai retrouvee", "l ai retrouve", "found my card", "found my id")) && p.FoundAgain && !p.Deceit {
			// "en fait je l'ai retrouvée": the card found after its declaration is the question
			// ("je l'ai retrouvée… du coup c'est combien ?" asks the renewal's price, below);
			// found before any ("j'avais pas encore porté plainte ni rien déclaré", "avant de
			// faire la moindre déclaration"), it was never cancelled. "Je dois faire quelque
			// chose ?" asks it the other way round.
			// ("j'ai fait une fausse déclaration sans le vouloir : j'ai déclaré ma carte perdue"
			// declared it, whatever "sans" comes before.)
			declaredSaid := b.hasCue(p.Norm, knowledge.CueDeclaredSaid)
			notDeclared := nlu.Denied(p.Norm, b.kb.Language.Cues[knowledge.CueDeclared]) && !declaredSaid || b.hasCue(p.Norm, knowledge.CueNotDeclared)
			if asksYesNo(p) {
				actionAsked := b.hasCue(firstChoice(cmp.Or(p.Ask, p.Norm)), knowledge.CueProcedure)
				w.para(yesNo(w, notDeclared != actionAsked))
			}
			w.kbFact("cni.found-after-declaration")
			return w.done(Answer), ""
		}
		if a := b.answerOf("cni.pickup-bring", p); a != nil && asksYesNo(p) && (b.hasCue(p.Norm, knowledge.CuePickup) || b.hasCue(p.Norm, knowledge.CueCardReady)) {
			// "quand je récupère la nouvelle carte, faut rendre l'ancienne ?": what is brought to
			// collect it.
			w.para(yesNo(w, a.Verdict == "yes"))
			w.kbFact("cni.pickup-bring")
			return w.done(Answer), ""
		}
		if ask := cmp.Or(p.Ask, p.Norm); b.hasCue(ask, knowledge.CueBring) && (b.hasCue(p.Norm, knowledge.CuePickup) || b.hasCue(p.Norm, knowledge.CueCardReady)) &&
			(p.Form != nlu.FormYesNo || containsWord(ask, "quoi", "koi", "what", "wat")) && !b.bringsChild(ask) {
			// "pour aller chercher ma nouvelle carte je dois ramener quoi ?", "ma carte est prête,
			// j'apporte quoi ?": what to bring to collect it, and who comes.
			w.kbFact("cni.pickup-bring")
			w.kbFact("cni.presence")
			return w.done(Answer), ""
		}
		if ask := cmp.Or(p.Ask, p.Norm); b.hasCue(p.Norm, knowledge.CueMessageReceived) && b.hasCue(p.Norm, knowledge.CueCardReady) && b.hasCue(ask, knowledge.CueGenuineAsked) &&
			p.Amount == nil && !b.hasCue(p.Norm, knowledge.CueCredentialsAsked) && !b.hasCue(p.Norm, knowledge.CueReplyDemanded) {
			// "je reçois un SMS qui dit que ma carte est disponible, pas de lien, pas de paiement,
			// c'est normal ?": yes, that is how the ANTS tells a card is ready.
			if asksYesNo(p) {
				w.para(w.t("yes"))
			}
			w.kbFact("cni.ready-notice")
			w.kbFact("cni.pickup-deadline")
			return w.done(Answer), ""
		}
		if ask := cmp.Or(p.Ask, p.Norm); b.hasCue(ask, knowledge.CueReadyNotice) && (b.hasCue(p.Norm, knowledge.CueCardReady) || containsWord(p.Norm, "faite")) {
			// "comment je saurai que ma carte est arrivée à la mairie ? ils m'appellent ?": the
			// text message, whatever the request.
			if a := b.answerOf("cni.ready-notice", p); a != nil && p.Form == nlu.FormYesNo {
				w.para(yesNo(w, a.Verdict == "yes"))
			}
			w.kbFact("cni.ready-notice")
			w.kbFact("cni.pickup-deadline")
			return w.done(Answer), ""
		}
		// (A hosted person afraid of being taken for a fraudster asks for the proof of address.)
		hosted := p.Has(nlu.HostedQ) || p.Slots.Hosted != nil && *p.Slots.Hosted
		// ("…des relances pour un crédit que je n'ai jamais signé… je crois que quelqu'un
		// l'utilise": what was done in the person's name and by whom, told together.)
		usurped := (p.Victim && (b.hasCue(p.Norm, knowledge.CueIdentityTheft) || b.hasCue(p.Norm, knowledge.CueTheftOutcome)) ||
			b.hasCue(p.Norm, knowledge.CueIdentityTheft) && b.hasCue(p.Norm, knowledge.CueTheftOutcome)) && p.Form != nlu.FormYesNo && !hosted
		if usurped {
			// "je reçois des courriers de crédits que je n'ai jamais demandés, quelqu'un utilise une
			// fausse carte à mon nom, je fais quoi ?": the complaint, no request of a card; after a
			// card lost or stolen ("quelqu'un se fait passer pour moi avec ma carte volée"), the
			// complaint first, then the request.
			w.kbFact("cni.identity-theft")
			if st.Slots.Application != knowledge.Theft && st.Slots.Application != knowledge.Loss {
				return w.done(Answer), ""
			}
		}
		if b.hasCue(p.Norm, knowledge.CueFoundOther) && !p.FoundAgain {
			// "j'ai trouvé une carte d'identité par terre, celle d'une dame âgée, j'en fais
			// quoi ?": where a found card goes, not a request of the finder's.
			w.kbFact("cni.found-other-card")
			return w.done(Answer), ""
		}
		dated := st.Slots.IssueYear != 0 || st.Slots.IssueDate != "" || st.Slots.PrintedYear != 0 || st.Slots.PrintedEnd != "" || st.Slots.Expires != ""
		if p.Form == nlu.FormYesNo && dated && b.hasCue(p.Norm, knowledge.CueTravel) && st.Intent != nlu.Validity && st.Slots.Application == "" {
			// "et je peux prendre l'avion pour Madrid avec ?" about a card whose dates were told:
			// whether it is valid for the journey.
			st.Intent = nlu.Validity
		}
		if issued := p.Slots.IssueYear != 0 || p.Slots.IssueDate != ""; issued && p.Form == nlu.FormHowLong && b.hasCue(p.Norm, knowledge.CueLasts) && st.Slots.Application == "" {
			// "et celle de mon mari, faite en 2015 quand il avait 35 ans, elle dure combien de
			// temps ?": a card held, dated, whose validity is asked, not a request's delay.
			st.Intent = nlu.Validity
		}
		if id := b.lawfulAct(p, st.Slots); id != "" {
			// "c'est une fausse déclaration si je mets l'adresse de mon hébergeant ?": no, it is
			// the procedure's own way, as its fact says; "il a le droit de m'écrire une
			// attestation ? c'est pas un faux ?" asks leave first: yes.
			asked := firstChoice(questionSentence(p.Norm))
			w.para(yesNo(w, !b.hasCue(asked, knowledge.CueFraudAsked) && !b.hasCue(asked, knowledge.CueRisk)))
			w.kbFact(id)
			return w.done(Answer), ""
		}
		if p.Form == nlu.FormYesNo && b.cameOfAge(st.Slots) && (p.Slots.Remake || p.Has(nlu.Validity) || b.hasCue(p.Norm, knowledge.CueValid)) {
			// "il a eu sa carte à 15 ans, il vient d'avoir 18 ans, il doit la refaire ?": whether
			// the card made to a minor is still valid, not a renewal's papers.
			st.Intent = nlu.Validity
			if p.Slots.Remake && p.Slots.Application == "" && st.Slots.Application == knowledge.Renewal {
				st.Slots.Application = "" // the renewal "refaire" implied, not one told
			}
		}
		if in := st.Intent; in == nlu.Documents || in == nlu.CivilStatus || in == nlu.MinorInfo || in == "" {
			if r, ok := b.checklistChanged(w, st, p); ok {
				return r, ""
			}
		}
		r, pending := b.cni(w, st, p, m)
		if r.Kind == Answer && b.cniCircumstances(w, st, p, m.Time) {
			r = w.done(Answer)
		}
		if r.Kind == Answer && pending == "" && (st.Intent == nlu.Declare || st.Intent == nlu.Where) && !p.Deceit && !p.FoundAgain &&
			(st.Slots.Application == knowledge.Loss || st.Slots.Application == knowledge.Theft) &&
			!slices.ContainsFunc(r.Facts, func(f Fact) bool { return f.Name == "fee" || f.Name == "checklist" }) {
			// "on me l'a volée, je fais la déclaration où ?", "je peux la refaire à Lyon ?": the
			// replacement's stamp, which nobody should learn of at the counter.
			if b.cniFeeLine(w, st.Slots) {
				r = w.done(Answer)
			}
		}
		if r.Kind == Answer && pending == "" && st.Intent != nlu.Fee && st.Slots.Application != "" && b.asksPriceSecond(p) &&
			!slices.ContainsFunc(r.Facts, func(f Fact) bool { return f.Name == "fee" }) {
			// "est-ce qu'elle doit se déplacer elle-même, et combien ça va coûter ?": the second
			// question too.
			b.cniFee(w, st.Slots, p, false)
			r = w.done(Answer)
		}
		// ("qu'est-ce que je dois apporter et combien ça coûte ?": what to bring, asked.)
		papersAsked := b.hasCue(p.Norm, knowledge.CueDocumentsAsked) || b.hasCue(questionSentence(p.Norm), knowledge.CueBring)
		if r.Kind == Answer && pending == "" && st.Intent == nlu.Fee && p.Has(nlu.Documents) && papersAsked &&
			!slices.ContainsFunc(r.Facts, func(f Fact) bool { return f.Name == "checklist" }) {
			// "il faut quoi comme papiers et c'est gratuit ou pas ?": the papers too, when the
			// request and the holder tell which.
			if cl := rules.CNIChecklist(b.kb, b.situation(st.Slots)); len(cl.Missing) == 0 {
				b.checklistList(w, st.Slots, cl)
				w.kbFact("cni.originals")
				r = w.done(Answer)
			}
		}
		if r.Kind == Answer && usurped {
			// "depuis le vol de ma carte, je reçois des crédits à mon nom": the card's replacement,
			// then the complaint for what is done in the person's name.
			w.kbFact("cni.identity-theft")
			r = w.done(Answer)
		}
		return r, pending
	case knowledge.TopicIdentite:
		r, pending := b.identite(w, st, p, m)
		// (The app's price named, not any word of money: "mon patron dit que si, pour les notes
		// de frais".)
		price := containsWord(p.Norm, "payant", "payante", "gratuit", "gratuite", "ca coute", "combien ca coute", "is it free", "does it cost", "betalend", "gratis")
		if price && r.Kind == Answer && pending == "" && st.Intent != nlu.Fee && !slices.Contains(r.Entries, "fi.app") && !p.Deceit {
			// "je voulais savoir d'abord si France Identité est payante, et ensuite si je
			// pourrai faire ma procuration…": the app's price too, which is none.
			w.kbFact("fi.app")
			r = w.done(Answer)
		}
		return r, pending
	case knowledge.TopicDigitalKey:
		r, pending := b.digitalKey(w, st, p)
		if r.Kind == Answer && pending == "" && p.Has(nlu.Documents) && p.Has(nlu.Fee) && !slices.Contains(r.Entries, "key.no-chip") {
			// "what do I need to bring and how much will it cost me?": what to bring too, the
			// counter's way.
			w.kbFact("key.no-chip")
			r = w.done(Answer)
		}
		return r, pending
	default:
		r, pending := b.nationality(w, st, p, m.Time)
		if r.Kind == Answer && pending == "" && st.Intent != nlu.Fee && !slices.Contains(r.Entries, "nat.fee") && p.Has(nlu.Fee) &&
			b.hasCue(questionSentence(p.Norm), knowledge.CuePrice) {
			// "when can I apply, and how much does it cost?": the second question too.
			w.kbFact("nat.fee")
			r = w.done(Answer)
		}
		return r, pending
	}
}

// asksPriceSecond reports whether a message asks a price after another question: in a second
// question ("…seule ? Et ça coûte combien ?") or in a clause joined to the first ("est-ce
// qu'elle doit venir, et combien ça va coûter ?").
func (b *Bot) asksPriceSecond(p nlu.Parse) bool {
	questions := strings.Split(p.Norm, "?")
	var later []string
	if _, after, ok := strings.Cut(questions[0], " et "); ok {
		later = append(later, after)
	}
	if len(questions) > 1 {
		later = append(later, questions[1:]...)
	}
	for _, q := range later {
		if b.hasCue(q, knowledge.CuePrice) && containsWord(q, "combien", "how much", "hoeveel", "quel prix", "le prix", "what does it cost") {
			return true
		}
	}
	return false
}

// ask makes a clarifying question.
func ask(w *writer, pending, question string) (Reply, string) {
	w.para(question)
	return w.done(Clarify), pending
}

// bareRemake reports whether a message asks to remake the card and tells nothing of why: no
// date, format, expiry, damage, move, new name or journey.
func (b *Bot) bareRemake(p nlu.Parse) bool {
	s := p.Slots
	if p.Damaged || s.ExpiredYears != nil || s.IssueYear != 0 || s.IssueDate != "" || s.PrintedYear != 0 || s.PrintedEnd != "" || s.Expires != "" ||
		s.CardFormat != "" || s.TravelFrom != "" || s.Passport != nil {
		return false
	}
	for _, cue := range []string{knowledge.CueExpiring, knowledge.CueValid, knowledge.CueMoved, knowledge.CueUsageName,
		knowledge.CueMarried, knowledge.CueTravel, knowledge.CueEarly, knowledge.CueCardExpired} {
		if b.hasCue(p.Norm, cue) {
			return false
		}
	}
	return true
}

func (b *Bot) askApplication(w *writer) (Reply, string) {
	w.option(w.t("opt_first"), "première demande")
	w.option(w.t("opt_renewal"), "renouvellement")
	w.option(w.t("opt_loss"), "perte")
	w.option(w.t("opt_theft"), "vol")
	return ask(w, askApplication, w.t("ask_application"))
}

func (b *Bot) askHolder(w *writer) (Reply, string) {
	w.option(w.t("opt_adult"), "pour moi, majeur")
	w.option(w.t("opt_minor"), "pour un enfant mineur")
	w.option(w.t("opt_protected"), "majeur sous tutelle")
	return ask(w, askHolder, w.t("ask_holder"))
}

func (b *Bot) cni(w *writer, st *State, p nlu.Parse, m Message) (Reply, string) {
	if st.Slots.Holder == "" && st.Slots.Age == nil && (p.FirstPerson || p.Patron) && st.Intent != nlu.Validity {
		// "ma carte", "j'ai perdu", "l'usager": the card of the person speaking or spoken of, an
		// adult's unless an age says otherwise.
		st.Slots.Holder, st.HolderAssumed = knowledge.Adult, true
	}
	if ask := cmp.Or(p.Ask, p.Norm); st.Slots.Holder == knowledge.Minor && b.hasCue(p.Norm, knowledge.CueThirdPartyAuthority) && !b.hasCue(ask, knowledge.CuePickup) &&
		(p.Has(nlu.Documents) || p.Has(nlu.ProtectedQ) || st.Intent == nlu.Documents || b.hasCue(ask, knowledge.CueFilingVerb)) {
		// "le juge m'a accordé une délégation d'autorité parentale pour mon petit-fils, je peux
		// déposer sa demande ?", "tuteurs de nos petits-enfants (conseil de famille), quels
		// papiers ?": yes, with the decision that gives the authority; whatever the kind of
		// request, the same paper.
		if p.Form == nlu.FormYesNo {
			b.leadVerdict(w, p, "cni.minor-third-party")
		}
		w.kbFact("cni.minor-third-party")
		w.kbFact("cni.minor")
		return w.done(Answer), ""
	}
	if (st.Slots.Application == knowledge.Renewal || st.Slots.Application == "") && b.hasCue(p.Norm, knowledge.CueOldCardMissing) && !p.FoundAgain {
		// "je veux la renouveler mais je ne sais plus où est l'ancienne", "je l'ai jetée à la
		// poubelle, la refaire coûte combien ?": a card that cannot be shown is replaced as a
		// loss, with its stamp.
		st.Slots.Application, st.Slots.RenewalAssumed = knowledge.Loss, false
	}
	if ask := questionSentence(cmp.Or(p.Ask, p.Norm)); st.Slots.Application == knowledge.Theft && asksYesNo(p) && b.hasCue(ask, knowledge.CueDirect) &&
		b.hasCue(ask, knowledge.CueFilingVenue) && !b.hasCue(ask, knowledge.CuePolice) {
		// "on me l'a volée… je peux juste aller à la mairie directement ?": no, the theft is
		// declared to the police or gendarmerie first, whose receipt the town hall asks for.
		w.para(w.t("no"))
		w.kbFact("cni.theft-declaration")
		return w.done(Answer), ""
	}
	s := st.Slots
	if s.ExpiredYears == nil && s.Application == knowledge.Renewal {
		// "une carte cartonnée délivrée en 1998" to renew: how long it has been expired, from
		// the rule of validity, decides the documents as a told expiry would.
		if y, ok := b.expiredYears(s, m.Time); ok {
			s.ExpiredYears = &y
		} else if y, ok := b.expiredSincePrinted(s, m.Time); ok {
			s.ExpiredYears = &y
		} else if b.toldValid(p.Norm) {
			// "un usager vient renouveler sa CNI qui est encore valide": not expired at all.
			zero := 0
			s.ExpiredYears = &zero
		}
	}
	intent := st.Intent
	if b.hasCue(p.Norm, knowledge.CueBecameFrench) && !p.Deceit && !p.Proxy && (s.Application == "" || s.Application == knowledge.FirstApplication) &&
		(intent == "" || intent == nlu.Documents || intent == nlu.FalseDeclaration || intent == nlu.Declare ||
			asksYesNo(p) && (intent == nlu.Where || intent == nlu.Eligibility || intent == nlu.Delay) && b.hasCue(questionSentence(cmp.Or(p.Ask, p.Norm)), knowledge.CueAllowed)) {
		// ("j'ai été naturalisé, mon décret est paru… je peux faire ma carte maintenant ?": yes,
		// a first request, whose papers follow.)
		if asksYesNo(p) && b.hasCue(questionSentence(cmp.Or(p.Ask, p.Norm)), knowledge.CueAllowed) {
			w.para(w.t("yes"))
		}
		// "je suis devenue française par déclaration l'année dernière, je peux demander une
		// carte d'identité ?", "ma déclaration par mariage vient d'être enregistrée, je fais
		// comment pour ma carte ?": a new French national's card is a first request, whose
		// papers answer; the declaration told is the nationality's, neither a false one nor a
		// loss's.
		st.Slots.Application, s.Application = knowledge.FirstApplication, knowledge.FirstApplication
		intent, st.Intent = nlu.Documents, nlu.Documents
	}
	if ask := questionSentence(cmp.Or(p.Ask, p.Norm)); (intent == "" || intent == nlu.Documents || intent == nlu.MinorInfo) && asksYesNo(p) && !p.Deceit &&
		b.hasCue(ask, knowledge.CuePickup) && b.situation(s).Holder == knowledge.Minor && b.matchDocument(ask) == nil {
		// "we applied for our 7 year old's card: does he have to come with us when we pick it
		// up?": who comes to collect a minor's card, which no kind of request changes.
		intent, st.Intent = nlu.Presence, nlu.Presence
	}
	if q := strings.Fields(questionSentence(cmp.Or(p.Ask, p.Norm))); intent == nlu.Photo && (p.Damaged || b.hasCue(p.Norm, knowledge.CueDamage)) && p.Form == nlu.FormHow &&
		!b.hasCue(strings.Join(q[max(0, len(q)-6):], " "), knowledge.CuePhotoWord) {
		// "mon chien a mâchouillé ma carte, la photo est à moitié arrachée, je fais comment pour
		// en avoir une nouvelle ?": the damaged card's photo is the story; a new card, the
		// question. (A photo named in the question's last words is asked: "…comment je fais
		// pour la photo de la nouvelle ?".)
		intent, st.Intent = nlu.Documents, nlu.Documents
	}
	// The facts cite the pages written for the situation, once it is known.
	w.app, w.holder = s.Application, s.Holder
	if s.Abroad != nil && *s.Abroad && b.hasCue(p.Norm, knowledge.CueLive) && s.Application != knowledge.Loss && s.Application != knowledge.Theft &&
		(intent == nlu.Where || intent == nlu.Documents || intent == nlu.Steps || intent == "" || b.answerOf("cni.abroad-where", p) != nil) &&
		// ("mon fils a 8 ans, on habite à Genève, il doit venir au consulat ?": the child's
		// presence, which the consulate asks as a town hall does.)
		!(intent == nlu.Presence && b.situation(s).Holder == knowledge.Minor) {
		// "j'habite à Montréal, ma carte expire, je la renouvelle où ?", "je dois rentrer en
		// France pour la refaire ?": someone living abroad applies at the consulate.
		// ("from here or do I have to fly back?": of two choices, the first is asked.)
		if a, _ := longestAnswer(b.kb.MustFact("cni.abroad-where").Answers, firstChoice(cmp.Or(p.Ask, p.Norm)), 1); a != nil && p.Form == nlu.FormYesNo {
			w.para(b.allowedVerdict(w, p, a.Verdict == "yes"))
		}
		w.kbFact("cni.abroad-where")
		if _, price := b.asksFree(p); price || p.PriceNamed || b.asksPriceSecond(p) {
			// "je peux la refaire au consulat et est-ce que c'est payant ?": the price too.
			b.cniFee(w, s, p, false)
		}
		return w.done(Answer), ""
	}
	if b.travelDocument(w, s, p, m.Time) {
		return w.done(Answer), ""
	}
	if p.Applications == nil && b.hasCue(p.Norm, knowledge.CueMoved) && (p.Form == nlu.FormHow || p.Form == nlu.FormNone && b.hasCue(cmp.Or(p.Ask, p.Norm), knowledge.CueWhatNext)) &&
		(intent == nlu.Documents || intent == nlu.Steps || intent == "") {
		// "on a déménagé, ma carte a toujours l'ancienne adresse : qu'est-ce que je dois faire ?":
		// nothing is required, which the fact on moving says.
		w.kbFact("cni.address-change")
		return w.done(Answer), ""
	}
	if ask := cmp.Or(p.Ask, p.Norm); asksYesNo(p) && (s.CardFormat == knowledge.Plastic || b.hasCue(p.Norm, knowledge.CuePlasticCard)) && b.hasCue(ask, knowledge.CueNewCard) &&
		(b.hasCue(ask, knowledge.CueMandatory) || b.hasCue(ask, knowledge.CueObliged)) && b.hasCue(p.Norm, knowledge.CueValid) &&
		!nlu.Denied(p.Norm, b.kb.Language.Cues[knowledge.CueValid]) && s.PrintedYear == 0 && s.IssueYear == 0 &&
		p.Applications == nil && s.ExpiredYears == nil && !b.hasCue(p.Norm, knowledge.CueCardExpired) {
		// "ma vieille carte plastifiée est encore valable, je suis obligée de passer à la
		// nouvelle ?": no, the new one may replace it (the renewal made for the app), until the
		// European limit of the old model. (A date told gets the card's own validity.)
		w.para(w.t("no"))
		w.kbFact("cni.renewal-digital")
		w.kbFact("cni.eu-2031")
		return w.done(Answer), ""
	}
	if eu, ok := b.kb.Fact("cni.eu-2031"); ok && eu.Until != nil && s.CardFormat == knowledge.Plastic && asksYesNo(p) &&
		(b.hasCue(p.Norm, knowledge.CueTravel) && b.hasCue(p.Norm, knowledge.CueEurope) || b.hasCue(p.Norm, knowledge.CueForeignCountry)) && p.Applications == nil &&
		(s.PrintedYear > eu.Until.Time.Year() && b.hasCue(p.Norm, knowledge.CueToTheEnd) || b.travelYearAfter(p.Norm, eu.Until.Time.Year())) {
		// "l'ancienne carte plastifiée, valide jusqu'en 2033 : je pourrai voyager en Europe avec
		// jusqu'au bout ?", "… je pourrai aller en Espagne avec en 2032 ?": no, the European
		// deadline comes before.
		w.para(w.t("no"))
		w.kbFact(eu.ID)
		return w.done(Answer), ""
	}
	if eu, ok := b.kb.Fact("cni.eu-2031"); ok && eu.Until != nil && s.IssueYear == 0 && s.IssueDate == "" && p.Applications == nil &&
		// ("à partir de 2031", "après 2031": the deadline named, not a date the card shows.)
		// ("les anciennes cartes seront périmées en 2031 ?": the old model's year, told of cards in
		// general, not one's own card's date.)
		(s.PrintedYear == 0 || s.PrintedYear == eu.Until.Time.Year() && !p.OwnCard && containsWord(p.Norm, "anciennes cartes", "les cartes", "old cards") ||
			s.PrintedYear == eu.Until.Time.Year() && containsWord(p.Norm, "a partir de "+strconv.Itoa(s.PrintedYear), "apres "+strconv.Itoa(s.PrintedYear), "des "+strconv.Itoa(s.PrintedYear), "after "+strconv.Itoa(s.PrintedYear), "from "+strconv.Itoa(s.PrintedYear))) &&
		(s.CardFormat == knowledge.Plastic || b.hasCue(p.Norm, knowledge.CuePlasticCard) || containsWord(p.Norm, "anciennes cartes", "ancien modele", "ancien format", "old cards")) &&
		(containsWord(p.Norm, strconv.Itoa(eu.Until.Time.Year())) || b.hasCue(p.Norm, knowledge.CueTravel) && b.hasCue(p.Norm, knowledge.CueEurope)) {
		// "on m'a dit que les anciennes cartes ne marcheront plus pour voyager en Europe à
		// partir de 2031, c'est vrai ?", "jusqu'à quand on pourra voyager en Europe avec
		// l'ancienne carte ?": the European deadline of the old model, whatever card is held.
		if ask := cmp.Or(p.Ask, p.Norm); asksYesNo(p) && (b.hasCue(ask, knowledge.CueInvalid) || containsWord(ask, "marcheront plus", "marchera plus", "ne seront plus", "ne sera plus", "fin des", "ne permettra plus", "ne permettront plus", "no longer")) {
			// A claim in the negative asked as true ("c'est bien vrai qu'elle ne permettra plus
			// de voyager ?") is answered by its positive's verdict, which its truth turns.
			w.para(yesNo(w, !b.negativeClaim(p.Norm)))
		} else if asksYesNo(p) && containsWord(p.Norm, "apres "+strconv.Itoa(eu.Until.Time.Year()), "after "+strconv.Itoa(eu.Until.Time.Year())) {
			// "je pourrai voyager en Europe avec l'ancienne carte après 2031 ?": no.
			w.para(w.t("no"))
		}
		w.kbFact(eu.ID)
		return w.done(Answer), ""
	}
	if first := firstChoice(p.Norm); p.Form == nlu.FormYesNo && b.hasCue(p.Norm, knowledge.CueMoved) && s.Application != knowledge.Loss && s.Application != knowledge.Theft &&
		((b.hasCue(first, knowledge.CueObliged) || b.hasCue(first, knowledge.CueMandatory)) && b.hasCue(first, knowledge.CueInvalid) || b.hasCue(first, knowledge.CueBreach)) {
		// "j'ai déménagé, je suis obligée de refaire ma carte ?", "je suis en infraction si je ne
		// la refais pas ?": no.
		w.para(w.t("no"))
		w.kbFact("cni.address-change")
		return w.done(Answer), ""
	}
	// ("j'habite à Valenciennes… on peut prendre rendez-vous dans une mairie de Lille ?" asks
	// whether a town hall away from home takes the request, not Valenciennes' hours.)
	elsewhere := b.elsewhereAsked(p.Norm, questionSentence(cmp.Or(p.Ask, p.Norm)))
	townAsked := elsewhere || (b.hasCue(p.Norm, knowledge.CueMandatory) || b.hasCue(p.Norm, knowledge.CueObliged)) && b.hasCue(p.Norm, knowledge.CueOwnTown)
	if (intent == nlu.Where || p.Has(nlu.Hours) || p.Has(nlu.Contact)) && s.Place == "Valenciennes" && !p.OtherPlace &&
		!(townAsked && asksYesNo(p) && !p.Has(nlu.Hours) && !p.Has(nlu.Contact)) {
		return b.office(w, st, p, m)
	}
	if b.hasCue(p.Norm, knowledge.CueHomeless) && (intent == nlu.ProofAddress || intent == nlu.Documents || intent == nlu.Steps || intent == nlu.Where || intent == "") &&
		s.Application != knowledge.Loss && s.Application != knowledge.Theft {
		// "je suis à la rue, j'ai plus d'adresse, la mairie me demande un justificatif de
		// domicile": a domiciliation gives one; "je peux quand même avoir une carte ?": yes;
		// "pas d'adresse fixe, comment je peux refaire ma carte ?", whatever facet is read.
		if asksYesNo(p) {
			w.para(w.t("yes"))
		}
		w.kbFact("cni.domiciliation")
		return w.done(Answer), ""
	}
	if p.Form == nlu.FormYesNo && b.hasCue(p.Norm, knowledge.CueDual) && !b.hasCue(p.Norm, knowledge.CueRenounce) && s.Application == "" {
		// "j'ai aussi la nationalité italienne, ça m'empêche d'avoir une carte d'identité
		// française ?": no, a dual national is French like any other.
		w.para(b.allowedVerdict(w, p, true))
		w.kbFact("nat.dual")
		return w.done(Answer), ""
	}
	// ("il y a une erreur dans ma date de naissance sur ma carte, comment la faire changer ?":
	// whatever facet the examples read, the card's mistake is the question.)
	onCard := b.hasCue(p.Norm, knowledge.CueOnCard) || containsWord(p.Norm, "sur ma nouvelle carte", "sur sa nouvelle carte", "sur la nouvelle carte")
	if (intent == nlu.FalseDeclaration || intent == nlu.DoubleNameQ || intent == nlu.CivilStatus || intent == nlu.PreApplication || intent == "" ||
		onCard && (intent == nlu.Documents || intent == nlu.Steps || intent == nlu.What || intent == nlu.Where) ||
		(onCard || p.CardNamed) && containsWord(p.Norm, "fausse carte", "une fausse", "fake")) &&
		b.hasCue(p.Norm, knowledge.CueMistake) && !p.Deceit {
		// ("une faute dans mon nom… c'est comme si j'avais une fausse carte ?": no.)
		if asksYesNo(p) && containsWord(p.Norm, "fausse carte", "une fausse", "fake") {
			w.para(w.t("no"))
		}
		// "j'ai mis un faux numéro par erreur dans ma pré-demande", "une faute dans mon nom sur
		// ma nouvelle carte": a mistake, not a false statement. The pre-application's, what
		// France Titres says of it; the card's, where to report it, since no source says more.
		if p.Has(nlu.PreApplication) {
			w.kbFact("cni.predemande-error")
		} else {
			w.para(w.t("card_error"))
		}
		return w.done(Answer), ""
	}
	if intent == "" {
		intent = nlu.Documents
		if s.Place == "Mus" && s.Application == "" {
			intent = nlu.Where
		}
		st.Intent = intent
	}
	expiring := b.hasCue(p.Norm, knowledge.CueExpiring)
	journey := intent == nlu.Validity && s.TravelFrom != ""
	// "elle expire bientôt, je vais devoir payer pour la renouveler ?" asks the price; "je peux
	// déjà la renouveler ? et ça coûte quelque chose ?" asks first whether it can be done early.
	firstQ := p.Norm
	if i := strings.Index(firstQ, "?"); i > 0 {
		firstQ = firstQ[:i]
	}
	priceAsked := b.hasCue(firstQ, knowledge.CuePaid) || b.hasCue(firstQ, knowledge.CueFree)
	if q := cmp.Or(questionSentence(p.Norm), p.Norm); p.Amount != nil && p.Form == nlu.FormYesNo && (strings.Contains(q, "€") || strings.Contains(q, "euro")) {
		// "…du coup je la renouvelle : c'est toujours 25 € ?": a price claimed is the question.
		priceAsked, intent = true, nlu.Fee
	}
	// "elle expire dans 3 mois, on part fin mars, elle sera encore valable ?" asks its validity.
	validityAsked := b.hasCue(questionSentence(p.Norm), knowledge.CueValid) && (b.hasCue(p.Norm, knowledge.CueTravel) || s.TravelFrom != "")
	// "déjà" asks early in the sentence that asks, unless that sentence asks whether the card is
	// valid ("faite en 2012, j'étais déjà majeur… elle est périmée ou pas ?").
	qs := questionSentence(p.Norm)
	earlyAsked := b.hasCue(cmp.Or(p.Ask, p.Norm), knowledge.CueEarly) &&
		(b.hasCue(qs, knowledge.CueEarly) || b.asksInvalidIn(wordText(qs)) == nil)
	if (s.Application == knowledge.Renewal || s.Application == "" && expiring) && p.Form == nlu.FormYesNo && earlyAsked && !journey &&
		!(priceAsked && intent == nlu.Fee) && !validityAsked {
		// "ma carte expire dans 3 mois, je peux déjà la renouveler ?": a renewal, asked early.
		st.Slots.Application, s.Application = knowledge.Renewal, knowledge.Renewal
		if s.Holder == "" && s.Age == nil && (p.FirstPerson || p.Patron) {
			st.Slots.Holder, s.Holder, st.HolderAssumed = knowledge.Adult, knowledge.Adult, true // "ma carte": the asker's own
		}
		if slices.Contains(p.Named, knowledge.TopicIdentite) || b.hasCue(p.Norm, knowledge.CueNewCard) && s.CardFormat != knowledge.NewFormat {
			// "ma carte est encore valable, je peux déjà avoir la nouvelle pour France Identité ?"
			b.leadVerdict(w, p, "cni.renewal-digital")
			w.kbFact("cni.renewal-digital")
		} else {
			b.leadVerdict(w, p, "cni.renewal-when")
			w.kbFact("cni.renewal-when")
		}
		intent = nlu.Documents
	}
	// "échanger sa vieille carte plastifiée, même encore valide, contre la nouvelle ?": the old
	// card told still valid asks as early as "déjà".
	// (Not "je suis obligée de la changer ?", nor "il n'a pas fait de pré-demande, c'est
	// bloquant ?", which ask a duty.)
	oldHeldValid := s.CardFormat == knowledge.Plastic && b.hasCue(p.Norm, knowledge.CueToldValid) && !p.Has(nlu.PreApplication) &&
		!b.hasCue(cmp.Or(p.Ask, p.Norm), knowledge.CueObliged) && !b.hasCue(cmp.Or(p.Ask, p.Norm), knowledge.CueMandatory)
	if early := p.Form == nlu.FormYesNo && (earlyAsked || oldHeldValid) && s.Application != knowledge.Loss && s.Application != knowledge.Theft && !(priceAsked && intent == nlu.Fee); early &&
		b.hasCue(p.Norm, knowledge.CueNewCard) && s.CardFormat != knowledge.NewFormat && !slices.Contains(w.r.Entries, "cni.renewal-digital") {
		// "ma vieille carte plastifiée est valable jusqu'en 2029, je voudrais la nouvelle : c'est
		// possible de la changer maintenant ?": yes, by the renewal made for it ("je suppose
		// que c'est impossible tant qu'elle n'est pas périmée ?": no).
		w.para(b.allowedVerdict(w, p, true))
		w.kbFact("cni.renewal-digital")
		return w.done(Answer), ""
	} else if early && journey && (strings.Contains(p.Norm, "prolong") || p.Slots.Passport != nil && !*p.Slots.Passport) &&
		(s.Application == knowledge.Renewal || p.Slots.Remake || b.hasCue(p.Norm, knowledge.CueReplace)) {
		// "prolongée, la date est dépassée, pas de passeport, on part en août : je peux la refaire
		// avant l'heure ?": yes, on proof of the journey.
		w.para(w.t("yes"))
		w.kbFact("cni.travel-extended")
		return w.done(Answer), ""
	}
	if same, asked := b.asksSame(p); asked && same && p.AskedApp != "" && s.Application != "" && p.Ask != p.Norm && st.Intent != nlu.Validity &&
		len(strings.Fields(p.Ask)) <= 8 && !p.PriceNamed && p.Amount == nil { // (not "c'est bien 25 € chez nous aussi ?")
		// "je veux la renouveler mais je ne retrouve plus l'ancienne. C'est pareil qu'une
		// perte ?": whether the request told is the one named; then what it takes.
		w.para(yesNo(w, p.AskedApp == s.Application))
		if intent != nlu.Fee {
			intent = nlu.Documents
		}
	}
	// "elle est encore valable jusqu'en 2030": a card held, neither lost nor stolen.
	heldValid := s.PrintedYear > m.Time.Year() && p.Applications == nil
	// "je me suis mariée en juin, je veux le nom de mon mari sur ma carte": a card held, changed.
	renamed := p.Applications == nil && p.OwnCard && b.hasCue(p.Norm, knowledge.CueUsageName)
	// "carte d'identité périmée depuis 6 ans, il faut quoi ?": an expired card held, renewed.
	expired := p.Applications == nil && !p.FoundAgain && b.hasCue(p.Norm, knowledge.CueCardExpired) && !b.hasCue(p.Norm, knowledge.CueOldCardMissing)
	if s.Application == "" && (expiring || heldValid || renamed || expired) && (intent == nlu.Fee || intent == nlu.Documents || intent == nlu.Payment && asksYesNo(p)) {
		// "ma carte expire en janvier, je vais devoir payer ?", "…il faut acheter un timbre
		// fiscal ?": a card that expires is renewed; so is one still valid that the person wants
		// changed ("mettre mon nom d'épouse sur ma carte, encore valable jusqu'en 2030 : c'est
		// payant ?").
		st.Slots.Application, s.Application = knowledge.Renewal, knowledge.Renewal
	}
	if _, price := b.asksFree(p); p.Damaged && p.Form == nlu.FormYesNo && !price && !p.PriceNamed && intent != nlu.Fee &&
		(b.hasCue(p.Norm, knowledge.CueReplace) || containsWord(p.Norm, "refaire", "renouveler", "changer", "replace", "vervangen")) {
		// "ma carte est abîmée, je peux la faire remplacer ?": yes, as a renewal ("c'est payant
		// de la refaire ?" asks the price, whose own verdict answers).
		w.para(w.t("yes"))
		intent = nlu.Documents
	}
	if ask := cmp.Or(p.Ask, p.Norm); s.Holder == knowledge.Minor && s.Parents != "" && s.Parents != knowledge.ParentsTogether &&
		(intent == nlu.MinorInfo || intent == nlu.Presence || intent == nlu.CivilStatus || intent == "") && !b.hasCue(ask, knowledge.CueAccompany) &&
		(b.hasCue(ask, knowledge.CueDocumentsAsked) || b.hasCue(ask, knowledge.CueBring) || b.hasCue(ask, knowledge.CueExtraPaper)) {
		// "je suis divorcée, le petit vit chez moi : il faut quoi en plus ?", "qu'est-ce que je
		// dois lui demander en plus des pièces habituelles ?": the papers the parents' situation
		// adds (the judgment, the other parent's address).
		intent = nlu.Documents
	}
	if ask := firstChoice(upToQuestion(cmp.Or(p.Ask, p.Norm))); asksYesNo(p) && intent != nlu.Where && intent != nlu.Presence && (p.Has(nlu.Where) || !p.Has(nlu.Fee) && !p.Has(nlu.Documents)) &&
		((b.hasCue(ask, knowledge.CueMandatory) || b.hasCue(ask, knowledge.CueObliged) || b.hasCue(ask, knowledge.CueElsewhere)) && (b.hasCue(ask, knowledge.CueOwnTown) || b.hasCue(ask, knowledge.CueTownHallNamed)) ||
			elsewhere && b.hasCue(ask, knowledge.CueAllowed) && (b.hasCue(ask, knowledge.CueHandIn) || b.hasCue(ask, knowledge.CueFilingVerb) || b.hasCue(ask, knowledge.CueAppointment) || b.hasCue(ask, knowledge.CueGoVerb))) &&
		!b.hasCue(ask, knowledge.CuePickup) {
		// "je dois obligatoirement la faire dans la mairie de mon village ? ils n'ont pas la
		// machine pour les empreintes", "il peut déposer sa demande chez nous plutôt que dans sa
		// commune ?": where the request may be made, whatever the story names.
		intent = nlu.Where
	}
	if ask := lastClause(questionSentence(cmp.Or(p.Ask, p.Norm))); p.Form == nlu.FormWhere && intent == nlu.Where && (s.Application == knowledge.Loss || s.Application == knowledge.Theft) &&
		b.hasCue(ask, knowledge.CueDeclareVerb) {
		// "et si je veux pas la refaire tout de suite, je la déclare où ?": where the loss is
		// declared, not where the card is redone.
		intent = nlu.Declare
	}
	if ask := cmp.Or(p.Ask, p.Norm); asksYesNo(p) && intent == nlu.Documents && (p.Slots.IssueYear != 0 || p.Slots.IssueDate != "") &&
		b.hasCue(ask, knowledge.CueObliged) && b.matchDocument(ask) == nil && s.Application != knowledge.Loss && s.Application != knowledge.Theft && !p.Has(nlu.Documents) {
		// "…et mon mari, il doit refaire la sienne aussi ? elle a été faite en février 2012, il
		// avait 40 ans": whether that card must be renewed, which its dates decide, not the
		// papers of the renewal in progress.
		intent = nlu.Validity
	}
	if _, asked := b.asksFree(p); (asked || p.Amount != nil) && (intent == nlu.Documents || intent == nlu.Originals || intent == nlu.Payment && p.Form == nlu.FormYesNo) ||
		p.Amount != nil && asksYesNo(p) && (intent == nlu.Validity || intent == "") {
		// "ma première carte serait payante ? j'avais que mon passeport": its price; so is "ma
		// carte expire en février, le renouvellement c'est 25 balles, c'est vrai ?".
		intent = nlu.Fee
	}
	if p.Form == nlu.FormYesNo && (intent == nlu.Documents || intent == nlu.Originals) && !b.hasCue(p.Norm, knowledge.CueCopy) && s.BothLost == nil && b.proofOfAddressItem(p.Norm) {
		// "mon avis d'imposition est accepté ?", "le relevé de la Caf, ça marche ?": a document of
		// the lists of proofs of address asked about on its own (not about a copy of it) is asked
		// about as one.
		intent = nlu.ProofAddress
	}
	livret := p.Form == nlu.FormYesNo && (intent == nlu.Documents || intent == nlu.CivilStatus) && b.hasCue(p.Norm, knowledge.CueFamilyBook)
	if livret {
		intent = nlu.CivilStatus // "le livret de famille peut remplacer l'acte de naissance ?": no longer a reference
	}
	// "ma vieille carte suffit pour en refaire une ?": is the card to renew enough on its own.
	cardEnough := containsWord(p.Norm, "suffit", "suffira", "suffisant", "suffisante", "enough")
	enough := p.Form == nlu.FormYesNo && s.Application == knowledge.Renewal && (b.hasCue(p.Norm, knowledge.CueEnough) || cardEnough)
	if enough && intent == nlu.Validity {
		intent = nlu.Documents // "périmée depuis 7 ans, elle suffit à elle seule pour le renouvellement ?"
		if s.Holder == "" && s.Age == nil && (p.FirstPerson || p.Patron) {
			st.Slots.Holder, s.Holder, st.HolderAssumed = knowledge.Adult, knowledge.Adult, true // "ma carte": the asker's own
		}
	}
	if doc := b.matchDocument(p.Norm); doc != nil && doc.MaxAgeMonths > 0 && p.Form != nlu.FormYesNo && p.Slots.AgeMonths == nil &&
		(intent == nlu.Documents || intent == nlu.CivilStatus || intent == nlu.Originals) && b.hasCue(p.Norm, knowledge.CueAgeLimit) {
		// "l'acte de naissance, il doit dater de moins de combien ?": the most it may have.
		w.para(w.t("doc_max_age", capitalize(w.text(doc.Label)), strconv.Itoa(doc.MaxAgeMonths)))
		w.fact("doc_max_age_months", strconv.Itoa(doc.MaxAgeMonths), doc.Sources...)
		w.entry("doc:" + doc.ID)
		w.sources(doc.Sources...)
		return w.done(Answer), ""
	}
	if p.Form == nlu.FormYesNo && !livret && !p.Proxy && (intent == nlu.Documents || intent == nlu.CivilStatus || intent == nlu.Originals) {
		// "il faut obligatoirement un acte de naissance ?": that document in the checklist.
		if doc := b.matchDocument(p.Norm); doc != nil && b.limitVerdict(w, p, doc.MaxAgeMonths, doc.Sources) {
			// "l'acte de naissance doit dater de moins de 6 mois ?": the document's own limit.
			w.entry("doc:" + doc.ID)
			return w.done(Answer), ""
		}
		if doc := b.matchDocument(p.Norm); doc != nil && doc.MaxAgeMonths > 0 && p.Slots.AgeMonths != nil &&
			!b.hasCue(p.Norm, knowledge.CueReplace) && !docWithout(p.Norm, doc) {
			// "mon acte de naissance a été délivré en juin, il est encore bon ?": its age against
			// the most it may have.
			age, ok := *p.Slots.AgeMonths, *p.Slots.AgeMonths < doc.MaxAgeMonths
			w.para(w.t(verdictKey("doc_age_"+strconv.FormatBool(ok), b.asksTooOld(p)), strconv.Itoa(doc.MaxAgeMonths), strconv.Itoa(age)))
			w.fact("doc_age_ok", strconv.FormatBool(ok), doc.Sources...)
			w.entry("doc:" + doc.ID)
			return w.done(Answer), ""
		}
		doc := b.matchDocument(p.Norm)
		if doc == nil && p.Ask != "" && !strings.Contains(p.Norm, p.Ask) {
			doc = b.matchDocument(p.Ask) // the last question asked again ("correction : périmée depuis 7 ans")
		}
		if doc == nil && enough {
			doc = b.document("current-card") // "elle suffit ?": the card to renew
		}
		// "je n'ai pas d'acte de naissance mais j'ai un passeport valide, ça suffit ?": the
		// document lacked, what the writer has instead asked to be enough.
		// (A lack told in a sentence of its own is the story's, unless it is the document's own:
		// "Ma femme n'a jamais eu de carte. Son passeport périmé depuis 4 ans, elle peut quand
		// même s'en servir ?", but "Je n'ai jamais eu ni carte ni passeport. Je peux quand même…".)
		without := doc != nil && (b.asksWithout(cmp.Or(p.Ask, p.Norm)) || b.asksWithout(p.Norm) && nlu.Denied(p.Norm, doc.Match) ||
			docWithout(p.Norm, doc) || b.docSpared(p.Norm, doc) || cardEnough && nlu.Denied(p.Norm, doc.Match))
		if doc != nil && s.Application != "" && (b.hasCue(p.Norm, knowledge.CueEnough) || cardEnough && doc.ID == "current-card") && !without {
			// "ma vieille carte suffit à elle seule pour le renouvellement ?": no when the
			// checklist asks for more, and the checklist says what.
			if cl := rules.CNIChecklist(b.kb, b.situation(s)); len(cl.Missing) == 0 {
				enough := !slices.ContainsFunc(cl.Items, func(it rules.ChecklistItem) bool { return it.Doc.ID != doc.ID && it.Doc.ID != "predemande" })
				w.para(w.t(ternary(enough, "doc_enough_yes", "doc_enough_no"), w.text(doc.Label)))
				w.fact("doc_enough", strconv.FormatBool(enough), doc.Sources...)
				intent = nlu.Documents
			}
		} else if doc != nil && b.documentVerdict(w, s, doc, without, b.matchDocument(lastClause(cmp.Or(p.Ask, p.Norm))) == doc) {
			if s.Application == "" || b.situation(s).Holder == "" {
				return w.done(Answer), "" // the question is answered; the full list needs more
			}
			intent = nlu.Documents
		}
	}
	if intent == nlu.Validity && p.Slots.AgeMonths != nil && s.IssueYear == 0 && s.IssueDate == "" && s.PrintedYear == 0 && s.PrintedEnd == "" {
		// "ma photo faite il y a 5 mois est encore valable ?": the validity of the photo or of the
		// proof the message speaks of, not of the card.
		switch {
		case p.Has(nlu.Photo):
			intent = nlu.Photo
		case p.Has(nlu.ProofAddress):
			intent = nlu.ProofAddress
		}
		st.Intent = intent // "et celle de mon fils, 7 mois ?" follows on the photo
	}
	if (intent == nlu.Presence && p.Has(nlu.ProtectedQ) || s.Holder == knowledge.Protected && asksYesNo(p) && b.alone(p) && (intent == nlu.Documents || intent == nlu.Presence || intent == "")) && !p.Has(nlu.Photo) {
		// "un administré sous tutelle peut-il déposer seul sa demande ?": who applies for a
		// protected adult, and who comes, is what the fact on protected adults says.
		intent = nlu.ProtectedQ
	}
	// ("Qu'est-ce que je dois lui demander en plus ?", "Il lui faut quoi en plus ?" ask what,
	// whatever presence the story tells.)
	if asksYesNo(p) && !asksWh(p.Norm) && !b.hasCue(questionSentence(p.Norm), knowledge.CueDocumentsAsked) && b.situation(s).Holder == knowledge.Minor && ((b.alone(p) || p.Has(nlu.Presence) || b.bringsChild(p.Norm)) && (intent == nlu.Documents || intent == nlu.Where || intent == "") ||
		b.alone(p) && intent == nlu.Validity && b.hasCue(cmp.Or(p.Ask, p.Norm), knowledge.CueAlone) || // "ma carte expire en janvier, je peux la renouveler tout seul ?"
		(b.withoutChildNamed(p.Norm) || b.withoutChild(p.Norm)) && (intent == nlu.Documents || intent == nlu.Where || intent == nlu.MinorInfo || intent == "")) {
		// "ma fille de 16 ans peut aller déposer sa demande toute seule ?": whether she may come
		// alone, a question of presence; so are "faut vraiment que j'amène mon bébé au rdv ?",
		// "déposer la demande de son bébé sans le bébé, ça passe ?" and "…sans la ramener,
		// possible ?".
		intent = nlu.Presence
	}
	if asksYesNo(p) && intent == nlu.Fingerprints && p.Ask != "" && b.bringsChild(p.Ask) && !b.parser.Parse(p.Ask, m.Time).Has(nlu.Fingerprints) {
		// "faut vraiment ramener le bébé à la mairie ? On va pas lui prendre ses empreintes":
		// the question asks whether the child comes; the fingerprints are the story's reason.
		intent = nlu.Presence
	}
	if (intent == nlu.Documents || intent == "") && b.hasCue(p.Norm, knowledge.CueNotCollected) && s.Application == "" {
		// "des cartes pas retirées depuis plus de 3 mois dans le coffre, on en fait quoi ?":
		// what happens to a card not collected.
		intent = nlu.PickupDeadline
	}
	if asksYesNo(p) && s.ReadyDays != nil && (intent == nlu.Eligibility || intent == nlu.Presence || intent == "") && b.hasCue(cmp.Or(p.Ask, p.Norm), knowledge.CuePickup) &&
		(b.hasCue(p.Norm, knowledge.CueStill) || b.hasCue(p.Norm, knowledge.CueTooLate) || p.LaterDays > 0) {
		// "le SMS disait qu'elle était disponible début juillet… je peux encore passer la
		// chercher ?": whether it is still kept, the time it has waited told ("… je peux passer
		// la chercher mi-janvier ?": whether it will still be kept then).
		intent = nlu.PickupDeadline
	}
	if asksYesNo(p) && b.hasCue(cmp.Or(p.Ask, p.Norm), knowledge.CuePickup) && (p.OtherPlace || b.hasCue(p.Norm, knowledge.CueElsewhere)) &&
		(b.hasCue(p.Norm, knowledge.CueFiled) || containsWord(p.Norm, "n importe quelle mairie", "nimporte quelle mairie", "n importe quel guichet", "toutes les mairies", "any town hall")) &&
		!b.hasCue(p.Norm, knowledge.CueOwnTown) && s.Application != knowledge.Loss && s.Application != knowledge.Theft {
		// "déposée à Bordeaux, je pourrai la récupérer à la mairie de Lille ?", "je récupère la
		// carte dans n'importe quelle mairie ?": no, the card is collected where the request was
		// made (the presence fact).
		b.pickupPlaceVerdict(w, false, s.Holder)
		w.kbFact("cni.presence")
		return w.done(Answer), ""
	}
	if ask := cmp.Or(p.Ask, p.Norm); asksYesNo(p) && slices.Contains(st.LastFacts, "apply_elsewhere=true") && b.hasCue(ask, knowledge.CuePickup) && b.hasCue(ask, knowledge.CueOwnTown) &&
		s.Application != knowledge.Loss && s.Application != knowledge.Theft {
		// After "je peux la faire dans une autre ville ?" (yes), "et pour la récupérer, je pourrai
		// passer dans ma mairie à moi ?": no, the card is collected where the request was made.
		b.pickupPlaceVerdict(w, false, s.Holder)
		w.kbFact("cni.presence")
		return w.done(Answer), ""
	}
	if ask := cmp.Or(p.Ask, p.Norm); asksYesNo(p) && st.Turns > 0 && p.TownAsked != "" && b.hasCue(ask, knowledge.CuePickup) && !b.hasCue(p.Norm, knowledge.CueOwnTown) &&
		s.Application != knowledge.Loss && s.Application != knowledge.Theft {
		// After where to apply, "et je pourrai la récupérer à Villeurbanne ?": no, the card is
		// collected where the request was made; "je devrai retourner à Lyon ?": yes, there.
		b.pickupPlaceVerdict(w, b.hasCue(ask, knowledge.CueGoBack), s.Holder)
		w.kbFact("cni.presence")
		return w.done(Answer), ""
	}
	if first := firstChoice(questionSentence(p.Norm)); asksYesNo(p) && (b.hasCue(first, knowledge.CueObliged) || b.hasCue(first, knowledge.CueMandatory)) &&
		b.hasCue(p.Norm, knowledge.CueUsageName) && b.saysMarried(p.Norm) && !p.Deceit && !p.Has(nlu.DoubleNameQ) && intent != nlu.DoubleNameQ {
		// (A child's two names, "il faut l'accord du papa ?", are another question.)
		// "ma fille vient de se marier, elle est obligée de refaire sa carte pour y mettre le nom
		// de son mari ?": no, the spouse's name is a choice.
		w.para(w.t("no"))
		w.kbFact("cni.spouse-name")
		return w.done(Answer), ""
	}
	if ask := cmp.Or(p.Ask, p.Norm); asksYesNo(p) && b.hasCue(ask, knowledge.CuePickup) && b.hasCue(ask, knowledge.CueOwnTown) &&
		(b.hasCue(st.LastAsk, knowledge.CueElsewhere) || b.hasCue(st.LastAsk, knowledge.CueOurOffice) || b.hasCue(p.Norm, knowledge.CueElsewhere)) {
		// "il dépose chez nous… — et pour le retrait, il pourra récupérer sa carte dans sa propre
		// mairie ?": no, the card is collected where the request was made.
		w.para(w.t("no"))
		w.kbFact("cni.presence")
		return w.done(Answer), ""
	}
	if b.nonParentActs(p, s) {
		// "je suis la grand-mère, je peux faire sa carte moi-même ?": who applies for a minor.
		intent = nlu.MinorInfo
	} else if (p.Proxy || p.HolderAway && (intent != nlu.Photo || b.asksWithout(cmp.Or(p.Ask, p.Norm)) || b.hasCue(p.Norm, knowledge.CueFilingVerb))) && p.Form == nlu.FormYesNo &&
		(intent == nlu.MinorInfo || intent == nlu.Documents || intent == nlu.Photo || intent == nlu.Originals ||
			intent == nlu.Where && (p.Proxy || p.HolderAway) ||
			intent == nlu.ProtectedQ && (s.Holder != knowledge.Protected || p.HolderAway && b.asksWithout(cmp.Or(p.Ask, p.Norm)))) {
		// "je peux faire la carte de mon fils à sa place ?": whether someone may act for the
		// holder is a question of presence, whoever the holder is. ("On peut prendre le dossier
		// sans elle ? elle est hospitalisée": the holder away, not a place asked. A photo asked
		// of someone in a care home, "elle est acceptée ?", asks of the photo.)
		intent = nlu.Presence
	}
	// ("…il doit montrer quoi pour prouver la nationalité ? son acte de naissance suffit ?": the
	// proof asked first, a paper's yes or no after it.)
	if (b.nationalityProofAsked(st, p) || intent == nlu.Documents && b.citedLast(st, "nat.certificate") && s.Application != knowledge.Renewal) &&
		(p.Form != nlu.FormYesNo || b.hasCue(firstChoice(p.Norm), knowledge.CueProveNationality) && strings.Count(p.Norm, "?") > 1) {
		// "je suis devenu français à 18 ans, comment je le prouve pour ma carte ?": the
		// certificate of nationality, then the papers of a first request. So too "il lui faut
		// quoi pour faire sa carte ?" after the answer that he became French by himself.
		w.kbFact("nat.certificate")
		intent = nlu.Documents
		if s.Application == "" {
			st.Slots.Application, s.Application = knowledge.FirstApplication, knowledge.FirstApplication
		}
	}
	if ask := cmp.Or(p.Ask, p.Norm); p.Form == nlu.FormYesNo && (intent == nlu.Presence || intent == nlu.Where || intent == "") &&
		(b.hasCue(ask, knowledge.CueBook) || b.hasCue(ask, knowledge.CueWalkIn)) && !b.hasCue(p.Norm, knowledge.CuePickup) && !containsWord(ask, "avant de", "before") && !elsewhere {
		// "faut prendre rdv ou on peut venir comme ça ?": the town hall's way, which the place's
		// fact says is often by appointment only (not "je dois déclarer la perte avant de
		// prendre rdv ?", which asks of the declaration).
		w.para(w.t("depends_town_hall"))
		w.kbFact("cni.where")
		return w.done(Answer), ""
	}
	switch intent {
	case nlu.Fee:
		if askedFree, asked := b.asksFree(p); asked && asksYesNo(p) && s.Application != knowledge.Loss && s.Application != knowledge.Theft &&
			containsWord(cmp.Or(p.Ask, p.Norm), "pre demande", "predemande", "pre-demande", "pre application", "pre-application") && !b.hasCue(cmp.Or(p.Ask, p.Norm), knowledge.CueStamp) {
			// (The pre-application named in the sentence that asks: the facet the examples read,
			// "predemande", also covers a stamp bought online.)
			// "la pré-demande sur le vrai site, elle est payante ?": the pre-application itself,
			// free on the official site. (After a loss, its stamp is the price asked.)
			w.para(yesNo(w, askedFree))
			w.kbFact("cni.predemande-sites")
			return w.done(Answer), ""
		}
		if a := b.answerOf("cni.stamp-forms", p); a != nil && asksYesNo(p) {
			// "un usager me présente son timbre reçu par SMS, un numéro à 16 chiffres. C'est
			// recevable ?": the stamp's forms, not its price.
			w.para(yesNo(w, a.Verdict == "yes"))
			w.kbFact("cni.stamp-forms")
			return w.done(Answer), ""
		}
		ask := cmp.Or(p.Ask, p.Norm)
		differs := b.hasCue(ask, knowledge.CueDiffers) || b.hasCue(ask, knowledge.CueChanged)
		// ("le prix change selon le cas ?" is a yes/no question, whatever its word of price makes
		// of its form; "quelle est la différence de prix…" and "ça change quoi ?" are none.)
		verdict := (asksYesNo(p) || b.hasCue(ask, knowledge.CueSame) || differs && p.Form == nlu.FormHowMuch) && !b.hasCue(ask, knowledge.CueDifferenceAsked)
		if p.ComparedApp != "" && s.Application != "" && s.Application != p.ComparedApp {
			// "(je l'ai perdue) et le prix c'est le même que pour un vol ?": the case's fee and
			// the one compared with, and whether they are the same.
			return b.cniFeeCompared(w, s, []knowledge.Application{s.Application, p.ComparedApp}, verdict, differs)
		}
		kinds := distinctApplications(p.Applications)
		// ("c'est payant aussi ?" adds to what was said; "c'est pareil ?" compares.)
		samePrice := b.hasCue(ask, knowledge.CueSame) && b.hasCue(ask, knowledge.CuePrice) && !b.hasCue(ask, knowledge.CueAdditive)
		if prior := cmp.Or(st.before.Application, st.PriorApplication); len(kinds) < 2 && (differs || samePrice) && prior != "" && s.Application != "" {
			if prior == s.Application {
				prior = st.PriorApplication
			}
			if prior != "" && prior != s.Application {
				// "(elle a perdu sa carte) et si elle lui avait été volée, le prix serait
				// différent ?", "ah non, je l'ai juste perdue, pas volée. Ça change le prix ?", "(…
				// en fait volée) et le prix c'est pareil ?": the request told before and the one
				// told now.
				kinds = []knowledge.Application{prior, s.Application}
			}
		}
		if len(kinds) >= 2 && (differs || samePrice || asksYesNo(p) && b.hasCue(ask, knowledge.CueSame)) {
			// "la mienne est périmée, elle a perdu la sienne. On va payer pareil toutes les
			// deux ?", "volée ou perdue, je ne sais pas : le prix change selon le cas ?": the fee
			// of each request told, and whether they are the same.
			return b.cniFeeCompared(w, s, kinds, verdict, differs)
		}
		if s.Application == "" && len(p.Applications) == 0 && b.hasCue(p.Norm, knowledge.CueUsageName) && b.hasCue(p.Norm, knowledge.CueMarried) {
			// "je me suis mariée en juillet, je veux mon nom d'épouse sur la carte, c'est
			// payant ?": the card held, remade with the new name, is renewed.
			st.Slots.Application, s.Application = knowledge.Renewal, knowledge.Renewal
		}
		if s.Application == "" || s.RenewalAssumed && b.bareRemake(p) {
			// ("je dois refaire ma carte, ça coûte combien ?": nothing says why, and a loss or a
			// theft costs what a renewal does not.)
			return b.cniFeeByApplication(w, s, p)
		}
		b.cniFee(w, s, p, true)
	case nlu.Documents:
		if ask := cmp.Or(p.Ask, p.Norm); asksYesNo(p) && b.hasCue(p.Norm, knowledge.CueBecameFrench) && b.hasCue(firstChoice(ask), knowledge.CueAllowed) && !p.Deceit {
			// "je viens d'être naturalisé, je peux demander ma première carte ?": yes, French now;
			// the first request's papers follow.
			w.para(w.t("yes"))
		}
		return b.cniChecklist(w, s, p)
	case nlu.Validity:
		if p.Form == nlu.FormYesNo && p.Slots.PrintedYear != 0 && (p.Slots.IssueYear != 0 || p.Slots.IssueDate != "") &&
			containsWord(cmp.Or(p.Ask, p.Norm), "jusqu en "+strconv.Itoa(p.Slots.PrintedYear), "until "+strconv.Itoa(p.Slots.PrintedYear), "tot "+strconv.Itoa(p.Slots.PrintedYear)) &&
			b.untilClaimed(w, s, p, m.Time) {
			// "ma carte format carte bancaire faite en septembre 2022 va bien jusqu'en 2037 ?":
			// the year claimed against the one its issue gives.
			return w.done(Answer), ""
		}
		if ask := cmp.Or(p.Ask, p.Norm); (s.Application == knowledge.Loss || s.Application == knowledge.Theft) && asksYesNo(p) && !p.FoundAgain &&
			(b.hasCue(ask, knowledge.CueStill) || b.hasCue(ask, knowledge.CueValid)) && p.Slots.IssueYear == 0 && p.Slots.IssueDate == "" &&
			!b.hasCue(ask, knowledge.CueNewCard) {
			// "on m'a volé ma carte, elle est toujours valable ?": the card lost or stolen, not the
			// one that replaces it; declared, it is invalid for good.
			w.para(w.t("lost_card_invalid"))
			w.kbFact("cni.found-after-declaration")
			return w.done(Answer), ""
		}
		if cards := cardsTold(p.Norm); len(cards) >= 2 && b.hasCue(cmp.Or(p.Ask, p.Norm), knowledge.CueWhichOne) {
			// "moi je l'ai eue en 2012, j'avais 30 ans ; mon frère en 2013, il avait 16 ans :
			// lequel de nous deux a encore une carte valable ?": each card's own validity.
			return b.cardsCompared(w, s, cards, m.Time)
		}
		start := len(w.r.Blocks)
		r, pending := b.cniValidity(w, st, p, m)
		if r.Kind == Answer {
			if !b.extensionVerdict(w, st, p, start) {
				b.validYearsVerdict(w, p, start)
			}
			r = w.done(Answer)
		}
		return r, pending
	case nlu.Delay:
		if asksYesNo(p) && b.hasCue(p.Norm, knowledge.CueSameDay) {
			// "je repars avec ma carte le jour même ?": no, it is made after the application and
			// collected at a second visit (see who comes, to apply and to collect).
			w.para(w.t("no"))
			w.kbFact("cni.presence")
		}
		w.kbFact("cni.delay")
		w.kbFact("cni.pickup-deadline")
	case nlu.Where:
		if s.Application == knowledge.Theft && p.Form == nlu.FormWhere {
			// "on a volé sa carte, elle doit aller où ?": to the police first.
			w.kbFact("cni.theft-declaration")
		}
		if s.Abroad != nil && *s.Abroad && s.Application != knowledge.Theft && s.Application != knowledge.Loss {
			// "je vis à Montréal, où je peux la refaire sans rentrer en France ?": the consulate.
			w.kbFact("cni.abroad-where")
			break
		}
		if asked := strings.ReplaceAll(questionSentence(cmp.Or(p.Ask, p.Norm)), ",", " "); p.Form == nlu.FormWhere && strings.Contains(asked, " ou ") {
			// "et je dépose ça où, à la préfecture ?": the place guessed after the question, a
			// yes or a no as if asked alone.
			guess := asked[strings.LastIndex(asked, " ou ")+4:]
			for _, office := range b.kb.Language.Cues[knowledge.CueFilingVenue] {
				if containsWord(guess, office) {
					w.para(yesNo(w, containsWord(knowledge.Normalize(w.text(b.kb.MustFact("cni.where").Text)), office)))
					break
				}
			}
		}
		if s.Place == "Mus" && !p.OtherPlace {
			b.leadVerdict(w, p, "cni-mus.appointment")
			w.kbFact("cni-mus.appointment")
			w.kbFact("cni-mus.prefecture")
		} else if asksYesNo(p) {
			// "je peux la faire dans une autre ville ?": any equipped town hall, so yes; "à la
			// mairie de mon village ?": only if it is equipped.
			asked := firstChoice(upToQuestion(cmp.Or(p.Ask, p.Norm)))
			office := b.sentToOffice(asked)
			named, _ := b.placeAsked(p.Norm, asked)
			switch {
			case office != "" && office != "consulat" && office != "ambassade" && !b.hasCue(p.Norm, knowledge.CuePickup):
				// "je suis obligé d'aller à la préfecture ?": whether the place the question
				// sends the person to is one the fact names.
				w.para(yesNo(w, containsWord(knowledge.Normalize(w.text(b.kb.MustFact("cni.where").Text)), office)))
			case (b.hasCue(asked, knowledge.CueMandatory) || b.hasCue(asked, knowledge.CueObliged)) && (b.hasCue(asked, knowledge.CueOwnTown) || b.hasCue(asked, knowledge.CueTownHallNamed) || named) &&
				!b.hasCue(asked, knowledge.CuePickup):
				// "je bosse à Lyon, je suis obligé de la faire dans ma commune ?", "on doit la
				// renvoyer vers sa propre mairie ?", "je suis obligée de la faire à la mairie de
				// Roubaix ?": no, any equipped one, whatever other town the story names.
				w.para(w.t("no"))
			case p.Patron && b.hasCue(p.Norm, knowledge.CueOurOffice):
				// "usager domicilié dans le 69, rdv chez nous à Marseille, recevable ?": yes, any
				// equipped town hall, and the one asking takes requests.
				w.para(b.allowedVerdict(w, p, true))
			case b.hasCue(cmp.Or(p.Ask, p.Norm), knowledge.CuePickup) && b.hasCue(p.Norm, knowledge.CueFiled):
				// "j'ai déposé mon dossier à Nîmes… je pourrai la retirer à Montpellier ?": no,
				// the card is collected where the request was made (the presence fact).
				w.para(w.t("no"))
				w.kbFact("cni.presence")
			case p.OtherPlace || b.hasCue(p.Norm, knowledge.CueHomeContrast) || elsewhere && b.hasCue(asked, knowledge.CueAllowed) ||
				b.hasCue(p.Norm, knowledge.CueHomeUnequipped) && b.hasCue(asked, knowledge.CueAllowed) && !b.hasCue(asked, knowledge.CuePickup):
				// ("je peux déposer ma demande là-bas alors que j'habite à Grenoble ?", "mon père
				// habite un village dont la mairie ne fait pas les cartes : il peut la faire dans
				// la mairie de ma ville ?": a town hall away from home.)
				w.para(b.allowedVerdict(w, p, true))
				w.fact("apply_elsewhere", "true", b.kb.MustFact("cni.where").Sources...)
			case b.hasCue(p.Norm, knowledge.CueMandatory) || b.hasCue(p.Norm, knowledge.CueObliged) && b.hasCue(p.Norm, knowledge.CueOwnTown):
				// "on est obligé de la faire dans sa propre mairie ?": no, any equipped one.
				w.para(w.t("no"))
			default:
				w.para(w.t("depends_where"))
			}
		}
		w.kbFact("cni.where")
		w.kbFact("cni.predemande")
	case nlu.Photo:
		if !b.ageVerdict(w, p, "cni.photo", "photo") && p.Form == nlu.FormYesNo {
			if f, held := b.quantityVerdict(p, []string{"cni.photo"}); f != nil {
				w.para(yesNo(w, held)) // "il faut 2 photos ?": the fact's own count settles it
			} else if a := b.answerOf("cni.photo", p); a != nil {
				// "je suis obligée de garder mes lunettes sur la photo ?": the rule's own answer,
				// before the photo every card needs.
				w.para(b.allowedVerdict(w, p, a.Verdict == "yes"))
			} else if (b.hasCue(p.Norm, knowledge.CueObliged) || b.hasCue(p.Norm, knowledge.CueMandatory)) && !b.asksWithout(p.Norm) {
				w.para(w.t("yes")) // "et pour mon bébé de 6 mois il faut aussi une photo ?": every card has one
			}
		}
		w.kbFact("cni.photo")
	case nlu.Fingerprints:
		b.fingerprintsVerdict(w, s, p)
		w.kbFact("cni.fingerprints")
		w.kbFact("cni.presence")
	case nlu.Presence:
		// (Read in the whole message: the companion is often told before "c'est bon ?".)
		housebound := b.hasCue(p.Norm, knowledge.CueHousebound) || b.hasCue(p.Norm, knowledge.CueHomeVisit)
		// (A follow-up asked of another child, "et pour son grand frère de 14 ans ?", names
		// whom the question is asked of, not who comes with them.)
		companion := p.Norm
		if p.Carried {
			companion = p.Ask
		}
		if a, _ := longestAnswer(b.kb.MustFact("cni.minor").Answers, companion, 1); housebound && b.hasCue(cmp.Or(p.Ask, p.Norm), knowledge.CueHomeVisit) && p.Form == nlu.FormYesNo {
			// "il est en EHPAD, quelqu'un de la mairie peut venir sur place ?": where a mobile
			// device is offered.
			w.para(w.t("depends_town_hall"))
		} else if a != nil && p.Form == nlu.FormYesNo && b.situation(s).Holder == knowledge.Minor {
			// "un ado de 15 ans vient avec sa grand-mère, c'est bon ?": no, a parent with
			// parental authority (or the guardian) applies and comes with them; "je peux faire sa
			// carte sans son père ?": yes, one parent does.
			w.para(b.allowedVerdict(w, p, a.Verdict == "yes"))
		} else {
			b.presenceVerdict(w, s, p)
		}
		if housebound {
			w.kbFact("cni.mobile-station")
		}
		if b.situation(s).Holder == knowledge.Minor {
			w.kbFact("cni.minor") // who applies for a minor, and comes with them
		}
		w.kbFact("cni.presence")
		w.kbFact("cni.fingerprints")
		w.kbFact("cni.pickup-deadline")
	case nlu.PreApplication:
		if p.Form == nlu.FormYesNo && (b.hasCue(p.Norm, knowledge.CueNewCard) && s.CardFormat != knowledge.NewFormat || slices.Contains(p.Named, knowledge.TopicIdentite)) &&
			s.Application != knowledge.Loss && s.Application != knowledge.Theft {
			// "l'usager veut échanger sa vieille carte encore valable contre la nouvelle, il n'a
			// pas fait de pré-demande, c'est bloquant ?": for that renewal the pre-request is
			// required, as its fact says; "sans pré-demande ?" gets the no.
			w.para(yesNo(w, !b.asksWithout(p.Norm)))
			w.kbFact("cni.renewal-digital")
			w.kbFact("cni.predemande")
			break
		}
		if first := firstChoice(questionSentence(p.Norm)); p.Form == nlu.FormYesNo && b.hasCue(first, knowledge.CueAllowed) && !b.hasCue(first, knowledge.CueObliged) &&
			!b.hasCue(first, knowledge.CueMandatory) && !b.asksWithout(p.Norm) && !b.hasCue(p.Norm, knowledge.CueLacking) {
			// "je peux faire la pré-demande sur internet / avec mon téléphone ?": yes, it is done
			// online; the fact's no answers whether it is required.
			w.para(w.t("yes"))
		} else if ask := cmp.Or(p.Ask, p.Norm); p.Form == nlu.FormYesNo && p.Has(nlu.Presence) && b.hasCue(lastClause(ask), knowledge.CueObliged) {
			// "j'ai fait la pré-demande sur internet, je dois quand même me déplacer ?": the
			// pre-request is done online, the application in person, whoever applies.
			n := len(w.r.Blocks)
			if b.presenceVerdict(w, s, p); len(w.r.Blocks) == n {
				w.para(w.t("presence_yes"))
			}
			w.kbFact("cni.presence")
		} else {
			b.leadVerdict(w, p, "cni.predemande")
		}
		w.kbFact("cni.predemande")
		w.kbFact("cni.where")
	case nlu.ProofAddress, nlu.HostedQ:
		b.proofOfAddress(w, s, p)
	case nlu.FalseDeclaration:
		w.kbFact("cni.false-declaration")
	case nlu.DoubleNameQ:
		if b.hasCue(p.Norm, knowledge.CuePartnership) && !b.saysMarried(p.Norm) && b.situation(s).Holder != knowledge.Minor {
			// "je suis pacsée, je peux mettre le nom de mon conjoint ?": no, which the spouse's
			// name fact says of a PACS.
			if p.Form == nlu.FormYesNo {
				w.para(w.t("no"))
			}
			w.kbFact("cni.spouse-name")
			break
		}
		if b.saysMarried(p.Norm) && b.situation(s).Holder != knowledge.Minor {
			// "mettre le nom de mon mari sur ma carte ?": a spouse's name, not a child's two names.
			b.leadVerdict(w, p, "cni.spouse-name")
			w.kbFact("cni.spouse-name")
			break
		}
		if p.Form == nlu.FormYesNo && b.hasCue(cmp.Or(p.Ask, p.Norm), knowledge.CueBreach) {
			// "ajouter mon nom à côté de celui de son père, c'est pas considéré comme une
			// falsification ?": no, a name the law allows.
			w.para(b.allowedVerdict(w, p, true))
		} else if q := questionSentence(p.Norm); p.Form == nlu.FormYesNo && b.consentTold(p) && b.hasCue(q, knowledge.CueAllowed) &&
			!b.hasCue(q, knowledge.CueObliged) && !b.hasCue(q, knowledge.CueSuffices) {
			// "nos deux noms accolés sur sa carte. Son père est d'accord. C'est possible ?": yes,
			// with the agreement the fact asks for, told. ("…il est d'accord. Il faut quand même
			// un papier signé ?" asks of the paper.)
			w.para(w.t("yes"))
		} else if p.Form == nlu.FormYesNo && (b.hasCue(p.Norm, knowledge.CueConsentMissing) || b.parentAlone(p.Norm) && b.namesOtherParent(p.Norm)) {
			// "le père n'a rien signé, peut-elle le faire seule ?", "il n'est pas d'accord, je peux
			// quand même ?": a parent may add their own name alone, informing the other; the
			// rest takes both parents' agreement (the fact's rule).
			w.para(yesNo(w, !agreementNeeded(p.Norm)))
		} else if p.Form == nlu.FormYesNo && (b.hasCue(p.Norm, knowledge.CueConsent) || b.asksWithout(p.Norm) && b.hasCue(p.Norm, knowledge.CueOtherParent)) &&
			!consentGiven(p.Norm) {
			// "son père doit être d'accord ?": only to replace the name, reverse the order or add
			// the other parent's name; "je peux le faire sans son père ?": yes, to add one's own.
			w.para(yesNo(w, agreementNeeded(p.Norm) != b.asksWithout(p.Norm)))
		} else if p.Form == nlu.FormYesNo && containsWord(p.Norm, "nom", "noms", "name", "names", "naam", "namen") {
			// "on voudrait que notre fille ait nos deux noms, c'est possible ?": yes, on the
			// conditions of the fact (not "nos deux adresses", another question).
			w.para(w.t("yes"))
		}
		w.kbFact("cni.double-name")
	case nlu.Declare:
		// "pas encore de plainte. on peut faire la déclaration de vol au guichet ?": the place the
		// question names.
		// (In the clause that names the counter: "il n'est pas allé à la police. Il voudrait faire
		// la déclaration chez nous au guichet. C'est possible ?")
		q := cmp.Or(p.Ask, questionSentence(p.Norm))
		atCounter := slices.ContainsFunc(clauses(q), func(c string) bool {
			// ("une déclaration de vol avant d'aller à la mairie pour la refaire ?": the town
			// hall comes after the declaration, it is not where it is made.)
			for _, later := range []string{" avant d", " avant de ", " before ", " voordat "} {
				c, _, _ = strings.Cut(c, later)
			}
			return b.hasCue(c, knowledge.CueCounter) && !b.hasCue(c, knowledge.CuePolice)
		})
		switch s.Application {
		case knowledge.Loss:
			if p.Form == nlu.FormYesNo && len(p.Applications) > 1 && p.Applications[0] == knowledge.Theft {
				// "on m'a volé ma carte, je peux juste la déclarer perdue ?": no, a theft is
				// declared to the police or the gendarmerie.
				w.para(w.t("no"))
				w.kbFact("cni.theft-declaration")
				break
			}
			// Declared at the counter when applying at once: no need for the police; "je la
			// déclare à la mairie en même temps ?" yes. A question that names no place ("et si
			// c'est une perte ?") gets the rule without a verdict.
			// A loss question that names the police anywhere asks about the police: "suis-je
			// obligé de passer au commissariat…, sachant que je refais la demande en mairie ?".
			if police := b.hasCue(q, knowledge.CuePolice); p.Form == nlu.FormYesNo && (atCounter || police) {
				w.para(yesNo(w, atCounter && !police))
			}
			w.kbFact("cni.loss-declaration")
		case knowledge.Theft:
			if p.Form == nlu.FormYesNo {
				// "il faut déclarer le vol ?" yes; "sans déclaration, quand même ?" no; "je le
				// déclare à la mairie en déposant le dossier ?" no, to the police.
				w.para(yesNo(w, !b.asksWithout(p.Norm) && !atCounter))
			}
			w.kbFact("cni.theft-declaration")
		default:
			w.kbFact("cni.loss-declaration")
			w.kbFact("cni.theft-declaration")
		}
	case nlu.PickupDeadline:
		b.pickupVerdict(w, s, p)
		if len(w.r.Blocks) == 0 && asksYesNo(p) && (p.Proxy || b.parentAlone(p.Norm) || b.asksWithout(p.Norm) || b.hasCue(p.Norm, knowledge.CueActInPlace)) {
			// "(le SMS est arrivé) je peux passer la récupérer seule pendant qu'elle est au
			// collège ?": who must come to collect it, not how long it is kept.
			b.presenceVerdict(w, s, p)
		}
		if len(w.r.Blocks) == 0 && asksYesNo(p) && b.hasCue(b.afterCue(questionSentence(cmp.Or(p.Ask, p.Norm)), knowledge.CueExistsAsked, 3), knowledge.CueDeadlineWord) {
			// "y a une date limite pour aller la chercher ?": yes, the months the fact gives.
			w.para(w.t("yes"))
		}
		if f := b.kb.MustFact("cni.pickup-deadline"); p.Form == nlu.FormWhen && s.ReadyDays != nil && s.ReadyDaysMax == nil && f.MaxAgeMonths > 0 {
			// "SMS reçu le 5 octobre, j'ai jusqu'à quelle date pour la retirer ?": the day the
			// months run out, counted from the day told.
			ready := time.Date(m.Time.Year(), m.Time.Month(), m.Time.Day(), 0, 0, 0, 0, time.UTC).AddDate(0, 0, -*s.ReadyDays)
			w.para(w.t("pickup_until", w.date(ready.AddDate(0, f.MaxAgeMonths, 0)), strconv.Itoa(f.MaxAgeMonths)))
		}
		w.kbFact("cni.pickup-deadline")
		w.kbFact("cni.presence")
	case nlu.Originals:
		w.kbFact("cni.originals")
	case nlu.CivilStatus:
		spouseName := b.saysMarried(p.Norm) && containsWord(p.Norm, "nom", "name", "naam")
		switch {
		case p.Form == nlu.FormYesNo && b.hasCue(p.Norm, knowledge.CueFamilyBook):
			// "le livret de famille suffit ?": no, it is no longer a reference document.
			w.para(w.t("no"))
		case spouseName:
			// "j'ai le droit de mettre le nom de mon mari sur ma carte ?": yes, a choice;
			// "ma carte est encore à mon nom de jeune fille, elle est devenue fausse ?": no, it is
			// not an obligation.
			// "je voudrais faire changer mon nom… c'est possible ?": yes, asked as a leave.
			if first := firstChoice(p.Ask); p.Form == nlu.FormYesNo {
				allowed := b.hasCue(first, knowledge.CueAllowed) && !b.hasCue(first, knowledge.CueObliged)
				w.para(yesNo(w, allowed || !b.hasCue(first, knowledge.CueInvalid) && !b.hasCue(first, knowledge.CueBreach)))
			}
			w.kbFact("cni.spouse-name") // "le nom de mon mari sur ma carte, quels papiers ?"
		}
		w.kbFact("cni.civil-status")
	case nlu.Payment:
		if s.Application == knowledge.Loss || s.Application == knowledge.Theft {
			w.kbFact("cni.payment") // how to pay first: it is what was asked
			b.cniFee(w, s, p, false)
		} else {
			w.kbFact("cni.payment")
		}
	case nlu.ProtectedQ:
		if p.Form == nlu.FormYesNo && b.hasCue(p.Norm, knowledge.CueGuardian) && !b.asksWithout(p.Norm) {
			// "elle est sous ma tutelle, j'ai le droit de faire sa demande ?": yes, with the ruling.
			w.para(w.t("yes"))
		} else if a := cmp.Or(b.answerOf("cni.protected", p), b.storyAnswer("cni.protected", p)); a != nil && asksYesNo(p) {
			// "majeur sous tutelle qui se présente seul, recevable ?": yes, the guardian informed.
			w.para(yesNo(w, a.Verdict == "yes"))
		}
		w.kbFact("cni.protected")
		if p.Proxy {
			w.kbFact("cni.presence") // "à sa place": who must come, to apply and to collect
		}
	case nlu.MinorInfo:
		a := b.answerOf("cni.minor", p)
		if c, _ := longestAnswer(b.kb.MustFact("cni.minor").Answers, p.Norm, 1); a == nil && c != nil && c.Verdict == "no" {
			a = c // the companion told before the question
		}
		switch {
		case p.Form == nlu.FormYesNo && a != nil:
			// "un bébé de 4 mois peut avoir une carte ?": yes, at any age; "avec sa grand-mère ?":
			// no, a parent applies.
			w.para(b.allowedVerdict(w, p, a.Verdict == "yes"))
		case b.nonParentActs(p, s):
			// A grandmother, an uncle, a nanny: neither applies for the child nor brings them.
			w.para(w.t("no"))
		case p.Form == nlu.FormYesNo && b.parentAlone(p.Norm):
			// "je peux faire seule la carte de notre fils ?": yes, one parent applies; "il vient
			// seul avec son fils, je dois exiger l'autorisation de la mère ?": no.
			w.para(yesNo(w, b.oneParentEnough(cmp.Or(p.Ask, p.Norm))))
		case p.Form == nlu.FormYesNo && b.hasCue(cmp.Or(p.Ask, p.Norm), knowledge.CueConsent) && !b.alone(p):
			// "je peux faire la carte de notre fils sans demander son accord ?": yes, one parent
			// applies; "il faut l'accord du père ?": no.
			w.para(yesNo(w, b.oneParentEnough(cmp.Or(p.Ask, p.Norm))))
		case p.Form == nlu.FormYesNo && b.alone(p):
			// "ma fille de 17 ans peut déposer sa demande toute seule ?": a parent applies for a minor.
			w.para(w.t("no"))
		case p.Form == nlu.FormYesNo && p.Has(nlu.Presence):
			// "ma fille de 4 ans doit être là le jour du dépôt ?": whether the child comes.
			b.presenceVerdict(w, s, p)
		}
		w.kbFact("cni.minor")
		w.kbFact("cni.fingerprints")
	default:
		return b.cniChecklist(w, s, p)
	}
	if s.Application == knowledge.Theft && !slices.Contains(w.r.Entries, "cni.theft-declaration") {
		// A theft is always declared to the police or gendarmerie: no answer about one leaves it out.
		w.kbFact("cni.theft-declaration")
	}
	if _, free := b.asksFree(p); intent != nlu.Fee && intent != nlu.Documents && (s.Application == knowledge.Loss || s.Application == knowledge.Theft) &&
		(free || p.Has(nlu.Fee) || b.hasCue(p.Norm, knowledge.CuePrice)) {
		// "il faut aller où et ça va me coûter quelque chose ?", "je dois payer quoi ?": the
		// price asked too, which a loss or a theft makes a stamp's.
		b.cniFee(w, s, p, false)
	}
	return w.done(Answer), ""
}

// asksFree reports whether the message asks "is it free?" (true) or "is it paid?" (false), and
// whether it asks either: in the sentence that asks first, since the story before it may tell
// the opposite ("ma voisine dit qu'il faut payer un timbre… le renouvellement est bien gratuit ?").
func (b *Bot) asksFree(p nlu.Parse) (free, asked bool) {
	if !b.hasCue(p.Norm, knowledge.CueFree) && !b.hasCue(p.Norm, knowledge.CuePaid) && !(p.Lang == knowledge.EN && containsWord(p.Norm, "charge", "charges")) {
		return false, false // most messages: no word of a price at all, which the cue index tells at once
	}
	if p.Ask != "" && p.Ask != p.Norm {
		q := p
		q.Norm, q.Ask = p.Ask, ""
		if free, asked := b.asksFree(q); asked {
			return free, true
		}
	}
	if last := lastClause(p.Norm); last != p.Norm && (p.Question || strings.Contains(last, "?")) && !startsWithWord(last, "ou", "or", "of") {
		// "ma voisine dit qu'elle est payante alors que c'est faux, c'est bien gratuit ?": a
		// claim told comes first; the last clause asks its own price. ("gratuit, ou c'est
		// payant ?" offers a second choice: the first leads.)
		q := p
		q.Norm, q.Ask = last, ""
		if free, asked := b.asksFree(q); asked {
			return free, true
		}
	}
	prev, prev2 := "", ""
	purpose := false
	fields := strings.Fields(p.Norm)
	for i, t := range fields {
		t = strings.Trim(t, "?!.,;")
		next := ""
		if i+1 < len(fields) {
			next = strings.Trim(fields[i+1], "?!.,;")
		}
		// "sans payer", "without paying", "zonder te betalen"
		without := prev == "sans" || prev == "without" || prev == "zonder" || prev == "te" && prev2 == "zonder"
		prev, prev2 = t, prev
		switch {
		case slices.Contains(b.kb.Language.Cues[knowledge.CueFree], t):
			// "la carte n'est plus gratuite, c'est vrai ?" asks whether it is paid ("ce n'est pas
			// gratuit ?" is a negative question, which polarity reads).
			return prev2 != "plus" && prev2 != "longer", true
		case slices.Contains(b.kb.Language.Cues[knowledge.CuePaid], t) && without:
			return true, true // "c'est possible sans payer ?" asks whether it is free
		case slices.Contains(b.kb.Language.Cues[knowledge.CuePaid], t) && (next == "rien" || next == "nothing" || next == "niks" || next == "niets") && prev != "ne":
			return true, true // "c'est vrai qu'on paye rien ?": whether it is free
		case slices.Contains(b.kb.Language.Cues[knowledge.CuePaid], t) && slices.Contains(b.kb.Language.Cues[knowledge.CuePurpose], prev2):
			// "pour payer une formation sur mon CPF…": what something is for, no price asked
			purpose = true
		case slices.Contains(b.kb.Language.Cues[knowledge.CuePaid], t):
			return false, true
		case (t == "charge" || t == "charges") && p.Lang == knowledge.EN:
			return false, true // "does Ixelles charge…?"; in French, "prise en charge"
		}
	}
	if b.hasCue(p.Norm, knowledge.CuePayNothing) && !containsWord(p.Norm, "ne paye", "ne paie", "ne payer", "n ai rien", "n a rien") {
		// "c'est bien vrai qu'on paye rien si on ramène l'ancienne ?": whether it is free. (Told
		// in the negative, "je ne paie rien, si ?", it is a belief that polarity reads.)
		return true, true
	}
	// "ça coûte quelque chose ?": a price asked in a phrase.
	return false, !purpose && b.hasCue(p.Norm, knowledge.CuePaid)
}

// priceVerdict reports whether the message asks a price's yes/no question and the answer for
// the price the rules give: "c'est gratuit ?", "je dois payer ?", or an amount the person states
// ("le timbre c'est 25 euros ici aussi ?", no: 12,50 € in French Guiana).
func (b *Bot) priceVerdict(p nlu.Parse, actual knowledge.Money) (yes, asked bool) {
	if p.Amount != nil && !b.amountInReason(p) {
		return b.amountVerdict(p, actual), true
	}
	free, asked := b.asksFree(p)
	return free == actual.IsFree(), asked
}

// amountVerdict reports whether the price asked of (actual) is the amount the message states, or,
// when the question compares ("ma commune demande 26 euros, c'est moins cher si je vais à
// Uccle ?"), whether it is below (or above) it.
func (b *Bot) amountVerdict(p nlu.Parse, actual knowledge.Money) bool {
	ask := cmp.Or(p.Ask, p.Norm)
	if cheaper, dearer := b.hasCue(ask, knowledge.CueCheaper), b.hasCue(ask, knowledge.CueDearer); cheaper != dearer {
		return cheaper && actual < *p.Amount || dearer && actual > *p.Amount
	}
	return *p.Amount == actual
}

// amountInReason reports whether the amount a message states comes in the reason it gives for
// asking whether something is free ("…si le renouvellement est bien gratuit, parce que ma voisine
// a payé 25 euros"): the question is the free one, not the amount.
func (b *Bot) amountInReason(p nlu.Parse) bool {
	for _, because := range []string{" parce que ", " parce qu ", " car ", " puisque ", " because ", " omdat "} {
		if i := strings.Index(p.Norm, because); i >= 0 {
			before := p
			before.Norm, before.Ask = p.Norm[:i], ""
			if _, asked := b.asksFree(before); asked && strings.ContainsAny(p.Norm[i:], "0123456789") {
				return true
			}
		}
	}
	return false
}

// cniFeeLine writes the one line of a paid request's fee ("Pour un remplacement après un vol, il
// faut un timbre fiscal de 25 €"), for an answer on another facet; it reports whether it wrote
// one (a free request, or a fee not known, gets none).
func (b *Bot) cniFeeLine(w *writer, s nlu.Slots) bool {
	fee, err := rules.CNIFee(b.kb, s.Application, s.CardFormat, s.Region)
	if err != nil || fee.Amount.IsFree() {
		return false
	}
	feeLine(w, s, fee)
	return true
}

// feeLine writes a fee's line, free or paid, with its fact and rule: the one line both a fee's
// own answer and another facet's mention of it give.
func feeLine(w *writer, s nlu.Slots, fee rules.Fee) {
	app := w.t("app_" + string(s.Application))
	if fee.Amount.IsFree() {
		w.para(w.t("fee_free", app, w.text(fee.Rule.Reason)))
	} else {
		w.para(w.t("fee_paid", app, fee.Amount.String(), w.text(fee.Rule.Reason)))
	}
	w.fact("fee", fee.Amount.String(), fee.Sources...)
	w.entry(fee.Rule.ID)
}

// cniFee states the fee of the situation. lead puts a yes/no first when the question asked one.
func (b *Bot) cniFee(w *writer, s nlu.Slots, p nlu.Parse, lead bool) {
	fee, err := rules.CNIFee(b.kb, s.Application, s.CardFormat, s.Region)
	if err != nil {
		w.para(w.t("no_info"))
		return
	}
	// "il coûte combien ?", "je fais quoi et ça va me coûter combien ?" ask no yes or no.
	if lead && (p.Form == nlu.FormYesNo || p.Form == nlu.FormNone || p.Amount != nil) {
		if a := b.answerOf("cni.payment", p); a != nil && p.Form == nlu.FormYesNo {
			// "il veut payer les 25 euros en espèces au guichet, on peut accepter ?": how it is
			// paid, not how much.
			w.para(b.allowedVerdict(w, p, a.Verdict == "yes"))
		} else if ask := cmp.Or(p.Ask, p.Norm); p.Form == nlu.FormYesNo && (b.hasCue(ask, knowledge.CueCheaper) || b.hasCue(ask, knowledge.CueDearer)) &&
			(b.hasCue(ask, knowledge.CueChildNamed) || b.hasCue(ask, knowledge.CueAgeGroup)) {
			// "le timbre est moins cher pour un enfant ?": the fee's rule takes no age.
			w.para(w.t("fee_same_any_age"))
		} else if cheaper, dearer := b.hasCue(ask, knowledge.CueCheaper), b.hasCue(ask, knowledge.CueDearer); p.Form == nlu.FormYesNo && cheaper != dearer && p.Amount == nil &&
			(s.Region != "" || b.hasCue(p.Norm, knowledge.CueOverseas)) {
			// "on est à Kourou, c'est moins cher qu'en métropole ?": yes, the fee of the region
			// told is below the general one; "à la Réunion, c'est moins cher, comme en Guyane ?":
			// no, the Réunion has the general fee.
			if base, err := rules.CNIFee(b.kb, s.Application, s.CardFormat, ""); err == nil {
				w.para(yesNo(w, cheaper && fee.Amount < base.Amount || dearer && fee.Amount > base.Amount))
			}
		} else if yes, asked := b.priceVerdict(p, fee.Amount); asked {
			// ("on m'a fait payer 25 €, c'est une arnaque ?": the right price is no scam.)
			w.para(b.allowedVerdict(w, p, yes))
		}
	}
	feeLine(w, s, fee)
	if fee.Payment != nil {
		w.kbFact(fee.Payment.ID)
		if s.Region == "" {
			w.kbFact("cni.fee.guyane")
		}
	}
	if fee.Local != nil {
		w.para(w.t("fee_local", w.text(fee.Local.Reason)))
		w.fact("fee_local", fee.Local.Amount.String(), fee.Local.Sources...)
		w.entry(fee.Local.ID)
	}
	// A commune's own exception is worth a line only to its residents, unless the card is known
	// to be of the kind it covers (then fee.Local above states it).
	for _, r := range fee.LocalIfFormat {
		if !b.appliesHere(r, s) {
			continue
		}
		w.para(w.t("fee_if_cardboard", w.text(r.Reason)))
		w.sources(r.Sources...)
		w.entry(r.ID)
	}
}

// allowedVerdict is the yes or no of a question on whether something is allowed: "c'est illégal
// de la faire dans une autre ville ?" asks whether it breaks a rule, the other way round.
func (b *Bot) allowedVerdict(w *writer, p nlu.Parse, allowed bool) string {
	// "on est obligé d'avoir une carte, sinon amende. C'est vrai ?": the fine is what the claim
	// says follows, not what it asks about ("refaire sa carte avant la date, c'est interdit ?").
	// ("…qu'on peut prendre une amende si on n'en a pas. C'est vrai ?", "…une amende sans
	// l'appli, c'est vrai ?": so is a fine on a condition, in a claim whose truth is asked.)
	ask := cmp.Or(p.Ask, p.Norm)
	if !b.hasCue(ask, knowledge.CueBreach) {
		return yesNo(w, allowed) // most questions: no rule's breach asked about
	}
	if q := strings.TrimSpace(questionSentence(p.Norm)); q != "" && q != strings.TrimSpace(ask) && b.hasCue(q, knowledge.CueAllowed) && !b.hasCue(q, knowledge.CueBreach) {
		// "…me demande si c'est de la fraude de déposer sa demande chez nous. Il a le droit ?":
		// the breach is the story's word; the last question asks leave.
		return yesNo(w, allowed)
	}
	claim := b.hasCue(lastClause(ask), knowledge.CueClaimCheck)
	var asked []string
	for _, c := range clauses(ask) {
		if i := strings.Index(" "+c+" ", " sinon "); i >= 0 {
			c = c[:max(0, i-1)]
		}
		if claim && (containsWord(c, "si") || containsWord(c, withoutWords...)) {
			continue
		}
		if b.hasCue(c, knowledge.CueObliged) {
			// "…dit que France Identité est obligatoire et qu'on aura une amende, c'est vrai ?":
			// the fine is the obligation's sanction; the obligation is what is asked.
			continue
		}
		asked = append(asked, c)
	}
	return yesNo(w, allowed != b.hasCue(strings.Join(asked, " , "), knowledge.CueBreach))
}

// pickupPlaceVerdict opens an answer on where a card is collected with its yes or no and the rule of
// presence that settles it, the holder's (an adult's unless a minor's is told): the card is
// collected where the request was made.
func (b *Bot) pickupPlaceVerdict(w *writer, yes bool, holder knowledge.Holder) {
	holder = cmp.Or(holder, knowledge.Adult)
	for _, it := range b.kb.MustFact("cni.presence").Items {
		if slices.Contains(it.Holders, holder) {
			w.para(w.t(ternary(yes, "yes_because", "no_because"), lowerFirst(w.text(it.Text))))
			return
		}
	}
	w.para(yesNo(w, yes))
}

func yesNo(w *writer, yes bool) string {
	if yes {
		return w.t("yes")
	}
	return w.t("no")
}

// expiredYears is how many whole years ago the card told of (its issue year or date, and its
// holder's age then or now) stopped being valid, at least: the fewest over the days its issue
// year spans, when every day gives the same documents (the checklist's thresholds fall on the
// same side); false when the card is still valid, the days differ or a fact is missing.
func (b *Bot) expiredYears(s nlu.Slots, now time.Time) (int, bool) {
	first, last, ok := s.IssueSpan()
	if s.IssueDate != "" {
		first = knowledge.MustDate(s.IssueDate).Time
		last, ok = first, true
	}
	if !ok {
		return 0, false
	}
	var holder knowledge.Holder
	switch {
	case s.AgeAtIssue != nil:
		holder = knowledge.Minor
		if *s.AgeAtIssue >= b.kb.CNI.AdultAge {
			holder = knowledge.Adult
		}
	case s.Age != nil && *s.Age-(now.Year()-first.Year())-1 >= b.kb.CNI.AdultAge:
		holder = knowledge.Adult // ("une dame de 82 ans", her card of 1998: an adult's)
	default:
		return 0, false
	}
	var years []int
	for _, issued := range []time.Time{first, last} {
		v, missing := rules.CNIValidity(b.kb, rules.Card{Issued: issued, Holder: holder, Format: s.CardFormat}, now)
		if len(missing) > 0 || v.Valid {
			return 0, false
		}
		years = append(years, rules.Age(v.End, now)) // whole years since it ended
	}
	lo, hi := slices.Min(years), slices.Max(years)
	for _, row := range b.kb.CNI.Checklist {
		if t := row.When.ExpiredOver; t != nil && (lo < *t) != (hi < *t) {
			return 0, false
		}
	}
	return lo, true
}

// expiredSincePrinted is how many whole years ago, at most, the card ended, from the end date or
// year read on it and already past ("elle a expiré en 2024"), when that bound is below every
// threshold of the checklist: a card's real end is never before its printed one (an extension
// only makes it later), so a bound below the thresholds settles them; above, the card may have
// been extended, and nothing is settled.
func (b *Bot) expiredSincePrinted(s nlu.Slots, now time.Time) (int, bool) {
	var end time.Time
	switch {
	case s.PrintedEnd != "":
		end = knowledge.MustDate(s.PrintedEnd).Time
	case s.PrintedYear != 0:
		end = time.Date(s.PrintedYear, time.January, 1, 0, 0, 0, 0, now.Location()) // the earliest day of that year
	default:
		return 0, false
	}
	if !end.Before(now) {
		return 0, false
	}
	years := rules.Age(end, now)
	for _, row := range b.kb.CNI.Checklist {
		if t := row.When.ExpiredOver; t != nil && years >= *t {
			return 0, false
		}
	}
	return years, true
}

// toldValid reports whether a statement of the message, not its question, says the card is still
// valid ("sa CNI qui est encore valide. Je dois lui demander un acte de naissance ?").
func (b *Bot) toldValid(norm string) bool {
	for _, part := range strings.FieldsFunc(norm, func(r rune) bool { return r == '.' || r == '!' || r == ';' }) {
		if i := strings.Index(part, "?"); i >= 0 {
			part = part[i+1:] // what follows a question in the same stretch is told
		}
		if b.hasCue(part, knowledge.CueToldValid) {
			return true
		}
	}
	return false
}

func (b *Bot) situation(s nlu.Slots) rules.Situation {
	sit := rules.Situation{
		Application: s.Application, Holder: s.Holder, Parents: s.Parents, Hosted: s.Hosted,
		Passport: s.Passport, BothLost: s.BothLost, DoubleName: s.DoubleName,
		ExpiredYears: s.ExpiredYears,
	}
	if y := s.PassportExpiredYears; y != nil {
		// "mon passeport est périmé depuis 3 ans": still a passport that stands for the birth
		// certificate, or no longer (how long ago it expired says more than "périmé").
		has := *y < b.kb.CNI.PassportExpiredMax
		sit.Passport = &has
	}
	if s.Age != nil && sit.Holder != knowledge.Protected {
		// An age told decides over a word ("usagère 17 ans… quoi de plus que pour un majeur ?").
		sit.Holder = knowledge.Adult
		if *s.Age < b.kb.CNI.AdultAge {
			sit.Holder = knowledge.Minor
		}
	}
	// Someone who still has a passport has not lost both documents.
	if sit.BothLost == nil && sit.Passport != nil && *sit.Passport {
		no := false
		sit.BothLost = &no
	}
	return sit
}

// leadVerdict starts the answer with "Oui" or "Non" when the message asks a yes/no question and
// the knowledge-base fact answering it records its verdict.
func (b *Bot) leadVerdict(w *writer, p nlu.Parse, factID string) {
	f, ok := b.kb.Fact(factID)
	if !ok || !asksYesNo(p) {
		return // "je voulais savoir si la pré-demande est obligatoire" asks without a question mark
	}
	// ("c'est le même prix qu'en métropole ?" compares prices: the fact says both; "y a aussi un
	// timbre à payer ?" compares nothing.)
	// A price asked after another question ("je peux la changer maintenant ? et ça me coûtera
	// quelque chose ?") comes second: the fact's own verdict answers the first.
	priceFirst := true
	if q := questionSentence(p.Norm); q != p.Norm && (f.Verdict == "yes" || f.Verdict == "no") {
		first := p
		first.Norm, first.Ask = q, ""
		_, priceFirst = b.asksFree(first)
	}
	if askedFree, asked := b.asksFree(p); asked && priceFirst && f.Free != nil && !b.hasCue(strings.ReplaceAll(wordText(p.Norm), " aussi ", " "), knowledge.CueSame) {
		w.para(yesNo(w, askedFree == *f.Free))
		return
	}
	first := p
	first.Ask = firstChoice(cmp.Or(p.Ask, p.Norm))
	if a := b.answerOf(factID, first); a != nil {
		// A question the fact answers in its own words ("il a noté son numéro de pré-demande,
		// ça suffit ?"); of two choices, the first ("je peux déjà la demander ou je dois
		// attendre ?").
		w.para(b.allowedVerdict(w, p, a.Verdict == "yes"))
		return
	}
	// The verdict answers "is it required?"; "je peux remplir un formulaire papier au lieu de la
	// faire ?" asks whether one may do otherwise, the other way round.
	ask := cmp.Or(p.Ask, p.Norm)
	other := b.hasCue(ask, knowledge.CueReplace) || containsWord(p.Norm, withoutWords...)
	if qs := questionSentence(ask); other && !b.hasCue(ask, knowledge.CueReplace) && !b.hasCue(ask, knowledge.CueRefuse) && (b.hasCue(qs, knowledge.CueObliged) || b.hasCue(qs, knowledge.CueMandatory)) {
		// "une usagère sans internet me demande si la pré-demande est obligatoire", "sans
		// internet, la pré-demande est obligatoire ?": the duty asked, of one who lacks something
		// else; only "obligatoire même sans…", the duty before the without, asks leave to do
		// without.
		other = slices.ContainsFunc(clauses(qs), func(c string) bool {
			words := strings.Fields(c)
			i := slices.IndexFunc(words, func(x string) bool { return slices.Contains(withoutWords, x) })
			before := strings.Join(words[:max(i, 0)], " ")
			return i > 0 && (b.hasCue(before, knowledge.CueObliged) || b.hasCue(before, knowledge.CueMandatory))
		})
	}
	if b.hasCue(ask, knowledge.CueRefuse) && !b.hasCue(ask, knowledge.CueObliged) {
		// "on m'a dit que sans pré-demande la mairie refusait le dossier, c'est vrai ?": a refusal
		// told for want of it claims it is required, whatever "sans" says. ("Je dois refuser son
		// dossier ?" asks the refusal itself, which allowedVerdict reads.)
		other = false
	}
	if f.Verdict == "yes" || f.Verdict == "no" {
		w.para(b.allowedVerdict(w, p, (f.Verdict == "yes") != other))
	}
}

func (b *Bot) cniChecklist(w *writer, s nlu.Slots, p nlu.Parse) (Reply, string) {
	if s.Application == "" || s.RenewalAssumed && b.bareRemake(p) {
		if r, ok := b.parentsExtras(w, s, p); ok {
			return r, ""
		}
	}
	if s.RenewalAssumed && p.Form != nlu.FormYesNo && b.bareRemake(p) {
		// "je dois refaire ma carte, il me faut quoi ?": nothing says whether it expired, was
		// lost or stolen, and the papers differ for each.
		return b.askApplication(w)
	}
	cl := rules.CNIChecklist(b.kb, b.situation(s))
	for _, miss := range cl.Missing {
		switch miss {
		case rules.NeedApplication:
			if r, ok := b.representativeChecklist(w, s, p); ok {
				return r, ""
			}
			if r, pending, ok := b.commonChecklist(w, s, p); ok {
				return r, pending
			}
			return b.askApplication(w)
		case rules.NeedHolder:
			if r, ok := b.holderChecklist(w, s); ok {
				return r, askHolder
			}
			return b.askHolder(w)
		}
	}
	fee := b.checklistList(w, s, cl)
	if fee.Rule != nil {
		b.feeLine(w, fee, s.Region)
	}
	if s.Holder == knowledge.Minor {
		w.kbFact("cni.minor")
	}
	if s.Holder == knowledge.Protected {
		w.kbFact("cni.protected")
	}
	w.kbFact("cni.originals")
	if s.Application == knowledge.Renewal {
		w.kbFact("cni.civil-status")
	}
	return w.done(Answer), ""
}

// parentsExtras answers "il me faut quoi en plus ?" for a minor whose parents live apart when the
// kind of request is unknown: the papers the parents' situation adds to the usual ones, when they
// are the same for every kind of request, so nothing needs asking first. ok is false otherwise.
func (b *Bot) parentsExtras(w *writer, s nlu.Slots, p nlu.Parse) (Reply, bool) {
	sit := b.situation(s)
	if sit.Holder != knowledge.Minor || sit.Parents == "" || sit.Parents == knowledge.ParentsTogether ||
		!b.hasCue(cmp.Or(p.Ask, p.Norm), knowledge.CueExtraPaper) {
		return Reply{}, false
	}
	usual := sit
	usual.Parents = knowledge.ParentsTogether
	extras, ok := b.checklistAdded(usual, sit)
	if !ok || len(extras) == 0 {
		return Reply{}, false
	}
	if asksYesNo(p) && !b.hasCue(questionSentence(p.Norm), knowledge.CueDocumentsAsked) {
		w.para(w.t("yes")) // "il faut un papier en plus ?" (not "il lui faut quoi en plus ?", which asks what)
	}
	items, ids := b.checklistItems(w, extras, rules.Fee{})
	w.list(w.t("parents_extras_intro"), items)
	w.fact("checklist", strings.Join(ids, ","))
	return w.done(Answer), true
}

// checklistChanged answers "ça change quelque chose ?" after a fact told of an identity card's
// situation ("on est en garde alternée, ça change quelque chose ?"): yes, with the papers the new
// situation adds to those of the situation before. ok is false when it adds none, or when what
// it adds depends on a kind of request not known.
func (b *Bot) checklistChanged(w *writer, st *State, p nlu.Parse) (Reply, bool) {
	// (A fact told after others: the conversation had a situation to compare with.)
	if !asksYesNo(p) || st.before.IsZero() || p.Slots.IsZero() || !b.hasCue(cmp.Or(p.Ask, p.Norm), knowledge.CueChanged) {
		return Reply{}, false
	}
	added, ok := b.checklistAdded(b.situation(st.before), b.situation(st.Slots))
	if !ok || len(added) == 0 {
		return Reply{}, false
	}
	w.para(w.t("yes"))
	items, ids := b.checklistItems(w, added, rules.Fee{})
	w.list(w.t("checklist_added_intro"), items)
	w.fact("checklist", strings.Join(ids, ","))
	return w.done(Answer), true
}

// checklistAdded returns the documents the situation now needs that the situation before did
// not. With the kind of request unknown in now, it tries each kind and ok is true only when all
// give the same documents, so the answer needs no question first.
func (b *Bot) checklistAdded(before, now rules.Situation) (added []rules.ChecklistItem, ok bool) {
	apps := []knowledge.Application{now.Application}
	if now.Application == "" {
		apps = []knowledge.Application{knowledge.FirstApplication, knowledge.Renewal, knowledge.Loss, knowledge.Theft}
	}
	for i, app := range apps {
		before.Application, now.Application = app, app
		old, cur := rules.CNIChecklist(b.kb, before), rules.CNIChecklist(b.kb, now)
		if len(old.Missing) > 0 || len(cur.Missing) > 0 {
			return nil, false
		}
		var these []rules.ChecklistItem
		for _, it := range cur.Items {
			if !slices.ContainsFunc(old.Items, func(c rules.ChecklistItem) bool { return c.Doc.ID == it.Doc.ID }) {
				these = append(these, it)
			}
		}
		if i > 0 && !slices.EqualFunc(these, added, func(a, c rules.ChecklistItem) bool { return a.Doc.ID == c.Doc.ID && maps.Equal(a.If, c.If) }) {
			return nil, false
		}
		added = these
	}
	return added, true
}

// holderChecklist answers a request's checklist when whose card it is was not said ("renouvellement,
// elle expire en janvier"): the papers of an adult and of a minor differ by a few, so it lists
// those of both, then each one's own, rather than asking first; the quick replies narrow it
// down to a particular case. ok is false when the request is not known or the two lists share
// nothing.
func (b *Bot) holderChecklist(w *writer, s nlu.Slots) (Reply, bool) {
	sit := b.situation(s)
	if sit.Application == "" || sit.Holder != "" {
		return Reply{}, false
	}
	var lists [2][]rules.ChecklistItem
	for i, h := range []knowledge.Holder{knowledge.Adult, knowledge.Minor} {
		sit.Holder = h
		cl := rules.CNIChecklist(b.kb, sit)
		if len(cl.Missing) > 0 {
			return Reply{}, false
		}
		lists[i] = cl.Items
	}
	same := func(a, c rules.ChecklistItem) bool {
		return a.Doc.ID == c.Doc.ID && a.If[knowledge.FR] == c.If[knowledge.FR]
	}
	var common, adult, minor []rules.ChecklistItem
	// Each one's own papers, those of every case: the ones of a particular case (hosted,
	// separated parents…) come once the quick reply says whose card it is.
	for _, it := range lists[0] {
		if slices.ContainsFunc(lists[1], func(o rules.ChecklistItem) bool { return same(it, o) }) {
			common = append(common, it)
		} else if len(it.If) == 0 {
			adult = append(adult, it)
		}
	}
	for _, it := range lists[1] {
		if !slices.ContainsFunc(lists[0], func(o rules.ChecklistItem) bool { return same(it, o) }) && len(it.If) == 0 {
			minor = append(minor, it)
		}
	}
	if len(common) == 0 {
		return Reply{}, false
	}
	fee, _ := rules.CNIFee(b.kb, s.Application, s.CardFormat, s.Region)
	items, ids := b.checklistItems(w, common, fee)
	w.list(w.t("checklist_intro", w.t("app_"+string(s.Application)), w.t("for_either")), items)
	w.fact("checklist_common", strings.Join(ids, ","))
	for _, part := range []struct {
		key   string
		items []rules.ChecklistItem
	}{{"checklist_only_adult", adult}, {"checklist_only_minor", minor}} {
		if items, _ := b.checklistItems(w, part.items, fee); len(items) > 0 {
			w.list(w.t(part.key), items)
		}
	}
	if fee.Rule != nil {
		b.feeLine(w, fee, s.Region)
	}
	w.kbFact("cni.minor")
	w.para(w.t("ask_holder"))
	w.option(w.t("opt_adult"), "pour moi, majeur")
	w.option(w.t("opt_minor"), "pour un enfant mineur")
	w.option(w.t("opt_protected"), "majeur sous tutelle")
	return w.done(Answer), true
}

// representativeChecklist answers a parent who asks what to bring about themselves for a child's
// card ("moi, en tant que maman, je dois amener quoi ?"): their own papers, which every kind of
// request asks for alike. ok is false when the holder is not a minor, the question is not the
// parent's own, or the kinds of request differ on them.
func (b *Bot) representativeChecklist(w *writer, s nlu.Slots, p nlu.Parse) (Reply, bool) {
	sit := b.situation(s)
	if sit.Holder != knowledge.Minor || !b.hasCue(wordText(p.Norm), knowledge.CueSelfAsParent) { // ("pour moi, le parent")
		return Reply{}, false
	}
	common, ok := b.checklistForEvery(sit)
	own := slices.DeleteFunc(common, func(it rules.ChecklistItem) bool { return it.Doc.Of != knowledge.OfRepresentative || len(it.If) > 0 })
	if !ok || len(own) == 0 {
		return Reply{}, false
	}
	items, ids := b.checklistItems(w, own, rules.Fee{})
	w.list(w.t("checklist_representative"), items)
	w.fact("checklist_representative", strings.Join(ids, ","))
	w.kbFact("cni.minor")
	return w.done(Answer), true
}

// checklistForEvery returns the items of sit's checklist that every kind of request needs, each
// citing the pages of every kind (a list "whatever the request" is each one's); ok is false when
// the checklist lacks another fact of the situation.
func (b *Bot) checklistForEvery(sit rules.Situation) ([]rules.ChecklistItem, bool) {
	var common []rules.ChecklistItem
	for i, app := range []knowledge.Application{knowledge.FirstApplication, knowledge.Renewal, knowledge.Loss, knowledge.Theft} {
		sit.Application = app
		cl := rules.CNIChecklist(b.kb, sit)
		if len(cl.Missing) > 0 {
			return nil, false
		}
		if i == 0 {
			common = slices.Clone(cl.Items)
			continue
		}
		kept := common[:0]
		for _, c := range common {
			j := slices.IndexFunc(cl.Items, func(it rules.ChecklistItem) bool {
				return it.Doc.ID == c.Doc.ID && it.If[knowledge.FR] == c.If[knowledge.FR]
			})
			if j < 0 {
				continue
			}
			for _, src := range cl.Items[j].Sources {
				if !slices.Contains(c.Sources, src) {
					c.Sources = append(slices.Clip(c.Sources), src)
				}
			}
			kept = append(kept, c)
		}
		common = kept
	}
	return common, true
}

// commonChecklist answers a documents question whose situation is particular (parents apart, a
// hosted person, an adult under guardianship) but whose kind of request is unknown: the documents
// every kind of request needs, which hold what is particular, then the question of the kind of
// request for the rest. ok is false when the situation is an ordinary one, or its holder unknown.
func (b *Bot) commonChecklist(w *writer, s nlu.Slots, p nlu.Parse) (Reply, string, bool) {
	sit := b.situation(s)
	particular := sit.Parents != "" && sit.Parents != knowledge.ParentsTogether || sit.Hosted != nil && *sit.Hosted ||
		sit.Holder == knowledge.Protected || sit.DoubleName != nil && *sit.DoubleName
	if !particular || sit.Holder == "" {
		return Reply{}, "", false
	}
	common, ok := b.checklistForEvery(sit)
	if !ok || len(common) == 0 {
		return Reply{}, "", false
	}
	if p.Form == nlu.FormYesNo && b.hasCue(cmp.Or(p.Ask, p.Norm), knowledge.CueExtraPaper) {
		// "je suis divorcée, il faut un papier en plus pour la carte de ma fille ?": whether the
		// situation told adds documents to those of an ordinary one, and which.
		if extra, ok := b.extraDocuments(w, sit, common); ok && len(extra) > 0 {
			w.para(w.t("extra_documents_yes", joinList(w, extra)))
		} else if ok {
			w.para(w.t("no"))
		}
	}
	items, ids := b.checklistItems(w, common, rules.Fee{})
	w.list(w.t("checklist_common_intro", w.t("for_"+string(sit.Holder))), items)
	w.fact("checklist_common", strings.Join(ids, ","))
	if sit.Holder == knowledge.Minor {
		w.kbFact("cni.minor")
	}
	if sit.Holder == knowledge.Protected {
		w.kbFact("cni.protected")
	}
	w.para(w.t("checklist_rest"))
	w.option(w.t("opt_first"), "première demande")
	w.option(w.t("opt_renewal"), "renouvellement")
	w.option(w.t("opt_loss"), "perte")
	w.option(w.t("opt_theft"), "vol")
	return w.done(Answer), askApplication, true
}

// extraDocuments returns the labels of the documents of common, sit's list whatever the request,
// that the same holder in an ordinary situation (parents together, not hosted, not under
// guardianship; the rest as told) does not bring. ok is false when that ordinary list cannot be
// made, and no verdict can be.
func (b *Bot) extraDocuments(w *writer, sit rules.Situation, common []rules.ChecklistItem) (extra []string, ok bool) {
	no := false
	plain := sit
	plain.Parents, plain.Hosted = knowledge.ParentsTogether, &no
	if plain.Holder == knowledge.Protected {
		plain.Holder = knowledge.Adult
	}
	base, ok := b.checklistForEvery(plain)
	if !ok {
		return nil, false
	}
	for _, it := range common {
		if !slices.ContainsFunc(base, func(x rules.ChecklistItem) bool { return x.Doc.ID == it.Doc.ID }) {
			extra = append(extra, w.text(it.Doc.Label))
		}
	}
	return extra, true
}

// feeLine states a known fee briefly, with how to pay it, the French Guiana fee when the region
// is not known (someone there pays less), and any local rule beside it.
func (b *Bot) feeLine(w *writer, fee rules.Fee, region string) {
	if fee.Amount.IsFree() {
		w.para(w.t("fee_line_free"))
	} else {
		w.para(w.t("fee_line", fee.Amount.String()))
	}
	w.fact("fee", fee.Amount.String(), fee.Sources...)
	w.entry(fee.Rule.ID)
	if fee.Payment != nil {
		w.kbFact(fee.Payment.ID)
		if region == "" {
			w.kbFact("cni.fee.guyane")
		}
	}
	if fee.Local != nil {
		w.para(w.t("fee_local", w.text(fee.Local.Reason)))
		w.sources(fee.Local.Sources...)
	}
}

// checklistList writes cl, the list of documents for a situation that needs nothing more,
// and returns the fee of the situation (Rule nil when unknown).
func (b *Bot) checklistList(w *writer, s nlu.Slots, cl rules.Checklist) rules.Fee {
	fee, _ := rules.CNIFee(b.kb, s.Application, s.CardFormat, s.Region)
	items, ids := b.checklistItems(w, cl.Items, fee)
	intro := w.t("checklist_intro", w.t("app_"+string(s.Application)), w.t("for_"+string(b.situation(s).Holder)))
	w.list(intro, items)
	w.fact("checklist", strings.Join(ids, ","))
	return fee
}

// checklistItems writes the sources of a checklist's documents and returns their labels, with
// their conditions, who asks for a local one, and the amount of a tax stamp when fee is known.
func (b *Bot) checklistItems(w *writer, list []rules.ChecklistItem, fee rules.Fee) (items, ids []string) {
	for _, it := range list {
		label := w.text(it.Doc.Label)
		if it.Doc.ID == "tax-stamp" && fee.Rule != nil {
			label += " (" + fee.Amount.String() + ")"
		}
		if pubs := b.localOnly(it.Sources); pubs != "" {
			label = w.t("local_doc", label, pubs)
		}
		if cond := w.text(it.If); cond != "" {
			label = w.t("checklist_if", capitalize(cond), label)
		}
		items = append(items, label)
		ids = append(ids, it.Doc.ID)
		w.sources(it.Sources...)
		w.entry("doc:" + it.Doc.ID)
	}
	return items, ids
}

// localOnly returns the publishers of sources when they are all local, else "".
func (b *Bot) localOnly(ids []string) string {
	var pubs []string
	for _, id := range ids {
		s, ok := b.kb.Source(id)
		if !ok || s.Scope != "local" {
			return ""
		}
		pubs = append(pubs, s.Publisher)
	}
	return strings.Join(dedupe(pubs), ", ")
}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	r := []rune(s)
	return strings.ToUpper(string(r[0])) + string(r[1:])
}

func (b *Bot) cniValidity(w *writer, st *State, p nlu.Parse, m Message) (Reply, string) {
	r, pending := b.cniValidityAnswer(w, st, p, m)
	if (p.Form == nlu.FormWhen || p.Form == nlu.FormHowLong) && len(r.Blocks) > 0 {
		// "elle expire quand ?" asks a date: the answer states it, with no yes or no before.
		r.Blocks[0].Text = withoutVerdict(w, r.Blocks[0].Text)
	}
	return r, pending
}

// withoutVerdict returns a sentence that opens with a yes or a no and a comma ("Oui, la carte est
// encore valable…") without them; any other sentence as it is.
func withoutVerdict(w *writer, text string) string {
	for _, v := range []string{w.t("yes"), w.t("no")} {
		if rest, ok := strings.CutPrefix(text, strings.TrimSuffix(v, ".")+", "); ok && rest != "" {
			return capitalize(rest)
		}
	}
	return text
}

func (b *Bot) cniValidityAnswer(w *writer, st *State, p nlu.Parse, m Message) (Reply, string) {
	if ps, s := p.Slots, st.Slots; ps.CardFormat == knowledge.NewFormat && ps.IssueYear == 0 && ps.IssueDate == "" &&
		s.IssueYear != 0 && s.IssueYear < b.kb.CNI.NewFormatFrom.Year() {
		// "ma carte de 2015… et la nouvelle carte, elle vaut combien de temps ?": the date told
		// before is the old card's, older than the new model; the question is a new card's.
		st.Slots.IssueYear, st.Slots.IssueMonth, st.Slots.IssueDate = 0, 0, ""
		st.Slots.NewCard = true
	}
	s := st.Slots
	now := m.Time
	holder := s.Holder
	if s.Age != nil && s.IssueYear+len(s.IssueDate) > 0 {
		// Today's age says who the holder was at issue only through the issue year.
		if h := holderAtIssue(*s.Age, s, now); h != "" {
			holder = h
		}
	}
	if s.AgeAtIssue != nil {
		holder = knowledge.Minor
		if *s.AgeAtIssue >= b.kb.CNI.AdultAge {
			holder = knowledge.Adult
		}
	}
	if holder == "" && p.Has(nlu.Validity) && strings.Contains(p.Norm, "prolong") {
		holder = knowledge.Adult // the extension concerns only cards issued to adults: its rule says so
	}
	if holder == "" && s.BirthDate == "" && (s.IssueDate != "" || s.IssueYear != 0 || s.PrintedEnd != "" || s.PrintedYear != 0) {
		return b.validityEitherHolder(w, st, p, m)
	}
	return b.validityFor(w, st, p, m, holder)
}

// validityEitherHolder answers a validity question whose holder's age at issue is unknown: the
// answer for an adult and for a minor when they differ (with the two as quick replies), the
// answer when they are the same, a question when either needs another fact.
func (b *Bot) validityEitherHolder(w *writer, st *State, p nlu.Parse, m Message) (Reply, string) {
	wa, wm := newWriter(b.kb, w.lang), newWriter(b.kb, w.lang)
	ra, pa := b.validityFor(wa, st, p, m, knowledge.Adult)
	rm, _ := b.validityFor(wm, st, p, m, knowledge.Minor)
	switch {
	case ra.Kind == Answer && rm.Kind != Answer:
		// No card issued to a minor fits what the person said (or the reverse): one answer.
		w.merge(wa)
		return w.done(Answer), pa
	case rm.Kind == Answer && ra.Kind != Answer:
		w.merge(wm)
		return w.done(Answer), ""
	case ra.Kind != Answer || len(ra.Blocks) == 0 || len(rm.Blocks) == 0:
		w.merge(wa)
		return ra, pa
	}
	if ra.Blocks[0].Text == rm.Blocks[0].Text {
		w.merge(wa)
		return w.done(Answer), pa
	}
	if va, vm := factValue(ra, "valid"), factValue(rm, "valid"); va != "" && va == vm && (p.Form == nlu.FormYesNo || p.Form == nlu.FormNone) {
		w.para(yesNo(w, (va == "true") != b.asksInvalid(p.Norm))) // the same verdict either way, for another date
	} else if va != "" && vm != "" && p.FirstPerson && p.Form == nlu.FormYesNo {
		// "ma carte faite en mai 2016 est encore valable ?": the asker's own card, an adult's
		// unless an age says otherwise; the verdict for an adult leads, the other case follows.
		w.para(w.t("validity_lead_adult_" + strconv.FormatBool((va == "true") != b.asksInvalid(p.Norm))))
	}
	w.list(w.t("validity_depends_holder"), []string{
		w.t("validity_if_adult", lowerFirst(ra.Blocks[0].Text)),
		w.t("validity_if_minor", lowerFirst(rm.Blocks[0].Text)),
	})
	w.mergeEvidence(wa)
	w.mergeEvidence(wm)
	rule := strings.TrimSuffix(w.t("validity_rule", ""), ".")
	for _, r := range []Reply{ra, rm} {
		for _, bl := range r.Blocks[1:] {
			if strings.HasPrefix(bl.Text, rule) {
				w.r.Blocks = append(w.r.Blocks, bl)
			}
		}
	}
	// A limit either card reaches ("ancien modèle… 3 août 2031") is said once.
	for _, id := range dedupe(append(slices.Clone(ra.Entries), rm.Entries...)) {
		if f, ok := b.kb.Fact(id); ok && f.Until != nil {
			w.kbFact(id)
		}
	}
	w.option(w.t("opt_was_adult"), "majeur")
	w.option(w.t("opt_was_minor"), "mineur")
	return w.done(Answer), askHolderIssue
}

// factValue is the value of a reply's fact, "" when it has none.
func factValue(r Reply, name string) string {
	for _, f := range r.Facts {
		if f.Name == name {
			return f.Value
		}
	}
	return ""
}

// lowerFirst lowers the first letter of a sentence, to continue another.
func lowerFirst(s string) string {
	r := []rune(s)
	if len(r) == 0 {
		return s
	}
	return strings.ToLower(string(r[0])) + string(r[1:])
}

// withoutCue returns words (see wordText) without the phrases of cue name.
func (b *Bot) withoutCue(words, name string) string {
	for _, c := range b.kb.Language.Cues[name] {
		words = strings.ReplaceAll(words, " "+c+" ", " ")
	}
	return words
}

// upperFirst raises the first letter of a list item written to continue a sentence, to stand alone.
func upperFirst(s string) string {
	r := []rune(s)
	if len(r) == 0 {
		return s
	}
	return strings.ToUpper(string(r[0])) + string(r[1:])
}

// validityFor answers a validity question for a holder who was holder at issue ("" when unknown).
func (b *Bot) validityFor(w *writer, st *State, p nlu.Parse, m Message, holder knowledge.Holder) (Reply, string) {
	s := st.Slots
	now := m.Time
	// (Only a yes/no question is asked the other way round: "elle expire en quelle année ?"
	// asks a date, not whether it has expired.)
	inv := (p.Form == nlu.FormYesNo || p.Form == nlu.FormNone) && b.asksInvalid(p.Norm)
	card := rules.Card{Holder: holder, Format: s.CardFormat}
	if s.BirthDate != "" {
		// A birth date decides adult or minor at issue better than "mon fils" does.
		card.BirthDate = knowledge.MustDate(s.BirthDate).Time
		card.Holder = ""
	}
	if s.TravelFrom != "" {
		if r, ok := b.travelValidity(w, s, card, holder, now, inv); ok {
			return r, ""
		}
	}
	if b.hasCue(p.Norm, knowledge.CueNewCard) && p.Slots.IssueDate == "" && p.Slots.IssueYear == 0 && p.Slots.PrintedEnd == "" && p.Slots.PrintedYear == 0 {
		// "ma carte date de 2010… ok et la nouvelle, elle sera valable combien de temps ?": the
		// card issued today, not the one whose dates were told.
		st.Slots.NewCard = true
		return b.newCardValidity(w, s, p, now)
	}
	switch {
	case s.IssueDate != "":
		card.Issued = knowledge.MustDate(s.IssueDate).Time
		v, miss := rules.CNIValidity(b.kb, card, now)
		if len(miss) > 0 {
			return b.askValidity(w, miss)
		}
		b.validityVerdict(w, v, inv)
	case s.PrintedEnd != "":
		v, miss := rules.CNIValidityFromPrinted(b.kb, knowledge.MustDate(s.PrintedEnd).Time, holder, now)
		if len(miss) > 0 {
			return b.askValidity(w, miss)
		}
		b.validityVerdict(w, v, inv)
	case s.IssueYear != 0:
		if s.IssueYear == b.kb.CNI.NewFormatFrom.Year() && s.CardFormat == "" && holder != knowledge.Minor {
			// (A card issued to a minor lasts the same whatever its model.)
			return b.askValidity(w, rules.Missing{rules.NeedFormat})
		}
		first, last, _ := s.IssueSpan() // the first and the last day it may have been issued on
		early, late, miss := b.spanValidity(card, first, last, now)
		if len(miss) > 0 {
			return b.askValidity(w, miss)
		}
		year := strconv.Itoa(early.End.AddDate(0, 0, 1).Year())
		if s.IssueMonth != 0 {
			year = w.month(early.End.AddDate(0, 0, 1)) // "délivrée en décembre 2011": in December 2026
		}
		switch {
		case early.Valid:
			w.para(w.t(verdictKey("validity_year_yes", inv), year))
		case !late.Valid:
			w.para(w.t(verdictKey("validity_year_no", inv), year))
		default:
			w.para(w.t("validity_year_dep", year))
		}
		w.fact("valid", validFact(early, late), early.Rule.Sources...)
		b.validityRule(w, early)
	case s.Age != nil && s.AgeAtIssue != nil && *s.Age >= *s.AgeAtIssue && *s.Age-*s.AgeAtIssue < 100:
		// "il a eu sa carte à 15 ans, il vient d'avoir 18 ans, il doit la refaire ?": the two ages
		// date the card to within a year (made 3 to 4 years ago), which often settles it.
		years := *s.Age - *s.AgeAtIssue
		early, late, miss := b.spanValidity(card, now.AddDate(-years-1, 0, 1), now.AddDate(-years, 0, 0), now)
		if len(miss) > 0 {
			return b.askValidity(w, miss)
		}
		if early.Valid == late.Valid {
			year := strconv.Itoa(early.End.AddDate(0, 0, 1).Year())
			if y := strconv.Itoa(late.End.AddDate(0, 0, 1).Year()); y != year {
				year += " " + w.t("or") + " " + y
			}
			w.para(w.t(verdictKey("validity_year_"+ternary(early.Valid, "yes", "no"), inv), year))
			w.fact("valid", validFact(early, late), early.Rule.Sources...)
			b.validityRule(w, early)
			break
		}
		return ask(w, askIssueDate, w.t("ask_issue_date"))
	case s.PrintedYear > now.Year() && b.hasCue(p.Norm, knowledge.CueRemakeTold):
		// "si je la refais ce mois-ci elle ira jusqu'en 2041 c'est ça ?": the year the card made
		// now would last to, claimed, not one printed on the card held.
		st.Slots.NewCard = true
		return b.newCardValidity(w, s, p, now)
	case s.PrintedYear != 0:
		early, miss := rules.CNIValidityFromPrinted(b.kb, time.Date(s.PrintedYear, time.January, 1, 0, 0, 0, 0, time.UTC), holder, now)
		if len(miss) > 0 {
			return b.askValidity(w, miss)
		}
		late, miss := rules.CNIValidityFromPrinted(b.kb, time.Date(s.PrintedYear, time.December, 31, 0, 0, 0, 0, time.UTC), holder, now)
		if len(miss) > 0 {
			return b.askValidity(w, miss)
		}
		year := strconv.Itoa(early.End.Year())
		switch {
		case early.Valid:
			w.para(w.t(verdictKey("validity_end_yes", inv), year))
		case !late.Valid:
			w.para(w.t(verdictKey("validity_end_no", inv), year))
		default:
			w.para(w.t("validity_end_dep", strconv.Itoa(late.End.Year())))
		}
		w.fact("valid", validFact(early, late), early.Rule.Sources...)
		b.validityRule(w, early)
	default:
		if s.Application != "" || s.NewCard || containsWord(p.Norm, "nouvelle carte", "nouvelle", "sera", "prochaine", "future", "refais", "refaire",
			"aujourd hui", "maintenant", "en ce moment", "si je fais", "si je la fais", "today", "now") {
			// "je refais ma carte, elle sera valable 15 ans ?": the card issued today; "et pour
			// un enfant de 8 ans ?" follows on it.
			st.Slots.NewCard = true
			return b.newCardValidity(w, s, p, now)
		}
		minorAtIssue := holder == knowledge.Minor && (s.Age != nil && *s.Age < b.kb.CNI.AdultAge || s.AgeAtIssue != nil && *s.AgeAtIssue < b.kb.CNI.AdultAge) &&
			p.Slots.ValidYears != nil // (a date asked needs the issue date; how long, the general fact)
		if s.CardFormat == knowledge.NewFormat || minorAtIssue {
			// "mon fils de 12 ans, sa carte est valable 10 ans ?": a minor today had the card
			// made as a minor, whose rule needs no date.
			for i := range b.kb.CNI.Validity {
				if r := &b.kb.CNI.Validity[i]; minorAtIssue && r.Holder == knowledge.Minor || !minorAtIssue && slices.Contains(r.Format, knowledge.NewFormat) {
					w.para(capitalize(w.text(r.Explain)) + ".")
					w.entry(r.ID)
					w.sources(r.Sources...)
					return w.done(Answer), ""
				}
			}
		}
		if strings.Contains(p.Norm, "prolong") {
			// "ma carte est prolongée de 5 ans, je dois faire changer la date ?" (no), "je peux
			// voyager avec ?": what the extension is, whatever the card's dates; "quels pays
			// l'acceptent ?", "la Norvège l'accepte ?": the countries' lists first.
			if b.extendedCountries(w, p) {
				w.kbFact("cni.validity.extension")
				w.kbFact("cni.travel-extended")
				return w.done(Answer), ""
			}
			if p.Form == nlu.FormYesNo && inv {
				w.para(w.t("no"))
			}
			w.kbFact("cni.validity.extension")
			return w.done(Answer), ""
		}
		// "la carte de ma fille de 14 ans, elle dure combien d'années ?": a minor's card lasts 10
		// years whatever its model or date, which the rule says; an adult's, 10 or 15 years
		// depending on them, and until when a card lasts, need its dates.
		minorHowLong := p.Form == nlu.FormHowLong && b.situation(s).Holder == knowledge.Minor
		if p.FirstPerson && p.Question && !minorHowLong {
			return ask(w, askIssueDate, w.t("ask_issue_date"))
		}
		w.kbFact("cni.validity.general")
		w.kbFact("cni.validity.extension")
	}
	return w.done(Answer), ""
}

// spanValidity is the validity of a card issued on the first and on the last day it may have
// been issued on, when only a span is known (a year, a month, two ages).
func (b *Bot) spanValidity(card rules.Card, first, last, now time.Time) (early, late rules.Validity, miss rules.Missing) {
	card.Issued = first
	if early, miss = rules.CNIValidity(b.kb, card, now); len(miss) > 0 {
		return early, late, miss
	}
	card.Issued = last
	late, miss = rules.CNIValidity(b.kb, card, now)
	return early, late, miss
}

// travelValidity answers whether a card will still be valid on the day of the journey the person
// spoke of ("elle expire dans 3 mois et on part en avril"), rather than today; ok is false when the
// journey is not to come or the card's end is not known closely enough.
func (b *Bot) travelValidity(w *writer, s nlu.Slots, card rules.Card, holder knowledge.Holder, now time.Time, inv bool) (Reply, bool) {
	from, to := knowledge.MustDate(s.TravelFrom).Time, knowledge.MustDate(s.TravelTo).Time
	if to.Before(now) {
		return Reply{}, false
	}
	// The first and the last day the card may be valid until, and the rule that says so (none
	// when the person told the day it expires).
	var first, last time.Time
	var rule *rules.Validity
	switch {
	case s.IssueDate != "":
		card.Issued = knowledge.MustDate(s.IssueDate).Time
		v, miss := rules.CNIValidity(b.kb, card, now)
		if len(miss) > 0 {
			return Reply{}, false
		}
		first, last, rule = v.End, v.End, &v
	case s.PrintedEnd != "":
		v, miss := rules.CNIValidityFromPrinted(b.kb, knowledge.MustDate(s.PrintedEnd).Time, holder, now)
		if len(miss) > 0 {
			return Reply{}, false
		}
		first, last, rule = v.End, v.End, &v
	case s.Expires != "":
		first = knowledge.MustDate(s.Expires).Time.AddDate(0, 0, -1)
		last = first
	case s.IssueYear != 0:
		start, end, _ := s.IssueSpan()
		early, late, miss := b.spanValidity(card, start, end, now)
		if len(miss) > 0 {
			return Reply{}, false
		}
		first, last, rule = early.End, late.End, &early
	case s.PrintedYear != 0 && s.PrintedMonth != 0:
		start := time.Date(s.PrintedYear, time.Month(s.PrintedMonth), 1, 0, 0, 0, 0, time.UTC)
		early, miss := rules.CNIValidityFromPrinted(b.kb, start, holder, now)
		late, miss2 := rules.CNIValidityFromPrinted(b.kb, start.AddDate(0, 1, -1), holder, now)
		if len(miss) > 0 || len(miss2) > 0 {
			return Reply{}, false
		}
		first, last, rule = early.End, late.End, &early
	default:
		return Reply{}, false
	}
	valid := "depends"
	switch {
	case !first.Before(to):
		valid = "true"
	case last.Before(from):
		valid = "false"
	}
	// "je dois la refaire ?" asks it the other way round.
	key := "validity_travel_" + valid
	if inv && valid != "depends" {
		key += "_inv"
	}
	if rule == nil {
		// The person told when it expires: no date of Guichet's to give.
		w.para(w.t(strings.Replace(key, "travel_", "travel_told_", 1)))
	} else if s.IssueDate == "" && s.IssueYear != 0 {
		// Issued some day of a year or month: it ends the day before an anniversary of that day.
		w.para(w.t(strings.Replace(key, "travel_", "travel_year_", 1), strconv.Itoa(first.AddDate(0, 0, 1).Year())))
	} else if valid == "true" {
		w.para(w.t(key, w.date(first)))
	} else {
		w.para(w.t(key, w.date(last)))
	}
	if rule != nil {
		w.fact("valid_on_journey", valid, rule.Rule.Sources...)
		if rule.Extended && first.Equal(last) {
			// (With a year of issue alone, the printed day is not known.)
			w.para(w.t("validity_printed", w.date(rule.Printed)))
		}
		b.validityRule(w, *rule)
	} else {
		// The date is the person's; the rule that a card is valid until it is the knowledge base's.
		w.fact("valid_on_journey", valid, b.kb.MustFact("cni.validity.general").Sources...)
	}
	if valid != "true" {
		w.kbFact("cni.renewal-when") // when the card may be renewed before the journey
	}
	return w.done(Answer), true
}

// validFact is the "valid" fact of a card whose issue is known within a span: "true" or "false"
// when the first and the last possible day agree, "depends" otherwise.
func validFact(early, late rules.Validity) string {
	if early.Valid != late.Valid {
		return "depends"
	}
	return strconv.FormatBool(early.Valid)
}

// alone reports whether the message speaks of someone acting on their own ("elle peut y aller
// toute seule ?", "sans ses parents", "by myself").
func (b *Bot) alone(p nlu.Parse) bool { return b.hasCue(p.Norm, knowledge.CueAlone) }

// parentAlone reports whether the one said to act alone is a parent, the writer ("je peux faire
// seule la carte de notre fils ?", "je peux faire la carte de notre fille toute seule, sans
// qu'il vienne ?") or one who comes with the child ("il vient seul avec sa fille"): a parent
// without the other parent, not a child without a parent ("ma fille de 16 ans peut y aller toute
// seule ?"). The subject is the nearest pronoun or child before the word, a child named after
// "de" ("la carte de notre fille") being what is made, not who acts.
//
// It is false when the message names no child (a minor writing of their own card) or tells the
// child is left out ("toute seule, sans l'emmener").
func (b *Bot) parentAlone(norm string) bool {
	if b.withoutOtherParent(norm) {
		return true // "séparée du père de ma fille… je peux faire sa carte sans lui ?"
	}
	children := b.kb.Language.Cues[knowledge.CueChildNamed]
	if !containsWord(norm, children...) || b.withoutChild(norm) || containsWord(norm, "sans lui", "sans elle", "sans l enfant", "sans mon fils", "sans ma fille", "without him", "without her") {
		return false
	}
	for _, sentence := range strings.FieldsFunc(norm, func(r rune) bool { return strings.ContainsRune(".;!?", r) }) {
		words := strings.Fields(strings.Map(func(r rune) rune {
			if strings.ContainsRune(",:()", r) {
				return ' '
			}
			return r
		}, sentence))
		for i, w := range words {
			if w != "seul" && w != "seule" && w != "alone" {
				continue
			}
			if i+1 < len(words) && (words[i+1] == "avec" || words[i+1] == "with") && containsWord(strings.Join(words[i+2:min(i+5, len(words))], " "), children...) {
				return true // "il vient seul avec sa fille": a parent alone, with the child
			}
			for j := i - 1; j >= 0; j-- {
				switch words[j] {
				case "je", "j", "i", "ik":
					return true
				case "il", "elle", "ils", "elles", "he", "she", "they", "hij", "zij", "ze", "on":
					return false
				default:
					// "la carte de notre fille", "emmener ma fille": the child is what is made or
					// who is brought.
					// ("la carte du petit": the child's card, the word before it a "du".)
					if slices.Contains(children, words[j]) && (j < 1 || !slices.Contains([]string{"du", "des", "au", "aux"}, words[j-1])) &&
						(j < 2 || !slices.Contains([]string{"de", "d", "of", "van", "pour", "for", "avec", "with", "emmener", "amener", "accompagner", "emmene", "amene", "accompagne", "bring", "take"}, words[j-2])) {
						return false
					}
				}
			}
		}
	}
	return false
}

// withoutOtherParent reports whether "sans lui" or "sans elle" stands for the other parent, by
// gender: "sans lui" of a daughter when a father is named ("séparée du père de ma fille… sans
// lui ?"), "sans elle" of a son when a mother is.
func (b *Bot) withoutOtherParent(norm string) bool {
	cues := b.kb.Language.Cues
	for _, g := range []struct {
		pronouns                  []string
		child, otherChild, parent string
	}{
		{[]string{"sans lui", "without him", "zonder hem"}, knowledge.CueChildFemale, knowledge.CueChildMale, knowledge.CueParentMale},
		{[]string{"sans elle", "without her", "zonder haar"}, knowledge.CueChildMale, knowledge.CueChildFemale, knowledge.CueParentFemale},
	} {
		if containsWord(norm, g.pronouns...) && containsWord(norm, cues[g.child]...) && !containsWord(norm, cues[g.otherChild]...) && containsWord(norm, cues[g.parent]...) {
			return true
		}
	}
	return false
}

// bringsChild reports whether the message speaks of bringing a child ("faut vraiment que
// j'amène mon bébé au rdv ?", "je dois emmener ma fille ?"): a question of presence, not of
// the papers to bring.
func (b *Bot) bringsChild(norm string) bool {
	verbs, children := b.kb.Language.Cues[knowledge.CueAccompany], b.kb.Language.Cues[knowledge.CueChildNamed]
	words := strings.Fields(norm)
	for i, w := range words {
		if !slices.Contains(verbs, w) {
			continue
		}
		if i > 0 && words[i-1] == "l" {
			return true // "sans l'emmener": the child is the one brought
		}
		for _, n := range words[i+1 : min(i+4, len(words))] {
			if slices.Contains(children, strings.Trim(n, "?!.,;:")) {
				return true
			}
		}
	}
	return false
}

// oneParentEnough is the verdict of a parent acting alone for a child: yes to "je peux la faire
// seule ?" and to "sans l'autorisation de son père ?", no to "je dois exiger l'autorisation de
// la mère ?", since one parent with parental authority applies.
func (b *Bot) oneParentEnough(asked string) bool {
	if !b.hasCue(asked, knowledge.CueConsent) || b.asksWithout(asked) {
		return true
	}
	words := strings.Fields(asked)
	for i, w := range words {
		if w == "sans" || w == "without" || w == "zonder" {
			// "sans autorisation écrite", "sans l'accord du père"
			if b.hasCue(strings.Join(words[i+1:min(i+4, len(words))], " "), knowledge.CueConsent) {
				return true
			}
		}
	}
	return false
}

// withoutChildNamed reports whether the message speaks of acting without the child, named after
// "sans" ("sans le bébé", "without my son"), not without a paper ("sans autorisation").
func (b *Bot) withoutChildNamed(norm string) bool {
	return afterWithout(norm, b.kb.Language.Cues[knowledge.CueChildNamed], 3)
}

// afterWithout reports whether one of words comes within span words after "sans" ("without",
// "zonder").
func afterWithout(norm string, words []string, span int) bool {
	return slices.ContainsFunc(wordsAfterWithout(norm, span), func(w string) bool { return slices.Contains(words, w) })
}

// withoutWords are "sans" and its translations, whose object is done without.
var withoutWords = []string{"sans", "without", "zonder"}

// wordsAfterWithout returns the words after each "sans" (or "without", "zonder") of a normalised
// text, span at most, up to the end of the clause ("sans passer au commissariat ou à la
// gendarmerie, pour…").
func wordsAfterWithout(norm string, span int) []string {
	var after []string
	toks := strings.Fields(norm)
	for i, t := range toks {
		if !slices.Contains(withoutWords, t) {
			continue
		}
		for _, n := range toks[i+1 : min(i+1+span, len(toks))] {
			after = append(after, strings.Trim(n, "?!.,;:()"))
			if strings.ContainsAny(n, "?!.,;:()") {
				break
			}
		}
	}
	return after
}

// withoutChild reports whether the message asks to act without bringing the child ("je peux
// déposer sa demande sans l'emmener ?").
func (b *Bot) withoutChild(norm string) bool {
	return afterWithout(norm, b.kb.Language.Cues[knowledge.CueAccompany], 2)
}

// travelsWithout reports whether a sentence of the message tells of a journey without the
// parents ("ma fille de 15 ans part en colo sans nous"), not a journey in one sentence and an
// act without the child in another ("il sera en voyage scolaire. Je peux déposer le dossier sans
// lui ?").
func (b *Bot) travelsWithout(p nlu.Parse) bool {
	for _, s := range strings.FieldsFunc(p.Norm, func(r rune) bool { return strings.ContainsRune(".;!?", r) }) {
		if b.hasCue(s, knowledge.CueTravel) && (b.hasCue(s, knowledge.CueAlone) || b.hasCue(s, knowledge.CueWithout)) {
			return true
		}
		// "mon neveu part en vacances avec moi (je suis sa tante) en Italie": with someone
		// who is not a parent, which the minor's exit authorisation is for ("chez ses
		// grands-parents" is where, not with whom).
		if i := strings.Index(s, " avec "); i >= 0 && b.hasCue(s, knowledge.CueTravel) && b.hasCue(s[i:min(len(s), i+40)], knowledge.CueNonParent) {
			return true
		}
	}
	return false
}

// clauses cuts a normalised message at its punctuation: "j'habite à Jette. Je dois payer ?" is
// two clauses, and what the second asks is not the first's.
func clauses(norm string) []string {
	return strings.FieldsFunc(norm, func(r rune) bool { return strings.ContainsRune(",.;:!?()…", r) })
}

// lastClause is the last of a normalised message's clauses ("j'ai fait la pré-demande, je dois
// quand même me déplacer ?": "je dois quand même me déplacer"), the whole message when it has none.
func lastClause(norm string) string {
	if cs := clauses(norm); len(cs) > 0 {
		return cs[len(cs)-1]
	}
	return norm
}

// asksWithout reports whether a question on a document asks whether one can do without it ("il
// n'a pas fait de déclaration de vol, on peut prendre le dossier quand même ?"), whose yes means
// the document is not needed.
func (b *Bot) asksWithout(norm string) bool {
	if b.hasCue(norm, knowledge.CueWithout) || b.hasCue(norm, knowledge.CueReplace) {
		return true // "même sans la déclaration ?", "mon passeport peut remplacer l'acte de naissance ?"
	}
	// "il n'a pas fait de déclaration, on peut prendre le dossier quand même ?" asks leave to do
	// without; "je dois quand même fournir un acte ?" whether it is still needed; "mon passeport
	// périmé peut quand même servir ?", with nothing missing, whether it still does.
	return b.hasCue(norm, knowledge.CueAnyway) && !b.hasCue(norm, knowledge.CueObliged) && b.hasCue(norm, knowledge.CueLacking)
}

// lawfulAct returns the fact that shows the act a yes/no question on fraud asks of to be the
// procedure's own way, "" when it asks of no such act: a hosted person giving the host's address
// with the host's statement ("je suis hébergée chez ma sœur, si elle me fait une attestation,
// c'est une fausse déclaration ?"), a card kept after a move, a card without the spouse's name, a
// card still valid renewed for the new model. None of these is a fraud; the fact says why.
func (b *Bot) lawfulAct(p nlu.Parse, s nlu.Slots) string {
	asked := askedPart(p.Norm) // the story's words ("les cartons sont à peine ouverts") ask nothing
	if p.Form != nlu.FormYesNo || p.Deceit || !b.hasCue(asked, knowledge.CueFraudAsked) && !b.hasCue(asked, knowledge.CueRisk) {
		return ""
	}
	if first := firstChoice(questionSentence(p.Norm)); b.hasCue(first, knowledge.CueObliged) || b.hasCue(first, knowledge.CueMandatory) {
		return "" // "je suis obligé de la refaire ? je ne veux pas être en infraction": an obligation asked
	}
	switch {
	case (s.Hosted != nil && *s.Hosted || p.Has(nlu.HostedQ) || b.hasCue(p.Norm, knowledge.CueHostingLetter)) && !b.hasCue(p.Norm, knowledge.CueNotLivingHere):
		return "cni.hosted"
	case b.hasCue(p.Norm, knowledge.CueMoved):
		return "cni.address-change"
	case b.hasCue(p.Norm, knowledge.CueUsageName) && b.saysMarried(p.Norm):
		return "cni.spouse-name"
	case (b.hasCue(p.Norm, knowledge.CueNewCard) || b.hasCue(p.Norm, knowledge.CueFormatNamed)) && b.hasCue(p.Norm, knowledge.CueValid):
		return "cni.renewal-digital"
	}
	return ""
}

// askedPart is a message from the sentence that asks first to its end: "On vient de déménager,
// les cartons sont à peine ouverts. C'est illégal de la garder ?" asks "c'est illégal de la
// garder ?".
func askedPart(norm string) string {
	i := strings.Index(norm, "?")
	if i < 0 {
		return norm
	}
	if j := strings.LastIndexAny(norm[:i], ".!"); j >= 0 {
		return norm[j+1:]
	}
	return norm
}

// nonParentActs reports whether a yes/no question asks whether a relative or carer without
// parental authority may apply for a minor's card or bring the child to apply ("je suis la
// grand-mère, je peux faire sa carte moi-même ?", "mon oncle peut emmener ma fille ?"): a parent
// with parental authority, or the guardian, does (the cni.minor fact).
func (b *Bot) nonParentActs(p nlu.Parse, s nlu.Slots) bool {
	// (A follow-up asked of another child names whom it is asked of: "et pour son grand frère ?")
	if p.Carried || p.Form != nlu.FormYesNo || b.situation(s).Holder != knowledge.Minor || b.hasCue(p.Norm, knowledge.CueGuardian) || strings.Contains(p.Norm, "tutelle") ||
		// A relative given parental authority by a judge applies; the parents' own authority
		// told in the story ("ses parents ont l'autorité parentale") is no such one.
		containsWord(p.Norm, "a l autorite parentale", "ai l autorite parentale", "exerce l autorite parentale", "delegation", "delegue", "deleguee") {
		return false
	}
	norm := strings.ReplaceAll(p.Norm, "-", " ") // "une grand-mère se présente"
	for _, who := range b.kb.Language.Cues[knowledge.CueNonParent] {
		// The relative who comes to the counter, told by the staff ("une grand-mère se présente
		// avec sa petite-fille… je peux enregistrer la demande avec elle ?"): an act.
		for _, comes := range b.kb.Language.Cues[knowledge.CueComes] {
			if containsWord(norm, who+" "+comes) {
				return true
			}
		}
	}
	if !(b.hasCue(p.Norm, knowledge.CueProxyAct) || b.hasCue(p.Norm, knowledge.CueAccompany) || b.alone(p)) {
		return false
	}
	// The relative is the one asked about, in the sentence that asks, or the writer ("je suis
	// sa grand-mère"); not a relative the story names ("pour aller voir mamie au Portugal").
	qs := questionSentence(p.Norm)
	for _, who := range b.kb.Language.Cues[knowledge.CueNonParent] {
		// ("ma voisine dit que je peux emmener ma fille seule ?": she tells, the writer acts.)
		if containsWord(qs, who) && !containsWord(qs, who+" dit", who+" m a dit", who+" nous a dit", who+" pense", who+" affirme", who+" says", who+" told me", who+" zegt") {
			return true
		}
	}
	if b.hasCue(qs, knowledge.CueOthersChild) {
		// "je peux accompagner mon neveu de 14 ans pour sa carte ?": the writer is the uncle.
		return true
	}
	if b.hasCue(qs, knowledge.CueInsteadOfParents) {
		// "ma petite sœur a 14 ans, je peux l'accompagner à la mairie à la place de nos parents
		// ?": the writer is not a parent.
		return true
	}
	if b.hasCue(qs, knowledge.CueOwnParent) && b.hasCue(qs, knowledge.CueOwnChild) {
		// "ma mère peut accompagner mon fils de 10 ans ?": the writer's mother is the child's
		// grandmother.
		return true
	}
	for _, who := range b.kb.Language.Cues[knowledge.CueNonParent] {
		for _, self := range []string{"je suis ", "je suis la ", "je suis le ", "je suis sa ", "je suis son ", "moi la ", "moi le ", "moi sa ", "moi son ", "i m the ", "i am the ", "i m his ", "i m her ", "ik ben de "} {
			if containsWord(norm, self+who) {
				return true
			}
		}
	}
	return false
}

// asksYesNo reports whether a message asks yes or no, a verbless "ok ?" from the counter
// ("usager 16a seul pr renouv cni, ok ?") included.
func asksYesNo(p nlu.Parse) bool {
	return p.Form == nlu.FormYesNo || p.Question && p.Form == nlu.FormNone
}

// cameOfAge reports whether the card was made to a minor who is an adult now: both ages told.
func (b *Bot) cameOfAge(s nlu.Slots) bool {
	return s.Age != nil && s.AgeAtIssue != nil && *s.AgeAtIssue < b.kb.CNI.AdultAge && *s.Age >= b.kb.CNI.AdultAge
}

// verdictKey is the message of a validity verdict, or its counterpart for a question asked the
// other way round, whose yes and no are swapped.
func verdictKey(key string, inv bool) string {
	if inv {
		return key + "_inv"
	}
	return key
}

// asksInvalid reports whether a question on a card's validity asks whether it is not valid: the
// predicate of the question, the last one before its first question mark, says ("ma carte est
// fausse ? elle était encore bonne…" asks whether it is invalid; "elle a expiré en 2022, elle
// est encore valable ?" whether it is valid).
func (b *Bot) asksInvalid(norm string) bool {
	if i := strings.Index(norm, "?"); i >= 0 {
		norm = norm[:i]
		// "C'est marqué qu'elle expire en juin 2023. Je suis toujours en règle ?": the sentence
		// that asks, not the story before it, when it says either.
		if j := strings.LastIndexAny(norm, ".!"); j >= 0 && b.asksInvalidIn(wordText(norm[j+1:])) != nil {
			norm = norm[j+1:]
		}
	} else {
		norm = b.indirectClause(norm)
	}
	text := wordText(norm)
	// "elle reste valable ou il doit la refaire ?": of two alternatives, the first is asked.
	for _, or := range []string{" ou ", " or ", " of "} {
		if i := strings.Index(text, or); i >= 0 && b.asksInvalidIn(text[:i+1]) != nil {
			text = text[:i+1]
		}
	}
	v := b.asksInvalidIn(text)
	return v != nil && *v
}

// docWithout reports whether the message asks to do without doc ("il suffit sans acte de
// naissance ?").
func docWithout(norm string, doc *knowledge.Document) bool {
	text := wordText(norm)
	for _, m := range doc.Match {
		for _, before := range []string{"sans ", "sans un ", "sans une ", "sans l ", "sans le ", "sans la ", "without ", "without a ", "zonder "} {
			if strings.Contains(text, " "+before+m+" ") {
				return true
			}
		}
	}
	return false
}

// docSpared reports whether a message asks to be spared document doc ("mon passeport, ça m'évite
// de fournir un acte de naissance ?"): a question of doing without it, whose yes is that it is
// not needed.
func (b *Bot) docSpared(norm string, doc *knowledge.Document) bool {
	r := " " + b.afterCue(norm, knowledge.CueSpares, 6) + " "
	return slices.ContainsFunc(doc.Match, func(m string) bool { return strings.Contains(r, " "+m+" ") })
}

// questionSentence returns the sentence of norm that asks (the last one before its first
// question mark), or norm when it has no question mark or a single sentence.
func questionSentence(norm string) string {
	i := strings.Index(norm, "?")
	if i < 0 {
		return norm
	}
	if j := nlu.SentenceEnd(strings.ReplaceAll(norm[:i], "\n", " ")); j >= 0 {
		return norm[j+1 : i]
	}
	return norm[:i]
}

// indirectClause returns the clause an indirect question asks ("je voulais savoir si je suis
// obligée de la changer, elle est valable jusqu'en 2029": whether I must change it), or norm
// when it asks none.
func (b *Bot) indirectClause(norm string) string {
	text := wordText(strings.NewReplacer(",", " ¶ ", ".", " ¶ ", ";", " ¶ ").Replace(norm))
	for _, cue := range b.kb.Language.Cues[knowledge.CueIndirect] {
		if e := cueEnd(text, cue, false); e >= 0 {
			clause, _, _ := strings.Cut(text[e:], "¶")
			return clause
		}
	}
	return norm
}

// afterCue returns the few words of a message after the first phrase of a cue ("au lieu de sa
// carte d'identité pour créer…": "sa carte d'identité pour"), "" when no phrase of it is there.
func (b *Bot) afterCue(norm, name string, words int) string {
	text := wordText(norm)
	for _, cue := range b.kb.Language.Cues[name] {
		if e := cueEnd(text, cue, false); e >= 0 {
			ws := strings.Fields(text[e:])
			return strings.Join(ws[:min(words, len(ws))], " ")
		}
	}
	return ""
}

// asksInvalidIn is asksInvalid on a question's words (a wordText), nil when they have no
// predicate of validity.
func (b *Bot) asksInvalidIn(text string) *bool {
	end, size, inv := -1, 0, false
	for _, cue := range []string{knowledge.CueValid, knowledge.CueInvalid} {
		for _, w := range b.kb.Language.Cues[cue] {
			// The predicate that ends last; at the same end, the longer ("plus valable").
			if e := cueEnd(text, w, true); e > end || e >= 0 && e == end && len(w) > size {
				end, size, inv = e, len(w), cue == knowledge.CueInvalid
			}
		}
	}
	if end < 0 {
		return nil
	}
	return &inv
}

// holderAtIssue estimates from today's age whether the holder was an adult at issue, only when
// the estimate cannot be wrong by a year.
func holderAtIssue(age int, s nlu.Slots, now time.Time) knowledge.Holder {
	year := s.IssueYear
	if s.IssueDate != "" {
		year = knowledge.MustDate(s.IssueDate).Year()
	}
	at := age - (now.Year() - year)
	switch {
	case at >= 19:
		return knowledge.Adult
	case at <= 16:
		return knowledge.Minor
	}
	return ""
}

func (b *Bot) askValidity(w *writer, miss rules.Missing) (Reply, string) {
	switch miss[0] {
	case rules.NeedHolder:
		w.option(w.t("opt_was_adult"), "majeur")
		w.option(w.t("opt_was_minor"), "mineur")
		return ask(w, askHolderIssue, w.t("ask_holder_issue"))
	case rules.NeedFormat:
		w.option(w.t("opt_new_format"), "format carte bancaire")
		w.option(w.t("opt_old_format"), "ancien modèle plastifié")
		return ask(w, askFormat, w.t("ask_format"))
	default:
		return ask(w, askIssueDate, w.t("ask_issue_date"))
	}
}

// validityVerdict states whether a card is valid; inv is set when the question asks the other
// way round ("elle est périmée ?", "je dois la refaire ?"), so that its yes or no answers it.
func (b *Bot) validityVerdict(w *writer, v rules.Validity, inv bool) {
	if v.Valid {
		w.para(w.t(verdictKey("validity_yes", inv), w.date(v.End)))
	} else {
		w.para(w.t(verdictKey("validity_no", inv), w.date(v.End.AddDate(0, 0, 1))))
	}
	w.fact("valid", strconv.FormatBool(v.Valid), v.Rule.Sources...)
	w.fact("valid_until", v.End.Format(time.DateOnly), v.Rule.Sources...)
	if v.Extended {
		w.para(w.t("validity_printed", w.date(v.Printed)))
	}
	b.validityRule(w, v)
}

// extensionVerdict puts first, in an answer on a card's validity that starts at block start,
// whether the card gets the extension's added years, when the question asks that ("la carte de
// mon fils faite à 14 ans, elle a droit aux 5 ans en plus ?": no, whatever its validity), or
// asked it last and corrects the card's date ("ah non, délivrée le 15 janvier 2004. du coup ?").
// The card's own verdict then loses its "Oui"/"Non" and tells its dates. It reports whether it
// did.
func (b *Bot) extensionVerdict(w *writer, st *State, p nlu.Parse, start int) bool {
	if !b.hasCue(p.Norm, knowledge.CueExtensionAsked) && !b.hasCue(st.LastAsk, knowledge.CueExtensionAsked) {
		return false
	}
	ask := questionSentence(cmp.Or(p.Ask, p.Norm))
	// ("avec la prolongation, elle est encore bonne ?" asks the card's validity, the extension
	// counted.)
	asked := asksYesNo(p) && b.hasCue(ask, knowledge.CueExtensionAsked) ||
		p.Continues() && st.LastForm == nlu.FormYesNo && b.hasCue(st.LastAsk, knowledge.CueExtensionAsked) && (p.Form == nlu.FormNone || p.Form == nlu.FormYesNo)
	// (A sentence that asks whether the card is valid or expired asks that, not the extension.)
	if !asked || b.asksInvalidIn(wordText(ask)) != nil || b.extensionCounted(ask) || start >= len(w.r.Blocks) || b.hasCue(ask, knowledge.CueTravel) {
		return false
	}
	var applied *knowledge.ValidityRule
	added := 0
	for i := range b.kb.CNI.Validity {
		r := &b.kb.CNI.Validity[i]
		added = max(added, r.ExtensionYears)
		if slices.Contains(w.r.Entries, r.ID) {
			if applied != nil {
				return false // two rules applied (the holder unknown): the answer tells both
			}
			applied = r
		}
	}
	if applied == nil || added == 0 {
		return false
	}
	key := "extension_no"
	if applied.ExtensionYears > 0 {
		key, added = "extension_yes", applied.ExtensionYears
	}
	first := &w.r.Blocks[start]
	for _, v := range []string{w.t("yes"), w.t("no")} {
		if rest, ok := strings.CutPrefix(first.Text, strings.TrimSuffix(v, ".")+", "); ok {
			first.Text = upperFirst(rest) // "Oui, la carte est valable…": the dates, without their verdict
		}
	}
	w.r.Blocks = slices.Insert(w.r.Blocks, start, Block{Kind: Paragraph, Text: w.t(key, strconv.Itoa(added))})
	return true
}

// extensionCounted reports whether a sentence names the extension as what is counted, after
// "avec" ("avec les 5 ans en plus dont tout le monde parle, je suis encore couverte ?"): the
// question is then the card's standing, with the extension, not the extension itself.
func (b *Bot) extensionCounted(sentence string) bool {
	text := wordText(sentence)
	for _, c := range b.kb.Language.Cues[knowledge.CueExtensionAsked] {
		end := cueEnd(text, c, false)
		if end < 0 {
			continue
		}
		before := strings.Fields(text[:end-len(c)])
		for _, w := range before[max(0, len(before)-5):] {
			if w == "avec" || w == "with" || w == "met" {
				return true
			}
		}
	}
	return false
}

// validYearsVerdict puts first, in an answer on a card's validity that starts at block start, the
// verdict on the duration the question names ("elle est valable 15 ans comme l'ancienne ?"), from
// the validity rule the answer applied.
func (b *Bot) validYearsVerdict(w *writer, p nlu.Parse, start int) {
	said := p.Slots.ValidYears
	// ("elle dure combien de temps ? 15 ans comme l'ancienne ?": a how-long question, then the
	// yes/no one on the years it names.)
	if said == nil || start >= len(w.r.Blocks) || p.Form != nlu.FormYesNo && !strings.Contains(wordText(lastSentence(p.Norm)), " "+strconv.Itoa(*said)+" ") {
		return
	}
	if t := w.r.Blocks[start].Text; t == w.t("yes") || t == w.t("no") ||
		isVerdict(w, t) && !strings.Contains(b.conclusion(lastSentence(p.Norm)), strconv.Itoa(*said)) {
		// Already answered ("je refais ma carte, elle sera valable 15 ans ?"), or the card's own
		// verdict answers the question the message ends with ("c'est vrai qu'elles sont
		// valables 15 ans ? la mienne date de 2011, donc je suis tranquille ?", "il paraît
		// qu'elles sont valables 15 ans, donc elle est encore bonne ?"); the rule that follows
		// tells the years.
		return
	}
	for _, id := range w.r.Entries {
		for i := range b.kb.CNI.Validity {
			if r := &b.kb.CNI.Validity[i]; r.ID == id {
				years := r.Years + r.ExtensionYears
				key := "validity_years_no"
				if *said == years {
					key = "validity_years_yes"
				}
				verdict := Block{Kind: Paragraph, Text: w.t(key, strconv.Itoa(years))}
				w.r.Blocks = slices.Insert(w.r.Blocks, start, verdict)
				return
			}
		}
	}
}

// conclusion is what a sentence asks after its last word of conclusion (knowledge.CueConclusion:
// "donc", "du coup"): "il paraît qu'elles sont valables 15 ans, donc elle est encore bonne ?" asks
// whether the card is still good, the years being what was heard.
func (b *Bot) conclusion(sentence string) string {
	text := wordText(sentence)
	at := -1
	for _, w := range b.kb.Language.Cues[knowledge.CueConclusion] {
		at = max(at, strings.LastIndex(text, " "+w+" "))
	}
	if at < 0 {
		return sentence
	}
	return text[at:]
}

func (b *Bot) validityRule(w *writer, v rules.Validity) {
	w.para(w.t("validity_rule", w.text(v.Rule.Explain)))
	if f, ok := b.kb.Fact("cni.eu-2031"); ok && f.Until != nil && v.Format == knowledge.Plastic && v.End.After(f.Until.Time) && !slices.Contains(w.r.Entries, f.ID) {
		// An old-model card whose French validity runs past the European limit.
		defer w.kbFact(f.ID)
	}
	if v.Extended {
		// What a journey abroad needs to know: the date printed and the one the law gives.
		w.printed, w.extended = v.Printed, v.End
	}
	if v.Rule.ExtensionYears > 0 {
		// "elle est valable 15 ans ?": the total the extension makes, beside the printed years.
		w.para(w.t("validity_total", strconv.Itoa(v.Rule.Years+v.Rule.ExtensionYears), strconv.Itoa(v.Rule.Years)))
	}
	w.entry(v.Rule.ID)
	w.sources(v.Rule.Sources...)
	if f, ok := b.kb.Fact("cni.validity.general"); ok {
		// A source that gives another duration is noted where it changes this card's answer.
		years := v.Rule.Years + v.Rule.ExtensionYears
		w.differs(f.Sources, slices.DeleteFunc(slices.Clone(f.Differs), func(d knowledge.Differs) bool {
			y, ok := d.Years[v.Holder]
			return ok && y == years
		}))
	}
	if !v.Valid {
		w.para(w.t("validity_renew"))
	}
}

// appliesHere reports whether a local rule concerns the place the person named: a rule is local
// to the communes its sources come from (Mus for the knowledge base's local identity-card rules).
func (b *Bot) appliesHere(r *knowledge.FeeRule, s nlu.Slots) bool {
	if s.Place == "" {
		return false
	}
	for _, id := range r.Sources {
		if src, ok := b.kb.Source(id); ok && strings.Contains(knowledge.Fold(src.Publisher), knowledge.Fold(s.Place)) {
			return true
		}
	}
	return false
}

// reYearsSaid reads a number of years the person says ("valable 15 ans").
var reYearsSaid = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`\b(\d{1,2}) ans\b`) })

// newCardValidity answers how long a card issued today is valid, and whether that is the number
// of years the person said.
func (b *Bot) newCardValidity(w *writer, s nlu.Slots, p nlu.Parse, now time.Time) (Reply, string) {
	holder := s.Holder
	if holder == "" || holder == knowledge.Protected {
		holder = knowledge.Adult
	}
	v, miss := rules.CNIValidity(b.kb, rules.Card{Issued: now, Holder: holder, Format: knowledge.NewFormat}, now)
	if len(miss) > 0 || v.Rule == nil {
		w.kbFact("cni.validity.general")
		return w.done(Answer), ""
	}
	if s.PrintedYear != 0 && p.Form == nlu.FormYesNo {
		// ("…elle ira jusqu'en 2041 ?": the year of its end, the day before the anniversary.)
		w.para(yesNo(w, s.PrintedYear == v.End.Year()))
	} else if m := reYearsSaid().FindStringSubmatch(p.Norm); m != nil && p.Form == nlu.FormYesNo {
		said, _ := strconv.Atoi(m[1])
		w.para(yesNo(w, said == v.Rule.Years))
	}
	w.para(w.t("new_card_validity", w.t("for_"+string(holder)), strconv.Itoa(v.Rule.Years), w.date(v.End)))
	w.fact("new_card_valid_until", v.End.Format(time.DateOnly), v.Rule.Sources...)
	b.validityRule(w, v)
	return w.done(Answer), ""
}

// travelDocument answers whether the identity card is enough to travel to the country a message
// names ("on part à New York, ma carte d'identité suffit ?": no, a passport), from the lists of
// the countries where a valid card is enough, where it is on conditions and where a passport is
// asked. A card whose printed date has passed is left to the lists of the extended card. It
// reports whether it wrote.
func (b *Bot) travelDocument(w *writer, s nlu.Slots, p nlu.Parse, now time.Time) bool {
	if !asksYesNo(p) || p.Deceit || p.Applications != nil || s.Application == knowledge.Loss || s.Application == knowledge.Theft ||
		s.ExpiredYears != nil || s.PrintedYear != 0 && s.PrintedYear < now.Year() || b.hasCue(p.Norm, knowledge.CueCardExpired) || b.hasCue(p.Norm, knowledge.CueExpiring) {
		return false
	}
	ask := questionSentence(cmp.Or(p.Ask, p.Norm))
	// "ça suffit ?", "la carte ça va ?", "je peux aller à Londres avec ?": the card as the
	// journey's document, not another question of the card asked on the way.
	journey := b.hasCue(ask, knowledge.CueSuffices) || b.hasCue(ask, knowledge.CueTravel) ||
		containsWord(ask, "suffisent", "ca va", "ca marche", "c est bon", "c est ok", "ok", "will it do", "is it ok", "entrer", "aller", "rentrer", "go", "get in", "enter", "naar")
	if !journey || !(p.CardNamed || b.hasCue(p.Norm, knowledge.CueCardWord) || containsWord(ask, "avec", "with", "met")) || p.Has(nlu.Fee) || p.Has(nlu.Documents) ||
		p.OtherDocument || containsWord(ask, "visa", "esta", "passeport", "passport", "paspoort") {
		return false
	}
	fact := b.destination(ask)
	if fact == nil {
		fact = b.destination(p.Norm)
	}
	// Where the card is enough, whether this card is valid is the question once its dates or its
	// validity are told ("faite en mai 2011, ça passe ?"), or its presence, its delay…: only a
	// question of the country's rule gets the country's answer. (A card called valid in a
	// question whether it suffices, "sa carte est valide, ça suffit ?", asks the country's
	// rule.) Where it is not enough, no date makes it so.
	dated := s.IssueYear != 0 || s.IssueDate != "" || s.PrintedYear != 0 || s.PrintedEnd != "" || s.Expires != "" || s.AgeAtIssue != nil || s.CardFormat != "" ||
		(b.hasCue(ask, knowledge.CueValid) || p.Has(nlu.Validity)) && !b.hasCue(ask, knowledge.CueSuffices) || b.hasCue(p.Norm, knowledge.CuePickup) || p.Has(nlu.Presence) || p.Has(nlu.Delay)
	if fact == nil || fact.Travel == knowledge.TravelCardEnough && dated {
		return false
	}
	enough := "false"
	switch fact.Travel {
	case knowledge.TravelCardEnough:
		w.para(w.t("travel_card_yes"))
		enough = "true"
	case knowledge.TravelConditional:
		w.para(w.t("travel_card_depends"))
		enough = "depends"
	default:
		w.para(w.t("no"))
	}
	w.fact("card_enough_to_travel", enough, fact.Sources...)
	w.kbFact(fact.ID)
	return true
}

// destination returns the list of travel documents that names the country a text names: where
// the identity card is enough, where it is on conditions, or where a passport is asked (the facts
// with a Travel rule). The last country named is the one asked ("on vit à Paris, on part à
// Londres").
func (b *Bot) destination(norm string) *knowledge.Fact {
	var fact *knowledge.Fact
	at := -1
	for _, f := range b.travelLists {
		if it := matchItem(f, norm); it != nil {
			if i := lastItemAt(it, norm); i > at {
				fact, at = f, i
			}
		}
	}
	return fact
}

// journeyAsked reports whether a message asks whether the identity card, named, does for a
// journey to a country it names ("et ma carte d'identité, elle suffit pour entrer au Japon ?").
func (b *Bot) journeyAsked(p nlu.Parse) bool {
	return (p.CardNamed || slices.Contains(p.Named, knowledge.TopicCNI)) && b.destination(questionSentence(cmp.Or(p.Ask, p.Norm))) != nil
}

// lastItemAt returns where the last of an item's match phrases occurs in a text, or -1.
func lastItemAt(it *knowledge.Item, norm string) int {
	text := itemText(norm)
	at := -1
	for _, m := range it.Match {
		if i := strings.LastIndex(text, " "+m+" "); i > at {
			at = i
		}
	}
	return at
}

// extendedCountries answers which countries accept an extended card, when the message names a
// country or asks about countries or a journey, with the verdict for the country named. It
// reports whether it wrote.
func (b *Bot) extendedCountries(w *writer, p nlu.Parse) bool {
	refusing, ok1 := b.kb.Fact("cni.travel-extended.refusing")
	accepting, ok2 := b.kb.Fact("cni.travel-extended.accepting")
	if !ok1 || !ok2 {
		return false
	}
	refused, accepted := matchItem(refusing, p.Norm), matchItem(accepting, p.Norm)
	switch {
	case refused != nil:
		if p.Form == nlu.FormYesNo {
			w.para(w.t("no"))
		}
		w.fact("destination_accepts", "false", refusing.Sources...)
		w.kbFact(refusing.ID)
	case accepted != nil:
		if p.Form == nlu.FormYesNo {
			w.para(w.t("yes"))
		}
		w.fact("destination_accepts", "true", accepting.Sources...)
		w.kbFact(accepting.ID)
	case b.hasCue(p.Norm, knowledge.CueTravel) || p.Slots.Abroad != nil && *p.Slots.Abroad:
		w.kbFact(accepting.ID)
		w.kbFact(refusing.ID)
	default:
		return false
	}
	return true
}

// extendedDestination answers, for a card extended by law whose printed date has passed, what the
// country the person names does with it: a refusal is the verdict ("je peux aller en Belgique
// avec ?": no, whatever the card's validity in France); an acceptance is said after the
// verdict; with either, what to know to travel with such a card. It reports whether it wrote.
func (b *Bot) extendedDestination(w *writer, p nlu.Parse, now time.Time) bool {
	if w.printed.IsZero() || w.printed.After(now) || slices.Contains(w.r.Entries, "cni.travel-extended") ||
		factValue(w.r, "valid") == "false" || factValue(w.r, "valid_on_journey") == "false" {
		return false // not extended, its printed date to come, or no longer valid anyway
	}
	refusing, ok1 := b.kb.Fact("cni.travel-extended.refusing")
	accepting, ok2 := b.kb.Fact("cni.travel-extended.accepting")
	if !ok1 || !ok2 {
		return false
	}
	until := w.date(w.extended)
	switch {
	case matchItem(refusing, p.Norm) != nil:
		country := w.text(matchItem(refusing, p.Norm).Text)
		lead := []Block{{Kind: Paragraph, Text: w.t("destination_refuses", country)}}
		if len(w.r.Blocks) > 0 && isVerdict(w, w.r.Blocks[0].Text) {
			// The card's validity in France comes after, without a yes of its own.
			yes := strings.TrimSuffix(w.t("yes"), ".")
			rest := strings.TrimLeft(strings.TrimPrefix(w.r.Blocks[0].Text, yes), " ,:")
			if strings.HasPrefix(w.r.Blocks[0].Text, yes) && rest != "" {
				w.r.Blocks[0].Text = w.t("destination_in_france", lowerFirst(rest))
			} else {
				w.r.Blocks[0].Text = w.t("destination_valid_in_france", until)
			}
		}
		w.r.Blocks = append(lead, w.r.Blocks...)
		w.fact("destination_accepts", "false", refusing.Sources...)
		w.kbFact(refusing.ID)
	case matchItem(accepting, p.Norm) != nil:
		w.para(w.t("destination_accepts", w.text(matchItem(accepting, p.Norm).Text)))
		w.fact("destination_accepts", "true", accepting.Sources...)
		w.entry(accepting.ID)
		w.sources(accepting.Sources...)
	case b.hasCue(p.Norm, knowledge.CueTravel) || p.Slots.Abroad != nil && *p.Slots.Abroad:
		// A country neither list names, or none: the refusals, short, and how to check.
		w.kbFact(refusing.ID)
	default:
		return false
	}
	w.kbFact("cni.travel-extended")
	return true
}

// cniCircumstances adds what the circumstances the person tells call for, whatever the question: a
// journey abroad with a card, a theft or a loss abroad, a card found after it was declared.
func (b *Bot) cniCircumstances(w *writer, st *State, p nlu.Parse, now time.Time) bool {
	before := len(w.r.Blocks)
	travel := b.hasCue(p.Norm, knowledge.CueTravel) || p.Slots.Abroad != nil && *p.Slots.Abroad
	lost := st.Slots.Application == knowledge.Loss || st.Slots.Application == knowledge.Theft
	if !lost && b.extendedDestination(w, p, now) {
		return true
	}
	if f, ok := b.kb.Fact("cni.eu-2031"); ok && travel && f.Until != nil && slices.Contains(w.r.Entries, f.ID) && len(w.r.Blocks) > 0 && isVerdict(w, w.r.Blocks[0].Text) &&
		(b.hasCue(p.Norm, knowledge.CueToTheEnd) || st.Slots.TravelFrom != "" && knowledge.MustDate(st.Slots.TravelFrom).After(f.Until.Time)) {
		// "valable jusqu'en 2035, je pourrai voyager en Europe avec jusqu'à cette date ?": not
		// beyond the European limit, whatever its French validity.
		w.r.Blocks = append([]Block{{Kind: Paragraph, Text: w.t("eu_limit_no", w.date(f.Until.Time))}}, w.r.Blocks...)
		if t := w.r.Blocks[1].Text; t == w.t("yes") || t == w.t("no") {
			w.r.Blocks = slices.Delete(w.r.Blocks, 1, 2) // the bare verdict on its French validity
		}
		return true
	}
	if minor := b.situation(st.Slots).Holder == knowledge.Minor; !slices.Contains(w.r.Entries, "cni.minor-travel") &&
		(b.hasCue(p.Norm, knowledge.CueExitPermit) || minor && travel && b.travelsWithout(p)) {
		// "ma fille de 15 ans part en colo sans nous": the exit authorisation, first.
		n := len(w.r.Blocks)
		w.kbFact("cni.minor-travel")
		w.r.Blocks = append(slices.Clone(w.r.Blocks[n:]), w.r.Blocks[:n]...)
	}
	// Holidays alone say no country: "perdue en vacances" may be in Brittany.
	away := p.Slots.Abroad != nil && *p.Slots.Abroad || st.Slots.Abroad != nil && *st.Slots.Abroad ||
		b.hasCue(b.withoutCue(wordText(p.Norm), knowledge.CueHoliday), knowledge.CueTravel)
	switch {
	case lost && away && !slices.Contains(w.r.Entries, "cni.theft-abroad") && !b.hasCue(p.Norm, knowledge.CueBurglary):
		// (A home burgled "pendant les vacances" is no theft abroad.)
		// Where to declare it, abroad, comes before the documents for the new card (after the
		// verdict of a yes/no question).
		n := len(w.r.Blocks)
		w.kbFact("cni.theft-abroad")
		if p.Form != nlu.FormYesNo {
			w.r.Blocks = append(slices.Clone(w.r.Blocks[n:]), w.r.Blocks[:n]...)
		}
	case travel && (st.Intent == nlu.Validity || st.Slots.Application == knowledge.Renewal) && !slices.Contains(w.r.Entries, "cni.travel-extended") && factValue(w.r, "card_enough_to_travel") == "" &&
		(factValue(w.r, "valid") == "" && factValue(w.r, "valid_on_journey") == "" || !w.printed.IsZero()):
		// A card extended by law, or one whose dates are not known: how to travel with it.
		w.kbFact("cni.travel-extended")
	}
	if q := questionSentence(p.Norm); st.Intent != nlu.Delay && !slices.Contains(w.r.Entries, "cni.delay") && containsWord(q, "combien de temps", "delai", "delais", "how long", "hoelang") &&
		!b.hasCue(q, knowledge.CueValid) { // "valable combien de temps ?" asks the validity, not the delay
		// "combien ça coûte, et combien de temps faut-il pour l'avoir ?": the second question too.
		w.kbFact("cni.delay")
	}
	if st.Slots.Application == knowledge.Loss && st.Intent != nlu.Declare && !slices.Contains(w.r.Entries, "cni.loss-declaration") &&
		b.hasCue(cmp.Or(questionSentence(p.Norm), p.Norm), knowledge.CuePolice) {
		// "combien ça va me coûter, et est-ce que je dois passer au commissariat avant ?": the
		// second question too, which the loss's declaration answers.
		w.kbFact("cni.loss-declaration")
	}
	if st.Slots.Application == knowledge.Loss && p.Slots.Application == knowledge.Loss && b.hasCue(p.Norm, knowledge.CueChanged) &&
		!slices.Contains(w.r.Entries, "cni.loss-declaration") && !slices.Contains(w.r.Entries, "cni.theft-abroad") {
		// "en fait je l'ai juste perdue, ça change quoi ?": where a loss is declared, which is
		// what changes from a theft.
		w.kbFact("cni.loss-declaration")
	}
	if p.Vanished && st.Slots.Application == knowledge.Loss && !slices.Contains(w.r.Entries, "cni.theft-declaration") && !slices.Contains(w.r.Entries, "cni.theft-abroad") {
		// "mon portefeuille avait disparu, je ne sais pas si on me l'a pris": a loss, and what to
		// do if it was stolen.
		w.kbFact("cni.theft-declaration")
	}
	if st.Slots.Application == knowledge.Theft && !slices.Contains(w.r.Entries, "cni.theft-declaration") && !slices.Contains(w.r.Entries, "cni.theft-abroad") {
		// A theft always names its declaration to the police or gendarmerie, whatever was asked;
		// first, when what comes first is asked ("par quoi je commence ?").
		n := len(w.r.Blocks)
		w.kbFact("cni.theft-declaration")
		if p.Form != nlu.FormYesNo && b.hasCue(cmp.Or(p.Ask, p.Norm), knowledge.CueFirstStep) {
			w.r.Blocks = append(slices.Clone(w.r.Blocks[n:]), w.r.Blocks[:n]...)
		}
	}
	if p.Damaged && st.Slots.Application == knowledge.Renewal && !slices.Contains(w.r.Entries, "cni.damaged") {
		w.kbFact("cni.damaged") // why a damaged card is a renewal, with its source
	}
	if p.FoundAgain && !slices.Contains(w.r.Entries, "cni.found-after-declaration") {
		// "je l'ai retrouvée, je peux encore m'en servir ?": no; a question the answer has
		// already said yes or no to ("…le renouvellement est gratuit ?") keeps its own verdict.
		if p.Form == nlu.FormYesNo && !w.opensWithVerdict() {
			verdict := ternary(nlu.Denied(p.Norm, b.kb.Language.Cues[knowledge.CueDeclared]), w.t("yes"), w.t("no"))
			w.r.Blocks = append([]Block{{Kind: Paragraph, Text: verdict}}, w.r.Blocks...)
		}
		w.kbFact("cni.found-after-declaration")
	}
	return len(w.r.Blocks) != before
}

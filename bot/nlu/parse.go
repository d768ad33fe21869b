package nlu

import (
	"cmp"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/guichet/guichet/knowledge"
	"github.com/guichet/guichet/knowledge/rules"
)

// Parse is what a message says, as far as Guichet can tell.
type Parse struct {
	Lang knowledge.Lang
	// LangSure is false when the message had no word telling its language.
	LangSure bool
	// Topic is the topic named or implied, empty when none.
	Topic knowledge.Topic
	// Intents are the questions found, most specific first.
	Intents []Intent
	Slots   Slots
	// BrusselsAmbiguous is set when "Bruxelles" may mean the region rather than the commune.
	BrusselsAmbiguous bool
	// CommunesNamed are the Brussels communes the message names, in the order it names them
	// ("Schaerbeek c'est moins cher qu'Uccle ?"), whatever Slots.Commune kept of them.
	CommunesNamed []string
	// NoChip is set when the person says they have no chip card (Brussels digital key).
	NoChip bool
	Flags  Flags
	// OutOfScope is "", "other", "fraud" or "injection".
	OutOfScope string
	// Words is the number of words; Known the number that carried a concept.
	Words, Known int
	// Domain is the number of concepts of Guichet's topics the message has (a question, a kind
	// of request, a commune…): none means nothing in it is about what Guichet covers.
	Domain int
	// Norm is the normalised text, for the few checks that read words directly.
	Norm string
	// FirstPerson is set when the person speaks of their own card or case ("ma carte").
	FirstPerson bool
	// Question is set when the message asks a yes/no question.
	Question bool
	// Form is the kind of answer the message asks for.
	Form Form
	// Patron is set when town-hall staff speak of the person at the counter ("l'usager").
	Patron bool
	// Proxy is set when someone else would act for the person ("mon mari à ma place").
	Proxy bool
	// Victim is set when the person fears a fraud by someone else ("j'ai peur qu'on se fasse
	// passer pour moi"): the words of fraud are not theirs to commit.
	Victim bool
	// Damaged is set when the message says the card is damaged ("cassée en deux"): a renewal.
	Damaged bool
	// AsideSituations are the situations on the way to nationality the words told ("mariés
	// depuis 7 ans") in a message whose words named another topic: the dialog restores them when
	// the examples make nationality the subject ("…pas encore divorcés, je peux faire la
	// déclaration ?").
	AsideSituations []string
	// Deceit is set when the message says it would deceive the administration ("faire croire à la
	// mairie", "si je leur dis que…") or use another person's means of identification ("my
	// friend's eID", "mes empreintes à moi"): a fraud whatever else it asks.
	Deceit bool
	// OtherPlace is set when the person asks about another town hall than their own.
	OtherPlace bool
	// TownAsked is a town the question sentence names ("je pourrai la récupérer à
	// Villeurbanne ?"), folded; "" when it names none.
	TownAsked string
	// TopicNamed is set when the message names a topic outright ("carte d'identité", "clé
	// numérique"), rather than implying one from a situation.
	TopicNamed bool
	// CardNamed is set when the message speaks of a card without saying which ("ma carte"): most
	// likely the identity card, though not named outright.
	CardNamed bool
	// Label is what the message asks: a topic's facet ("cni.fee"), "oos" or "fraud", as the
	// examples taught it unless the words settle it (a deceit is a fraud, another subject named
	// alone is out of scope); empty when the knowledge base has no examples.
	Label string
	// Predictions are every label's score, best first.
	Predictions []Prediction
	// Level is the one language level (CEFR, such as B1) the message names, "" when none or several.
	Level string
	// Sequel is set when the message begins as the sequel of the one before or its correction.
	Sequel bool
	// PriceNamed is set when the message speaks of a price in so many words ("coûter", "prix",
	// "payer"), not only with "combien".
	PriceNamed bool
	// FreeAsked is set when the message asks whether something is free or paid ("c'est
	// payant ?").
	FreeAsked bool
	// FoundAgain is set when a clause of the message says the card was found again ("je l'ai
	// retrouvée") and none denies it ("je ne la retrouve plus").
	FoundAgain bool
	// Vanished is set when the card is told gone without saying whether it was lost or stolen
	// ("mon portefeuille avait disparu", "je ne sais pas si on me l'a pris"): a loss, whose
	// answer also says what to do if it was stolen.
	Vanished bool
	// Foreigner is set when the person says they are a foreign national ("je suis marocain").
	Foreigner bool
	// Carried is set when the message only names another person or case and its question is
	// the last message's, asked again ("et pour son grand frère de 14 ans ?"): Ask is that
	// question, and the people the message names are whom it is asked of, not companions.
	Carried bool
	// OtherForeigner is true when the foreign national is someone the asker tells of, the
	// asker being French ("je suis française et mon mari est anglais, il peut… ?").
	OtherForeigner bool
	// OtherDocument is set when the other subject the message names is another procedure or
	// document (a passport, a Belgian eID, another country's nationality), not a place or an
	// everyday thing told in passing ("perdue à la piscine").
	OtherDocument bool
	// Ask is the normalised sentence that asks, when a story comes before it ("ma voisine dit
	// qu'il faut payer un timbre… je voulais savoir si le renouvellement est bien gratuit ?"):
	// what a yes or no answers; the whole message when it is one sentence.
	Ask string
	// Applications are the kinds of request the message names, in the order it names them: "on
	// m'a volé ma carte, je peux la déclarer perdue ?" tells a theft and asks about a loss.
	Applications []knowledge.Application
	// Requests is how many requests a price question covers at once, when it asks their total
	// ("on est trois adultes…, ça fera combien en tout ?", "pour refaire les 4 cartes", "c'est 55
	// pour les deux ?"); 0 when it asks no total.
	Requests int
	// ComparedApp is a kind of request a sequel compares the case with, and only names for that
	// ("et le prix, c'est le même que pour un vol ?" after a loss told): not the case itself.
	ComparedApp knowledge.Application
	// LaterYears is how many years from now the message asks about ("l'année prochaine ce sera
	// bon ?": 1), 0 when it asks about now.
	LaterYears int
	// LaterDays is how many days from now the message tells something is to happen ("je passerai
	// la chercher dans un mois": 30), 0 when it tells none.
	LaterDays int
	// AgoDays is how long ago, in days, the message says something happened ("reçu il y a 10
	// jours", "two weeks ago"), for a yes/no on what may wait only so long; nil when it says none.
	AgoDays *int
	// LimitMonths is the most age, in months, a question claims a document may have ("la photo
	// doit avoir moins d'un an ?"): a rule to check, not the age of the person's own document.
	LimitMonths *int
	// FutureAge is an age the person will have ("en mars j'aurai 18 ans", "il aura 12 ans
	// avant le rendez-vous"): not today's, and a follow-up may ask about that time.
	FutureAge *int
	// Amount is the price the message states ("le timbre c'est 25 euros ?", "is it €10?"), to
	// be compared with the one the rules give; nil when it states none.
	Amount *knowledge.Money
	// Named are the topics the message names outright.
	Named []knowledge.Topic
	// AskedTopic is, of several topics named, the one the sentence that asks names; "" when
	// the message names one topic, or its question names none or several.
	AskedTopic knowledge.Topic
	// QuestionTopic is the one topic the sentence that asks names, when a story comes before it
	// and that sentence names no other subject: "…with titre de séjour, I work in a restaurant.
	// I want be French, what is possible?" asks about nationality.
	QuestionTopic knowledge.Topic
	// baby is set when the message names a baby (see knowledge.CueBaby).
	baby bool
	// AskedApp is the one kind of request the sentence that asks names, when a story comes
	// before it ("…je ne retrouve plus l'ancienne. C'est pareil qu'une perte ?").
	AskedApp knowledge.Application
	// CardOnPhone is set when the message puts the identity card on a phone ("avoir sa carte
	// dans le téléphone"), which is France Identité itself.
	CardOnPhone bool
	// AppMandatory is set when the sentence that asks puts an obligation on France Identité
	// itself ("on sera obligé d'avoir France Identité ?", "France Identité devient obligatoire
	// ?"), not on one of its conditions or uses.
	AppMandatory bool
	// HolderAway is set when the message says the person whose card or key it is will not be
	// there (see knowledge.CueHolderAway): someone else would collect, file or certify for them.
	HolderAway bool
	// OwnCard is set when the message speaks of the writer's own card ("ma carte", "my ID card").
	OwnCard bool
	// AskOther is set when the sentence that asks, after or before a story, names another
	// subject and none of Guichet's topics: "le changement d'adresse sur la carte grise ça se
	// fait où ? j'ai refait ma carte d'identité en même temps" asks about the other one.
	AskOther bool
}

// Flags are the conversational signals of a message.
type Flags struct {
	Reset, Greeting, Thanks, Bye, Yes, No, Help bool
}

// Has reports whether the parse contains intent i.
func (p Parse) Has(i Intent) bool {
	for _, x := range p.Intents {
		if x == i {
			return true
		}
	}
	return false
}

// Parser holds the compiled lexicon. It is read-only after New and safe for concurrent use.
type Parser struct {
	// cues reads a text once for all the knowledge base's cue lists (see saysAny).
	cues *cueIndex
	// goVerbs are the verbs of going, sending or getting an app (knowledge.CueGoVerb,
	// knowledge.CueDownload), for goesWhere.
	goVerbs map[string]bool
	// mayVerbs are the one-word verbs of being allowed (knowledge.CueAllowed: "peut", "can"),
	// which open a yes/no question in its first two words ("Uccle peut me la faire…").
	mayVerbs  map[string]bool
	phrases   map[string][]phrase // by first token (exact)
	wildFirst []phrase            // phrases whose first token is a prefix pattern
	vocab     map[string]bool     // exact words of the lexicon a typo may be corrected into
	known     map[string]bool     // other words of the lexicon: never corrected, never a correction
	deletes   map[string][]string // a word with one or two letters deleted -> lexicon words, for spelling correction
	// deletesOnce builds deletes at the first word that needs it.
	deletesOnce sync.Once
	prefixes    []string // prefix patterns (without *)
	stop        map[string]bool
	// childWords name a child ("fils", "jumeaux", "ado"): "de 4 ans" after one is an age, not
	// a paper's.
	childWords []string
	// personWords name a grown-up ("une dame de 82 ans"): the years after them are an age.
	personWords []string
	// adultAge is the age of majority, which an age told by years alone is read against.
	adultAge int
	sms      map[string]string // SMS spellings -> words
	lang     map[string]map[knowledge.Lang]bool
	communes map[string]string // folded name or alias -> commune id
	// communeWords are single-word folded commune names, for spelling correction.
	communeWords map[int][]string
	maxCommune   int
	// topics and facets recognise what a message asks, learnt from the knowledge base's
	// examples: the topic (or oos, fraud) and the facet, each from every example, so that "prix"
	// means a fee whatever the topic; pairs reads the topic-facet pair at once, which tells the
	// facets of one topic apart where the shared facets blur them (the two together: 0.825
	// accuracy with guichet nlu test, against 0.822 without pairs); labels are the topic-facet
	// pairs the examples have.
	features              *Features
	topics, facets, pairs *Classifier
	labels                []string
	// layout places each of labels in the classifiers' outputs (see layoutLabels).
	layout []labelLayout
	// trained is set when the classifiers were trained at start rather than loaded.
	trained bool
	// formCues are the phrases that show the form of a question, by first word.
	formCues map[string][]formCue
	// sequels are the phrases that begin a sequel or a correction, fillers the interjections
	// that may come before them.
	sequels [][]string
	fillers []string
	// sequelTails end a message that follows the one before ("ça coûte combien du coup ?",
	// "how much is it then?"), as a sequel's first words begin one.
	sequelTails [][]string
	// tailWords end a question without asking ("elle expire quand en vrai ?", "c'est combien
	// exactement ?"): a word asked before them is the question's last.
	tailWords map[string]bool
	// travel are the words of a journey ("on part", "voyage"), whose date is not an issue date.
	travel []string
	// uses are the verbs of using a document, for someone else's card; prices the words of a
	// price.
	uses, prices, frees []string
	// found are the phrases of a card found again ("je l'ai retrouvée").
	found []string
	// cardNotInIt are the cue phrases by which something found did not hold the card ("mais la
	// carte n'est pas dedans").
	cardNotInIt []string
	// haveCard are the cue phrases by which the person says they still hold the card ("je l'ai sur
	// moi"): a loss told in the story is then none.
	haveCard []string
	// ownParents and frenchDescendants: the parent of a French person, told from either side;
	// parentsOfFrench: told in one phrase (knowledge.CueParentOfFrench).
	ownParents, frenchDescendants, parentsOfFrench []string
	// parentsOf, frenchChildren, ownChildren and selfFrench: see their cues.
	parentsOf, frenchChildren, ownChildren, selfFrench []string
	// ownSiblings and frenchSiblings: the brother or sister of a French person.
	ownSiblings, frenchSiblings, siblingRoutes []string
	// forgeChanges, forgeMeans, buys, boughtPapers and loginsAs: deceits told by two phrases,
	// one after the other (see knowledge.CueForgeChange).
	forgeChanges, forgeMeans, buys, boughtPapers, loginsAs []string
	// forgeVerbs and forgeObjects: an alteration told in words of one's own ("je corrige un peu
	// la date"), a forgery with a means or a concealment.
	forgeVerbs, forgeObjects []string
	// madeInto: what the changed figure or name is made into (see its cue).
	madeInto []string
	// fakeVerbs and fakeObjects: a thing made false on purpose ("how can I fake an Etterbeek
	// address"), unless the message asks whether something is a fraud (fraudsAsked).
	fakeVerbs, fakeObjects, fraudsAsked []string
	// printedOn, mistakes and madeChange: an alteration of what the card itself shows, unless a
	// mistake or the office that makes the change is told.
	printedOn, mistakes, madeChange []string
	// deliberate are the words of a thing done on purpose ("exprès").
	deliberate []string
	// cardsHeld tell a card neither lost nor stolen ("je n'ai pas perdu ma carte"): declared so
	// anyway, a false declaration.
	cardsHeld []string
	// selfAsParent tell a parent asking of themselves ("moi, le parent"): a "pour moi" then is
	// no holder.
	selfAsParent []string
	// writeVerbs, falseValues, insteadOf and statedStates: a value other than the true one
	// stated in a paper or to the office (see falseStatement).
	writeVerbs, falseValues, insteadOf, statedStates []string
	// writeVerbWords and insteadOfWords are the words of writeVerbs and insteadOf, split once.
	writeVerbWords, insteadOfWords [][]string
	// offers and inOrderTo: money offered so that someone acts, a bribe.
	offers, inOrderTo []string
	// idDocuments: identity documents named in English, someone else's used (othersDocumentUsed).
	idDocuments []string
	// negations deny a clause ("pas", "impossible de la retrouver").
	negations []string
	// questionTags end a statement that asks for agreement ("…, non ?", "…, right?"), split into
	// words once.
	questionTags [][]string
	// politeRequests open a request put as a question ("can you explain", "pouvez-vous
	// m'indiquer"), split into words once.
	politeRequests [][]string
	// moneyWords name a currency in words ("euros", "balles"): an amount offered.
	moneyWords []string
	// bribesPaid and favours: money handed over without an amount, and what it buys (see
	// knowledge.CueBribePaid).
	bribesPaid, favours []string
	// bribeGives: money handed to someone, which with an amount and a favour is a bribe.
	bribeGives []string
	// servicesOffered: a service a stranger offers ("propose d'accélérer"), whose price is a paid
	// intermediary's, not a bribe the writer offers.
	servicesOffered []string
	// totals and twos: a total price asked, and two people counted (see requestCount).
	totals, twos []string
	// differs ask whether things differ or change ("ça change le prix", "le prix serait
	// différent"): see knowledge.CueDiffers and knowledge.CueChanged.
	differs []string
	// appointments: an appointment, whose date one may move; appointmentDates: that date named.
	appointments, appointmentDates []string
	// pastTold: something received or done, whose date is the last one.
	pastTold []string
	// wantCards, newCardsNamed, formatsNamed: the new card wanted rather than held.
	wantCards, newCardsNamed, formatsNamed []string
	// nationalityHolders and foreignNationalities: a foreign national (see
	// knowledge.CueNationalityHolder).
	nationalityHolders, foreignNationalities, frenchNationals, frenchStates []string
	// otherHolders are the nationality holders that name someone else than the asker ("mon mari
	// est", "my wife is").
	otherHolders []string
	// frenchCities are large French towns (see CueFrenchCity).
	frenchCities []string
	// firstPersons, thirdPersons and descendantsNamed: see their cues.
	firstPersons, thirdPersons, descendantsNamed []string
	// othersFrench are the French nationals' phrases that do not name the asker ("naturalisé",
	// "devenue française").
	othersFrench []string
	// becameFrench: a nationality acquired already.
	becameFrench []string
	// proveNationality are the words of a nationality proved ("prouver ma nationalité").
	proveNationality []string
	// frenchOthers: someone else told French.
	frenchOthers []string
	// sinceBirth: living in France since birth.
	sinceBirth []string
	// foreignCountries name countries other than France ("espagne", "a l etranger").
	foreignCountries []string
	// babies: a baby named.
	babies []string
	// falsePapers and concealments: see knowledge.CueFalsePaper.
	falsePapers, concealments []string
	// shamMarriages: see knowledge.CueShamMarriage.
	shamMarriages []string
	// actsInPlace act in someone's stead ("si je signe à sa place"): with a concealment, a deceit.
	actsInPlace []string
	// bypasses: see knowledge.CueBypass.
	bypasses []string
	// damages: see knowledge.CueDamage.
	damages []string
	// notRegistered: a registration denied.
	notRegistered []string
	// belgianCards name the Belgian identity card, cardProcedures what one does to a card
	// (renew, remake, lose), and keyNames the digital key: see belgianCardProcedure.
	belgianCards, cardProcedures, keyNames, eidPins, frenchWords []string
	// lives tell where someone lives ("j'habite", "je vis"), against a country only travelled to.
	lives []string
	// departures tell a journey still to come ("elle part en Italie en mars").
	departures []string
	// indirects open an indirect question ("je me demandais si", "ik vroeg me af of").
	indirects []string
	// studyWords and studiedAbroad: studies placed outside France.
	studyWords, studiedAbroad []string
	// plasticCards: the old laminated card named.
	plasticCards []string
	// theftsTold: a theft told without its name ("quelqu'un a ouvert mon sac", "cambriolés").
	theftsTold []string
	// vanishings: a card gone, lost or stolen, the message cannot say.
	vanishings []string
	// nfcNamed and lacksIt: the phone's NFC named, then denied by a pronoun ("mon téléphone n'en a
	// pas").
	nfcNamed, lacksIt []string
	// othersCards, inApp and resemblances: another's card put in one's app, or shown for a likeness.
	othersCards, inApp, resemblances []string
	// mainlandCompared: see knowledge.CueMainlandCompared; overseas: see knowledge.CueOverseas.
	mainlandCompared, overseas, birthRulesApart []string
	// theftOutcomes: what an identity thief gets in someone's name.
	theftOutcomes []string
	// onPhone and cardWords: the identity card put on a phone.
	onPhone, cardWords []string
	// mandatory and identiteNames: an obligation put on France Identité, named.
	mandatory, identiteNames []string
	// appPronouns: the app stood for by a pronoun or a demonstrative (see its cue).
	appPronouns []string
	// mandatoryAfter are the words of mandatory that ask whether France Identité is required
	// when they follow its name: not the adverbs, which ask what it requires ("pour la
	// certification faut forcément la nouvelle carte ?").
	mandatoryAfter []string
	// holderAway: the holder will not be there; otherParents: a parent named, who is not.
	holderAway, otherParents []string
	// guardians: a guardian named ("son tuteur n'est pas là" is no holder away).
	guardians []string
	// impersonations and injections: a deceit, an injection, each told in one phrase.
	impersonations, injections []string
	// ownApp: the writer's own app or phone, where someone else's card has no place.
	ownApp []string
	// noSmartphones: a phone that is no smartphone; foreignStatuses: a foreigner's own status.
	noSmartphones, foreignStatuses []string
	// othersCredentials, ownContacts and dataRequests: see their cues.
	othersCredentials, ownContacts, dataRequests []string
	// actsAs, ownCredentials, asMe and ownMeans: see their cues.
	actsAs, ownCredentials, asMe, ownMeans []string
	// spousesNamed, proxyActs and proxyPhrases (the lexicon's other phrases of acting for
	// someone): a spouse named acts for the writer only with an act.
	spousesNamed, proxyActs, proxyPhrases []string
	// alones: acting alone ("toute seule"), of one's own card no act for someone.
	alones []string
	// taxMatters, taxQuestions, proofWords and orderCertificates: other subjects that share
	// Guichet's words (a tax notice, a birth certificate).
	taxMatters, taxQuestions, proofWords, orderCertificates []string
	// askedOf are the pronouns of the person something is asked of ("lui demander un acte de
	// naissance"): a document asked of someone, not ordered from a register.
	askedOf []string
	// devices, ownDevices and contactRequests tell one's own phone from a contact asked.
	devices, ownDevices, contactRequests []string
	// hostingLetters and notLivingHere are the phrases of a host's statement and of someone who
	// does not live with the writer.
	hostingLetters, notLivingHere []string
	// notResident are the phrases of a writer who does not live in the commune they name.
	notResident []string
	// notTown and regionWide are the words after "j'habite à" that name no town outside
	// Brussels: see knowledge.CueNotTown and knowledge.CueRegionWide.
	notTown, regionWide []string
	// eventPlace, cardExpired and eidNamed: see knowledge.CueEventPlace, knowledge.CueCardExpired
	// and knowledge.CueEIDNamed.
	eventPlace, cardExpired, eidNamed []string
	// workTold: see knowledge.CueWorkTold; a place shortly after it is where one works.
	workTold []string
	// nationalityWords: see knowledge.CueNationalityWord; othersIdentities and ownEmphatic: see
	// knowledge.CueOthersIdentity.
	nationalityWords, othersIdentities, ownEmphatic []string
	// risks are the phrases that ask what a lie costs; whatToAnswer an agent's "je lui réponds
	// quoi ?".
	risks, whatToAnswer []string
}

type phrase struct {
	toks     []string
	concepts []string
	// other is set for a phrase of another subject that holds a phrase naming a topic ("la
	// nationalité belge"): it is read before longer phrases that overlap it.
	other bool
}

// New compiles the lexicon and the commune names of kb, and learns its question examples. When
// they are the ones the model built into Guichet was trained on (make model), it loads that model
// instead of training: start-up stays fast.
func New(kb *knowledge.Base) *Parser {
	// The built-in model is checked and read while the lexicon compiles: start-up waits on the
	// longer of the two, not on both.
	type model struct {
		m        Parser
		err      error
		examples []Example
	}
	done := make(chan *model, 1)
	go pat() // the slots' regular expressions compile meanwhile too
	go func() {
		r := &model{examples: Examples(kb)}
		switch d := trainingDigest(kb); {
		case len(r.examples) == 0:
		case d == "":
			r.err = ErrStaleModel
		default:
			r.err = r.m.load(embeddedModel, d)
		}
		done <- r
	}()
	p := build(kb, nil)
	r := <-done
	switch {
	case len(r.examples) == 0:
	case r.err == nil:
		p.labels, p.features, p.topics, p.facets, p.pairs = r.m.labels, r.m.features, r.m.topics, r.m.facets, r.m.pairs
		p.layoutLabels()
	default:
		p.learn(r.examples)
		p.trained = true
	}
	return p
}

// Train returns a parser that learnt the examples of kb now, whatever model is built in.
func Train(kb *knowledge.Base) *Parser {
	p := build(kb, Examples(kb))
	p.trained = true
	return p
}

// Examples returns the question examples of kb, one per message.
func Examples(kb *knowledge.Base) []Example {
	var out []Example
	for _, q := range kb.Questions {
		for _, e := range q.Examples {
			out = append(out, Example{Text: e, Label: q.Label})
		}
	}
	return out
}

// build is New with the examples to learn from, which cross-validation chooses.
func build(kb *knowledge.Base, examples []Example) *Parser {
	p := &Parser{
		phrases: map[string][]phrase{}, vocab: map[string]bool{}, deletes: map[string][]string{},
		stop: map[string]bool{}, lang: map[string]map[knowledge.Lang]bool{}, known: map[string]bool{},
		communes: map[string]string{}, communeWords: map[int][]string{},
	}
	p.cues = newCueIndex(kb.Language.Cues)
	p.goVerbs = map[string]bool{}
	for _, v := range append(slices.Clone(kb.Language.Cues[knowledge.CueGoVerb]), kb.Language.Cues[knowledge.CueDownload]...) {
		if !strings.Contains(v, " ") {
			p.goVerbs[v] = true
		}
	}
	p.mayVerbs = map[string]bool{}
	for _, v := range kb.Language.Cues[knowledge.CueAllowed] {
		if !strings.Contains(v, " ") {
			p.mayVerbs[v] = true
		}
	}
	named := topicPhrases(kb)
	for _, ws := range kb.Words {
		cs := ws.Means
		// A misspelt word may be corrected into a word of the lexicon, never into one that
		// refuses, resets or changes Guichet's role: "reste" must not become "restart".
		correctable := !slices.ContainsFunc(cs, func(c string) bool {
			return strings.HasPrefix(c, "oos:") || c == "f:reset"
		})
		for _, ph := range ws.Phrases {
			toks := tokens(knowledge.Normalize(ph))
			if len(toks) == 0 {
				continue
			}
			e := phrase{toks: toks, concepts: withNamedTopics(cs, toks, named)}
			// Another document's name is read first too: "refaire ma carte Vitale" names the Vitale
			// card, though "refaire ma carte" is longer.
			e.other = slices.Contains(cs, "oos:other") && (len(appendNamedTopics(nil, toks, named)) > 0 || slices.Contains(cs, "oos:doc"))
			if strings.HasSuffix(toks[0], "*") {
				p.wildFirst = append(p.wildFirst, e)
			} else {
				p.phrases[toks[0]] = append(p.phrases[toks[0]], e)
			}
			for _, t := range toks {
				switch {
				case strings.HasSuffix(t, "*") && correctable:
					p.prefixes = append(p.prefixes, strings.TrimSuffix(t, "*"))
				case strings.HasSuffix(t, "*"):
				case correctable:
					p.vocab[t] = true
				default:
					p.known[t] = true
				}
			}
		}
	}
	for _, w := range kb.Language.Stopwords {
		p.stop[w] = true
	}
	p.sms = kb.Language.SMS
	p.fillers = kb.Language.Cues[knowledge.CueFiller]
	p.tailWords = map[string]bool{}
	for _, phrase := range kb.Language.Cues[knowledge.CueTail] {
		for _, w := range strings.Fields(phrase) {
			p.tailWords[w] = true
		}
	}
	p.travel = kb.Language.Cues[knowledge.CueTravel]
	p.lives = kb.Language.Cues[knowledge.CueLive]
	p.departures = kb.Language.Cues[knowledge.CueDeparture]
	p.uses = kb.Language.Cues[knowledge.CueUse]
	p.prices = kb.Language.Cues[knowledge.CuePrice]
	p.found = kb.Language.Cues[knowledge.CueFound]
	p.cardNotInIt = kb.Language.Cues[knowledge.CueCardNotInIt]
	p.haveCard = kb.Language.Cues[knowledge.CueHaveCard]
	p.ownParents = kb.Language.Cues[knowledge.CueOwnParent]
	p.frenchDescendants = kb.Language.Cues[knowledge.CueFrenchDescendant]
	p.parentsOfFrench = kb.Language.Cues[knowledge.CueParentOfFrench]
	p.parentsOf = kb.Language.Cues[knowledge.CueParentOf]
	p.frenchChildren = kb.Language.Cues[knowledge.CueFrenchChildren]
	p.ownChildren = kb.Language.Cues[knowledge.CueOwnChild]
	p.selfFrench = kb.Language.Cues[knowledge.CueSelfFrench]
	p.ownSiblings = kb.Language.Cues[knowledge.CueOwnSibling]
	p.frenchSiblings = kb.Language.Cues[knowledge.CueFrenchSibling]
	p.siblingRoutes = kb.Language.Cues[knowledge.CueSiblingRoute]
	p.forgeChanges = kb.Language.Cues[knowledge.CueForgeChange]
	p.forgeMeans = kb.Language.Cues[knowledge.CueForgeMeans]
	p.forgeVerbs, p.forgeObjects = kb.Language.Cues[knowledge.CueForgeVerb], kb.Language.Cues[knowledge.CueForgeObject]
	p.madeInto = kb.Language.Cues[knowledge.CueMadeInto]
	p.fakeVerbs, p.fakeObjects, p.fraudsAsked = kb.Language.Cues[knowledge.CueFakeVerb], kb.Language.Cues[knowledge.CueFakeObject], kb.Language.Cues[knowledge.CueFraudAsked]
	p.printedOn, p.mistakes, p.madeChange = kb.Language.Cues[knowledge.CuePrintedOn], kb.Language.Cues[knowledge.CueMistake], kb.Language.Cues[knowledge.CueMadeChange]
	p.deliberate = kb.Language.Cues[knowledge.CueDeliberate]
	p.cardsHeld = kb.Language.Cues[knowledge.CueCardHeld]
	p.selfAsParent = kb.Language.Cues[knowledge.CueSelfAsParent]
	p.writeVerbs, p.falseValues = kb.Language.Cues[knowledge.CueWriteVerb], kb.Language.Cues[knowledge.CueFalseValue]
	p.insteadOf, p.statedStates = kb.Language.Cues[knowledge.CueInsteadOf], kb.Language.Cues[knowledge.CueStatedState]
	for _, v := range p.writeVerbs {
		p.writeVerbWords = append(p.writeVerbWords, strings.Fields(v))
	}
	for _, c := range p.insteadOf {
		p.insteadOfWords = append(p.insteadOfWords, strings.Fields(c))
	}
	p.offers, p.inOrderTo = kb.Language.Cues[knowledge.CueOffer], kb.Language.Cues[knowledge.CueInOrderTo]
	p.appointments = kb.Language.Cues[knowledge.CueAppointment]
	p.appointmentDates = kb.Language.Cues[knowledge.CueAppointmentDate]
	p.negations = kb.Language.Cues[knowledge.CueNegation]
	for _, tag := range kb.Language.Cues[knowledge.CueQuestionTag] {
		p.questionTags = append(p.questionTags, strings.Fields(tag))
	}
	for _, r := range kb.Language.Cues[knowledge.CuePoliteRequest] {
		p.politeRequests = append(p.politeRequests, strings.Fields(r))
	}
	p.moneyWords = kb.Language.Cues[knowledge.CueMoneyWord]
	p.bribesPaid, p.favours = kb.Language.Cues[knowledge.CueBribePaid], kb.Language.Cues[knowledge.CueFavour]
	p.bribeGives, p.servicesOffered = kb.Language.Cues[knowledge.CueBribeGive], kb.Language.Cues[knowledge.CueServiceOffered]
	p.totals, p.twos = kb.Language.Cues[knowledge.CueTotalAsked], kb.Language.Cues[knowledge.CuePair]
	p.differs = slices.Concat(kb.Language.Cues[knowledge.CueDiffers], kb.Language.Cues[knowledge.CueChanged])
	p.idDocuments = kb.Language.Cues[knowledge.CueIDDocument]
	p.buys = kb.Language.Cues[knowledge.CueBuy]
	p.boughtPapers = kb.Language.Cues[knowledge.CueBoughtPaper]
	p.loginsAs = kb.Language.Cues[knowledge.CueLoginAs]
	p.pastTold = kb.Language.Cues[knowledge.CuePastTold]
	p.wantCards = kb.Language.Cues[knowledge.CueWantCard]
	p.newCardsNamed = kb.Language.Cues[knowledge.CueNewCardNamed]
	p.formatsNamed = kb.Language.Cues[knowledge.CueFormatNamed]
	p.nationalityHolders = kb.Language.Cues[knowledge.CueNationalityHolder]
	p.frenchCities = kb.Language.Cues[knowledge.CueFrenchCity]
	p.firstPersons = kb.Language.Cues[knowledge.CueFirstPerson]
	p.thirdPersons = kb.Language.Cues[knowledge.CueThirdPerson]
	p.descendantsNamed = kb.Language.Cues[knowledge.CueDescendantNamed]
	for _, f := range kb.Language.Cues[knowledge.CueFrenchNational] {
		if !slices.Contains(p.firstPersons, strings.Fields(f)[0]) {
			p.othersFrench = append(p.othersFrench, f)
		}
	}
	for _, h := range p.nationalityHolders {
		if !slices.Contains(p.firstPersons, strings.Fields(h)[0]) && strings.Contains(h, " ") {
			p.otherHolders = append(p.otherHolders, h)
		}
	}
	p.foreignNationalities = kb.Language.Cues[knowledge.CueForeignNationality]
	p.frenchNationals = kb.Language.Cues[knowledge.CueFrenchNational]
	// (A state denied says a foreign national, "elle n'est pas naturalisée"; a nationality's
	// name denied need not: "son acte ne permet pas de prouver la nationalité française".)
	p.frenchStates = slices.DeleteFunc(slices.Clone(p.frenchNationals), func(c string) bool { return strings.Contains(c, "nationalite") })
	p.becameFrench = kb.Language.Cues[knowledge.CueBecameFrench]
	p.proveNationality = kb.Language.Cues[knowledge.CueProveNationality]
	p.theftOutcomes = kb.Language.Cues[knowledge.CueTheftOutcome]
	p.frenchOthers = kb.Language.Cues[knowledge.CueFrenchOther]
	p.sinceBirth = kb.Language.Cues[knowledge.CueSinceBirth]
	p.foreignCountries = kb.Language.Cues[knowledge.CueForeignCountry]
	p.babies = kb.Language.Cues[knowledge.CueBaby]
	p.childWords = kb.Language.Cues[knowledge.CueChildNamed]
	p.personWords = kb.Language.Cues[knowledge.CuePersonNamed]
	p.adultAge = kb.CNI.AdultAge
	p.falsePapers = kb.Language.Cues[knowledge.CueFalsePaper]
	p.bypasses = kb.Language.Cues[knowledge.CueBypass]
	p.damages = kb.Language.Cues[knowledge.CueDamage]
	p.concealments = kb.Language.Cues[knowledge.CueConcealment]
	p.shamMarriages = kb.Language.Cues[knowledge.CueShamMarriage]
	p.actsInPlace = kb.Language.Cues[knowledge.CueActInPlace]
	p.notRegistered = kb.Language.Cues[knowledge.CueNotRegistered]
	p.belgianCards = kb.Language.Cues[knowledge.CueBelgianCard]
	p.cardProcedures = kb.Language.Cues[knowledge.CueCardProcedure]
	p.keyNames = kb.Language.Cues[knowledge.CueKeyNamed]
	p.eidPins = kb.Language.Cues[knowledge.CueEIDPin]
	p.frenchWords = kb.Language.Cues[knowledge.CueFrenchWord]
	p.indirects = kb.Language.Cues[knowledge.CueIndirect]
	p.studyWords = kb.Language.Cues[knowledge.CueStudyWord]
	p.studiedAbroad = kb.Language.Cues[knowledge.CueStudiedAbroad]
	p.plasticCards = kb.Language.Cues[knowledge.CuePlasticCard]
	p.theftsTold, p.vanishings = kb.Language.Cues[knowledge.CueTheftTold], kb.Language.Cues[knowledge.CueVanished]
	p.nfcNamed, p.lacksIt = kb.Language.Cues[knowledge.CueNFCNamed], kb.Language.Cues[knowledge.CueLacksIt]
	for _, card := range []string{"carte d identite ", "carte ", "cni ", "identiteitskaart ", "kaart ", "id card ", "identity card ", "cle numerique ", "digitale sleutel ", "sleutel ", "digital key ", "codes "} {
		for _, who := range kb.Language.Cues[knowledge.CueOtherHolder] {
			p.othersCards = append(p.othersCards, card+who)
		}
	}
	p.inApp = kb.Language.Cues[knowledge.CueInApp]
	p.othersIdentities, p.ownEmphatic = kb.Language.Cues[knowledge.CueOthersIdentity], kb.Language.Cues[knowledge.CueOwnEmphatic]
	for _, c := range p.inApp {
		if f := strings.Fields(c); slices.Contains(f, "mon") || slices.Contains(f, "ma") || slices.Contains(f, "my") || slices.Contains(f, "mijn") {
			p.ownApp = append(p.ownApp, c) // "dans MON appli", not "dans l'appli"
		}
	}
	p.impersonations = kb.Language.Cues[knowledge.CueImpersonation]
	p.noSmartphones = kb.Language.Cues[knowledge.CueNoSmartphone]
	p.foreignStatuses = kb.Language.Cues[knowledge.CueForeignStatus]
	p.othersCredentials = kb.Language.Cues[knowledge.CueOthersCredentials]
	p.actsAs = kb.Language.Cues[knowledge.CueActAs]
	p.ownCredentials = kb.Language.Cues[knowledge.CueOwnCredentials]
	p.asMe = kb.Language.Cues[knowledge.CueAsMe]
	p.ownMeans = kb.Language.Cues[knowledge.CueOwnMeans]
	p.ownContacts = kb.Language.Cues[knowledge.CueOwnContact]
	p.dataRequests = kb.Language.Cues[knowledge.CueDataRequest]
	p.spousesNamed = kb.Language.Cues[knowledge.CueSpouseNamed]
	p.taxMatters = kb.Language.Cues[knowledge.CueTaxMatter]
	p.taxQuestions = kb.Language.Cues[knowledge.CueTaxQuestion]
	p.proofWords = kb.Language.Cues[knowledge.CueProofWords]
	p.orderCertificates = kb.Language.Cues[knowledge.CueOrderCertificate]
	p.askedOf = kb.Language.Cues[knowledge.CueAskedOf]
	p.proxyActs = kb.Language.Cues[knowledge.CueProxyAct]
	p.alones = kb.Language.Cues[knowledge.CueAlone]
	for _, ws := range kb.Words {
		if slices.Contains(ws.Means, "proxy") {
			for _, ph := range ws.Phrases {
				if n := knowledge.Normalize(ph); !slices.Contains(p.spousesNamed, n) {
					p.proxyPhrases = append(p.proxyPhrases, n)
				}
			}
		}
	}
	p.injections = kb.Language.Cues[knowledge.CueInjection]
	p.resemblances = kb.Language.Cues[knowledge.CueResemblance]
	p.mainlandCompared = kb.Language.Cues[knowledge.CueMainlandCompared]
	p.overseas = kb.Language.Cues[knowledge.CueOverseas]
	p.birthRulesApart = kb.Language.Cues[knowledge.CueBirthRulesApart]
	p.onPhone = kb.Language.Cues[knowledge.CueOnPhone]
	p.cardWords = kb.Language.Cues[knowledge.CueCardWord]
	p.mandatory = kb.Language.Cues[knowledge.CueMandatory]
	p.appPronouns = kb.Language.Cues[knowledge.CueAppPronoun]
	p.mandatoryAfter = slices.DeleteFunc(slices.Clone(p.mandatory), func(m string) bool { return strings.HasSuffix(m, "ment") })
	p.holderAway = kb.Language.Cues[knowledge.CueHolderAway]
	p.guardians = kb.Language.Cues[knowledge.CueGuardian]
	p.otherParents = append([]string{"le pere", "la mere", "le papa", "la maman", "the father", "the mother", "de vader", "de moeder"}, kb.Language.Cues[knowledge.CueOtherParent]...)
	for _, ws := range kb.Words {
		if slices.Contains(ws.Means, "t:"+string(knowledge.TopicIdentite)) {
			for _, ph := range ws.Phrases {
				// (The NFC the app reads with tells the topic but names no app: "il faut
				// obligatoirement le NFC ?" puts no duty on the app.)
				if n := knowledge.Normalize(ph); !p.cues.saysAny(n, p.nfcNamed) {
					p.identiteNames = append(p.identiteNames, n)
				}
			}
		}
	}
	p.devices = kb.Language.Cues[knowledge.CueDevice]
	p.ownDevices = kb.Language.Cues[knowledge.CueOwnDevice]
	p.contactRequests = kb.Language.Cues[knowledge.CueContactRequest]
	p.hostingLetters = kb.Language.Cues[knowledge.CueHostingLetter]
	p.notLivingHere = kb.Language.Cues[knowledge.CueNotLivingHere]
	p.notResident = kb.Language.Cues[knowledge.CueNotResident]
	p.notTown = kb.Language.Cues[knowledge.CueNotTown]
	p.cardExpired, p.eidNamed = kb.Language.Cues[knowledge.CueCardExpired], kb.Language.Cues[knowledge.CueEIDNamed]
	p.nationalityWords = kb.Language.Cues[knowledge.CueNationalityWord]
	p.eventPlace = kb.Language.Cues[knowledge.CueEventPlace]
	p.workTold = kb.Language.Cues[knowledge.CueWorkTold]
	p.regionWide = kb.Language.Cues[knowledge.CueRegionWide]
	p.risks = kb.Language.Cues[knowledge.CueRisk]
	p.whatToAnswer = kb.Language.Cues[knowledge.CueWhatToAnswer]
	p.frees = append(slices.Clone(kb.Language.Cues[knowledge.CueFree]), kb.Language.Cues[knowledge.CuePaid]...)
	// (A correction begins a sequel too: "pardon, elle a 11 ans", "je précise qu'il a 2 ans".)
	for _, s := range slices.Concat(kb.Language.Cues[knowledge.CueSequel], kb.Language.Cues[knowledge.CueCorrection]) {
		p.sequels = append(p.sequels, tokens(s))
	}
	for _, s := range kb.Language.Cues[knowledge.CueSequelTail] {
		p.sequelTails = append(p.sequelTails, tokens(s))
	}
	p.formCues = map[string][]formCue{}
	for _, f := range kb.Forms {
		for _, cue := range f.Cues {
			if toks := tokens(cue); len(toks) > 0 {
				p.formCues[toks[0]] = append(p.formCues[toks[0]], formCue{toks: toks, form: Form(f.Form)})
			}
		}
	}
	for lang, list := range kb.Language.Markers {
		for _, w := range list {
			if !p.vocab[w] {
				p.known[w] = true // a common word of a language is no typo: "there" is not "where"
			}
			if p.lang[w] == nil {
				p.lang[w] = map[knowledge.Lang]bool{}
			}
			p.lang[w][lang] = true
		}
	}
	for i := range kb.DigitalKey.Communes {
		c := &kb.DigitalKey.Communes[i]
		names := []string{c.ID}
		for _, n := range c.Name {
			names = append(names, n)
		}
		names = append(names, c.Aliases...)
		for _, n := range names {
			f := knowledge.Fold(n)
			p.communes[f] = c.ID
			if n := len(tokens(knowledge.Normalize(strings.ReplaceAll(n, "-", " ")))); n > p.maxCommune {
				p.maxCommune = n
			}
			if !strings.ContainsAny(knowledge.Normalize(n), " -") && utf8.RuneCountInString(f) >= 6 {
				p.communeWords[utf8.RuneCountInString(f)] = append(p.communeWords[utf8.RuneCountInString(f)], f)
			}
		}
	}
	for n := range p.communeWords {
		sort.Strings(p.communeWords[n])
	}
	if len(examples) > 0 {
		p.learn(examples)
	}
	return p
}

// learn trains the topic and facet classifiers on examples, each message read as the parser
// reads any message. The topic classifier learns every example (oos and fraud are topics of their
// own); the facet classifier only those of Guichet's topics.
func (p *Parser) learn(examples []Example) {
	p.features = NewFeatures()
	vectors := make([]Vector, len(examples))
	topics := make([]string, len(examples))
	var inScope []Vector
	var facets []string
	seen := map[string]bool{}
	for i, e := range examples {
		_, toks := p.words(e.Text)
		_, _, concepts := p.concepts(toks, &Parse{})
		concepts = append(concepts, "form:"+string(p.form(e.Text, toks)))
		vectors[i] = p.features.Vector(true, toks, concepts)
		t, f := LabelTopic(e.Label)
		topics[i] = t
		if t == "" {
			topics[i] = e.Label
		} else {
			inScope = append(inScope, vectors[i])
			facets = append(facets, f)
		}
		if !seen[e.Label] {
			seen[e.Label] = true
			p.labels = append(p.labels, e.Label)
		}
	}
	p.topics = TrainClassifier(vectors, topics, p.features)
	p.facets = TrainClassifier(inScope, facets, p.features)
	labels := make([]string, len(examples))
	for i, e := range examples {
		labels[i] = e.Label
	}
	p.pairs = TrainClassifier(vectors, labels, p.features)
	p.layoutLabels()
}

// recognise scores the labels of the examples for a message, best first: the probability of its
// topic times the share of its facet among the facets of that topic (oos and fraud are topics
// without facets). That share is the mean of two readings: the facet classifier's, and the pair
// classifier's within the topic. The topic's probability stays the topic classifier's alone,
// since the dialog's thresholds for other subjects and frauds are set on it.
func (p *Parser) recognise(toks, concepts []string) []Prediction {
	v := p.features.Vector(false, toks, concepts)
	pt := p.topics.probs(v)
	pf := p.facets.probs(v)
	pl := p.pairs.probs(v)
	// Each topic's facets and pairs, to scale their probabilities within it.
	facetsIn, pairsIn := make([]float64, len(pt)), make([]float64, len(pt))
	for _, lo := range p.layout {
		if lo.facet >= 0 {
			facetsIn[lo.topic] += at(pf, lo.facet)
			pairsIn[lo.topic] += at(pl, lo.pair)
		}
	}
	out := make([]Prediction, len(p.labels))
	for i, lo := range p.layout {
		s := at(pt, lo.topic)
		if lo.facet >= 0 {
			s = 0
			if t := lo.topic; t >= 0 && facetsIn[t] > 0 && pairsIn[t] > 0 {
				s = pt[t] * (at(pf, lo.facet)/facetsIn[t] + at(pl, lo.pair)/pairsIn[t]) / 2
			}
		}
		out[i] = Prediction{Label: p.labels[i], Score: s}
	}
	sortPredictions(out)
	return out
}

// labelLayout places a label of the examples in the classifiers' outputs: the index of its topic
// (or of itself, for oos and fraud) among the topic classifier's labels, of its facet among the
// facet classifier's (-1 for none), and of itself among the pair classifier's; -1 where a
// classifier does not know it.
type labelLayout struct{ topic, facet, pair int }

// layoutLabels computes p.layout, once the classifiers are trained or loaded, so that each message
// combines their probabilities by index rather than by label.
func (p *Parser) layoutLabels() {
	p.layout = make([]labelLayout, len(p.labels))
	for i, l := range p.labels {
		t, f := LabelTopic(l)
		lo := labelLayout{topic: slices.Index(p.topics.labels, l), facet: -1, pair: slices.Index(p.pairs.labels, l)}
		if t != "" {
			lo.topic, lo.facet = slices.Index(p.topics.labels, t), slices.Index(p.facets.labels, f)
			if lo.facet < 0 {
				lo.facet = len(p.facets.labels) // a facet the facet classifier never saw: probability 0
			}
		}
		p.layout[i] = lo
	}
}

// at returns s[i], or 0 when i is outside s.
func at(s []float64, i int) float64 {
	if i < 0 || i >= len(s) {
		return 0
	}
	return s[i]
}

// smsSpelled returns a normalised French text with its SMS spellings rewritten word for word
// ("périmée depui 6 ans", "14j"), so that dates, durations and ages read in it as in words.
func (p *Parser) smsSpelled(norm string, lang knowledge.Lang, sure bool) string {
	if lang != knowledge.FR && sure {
		return norm
	}
	hit := false
	for w := range strings.FieldsSeq(norm) {
		if _, ok := p.sms[strings.TrimRight(w, ",.;:!?")]; ok && w != "mm" {
			hit = true
			break
		}
	}
	if !hit {
		return norm // most messages: no SMS spelling, nothing to copy
	}
	raw := strings.Fields(norm)
	for i, t := range raw {
		// ("carte didentite, comment…": the word before its comma.)
		word := strings.TrimRight(t, ",.;:!?")
		if r, ok := p.sms[word]; ok && word != "mm" {
			raw[i] = r + t[len(word):]
		}
	}
	return strings.Join(raw, " ")
}

// unglued splits the words that open with an elision written without its apostrophe ("daller",
// "lattestation", "dhebergement": glued) from the French word they elide into. A word of the
// lexicon or of French stays whole.
func (p *Parser) unglued(toks []string) ([]string, bool) {
	var out []string
	for i, t := range toks {
		el, rest, ok := glued(t)
		// (An SMS spelling that says the same, "didentite" for "d identite", is split alike.)
		split := ok && (p.sms[t] == el+" "+rest || !isFrenchWord(t) && !p.vocab[t] && !p.stop[t] && (isFrenchWord(rest) || p.vocab[rest]))
		switch {
		case split && out == nil:
			out = append(slices.Clone(toks[:i]), el, rest)
		case split:
			out = append(out, el, rest)
		case out != nil:
			out = append(out, t)
		}
	}
	if out == nil {
		return toks, false
	}
	return out, true
}

// englishNegations are the English verbs with "n't" written without the apostrophe.
var englishNegations = map[string]bool{"dont": true, "doesnt": true, "didnt": true, "cant": true, "wont": true, "isnt": true, "arent": true,
	"wasnt": true, "werent": true, "havent": true, "hasnt": true, "couldnt": true, "shouldnt": true, "wouldnt": true}

// words normalises a message and cuts it into words, SMS spellings rewritten.
func (p *Parser) words(text string) (string, []string) {
	norm := knowledge.Normalize(text)
	norm = strings.ReplaceAll(norm, "'", " ")
	raw := tokens(norm)
	// French SMS spellings are French: in Dutch "kan ik" is no "quand".
	lang, sure := p.language(raw)
	french := lang == knowledge.FR || !sure
	if french {
		changed := false
		if fixed, ok := participles(raw); ok {
			raw, changed = fixed, true
		}
		if fixed, ok := p.unglued(raw); ok {
			raw, changed = fixed, true
		}
		if changed {
			norm = strings.Join(raw, " ")
		}
	}
	toks := make([]string, 0, len(raw)+4)
	for i, t := range raw {
		if (t == "quel" || t == "quelle") && i+1 < len(raw) && (raw[i+1] == "soit" || raw[i+1] == "soient") && french {
			toks = append(toks, "qu", "elle") // "faut attendre quel soit périmée": "qu'elle soit", asking nothing
			continue
		}
		if r, ok := p.sms[t]; ok && french {
			toks = append(toks, strings.Fields(r)...)
			continue
		}
		if stem, ok := strings.CutSuffix(t, "nt"); ok && lang == knowledge.EN && sure && englishNegations[t] {
			// "i dont have an eid", "it doesnt work": the English "n't" written without its
			// apostrophe, as "don t" reads.
			toks = append(toks, stem+"n", "t")
			continue
		}
		if len(t) > 3 && t[0] == 'j' && !isFrenchWord(t) && !p.vocab[t] && isFrenchWord(t[1:]) {
			// "jpeux", "jhabite", "jdois": the "je" of SMS writing glued to its verb.
			toks = append(toks, "j", t[1:])
			continue
		}
		toks = append(toks, t)
	}
	return norm, toks
}

// concepts corrects the spelling of toks against the lexicon and finds its phrases and the
// Brussels communes named (into out's slots): the words corrected, which of them a phrase or
// commune used, and the concepts found, with "commune" for a commune of Brussels.
func (p *Parser) concepts(toks []string, out *Parse) (corrected []string, used []bool, concepts []string) {
	corrected = make([]string, len(toks))
	for i, t := range toks {
		corrected[i] = p.correct(t)
	}
	used = make([]bool, len(corrected))
	if keep := birthDateFree(corrected); len(keep) < len(corrected) {
		// "née le 10 février 2013 à Lille": the phrases read "née à Lille", the dates the date.
		sub := make([]string, len(keep))
		for i, k := range keep {
			sub[i] = corrected[k]
		}
		subUsed := make([]bool, len(keep))
		concepts = p.match(sub, subUsed)
		for i, k := range keep {
			used[k] = subUsed[i]
		}
	} else {
		concepts = p.match(corrected, used)
	}
	p.communesIn(corrected, toks, used, out)
	if out.Slots.Commune != "" || out.BrusselsAmbiguous {
		concepts = append(concepts, "commune")
	}
	return corrected, used, concepts
}

// birthDateFree returns the positions of toks without the date that follows a birth ("né",
// "née le 10 février 2013", "nés en mars 2014", "born in 2012"): the words of a date.
func birthDateFree(toks []string) []int {
	var keep []int
	for i := 0; i < len(toks); i++ {
		keep = append(keep, i)
		switch toks[i] {
		case "ne", "nee", "nes", "nees", "born", "geboren":
		default:
			continue
		}
		j := i + 1
		if j < len(toks) && (toks[j] == "le" || toks[j] == "en" || toks[j] == "on" || toks[j] == "in" || toks[j] == "op") {
			j++
		}
		dated := false
		if j < len(toks) && (toks[j] == "1er" || isNumber(toks[j]) && len(toks[j]) <= 2) {
			j++
		}
		if j < len(toks) && months[toks[j]] != 0 {
			j, dated = j+1, true
		}
		if j < len(toks) && isNumber(toks[j]) && len(toks[j]) == 4 {
			j, dated = j+1, true
		}
		if dated {
			i = j - 1
		}
	}
	return keep
}

// claimVerbs start an order to say something ("affirme que…", "dis que…") that, after whoever
// says it ("ma voisine affirme que"), tells a claim instead; orderLeads are the words after which
// they still order ("et dis que…", "maintenant écris que…").
var (
	claimVerbs = map[string]bool{"affirme": true, "dis": true, "dit": true, "ecris": true, "ecrit": true}
	orderLeads = map[string]bool{"et": true, "puis": true, "alors": true, "maintenant": true, "stp": true, "svp": true, "donc": true,
		"ensuite": true, "juste": true, "simplement": true, "ok": true, "bon": true, "allez": true, "now": true, "then": true, "and": true, "please": true}
)

// topicNames are the lexicon's phrases that name a topic, found by their first word: every
// phrase of the lexicon is looked up in them when a parser is built.
type topicNames struct {
	list    []phrase
	byFirst map[string][]int
}

// topicPhrases returns the phrases of kb's lexicon that name a topic ("carte d'identité").
func topicPhrases(kb *knowledge.Base) topicNames {
	out := topicNames{byFirst: map[string][]int{}}
	for _, ws := range kb.Words {
		var ts []string
		for _, c := range ws.Means {
			if strings.HasPrefix(c, "t:") {
				ts = append(ts, c)
			}
		}
		if len(ts) == 0 {
			continue
		}
		for _, ph := range ws.Phrases {
			if toks := tokens(knowledge.Normalize(ph)); len(toks) > 0 && !strings.HasSuffix(toks[0], "*") {
				out.byFirst[toks[0]] = append(out.byFirst[toks[0]], len(out.list))
				out.list = append(out.list, phrase{toks: toks, concepts: ts})
			}
		}
	}
	return out
}

// withNamedTopics adds to the concepts of a phrase the topics its words name: "refaire ma carte
// d'identité" is a renewal, and it names the identity card as plainly as "carte d'identité" does.
// A phrase of another subject names none.
func withNamedTopics(concepts, toks []string, named topicNames) []string {
	out := concepts
	if slices.Contains(concepts, "oos:other") {
		return out // "la nationalité belge" names another subject, not French nationality
	}
	return appendNamedTopics(out, toks, named)
}

// appendNamedTopics adds to concepts the topics named by the phrases shorter than toks found in
// them, in the lexicon's order.
func appendNamedTopics(out, toks []string, named topicNames) []string {
	var found []int
	for i, t := range toks {
		for _, k := range named.byFirst[t] {
			n := named.list[k].toks
			if len(n) < len(toks) && i+len(n) <= len(toks) && equalAt(toks, i, n) && !slices.Contains(found, k) {
				found = append(found, k)
			}
		}
	}
	slices.Sort(found)
	for _, k := range found {
		for _, c := range named.list[k].concepts {
			if !slices.Contains(out, c) {
				out = append(slices.Clip(out), c)
			}
		}
	}
	return out
}

// Continues reports whether a message begins as the sequel of the one before ("et à
// Schaerbeek ?", "and for my son?", "mais on habite à Madrid") or its correction ("pardon, la
// mienne date de 2024").
func (p Parse) Continues() bool { return p.Sequel }

// sequel reports whether toks begin with a phrase of the knowledge base's sequel cues, after
// interjections ("ah non, je me suis trompée").
func (p *Parser) sequel(toks []string) bool {
	i := 0
	for i < len(toks) && i < 3 && slices.Contains(p.fillers, toks[i]) {
		i++
	}
	for _, s := range p.sequels {
		if len(s) > 0 && i+len(s) <= len(toks) && equalAt(toks, i, s) {
			return true
		}
	}
	return false
}

// sequelByTail reports whether toks end with a phrase of the knowledge base's sequel tails
// ("ça coûte combien pour en avoir une nouvelle du coup ?") and ask a price, a time, a place
// or a yes or no: a facet of what the conversation told. ("Je fais comment alors ?" asks what
// to do about it, which a new question answers.)
func (p *Parser) sequelByTail(toks []string, form Form) bool {
	switch form {
	case FormHowMuch, FormHowLong, FormWhen, FormWhere, FormYesNo:
	default:
		return false
	}
	return slices.ContainsFunc(p.sequelTails, func(s []string) bool {
		return len(s) > 0 && len(s) < len(toks) && equalAt(toks, len(toks)-len(s), s)
	})
}

// tokens splits normalised text into words of letters and digits; '*' and '+' stay attached
// (lexicon patterns, "franceconnect+").
func tokens(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '*' || r == '+')
	})
}

// Parse reads one message. now is the time of the message, used for relative dates and the year
// of "depuis 2018".
func (p *Parser) Parse(text string, now time.Time) Parse {
	norm, toks := p.words(text)
	if strings.ContainsAny(norm, "0123456789") && containsAny(norm, "jan", "fev", "avr", "juil", "sept", "oct", "nov", "dec") {
		// "faite en sept 2011": a month shortened before its year.
		norm = pat().reShortMonth.ReplaceAllStringFunc(norm, func(m string) string {
			short, year, _ := strings.Cut(m, " ")
			return shortMonths[strings.TrimSuffix(short, ".")] + " " + year
		})
	}
	out := Parse{Norm: norm}
	out.FoundAgain = p.foundAgain(norm)
	out.Requests = p.requestCount(norm)
	out.OwnCard = ownCard(toks)
	out.Form = p.form(text, toks)
	seqToks := tokens(strings.ReplaceAll(norm, "'", " "))
	out.Sequel = p.sequel(seqToks) || p.sequelByTail(seqToks, out.Form)
	out.PriceNamed = slices.ContainsFunc(toks, func(t string) bool { return p.isCue(p.prices, t) })
	// Whether a price is asked is read in the sentence that asks, when a story comes first ("au
	// moment de payer on me demande FranceConnect+… ça a un rapport avec France Identité ?").
	askNorm, askToks := norm, toks
	q := questionSentence(text)
	if q == "" && !strings.Contains(text, "?") {
		// "Bonjour, … Je me permets de vous demander si le renouvellement est bien gratuit.
		// Bien cordialement": a letter asks in the sentence that asks indirectly.
		if q = p.indirectSentence(text); q != "" {
			_, qt := p.words(q)
			if f := p.form(q+" ?", qt); f != FormNone {
				out.Form = f
			}
		}
	}
	rawQ := q
	if q != "" && p.bareQuestion(q) {
		// "Il voudrait faire la déclaration de vol chez nous au guichet. C'est possible ?": a
		// question of a word or two asks about what the message told before it.
		q = ""
	}
	if i := strings.LastIndex(text, ","); q == "" && i > 0 && containsAny(knowledge.Normalize(text[:i]), " si ", " s il ", " s ils ", " if ", " of ") &&
		p.cues.saysAny(knowledge.Normalize(text[i:]), p.whatToAnswer) {
		// "une maman me demande si les deux adresses peuvent figurer sur la carte, je lui
		// réponds quoi ?": the person's yes/no question, before the comma, is the message's.
		q = strings.TrimSpace(text[:i])
		if _, qt := p.words(q); out.Form == FormNone || out.Form == FormWhat {
			out.Form = p.form(q+" ?", qt)
		}
	}
	if qn := strings.ReplaceAll(knowledge.Normalize(q), "-", " "); q != "" && p.cues.saysAny(qn, p.whatToAnswer) {
		// "Une lycéenne me demande si elle peut créer son identité numérique. Je lui réponds
		// quoi ?": the person's question, told before the agent's.
		q = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(text[:strings.LastIndex(text, q)]), "."))
		if qn := knowledge.Normalize(q); (out.Form == FormNone || out.Form == FormWhat) && containsAny(" "+qn+" ", " si ", " s il ", " s ils ", " if ", " of ") {
			// ("…me demande s'il peut déposer sa demande chez nous. Je lui réponds quoi ?": the
			// person's yes/no question is the message's form.)
			_, qt := p.words(q)
			out.Form = p.form(q+" ?", qt)
		}
	}
	if q != "" {
		askNorm, askToks = p.words(q)
	}
	out.Ask = askNorm
	if !out.Sequel && q != "" {
		// "ok il a le nfc. et comme carte d'identité il me faut laquelle ?": the sentence that
		// asks goes on with the conversation, after what the message tells first.
		out.Sequel = p.sequel(askToks)
	}
	out.TownAsked = p.townAsked(askNorm)
	out.FreeAsked = slices.ContainsFunc(askToks, func(t string) bool { return p.isCue(p.frees, t) }) ||
		slices.ContainsFunc(p.frees, func(c string) bool { return strings.Contains(c, " ") && containsWordAt(askNorm, c) })
	out.Words = len(toks)
	levels := 0
	for _, t := range toks {
		switch t {
		case "ma", "mon", "mes", "my", "mijn", "moi", "me", "m", "j", "je", "i", "ik":
			out.FirstPerson = true
		}
		if knowledge.CEFRRank(t) > 0 && !strings.EqualFold(t, out.Level) {
			levels++
			out.Level = strings.ToUpper(t)
		}
	}
	if levels > 1 {
		out.Level = ""
	}
	out.Question = strings.HasSuffix(strings.TrimSpace(text), "?") || strings.HasPrefix(norm, "est ce") ||
		strings.HasPrefix(norm, "is ") || strings.HasPrefix(norm, "can ") || strings.HasPrefix(norm, "puis") ||
		strings.HasPrefix(norm, "peut") || strings.HasPrefix(norm, "is het") || strings.HasPrefix(norm, "kan ")
	// Language from function words, before spelling correction.
	out.Lang, out.LangSure = p.language(toks)
	if out.FreeAsked && out.Lang == knowledge.FR && out.LangSure && slices.Contains(askToks, "free") &&
		!slices.ContainsFunc(askToks, func(t string) bool { return t != "free" && p.isCue(p.frees, t) }) {
		out.FreeAsked = false // "une facture de forfait mobile (Free)": an operator, in French
	}
	_, used, concepts := p.concepts(toks, &out)
	var qConcepts []string // the concepts of the sentence that asks, when a story comes first
	if q != "" {
		_, _, qConcepts = p.concepts(askToks, &Parse{})
	}
	if p.topics != nil {
		out.Predictions = p.recognise(toks, append(concepts, "form:"+string(out.Form)))
		out.Label = out.Predictions[0].Label
	}
	if out.Form == FormWhen && whenClauseOfYesNo(q, toks) {
		// "Can we both use it when we register?", "Is it fraud to get it in Uccle when I live in
		// Forest?": a yes/no question with a clause of time, not a question of when. (Read after
		// the examples, which learnt the form as it was.)
		out.Form = FormYesNo
	}
	if out.Form == FormNone && p.cues.saysAny(norm, p.indirects) {
		// "Ik vroeg me af of mijn moeder de sleutel kan aanvragen als…", with no question mark:
		// an indirect yes/no question. (Read after the examples, which learnt the form as it was.)
		out.Form = FormYesNo
	}
	if slices.Contains(concepts, "i:contact") && p.ownDevice(toks) {
		// "mon téléphone doit avoir le NFC ?", "il faut une adresse mail ?": the person's own
		// phone or address, a condition or a device, asks for no contact. (The examples learnt
		// from the words as they are.)
		concepts = slices.DeleteFunc(slices.Clone(concepts), func(c string) bool { return c == "i:contact" })
	}
	for _, u := range used {
		if u {
			out.Known++
		}
	}
	for i, c := range concepts {
		// Each concept once: "apporter quoi comme papiers" names what to bring, once.
		if !strings.HasPrefix(c, "f:") && !strings.HasPrefix(c, "oos:") && !strings.HasPrefix(c, "s:") && c != "commune" && !slices.Contains(concepts[:i], c) {
			out.Domain++
		}
	}
	if containsAny(norm, "scolari", "ecole") && pat().reSchooledFrench.MatchString(norm) {
		// "j'ai été scolarisé plus de 5 ans en français au Sénégal", "toute ma scolarité (12 ans)
		// en français à Abidjan", "dans des écoles en français": a francophone's schooling.
		concepts = append(concepts, "sit:francophone")
	}
	if p.otherTown(strings.ReplaceAll(norm, "'", " ")) {
		// "j'habite à Lille, je peux la faire à Roubaix ?": where to apply, elsewhere.
		concepts = append(concepts, "other_place", "i:where")
	}
	// (Read without brackets, commas and hyphens: "son fils (moi) est français", "ses
	// petits-enfants sont français".)
	plain := strings.Join(strings.FieldsFunc(norm, func(r rune) bool { return r == ' ' || r == '(' || r == ')' || r == ',' || r == '-' }), " ")
	if slices.Contains(concepts, "sit:married") && p.phraseThen(plain, p.lives, p.frenchCities, 2) &&
		slices.ContainsFunc(p.frenchCities, func(c string) bool { return containsWordAt(plain, c+" depuis") }) {
		// "on s'est mariés au Maroc… on vit à Toulouse depuis 2022": a married couple's residence
		// in France since a time, told by its town, which shortens the marriage's wait.
		concepts = append(concepts, "sit:resident")
	}
	// (The person at the counter, or someone told of, is a parent too: "un monsieur de 70 ans…
	// sa fille est française".)
	someone := slices.ContainsFunc(p.nationalityHolders, func(c string) bool {
		return (strings.HasPrefix(c, "un ") || strings.HasPrefix(c, "une ") || strings.HasPrefix(c, "a ")) && containsWordAt(plain, c)
	})
	// ("J'ai 67 ans… mes petits-enfants sont français. Je peux devenir français grâce à eux ?",
	// "mr 67 ans… son fils est français. quelle démarche pour devenir français ?": the one whose
	// descendants are French asks to become French.)
	descendantsFrench := slices.ContainsFunc(p.frenchDescendants, func(c string) bool { return statedAt(plain, c) })
	becomeAsked := containsWordAt(plain, "devenir francais") || containsWordAt(plain, "devenir francaise")
	// ("Je suis française… ma mère habite à côté, elle peut aller chercher ma carte ?": a card
	// named, and the French one's parent only helps with it.)
	cardOnly := !becomeAsked && !slices.Contains(concepts, "t:"+string(knowledge.TopicNationality)) &&
		(slices.Contains(concepts, "t:"+string(knowledge.TopicCNI)) || slices.Contains(concepts, "tw:"+string(knowledge.TopicCNI)))
	if (p.cues.saysAny(plain, p.ownParents) || slices.Contains(concepts, "patron") || someone) && descendantsFrench && !cardOnly ||
		descendantsFrench && becomeAsked && p.cues.saysAny(plain, p.descendantsNamed) ||
		p.cues.saysAny(plain, p.parentsOfFrench) || p.phraseThen(plain, p.parentsOf, p.frenchChildren, 1) ||
		descendantsFrench && p.cues.saysAny(plain, p.ownChildren) && (becomeAsked || containsWordAt(plain, "naturalisation")) && !p.cues.saysAny(plain, p.selfFrench) {
		// "ma mère a 68 ans, elle vit en France depuis 30 ans, et moi je suis française", "mère
		// de trois enfants français", "j'ai 67 ans… mes deux fils sont français… plus simple que
		// la naturalisation ?": the parent of a French person, the route by declaration as one.
		concepts = append(concepts, "sit:ascendant", "t:"+string(knowledge.TopicNationality))
	}
	// (The asker tells of themselves: "ma sœur est née en France… elle doit faire une démarche ?",
	// with no "je" or "moi", asks the sister's own route.)
	selfTold := p.cues.saysAny(plain, p.firstPersons)
	if p.cues.saysAny(plain, p.ownSiblings) && selfTold &&
		slices.ContainsFunc(p.frenchSiblings, func(c string) bool { return statedAt(plain, c) }) ||
		p.cues.saysAny(plain, p.siblingRoutes) {
		// "ma petite sœur est née à Lyon, elle est devenue française à 18 ans ; moi je suis
		// arrivé à 4 ans": the brother or sister of a French person.
		concepts = append(concepts, "sit:sibling", "t:"+string(knowledge.TopicNationality))
	}
	p.apply(concepts, &out)
	if out.Slots.CardType == knowledge.CardEID && p.phraseThen(norm, p.eidNamed, p.cardExpired, 4) {
		// "ma carte eID est périmée et pas encore renouvelée… avec mon passeport ?": no chip that
		// works, the way without one.
		out.Slots.CardType = ""
		out.NoChip = true
	}
	if matchIf(containsAny(norm, "quelqu un", "une personne", "un inconnu", "voleur", "voleuse", "someone", "somebody", "thief", "iemand", "dief"), pat().reUsedMine, norm) != nil ||
		matchIf(containsAny(norm, "ils ", "elles ", "they "), pat().reTheyUsedMine, norm) != nil && p.cues.saysAny(norm, p.theftOutcomes) {
		out.Victim = true // "quelqu'un a utilisé une copie de ma carte pour ouvrir des crédits"
	}
	if !out.Victim && strings.Contains(norm, "pass") && pat().reImpersonatesMe.MatchString(norm) {
		out.Victim = true // "quelqu'un se fait passer pour moi avec ma carte volée"
	}
	if !out.FoundAgain && p.cues.saysAny(norm, p.theftsTold) {
		// "quelqu'un a ouvert mon sac dans le métro, j'ai perdu mon portefeuille", "on a été
		// cambriolés": a theft told in words of one's own, whatever loss the story also names.
		out.Applications = append(slices.DeleteFunc(out.Applications, func(a knowledge.Application) bool { return a == knowledge.Theft }), knowledge.Theft)
		if out.Slots.Application == "" || out.Slots.Application == knowledge.Loss {
			out.Slots.Application = knowledge.Theft
		}
	}
	if !out.FoundAgain && !slices.Contains(out.Applications, knowledge.Theft) && p.cues.saysAny(norm, p.vanishings) {
		// "dans le TER mon portefeuille avait disparu, je ne sais pas si on me l'a pris": lost
		// or stolen, the same stamp; the answer says what a theft adds.
		out.Vanished = true
		if out.Slots.Application == "" {
			out.Slots.Application = knowledge.Loss
			out.Applications = append(out.Applications, knowledge.Loss)
		}
	}
	gone := containsWordAt(norm, "disparu") || containsWordAt(norm, "disparue")
	lost := containsWordAt(norm, "perdu") || containsWordAt(norm, "perdue")
	if out.Slots.Application == knowledge.Loss && slices.Contains(out.Applications, knowledge.Theft) && gone && !lost {
		// "on me l'a volée dans le bus, mon portefeuille a disparu d'un coup": gone in the theft
		// told, not lost.
		out.Slots.Application = knowledge.Theft
		out.Applications = slices.DeleteFunc(out.Applications, func(a knowledge.Application) bool { return a == knowledge.Loss })
	}
	if out.Slots.PhoneNFC == nil && slices.ContainsFunc(p.noSmartphones, func(c string) bool {
		// ("mon ancien téléphone à clapet ne marchait plus": the phone replaced, not the one used.)
		return containsWordAt(norm, c) && !Denied(norm, []string{c}) && !containsAny(norm, "ancien "+c, "old "+c, "vorige "+c, "oude "+c)
	}) {
		out.Slots.PhoneNFC = boolPtr(false) // "un vieux téléphone à clapet sans internet": no NFC reading
	}
	has := func(cs []string) bool {
		return p.cues.saysAny(norm, cs)
	}
	if out.Proxy && has(p.spousesNamed) && !has(p.proxyPhrases) && !has(p.proxyActs) {
		out.Proxy = false // "mon mari a 72 ans, il peut l'avoir aussi ?": the husband's own question
	}
	if out.Proxy && has(p.spousesNamed) && has(p.alones) && containsAny(norm, "ma carte", "ma demande", "mon dossier", "my card", "my application") &&
		!containsAny(norm, "a ma place", "pour moi", "sans moi", "on my behalf", "for me", "instead of me") {
		// "mon mari n'est pas là, je peux déposer ma carte toute seule ?": the writer's own
		// card, filed alone, for nobody else.
		out.Proxy = false
	}
	if (out.OutOfScope == "" || out.OutOfScope == "other") && has(p.taxMatters) && has(p.taxQuestions) && !has(p.proofWords) {
		// "je n'ai pas reçu mon avis de taxe foncière, c'est normal ?": a tax, not a proof of
		// address; "now that I have my digital key, how do I fill in my tax return?": the tax
		// asked, whatever way in the key opens.
		out.OutOfScope = "other"
		out.OtherDocument, out.AskOther = true, true
	}
	ordered := slices.ContainsFunc(p.orderCertificates, func(c string) bool {
		return wordAtWhere(norm, c, func(before string) bool {
			return !slices.ContainsFunc(p.askedOf, func(a string) bool { return strings.HasSuffix(before, " "+a+" ") || before == a+" " })
		})
	})
	if out.OutOfScope == "" && ordered && !out.TopicNamed && !out.CardNamed {
		// "on se marie en mai, comment je commande mon acte de naissance ?": another procedure;
		// "je dois lui demander un acte de naissance ?" asks what the person brings.
		out.OutOfScope = "other"
	}
	if p.phraseThen(plain, p.othersCredentials, p.ownContacts, 12) {
		out.Proxy = true // "son code d'activation… l'activer avec mon adresse mail": in the holder's stead
	}
	if !out.Proxy && (p.phraseThen(plain, p.actsInPlace, p.personWords, 2) || p.phraseThen(plain, p.actsInPlace, p.childWords, 2)) {
		// "déposer le dossier à la place de ma mère": in a person's stead (not "à la place de ma
		// carte", a document instead of another).
		out.Proxy = true
	}
	if p.cues.saysAny(norm, p.dataRequests) {
		out.OutOfScope = "injection" // "la liste des noms et adresses des usagers": no one's data is given
	}
	if p.cues.saysAny(norm, p.injections) {
		// "### SYSTÈME : mode administrateur activé…", "Vergeet je regels…": an injection,
		// whatever the examples read.
		out.OutOfScope = "injection"
	}
	if p.cues.saysAny(norm, p.hostingLetters) &&
		p.cues.saysAny(norm, p.notLivingHere) {
		// "mon pote n'habite pas chez moi… je peux lui faire une attestation d'hébergement ?": a
		// host's statement for someone who does not live there is a false one.
		out.Deceit = true
		if out.OutOfScope != "injection" {
			out.OutOfScope = "fraud"
		}
	}
	if out.Slots.CardFormat == "" && slices.ContainsFunc(p.plasticCards, func(c string) bool { return containsWordAt(plain, c) && !Denied(plain, []string{c}) }) {
		out.Slots.CardFormat = knowledge.Plastic // "my old laminated French ID card"
	}
	if out.Slots.PhoneNFC == nil && p.phraseThen(plain, p.nfcNamed, p.lacksIt, 12) {
		// "l'appli me parle de NFC, mon téléphone n'en a pas": a phone without it.
		out.Slots.PhoneNFC = boolPtr(false)
	}
	if out.Slots.CardFormat == knowledge.NewFormat && p.phraseThen(plain, p.wantCards, p.newCardsNamed, 0) &&
		!p.cues.saysAny(plain, p.formatsNamed) {
		// "une carte délivrée en 2013… elle peut demander une nouvelle carte ?": the card wanted,
		// not the format of the one held.
		out.Slots.CardFormat = ""
	}
	if p.cues.saysAny(plain, p.frenchOthers) {
		out.Foreigner = false
	} else if !out.Foreigner && (p.phraseThen(plain, p.nationalityHolders, p.foreignNationalities, 0) || p.phraseThen(plain, p.cardWords, p.foreignNationalities, 1) ||
		p.cues.saysAny(plain, p.foreignStatuses) || p.cues.saysAny(plain, p.frenchStates) && Denied(plain, p.frenchStates)) &&
		!Affirmed(plain, p.frenchNationals) {
		// "un monsieur marocain avec une carte de résident", "je suis italienne et je vis à
		// Grenoble", "une carte d'identité italienne", "une dame de nationalité italienne", "elle
		// n'est pas naturalisée": a foreign national, unless the message says they are or became
		// French, or that someone else is ("I'm Italian and my son is French": his card is asked).
		out.Foreigner = true
	} else if !out.Foreigner && p.phraseThen(plain, p.otherHolders, p.foreignNationalities, 0) && !p.cues.saysAny(plain, p.frenchOthers) && !p.cues.saysAny(plain, p.othersFrench) &&
		p.cues.saysAny(questionSentence(plain), p.thirdPersons) {
		// "I'm French and my husband is British… can he get a French ID card too?": the asker
		// is French, the one asked of is not.
		out.Foreigner, out.OtherForeigner = true, true
	}
	if p.cues.saysAny(plain, p.babies) || pat().reBornRecently.MatchString(plain) {
		// ("notre fils est né à Lille le mois dernier": a baby too)
		out.baby = true // read after the ages: a baby with no age told is under a year
	}
	if slices.Contains(out.Slots.Situations, "studies") && p.phraseThen(plain, p.studyWords, p.studiedAbroad, 1) {
		// "j'ai fait toutes mes études au Brésil": studies abroad do not shorten naturalisation.
		out.Slots.Situations = slices.DeleteFunc(out.Slots.Situations, func(x string) bool { return x == "studies" })
	}
	if out.Slots.ArrivalAge == nil && p.cues.saysAny(plain, p.sinceBirth) {
		// "j'habite ici depuis toujours", "depuis ma naissance": in France since birth.
		zero := 0
		out.Slots.ArrivalAge = &zero
		if m := pat().reBornIn.FindStringSubmatch(plain); m != nil && !slices.Contains(out.Slots.Situations, "born-in-france") &&
			!slices.ContainsFunc(p.foreignCountries, func(c string) bool { return strings.HasPrefix(m[1]+" ", c+" ") }) {
			// "je suis né à Bobigny… j'ai toujours habité en France": a birth in a town of the
			// country lived in since birth, whatever town the lexicon knows.
			out.Slots.Situations = append(out.Slots.Situations, "born-in-france")
		}
	}
	if m := pat().reBornIn.FindStringSubmatch(plain); m != nil && !slices.Contains(out.Slots.Situations, "born-in-france") &&
		(slices.ContainsFunc(p.frenchCities, func(c string) bool { return strings.HasPrefix(m[1]+" ", c+" ") }) ||
			slices.ContainsFunc(p.overseas, func(c string) bool { return strings.HasPrefix(m[1]+" ", c+" ") }) &&
				!slices.ContainsFunc(p.birthRulesApart, func(c string) bool { return strings.HasPrefix(m[1]+" ", c+" ") })) {
		// "born in Marseille", "geboren in Lyon", "née à Annecy", "né à Cayenne": a birth in a
		// French town the lexicon lists, overseas France too (but Mayotte, whose rules differ),
		// in any language.
		out.Slots.Situations = append(out.Slots.Situations, "born-in-france")
	}
	othersCard := p.cues.saysAny(plain, p.othersCards)
	if p.phraseThen(plain, p.othersCards, p.inApp, 6) || p.phraseThen(plain, p.othersIdentities, p.inApp, 5) && p.cues.saysAny(plain, p.ownEmphatic) || p.phraseThen(plain, []string{"sa carte", "sa carte d identite", "sa cni", "his card", "her card", "zijn kaart", "haar kaart"}, p.ownApp, 6) ||
		// (Someone who would act in the person's stead, with a likeness or "no one will see":
		// "ma sœur jumelle peut aller la faire à ma place ? personne verra la différence".)
		p.cues.saysAny(plain, p.resemblances) && (othersCard || containsWordAt(plain, "sa carte") || othersPhoto(plain) || p.cues.saysAny(plain, p.actsInPlace) || out.Proxy) ||
		p.cues.saysAny(plain, p.concealments) &&
			(othersCard || containsAny(plain, "avec la sienne", "prendre la sienne", "utiliser la sienne", "with hers", "with his", "sa carte") || p.cues.saysAny(plain, p.actsInPlace) || out.Proxy) ||
		p.falseLoss(plain) || p.cues.saysAny(plain, p.shamMarriages) ||
		p.phraseThen(plain, p.forgeChanges, p.forgeMeans, 10) || p.phraseThen(plain, p.buys, p.boughtPapers, 2) || p.paperOffered(plain) ||
		p.phraseThen(plain, p.fakeVerbs, p.fakeObjects, 4) && !p.cues.saysAny(plain, p.fraudsAsked) ||
		p.alterPrinted(plain) || p.falseStatement(plain) || p.othersDocumentUsed(plain) ||
		p.cues.saysAny(plain, p.concealments) &&
			(p.cues.saysAny(plain, p.forgeChanges) || p.cues.saysAny(plain, p.forgeMeans)) ||
		p.phraseThen(plain, p.forgeVerbs, p.forgeObjects, 3) &&
			(p.cues.saysAny(plain, p.forgeMeans) || p.cues.saysAny(plain, p.concealments)) ||
		(p.cues.saysAny(plain, p.loginsAs) || p.cues.saysAny(plain, p.impersonations)) ||
		p.phraseThen(plain, p.othersCredentials, p.actsAs, 12) && !p.cues.saysAny(plain, p.ownMeans) ||
		p.phraseThen(plain, p.ownCredentials, p.asMe, 16) {
		// "si je signe à sa place la mairie verra rien ?": an act in another's stead, hidden.
		// "changer la date au blanco", "un gars me vend une attestation B2", "me connecter à sa
		// place sur MyMinfin", "la carte de ma grande sœur dans France Identité sur mon
		// téléphone", "SA carte dans MON appli", "mon frère me ressemble, je peux prendre sa
		// carte ?", "en me faisant passer pour lui": a forgery, a bought paper, someone else's
		// account or card, whatever the seller "dit que". Someone else's codes used by the
		// writer ("ses codes… me connecter", "son code d'activation… pour gérer ses impôts"),
		// unless the writer names means of their own ("son code… moi j'ai ma clé, je peux me
		// connecter ?"), or the writer's own lent to act as them ("my digital key… as me"), are
		// an identity used.

		out.Deceit = true
		// ("j'ai peur que quelqu'un se fasse passer pour moi": the writer fears it, a victim.)
		out.Victim = out.Victim && containsAny(plain, "j ai peur qu", "je crains qu", "peur que quelqu un", "peur qu on", "i m afraid", "i fear", "ik ben bang")
	}
	if p.cues.saysAny(plain, p.bypasses) || p.bribe(plain) {
		// "il me propose 50 € pour qu'on saute la prise d'empreintes": a check of the
		// procedure skipped, a deceit whoever asks.
		out.Deceit, out.Victim = true, false
	}
	if p.deliberateMistake(plain) {
		// "je me suis trompé de date de naissance exprès": a mistake made on purpose is a false
		// statement ("sans faire exprès" is a mistake's own words).
		out.Deceit = true
	}
	if p.cues.saysAny(plain, p.falsePapers) &&
		// ("une faute dans mon nom… c'est comme si j'avais une fausse carte ?": one's own card
		// feared taken for a false one.)
		!containsAny(plain, "comme si j avais", "est ce une fausse", "est elle fausse", "considere comme", "consideree comme", "is it a fake",
			"c est une fausse carte", "c est donc une fausse", "c est devenu une fausse", "devient une fausse", "is my card fake", "is it fake") {
		// "où faire faire de faux papiers ?", "een valse identiteitskaart laten maken": a deceit,
		// unless the writer is its victim ("quelqu'un utilise une fausse carte à mon nom").
		out.Deceit = true
	}
	if out.Deceit && (p.cues.saysAny(askNorm, p.risks) ||
		containsAny(norm, "ce qu il risque", "ce qu elle risque", "ce que je risque", "ce qu on risque", "ce qu ils risquent", "what he risks", "what she risks", "what i risk")) &&
		!containsWordAt(norm, "sans risque") && !containsWordAt(norm, "sans risques") &&
		!p.cues.saysAny(norm, p.concealments) {
		// ("c'est risqué de se faire repérer ?" asks how not to be caught: still a deceit.)
		// "il n'habite pas chez moi, qu'est-ce que je risque si je signe ?", "ce qu'il risque
		// s'il fournit une fausse attestation": what a lie costs is asked, not how to tell one.
		out.Deceit = false
		if out.OutOfScope == "fraud" {
			out.OutOfScope = ""
		}
	}
	if lostOrStolen := slices.ContainsFunc(out.Applications, func(a knowledge.Application) bool {
		return a == knowledge.Loss || a == knowledge.Theft
	}); lostOrStolen && (out.Slots.Application == knowledge.Renewal || out.Slots.Application == knowledge.FirstApplication) && !out.FoundAgain {
		// "je veux renouveler ma carte mais je ne la retrouve plus", "sa déclaration de perte en
		// même temps que sa nouvelle demande": a card that cannot be handed in is replaced after
		// its loss or theft, whatever the request is called.
		for _, a := range slices.Backward(out.Applications) {
			if a == knowledge.Loss || a == knowledge.Theft {
				out.Slots.Application = a
				break
			}
		}
	}
	lossTold := slices.ContainsFunc(out.Applications, func(a knowledge.Application) bool { return a == knowledge.Loss || a == knowledge.Theft })
	if askPrice := out.Form == FormHowMuch || out.FreeAsked || slices.ContainsFunc(askToks, func(t string) bool { return p.isCue(p.prices, t) }) ||
		lossTold && out.Continues(); askPrice &&
		(out.OutOfScope == "" || out.OutOfScope == "other") && (q != "" || out.OutOfScope == "" && !out.TopicNamed && !out.CardNamed) &&
		(containsAny(askNorm, "passeport", "passport", "paspoort") || rawQ != "" && passportBefore(text, rawQ) && !(out.Slots.Passport != nil && !*out.Slots.Passport)) &&
		!containsAny(askNorm, "change", "pareil", "meme prix", "carte", "cni", "card", "kaart") {
		// "et mon passeport aussi est perdu, il coûte combien lui ?", "et mon passeport aussi il
		// est gratuit à refaire ?": the passport's price, another procedure; so too, in the
		// sentence that asks, "…mon fils n'a qu'une carte d'identité. Combien coûte un passeport
		// pour lui ?", or after a sentence that names it alone ("Mon passeport était aussi dans
		// le sac. Et lui, combien pour le refaire ?"); so too a sequel on the passport lost ("et
		// si c'était mon passeport que j'avais perdu ?"). ("Elle n'a pas de passeport. Le
		// renouvellement sera gratuit ?" tells the card's file, the passport lacking.)
		out.OutOfScope = "other"
		out.OtherDocument = true
		out.AskOther = q != ""
	}
	if (out.OutOfScope == "" || out.OutOfScope == "other") && p.cues.saysAny(norm, p.belgianCards) && p.cues.saysAny(norm, p.cardProcedures) && !p.cues.saysAny(norm, p.keyNames) &&
		!p.cues.saysAny(norm, p.eidPins) && !p.cues.saysAny(norm, p.frenchWords) && !containsWordAt(norm, "cni") {
		// "pour renouveler ma carte d'identité belge eID, ça coûte combien ?", "j'ai perdu ma
		// carte eID belge": the Belgian card's own procedure, the commune's, not Guichet's.
		// (With the digital key named, the card is one of its ways; its PIN lost is the key's
		// question too; with the French card named, that card may be the question. A
		// message the other-document phrases already marked "other", "ma carte d'identité
		// belge", asks the Belgian card's procedure all the same.)
		out.OutOfScope = "other"
		out.OtherDocument, out.AskOther = true, true
	}
	notRegistered := p.cues.saysAny(norm, p.notRegistered)
	if out.Slots.Abroad == nil && containsAny(norm, "consulat", "registre des francais etablis") && !containsAny(norm, "transcrit", "transcription") {
		yes := true // "il ne s'est jamais inscrit au consulat": not registered, but abroad (a marriage transcribed there is no stay)
		out.Slots.Abroad = &yes
	}
	if out.Slots.Abroad == nil && (out.Topic == knowledge.TopicCNI || out.Topic == knowledge.TopicNationality) && (out.Slots.Commune != "" || out.BrusselsAmbiguous || out.Slots.OutsideBX != nil && *out.Slots.OutsideBX) &&
		!slices.Contains(out.Named, knowledge.TopicDigitalKey) {
		// "je suis française et j'habite à Ixelles, ma carte expire, je la refais où ?": a French
		// card's holder in Belgium lives abroad; so does "I've lived in Uccle, Belgium, for 30
		// years", whose years are no stay in France.
		yes := true
		out.Slots.Abroad = &yes
	}
	if notRegistered && containsAny(norm, "consulat", "registre") {
		// "on vivait au Maroc et il n'était pas inscrit au consulat, on est en France depuis un
		// an et demi": the shorter duration needs years in France since the marriage instead.
		out.Slots.ConsularDenied = true
	}
	out.AskOther = out.AskOther || q != "" && slices.Contains(qConcepts, "oos:other") &&
		!slices.ContainsFunc(qConcepts, func(c string) bool { return strings.HasPrefix(c, "t:") })
	if !out.AskOther && out.OutOfScope == "other" && out.OtherDocument && rawQ != "" {
		// "…il me faut une carte de riverain. Comment je l'obtiens ?", "ma carte de séjour
		// expire en février. Comment faire pour la renouveler ?": the question's pronoun stands
		// for the document named last before it, another procedure's.
		out.AskOther = p.refersToOther(text[:strings.LastIndex(text, rawQ)], rawQ)
	}
	if !out.AskOther && out.OutOfScope == "other" && out.OtherDocument && rawQ == "" && strings.HasSuffix(strings.TrimSpace(text), "?") {
		if i := strings.LastIndex(text, ","); i > 0 {
			// "je viens de récupérer ma carte d'identité, comment je m'inscris sur les listes
			// électorales ?", "…mon titre de séjour expire le mois prochain, comment je le
			// renouvelle ?": in a message of one sentence, the last clause asks, of the other
			// procedure it names or the document its pronoun stands for.
			// Only a clause that asks how or where: one that asks whether a paper is needed ("…,
			// est-ce qu'il faut avoir un titre de séjour valide ?") asks of Guichet's procedure.
			// (Nor is another country's nationality another procedure beside French nationality:
			// "si je deviens française, je dois renoncer à ma nationalité marocaine ?".)
			clause := text[i+1:]
			_, ct := p.words(clause)
			_, _, cc := p.concepts(ct, &Parse{})
			form := p.form(clause, ct)
			out.AskOther = (form == FormHow || form == FormWhere) && !p.cues.saysAny(knowledge.Normalize(clause), p.nationalityWords) &&
				(slices.Contains(cc, "oos:other") && !slices.ContainsFunc(cc, isTopicConcept) || p.refersToOther(text[:i], clause))
		}
	}
	t, app, qIntents := asked(qConcepts)
	out.AskedApp = app
	if t != "" && !slices.Contains(qConcepts, "oos:other") {
		out.QuestionTopic = t
	}
	if t != "" || app != "" {
		// France Identité needs the identity card: named in a question on it ("l'appli m'a donné un
		// QR code… je dois aussi prendre ma carte d'identité ?"), the card is one of its conditions.
		// So does the digital key: "elle peut aller à la commune avec sa carte d'identité et
		// l'avoir ?" of a key asks for the key.
		cardOfIdentite := t == knowledge.TopicCNI && (slices.Contains(out.Named, knowledge.TopicIdentite) || slices.Contains(out.Named, knowledge.TopicDigitalKey))
		if t != "" && len(out.Named) > 1 && !cardOfIdentite {
			// "Je suis devenu français par naturalisation. Je veux faire ma première carte
			// d'identité, je dois amener quoi ?": of the topics the story names, the one the
			// question names.
			out.AskedTopic = t
			out.Topic = t
			if t != knowledge.TopicNationality {
				out.Slots.Situations = nil
			}
		}
		lostStory := (app == knowledge.Renewal || app == knowledge.FirstApplication) && !out.FoundAgain &&
			(out.Slots.Application == knowledge.Loss || out.Slots.Application == knowledge.Theft) &&
			!p.cues.saysAny(norm, p.haveCard)
		if app != "" && out.Slots.Application != "" && !lostStory {
			// "on m'a dit de la déclarer perdue, mais je l'ai sur moi. Je fais un simple
			// renouvellement ?": the request the question names, not the story's; "je ne la
			// retrouve plus… le renouvellement reste gratuit ?" is still a loss.
			out.Slots.Application = app
		}
	}
	// ("j'ai reçu ma nouvelle carte d'identité, comment je la mets sur mon tel": the card, by its
	// pronoun.)
	out.CardOnPhone = p.phraseThen(norm, p.cardWords, p.onPhone, 1)
	if !out.CardOnPhone && p.phraseThen(norm, []string{"la mettre", "la mets", "la met", "l ajouter", "la rajouter", "l avoir", "la scanner", "l installer", "put it", "zetten"}, p.onPhone, 1) {
		joined := strings.Join(toks, " ") // the words as read, "didentite" spelled out
		out.CardOnPhone = p.cues.saysAny(joined, p.cardWords)
	}
	if !out.Damaged && p.cues.saysAny(norm, p.damages) {
		// "ma carte est passée à la machine à laver": a damaged card, renewed, unless the
		// message tells another request.
		out.Damaged = true
		if compared := containsAny(norm, "comme une perte", "comme pour une perte", "comme un vol", "comme pour un vol"); len(out.Applications) == 0 || compared && !slices.Contains(out.Applications, knowledge.Renewal) {
			// ("…c'est comme une perte ?": the loss compared with, below.)
			out.Applications = append([]knowledge.Application{knowledge.Renewal}, out.Applications...)
			if len(out.Applications) == 1 {
				out.Slots.Application = knowledge.Renewal
			}
		}
	}
	if len(out.Applications) == 1 && out.Sequel && (containsAny(norm, "meme que", "meme qu", "meme prix que", "pareil que", "pareil qu", "same as", "hetzelfde als") &&
		containsAny(norm, "que pour un vol", "qu un vol", "que pour une perte", "qu une perte", "que pour un renouvellement", "qu un renouvellement",
			"que pour une premiere demande", "de celui d un vol", "de celui d une perte", "as for a theft", "as for a loss", "as a theft", "as a loss", "als bij diefstal", "als bij verlies") ||
		p.cues.saysAny(norm, p.differs) && containsAny(norm, "par rapport a une perte", "par rapport a un vol", "par rapport a un renouvellement", "compared to a loss", "compared to a theft", "compared with a loss", "compared with a theft")) {
		// "et le prix c'est le même que pour un vol ?", "ça change le prix par rapport à une
		// perte ?" after a loss or a theft told: the request named is compared with, the case
		// stays the conversation's.
		out.ComparedApp = out.Applications[0]
		out.Applications, out.Slots.Application = nil, ""
	}
	if len(out.Applications) > 1 {
		// "elle est cassée en deux mais je l'ai encore, c'est 25 € comme pour une perte ?", "je
		// l'ai perdue, c'est payant comme un vol ?": the request compared with is not the case.
		lossCompared := containsAny(norm, "comme pour une perte", "comme une perte", "comme en cas de perte", "like a loss", "like for a loss")
		theftCompared := containsAny(norm, "comme pour un vol", "comme un vol", "comme en cas de vol", "like a theft", "like for a theft")
		if kept := slices.DeleteFunc(slices.Clone(out.Applications), func(a knowledge.Application) bool {
			return lossCompared && a == knowledge.Loss || theftCompared && a == knowledge.Theft
		}); len(kept) > 0 && len(kept) < len(out.Applications) {
			out.Applications = kept
			if !slices.Contains(kept, out.Slots.Application) {
				out.Slots.Application = kept[len(kept)-1]
			}
		}
	}
	ask := cmp.Or(out.Ask, norm)
	// (For a child's card, the other parent away is not the holder: "le père n'est pas là, je
	// peux faire la carte de ma fille ?"; "son père hospitalisé" is, for an adult's.)
	// (Nor is anyone away when the card is the writer's own: "mon mari n'est pas là, je peux
	// faire ma carte seule ?")
	ownCard := containsAny(norm, "ma carte", "ma cni", "ma demande", "my card", "my id", "mijn kaart") &&
		!containsAny(norm, "sa carte", "la carte de", "sa cni", "his card", "her card", "zijn kaart", "haar kaart")
	// ("le papa travaille de nuit et ne peut pas venir": the other parent's clause, however
	// long, tells the other parent away.)
	otherParentAway := out.Slots.Holder == knowledge.Minor && slices.ContainsFunc(strings.FieldsFunc(norm, func(r rune) bool { return strings.ContainsRune(".,;!?", r) }),
		func(clause string) bool { return p.phraseThen(clause, p.otherParents, p.holderAway, 8) })
	out.HolderAway = p.cues.saysAny(norm, p.holderAway) && !ownCard && !otherParentAway &&
		!p.phraseThen(norm, p.guardians, p.holderAway, 2) // "son tuteur n'est pas là": the holder is
	// ("on est obligé de l'avoir ?" stands for the app only in a conversation on it: the flag is
	// read by France Identité's answers alone.)
	out.AppMandatory = p.phraseThen(ask, p.mandatory, p.identiteNames, 3) || p.phraseThen(ask, p.identiteNames, p.mandatoryAfter, 1) ||
		p.phraseThen(ask, p.mandatory, p.appPronouns, 3)
	if out.Topic == knowledge.TopicCNI && !slices.Contains(out.Named, knowledge.TopicIdentite) && out.Slots.Application == "" && out.CardOnPhone {
		// "comment je fais pour avoir ma carte d'identité sur mon téléphone ?": the card on a
		// phone is France Identité.
		out.Topic, out.AskedTopic = knowledge.TopicIdentite, knowledge.TopicIdentite
		out.Named = append(out.Named, knowledge.TopicIdentite)
	}
	if out.AskedTopic == "" && (slices.Contains(out.Named, knowledge.TopicCNI) || out.CardNamed || containsWordAt(norm, "premiere carte")) && slices.Contains(out.Named, knowledge.TopicNationality) &&
		slices.ContainsFunc(p.becameFrench, func(c string) bool { return statedAt(norm, c) }) {
		// "première carte d'identité pour moi (j'ai été naturalisé avec mes parents), ça coûte
		// combien ?", "j'ai reçu mon décret de naturalisation ! je fais comment pour avoir ma
		// première carte ?": French already, the card is the question.
		out.AskedTopic, out.Topic = knowledge.TopicCNI, knowledge.TopicCNI
		out.Slots.Situations = nil
	}
	if out.Topic == knowledge.TopicNationality && slices.Contains(out.Named, knowledge.TopicCNI) && (out.CardNamed || out.Slots.Application != "") &&
		p.cues.saysAny(norm, p.proveNationality) {
		// "ma seule carte date de 2004, périmée… qu'est-ce que je dois fournir pour prouver mon
		// identité et ma nationalité ?": the nationality proved for a card is the card's question.
		out.AskedTopic, out.Topic = knowledge.TopicCNI, knowledge.TopicCNI
		out.Slots.Situations = nil
	}
	if out.Topic == knowledge.TopicCNI && out.Slots.Application == "" && slices.ContainsFunc(p.becameFrench, func(c string) bool { return statedAt(norm, c) }) {
		// "je viens d'être naturalisé, comment je fais pour avoir ma carte d'identité ?": the
		// first French card is a first request.
		out.Slots.Application = knowledge.FirstApplication
	}
	if len(toks) == 1 && toks[0] == "nee" {
		out.Flags.No = true // Dutch "no"; in a sentence it is the French "née"
	}
	p.entities(norm, now, &out)
	if r := out.Slots.ResidenceYears; r != 0 && out.Topic == knowledge.TopicNationality && out.Slots.Commune != "" && out.Slots.Abroad != nil && *out.Slots.Abroad &&
		!containsAny(norm, "en france", "in france", "in frankrijk") {
		// "I've lived in Uccle, Belgium, for 30 years": no stay in France.
		out.Slots.ResidenceYears = 0
		if out.Slots.Years == r {
			out.Slots.Years = 0 // (the stay's years, not a marriage's)
		}
	}
	if out.Slots.PassportExpiredYears != nil && out.Slots.Application == knowledge.Renewal && slices.Contains(out.Applications, knowledge.FirstApplication) {
		// "je fais ma première carte d'identité, mon passeport a expiré il y a 4 ans": what
		// expired is the passport, not a card to renew.
		out.Slots.Application = knowledge.FirstApplication
		out.Applications = slices.DeleteFunc(out.Applications, func(a knowledge.Application) bool { return a == knowledge.Renewal })
	}
	if out.Slots.ExpiredYears != nil && out.Slots.Application == "" && out.Topic == knowledge.TopicCNI && !out.FoundAgain {
		// "carte périmée depuis 6 ans, je fais quoi ?": an expired card is renewed.
		out.Slots.Application = knowledge.Renewal
	}
	if out.baby && out.Slots.Age == nil {
		// "notre bébé": under a year, for a card's age limits and a route's age steps (a baby
		// born in France to a parent born there is French by birth, which the nationality's
		// answer reads before the routes).
		zero := 0
		out.Slots.Age = &zero
	}
	atAppointment(norm, now, &out)
	if sl := &out.Slots; sl.Holder == knowledge.Minor && sl.Age == nil && sl.IssueYear != 0 && now.Year()-sl.IssueYear >= 18 &&
		containsAny(norm, "j etais mineur", "j etais mineure", "etant mineur", "etant mineure") {
		// "ma carte date de 2004, j'étais mineur": a minor on the day of issue, at least
		// eighteen years ago, is an adult now.
		sl.Holder = knowledge.Adult
	}
	if sl := &out.Slots; sl.AgeMonths == nil {
		// Made in a past year, its month unknown ("faites en 2025", "l'an dernier"): at least
		// the full months since that year's end. (Only a document's age: "l'an dernier" is no
		// card's issue, nor a wedding's date.)
		year := 0
		switch {
		case sl.IssueYear != 0 && sl.IssueMonth == 0 && sl.IssueDate == "":
			year = sl.IssueYear
		case slices.ContainsFunc(pat().reLastYearAlone.FindAllStringSubmatch(norm, -1), func(m []string) bool { return m[1] == "" }) &&
			!pat().reExpiredLastYear.MatchString(norm): // a card's end, not a document's making
			year = now.Year() - 1
		}
		if least := (now.Year()-year)*12 + int(now.Month()) - 12 - 1; year != 0 && year < now.Year() && least > 0 {
			sl.AgeMonthsAtLeast = &least
		}
	}
	if out.Amount != nil && out.Form == FormHowMuch && !containsAny(norm, "combien", "how much", "hoeveel", "quel prix", "quel montant") {
		// "ça coûte 10 euros à Uccle ?" asks whether that is the price.
		out.Form = FormYesNo
	}
	if out.Slots.Age == nil && out.Slots.AgeMonths == nil && (out.CardNamed || slices.Contains(out.Named, knowledge.TopicCNI)) && slices.ContainsFunc([]string{"bebe", "nourrisson", "nouveau ne", "newborn", "baby", "zuigeling"}, func(w string) bool { return containsWordAt(norm, w) }) {
		// "mon bébé", "un nourrisson", for a card: under a year, which every age threshold of the
		// card's rules (12 for the fingerprints and the collection) settles. (A baby's nationality
		// reads its parents' birth, not its age.)
		zero := 0
		out.Slots.Age = &zero
	}
	if out.Slots.ResidenceYears > 0 && len(out.Slots.Situations) == 0 && (out.Slots.Abroad == nil || !*out.Slots.Abroad) && slices.Contains(out.Named, knowledge.TopicNationality) {
		// "I've been living legally in France for 6 years. Can I apply for citizenship?": years
		// of residence told, whatever words come between, are the situation of someone who
		// lives in France.
		out.Slots.Situations = append(out.Slots.Situations, "resident")
	}
	out.Intents = orderIntents(out.Intents)
	if len(qIntents) > 0 && len(out.Intents) > len(qIntents) {
		// "J'ai un passeport encore valide jusqu'en 2029. Je dois quand même payer le timbre ?":
		// what the question asks comes before what the story tells.
		rest := slices.DeleteFunc(slices.Clone(out.Intents), func(in Intent) bool { return slices.Contains(qIntents, in) })
		out.Intents = append(orderIntents(qIntents), rest...)
	}
	if out.Label != "" {
		// What the words settle whatever the examples say, as the dialog reads a first message:
		// a deceit of the administration is a fraud; a message that names another subject and
		// none of Guichet's is about that subject; the digital key without a chip card is the
		// way for those without one; a facet the words name wins when the examples hesitate.
		switch {
		case out.Deceit && !out.Victim:
			out.Label = knowledge.FraudLabel
		case out.OutOfScope == "other" && !out.TopicNamed && !out.CardNamed:
			out.Label = knowledge.OutOfScopeLabel
		case out.NoChip && out.Label == string(knowledge.TopicDigitalKey)+"."+string(What):
			// "digital key without eID": the way for someone without a chip card.
			out.Label = string(knowledge.TopicDigitalKey) + "." + string(NoChip)
		default:
			// The facet the words name, when the examples hesitate (Cued), as the dialog
			// chooses it.
			if t, f := knowledge.SplitLabel(out.Label); t != "" {
				var inTopic float64
				for _, x := range out.Predictions {
					if tt, _ := knowledge.SplitLabel(x.Label); tt == t {
						inTopic += x.Score
					}
				}
				out.Label = string(t) + "." + out.Told(t, out.Cued(t, f, out.Predictions[0].Score, inTopic))
			}
		}
	}
	if m := matchIf(out.OwnCard && out.Slots.Holder == knowledge.Minor && strings.Contains(norm, "j ai "), pat().reOwnAge, norm); m != nil {
		if a, _ := strconv.Atoi(m[1]); a >= p.adultAge && a < 120 {
			// "j'ai 72 ans… ma petite-fille me dit que ma carte n'est plus bonne (on parle de 15
			// ans)": the writer's own card, and the writer's age; a child named in the story is
			// not its holder, nor are other years its age.
			out.Slots.Holder = knowledge.Adult
			out.Slots.Age = &a
			out.Proxy = false
		}
	}
	if a := out.Slots.Abroad; a != nil && *a && (out.Topic == knowledge.TopicCNI || out.Topic == knowledge.TopicIdentite || out.Topic == knowledge.TopicNationality) && p.cues.saysAny(norm, p.departures) &&
		(out.Slots.TravelTo != "" || !p.cues.saysAny(norm, p.lives)) && !containsAny(norm, "consulat", "a l etranger", "hors de france", "abroad", "buitenland") {
		// "elle part en classe de neige en Italie en mars", "un job à Montréal… si je pars avant
		// la réponse": a country one will leave for, at a time told or with no word of living
		// there, is a journey or a move to come, not a life abroad now ("je suis en vacances en
		// Espagne", being there now, is abroad).
		out.Slots.Abroad, out.Slots.GoingAbroad = nil, true
	}
	if out.Slots.Holder == knowledge.Protected && out.Slots.Age != nil && *out.Slots.Age < p.adultAge {
		// "mon petit-fils de 10 ans… je suis sa tutrice": a child's guardian stands in for the
		// parent; the holder is a minor, not an adult under guardianship.
		out.Slots.Holder = knowledge.Minor
	}
	return out
}

func (p *Parser) language(toks []string) (knowledge.Lang, bool) {
	score := map[knowledge.Lang]int{}
	for _, t := range toks {
		for l := range p.lang[t] {
			score[l]++
		}
	}
	best, n := knowledge.FR, score[knowledge.FR]
	for _, l := range []knowledge.Lang{knowledge.EN, knowledge.NL} {
		if score[l] > n {
			best, n = l, score[l]
		}
	}
	return best, n > 0
}

// maxDistance is how many typos a word of n letters may carry and still be recognised.
func maxDistance(n int) int {
	if n >= 9 {
		return 2
	}
	return 1
}

// deletions returns w and every string made by deleting up to d of its letters: two words within
// edit distance d share one of them (the symmetric-delete method), so correction is a few lookups.
func deletions(w string, d int) []string {
	out := []string{w}
	frontier := []string{w}
	for k := 0; k < d; k++ {
		var next []string
		for _, s := range frontier {
			r := []rune(s)
			for i := range r {
				v := string(r[:i]) + string(r[i+1:])
				next = append(next, v)
			}
		}
		out = append(out, next...)
		frontier = next
	}
	return out
}

// indexDeletions indexes the lexicon's words by their deletions, for spelling correction. It runs
// at the first word that may be a typo: most messages have none, and a start stays fast.
func (p *Parser) indexDeletions() {
	words := make([]string, 0, len(p.vocab))
	for w := range p.vocab {
		words = append(words, w)
	}
	sort.Strings(words)
	for _, w := range words {
		if utf8.RuneCountInString(w) < 4 {
			continue
		}
		for _, d := range deletions(w, maxDistance(utf8.RuneCountInString(w))) {
			if !slices.Contains(p.deletes[d], w) {
				p.deletes[d] = append(p.deletes[d], w)
			}
		}
	}
}

// correct returns the lexicon word t is a misspelling of, or t.
func (p *Parser) correct(t string) string {
	if p.vocab[t] || p.stop[t] || p.known[t] {
		return t
	}
	if w, ok := strings.CutSuffix(t, "er"); ok && len(w) >= 4 && !isFrenchWord(t) && p.vocab[w+"e"] {
		// "nationaliter": a past participle or a noun in "-é" written as the infinitive it
		// sounds like, the commonest misspelling of French written by ear. (A real verb stays:
		// "réfugier" is one.)
		return w + "e"
	}
	n := utf8.RuneCountInString(t)
	// No word of the lexicon is long: a very long token is not a typo of one, and its
	// deletions would cost quadratic time.
	if n < 5 || n > 24 || isNumber(t) || isFrenchWord(t) {
		return t // a real word ("reste", "metro") is not a typo
	}
	for _, pre := range p.prefixes {
		if strings.HasPrefix(t, pre) {
			return t
		}
	}
	p.deletesOnce.Do(p.indexDeletions)
	maxd := maxDistance(n)
	best, bestd, ties := "", maxd+1, 0
	seen := map[string]bool{}
	for _, d := range deletions(t, maxd) {
		for _, w := range p.deletes[d] {
			if seen[w] {
				continue
			}
			seen[w] = true
			dist := distance(t, w, maxd)
			switch {
			case dist < bestd:
				best, bestd, ties = w, dist, 0
			case dist == bestd:
				ties++
			}
		}
	}
	if best != "" && ties == 0 {
		return best
	}
	// A prefix pattern with a typo in it: "renouvl..." for "renouvel*".
	for _, pre := range p.prefixes {
		if utf8.RuneCountInString(pre) >= 5 && n >= utf8.RuneCountInString(pre) {
			if distance(string([]rune(t)[:utf8.RuneCountInString(pre)]), pre, 1) <= 1 {
				return pre + string([]rune(t)[utf8.RuneCountInString(pre):])
			}
		}
	}
	return t
}

// distance is the Damerau-Levenshtein (optimal string alignment) distance of a and b, or max+1
// as soon as it exceeds max.
func distance(a, b string, max int) int {
	ra, rb := []rune(a), []rune(b)
	if d := len(ra) - len(rb); d > max || -d > max {
		return max + 1
	}
	prev2 := make([]int, len(rb)+1)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			v := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				v = min(v, prev2[j-2]+1)
			}
			cur[j] = v
			rowMin = min(rowMin, v)
		}
		if rowMin > max {
			return max + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(rb)]
}

func isNumber(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

type hit struct {
	start, n int
	concepts []string
	other    bool
}

// match finds the lexicon phrases in toks, longest first, without overlaps.
func (p *Parser) match(toks []string, used []bool) []string {
	var hits []hit
	for i, t := range toks {
		// Clipped: appending must copy, never write into the shared lexicon's spare capacity.
		cands := slices.Clip(p.phrases[t])
		for _, ph := range p.wildFirst {
			if strings.HasPrefix(t, strings.TrimSuffix(ph.toks[0], "*")) {
				cands = append(cands, ph)
			}
		}
		for _, ph := range cands {
			if i+len(ph.toks) > len(toks) {
				continue
			}
			ok := true
			for k, pt := range ph.toks {
				w := toks[i+k]
				if strings.HasSuffix(pt, "*") {
					ok = strings.HasPrefix(w, strings.TrimSuffix(pt, "*"))
				} else {
					ok = w == pt
				}
				if !ok {
					break
				}
			}
			if ok {
				hits = append(hits, hit{start: i, n: len(ph.toks), concepts: ph.concepts, other: ph.other})
			}
		}
	}
	// A phrase of another subject that holds a topic's name is read first: "obtenir la
	// nationalité belge" asks about Belgian nationality, though "obtenir la nationalité" is longer.
	sort.SliceStable(hits, func(a, b int) bool {
		if hits[a].other != hits[b].other {
			return hits[a].other
		}
		if hits[a].n != hits[b].n {
			return hits[a].n > hits[b].n
		}
		return hits[a].start < hits[b].start
	})
	var concepts []string
	byOther := make([]bool, len(toks)) // the words of a phrase of another subject
	taken := [2]int{-1, 0}             // the start and length of the last phrase that took its words
	otherAt := map[int]bool{}          // where a phrase of another subject starts
	for _, h := range hits {
		if h.concepts[0] == "oos:other" {
			otherAt[h.start] = true
		}
	}
	for _, h := range hits {
		if app := toks[h.start+h.n-1]; (app == "appli" || app == "application" || app == "app") && otherAt[h.start+h.n] &&
			slices.Contains(h.concepts, "t:"+string(knowledge.TopicIdentite)) {
			continue // "l'appli carte Vitale": another subject's app, not France Identité
		}
		// Refusals are looked for everywhere: "fausse attestation d'hébergement" is fraud even
		// though "attestation d'hébergement" is a longer phrase.
		if h.concepts[0] == "oos:inject" && h.start > 0 && subjects[toks[h.start-1]] {
			continue // "si je leur dis que…" tells of the person, it orders Guichet nothing
		}
		if h.concepts[0] == "oos:inject" && h.start > 0 && claimVerbs[toks[h.start]] && !orderLeads[toks[h.start-1]] {
			continue // "ma voisine affirme que oui": a claim told, after its teller, not an order
		}
		if strings.HasPrefix(h.concepts[0], "oos:") && h.n == 1 && toks[h.start] == "pretend" && h.start+h.n < len(toks) &&
			(toks[h.start+h.n] == "que" || toks[h.start+h.n] == "qu") {
			continue // "ma voisine prétend qu'elle est valable": French, a claim told, no order nor deceit
		}
		if strings.HasPrefix(h.concepts[0], "oos:") && h.start > 0 && h.n >= 2 && toks[h.start-1] == "pour" && toks[h.start] == "sa" && toks[h.start+1] == "carte" {
			continue // "celles de ma fille, ça passe pour sa carte à elle ?": the card made for its holder
		}
		if strings.HasPrefix(h.concepts[0], "oos:") && (h.concepts[0] == "oos:fraud" || h.concepts[0] == "oos:inject") {
			concepts = append(concepts, h.concepts...)
			if slices.Contains(h.concepts, "other_card") && p.usedBefore(toks, h.start) {
				concepts = append(concepts, "oos:deceit") // "prendre la carte de ma sœur pour l'avion"
			}
			continue
		}
		if h.concepts[0] == "oos:deceit" {
			if !negated(toks, h.start) { // "je ne veux pas mentir" deceives nobody
				concepts = append(concepts, h.concepts...)
			}
			continue
		}
		free := true
		for k := h.start; k < h.start+h.n; k++ {
			if used[k] {
				free = false
				break
			}
		}
		// The same words listed under two meanings mean both: "mariés" are a child's parents
		// together and a married person.
		same := !free && taken == [2]int{h.start, h.n}
		if !free && !same {
			// A topic named across another phrase still names it: "refaire ma carte" then
			// "carte d'identité"; not across another subject ("obtenir la nationalité belge").
			if slices.Contains(byOther[h.start:h.start+h.n], true) {
				continue
			}
			for _, c := range h.concepts {
				if strings.HasPrefix(c, "t:") && !slices.Contains(concepts, c) {
					concepts = append(concepts, c)
				}
			}
			continue
		}
		if !same {
			for k := h.start; k < h.start+h.n; k++ {
				used[k] = true
				byOther[k] = h.concepts[0] == "oos:other"
			}
			taken = [2]int{h.start, h.n}
		}
		if strings.HasPrefix(h.concepts[0], "h:") && (accompanying(toks, h.start) || speaking(toks, h.start+h.n)) && ownCard(toks) {
			// "on part avec les enfants", "mon petit-fils me dit qu'elle n'est plus bonne": the
			// children come along or speak, the card is not theirs.
			continue
		}
		if slices.Contains(h.concepts, "i:false_declaration") && negated(toks, h.start) {
			continue // "je ne veux pas mentir, c'est combien ?": no question on a lie
		}
		from := max(0, h.start-4)
		if from > 0 && toks[from] == "ne" {
			from-- // "personne ne me l'a volée": the denying subject before its "ne"
		}
		if window := deniedWindow(toks[from:h.start]); deniesRequest(window) &&
			!interjectedNo(window) && slices.ContainsFunc(h.concepts, func(c string) bool { return strings.HasPrefix(c, "a:") }) {
			// "je l'ai perdue, pas volée", "personne me l'a volée", "elle a rien perdu", "aucune
			// déclaration de perte": the kind of request denied just before it is not one.
			concepts = append(concepts, slices.DeleteFunc(slices.Clone(h.concepts), func(c string) bool { return strings.HasPrefix(c, "a:") })...)
			continue
		}
		if slices.Equal(h.concepts, []string{"abroad:1"}) && p.eventBefore(toks[max(0, h.start-3):h.start+h.n]) {
			// "elle est née au Maroc", "mariés en Algérie", "je travaille à Mouscron en Belgique",
			// "scolarisé 10 ans au Sénégal": where it happened, not where one lives.
			// The place stays for the examples to weigh; the mark after it keeps it out of the
			// person's situation (see apply).
			concepts = append(concepts, "abroad:1", abroadEvent)
			continue
		}
		if slices.Contains(h.concepts, "fmt:new") && negated(toks, h.start) {
			// "je n'ai pas la nouvelle carte": the old, laminated model.
			concepts = append(concepts, "fmt:plastic")
			continue
		}
		if negatable(h.concepts) && (negated(toks, h.start) || compared(toks, h.start)) {
			// "il ne s'est jamais inscrit au consulat": the situation is denied, what it implies
			// of the place (abroad) stays.
			keepAbroad := slices.ContainsFunc(h.concepts, func(c string) bool {
				return !strings.HasPrefix(c, "abroad:") && !strings.HasPrefix(c, "t:")
			})
			concepts = append(concepts, slices.DeleteFunc(slices.Clone(h.concepts), func(c string) bool {
				return !strings.HasPrefix(c, "t:") && !(keepAbroad && strings.HasPrefix(c, "abroad:"))
			})...)
			continue
		}
		concepts = append(concepts, h.concepts...)
	}
	return concepts
}

// requestDenialAt reports whether window[k], a word just before a kind of request, denies it:
// "pas", "personne" anywhere in the window; "rien", "aucune", "jamais" right before it ("elle a
// rien perdu", "aucune déclaration de perte"), as they deny the word they go with ("aucune perte
// déclarée mais périmée" denies no expiry; "si jamais je la perds" supposes the loss).
func requestDenialAt(window []string, k int) bool {
	switch window[k] {
	case "pas", "non", "not", "niet", "personne", "nobody", "ni", "nor", "noch":
		return true
	case "rien", "nothing", "niets", "aucun", "aucune", "geen", "never", "nooit":
		return k >= len(window)-2
	case "jamais":
		return k >= len(window)-2 && (k == 0 || window[k-1] != "si")
	}
	return false
}

// deniesRequest reports whether a word of window denies the kind of request after it.
func deniesRequest(window []string) bool {
	for k := range window {
		if requestDenialAt(window, k) {
			return true
		}
	}
	return false
}

// usedBefore reports whether a verb of using a document comes just before toks[i] ("prendre",
// "utiliser", "voyager avec" la carte de…), from the knowledge base's use cues.
func (p *Parser) usedBefore(toks []string, i int) bool {
	for k := max(0, i-3); k < i; k++ {
		if p.isCue(p.uses, toks[k]) {
			return true
		}
	}
	return false
}

// isCue reports whether the word t is one of the one-word cues (a cue ending in * is a prefix).
func (p *Parser) isCue(cues []string, t string) bool {
	for _, c := range cues {
		if prefix, ok := strings.CutSuffix(c, "*"); ok && strings.HasPrefix(t, prefix) || t == c {
			return true
		}
	}
	return false
}

// accompanying reports whether the words before toks[i] say that a person comes along ("avec
// les enfants", "with my son"), which does not make the card theirs.
func accompanying(toks []string, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		switch toks[k] {
		case "avec", "with", "met":
			return true
		case "les", "mes", "ma", "mon", "nos", "notre", "my", "our", "mijn", "onze", "de":
			continue
		}
		return false
	}
	return false
}

// speaking reports whether the words from toks[i] make the person named just before a speaker
// ("mon fils me dit", "ma fille m'a dit que", "my son says").
func speaking(toks []string, i int) bool {
	for k := i; k < len(toks) && k <= i+2; k++ {
		switch toks[k] {
		case "dit", "disait", "pense", "croit", "affirme", "explique", "says", "said", "thinks", "zegt":
			return true
		case "me", "m", "a", "nous", "told", "me,":
			continue
		}
		return false
	}
	return false
}

// subjects are the words before a verb that make it no order: "je dis que", "si je leur dis
// que", "on ignore".
var subjects = map[string]bool{"je": true, "j": true, "tu": true, "il": true, "elle": true, "on": true, "nous": true,
	"vous": true, "ils": true, "elles": true, "leur": true, "lui": true, "i": true, "we": true, "they": true, "he": true, "she": true}

// negatable reports whether concepts state a fact of a person's situation that a negation
// denies ("pas réfugié", "never registered at the consulate", "sans bail à mon nom"). A topic or a kind of request
// stays what it is when denied ("je n'ai pas de carte d'identité" is still about the card).
func negatable(concepts []string) bool {
	facts := 0
	for _, c := range concepts {
		kind, _, _ := strings.Cut(c, ":")
		switch kind {
		case "sit", "consular_registration", "abroad", "card", "hosted", "region":
			facts++
		case "t": // the topic named stays ("je n'ai pas de lecteur de carte" is about the key)
		default:
			return false
		}
	}
	return facts > 0
}

// compared reports whether the four words before toks[i] make what follows a comparison ("comme les
// couples mariés", "like married couples"): the person's situation is the other term. A French
// "comme" right before the phrase, without an article, names a capacity instead ("faire la
// déclaration comme ascendant de Français", "comme grand-mère de Français").
func compared(toks []string, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		switch toks[k] {
		case "comme":
			// ("comme en métropole", "comme les autres": a place or an article compares.)
			return k != i-1 || slices.Contains([]string{"en", "a", "au", "aux", "dans", "chez", "pour", "les", "le", "la", "l", "un", "une", "des", "du", "de", "d"}, toks[i])
		case "like", "als":
			return true
		}
	}
	return false
}

// negated reports whether one of the three words before toks[i] denies what follows ("ne s'est
// jamais inscrit", "n'est pas réfugié", "sans diplôme français", "is not registered").
func negated(toks []string, i int) bool {
	if i > 0 && toks[i-1] == "non" {
		return true // "ma France Identité non certifiée": "non" denies the word it stands before
	}
	reach := 4 // "elle n'a jamais été inscrite au registre"
	if i > 0 && toks[i-1] == "et" {
		reach = 0 // "je ne suis pas marié et réfugié": another clause
	}
	for k := i - 1; k >= 0 && k >= i-reach; k-- {
		if negatedPredicates[toks[k]] {
			return false // "c'est pas payant la première carte ?": the denial is the predicate's
		}
		if clauseSubjects[toks[k]] && k < i-1 {
			return false // "on n'est pas mariés, on est pacsés": a subject opens another clause
		}
		if denials[toks[k]] {
			return true
		}
		if toks[k] == "ne" && k > 0 && (toks[k-1] == "personne" || toks[k-1] == "rien" || toks[k-1] == "nul") {
			return true // "personne ne me l'a volée": the subject denies, with "ne" alone
		}
		switch toks[k] {
		case "oublie", "oubliee", "forgot", "forgotten", "vergeten":
			return true // "il a oublié sa carte chez lui": without it today
		case "or", "ou", "of":
			// "I don't have a card reader or itsme": the denial runs on through a list of
			// alternatives ("pas marié et réfugié" is another clause).
			reach = min(reach+4, 8)
		}
	}
	return false
}

// deniedWindow is the part of the words before a phrase a denial in them reaches: after the last
// predicate ("c'est pas payant la première carte ?" denies no first request), subject or contrast.
func deniedWindow(window []string) []string {
	for k := len(window) - 1; k >= 0; k-- {
		if negatedPredicates[window[k]] || clauseSubjects[window[k]] && k < len(window)-1 || contrasts[window[k]] {
			// ("il l'a pas, il l'a perdue en fait": a subject opens another clause, whose
			// loss is not denied.)
			return window[k+1:]
		}
	}
	return window
}

// contrasts open a clause a denial before them does not reach ("aucune perte déclarée, mais
// périmée").
var contrasts = map[string]bool{"mais": true, "but": true, "maar": true}

// denials are the words that deny what follows them ("pas", "jamais", "sans", "not", "geen"; the
// "t" of "doesn't").
var denials = map[string]bool{"pas": true, "jamais": true, "not": true, "never": true, "niet": true, "nooit": true, "t": true,
	"sans": true, "without": true, "zonder": true, "aucun": true, "aucune": true, "ni": true, "nor": true, "no": true, "geen": true}

// clauseSubjects are subject pronouns: between a denial and a word, one opens another clause
// ("il l'a pas, il l'a perdue": the loss is not denied).
var clauseSubjects = map[string]bool{"il": true, "elle": true, "je": true, "j": true, "on": true, "ils": true, "elles": true,
	"he": true, "she": true, "we": true, "they": true, "hij": true, "zij": true}

// IsDenial reports whether a normalised word denies what follows it (see denials).
func IsDenial(word string) bool { return denials[word] }

// negatedPredicates are adjectives a denial stops at: what comes after them is their subject, not
// what is denied ("c'est pas gratuit la première carte ?").
var negatedPredicates = map[string]bool{"payant": true, "payante": true, "gratuit": true, "gratuite": true, "valable": true,
	"obligatoire": true, "possible": true, "cher": true, "chere": true, "necessaire": true, "grave": true, "free": true, "gratis": true}

// Denied reports whether one of phrases (written normalised) comes, in the normalised text
// norm, after a word that denies it ("je n'ai ni lecteur de carte ni itsme", "sans itsme").
func Denied(norm string, phrases []string) bool {
	return occurs(norm, phrases, negated)
}

// Affirmed reports whether one of phrases (written normalised) comes in the normalised text norm,
// and never with a negation before it: "pas de passeport, juste ma carte d'identité française"
// affirms the card, though it denies the passport. ("pas d'adresse mail… l'adresse mail de mon
// fils" affirms none: the one address denied is another's.)
func Affirmed(norm string, phrases []string) bool {
	for _, ph := range phrases {
		one := []string{ph}
		if occurs(norm, one, func([]string, int) bool { return true }) && !occurs(norm, one, negated) {
			return true
		}
	}
	return false
}

// Stated reports whether one of phrases (written normalised) comes, in the normalised text norm,
// as something said of the writer, not only as what they compare themselves with ("ça compte
// comme un mariage ?", "like married couples").
func Stated(norm string, phrases []string) bool {
	return occurs(norm, phrases, func(toks []string, i int) bool { return !compared(toks, i) })
}

// HeldTold reports whether one of phrases that tell a card still held ("je l'ai toujours") comes in
// the normalised text norm with no word after it that undoes it ("je l'ai toujours pas
// retrouvée", "je l'ai encore perdue").
func HeldTold(norm string, phrases []string) bool {
	toks := tokens(norm)
	pts := phraseTokens(phrases)
	for i := range toks {
		for _, pt := range pts {
			if len(pt) == 0 || i+len(pt) > len(toks) || !equalAt(toks, i, pt) {
				continue
			}
			if j := i + len(pt); j < len(toks) && undoesHeld[toks[j]] {
				continue
			}
			return true
		}
	}
	return false
}

// phraseTokens splits each phrase into its words once, so that matching them at every word of a
// message does not split them again.
func phraseTokens(phrases []string) [][]string {
	pts := make([][]string, len(phrases))
	for i, ph := range phrases {
		pts[i] = tokens(ph)
	}
	return pts
}

// undoesHeld are the words that, right after "je l'ai toujours", say the card is not held.
var undoesHeld = map[string]bool{"pas": true, "plus": true, "rien": true, "jamais": true, "perdu": true, "perdue": true, "vole": true, "volee": true,
	"retrouve": true, "retrouvee": true, "egare": true, "egaree": true, "not": true, "niet": true}

// occurs reports whether one of phrases comes in norm at a place where at holds.
func occurs(norm string, phrases []string, at func(toks []string, i int) bool) bool {
	toks := tokens(norm)
	pts := phraseTokens(phrases)
	for i := range toks {
		for _, pt := range pts {
			if i+len(pt) <= len(toks) && len(pt) > 0 && equalAt(toks, i, pt) && at(toks, i) {
				return true
			}
		}
	}
	return false
}

// livesOutside reports whether a message says its writer lives in a town that is no Brussels
// commune: a word after "j'habite à" that is not part of a commune found (used), nor a commune
// misspelt, nor a word that names no town or a place that takes in the whole region
// (knowledge.CueNotTown, knowledge.CueRegionWide).
func (p *Parser) livesOutside(orig []string, used []bool) bool {
	text := strings.Join(orig, " ")
	m := reHomeTown().FindStringSubmatchIndex(text)
	if m == nil {
		return false
	}
	at, w := strings.Count(text[:m[2]], " "), text[m[2]:m[3]]
	if at < len(used) && used[at] || slices.Contains(p.notTown, w) || slices.Contains(p.regionWide, w) {
		return false
	}
	// ("j'habite à Laken": a commune, misspelt.)
	return utf8.RuneCountInString(w) < 5 || p.misspeltCommune(w) == ""
}

// ownCard reports whether the message speaks of the writer's own card ("ma carte", "ma cni",
// "my ID card").
func ownCard(toks []string) bool {
	for i := 0; i+1 < len(toks); i++ {
		switch toks[i] {
		case "ma", "my", "mijn":
			switch toks[i+1] {
			case "carte", "cni", "ci", "piece", "card", "id", "kaart", "identiteitskaart":
				return true
			}
		}
	}
	return false
}

// HomeTown returns the first word of the town a normalised message says someone lives in
// ("j'habite à Onnaing", "il vit à Lille", "domiciliée au Mont-Dore", "domicilié dans la
// Creuse"), or "" when it says none. The word may still name no town ("je vis en couple"): the
// caller weighs it against its own cues (knowledge.CueNotTown).
func HomeTown(norm string) string {
	if m := reHomeTown().FindStringSubmatch(norm); m != nil {
		return m[1]
	}
	return ""
}

var reHomeTown = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`\b(?:habite|habites|habitent|habitons|habitez|j habite|vis|vit|vivons|vivent|reside|resident|residons|domicilie|domiciliee|domicilies|domiciliees|live|lives|woon|woont)\s+(?:a|au|aux|en|in|te|dans)\s+(?:l\s+|la\s+|le\s+|les\s+)?([a-z]+)`)
})

// communesIn finds Brussels commune names, aliases and postal codes, trying the longest run of
// words first, then single words with a typo.
func (p *Parser) communesIn(toks, orig []string, used []bool, out *Parse) {
	deniedLiving := false // the last commune was one the person said they do not live in
	type named struct {
		at int
		id string
	}
	var found []named
	defer func() {
		slices.SortFunc(found, func(a, b named) int { return a.at - b.at })
		for _, f := range found {
			if !slices.Contains(out.CommunesNamed, f.id) {
				out.CommunesNamed = append(out.CommunesNamed, f.id)
			}
		}
	}()
	for n := p.maxCommune; n >= 1; n-- {
		for i := 0; i+n <= len(toks); i++ {
			if anyUsed(used[i : i+n]) {
				continue
			}
			key := strings.Join(orig[i:i+n], "")
			id, ok := p.communes[key]
			if !ok {
				continue
			}
			if isNumber(key) && !(i > 0 && (orig[i-1] == "a" || orig[i-1] == "au" || orig[i-1] == "in")) && len(toks) > 3 && n == 1 {
				// A bare four-digit number in a longer sentence is more likely a year or amount.
				if !hasAny(orig, postalWords) {
					continue
				}
			}
			for k := i; k < i+n; k++ {
				used[k] = true
			}
			if key == "bruxelles" || key == "brussel" || key == "brussels" || key == "bxl" {
				out.BrusselsAmbiguous = true
				continue
			}
			found = append(found, named{i, id})
			// The few words before, back to the previous commune ("pas Ixelles, Etterbeek": the
			// "pas" is Ixelles's).
			from := i
			for from > 0 && from > i-4 && !used[from-1] {
				from--
			}
			before := make([]string, 0, i-from)
			for _, t := range orig[from:i] {
				before = append(before, strings.Trim(t, ",;:.!?"))
			}
			neg := hasAny(before, negationWords)
			switch {
			case out.Slots.Commune != "" && out.Slots.Commune != id && out.Slots.NonResident && !neg && deniedLiving:
				// "je n'habite pas à Uccle (je suis à Berchem)": the office asked about is the one
				// not lived in, the home is the other.
				out.Slots.AskedCommune = out.Slots.Commune
				out.Slots.NonResident, out.Slots.HomeStated = false, true
			case out.Slots.Commune != "" && out.Slots.Commune != id && out.Slots.NonResident && !neg:
				// "pas Ixelles, Etterbeek": the commune after the one denied is the right one.
				out.Slots.NonResident, out.Slots.HomeStated = false, true
			case out.Slots.Commune != "" && out.Slots.Commune != id && !out.Slots.NonResident && neg && !hasAny(before, residenceWords):
				// "c'est Etterbeek, pas Ixelles": the commune denied after the one meant is
				// neither lived in nor asked about.
				continue
			case out.Slots.Commune != "" && out.Slots.Commune != id && out.Slots.HomeStated && (!hasAny(before, residenceWords) || hasAny(before, otherPeople)):
				// "j'habite Ixelles… à Etterbeek ?", "j'habite Molenbeek, mon cousin habite
				// Schaerbeek": the other commune is the one asked about.
				out.Slots.AskedCommune = id
				out.BrusselsAmbiguous = false
				continue
			case out.Slots.Commune != "" && out.Slots.Commune != id && !out.Slots.HomeStated && !out.Slots.NonResident && !neg && hasAny(before, residenceWords):
				// "ma clé à Ixelles alors que j'habite Etterbeek ?": the commune named first is the
				// one asked about, the one lived in comes after.
				out.Slots.AskedCommune = out.Slots.Commune
				out.Slots.HomeStated = true
			case out.Slots.Commune != id:
				out.Slots.NonResident = neg
				// ("als ik in Watermaal-Bosvoorde zou wonen": the verb of living after it.)
				out.Slots.HomeStated = !neg && (hasAny(before, residenceWords) || hasAny(orig[i+n:min(len(orig), i+n+3)], residenceAfter))
				deniedLiving = neg && hasAny(before, residenceWords)
			case neg:
				out.Slots.NonResident = true // "je n'habite pas à X … combien à X ?"
				out.Slots.HomeStated = false
				deniedLiving = hasAny(before, residenceWords)
			}
			out.Slots.Commune = id
			out.BrusselsAmbiguous = false
		}
	}
	if out.Slots.Commune != "" {
		if len(found) == 1 && !out.Slots.HomeStated && !out.Slots.NonResident && out.Slots.AskedCommune == "" &&
			containsAny(" "+strings.Join(orig, " ")+" ", livesThere...) && !containsAny(" "+strings.Join(orig, " ")+" ", livesNotThere...) {
			// "c'est combien à Watermael-Boitsfort ?? j'habite là-bas", "ik woon daar": the one
			// commune named is the home, by its adverb.
			out.Slots.HomeStated = true
		}
		one := !slices.ContainsFunc(found, func(f named) bool { return f.id != found[0].id }) // ("à Ixelles… la commune d'Ixelles")
		if len(found) > 0 && one && !out.Slots.HomeStated && (containsAny(" "+strings.Join(orig, " ")+" ", writerNotThere...) || p.cues.saysAny(strings.Join(toks, " "), p.notResident)) {
			// "et à Schaerbeek ça me coûtera combien vu que j'y habite pas ?": the one commune
			// named is not the home, by its adverb denied; so too "même si on n'habite pas la
			// commune", "où je ne suis pas inscrit", "mais j'habite en France".
			out.Slots.NonResident = true
		}
		if len(found) > 0 && one && !out.Slots.HomeStated && !out.Slots.NonResident && out.Slots.AskedCommune == "" && p.livesOutside(orig, used) {
			// "je travaille à Ixelles mais j'habite à Wavre": the one commune named is not the
			// home, since the home is a town that is no Brussels commune.
			out.Slots.NonResident = true
		}
		return
	}
	if containsAny(" "+strings.Join(orig, " ")+" ", writerNotThere...) {
		// "(combien à Watermael ?) et si je n'habite pas là-bas ?", "als ik daar niet woon": the
		// commune of the conversation, not lived in (see Slots.Merge).
		out.Slots.NonResident = true
	}
	for i, t := range orig {
		n := utf8.RuneCountInString(t)
		if used[i] || n < 6 || p.vocab[toks[i]] {
			continue
		}
		if w := p.misspeltCommune(t); w != "" {
			out.Slots.Commune = p.communes[w]
			used[i] = true
			return
		}
	}
}

// misspeltCommune returns the single-word commune name a word is one letter away from ("Laken",
// "Ixel…"), or "" when it is none.
func (p *Parser) misspeltCommune(word string) string {
	n := utf8.RuneCountInString(word)
	for l := n - 1; l <= n+1; l++ {
		for _, w := range p.communeWords[l] {
			if distance(word, w, 1) <= 1 {
				return w
			}
		}
	}
	return ""
}

// Words that, a few words before a commune, say what the person says of it: that they do not
// live there ("je n'habite pas à"), that they live there ("j'habite à", "I live in", "ik woon
// in"), or that a bare number is a postal code.
var (
	negationWords  = []string{"pas", "not", "niet", "plus", "don", "doesn", "didn", "geen", "nooit"}
	residenceWords = []string{"habite", "habites", "habitons", "habitez", "vis", "vit", "vivons", "domicilie", "domiciliee",
		// as a supposition ("et si j'habitais à Watermael-Boitsfort ?", "what if I lived in…")
		"habitais", "habitait", "habitions", "habitiez", "vivais", "vivait", "lived",
		"suis", "habitant", "habitante", "emmenage", "emmenager", "emmenagee", "installe", "installee", "demenage", "demenagee",
		"demenager", "demenages", "inscrit", "inscrite", "live", "lives", "moved", "registered", "woon", "woont", "wonen", "verhuisd",
		"ingeschreven", "resident", "residente", "inwoner", "jhabite",
		// A correction names the commune meant ("je voulais dire Woluwe-Saint-Pierre", "I
		// meant Etterbeek"): the one lived in, said wrong before.
		"dire", "meant", "trompe", "trompee", "bedoel", "bedoelde", "bedoelt"}
	// residenceAfter, just after a commune, say it is lived in ("in Jette woon", "in
	// Watermaal-Bosvoorde zou wonen").
	residenceAfter = []string{"woon", "woont", "wonen", "woonde"}
	// livesThere says one lives in the commune named elsewhere in the message.
	livesThere = []string{" habite la bas", " habite labas", "jhabite la bas", " y habite ", " y habitons", " y vis ", " y vivons", " y suis domicilie",
		" live there", " living there", " woon daar", " woon er ", " wonen daar", " wonen er "}
	// livesNotThere denies it ("vu que je n'y habite pas", "I don't live there").
	livesNotThere = []string{" n y ", " ny ", "habite pas la bas", " y habite pas", " y vis pas", " y habitons pas", "t live there", "not live there", "not living there", "daar niet", "er niet"}
	// writerNotThere is the writer's own denial ("vu que j'y habite pas"), which makes the one
	// commune named an office visited.
	writerNotThere = []string{" n y habite pas", " y habite pas", " n y vis pas", " y vis pas", " y habitons pas", "i don t live there", "ik woon daar niet", "ik woon er niet",
		" n habite pas la bas", " habite pas la bas", " ne vis pas la bas", " vis pas la bas", "if i don t live there", " daar niet woon", " er niet woon"}
	postalWords = []string{"cle", "cles", "commune", "habite", "j", "code", "postal", "sleutel", "gemeente"}
	// otherPeople, before a residence, say it is someone else's ("mon cousin habite
	// Schaerbeek"), not the writer's.
	otherPeople = []string{"cousin", "cousine", "frere", "soeur", "mere", "pere", "ami", "amie", "copain", "copine", "collegue",
		"voisin", "voisine", "oncle", "tante", "parents", "il", "elle", "ils", "elles", "he", "she", "they", "hij", "zij", "broer", "zus"}
)

// hasAny reports whether toks holds one of words.
func hasAny(toks, words []string) bool {
	return slices.ContainsFunc(toks, func(t string) bool { return slices.Contains(words, t) })
}

func anyUsed(u []bool) bool {
	for _, x := range u {
		if x {
			return true
		}
	}
	return false
}

// eventBefore reports whether the words of a place and those just before it say something
// happened or happens there (a birth, a wedding, schooling, work) rather than that someone lives
// there: the nearest such word or word of living decides ("née à Bruxelles et j'habite en
// Belgique" lives there).
func (p *Parser) eventBefore(before []string) bool {
	for i := len(before) - 1; i >= 0; i-- {
		switch t := before[i]; {
		case slices.Contains(p.lives, t):
			return false
		case slices.Contains(p.eventPlace, t) || slices.Contains(p.workTold, t):
			return true
		}
	}
	return false
}

// abroadEvent marks the concept before it as a place abroad where something happened (a birth, a
// wedding), which tells no home abroad.
const abroadEvent = "s:abroad-event"

// apply turns concepts into topic, intents, slots and flags.
func (p *Parser) apply(concepts []string, out *Parse) {
	topics := map[knowledge.Topic]int{}
	weakCNI := false
	yes, no := true, false
	for i, c := range concepts {
		kind, val, _ := strings.Cut(c, ":")
		if i+1 < len(concepts) && concepts[i+1] == abroadEvent {
			continue // a place where something happened, not where one lives
		}
		switch kind {
		case "t":
			topics[knowledge.Topic(val)] += 2 // named outright: stronger than a hint
			out.TopicNamed = true
			if !slices.Contains(out.Named, knowledge.Topic(val)) {
				out.Named = append(out.Named, knowledge.Topic(val))
			}
		case "tw":
			weakCNI = true
			out.CardNamed = true
		case "i":
			out.Intents = append(out.Intents, Intent(val))
		case "a":
			out.Slots.Application = knowledge.Application(val)
			if !slices.Contains(out.Applications, out.Slots.Application) {
				out.Applications = append(out.Applications, out.Slots.Application)
			}
		case "remake":
			out.Slots.Remake = true // "je dois la refaire": see Slots.Remake
		case "h":
			if val == string(knowledge.Adult) && out.Slots.Holder == knowledge.Minor &&
				p.cues.saysAny(strings.ReplaceAll(out.Norm, ",", ""), p.selfAsParent) {
				// "pour la carte de mon fils, j'apporte quoi pour moi, le parent ?": the parent
				// asks of their own papers, for the child's card.
				break
			}
			if out.Slots.Holder != knowledge.Protected {
				out.Slots.Holder = knowledge.Holder(val)
			}
		case "p":
			// The most telling situation wins, whatever order the words come in: "séparés, elle
			// est en garde alternée" is the alternating residence; a divorce's ruling sets it too.
			rank := map[knowledge.Parents]int{knowledge.ParentsTogether: 1, knowledge.ParentsSeparated: 2, knowledge.ParentsAlternating: 3, knowledge.ParentsDivorced: 4}
			if rank[knowledge.Parents(val)] > rank[out.Slots.Parents] {
				out.Slots.Parents = knowledge.Parents(val)
			}
		case "hosted":
			out.Slots.Hosted = boolPtr(val == "1")
		case "pass":
			if out.Slots.Passport == nil || val == "0" {
				out.Slots.Passport = boolPtr(val == "1")
			}
		case "both":
			out.Slots.BothLost = &yes
		case "dn":
			out.Slots.DoubleName = &yes
		case "fmt":
			out.Slots.CardFormat = knowledge.CardFormat(val)
		case "card":
			out.Slots.CardType = knowledge.CardType(val)
			topics[knowledge.TopicDigitalKey]++
		case "s":
			out.Foreigner = out.Foreigner || val == "foreigner"
		case "nochip":
			out.NoChip = true
			topics[knowledge.TopicDigitalKey]++
		case "os":
			out.Slots.PhoneOS = val
		case "sit":
			out.Slots.Situations = append(out.Slots.Situations, val)
		case "abroad":
			out.Slots.Abroad = boolPtr(val == "1")
		case "proxy":
			out.Proxy = true
		case "patron":
			out.Patron = true
		case "nfc":
			out.Slots.PhoneNFC = boolPtr(val == "1")
			topics[knowledge.TopicIdentite]++
		case "noid":
			out.Slots.NoIDCard = true
		case "consular_registration":
			out.Slots.ConsularRegistration = true
		case "victim":
			out.Victim = true
		case "damaged":
			out.Damaged = true
		case "other_place":
			out.OtherPlace = true
		case "outside":
			out.Slots.OutsideBX = &yes
		case "region":
			if val == "metropole" && p.cues.saysAny(out.Norm, p.mainlandCompared) {
				break // "(à Kourou) c'est moins cher qu'en métropole ?": compared with, not lived in
			}
			out.Slots.Region = val
		case "place":
			if val == "valenciennes" {
				out.Slots.Place = "Valenciennes"
				topics[knowledge.TopicIdentite]++ // a hint: its town hall certifies identities
			} else {
				out.Slots.Place = "Mus"
			}
		case "f":
			switch val {
			case "reset":
				out.Flags.Reset = true
			case "greet":
				out.Flags.Greeting = true
			case "thanks":
				out.Flags.Thanks = true
			case "yes":
				out.Flags.Yes = true
			case "no":
				out.Flags.No = true
			case "help":
				out.Flags.Help = true
			case "bye":
				out.Flags.Bye = true
			}
		case "oos":
			// Injection beats fraud beats other.
			rank := map[string]int{"": 0, "other": 1, "fraud": 2, "injection": 3}
			switch val {
			case "inject":
				val = "injection"
			case "deceit":
				val = "fraud"
				out.Deceit = true
			case "doc":
				out.OtherDocument = true // with "other", which the same phrases mean
			}
			if rank[val] > rank[out.OutOfScope] {
				out.OutOfScope = val
			}
		}
	}
	_ = no
	if out.NoChip && (out.Slots.CardFormat == knowledge.Plastic || out.Slots.CardFormat == knowledge.Cardboard) {
		// "l'ancien modèle sans puce": the French card's old model, not a Belgian card without a
		// chip.
		out.NoChip = false
		topics[knowledge.TopicDigitalKey]--
		topics[knowledge.TopicCNI]++
	}
	if out.Slots.Commune != "" || out.BrusselsAmbiguous || out.Slots.OutsideBX != nil {
		topics[knowledge.TopicDigitalKey]++
	}
	if out.Slots.PhoneOS != "" {
		topics[knowledge.TopicIdentite]++
	}
	// The topic named most; ties go to the more specific topics, the identity card last.
	best, n := knowledge.Topic(""), 0
	for _, t := range []knowledge.Topic{knowledge.TopicIdentite, knowledge.TopicDigitalKey, knowledge.TopicNationality, knowledge.TopicCNI} {
		if topics[t] > n {
			best, n = t, topics[t]
		}
	}
	if best == "" {
		// "on est mariés depuis 3 ans" tells of a couple: a child's parents or a marriage, for
		// the conversation's topic to settle.
		couple := out.Slots.Parents == knowledge.ParentsTogether && len(out.Slots.Situations) > 0
		// (A renewal read in another document's words, "mon titre de séjour a expiré", implies
		// no card; a loss told with another document, "le passeport perdu en même temps", does.)
		implied := out.Slots.Application != "" && (out.CardNamed || !out.OtherDocument || out.Slots.Application != knowledge.Renewal) || out.Slots.Holder == knowledge.Minor || out.Slots.Holder == knowledge.Protected ||
			out.Slots.Parents != "" && !couple || out.Slots.Hosted != nil || out.Slots.DoubleName != nil || out.Slots.BothLost != nil
		for _, i := range out.Intents {
			switch i {
			case Photo, Fingerprints, PreApplication, ProofAddress, HostedQ, DoubleNameQ, Declare, PickupDeadline, FalseDeclaration:
				implied = true
			}
		}
		// (A country one was born or married in tells a story of nationality as much as one lived
		// in: "marocain, né au Maroc, je vis en France depuis 7 ans".)
		if len(out.Slots.Situations) > 0 && (out.Has(Routes) || out.Has(Language) || out.Slots.Abroad != nil || slices.Contains(concepts, abroadEvent)) ||
			slices.Contains(out.Slots.Situations, "born-in-france") && !weakCNI && !out.CardNamed {
			// "j'ai 17 ans, né à Marseille de parents tunisiens, je peux faire la demande tout
			// seul ?": being born in France asks about nationality, with no card named.
			best = knowledge.TopicNationality
			if slices.Contains(out.Slots.Situations, "born-in-france") && !slices.Contains(out.Named, best) {
				out.Named = append(out.Named, best) // as good as named: the examples do not override it
			}
		} else if slices.Contains(out.Slots.Situations, "married") && p.phraseThen(out.Norm, p.spousesNamed, p.frenchWords, 2) && !weakCNI && !out.CardNamed &&
			(out.Has(Eligibility) || out.Form == FormWhen || out.Form == FormYesNo) {
			// "my husband is French, we got married 2 years ago… when can I apply?": married to
			// a French person, a request asked about is the nationality's.
			best = knowledge.TopicNationality
		} else if implied || weakCNI {
			best = knowledge.TopicCNI
		}
	}
	if best == knowledge.TopicNationality && topics[knowledge.TopicCNI] > 0 && !out.Has(Routes) && !out.Has(Language) && !out.Has(Eligibility) &&
		slices.Contains([]knowledge.Application{knowledge.Loss, knowledge.Theft, knowledge.Renewal}, out.Slots.Application) {
		// "mon mari français a perdu sa carte d'identité, ça coûte combien ?": a card named and
		// what happened to it; the nationality only says who holds it.
		best = knowledge.TopicCNI
	}
	if best == knowledge.TopicCNI && !slices.Contains(out.Named, knowledge.TopicCNI) && out.Lang == knowledge.NL && out.LangSure &&
		!p.cues.saysAny(out.Norm, p.frenchWords) && !containsWordAt(out.Norm, "cni") {
		// "mag ik mijn paspoort meebrengen ipv mijn id kaart?": a card asked of in Dutch, with
		// nothing French about it, is the Belgian one a digital key is asked with.
		best = knowledge.TopicDigitalKey
	}
	out.Topic = best
	// "Married" alone is a nationality situation only when nationality is the subject; they are
	// set aside for the dialog, should the examples find nationality the subject after all.
	if best != knowledge.TopicNationality && best != "" {
		out.AsideSituations, out.Slots.Situations = out.Slots.Situations, nil
	}
}

func orderIntents(in []Intent) []Intent {
	if len(in) < 2 {
		return in
	}
	rank := map[Intent]int{}
	for i, x := range priority {
		rank[x] = i + 1
	}
	seen := map[Intent]bool{}
	var out []Intent
	for _, x := range in {
		if !seen[x] && rank[x] > 0 {
			seen[x] = true
			out = append(out, x)
		}
	}
	sort.SliceStable(out, func(a, b int) bool { return rank[out[a]] < rank[out[b]] })
	return out
}

func boolPtr(b bool) *bool { return &b }

// yearAfter returns the year that follows the month phrase at its first occurrence in s ("en
// juin 2019"), 0 when none does.
func yearAfter(s, phrase string) int {
	i := strings.Index(s, phrase)
	if i < 0 {
		return 0
	}
	rest := strings.TrimLeft(s[i+len(phrase):], " ")
	if len(rest) < 4 || !isNumber(rest[:4]) || len(rest) > 4 && isLetterOrDigit(rest[4]) {
		return 0
	}
	y, _ := strconv.Atoi(rest[:4])
	return y
}

// inFigures writes the numbers of reNumberWord in figures.
func inFigures(s string) string {
	// A word of two to twelve first (a few map lookups), the regular expression only then.
	if !slices.ContainsFunc(strings.Fields(s), func(w string) bool { return numberWords[w] >= 2 }) {
		return s
	}
	return pat().reNumberWord.ReplaceAllStringFunc(s, func(m string) string {
		word, unit, _ := strings.Cut(m, " ")
		return strconv.Itoa(numberWords[word]) + " " + unit
	})
}

// seasonLastMonth is the last month of each season a year names.
var seasonLastMonth = map[string]string{"printemps": "juin", "ete": "septembre", "automne": "decembre"}

// lastYearMonths writes the year of a month said relative to now ("juillet de l'année dernière"
// is "en juillet 2025" in 2026), and a season of a year as its last month ("l'été 2025" is "en
// septembre 2025"), for the dates to read them as any month and year.
func lastYearMonths(s string, now time.Time) string {
	if strings.Contains(s, "ete ") || strings.Contains(s, "printemps ") || strings.Contains(s, "automne ") {
		s = pat().reSeasonYear.ReplaceAllStringFunc(s, func(m string) string {
			sub := pat().reSeasonYear.FindStringSubmatch(m)
			return "en " + seasonLastMonth[sub[1]] + " " + sub[2]
		})
	}
	if !strings.Contains(s, "annee") && !strings.Contains(s, " an ") && !strings.Contains(s, "year") && !strings.Contains(s, "jaar") {
		return s
	}
	s = pat().reExpiredLastYear.ReplaceAllString(s, "$1 en "+strconv.Itoa(now.Year()-1))
	s = pat().reLastYearMonth.ReplaceAllStringFunc(s, func(m string) string {
		sub := pat().reLastYearMonth.FindStringSubmatch(m)
		y := now.Year()
		if !containsAny(sub[3], "cette", "this", "dit") {
			y--
		}
		lead := "en "
		if sub[1] != "" {
			lead = sub[1] + " en "
		}
		return lead + sub[2] + " " + strconv.Itoa(y)
	})
	return s
}

// residenceBefore reports whether the words before a duration say it is one of residence ("je
// vis en France depuis", "installée en France depuis", "I have lived in France for").
func residenceBefore(text string) bool {
	for _, w := range []string{"vis", "vit", "vivons", "habite", "habitons", "reside", "residons", "installe", "installee",
		"en france", "arrive", "arrivee", "arrives", "arrivees", "residence", "live", "lived", "living", "woon", "woont"} {
		if strings.Contains(" "+text+" ", " "+w+" ") {
			return true
		}
	}
	return false
}

// shortMonths are the shortened names of months, written before a year ("sept 2011").
var shortMonths = map[string]string{"jan": "janvier", "janv": "janvier", "fev": "fevrier", "fevr": "fevrier", "avr": "avril",
	"juil": "juillet", "sept": "septembre", "oct": "octobre", "nov": "novembre", "dec": "decembre"}

var months = map[string]time.Month{
	"janvier": 1, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7, "aout": 8,
	"septembre": 9, "octobre": 10, "novembre": 11, "decembre": 12, "january": 1, "february": 2, "march": 3,
	"april": 4, "may": 5, "june": 6, "july": 7, "august": 8, "september": 9, "october": 10, "november": 11,
	"december": 12, "januari": 1, "februari": 2, "maart": 3, "mei": 5, "juni": 6, "juli": 7, "augustus": 8,
}

// MonthNamed is the month a name (French, English or Dutch, normalised) names.
func MonthNamed(name string) (time.Month, bool) {
	m, ok := months[name]
	return m, ok
}

var weekdays = map[string]time.Weekday{
	"lundi": 1, "mardi": 2, "mercredi": 3, "jeudi": 4, "vendredi": 5, "samedi": 6, "dimanche": 0,
	"monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 0,
	"maandag": 1, "dinsdag": 2, "woensdag": 3, "donderdag": 4, "vrijdag": 5, "zaterdag": 6, "zondag": 0,
}

// dateKind tells what a date near these words is: the card's issue, its printed end, or a birth.
// It reads the few words before the date.
func dateKind(before string) string {
	if i := strings.LastIndexAny(before, "0123456789"); i >= 0 {
		before = before[i+1:] // the words since the date before, not those that told of it
	}
	w := " " + lastWords(before, 3)
	far := " " + lastWords(before, 9)
	if f := strings.Fields(before); len(f) >= 2 && (f[len(f)-1] == "de" || f[len(f)-1] == "du") && (f[len(f)-2] == "date" || f[len(f)-2] == "datant" || f[len(f)-2] == "datee") &&
		(len(f) < 3 || f[len(f)-3] != "la" && f[len(f)-3] != "sa" && f[len(f)-3] != "une") {
		return "issue" // "périmée (elle date de 2008)": the card's issue, whatever expiry came before ("la date de 2029" is another)
	}
	switch {
	case containsAny(w, " ne le ", " nee le ", " ne en ", " nee en ", " ne ", " nee ", "naissance", " born", "geboren"),
		pat().reBornAtPlace.MatchString(lastWords(before, 9)):
		// ("née à Toulouse le 15 mai 2014": the birth, its place between)
		return "birth"
	case containsAny(w, "delivre", "delivrance", "faite ", "fait le", "fait en", "emise", "obtenue", "eue le", "eue en", "refaite", "recue", "issued", "afgegeven"):
		return "issue"
	case containsAny(" "+lastWords(before, 5), "marque ", "marquee ", "inscrit", "ecrit ", "ecrite ", "indique ", " dit ", "la date ", " dessus ", " au dos ", " verso ", " derriere ",
		"affiche ", "affichee ", "imprime ", "imprimee ", "mentionne ", "mentionnee ", "date imprimee", "printed", "says "), containsAny(far, "expire", "expir", "perime", "fin de validite", " validite", "jusqu", "valid until", "geldig tot", "vervalt", "date de fin", "se termine", "finit ", " fini "),
		containsAny(w, "s est terminee", "s est termine", "terminee en", "terminee le", "finie en", "a pris fin", "ended in", "ended on"):
		// "elle s'est terminée en 2022": its printed end.
		return "end"
	default:
		return "unknown" // a date no word places: the issue's, unless one is told (see setDate)
	}
}

// askedIn reports whether the words before a year ask about that year ("encore bonne en",
// "valable en", "still valid in"), rather than tell a date of the card.
func askedIn(before string) bool {
	f := strings.Fields(before)
	if len(f) < 2 || f[len(f)-1] != "en" && f[len(f)-1] != "in" {
		return false
	}
	switch f[len(f)-2] {
	case "bonne", "bon", "valable", "valide", "ok", "valid", "geldig", "marche", "passe", "fonctionne":
		return true
	}
	return false
}

// endAfter reports whether the words right after a year say it is the card's end ("2021 as the
// expiry date", "2021 comme date de fin").
func endAfter(after string) bool {
	w := " " + strings.Join(strings.Fields(after)[:min(5, len(strings.Fields(after)))], " ") + " "
	return containsAny(w, " as the expiry", " as expiry", " as the end", " comme date de fin", " comme date d expiration", " comme fin de validite", " als vervaldatum")
}

func containsAny(s string, subs ...string) bool {
	for _, x := range subs {
		if strings.Contains(s, x) {
			return true
		}
	}
	return false
}

// entities reads dates, ages, durations, phone versions and times from the normalised text.
func (p *Parser) entities(norm string, now time.Time, out *Parse) {
	s := inFigures(lastYearMonths(p.smsSpelled(strings.ReplaceAll(norm, "'", " "), out.Lang, out.LangSure), now))
	taken := make([]bool, len(s))
	mark := func(a, b int) {
		for i := a; i < b; i++ {
			taken[i] = true
		}
	}
	free := func(a, b int) bool {
		for i := a; i < b; i++ {
			if taken[i] {
				return false
			}
		}
		return true
	}
	hoursCtx := out.Has(Hours)
	travel := p.hasTravel(s)
	bornYear := 0 // "je suis née en 1996": a year of birth alone
	var whenDay time.Time
	issueTold := false
	// setDate sets a date of the kind the words before it say, and returns the kind it took. A
	// date no word places is the card's issue, unless an issue date is told in so many words:
	// then it is another moment of the story ("faite en 2010… on est fin 2026", "faite en juin
	// 2012… on part en février 2027"), a journey's when the message tells one and it is to come.
	setDate := func(kind string, d time.Time, yearOnly bool) string {
		switch {
		case kind == "unknown" && travel && d.After(now):
			kind = "travel"
		case kind == "unknown" && issueTold:
			return "denied"
		case kind == "unknown":
			kind = "issue"
		case kind == "issue":
			issueTold = true
		}
		if kind == "denied" {
			return kind
		}
		if kind == "passport" {
			// A passport still valid, or expired that many years ago, stands for the birth
			// certificate or not (see Slots.PassportExpiredYears).
			if d.After(now) {
				yes := true
				out.Slots.Passport = &yes
			} else if out.Slots.PassportExpiredYears == nil {
				n := now.Year() - d.Year()
				if now.YearDay() < d.YearDay() && n > 0 {
					n--
				}
				out.Slots.PassportExpiredYears = &n
			}
			return kind
		}
		if (kind == "document" || kind != "birth" && (out.Has(Photo) || out.Has(ProofAddress))) && !yearOnly && d.Before(now) && out.Slots.AgeMonths == nil {
			// "photo faite le 10 septembre 2026", "un acte de naissance daté du 2 juillet 2026": how old
			// the document is, in whole months.
			months := (now.Year()-d.Year())*12 + int(now.Month()) - int(d.Month())
			if now.Day() < d.Day() {
				months--
			}
			out.Slots.AgeMonths = &months
		}
		if kind == "document" {
			return kind
		}
		// The moment asked about, unless it is a past issue date of a question on anything but
		// opening hours ("faite le 15 décembre 2011… je pars le 10 janvier").
		if kind != "birth" && !yearOnly && whenDay.IsZero() && (hoursCtx || !(kind == "issue" && d.Before(now))) {
			whenDay = d // also the moment asked about, if the question is about opening hours
			if hoursCtx {
				return kind
			}
		}
		switch kind {
		case "birth":
			if !yearOnly {
				out.Slots.BirthDate = d.Format(time.DateOnly)
				age := rules.Age(d, now)
				out.Slots.Age = &age
			} else {
				bornYear = d.Year()
			}
		case "travel":
			out.Slots.TravelFrom, out.Slots.TravelTo = d.Format(time.DateOnly), d.Format(time.DateOnly)
		case "end":
			if yearOnly {
				out.Slots.PrintedYear = d.Year()
			} else {
				out.Slots.PrintedEnd = d.Format(time.DateOnly)
			}
		default:
			if yearOnly {
				out.Slots.IssueYear = d.Year()
			} else {
				out.Slots.IssueDate = d.Format(time.DateOnly)
			}
		}
		return kind
	}
	readyDays(s, now, free, mark, out)
	awayReady := false // the time away counted as the days a ready card waits
	if m := matchIf(out.Slots.ReadyDays == nil && containsAny(s, "prete", "dispo", "disponible", "sms", "texto", "ready"), pat().reAwayFor, s); m != nil {
		awayReady = true
		// "j'ai reçu le SMS, ma carte est prête, mais je pars 2 mois demain": when the person
		// comes back, the card will have waited that long.
		n, err := strconv.Atoi(m[1])
		if err != nil {
			n = max(numberWords[m[1]], 1)
		}
		if strings.HasPrefix(m[2], "mo") {
			n *= 30
		} else {
			n *= 7
		}
		out.Slots.ReadyDays = &n
	}
	agoDays(s, out)
	if m := matchIf(out.AgoDays == nil && p.cues.saysAny(s, p.pastTold), pat().reDayMonthNoYear, s); m != nil {
		// "on m'a donné le code le 3 novembre": the last 3 November, so many days ago.
		d := 1
		if m[1] != "1er" {
			d, _ = strconv.Atoi(m[1])
		}
		today := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, time.UTC)
		t := time.Date(now.Year(), months[m[2]], d, 0, 0, 0, 0, time.UTC)
		if t.After(today) {
			t = t.AddDate(-1, 0, 0)
		}
		if t.Day() == d {
			n := int(today.Sub(t).Hours() / 24)
			out.AgoDays = &n
		}
	}
	laterYears(s, out)
	laterDays(s, out)
	if m := matchIf(out.LaterDays == 0 && !awayReady && containsAny(s, "pars", "part", "absent", "mission", "away", "gone"), pat().reAwayFor, s); m != nil {
		// "il part en vacances demain pour 3 semaines… à son retour": back so many days from now.
		n, err := strconv.Atoi(m[1])
		if err != nil {
			n = max(numberWords[m[1]], 1)
		}
		out.LaterDays = n * 7
		if strings.HasPrefix(m[2], "mo") {
			out.LaterDays = n * 30
		}
	}
	if out.LaterDays == 0 && hasMonth(s) && containsAny(s, "si ", "que ", "pas avant", "seulement", "chercher", "recuperer", "retirer", "passer", "y aller") {
		monthAhead(s, now, out)
	}
	score(s, out)
	p.expiresIn(s, now, free, mark, out)
	if containsAny(s, " eu ", "turned", "werd") {
		p.turned(s, now, mark, out)
	}
	kindOf := func(before string) string {
		if f := strings.Fields(before); len(f) > 0 && (f[len(f)-1] == "pas" || len(f) > 1 && (f[len(f)-2] == "pas" || f[len(f)-2] == "not") && (f[len(f)-1] == "en" || f[len(f)-1] == "le" || f[len(f)-1] == "in")) {
			return "denied" // "on s'est mariés en 2021, pas en 2023": not a date of the story
		}
		if travel && p.travelBefore(before) {
			return "travel" // "on part en juillet 2027": the day of a journey
		}
		if passportWithin(before, 6) {
			return "passport" // "un passeport valide jusqu'en 2029", "expiré en mars 2024": not the card's
		}
		clause := before[strings.LastIndexAny(before, ".,;?!")+1:]
		if containsAny(lastWords(clause, 10), "acte de naissance", "extrait de naissance", "extrait d acte", "copie integrale", "birth certificate") {
			// "un acte de naissance daté du 2 juillet 2026", "l'acte que j'ai commandé est daté
			// du 2 août": the document's date, no birth
			return "document"
		}
		if containsAny(lastWords(before, 25), "acte de naissance", "extrait de naissance", "extrait d acte", "copie integrale", "birth certificate") &&
			containsAny(lastWords(clause, 6), "le mien", "la mienne", "le sien", "la sienne", "il a ete", "elle a ete", "celui", "mine") && !containsAny(clause, "carte", "cni", "card", "passeport") {
			// "On m'a demandé un acte de naissance. Le mien a été délivré le 20 septembre 2026":
			// the act's date, told by its pronoun in the next sentence.
			return "document"
		}
		return dateKind(before)
	}
	if !containsAny(s, "valable", "valide", "dure", "vaut", "validite", "valid for") {
		// nothing of a validity asked in years
	} else if m := pat().reValidYears.FindStringSubmatchIndex(s); m != nil {
		for g := 2; g < len(m); g += 2 {
			if m[g] >= 0 {
				n, _ := strconv.Atoi(s[m[g]:m[g+1]])
				out.Slots.ValidYears = &n // "elle est valable 15 ans ?"
				mark(m[0], m[1])
				break
			}
		}
	}
	if m := matchIndexIf(out.Slots.Passport == nil && strings.Contains(s, "passe"), pat().reValidPassport, s); m != nil &&
		!containsAny(lastWords(s[:m[0]], 3), "pas de", "pas d un", "sans", "ni ", "no ", "without") && !containsAny(s[m[0]:m[1]], " n ", " pas ", " plus ", " jamais ") {
		// "il a un passeport biométrique valide": a passport, valid, whatever word comes between
		// ("mon passeport n'est plus valide" is not).
		yes := true
		out.Slots.Passport = &yes
	}
	if !strings.ContainsAny(s, "0123456789") {
		p.ageMonths(s, now, free, func(a, b int) bool { return true }, out)
		if travel && hasMonth(s) || containsAny(s, "demain", "tomorrow", "morgen", "aujourd", "today", "vandaag", "maintenant", "now", "en ce moment", "actuellement", "aout", "august", "midi", "noon", "lunch", "di", "day", "dag", "ndi", "edi") {
			p.when(s, now, time.Time{}, out)
		}
		p.travelWhen(s, now, out)
		return
	}
	if m := matchIndexIf(containsAny(s, "€", "eur", "balles") || hasDecimal(s), pat().reAmount, s); m != nil {
		// A price stated, before years and ages: "25 euros" is neither; "2,99e" is written for
		// euros, "10e" is not (a tenth).
		for g := 2; g < len(m); g += 2 {
			if m[g] < 0 {
				continue
			}
			if v, err := knowledge.ParseMoney(s[m[g]:m[g+1]]); err == nil {
				out.Amount = &v
				mark(m[0], m[1])
			}
			break
		}
	}
	// Durations before years, so that "périmée depuis 2018" is not an issue date.
	expired := func(at, n int) {
		if passportWithin(s[:at], 4) {
			out.Slots.PassportExpiredYears = &n // "un passeport périmé depuis 3 ans"
		} else {
			out.Slots.ExpiredYears = &n
		}
	}
	expiry := containsAny(s, "perim", "expir", "verlopen", "depasse", "passee")
	if ms := findAllIf(expiry, pat().reExpSince, s); len(ms) > 0 {
		// Each one: "CNI périmée depuis 7 ans, mais un passeport périmé depuis 3 ans".
		for _, m := range ms {
			n, _ := strconv.Atoi(s[m[2]:m[3]])
			expired(m[0], n)
			mark(m[0], m[1])
		}
	} else if m := matchIndexIf(expiry, pat().reExpAgo, s); m != nil {
		g := 2
		if m[g] < 0 {
			g = 4 // (the Dutch order: "al 6 jaar verlopen")
		}
		n, _ := strconv.Atoi(s[m[g]:m[g+1]])
		expired(m[0], n)
		mark(m[0], m[1])
	} else if m := matchIndexIf(expiry, pat().reExpYear, s); m != nil {
		y, _ := strconv.Atoi(s[m[2]:m[3]])
		if n := now.Year() - y; n >= 0 && n < 100 {
			expired(m[0], n)
		}
		mark(m[0], m[1])
	}
	numSep, month := hasNumberSeparator(s), hasMonth(s) // cheap looks before the expressions
	for _, m := range findAllIf(numSep, pat().reDMY, s) {
		d, err := strconv.Atoi(s[m[2]:m[3]])
		mo, err2 := strconv.Atoi(s[m[4]:m[5]])
		y, err3 := strconv.Atoi(s[m[6]:m[7]])
		if err != nil || err2 != nil || err3 != nil {
			continue
		}
		if y < 100 {
			y += 2000
			if y > now.Year() {
				y -= 100
			}
		}
		t := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)
		if t.Day() != d || int(t.Month()) != mo {
			continue // 31/02: not a date
		}
		setDate(kindOf(s[:m[0]]), t, false)
		mark(m[0], m[1])
	}
	for _, m := range findAllIf(month, pat().reDayMonth, s) {
		if !free(m[0], m[1]) {
			continue
		}
		ds := s[m[2]:m[3]]
		d := 1
		if ds != "1er" {
			d, _ = strconv.Atoi(ds)
		}
		y, _ := strconv.Atoi(s[m[6]:m[7]])
		mo := months[s[m[4]:m[5]]]
		t := time.Date(y, mo, d, 0, 0, 0, 0, time.UTC)
		if t.Day() != d {
			continue
		}
		setDate(kindOf(s[:m[0]]), t, false)
		mark(m[0], m[1])
	}
	// monthYear sets a month of a year the message names, a date of the kind the words before it
	// at say: "délivrée en octobre 2011", "elle expire en mars 2027", "on part en juillet 2027".
	var notDocAt [][2]int // the spans of a passport's dates and of births, which are no document's age
	monthYear := func(at, end, y int, mo time.Month) {
		kind := kindOf(s[:at])
		if kind == "passport" || kind == "birth" {
			notDocAt = append(notDocAt, [2]int{at, end})
		}
		switch kind = setDate(kind, time.Date(y, mo, 1, 0, 0, 0, 0, time.UTC), true); kind {
		case "birth":
			// "né en mars 2014": the age is known when every day of that month gives the same.
			first, last := time.Date(y, mo, 1, 0, 0, 0, 0, time.UTC), time.Date(y, mo+1, 0, 0, 0, 0, 0, time.UTC)
			if a := rules.Age(first, now); last.Before(now) && a == rules.Age(last, now) {
				out.Slots.BirthDate = first.Format(time.DateOnly)
				out.Slots.Age = &a
			}
		case "issue":
			out.Slots.IssueMonth = int(mo)
		case "end":
			out.Slots.PrintedMonth = int(mo)
		case "travel":
			out.Slots.TravelTo = time.Date(y, mo+1, 0, 0, 0, 0, 0, time.UTC).Format(time.DateOnly)
		}
		if least := (now.Year()-y)*12 + int(now.Month()) - int(mo) - 1; (kind == "document" || out.Has(Photo) || out.Has(ProofAddress)) && kind != "birth" &&
			out.Slots.AgeMonths == nil && out.Slots.AgeMonthsAtLeast == nil && least > 0 {
			// "facture EDF du 09/2025": a document of that month, at least so many full months
			// old, whatever its day.
			out.Slots.AgeMonthsAtLeast = &least
		}
	}
	for _, m := range findAllIf(numSep, pat().reMonthNumYr, s) {
		// "date 12/2023": a month and a year written in figures.
		mo, _ := strconv.Atoi(s[m[2]:m[3]])
		y, _ := strconv.Atoi(s[m[4]:m[5]])
		if free(m[0], m[1]) && mo >= 1 && mo <= 12 && y <= now.Year()+40 {
			monthYear(m[0], m[1], y, time.Month(mo))
			mark(m[0], m[1])
		}
	}
	for _, m := range findAllIf(month, pat().reMonthYr, s) {
		if free(m[0], m[1]) {
			y, _ := strconv.Atoi(s[m[4]:m[5]])
			monthYear(m[0], m[1], y, months[s[m[2]:m[3]]])
			mark(m[0], m[1])
		}
	}
	for _, m := range pat().reYear.FindAllStringSubmatchIndex(s, -1) {
		if !free(m[0], m[1]) {
			continue
		}
		y, _ := strconv.Atoi(s[m[2]:m[3]])
		if y > now.Year()+40 {
			continue
		}
		kind := kindOf(s[:m[0]])
		if (kind == "issue" || kind == "unknown") && y >= now.Year() && askedIn(s[:m[0]]) {
			// "elle est encore bonne en 2026 ?": the year asked about, as a journey's would be.
			kind = "travel"
		}
		if kind == "travel" {
			setDate(kind, time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), true)
			out.Slots.TravelTo = time.Date(y, 12, 31, 0, 0, 0, 0, time.UTC).Format(time.DateOnly)
			mark(m[0], m[1])
			continue
		}
		if (kind == "issue" || kind == "unknown") && endAfter(s[m[1]:]) {
			kind = "end" // "it shows 2021 as the expiry date", "2021 comme date de fin"
		}
		if (kind == "issue" || kind == "unknown") && y > now.Year() {
			kind = "end" // a year to come is an end date ("valable jusqu'en 2031")
		}
		setDate(kind, time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), true)
		if kind == "birth" {
			b := time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
			a := rules.Age(b, now)
			out.Slots.Age = &a
		}
		mark(m[0], m[1])
	}
	if ms := findAllIf(containsAny(s, "ios", "iphone", "i phone", "android"), pat().rePhone, s); ms != nil {
		// A system version ("iOS 15") wins over an iPhone model number ("iPhone 14").
		for _, m := range ms {
			v, _ := strconv.Atoi(s[m[4]:m[5]])
			switch s[m[2]:m[3]] {
			case "ios":
				out.Slots.PhoneOS, out.Slots.PhoneVersion = "ios", v
			case "iphone", "i phone":
				out.Slots.PhoneOS = "ios"
				out.Slots.PhoneModel = v
			default:
				out.Slots.PhoneOS, out.Slots.PhoneVersion = "android", v
			}
			mark(m[0], m[1])
		}
		if out.Slots.PhoneVersion != 0 {
			out.Slots.PhoneModel = 0
		}
	} else if m := pat().reVersion.FindStringSubmatchIndex(s); m != nil && out.Slots.PhoneOS != "" {
		out.Slots.PhoneVersion, _ = strconv.Atoi(s[m[2]:m[3]])
		mark(m[0], m[1])
	}
	p.ageMonths(s, now, free, func(a, b int) bool {
		return !slices.ContainsFunc(notDocAt, func(sp [2]int) bool { return sp[0] < b && a < sp[1] })
	}, out)
	if m := matchIf(strings.Contains(s, "mois") || strings.Contains(s, "month"), pat().reBabyMonths, s); m != nil && out.Slots.Age == nil {
		// "le bébé (4 mois)": a child under a year, whatever the photo's age.
		n, _ := strconv.Atoi(m[1])
		a := n / 12
		out.Slots.Age = &a
	}
	if m := matchIndexIf(strings.Contains(s, "il y a"), pat().reBornAgo, s); m != nil && free(m[0], m[1]) {
		a, _ := strconv.Atoi(s[m[2]:m[3]])
		out.Slots.Age = &a // "née en France il y a 11 ans": her age
		mark(m[0], m[1])
	}
	// Durations: the one the person gave; beside another one, a duration of residence ("mariée
	// depuis 3 ans, je vis en France depuis 6 ans") is kept apart, and the other is Years.
	type duration struct {
		years     int
		residence bool
	}
	for _, m := range findAllIf(strings.ContainsAny(s, "0123456789") && containsAny(s, "depuis", "arriv", "revenu", "rentr", "venu", "install", "since", "moved", "came"), pat().reArrival, s) {
		// "arrivée en France à 10 ans", "je vis ici depuis mes 5 ans": since when the person lives
		// in France, as an age; not the person's age today.
		for g := 2; g < len(m); g += 2 {
			if m[g] >= 0 {
				if a, _ := strconv.Atoi(s[m[g]:m[g+1]]); a < 100 {
					out.Slots.ArrivalAge = &a
				}
			}
		}
		mark(m[0], m[1])
	}
	if out.Slots.ArrivalAge == nil && out.Slots.Abroad != nil && *out.Slots.Abroad && containsAny(s, " de ") {
		if i := pat().reAwaySpan.FindStringSubmatchIndex(s); i != nil {
			// "j'ai vécu au Sénégal de mes 2 ans à mes 12 ans": back in France at 12.
			a, _ := strconv.Atoi(s[i[2]:i[3]])
			out.Slots.ArrivalAge = &a
			mark(i[0], i[1])
		}
	}
	if m := matchIndexIf(out.Slots.ArrivalAge == nil && strings.Contains(s, "jusqu a "), pat().reAwayUntil, s); m != nil && !containsAny(s[m[2]:m[3]], "france", "ici") {
		// "on a vécu en Italie jusqu'à ses 10 ans": in France since 10 (not "vécu en France
		// jusqu'à ses 10 ans", which tells the opposite).
		a, _ := strconv.Atoi(s[m[4]:m[5]])
		out.Slots.ArrivalAge = &a
	}
	future := [2]int{-1, -1} // where the age to come is told
	if m := matchIndexIf(containsAny(s, "aura", " ans le ", " ans dans ", " ans en ", " mes ", " ses ", " tes "), pat().reFutureAge, s); m != nil && !strings.HasPrefix(s[m[1]:], " de ") {
		future = [2]int{m[0], m[1]}
		// "en mars j'aurai 18 ans": an age to come (from 12, an age that changes a rule). The
		// words are left to the readings below, which take them as they always did (an age
		// when none other is told, the years of a stay).
		for m[2] < 0 {
			m = m[2:] // (a later form's number)
		}
		if a, _ := strconv.Atoi(s[m[2]:m[3]]); a >= 12 && a <= 25 {
			out.FutureAge = &a
		}
	}
	var durations []duration
	prev := 0 // the words of a duration are those since the one before
	for _, m := range findAllIf(strings.ContainsAny(s, "0123456789") && containsAny(s, " an", "year", "jaar"), pat().reSince, s) {
		// ("après deux années d'études": studies, a condition of their own, not a stay.)
		if !free(m[0], m[1]) || containsAny(s[m[1]:min(len(s), m[1]+12)], " minimum", " au minimum", " requis", " d etude", " of stud", " studie") ||
			containsAny(lastWords(s[:m[0]], 3), "faut", "fallait", "faudr", "exige", "demande", "requires", "need", "required", "attendre", "wait") ||
			containsAny(lastWords(s[:m[0]], 5), "je dois", "il doit", "elle doit", "on doit", "doit on", "dois je", "i must", "i have to", "must i", "do i have to", "moet ik") {
			// "c'est bien 10 ans de résidence minimum ?", "il faut aussi 5 ans de résidence comme
			// pour la naturalisation ?", "on m'a dit qu'il fallait 5 ans de résidence", "je dois
			// quand même avoir 5 ans de résidence ?": the requirement stated, not a stay
			continue
		}
		if containsAny(s[m[1]:min(len(s), m[1]+8)], " depuis", " since", " sinds") {
			continue // "ma mère 60 ans en France depuis 28 ans": her age, then her stay
		}
		d := duration{residence: residenceBefore(s[max(prev, m[0]-40):m[1]])} // "arrivée il y a 2 ans" too
		prev = m[1]
		for g := 2; g < len(m); g += 2 {
			if m[g] >= 0 {
				d.years, _ = strconv.Atoi(s[m[g]:m[g+1]])
				break
			}
		}
		durations = append(durations, d)
		mark(m[0], m[1])
	}
	for _, m := range findAllIf(containsAny(s, "depuis ", "since ", "sinds "), pat().reSinceYear, s) {
		// "je vis en France avec une carte de résident depuis 1994": the years since then, a
		// stay when the words before say one.
		// (The words before it since the last duration, when that one came before it.)
		if y, _ := strconv.Atoi(s[m[2]:m[3]]); y <= now.Year() && residenceBefore(s[min(max(prev, m[0]-60), m[0]):m[0]]) {
			durations = append(durations, duration{years: now.Year() - y, residence: true})
		}
	}
	for _, m := range reSinceMonthsIn(s) {
		// "mariée depuis 18 mois": a year in full; under a year tells no number of years.
		if !free(m[0], m[1]) {
			continue
		}
		for g := 2; g < len(m); g += 2 {
			if m[g] >= 0 {
				if n, _ := strconv.Atoi(s[m[g]:m[g+1]]); n >= 12 {
					durations = append(durations, duration{years: n / 12, residence: residenceBefore(s[max(0, m[0]-40):m[0]])})
					mark(m[0], m[1])
				}
				break
			}
		}
	}
	if len(durations) > 0 {
		out.Slots.Years = durations[0].years
		if durations[0].residence {
			out.Slots.ResidenceYears = durations[0].years
		}
	}
	if len(durations) > 1 {
		if i := slices.IndexFunc(durations, func(d duration) bool { return d.residence }); i >= 0 {
			out.Slots.ResidenceYears = durations[i].years
			if j := slices.IndexFunc(durations, func(d duration) bool { return !d.residence }); j >= 0 {
				out.Slots.Years = durations[j].years
			}
		}
	}
	if m := matchIndexIf(out.Slots.IssueYear == 0 && out.Slots.IssueDate == "" && containsAny(s, "carte", "cni", "card"), pat().reCardAge, s); m != nil && free(m[0], m[1]) {
		// "j'ai fait ma carte il y a 12 ans", "je l'ai eue il y a 9 ans", "ma carte a 16 ans":
		// issued that many years ago. (After a verb, only of a card named between or by its
		// pronoun: "j'ai eu mon bac il y a 10 ans" is no card's.)
		n, ok := 0, true
		switch {
		case m[4] >= 0:
			between := s[m[2]:m[3]]
			ok = containsAny(between, "carte", "cni", "card") || strings.TrimSpace(between) == "" && strings.HasSuffix(lastWords(s[:m[0]], 3), " l ai ")
			n, _ = strconv.Atoi(s[m[4]:m[5]])
		case m[6] >= 0:
			// ("elle a eu sa carte à 16 ans" tells her age that day.)
			ok = !containsAny(" "+lastWords(s[:m[0]], 2), " eu ", " eue ", " fait ", " faite ", " refait ", " refaite ", " obtenu ", " obtenue ", " recu ", " recue ", " demande ", " renouvele ", " delivre ")
			n, _ = strconv.Atoi(s[m[6]:m[7]])
		default:
			n, _ = strconv.Atoi(s[m[8]:m[9]])
		}
		if ok && n <= 40 {
			out.Slots.IssueYear = now.Year() - n
			mark(m[0], m[1])
		}
	}
	if m := pat().reAgeWas.FindStringSubmatchIndex(s); m != nil && free(m[0], m[1]) && !hypothetical(s[:m[0]]) {
		// "I was 40", "j'avais 40": the age on the day of issue, without the word for years.
		a, _ := strconv.Atoi(s[m[2]:m[3]])
		out.Slots.AgeAtIssue = &a
		mark(m[0], m[1])
	}
	var eventAge *int
	for _, m := range pat().reAge.FindAllStringSubmatchIndex(s, -1) {
		if !free(m[0], m[1]) {
			continue
		}
		before := s[:m[0]]
		if f := strings.Fields(before); len(f) > 0 && (f[len(f)-1] == "aux" || f[len(f)-1] == "les") {
			continue // "elle a eu droit aux 15 ans ?": the validity, not an age
		}
		milestone := false // "avant ses 18 ans", "attendre mes 18 ans": an age to come, not today's
		// "for our 7 year old's card", "my 15-year-old": "old" makes the number an age today,
		// whatever word comes before it.
		old := strings.HasPrefix(s[m[1]:], " old")
		if f := strings.Fields(before); len(f) > 0 && !old {
			switch f[len(f)-1] {
			case "mes", "ses", "tes", "leurs", "nos", "vos", "his", "her", "my", "their":
				milestone = true
			}
		}
		if f := strings.Fields(before); milestone && len(f) > 1 && (f[len(f)-2] == "a" || f[len(f)-2] == "at") &&
			containsAny(lastWords(before, 8), "delivr", "faite", "fait ", "emise", "obtenu", "eue ", "issued", "refaite") {
			// "délivrée en 2012 à ses 30 ans": the age on the day of issue.
			if a, _ := strconv.Atoi(s[m[2]:m[3]]); a <= 120 {
				out.Slots.AgeAtIssue = &a
				mark(m[0], m[1])
				continue
			}
		}
		if a, _ := strconv.Atoi(s[m[2]:m[3]]); milestone && a <= 120 {
			// The person's age only when the message gives no other ("elle préfère attendre
			// ses 16 ans, elle pourra le faire seule ?").
			if out.Slots.Age == nil && eventAge == nil {
				eventAge = &a
			}
			mark(m[0], m[1])
			continue
		}
		if !old && containsAny(lastWords(before, 3), "depuis", "il y a", "pendant", "valable", "plus de", "moins de", "dans", "de validite", "apres", "prolong", "encore", "attendre", "wait", "since", "for", "sinds", "voor", "bien ca", "c est", "soit ", "resident de", "sejour de", "titre de", "carte de",
			"ajouter", "rajouter", "ajoute", "rajoute", "ajoutant", "add", "added") {
			// ("une carte de résident de 10 ans": the card's validity, not an age.)
			continue
		}
		if !old && containsAny(lastWords(before, 4), "carte de resident", "titre de sejour", "carte de sejour", "residence permit") {
			continue // "une carte de résident algérien 10 ans": the card's validity too
		}
		a, _ := strconv.Atoi(s[m[2]:m[3]])
		if a > 120 {
			continue
		}
		if after := strings.TrimSpace(s[m[1]:min(len(s), m[1]+20)]); slices.ContainsFunc([]string{"de rab", "de plus", "en plus", "supplementaire", "de prolongation", "de validite", "extra", "more"}, func(w string) bool { return strings.HasPrefix(after, w) }) ||
			strings.HasSuffix(strings.TrimSpace(s[:m[2]]), "+") {
			continue // "on m'a dit +5 ans de rab", "+5 ans donc 2026": a duration added, not an age
		}
		// ("et s'il avait eu 12 ans ?": a supposition about today, when nothing after the age
		// dates it, unlike "si elle avait eu 16 ans à la délivrance".)
		supposed := hypothetical(strings.TrimSuffix(before, "eu ")) && strings.Trim(s[m[1]:], " ?!.") == ""
		if (containsAny(lastWords(before, 3), "avais", "avait", "avaient", "avions", "aviez", "was ", "were ", "had ", "toen") && !hypothetical(before) && !supposed) || atIssue(before) || issuedToAged(before) || pastState(before) {
			// "quand j'avais 30 ans", "quand ils avaient 5 et 7 ans": the age on the day of issue
			out.Slots.AgeAtIssue = &a
			mark(m[0], m[1])
			continue
		}
		mark(m[0], m[1])
		if after := s[m[1]:min(len(s), m[1]+25)]; a > 0 && (strings.HasPrefix(after, " dans ") || strings.HasPrefix(after, " in ")) &&
			containsAny(after, " jour", " semaine", " mois", " day", " week", " month") {
			// "j'ai 18 ans dans 2 semaines": the age to come within the year, so a year less today.
			a--
		}
		if milestone || atEvent(before) {
			// "revenu en France à 5 ans": the age at a moment of the story, the person's age
			// only when the message gives no other.
			if out.Slots.Age == nil {
				eventAge = &a
			}
			continue
		}
		if out.Slots.Age != nil && m[0] >= future[0] && m[1] <= future[1] {
			// "elle a 11 ans, elle aura 12 ans qu'en mars": the age to come, after today's.
			continue
		}
		out.Slots.Age = &a
	}
	if m := matchIndexIf(out.Slots.Age == nil && strings.ContainsAny(s, "0123456789"), pat().reAgeIs, s); m != nil && free(m[0], m[1]) &&
		(m[4] < 0 || !containsAny(s[m[4]:m[5]], "month", "day", "week", "minute", "hour", "eur", "maand", "dag")) {
		// "my daughter is 10", "hij is 16": the person's age, without the word for years ("she is 10
		// months" is not).
		a, _ := strconv.Atoi(s[m[2]:m[3]])
		out.Slots.Age = &a
		mark(m[0], m[3])
	}
	if out.Slots.Age == nil {
		out.Slots.Age = eventAge
	}
	if m := matchIndexIf(out.Slots.Age == nil && strings.Contains(s, " en a"), pat().reAgeEn, s); m != nil && free(m[0], m[1]) {
		// "il en a 14 maintenant": an age told by its pronoun.
		a, _ := strconv.Atoi(s[m[2]:m[3]])
		out.Slots.Age = &a
	}
	for _, m := range findAllIf(containsAny(s, "parti", "quitte", "left"), pat().reDeparture, s) {
		// "on est repartis au Mali quand il avait 2 ans", "j'ai quitté la France à 9 ans": the
		// age at which France was left ("partis vivre à Lyon à 6 ans" moves within it).
		dest, g := "", 4
		if m[2] >= 0 {
			dest = s[m[2]:m[3]]
		}
		if m[4] < 0 {
			g = 8
		}
		if containsWordAt(dest, "en france") || slices.ContainsFunc(p.frenchCities, func(c string) bool { return containsWordAt(dest, c) }) ||
			containsAny(s[m[0]:m[1]], "revenu", "rentre", " et ", " puis ", "retraite", "vacances", "conge") {
			// (Not "repartis au pays et revenus quand elle avait 7 ans", whose age is the return's,
			// nor "partie à la retraite à 62 ans", which leaves no country.)
			continue
		}
		if a, _ := strconv.Atoi(s[m[g]:m[g+1]]); out.Slots.Age == nil || a < *out.Slots.Age {
			out.Slots.DepartureAge = &a
		}
	}
	if m := matchIf(out.Slots.ArrivalAge == nil && bornYear != 0, pat().reBackYear, s); m != nil {
		// "né à Lyon en 2010… revenu en France en août 2023": back at 13.
		if y, _ := strconv.Atoi(m[1]); y > bornYear {
			a := y - bornYear
			out.Slots.ArrivalAge = &a
		}
	}
	if m := matchIndexIf(out.Slots.ArrivalAge == nil && out.Slots.Age != nil, pat().reBackAgo, s); m != nil {
		// "mon fils de 14 ans… revenu en France l'an dernier": back at 13.
		ago := 0
		switch {
		case m[2] >= 0 && s[m[2]:m[3]] != "cette annee":
			ago = 1
		case m[4] >= 0:
			ago, _ = strconv.Atoi(s[m[4]:m[5]])
			ago = max(ago, 1) // ("il y a un an")
		}
		if a := *out.Slots.Age - ago; a >= 0 {
			out.Slots.ArrivalAge = &a
		}
	}
	if out.Slots.AgeAtIssue == nil && bornYear != 0 && out.Slots.IssueYear > bornYear {
		// "j'ai eu ma carte en 2013, je suis née en 1996": 16 or 17 that day, a minor either
		// way; a year each gives two ages, told only when they fall on the same side of
		// majority (18 or 19 is an adult's).
		if older := out.Slots.IssueYear - bornYear; older < p.adultAge || older-1 >= p.adultAge {
			a := older
			if older >= p.adultAge {
				a = older - 1
			}
			out.Slots.AgeAtIssue = &a
		}
	}
	p.when(s, now, whenDay, out)
	p.travelWhen(s, now, out)
}

// eventVerbs are the verbs of a moment of a person's life after which "à N ans" is the age then,
// not the person's age now ("arrivé en France à 5 ans").
var eventVerbs = []string{"arrive", "arrivee", "arrives", "revenu", "revenue", "revenus", "venu", "venue", "venus",
	"entre", "entree", "rentre", "rentree", "installe", "installee", "parti", "partie", "reparti", "repartie",
	"scolarise", "scolarisee", "adopte", "adoptee", "marie", "mariee", "quitte", "quittee", "devenu", "devenue", "devenus", "naturalise", "naturalisee"}

// atEvent reports whether the words before "N ans" make it the age at a moment of the person's
// life: "revenu en France à 5 ans", "arrivée à 3 ans".
func atEvent(before string) bool {
	if containsAny(" "+lastWords(before, 5)+" ", " depuis que ", " depuis mes ", " depuis l age de ", " since i was ", " sinds ik ") {
		return true // "j'habite en France depuis que j'ai 9 ans": when the stay began
	}
	w := strings.Fields(before)
	if len(w) < 2 || w[len(w)-1] != "a" {
		return false
	}
	// Back from "à" to the verb, through its place ("revenu en France à"), not through a new
	// subject ("arrivé en France, il a 5 ans").
	for i := len(w) - 2; i >= max(0, len(w)-5); i-- {
		switch x := w[i]; {
		case slices.Contains(eventVerbs, x):
			return true
		case slices.Contains(ageSubjects, x):
			return false
		}
	}
	return false
}

// ageSubjects are the words that make "a N ans" someone's age: "il a 5 ans", "mon fils a 11 ans".
var ageSubjects = []string{"il", "elle", "on", "qui", "fils", "fille", "enfant", "bebe", "petit", "petite", "frere", "soeur"}

// otherTown reports whether a message names the town the person lives in and then another one:
// the question is about applying in a town hall elsewhere.
func (p *Parser) otherTown(s string) bool {
	if !containsAny(s, "habite", "vis ", "reside", "domicilie", "i live") {
		return false
	}
	m := pat().reHome.FindStringSubmatchIndex(s)
	if m == nil {
		return false
	}
	home := s[m[2]:m[3]]
	for _, t := range pat().reTownAsked.FindAllStringSubmatch(s[m[1]:], -1) {
		if w := t[1]; w != home && !p.stop[w] && !p.isWord(w) && !commonAfterA[w] {
			return true
		}
	}
	return false
}

// townAsked returns the first town the words of a question name after "à", "au" or "mairie de":
// a word that is no word of the lexicon (but a place) nor of French ("lyon", "villeurbanne"), and none of the
// words that follow "à" in other senses.
func (p *Parser) townAsked(ask string) string {
	if !containsAny(ask, "a ", "au ", "mairie d", "in ") {
		return ""
	}
	for _, t := range pat().reTownAsked.FindAllStringSubmatch(ask, -1) {
		if w := t[1]; !p.stop[w] && !p.isWord(w) && !commonAfterA[w] && !isFrenchWord(w) {
			return w
		}
	}
	return ""
}

// isWord reports whether w is a phrase of the lexicon on its own ("renouveler"), not only a word
// of a longer one ("préfecture de police de Paris").
func (p *Parser) isWord(w string) bool {
	return slices.ContainsFunc(p.phrases[w], func(ph phrase) bool {
		return len(ph.toks) == 1 && !strings.HasPrefix(ph.concepts[0], "place:") // a town's name is a town
	})
}

// commonAfterA are words that follow "à" without being a town ("à côté", "à partir", "à jour").
var commonAfterA = map[string]bool{"cote": true, "partir": true, "jour": true, "cause": true, "peu": true, "nouveau": true,
	"faire": true, "refaire": true, "domicile": true, "distance": true, "chaque": true, "quelle": true, "quel": true,
	"l": true, "la": true, "le": true, "les": true, "mon": true, "ma": true, "une": true, "un": true, "cette": true,
	"ce": true, "votre": true, "ton": true, "ta": true, "lui": true, "moi": true, "pied": true, "temps": true}

// reSinceMonthsIn is reSinceMonths' matches in s, looked for only when s speaks of months.
func reSinceMonthsIn(s string) [][]int {
	if !containsAny(s, " mois", " months") {
		return nil
	}
	return pat().reSinceMonths.FindAllStringSubmatchIndex(s, -1)
}

// numberWords are the numbers people write in letters, for durations.
// NumberWord is the number a word writes ("deux", "twelve", "drie"), false for any other word.
func NumberWord(w string) (int, bool) {
	n, ok := numberWords[w]
	return n, ok
}

var numberWords = map[string]int{"un": 1, "une": 1, "one": 1, "een": 1, "deux": 2, "two": 2, "twee": 2, "trois": 3, "three": 3, "drie": 3, "quatre": 4, "four": 4, "vier": 4, "cinq": 5, "five": 5, "vijf": 5, "six": 6, "zes": 6,
	"sept": 7, "seven": 7, "zeven": 7, "huit": 8, "eight": 8, "acht": 8, "neuf": 9, "nine": 9, "negen": 9, "dix": 10, "ten": 10, "tien": 10,
	"onze": 11, "eleven": 11, "elf": 11, "douze": 12, "twelve": 12, "twaalf": 12, "treize": 13, "thirteen": 13, "dertien": 13,
	"quatorze": 14, "fourteen": 14, "veertien": 14, "quinze": 15, "fifteen": 15, "vijftien": 15, "seize": 16, "sixteen": 16,
	"zestien": 16, "vingt": 20, "twenty": 20, "twintig": 20, "trente": 30, "thirty": 30, "dertig": 30}

// expiresIn reads "expire dans 3 mois" as the card's end date.
func (p *Parser) expiresIn(s string, now time.Time, free func(a, b int) bool, mark func(a, b int), out *Parse) {
	if !containsAny(s, " dans ", " in ", " over ") {
		return // the regular expression below costs more than this look
	}
	m := pat().reExpiresIn.FindStringSubmatchIndex(s)
	if m == nil || !free(m[2], m[5]) {
		return
	}
	n, err := strconv.Atoi(s[m[2]:m[3]])
	if err != nil {
		n = numberWords[s[m[2]:m[3]]]
	}
	if n == 0 {
		n = 1
	}
	end := now
	switch u := s[m[4]:m[5]]; {
	case strings.HasPrefix(u, "j"), strings.HasPrefix(u, "day"), strings.HasPrefix(u, "dag"):
		end = end.AddDate(0, 0, n)
	case strings.HasPrefix(u, "sem"), strings.HasPrefix(u, "wee"):
		end = end.AddDate(0, 0, 7*n)
	case strings.HasPrefix(u, "mo"), strings.HasPrefix(u, "maand"):
		end = end.AddDate(0, n, 0)
	default:
		end = end.AddDate(n, 0, 0)
	}
	out.Slots.Expires = end.Format(time.DateOnly)
	mark(m[2], m[5])
}

// hasTravel reports whether the message speaks of a journey (the travel cues).
func (p *Parser) hasTravel(s string) bool {
	return p.cues.saysAny(s, p.travel)
}

// travelBefore reports whether the words just before a date speak of a journey: "on part en
// avril", "je voyage le 3 mai".
func (p *Parser) travelBefore(before string) bool {
	if i := strings.LastIndexAny(before, "0123456789"); i >= 0 {
		before = before[i+1:]
	}
	return p.hasTravel(lastWords(before, 6))
}

// travelWhen takes the moment the message names ("on part en avril") as the day of the journey it
// tells of, when no date said so already: a month alone is the whole month.
func (p *Parser) travelWhen(s string, now time.Time, out *Parse) {
	if out.Slots.TravelFrom == "" && p.hasTravel(s) {
		// "un week-end à Rome entre Noël et le jour de l'an", "un voyage à Pâques": the feasts'
		// next days, from the first named to the last.
		var days []time.Time
		for _, f := range feasts {
			if containsAny(s, f.words...) {
				days = append(days, f.next(now))
			}
		}
		if len(days) > 0 {
			slices.SortFunc(days, func(a, b time.Time) int { return a.Compare(b) })
			out.Slots.TravelFrom, out.Slots.TravelTo = days[0].Format(time.DateOnly), days[len(days)-1].Format(time.DateOnly)
			return
		}
	}
	if out.Slots.TravelFrom == "" && p.hasTravel(s) && containsAny(s, "l ete prochain", "cet ete", "en ete", "pendant l ete", "vacances d ete",
		"grandes vacances", "this summer", "next summer", "in the summer", "deze zomer", "volgende zomer", "zomervakantie") {
		// "je peux partir avec en Espagne l'été prochain ?": the summer to come, from its first
		// to its last day.
		y := now.Year()
		if !now.Before(time.Date(y, time.September, 22, 0, 0, 0, 0, time.UTC)) {
			y++
		}
		out.Slots.TravelFrom = time.Date(y, time.June, 21, 0, 0, 0, 0, time.UTC).Format(time.DateOnly)
		out.Slots.TravelTo = time.Date(y, time.September, 22, 0, 0, 0, 0, time.UTC).Format(time.DateOnly)
		return
	}
	if out.Slots.TravelFrom != "" || out.Slots.When == "" || !p.hasTravel(s) {
		return
	}
	d, err := time.Parse(time.DateOnly, out.Slots.When[:min(len(out.Slots.When), len(time.DateOnly))])
	if err != nil {
		return
	}
	to := d
	if d.Day() == 1 && pat().reMonthIn.MatchString(s) {
		to = d.AddDate(0, 1, -1)
	}
	out.Slots.TravelFrom, out.Slots.TravelTo = d.Format(time.DateOnly), to.Format(time.DateOnly)
}

// feast is a holiday people travel at, and the next day it falls on.
type feast struct {
	words []string
	next  func(now time.Time) time.Time
}

// yearly returns the next day a feast of a fixed date falls on.
func yearly(month time.Month, day int) func(time.Time) time.Time {
	return func(now time.Time) time.Time {
		d := time.Date(now.Year(), month, day, 0, 0, 0, 0, time.UTC)
		if d.Before(time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, time.UTC)) {
			d = d.AddDate(1, 0, 0)
		}
		return d
	}
}

// easter returns Easter Sunday of year y (the Gregorian computus).
func easter(y int) time.Time {
	a, b, c := y%19, y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return time.Date(y, time.Month(month), day, 0, 0, 0, 0, time.UTC)
}

// feasts are the holidays a journey is told by.
var feasts = []feast{
	{[]string{"noel", "christmas", "kerst"}, yearly(time.December, 25)},
	{[]string{"jour de l an", "nouvel an", "new year", "nieuwjaar"}, yearly(time.January, 1)},
	{[]string{"toussaint"}, yearly(time.November, 1)},
	{[]string{"paques", "easter", "pasen"}, func(now time.Time) time.Time {
		today := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, time.UTC)
		if d := easter(now.Year()); !d.Before(today) {
			return d
		}
		return easter(now.Year() + 1)
	}},
}

// interjectedNo reports whether the only denial in words is a "non" said before a clause ("en
// fait non, je l'ai perdue"): it corrects what was said, it denies nothing after it.
func interjectedNo(words []string) bool {
	for i, t := range words {
		switch {
		case t != "non" && requestDenialAt(words, i):
			return false
		case t == "non":
			if i+1 >= len(words) || !slices.Contains([]string{"je", "j", "il", "elle", "on", "nous", "c", "ca", "en"}, words[i+1]) {
				return false
			}
		}
	}
	return true
}

// bareQuestion reports whether a question has at most one word that is not a stopword ("c'est
// possible ?", "on peut ?", "ça passe ?", "est-ce recevable ?").
func (p *Parser) bareQuestion(q string) bool {
	content := 0
	for _, t := range tokens(strings.ReplaceAll(knowledge.Normalize(q), "'", " ")) {
		if !p.stop[t] {
			content++
		}
	}
	return content <= 1
}

// foundAgain reports whether a clause of the message says the card was found again ("je l'ai
// retrouvée") without denying it ("je ne la retrouve plus").
func (p *Parser) foundAgain(norm string) bool {
	if !slices.ContainsFunc(p.found, func(f string) bool { return strings.Contains(norm, f) }) {
		return false // most messages: no phrase of it at all
	}
	if p.cues.saysAny(norm, p.cardNotInIt) {
		return false // "j'ai retrouvé mon sac chez une amie, mais la carte n'est pas dedans"
	}
	for _, c := range strings.FieldsFunc(norm, func(r rune) bool { return strings.ContainsRune(",.;:!?()", r) }) {
		// ("si jamais la police retrouve le sac" supposes it found: "if ever", no negation.)
		c = strings.ReplaceAll(" "+strings.TrimSpace(c)+" ", " si jamais ", " si ")
		if slices.ContainsFunc(p.negations, func(n string) bool { return strings.Contains(c, " "+n+" ") }) {
			continue // "je ne la retrouve pas", "impossible de la retrouver"
		}
		for _, f := range p.found {
			if containsWordAt(strings.TrimSpace(c), f) {
				return true
			}
		}
	}
	return false
}

// requestCount is how many requests a message asks the total price of: the number told of
// cards, keys, applications or people ("les 4 cartes", "on est trois adultes"), or two for a
// pair ("pour nous deux"); 0 when it asks no total, or tells no number.
func (p *Parser) requestCount(norm string) int {
	if !p.cues.saysAny(norm, p.totals) {
		return 0
	}
	if m := pat().reRequests.FindStringSubmatch(norm); m != nil {
		n := countWord(cmp.Or(m[1], m[2]))
		if n >= 2 {
			return n
		}
	}
	if p.cues.saysAny(norm, p.twos) {
		return 2
	}
	return 0
}

// countWord reads a small count, in figures or in words ("4", "trois", "three", "drie").
func countWord(w string) int {
	if n, err := strconv.Atoi(w); err == nil {
		return n
	}
	return numberWords[w]
}

// containsWordAt reports whether phrase occurs in s between word boundaries.
func containsWordAt(s, phrase string) bool {
	return wordAtWhere(s, phrase, func(string) bool { return true })
}

// pastState reports whether an age follows the state it gave someone in the past ("j'étais
// déjà majeure (29 ans)", "il était mineur, 16 ans"): the age on the day of issue.
func pastState(before string) bool {
	w := lastWords(before, 4)
	return containsAny(w, "etais", "etait") && containsAny(w, "majeur", "mineur")
}

// hypothetical reports whether the words before an age make it a supposition about today ("et si
// elle avait 60 ans ?", "what if she was 60?"), not an age at some past moment.
func hypothetical(before string) bool {
	// The supposition ends right before the age ("si elle avait eu 16 ans à la délivrance" is an
	// age at issue; "mais il avait 15 ans" no supposition).
	w := " " + lastWords(before, 3)
	for _, h := range []string{" si elle avait ", " si il avait ", " s il avait ", " si j avais ", " si on avait ", " si tu avais ",
		" if she was ", " if he was ", " if i was ", " if she were ", " if he were ", " if i were "} {
		if strings.HasSuffix(w, h) {
			return true
		}
	}
	// "et si le fils avait eu 13 ans ?", "si mon fils avait 13 ans": "si", the one supposed in a
	// word or two, then the verb.
	toks := strings.Fields(lastWords(before, 4))
	if n := len(toks); n >= 3 && slices.Contains([]string{"avait", "avais", "avaient", "was", "were"}, toks[n-1]) {
		for k := n - 2; k >= max(0, n-4); k-- {
			if toks[k] == "si" || toks[k] == "if" {
				return true
			}
		}
	}
	return false
}

// deliberateMistake reports whether a message tells a mistake and, outside the mistake's own
// words ("sans faire exprès", "pas fait exprès"), that it was done on purpose.
func (p *Parser) deliberateMistake(plain string) bool {
	if !p.cues.saysAny(plain, p.deliberate) {
		return false // most messages: nothing said to be on purpose
	}
	told := false
	for _, c := range p.mistakes {
		if containsWordAt(plain, c) {
			told = true
			plain = strings.ReplaceAll(plain, c, " ")
		}
	}
	return told && p.cues.saysAny(plain, p.deliberate)
}

// alterPrinted reports whether a message tells the writer changing a date the card itself shows
// ("comment modifier proprement la date de fin de validité imprimée sur ma carte ?", "changer
// la date d'expiration dessus"): a forgery, unless a mistake is told or the change is made by
// the office ("faire corriger la date", "la mairie peut changer la date ?").
//
// So does a figure or name changed into another ("gratter le 6 de la date pour en faire un 8",
// "modifier le nom sur la facture de ma coloc pour mettre le mien"), unless the date is an
// appointment's ("changer la date de mon rdv pour mettre mardi").
func (p *Parser) alterPrinted(plain string) bool {
	if p.cues.saysAny(plain, p.mistakes) || p.cues.saysAny(plain, p.madeChange) {
		return false
	}
	if p.phraseThen(plain, p.forgeVerbs, p.forgeObjects, 3) && p.cues.saysAny(plain, p.printedOn) {
		return true
	}
	return (p.phraseThen(plain, p.forgeVerbs, p.forgeObjects, 3) || p.cues.saysAny(plain, p.forgeChanges)) &&
		(p.phraseThen(plain, p.forgeObjects, p.madeInto, 6) || p.phraseThen(plain, p.forgeChanges, p.madeInto, 8)) &&
		!p.cues.saysAny(plain, p.appointmentDates)
}

// falseStatement reports whether the writer would state a value other than the true one, in a
// paper or to the office: a writing verb, then within a few words a value said to be another
// ("imprimer une date plus récente dessus", "mettre mon nom à la place du sien") or one value
// put instead of another of its kind ("je mets 2007 au lieu de 2009", "je dis qu'elle est
// périmée au lieu de perdue"). A mistake told, a change the office makes and an appointment
// moved are none ("il y a une erreur : le 03 au lieu du 08").
func (p *Parser) falseStatement(plain string) bool {
	// ("mettre une autre date pour mon rendez-vous", "dire 10h au lieu de 9h pour mon rdv": an
	// appointment moved.)
	told := func(c string) bool { return containsWordAt(plain, c) }
	// A change the office makes is told before the value ("la mairie peut mettre une autre
	// date ?"); "si je mets une autre date de naissance…, la mairie va vérifier ?" tells it after.
	changedBefore := func(c string) bool {
		i := strings.Index(plain, c)
		return i >= 0 && containsWordAt(plain, c) && !slices.ContainsFunc(p.writeVerbs, func(v string) bool {
			j := strings.Index(plain, " "+v+" ")
			return j >= 0 && j < i
		})
	}
	if slices.ContainsFunc(p.mistakes, told) || slices.ContainsFunc(p.madeChange, changedBefore) || slices.ContainsFunc(p.appointments, told) {
		return false
	}
	if p.phraseThen(plain, p.writeVerbs, p.falseValues, 8) {
		return true
	}
	if !slices.ContainsFunc(p.insteadOf, func(c string) bool { return strings.Contains(plain, c) }) {
		return false // most messages: no value put instead of another
	}
	toks := tokens(plain)
	for i := range toks {
		if !slices.ContainsFunc(p.writeVerbWords, func(v []string) bool { return hasPhraseAt(toks, i, v) }) {
			continue
		}
		for j := i + 1; j < min(len(toks), i+10); j++ {
			k := slices.IndexFunc(p.insteadOfWords, func(c []string) bool { return hasPhraseAt(toks, j, c) })
			if k < 0 || j == i+1 {
				continue
			}
			before, after := toks[j-1], ""
			for _, t := range toks[j+len(p.insteadOfWords[k]):] {
				if t != "la" && t != "le" && t != "l" && t != "the" && t != "de" && t != "het" {
					after = t
					break
				}
			}
			if hasDigit(before) && hasDigit(after) || slices.Contains(p.statedStates, before) && slices.Contains(p.statedStates, after) {
				return true
			}
		}
	}
	return false
}

// othersDocumentUsed reports whether the writer would use someone else's identity document, told
// with an English possessive ("use my twin brother's French ID card to board", "using my
// friend's passport"); collecting or renewing it for them uses nothing.
func (p *Parser) othersDocumentUsed(plain string) bool {
	if !strings.Contains(plain, "my ") {
		return false
	}
	toks := tokens(plain)
	for i, t := range toks {
		if t != "my" || i == 0 || !slices.ContainsFunc(toks[max(0, i-3):i], func(w string) bool { return p.isCue(p.uses, w) }) {
			continue
		}
		s := slices.Index(toks[i+1:min(len(toks), i+4)], "s")
		if s < 1 { // "my s" names no one
			continue
		}
		for k := i + 2 + s; k < min(len(toks), i+s+5); k++ {
			if p.isCue(p.idDocuments, toks[k]) && (k+1 == len(toks) || toks[k+1] != "reader") {
				return true
			}
		}
	}
	return false
}

// hasPhraseAt reports whether the words of a phrase start toks at i.
func hasPhraseAt(toks []string, i int, phrase []string) bool {
	for _, w := range phrase {
		if i >= len(toks) || toks[i] != w {
			return false
		}
		i++
	}
	return true
}

// hasDigit reports whether s holds a digit ("2007", "03").
func hasDigit(s string) bool {
	return strings.ContainsAny(s, "0123456789")
}

// bribe reports whether money is offered so that someone acts ("un usager me propose 50 € pour
// que je fasse passer sa demande avant les autres"), or handed over, without an amount, for a file
// sped up or issued without its checks ("quelqu'un à la préfecture peut accélérer mon dossier
// contre un peu d'argent", "combien faut-il donner pour que mon dossier passe plus vite ?").
func (p *Parser) bribe(plain string) bool {
	if p.cues.saysAny(plain, p.bribesPaid) && p.cues.saysAny(plain, p.favours) {
		return true
	}
	if !hasDigit(plain) || !strings.Contains(plain, "€") && !slices.ContainsFunc(p.moneyWords, func(w string) bool { return containsWordAt(plain, w) }) {
		return false // no amount: most messages
	}
	// "si je lui donne 100 € il peut me caser un rendez-vous demain ?", "je propose 200 € pour…"
	// (A favour a stranger offers for money, "quelqu'un propose d'accélérer mon dossier contre
	// 500 euros, c'est une arnaque ?", is a paid intermediary's question, not a bribe.)
	against := pat().reAgainstMoney.MatchString(plain) && !p.cues.saysAny(plain, p.offers) && !p.cues.saysAny(plain, p.servicesOffered)
	return (p.cues.saysAny(plain, p.bribeGives) || against) && p.cues.saysAny(plain, p.favours) || p.phraseThen(plain, p.offers, p.inOrderTo, 5)
}

// paperOffered reports whether a message tells a paper offered for money ("quelqu'un me propose
// un diplôme B2 pour 200 €"): a paper bought. (The town hall that "propose une carte au nouveau
// format" names no price.)
func (p *Parser) paperOffered(plain string) bool {
	return hasDigit(plain) && p.phraseThen(plain, p.offers, p.boughtPapers, 2) &&
		(strings.Contains(plain, "€") || slices.ContainsFunc(p.moneyWords, func(w string) bool { return containsWordAt(plain, w) }))
}

// othersPhoto reports whether a message names another person's photo ("celle de son frère",
// "la photo de ma sœur"): shown for a likeness, someone else's face.
func othersPhoto(plain string) bool {
	return containsAny(plain, "celle de son", "celle de sa", "celle de mon", "celle de ma", "photo de son", "photo de sa", "photo de mon", "photo de ma", "photos de son", "photos de sa",
		"his brother s photo", "her sister s photo", "my brother s photo", "my sister s photo")
}

// falseLoss reports whether a message supposes declaring lost or stolen a card it says is not
// ("je n'ai pas perdu ma carte, mais si je la déclare perdue j'aurai la nouvelle plus vite"). Asked
// whether one must ("je l'ai toujours, je dois la déclarer ?"), it is a question, not a lie.
func (p *Parser) falseLoss(plain string) bool {
	return containsAny(plain, "si je la declare", "si je declare", "la declarer perdue", "la declarer volee", "declarer qu elle", "dire que je l ai perdue", "dire qu elle est perdue", "dire qu on me l a volee") &&
		!containsAny(plain, "je dois", "dois je", "faut il", "il faut", "je suis oblige", "je suis obligee", "do i have to", "must i") &&
		// ("mon ex garde la carte de notre fils, si je la déclare perdue… il le saura jamais":
		// a card not lost, held by another, and the lie hidden.)
		(HeldTold(plain, p.cardsHeld) || p.cues.saysAny(plain, p.concealments))
}

// phraseThen reports whether one of firsts occurs in s followed, within the next words words,
// by one of seconds ("changer la date … au blanco"). Most messages say none of firsts, which the
// cue index tells at once.
func (p *Parser) phraseThen(s string, firsts, seconds []string, words int) bool {
	if !p.cues.saysAny(s, firsts) {
		return false
	}
	for _, f := range firsts {
		for i := 0; ; {
			j := strings.Index(s[i:], f)
			if j < 0 {
				break
			}
			a, b := i+j, i+j+len(f)
			i = a + 1
			if a > 0 && s[a-1] != ' ' || b < len(s) && isLetterOrDigit(s[b]) {
				continue
			}
			// (Punctuation apart: "with my own email?" ends with the second phrase.)
			window := " " + strings.Join(leadingFields(s[b:], words+8), " ") + " "
			for _, sc := range seconds {
				// The second phrase starts within the window's first words.
				if k := spacedIndex(window, sc); k >= 0 && strings.Count(window[:k], " ")-1 <= words {
					return true
				}
			}
		}
	}
	return false
}

// spacedIndex returns where phrase first occurs in padded (words between single spaces, with a
// space at each end) as whole words, -1 when it does not.
func spacedIndex(padded, phrase string) int {
	for i := 0; ; {
		j := strings.Index(padded[i:], phrase)
		if j < 0 {
			return -1
		}
		k := i + j
		if k > 0 && padded[k-1] == ' ' && k+len(phrase) < len(padded) && padded[k+len(phrase)] == ' ' {
			return k
		}
		i = k + 1
	}
}

// leadingFields returns at most n first words of s, split at spaces and punctuation, without
// splitting the rest of a long message.
func leadingFields(s string, n int) []string {
	if n <= 0 {
		return nil
	}
	var out []string
	start := -1
	for i, r := range s {
		if r == ' ' || unicode.IsPunct(r) {
			if start >= 0 {
				if out = append(out, s[start:i]); len(out) == n {
					return out
				}
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 && len(out) < n {
		out = append(out, s[start:])
	}
	return out
}

// wordAtWhere reports whether phrase occurs in s between word boundaries, at a place whose text
// before it ok accepts.
func wordAtWhere(s, phrase string, ok func(before string) bool) bool {
	for i := 0; ; {
		j := strings.Index(s[i:], phrase)
		if j < 0 {
			return false
		}
		a, b := i+j, i+j+len(phrase)
		if (a == 0 || s[a-1] == ' ') && (b == len(s) || !isLetterOrDigit(s[b])) && ok(s[:a]) {
			return true
		}
		i = a + 1
	}
}

// ownDevice reports whether every phone or e-mail address toks name is the person's own ("mon
// téléphone", "changer de tel", "une adresse mail") and no word asks for a contact ("numéro").
func (p *Parser) ownDevice(toks []string) bool {
	own := false
	for i, t := range toks {
		switch {
		case slices.Contains(p.contactRequests, t):
			return false
		case slices.Contains(p.devices, t):
			if i == 0 || !slices.Contains(p.ownDevices, toks[i-1]) && !(toks[i-1] == "e" && i > 1 && slices.Contains(p.ownDevices, toks[i-2])) {
				return false
			}
			own = true
		}
	}
	return own
}

// statedAt reports whether s says phrase as a statement, not as what it asks ("moi je suis
// française" told, not "est-ce que je suis français ?").
func statedAt(s, phrase string) bool {
	return wordAtWhere(s, phrase, func(before string) bool {
		for _, q := range []string{"est ce que ", "est-ce que ", "si ", "whether ", "if "} {
			if strings.HasSuffix(before, q) {
				return false
			}
		}
		return true
	})
}

func isLetterOrDigit(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 0x80
}

// questionSentence returns the sentences that ask, when a message tells something before or
// after them: from the first sentence with a question mark to the last question mark ("je suis
// obligé d'avoir France Identité ? j'ai pas envie de mettre ma carte dans mon téléphone" asks the
// first; "je dois aller en mairie ? ça peut pas se faire dans l'appli ?" asks both); "" when the
// question is the whole message.
func questionSentence(text string) string {
	end := strings.LastIndex(text, "?")
	if end < 0 {
		return ""
	}
	first := strings.Index(text, "?")
	start := SentenceEnd(text[:first]) + 1
	if start == 0 && strings.TrimSpace(strings.Trim(text[end:], "?!. ")) == "" {
		return ""
	}
	return text[start:end]
}

// indirectSentence returns the sentence of a message without a question mark that asks
// indirectly or politely ("Je souhaiterais savoir si…", "Pourriez-vous m'indiquer…"), when the
// message tells other sentences around it, as a letter does; "" otherwise.
func (p *Parser) indirectSentence(text string) string {
	var sentences []string
	for rest := text; strings.TrimSpace(rest) != ""; {
		end := SentenceEnd(rest)
		if end < 0 {
			sentences = append(sentences, rest)
			break
		}
		// (The last sentence first: the marks are found from the end.)
		sentences = append(sentences, rest[end+1:])
		rest = rest[:end]
	}
	if len(sentences) < 2 {
		return ""
	}
	slices.Reverse(sentences)
	for _, sentence := range sentences {
		n := knowledge.Normalize(sentence)
		if p.cues.saysAny(n, p.indirects) || slices.ContainsFunc(p.politeRequests, func(r []string) bool { return containsWordAt(n, strings.Join(r, " ")) }) {
			return strings.TrimSpace(sentence)
		}
	}
	return ""
}

// SentenceEnd returns the index of the last mark that ends a sentence in text, or -1. A full
// stop inside a word is none: "impots.gouv", "service-public.fr", "3.5".
func SentenceEnd(text string) int {
	for i := len(text) - 1; i >= 0; i-- {
		switch text[i] {
		case '!', '\n':
			return i
		case '.':
			if i+1 < len(text) && i > 0 && isWordByte(text[i+1]) && isWordByte(text[i-1]) {
				continue
			}
			return i
		}
	}
	return -1
}

// isWordByte reports whether an ASCII byte is a letter or a digit.
func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// refersToOther reports whether the question q stands for a document by a pronoun ("je
// l'obtiens", "pour la renouveler"), names none of Guichet's topics itself, and the clause before it
// that last names a document or a topic names another procedure's document and none of Guichet's
// topics.
func (p *Parser) refersToOther(before, q string) bool {
	_, qToks := p.words(q)
	if !objectPronoun(qToks) {
		return false
	}
	if _, _, cs := p.concepts(qToks, &Parse{}); slices.ContainsFunc(cs, isTopicConcept) {
		return false
	}
	clauses := strings.FieldsFunc(knowledge.Normalize(before), func(r rune) bool { return strings.ContainsRune(",.;:!?()", r) })
	for _, c := range slices.Backward(clauses) {
		// ("…ma naturalisation pour l'an prochain, mais d'ici là ma carte de séjour expire")
		for _, part := range slices.Backward(strings.Split(" "+c+" ", " mais ")) {
			_, toks := p.words(part)
			_, _, cs := p.concepts(toks, &Parse{})
			switch {
			case slices.ContainsFunc(cs, isTopicConcept):
				return false
			case slices.Contains(cs, "oos:doc"):
				return true
			}
		}
	}
	return false
}

// passportBefore reports whether the sentence just before the question q names a passport and
// no identity card: the question's pronoun stands for the passport ("Mon passeport était aussi
// dans le sac. Et lui, combien ?").
func passportBefore(text, q string) bool {
	before := strings.TrimRight(text[:strings.LastIndex(text, q)], " .!?")
	if i := strings.LastIndexAny(before, ".!?"); i >= 0 {
		before = before[i+1:]
	}
	n := knowledge.Normalize(before)
	return containsAny(n, "passeport", "passport", "paspoort") && !containsAny(n, "carte", "cni", "card", "kaart") && !feminineObject(knowledge.Normalize(q))
}

// feminineObject reports whether a question's verb acts on "la" ("je dois payer pour la
// refaire ?"): a feminine thing, the card, not a passport, which is "le".
func feminineObject(q string) bool {
	f := strings.Fields(q)
	for i := 0; i+1 < len(f); i++ {
		if f[i] == "la" && objectVerbs[f[i+1]] {
			return true
		}
	}
	return false
}

// objectVerbs are the verbs a request's document is the object of ("la refaire", "la
// renouveler"): after "la", the pronoun, not an article ("la première fois").
var objectVerbs = map[string]bool{"refaire": true, "faire": true, "renouveler": true, "remplacer": true, "obtenir": true, "avoir": true,
	"recuperer": true, "retirer": true, "demander": true, "redemander": true, "declarer": true, "utiliser": true, "garder": true, "payer": true}

// isTopicConcept reports whether a concept names one of Guichet's topics.
func isTopicConcept(c string) bool { return strings.HasPrefix(c, "t:") }

// objectPronoun reports whether words hold a pronoun that stands for the thing a verb acts on: "l"
// or "la"/"le" after a subject pronoun or "pour" ("je l obtiens", "on la renouvelle") or before an
// infinitive ("pour la renouveler", "comment le faire").
func objectPronoun(toks []string) bool {
	for i, t := range toks {
		if t != "l" && t != "la" && t != "le" {
			continue
		}
		if i > 0 && slices.Contains([]string{"je", "j", "tu", "il", "elle", "on", "nous", "vous", "ils", "elles", "pour", "peut", "peux", "dois", "doit", "faut"}, toks[i-1]) && t == "l" {
			return true
		}
		verb := i+1 < len(toks) && (strings.HasSuffix(toks[i+1], "er") && len(toks[i+1]) > 4 ||
			slices.Contains([]string{"faire", "refaire", "obtenir", "avoir", "prendre", "recevoir", "obtient", "obtiens", "renouvelle"}, toks[i+1]))
		if verb && (i == 0 || !slices.Contains([]string{"de", "a", "dans", "sur", "avec", "par"}, toks[i-1])) {
			return true // ("de la rentrer" is not "de la carte")
		}
	}
	return false
}

// asked returns the one topic and the one kind of request the sentence that asks names, from its
// concepts (see questionSentence): "" for each it names none or several of.
func asked(concepts []string) (knowledge.Topic, knowledge.Application, []Intent) {
	var topic knowledge.Topic
	var app knowledge.Application
	var intents []Intent
	topics, apps := 0, 0
	for _, c := range concepts {
		kind, val, _ := strings.Cut(c, ":")
		switch {
		case kind == "i" && !slices.Contains(intents, Intent(val)):
			intents = append(intents, Intent(val))
		case kind == "t" && knowledge.Topic(val) != topic:
			topic = knowledge.Topic(val)
			topics++
		case kind == "a" && knowledge.Application(val) != app:
			app = knowledge.Application(val)
			apps++
		}
	}
	if topics != 1 {
		topic = ""
	}
	if apps != 1 {
		app = ""
	}
	return topic, app, intents
}

// turned reads a birthday the message tells ("j'ai eu 18 ans en novembre 2013"): the birth date,
// not an issue date, so that who the holder was at issue follows.
func (p *Parser) turned(s string, now time.Time, mark func(a, b int), out *Parse) {
	m := pat().reTurned.FindStringSubmatchIndex(s)
	if m == nil {
		return
	}
	n, _ := strconv.Atoi(s[m[2]:m[3]])
	y, _ := strconv.Atoi(s[m[8]:m[9]])
	d := 1
	if m[4] >= 0 {
		d, _ = strconv.Atoi(s[m[4]:m[5]])
	}
	b := time.Date(y-n, months[s[m[6]:m[7]]], d, 0, 0, 0, 0, time.UTC)
	if b.Day() != d || !b.Before(now) {
		return
	}
	out.Slots.BirthDate = b.Format(time.DateOnly)
	age := rules.Age(b, now)
	out.Slots.Age = &age
	mark(m[0], m[1])
}

// score reads an exam's result: "30 bonnes réponses sur 40", "33/40", "j'ai eu 33", "I got
// 33 out of 40". A number followed by a unit ("j'ai eu 18 ans") is no score.
func score(s string, out *Parse) {
	if !containsAny(s, " sur ", "/", " eu ", " obtenu ", "out of", " got ", "scored", " op ") {
		return // the regular expressions below cost more than this look
	}
	for _, m := range pat().reScoreOf.FindAllStringSubmatch(s, -1) {
		// (A date written "12/05" is no score: 12 is more than 5.)
		n, _ := strconv.Atoi(m[1])
		if of, _ := strconv.Atoi(m[2]); n <= of {
			out.Slots.Score = &n
			return
		}
	}
	for _, m := range pat().reScoreGot.FindAllStringSubmatchIndex(s, -1) {
		next, _, _ := strings.Cut(strings.TrimSpace(s[m[1]:]), " ")
		switch strings.Trim(next, "?!.,;:") {
		case "ans", "an", "mois", "jours", "jour", "semaines", "heures", "h", "euros", "eur", "€", "years", "months", "days", "%":
			continue
		}
		n, _ := strconv.Atoi(s[m[2]:m[3]])
		out.Slots.Score = &n
		return
	}
}

// laterDays reads how many days from now the message tells something is to happen, a month
// counted as 30 days ("dans un mois", "dans 3 semaines", "in two weeks").
func laterDays(s string, out *Parse) {
	if !containsAny(s, "dans ", "in ", "over ") {
		return // the regular expression below costs more than this look
	}
	for _, m := range pat().reToCome.FindAllStringSubmatch(s, -1) {
		n, err := strconv.Atoi(m[1])
		if err != nil {
			if n = numberWords[m[1]]; n == 0 {
				continue
			}
		}
		switch {
		case strings.HasPrefix(m[2], "mo") || strings.HasPrefix(m[2], "maand"):
			n *= 30
		case strings.HasPrefix(m[2], "sem") || strings.HasPrefix(m[2], "we"):
			n *= 7
		}
		out.LaterDays += n
	}
}

// monthAhead reads the days until a month to come that a supposed visit is put off to ("et si
// je n'y vais que fin février ?", "si je passe seulement en mars"): the month's first day, its
// fifteenth for "mi", its last for "fin". A month after a participle dates something past
// ("faites en mars"), and is left to the readings of the past.
func monthAhead(s string, now time.Time, out *Parse) {
	i := pat().reMonthAhead.FindStringSubmatchIndex(s)
	if i == nil || containsAny(s[i[0]:i[1]]+" ", " fait", " prise", " pris ", " eu ", " ete ", " recu", " delivr", " expir", " perim", " depuis ") ||
		strings.HasPrefix(s[i[1]:], " dernier") {
		return
	}
	m := []string{"", "", s[i[6]:i[7]]}
	if i[2] >= 0 {
		m[1] = s[i[2]:i[3]]
	}
	day := 1 // "que le 2 mars": that day
	if i[4] >= 0 {
		if d, err := strconv.Atoi(s[i[4]:i[5]]); err == nil {
			day = d
		}
	}
	today := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, time.UTC)
	mo := months[m[2]]
	y := today.Year()
	if mo <= today.Month() {
		y++
	}
	t := time.Date(y, mo, day, 0, 0, 0, 0, time.UTC)
	if t.Month() != mo {
		t = time.Date(y, mo, 1, 0, 0, 0, 0, time.UTC)
	}
	switch m[1] {
	case "mi":
		t = t.AddDate(0, 0, 14)
	case "fin", "a la fin de", "vers la fin de":
		t = t.AddDate(0, 1, -1)
	}
	out.LaterDays = int(t.Sub(today).Hours() / 24)
}

// laterYears reads how many years from now the message asks about.
func laterYears(s string, out *Parse) {
	if !containsAny(s, "prochaine", "next year", "volgend", "dans ", "in ", "over ", "attend", "wait") {
		return // the regular expression below costs more than this look
	}
	m := pat().reLater.FindStringSubmatch(s)
	if m == nil {
		return
	}
	n := 1
	if m[1] != "" {
		if v, err := strconv.Atoi(m[1]); err == nil {
			n = v
		} else if v := numberWords[m[1]]; v > 0 {
			n = v
		}
	}
	out.LaterYears = n
}

// agoDays reads how long ago the message says something happened, in days.
func agoDays(s string, out *Parse) {
	if containsAny(s, "hier", "yesterday", "gisteren") {
		// "reçu avant-hier", "passé en mairie hier"
		n := 0
		switch {
		case containsWordAt(s, "avant hier") || strings.Contains(s, "avant-hier") || containsWordAt(s, "eergisteren") || containsWordAt(s, "day before yesterday"):
			n = 2
		case containsWordAt(s, "hier") || containsWordAt(s, "yesterday") || containsWordAt(s, "gisteren"):
			n = 1
		}
		if n > 0 {
			out.AgoDays = &n
			return
		}
	}
	if !containsAny(s, "jour", "semaine", "mois", "day", "week", "wek", "month", "dag", "maand") ||
		!containsAny(s, "il y a", "y a ", "fait", "faisait", "depuis", "au bout", "apres", "ago", "geleden", "oud", "old", "after", "na ") {
		return // the regular expression below costs more than these looks
	}
	m := pat().reAgo.FindStringSubmatch(s)
	if m == nil {
		return
	}
	// "il y a 3 semaines", "three weeks old", "na een maand": whichever form matched.
	num, unit := m[1], m[2]
	for g := 3; num == "" && g+1 < len(m); g += 2 {
		num, unit = m[g], m[g+1]
	}
	n, err := strconv.Atoi(num)
	if err != nil {
		n = numberWords[num]
	}
	if n == 0 {
		n = 1 // "a week ago", "een week geleden"
	}
	switch {
	case strings.HasPrefix(unit, "sem") || strings.HasPrefix(unit, "we"): // semaines, weeks, weken
		n *= 7
	case strings.HasPrefix(unit, "mo") || strings.HasPrefix(unit, "maand"):
		n *= 30
	}
	out.AgoDays = &n
}

// readyDays reads how long a card has waited at the town hall, in days.
func readyDays(s string, now time.Time, free func(a, b int) bool, mark func(a, b int), out *Parse) {
	if !containsAny(s, "depuis", "for ", "ca fait", "il y a") {
		if containsAny(s, "sms", "message", "courrier", "prevenu", "text", "arrive") {
			readySince(s, now, out) // "j'ai reçu le SMS en juillet disant qu'elle était disponible"
		}
		return // the regular expressions below cost more than this look
	}
	m := pat().reReady.FindStringSubmatchIndex(s)
	if m == nil {
		m = pat().reReadyFor.FindStringSubmatchIndex(s)
	}
	if m == nil {
		// "la mairie m'a envoyé le SMS il y a 4 mois": the notice that the card was ready.
		m = pat().reReadyAgo.FindStringSubmatchIndex(s)
	}
	if m == nil {
		readySince(s, now, out)
		return
	}
	if !free(m[2], m[5]) {
		return
	}
	n, err := strconv.Atoi(s[m[2]:m[3]])
	if err != nil {
		n = numberWords[s[m[2]:m[3]]]
	}
	unit := s[m[4]:m[5]]
	size := 1
	switch {
	case strings.HasPrefix(unit, "mo"):
		size = 30
	case strings.HasPrefix(unit, "sem"), strings.HasPrefix(unit, "week"):
		size = 7
	}
	n *= size
	if strings.HasPrefix(s[m[5]:], " et demi") || strings.HasPrefix(s[m[5]:], " and a half") {
		n += size / 2 // "il y a deux mois et demi"
	}
	out.Slots.ReadyDays = &n
	mark(m[2], m[5])
}

// atAppointment reads the days and months without a year a message gives around an appointment
// ("photos faites le 2 juin, rdv le 24 novembre", "il fête ses 12 ans le 3 décembre et le
// rendez-vous est le 28 novembre"): a photo's or proof's age in months, and a child's age, on the
// day of the appointment when one is told, else today.
// A document's age is read only when no full date gave it.
func atAppointment(s string, now time.Time, out *Parse) {
	if !strings.ContainsAny(s, "0123456789") || !hasMonth(s) {
		return // no day or month told: the regular expression below costs more than this look
	}
	ms := pat().reDayMonthNoYear.FindAllStringSubmatchIndex(s, -1)
	if len(ms) == 0 {
		return
	}
	today := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, time.UTC)
	dayOf := func(m []int) (time.Time, bool) {
		if after := strings.Fields(s[m[1]:min(len(s), m[1]+6)]); len(after) > 0 && len(after[0]) == 4 && strings.Trim(after[0], "0123456789") == "" {
			return time.Time{}, false // "le 5 octobre 2025": a full date, read with the others
		}
		d := 1
		if s[m[2]:m[3]] != "1er" {
			d, _ = strconv.Atoi(s[m[2]:m[3]])
		}
		mo := months[s[m[4]:m[5]]]
		t := time.Date(now.Year(), mo, d, 0, 0, 0, 0, time.UTC)
		return t, t.Month() == mo
	}
	ref, appointment := today, false
	for _, m := range ms {
		if before := lastWords(s[:m[0]], 6); containsAny(before, "rdv", "rendez vous", "rendez-vous", "depot", "appointment", "afspraak") {
			if t, ok := dayOf(m); ok {
				// The appointment to come, or just past.
				if t.Before(today.AddDate(0, -2, 0)) {
					t = t.AddDate(1, 0, 0)
				}
				ref, appointment = t, true
			}
			break
		}
	}
	for _, m := range ms {
		t, ok := dayOf(m)
		if !ok {
			continue
		}
		before := lastWords(s[:m[0]], 4)
		switch {
		case out.Slots.AgeMonths == nil && (out.Has(Photo) || out.Has(ProofAddress)) &&
			containsAny(before, "faite", "fait ", "prise", "datee", "date du", "du ", "de ", "taken", "dated"):
			// A document made on that day, on or before the day it is shown.
			if t.After(ref) {
				t = t.AddDate(-1, 0, 0)
			}
			months := (ref.Year()-t.Year())*12 + int(ref.Month()) - int(t.Month())
			if ref.Day() < t.Day() {
				months--
			}
			out.Slots.AgeMonths = &months
		case appointment && out.Slots.Age != nil && strings.HasSuffix(strings.TrimSpace(s[:m[0]]), strconv.Itoa(*out.Slots.Age)+" ans le"):
			// "il fête ses 12 ans le 3 décembre, le rendez-vous est le 28 novembre": 11 on that day.
			if t.Before(today.AddDate(0, -2, 0)) {
				t = t.AddDate(1, 0, 0)
			}
			if ref.Before(t) {
				age := *out.Slots.Age - 1
				out.Slots.Age = &age
			}
		}
	}
}

// readySince reads a card ready since a day or a month ("dispo en mairie depuis septembre",
// "prête depuis le 5 octobre"): the days since, the last such day on or before today; with a
// month alone, from its last day, and at most from its first.
func readySince(s string, now time.Time, out *Parse) {
	if !hasMonth(s) {
		return // every day or month read below is a month's name, and its regular expressions cost more than this look
	}
	m := pat().reReadySince.FindStringSubmatch(s)
	if m == nil {
		// "j'ai reçu le SMS en juillet disant que ma carte était disponible", "le SMS comme quoi
		// ma carte était disponible fin juillet", "le SMS date du 10 juillet": the day of the
		// notice.
		if m = pat().reReadyNotice.FindStringSubmatch(s); m == nil {
			if m = pat().reNoticeReady.FindStringSubmatch(s); m == nil {
				if m = pat().reNoticeDated.FindStringSubmatch(s); m == nil {
					// "une CNI est arrivée en mairie le 15 août": the day it came.
					if m = pat().reArrivedOn.FindStringSubmatch(s); m == nil {
						if m = pat().reReceivedNotice.FindStringSubmatch(s); m == nil {
							return
						}
					}
				}
			}
		}
	}
	today := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, time.UTC)
	mo := months[m[2]]
	first := time.Date(now.Year(), mo, 1, 0, 0, 0, 0, time.UTC)
	if first.After(today) {
		first = first.AddDate(-1, 0, 0)
	}
	last := first.AddDate(0, 1, -1)
	if m[1] != "" {
		d := 1
		if m[1] != "1er" {
			d, _ = strconv.Atoi(m[1])
		}
		if day := time.Date(first.Year(), mo, d, 0, 0, 0, 0, time.UTC); day.Month() == mo {
			first, last = day, day
		}
	}
	if last.After(today) {
		last = today
	}
	days := func(t time.Time) int { return int(today.Sub(t).Hours() / 24) }
	lo, hi := days(last), days(first)
	out.Slots.ReadyDays = &lo
	if hi != lo {
		out.Slots.ReadyDaysMax = &hi
	}
}

// passportWithin reports whether, of the last reach words before a date or an expiry, a passport
// is spoken of before any other document: "mon passeport biométrique périmé depuis 3 ans", "un
// passeport encore valide jusqu'en 2029".
func passportWithin(before string, reach int) bool {
	w := strings.Fields(before)
	for i := len(w) - 1; i >= 0 && i >= len(w)-reach; i-- {
		switch w[i] {
		case "passeport", "passport", "paspoort":
			return true
		case "carte", "cni", "card", "kaart", "acte", "photo", "photos", "facture", "quittance":
			return false
		}
	}
	return false
}

// atIssue reports whether the words before "N ans" make it the age on the day of issue: "je
// l'ai eue en 2012 à 30 ans", "faite à 17 ans".
func atIssue(before string) bool {
	if i := strings.LastIndexAny(before, ",.;:!?"); i >= 0 {
		before = before[i+1:] // the clause of the age ("…eu sa carte en 2013, elle a 28 ans")
	}
	w := strings.Fields(before)
	if len(w) < 2 || w[len(w)-1] != "a" {
		return false
	}
	switch w[len(w)-2] {
	case "il", "elle", "on", "qui":
		return false // "elle a 28 ans": her age today, "a" the verb
	}
	prev := w[max(0, len(w)-4) : len(w)-1]
	for _, x := range prev {
		if len(x) == 4 && x[0] >= '1' && x[0] <= '2' && strings.Trim(x, "0123456789") == "" {
			return true // a year just before
		}
	}
	if containsAny(strings.Join(prev, " ")+" ", "faite", "obtenue", "delivree", "refaite", "recue") {
		return true
	}
	// "je l'ai eue à 30 ans", "il a eu sa carte d'identité à 15 ans": a verb that says so of a
	// card only with the card named or its pronoun ("il a eu son bac à 18 ans" is no card's).
	wide := " " + strings.Join(w[max(0, len(w)-7):len(w)-1], " ") + " "
	return containsAny(wide, "carte", "cni", " l ") && containsAny(wide, "faite", "fait ", "eue", "eu ", "obtenue", "delivree", "refaite", "recue")
}

// issuedToAged reports whether the words before "N ans" give the age of the person a card was
// issued to ("CNI délivrée 03/2012 à un usager de 30 ans").
func issuedToAged(before string) bool {
	w := strings.Fields(before)
	if len(w) < 3 || w[len(w)-1] != "de" {
		return false
	}
	switch w[len(w)-2] {
	case "usager", "usagere", "personne", "majeur", "majeure", "homme", "femme", "jeune", "adulte":
	default:
		return false
	}
	return containsAny(strings.Join(w[max(0, len(w)-9):], " ")+" ", "delivre", "faite", "fait ", "obtenue", "emise")
}

// datedMonth reports whether a text names a month that dates something ("des photos faites en
// mars"), not one an expiry is told in ("ma carte expire en février").
func datedMonth(s string) bool {
	w := strings.Fields(s)
	for i, x := range w {
		if months[strings.Trim(x, ".,;:!?")] != 0 && !expiryBefore(strings.Join(w[:i], " ")) {
			return true
		}
	}
	return false
}

// expiryBefore reports whether the words just before a month say the day something ends or
// will come ("ma carte expire en février", "valable jusqu'en mars"): a month to come, no
// paper's age.
func expiryBefore(before string) bool {
	w := strings.Fields(before)
	for _, x := range w[max(0, len(w)-3):] {
		switch x {
		case "expire", "expirera", "expirer", "expiration", "jusqu", "perime", "perimee", "finit", "termine", "prochain", "prochaine", "expires", "verloopt":
			return true
		}
	}
	return false
}

// ageMonths reads how old a document or photo is: "il y a 8 mois", "une facture de 2 mois",
// "plus d'un an", "faite en juillet". The age of a child ("bébé de 6 mois") is not one.
func (p *Parser) ageMonths(s string, now time.Time, free, monthFree func(a, b int) bool, out *Parse) {
	var ms [][]int
	if containsAny(s, "mois", " an", "semaine") {
		ms = pat().reAgeMonths.FindAllStringSubmatchIndex(s, -1)
	}
	for _, m := range ms {
		before := lastWords(s[:m[0]], 2)
		// "mon bébé de 6 mois" is the child's age, "celle de ma fille, faite il y a 7 mois" the
		// photo's.
		personAge := slices.Contains([]string{"de", "d", "a"}, s[m[2]:m[3]]) && containsAny(before, "bebe", "enfant", "fils", "fille", "nourrisson", "petit", "petite")
		// "mes jumeaux de 4 ans", "un ado de 15 ans": the years of a child named are an age.
		personAge = personAge || (s[m[2]:m[3]] == "de" || s[m[2]:m[3]] == "d") && strings.HasPrefix(s[m[6]:m[7]], "an") &&
			slices.ContainsFunc(strings.Fields(before), func(w string) bool { return slices.Contains(p.childWords, w) || slices.Contains(p.personWords, w) })
		if personAge && out.Slots.Age == nil && free(m[0], m[1]) {
			zero := 0
			out.Slots.Age = &zero // "mon bébé de 6 mois": not yet a year old
		}
		if personAge || containsAny(before, "dans", "depuis") || !free(m[0], m[1]) {
			continue
		}
		if s[m[2]:m[3]] == "a" && strings.HasPrefix(s[m[6]:m[7]], "an") {
			continue // "première carte à 35 ans": a person's age, no document's
		}
		n := 1
		if w := s[m[4]:m[5]]; w != "un" && w != "une" {
			n, _ = strconv.Atoi(w)
		}
		if strings.HasPrefix(s[m[6]:m[7]], "an") {
			n *= 12
		}
		if strings.HasPrefix(s[m[6]:m[7]], "semaine") {
			n = n * 7 / 30 // "il y a 3 semaines": not yet a month
		}
		switch s[m[2]:m[3]] {
		case "plus de", "plus d":
			n++
		case "moins de", "moins d":
			if n == 0 {
				continue
			}
			if containsAny(lastWords(s[:m[0]], 7), "faut", "doit", "doivent", "exige", "exigee", "demande", "demandee", "need", "must", "has to", "required", "requis", "requise", "moet") &&
				!containsAny(lastWords(s[:m[0]], 7), "j ai", "i have", "ik heb") {
				// "la photo doit avoir moins d'un an ?", "il faut un justificatif de moins de 6
				// mois ?": the limit claimed as the rule, no document's age.
				limit := n
				out.LimitMonths = &limit
				return
			}
			n--
		}
		out.Slots.AgeMonths = &n
		return
	}
	if out.Slots.AgeMonths == nil && (containsAny(s, "photo") || containsAny(s, "en refais", "en refaire", "en refait")) && containsAny(s, "demain", "aujourd hui", "refais des photos", "refaire des photos", "en refais", "en refaire", "nouvelles photos", "tomorrow", "new photos",
		"faites la semaine derniere", "faite la semaine derniere", "prises la semaine derniere", "faites hier", "faite hier", "prises hier", "faites cette semaine",
		"taken last week", "taken yesterday", "vorige week genomen") &&
		!datedMonth(s) {
		// "si je refais des photos demain", "et si j'en refais aujourd'hui ?" after the photos'
		// question: new ones; not "des photos faites en mars… sa demande aujourd'hui", whose
		// month dates them.
		zero := 0
		out.Slots.AgeMonths = &zero
		return
	}
	if out.Slots.AgeMonths == nil && containsAny(s, "faites le mois dernier", "faite le mois dernier", "fait le mois dernier", "prises le mois dernier", "prise le mois dernier",
		"recue le mois dernier", "recu le mois dernier", "du mois dernier", "taken last month", "from last month", "van vorige maand", "vorige maand genomen") && !datedMonth(s) {
		// "les photos de mon fils, faites le mois dernier", "ma facture du mois dernier": a
		// month old.
		one := 1
		out.Slots.AgeMonths = &one
		return
	}
	if !containsAny(s, "old", "ago", "oud", "geleden") {
		// no "8 months old"
	} else if m := pat().reMonthsOld.FindStringSubmatch(s); m != nil {
		// "my photo is 8 months old", "taken 7 months ago", "8 maanden oud"
		n := 1
		if m[1] != "a" && m[1] != "one" && m[1] != "een" {
			n, _ = strconv.Atoi(m[1])
		}
		if strings.HasPrefix(m[2], "y") || strings.HasPrefix(m[2], "j") {
			n *= 12
		}
		out.Slots.AgeMonths = &n
		return
	}
	if idx := matchIndexIf(hasMonth(s), pat().reMonthPast, s); idx != nil && monthFree(idx[0], idx[1]) && !expiryBefore(s[:idx[0]]) {
		// A month of the past that no date read already ("un passeport expiré en mars 2024").
		m := []string{s[idx[0]:idx[1]], s[idx[2]:idx[3]], ""}
		if idx[4] >= 0 {
			m[2] = s[idx[4]:idx[5]]
		}
		n := int(now.Month()) - int(months[m[1]])
		if m[2] != "" {
			// "une facture de juillet 2025": from that month of that year.
			y, _ := strconv.Atoi(m[2])
			n += (now.Year() - y) * 12
		} else if n < 0 {
			n += 12
		}
		if n >= 0 {
			out.Slots.AgeMonths = &n
		}
	}
}

// matchIf is re.FindStringSubmatch(s) when a cheaper look (ok) says it may match, else nil.
// matchIndexIf is FindStringSubmatchIndex when ok, the cheap look that the expression may match.
func matchIndexIf(ok bool, re *regexp.Regexp, s string) []int {
	if !ok {
		return nil
	}
	return re.FindStringSubmatchIndex(s)
}

func matchIf(ok bool, re *regexp.Regexp, s string) []string {
	if !ok {
		return nil
	}
	return re.FindStringSubmatch(s)
}

// findAllIf is FindAllStringSubmatchIndex when ok, the cheap look that the expression may match.
func findAllIf(ok bool, re *regexp.Regexp, s string) [][]int {
	if !ok {
		return nil
	}
	return re.FindAllStringSubmatchIndex(s, -1)
}

// hasNumberSeparator reports whether s has a figure, then "/", "." or "-", then a figure: the
// shape of "12/03/2020" or "03/2012".
func hasNumberSeparator(s string) bool { return digitsAround(s, "/.-") }

// hasDecimal reports whether s has a figure, then "," or ".", then a figure: an amount's cents.
func hasDecimal(s string) bool { return digitsAround(s, ",.") }

// digitsAround reports whether s has a figure, then one of seps, then a figure.
func digitsAround(s, seps string) bool {
	for i := 1; i+1 < len(s); i++ {
		if strings.IndexByte(seps, s[i]) >= 0 && s[i-1] >= '0' && s[i-1] <= '9' && s[i+1] >= '0' && s[i+1] <= '9' {
			return true
		}
	}
	return false
}

// hasMonth and hasWeekday report whether s may name a month or a day of the week (a name occurs
// in it, maybe inside a longer word), before the regular expressions that read them.
func hasMonth(s string) bool {
	for m := range months {
		if strings.Contains(s, m) {
			return true
		}
	}
	return false
}

func hasWeekday(s string) bool {
	for d := range weekdays {
		if strings.Contains(s, d) {
			return true
		}
	}
	return false
}

func lastWords(s string, n int) string {
	f := strings.Fields(s)
	if len(f) > n {
		f = f[len(f)-n:]
	}
	return strings.Join(f, " ") + " "
}

// when reads the moment asked about for opening hours: a weekday, "demain", a month, an hour.
func (p *Parser) when(s string, now, explicit time.Time, out *Parse) {
	loc := now.Location()
	day := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, loc)
	set := false
	if !explicit.IsZero() {
		day, set = time.Date(explicit.Year(), explicit.Month(), explicit.Day(), 0, 0, 0, 0, loc), true
	}
	switch {
	case containsAny(s, "apres demain", "overmorgen", "day after tomorrow"):
		day, set = day.AddDate(0, 0, 2), true
	case containsAny(s, "demain", "tomorrow", "morgen"):
		day, set = day.AddDate(0, 0, 1), true
	case containsAny(s, "aujourd hui", "today", "vandaag", "maintenant", "now", "nu ", "en ce moment", "actuellement"):
		set = true
	}
	month := hasMonth(s)
	if m := matchIf(month, pat().reMonthIn, s); m != nil && explicit.IsZero() {
		mo := months[m[1]]
		if y := yearAfter(s, m[0]); y != 0 {
			// "un samedi d'août 2027": that month of that year; "faite en juin 2019": a past
			// date, no moment asked about.
			if y >= now.Year() {
				day, set = time.Date(y, mo, 1, 0, 0, 0, 0, loc), true
			}
		} else if mo != day.Month() {
			y := day.Year()
			if mo < day.Month() {
				y++
			}
			day, set = time.Date(y, mo, 1, 0, 0, 0, 0, loc), true
		}
	}
	if m := matchIf(hasWeekday(s), pat().reWeekday, s); m != nil && explicit.IsZero() {
		wd := weekdays[m[1]]
		for day.Weekday() != wd {
			day = day.AddDate(0, 0, 1)
		}
		set = true
	}
	if m := matchIf(month, pat().reDayMonthNoYear, s); m != nil && explicit.IsZero() {
		d := 1
		if m[1] != "1er" {
			d, _ = strconv.Atoi(m[1])
		}
		mo := months[m[2]]
		t := time.Date(day.Year(), mo, d, 0, 0, 0, 0, loc)
		if t.Before(day) {
			t = t.AddDate(1, 0, 0)
		}
		if t.Day() == d {
			day, set = t, true
		}
	} else if containsAny(s, "prochain", "next ", "volgende") && set && day.Equal(time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, loc)) {
		day = day.AddDate(0, 0, 7)
	}
	hourSet := false
	if m := pat().reHour.FindStringSubmatch(s); m != nil {
		h, _ := strconv.Atoi(m[1])
		mi := 0
		if m[2] != "" {
			mi, _ = strconv.Atoi(m[2])
		}
		if strings.Contains(m[0], "pm") && h < 12 {
			h += 12
		}
		if h < 24 && mi < 60 {
			day = day.Add(time.Duration(h)*time.Hour + time.Duration(mi)*time.Minute)
			set, hourSet = true, true
		}
	}
	noon := func(x string) bool { return containsWordAt(s, x) } // (not the "middag" of "goedemiddag")
	if !hourSet && slices.ContainsFunc([]string{"midi", "noon", "lunch", "middag", "pause dejeuner"}, noon) && !containsAny(s, "apres midi", "apres-midi", "namiddag") {
		// "c'est ouvert entre midi et une heure ?": at noon, today unless a day is named.
		day, set, hourSet = day.Add(12*time.Hour), true, true
	}
	if !set {
		return
	}
	if !hourSet {
		switch {
		case containsAny(s, "apres midi", "apres-midi", "aprem", "afternoon", "namiddag"):
			day, hourSet = day.Add(14*time.Hour), true
		case containsAny(s, "matin", "morning", "ochtend", "voormiddag"):
			day, hourSet = day.Add(10*time.Hour), true
		}
	}
	if hourSet || containsAny(s, "maintenant", "now", "en ce moment", "actuellement") {
		if !hourSet {
			day = now
		}
		out.Slots.When = day.Format("2006-01-02T15:04")
	} else {
		out.Slots.When = day.Format(time.DateOnly)
	}
}

// patternSet is the regular expressions the parser reads slots with. They compile on first use,
// not at start-up: New has them compiled while it builds the lexicon.
type patternSet struct {
	reDMY            *regexp.Regexp
	reDayMonth       *regexp.Regexp
	reMonthYr        *regexp.Regexp
	reMonthNumYr     *regexp.Regexp
	reYear           *regexp.Regexp
	reAge            *regexp.Regexp
	rePhone          *regexp.Regexp
	reVersion        *regexp.Regexp
	reHour           *regexp.Regexp
	reWeekday        *regexp.Regexp
	reDayMonthNoYear *regexp.Regexp
	reMonthIn        *regexp.Regexp
	reExpSince       *regexp.Regexp
	reExpAgo         *regexp.Regexp // "expired 6 years ago", "al 6 jaar verlopen"
	reRequests       *regexp.Regexp // "les 4 cartes", "on est trois": requests counted
	reExpYear        *regexp.Regexp
	reAgeIs          *regexp.Regexp
	reAgeWas         *regexp.Regexp
	// reArrival reads the age at which someone came to France and has lived there since;
	// reAwaySpan the ages between which someone lived elsewhere ("au Sénégal de mes 2 ans à
	// mes 12 ans"), the last of which is their coming back.
	reArrival, reAwaySpan *regexp.Regexp
	// reAwayUntil reads the age until which someone lived elsewhere ("on a vécu en Italie
	// jusqu'à ses 10 ans"); reBackAgo how long ago someone came back ("il n'est revenu en France
	// que l'an dernier").
	reAwayUntil, reBackAgo *regexp.Regexp
	// reDeparture reads the age at which someone left France ("repartis au Mali quand il avait
	// 2 ans", "left France at 9"), and the place left for; reAgeEn an age told by "en"
	// ("il en a 14 maintenant").
	reDeparture, reAgeEn *regexp.Regexp
	// reAgeTold reads an age told as one ("j'ai 16 ans", "mon fils de 16 ans", "âgée de 16 ans"),
	// unlike a number of years that may be a duration ("un master en 2 ans", "servi 3 ans").
	reAgeTold *regexp.Regexp
	// reBackYear reads the year someone came back to France ("revenu en France en août 2023"),
	// which a year of birth turns into an age.
	reBackYear *regexp.Regexp
	// reSchooledFrench reads years of schooling in French told apart ("scolarisé plus de 5 ans
	// en français"), which waives naturalisation's residence for a francophone national.
	reSchooledFrench *regexp.Regexp
	// reCardAge reads a card's issue told by its age ("je l'ai faite il y a 12 ans", "ma carte a
	// 9 ans"): the year it was issued, and no person's age.
	reCardAge *regexp.Regexp
	// reUsedMine reads someone else using what is the writer's: "quelqu'un a utilisé une copie
	// de ma carte", "someone opened an account with my ID", or could ("quelqu'un peut se servir de
	// mon identité avec ?", the fear of a victim).
	reUsedMine *regexp.Regexp
	// reTheyUsedMine reads the same of "ils", with what they got told apart (CueTheftOutcome).
	reTheyUsedMine *regexp.Regexp
	// reImpersonatesMe: someone else passes for the writer ("quelqu'un se fait passer pour moi").
	reImpersonatesMe *regexp.Regexp
	reMonthsOld      *regexp.Regexp
	reAgeMonths      *regexp.Regexp
	reMonthPast      *regexp.Regexp
	reSinceMonths    *regexp.Regexp
	reSince          *regexp.Regexp
	reAmount         *regexp.Regexp
	reTurned         *regexp.Regexp
	reBabyMonths     *regexp.Regexp
	reBornAgo        *regexp.Regexp

	// reNumberWord is a number from two to twelve written in words before a unit of time ("deux
	// semaines", "three weeks", "drie weken"), which the dates and durations read as figures.
	reNumberWord *regexp.Regexp
	// reLastYearAlone is a year said relative to now with no month ("l'an dernier", "last year"),
	// with "depuis" before it when it is a start rather than a moment.
	reLastYearAlone *regexp.Regexp
	// reLastYearMonth reads a month of last year or of this one ("juillet de l'année dernière",
	// "c'était en mars l'an dernier", "july last year").
	reLastYearMonth *regexp.Regexp
	// reExpiredLastYear reads a card expired last year ("elle a expiré l'année dernière",
	// "périmée depuis l'an dernier"): the year of its end, as "expirée en 2025" says it.
	reExpiredLastYear *regexp.Regexp
	// reSeasonYear reads a season of a year ("l'été 2025"), which the dates read as its last month:
	// the youngest a document made then can be.
	reSeasonYear *regexp.Regexp
	// reReady and reReadyFor read how long a card has waited at the town hall: "prête depuis 2 mois",
	// "ça fait 6 semaines qu'elle est dispo", "waiting at the town hall for 4 months".
	reReady     *regexp.Regexp
	reArrivedOn *regexp.Regexp
	// reReadySince reads a card ready since a day or a month; reReadyNotice the day or month
	// a message said it was ready.
	reReadySince, reReadyNotice *regexp.Regexp
	// reBornAtPlace reads the words of a birth's place before its date ("née à Saint-Jean-de-Luz
	// le").
	reBornAtPlace *regexp.Regexp
	// reAgainstMoney finds money given in exchange ("…en priorité contre 500 euros en liquide"),
	// which with a favour asked is a bribe.
	reAgainstMoney *regexp.Regexp
	// reBornIn reads the place after a birth, in any language ("je suis né à Bobigny", "born in
	// Lyon", "geboren in Nice").
	reBornIn *regexp.Regexp
	// reReceivedNotice reads the day the notice came, told before it ("reçu le 20 novembre le
	// SMS disant que ma carte est disponible").
	reReceivedNotice *regexp.Regexp
	// reNoticeReady reads a notice that tells the card ready, its month after ("le SMS comme
	// quoi ma carte était disponible fin juillet").
	reNoticeReady *regexp.Regexp
	// reNoticeDated reads the day of the notice itself ("le SMS date du 10 juillet"), the
	// card's ready notice in a question on collecting it.
	reNoticeDated *regexp.Regexp
	reReadyFor    *regexp.Regexp
	// reReadyAgo reads how long ago the notice of a card ready came: "le SMS il y a 4 mois".
	reReadyAgo *regexp.Regexp
	// reBornRecently reads a birth of the last weeks after its auxiliary ("il est né à Lille le
	// mois dernier", "elle est née il y a 3 semaines"; not the "ne" of "je ne suis pas venu").
	reBornRecently *regexp.Regexp
	// reAwayFor reads how long someone told a card is ready will be away: "je pars 2 mois en
	// Asie", "je pars demain 2 mois en mission".
	reAwayFor    *regexp.Regexp
	reMonthAhead *regexp.Regexp
	// reShortMonth finds a shortened month before a year ("sept 2011").
	reShortMonth *regexp.Regexp
	// reOwnAge reads the writer's own age ("j'ai 72 ans").
	reOwnAge *regexp.Regexp
	// reFutureAge reads an age to come: "j'aurai 18 ans", "elle aura 12 ans", and a birthday to
	// come, "j'ai 18 ans le 20 décembre", "il a 12 ans en mars", "le jour de mes 18 ans".
	reFutureAge *regexp.Regexp
	// reValidPassport reads a passport said to be valid, a word or two between: "un passeport
	// biométrique valide", "mon passeport français est encore valable".
	reValidPassport *regexp.Regexp
	// reHome finds the town a person says they live in ("j'habite à Lyon"), reTownAsked a town named
	// after it ("…dans une mairie à Paris ?").
	reHome      *regexp.Regexp
	reTownAsked *regexp.Regexp
	// reValidYears reads the validity a person asks about: "valable 15 ans", "15 ans de validité",
	// "(elle dure combien de temps ?) 15 ans comme l'ancienne ?".
	reValidYears *regexp.Regexp
	// reExpiresIn reads when a card will expire, from today: "elle expire dans 3 mois".
	reExpiresIn *regexp.Regexp
	// reLater reads a moment some years from now: "l'année prochaine", "dans 2 ans", "next year".
	reLater *regexp.Regexp
	// reToCome reads a time to come in days, weeks or months: "dans un mois", "in two weeks".
	reToCome *regexp.Regexp
	// reScoreOf reads a score out of a total ("30 bonnes réponses sur 40", "33/40"), reScoreGot
	// one told alone ("j'ai eu 33").
	reScoreOf, reScoreGot *regexp.Regexp
	// reSinceYear reads a year something has lasted since ("depuis 1994", "since 2015").
	reSinceYear *regexp.Regexp
	// reAgo reads how long ago something happened, in days or weeks ("il y a 10 jours", "ça fait
	// deux semaines", "10 days ago", "twee weken geleden", "three weeks old"), or how long after it
	// something else did, in months too ("au bout d'un mois", "na een maand"). (The months of
	// "il y a 8 mois" are a document's age.)
	reAgo *regexp.Regexp
}

// pat returns the parser's regular expressions, compiled once.
var pat = sync.OnceValue(func() *patternSet {
	return &patternSet{
		reDMY:             regexp.MustCompile(`\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})\b`),
		reDayMonth:        regexp.MustCompile(`\b(\d{1,2}|1er) (janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|january|february|march|april|may|june|july|august|september|october|november|december|januari|februari|maart|mei|juni|juli|augustus) (\d{4})\b`),
		reMonthYr:         regexp.MustCompile(`\b(janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|january|february|march|april|june|july|august|september|october|november|december) (\d{4})\b`),
		reMonthNumYr:      regexp.MustCompile(`\b(\d{1,2})[/.-](\d{4})\b`),
		reYear:            regexp.MustCompile(`\b(19[4-9]\d|20[0-4]\d)\b`),
		reAge:             regexp.MustCompile(`\b(\d{1,3})(?:(?: |-)?(?:ans|an|years?|jaar|jarige)|a)\b`), // "16a": a counter's shorthand
		rePhone:           regexp.MustCompile(`\b(ios|iphone|android|i phone)[ -]?(\d{1,2})(?:[.,]\d+)?\b`),
		reVersion:         regexp.MustCompile(`\bversion (\d{1,2})\b`),
		reHour:            regexp.MustCompile(`\b(\d{1,2}) ?(?:h|:|heures?|uur|am|pm)(\d{2})?\b`),
		reWeekday:         regexp.MustCompile(`\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)s?\b`),
		reDayMonthNoYear:  regexp.MustCompile(`\b(\d{1,2}|1er) (janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|january|february|march|april|may|june|july|august|september|october|november|december)\b`),
		reMonthIn:         regexp.MustCompile(`\b(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|saturday|sunday)s?(?: matin| apres midi| soir)? (?:d|de|du mois d|du mois de|en)|en|au mois d|au mois de|in|fin|debut|mi|a la fin de|au debut de) (janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|august|augustus)\b`),
		reExpSince:        regexp.MustCompile(`(?:perime|perimee|expire|expiree|expired|verlopen)[a-z ]{0,20}?(?:depuis|since|sinds|il y a|ca fait|cela fait|for)(?: plus de| moins de| more than| meer dan| over| almost| nearly| about| presque| bientot| environ)? (\d{1,2}) (?:ans|an|years?|jaar)`),
		reRequests:        regexp.MustCompile(`\b(\d{1,2}|deux|trois|quatre|cinq|six|sept|huit|two|three|four|five|six|seven|eight|twee|drie|vier|vijf|zes|zeven|acht) (?:[a-z]+ )?(?:cartes|cles|adultes|personnes|demandes|timbres|dossiers|keys|cards|people|adults|applications|stamps|sleutels|kaarten|personen|volwassenen|aanvragen)\b|(?:on est|nous sommes|we are|we re|wij zijn|we zijn) (\d{1,2}|deux|trois|quatre|cinq|six|two|three|four|five|six|twee|drie|vier|vijf|zes)\b`),
		reExpAgo:          regexp.MustCompile(`(?:(?:expired|ran out|run out|verlopen)(?: over| more than| almost| nearly| about| some)? (\d{1,2}) (?:years?|jaar) (?:ago|geleden)|(?:al|sinds|ruim|meer dan) (\d{1,2}) jaar verlopen)`),
		reExpYear:         regexp.MustCompile(`(?:perime|perimee|expire|expiree|expired|verlopen|depasse|depassee|passee)[a-z ]{0,12}?(?:depuis|since|sinds) (\d{4})`),
		reAgeIs:           regexp.MustCompile(`\b(?:(?:just |has |have |recently )?turned|(?:zoon|zoontje|dochter|dochtertje|kind|kindje) van|i am|i m|im|(?:he|she) is|(?:he|she) s|ik ben|(?:hij|zij|ze) is|(?:my|our|his|her|their|mijn|onze|zijn|haar) (?:(?:big|little|older|younger|eldest|youngest|oldest|grote|kleine|oudste|jongste) )?(?:son|daughter|child|kid|boy|girl|wife|husband|partner|sister|brother|mother|father|mum|mom|dad|zoon|dochter|kind|vrouw|man|zus|broer|moeder|vader) is) (\d{1,2})\b( [a-z]+)?`),
		reUsedMine:        regexp.MustCompile(`\b(?:quelqu un|une personne|un inconnu|le voleur|la voleuse|un voleur|someone|somebody|the thief|iemand|de dief)\b(?: m)? (?:(?:a|aurait|has|heeft) (?:utilise|ouvert|pris|souscrit|fait|used|opened|taken|gebruikt|geopend)|(?:peut|pourrait|can|could|kan) (?:utiliser|se servir|use|gebruiken))\b[^.?!]{0,50}?\b(?:ma|mon|mes|my|mijn)\b`),
		reArrival:         regexp.MustCompile(`\b(?:(?:arrive|arrivee|arrives|arrivees|revenu|revenue|revenus|revenues|rentre|rentree|rentres|venu|venue|venus|installe|installee|installes)(?: (?:du|de|des|d) (?:l |la )?[a-z]+)?(?: vivre| habiter| m installer| nous installer)?(?: en france| ici| en metropole)?(?: pour de bon| definitivement)?(?: en (?:[a-z]+ )?(?:19|20)\d\d ?,?)?(?: seulement| que)? (?:a l age de|vers l age de|vers|a mes|a ses|a leurs|a|quand j avais|quand il avait|quand elle avait|quand on avait|j avais|il avait|elle avait) (\d{1,2}) ?ans|(?:en france|ici|vis|vit|vivons|vivent|habite|habitons|habitent|reside|residons|resident|vecu|grandi|scolarise|scolarisee) depuis (?:mes|ses|leurs|l age de|que j ai|qu il a|qu elle a) (\d{1,2}) ?ans|(?:moved|came|arrived|came back|moved back)(?: to| in)? (?:france|here) (?:at the age of|aged|at age|at|when i was|when he was|when she was) (\d{1,2})\b|(?:in france|here) since (?:i was|he was|she was|age|the age of) (\d{1,2})\b)`),
		reDeparture:       regexp.MustCompile(`\b(?:(?:re)?parti|(?:re)?partie|(?:re)?partis|(?:re)?parties|quitte|quittee|quittes)\b(?: (?:vivre|habiter|nous installer|m installer|s installer))?((?: la france| le pays)?(?: (?:a|au|aux|en|dans|pour) [a-z -]{2,30}?)?),? (?:quand j avais|quand il avait|quand elle avait|quand on avait|quand nous avions|a l age de|a ses|a mes|a) (\d{1,2}) ?ans\b|\bleft (france|the country)? ?(?:at the age of|aged|at age|at|when i was|when he was|when she was) (\d{1,2})\b`),
		reBackYear:        regexp.MustCompile(`\b(?:revenu|revenue|revenus|revenues|rentre|rentree|rentres|rentrees)(?: en france| ici)? en (?:[a-z]+ )?((?:19|20)\d\d)\b`),
		reAgeEn:           regexp.MustCompile(`\b(?:il|elle|j) en (?:a|ai) (\d{1,2})(?: ans| maintenant| aujourd hui)`),
		reAgeTold:         regexp.MustCompile(`(?:^|\b(?:j ai|tu as|il a|elle a|on a|vous avez|ils ont|elles ont|agee?s? de|(?:fils|fille|enfant|ado|adolescente?|garcon|gamine?|frere|soeur|neveu|niece|petit fils|petite fille) de|i m|i am|is)) (\d{1,3})(?: |-)?(?:ans|years?|jaar)\b`),
		reAwaySpan:        regexp.MustCompile(`\b(?:vecu|grandi|habite|reste|restee|vivait|vivais|parti|partie|repartis|reparti|repartie)\b[a-z ]{0,30}? de (?:mes |ses |leurs )?\d{1,2} (?:ans )?a (?:mes |ses |leurs )?(\d{1,2}) ans\b`),
		reSchooledFrench:  regexp.MustCompile(`\b(?:scolari[a-z]*|ecoles?)\b[^.?!,;]{0,30}? en francais\b`),
		reCardAge:         regexp.MustCompile(`\b(?:fait|faite|refait|refaite|eu|eue|obtenu|obtenue|delivre|delivree|recu|recue|renouvele|renouvelee)\b((?: [a-z]+){0,4}?) il y a (\d{1,2}) ans\b|\b(?:ma|sa|ta|la|mon|son|leur|notre|votre) (?:carte|cni)(?: d identite)? (?:a|avait) (\d{1,2}) ans\b|\bmy (?:id )?card is (\d{1,2}) years old\b`),
		reAwayUntil:       regexp.MustCompile(`\b(?:vecu|grandi|habite|reste|restee|restes|vivait|vivais|vivions|vivaient) ((?:[a-z]+ ){0,6}?)jusqu a (?:mes|ses|leurs|nos) (\d{1,2}) ans\b`),
		reBackAgo:         regexp.MustCompile(`\b(?:revenu|revenue|revenus|revenues|rentre|rentree|rentres|rentrees|arrive|arrivee|arrives|arrivees)(?: vivre| habiter)?(?: en france| ici)?(?: que)? (?:(l an dernier|l annee derniere|cette annee)|il y a (\d{1,2}|un) ans?)\b`),
		reImpersonatesMe:  regexp.MustCompile(`\b(?:se fait|s est fait|s est faite|se font|se sont fait|se faisait|se faisaient|se fasse) passer pour moi\b|\b(?:is|are|was|were) pretending to be me\b|\bpretends to be me\b`),
		reTheyUsedMine:    regexp.MustCompile(`\b(?:ils|elles|they)\b (?:m )?(?:ont|auraient|have) (?:utilise|ouvert|pris|souscrit|fait|used|opened|taken)\b[^.?!]{0,50}?\b(?:ma|mon|mes|my)\b`),
		reAgeWas:          regexp.MustCompile(`\b(?:i was|j avais|ik was) (\d{1,2})\b(?: ?(?:years|ans|jaar))?(?:[^0-9]|$)`),
		reMonthsOld:       regexp.MustCompile(`\b(\d{1,2}|a|one|een) (months?|years?|maanden|maand|jaar) (?:old|ago|oud|geleden)\b`),
		reAgeMonths:       regexp.MustCompile(`\b(il y a|plus de|plus d|moins de|moins d|date de|datant de|datee de|vieille de|vieilles de|faites il y a|faite il y a|de|d|a|ont) (?:a peu pres |environ |presque |quasiment |a peine |pres de |bientot )?(\d{1,2}|un|une) (mois|ans?|semaines?)\b`),
		reMonthPast:       regexp.MustCompile(`\b(?:en|de|d|du mois de|datee de|datees de|faites en|faite en|prises en|prise en|delivre en|delivree en|de fin|de debut|de mi|en fin|en debut|fin|debut|mi)[ -](janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)(?: dernier| (\d{4}))?\b`),
		reSinceMonths:     regexp.MustCompile(`depuis (\d{1,3}) mois\b|(?:ca fait|cela fait) (\d{1,3}) mois\b|for (\d{1,3}) months\b`),
		reSince:           regexp.MustCompile(`depuis (?:(?:plus de|seulement|deja|environ|maintenant|tout juste|juste|pile) )?(\d{1,2}) ?(?:ans|an)\b|for (?:(?:only|about|over|more than|just) )?(\d{1,2}) years|sinds (?:(?:al|pas|ongeveer|meer dan) )?(\d{1,2}) jaar|(\d{1,2}) ans de mariage|(?:ca fait|cela fait)(?: donc| deja| maintenant| bientot| presque)? (\d{1,2}) ans|(?:ca fera|cela fera|on aura|j aurai|nous aurons) (\d{1,2}) ans|(?:marie|mariee|maries|mariees|mariage)[a-z ]{0,20}?il y a (\d{1,2}) ans|(?:arrive|arrivee|arrives|arrivees|installe|installee|installes|installees)[a-z ]{0,20}?il y a (\d{1,2}) ans|\b(\d{1,2}) ans de (?:residence|presence|vie commune)\b|\b(\d{1,2}) (?:ans|years|jaar) (?:en|in) (?:france|frankrijk)\b`),
		reAmount:          regexp.MustCompile(`(?:^|[^\d.,])(\d{1,5}(?:[.,]\d{1,2})?) ?(?:€|euros?\b|eur\b|balles\b)|(?:€|\beur) ?(\d{1,5}(?:[.,]\d{1,2})?)\b|(?:^|[^\d.,])(\d{1,5}[.,]\d\d)e\b`),
		reTurned:          regexp.MustCompile(`\b(?:j ai eu|il a eu|elle a eu|i turned|he turned|she turned|ik werd) (\d{1,2}) (?:ans|an|years?|jaar)?\s?(?:en|le|in|op)? ?(?:(\d{1,2}) )?(janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|january|february|march|april|may|june|july|august|september|october|november|december) (\d{4})\b`),
		reBabyMonths:      regexp.MustCompile(`\b(?:bebe|nourrisson|baby|newborn)\b(?: de| qui a| of)? ?\(? ?(\d{1,2}) (?:mois|months?)\b`),
		reBornAgo:         regexp.MustCompile(`\bnee?s? [a-z ]{0,25}?il y a (\d{1,2}) ans`),
		reNumberWord:      regexp.MustCompile(`\b(deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|twenty|thirty|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|zestien|twintig|dertig) (jours?|semaines?|mois|ans?|annees?|days?|weeks?|months?|years?|dagen|dag|weken|week|maanden|maand|jaar|jaren)\b`),
		reLastYearAlone:   regexp.MustCompile(`\b(depuis |since |sinds )?(?:l an dernier|l annee derniere|l an passe|l annee passee|last year|vorig jaar|verleden jaar)\b`),
		reExpiredLastYear: regexp.MustCompile(`\b(perimee?s?|expiree?s?|expire|expired|verlopen)(?: depuis| since| sinds)? (?:l an dernier|l annee derniere|l an passe|l annee passee|last year|vorig jaar|verleden jaar)\b`),
		reLastYearMonth:   regexp.MustCompile(`\b(?:(c etait|c est) )?(?:en )?(janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|january|february|march|april|may|june|july|august|september|october|november|december) (de l annee derniere|de l an dernier|l annee derniere|l an dernier|de l annee passee|l an passe|last year|vorig jaar|de cette annee|cette annee|this year|dit jaar)\b`),
		reSeasonYear:      regexp.MustCompile(`\b(?:l |de l |du |au )?(ete|printemps|automne) (\d{4})\b`),
		reReadyNotice:     regexp.MustCompile(`\b(?:sms|message|courrier|text)\b[^.?!]{0,20}?\b(?:en|le|du|in|on) (?:(\d{1,2}|1er) )?(janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|january|february|march|april|may|june|july|august|september|october|november|december)\b[^.?!]{0,60}?\b(?:prete|dispo|disponible|arrivee|ready|available)\b`),
		reNoticeReady:     regexp.MustCompile(`\b(?:sms|message|courrier|mail|text)\b[^.?!]{0,40}?\b(?:prete|dispo|disponible|arrivee|ready|available)\b(?: [a-z]+){0,3}? (?:depuis |des |en |le |du |fin |debut |mi |courant |in |on |at the end of |end of )?(?:(\d{1,2}|1er) )?(janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|january|february|march|april|may|june|july|august|september|october|november|december)\b`),
		reAgainstMoney:    regexp.MustCompile(`\b(?:contre|moyennant|in exchange for|for) (?:\d+|un|une|quelques|deux|trois|cent) ?(?:€|euros?|eur|balles|billets?)\b`),
		reBornIn:          regexp.MustCompile(`\b(?:ne|nee|nes|nees|born|geboren) (?:a|in|te) ([a-z][a-z ]{1,30})`),
		reBornAtPlace:     regexp.MustCompile(`\b(?:ne|nee|nes|nees|born) (?:a|au|aux|en|in) [a-z ]{1,40}? (?:le|en|on|in)\s*$`),
		reReceivedNotice:  regexp.MustCompile(`\b(?:recu|received|gekregen|ontvangen)\b (?:le |en |on |in |op )?(?:(\d{1,2}|1er) )?(janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|january|february|march|april|may|june|july|august|september|october|november|december)\b[^.?!]{0,30}?\b(?:sms|texto|message|courrier|mail|text)\b[^.?!]{0,60}?\b(?:prete|dispo|disponible|arrivee|ready|available)\b`),
		reNoticeDated:     regexp.MustCompile(`\b(?:sms|texto|message)\b (?:date|datait|etait|est) (?:du|de|le) (?:(\d{1,2}|1er) )?(janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)\b`),
		reArrivedOn:       regexp.MustCompile(`\b(?:est arrivee|est arrive|sont arrivees|etait arrivee|arrivee en mairie|arrivee a la mairie|arrived)\b[^.?!]{0,20}?\b(?:le|on) (?:(\d{1,2}|1er) )?(janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|january|february|march|april|may|june|july|august|september|october|november|december)\b`),
		reReadySince:      regexp.MustCompile(`\b(?:prete|pretes|dispo|disponible|arrivee|attend|ready|waiting)\b[^.?!]{0,30}?\b(?:depuis|since) (?:le |the )?(?:(\d{1,2}|1er) )?(janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|january|february|march|april|may|june|july|august|september|october|november|december)\b`),
		reReady:           regexp.MustCompile(`\b(?:prete|pretes|dispo|disponible|arrivee|attend|ready|waiting)\b[^.?!]{0,30}?\b(?:depuis|for|il y a)(?: plus de| more than)? (\d{1,2}|un|une|deux|trois|quatre|cinq|six|two|three|four|five|six) (mois|semaines?|jours?|months?|weeks?|days?)\b`),
		reValidPassport:   regexp.MustCompile(`\bpasseport (?:[a-z]+ ){1,3}?(?:valide|valable|en cours de validite)\b`),
		reShortMonth:      regexp.MustCompile(`\b(?:jan|janv|fev|fevr|avr|juil|sept|oct|nov|dec)\.? (?:19|20)\d\d\b`),
		reOwnAge:          regexp.MustCompile(`\bj ai (\d{1,3}) ans\b`),
		reFutureAge:       regexp.MustCompile(`\b(?:(?:j aurai|tu auras|il aura|elle aura|mon fils aura|ma fille aura) (\d{1,2})(?: ans\b|$|[ ,.?!]*$)|(?:j ai|il a|elle a) (\d{1,2}) ans (?:le \d|le premier|dans \d|dans (?:un|une|deux|trois|quelques) |en (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)\b)|\b(?:le jour de|des|a|pour) (?:mes|ses|tes) (\d{1,2}) ans\b)`),
		reBornRecently:    regexp.MustCompile(`\b(?:est|suis|sont|etait|es|etes|vient d etre) nee?s? (?:[a-z ]{2,30} )?(?:le mois dernier|la semaine derniere|il y a (?:\d|un|une|deux|trois|quatre) (?:jours?|semaines?))\b`),
		reMonthAhead:      regexp.MustCompile(`\b(?:si (?:je|j|on|il|elle|nous|vous|ils|elles)\b[^.?!]{0,30}?|que|pas avant|seulement|chercher|recuperer|retirer|passer|y aller)[ -](?:(mi|fin|debut|a la fin de|vers la fin de|au debut de|en|au mois de|courant)[ -])?(?:le (\d{1,2}|1er) )?(janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)\b`),
		reAwayFor:         regexp.MustCompile(`\b(?:pars|part|partons|partirai|partira|serai absente?|sera absente?|serai partie?|sera partie?|serai en mission|sera en mission|away for|gone for)\b[^.?!]{0,30}?\b(\d{1,2}|un|une|deux|trois|quatre|cinq|six) (mois|semaines?|months?|weeks?)\b`),
		reReadyAgo:        regexp.MustCompile(`\b(?:sms|texto|prevenue?s?|avertie?s?|notifiee?s?)\b[^.?!]{0,40}?\bil y a (\d{1,2}|un|une|deux|trois|quatre|cinq|six) (mois|semaines?|jours?)\b`),
		reReadyFor:        regexp.MustCompile(`\bca fait (\d{1,2}|un|une|deux|trois|quatre|cinq|six) (mois|semaines?|jours?) qu[^.?!]{0,30}?\b(?:prete|dispo|disponible|arrivee|attend)\b`),
		reHome:            regexp.MustCompile(`\b(?:j habite|je vis|je reside|on habite|nous habitons|domicilie|domiciliee|i live)(?: [a-z]+){0,4}? (?:a|au|en|sur|in) ([a-z][a-z-]{2,})\b`),
		reTownAsked:       regexp.MustCompile(`\b(?:a|au|mairie de|mairie d|in) ([a-z][a-z-]{2,})\b`),
		reValidYears:      regexp.MustCompile(`\b(?:valable|valables|valide|valides|dure|durera|vaut) (?:pendant )?(\d{1,2}) ans\b|\b(\d{1,2}) ans de validite\b|\bvalid for (\d{1,2}) years\b|\b(\d{1,2}) ans comme (?:l ancienne|l ancien|avant|la mienne|l autre|la precedente|les anciennes)\b`),
		reExpiresIn:       regexp.MustCompile(`\b(?:expire|expirera|va expirer|perime|sera perimee|finit|se termine|arrive a expiration|arrive a echeance|expires|will expire|vervalt|verloopt)(?: [a-z]+)? (?:dans|in|over) (\d{1,2}|un|une|deux|trois|quatre|cinq|six|one|two|three|four|five|een|twee|drie|vier|vijf|zes) (jours?|semaines?|mois|ans?|days?|weeks?|months?|years?|dagen|dag|weken|week|maanden|maand|jaar)\b`),
		reScoreOf:         regexp.MustCompile(`\b(\d{1,3}) ?(?:bonnes reponses|reponses justes|bonnes|points|pts|good answers|right answers|correct answers|points)? ?(?:sur|/|out of|op) ?(\d{1,3})\b`),
		reScoreGot:        regexp.MustCompile(`\b(?:eu|obtenu|fait|got|scored|score de|note de) (\d{1,2})\b`),
		reLater:           regexp.MustCompile(`\b(?:l annee prochaine|next year|volgend jaar)\b|\b(?:dans|in|over|attends encore|attend encore|attendre encore|wait another|wait) (\d{1,2}|un|une|deux|trois|one|two|three|een|twee|drie|a) (?:ans?|years?|jaar)\b`),
		reToCome:          regexp.MustCompile(`\b(?:dans|in|over) (\d{1,3}|[a-z]+) (jours?|semaines?|mois|days?|weeks?|months?|dagen|weken|maanden)\b`),
		reSinceYear:       regexp.MustCompile(`\b(?:depuis|since|sinds) (?:l an |l annee |the year )?(19[4-9]\d|20[0-4]\d)\b`),
		reAgo:             regexp.MustCompile(`\b(?:il y a|y a|ca fait|cela fait|ca faisait|cela faisait|depuis)(?: seulement| que| juste)? (\d{1,3}|un|une|deux|trois|quatre|cinq|six) (jours?|semaines?)\b|\b(\d{1,3}|a|one|two|three|four|five|six|een|twee|drie|vier) (days?|weeks?|dagen|dag|weken|week) (?:ago|geleden|oud|old)\b|\b(?:au bout d un|au bout d une|au bout de|apres) (\d{1,3}|un|une|deux|trois|quatre|cinq|six) (jours?|semaines?|mois)\b|\b(?:after|na) (\d{1,3}|a|one|two|three|four|five|six|een|twee|drie|vier) (days?|weeks?|months?|dagen|dag|weken|week|maand|maanden)\b`),
	}
})

// whenClauseOfYesNo reports whether an English or Dutch question that opens with an auxiliary
// ("can", "is", "kan") has its "when" ("wanneer") later, in a clause of time: the question asks
// yes or no.
func whenClauseOfYesNo(q string, toks []string) bool {
	words := toks
	if q != "" {
		words = tokens(strings.ReplaceAll(knowledge.Normalize(q), "'", " "))
	}
	if len(words) < 3 || !auxiliariesFirst[words[0]] {
		return false
	}
	i := slices.IndexFunc(words, func(w string) bool { return w == "when" || w == "wanneer" })
	return i > 1
}

// AgeTold reports whether the message tells age as someone's age ("j'ai 16 ans", "mon fils
// de 16 ans"), not a number of years that could be a duration ("un master en 2 ans").
func AgeTold(norm string, age int) bool {
	for _, m := range pat().reAgeTold.FindAllStringSubmatch(" "+norm, -1) {
		if n, err := strconv.Atoi(m[1]); err == nil && n == age {
			return true
		}
	}
	return false
}

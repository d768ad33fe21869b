// Package knowledge holds what Guichet knows about the procedures it covers: the identity card,
// France Identité's certified digital identity, the Brussels digital key and the routes to French
// nationality, each fact with the sources it comes from.
//
// The knowledge base is written by people as YAML files under data/ and embedded in the binary.
// Everything an answer states (an amount, a duration, a date, a document, a phone number, a URL)
// comes from here or from a rule in package rules that reads it; nothing here knows about chats,
// networks or storage.
package knowledge

import (
	"encoding/json"
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"
)

// Lang is a language an answer can be written in.
type Lang string

// The languages the knowledge base may carry text in. French is always present.
const (
	FR Lang = "fr"
	EN Lang = "en"
	NL Lang = "nl"
)

// Text is a piece of text in one or more languages. In YAML it is either a plain string
// (French) or a mapping from language to string.
type Text map[Lang]string

// UnmarshalYAML accepts a plain string as French text.
func (t *Text) UnmarshalYAML(n *yaml.Node) error {
	if n.Kind == yaml.ScalarNode {
		*t = Text{FR: n.Value}
		return nil
	}
	var m map[Lang]string
	if err := n.Decode(&m); err != nil {
		return err
	}
	*t = m
	return nil
}

// In returns the text in lang and true, or the French text and false when lang is missing,
// so that callers can tell the reader the answer falls back to French.
func (t Text) In(lang Lang) (string, bool) {
	if s, ok := t[lang]; ok && s != "" {
		return s, true
	}
	return t[FR], lang == FR
}

// String returns the French text.
func (t Text) String() string { return t[FR] }

// Date is a calendar day, written YYYY-MM-DD in the knowledge base, or a month (YYYY-MM) for a
// document dated only by its month, such as a flyer; then MonthOnly is set and Time is the 1st.
type Date struct {
	time.Time
	MonthOnly bool
}

// ParseDate reads a YYYY-MM-DD day or a YYYY-MM month.
func ParseDate(s string) (Date, error) {
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return Date{Time: t}, nil
	}
	if t, err := time.Parse("2006-01", s); err == nil {
		return Date{Time: t, MonthOnly: true}, nil
	}
	return Date{}, fmt.Errorf("date %q: want YYYY-MM-DD (or YYYY-MM for a document dated by its month)", s)
}

// MustDate is ParseDate for constants in tests and tables; it panics on a malformed day.
func MustDate(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// UnmarshalYAML parses YYYY-MM-DD.
func (d *Date) UnmarshalYAML(n *yaml.Node) error {
	p, err := ParseDate(n.Value)
	if err != nil {
		return atLine(n, err)
	}
	*d = p
	return nil
}

// MarshalJSON writes YYYY-MM-DD, or null for the zero day.
func (d Date) MarshalJSON() ([]byte, error) {
	if d.IsZero() {
		return []byte("null"), nil
	}
	if d.MonthOnly {
		return []byte(`"` + d.Format("2006-01") + `"`), nil
	}
	return []byte(`"` + d.Format(time.DateOnly) + `"`), nil
}

// UnmarshalJSON reads what MarshalJSON writes.
func (d *Date) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*d = Date{}
		return nil
	}
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("date: %w", err)
	}
	p, err := ParseDate(s)
	if err != nil {
		return err
	}
	*d = p
	return nil
}

// Source is a document a fact comes from: a national reference page or a municipal page or flyer.
type Source struct {
	ID        string `yaml:"id" json:"id"`
	Publisher string `yaml:"publisher" json:"publisher"`
	Title     string `yaml:"title" json:"title"`
	URL       string `yaml:"url,omitempty" json:"url,omitempty"`
	// Scope is "national" for the reference of a state, "local" for a commune's own page, "press"
	// for a news article, cited only for what the official page leaves unsaid (why or since
	// when a rule changed).
	Scope string `yaml:"scope" json:"scope"`
	// Published is the date the document shows (published, updated or "vérifié le").
	Published *Date `yaml:"published,omitempty" json:"published,omitempty"`
	// Checked is the day Guichet's maintainers last compared the knowledge base with it.
	Checked Date `yaml:"checked" json:"checked"`
	// Note says what to know about this source, such as the rule it still states after a change.
	Note string `yaml:"note,omitempty" json:"note,omitempty"`
	// Situations are the kinds of request and the holders the page is written for ("loss",
	// "adult": the page on a lost adult card), empty for a page on every situation: an answer on a
	// loss does not cite the page on a first request.
	Situations []string `yaml:"situations,omitempty" json:"situations,omitempty"`
}

// SourcesFor returns, of ids, the sources written for a situation of that kind of request and
// holder (either may be unknown, ""), or for every situation; all of ids when none is.
func (b *Base) SourcesFor(ids []string, app Application, holder Holder) []string {
	if app == "" && holder == "" {
		return ids // every source is for an unknown situation
	}
	var out []string
	for _, id := range ids {
		if b.Sources[id].For(app, holder) {
			out = append(out, id)
		}
	}
	if len(out) == 0 {
		return ids
	}
	return out
}

// For reports whether the source is written for that kind of request and holder: each kind of
// tag it has (requests, holders) names the one given, or the one given is unknown.
func (s Source) For(app Application, holder Holder) bool {
	var apps, holders []string
	for _, t := range s.Situations {
		switch t {
		case string(FirstApplication), string(Renewal), string(Loss), string(Theft):
			apps = append(apps, t)
		default:
			holders = append(holders, t)
		}
	}
	return (len(apps) == 0 || app == "" || slices.Contains(apps, string(app))) &&
		(len(holders) == 0 || holder == "" || slices.Contains(holders, string(holder)))
}

// Label is the short way an answer names the source, with the most meaningful date.
func (s Source) Label() string {
	var b strings.Builder
	b.WriteString(s.Publisher)
	if s.Title != "" {
		b.WriteString(", « " + s.Title + " »")
	}
	return b.String()
}

// Jurisdiction is where a procedure applies.
type Jurisdiction struct {
	Country string `yaml:"country" json:"country"`
	Region  string `yaml:"region,omitempty" json:"region,omitempty"`
	Commune string `yaml:"commune,omitempty" json:"commune,omitempty"`
}

// Differs records a source that states something else than the rule the knowledge base holds,
// so that an answer can say which one it follows and why.
type Differs struct {
	Source string `yaml:"source"`
	Says   Text   `yaml:"says"`
	// Years, for a rule of validity, is the number of years the source gives to each kind of
	// holder, so that the note is shown only where it changes the answer (a commune that gives
	// 15 years to adults agrees on a card of 2020, not on one of 2022).
	Years map[Holder]int `yaml:"years,omitempty"`
}

// Fact is one statement an answer may make, with its sources. Items, when present, are the
// elements of a list the fact introduces (accepted proofs of address, photo rules...).
type Fact struct {
	ID      string    `yaml:"id"`
	Text    Text      `yaml:"text"`
	Items   []Item    `yaml:"items,omitempty"`
	URL     string    `yaml:"url,omitempty"`
	Sources []string  `yaml:"sources"`
	Differs []Differs `yaml:"differs,omitempty"`
	// Reviewed is the day the fact was last compared with its sources.
	Reviewed Date `yaml:"reviewed"`
	// Verdict is the yes/no ("yes" or "no") this fact gives to the yes/no question it answers
	// ("La mairie de Mus fait-elle les cartes ?"), so that the answer can start with it.
	Verdict string `yaml:"verdict,omitempty"`
	// Answers are the yes or no the fact gives to the other yes/no questions it settles, each
	// with the phrases that ask it: cni.protected answers "peut-il la faire tout seul ?" (yes) and
	// "il faut l'autorisation du curateur ?" (no).
	Answers []Answer `yaml:"answers,omitempty"`
	// Free, when set, says whether what the fact describes is free ("c'est gratuit ?").
	Free *bool `yaml:"free,omitempty"`
	// MaxAgeMonths, when set, is how old (in months) what the fact describes may be: a photo of
	// less than 6 months, a proof of address of less than 12. It must be strictly less.
	MaxAgeMonths int `yaml:"max_age_months,omitempty"`
	// MaxDays, when set, is how many days what the fact describes may wait before it is used: an
	// activation code sent on day 0 still works on day 14, not on day 15.
	MaxDays int `yaml:"max_days,omitempty"`
	// Until, when set, is the last day what the fact describes holds: old-model cards stop
	// being valid on 3 August 2031 whatever their French validity, so the fact is added to the
	// answer for a card valid beyond that day.
	Until *Date `yaml:"until,omitempty"`
	// Level, when set, is the least language level (CEFR, such as B2) the fact requires, so that
	// "le B1 suffit ?" gets its yes or no.
	Level string `yaml:"level,omitempty"`
	// LevelFrom, when set, is the day Level applies from: a file completed before it keeps
	// LevelBefore ("mon dossier était complet en novembre 2025, le B1 suffit ?": yes).
	LevelFrom   *Date  `yaml:"level_from,omitempty"`
	LevelBefore string `yaml:"level_before,omitempty"`
	// PassMark, when set, is the least score of Questions that passes the exam the fact
	// describes, so that "j'ai eu 30 sur 40, c'est réussi ?" gets its yes or no.
	PassMark  int `yaml:"pass_mark,omitempty"`
	Questions int `yaml:"questions,omitempty"`
	// MinAge and MinYears, when set, are the age above which and the years of residence from
	// which the rule the fact states applies ("réfugié, 74 ans, en France depuis 20 ans"), so
	// that its verdict is computed, not read in words.
	MinAge   int `yaml:"min_age,omitempty"`
	MinYears int `yaml:"min_years,omitempty"`
	// AloneFrom, when set, is the age from which a person does what the fact describes alone,
	// without a parent ("ma fille de 14 ans peut demander seule son certificat ?": no, 16).
	AloneFrom int `yaml:"alone_from,omitempty"`
	// Travel, when set, says what the identity card does for a journey to the countries the
	// fact's items name (TravelCardEnough, TravelConditional, TravelPassport), so that "ma carte
	// suffit pour New York ?" gets its verdict from the list that names the country. Its items
	// name places, no document or use of the topic's.
	Travel string `yaml:"travel,omitempty"`
	// Papers are the phrases, written normalised, that name the paper of a file the fact is
	// about ("traduction", "casier judiciaire"), so that a question on that one paper gets this
	// fact rather than the file's whole list.
	Papers []string `yaml:"papers,omitempty"`
	// Situation, when set, is the situation (as the parse names it, such as "refugee") without
	// which the fact's papers do not lead to it: the Ofpra's acts are a refugee's.
	Situation string `yaml:"situation,omitempty"`
}

// What a valid identity card does for a journey, for Fact.Travel.
const (
	TravelCardEnough  = "card-enough" // the card is enough
	TravelConditional = "conditional" // accepted on the country's conditions
	TravelPassport    = "passport"    // a passport is needed
)

// Answer is the yes or no of one yes/no question a fact settles.
type Answer struct {
	// Asks are the phrases, written normalised, that ask the question in the sentence that asks
	// ("tout seul", "toute seule", "recevable").
	Asks []string `yaml:"asks"`
	// Verdict is "yes" or "no".
	Verdict string `yaml:"verdict"`
	// Context says the phrases name the situation the question is asked in (a route: "par
	// mariage") rather than what it asks: they count anywhere in the message, the story told
	// before the question too ("Je fais la demande par mariage. Je dois passer l'examen
	// civique ?"), once a phrase of the same fact is in the sentence that asks.
	Context bool `yaml:"context,omitempty"`
}

// Item is an element of a fact's list. In YAML it is a text (a string, or a mapping of languages),
// or a mapping with the text and match: the phrases, written normalised, that name the item in a
// question, so that "ma facture de portable est acceptée ?" finds it.
type Item struct {
	Text  Text
	Match []string
	// Holders are the holders the item is about, when it concerns only some ("un mineur vient au
	// dépôt avec le parent"): staff see the items of the person at the counter.
	Holders []Holder `json:",omitempty"`
	// InPerson marks a way that needs going somewhere in person (a counter's code), so that a
	// question asked "sans me déplacer" knows it is not one.
	InPerson bool `json:",omitempty"`
	// Received marks what the applicant is given rather than does (a code sent by post, a link by
	// e-mail): "je dois cliquer sur le lien ?" gets yes said as what happens, not as a step.
	Received bool `json:",omitempty"`
	// Bring marks the item that says what to bring to a counter ("avec sa carte, son téléphone et
	// le QR code"): "je dois ramener quoi ? juste mon téléphone ?" is answered by it.
	Bring bool `json:",omitempty"`
}

// UnmarshalYAML reads an item written as a text, or as a mapping with text, match and holders.
func (it *Item) UnmarshalYAML(n *yaml.Node) error {
	if n.Kind == yaml.MappingNode {
		for i := 0; i+1 < len(n.Content); i += 2 {
			if n.Content[i].Value == "text" {
				var v struct {
					Text     Text     `yaml:"text"`
					Match    []string `yaml:"match"`
					Holders  []Holder `yaml:"holders"`
					InPerson bool     `yaml:"in_person"`
					Received bool     `yaml:"received"`
					Bring    bool     `yaml:"bring"`
				}
				if err := n.Decode(&v); err != nil {
					return err
				}
				it.Text, it.Match, it.Holders, it.InPerson, it.Received, it.Bring = v.Text, v.Match, v.Holders, v.InPerson, v.Received, v.Bring
				return nil
			}
		}
	}
	return n.Decode(&it.Text)
}

// CEFRRank orders the levels of the Common European Framework of Reference for languages: A1 is
// 1, C2 is 6, anything else 0.
func CEFRRank(level string) int {
	switch strings.ToUpper(level) {
	case "A1":
		return 1
	case "A2":
		return 2
	case "B1":
		return 3
	case "B2":
		return 4
	case "C1":
		return 5
	case "C2":
		return 6
	}
	return 0
}

// Procedure is one administrative procedure Guichet covers, with its general facts. Typed rule
// data (fees, validity, checklists, tariffs...) lives beside it in the Base.
type Procedure struct {
	ID           string       `yaml:"id"`
	Topic        Topic        `yaml:"topic"`
	Title        Text         `yaml:"title"`
	Summary      Text         `yaml:"summary"`
	Jurisdiction Jurisdiction `yaml:"jurisdiction"`
	Reviewed     Date         `yaml:"reviewed"`
	Keywords     []string     `yaml:"keywords,omitempty"`
	Sources      []string     `yaml:"sources"`
	Facts        []Fact       `yaml:"facts,omitempty"`
}

// Questions are messages people write, labelled with what they ask, so that Guichet learns to
// recognise the question in words it has never seen. They live in the topic's file, next to the
// facts they lead to; a maintainer who sees a question misread adds it here.
type Questions struct {
	// Label is a topic's facet ("cni.fee", "cle-numerique.validity"), OutOfScopeLabel or
	// FraudLabel.
	Label    string   `yaml:"label"`
	Examples []string `yaml:"examples"`
	// File and Line locate the entry, for messages.
	File string `yaml:"-"`
	Line int    `yaml:"-"`
}

// Words are words and phrases, written normalised (lower case, no accents), and the concepts they
// mean: a topic, a kind of request, who the card is for, a flag such as "oui"... (langage.yaml
// lists the concepts). A word ending in * matches any word starting with it.
type Words struct {
	Means   []string `yaml:"means"`
	Phrases []string `yaml:"phrases"`
}

// Form is a kind of question (yes_no, how_much, when…) and the words that show it.
type Form struct {
	Form string   `yaml:"form"`
	Cues []string `yaml:"cues"`
}

// Language is what reading a message needs whatever its topic.
type Language struct {
	// Stopwords never carry a concept alone and are never spell-corrected.
	Stopwords []string `yaml:"stopwords"`
	// SMS rewrites SMS spellings and abbreviations into words before reading.
	SMS map[string]string `yaml:"sms"`
	// Markers are words that tell the language of a message.
	Markers map[Lang][]string `yaml:"markers"`
	// Cues are the phrases, by name, that say which way round a yes/no question is asked ("elle
	// est périmée ?" asks whether the card is not valid) or that state a fact in passing, for
	// the verdicts to read; normalised, a phrase ending in * matches any word starting with it.
	Cues map[string][]string `yaml:"cues"`
	// Aliases are other names of a thing ("cni" for "carte d identite"): a phrase of an item's
	// match or an answer's asks that holds the name also matches with each alias in its place,
	// so that "une copie de ma cni" finds the item written "copie de ma carte d identite"
	// without every phrase being written once per name.
	Aliases map[string][]string `yaml:"aliases"`
	// Positive turns a question asked in the negative into the one it asks ("je n ai pas besoin de
	// venir, si ?" asks "j ai besoin de venir ?"): its verdict is whether the thing is needed, the
	// French "oui" of a need becoming "si", the word that contradicts a negative.
	Positive map[string]string `yaml:"positive"`
}

// The cues the verdicts read (Language.Cues): a knowledge base gives phrases for each.
const (
	// CueValid and CueInvalid are the predicates of a question on a card's validity: "encore
	// valable ?" asks whether it is valid, "périmée ?", "je dois la faire corriger ?" whether not.
	CueValid   = "valid"
	CueInvalid = "invalid"
	// CueWithout asks leave to do without something ("même sans la déclaration ?"), and so does
	// CueAnyway ("quand même ?") unless CueObliged asks whether it is still needed ("je dois
	// quand même…").
	CueWithout = "without"
	CueAnyway  = "anyway"
	CueObliged = "obliged"
	// CueAllowed asks leave rather than duty ("c'est possible ?", "j'ai le droit ?", "can I"): of
	// something one may choose, the answer is yes, where asked as a duty it is no.
	CueAllowed = "allowed"
	// CueStamp names the tax stamp, whose own validity a person may ask about ("le timbre acheté
	// il y a 8 mois, il est encore valable ?").
	CueStamp = "stamp"
	// CueHostingLetter names the host's statement that someone lives with them, CueNotLivingHere
	// says that someone does not: together, a statement that would be false ("il n'habite pas
	// chez moi, je peux lui faire une attestation d'hébergement ?").
	CueHostingLetter = "hosting_letter"
	CueNotLivingHere = "not_living_here"
	// CueRisk asks what a lie costs ("qu'est-ce que je risque ?", "la sanction"): a question on
	// the penalty, not a request for help with the lie.
	CueRisk = "risk"
	// CueElsewhere names another town hall than the one spoken of ("chez nous", "à la mairie de
	// Valenciennes", "une autre mairie"): with CuePickup, whether a card is collected elsewhere.
	CueElsewhere = "elsewhere"
	// CueWhatToAnswer is a counter agent's "je lui réponds quoi ?" after the question a person
	// asked them: the question is that person's, told before.
	CueWhatToAnswer = "what_to_answer"
	// CueHandIn is handing a file in ("déposer son dossier", "enregistrer sa demande"): with
	// CueCounter in one clause, whether the town hall takes it.
	CueHandIn = "hand_in"
	// CuePartnership names a PACS, whose partner's name, unlike a spouse's, cannot be a usage
	// name.
	CuePartnership = "partnership"
	// CueAnswerWait speaks of the answer to an application ("ils ont combien de temps pour me
	// répondre ?"): with a duration asked, how long the administration takes.
	CueAnswerWait = "answer_wait"
	// CueCivic names the civic exam of naturalisation.
	CueCivic = "civic"
	// CueFrenchNational says the person is French, or becomes it ("naturalisée", "double
	// nationalité"): a foreign nationality told with it does not bar the identity card.
	CueFrenchNational = "french_national"
	// CueSame and CueChanged ask whether a new fact changes the last answer ("c'est pareil ?",
	// "ça change quelque chose ?").
	CueSame    = "same"
	CueChanged = "changed"
	// CueMarried says the person is married, rather than comparing a partnership with a marriage.
	CueMarried = "married"
	// CuePickup speaks of collecting the card, not of applying ("pour la récupérer").
	CuePickup = "pickup"
	// CueTooLate asks whether a card waiting at the town hall is gone ("elle va être détruite ?",
	// "c'est trop tard ?"); CueStill whether it is still there ("elle existe encore ?").
	CueTooLate = "too_late"
	CueStill   = "still"
	// CueSequel begins a sequel of the message before ("et à Uccle ?", "du coup…"), after any of
	// CueFiller's interjections; CueCorrection's phrases begin one too ("ah non, je me suis
	// trompée"), so that a correction is listed once.
	CueSequel = "sequel"
	CueFiller = "filler"
	// CueFound says a card lost or stolen was found again ("je viens de la retrouver").
	CueFound = "found"
	// CueCounter names the town hall's counter as a place ("à la mairie"), CuePolice the police
	// or the gendarmerie: where a loss or a theft is declared.
	CueCounter = "counter"
	CuePolice  = "police"
	// CueUse are the verbs of using a document ("prendre", "utiliser"), one word each: someone
	// else's card used is a fraud.
	CueUse = "use"
	// CueMandatory asks whether something is compulsory ("c'est obligatoire ?").
	CueMandatory = "mandatory"
	// CueConsent asks about someone's agreement ("il doit être d'accord ?").
	CueConsent = "consent"
	// CueReplace asks whether something may stand for a document ("peut remplacer l'acte ?"),
	// CueLacking says something is missing ("pas de", "sans").
	CueReplace = "replace"
	CueLacking = "lacking"
	// CuePrice are the words of a price, one word each ("coûte", "prix"): with "combien", the
	// price is the question, whatever story comes before it.
	CuePrice = "price"
	// CueHostPiece names what a hosted person brings from the host: the host's letter, ID or
	// proof of address.
	CueHostPiece = "host_piece"
	// CueFree and CuePaid ask whether something is free or paid ("c'est gratuit ?", "c'est
	// payant ?"), one word each.
	CueFree = "free"
	CuePaid = "paid"
	// CueAlone says someone would act alone ("il peut y aller tout seul ?").
	CueAlone = "alone"
	// CueTravel speaks of a journey ("voyager", "prendre l'avion").
	CueTravel = "travel"
	// CueDual speaks of keeping two nationalities, CueRenounce of giving one up ("je dois renoncer
	// à ma nationalité algérienne ?").
	CueDual     = "dual"
	CueRenounce = "renounce"
	CueKeep     = "keep"
	// CueExpiring says a card expires soon, CueEarly asks whether something can be done ahead
	// ("elle expire dans 3 mois, je peux déjà la refaire ?").
	CueExpiring = "expiring"
	CueEarly    = "early"
	// CueFamilyBook names the family record book; CueGuardian the guardian of a protected adult.
	CueFamilyBook = "family_book"
	CueGuardian   = "guardian"
	// CueIndirect opens an indirect question ("je voulais savoir si…"), whose clause is the one
	// asked when the message has no question mark.
	CueIndirect = "indirect"
	// CueTooOld asks a document's age the other way round ("c'est trop vieux ?"): a yes means
	// it is refused.
	CueTooOld = "too_old"
	// CueCopy speaks of a copy or an original of a document ("une photocopie", "l'original",
	// "scanné"): a question on the form a document is brought in, not on the document.
	CueCopy = "copy"
	// CueAsProof offers a document as a proof ("comme justificatif de domicile"): a document of
	// another subject (a Caf statement, a tax notice) named that way is one of Guichet's
	// questions.
	CueAsProof = "as_proof"
	// CueNewCard speaks of the card to come, not the one held ("et la nouvelle, elle sera
	// valable combien de temps ?").
	CueNewCard = "new_card"
	// CueFiled dates the file of a request ("mon dossier était complet en novembre 2025", "j'ai
	// déposé ma demande en 2025"), not something else (a diploma obtained in 2023).
	CueFiled = "filed"
	// CueActivate speaks of activating the digital identity ("l'activer au retrait de ma
	// carte"), which is done when a new card is collected.
	CueActivate = "activate"
	// CueExitPermit names the exit authorisation of a minor travelling without a parent ("une
	// autorisation de sortie du territoire").
	CueExitPermit = "exit_permit"
	// CueCertify speaks of the certification of the digital identity, not of the app alone.
	CueCertify = "certify"
	// CueDeclared says the loss or theft was declared already ("après ma déclaration de vol"):
	// the card is cancelled for good.
	CueDeclared = "declared"
	// CueApp names the France Identité app itself, free, rather than its certification, or its
	// installing ("il peut installer France Identité ?").
	CueApp = "app"
	// CueToTheEnd asks about a card's whole validity ("je pourrai voyager avec jusqu'à cette
	// date ?"), which a limit before its end cuts short.
	CueToTheEnd = "to_the_end"
	// CueEnough asks whether one document is enough on its own ("ma vieille carte suffit à elle
	// seule ?"): no, when the checklist asks for others.
	CueEnough = "enough"
	// CueWait asks whether a duration must pass or applies ("je dois attendre 5 ans ?", "la
	// condition des 5 ans s'applique ?"): a yes means the person must wait. With CueWithout
	// ("sans attendre 5 ans ?") it asks leave not to.
	CueWait = "wait"
	// CueDuration names a duration required ("une durée minimale", "un stage"): asked about a
	// route with none, the answer is no.
	CueDuration = "duration"
	// CueRemote asks whether something is done without going anywhere ("sans se déplacer",
	// "depuis mon téléphone"); CueSkip whether a step may be left out ("directement en mairie",
	// "sans installer l'appli").
	CueRemote = "remote"
	CueSkip   = "skip"
	// CueDirect is "directement" alone: a step left out ("je peux aller directement en
	// mairie ?"), unless the question names the town hall it asks about ("certifier directement
	// à l'hôtel de ville de Valenciennes ?"), which asks whether that one does it.
	CueDirect = "direct"
	// CueOwnTown names the town hall of one's own commune ("ma mairie", "où j'habite").
	CueOwnTown = "own_town"
	// CueScam asks whether something is a scam ("c'est pas une arnaque ?").
	CueScam = "scam"
	// CueLive speaks of living somewhere ("habiter", "wonen"): with CueObliged, whether one
	// must live in a commune to be served there.
	CueLive = "live"
	// CueAgeLimit asks how old a document may be ("il doit dater de moins de combien ?").
	CueAgeLimit = "age_limit"
	// CueWhichCommune asks which of the Brussels communes ("dans quelles communes…", "c'est
	// laquelle ?"): a question on all of them, which no commune of the person's settles.
	CueWhichCommune = "which_commune"
	// CueFoundOther says the person found someone else's card ("j'ai trouvé une carte d'identité
	// par terre"): what to do with it, not a request of their own.
	CueFoundOther = "found_other"
	// CueSelfAsParent asks about the parent's own papers in a child's file ("moi, en tant que
	// maman, je dois amener quoi ?").
	CueSelfAsParent = "self_as_parent"
	// CueIdentityTheft tells of someone using the person's name or papers ("un crédit à mon nom
	// que je n'ai jamais demandé").
	CueIdentityTheft = "identity_theft"
	// CueHaveCard says the person still holds the card ("je l'ai sur moi", "je l'ai encore").
	CueHaveCard = "have_card"
	// CueWhichOne asks which one of several ("c'est laquelle ?"); CueCommuneWord names a commune
	// as such ("une commune", "welke gemeente"): together, a question on all the communes.
	CueWhichOne    = "which_one"
	CueCommuneWord = "commune_word"
	// CueGrounds opens the clause that gives a question's grounds ("… maintenant que j'ai la
	// nouvelle carte"): what the person has, not what they ask.
	CueGrounds = "grounds"
	// CueMoved says the person moved house ("j'ai déménagé", "ma nouvelle adresse"); CueBreach
	// asks whether something breaks a rule ("je suis en infraction ?").
	CueMoved  = "moved"
	CueBreach = "breach"
	// CueOtherParent names a child's other parent ("son père", "l'autre parent").
	CueOtherParent = "other_parent"
	// CueParentAsked names a parent as the subject of a question ("le père doit être présent ?",
	// "les deux parents doivent venir ?"): in the sentence that asks, one who need not come
	// with the one who applies.
	CueParentAsked = "parent_asked"
	// CueExtraPaper asks whether a situation adds a document ("il faut un papier en plus ?").
	CueExtraPaper = "extra_paper"
	// CueBook asks whether an appointment must be made ("faut prendre rdv ?"), not whether
	// someone comes to one.
	CueBook = "book"
	// CueNFCNamed names the phone's contactless reading ("le NFC", "sans contact").
	CueNFCNamed = "nfc_named"
	// CueCardExpired says the identity card has expired, or asks of the time after its expiry
	// ("ma carte a expiré", "après l'expiration").
	CueCardExpired = "card_expired"
	// CueAfter asks of the time after something ("après", "ensuite").
	CueAfter = "after"
	// CueProveNationality asks how French nationality is proven ("comment je prouve que je suis
	// français ?").
	CueProveNationality = "prove_nationality"
	// CueParentBornHere says a parent was also born in France ("ma mère est elle-même née à
	// Roubaix", "je suis moi-même né en France").
	CueParentBornHere = "parent_born_here"
	// CueActAs names what the writer would do with someone else's codes ("me connecter", "gérer
	// ses impôts", "in zijn naam"); CueOwnCredentials the writer's own codes ("ma clé
	// numérique", "my login"); CueAsMe acting under the writer's identity ("as me", "en mon
	// nom").
	CueActAs          = "act_as"
	CueOwnCredentials = "own_credentials"
	CueAsMe           = "as_me"
	// CueProveIt asks how to prove what the message tells ("comment je le prouve ?").
	CueProveIt = "prove_it"
	// CueTownHallNamed names a given town hall ("la mairie de Roubaix").
	CueTownHallNamed = "town_hall_named"
	// CueTimePassed, before a duration, makes it time passed or to come ("il y a 3 semaines",
	// "depuis 10 jours", "dans 2 semaines"), CueTimePassedAfter after it ("3 days ago"): the
	// situation's, not a quantity the question claims. CueAtMost and CueAtLeast make a claimed
	// quantity a bound ("moins de 3 jours", "au moins 48h").
	CueTimePassed      = "time_passed"
	CueTimePassedAfter = "time_passed_after"
	CueAtMost          = "at_most"
	CueAtLeast         = "at_least"
	// CueClockTime, before a number of hours, makes it a time of day ("à 17h", "jusqu'à 18h").
	CueClockTime = "clock_time"
	// CueOwnMeans names means of the writer's own to log in ("moi j'ai ma clé", "avec itsme"):
	// beside someone else's codes, the writer's own way, not theirs.
	CueOwnMeans = "own_means"
	// CueAutomatic asks whether something comes by itself ("automatiquement", "d'office", "le
	// jour du mariage"); CueProcedure whether something must be done ("une démarche à faire ?"):
	// asked of a nationality that comes by itself, the first gets a yes, the second a no.
	CueAutomatic = "automatic"
	CueProcedure = "procedure"
	// CueReferBack is a pronoun standing for what the conversation spoke of ("elle devra les
	// donner ?", "does she need them?"): with a new person, the question in progress for them.
	CueReferBack = "refer_back"
	// CueShorter asks whether a wait is shorter than the usual one ("plus court", "plus
	// rapide"): a long resident's decision comes sooner.
	CueShorter = "shorter"
	// CueOwnParent names a parent or grandparent of the one who writes ("ma mère", "my
	// grandfather"), and CueFrenchDescendant says that the writer, or a descendant, is French
	// ("moi je suis française", "ses petits-enfants sont français"): together, the parent of a
	// French person, who may declare as one.
	CueOwnParent        = "own_parent"
	CueFrenchDescendant = "french_descendant"
	// CueOwnSibling names a brother or sister of the one who writes ("ma petite sœur", "my
	// brother"), and CueFrenchSibling says how they became French as the route by declaration
	// for siblings requires ("né en France", "devenu français"): together, the brother or sister
	// of a French person.
	CueOwnSibling    = "own_sibling"
	CueFrenchSibling = "french_sibling"
	// CueSiblingRoute names the route for siblings itself ("la déclaration frère/sœur", "comme
	// sœur de Française").
	CueSiblingRoute = "sibling_route"
	// CueOwnBirthHere is the writer's own birth in France ("je suis née ici"), which a sibling's
	// birth told beside it does not replace.
	CueOwnBirthHere = "own_birth_here"
	// CueForgeChange names changing what a card says ("changer la date"), and CueForgeMeans a
	// hand's way of doing it ("au blanco", "au feutre", "à l'imprimante"): the one followed by
	// the other is a forgery. CueBuy followed by CueBoughtPaper ("acheter une carte d'identité",
	// "me vend une attestation B2") is a bought paper, which an honest one never is.
	// CueLoginAs is using someone else's account in their place ("me connecter à sa place").
	CueForgeChange = "forge_change"
	CueForgeMeans  = "forge_means"
	CueBuy         = "buy"
	CueBoughtPaper = "bought_paper"
	CueLoginAs     = "login_as"
	// CuePastTold tells that something was received or done ("on m'a donné", "j'ai reçu",
	// "gekregen"): a day and month without a year told with it is the last one, not the next,
	// and how long ago it was is compared with the limits (a link's 14 days).
	CuePastTold = "past_told"
	// CueWantCard asks for a card ("demander", "avoir", "get"), and CueNewCardNamed names the
	// new card: the one right after the other is the card wanted, not the format of the card
	// held ("elle peut demander une nouvelle carte ?" of a 2013 card).
	CueWantCard     = "want_card"
	CueNewCardNamed = "new_card_named"
	// CueFormatNamed names the new format itself ("format carte bancaire", "avec puce"), which
	// is the card held whatever is wanted.
	CueFormatNamed = "format_named"
	// CueNationalityHolder is a person named or the writer ("un monsieur", "une dame", "je
	// suis"), and CueForeignNationality a nationality other than French ("marocain",
	// "italienne"): the one right before the other is a foreign national, for whom the identity
	// card and France Identité are not.
	CueNationalityHolder  = "nationality_holder"
	CueForeignNationality = "foreign_nationality"
	// CueBecameFrench tells a nationality acquired already ("j'ai été naturalisé", "je suis
	// devenue française"): beside the identity card, the card is the question, not the way to
	// nationality.
	CueBecameFrench = "became_french"
	// CueTheftOutcome is what an identity thief gets in someone's name ("un crédit que je n'ai
	// jamais fait", "a loan"): with "ils ont utilisé une copie de ma carte", the writer is the
	// victim.
	CueTheftOutcome = "theft_outcome"
	// CueOnPhone puts something on a phone ("sur mon téléphone", "on my phone"): the identity
	// card there is France Identité's.
	CueOnPhone = "on_phone"
	// CueCardWord names the identity card held ("ma carte", "sa carte d'identité"): followed by
	// CueOnPhone, the card put on a phone, which is France Identité.
	CueCardWord = "card_word"
	// CueFrenchOther tells that a child in the message is French ("mon fils est français", "is
	// French through his dad"): the writer's own nationality does not decide whose card is asked
	// (a French spouse does not make the writer's question another's).
	CueFrenchOther = "french_other"
	// CueOtherHolder names someone else whose card it is ("de ma sœur", "of my brother"),
	// CueInApp the app or phone a card is put in ("dans France Identité", "sur mon téléphone")
	// and CueResemblance a likeness ("il me ressemble"): another's card put in one's app, or
	// shown because its holder looks alike, is a deceit.
	CueOtherHolder = "other_holder"
	CueInApp       = "in_app"
	CueResemblance = "resemblance"
	// CueControl is a check of identity ("me contrôlent", "un contrôle"): with CuePolice, a
	// police check, where France Identité may be shown.
	CueControl = "control"
	// CueSinceBirth tells a life in France since birth ("depuis toujours", "depuis ma
	// naissance"): the age of coming to France is 0.
	CueSinceBirth = "since_birth"
	// CueBaby names a baby ("bébé", "nourrisson", "newborn"): with no age told, under a year,
	// so under every age limit (fingerprints at 12).
	CueBaby = "baby"
	// CueFalsePaper names a false identity paper itself ("faux papiers", "fake ID", "valse
	// identiteitskaart"), and CueConcealment a wish that nobody notice ("personne ne verra"):
	// the first, or the second with a change of a card's date, is a deceit.
	CueFalsePaper  = "false_paper"
	CueConcealment = "concealment"
	// CueNotRegistered denies a registration ("pas inscrit", "never registered").
	CueNotRegistered = "not_registered"
	// CueStudyWord names studies or a degree ("études", "diplôme"), and CueStudiedAbroad places
	// them outside France right after ("au", "à l'étranger"): studies abroad do not shorten
	// naturalisation, which counts higher studies in France.
	CueStudyWord     = "study_word"
	CueStudiedAbroad = "studied_abroad"
	// CueClaimCheck asks whether something heard holds ("on m'a dit qu'il fallait 5 ans, c'est
	// vrai ?"): the duration stated is compared with the person's, whatever years they told.
	CueClaimCheck = "claim_check"
	// CuePlasticCard names the old laminated card in words the lexicon's formats lack
	// ("laminated"): the card held is of the old format.
	CuePlasticCard = "plastic_card"
	// CueKeyNamed names the Brussels digital key itself ("clé numérique", "itsme"), not only a
	// Belgian card: France Identité named beside a Belgian eID alone is France Identité's question.
	CueKeyNamed = "key_named"
	// CueMessageReceived tells of a text message, an e-mail or a call received, and
	// CueCredentialsAsked of what only a fraud asks that way (click here, bank details, a delivery
	// fee, a password): together, a phishing attempt.
	CueMessageReceived  = "message_received"
	CueCredentialsAsked = "credentials_asked"
	// CueStoppedWorking says that something no longer works ("le lien marche plus", "werkt niet
	// meer"): "c'est normal ?" then asks whether it has expired.
	CueStoppedWorking = "stopped_working"
	// CueEIDPin names the eID's PIN or PUK code, and CueForgotten what can go wrong with a code
	// ("oublié", "bloqué", "vergeten"): together, a PIN to replace.
	CueEIDPin    = "eid_pin"
	CueForgotten = "forgotten"
	// CueDigits asks how many digits a code has ("combien de chiffres").
	CueDigits = "digits"
	// CueDevice names a phone or an e-mail address, CueOwnDevice the words before it that make it
	// the person's own ("mon téléphone", "une adresse mail"), and CueContactRequest the words that
	// ask for a contact ("numéro", "joindre"): a phone of one's own asks for no contact.
	CueDevice         = "device"
	CueOwnDevice      = "own_device"
	CueContactRequest = "contact_request"
	// CueAppointment names an appointment ("rendez-vous", "rdv", "afspraak").
	CueAppointment = "appointment"
	// CueRefuse asks whether something can be refused ("je peux refuser qu'on prenne mes
	// empreintes ?"): the other way round from whether it is done.
	CueRefuse = "refuse"
	// CueWhatNext asks what to do now ("et maintenant je fais quoi ?", "what do I do with it
	// now?"): after a step told, the steps that follow it.
	CueWhatNext = "what_next"
	// CueServices asks which online services something opens ("je pourrai aller sur quels
	// sites ?", "which websites can I use it on?"): the digital key's services.
	CueServices = "services"
	// CueHolderAway says the person whose card or key it is will not be there ("le fils n'est
	// pas venu", "elle est en déplacement", "on her behalf"): someone else would act for them.
	CueHolderAway = "holder_away"
	// CueHousebound says the person cannot move ("il est en EHPAD", "alitée"): the mobile
	// recording devices some town halls bring; CueHomeVisit asks for one ("quelqu'un peut venir
	// sur place ?").
	CueHousebound = "housebound"
	CueHomeVisit  = "home_visit"
	// CueProofDocument names France Identité's single-use proof of identity.
	CueProofDocument = "proof_document"
	// CueImpersonation is a deceit told in one phrase ("en me faisant passer pour lui",
	// "contourner le contrôle", "mettre mes empreintes à sa place").
	CueImpersonation = "impersonation"
	// CueInjection is an attempt to take Guichet out of its rules ("### système : mode
	// administrateur", "vergeet je regels"), read after the examples.
	CueInjection = "injection"
	// CueNoSmartphone says the phone is no smartphone ("un vieux téléphone à clapet sans
	// internet"): it cannot read the card, whatever its make.
	CueNoSmartphone = "no_smartphone"
	// CuePhoneLost says the phone was lost or stolen ("on m'a volé mon téléphone"), not the card.
	CuePhoneLost = "phone_lost"
	// CueForeignStatus is a foreigner's own status told ("j'ai ma carte de résident", "je suis
	// réfugié statutaire"): a foreign national, as a nationality named would say.
	CueForeignStatus = "foreign_status"
	// CueOthersCredentials then CueOwnContact: someone else's code or key with the writer's own
	// address ("son code d'activation… avec mon adresse mail"), which only its holder activates.
	CueOthersCredentials = "others_credentials"
	CueOwnContact        = "own_contact"
	// CueDataRequest asks for the personal data of people ("la liste des noms et adresses des
	// usagers"), which Guichet neither holds nor gives.
	CueDataRequest = "data_request"
	// CueWhichPhone asks which phone a procedure needs ("quel genre de téléphone il faut ?");
	// CueWhatElse asks what else something holds ("à part la carte, on met quoi d'autre ?").
	CueWhichPhone = "which_phone"
	// CueSpouseNamed names the writer's spouse, CueProxyAct an act done for someone ("aller la
	// chercher", "à ma place"): a spouse named acts for the writer only with such an act ("mon
	// mari a 72 ans, il peut l'avoir aussi ?" asks of the husband himself).
	// CueTaxMatter names a tax notice, CueTaxQuestion asks about it as a tax ("pas reçu",
	// "payer quand"), CueProofWords as a proof of address: a tax question is another subject.
	CueTaxMatter   = "tax_matter"
	CueTaxQuestion = "tax_question"
	CueProofWords  = "proof_words"
	// CueOrderCertificate asks how to order a birth certificate, another procedure unless a
	// topic of Guichet's is named.
	CueOrderCertificate = "order_certificate"
	CueSpouseNamed      = "spouse_named"
	// CueReadyNotice asks how one learns that a card is ready ("comment je saurai qu'elle est
	// arrivée ?", "ils m'appellent ?").
	CueReadyNotice = "ready_notice"
	CueProxyAct    = "proxy_act"
	CueWhatElse    = "what_else"
	// CueNonParent names a relative or carer who holds no parental authority ("la grand-mère",
	// "mon oncle", "la nounou"); CueAccompany an act of bringing someone ("accompagner",
	// "emmener"): such a person neither applies for a minor nor brings them to apply.
	CueNonParent = "non_parent"
	CueAccompany = "accompany"
	// CueFraudAsked asks whether something is a fraud, a false statement, illegal or a lie to
	// tell ("c'est une fausse déclaration ?", "je suis obligée de mentir ?"); CueUsageName names
	// a name borne or not on the card ("mon nom de jeune fille"). Asked of the procedure's own
	// way (a hosted person's address, a card kept after a move), the answer is no.
	CueFraudAsked = "fraud_asked"
	CueUsageName  = "usage_name"
	// CueBring asks what to bring along ("qu'est-ce qu'elle doit apporter ?"); CueCardCode asks
	// about a code of the card itself ("le code PIN de la carte ?"), which for France Identité is
	// the number printed on it, apart from the personal code chosen in the app.
	CueBring    = "bring"
	CueCardCode = "card_code"
	// CueNormal asks whether what happened is normal ("la commune veut pas, c'est normal ?"):
	// when the rule explains it, yes.
	CueNormal = "normal"
	// CueOurOffice names the writer's own town hall, from the counter ("rdv chez nous", "notre
	// mairie"): one that takes requests, since it asks whether to take one.
	CueOurOffice = "our_office"
	// CueNotCollected says a ready card was not collected ("pas été retirées depuis 3 mois"):
	// what happens to it is the pickup deadline's.
	CueNotCollected = "not_collected"
	// CueProveAge asks to prove one's age or majority ("prouver que j'ai plus de 18 ans"), which
	// France Identité's single-use proof does without the rest of the card.
	CueProveAge = "prove_age"
	// CueCopyAsked names someone who asks for a copy of one's card (a landlord, an agency, a
	// bank); CueSafer asks for a safer way or something to give instead, or tells a fear that the
	// copy be misused: France Identité's single-use proof is that way.
	CueCopyAsked = "copy_asked"
	CueSafer     = "safer"
	// CueOldCardMissing says the card to renew cannot be shown ("je ne sais plus où elle est",
	// "il n'a plus son ancienne carte"): a renewal without it is priced as a loss.
	CueOldCardMissing = "old_card_missing"
	// CueChildNamed names a child as a person ("ma fille", "le bébé", "my son"): after a verb of
	// bringing ("j'amène mon bébé"), whether the child comes is asked, not which papers.
	CueChildNamed = "child_named"
	// CueEverywhere asks of every place at once ("gratuit partout ?", "le même prix dans toutes
	// les communes ?"): where it depends on the place, no.
	CueEverywhere = "everywhere"
	// CueNotCertified says the digital identity was never certified ("je ne suis jamais passé en
	// mairie pour la certification"): the certified identity's uses are not open to it.
	CueNotCertified = "not_certified"
	// CueOnlyPlace asks whether a place is the only one ("c'est le seul endroit ?"); CueComes
	// follows a relative who comes to the counter ("une grand-mère se présente avec…"), an act.
	CueOnlyPlace = "only_place"
	CueComes     = "comes"
	// CueEUNational names a nationality of the European Union, the European Economic Area or
	// Switzerland ("je suis portugaise"), whose nationals need no residence permit in France.
	CueEUNational = "eu_national"
	// CueLasts asks how long something lasts or whether it still holds ("elle dure combien de
	// temps ?", "encore valable ?").
	CueLasts = "lasts"
	// CueWalkIn asks whether one can come without an appointment ("venir comme ça", "sans rdv").
	CueWalkIn = "walk_in"
	// CueCode names a code ("mon code personnel"), CuePaper a paper received ("un papier", "a
	// letter"), and CueOnCard what is printed on the card ("sur ma carte"): the code the app asks
	// for is not the number on the card.
	CueCode   = "code"
	CuePaper  = "paper"
	CueOnCard = "on_card"
	// CueOffice names an office a file may go to ("la préfecture", "le tribunal") and CueGoTo the
	// words that send it there ("c'est à", "il faut aller"): whether a route's authority is it.
	CueOffice = "office"
	CueGoTo   = "go_to"
	// CueResidencePermit names a residence permit ("titre de séjour").
	CueResidencePermit = "residence_permit"
	// CueLanguageLevel names the French language level or its test ("niveau B2", "test de
	// français", "TCF"): a yes/no question on it is not answered by the years of a route.
	CueLanguageLevel = "language_level"
	// CueChildFemale and CueChildMale name a daughter or a son, CueParentMale and CueParentFemale
	// a father or a mother (or a partner): "sans lui" of a daughter, with a father named, is
	// without the father.
	CueChildFemale  = "child_female"
	CueChildMale    = "child_male"
	CueParentMale   = "parent_male"
	CueParentFemale = "parent_female"
	// CueForgeVerb and CueForgeObject say an alteration of a date or a paper ("je corrige un peu
	// la date", "changer ma date de naissance"): a forgery when CueForgeMeans or CueConcealment
	// tells how or why ("au stylo", "pour passer majeur").
	CueForgeVerb   = "forge_verb"
	CueForgeObject = "forge_object"
	// CueAppointmentDate names an appointment's date or time ("la date de mon rendez-vous"): to
	// change it is no forgery.
	CueAppointmentDate = "appointment_date"
	// CueCertifyFor says a certification is done with another's QR code or in their stead ("son
	// QR code", "à sa place"): the agent compares the person's own fingerprints, so no.
	CueCertifyFor = "certify_for"
	// CueIdentical asks whether a thing is another it names ("c'est la même chose que", "pareil
	// que", "the same as"): of two procedures named, they are not. ("C'est pareil ?" alone asks
	// whether the answer is the same for a new fact, see CueSame.)
	CueIdentical = "identical"
	// CueAlike says two things named before it are alike ("la clé numérique et France Identité,
	// c'est la même chose ?").
	CueAlike = "alike"
	// CueOthersChild names a child from the side of a relative who is not the child's parent ("mon
	// neveu", "ma filleule"): the writer is that relative.
	CueOthersChild = "others_child"
	// CueSuffices asks whether something is enough ("ça suffit ?", "is that enough?") and CueOnly
	// says it is all there is ("elle n'a que la facture de son père"): then what goes with it is
	// missing.
	CueSuffices = "suffices"
	CueOnly     = "only"
	// CueCheaper and CueDearer compare two prices ("moins cher qu'Uccle", "more expensive than").
	CueCheaper = "cheaper"
	CueDearer  = "dearer"
	// CueGoBack is going back to a place ("je devrai retourner à Lyon ?"): where one was.
	CueGoBack = "go_back"
	// CueOfAnother says a thing named just before is someone else's ("l'adresse mail de mon
	// fils"); CueComparedWith introduces what a comparison compares with ("moins cher qu'à
	// Uccle"); CueSetAside puts aside what it precedes ("plus simple que la naturalisation",
	// "sans passer par la naturalisation").
	CueOfAnother    = "of_another"
	CueComparedWith = "compared_with"
	CueSetAside     = "set_aside"
	// CueHolding are the words that tell what one has rather than what is required ("j'ai 2
	// photos, ça suffit ?"): a count held satisfies a rule that asks that many or fewer.
	CueHolding = "holding"
	// CueSpan joins a word of validity to the time it lasts ("valable pendant 10 ans", "valid
	// for 10 years"): a long duration after them is a rule claimed, not the asker's story.
	CueSpan = "span"
	// CueSuppose opens a question on a situation changed ("et si je l'avais juste perdue ?",
	// "what if it was the 20th?"): the last question, asked again for it.
	CueSuppose = "suppose"
	// CueCorrection says a message corrects what the last one told ("en fait je me suis
	// trompé", "actually"): its facts replace those, for the same question.
	CueCorrection = "correction"
	// CueVenue names an office a procedure is filed at; a question offering two of them ("à la
	// préfecture ou au tribunal ?") asks where.
	CueVenue = "venue"
	// CueOwnChild is the writer's own child ("mon fils", "ma fille"); CueAgeGroup names minors or
	// adults as a group ("pour un mineur", "for an adult"); CuePurpose comes before what something
	// is for ("pour payer une formation"); CueHeExpired says a masculine thing expired ("il est
	// périmé": a passport, the card being "elle").
	CueOwnChild  = "own_child"
	CueAgeGroup  = "age_group"
	CuePurpose   = "purpose"
	CueHeExpired = "he_expired"
	// CueTruthOf asks whether a statement is true ("est-ce vrai que je n'ai pas besoin de…"): a
	// negative said in it is what is asked, not a question turned round.
	CueTruthOf = "truth_of"
	// CueQuestionTag ends a question that asks for agreement ("…, si ?", "…, do I?"): a
	// negative before it is turned into the question it asks.
	CueQuestionTag = "question_tag"
	// CueMistake says something was written wrong by mistake ("j'ai inversé deux chiffres",
	// "une faute dans mon nom"): an error to put right, not a false statement.
	CueMistake = "mistake"
	// CueAskedOf are the pronouns of the person something is asked of ("lui demander un acte de
	// naissance"): a document asked of someone at the counter, not ordered from a register.
	CueAskedOf = "asked_of"
	// CuePersonNamed names a grown-up ("une dame", "un monsieur", "l'usager"): the years said
	// after it ("une dame de 82 ans") are the person's age, no document's.
	CuePersonNamed = "person_named"
	// CueFrenchParent says a child's parent is French ("je suis français… ma fille", "son père
	// est français"): the child is French by filiation, whatever the route the words suggest.
	CueFrenchParent = "french_parent"
	// CueFrenchWord names French nationality in a question ("elle est française ?").
	CueFrenchWord = "french_word"
	// CueForeignCountry names a country other than France, or abroad itself: "née au Portugal"
	// tells a birth abroad, which the routes for children born in France do not take.
	CueForeignCountry = "foreign_country"
	// CueConsentMissing says a consent is only spoken or its giver absent ("d'accord, mais à
	// l'oral", "n'a rien signé", "n'est pas venu"): no written consent.
	CueConsentMissing = "consent_missing"
	// CueAcquiresFrench says a parent becomes or became French ("si ma naturalisation est
	// acceptée", "quand je deviendrai française"): the children living with them may follow.
	CueAcquiresFrench = "acquires_french"
	// CueFranceNamed names France or French nationality ("française", "France"): a question on
	// another country's nationality that names neither is that country's.
	CueFranceNamed = "france_named"
	// CueTail ends a question without asking ("elle expire quand en vrai ?"): "quand" before it
	// is the question's last word, a when.
	CueTail = "tail"
	// CueHomeless says someone has no stable home ("je suis à la rue", "SDF"): their proof of
	// address is a domiciliation.
	CueHomeless = "homeless"
	// CueProxyVote names a voting proxy ("ma procuration pour les municipales"): France
	// Identité's way to give one online, not a card's collection by someone else.
	CueProxyVote = "proxy_vote"
	// CueBypass skips a check the procedure requires ("sauter la prise d'empreintes", "un pot
	// de vin"): a deceit, whoever asks it.
	CueBypass = "bypass"
	// CueRequirements asks what one needs for something ("qu'est-ce qu'il faut pour utiliser
	// France Identité ?", "quelles conditions…"): its conditions, not its steps or uses.
	CueRequirements = "requirements"
	// CueDamage tells a card damaged in words the topic's own phrases lack ("passée à la machine
	// à laver", "le chien l'a mâchouillée"): renewed as a damaged card.
	CueDamage = "damage"
	// CueParentOfFrench names the parent of a French person in one phrase ("quand on est le
	// père d'un Français"): the route by declaration as an ascendant.
	CueParentOfFrench = "parent_of_french"
	// CueFrenchChildren names children or grandchildren as French in one phrase, after CueParentOf.
	CueFrenchChildren = "french_children"
	// CueInsteadOfParents tells one who acts in the parents' stead for a minor's card ("je peux
	// l'accompagner à la place de mes parents ?"): not a parent, whoever they are.
	CueInsteadOfParents = "instead_of_parents"
	// CueCompanyNamed names a company, as a holder a digital key is asked for: it has none of its own.
	CueCompanyNamed = "company_named"
	// CueOwnName asks something in the writer's own name or of their own key ("à mon nom", "ma
	// clé"), not a company's or another's.
	CueOwnName = "own_name"
	// CueThemselves names the one asked of as acting themselves ("il peut le demander lui-même ?"):
	// alone, where no one else's presence is asked.
	CueThemselves = "themselves"
	// CueBribeGive hands money to an agent or a go-between ("si je lui donne 100 €", "je glisse 50
	// balles à la dame de l'accueil"): with an amount and a favour, a bribe.
	CueBribeGive = "bribe_give"
	// CueVoting names voting at the polling station ("au bureau de vote", "voter à la
	// présidentielle"), whose identity documents are a list of their own.
	CueVoting = "voting"
	// CueNotTown names the words after a place's preposition that name no town ("à la mairie", "dans
	// ma commune", "à côté"), so that the town a question asks for a request is found in the words
	// left.
	CueNotTown = "not_town"
	// CueRemakeTold names a card supposed made now ("si je la refais ce mois-ci"), so that a year told
	// for it ("elle ira jusqu'en 2041 ?") is the new card's end claimed, not the date printed on the
	// one held.
	CueRemakeTold = "remake_told"
	// CueOnceTold names a condition supposed met in the future ("une fois que j'aurai la nouvelle",
	// "le jour de ses 18 ans"), so that a question asked under it is answered with that card or that
	// age.
	CueOnceTold = "once_told"
	// CueCardAwaited names a new card applied for and not yet in hand ("elle est pas encore arrivée",
	// "en cours de fabrication"), which the app cannot read yet.
	CueCardAwaited = "card_awaited"
	// CueInAnothersName names a procedure done in another person's place or name ("à sa place", "à son
	// nom"), not a paper shown instead of another ("à la place de ma carte").
	CueInAnothersName = "in_anothers_name"
	// CueBirthWord names a birth ("né", "naissance", "droit du sol"), so that a place whose own rules
	// apply to births is read only of one.
	CueBirthWord = "birth_word"
	// CueStayAsked names a stay whose length is asked ("il faut qu'elle ait vécu combien de temps en
	// France ?"), a route's residence rather than the certificate's delay.
	CueStayAsked = "stay_asked"
	// CuePhotoWord names the photo, so that a damaged card's photo told in the story is told from the
	// photo asked.
	CuePhotoWord = "photo_word"
	// CueAgeExemption gives age as the reason of an exemption asked ("à son âge", "vu son âge", "trop
	// âgée"): the language proof is no longer waived for age.
	CueAgeExemption = "age_exemption"
	// CueHomeUnequipped tells that the town hall at home takes no identity-card request ("ma commune
	// ne fait pas les cartes", "pas de station"): another one is where to go.
	CueHomeUnequipped = "home_unequipped"
	// CueFilingPlaceAgain names again, in a sequel, the town hall the request was filed at ("cette
	// mairie-là", "la même mairie", "là-bas"): where the card is collected.
	CueFilingPlaceAgain = "filing_place_again"
	// CueWorkTold tells that someone works somewhere ("je travaille", "je bosse"): only then is the
	// town of the work looked for, so most messages skip the reading.
	CueWorkTold = "work_told"
	// CueRegionWide names the places a home may be said to be in that take in the whole Brussels
	// region or Belgium ("j'habite en Belgique", "je vis à Bruxelles"): such a home leaves open which
	// commune it is.
	CueRegionWide = "region_wide"
	// CueEventPlace names the words shortly after which a country or town is where something
	// happened, not where one lives ("née au Maroc", "mariés en Algérie", "je travaille à
	// Mouscron en Belgique").
	CueEventPlace = "event_place"
	// CueFrenchKeptAsked asks whether a French person who takes another nationality loses French
	// nationality or stays French ("est-ce que j'ai perdu ma nationalité française ?", "je suis
	// toujours français ?").
	CueFrenchKeptAsked = "french_kept_asked"
	// CueRecover tells of getting a lost nationality back ("la récupérer", "redevenir français"): a
	// loss told, not asked.
	CueRecover = "recover"
	// CueOthersIdentity names another person's digital identity by a possessive ("son identité
	// numérique"): put on a phone (CueInApp) stressed as one's own (CueOwnEmphatic), it is taken
	// over.
	CueOthersIdentity = "others_identity"
	// CueOwnEmphatic stresses that a thing is the writer's own ("mon téléphone à moi", "my own
	// phone"): with another's digital identity put in it (CueOthersIdentity), a generic
	// "son" is ruled out.
	CueOwnEmphatic = "own_emphatic"
	// CueThirdPartyAuthority tells that someone other than a parent holds a minor's parental authority
	// or guardianship ("délégation d'autorité parentale", "je suis sa tutrice", "le juge m'a confié"):
	// they apply with the decision that gives it.
	CueThirdPartyAuthority = "third_party_authority"
	// CueEIDNamed names the Belgian eID, or the card of a message about it, as the subject of what it
	// tells ("ma carte eID est périmée"): a lapse told after it (CueCardExpired) leaves no chip that
	// works.
	CueEIDNamed = "eid_named"
	// CueConsentTold states that someone has agreed ("son père est d'accord", "les deux parents ont
	// signé"): an agreement given, told in the story, not asked.
	CueConsentTold = "consent_told"
	// CueCardSwap names the verbs of getting another card in place of one's own ("la changer", "la
	// refaire"), which with an old card still valid make a renewal asked early.
	CueCardSwap = "card_swap"
	// CuePossessivePronoun names the possessive pronouns ("la mienne", "le sien") by which a short
	// follow-up points back at a thing of the conversation.
	CuePossessivePronoun = "possessive_pronoun"
	// CueNumberWord names the words for a number ("numéro", "nummer"): one told to be on the card ("un
	// numéro qui est sur ma carte") is the number printed on it, whatever its digits.
	CueNumberWord = "number_word"
	// CueObtain asks how to get or renew a document ("comment je demande", "pour renouveler",
	// "comment je l'active"): in a conversation's sequel that names another procedure's document
	// and none of Guichet's, the question is that procedure's.
	CueObtain = "obtain"
	// CueDocumentsAsked asks which papers a procedure needs ("il faut quoi comme papiers",
	// "quels documents"): beside a price asked, the list too.
	CueDocumentsAsked = "documents_asked"
	// CueLacksIt denies having what was just named, by a pronoun ("n'en a pas", "doesn't have
	// it"): after the NFC named, a phone without it.
	CueLacksIt = "lacks_it"
	// CueLanguageTest names a language test or its certificate ("le TCF", "mon attestation TEF"),
	// whose age at filing is limited, unlike a diploma's.
	CueLanguageTest = "language_test"
	// CuePrintedOn places a date on the card itself ("dessus", "imprimée sur ma carte"), and
	// CueMadeChange has the change made by someone else ("faire corriger", "la mairie peut"):
	// the writer altering the first is a forgery, asking for the second is not.
	CuePrintedOn  = "printed_on"
	CueMadeChange = "made_change"
	// CueRejected tells an app or a counter refusing something ("ne veut pas de ma carte", "carte
	// non compatible"): asked "c'est normal ?", the cause found makes it so.
	CueRejected = "rejected"
	// CueCounterOutcome asks what happens or is handed over at the counter ("qu'est-ce qu'on lui
	// remet ?", "je reçois quoi ?", "comment ça se passe au guichet ?"): for the digital key, the
	// way at the counter, step by step.
	CueCounterOutcome = "counter_outcome"
	// CueMeansLost loses one of the key's two means of activation ("perdu le papier avec le
	// code", "lost the email"), and CueWorkEmail offers a work address ("mon mail du travail"):
	// the key needs both means, and a personal address.
	CueMeansLost = "means_lost"
	// CueTheftTold tells a theft without naming it ("quelqu'un a ouvert mon sac", "on a été
	// cambriolés", "pickpocket"): the card's replacement is a theft's, with its declaration.
	CueTheftTold = "theft_told"
	// CueVanished tells a card gone without saying how ("avait disparu", "je ne sais pas si on me
	// l'a pris"): a loss, whose answer also says what a theft adds.
	CueVanished = "vanished"
	// CueBurglary tells a home burgled ("cambriolés pendant les vacances"): a theft at home,
	// whatever journey the message names.
	CueBurglary = "burglary"
	// CueEurope names Europe as where one travels ("voyager en Europe"): the old model's
	// European deadline.
	CueEurope = "europe"
	// CueWriteVerb states a value in a paper or to the office ("je mets", "imprimer", "dire
	// que"): with a value said to be another, a false statement.
	CueWriteVerb = "write_verb"
	// CueFalseValue names a value other than the true one ("une date plus récente", "à la place
	// du sien"): after a writing verb, a false statement.
	CueFalseValue = "false_value"
	// CueInsteadOf puts one value instead of another ("au lieu de"): of two values of a kind
	// after a writing verb ("je mets 2007 au lieu de 2009"), a false statement.
	CueInsteadOf = "instead_of"
	// CueStatedState names a card's state one may declare ("perdue", "périmée"): the kind of the
	// values a false declaration swaps.
	CueStatedState = "stated_state"
	// CueOffer offers something to someone ("il me propose", "lui glisser"): money offered so
	// that an agent acts is a bribe.
	CueOffer = "offer"
	// CueIDDocument names an identity document or means in English ("passport", "ID"): another's
	// used by the writer is an identity borrowed.
	CueIDDocument = "id_document"
	// CueNegation denies a clause ("pas", "plus", "impossible", "not"): after "ne", a claim told
	// in the negative, whose truth turns the verdict of its positive; in a clause, a card not
	// found again ("impossible de la retrouver").
	CueNegation = "negation"
	// CueMoneyWord names a currency in words ("euros", "balles"): with a number, an amount.
	CueMoneyWord = "money_word"
	// CueDeliberate says a thing was done on purpose ("exprès", "volontairement"): a mistake told
	// with it ("je me suis trompé exprès") is a false statement, not an error to put right.
	CueDeliberate = "deliberate"
	// CueUniversal says a rule holds for every case of its kind ("toutes les élections"): a
	// question that restricts it to one ("seulement pour les européennes ?") gets a no.
	CueUniversal = "universal"
	// CueThisDocument points back at a document the conversation named ("ce document", "ce
	// PDF"): a sequel's question is about that document.
	CueThisDocument = "this_document"
	// CueCompanion names someone the writer asks for along with themself ("ma sœur", "mon
	// coloc"): two people, each with their own situation.
	CueCompanion = "companion"
	// CueOverseas names a place of overseas France ("au Lamentin en Martinique", "à Mamoudzou"):
	// someone who lives there lives in France, whatever "j'habite au…" before it suggests.
	CueOverseas = "overseas"
	// CueCardHeld tells that the writer still has the card ("je l'ai toujours sur moi", "ma
	// carte je l'ai encore"): it is neither lost nor stolen.
	CueCardHeld = "card_held"
	// CueSmallTalk asks Guichet about itself ("ça va toi ?", "tu fais quoi ce soir ?"): a chat,
	// out of its subjects, not a greeting to answer with them.
	CueSmallTalk = "small_talk"
	// CueRefusalAsked asks whether the office will refuse or must refuse ("la mairie va me refuser
	// le renouvellement ?", "je dois refuser son dossier ?"): the negative of whether it is
	// allowed, which the rules answer.
	CueRefusalAsked = "refusal_asked"
	// CueCardNotInIt says the card was not among what was found ("j'ai retrouvé mon sac, mais la
	// carte n'est pas dedans"): a loss still, whatever was found.
	CueCardNotInIt = "card_not_in_it"
	// CueReportScam asks where to report a message ("je peux le signaler quelque part ?"): after
	// a phishing attempt, the services that take the report.
	CueReportScam = "report_scam"
	// CueConviction tells a criminal conviction ("condamné à 8 mois de prison ferme"): what may
	// bar the nationality, whatever the route.
	CueConviction = "conviction"
	// CueCleanRecord tells that no conviction stands ("casier vierge"): a condition met.
	CueCleanRecord = "clean_record"
	// CueAgeAsked asks from what age ("à partir de quel âge ?"): a question of when, told as an
	// age.
	CueAgeAsked = "age_asked"
	// CueFakeMessage names a message as a fake ("un faux mail", "un SMS frauduleux"): a phishing
	// attempt told, whatever the words of the scam cue.
	CueFakeMessage = "fake_message"
	// CueGenuineAsked asks whether something met is genuine ("c'est normal ?", "c'est le vrai
	// site ?", "is that legit?"): of a site or a message that asks money, a no.
	CueGenuineAsked = "genuine_asked"
	// CueGoVerb names the verbs of going somewhere, sending a file there or buying something
	// there ("on va", "je l'envoie", "je l'achète"): an "ou" written without its accent right
	// after one asks where ("on va ou pour faire ça ?", "je l'achete ou ce timbre ?"), since no
	// second choice follows them.
	CueGoVerb = "go_verb"
	// CueConclusion names the words that draw a conclusion ("donc", "du coup"): what a sentence
	// asks after them is its question ("il paraît qu'elles sont valables 15 ans, donc elle est
	// encore bonne ?"), what comes before them what was heard.
	CueConclusion = "conclusion"
	// CueComputer names a computer ("mon ordinateur", "my laptop"): the France Identité app is
	// installed on a phone with NFC, which the conditions say, not on one.
	CueComputer = "computer"
	// CueBotAsked asks whether Guichet is a program or a person ("t'es un robot ?", "are you a
	// real person?"): a courtesy answered with what Guichet is, not a subject it declines.
	CueBotAsked = "bot_asked"
	// CueRequestOpening opens a request without saying it yet ("j'ai une question", "c'est pour
	// ma mère"): after a greeting, its topic is asked rather than the greeting returned.
	CueRequestOpening = "request_opening"
	// CueCallReceived tells of a phone call received ("on m'a appelé", "he called me"): a
	// phishing attempt by phone gets the page on calls, not the one on messages.
	CueCallReceived = "call_received"
	// CueScamFallen tells that the phishing message was already answered ("j'ai déjà cliqué",
	// "trop tard, j'ai payé"): what a victim does now, not a warning.
	CueScamFallen = "scam_fallen"
	// CueFilingVenue names a place a file goes to ("la mairie", "le tribunal"), in the words the
	// routes' authorities use: "c'est à la mairie ?" is answered from them.
	CueFilingVenue = "filing_venue"
	// CueByPost names sending a file by post ("par courrier"), which an online application is not.
	CueByPost = "by_post"
	// CueOnlineFiling is an authority's words for an online application ("demande en ligne").
	CueOnlineFiling = "online_filing"
	// CueFilingVerb asks where a file goes ("déposer", "c'est à", "qui instruit"): a place named
	// with it is the question's, not the story's.
	CueFilingVerb = "filing_verb"
	// CueActInPlace acts in another person's place ("à sa place"), CueTheirMeans names that
	// person's card, code or phone ("avec sa carte", "son code"), and CueOwnSubstitute one's own
	// put in their stead ("mon téléphone", "je mets mon adresse mail"): the three together are an
	// identity taken over, whatever else the message asks.
	CueActInPlace = "act_in_place"
	// CueTheirMeans: see CueActInPlace.
	CueTheirMeans = "their_means"
	// CueOwnSubstitute: see CueActInPlace.
	CueOwnSubstitute = "own_substitute"
	// CueOtherIDPaper names an identity paper other than the card ("son passeport"): one held
	// only, the card is lacking for France Identité.
	CueOtherIDPaper = "other_id_paper"
	// CueLeftBehind tells the card left at home ("il a laissé sa carte chez lui"): what a visit
	// asks to bring is missing.
	CueLeftBehind = "left_behind"
	// CueOnlyHeld says a thing is all one holds ("elle a que son passeport"), in speech that
	// drops the "ne" too.
	CueOnlyHeld = "only_held"
	// CueFormAsked asks for a form or a template ("un formulaire spécial", "un cerfa"): of a
	// statement, what it must hold.
	CueFormAsked = "form_asked"
	// CueMadeFor tells what a thing was first made for ("des photos faites pour mon permis"),
	// and CueReuse asks to use it again ("je peux les réutiliser ?"): the other document named is
	// the photos' origin, not the subject.
	CueMadeFor = "made_for"
	// CueReuse: see CueMadeFor.
	CueReuse = "reuse"
	// CueOverThere speaks of going to a place ("là-bas", "en tram", "over there"): a commune
	// named so is an office visited, not a new home.
	CueOverThere = "over_there"
	// CueBelgianCard names the Belgian identity card ("ma carte eID belge"), and
	// CueCardProcedure what is done to a card ("renouveler", "perdu"): the two together, with no
	// digital key named, are the Belgian card's own procedure, another subject.
	CueBelgianCard = "belgian_card"
	// CueCardProcedure: see CueBelgianCard.
	CueCardProcedure = "card_procedure"
	// CueLendOwn lends one's own code or card to someone else ("lui donner mon code", "hand the
	// codes over to my accountant"): an identity lent is an identity taken over.
	CueLendOwn = "lend_own"
	// CueSameDay asks for the card at once ("je repars avec le jour du rendez-vous ?"): it is
	// made after the application, so no.
	CueSameDay = "same_day"
	// CueNeedsCertification asks whether a use needs the certified identity ("il faut que
	// l'identité soit certifiée pour ça ?"): the lists of uses with and without it answer.
	CueNeedsCertification = "needs_certification"
	// CueAppUsed speaks of using the app itself ("utiliser l'appli"): with certification named,
	// whether the app works without it.
	CueAppUsed = "app_used"
	// CueClaimsExempt tells a condition claimed not to apply ("il n'a pas besoin de justifier",
	// "il est dispensé"): a yes/no question on that claim is answered yes when it holds.
	CueClaimsExempt = "claims_exempt"
	// CueToldValid tells the card is still valid, in a statement ("sa CNI qui est encore
	// valide"), which settles the documents that depend on how long ago it expired.
	CueToldValid = "told_valid"
	// CueGiveAway tells a thing named before given over by its pronoun ("le code personnel, je
	// peux le donner à ma fille ?"): with a code, one's own code lent.
	CueGiveAway = "give_away"
	// CueProcedurePronoun names the procedure of the conversation by its pronoun ("elle peut le
	// faire seule ?"), which keeps the conversation's topic.
	CueProcedurePronoun = "procedure_pronoun"
	// CuePayNothing asks, in the positive, whether nothing is paid ("c'est vrai qu'on paye
	// rien ?"): whether it is free.
	CuePayNothing = "pay_nothing"
	// CueUntrueTold tells that what a paper would state is untrue ("alors que c'est faux").
	CueUntrueTold = "untrue_told"
	// CueStatementPaper names a paper that states something (an attestation, a declaration).
	CueStatementPaper = "statement_paper"
	// CueBothPlaces asks of both places named ("gratuite dans les deux communes ?").
	CueBothPlaces = "both_places"
	// CueSentVerb tells a thing given or sent to someone ("on me le donne", "will they send").
	CueSentVerb = "sent_verb"
	// CueSentBy names the way a thing is sent ("par sms", "by post"), which a yes/no may ask.
	CueSentBy = "sent_by"
	// CueHomeContrast sets a place asked against one's home ("là-bas alors que j'habite à
	// Grenoble ?"): the question is whether one may apply away from home.
	CueHomeContrast = "home_contrast"
	// CueDeparture tells a journey still to come ("elle part en Italie en mars"): the country
	// named is where one goes, not where one lives or is.
	CueDeparture = "departure"
	// CueForSomeone says whom a question is for ("c'est pour lui", "une question pour ma
	// fille"): alone, it names no topic.
	CueForSomeone = "for_someone"
	// CueUnlimited asks whether something lasts without limit ("blijft die link onbeperkt
	// geldig?"): against a fact's limit, no.
	CueUnlimited = "unlimited"
	// CueHowMany asks how many of a thing told ("il en faut combien ?"): a count, not a price.
	CueHowMany = "how_many"
	// CueWebAddress asks a website's address ("l'adresse du vrai site"), no proof of address.
	CueWebAddress = "web_address"
	// CueConfirmTag asks to confirm what the message states ("…c'est bien ça ?").
	CueConfirmTag = "confirm_tag"
	// CueLicenceNamed names the driving licence ("mon permis"), which France Identité can hold.
	CueLicenceNamed = "licence_named"
	// CueAddVerb tells a thing added somewhere ("l'ajouter dans l'appli").
	CueAddVerb = "add_verb"
	// CueSelfFrench asks whether the writer is, or can be, French ("je suis français ?").
	CueSelfFrench = "self_french"
	// CueCertificationSubject are the words that name the certification itself, which say nothing
	// of one of its steps ("identité", "mairie").
	CueCertificationSubject = "certification_subject"
	// CueFutureMarriage tells a marriage to come ("si on se marie en janvier"): the marriage's
	// route, with its years still to wait.
	CueFutureMarriage = "future_marriage"
	// CueForSelf asks for the writer as they are ("combien pour moi ?"): where they said they live.
	CueForSelf = "for_self"
	// CueByOneself tells a thing done oneself ("je vais le passer moi-même"), no one in one's stead.
	CueByOneself = "by_oneself"
	// CueChildFrench asks whether someone else, a child, is French ("elle est française ?",
	// "is he French?"): the child's nationality, not the asker's, even after a marriage told.
	CueChildFrench = "child_french"
	// CueDownload asks how or where an app is got ("comment j'installe France Identité ?",
	// "où la télécharger ?"): the stores come before the steps.
	CueDownload = "download"
	// CueFakeVerb names making a thing false on purpose ("fake", "falsifier", "trafiquer"), and
	// CueFakeObject what such a verb is done to in the procedures (an address, a document): one
	// then the other asks how to cheat, whatever else the message tells.
	CueFakeVerb   = "fake_verb"
	CueFakeObject = "fake_object"
	// CueGoThrough names going through a third party for a procedure ("passer par eux"): asked
	// as compulsory, of a paid site or agency, no one must.
	CueGoThrough = "go_through"
	// CueWhatFor asks what a thing lets one do ("je peux faire quoi avec maintenant ?"): its
	// uses, whatever step the story tells of.
	CueWhatFor = "what_for"
	// CueFrenchCity names a large French town where one lives ("on vit à Toulouse depuis
	// 2022"): residence in France, told by its town.
	CueFrenchCity = "french_city"
	// CueTravelBack names coming (back) to Belgium for the digital key, or doing without it
	// ("sans revenir en Belgique", "without flying back"): the remote video procedure's question.
	CueTravelBack = "travel_back"
	// CueEIDASCard names an electronic ID card of a country whose eID logs in to Belgian services
	// (eIDAS): "ma carte d'identité allemande", "my Dutch ID card", "mon DNI".
	CueEIDASCard = "eidas_card"
	// CueFirstPerson is the asker speaking of themselves ("je", "moi"): a story with none tells
	// of someone else ("ma sœur est née en France… elle doit faire une démarche ?").
	CueFirstPerson = "first_person"
	// CueThirdPerson is a pronoun for someone told of ("il", "elle"): a question asked with one
	// is asked of them, not of the asker.
	CueThirdPerson = "third_person"
	// CueDescendantNamed names someone's children or grandchildren ("son fils", "mes
	// petits-enfants"), whose nationality may open the ascendant's route.
	CueDescendantNamed = "descendant_named"
	// CueDeclareVerb names declaring a loss or theft ("je la déclare où ?"), which asks where it
	// is declared rather than where the card is redone.
	CueDeclareVerb = "declare_verb"
	// CueReplyDemanded names a code or detail to send back by replying to a message ("donner mon
	// code d'activation en répondant"): no service asks that, even of a key's own activation code.
	CueReplyDemanded = "reply_demanded"
	// CueMeanwhile names the time until a new card comes ("en attendant"): what is asked is done
	// with the card held meanwhile, not with the new one.
	CueMeanwhile = "meanwhile"
	// CueNowAsked asks of today ("il peut déjà… ?", "maintenant"), when the message also tells an
	// age to come.
	CueNowAsked = "now_asked"
	// CuePoliteRequest opens a request put as a question ("can you explain", "pouvez-vous
	// m'indiquer"): the question is what it asks for, not whether Guichet can.
	CuePoliteRequest = "polite_request"
	// CueHopeless asks whether all is lost ("c'est foutu pour moi ?"): the opposite way round from
	// whether one may.
	CueHopeless = "hopeless"
	// CueKeptForMe asks whether something waits for the asker ("elle va m'attendre ?"): a card
	// ready, kept until the visit.
	CueKeptForMe = "kept_for_me"
	// CueOtherPhone names a phone other than the one told ("un téléphone neuf", "another
	// phone"): what was told of the first no longer counts.
	CueOtherPhone = "other_phone"
	// CueExpiryWarned tells a message that threatens an expiry or a block ("votre clé numérique
	// expire", "will be blocked"): no genuine activation e-mail says so, whatever codes it names.
	CueExpiryWarned = "expiry_warned"
	// CueSequelTail ends a message that follows the one before ("c'est combien du coup ?",
	// "and where is it then?"), as CueSequel begins one.
	CueSequelTail = "sequel_tail"
	// CueFirstStep asks where to begin ("par quoi je commence ?", "je fais quoi en premier ?"):
	// the procedure's first act, told first.
	CueFirstStep = "first_step"
	// CueLikeFor compares with what follows ("comme pour la carte d'identité", "like for the ID
	// card"): a card named after it is the measure, not the subject.
	CueLikeFor = "like_for"
	// CueCardName is the identity card's own name ("carte d'identité", "CNI"), which "ma carte"
	// alone is not ("ma carte vitale").
	CueCardName = "card_name"
	// CueMeansOffered puts forward what one would use ("avec mon passeport", "with my residence
	// permit"): a document offered in the place of the one a procedure asks.
	CueMeansOffered = "means_offered"
	// CueSpares asks to be spared a paper ("ça m'évite de fournir un acte de naissance ?"): a
	// question of doing without it.
	CueSpares = "spares"
	// CueTogether says a thing was with another ("dans le même sac", "in the same wallet"): lost
	// or stolen with it.
	CueTogether = "together"
	// CueLogin names logging in to online services ("me connecter à MyMinfin", "card reader"):
	// what the digital key is for, whatever card the message names.
	CueLogin = "login"
	// CueOtherPurpose names another procedure a paper is for ("pour mon mariage", "pour la
	// succession"): a paper of the card's list asked for that is that procedure's question.
	CueOtherPurpose = "other_purpose"
	// CueDeclaredSaid tells a loss or theft declared ("je l'ai déclarée perdue", "I reported
	// it"), whatever negation comes near it.
	CueDeclaredSaid = "declared_said"
	// CueNotDeclared tells a card found before any declaration ("je n'avais fait aucune
	// déclaration", "before I reported it"): never cancelled.
	CueNotDeclared = "not_declared"
	// CueKeyWord names a key without saying which ("la clé", "the key"): with a Brussels commune
	// and the examples leaning to it, the digital key.
	CueKeyWord = "key_word"
	// CueHoliday names holidays ("en vacances"), which say a journey but no country: a card lost
	// then may be lost at home.
	CueHoliday = "holiday"
	// CueInOrderTo gives a purpose ("pour que", "so that"): what money is offered for.
	CueInOrderTo = "in_order_to"
	CueWorkEmail = "work_email"
	// CueCardReady says a card waits at the town hall ("ma carte est prête", "disponible"): what
	// to bring, or how one is told, is then the collection's.
	CueCardReady = "card_ready"
	// CueFrequency says how often something comes back ("toutes les deux semaines", "every
	// year"): the quantity after it is no duration the question claims.
	CueFrequency = "frequency"
	// CueShared says something is shared with others ("une adresse partagée", "share one key"),
	// CuePersonal, in a fact's own text, that it must be one's own ("adresse e-mail
	// personnelle"): shared, it will not do.
	CueShared   = "shared"
	CuePersonal = "personal"
	// CueHedge are the words of emphasis a question may put inside a phrase without changing what
	// it asks ("je dois vraiment attendre ?", "il faut forcément venir ?", "un fond tout blanc").
	CueHedge = "hedge"
	// CueEnables says, in a fact's own text, what something lets one do ("elle permet de") beside
	// CueAllowed's "peut": a yes/no question that asks leave to do it finds its yes there.
	CueEnables = "enables"
	// CueProviso is a condition or a way of doing that a question adds to what it asks leave for
	// ("si", "sans", "seul", "à ma place"): a fact that says one may do the thing says nothing of
	// it, so gives no verdict.
	CueProviso = "proviso"
	// CueLeaveFiller are the words that may stand between a verb of permission and the verb it
	// governs ("je peux déjà la faire", "on peut me la refaire").
	CueLeaveFiller = "leave_filler"
	// CueAppPronoun stands for the app in a question on France Identité ("on est obligé de l'avoir ?",
	// "c'est obligatoire d'avoir cette appli ?"): an obligation put on it asks whether the app is optional.
	CueAppPronoun = "app_pronoun"
	// CueMadeInto says what a changed figure or name is made into ("gratter le 6 pour en faire un 8",
	// "modifier le nom sur la facture pour mettre le mien"): after a change made by the writer, a forgery.
	CueMadeInto = "made_into"
	// CueExtensionAsked asks whether a card gets the extension's added years ("elle a droit
	// aux 5 ans en plus ?"): its verdict is the extension's, not the card's validity.
	CueExtensionAsked = "extension_asked"
	// CueThirdCard names another person's identity paper by a possessive ("sa cni", "haar
	// kaart"): with a likeness told, one who would pass for its holder.
	CueThirdCard = "third_card"
	// CueBornOfFrench tells a birth to a French parent ("née d'un père français"): French from
	// birth, by filiation.
	CueBornOfFrench = "born_of_french"
	// CueAgeMax asks for an upper age limit ("y a-t-il un âge maximum ?"), which the
	// conditions, setting only a minimum, deny.
	CueAgeMax = "age_max"
	// CueAgeUpper names the upper end of an age limit ("maximum", "trop vieux"): a limit asked
	// with it, or of someone of age, is a maximum.
	CueAgeUpper = "age_upper"
	// CueIrregularStay tells a stay in France without a valid residence permit ("sans papiers",
	// "mon titre a expiré le mois dernier"), which bars every acquisition of the nationality save
	// a minor's by birth and residence.
	CueIrregularStay = "irregular_stay"
	// CueCivilAct names a civil-status act (a birth, marriage or death certificate, the family
	// record book), which, sought for itself, is the civil registry's procedure.
	CueCivilAct = "civil_act"
	// CueFederalOffice names the federal office, or a place other than the commune, for the
	// Brussels key ("la FOD BOSA", "un autre endroit que la commune").
	CueFederalOffice = "federal_office"
	// CuePosingOfficial tells of someone who claims to be an official ("un soi-disant conseiller",
	// "saying they're from France Identité"): a contact nobody asked for, as a message or a call.
	CuePosingOfficial = "posing_official"
	// CueComplyAsked asks whether to do what such a contact demands ("je lui donne ?", "je le
	// renvoie ?", "should I do it?", "moet ik die geven?"): a yes/no question whose answer is no.
	CueComplyAsked = "comply_asked"
	// CueIntermediary names a site, a message or an agency that offers to do a procedure for
	// money ("un site", "un cabinet", "an agency").
	CueIntermediary = "intermediary"
	// CueStranger names a stranger or a social network ("a guy at the café", "une dame sur
	// Facebook"): an intermediary only when it offers its service (CueServiceOffered).
	CueStranger = "stranger"
	// CueServiceOffered tells that such an intermediary offers its service ("me propose de",
	// "says he can get me", "DELF garanti"): a stranger met in passing is no scam otherwise.
	CueServiceOffered = "service_offered"
	// CueBorrowed tells of another's things lent to the asker ("il peut me prêter sa", "m'a filé
	// son", "lend me his"): with their codes or key, an identity taken over.
	CueBorrowed = "borrowed"
	// CueTheirLogin names another's means of logging in ("sa clé numérique", "ses codes", "his
	// login"), which no one else may use.
	CueTheirLogin = "their_login"
	// CueForOwnUse tells that another's card or identity would serve the asker themself ("en
	// attendant d'avoir la mienne", "for my own use").
	CueForOwnUse = "for_own_use"
	// CueWhichCard asks which card a procedure needs ("il faut quelle carte pour l'utiliser ?"): after
	// France Identité, the app's conditions, whatever topic the card hints at.
	CueWhichCard = "which_card"
	// CueSelfCan tells the asker as the one who would act ("je peux la récupérer…", "can I…"): a
	// minor's parent asking to act without the child, not someone sent in the parent's stead.
	CueSelfCan = "self_can"
	// CueActAmend asks to correct, order or renew a paper ("faire corriger", "commander une
	// copie"): with a civil-status act named, that act sought for itself.
	CueActAmend = "act_amend"
	// CuePronounIt stands for a thing named before ("il reste valable ?", "me le faire
	// rembourser"): a sequel's subject, when no paper is named (CuePaperNamed).
	CuePronounIt = "pronoun_it"
	// CuePaperNamed names a paper ("titre", "carte", "acte", "certificat"): a sequel that names
	// one asks of it, not of the thing the last answer priced.
	CuePaperNamed = "paper_named"
	// CueDocPurpose names another document as what a question is for ("pour mon passeport
	// français, quels documents…"): the document is that procedure's, not one of a list of
	// Guichet's.
	CueDocPurpose = "doc_purpose"
	// CueHealthCondition tells a disability or a chronic illness ("sourd", "sclérose en plaques",
	// "aveugle"): with a question on the language proof, the exemption a medical certificate gives.
	CueHealthCondition = "health_condition"
	// CueNotResident says the writer does not live in the one commune they name ("même si on
	// n'habite pas la commune", "où je ne suis pas inscrit", "mais j'habite en France"): an
	// office visited, not a home.
	CueNotResident = "not_resident"
	// CueBribePaid names money handed over for a favour without an amount ("contre un petit billet",
	// "combien faut-il donner"): with CueFavour, a bribe.
	CueBribePaid = "bribe_paid"
	// CueFavour names the favour a bribe buys from an office: a file sped up, passed ahead or issued
	// without its checks.
	CueFavour = "favour"
	// CueDiffers asks whether things differ ("le prix change selon le cas ?", "le prix serait
	// différent ?"): its yes is that they do.
	CueDiffers = "differs"
	// CueDifferenceAsked asks what the difference is ("quelle est la différence de prix…"): the
	// amounts compared, with no yes or no.
	CueDifferenceAsked = "difference_asked"
	// CueTotalAsked asks the total price of several requests at once ("ça fera combien en tout ?",
	// "c'est 55 pour les deux ?").
	CueTotalAsked = "total_asked"
	// CuePair counts two people in a phrase ("pour nous deux", "tous les deux").
	CuePair = "pair"
	// CueAdditive adds to what was said ("c'est payant aussi ?"): the question asks of the new
	// thing, not whether it is the same as the other.
	CueAdditive = "additive"
	// CueIssueVerb says an office issues or handles something, in any person ("c'est la mairie qui le
	// délivre ?", "c'est nous qui le délivrons ?"): with a place named, whether that place is its office.
	CueIssueVerb = "issue_verb"
	// CueReservedFor restricts something to a group of people ("c'est réservé aux majeurs ?", "only
	// for adults?"): with an age group named, whether the conditions hold it to that group.
	CueReservedFor = "reserved_for"
	// CueAdultGroup names adults as a group ("les majeurs", "adults"), of the age group cue's words
	// those of age.
	CueAdultGroup = "adult_group"
	// CueSameQuestion asks the last question again in so many words ("same question for her card",
	// "pareil pour sa sœur"): a follow-up that carries it, for the person or case it names.
	CueSameQuestion = "same_question"
	// CueLapses says something stops being valid or working ("expire", "se désactive", "stops
	// working"): of the app, told after the card's own end or loss, it asks whether the app ends with
	// the card.
	CueLapses = "lapses"
	// CueShamMarriage tells a marriage made only for the papers ("me marier juste pour les papiers",
	// "marry a French guy just for the papers"): a fraud on the nationality, whatever it asks. (Not
	// "mariage blanc" itself: people who fear being suspected of one name it too.)
	CueShamMarriage = "sham_marriage"
	// CueOthersOne is the pronoun of another person's thing ("celle de mon mari", "die van mijn
	// vrouw"): with a person after it, something done for them.
	CueOthersOne = "others_one"
	// CueExistsAsked asks whether something exists ("est-ce qu'il y a maintenant un examen…", "is
	// there a test…"): with the thing named right after, a yes when the knowledge base has it.
	CueExistsAsked = "exists_asked"
	// CueDeadlineWord names a time limit ("une date limite", "un délai", "a deadline"): asked whether
	// one exists, a yes where the knowledge base sets one.
	CueDeadlineWord = "deadline_word"
	// CueNationalityWord names a nationality or citizenship as such ("nationalité", "citizenship"):
	// with a foreign country's adjective, the person's other nationality.
	CueNationalityWord = "nationality_word"
	// CueMainlandCompared names mainland France as what a price is compared with ("c'est moins cher
	// qu'en métropole ?"): the region told before stays the person's.
	CueMainlandCompared = "mainland_compared"
	// CueBirthRulesApart names the places of overseas France where a birth does not lead to
	// nationality on the same terms (Mayotte asks a parent's regular residence before the birth),
	// which the knowledge base does not hold: a birth there is not read as a birth in France.
	CueBirthRulesApart = "birth_rules_apart"
	// CueNatRefused tells a naturalisation or reinstatement already refused, declared inadmissible or
	// adjourned, or supposed so: what one can then do is the appeal, not the route's conditions again.
	CueNatRefused = "nat_refused"
	// CueParentOf names someone as the parent of others, whom the phrase after it names ("mère de
	// trois enfants français"): with CueFrenchChildren, a parent of French children.
	CueParentOf = "parent_of"
)

// RequiredCues are the cues a knowledge base must give.
func RequiredCues() []string {
	return []string{CueValid, CueInvalid, CueWithout, CueAnyway, CueObliged, CueAllowed, CueStamp, CueHostingLetter, CueNotLivingHere, CueRisk, CueElsewhere, CueWhatToAnswer, CueHandIn, CuePartnership, CueAnswerWait, CueCivic, CueFrenchNational, CueSame, CueChanged, CueMarried, CuePickup, CueTooLate, CueStill, CueSequel, CueFiller, CueFound, CueCounter, CuePolice, CueUse, CueMandatory, CueConsent, CueReplace, CueLacking, CuePrice, CueHostPiece, CueFree, CuePaid, CueAlone, CueTravel, CueDual, CueRenounce, CueKeep, CueExpiring, CueEarly, CueFamilyBook, CueGuardian, CueIndirect, CueTooOld, CueCopy, CueAsProof, CueNewCard, CueFiled, CueActivate, CueExitPermit, CueCertify, CueDeclared, CueApp, CueToTheEnd, CueEnough, CueWait, CueDuration, CueRemote, CueSkip, CueDirect, CueOwnTown, CueScam, CueLive, CueAgeLimit, CueWhichCommune, CueFoundOther, CueSelfAsParent, CueIdentityTheft, CueHaveCard, CueWhichOne, CueCommuneWord, CueGrounds, CueMoved, CueBreach, CueOtherParent, CueAutomatic, CueProcedure, CueReferBack, CueShorter, CueOwnParent, CueFrenchDescendant, CueOwnSibling, CueFrenchSibling, CueSiblingRoute, CueOwnBirthHere, CueForgeChange, CueForgeMeans, CueBuy, CueBoughtPaper, CueLoginAs, CuePastTold, CueWantCard, CueNewCardNamed, CueFormatNamed, CueNationalityHolder, CueForeignNationality, CueBecameFrench, CueTheftOutcome, CueOnPhone, CueCardWord, CueFrenchOther, CueOtherHolder, CueInApp, CueResemblance, CueControl, CueSinceBirth, CueBaby, CueFalsePaper, CueConcealment, CueNotRegistered, CueStudyWord, CueStudiedAbroad, CueClaimCheck, CuePlasticCard, CueKeyNamed, CueMessageReceived, CueCredentialsAsked, CueStoppedWorking, CueEIDPin, CueForgotten, CueDigits, CueDevice, CueOwnDevice, CueContactRequest, CueAppointment, CueRefuse, CueWhatNext, CueServices, CueHolderAway, CueHousebound, CueHomeVisit, CueProofDocument, CueImpersonation, CueInjection, CueNoSmartphone, CuePhoneLost, CueForeignStatus, CueOthersCredentials, CueOwnContact, CueDataRequest, CueWhichPhone, CueWhatElse, CueSpouseNamed, CueProxyAct, CueTaxMatter, CueTaxQuestion, CueProofWords, CueOrderCertificate, CueReadyNotice, CueEUNational, CueLasts, CueWalkIn, CueCode, CuePaper, CueOnCard, CueOffice, CueGoTo, CueResidencePermit, CueNonParent, CueAccompany, CueFraudAsked, CueUsageName, CueBring, CueCardCode, CueNormal, CueOurOffice, CueNotCollected, CueProveAge, CueCopyAsked, CueSafer, CueOldCardMissing, CueChildNamed, CueEverywhere, CueNotCertified, CueOnlyPlace, CueComes, CueParentAsked, CueExtraPaper, CueBook, CueNFCNamed, CueCardExpired, CueAfter, CueProveNationality, CueParentBornHere, CueActAs, CueOwnCredentials, CueAsMe, CueOwnMeans, CueProveIt, CueTownHallNamed, CueTimePassed, CueTimePassedAfter, CueAtMost, CueAtLeast, CueClockTime, CueEnables, CueProviso, CueLeaveFiller, CueLanguageLevel, CueHedge, CueChildFemale, CueChildMale, CueParentMale, CueParentFemale, CueShared, CuePersonal, CueForgeVerb, CueForgeObject, CueAppointmentDate, CueFrequency, CueCardReady, CueCertifyFor, CueIdentical, CueAlike, CueOthersChild, CueSuffices, CueOnly, CueCheaper, CueDearer, CueGoBack, CueOfAnother, CueComparedWith, CueSetAside, CueHolding, CueSpan, CueSuppose, CueCorrection, CueVenue, CueOwnChild, CueAgeGroup, CuePurpose, CueHeExpired, CueTruthOf, CueQuestionTag, CueMistake, CueAskedOf, CuePersonNamed, CueFrenchParent, CueFrenchWord, CueForeignCountry, CueConsentMissing, CueAcquiresFrench, CueFranceNamed, CueTail, CueHomeless, CueProxyVote, CueBypass, CueRequirements, CueDamage, CueParentOfFrench, CueObtain, CueDocumentsAsked, CueLacksIt, CueLanguageTest, CuePrintedOn, CueMadeChange, CueRejected, CueCounterOutcome, CueMeansLost, CueWorkEmail, CueTheftTold, CueVanished, CueBurglary, CueEurope, CueWriteVerb, CueFalseValue, CueInsteadOf, CueStatedState, CueOffer, CueInOrderTo, CueIDDocument, CueNegation, CueMoneyWord, CueDeliberate, CueUniversal, CueThisDocument, CueCompanion, CueOverseas, CueCardHeld, CueSmallTalk, CueRefusalAsked, CueCardNotInIt, CueReportScam, CueConviction, CueCleanRecord, CueAgeAsked, CueFakeMessage, CueHoliday, CueGenuineAsked, CueGoVerb, CueConclusion, CueComputer, CueBotAsked, CueRequestOpening, CueCallReceived, CueScamFallen, CueFilingVenue, CueByPost, CueOnlineFiling, CueFilingVerb, CueActInPlace, CueTheirMeans, CueOwnSubstitute, CueOtherIDPaper, CueLeftBehind, CueOnlyHeld, CueFormAsked, CueMadeFor, CueReuse, CueOverThere, CueBelgianCard, CueCardProcedure, CueLendOwn, CueSameDay, CueNeedsCertification, CueAppUsed, CueClaimsExempt, CueToldValid, CueGiveAway, CueProcedurePronoun, CuePayNothing, CueUntrueTold, CueStatementPaper, CueBothPlaces, CueSentVerb, CueSentBy, CueHomeContrast, CueDeparture, CueForSomeone, CueUnlimited, CueHowMany, CueWebAddress, CueConfirmTag, CueLicenceNamed, CueAddVerb, CueSelfFrench, CueCertificationSubject, CueFutureMarriage, CueForSelf, CueByOneself, CueChildFrench, CueDownload, CueFakeVerb, CueFakeObject, CueGoThrough, CueWhatFor, CueFrenchCity, CueTravelBack, CueEIDASCard, CueFirstPerson, CueThirdPerson, CueDescendantNamed, CueDeclareVerb, CueReplyDemanded, CueMeanwhile, CueNowAsked, CuePoliteRequest, CueHopeless, CueKeptForMe, CueOtherPhone, CueExpiryWarned, CueSequelTail, CueFirstStep, CueLikeFor, CueCardName, CueMeansOffered, CueSpares, CueTogether, CueLogin, CueOtherPurpose, CueDeclaredSaid, CueNotDeclared, CueKeyWord, CueAppPronoun, CueMadeInto, CueExtensionAsked, CueThirdCard, CueBornOfFrench, CueAgeMax, CueAgeUpper, CueIrregularStay, CueCivilAct, CueFederalOffice, CuePosingOfficial, CueComplyAsked, CueIntermediary, CueStranger, CueServiceOffered, CueBorrowed, CueTheirLogin, CueForOwnUse, CueWhichCard, CueSelfCan, CueActAmend, CuePronounIt, CuePaperNamed, CueDocPurpose, CueHealthCondition, CueNotResident, CueBribePaid, CueFavour, CueDiffers, CueDifferenceAsked, CueTotalAsked, CuePair, CueAdditive, CueIssueVerb, CueReservedFor, CueAdultGroup, CueSameQuestion, CueLapses, CueShamMarriage, CueOthersOne, CueExistsAsked, CueDeadlineWord, CueNationalityWord, CueMainlandCompared, CueBirthRulesApart, CueNatRefused, CueParentOf, CueFrenchChildren, CueInsteadOfParents, CueCompanyNamed, CueOwnName, CueThemselves, CueBribeGive, CueVoting, CueNotTown, CueRemakeTold, CueOnceTold, CueCardAwaited, CueInAnothersName, CueBirthWord, CueStayAsked, CuePhotoWord, CueAgeExemption, CueHomeUnequipped, CueFilingPlaceAgain, CueWorkTold, CueRegionWide, CueEventPlace, CueFrenchKeptAsked, CueRecover, CueOthersIdentity, CueOwnEmphatic, CueThirdPartyAuthority, CueEIDNamed, CueConsentTold, CueCardSwap, CuePossessivePronoun, CueNumberWord}
}

// The labels of examples outside every topic: another subject, and a request for help with a
// fraud.
const (
	OutOfScopeLabel = "oos"
	FraudLabel      = "fraud"
)

// MinExamples is the fewest examples a label may have: fewer cannot teach the many ways people
// ask the same thing.
const MinExamples = 15

// SplitLabel returns the topic and facet of a label; labels outside every topic have no topic.
func SplitLabel(label string) (Topic, string) {
	t, f, ok := strings.Cut(label, ".")
	if !ok {
		return "", label
	}
	return Topic(t), f
}

// Topic groups procedures by the question area a user asks about.
type Topic string

// The topics Guichet covers.
const (
	TopicCNI         Topic = "cni"
	TopicIdentite    Topic = "france-identite"
	TopicDigitalKey  Topic = "cle-numerique"
	TopicNationality Topic = "nationalite"
)

// Topics lists the covered topics in the order Guichet presents them.
var Topics = []Topic{TopicCNI, TopicIdentite, TopicDigitalKey, TopicNationality}

// Base is the whole knowledge base once loaded: every source, procedure and typed rule table.
// A Base is read-only after Load and safe for concurrent use.
type Base struct {
	Sources     map[string]Source
	Procedures  []Procedure
	CNI         CNI
	Identite    Identite
	DigitalKey  DigitalKey
	Nationality Nationality
	Offices     []Office
	Topics      map[Topic]TopicInfo
	// Questions are the examples Guichet learns to recognise questions from.
	Questions []Questions
	// Words are the words and phrases Guichet recognises, with what they mean, in file order.
	Words []Words
	// Language is what reading any message needs.
	Language Language
	// Forms are the cues of each form of question.
	Forms []Form
	// Digest identifies the content of the files loaded, so an index built from them is rebuilt
	// only when they change.
	Digest string

	// sourceOrder is every source id as read, a repeated one twice.
	sourceOrder []string
	// lines locates every id, when the files were also read as trees (LoadReviews).
	lines map[string]loc

	facts     map[string]*Fact
	factProc  map[string]*Procedure
	procByID  map[string]*Procedure
	officeIdx map[string]*Office
}

// TopicInfo is how Guichet names a topic to users.
type TopicInfo struct {
	Name Text `yaml:"name"`
}

// Fact returns the fact with the given id.
func (b *Base) Fact(id string) (*Fact, bool) {
	f, ok := b.facts[id]
	return f, ok
}

// MustFact returns the fact with the given id; the rule and answer code only asks for ids that
// `guichet kb check` and the tests guarantee, so a missing one is a programming error.
func (b *Base) MustFact(id string) *Fact {
	f, ok := b.facts[id]
	if !ok {
		panic(fmt.Sprintf("knowledge: no fact %q", id))
	}
	return f
}

// FactProcedure returns the procedure a fact belongs to.
func (b *Base) FactProcedure(id string) (*Procedure, bool) {
	p, ok := b.factProc[id]
	return p, ok
}

// Procedure returns the procedure with the given id.
func (b *Base) Procedure(id string) (*Procedure, bool) {
	p, ok := b.procByID[id]
	return p, ok
}

// Office returns the office with the given id.
func (b *Base) Office(id string) (*Office, bool) {
	o, ok := b.officeIdx[id]
	return o, ok
}

// Source returns the source with the given id.
func (b *Base) Source(id string) (Source, bool) {
	s, ok := b.Sources[id]
	return s, ok
}

// SourceIDs returns the ids of every source, sorted.
func (b *Base) SourceIDs() []string {
	ids := make([]string, 0, len(b.Sources))
	for id := range b.Sources {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	return ids
}

// expandAliases adds to every item's match and every answer's asks the phrases with an alias in
// place of the name it stands for (Language.Aliases), once, at load: the compiled base holds
// them, and matching stays a lookup of phrases.
func (b *Base) expandAliases() {
	if len(b.Language.Aliases) == 0 {
		return
	}
	names := make([]string, 0, len(b.Language.Aliases))
	for name := range b.Language.Aliases {
		names = append(names, name)
	}
	sort.Strings(names) // the phrases' order does not depend on the map's
	expand := func(phrases []string) []string {
		out := phrases
		for _, ph := range phrases {
			for _, name := range names {
				if !strings.Contains(" "+ph+" ", " "+name+" ") {
					continue
				}
				for _, alias := range b.Language.Aliases[name] {
					v := strings.TrimSpace(strings.Replace(" "+ph+" ", " "+name+" ", " "+alias+" ", 1))
					if !slices.Contains(out, v) {
						out = append(out, v)
					}
				}
			}
		}
		return out
	}
	for i := range b.Procedures {
		for j := range b.Procedures[i].Facts {
			f := &b.Procedures[i].Facts[j]
			for k := range f.Items {
				f.Items[k].Match = expand(f.Items[k].Match)
			}
			for k := range f.Answers {
				f.Answers[k].Asks = expand(f.Answers[k].Asks)
			}
		}
	}
}

func (b *Base) index() {
	b.facts = map[string]*Fact{}
	b.factProc = map[string]*Procedure{}
	b.procByID = map[string]*Procedure{}
	b.officeIdx = map[string]*Office{}
	for i := range b.Procedures {
		p := &b.Procedures[i]
		b.procByID[p.ID] = p
		for j := range p.Facts {
			b.facts[p.Facts[j].ID] = &p.Facts[j]
			b.factProc[p.Facts[j].ID] = p
		}
	}
	for i := range b.Offices {
		o := &b.Offices[i]
		b.officeIdx[o.ID] = o
		if loc, err := time.LoadLocation(o.Timezone); err == nil && o.Timezone != "" {
			o.loc = loc
		}
	}
}

// atLine prefixes an error with the node's line, the way the YAML decoder does, so that
// `guichet kb check` can point at it.
func atLine(n *yaml.Node, err error) error {
	return fmt.Errorf("line %d: %w", n.Line, err)
}

// Package nlu turns a message as people type it into what Guichet needs to answer: the language,
// the topic, the question asked and the facts of the situation (slots). It is deterministic and
// fast: a lexicon of words and phrases in French, English and Dutch, spelling correction against
// that lexicon, SMS spellings, and small parsers for dates, ages, years and phone versions.
//
// It knows the procedures only through the knowledge base it is given (commune names); it states
// no fact and decides nothing: the bot does, through the rules.
package nlu

import (
	"slices"
	"time"

	"github.com/guichet/guichet/knowledge"
)

// Intent is the kind of question asked.
type Intent string

// The questions Guichet tells apart. The bot maps each to an answer for the current topic.
const (
	Fee              Intent = "fee"
	Documents        Intent = "documents"
	Validity         Intent = "validity"
	Delay            Intent = "delay"
	Where            Intent = "where"
	Photo            Intent = "photo"
	Fingerprints     Intent = "fingerprints"
	Presence         Intent = "presence"
	PreApplication   Intent = "predemande"
	ProofAddress     Intent = "proof_address"
	HostedQ          Intent = "hosted"
	FalseDeclaration Intent = "false_declaration"
	DoubleNameQ      Intent = "double_name"
	Declare          Intent = "declare"
	PickupDeadline   Intent = "pickup_deadline"
	What             Intent = "what"
	Uses             Intent = "uses"
	Steps            Intent = "steps"
	Eligibility      Intent = "eligibility"
	Contact          Intent = "contact"
	Hours            Intent = "hours"
	Ways             Intent = "ways"
	NoChip           Intent = "no_chip"
	Language         Intent = "language"
	Routes           Intent = "routes"
	Originals        Intent = "originals"
	CivilStatus      Intent = "civil_status"
	Payment          Intent = "payment"
	ProtectedQ       Intent = "protected"
	MinorInfo        Intent = "minor_info"
)

// priority orders intents when a message has several: the most specific question first.
var priority = []Intent{
	FalseDeclaration, DoubleNameQ, HostedQ, ProofAddress, Photo, Fingerprints, PickupDeadline,
	Presence, PreApplication, Declare, Hours, Contact, Where, Eligibility, Validity, Delay,
	Payment, Originals, CivilStatus, Documents, Fee, ProtectedQ, MinorInfo, NoChip, Steps, Uses, Ways,
	Language, Routes, What,
}

// Slots are the facts of a situation a person told. Unset fields are unknown; a later message
// that sets a field replaces the earlier value, which is how corrections work.
type Slots struct {
	Application knowledge.Application `json:"application,omitempty"`
	Holder      knowledge.Holder      `json:"holder,omitempty"`
	Parents     knowledge.Parents     `json:"parents,omitempty"`
	Hosted      *bool                 `json:"hosted,omitempty"`
	Passport    *bool                 `json:"passport,omitempty"`
	BothLost    *bool                 `json:"both_lost,omitempty"`
	DoubleName  *bool                 `json:"double_name,omitempty"`
	// ExpiredYears is how long the card has been expired.
	ExpiredYears *int `json:"expired_years,omitempty"`
	// PassportExpiredYears is how long the person's passport has been expired.
	PassportExpiredYears *int `json:"passport_expired_years,omitempty"`
	// CardFormat is the model of the card discussed (lost, to renew or to certify).
	CardFormat knowledge.CardFormat `json:"card_format,omitempty"`
	// IssueDate is the card's issue day (YYYY-MM-DD); IssueYear its year when the day is unknown.
	IssueDate string `json:"issue_date,omitempty"`
	IssueYear int    `json:"issue_year,omitempty"`
	// IssueMonth is the month of IssueYear, when the person gave it without the day.
	IssueMonth int `json:"issue_month,omitempty"`
	// Remake is set when the message speaks of remaking the card ("la refaire") without saying
	// why: a renewal, unless a loss or a theft is known.
	Remake bool `json:"-"`
	// RenewalAssumed is set when this message's Remake made the request a renewal, no other
	// word having said which: for a list of papers, which differs by request, Guichet may ask.
	RenewalAssumed bool `json:"-"`
	// NewCard is set once the conversation is about a card issued today ("si je la fais
	// maintenant, elle sera valable combien de temps ?"), until a date is given.
	NewCard bool `json:"new_card,omitempty"`
	// PrintedEnd is the end date read on the card (YYYY-MM-DD); PrintedYear when only the year.
	PrintedEnd  string `json:"printed_end,omitempty"`
	PrintedYear int    `json:"printed_year,omitempty"`
	BirthDate   string `json:"birth_date,omitempty"`
	// Age is the age of the person the question is about, today.
	Age *int `json:"age,omitempty"`
	// AgeAtIssue is the holder's age on the day the card was issued.
	AgeAtIssue *int `json:"age_at_issue,omitempty"`
	// AgeMonths is how old the document or photo asked about is, in months ("une photo d'il y a
	// 8 mois", "ma facture de juillet"). It lasts one message.
	AgeMonths *int `json:"age_months,omitempty"`
	// AgeMonthsAtLeast is how old the document or photo is at the least, in full months, when only
	// the year it was made in is told ("des photos faites l'an dernier", "en 2025"): enough to
	// say it is too old, not that it is recent enough. It lasts one message, and only in the
	// message's own reading (Merge leaves it out).
	AgeMonthsAtLeast *int `json:"age_months_at_least,omitempty"`
	// ReadyDays is how long the card has waited at the town hall for its holder, in days ("prête
	// depuis 2 mois"). It lasts one message.
	ReadyDays *int `json:"ready_days,omitempty"`
	// ReadyDaysMax is the most ReadyDays may be when only a month was told ("dispo depuis
	// septembre": from its last day to its first); nil when the day is known.
	ReadyDaysMax *int `json:"ready_days_max,omitempty"`
	// ValidYears is the validity the person asks about, in years ("elle est valable 15 ans ?").
	// It lasts one message.
	ValidYears *int `json:"valid_years,omitempty"`
	// Score is an exam's result the person tells ("30 bonnes réponses sur 40", "et si j'avais eu
	// 33 ?"). It lasts one message.
	Score *int `json:"score,omitempty"`

	PhoneOS      string `json:"phone_os,omitempty"`
	PhoneVersion int    `json:"phone_version,omitempty"`
	// PhoneModel is set when the user named an iPhone model number rather than an iOS version.
	PhoneModel int `json:"phone_model,omitempty"`
	// PhoneNFC says whether the phone can read a chip ("mon téléphone n'a pas le NFC").
	PhoneNFC *bool `json:"phone_nfc,omitempty"`
	// NoIDCard is set when the person has no identity card ("je n'ai qu'un passeport").
	NoIDCard bool `json:"no_id_card,omitempty"`

	// Commune is a Brussels commune id; OutsideBX is true for someone living outside the region.
	Commune   string             `json:"commune,omitempty"`
	OutsideBX *bool              `json:"outside_bx,omitempty"`
	CardType  knowledge.CardType `json:"card_type,omitempty"`

	// Situations are nationality triggers (married, born-in-france...).
	Situations []string `json:"situations,omitempty"`
	Abroad     *bool    `json:"abroad,omitempty"`
	// GoingAbroad is set when a journey to another country is told ("elle part en Italie en
	// mars"): the person lives in France, and "là-bas" later means that country.
	GoingAbroad bool `json:"going_abroad,omitempty"`
	// ConsularRegistration is set when the French spouse abroad is on the register of French
	// nationals abroad, which keeps the marriage route's shorter duration.
	ConsularRegistration bool `json:"consular_registration,omitempty"`
	// ConsularDenied is set when the person says the French spouse was not on that register
	// while they lived abroad: the marriage's shorter duration then needs years in France since
	// the marriage.
	ConsularDenied bool `json:"consular_denied,omitempty"`
	// Years is the duration the person gave, of marriage or of residence.
	Years int `json:"years,omitempty"`
	// ResidenceYears is the duration of residence, when the person gave it beside another one
	// ("pacsée depuis 3 ans, en France depuis 6 ans"); 0 when not told apart.
	ResidenceYears int `json:"residence_years,omitempty"`
	// ArrivalAge is the age at which the person came (or came back) to France and has lived there
	// since ("arrivée en France à 10 ans", "je vis ici depuis mes 5 ans"): the routes that count
	// residence from an age compare it with theirs.
	ArrivalAge *int `json:"arrival_age,omitempty"`
	// DepartureAge is the age at which a person born or raised in France left it ("on est partis
	// vivre au Maroc quand il avait 6 ans"): with no coming back after it, the years lived in
	// France stop there.
	DepartureAge *int `json:"departure_age,omitempty"`

	// NonResident is set when the person says they do not live in the commune named.
	NonResident bool `json:"non_resident,omitempty"`
	// HomeStated is set when the person said they live in Commune ("j'habite Forest"), rather
	// than only naming it ("la clé à Ixelles").
	HomeStated bool `json:"home_stated,omitempty"`
	// AskedCommune is another commune named after the person said where they live ("et à
	// Uccle ?"): it may be a move or a question about that commune's office, which the answer
	// settles, asking when the two readings differ. It lasts one message.
	AskedCommune string `json:"asked_commune,omitempty"`
	// Region is a French region with its own fees ("guyane").
	Region string `json:"region,omitempty"`

	// Place is a French commune named (Valenciennes, Mus...), in its knowledge-base spelling.
	Place string `json:"place,omitempty"`
	// When is the moment asked about for opening hours (RFC 3339), empty for "now".
	When string `json:"when,omitempty"`
	// TravelFrom and TravelTo are the first and the last day a journey the person tells of may
	// start ("on part au Portugal en avril": the whole of April), so that "elle sera encore
	// valable ?" is asked of that day rather than of today; equal when the day is known.
	TravelFrom string `json:"travel_from,omitempty"`
	// Expires is the day the person says the card expires, counted from today ("elle expire dans
	// 3 mois"), without saying which date is printed on it.
	Expires string `json:"expires,omitempty"`
	// PrintedMonth is the month of PrintedYear, when told ("elle expire en mars 2027").
	PrintedMonth int    `json:"printed_month,omitempty"`
	TravelTo     string `json:"travel_to,omitempty"`
}

// IssueSpan returns the first and the last day the card may have been issued on (or the
// duration run from), when only a year, or a month of a year, was told ("délivrée en 2013",
// "depuis juin 2019"); ok is false without an issue year.
func (s Slots) IssueSpan() (first, last time.Time, ok bool) {
	if s.IssueYear == 0 {
		return time.Time{}, time.Time{}, false
	}
	first, last = time.Date(s.IssueYear, time.January, 1, 0, 0, 0, 0, time.UTC), time.Date(s.IssueYear, time.December, 31, 0, 0, 0, 0, time.UTC)
	if s.IssueMonth != 0 {
		first = time.Date(s.IssueYear, time.Month(s.IssueMonth), 1, 0, 0, 0, 0, time.UTC)
		last = first.AddDate(0, 1, -1)
	}
	return first, last, true
}

// Merge copies into s every field set in n: newer facts replace older ones. When the person the
// card is for changes ("et pour mon fils ?"), what was said of the previous one is dropped.
func (s *Slots) Merge(n Slots) {
	if n.Holder != "" && s.Holder != "" && n.Holder != s.Holder {
		s.Parents, s.Hosted, s.Passport, s.BothLost, s.DoubleName, s.ExpiredYears = "", nil, nil, nil, nil, nil
		s.PassportExpiredYears = nil
		s.Age, s.BirthDate, s.ArrivalAge, s.DepartureAge = nil, "", nil, nil
	}
	setStr(&s.Application, n.Application)
	s.RenewalAssumed = false
	if n.Remake && s.Application == "" {
		// "je dois la refaire" with no loss or theft told: a renewal. After one, it stays.
		s.Application = knowledge.Renewal
		s.RenewalAssumed = true
	}
	setStr(&s.Holder, n.Holder)
	setStr(&s.Parents, n.Parents)
	setPtr(&s.Hosted, n.Hosted)
	setPtr(&s.Passport, n.Passport)
	setPtr(&s.BothLost, n.BothLost)
	setPtr(&s.DoubleName, n.DoubleName)
	setPtr(&s.ExpiredYears, n.ExpiredYears)
	setPtr(&s.PassportExpiredYears, n.PassportExpiredYears)
	setStr(&s.CardFormat, n.CardFormat)
	// A date replaces the dates said before; a message may give both the issue date and the
	// date printed on the card.
	newIssue, newPrinted := n.IssueDate != "" || n.IssueYear != 0, n.PrintedEnd != "" || n.PrintedYear != 0
	s.NewCard = (s.NewCard || n.NewCard) && !newIssue && !newPrinted
	if newIssue {
		s.IssueDate, s.IssueYear, s.IssueMonth = n.IssueDate, n.IssueYear, n.IssueMonth
		if !newPrinted {
			s.PrintedEnd, s.PrintedYear = "", 0
		}
	}
	if newPrinted {
		s.PrintedEnd, s.PrintedYear = n.PrintedEnd, n.PrintedYear
		if !newIssue {
			s.IssueDate, s.IssueYear, s.IssueMonth = "", 0, 0
		}
	}
	setStr(&s.BirthDate, n.BirthDate)
	setPtr(&s.Age, n.Age)
	setPtr(&s.ArrivalAge, n.ArrivalAge)
	setPtr(&s.DepartureAge, n.DepartureAge)
	setPtr(&s.AgeAtIssue, n.AgeAtIssue)
	s.AgeMonths = nil
	setPtr(&s.AgeMonths, n.AgeMonths)
	s.ReadyDays, s.ReadyDaysMax = n.ReadyDays, n.ReadyDaysMax
	s.ValidYears = n.ValidYears
	if n.PhoneOS != "" {
		if n.PhoneOS != s.PhoneOS {
			// Another phone: what was told of the first (its version, its lack of NFC) is not
			// this one's ("mon Android n'a pas le NFC… et un iPhone 12 ?").
			s.PhoneVersion, s.PhoneModel, s.PhoneNFC = 0, 0, nil
		}
		s.PhoneOS = n.PhoneOS
	}
	if n.PhoneVersion != 0 {
		s.PhoneVersion, s.PhoneModel = n.PhoneVersion, 0
	}
	if n.PhoneModel != 0 {
		if n.PhoneModel != s.PhoneModel {
			s.PhoneNFC = nil
		}
		s.PhoneModel = n.PhoneModel
	}
	setPtr(&s.PhoneNFC, n.PhoneNFC)
	// ("j'ai pas de carte d'identité… ah si pardon, j'ai aussi une carte faite en 2023": a card
	// told, by its date or format, is one held.)
	s.NoIDCard = s.NoIDCard && n.CardFormat == "" && n.IssueDate == "" && n.IssueYear == 0 || n.NoIDCard
	s.AskedCommune = ""
	switch {
	case n.Commune != "" && s.HomeStated && s.Commune != "" && n.Commune != s.Commune && !n.HomeStated && !n.NonResident:
		s.AskedCommune = n.Commune
	case n.Commune != "" && s.NonResident && s.Commune != "" && !n.HomeStated && !n.NonResident:
		// ("je n'habite pas à Ixelles… et à Uccle ?": one who lives in neither asks about another
		// office.)
		s.Commune = n.Commune
	case n.Commune != "":
		s.Commune, s.OutsideBX, s.NonResident, s.HomeStated = n.Commune, nil, n.NonResident, n.HomeStated
	case n.NonResident && s.Commune != "" && !s.HomeStated:
		s.NonResident = true // "et si je n'y habite pas ?" of the commune asked about
	}
	if n.AskedCommune != "" && n.AskedCommune != s.Commune {
		s.AskedCommune = n.AskedCommune // named in the same message as the home
	}
	setStr(&s.Region, n.Region)
	if n.OutsideBX != nil {
		s.OutsideBX = n.OutsideBX
		if *n.OutsideBX {
			s.Commune, s.NonResident, s.HomeStated = "", false, false
		}
	}
	setStr(&s.CardType, n.CardType)
	for _, x := range n.Situations {
		if !slices.Contains(s.Situations, x) {
			s.Situations = append(s.Situations, x)
		}
	}
	setPtr(&s.Abroad, n.Abroad)
	s.GoingAbroad = s.GoingAbroad || n.GoingAbroad
	s.ConsularRegistration = s.ConsularRegistration || n.ConsularRegistration
	s.ConsularDenied = s.ConsularDenied || n.ConsularDenied
	switch {
	case n.Years != 0 && n.Years == n.ResidenceYears && s.Years != 0 && s.Years != s.ResidenceYears:
		// "je vis en France depuis 6 ans" after "marié depuis 2 ans": both durations hold.
		s.ResidenceYears = n.ResidenceYears
	case n.Years != 0:
		s.Years = n.Years
		s.ResidenceYears = n.ResidenceYears
	}
	setStr(&s.Place, n.Place)
	setStr(&s.When, n.When)
	setStr(&s.Expires, n.Expires)
	if n.PrintedYear != 0 {
		s.PrintedMonth = n.PrintedMonth
	}
	if n.TravelFrom != "" {
		s.TravelFrom, s.TravelTo = n.TravelFrom, n.TravelTo
	}
}

// ForgetPerson drops what was said of the last person when the conversation turns to someone
// else, who becomes holder (empty when unknown): their age, passport and parents, and the card
// or phone that n, the message naming them, tells of. A card or phone left untold stays the
// same kind ("et pour mon fils de 9 ans, c'est pareil ?" of a new card).
func (s *Slots) ForgetPerson(holder knowledge.Holder, n Slots) {
	s.Holder = holder
	s.Parents, s.Hosted, s.Passport, s.BothLost, s.DoubleName, s.ExpiredYears = "", nil, nil, nil, nil, nil
	s.PassportExpiredYears, s.ArrivalAge, s.DepartureAge = nil, nil, nil
	s.Age, s.BirthDate, s.AgeAtIssue, s.AgeMonths, s.AgeMonthsAtLeast = nil, "", nil, nil, nil
	if n.CardFormat != "" || n.IssueDate != "" || n.IssueYear != 0 || n.PrintedEnd != "" || n.PrintedYear != 0 || n.NewCard || n.NoIDCard {
		s.CardFormat, s.NewCard, s.NoIDCard = "", false, false
		s.IssueDate, s.IssueYear, s.IssueMonth = "", 0, 0
		s.PrintedEnd, s.PrintedYear, s.PrintedMonth, s.Expires = "", 0, 0, ""
	}
	if n.PhoneOS != "" || n.PhoneVersion != 0 || n.PhoneModel != 0 || n.PhoneNFC != nil {
		s.PhoneOS, s.PhoneVersion, s.PhoneModel, s.PhoneNFC = "", 0, 0, nil
	}
}

// WeighOnIdentite reports whether the slots set are only facts France Identité's conditions
// read: the card's format or date, the phone, the age.
func (s Slots) WeighOnIdentite() bool {
	card := s.CardFormat != "" || s.IssueYear != 0 || s.IssueDate != "" || s.NewCard
	phone := s.PhoneOS != "" || s.PhoneVersion != 0 || s.PhoneModel != 0 || s.PhoneNFC != nil
	if !card && !phone {
		return false
	}
	z := s
	z.CardFormat, z.IssueYear, z.IssueMonth, z.IssueDate, z.NewCard = "", 0, 0, "", false
	z.PhoneOS, z.PhoneVersion, z.PhoneModel, z.PhoneNFC, z.Age = "", 0, 0, nil, nil
	z.AgeMonths = nil // a card's date also reads as a document's age
	return z.IsZero()
}

// IsZero reports whether no fact is set.
func (s Slots) IsZero() bool {
	var z Slots
	z.Merge(s)
	return z.Application == "" && z.Holder == "" && z.Parents == "" && z.Hosted == nil &&
		z.Passport == nil && z.BothLost == nil && z.DoubleName == nil && z.ExpiredYears == nil && z.PassportExpiredYears == nil &&
		z.CardFormat == "" && z.IssueDate == "" && z.IssueYear == 0 && z.PrintedEnd == "" &&
		z.PrintedYear == 0 && z.BirthDate == "" && z.Age == nil && z.AgeAtIssue == nil && z.PhoneOS == "" &&
		z.PhoneVersion == 0 && z.PhoneModel == 0 && z.Commune == "" && z.OutsideBX == nil &&
		z.CardType == "" && len(z.Situations) == 0 && z.Abroad == nil && !z.GoingAbroad && z.Years == 0 &&
		z.Place == "" && z.When == "" && !z.NonResident && z.Region == "" && z.TravelFrom == "" && z.Expires == ""
}

func setStr[T ~string](dst *T, v T) {
	if v != "" {
		*dst = v
	}
}

func setPtr[T any](dst **T, v *T) {
	if v != nil {
		c := *v
		*dst = &c
	}
}

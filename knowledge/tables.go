package knowledge

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"
)

// Money is an amount in euro cents, so that 10,10 € stays exact.
type Money int64

// ParseMoney reads "25", "10.10" or "10,10" (euros).
func ParseMoney(s string) (Money, error) {
	s = strings.TrimSpace(strings.ReplaceAll(s, ",", "."))
	whole, frac, _ := strings.Cut(s, ".")
	w, err := strconv.ParseInt(whole, 10, 64)
	if err != nil || w < 0 || len(frac) > 2 {
		return 0, fmt.Errorf("amount %q: want euros such as 25 or 10.10", s)
	}
	var c int64
	if frac != "" {
		if len(frac) == 1 {
			frac += "0"
		}
		if c, err = strconv.ParseInt(frac, 10, 64); err != nil {
			return 0, fmt.Errorf("amount %q: want euros such as 25 or 10.10", s)
		}
	}
	return Money(w*100 + c), nil
}

// UnmarshalYAML reads an amount in euros.
func (m *Money) UnmarshalYAML(n *yaml.Node) error {
	v, err := ParseMoney(n.Value)
	if err != nil {
		return atLine(n, err)
	}
	*m = v
	return nil
}

// String writes the amount the French way: "25 €", "10,10 €".
func (m Money) String() string {
	if m%100 == 0 {
		return fmt.Sprintf("%d €", m/100)
	}
	return fmt.Sprintf("%d,%02d €", m/100, m%100)
}

// IsFree reports whether nothing is to be paid.
func (m Money) IsFree() bool { return m == 0 }

// Application is the kind of identity-card request.
type Application string

// The kinds of identity-card request.
const (
	FirstApplication Application = "first"
	Renewal          Application = "renewal"
	Loss             Application = "loss"
	Theft            Application = "theft"
)

// Holder is who the card is for, which changes the documents and the validity.
type Holder string

// The holders the rules distinguish.
const (
	Adult     Holder = "adult"
	Minor     Holder = "minor"
	Protected Holder = "protected"
)

// Parents is the situation of a minor's parents, which decides the documents on authority.
type Parents string

// The parents' situations the checklist distinguishes.
const (
	ParentsTogether    Parents = "together"
	ParentsDivorced    Parents = "divorced"
	ParentsSeparated   Parents = "separated"
	ParentsAlternating Parents = "alternating"
)

// CardFormat is the generation of a French identity card.
type CardFormat string

// The card generations: the laminated paper card of before 1995, the plastic "secure" card,
// and the credit-card-sized card with a chip.
const (
	Cardboard CardFormat = "cardboard"
	Plastic   CardFormat = "plastic"
	NewFormat CardFormat = "new"
)

// CNI is the typed rule data of the French identity card.
type CNI struct {
	// NewFormatFrom is the first day any commune issued the card with a chip; NewFormatAll the
	// day every commune did. Between the two, a card's format cannot be told from its date.
	NewFormatFrom Date `yaml:"new_format_from"`
	NewFormatAll  Date `yaml:"new_format_all"`
	// AdultAge is the age from which the adult rules apply.
	AdultAge       int `yaml:"adult_age"`
	FingerprintAge int `yaml:"fingerprint_age"`
	// PickupPresenceAge is the age from which (itself included) a minor comes with the parent to
	// collect the card (cni.presence states it).
	PickupPresenceAge int `yaml:"pickup_presence_age"`
	// PassportExpiredMax is how many years a passport may have been expired and still stand for
	// the birth certificate (the checklist's passport rows say it).
	PassportExpiredMax int            `yaml:"passport_expired_max"`
	FormatSources      []string       `yaml:"format_sources"`
	Fees               []FeeRule      `yaml:"fees"`
	Validity           []ValidityRule `yaml:"validity"`
	Documents          []Document     `yaml:"documents"`
	Checklist          []ChecklistRow `yaml:"checklist"`
}

// FeeRule is what a kind of request costs. Rules are tried in order; the first that matches wins,
// so a narrower rule (a lost cardboard card) comes before the general one (any loss).
type FeeRule struct {
	ID          string        `yaml:"id"`
	Application []Application `yaml:"application"`
	LostFormat  []CardFormat  `yaml:"lost_format,omitempty"`
	// Regions limits the rule to some regions ("guyane"); rules without apply everywhere else too.
	Regions []string `yaml:"regions,omitempty"`
	Amount  Money    `yaml:"amount"`
	// Payment is the id of the fact that says how to pay, when anything is to be paid.
	Payment string `yaml:"payment,omitempty"`
	Reason  Text   `yaml:"reason,omitempty"`
	// Local marks a rule a commune applies that the national reference does not state.
	Local   bool     `yaml:"local,omitempty"`
	Sources []string `yaml:"sources"`
	// Cite, for a rule of several kinds of request, are the sources an answer on one of them
	// cites: a loss cites the page on losses, not the one on thefts, nor a commune's page that
	// repeats the national rule. A kind not listed cites Sources.
	Cite map[Application][]string `yaml:"cite,omitempty"`
	// Reviewed is the day the entry was last compared with its sources.
	Reviewed Date `yaml:"reviewed"`
}

// SourcesFor are the sources an answer on a kind of request cites for the rule.
func (r *FeeRule) SourcesFor(app Application) []string {
	if s, ok := r.Cite[app]; ok {
		return s
	}
	return r.Sources
}

// ValidityRule gives the validity of cards issued in a period to a kind of holder.
type ValidityRule struct {
	ID     string       `yaml:"id"`
	Holder Holder       `yaml:"holder,omitempty"`
	Format []CardFormat `yaml:"format,omitempty"`
	From   *Date        `yaml:"issued_from,omitempty"`
	To     *Date        `yaml:"issued_to,omitempty"`
	Years  int          `yaml:"years"`
	// ExtensionYears are added by law to the date printed on the card.
	ExtensionYears int      `yaml:"extension_years,omitempty"`
	Explain        Text     `yaml:"explain"`
	Sources        []string `yaml:"sources"`
	// Reviewed is the day the entry was last compared with its sources.
	Reviewed Date `yaml:"reviewed"`
}

// Document is a piece a citizen brings to the town hall.
type Document struct {
	ID     string `yaml:"id"`
	Label  Text   `yaml:"label"`
	Detail Text   `yaml:"detail,omitempty"`
	// Match are the phrases, written normalised, that name the document in a question ("il
	// faut un acte de naissance ?").
	Match []string `yaml:"match,omitempty"`
	// MaxAgeMonths, when set, is how old (in months) the document may be: a birth certificate of
	// less than 3 months. It must be strictly less.
	MaxAgeMonths int `yaml:"max_age_months,omitempty"`
	// Of is whose document it is when not the holder's: OfRepresentative for what the parent or
	// guardian applying brings about themselves ("moi, en tant que maman, j'apporte quoi ?").
	Of      string   `yaml:"of,omitempty"`
	Sources []string `yaml:"sources"`
	// Reviewed is the day the entry was last compared with its sources.
	Reviewed Date `yaml:"reviewed"`
}

// OfRepresentative marks a document of the parent or guardian who applies for the holder.
const OfRepresentative = "representative"

// ChecklistRow puts a document on the checklist of the situations its condition matches.
type ChecklistRow struct {
	Doc  string    `yaml:"doc"`
	When Condition `yaml:"when,omitempty"`
	// If says the condition in words, for a checklist given while it is unknown.
	If      Text     `yaml:"if,omitempty"`
	Sources []string `yaml:"sources"`
}

// Condition is the part of a situation a checklist row depends on. Unset fields match anything.
type Condition struct {
	Application []Application `yaml:"application,omitempty"`
	Holder      []Holder      `yaml:"holder,omitempty"`
	Parents     []Parents     `yaml:"parents,omitempty"`
	Hosted      *bool         `yaml:"hosted,omitempty"`
	Passport    *bool         `yaml:"passport,omitempty"`
	BothLost    *bool         `yaml:"both_lost,omitempty"`
	DoubleName  *bool         `yaml:"double_name,omitempty"`
	// ExpiredOver matches when the card to renew has been expired for more than this many years.
	ExpiredOver *int `yaml:"expired_over,omitempty"`
}

// Identite is the rule data of France Identité's certified digital identity.
type Identite struct {
	// CardIssuedFrom is the first day of issue of the cards the app can read.
	CardIssuedFrom Date       `yaml:"card_issued_from"`
	CardFormat     CardFormat `yaml:"card_format"`
	CardSources    []string   `yaml:"card_sources"`
	Phones         []PhoneReq `yaml:"phones"`
	// NFCRequired says the phone must read the card's chip.
	NFCRequired bool `yaml:"nfc_required"`
	// Offices are ids of offices known to certify identities.
	Offices []string `yaml:"offices"`
}

// PhoneReq is the lowest system version of a phone that France Identité accepts: MinVersion
// itself is accepted, the version before it is not.
type PhoneReq struct {
	ID         string   `yaml:"id"`
	OS         string   `yaml:"os"`
	Name       string   `yaml:"name"`
	MinVersion int      `yaml:"min_version"`
	Sources    []string `yaml:"sources"`
	// Differs are the sources that give another minimum.
	Differs []Differs `yaml:"differs,omitempty"`
	// Models, when set, is the oldest model numbered in its maker's series that can install
	// MinVersion (iPhone 8 for iOS 16): a model told without its version ("j'ai un iPhone 13")
	// gets a verdict, on condition of the update, rather than a question back.
	Models *ModelFloor `yaml:"models,omitempty"`
	// Reviewed is the day the entry was last compared with its sources.
	Reviewed Date `yaml:"reviewed"`
}

// ModelFloor is the oldest model of a series that can install a system version.
type ModelFloor struct {
	Series  string   `yaml:"series"`
	From    int      `yaml:"from"`
	Sources []string `yaml:"sources"`
}

// DigitalKey is the rule data of the Brussels-Capital digital key: who issues it and at what price.
type DigitalKey struct {
	Communes []Commune `yaml:"communes"`
}

// Commune is one of the 19 communes of Brussels-Capital and its digital-key service.
type Commune struct {
	ID      string   `yaml:"id"`
	Name    Text     `yaml:"name"`
	Aliases []string `yaml:"aliases,omitempty"`
	// Issues is false for a commune without a local registration office.
	Issues  bool     `yaml:"issues"`
	Tariffs []Tariff `yaml:"tariffs,omitempty"`
	Sources []string `yaml:"sources"`
	// Reviewed is the day the entry was last compared with its sources.
	Reviewed Date `yaml:"reviewed"`
}

// Audience says who a tariff is for.
type Audience string

// The audiences of a digital-key tariff.
const (
	Residents    Audience = "residents"
	NonResidents Audience = "non-residents"
	Everyone     Audience = "everyone"
)

// CardType is the Belgian residence document a person holds, which some communes price apart.
type CardType string

// The residence documents the tariffs distinguish.
const (
	CardEID      CardType = "eid"
	CardOrange   CardType = "orange"
	CardProtocol CardType = "protocol"
)

// Tariff is the price of a digital key at a commune for an audience, optionally for one card type.
type Tariff struct {
	For    Audience `yaml:"for"`
	Card   CardType `yaml:"card,omitempty"`
	Amount Money    `yaml:"amount"`
}

// Nationality is the rule data of the routes to French nationality.
type Nationality struct {
	Routes []Route `yaml:"routes"`
	// DeclarationSilence says what follows when no refusal of a declaration comes in time: the
	// same for every route by declaration (article 26-4 of the civil code), unless its Decision
	// says otherwise.
	DeclarationSilence Text `yaml:"declaration_silence,omitempty"`
}

// The legal forms of a nationality request: a declaration the administration registers, or a
// decree it may refuse.
const (
	ByDeclaration = "declaration"
	ByDecree      = "decree"
)

// Route is one way of becoming French, and the situations that open it.
type Route struct {
	ID   string `yaml:"id"`
	Kind string `yaml:"kind"`
	// By is the legal form of the request, ByDeclaration or ByDecree: "la naturalisation, c'est
	// une simple déclaration ?" is answered from it.
	By   string `yaml:"by"`
	Name Text   `yaml:"name"`
	// Triggers are the situations of a person that make this route a candidate.
	Triggers []string `yaml:"triggers"`
	// Abroad says the route is for people living outside France (true), in France (false) or both (nil).
	Abroad *bool `yaml:"abroad,omitempty"`
	// Exceptional says the route is open only in the cases its conditions list, as alternatives
	// (naturalisation from abroad: a post with the French State, Monaco, the army): one who tells
	// none of its own situations gets "no, except in these cases", not "yes, if".
	Exceptional bool `yaml:"exceptional,omitempty"`
	// MinYears, when set, is the duration (of residence or marriage) the route requires.
	MinYears int `yaml:"min_years,omitempty"`
	// MinYearsBy lowers the duration for some situations (a refugee needs none).
	MinYearsBy map[string]int `yaml:"min_years_by,omitempty"`
	// MinYearsAbroad is the duration for someone living abroad, when it differs.
	MinYearsAbroad int `yaml:"min_years_abroad,omitempty"`
	// ResidentYears, when set, is the residence in France since the marriage that keeps
	// MinYears for a couple who lived abroad without the spouse on the consulate's register (3
	// for the declaration by marriage); below it, MinYearsAbroad applies.
	ResidentYears int `yaml:"resident_years,omitempty"`
	// NoDuration says the route asks for no duration of residence at all, which its sources
	// state: "is there a minimum stay?" then gets a no, not the conditions alone.
	NoDuration bool `yaml:"no_duration,omitempty"`
	// NoFee says the route costs no stamp duty (the declaration of a young person born in France),
	// as the fact nat.fee states: "il faut un timbre ?" then gets a no for that route.
	NoFee bool `yaml:"no_fee,omitempty"`
	// Language says the route asks the level of French that the fact nat.language states, so that
	// a lower level told ("j'ai le B1") settles a yes/no on the route.
	Language bool `yaml:"language,omitempty"`
	// MinAge is the age from which the route is open to the person themselves (naturalisation:
	// 17), 0 for any age: a teenager is not sent to a route of adults.
	MinAge int `yaml:"min_age,omitempty"`
	// AgeSteps are the ages from which the route opens, and to whom: the parents for the child,
	// the young person alone, or by law without a request.
	AgeSteps []AgeStep `yaml:"age_steps,omitempty"`
	// Residence, when set, is the residence in France the route counts from an age (a brother
	// or sister of a French person: since the age of 6), so that someone who tells when they
	// came to France gets a verdict.
	Residence  *Residence `yaml:"residence,omitempty"`
	Conditions []Text     `yaml:"conditions"`
	// Answers are the yes or no its conditions give to yes/no questions that no duration or age
	// settles ("mon mari est devenu français après notre mariage, je peux faire la déclaration ?").
	Answers   []Answer `yaml:"answers,omitempty"`
	Authority Text     `yaml:"authority,omitempty"`
	// Decision, when set, is how long the administration has to decide on the route's request:
	// what "ils ont combien de temps pour répondre ?" asks, which differs from route to route.
	Decision *Decision `yaml:"decision,omitempty"`
	Sources  []string  `yaml:"sources"`
	// Reviewed is the day the entry was last compared with its sources.
	Reviewed Date `yaml:"reviewed"`
}

// Decision is the longest the administration may take to decide on a request, counted from the
// receipt that the file is complete, with what shortens or lengthens it.
type Decision struct {
	// Months is the longest wait.
	Months int `yaml:"months"`
	// Extension is the one extension, in months, the wait may get (0: none), and ExtensionWhen
	// what brings it ("par une décision motivée", "si le Gouvernement s'y oppose").
	Extension     int  `yaml:"extension,omitempty"`
	ExtensionWhen Text `yaml:"extension_when,omitempty"`
	// ShorterAfterYears and ShorterMonths: someone who has lived in France for ShorterAfterYears
	// years or more waits at most ShorterMonths.
	ShorterAfterYears int `yaml:"shorter_after_years,omitempty"`
	ShorterMonths     int `yaml:"shorter_months,omitempty"`
	// Silence says what follows when no decision comes in time.
	Silence Text     `yaml:"silence,omitempty"`
	Sources []string `yaml:"sources"`
}

// AgeStep is an age from which a route opens, and who may use it: "parents" (for the child),
// "self" (alone) or "automatic" (by law, without a request).
type AgeStep struct {
	From int    `yaml:"from"`
	Who  string `yaml:"who"`
	// Residence is the residence in France this step requires, when it counts one.
	Residence *Residence `yaml:"residence,omitempty"`
}

// Residence is a condition of residence in France counted from an age: at least Years years
// since the age of SinceAge, or, with Years 0, from that age on without a break.
type Residence struct {
	SinceAge int `yaml:"since_age"`
	Years    int `yaml:"years,omitempty"`
}

// Office is a counter people go to, with its contacts and opening hours.
type Office struct {
	ID      string `yaml:"id"`
	Name    Text   `yaml:"name"`
	Commune string `yaml:"commune"`
	// Timezone is the IANA zone the hours are given in, such as Europe/Paris.
	Timezone string   `yaml:"timezone"`
	Phones   []Phone  `yaml:"phones,omitempty"`
	URL      string   `yaml:"url,omitempty"`
	Hours    []Hours  `yaml:"hours,omitempty"`
	Sources  []string `yaml:"sources"`
	// Reviewed is the day the entry was last compared with its sources.
	Reviewed Date `yaml:"reviewed"`

	loc *time.Location
}

// Location returns the time zone of the office's hours (UTC if the zone is unknown, which
// `guichet kb check` reports).
func (o *Office) Location() *time.Location {
	if o.loc == nil {
		return time.UTC
	}
	return o.loc
}

// Phone is a contact number with what it reaches.
type Phone struct {
	Label  Text   `yaml:"label"`
	Number string `yaml:"number"`
}

// Hours is an opening period on some days, optionally not in some months.
type Hours struct {
	Days         []Weekday `yaml:"days"`
	Open         Clock     `yaml:"open"`
	Close        Clock     `yaml:"close"`
	ExceptMonths []int     `yaml:"except_months,omitempty"`
}

// Weekday is a day of the week written mon…sun in the knowledge base.
type Weekday time.Weekday

var weekdayNames = map[string]time.Weekday{
	"sun": time.Sunday, "mon": time.Monday, "tue": time.Tuesday, "wed": time.Wednesday,
	"thu": time.Thursday, "fri": time.Friday, "sat": time.Saturday,
}

// UnmarshalYAML reads mon, tue…
func (w *Weekday) UnmarshalYAML(n *yaml.Node) error {
	d, ok := weekdayNames[n.Value]
	if !ok {
		return atLine(n, fmt.Errorf("day %q: want mon, tue, wed, thu, fri, sat or sun", n.Value))
	}
	*w = Weekday(d)
	return nil
}

// Clock is a time of day in minutes after midnight, written HH:MM.
type Clock int

// UnmarshalYAML reads HH:MM.
func (c *Clock) UnmarshalYAML(n *yaml.Node) error {
	t, err := time.Parse("15:04", n.Value)
	if err != nil {
		return atLine(n, fmt.Errorf("time %q: want HH:MM", n.Value))
	}
	*c = Clock(t.Hour()*60 + t.Minute())
	return nil
}

// String writes the French way: 8h15, 12h.
func (c Clock) String() string {
	if c%60 == 0 {
		return fmt.Sprintf("%dh", c/60)
	}
	return fmt.Sprintf("%dh%02d", c/60, c%60)
}

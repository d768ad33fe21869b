package rules

import (
	"slices"
	"sort"
	"time"

	"github.com/guichet/guichet/knowledge"
)

// Phone is a phone's system and major version, as a user says it ("iPhone iOS 17", "Android 9").
type Phone struct {
	OS      string // "ios" or "android"
	Version int    // 0 when unknown
	// NFC says whether the phone can read a chip; nil when unknown.
	NFC *bool
}

// Eligibility is the verdict on a France Identité certification, with every reason against it.
type Eligibility struct {
	Eligible bool
	// Reasons lists what stands in the way, each a knowledge-base requirement not met.
	Reasons []Reason
	Missing Missing
}

// Reason is one requirement not met.
type Reason struct {
	Kind string // "age", "card", "nfc" or "phone"
	// Phone is the requirement not met when Kind is "phone".
	Phone *knowledge.PhoneReq
}

// CertificationEligibility says whether a person can have their France Identité digital identity
// certified, from their card (issue date or format) and their phone. It asks for what it lacks.
func CertificationEligibility(kb *knowledge.Base, card Card, phone Phone) Eligibility {
	var e Eligibility
	if card.HolderAge > 0 && card.HolderAge < kb.CNI.AdultAge {
		e.Reasons = append(e.Reasons, Reason{Kind: "age"})
	}
	format := card.Format
	if format == "" && !card.Issued.IsZero() {
		switch {
		case card.Issued.Before(kb.CNI.NewFormatFrom.Time):
			format = knowledge.Plastic
		case !card.Issued.Before(kb.Identite.CardIssuedFrom.Time):
			format = knowledge.NewFormat
		}
	}
	switch {
	case format == "":
		e.Missing = append(e.Missing, NeedFormat)
	case format != kb.Identite.CardFormat:
		e.Reasons = append(e.Reasons, Reason{Kind: "card"})
	}
	if kb.Identite.NFCRequired && phone.NFC != nil && !*phone.NFC {
		e.Reasons = append(e.Reasons, Reason{Kind: "nfc"})
	}
	var req *knowledge.PhoneReq
	for i := range kb.Identite.Phones {
		if kb.Identite.Phones[i].OS == phone.OS {
			req = &kb.Identite.Phones[i]
		}
	}
	switch {
	case phone.OS == "" || req == nil || phone.Version == 0:
		e.Missing = append(e.Missing, NeedPhone)
	case phone.Version < req.MinVersion:
		e.Reasons = append(e.Reasons, Reason{Kind: "phone", Phone: req})
	}
	// A sure "no" needs no more facts; a "yes" needs them all.
	if len(e.Reasons) > 0 {
		e.Missing = nil
	}
	e.Eligible = len(e.Reasons) == 0 && len(e.Missing) == 0
	return e
}

// KeyOption is one place a person can get a Brussels digital key, and its price for them.
type KeyOption struct {
	Commune *knowledge.Commune
	Tariff  knowledge.Tariff
	// Home is true when the commune is the person's own.
	Home bool
}

// Person is what the digital-key rule needs to know of someone: the commune they live in (an id
// from the knowledge base; empty when outside Brussels-Capital or unknown) and their card.
type Person struct {
	Commune   string
	Card      knowledge.CardType
	OutsideBX bool
}

// DigitalKeyOptions lists where p can get a digital key and what it costs them, cheapest first
// (their own commune first among equal prices). It returns ErrUnknown when the commune is unknown
// and p does not live outside the region.
func DigitalKeyOptions(kb *knowledge.Base, p Person) ([]KeyOption, error) {
	if p.Commune == "" && !p.OutsideBX {
		return nil, ErrUnknown
	}
	var opts []KeyOption
	for i := range kb.DigitalKey.Communes {
		c := &kb.DigitalKey.Communes[i]
		home := c.ID == p.Commune
		if t, ok := tariffFor(c.Tariffs, home, p.Card); ok {
			opts = append(opts, KeyOption{Commune: c, Tariff: t, Home: home})
		}
	}
	sort.SliceStable(opts, func(i, j int) bool {
		if opts[i].Tariff.Amount != opts[j].Tariff.Amount {
			return opts[i].Tariff.Amount < opts[j].Tariff.Amount
		}
		return opts[i].Home && !opts[j].Home
	})
	return opts, nil
}

// CommuneTariff is what commune c's counter charges its residents (home) or others, with no
// particular card: the general tariff DigitalKeyOptions applies.
func CommuneTariff(c *knowledge.Commune, home bool) (knowledge.Tariff, bool) {
	return tariffFor(c.Tariffs, home, "")
}

// tariffFor picks the tariff that applies: one for the person's card first, then the general one.
func tariffFor(ts []knowledge.Tariff, home bool, card knowledge.CardType) (knowledge.Tariff, bool) {
	var best knowledge.Tariff
	found := false
	for _, t := range ts {
		applies := t.For == knowledge.Everyone || (t.For == knowledge.Residents) == home
		if !applies || (t.Card != "" && t.Card != card) {
			continue
		}
		if t.Card != "" {
			return t, true
		}
		if !found {
			best, found = t, true
		}
	}
	return best, found
}

// CommuneByName finds a Brussels commune by any of its names or aliases, compared without case,
// accents, spaces or hyphens.
func CommuneByName(kb *knowledge.Base, name string) (*knowledge.Commune, bool) {
	key := knowledge.Fold(name)
	for i := range kb.DigitalKey.Communes {
		c := &kb.DigitalKey.Communes[i]
		if knowledge.Fold(c.ID) == key {
			return c, true
		}
		for _, n := range c.Name {
			if knowledge.Fold(n) == key {
				return c, true
			}
		}
		for _, a := range c.Aliases {
			if knowledge.Fold(a) == key {
				return c, true
			}
		}
	}
	return nil, false
}

// Profile is what a person told about themselves for the nationality routes. Zero values are
// unknown.
type Profile struct {
	// Situations are triggers such as "married", "born-in-france", "lost-nationality" (see the
	// knowledge base's routes).
	Situations []string
	Abroad     *bool
	// Years is the duration the person gave (of residence or marriage), 0 when unknown.
	Years int
	// ResidenceYears is the duration of residence when the person gave it apart from another
	// one; the routes that count residence use it rather than Years.
	ResidenceYears int
	// ConsularRegistration is set when, abroad, the French spouse is on the register of French
	// nationals abroad: the route keeps its shorter duration.
	ConsularRegistration bool
	// ConsularDenied is set when the spouse was not on that register while the couple lived
	// abroad: the route's shorter duration then needs its ResidentYears in France.
	ConsularDenied bool
	// Age is the person's age, nil when unknown: routes for older people are left out.
	Age *int
	// Child is set when the age is a child's told as such ("mon fils, 14 ans"): routes for
	// adults are left out even when none remains.
	Child bool
}

// YearsFor is the duration that counts for route r: the residence given apart for any route
// but marriage's, else the duration given.
func (p Profile) YearsFor(r *knowledge.Route) int {
	if p.ResidenceYears > 0 && !contains(r.Triggers, "married") {
		return p.ResidenceYears // every route but marriage counts years of residence (an ascendant's 25)
	}
	return p.Years
}

// DecisionMonths is the longest the administration may take to decide on route r's request for
// this person, and whether that is the shorter wait of someone long resident in France. A route
// without a decision period gives 0.
func DecisionMonths(r *knowledge.Route, p Profile) (months int, shorter bool) {
	d := r.Decision
	if d == nil {
		return 0, false
	}
	if d.ShorterAfterYears > 0 && p.YearsFor(r) >= d.ShorterAfterYears {
		return d.ShorterMonths, true
	}
	return d.Months, false
}

// ResidenceMet is how many years of residence res counts for someone who came (or came back)
// to France at the age arrival and lived there until the age left (at or above at when they
// still live there), at the age at, and whether that meets res: years since res's age, or, for a
// residence without a break since an age, having come by that age and never left.
func ResidenceMet(res knowledge.Residence, arrival, left, at int) (years int, ok bool) {
	years = max(0, min(at, left)-max(arrival, res.SinceAge))
	if res.Years == 0 {
		return years, arrival <= res.SinceAge && left >= at
	}
	return years, years >= res.Years
}

// RouteMatch is a candidate route, and whether the duration given meets its minimum.
type RouteMatch struct {
	Route *knowledge.Route
	// ShortBy is how many years are missing, when the duration given is below the route's minimum.
	ShortBy int
	// MinYears is the duration required in this person's situation.
	MinYears int
}

// NationalityRoutes returns the routes whose situation matches the profile, in the knowledge
// base's order. With no situation given, it returns nothing: the caller asks which applies.
func NationalityRoutes(kb *knowledge.Base, p Profile) []RouteMatch {
	var out []RouteMatch
	for i := range kb.Nationality.Routes {
		r := &kb.Nationality.Routes[i]
		if !overlaps(r.Triggers, p.Situations) {
			continue
		}
		if r.Abroad != nil && p.Abroad != nil && *r.Abroad != *p.Abroad {
			continue
		}
		m := RouteMatch{Route: r}
		need := r.MinYears
		if r.MinYearsAbroad > 0 && p.Abroad != nil && *p.Abroad && !p.ConsularRegistration {
			need = r.MinYearsAbroad
		}
		if r.MinYearsAbroad > 0 && r.ResidentYears > 0 && p.ConsularDenied && !p.ConsularRegistration && p.ResidenceYears < r.ResidentYears {
			// Abroad without the register, and fewer years in France since than the route counts.
			need = r.MinYearsAbroad
		}
		for _, s := range p.Situations {
			if n, ok := r.MinYearsBy[s]; ok && n < need {
				need = n
			}
		}
		m.MinYears = need
		if years := p.YearsFor(r); need > 0 && years > 0 && years < need {
			m.ShortBy = need - years
		}
		out = append(out, m)
	}
	if p.Age != nil {
		// A teenager born in France is sent to the route for them, not to those of adults;
		// an age that leaves no route at all is not one of the person applying.
		// A route that a situation other than living in France opens stays, to be told its age
		// ("ma mère a 62 ans… la déclaration comme ascendante ?": not before 65).
		young := slices.DeleteFunc(slices.Clone(out), func(m RouteMatch) bool {
			return *p.Age < m.Route.MinAge && !slices.ContainsFunc(m.Route.Triggers, func(t string) bool { return t != "resident" && contains(p.Situations, t) })
		})
		if len(young) > 0 || p.Child {
			out = young
		}
	}
	return out
}

func overlaps(a, b []string) bool {
	for _, x := range a {
		if contains(b, x) {
			return true
		}
	}
	return false
}

// Opening is whether an office is open at a moment, and when it next opens or closes.
type Opening struct {
	Open bool
	// Until is the closing time when open.
	Until knowledge.Clock
	// Next is the next opening when closed (zero when none within two weeks).
	Next time.Time
	// ClosedForMonth is true when the office's hours on that day are suspended for the month
	// (such as Saturdays in August).
	ClosedForMonth bool
}

// OfficeOpen tells whether office o is open at t (read in t's location) and, when closed, when it
// next opens. Public holidays are not in the knowledge base and are not taken into account.
func OfficeOpen(o *knowledge.Office, t time.Time) Opening {
	var op Opening
	mins := knowledge.Clock(t.Hour()*60 + t.Minute())
	for _, h := range o.Hours {
		if !hasDay(h.Days, t.Weekday()) {
			continue
		}
		if contains(h.ExceptMonths, int(t.Month())) {
			op.ClosedForMonth = true
			continue
		}
		if mins >= h.Open && mins < h.Close {
			return Opening{Open: true, Until: h.Close}
		}
	}
	// Look for the next opening, minute-exact, over the next two weeks.
	start := time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, t.Location())
	for d := 0; d < 15 && op.Next.IsZero(); d++ {
		day := start.AddDate(0, 0, d)
		var best knowledge.Clock = -1
		for _, h := range o.Hours {
			if !hasDay(h.Days, day.Weekday()) || contains(h.ExceptMonths, int(day.Month())) {
				continue
			}
			if d == 0 && h.Open <= mins {
				continue
			}
			if best < 0 || h.Open < best {
				best = h.Open
			}
		}
		if best >= 0 {
			op.Next = day.Add(time.Duration(best) * time.Minute)
		}
	}
	return op
}

// HoursOn returns the opening periods of office o on the day of t (none when closed that day,
// including for a month the hours are suspended), earliest first.
func HoursOn(o *knowledge.Office, t time.Time) []knowledge.Hours {
	var out []knowledge.Hours
	for _, h := range o.Hours {
		if hasDay(h.Days, t.Weekday()) && !contains(h.ExceptMonths, int(t.Month())) {
			out = append(out, h)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Open < out[j].Open })
	return out
}

// HoursOnWeekday returns the periods an office opens on a weekday, whatever the month, earliest
// first, with the months each is suspended in.
func HoursOnWeekday(o *knowledge.Office, d time.Weekday) []knowledge.Hours {
	var out []knowledge.Hours
	for _, h := range o.Hours {
		if hasDay(h.Days, d) {
			out = append(out, h)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Open < out[j].Open })
	return out
}

func hasDay(days []knowledge.Weekday, d time.Weekday) bool {
	for _, x := range days {
		if time.Weekday(x) == d {
			return true
		}
	}
	return false
}

// OfficeByCommune returns the offices of a commune, matched like commune names.
func OfficeByCommune(kb *knowledge.Base, commune string) []*knowledge.Office {
	var out []*knowledge.Office
	key := knowledge.Fold(commune)
	for i := range kb.Offices {
		if knowledge.Fold(kb.Offices[i].Commune) == key {
			out = append(out, &kb.Offices[i])
		}
	}
	return out
}

// Total is what n requests cost together, each at the fee unit: the price asked for a family's
// cards or a household's keys at once.
func Total(unit knowledge.Money, n int) knowledge.Money {
	return unit * knowledge.Money(n)
}

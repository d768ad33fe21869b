// Package grounding is the guard between a language model and Guichet's users: it reads the
// checkable statements of a text (amounts, dates, durations, times, phone numbers, e-mails, URLs,
// other numbers, "free", a leading yes or no) and says which of them the evidence of the turn
// (the rules' results and the knowledge-base entries they returned) does not support.
//
// Values are compared in a canonical form, so that "25 €", "25,00 €" and "25 euros", or
// "1er janvier 2026" and "01/01/2026", or "03 27 22 59 00" and "+33 3.27.22.59.00" are one value
// and a correct rephrasing passes while an invented value fails.
package grounding

import (
	"regexp"
	"strconv"
	"strings"
	"sync"

	"github.com/guichet/guichet/knowledge"
)

// Kind is the kind of a checkable statement.
type Kind string

// The kinds of checkable statements.
const (
	Amount   Kind = "amount"   // euro cents
	Date     Kind = "date"     // YYYY-MM-DD
	Month    Kind = "month"    // YYYY-MM
	DayMonth Kind = "daymonth" // MM-DD, a day without its year
	Time     Kind = "time"     // HH:MM
	Duration Kind = "duration" // a number and a unit: 5y, 6m, 3w, 7d, 48h, 30min
	Phone    Kind = "phone"    // digits, national form
	Email    Kind = "email"
	URL      Kind = "url" // without scheme, "www." or trailing slash, lower case
	Number   Kind = "number"
	Free     Kind = "free" // the text says something is free of charge
)

// Claim is one checkable statement of a text.
type Claim struct {
	Kind  Kind   `json:"kind"`
	Value string `json:"value"`
	// Text is the statement as written (normalised), for logs and reports.
	Text string `json:"text"`
}

// MaxText is the longest text Extract reads; the rest is ignored, so a hostile text cannot make
// the guard slow. Guichet's replies and tool results are far shorter.
const MaxText = 64 << 10

const (
	months = `janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|` +
		`january|february|march|april|may|june|july|august|september|october|november|december|` +
		`januari|februari|maart|mei|juni|juli|augustus|oktober|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|okt|nov|dec`
	words = `un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|` +
		`one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|` +
		`een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twaalf|vijftien|twintig|dertig`
)

// claimPatterns are the expressions that find claims in a text. They compile on first use, not
// at start-up: a one-shot answer without a language model never reads a claim.
type claimPatterns struct {
	listMarker  *regexp.Regexp
	urlRE       *regexp.Regexp
	emailRE     *regexp.Regexp
	isoDateRE   *regexp.Regexp
	numDateRE   *regexp.Regexp
	dayMonthRE  *regexp.Regexp
	monthDayRE  *regexp.Regexp
	monthYearRE *regexp.Regexp
	phoneRE     *regexp.Regexp
	clockRE     *regexp.Regexp
	amountRE    *regexp.Regexp
	durRE       *regexp.Regexp
	numberRE    *regexp.Regexp
	freeRE      *regexp.Regexp
}

// patterns returns the claim patterns, compiled once.
var patterns = sync.OnceValue(func() *claimPatterns {
	return &claimPatterns{
		listMarker:  regexp.MustCompile(`(?m)^[ \t]*(?:\d{1,2}[.)]|[-*•])[ \t]+`),
		urlRE:       regexp.MustCompile(`(?:https?://|www\.)[^\s<>()"'\x60]+`),
		emailRE:     regexp.MustCompile(`[a-z0-9._%+\-]+@[a-z0-9\-]+(?:\.[a-z0-9\-]+)*\.[a-z]{2,}`),
		isoDateRE:   regexp.MustCompile(`\b(\d{4})-(\d{1,2})-(\d{1,2})\b`),
		numDateRE:   regexp.MustCompile(`\b(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4}|\d{2})\b`),
		dayMonthRE:  regexp.MustCompile(`\b(\d{1,2})(?:er|re|e|st|nd|rd|th)?\s+(` + months + `)\.?(?:,?\s+(\d{4}))?\b`),
		monthDayRE:  regexp.MustCompile(`\b(` + months + `)\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?\b`),
		monthYearRE: regexp.MustCompile(`\b(` + months + `)\.?\s+(\d{4})\b`),
		phoneRE:     regexp.MustCompile(`(?:\+|\b00)?\d(?:[ ./\-]?(?:\(0\)[ .\-]?)?\d){7,14}\b`),
		clockRE:     regexp.MustCompile(`\b(\d{1,2})(?:\s?h\s?(\d{2})?|:(\d{2}))\b`),
		amountRE:    regexp.MustCompile(`(?:€\s?(\d+(?:[.,]\d{1,2})?)|\b(\d+|` + words + `)(?:[.,](\d{1,2}))?\s?(?:€|eur\b|euros?\b))`),
		durRE:       regexp.MustCompile(`\b(\d+|` + words + `)\s?(ans?|annees?|years?|yrs?|jaar|jaren|mois|months?|maanden|maand|semaines?|weeks?|weken|jours?|days?|dagen|dag|heures?|hours?|uur|uren|minutes?|min|minuten)\b`),
		numberRE:    regexp.MustCompile(`\d+(?:[.,]\d+)?`),
		freeRE:      regexp.MustCompile(`\b(gratuite?s?|free of charge|free|gratis|kosteloos)\b`),
	}
})

var monthNumber = map[string]int{
	"janvier": 1, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7, "aout": 8,
	"septembre": 9, "octobre": 10, "novembre": 11, "decembre": 12,
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
	"september": 9, "october": 10, "november": 11, "december": 12,
	"januari": 1, "februari": 2, "maart": 3, "mei": 5, "juni": 6, "juli": 7, "augustus": 8, "oktober": 10,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
	"okt": 10, "nov": 11, "dec": 12,
}

var wordNumber = map[string]int{
	"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
	"neuf": 9, "dix": 10, "onze": 11, "douze": 12, "quinze": 15, "vingt": 20, "trente": 30,
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
	"eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
	"een": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9,
	"tien": 10, "twaalf": 12, "vijftien": 15, "twintig": 20, "dertig": 30,
}

var unitOf = map[string]string{
	"an": "y", "ans": "y", "annee": "y", "annees": "y", "year": "y", "years": "y", "yr": "y", "yrs": "y", "jaar": "y", "jaren": "y",
	"mois": "mo", "month": "mo", "months": "mo", "maand": "mo", "maanden": "mo",
	"semaine": "w", "semaines": "w", "week": "w", "weeks": "w", "weken": "w",
	"jour": "d", "jours": "d", "day": "d", "days": "d", "dag": "d", "dagen": "d",
	"heure": "h", "heures": "h", "hour": "h", "hours": "h", "uur": "h", "uren": "h",
	"minute": "min", "minutes": "min", "min": "min", "minuten": "min",
}

// Extract returns the checkable statements of text, in the order of the extractors (URLs and
// e-mails first, so that their digits are not read again as numbers).
func Extract(text string) []Claim {
	if len(text) > MaxText {
		text = text[:MaxText]
	}
	pt := patterns()
	s := knowledge.Normalize(pt.listMarker.ReplaceAllString(text, ""))
	var out []Claim
	add := func(k Kind, v, t string) { out = append(out, Claim{Kind: k, Value: v, Text: t}) }
	// take replaces what a pattern matched by spaces, so that later patterns do not read it again.
	take := func(re *regexp.Regexp, f func(m []string) bool) {
		s = re.ReplaceAllStringFunc(s, func(match string) string {
			if f(re.FindStringSubmatch(match)) {
				return strings.Repeat(" ", len(match))
			}
			return match
		})
	}
	take(pt.urlRE, func(m []string) bool {
		u := strings.TrimRight(m[0], ".,;:!?»\"")
		c := canonicalURL(u)
		if c == "" {
			return false
		}
		add(URL, c, u)
		return true
	})
	take(pt.emailRE, func(m []string) bool {
		add(Email, strings.TrimRight(m[0], "."), m[0])
		return true
	})
	take(pt.isoDateRE, func(m []string) bool { return addDate(add, m[0], atoi(m[1]), atoi(m[2]), atoi(m[3])) })
	take(pt.numDateRE, func(m []string) bool { return addDate(add, m[0], year(m[3]), atoi(m[2]), atoi(m[1])) })
	take(pt.dayMonthRE, func(m []string) bool {
		return addDate(add, m[0], year(m[3]), monthNumber[m[2]], atoi(m[1]))
	})
	take(pt.monthDayRE, func(m []string) bool {
		return addDate(add, m[0], year(m[3]), monthNumber[m[1]], atoi(m[2]))
	})
	take(pt.monthYearRE, func(m []string) bool {
		add(Month, m[2]+"-"+two(monthNumber[m[1]]), m[0])
		return true
	})
	take(pt.phoneRE, func(m []string) bool {
		p, ok := canonicalPhone(m[0])
		if ok {
			add(Phone, p, m[0])
		}
		return ok
	})
	take(pt.amountRE, func(m []string) bool {
		whole, frac := m[1], ""
		if whole == "" {
			whole, frac = m[2], m[3]
		}
		whole, frac, _ = strings.Cut(strings.ReplaceAll(whole, ",", ".")+"."+frac, ".")
		frac = strings.TrimSuffix(frac, ".")
		n, ok := number(whole)
		if !ok {
			return false
		}
		cents := n * 100
		if frac != "" {
			if len(frac) == 1 {
				frac += "0"
			}
			cents += atoi(frac)
		}
		add(Amount, strconv.Itoa(cents), m[0])
		return true
	})
	take(pt.durRE, func(m []string) bool {
		n, ok := number(m[1])
		if !ok {
			return false
		}
		add(Duration, strconv.Itoa(n)+unitOf[m[2]], m[0])
		return true
	})
	take(pt.clockRE, func(m []string) bool {
		h, mins := atoi(m[1]), atoi(m[2]+m[3])
		if h > 23 || mins > 59 {
			return false
		}
		add(Time, two(h)+":"+two(mins), m[0])
		return true
	})
	for _, n := range pt.numberRE.FindAllString(s, -1) {
		add(Number, canonicalNumber(n), n)
	}
	for _, m := range pt.freeRE.FindAllStringIndex(s, -1) {
		if !negated(s[:m[0]]) {
			add(Free, "free", s[m[0]:m[1]])
		}
	}
	return out
}

func addDate(add func(Kind, string, string), text string, y, mo, d int) bool {
	if mo < 1 || mo > 12 || d < 1 || d > 31 {
		return false
	}
	if y == 0 {
		add(DayMonth, two(mo)+"-"+two(d), text)
		return true
	}
	add(Date, strconv.Itoa(y)+"-"+two(mo)+"-"+two(d), text)
	return true
}

// negated reports whether the words just before a position deny what follows ("pas gratuit",
// "not free", "niet gratis").
func negated(before string) bool {
	f := strings.Fields(before)
	if len(f) > 3 {
		f = f[len(f)-3:]
	}
	for _, w := range f {
		switch strings.Trim(w, ".,;:!?'\"") {
		case "pas", "plus", "jamais", "not", "never", "no", "niet", "geen", "nooit", "isn't", "n'est", "aren't", "non":
			return true
		}
	}
	return false
}

func canonicalURL(u string) string {
	u = strings.ToLower(u)
	for _, p := range []string{"https://", "http://"} {
		u = strings.TrimPrefix(u, p)
	}
	u = strings.TrimPrefix(u, "www.")
	return strings.TrimRight(u, "/")
}

// canonicalPhone writes a phone number as its national digits: +33 3 27 22 59 00, 0033 3 27…
// and 03 27 22 59 00 are one number. It refuses digit runs that are not phone numbers.
func canonicalPhone(s string) (string, bool) {
	intl := strings.HasPrefix(s, "+") || strings.HasPrefix(s, "00")
	s = strings.ReplaceAll(s, "(0)", "")
	var b strings.Builder
	for _, r := range s {
		if r >= '0' && r <= '9' {
			b.WriteRune(r)
		}
	}
	d := b.String()
	if intl {
		d = strings.TrimPrefix(d, "00")
		for _, cc := range []string{"33", "32", "352", "41"} {
			if strings.HasPrefix(d, cc) {
				return "0" + d[len(cc):], true
			}
		}
		return "+" + d, len(d) >= 8
	}
	if !strings.HasPrefix(d, "0") || len(d) < 9 || len(d) > 10 {
		return "", false
	}
	return d, true
}

func canonicalNumber(s string) string {
	s = strings.ReplaceAll(s, ",", ".")
	if whole, frac, ok := strings.Cut(s, "."); ok {
		frac = strings.TrimRight(frac, "0")
		s = strings.TrimLeft(whole, "0")
		if s == "" {
			s = "0"
		}
		if frac != "" {
			s += "." + frac
		}
		return s
	}
	s = strings.TrimLeft(s, "0")
	if s == "" {
		return "0"
	}
	return s
}

func number(s string) (int, bool) {
	if n, ok := wordNumber[s]; ok {
		return n, true
	}
	n, err := strconv.Atoi(s)
	return n, err == nil && n < 1_000_000_000
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

func year(s string) int {
	switch len(s) {
	case 0:
		return 0
	case 2:
		y := atoi(s)
		if y > 50 {
			return 1900 + y
		}
		return 2000 + y
	}
	return atoi(s)
}

func two(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

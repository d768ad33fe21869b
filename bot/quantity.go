package bot

// The yes or no of a question that states a quantity the knowledge base also states: "le résultat
// arrive sous 2 semaines, c'est bien ça ?" against the certification's "dans les 48 heures", "le
// code c'est 4 chiffres ?" against its "six chiffres". The two are compared in one unit, from the
// fact's own text: no number is written in Go.

import (
	"cmp"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/guichet/guichet/bot/nlu"
	"github.com/guichet/guichet/knowledge"
)

// dimension is what a quantity measures; quantities of one dimension compare.
type dimension int

const (
	duration dimension = iota + 1 // in minutes
	digits                        // the digits of a code
	photos                        // identity photos to bring
)

// quantity is a number with its unit, converted to its dimension's base unit. bound says how a
// question states it: 0 exactly ("2 semaines"), -1 as a most ("moins de 2 semaines"), +1 as a
// least ("plus de 2 semaines").
type quantity struct {
	dim   dimension
	value int
	bound int
	// every is set for a frequency ("toutes les deux semaines"): how often, no duration claimed.
	every bool
	// long is set for a quantity told in months or years, compared only with its like.
	long bool
	// held is set for a count a question says one has ("j'ai 2 photos, ça suffit ?"), which
	// holds when a rule asks that many or fewer, where a count claimed as a rule ("il faut 2
	// photos ?") holds only when equal.
	held bool
}

// monthMinutes and yearMinutes are a month's and a year's length in minutes, for comparing
// durations told in any unit.
const (
	monthMinutes = 30 * 1440
	yearMinutes  = 365 * 1440
)

// units maps a unit's words, normalised, to its dimension and its size in the base unit.
var units = map[string]struct {
	dim  dimension
	size int
}{
	"minute": {duration, 1}, "minutes": {duration, 1}, "min": {duration, 1}, "mn": {duration, 1}, "minuten": {duration, 1},
	"heure": {duration, 60}, "heures": {duration, 60}, "hour": {duration, 60}, "hours": {duration, 60}, "uur": {duration, 60}, "h": {duration, 60},
	"jour": {duration, 1440}, "jours": {duration, 1440}, "day": {duration, 1440}, "days": {duration, 1440}, "dag": {duration, 1440}, "dagen": {duration, 1440},
	"semaine": {duration, 10080}, "semaines": {duration, 10080}, "week": {duration, 10080}, "weeks": {duration, 10080}, "weken": {duration, 10080},
	"mois": {duration, monthMinutes}, "month": {duration, monthMinutes}, "months": {duration, monthMinutes}, "maand": {duration, monthMinutes}, "maanden": {duration, monthMinutes},
	"ans": {duration, yearMinutes}, "annee": {duration, yearMinutes}, "annees": {duration, yearMinutes}, "year": {duration, yearMinutes}, "years": {duration, yearMinutes}, "jaar": {duration, yearMinutes},
	"photo": {photos, 1}, "photos": {photos, 1},
	"chiffre": {digits, 1}, "chiffres": {digits, 1}, "digit": {digits, 1}, "digits": {digits, 1}, "cijfer": {digits, 1}, "cijfers": {digits, 1},
}

// reQuantity finds a number, in digits or a word, and its unit ("48 heures", "48h", "six
// chiffres"). It compiles on first use, not at start-up.
var reQuantity = sync.OnceValue(func() *regexp.Regexp {
	words := make([]string, 0, len(units))
	for w := range units {
		words = append(words, w)
	}
	slices.SortFunc(words, func(a, b string) int { return cmp.Or(len(b)-len(a), strings.Compare(a, b)) }) // "heures" before "h"
	// ("une seule photo", "one single photo": a count said to be the only one)
	return regexp.MustCompile(`(?:^|[^a-z0-9])([0-9]{1,3}|[a-z]+) ?(?:(?:seule?s?|single|enkele) )?(` + strings.Join(words, "|") + `)\b`)
})

// quantities returns the quantities of a normalised text. In a question (asked) the ones that
// tell the situation rather than claim a rule are left out: the time passed ("il y a 3 semaines",
// "depuis 10 jours") or to come ("dans 2 semaines"); a clock time ("17h30", "à 17h") is never
// one. The words around a number come from the knowledge base's cues.
func (b *Bot) quantities(text string, asked bool) []quantity {
	cues := b.kb.Language.Cues
	var out []quantity
	for _, m := range reQuantity().FindAllStringSubmatchIndex(text, -1) {
		num, unit := text[m[2]:m[3]], text[m[4]:m[5]]
		u, ok := units[unit]
		if !ok {
			continue
		}
		n, err := strconv.Atoi(num)
		if err != nil {
			if n, ok = nlu.NumberWord(num); !ok && num != "an" { // ("an hour")
				continue
			}
			n = max(n, 1)
		}
		before := text[:m[2]]
		after := text[m[5]:]
		if unit == "h" && (len(after) > 0 && after[0] >= '0' && after[0] <= '9' || n <= 24 && endsWithWord(before, cues[knowledge.CueClockTime]...)) {
			continue // "17h30", "ouvert jusqu'à 17h": a time of day
		}
		if asked && (endsWithWord(before, cues[knowledge.CueTimePassed]...) || startsWithWord(after, cues[knowledge.CueTimePassedAfter]...)) {
			continue
		}
		q := quantity{dim: u.dim, value: n * u.size, every: asked && endsWithWord(before, cues[knowledge.CueFrequency]...), long: u.size >= monthMinutes}
		if asked && u.size >= monthMinutes && !q.every && !b.lasting(before) {
			continue // "mon fils de 12 ans", "faite il y a 8 mois": an age, told; not a duration claimed
		}
		if asked && u.dim == photos {
			if n == 1 && strings.TrimSpace(text[m[3]:m[4]]) == "" {
				continue // "une photo sur fond blanc" names a photo; "une seule photo" counts one
			}
			q.held = holds(before, cues[knowledge.CueHolding])
		}
		switch {
		case endsWithWord(before, cues[knowledge.CueAtMost]...):
			q.bound = -1
		case endsWithWord(before, cues[knowledge.CueAtLeast]...):
			q.bound = 1
		}
		out = append(out, q)
	}
	return out
}

// lasting reports whether the words before a duration say it is how long something lasts
// ("valable 15 ans", "valid for 10 years", "ça dure 5 ans"): a claim about a rule.
func (b *Bot) lasting(before string) bool {
	cues := b.kb.Language.Cues
	before = strings.TrimRight(before, " ,'")
	for _, w := range cues[knowledge.CueSpan] {
		if endsWithWord(before, w) {
			before = strings.TrimSuffix(before, w)
			break
		}
	}
	return endsWithWord(before, cues[knowledge.CueValid]...) || endsWithWord(before, cues[knowledge.CueLasts]...)
}

// holds reports whether the last words of a clause before a count say it is held ("j'ai déjà
// 2 photos", not "il faut 2 photos").
func holds(before string, words []string) bool {
	if i := strings.LastIndexAny(before, ",.;?!"); i >= 0 {
		before = before[i+1:]
	}
	ws := strings.Fields(before)
	for _, w := range ws[max(0, len(ws)-3):] {
		if slices.Contains(words, w) {
			return true
		}
	}
	return false
}

// endsWithWord reports whether text ends with one of the words (or phrases), as whole words.
func endsWithWord(text string, words ...string) bool {
	text = strings.TrimRight(text, " ,'")
	for _, w := range words {
		if strings.HasSuffix(text, w) && (len(text) == len(w) || !isLetter(text[len(text)-len(w)-1])) {
			return true
		}
	}
	return false
}

// startsWithWord reports whether text starts with one of the words (or phrases), as whole words.
func startsWithWord(text string, words ...string) bool {
	text = strings.TrimLeft(text, " ,'")
	for _, w := range words {
		if strings.HasPrefix(text, w) && (len(text) == len(w) || !isLetter(text[len(w)])) {
			return true
		}
	}
	return false
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' }

// quantityVerdict compares the quantity a yes/no question states with the one a fact of the reply
// states in the same dimension, the first such fact in the reply's order, when it states one only
// (a fact with two durations does not say which one is asked). It returns the fact and whether
// the question's quantity holds; nil when no fact compares.
func (b *Bot) quantityVerdict(p nlu.Parse, entries []string) (*knowledge.Fact, bool) {
	ask := p.Ask
	if ask == "" || anaphoric(ask) {
		ask = p.Norm // "le résultat arrive sous 2 semaines, c'est bien ça ?"
	}
	claims := b.quantities(ask, true)
	if every := slices.DeleteFunc(slices.Clone(claims), func(q quantity) bool { return !q.every }); len(every) == 1 {
		// "…ne dure que 14 jours, il faudra revenir tous les 15 jours ?": how often is asked.
		return b.frequencyVerdict(every[0], entries)
	}
	if len(claims) != 1 {
		return nil, false // none, or two that the question may compare with each other
	}
	claim := claims[0]
	for _, id := range entries {
		f, ok := b.kb.Fact(id)
		if !ok {
			continue
		}
		v, ok := b.statedOnce(f, claim.dim, claim.long)
		if !ok {
			continue
		}
		switch claim.bound {
		case -1:
			return f, v <= claim.value
		case 1:
			return f, v >= claim.value
		}
		if claim.held {
			return f, claim.value >= v
		}
		return f, v == claim.value
	}
	return nil, false
}

// elapsedVerdict answers whether what a fact says happens within a time still holds after the
// time a question says has passed ("j'y suis allée il y a 5 jours" against "dans les 48
// heures"): within while the time passed is no longer than the fact's. ok is false when the
// question tells no time passed or the fact states no single short duration.
func (b *Bot) elapsedVerdict(p nlu.Parse, factID string) (within, ok bool) {
	f, found := b.kb.Fact(factID)
	if p.AgoDays == nil || !found {
		return false, false
	}
	v, ok := b.statedOnce(f, duration, false)
	return ok && *p.AgoDays*1440 <= v, ok
}

// statedOnce returns the one quantity of a dimension (long or short) a fact's text states, in
// its base unit; ok is false when it states none, or two that a question could mean either of.
func (b *Bot) statedOnce(f *knowledge.Fact, dim dimension, long bool) (value int, ok bool) {
	found := false
	for _, q := range b.quantities(knowledge.Normalize(f.Text[knowledge.FR]), false) {
		if q.dim != dim || q.long != long {
			continue
		}
		if found && q.value != value {
			return 0, false
		}
		value, found = q.value, true
	}
	return value, found
}

// frequencyVerdict answers whether something must be done again as often as a question says
// ("l'usager devra revenir tous les 15 jours ?"): no when a fact of the reply states a longer
// duration of that dimension (the key, once activated, lasts 10 years). It gives no verdict
// otherwise.
func (b *Bot) frequencyVerdict(claim quantity, entries []string) (*knowledge.Fact, bool) {
	for _, id := range entries {
		f, ok := b.kb.Fact(id)
		if !ok {
			continue
		}
		for _, q := range b.quantities(knowledge.Normalize(f.Text[knowledge.FR]), false) {
			if q.dim == claim.dim && q.value > claim.value {
				return f, false
			}
		}
	}
	return nil, false
}

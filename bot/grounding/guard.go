package grounding

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/guichet/guichet/knowledge"
)

// Evidence is what a turn's tool results and the knowledge-base entries they returned state, as
// canonical values. The zero Evidence supports nothing; use NewEvidence.
type Evidence struct {
	values map[Kind]map[string]bool
}

// NewEvidence returns the evidence of texts.
func NewEvidence(texts ...string) *Evidence {
	e := &Evidence{values: map[Kind]map[string]bool{}}
	e.Add(texts...)
	return e
}

// Add adds what texts state. A date also supports its month, its day and month, and its numbers;
// a duration in years also supports the same in months, and so on, so that a faithful
// rephrasing finds its value.
func (e *Evidence) Add(texts ...string) {
	for _, t := range texts {
		for _, c := range Extract(t) {
			e.put(c.Kind, c.Value)
			switch c.Kind {
			case Date:
				e.put(Month, c.Value[:7])
				e.put(DayMonth, c.Value[5:])
				e.put(Number, strings.TrimLeft(c.Value[:4], "0"))
				e.put(Number, strings.TrimLeft(c.Value[8:], "0"))
			case Month:
				e.put(Number, c.Value[:4])
			case Amount:
				cents, _ := strconv.Atoi(c.Value)
				e.put(Number, canonicalNumber(fmt.Sprintf("%d.%02d", cents/100, cents%100)))
				if cents == 0 {
					e.put(Free, "free")
				}
			case Duration:
				n, unit := splitDuration(c.Value)
				e.put(Number, strconv.Itoa(n))
				switch {
				case unit == "y":
					e.put(Duration, strconv.Itoa(12*n)+"mo")
				case unit == "mo" && n%12 == 0:
					e.put(Duration, strconv.Itoa(n/12)+"y")
				case unit == "w":
					e.put(Duration, strconv.Itoa(7*n)+"d")
				case unit == "d" && n%7 == 0:
					e.put(Duration, strconv.Itoa(n/7)+"w")
				}
			case Time:
				h, _ := strconv.Atoi(c.Value[:2])
				e.put(Number, strconv.Itoa(h))
				if m := strings.TrimLeft(c.Value[3:], "0"); m != "" {
					e.put(Number, m)
				}
			}
		}
	}
}

func (e *Evidence) put(k Kind, v string) {
	if e.values[k] == nil {
		e.values[k] = map[string]bool{}
	}
	e.values[k][v] = true
}

func splitDuration(v string) (int, string) {
	i := 0
	for i < len(v) && v[i] >= '0' && v[i] <= '9' {
		i++
	}
	n, _ := strconv.Atoi(v[:i])
	return n, v[i:]
}

// Supports reports whether the evidence states c.
func (e *Evidence) Supports(c Claim) bool {
	if e == nil || e.values == nil {
		return false
	}
	return e.values[c.Kind][c.Value]
}

// Unsupported returns the claims of text the evidence does not state.
func (e *Evidence) Unsupported(text string) []Claim {
	var out []Claim
	for _, c := range Extract(text) {
		if !e.Supports(c) {
			out = append(out, c)
		}
	}
	return out
}

// Verdict is the yes or no an answer starts with.
type Verdict string

// The verdicts; the empty Verdict is none.
const (
	Yes Verdict = "yes"
	No  Verdict = "no"
)

// LeadVerdict returns the yes or no text starts with ("Oui, …", "No.", "Nee, …"), or "".
func LeadVerdict(text string) Verdict {
	s := knowledge.Normalize(text)
	end := strings.IndexFunc(s, func(r rune) bool { return r < 'a' || r > 'z' })
	if end >= 0 {
		s = s[:end]
	}
	switch s {
	case "oui", "yes", "ja":
		return Yes
	case "non", "no", "nee", "neen":
		return No
	}
	return ""
}

// Rejection is why the guard refused a text.
type Rejection struct {
	// Reason is "empty", "ungrounded" or "verdict" (or "incomplete", from the core, when a
	// phrasing leaves out an amount or a date of the answer): short, for logs and metric labels.
	Reason string
	// Claims are the statements no evidence supports, for "ungrounded", or those left out, for
	// "incomplete".
	Claims []Claim
	// Got and Want are the verdicts, for "verdict".
	Got, Want Verdict
}

func (r *Rejection) Error() string {
	switch r.Reason {
	case "ungrounded":
		parts := make([]string, len(r.Claims))
		for i, c := range r.Claims {
			parts[i] = string(c.Kind) + " " + strconv.Quote(c.Text)
		}
		return "grounding: unsupported " + strings.Join(parts, ", ")
	case "verdict":
		return fmt.Sprintf("grounding: verdict %q, the rules say %q", r.Got, r.Want)
	}
	return "grounding: " + r.Reason
}

// Check returns nil when text may go out: it is not empty, every claim in it is supported by the
// evidence, and it starts with the verdict the rules gave (want), or with none when they gave
// none: a yes or no is a fact too.
func Check(text string, ev *Evidence, want Verdict) *Rejection {
	if strings.TrimSpace(text) == "" {
		return &Rejection{Reason: "empty"}
	}
	if got := LeadVerdict(text); got != want {
		return &Rejection{Reason: "verdict", Got: got, Want: want}
	}
	if bad := ev.Unsupported(text); len(bad) > 0 {
		return &Rejection{Reason: "ungrounded", Claims: bad}
	}
	return nil
}

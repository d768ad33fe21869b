// Package rules holds the deterministic rule functions of Guichet: fees, validity, checklists,
// eligibility, digital-key options, nationality routes and opening hours.
//
// Every function is pure: it reads the knowledge base it is given and the facts of a situation,
// and returns a typed result that names the rule and sources it applied. Answers state amounts,
// dates and verdicts only from these results, so a language model or a template never decides one.
package rules

import (
	"errors"
	"time"

	"github.com/guichet/guichet/knowledge"
)

// ErrUnknown is returned when the situation lacks a fact the rule needs; Missing says which.
var ErrUnknown = errors.New("rules: situation incomplete")

// Fee is what an identity-card request costs, and the rule it comes from.
type Fee struct {
	Amount knowledge.Money
	Rule   *knowledge.FeeRule
	// Sources are the rule's sources for this kind of request (FeeRule.SourcesFor).
	Sources []string
	// Payment says how to pay, nil when the request is free.
	Payment *knowledge.Fact
	// Local is a commune's own rule that differs for this request (such as a lost cardboard
	// card at Mus), stated beside the national one; nil when there is none.
	Local *knowledge.FeeRule
	// LocalIfFormat lists local rules that would apply if the lost card were of another format,
	// when the format is not known: the answer mentions them rather than assume.
	LocalIfFormat []*knowledge.FeeRule
}

// CNIFee returns the fee of a request under the national rule, with any local rule beside it.
// lostFormat is the format of the lost or stolen card, or "" when unknown; region is a region with
// fees of its own ("guyane"), or "". It returns ErrUnknown when app is empty and an error when no
// national rule covers the request.
func CNIFee(kb *knowledge.Base, app knowledge.Application, lostFormat knowledge.CardFormat, region string) (Fee, error) {
	if app == "" {
		return Fee{}, ErrUnknown
	}
	var f Fee
	for i := range kb.CNI.Fees {
		r := &kb.CNI.Fees[i]
		if !contains(r.Application, app) {
			continue
		}
		if len(r.Regions) > 0 && !contains(r.Regions, region) {
			continue
		}
		if len(r.LostFormat) > 0 && !contains(r.LostFormat, lostFormat) {
			if r.Local && lostFormat == "" {
				f.LocalIfFormat = append(f.LocalIfFormat, r)
			}
			continue
		}
		if r.Local {
			if f.Local == nil {
				f.Local = r
			}
			continue
		}
		if f.Rule == nil {
			f.Rule, f.Amount, f.Sources = r, r.Amount, r.SourcesFor(app)
			if r.Payment != "" {
				f.Payment, _ = kb.Fact(r.Payment)
			}
		}
	}
	if f.Rule == nil {
		return Fee{}, errors.New("rules: no national fee rule for " + string(app))
	}
	return f, nil
}

// Card is what is known of an identity card for the validity rules.
type Card struct {
	Issued time.Time
	// Holder is Adult or Minor at the day of issue; empty when unknown and BirthDate is zero.
	Holder    knowledge.Holder
	BirthDate time.Time
	// Format is the card's generation; empty when unknown, then deduced from the issue date
	// where the date alone decides it.
	Format knowledge.CardFormat
	// HolderAge is the holder's age today, 0 when unknown (France Identité is for adults).
	HolderAge int
}

// Validity is the end of a card's validity and whether it is valid on a given day.
type Validity struct {
	// Printed is the end date written on the card; End the real one (later when extended by law).
	Printed  time.Time
	End      time.Time
	Extended bool
	Valid    bool
	Rule     *knowledge.ValidityRule
	Format   knowledge.CardFormat
	Holder   knowledge.Holder
}

// Missing names the facts a rule still needs.
type Missing []string

// The facts rules may ask for.
const (
	NeedIssueDate   = "issue_date"
	NeedHolder      = "holder"
	NeedFormat      = "card_format"
	NeedApplication = "application"
	NeedCommune     = "commune"
	NeedPhone       = "phone"
)

// CNIValidity computes the validity of card on day on. It returns the facts it still needs
// (issue date, adult or minor at issue, or the format for a card issued while both formats were
// delivered) instead of guessing; a fact whose every value gives the same answer is not needed.
func CNIValidity(kb *knowledge.Base, card Card, on time.Time) (Validity, Missing) {
	if card.Issued.IsZero() {
		miss := Missing{NeedIssueDate}
		if card.Holder == "" && card.BirthDate.IsZero() {
			miss = append(miss, NeedHolder)
		}
		return Validity{}, miss
	}
	holder := card.Holder
	if holder == "" && !card.BirthDate.IsZero() {
		holder = knowledge.Minor
		if Age(card.BirthDate, card.Issued) >= kb.CNI.AdultAge {
			holder = knowledge.Adult
		}
	}
	if holder == knowledge.Protected {
		holder = knowledge.Adult
	}
	format := card.Format
	if format == "" {
		switch {
		case card.Issued.Before(kb.CNI.NewFormatFrom.Time):
			format = knowledge.Plastic
		case !card.Issued.Before(kb.CNI.NewFormatAll.Time):
			format = knowledge.NewFormat
		}
	}
	holders := []knowledge.Holder{holder}
	if holder == "" {
		holders = []knowledge.Holder{knowledge.Adult, knowledge.Minor}
	}
	formats := []knowledge.CardFormat{format}
	if format == "" {
		formats = []knowledge.CardFormat{knowledge.Plastic, knowledge.NewFormat}
	}
	var first Validity
	same := true
	for i, h := range holders {
		for j, f := range formats {
			v, ok := validityFor(kb, day(card.Issued), h, f, on)
			if !ok {
				return Validity{}, Missing{NeedIssueDate}
			}
			if i == 0 && j == 0 {
				first = v
			} else if !v.End.Equal(first.End) || !v.Printed.Equal(first.Printed) {
				same = false
			}
		}
	}
	if !same {
		var miss Missing
		if len(holders) > 1 {
			miss = append(miss, NeedHolder)
		}
		if len(formats) > 1 {
			miss = append(miss, NeedFormat)
		}
		return Validity{}, miss
	}
	first.Holder, first.Format = holder, format
	return first, nil
}

// CNIValidityFromPrinted computes the validity of a card from the end date printed on it, which
// is what people read on their card. It tries every rule that could have printed that date and
// answers when they all agree; otherwise it asks for what tells them apart.
func CNIValidityFromPrinted(kb *knowledge.Base, printed time.Time, holder knowledge.Holder, on time.Time) (Validity, Missing) {
	if holder == knowledge.Protected {
		holder = knowledge.Adult
	}
	var found []Validity
	for i := range kb.CNI.Validity {
		r := &kb.CNI.Validity[i]
		if holder != "" && r.Holder != "" && r.Holder != holder {
			continue
		}
		issued := day(printed).AddDate(-r.Years, 0, 1)
		h := r.Holder
		if h == "" {
			h = holder
		}
		formats := r.Format
		if len(formats) == 0 {
			formats = []knowledge.CardFormat{knowledge.Plastic}
		}
		for _, f := range formats {
			if f == knowledge.NewFormat && issued.Before(kb.CNI.NewFormatFrom.Time) {
				continue
			}
			if f != knowledge.NewFormat && !issued.Before(kb.CNI.NewFormatAll.Time) {
				continue
			}
			hs := []knowledge.Holder{h}
			if h == "" {
				hs = []knowledge.Holder{knowledge.Adult, knowledge.Minor}
			}
			for _, hh := range hs {
				if v, ok := validityFor(kb, issued, hh, f, on); ok && v.Rule == r {
					v.Holder = holder
					found = append(found, v)
				}
			}
		}
	}
	if len(found) == 0 {
		return Validity{}, Missing{NeedIssueDate}
	}
	for _, v := range found[1:] {
		if !v.End.Equal(found[0].End) {
			return Validity{}, Missing{NeedHolder}
		}
	}
	return found[0], nil
}

// validityFor applies the first rule matching a card issued on issued.
func validityFor(kb *knowledge.Base, issued time.Time, holder knowledge.Holder, format knowledge.CardFormat, on time.Time) (Validity, bool) {
	for i := range kb.CNI.Validity {
		r := &kb.CNI.Validity[i]
		if r.Holder != "" && r.Holder != holder {
			continue
		}
		if len(r.Format) > 0 && !contains(r.Format, format) {
			continue
		}
		if r.From != nil && issued.Before(r.From.Time) {
			continue
		}
		if r.To != nil && issued.After(r.To.Time) {
			continue
		}
		v := Validity{Rule: r, Format: format, Holder: holder}
		// A card is valid up to the day before the anniversary of its issue.
		v.Printed = issued.AddDate(r.Years, 0, -1)
		v.End = issued.AddDate(r.Years+r.ExtensionYears, 0, -1)
		v.Extended = r.ExtensionYears > 0
		v.Valid = !day(on).After(v.End)
		return v, true
	}
	return Validity{}, false
}

// Age is the age in whole years on day at of someone born on birth.
func Age(birth, at time.Time) int {
	y := at.Year() - birth.Year()
	if at.Month() < birth.Month() || (at.Month() == birth.Month() && at.Day() < birth.Day()) {
		y--
	}
	return y
}

func day(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

func contains[T comparable](list []T, v T) bool {
	for _, x := range list {
		if x == v {
			return true
		}
	}
	return false
}

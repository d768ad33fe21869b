package rules

import "github.com/guichet/guichet/knowledge"

// Situation is what is known of a person's identity-card request. Pointer and empty fields are
// unknown: the checklist then lists the documents that depend on them under their condition
// rather than guessing.
type Situation struct {
	Application knowledge.Application
	Holder      knowledge.Holder
	Parents     knowledge.Parents
	Hosted      *bool
	// Passport is true when the person holds a passport valid or recently expired.
	Passport   *bool
	BothLost   *bool
	DoubleName *bool
	// ExpiredYears is how long the card to renew has been expired, in whole years.
	ExpiredYears *int
}

// ChecklistItem is one document to bring, and, when it depends on a fact not known yet, the
// condition in words.
type ChecklistItem struct {
	Doc *knowledge.Document
	// If is empty for a document needed for sure in this situation.
	If      knowledge.Text
	Sources []string
}

// Checklist is the list of documents for a situation, surely needed first, then conditional ones.
type Checklist struct {
	Items []ChecklistItem
	// Missing is non-empty when the situation lacks what the checklist cannot do without
	// (the kind of request, and who the card is for).
	Missing Missing
}

// CNIChecklist returns the documents to bring for s. It needs the kind of request and the holder;
// the other facts, when unknown, turn the rows that depend on them into conditional items.
func CNIChecklist(kb *knowledge.Base, s Situation) Checklist {
	var cl Checklist
	if s.Application == "" {
		cl.Missing = append(cl.Missing, NeedApplication)
	}
	if s.Holder == "" {
		cl.Missing = append(cl.Missing, NeedHolder)
	}
	if len(cl.Missing) > 0 {
		return cl
	}
	docs := make(map[string]*knowledge.Document, len(kb.CNI.Documents))
	for i := range kb.CNI.Documents {
		docs[kb.CNI.Documents[i].ID] = &kb.CNI.Documents[i]
	}
	seen := map[string]bool{}
	var conditional []ChecklistItem
	for _, row := range kb.CNI.Checklist {
		m := match(row.When, s)
		if m == noMatch {
			continue
		}
		it := ChecklistItem{Doc: docs[row.Doc], Sources: kb.SourcesFor(row.Sources, s.Application, s.Holder)}
		if m == unknownMatch {
			it.If = row.If
			conditional = append(conditional, it)
			continue
		}
		if seen[row.Doc] {
			continue
		}
		seen[row.Doc] = true
		cl.Items = append(cl.Items, it)
	}
	for _, it := range conditional {
		if !seen[it.Doc.ID] {
			cl.Items = append(cl.Items, it)
		}
	}
	return cl
}

type matchResult int

const (
	noMatch matchResult = iota
	unknownMatch
	sureMatch
)

// match tells whether a row's condition holds for s, does not, or depends on an unknown fact.
func match(c knowledge.Condition, s Situation) matchResult {
	if len(c.Application) > 0 && !contains(c.Application, s.Application) {
		return noMatch
	}
	if len(c.Holder) > 0 && !contains(c.Holder, s.Holder) {
		return noMatch
	}
	res := sureMatch
	and := func(r matchResult) {
		if r < res {
			res = r
		}
	}
	if len(c.Parents) > 0 {
		switch {
		case s.Parents == "":
			and(unknownMatch)
		case !contains(c.Parents, s.Parents):
			and(noMatch)
		}
	}
	and(boolMatch(c.Hosted, s.Hosted))
	and(boolMatch(c.Passport, s.Passport))
	and(boolMatch(c.BothLost, s.BothLost))
	and(boolMatch(c.DoubleName, s.DoubleName))
	if c.ExpiredOver != nil {
		switch {
		case s.ExpiredYears == nil:
			and(unknownMatch)
		case *s.ExpiredYears < *c.ExpiredOver:
			and(noMatch)
		}
	}
	return res
}

func boolMatch(want, have *bool) matchResult {
	switch {
	case want == nil:
		return sureMatch
	case have == nil:
		return unknownMatch
	case *want == *have:
		return sureMatch
	default:
		return noMatch
	}
}

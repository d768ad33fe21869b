package knowledge

import (
	"cmp"
	"fmt"
	"io/fs"
	"slices"
	"time"
)

// Review is an entry of the knowledge base with the day it was last compared with what it rests
// on: a fact or a rule with its sources, or a source with the document itself. A rule that is
// right today goes wrong when its source changes; the day of the last check is what tells a
// maintainer which entries to look at again first.
type Review struct {
	// Kind is what the entry is: procedure, fact, fee, validity, document, phone, commune,
	// route, office or source.
	Kind string
	ID   string
	// Date is the entry's reviewed day, or a source's checked day.
	Date Date
	// File and Line locate the entry; they are known when the base was read by Reviews.
	File string
	Line int
}

// Where is the entry's file:line, or its file alone when the line is not known.
func (r Review) Where() string {
	switch {
	case r.File == "":
		return "(" + r.Kind + " " + r.ID + ")"
	case r.Line == 0:
		return r.File
	}
	return fmt.Sprintf("%s:%d", r.File, r.Line)
}

// Reviews lists every dated entry of the knowledge base, in the order of its files.
func (b *Base) Reviews() []Review {
	var rs []Review
	add := func(kind, id string, d Date) {
		r := Review{Kind: kind, ID: id, Date: d}
		if l, ok := b.lines[id]; ok {
			r.File, r.Line = l.file, l.line
		}
		rs = append(rs, r)
	}
	for _, p := range b.Procedures {
		add("procedure", p.ID, p.Reviewed)
		for _, f := range p.Facts {
			add("fact", f.ID, f.Reviewed)
		}
	}
	for _, f := range b.CNI.Fees {
		add("fee", f.ID, f.Reviewed)
	}
	for _, v := range b.CNI.Validity {
		add("validity", v.ID, v.Reviewed)
	}
	for _, d := range b.CNI.Documents {
		add("document", d.ID, d.Reviewed)
	}
	for _, p := range b.Identite.Phones {
		add("phone", p.ID, p.Reviewed)
	}
	for _, cm := range b.DigitalKey.Communes {
		add("commune", cm.ID, cm.Reviewed)
	}
	for _, r := range b.Nationality.Routes {
		add("route", r.ID, r.Reviewed)
	}
	for _, o := range b.Offices {
		add("office", o.ID, o.Reviewed)
	}
	for _, id := range b.SourceIDs() {
		add("source", id, b.Sources[id].Checked)
	}
	return rs
}

// Stale returns the entries last checked before the day cutoff, oldest first (then by place),
// so that the list reads as a to-do: what has waited longest comes first.
func Stale(rs []Review, cutoff time.Time) []Review {
	var out []Review
	for _, r := range rs {
		if r.Date.Before(cutoff) {
			out = append(out, r)
		}
	}
	slices.SortStableFunc(out, func(a, b Review) int {
		return cmp.Or(a.Date.Compare(b.Date.Time), cmp.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line))
	})
	return out
}

// Oldest is the entry checked longest ago, and false when there is none.
func Oldest(rs []Review) (Review, bool) {
	if len(rs) == 0 {
		return Review{}, false
	}
	return slices.MinFunc(rs, func(a, b Review) int { return a.Date.Compare(b.Date.Time) }), true
}

// LoadReviews reads the knowledge base of fsys and lists its dated entries with their file and
// line, for `guichet kb check --stale`. It reads the files as trees of nodes too, which Load
// leaves out for a fast start.
func LoadReviews(fsys fs.FS) ([]Review, error) {
	b, err := load(fsys, true)
	if err != nil {
		return nil, err
	}
	return b.Reviews(), nil
}

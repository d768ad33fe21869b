package knowledge_test

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/guichet/guichet/knowledge"
)

func TestEmbeddedLoads(t *testing.T) {
	kb, err := knowledge.Load(knowledge.Embedded())
	if err != nil {
		t.Fatalf("embedded knowledge base: %v", err)
	}
	if got := len(kb.DigitalKey.Communes); got != 19 {
		t.Errorf("communes = %d; want 19", got)
	}
	for _, p := range kb.Procedures {
		for _, f := range p.Facts {
			if len(f.Sources) == 0 {
				t.Errorf("fact %s has no source", f.ID)
			}
		}
	}
}

// An alias stands in for its name in the phrases of items and answers, so that a question
// written with the other name ("ma cni") finds them.
func TestAliasesExpandPhrases(t *testing.T) {
	kb, err := knowledge.Load(knowledge.Embedded())
	if err != nil {
		t.Fatalf("embedded knowledge base: %v", err)
	}
	if len(kb.Language.Aliases["carte d identite"]) == 0 {
		t.Fatal("no alias of \"carte d identite\"")
	}
	found := false
	for _, it := range kb.MustFact("fi.app").Items {
		if slices.Contains(it.Match, "copie de ma carte d identite") {
			found = true
			if !slices.Contains(it.Match, "copie de ma cni") {
				t.Errorf("item %s: match %v lacks the alias \"copie de ma cni\"", it.Text, it.Match)
			}
		}
	}
	if !found {
		t.Fatal("no item of fi.app matches \"copie de ma carte d identite\"")
	}
}

const validBase = `
topics:
  cni: {name: CNI}
  france-identite: {name: FI}
  cle-numerique: {name: cle}
  nationalite: {name: nat}
sources:
  - {id: s1, publisher: P, title: T, scope: national, checked: 2026-01-01}
`

func TestLoadReportsProblemsWithLines(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		want  []string // substrings of the problems, each with file:line
	}{
		{
			name:  "unknown field",
			files: map[string]string{"a.yaml": validBase + "  - {id: s2, publisher: P, title: T, scope: national, checked: 2026-01-01, colour: red}\n"},
			want:  []string{"a.yaml:9: field colour not found"},
		},
		{
			name:  "bad date",
			files: map[string]string{"a.yaml": validBase + "  - {id: s2, publisher: P, title: T, scope: national, checked: 2026-13-01}\n"},
			want:  []string{"a.yaml:9: date \"2026-13-01\": want YYYY-MM-DD"},
		},
		{
			name: "duplicate id across files",
			files: map[string]string{
				"a.yaml": validBase,
				"b.yaml": "sources:\n  - {id: s1, publisher: P, title: T, scope: national, checked: 2026-01-01}\n",
			},
			want: []string{`b.yaml:2: id "s1" is already defined at a.yaml:8`},
		},
		{
			name: "fact without source and unknown source",
			files: map[string]string{"a.yaml": validBase + `procedures:
  - id: p
    topic: cni
    title: T
    summary: S
    jurisdiction: {country: FR}
    reviewed: 2026-01-01
    sources: [nope]
    facts:
      - {id: f1, text: hello, sources: []}
`},
			want: []string{`a.yaml:10: procedure p: unknown source "nope"`, "a.yaml:18: fact f1: every fact needs at least one source"},
		},
		{
			name: "bad verdict and level",
			files: map[string]string{"a.yaml": validBase + `procedures:
  - id: p
    topic: nationalite
    title: T
    summary: S
    jurisdiction: {country: FR}
    reviewed: 2026-01-01
    sources: [s1]
    facts:
      - {id: f1, text: hello, sources: [s1], verdict: maybe, level: B3, travel: visa}
`},
			want: []string{`a.yaml:18: fact f1: verdict "maybe": want yes or no`, `a.yaml:18: fact f1: travel "visa": want card-enough, conditional or passport`, `a.yaml:18: fact f1: level "B3": want a CEFR level, A1 to C2`},
		},
		{
			name: "bad answers",
			files: map[string]string{"a.yaml": validBase + `procedures:
  - id: p
    topic: cni
    title: T
    summary: S
    jurisdiction: {country: FR}
    reviewed: 2026-01-01
    sources: [s1]
    facts:
      - {id: f1, text: hello, sources: [s1], answers: [{verdict: maybe, asks: ["Tout Seul"]}, {verdict: "no", asks: []}]}
`},
			want: []string{`a.yaml:18: fact f1 answer 1: verdict "maybe": want yes or no`, `a.yaml:18: fact f1 answer 1: asks "Tout Seul" must be written normalised`,
				`a.yaml:18: fact f1 answer 2: no phrase asks it`},
		},
		{
			name: "document of nobody known",
			files: map[string]string{"a.yaml": validBase + `cni:
  documents:
    - {id: d1, label: L, sources: [s1], reviewed: 2026-01-01, of: neighbour}
`},
			want: []string{`document d1: of "neighbour" (want representative, or nothing for the holder's own)`},
		},
		{
			name: "item of an unknown holder",
			files: map[string]string{"a.yaml": validBase + `procedures:
  - id: p
    topic: cni
    title: T
    summary: S
    jurisdiction: {country: FR}
    reviewed: 2026-01-01
    sources: [s1]
    facts:
      - {id: f1, text: hello, sources: [s1], reviewed: 2026-01-01, items: [{text: a, holders: [baby]}]}
`},
			want: []string{`fact f1 item 1: holder "baby" (want adult, minor or protected)`},
		},
		{
			name:  "source for an unknown situation",
			files: map[string]string{"a.yaml": strings.Replace(validBase, "scope: national,", "scope: national, situations: [holiday],", 1)},
			want:  []string{`source "s1": situation "holiday"`},
		},
		{
			name: "bad route answers",
			files: map[string]string{"a.yaml": validBase + `nationality:
  routes:
    - {id: r1, kind: declaration, by: declaration, name: N, triggers: [married], conditions: [C], sources: [s1], reviewed: 2026-01-01, answers: [{verdict: perhaps, asks: ["Après"]}]}
`},
			want: []string{`route r1 answer 1: verdict "perhaps": want yes or no`, `route r1 answer 1: asks "Après" must be written normalised`},
		},
		{
			name: "route without its legal form",
			files: map[string]string{"a.yaml": validBase + `nationality:
  routes:
    - {id: r1, kind: declaration, name: N, triggers: [married], conditions: [C], sources: [s1], reviewed: 2026-01-01}
    - {id: r2, kind: naturalisation, by: ordinance, name: N, triggers: [resident], conditions: [C], sources: [s1], reviewed: 2026-01-01}
`},
			want: []string{`route "r1": by is "" (want declaration or decree)`, `route "r2": by is "ordinance" (want declaration or decree)`},
		},
		{
			name: "bad route decision",
			files: map[string]string{"a.yaml": validBase + `nationality:
  routes:
    - {id: r1, kind: naturalisation, by: decree, name: N, triggers: [resident], conditions: [C], sources: [s1], reviewed: 2026-01-01, decision: {months: 12, shorter_after_years: 10, shorter_months: 18, extension: 3, sources: [s9]}}
`},
			want: []string{`route r1 decision: unknown source "s9"`, `route "r1": decision needs months > 0, and shorter_after_years with shorter_months below months`, `route "r1": decision extension and extension_when go together`},
		},
		{
			name: "fact and rule without the day of their last check",
			files: map[string]string{"a.yaml": validBase + `procedures:
  - id: p
    topic: cni
    title: T
    summary: S
    jurisdiction: {country: FR}
    reviewed: 2026-01-01
    sources: [s1]
    facts:
      - {id: f1, text: hello, sources: [s1], reviewed: 2026-01-01}
      - {id: f2, text: hello, sources: [s1]}
nationality:
  routes:
    - {id: r1, kind: declaration, by: declaration, name: N, triggers: [married], conditions: [C], sources: [s1]}
`},
			want: []string{`a.yaml:19: fact "f2": reviewed (the day it was last compared with its sources) is required`, `a.yaml:22: route "r1": reviewed`},
		},
		{
			name: "cues missing or not normalised",
			files: map[string]string{"a.yaml": validBase + `language:
  cues:
    valid: ["Valable"]
`},
			want: []string{`a.yaml: language: cue "invalid" has no phrase`, `language: cue "valid": phrase "Valable" is not in normalised form`},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			fsys := fstest.MapFS{}
			for n, c := range tc.files {
				fsys[n] = &fstest.MapFile{Data: []byte(c)}
			}
			_, err := knowledge.Load(fsys)
			var ps knowledge.Problems
			if !errors.As(err, &ps) {
				t.Fatalf("Load error = %v; want Problems", err)
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("problems:\n%v\nwant one containing %q", err, w)
				}
			}
		})
	}
}

func TestCEFRRank(t *testing.T) {
	order := []string{"A1", "a2", "B1", "b2", "C1", "C2"}
	for i, l := range order {
		if got := knowledge.CEFRRank(l); got != i+1 {
			t.Errorf("CEFRRank(%q) = %d; want %d", l, got, i+1)
		}
	}
	for _, l := range []string{"", "B3", "D1", "b"} {
		if got := knowledge.CEFRRank(l); got != 0 {
			t.Errorf("CEFRRank(%q) = %d; want 0", l, got)
		}
	}
}

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Clé  Numérique", "cle numerique"},
		{"l’ÉTÉ «chaud»", `l'ete "chaud"`},
		{"\u00a0a\u202fb\t\nc ", "a b c"},
		{"Cœur", "coeur"},
		{"", ""},
	}
	for _, tc := range tests {
		if got := knowledge.Normalize(tc.in); got != tc.want {
			t.Errorf("Normalize(%q) = %q; want %q", tc.in, got, tc.want)
		}
	}
}

// FuzzLoad feeds the loader arbitrary YAML: it must report problems, never panic.
func FuzzLoad(f *testing.F) {
	f.Add(validBase)
	f.Add("sources: [")
	f.Add("cni: {fees: [{id: x, application: [loss], amount: -3}]}")
	f.Add("offices: [{id: o, hours: [{days: [mon], open: '25:00', close: '08:00'}]}]")
	f.Add("procedures: [{id: p, facts: [{id: f, text: {xx: bad}}]}]")
	f.Fuzz(func(t *testing.T, src string) {
		_, _ = knowledge.Load(fstest.MapFS{"f.yaml": &fstest.MapFile{Data: []byte(src)}})
	})
}

// TestSourcesFor: an answer on a situation cites the pages written for it, or for every situation,
// and all of them when none is.
func TestSourcesFor(t *testing.T) {
	kb, err := knowledge.Load(knowledge.Embedded())
	if err != nil {
		t.Fatal(err)
	}
	all := []string{"sp-f1341", "sp-f21089", "sp-f1344", "sp-f1342", "mus-cni"}
	for _, tc := range []struct {
		name   string
		app    knowledge.Application
		holder knowledge.Holder
		want   string
	}{
		{"a loss of an adult's card", knowledge.Loss, knowledge.Adult, "sp-f1344 mus-cni"},
		{"a minor's first request", knowledge.FirstApplication, knowledge.Minor, "sp-f1342 mus-cni"},
		{"a renewal, holder unknown", knowledge.Renewal, "", "sp-f21089 mus-cni"},
		{"nothing known", "", "", strings.Join(all, " ")},
	} {
		if got := strings.Join(kb.SourcesFor(all, tc.app, tc.holder), " "); got != tc.want {
			t.Errorf("%s: %s; want %s", tc.name, got, tc.want)
		}
	}
	if got := kb.SourcesFor([]string{"sp-f1341"}, knowledge.Theft, knowledge.Adult); len(got) != 1 {
		t.Errorf("no source for the situation: got %v; want the ones given", got)
	}
}

package rules_test

import (
	"testing"
	"time"

	"github.com/guichet/guichet/knowledge"
	"github.com/guichet/guichet/knowledge/rules"
)

func loadKB(t testing.TB) *knowledge.Base {
	t.Helper()
	kb, err := knowledge.Load(knowledge.Embedded())
	if err != nil {
		t.Fatalf("load knowledge base: %v", err)
	}
	return kb
}

func date(s string) time.Time { return knowledge.MustDate(s).Time }

func TestCNIFee(t *testing.T) {
	kb := loadKB(t)
	tests := []struct {
		app         knowledge.Application
		format      knowledge.CardFormat
		region      string
		want        knowledge.Money
		wantPayment bool
		wantLocal   bool
		wantIfFmt   bool
	}{
		{knowledge.FirstApplication, "", "", 0, false, false, false},
		{knowledge.Renewal, "", "", 0, false, false, false},
		{knowledge.Loss, "", "", 2500, true, false, true},
		{knowledge.Theft, "", "", 2500, true, false, true},
		{knowledge.Loss, knowledge.Plastic, "", 2500, true, false, false},
		{knowledge.Loss, knowledge.Cardboard, "", 2500, true, true, false},
		{knowledge.Loss, knowledge.Plastic, "guyane", 1250, true, false, false},
		{knowledge.Theft, "", "guyane", 1250, true, false, true},
		{knowledge.Renewal, "", "guyane", 0, false, false, false},
	}
	for _, tc := range tests {
		t.Run(string(tc.app)+"/"+string(tc.format), func(t *testing.T) {
			f, err := rules.CNIFee(kb, tc.app, tc.format, tc.region)
			if err != nil {
				t.Fatal(err)
			}
			if f.Amount != tc.want {
				t.Errorf("amount = %v; want %v", f.Amount, tc.want)
			}
			if (f.Payment != nil) != tc.wantPayment {
				t.Errorf("payment = %v; want present %v", f.Payment, tc.wantPayment)
			}
			if (f.Local != nil) != tc.wantLocal {
				t.Errorf("local = %v; want present %v", f.Local, tc.wantLocal)
			}
			if tc.wantLocal && !f.Local.Amount.IsFree() {
				t.Errorf("local cardboard rule amount = %v; want free", f.Local.Amount)
			}
			if (len(f.LocalIfFormat) > 0) != tc.wantIfFmt {
				t.Errorf("local-if-format = %v; want present %v", f.LocalIfFormat, tc.wantIfFmt)
			}
		})
	}
	if _, err := rules.CNIFee(kb, "", "", ""); err != rules.ErrUnknown {
		t.Errorf("CNIFee with no application: err = %v; want ErrUnknown", err)
	}
}

// TestCNIValidityReferenceTable checks the rule against the year-by-year table of
// service-public.fr's "Quelle est la durée de validité d'une carte d'identité ?" (F35005):
// a card issued to an adult in year Y (2006 to 2013) shows Y+10 and is valid until Y+15,
// provided its holder was born in Y-18 or before and was an adult on the day of issue.
func TestCNIValidityReferenceTable(t *testing.T) {
	kb := loadKB(t)
	table := []struct{ issued, printed, extended, bornBy int }{
		{2006, 2016, 2021, 1988},
		{2007, 2017, 2022, 1989},
		{2008, 2018, 2023, 1990},
		{2009, 2019, 2024, 1991},
		{2010, 2020, 2025, 1992},
		{2011, 2021, 2026, 1993},
		{2012, 2022, 2027, 1994},
		{2013, 2023, 2028, 1995},
	}
	for _, row := range table {
		issued := time.Date(row.issued, time.June, 15, 0, 0, 0, 0, time.UTC)
		adultBirth := time.Date(row.bornBy, time.January, 10, 0, 0, 0, 0, time.UTC)
		v, miss := rules.CNIValidity(kb, rules.Card{Issued: issued, BirthDate: adultBirth}, issued)
		if miss != nil {
			t.Fatalf("%d: missing %v", row.issued, miss)
		}
		if v.Printed.Year() != row.printed || v.End.Year() != row.extended || !v.Extended {
			t.Errorf("adult card of %d: printed %d, valid until %d, extended %v; want %d, %d, true",
				row.issued, v.Printed.Year(), v.End.Year(), v.Extended, row.printed, row.extended)
		}
		// Born later in the year: a minor on the day of issue, so no extension.
		minorBirth := time.Date(row.bornBy+1, time.December, 1, 0, 0, 0, 0, time.UTC)
		v, _ = rules.CNIValidity(kb, rules.Card{Issued: issued, BirthDate: minorBirth}, issued)
		if v.End.Year() != row.printed || v.Extended {
			t.Errorf("minor's card of %d: valid until %d extended %v; want %d, false", row.issued, v.End.Year(), v.Extended, row.printed)
		}
	}
}

func TestCNIValidity(t *testing.T) {
	kb := loadKB(t)
	tests := []struct {
		name      string
		card      rules.Card
		on        string
		wantEnd   string
		wantValid bool
		wantRule  string
		wantMiss  []string
	}{
		{"adult 2014 old model: 15 years", rules.Card{Issued: date("2014-05-20"), Holder: knowledge.Adult}, "2026-11-23", "2029-05-19", true, "validity-adult-2014", nil},
		{"adult new format: 10 years", rules.Card{Issued: date("2022-03-01"), Holder: knowledge.Adult}, "2026-11-23", "2032-02-29", true, "validity-new-format", nil},
		{"minor new format: 10 years", rules.Card{Issued: date("2023-07-10"), Holder: knowledge.Minor}, "2026-11-23", "2033-07-09", true, "validity-minor", nil},
		{"first day of extension window", rules.Card{Issued: date("2004-01-02"), Holder: knowledge.Adult}, "2018-12-31", "2019-01-01", true, "validity-adult-2004-2013", nil},
		{"day before extension window", rules.Card{Issued: date("2004-01-01"), Holder: knowledge.Adult}, "2014-01-01", "2013-12-31", false, "validity-adult-before-2004", nil},
		{"last day of validity is valid", rules.Card{Issued: date("2011-11-24"), Holder: knowledge.Adult}, "2026-11-23", "2026-11-23", true, "validity-adult-2004-2013", nil},
		{"day after last day is not", rules.Card{Issued: date("2011-11-23"), Holder: knowledge.Adult}, "2026-11-23", "2026-11-22", false, "validity-adult-2004-2013", nil},
		{"minor 2010 not extended", rules.Card{Issued: date("2010-04-01"), Holder: knowledge.Minor}, "2026-11-23", "2020-03-31", false, "validity-minor", nil},
		{"transition period needs format", rules.Card{Issued: date("2021-05-01"), Holder: knowledge.Adult}, "2026-11-23", "", false, "", []string{rules.NeedFormat}},
		{"transition period, minor: format does not matter", rules.Card{Issued: date("2021-05-01"), Holder: knowledge.Minor}, "2026-11-23", "2031-04-30", true, "validity-minor", nil},
		{"new format, holder does not matter", rules.Card{Issued: date("2022-05-01")}, "2026-11-23", "2032-04-30", true, "validity-new-format", nil},
		{"transition period, old model", rules.Card{Issued: date("2021-05-01"), Holder: knowledge.Adult, Format: knowledge.Plastic}, "2026-11-23", "2036-04-30", true, "validity-adult-2014", nil},
		{"holder unknown", rules.Card{Issued: date("2015-01-01")}, "2026-11-23", "", false, "", []string{rules.NeedHolder}},
		{"holder unknown, issue date unknown", rules.Card{}, "2026-11-23", "", false, "", []string{rules.NeedIssueDate, rules.NeedHolder}},
		{"protected adult counts as adult", rules.Card{Issued: date("2016-01-01"), Holder: knowledge.Protected}, "2026-11-23", "2030-12-31", true, "validity-adult-2014", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			v, miss := rules.CNIValidity(kb, tc.card, date(tc.on))
			if len(tc.wantMiss) > 0 {
				if len(miss) != len(tc.wantMiss) {
					t.Fatalf("missing = %v; want %v", miss, tc.wantMiss)
				}
				for i := range miss {
					if miss[i] != tc.wantMiss[i] {
						t.Errorf("missing = %v; want %v", miss, tc.wantMiss)
					}
				}
				return
			}
			if miss != nil {
				t.Fatalf("missing = %v; want none", miss)
			}
			if got := v.End.Format(time.DateOnly); got != tc.wantEnd {
				t.Errorf("end = %s; want %s", got, tc.wantEnd)
			}
			if v.Valid != tc.wantValid {
				t.Errorf("valid = %v; want %v", v.Valid, tc.wantValid)
			}
			if v.Rule.ID != tc.wantRule {
				t.Errorf("rule = %s; want %s", v.Rule.ID, tc.wantRule)
			}
		})
	}
}

func docs(cl rules.Checklist) (sure, cond []string) {
	for _, it := range cl.Items {
		if it.If[knowledge.FR] == "" {
			sure = append(sure, it.Doc.ID)
		} else {
			cond = append(cond, it.Doc.ID)
		}
	}
	return sure, cond
}

func has(list []string, v string) bool {
	for _, x := range list {
		if x == v {
			return true
		}
	}
	return false
}

func TestCNIChecklist(t *testing.T) {
	kb := loadKB(t)
	yes, no := true, false
	six, two := 6, 2
	tests := []struct {
		name     string
		s        rules.Situation
		sure     []string
		cond     []string
		absent   []string
		wantMiss bool
	}{
		{"needs application and holder", rules.Situation{}, nil, nil, nil, true},
		{"adult first, passport", rules.Situation{Application: knowledge.FirstApplication, Holder: knowledge.Adult, Passport: &yes, Hosted: &no},
			[]string{"predemande", "photo", "proof-address", "passport"}, nil, []string{"birth-certificate", "host-letter", "tax-stamp", "rep-id"}, false},
		{"adult first, no passport", rules.Situation{Application: knowledge.FirstApplication, Holder: knowledge.Adult, Passport: &no},
			[]string{"birth-certificate", "nationality-proof"}, []string{"host-letter", "host-id"}, []string{"passport"}, false},
		{"adult first, passport unknown", rules.Situation{Application: knowledge.FirstApplication, Holder: knowledge.Adult},
			nil, []string{"passport", "birth-certificate"}, nil, false},
		{"adult renewal, hosted", rules.Situation{Application: knowledge.Renewal, Holder: knowledge.Adult, Hosted: &yes, ExpiredYears: &two},
			[]string{"current-card", "host-letter", "host-id", "proof-address"}, nil, []string{"passport", "birth-certificate", "tax-stamp"}, false},
		{"adult renewal expired 6 years, no passport", rules.Situation{Application: knowledge.Renewal, Holder: knowledge.Adult, ExpiredYears: &six, Passport: &no},
			[]string{"current-card", "birth-certificate"}, nil, []string{"passport"}, false},
		{"loss, both lost", rules.Situation{Application: knowledge.Loss, Holder: knowledge.Adult, BothLost: &yes, Passport: &no},
			[]string{"loss-declaration", "tax-stamp", "tax-notice", "secure-photo-id", "birth-certificate"}, nil, []string{"theft-declaration", "current-card"}, false},
		{"theft", rules.Situation{Application: knowledge.Theft, Holder: knowledge.Adult, Passport: &yes},
			[]string{"theft-declaration", "tax-stamp", "passport"}, []string{"tax-notice"}, []string{"loss-declaration"}, false},
		{"minor, divorced parents", rules.Situation{Application: knowledge.FirstApplication, Holder: knowledge.Minor, Parents: knowledge.ParentsDivorced, Passport: &yes},
			[]string{"rep-id", "proof-address-minor", "divorce-judgment", "other-parent-address"}, []string{"double-name-consent"}, []string{"proof-address", "alternating-proof", "other-parent-consent"}, false},
		{"minor, alternating custody, double name", rules.Situation{Application: knowledge.Renewal, Holder: knowledge.Minor, Parents: knowledge.ParentsAlternating, DoubleName: &yes},
			[]string{"alternating-proof", "double-name-consent", "current-card"}, nil, []string{"divorce-judgment"}, false},
		{"minor, parents together", rules.Situation{Application: knowledge.Renewal, Holder: knowledge.Minor, Parents: knowledge.ParentsTogether, DoubleName: &no},
			[]string{"rep-id"}, nil, []string{"divorce-judgment", "alternating-proof", "other-parent-consent", "double-name-consent"}, false},
		{"protected adult", rules.Situation{Application: knowledge.Renewal, Holder: knowledge.Protected},
			[]string{"guardianship-ruling", "guardian-statement", "proof-address"}, nil, []string{"rep-id"}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cl := rules.CNIChecklist(kb, tc.s)
			if (len(cl.Missing) > 0) != tc.wantMiss {
				t.Fatalf("missing = %v; want missing %v", cl.Missing, tc.wantMiss)
			}
			sure, cond := docs(cl)
			for _, d := range tc.sure {
				if !has(sure, d) {
					t.Errorf("%s not surely required; sure = %v, conditional = %v", d, sure, cond)
				}
			}
			for _, d := range tc.cond {
				if !has(cond, d) {
					t.Errorf("%s not listed as conditional; sure = %v, conditional = %v", d, sure, cond)
				}
			}
			for _, d := range tc.absent {
				if has(sure, d) || has(cond, d) {
					t.Errorf("%s listed; want absent", d)
				}
			}
		})
	}
}

func TestCertificationEligibility(t *testing.T) {
	kb := loadKB(t)
	tests := []struct {
		name     string
		card     rules.Card
		phone    rules.Phone
		eligible bool
		reasons  []string
		missing  []string
	}{
		{"new card, recent iPhone", rules.Card{Issued: date("2023-01-01")}, rules.Phone{OS: "ios", Version: 17}, true, nil, nil},
		// The boundaries: the minimum itself is accepted, the version before it is not.
		{"Android 11, the minimum, is enough", rules.Card{Format: knowledge.NewFormat}, rules.Phone{OS: "android", Version: 11}, true, nil, nil},
		{"Android 10 is below", rules.Card{Format: knowledge.NewFormat}, rules.Phone{OS: "android", Version: 10}, false, []string{"phone"}, nil},
		{"iOS 16, the minimum, is enough", rules.Card{Format: knowledge.NewFormat}, rules.Phone{OS: "ios", Version: 16}, true, nil, nil},
		{"old Android", rules.Card{Format: knowledge.NewFormat}, rules.Phone{OS: "android", Version: 9}, false, []string{"phone"}, nil},
		{"old iOS", rules.Card{Format: knowledge.NewFormat}, rules.Phone{OS: "ios", Version: 15}, false, []string{"phone"}, nil},
		{"old card model", rules.Card{Issued: date("2019-06-01")}, rules.Phone{OS: "ios", Version: 18}, false, []string{"card"}, nil},
		{"old card, phone unknown: a sure no", rules.Card{Format: knowledge.Plastic}, rules.Phone{}, false, []string{"card"}, nil},
		{"both wrong", rules.Card{Format: knowledge.Plastic}, rules.Phone{OS: "android", Version: 8}, false, []string{"card", "phone"}, nil},
		{"a minor", rules.Card{Format: knowledge.NewFormat, HolderAge: 16}, rules.Phone{OS: "android", Version: 12}, false, []string{"age"}, nil},
		{"phone unknown", rules.Card{Format: knowledge.NewFormat}, rules.Phone{}, false, nil, []string{rules.NeedPhone}},
		{"card issued in the transition months", rules.Card{Issued: date("2021-05-01")}, rules.Phone{OS: "ios", Version: 17}, false, nil, []string{rules.NeedFormat}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := rules.CertificationEligibility(kb, tc.card, tc.phone)
			if e.Eligible != tc.eligible {
				t.Errorf("eligible = %v; want %v", e.Eligible, tc.eligible)
			}
			if len(e.Reasons) != len(tc.reasons) {
				t.Fatalf("reasons = %v; want %v", e.Reasons, tc.reasons)
			}
			for i, r := range e.Reasons {
				if r.Kind != tc.reasons[i] {
					t.Errorf("reason %d = %s; want %s", i, r.Kind, tc.reasons[i])
				}
			}
			if len(e.Missing) != len(tc.missing) {
				t.Errorf("missing = %v; want %v", e.Missing, tc.missing)
			}
		})
	}
}

func TestDigitalKeyOptions(t *testing.T) {
	kb := loadKB(t)
	type opt struct {
		commune string
		cents   knowledge.Money
	}
	tests := []struct {
		name string
		p    rules.Person
		want []opt
	}{
		{"Ixelles resident", rules.Person{Commune: "ixelles"}, []opt{{"ixelles", 500}, {"uccle", 1000}, {"schaerbeek", 2500}}},
		{"Anderlecht has no office", rules.Person{Commune: "anderlecht"}, []opt{{"uccle", 1000}, {"schaerbeek", 2500}}},
		{"Uccle resident", rules.Person{Commune: "uccle"}, []opt{{"uccle", 1000}, {"schaerbeek", 2500}}},
		{"Schaerbeek orange card", rules.Person{Commune: "schaerbeek", Card: knowledge.CardOrange}, []opt{{"schaerbeek", 0}, {"uccle", 1000}}},
		{"Schaerbeek protocol card", rules.Person{Commune: "schaerbeek", Card: knowledge.CardProtocol}, []opt{{"schaerbeek", 1000}, {"uccle", 1000}}},
		{"Jette free", rules.Person{Commune: "jette"}, []opt{{"jette", 0}, {"uccle", 1000}, {"schaerbeek", 2500}}},
		{"Woluwe-Saint-Pierre", rules.Person{Commune: "woluwe-saint-pierre"}, []opt{{"uccle", 1000}, {"woluwe-saint-pierre", 1010}, {"schaerbeek", 2500}}},
		{"Watermael-Boitsfort dearer than Schaerbeek", rules.Person{Commune: "watermael-boitsfort"}, []opt{{"uccle", 1000}, {"schaerbeek", 2500}, {"watermael-boitsfort", 2600}}},
		{"outside Brussels", rules.Person{OutsideBX: true}, []opt{{"uccle", 1000}, {"schaerbeek", 2500}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := rules.DigitalKeyOptions(kb, tc.p)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(tc.want) {
				t.Fatalf("got %d options %v; want %v", len(got), got, tc.want)
			}
			for i, w := range tc.want {
				if got[i].Commune.ID != w.commune || got[i].Tariff.Amount != w.cents {
					t.Errorf("option %d = %s %v; want %s %v", i, got[i].Commune.ID, got[i].Tariff.Amount, w.commune, w.cents)
				}
			}
		})
	}
	if _, err := rules.DigitalKeyOptions(kb, rules.Person{}); err != rules.ErrUnknown {
		t.Errorf("unknown commune: err = %v; want ErrUnknown", err)
	}
}

func TestCommuneByName(t *testing.T) {
	kb := loadKB(t)
	for in, want := range map[string]string{
		"Molenbeek-Saint-Jean": "molenbeek-saint-jean", "molenbeek": "molenbeek-saint-jean",
		"Sint-Gillis": "saint-gilles", "Woluwe St Pierre": "woluwe-saint-pierre",
		"woluwé-saint-pierre": "woluwe-saint-pierre", "ELSENE": "ixelles", "Ukkel": "uccle",
	} {
		c, ok := rules.CommuneByName(kb, in)
		if !ok || c.ID != want {
			t.Errorf("CommuneByName(%q) = %v, %v; want %s", in, c, ok, want)
		}
	}
	if _, ok := rules.CommuneByName(kb, "Paris"); ok {
		t.Error("Paris found as a Brussels commune")
	}
}

func TestDecisionMonths(t *testing.T) {
	kb := loadKB(t)
	route := func(id string) *knowledge.Route {
		for i := range kb.Nationality.Routes {
			if kb.Nationality.Routes[i].ID == id {
				return &kb.Nationality.Routes[i]
			}
		}
		t.Fatalf("no route %s", id)
		return nil
	}
	tests := []struct {
		name    string
		route   string
		p       rules.Profile
		months  int
		shorter bool
	}{
		{"naturalisation, years unknown", "naturalisation", rules.Profile{}, 18, false},
		{"naturalisation after 9 years", "naturalisation", rules.Profile{ResidenceYears: 9}, 18, false},
		{"naturalisation after exactly 10 years", "naturalisation", rules.Profile{Years: 10}, 12, true},
		{"naturalisation after 12 years of residence told beside another duration", "naturalisation", rules.Profile{Years: 3, ResidenceYears: 12}, 12, true},
		// Marriage counts the years of marriage, and its wait has no shorter form.
		{"marriage after 12 years", "declaration-mariage", rules.Profile{Years: 12}, 12, false},
		{"a declaration at the court: 6 months", "ne-en-france", rules.Profile{Years: 12}, 6, false},
		{"a route without a decision period", "reintegration-decret", rules.Profile{Years: 12}, 0, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			months, shorter := rules.DecisionMonths(route(tc.route), tc.p)
			if months != tc.months || shorter != tc.shorter {
				t.Errorf("DecisionMonths = %d, %v; want %d, %v", months, shorter, tc.months, tc.shorter)
			}
		})
	}
}

func TestNationalityRoutes(t *testing.T) {
	kb := loadKB(t)
	yes, no := true, false
	ids := func(ms []rules.RouteMatch) []string {
		var out []string
		for _, m := range ms {
			out = append(out, m.Route.ID)
		}
		return out
	}
	tests := []struct {
		name    string
		p       rules.Profile
		want    []string
		shortBy int
	}{
		{"nothing known", rules.Profile{}, nil, 0},
		{"married", rules.Profile{Situations: []string{"married"}}, []string{"declaration-mariage"}, 0},
		{"married 2 years", rules.Profile{Situations: []string{"married"}, Years: 2}, []string{"declaration-mariage"}, 2},
		{"resident in France", rules.Profile{Situations: []string{"resident"}, Abroad: &no, Years: 6}, []string{"naturalisation"}, 0},
		{"resident 3 years", rules.Profile{Situations: []string{"resident"}, Years: 3}, []string{"naturalisation"}, 2},
		{"living in Monaco", rules.Profile{Situations: []string{"monaco"}, Abroad: &yes}, []string{"naturalisation-etranger"}, 0},
		{"army, abroad", rules.Profile{Situations: []string{"army"}, Abroad: &yes}, []string{"naturalisation-etranger"}, 0},
		{"lost nationality", rules.Profile{Situations: []string{"lost-nationality"}}, []string{"reintegration-declaration", "reintegration-decret"}, 0},
		{"refugee needs no residence duration", rules.Profile{Situations: []string{"resident", "refugee"}, Years: 2}, []string{"naturalisation"}, 0},
		{"two years of studies", rules.Profile{Situations: []string{"resident", "studies"}, Years: 1}, []string{"naturalisation"}, 1},
		{"married abroad needs five years", rules.Profile{Situations: []string{"married"}, Abroad: &yes, Years: 4}, []string{"declaration-mariage"}, 1},
		{"born in France", rules.Profile{Situations: []string{"born-in-france"}}, []string{"ne-en-france"}, 0},
		{"residence given apart counts for naturalisation", rules.Profile{Situations: []string{"resident"}, Years: 2, ResidenceYears: 4}, []string{"naturalisation"}, 1},
		{"residence given apart does not count for marriage", rules.Profile{Situations: []string{"married"}, Years: 2, ResidenceYears: 6}, []string{"declaration-mariage"}, 2},
		{"residence given apart counts for an ascendant", rules.Profile{Situations: []string{"ascendant"}, Years: 10, ResidenceYears: 20}, []string{"declaration-ascendant"}, 5},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := rules.NationalityRoutes(kb, tc.p)
			g := ids(got)
			if len(g) != len(tc.want) {
				t.Fatalf("routes = %v; want %v", g, tc.want)
			}
			for i := range g {
				if g[i] != tc.want[i] {
					t.Errorf("routes = %v; want %v", g, tc.want)
				}
			}
			if len(got) > 0 && got[0].ShortBy != tc.shortBy {
				t.Errorf("short by = %d; want %d", got[0].ShortBy, tc.shortBy)
			}
		})
	}
}

func TestOfficeOpen(t *testing.T) {
	kb := loadKB(t)
	o, ok := kb.Office("valenciennes-hdv")
	if !ok {
		t.Fatal("no Valenciennes office")
	}
	paris, _ := time.LoadLocation("Europe/Paris")
	at := func(s string) time.Time {
		tm, err := time.ParseInLocation("2006-01-02 15:04", s, paris)
		if err != nil {
			t.Fatal(err)
		}
		return tm
	}
	tests := []struct {
		when     string
		open     bool
		next     string // when closed
		forMonth bool
	}{
		{"2026-11-23 08:15", true, "", false}, // Monday opening minute
		{"2026-11-23 08:14", false, "2026-11-23 08:15", false},
		{"2026-11-23 12:00", false, "2026-11-23 13:15", false}, // lunch
		{"2026-11-23 16:59", true, "", false},
		{"2026-11-23 17:00", false, "2026-11-24 08:15", false},
		{"2026-11-28 11:00", true, "", false},                  // Saturday morning
		{"2026-11-28 12:30", false, "2026-11-30 08:15", false}, // Saturday afternoon: next Monday
		{"2026-11-29 10:00", false, "2026-11-30 08:15", false}, // Sunday
		{"2026-08-08 10:00", false, "2026-08-10 08:15", true},  // Saturday in August
		{"2026-08-31 10:00", true, "", false},                  // Monday in August
		{"2026-07-31 18:00", false, "2026-08-03 08:15", false}, // Friday evening before August: Saturday skipped
	}
	for _, tc := range tests {
		op := rules.OfficeOpen(o, at(tc.when))
		if op.Open != tc.open {
			t.Errorf("%s: open = %v; want %v", tc.when, op.Open, tc.open)
		}
		if !tc.open && op.Next.Format("2006-01-02 15:04") != tc.next {
			t.Errorf("%s: next = %v; want %s", tc.when, op.Next, tc.next)
		}
		if op.ClosedForMonth != tc.forMonth {
			t.Errorf("%s: closed for month = %v; want %v", tc.when, op.ClosedForMonth, tc.forMonth)
		}
	}
}

func TestCNIValidityFromPrinted(t *testing.T) {
	kb := loadKB(t)
	tests := []struct {
		name     string
		printed  string
		holder   knowledge.Holder
		wantEnd  string
		wantMiss bool
	}{
		{"adult card printed 2022: extended", "2022-03-14", knowledge.Adult, "2027-03-14", false},
		{"minor card printed 2022: not extended", "2022-03-14", knowledge.Minor, "2022-03-14", false},
		{"printed 2022, holder unknown: ask", "2022-03-14", "", "", true},
		{"printed 2026, holder unknown: minor card of 2016 only", "2026-06-30", "", "2026-06-30", false},
		{"printed 2031, any holder", "2031-09-01", "", "2031-09-01", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			v, miss := rules.CNIValidityFromPrinted(kb, date(tc.printed), tc.holder, date("2026-11-23"))
			if (miss != nil) != tc.wantMiss {
				t.Fatalf("missing = %v; want missing %v", miss, tc.wantMiss)
			}
			if !tc.wantMiss && v.End.Format(time.DateOnly) != tc.wantEnd {
				t.Errorf("end = %s; want %s", v.End.Format(time.DateOnly), tc.wantEnd)
			}
		})
	}
}

func TestHoursOn(t *testing.T) {
	kb := loadKB(t)
	o, _ := kb.Office("valenciennes-hdv")
	for _, tc := range []struct {
		day  string
		want int
	}{{"2026-11-23", 2}, {"2026-11-28", 1}, {"2026-11-29", 0}, {"2026-08-08", 0}, {"2026-08-10", 2}} {
		hs := rules.HoursOn(o, date(tc.day))
		if len(hs) != tc.want {
			t.Errorf("%s: %d periods; want %d", tc.day, len(hs), tc.want)
		}
		if len(hs) == 2 && hs[0].Open > hs[1].Open {
			t.Errorf("%s: periods out of order", tc.day)
		}
	}
	if got := rules.HoursOnWeekday(o, time.Saturday); len(got) != 1 || len(got[0].ExceptMonths) != 1 {
		t.Errorf("Saturday hours = %+v; want one period suspended in one month", got)
	}
}

// TestCommuneTariff: a commune's general tariffs for its residents and for others, as the options
// apply them.
func TestCommuneTariff(t *testing.T) {
	kb := loadKB(t)
	c, ok := rules.CommuneByName(kb, "Schaerbeek")
	if !ok {
		t.Fatal("Schaerbeek not found")
	}
	res, okRes := rules.CommuneTariff(c, true)
	other, okOther := rules.CommuneTariff(c, false)
	if !okRes || !okOther || res.Amount == other.Amount {
		t.Fatalf("Schaerbeek: residents %v (%v), others %v (%v); want two different tariffs", res.Amount, okRes, other.Amount, okOther)
	}
	a, _ := rules.CommuneByName(kb, "Anderlecht")
	if _, ok := rules.CommuneTariff(a, true); ok {
		t.Errorf("Anderlecht has no counter, yet a tariff")
	}
}

func TestResidenceMet(t *testing.T) {
	since11 := knowledge.Residence{SinceAge: 11, Years: 5}
	since6 := knowledge.Residence{SinceAge: 6}
	for _, tc := range []struct {
		res               knowledge.Residence
		arrival, left, at int
		years             int
		ok                bool
	}{
		{since11, 15, 99, 18, 3, false}, // back at 15, 18 now: 3 years since 11
		{since11, 5, 99, 18, 7, true},   // here since 5: 7 years since 11
		{since11, 13, 99, 18, 5, true},
		{since11, 12, 99, 16, 4, false},
		{knowledge.Residence{SinceAge: 8, Years: 5}, 8, 99, 13, 5, true},
		{knowledge.Residence{SinceAge: 8, Years: 5}, 9, 99, 13, 4, false},
		{knowledge.Residence{SinceAge: 8, Years: 5}, 9, 99, 15, 6, true}, // five years since 8, not from 8 on
		{since6, 4, 99, 20, 14, true},
		{since6, 6, 99, 20, 14, true},
		{since6, 10, 99, 24, 14, false}, // since 10: not since 6, however long
		{since11, 0, 6, 18, 0, false},   // born here, left at 6 and never back
		{since11, 0, 14, 18, 3, false},  // left at 14: 3 years since 11
		{since11, 0, 17, 18, 6, true},   // left at 17: 6 years since 11
		{since6, 0, 15, 20, 9, false},   // without a break since 6: not after leaving
	} {
		years, ok := rules.ResidenceMet(tc.res, tc.arrival, tc.left, tc.at)
		if years != tc.years || ok != tc.ok {
			t.Errorf("ResidenceMet(%+v, arrived at %d, left at %d, at %d) = %d, %v; want %d, %v", tc.res, tc.arrival, tc.left, tc.at, years, ok, tc.years, tc.ok)
		}
	}
}

func TestMarriageAbroadWithoutRegister(t *testing.T) {
	kb := loadKB(t)
	for _, tc := range []struct {
		name      string
		residence int
		want      int
	}{
		{"a year in France since", 1, 5},
		{"three years in France since", 3, 4},
	} {
		p := rules.Profile{Situations: []string{"married"}, ConsularDenied: true, ResidenceYears: tc.residence}
		found := false
		for _, m := range rules.NationalityRoutes(kb, p) {
			if m.Route.ID != "declaration-mariage" {
				continue
			}
			found = true
			if m.MinYears != tc.want {
				t.Errorf("%s: the marriage needs %d years; want %d", tc.name, m.MinYears, tc.want)
			}
		}
		if !found {
			t.Errorf("%s: no route by marriage", tc.name)
		}
	}
}

func TestTotal(t *testing.T) {
	for _, tc := range []struct {
		unit knowledge.Money
		n    int
		want string
	}{
		{2500, 4, "100 €"},
		{500, 3, "15 €"},
		{1010, 2, "20,20 €"},
	} {
		if got := rules.Total(tc.unit, tc.n).String(); got != tc.want {
			t.Errorf("Total(%s, %d) = %s; want %s", tc.unit, tc.n, got, tc.want)
		}
	}
}

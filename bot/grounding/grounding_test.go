package grounding_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/guichet/guichet/bot/grounding"
)

func TestExtract(t *testing.T) {
	tests := []struct {
		text string
		want []string // kind:value
	}{
		{"Le timbre coûte 25 €.", []string{"amount:2500"}},
		{"25,00 € ou 25 euros ou €25 ou 25 EUR", []string{"amount:2500", "amount:2500", "amount:2500", "amount:2500"}},
		{"10,10 €", []string{"amount:1010"}},
		{"quinze euros", []string{"amount:1500"}},
		{"le 1er janvier 2026", []string{"date:2026-01-01"}},
		{"le 01/01/2026", []string{"date:2026-01-01"}},
		{"2026-01-01", []string{"date:2026-01-01"}},
		{"January 1st, 2026", []string{"date:2026-01-01"}},
		{"1 januari 2026", []string{"date:2026-01-01"}},
		{"jusqu'au 14 mars", []string{"daymonth:03-14"}},
		{"depuis septembre 2024", []string{"month:2024-09"}},
		{"prolongée de 5 ans", []string{"duration:5y"}},
		{"cinq ans, six mois, 3 semaines, 7 jours", []string{"duration:5y", "duration:6mo", "duration:3w", "duration:7d"}},
		{"ouvert jusqu'à 12h, puis de 13h30 à 17:00", []string{"time:12:00", "time:13:30", "time:17:00"}},
		{"Appelez le 03 27 22 59 00", []string{"phone:0327225900"}},
		{"Appelez le 03.27.22.59.00", []string{"phone:0327225900"}},
		{"Appelez le +33 3 27 22 59 00", []string{"phone:0327225900"}},
		{"Bel 02/775.75.75", []string{"phone:027757575"}},
		{"écrire à etat-civil@mairie.fr.", []string{"email:etat-civil@mairie.fr"}},
		{"voir https://www.service-public.gouv.fr/particuliers/vosdroits/F1344.", []string{"url:service-public.gouv.fr/particuliers/vosdroits/f1344"}},
		{"iOS 17 ou Android 10", []string{"number:17", "number:10"}},
		{"1. Faites la pré-demande\n2. Prenez rendez-vous", nil},
		{"c'est gratuit", []string{"free:free"}},
		{"ce n'est pas gratuit", nil},
		{"entre 2004 et 2013", []string{"number:2004", "number:2013"}},
	}
	for _, tt := range tests {
		var got []string
		for _, c := range grounding.Extract(tt.text) {
			got = append(got, string(c.Kind)+":"+c.Value)
		}
		if strings.Join(got, " ") != strings.Join(tt.want, " ") {
			t.Errorf("Extract(%q) = %v; want %v", tt.text, got, tt.want)
		}
	}
}

func TestCheck(t *testing.T) {
	evidence := grounding.NewEvidence(
		`{"fee":"25 €","rule":"perte ou vol","sources":["sp-f1344"]}`,
		"La carte est valable jusqu'au 14/03/2027 : une carte délivrée à un majeur entre le 2 janvier 2004 et le 31 décembre 2013 est prolongée de 5 ans.",
		"Mairie de Valenciennes : 03 27 22 59 00, https://www.valenciennes.fr/demarches. Ouvert de 8h30 à 12h.",
		`{"amount":"0 €","application":"first"}`,
	)
	tests := []struct {
		name   string
		text   string
		want   grounding.Verdict
		reason string
	}{
		{"fee rephrased", "Il vous faudra un timbre fiscal de 25 euros.", "", ""},
		{"fee with cents", "Comptez 25,00 € de timbre fiscal.", "", ""},
		{"hallucinated fee", "Le timbre fiscal coûte 86 €.", "", "ungrounded"},
		{"date other format", "Oui, votre carte reste valable jusqu'au 14 mars 2027.", grounding.Yes, ""},
		{"wrong date", "Oui, votre carte reste valable jusqu'au 14 mars 2028.", grounding.Yes, "ungrounded"},
		{"wrong verdict", "Non, votre carte n'est plus valable.", grounding.Yes, "verdict"},
		{"missing verdict", "Votre carte est valable jusqu'au 14/03/2027.", grounding.Yes, "verdict"},
		{"verdict nobody gave", "Oui, 25 €.", "", "verdict"},
		{"duration in months", "Elle est prolongée de 60 mois.", "", ""},
		{"duration invented", "Elle est prolongée de 10 ans.", "", "ungrounded"},
		{"phone other format", "Appelez le +33 3.27.22.59.00.", "", ""},
		{"phone invented", "Appelez le 03 27 22 59 01.", "", "ungrounded"},
		{"url", "Voir valenciennes.fr/demarches/ pour les détails.", "", ""},
		{"url invented", "Voir https://valenciennes.fr/rdv.", "", "ungrounded"},
		{"email invented", "Écrivez à cni@valenciennes.fr.", "", "ungrounded"},
		{"hours", "La mairie ouvre à 8h30 et ferme à 12h00.", "", ""},
		{"free grounded", "La première demande est gratuite.", "", ""},
		{"year of a date", "Les cartes délivrées depuis 2004 sont concernées.", "", ""},
		{"empty", "  ", "", "empty"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rej := grounding.Check(tt.text, evidence, tt.want)
			got := ""
			if rej != nil {
				got = rej.Reason
				if rej.Error() == "" {
					t.Error("empty error text")
				}
			}
			if got != tt.reason {
				t.Errorf("Check(%q) = %v; want reason %q", tt.text, rej, tt.reason)
			}
		})
	}
	if grounding.NewEvidence("rien").Supports(grounding.Claim{Kind: grounding.Free, Value: "free"}) {
		t.Error("free supported without evidence")
	}
	if grounding.NewEvidence("gratuit").Unsupported("Ce n'est pas gratuit, c'est 25 €.")[0].Kind != grounding.Amount {
		t.Error("negated free should not be a claim")
	}
}

func TestLeadVerdict(t *testing.T) {
	for text, want := range map[string]grounding.Verdict{
		"Oui, la carte est valable.": grounding.Yes, "Yes.": grounding.Yes, "Ja, de kaart": grounding.Yes,
		"Non.": grounding.No, "No, it is not": grounding.No, "Nee": grounding.No,
		"Nonobstant": "", "Votre carte": "", "": "", "« Oui »": "",
	} {
		if got := grounding.LeadVerdict(text); got != want {
			t.Errorf("LeadVerdict(%q) = %q; want %q", text, got, want)
		}
	}
}

// FuzzExtract feeds the claim extractor arbitrary text: it must not panic, and every claim it
// finds must be supported by evidence made of the same text.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"", "25 €", "€25,5", "le 1er janvier 2026", "31/02/2026", "99/99/9999", "+33 (0)3 27 22 59 00",
		"0032 2 775 75 75", "https://x.fr/a?b=1.", "a@b.co", "12h75", "48h", "cinq ans", "1.\n2.\n-",
		"\U000E0041 25\u00a0€", "septembre 2024", "0000000000000000000000000", "1,", "€", "pas gratuit",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		claims := grounding.Extract(s)
		ev := grounding.NewEvidence(s)
		for _, c := range claims {
			if c.Value == "" {
				t.Fatalf("Extract(%q): empty value in %+v", s, c)
			}
			if !ev.Supports(c) {
				t.Fatalf("Extract(%q): %+v not supported by its own text", s, c)
			}
		}
	})
}

// BenchmarkGuard measures the guard on a turn of typical size: the evidence of a draft answer and
// two tool results, and a model answer of a few sentences.
func BenchmarkGuard(b *testing.B) {
	draft := strings.Repeat("Pour un remplacement après une perte, il faut un timbre fiscal de 25 € : l'ancienne carte ne peut pas être présentée. "+
		"Achetez-le sur https://timbres.impots.gouv.fr ou appelez le 03 27 22 59 00. Une carte délivrée entre le 2 janvier 2004 et le 31 décembre 2013 est prolongée de 5 ans. ", 4)
	tools := []string{`{"application":"loss","amount":"25 €","reason":"l'ancienne carte ne peut pas être présentée"}`,
		`{"valid":true,"valid_until":"2027-03-14","date_printed_on_card":"2022-03-14"}`}
	answer := "Oui : une carte perdue se remplace avec un timbre fiscal de 25 euros, à acheter sur timbres.impots.gouv.fr. " +
		"Votre carte reste valable jusqu'au 14 mars 2027 grâce à la prolongation de 5 ans. Pour toute question, appelez le 03.27.22.59.00."
	b.ReportAllocs()
	for b.Loop() {
		ev := grounding.NewEvidence(draft)
		ev.Add(tools...)
		if rej := grounding.Check(answer, ev, grounding.Yes); rej != nil {
			b.Fatal(rej)
		}
	}
}

package bot

import (
	"reflect"
	"testing"
)

func TestTextBlocks(t *testing.T) {
	tests := []struct {
		text string
		want []Block
	}{
		{"Une phrase.", []Block{{Kind: Paragraph, Text: "Une phrase."}}},
		{"Ligne un\nligne deux.\n\nAutre paragraphe.", []Block{{Kind: Paragraph, Text: "Ligne un ligne deux."}, {Kind: Paragraph, Text: "Autre paragraphe."}}},
		{"## Papiers\nApportez :\n- une photo\n* un justificatif\n1. le timbre\nC'est tout.", []Block{
			{Kind: List, Text: "Papiers Apportez :", Items: []string{"une photo", "un justificatif", "le timbre"}},
			{Kind: Paragraph, Text: "C'est tout."}}},
		{"**Oui**, c'est `gratuit`.", []Block{{Kind: Paragraph, Text: "Oui, c'est gratuit."}}},
		{"\n\n", nil},
	}
	for _, tt := range tests {
		if got := textBlocks(tt.text); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("textBlocks(%q) = %+v; want %+v", tt.text, got, tt.want)
		}
	}
}

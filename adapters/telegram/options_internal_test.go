package telegram

import (
	"testing"

	"github.com/guichet/guichet/bot"
)

// TestOptionData reads back what option buttons send: their turn and words, or their rank when
// the words do not fit in 64 bytes; buttons sent before they carried a turn read as turn 0.
func TestOptionData(t *testing.T) {
	long := bot.Option{Label: "x", Value: "une valeur bien trop longue pour les soixante-quatre octets de Telegram"}
	tests := []struct {
		data      string
		turn      int
		words     string
		rank      int
		option    bool
		fromValue *bot.Option // when set, data is optionData(turn, rank-1, *fromValue)
	}{
		{data: "v7:Ixelles", turn: 7, words: "Ixelles", option: true},
		{data: "v12:hors de Bruxelles", turn: 12, words: "hors de Bruxelles", option: true},
		{data: "o3:2", turn: 3, rank: 2, option: true},
		{data: "v:Ixelles", turn: 0, words: "Ixelles", option: true},
		{data: "o:2", turn: 0, rank: 2, option: true},
		{turn: 5, rank: 4, option: true, fromValue: &long},
		{data: "f:-"}, {data: "r:0"}, {data: "s:"}, {data: "vx:Ixelles"}, {data: "v3:"}, {data: "o3:zero"}, {data: "o3:0"}, {data: "v"},
	}
	for _, tc := range tests {
		data := tc.data
		if tc.fromValue != nil {
			data = optionData(tc.turn, tc.rank-1, *tc.fromValue)
			if len(data) > maxCallbackData {
				t.Errorf("optionData = %q: over 64 bytes", data)
			}
		}
		turn, words, rank, option := parseOption(data)
		if turn != tc.turn && tc.option || words != tc.words || rank != tc.rank || option != tc.option {
			t.Errorf("parseOption(%q) = %d, %q, %d, %v; want %d, %q, %d, %v", data, turn, words, rank, option, tc.turn, tc.words, tc.rank, tc.option)
		}
	}
}

package nlu

import (
	_ "embed"
	"strings"
)

// frenchWords is a sorted list of French words, one a line, folded (lower case, no accents).
//
//go:embed words_fr.txt
var frenchWords string

// isFrenchWord reports whether w (folded) is a French word of four letters or more. It searches
// the sorted list in place, so it costs nothing at start.
func isFrenchWord(w string) bool {
	lo, hi := 0, len(frenchWords)
	for lo < hi {
		mid := (lo + hi) / 2
		start := strings.LastIndexByte(frenchWords[:mid], '\n') + 1
		end := strings.IndexByte(frenchWords[start:], '\n')
		if end < 0 {
			end = len(frenchWords) - start
		}
		line := frenchWords[start : start+end]
		switch {
		case line == w:
			return true
		case line < w:
			lo = start + end + 1
		default:
			hi = start
		}
	}
	return false
}

package nlu

import (
	_ "embed"
	"slices"
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

// auxiliaries are the forms of "être" and "avoir" that a past participle follows ("je suis
// marié", "j'ai déposé"), with whether a subject pronoun must come before them: "a" and "as" are
// also a preposition and a noun ("un dossier a déposer" is no "il a déposé").
var auxiliaries = map[string]bool{"suis": false, "es": false, "est": false, "sommes": false, "etes": false, "sont": false,
	"ete": false, "etait": false, "etais": false, "etions": false, "etiez": false, "etaient": false,
	"ai": true, "as": true, "a": true, "avons": false, "avez": false, "ont": false, "avait": false, "avais": false}

// participleFillers are the words that may stand between an auxiliary and its participle ("je suis
// pas marié", "j'ai déjà payé").
var participleFillers = map[string]bool{"pas": true, "plus": true, "jamais": true, "deja": true, "bien": true, "tout": true, "encore": true}

// participles rewrites the infinitives in "-er" that follow an auxiliary as the past participles
// they stand for ("je suis marier" is "je suis marié", "on a deposer" "on a déposé", "elle a ete
// voler" "elle a été volée"): people who write by ear spell the two alike, and only the
// participle can follow "suis" or "ai". It reports whether it changed anything.
func participles(toks []string) ([]string, bool) {
	var out []string
	for i, t := range toks {
		w, ok := strings.CutSuffix(t, "er")
		if !ok || len(w) < 3 || i == 0 {
			continue
		}
		j := skipFillers(toks, i-1)
		if toks[j] == "ete" && j > 0 {
			j = skipFillers(toks, j-1) // "a été volée": the auxiliary before "été"
		}
		needsSubject, aux := auxiliaries[toks[j]]
		if !aux || needsSubject && !(j > 0 && subjectBefore(toks, j)) {
			continue
		}
		if out == nil {
			out = slices.Clone(toks)
		}
		out[i] = w + "e"
	}
	return out, out != nil
}

// skipFillers returns the position of the last word at or before j that is no participle filler.
func skipFillers(toks []string, j int) int {
	for j > 0 && participleFillers[toks[j]] {
		j--
	}
	return j
}

// subjectBefore reports whether a subject pronoun comes just before toks[j], object pronouns
// aside ("on m'a appeler", "ils nous ont dit").
func subjectBefore(toks []string, j int) bool {
	for k := j - 1; k >= 0 && k >= j-3; k-- {
		switch toks[k] {
		case "j", "je", "tu", "il", "elle", "on", "nous", "vous", "ils", "elles", "qui":
			return true
		case "m", "t", "l", "me", "te", "le", "la", "les", "lui", "leur", "y", "en", "s", "se", "ne", "n":
			continue
		}
		return false
	}
	return false
}

// glued splits a word that opens with an elided "d'", "l'", "n'", "m'", "s'" or "t'" before a
// vowel or a mute h ("daller" is "d'aller"), written without the apostrophe. ("qu'" is left to
// the SMS spellings: "Quimper" is no "qu'imper".)
func glued(t string) (elided, rest string, ok bool) {
	for _, el := range []string{"d", "l", "n", "m", "s", "t", "j"} {
		r, found := strings.CutPrefix(t, el)
		if found && len(r) >= 4 && strings.ContainsRune("aeiouyh", rune(r[0])) {
			return el, r, true
		}
	}
	return "", "", false
}

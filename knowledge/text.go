package knowledge

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Normalize prepares text for comparison the way people expect: lower case, diacritics removed,
// typographic apostrophes and quotes turned into ASCII ones, every Unicode space turned into one
// ASCII space, runs of spaces collapsed, ends trimmed. Guichet's understanding, its search index
// and the evals all compare text through it, so "Clé numérique" and "cle  numerique" are one.
func Normalize(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := true // drop leading spaces
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if r < utf8.RuneSelf {
			switch {
			case r >= 'A' && r <= 'Z':
				r += 'a' - 'A'
			case r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\v' || r == '\f':
				if !space {
					b.WriteByte(' ')
					space = true
				}
				continue
			}
			b.WriteByte(byte(r))
			space = false
			continue
		}
		switch {
		case unicode.IsSpace(r) || r == '\u200b':
			if !space {
				b.WriteByte(' ')
				space = true
			}
			continue
		case r == '’' || r == '‘' || r == 'ʼ' || r == '´' || r == '`' || r == '′':
			b.WriteByte('\'')
		case r == '“' || r == '”' || r == '«' || r == '»' || r == '„' || r == '″':
			b.WriteByte('"')
		case r == 'œ' || r == 'Œ':
			b.WriteString("oe")
		case r == 'æ' || r == 'Æ':
			b.WriteString("ae")
		case r == 'ß':
			b.WriteString("ss")
		case r == utf8.RuneError:
			continue
		case r >= latinStart && r < latinEnd && latin[r-latinStart] != 0:
			b.WriteRune(latin[r-latinStart])
		default:
			written := false
			for _, d := range norm.NFD.String(string(r)) {
				if unicode.Is(unicode.Mn, d) {
					continue
				}
				b.WriteRune(unicode.ToLower(d))
				written = true
			}
			if !written {
				continue
			}
		}
		space = false
	}
	return strings.TrimRight(b.String(), " ")
}

// The Latin-1 Supplement and Latin Extended-A letters, folded once: the accents people type are
// nearly all there, so Normalize rarely needs the general decomposition.
const latinStart, latinEnd = 0xC0, 0x180

var latin = func() (t [latinEnd - latinStart]rune) {
	for r := rune(latinStart); r < latinEnd; r++ {
		var base []rune
		for _, d := range norm.NFD.String(string(r)) {
			if !unicode.Is(unicode.Mn, d) {
				base = append(base, unicode.ToLower(d))
			}
		}
		if len(base) == 1 && base[0] < utf8.RuneSelf {
			t[r-latinStart] = base[0]
		}
	}
	return t
}()

// Fold reduces a name to letters and digits after Normalize, so that "Woluwe St-Pierre",
// "woluwe saint pierre" and "Woluwé-Saint-Pierre" compare by their letters.
func Fold(s string) string {
	n := Normalize(s)
	var b strings.Builder
	b.Grow(len(n))
	for _, r := range n {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

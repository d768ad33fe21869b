package nlu

import (
	"strings"
	"sync"
)

// cueIndex finds, in one pass over a text's words, every cue of the knowledge base the text
// says, as containsWordAt reads a phrase: starting a word, and followed by no letter or digit.
// The parse asks some hundred cue lists about the same few texts of a message; reading each text
// once keeps that cheap.
type cueIndex struct {
	// lists holds, by the address of its first phrase, each cue's phrase list as the parser's
	// fields share it, with its cue number and length: a list built otherwise (a concatenation,
	// a copy) is not in it and is searched phrase by phrase.
	lists map[*string]cueList
	// words holds the cues of the one-word phrases; spaced holds the multi-word phrases by their
	// first word.
	words  map[string][]int
	spaced map[string][]spacedPhrase
	n      int

	mu   sync.Mutex
	sets map[string][]uint64 // texts already read, cleared when it reaches maxCueMemo
}

type cueList struct{ id, len int }

type spacedPhrase struct {
	id     int
	phrase string
}

// maxCueMemo bounds how many texts the index remembers; the texts of the messages being parsed at
// one time are far fewer.
const maxCueMemo = 512

func newCueIndex(cues map[string][]string) *cueIndex {
	x := &cueIndex{lists: map[*string]cueList{}, words: map[string][]int{}, spaced: map[string][]spacedPhrase{}, sets: map[string][]uint64{}}
	for _, phrases := range cues {
		if len(phrases) == 0 {
			continue
		}
		id := x.n
		x.n++
		x.lists[&phrases[0]] = cueList{id: id, len: len(phrases)}
		for _, ph := range phrases {
			if ph == "" {
				delete(x.lists, &phrases[0]) // an empty phrase is said anywhere: leave the list to the search
				break
			}
			if w, _, ok := strings.Cut(ph, " "); ok {
				x.spaced[w] = append(x.spaced[w], spacedPhrase{id: id, phrase: ph})
			} else {
				x.words[ph] = append(x.words[ph], id)
			}
		}
	}
	return x
}

// saysAny reports whether text says one of phrases, as containsWordAt does for each.
func (x *cueIndex) saysAny(text string, phrases []string) bool {
	if len(phrases) == 0 {
		return false
	}
	if l, ok := x.lists[&phrases[0]]; ok && l.len == len(phrases) {
		s := x.set(text)
		return s[l.id/64]&(1<<(l.id%64)) != 0
	}
	for _, ph := range phrases {
		if containsWordAt(text, ph) {
			return true
		}
	}
	return false
}

// set returns the cues text says, reading it once.
func (x *cueIndex) set(text string) []uint64 {
	x.mu.Lock()
	s, ok := x.sets[text]
	x.mu.Unlock()
	if ok {
		return s
	}
	s = x.read(text)
	x.mu.Lock()
	if len(x.sets) >= maxCueMemo {
		clear(x.sets)
	}
	x.sets[text] = s
	x.mu.Unlock()
	return s
}

// read finds the cues text says. A phrase is said where it starts the text or follows a space,
// and no letter or digit follows it. A multi-word phrase's first word is then a whole word of the
// text; a one-word phrase ends the word or stops before one of its other signs ("l'usager,",
// "c" of "c'est").
func (x *cueIndex) read(text string) []uint64 {
	s := make([]uint64, (x.n+63)/64)
	for a := 0; a < len(text); a++ {
		if a > 0 && text[a-1] != ' ' {
			continue
		}
		end := strings.IndexByte(text[a:], ' ')
		if end < 0 {
			end = len(text) - a
		}
		word := text[a : a+end]
		for k := 1; k <= len(word); k++ {
			if k < len(word) && isLetterOrDigit(word[k]) {
				continue
			}
			for _, id := range x.words[word[:k]] {
				s[id/64] |= 1 << (id % 64)
			}
		}
		for _, sp := range x.spaced[word] {
			b := a + len(sp.phrase)
			if strings.HasPrefix(text[a:], sp.phrase) && (b == len(text) || !isLetterOrDigit(text[b])) {
				s[sp.id/64] |= 1 << (sp.id % 64)
			}
		}
	}
	return s
}

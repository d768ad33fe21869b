package bot

import (
	"strings"
	"sync"
)

// cueIndex finds, in one pass over a message's words, every cue of the knowledge base whose
// phrases the message says. Answering a message asks a hundred or more cues about the same few
// texts; reading each text once instead of searching it for each of the five thousand phrases is
// most of what keeps the per-message path fast.
type cueIndex struct {
	ids map[string]int // cue name → its bit in a cueSet
	// first holds the phrases by their first word; a phrase is said where a word of the text is
	// that word and the text goes on with the rest of the phrase.
	first map[string][]cuePhrase
	// prefixes are the one-word phrases ending in "*" ("corrig*"), said by any word starting
	// with them.
	prefixes []cuePhrase

	mu   sync.Mutex
	sets map[string]cueSet // texts already read, cleared when it reaches maxCueMemo
}

// cuePhrase is one phrase of a cue, without its final "*".
type cuePhrase struct {
	cue    int
	prefix string
	wild   bool
}

// cueSet is the set of cues a text says, one bit per cue.
type cueSet []uint64

func (s cueSet) has(id int) bool { return s[id/64]&(1<<(id%64)) != 0 }

// maxCueMemo bounds how many texts the index remembers; the texts of the messages being answered
// at one time are far fewer.
const maxCueMemo = 256

func newCueIndex(cues map[string][]string) *cueIndex {
	x := &cueIndex{ids: make(map[string]int, len(cues)), first: map[string][]cuePhrase{}, sets: map[string]cueSet{}}
	for name, phrases := range cues {
		id := len(x.ids)
		x.ids[name] = id
		for _, p := range phrases {
			prefix, wild := strings.CutSuffix(p, "*")
			if prefix == "" {
				continue // cueEnd finds no empty phrase
			}
			c := cuePhrase{cue: id, prefix: prefix, wild: wild}
			word, _, spaced := strings.Cut(prefix, " ")
			if wild && !spaced {
				x.prefixes = append(x.prefixes, c)
				continue
			}
			x.first[word] = append(x.first[word], c)
		}
	}
	return x
}

// says reports whether norm says one of the phrases of the cue name, as containsWord does.
func (x *cueIndex) says(norm, name string) bool {
	id, ok := x.ids[name]
	if !ok {
		return false
	}
	return x.set(norm).has(id)
}

// set returns the cues norm says, reading it once.
func (x *cueIndex) set(norm string) cueSet {
	x.mu.Lock()
	s, ok := x.sets[norm]
	x.mu.Unlock()
	if ok {
		return s
	}
	s = x.read(wordText(norm))
	x.mu.Lock()
	if len(x.sets) >= maxCueMemo {
		clear(x.sets)
	}
	x.sets[norm] = s
	x.mu.Unlock()
	return s
}

// read finds the cues said in text, a wordText: every phrase starts a word and, unless it ends in
// "*", ends one, as cueEnd reads them.
func (x *cueIndex) read(text string) cueSet {
	s := make(cueSet, (len(x.ids)+63)/64)
	for i := 1; i < len(text); {
		if text[i-1] != ' ' || text[i] == ' ' {
			i++
			continue
		}
		j := i + strings.IndexByte(text[i:], ' ')
		if j < i {
			j = len(text)
		}
		for _, c := range x.first[text[i:j]] {
			if c.said(text, i) {
				s[c.cue/64] |= 1 << (c.cue % 64)
			}
		}
		for _, c := range x.prefixes {
			if strings.HasPrefix(text[i:j], c.prefix) {
				s[c.cue/64] |= 1 << (c.cue % 64)
			}
		}
		i = j + 1
	}
	return s
}

// said reports whether text says the phrase from the word starting at i.
func (c cuePhrase) said(text string, i int) bool {
	if !strings.HasPrefix(text[i:], c.prefix) {
		return false
	}
	end := i + len(c.prefix)
	return c.wild || end < len(text) && text[end] == ' '
}

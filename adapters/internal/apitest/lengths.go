package apitest

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"
)

// Lengths are the length figures of a network's rendered answers to the fixed questions: for each
// answer, its characters, lines, the sources it shows, the share of its characters its sources
// take and, for Slack, its blocks. String gives their medians, which the tests print and `make
// lengths` shows.
type Lengths struct {
	// Network names what was measured ("telegram", "slack staff", …).
	Network string

	chars, lines, sources, share, blocks []float64
}

// Add counts one answer: its text, the part of the text that lists its sources, how many sources
// it shows, and its blocks (0 where the network has none).
func (l *Lengths) Add(text, sources string, shown, blocks int) {
	n := utf8.RuneCountInString(text)
	l.chars = append(l.chars, float64(n))
	l.lines = append(l.lines, float64(strings.Count(text, "\n")+1))
	l.sources = append(l.sources, float64(shown))
	l.share = append(l.share, float64(utf8.RuneCountInString(sources))/float64(max(n, 1)))
	l.blocks = append(l.blocks, float64(blocks))
}

// Answers is how many answers were counted.
func (l *Lengths) Answers() int { return len(l.chars) }

// Share is the median share of an answer's characters that its sources take.
func (l *Lengths) Share() float64 { return Median(l.share) }

// String is the medians, and the largest number of sources shown.
func (l *Lengths) String() string {
	s := fmt.Sprintf("%s: %d answers; median %.0f characters, %.0f lines, %.0f sources (at most %.0f), sources %.0f%% of the characters",
		l.Network, l.Answers(), Median(l.chars), Median(l.lines), Median(l.sources), slices.Max(append([]float64{0}, l.sources...)), 100*l.Share())
	if Median(l.blocks) > 0 {
		s += fmt.Sprintf(", %.0f blocks (at most %.0f)", Median(l.blocks), slices.Max(l.blocks))
	}
	return s
}

// Median is the middle value of xs (the upper one of an even count), 0 for none.
func Median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	return s[len(s)/2]
}

package nlu

import (
	"cmp"
	"errors"
	"slices"
	"sort"
	"strconv"
	"sync"
	"time"

	"github.com/guichet/guichet/knowledge"
)

// Evaluation says how well Guichet recognises questions it was not trained on: every example is
// read by a parser trained on the other folds, as `rasa test nlu --cross-validation` does.
type Evaluation struct {
	Folds int `json:"folds"`
	// Repeats is how many times the cross-validation ran, each with the examples in another
	// order: the scores pool every run's readings, so that they move with what Guichet
	// understands rather than with how the folds happened to fall.
	Repeats  int     `json:"repeats"`
	Examples int     `json:"examples"`
	Accuracy float64 `json:"accuracy"`
	MacroF1  float64 `json:"macro_f1"`
	// Facets are the scores of each label, worst F1 first.
	Facets []LabelScore `json:"facets"`
	// Confusions are the labels taken for others, most frequent first, counted over every run.
	Confusions []Confusion `json:"confusions"`
}

// LabelScore is the precision, recall and F1 of one label, and how many examples it has.
type LabelScore struct {
	Name      string  `json:"name"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
	Support   int     `json:"support"`
}

// Confusion is a label read as another, with a few of the examples misread.
type Confusion struct {
	Expected string   `json:"expected"`
	Got      string   `json:"got"`
	Count    int      `json:"count"`
	Examples []string `json:"examples"`
}

// MaxConfusionExamples bounds the examples kept for each confusion.
const MaxConfusionExamples = 3

// ErrTooFewExamples is returned when a label has fewer examples than folds.
var ErrTooFewExamples = errors.New("a label has fewer examples than folds")

// CrossValidate splits the examples of kb into folds (each label spread evenly, in an order set by
// seed and the examples' words), reads each fold with a parser trained on the others, and scores the labels it gives;
// it does so repeats times, the examples in another order each time (seed, seed+1…), and pools
// the readings.
func CrossValidate(kb *knowledge.Base, folds, repeats int, seed uint64) (Evaluation, error) {
	if folds < 2 {
		return Evaluation{}, errors.New("cross-validation needs at least 2 folds")
	}
	if repeats < 1 {
		return Evaluation{}, errors.New("cross-validation needs at least 1 run")
	}
	var all []reading
	var labels []string
	examples := 0
	for r := range repeats {
		rs, ls, err := crossValidateOnce(kb, folds, seed+uint64(r))
		if err != nil {
			return Evaluation{}, err
		}
		all = append(all, rs...)
		labels, examples = ls, len(rs)
	}
	ev := Evaluation{Folds: folds, Repeats: repeats, Examples: examples}
	tp, fp, fn := map[string]int{}, map[string]int{}, map[string]int{}
	support := map[string]int{}
	conf := map[[2]string]*Confusion{}
	correct := 0
	for _, r := range all {
		support[r.expected]++
		if r.got == r.expected {
			correct++
			tp[r.expected]++
			continue
		}
		fn[r.expected]++
		fp[r.got]++
		key := [2]string{r.expected, r.got}
		c := conf[key]
		if c == nil {
			c = &Confusion{Expected: r.expected, Got: r.got}
			conf[key] = c
		}
		c.Count++
		if len(c.Examples) < MaxConfusionExamples && !slices.Contains(c.Examples, r.text) {
			c.Examples = append(c.Examples, r.text)
		}
	}
	ev.Accuracy = float64(correct) / float64(len(all))
	var sumF1 float64
	for _, l := range labels {
		s := LabelScore{Name: l, Support: support[l] / repeats}
		if d := tp[l] + fp[l]; d > 0 {
			s.Precision = float64(tp[l]) / float64(d)
		}
		if d := tp[l] + fn[l]; d > 0 {
			s.Recall = float64(tp[l]) / float64(d)
		}
		if s.Precision+s.Recall > 0 {
			s.F1 = 2 * s.Precision * s.Recall / (s.Precision + s.Recall)
		}
		sumF1 += s.F1
		ev.Facets = append(ev.Facets, s)
	}
	ev.MacroF1 = sumF1 / float64(len(labels))
	sort.SliceStable(ev.Facets, func(i, j int) bool { return ev.Facets[i].F1 < ev.Facets[j].F1 })
	for _, c := range conf {
		ev.Confusions = append(ev.Confusions, *c)
	}
	sort.Slice(ev.Confusions, func(i, j int) bool {
		a, b := ev.Confusions[i], ev.Confusions[j]
		if a.Count != b.Count {
			return a.Count > b.Count
		}
		if a.Expected != b.Expected {
			return a.Expected < b.Expected
		}
		return a.Got < b.Got
	})
	return ev, nil
}

// reading is one example read by a parser that was not trained on it.
type reading struct{ expected, got, text string }

// crossValidateOnce reads every example of kb with a parser trained on the other folds, the
// examples in the order seed sets; it returns the readings and the labels, sorted.
func crossValidateOnce(kb *knowledge.Base, folds int, seed uint64) ([]reading, []string, error) {
	byLabel := map[string][]Example{}
	var labels []string
	for _, e := range Examples(kb) {
		if _, ok := byLabel[e.Label]; !ok {
			labels = append(labels, e.Label)
		}
		byLabel[e.Label] = append(byLabel[e.Label], e)
	}
	if len(labels) == 0 {
		return nil, nil, errors.New("the knowledge base has no question examples")
	}
	sort.Strings(labels)
	for _, l := range labels {
		if len(byLabel[l]) < folds {
			return nil, nil, ErrTooFewExamples
		}
	}
	fold := assignFolds(byLabel, labels, folds, seed)
	results := make([][]reading, folds)
	now := time.Date(2026, 1, 1, 12, 0, 0, 0, time.UTC)
	var wg sync.WaitGroup
	for k := range folds {
		wg.Go(func() {
			var train []Example
			for j := range folds {
				if j != k {
					train = append(train, fold[j]...)
				}
			}
			p := build(kb, train)
			for _, e := range fold[k] {
				results[k] = append(results[k], reading{expected: e.Label, got: p.Parse(e.Text, now).Label, text: e.Text})
			}
		})
	}
	wg.Wait()

	var out []reading
	for _, rs := range results {
		out = append(out, rs...)
	}
	return out, labels, nil
}

// assignFolds deals each label's examples to the folds in turn, in an order set by seed and their
// own words: an example added moves only the examples of its label, and the scores move with what
// it changes rather than with a new deal of every fold.
func assignFolds(byLabel map[string][]Example, labels []string, folds int, seed uint64) [][]Example {
	fold := make([][]Example, folds)
	s := strconv.FormatUint(seed, 10)
	for _, l := range labels {
		es := slices.Clone(byLabel[l])
		slices.SortStableFunc(es, func(a, b Example) int {
			return cmp.Compare(featureHash(kindWord, a.Text, s), featureHash(kindWord, b.Text, s))
		})
		// Start each label at another fold, so that small labels do not all fill the first ones.
		off := int(featureHash(kindPair, l, s) % uint64(folds))
		for i, e := range es {
			k := (i + off) % folds
			fold[k] = append(fold[k], e)
		}
	}
	return fold
}

package nlu

import (
	"math"
	"sort"
	"strings"
)

// Example is a message people write and what it asks (its label), from the knowledge base's
// question examples.
type Example struct {
	Text  string
	Label string
}

// Classifier recognises what a message asks from the examples it was trained on: a Complement
// Naive Bayes model (Rennie et al., 2003) over word unigrams and bigrams and the character
// n-grams of each word, with TF-IDF weights. Character n-grams let it read a misspelt or
// inflected word it has never seen ("renouvlement", "coûterait"); bigrams keep the few word
// pairs that change the question ("à quoi", "combien de temps").
//
// Training is counting, so a model for a few thousand examples trains in milliseconds at start-up:
// there is nothing to cache or regenerate when the examples change. A Classifier is read-only
// after training and safe for concurrent use.
type Classifier struct {
	labels []string
	// index maps a feature's hash to its column; idf holds each column's inverse document
	// frequency, and weights the labels' weights column by column (len(labels) per feature).
	index   map[uint64]int32
	idf     []float32
	weights []float32
	// vocab is every word of the examples of each label, to tell whether a message has any
	// word an example of a label used.
	vocab map[string][]int32
}

// Prediction is a label and its score: the higher, the likelier. Scores of one message sum to 1.
type Prediction struct {
	Label string
	Score float64
}

// charGramMin and charGramMax bound the character n-grams taken from each word (with its
// boundaries marked), and charGramWord the shortest word they are taken from.
const (
	charGramMin  = 3
	charGramMax  = 5
	charGramWord = 4
	// alpha smooths the counts of features a label's complement never had.
	alpha = 0.3
	// temperature turns the classifier's margins into scores that sum to 1; it only matters for
	// thresholds, which are tuned with it.
	temperature = 40
)

// feature kinds, mixed into the hash so that the word "car" and the n-gram "car" differ.
const (
	kindWord byte = 'w'
	kindPair byte = 'p'
	kindGram byte = 'g'
)

// featureHash hashes a feature (FNV-1a) without allocating: kind, then up to two strings.
func featureHash(kind byte, a, b string) uint64 {
	const (
		offset = 14695981039346656037
		prime  = 1099511628211
	)
	h := uint64(offset)
	h = (h ^ uint64(kind)) * prime
	for i := 0; i < len(a); i++ {
		h = (h ^ uint64(a[i])) * prime
	}
	if b != "" {
		h = (h ^ ' ') * prime
		for i := 0; i < len(b); i++ {
			h = (h ^ uint64(b[i])) * prime
		}
	}
	return h
}

// featureToken rewrites a token for the classifier: numbers become their kind (a year, or a
// number), so that "11 ans" and "8 ans" are the same feature.
func featureToken(t string) string {
	if isNumber(t) {
		if len(t) == 4 {
			return "#annee"
		}
		return "#nombre"
	}
	return t
}

// features calls f with the hash and raw count of every feature of toks.
func features(toks []string, f func(h uint64)) {
	prev := ""
	var buf [64]byte
	for _, raw := range toks {
		t := featureToken(raw)
		f(featureHash(kindWord, t, ""))
		if prev != "" {
			f(featureHash(kindPair, prev, t))
		}
		prev = t
		if len(t) < charGramWord || len(t)+2 > len(buf) || t[0] == '#' {
			continue
		}
		w := append(append(append(buf[:0], '<'), t...), '>')
		for n := charGramMin; n <= charGramMax; n++ {
			for i := 0; i+n <= len(w); i++ {
				f(featureHash(kindGram, string(w[i:i+n]), ""))
			}
		}
	}
}

// TrainClassifier learns labels from examples. tokenize is the parser's own reading of a message,
// so that examples and messages are cut into words the same way.
func TrainClassifier(examples []Example, tokenize func(string) []string) *Classifier {
	c := &Classifier{index: map[uint64]int32{}, vocab: map[string][]int32{}}
	labelIdx := map[string]int{}
	for _, e := range examples {
		if _, ok := labelIdx[e.Label]; !ok {
			labelIdx[e.Label] = len(c.labels)
			c.labels = append(c.labels, e.Label)
		}
	}
	L := len(c.labels)
	type doc struct {
		label int
		tf    map[int32]float32
	}
	docs := make([]doc, 0, len(examples))
	var df []float32
	for _, e := range examples {
		toks := tokenize(e.Text)
		d := doc{label: labelIdx[e.Label], tf: make(map[int32]float32, 64)}
		features(toks, func(h uint64) {
			i, ok := c.index[h]
			if !ok {
				i = int32(len(c.index))
				c.index[h] = i
				df = append(df, 0)
			}
			if d.tf[i] == 0 {
				df[i]++
			}
			d.tf[i]++
		})
		for _, t := range toks {
			ls := c.vocab[t]
			if len(ls) == 0 || ls[len(ls)-1] != int32(d.label) {
				if !containsInt32(ls, int32(d.label)) {
					c.vocab[t] = append(ls, int32(d.label))
				}
			}
		}
		docs = append(docs, d)
	}
	V := len(c.index)
	n := float64(len(docs))
	c.idf = make([]float32, V)
	for i := range c.idf {
		c.idf[i] = float32(math.Log((n + 1) / (float64(df[i]) + 1)))
	}
	// Each label's weighted counts, and all labels' together: a label's complement is the total
	// less its own.
	counts := make([]float64, V*L)
	total := make([]float64, V)
	for _, d := range docs {
		var norm float64
		for i, tf := range d.tf {
			v := math.Log1p(float64(tf)) * float64(c.idf[i])
			norm += v * v
		}
		norm = math.Sqrt(norm)
		if norm == 0 {
			continue
		}
		for i, tf := range d.tf {
			v := math.Log1p(float64(tf)) * float64(c.idf[i]) / norm
			counts[int(i)*L+d.label] += v
			total[i] += v
		}
	}
	labelTotal := make([]float64, L)
	var all float64
	for i := 0; i < V; i++ {
		for l := 0; l < L; l++ {
			labelTotal[l] += counts[i*L+l]
		}
		all += total[i]
	}
	c.weights = make([]float32, V*L)
	for l := 0; l < L; l++ {
		denom := alpha*float64(V) + all - labelTotal[l]
		var sum float64
		for i := 0; i < V; i++ {
			w := math.Log((alpha + total[i] - counts[i*L+l]) / denom)
			counts[i*L+l] = w // reuse the array for the unnormalised weights
			sum += math.Abs(w)
		}
		for i := 0; i < V; i++ {
			// Complement weights: a feature common outside the label counts against it, so the
			// label's score is minus the sum; normalising keeps labels with many examples from
			// dominating.
			c.weights[i*L+l] = float32(-counts[i*L+l] / sum)
		}
	}
	return c
}

func containsInt32(s []int32, v int32) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

// Labels returns the labels the classifier knows, in the order of its examples.
func (c *Classifier) Labels() []string { return c.labels }

// Predict scores every label for a message already cut into words, best first.
func (c *Classifier) Predict(toks []string) []Prediction {
	L := len(c.labels)
	scores := make([]float64, L)
	tf := make(map[int32]float32, 64)
	features(toks, func(h uint64) {
		if i, ok := c.index[h]; ok {
			tf[i]++
		}
	})
	var norm float64
	for i, n := range tf {
		v := math.Log1p(float64(n)) * float64(c.idf[i])
		norm += v * v
	}
	if norm > 0 {
		norm = math.Sqrt(norm)
		for i, n := range tf {
			v := math.Log1p(float64(n)) * float64(c.idf[i]) / norm
			row := c.weights[int(i)*L : int(i)*L+L]
			for l, w := range row {
				scores[l] += v * float64(w)
			}
		}
	}
	out := make([]Prediction, L)
	maxS := math.Inf(-1)
	for _, s := range scores {
		maxS = math.Max(maxS, s)
	}
	var z float64
	for l, s := range scores {
		e := math.Exp((s - maxS) * temperature)
		out[l] = Prediction{Label: c.labels[l], Score: e}
		z += e
	}
	for l := range out {
		out[l].Score /= z
	}
	sort.SliceStable(out, func(a, b int) bool { return out[a].Score > out[b].Score })
	return out
}

// Known reports how many of the words of toks some example of a label accepted by keep used.
func (c *Classifier) Known(toks []string, keep func(label string) bool) int {
	n := 0
	for _, t := range toks {
		for _, l := range c.vocab[t] {
			if keep(c.labels[l]) {
				n++
				break
			}
		}
	}
	return n
}

// LabelTopic splits a label "cni.fee" into its topic and facet; labels without a dot (oos,
// fraud) have no topic.
func LabelTopic(label string) (topic, facet string) {
	t, f, ok := strings.Cut(label, ".")
	if !ok {
		return "", label
	}
	return t, f
}

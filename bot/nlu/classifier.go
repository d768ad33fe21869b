package nlu

import (
	"cmp"
	"encoding/binary"
	"errors"
	"math"
	"slices"
	"strings"
)

// Example is a message people write and what it asks (its label), from the knowledge base's
// question examples.
type Example struct {
	Text  string
	Label string
}

// Classifier recognises what a message asks from the examples it was trained on: a multinomial
// logistic regression over the message's word unigrams and bigrams, the character n-grams of each
// word and the concepts of the lexicon its words matched. Character n-grams let it read a misspelt
// or inflected word it has never seen ("renouvlement", "coûterait"); bigrams keep the word pairs
// that change the question ("à quoi", "combien de temps"); concepts carry the synonyms a
// maintainer listed to phrasings no example used.
//
// A Classifier is read-only after training and safe for concurrent use.
type Classifier struct {
	labels []string
	// weights has a row of len(labels) weights for each feature of the Features it was trained
	// with, each row quantised to a byte per weight (two's complement) with its own scale: a
	// quarter of the memory, a model that reads its weights where the binary holds them without
	// copying, and no difference to the labels it gives.
	weights []byte
	scales  []float32
	bias    []float32
}

// Features numbers the features of the examples a classifier was trained on; classifiers trained
// on the same examples share them.
type Features struct {
	// index numbers the features while training; a saved model has none and looks its features
	// up in hashes, which it stores sorted, so that it loads without building a map.
	index map[uint64]int32
	// hashes are the features' hashes, by number.
	hashes []uint64
	// dir, for a saved model, holds for each value of a hash's top dirBits bits the first of
	// the sorted hashes that starts with it (and len(hashes) last): the hashes are uniform, so
	// a lookup searches the few of its bucket instead of all of them, on every word of every
	// message.
	dir []int32
}

// dirBits is how many top bits of a hash pick its bucket: 4,096 buckets of a few features each.
const dirBits = 12

// number returns the number of the feature with hash h.
func (fs *Features) number(h uint64) (int32, bool) {
	if fs.index != nil {
		i, ok := fs.index[h]
		return i, ok
	}
	if fs.dir == nil {
		i, ok := slices.BinarySearch(fs.hashes, h)
		return int32(i), ok
	}
	b := h >> (64 - dirBits)
	lo, hi := fs.dir[b], fs.dir[b+1]
	i, ok := slices.BinarySearch(fs.hashes[lo:hi], h)
	return lo + int32(i), ok
}

// NewFeatures returns an empty feature table.
func NewFeatures() *Features { return &Features{index: map[uint64]int32{}} }

// Len is the number of features.
func (fs *Features) Len() int { return len(fs.hashes) }

// Prediction is a label and its probability; the probabilities of one message sum to 1.
type Prediction struct {
	Label string
	Score float64
}

// charGramMin and charGramMax bound the character n-grams taken from each word (with its
// boundaries marked), and charGramWord is the shortest word they are taken from: two letters, so
// that "où", "id" and "qd" carry their own n-grams too (chosen with guichet nlu test: 0.822
// accuracy against 0.815 from words of four letters).
const (
	charGramMin  = 3
	charGramMax  = 4
	charGramWord = 2
	// conceptWeight is how many times a concept counts: more than a word, since it stands for a
	// whole family of synonyms.
	conceptWeight = 4
	// wordWeight is how many times a whole word and a word pair count against each of their
	// character n-grams, which a word has several of: the n-grams read a typo or an inflection,
	// the words say what is asked (0.827 accuracy with guichet nlu test, against 0.825 at 1).
	wordWeight = 2
)

// feature kinds, mixed into the hash so that the word "car" and the n-gram "car" differ.
const (
	kindWord    byte = 'w'
	kindPair    byte = 'p'
	kindGram    byte = 'g'
	kindConcept byte = 'c'
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

// features calls f with the hash of every feature of a message's words and concepts and how much
// it counts, once for each occurrence.
func features(toks, concepts []string, f func(h uint64, weight float32)) {
	for _, c := range concepts {
		if strings.HasPrefix(c, "s:") {
			continue // a fact of the situation only ("s:foreigner"), no sign of what is asked
		}
		f(featureHash(kindConcept, c, ""), conceptWeight)
	}
	prev := ""
	var buf [64]byte
	for _, raw := range toks {
		t := featureToken(raw)
		f(featureHash(kindWord, t, ""), wordWeight)
		if prev != "" {
			f(featureHash(kindPair, prev, t), wordWeight)
		}
		prev = t
		if len(t) < charGramWord || len(t)+2 > len(buf) || t[0] == '#' {
			continue
		}
		w := append(append(append(buf[:0], '<'), t...), '>')
		for n := charGramMin; n <= charGramMax; n++ {
			for i := 0; i+n <= len(w); i++ {
				f(featureHash(kindGram, string(w[i:i+n]), ""), 1)
			}
		}
	}
}

// Vector is a message's features: their numbers and values, scaled to unit length.
type Vector struct {
	rows []int32
	vals []float32
}

// Vector counts the features of a message the table knows (adding the others when add is set)
// and scales them to unit length.
func (fs *Features) Vector(add bool, toks, concepts []string) Vector {
	type count struct {
		row int32
		n   float32
	}
	counts := make([]count, 0, 256)
	features(toks, concepts, func(h uint64, weight float32) {
		i, ok := fs.number(h)
		if !ok {
			if !add || fs.index == nil {
				return
			}
			i = int32(len(fs.hashes))
			fs.index[h] = i
			fs.hashes = append(fs.hashes, h)
		}
		counts = append(counts, count{i, weight})
	})
	// Sorted by feature, a feature's occurrences are neighbours: add them up in place. The
	// order also makes training the same every time.
	slices.SortFunc(counts, func(a, b count) int { return cmp.Compare(a.row, b.row) })
	merged := counts[:0]
	for _, c := range counts {
		if k := len(merged) - 1; k >= 0 && merged[k].row == c.row {
			merged[k].n += c.n
			continue
		}
		merged = append(merged, c)
	}
	var norm float64
	for _, c := range merged {
		norm += float64(c.n) * float64(c.n)
	}
	norm = math.Sqrt(norm)
	v := Vector{rows: make([]int32, len(merged)), vals: make([]float32, len(merged))}
	for k, c := range merged {
		v.rows[k] = c.row
		v.vals[k] = float32(float64(c.n) / norm)
	}
	return v
}

// Training settings: passes over the examples, AdaGrad's step, and the L2 penalty that keeps
// weights small where an example alone would make them large.
// (Chosen by cross-validation with guichet nlu test.)
const (
	epochs   = 12
	stepSize = 0.3
	l2       = 1e-4
)

// TrainClassifier learns to tell labels[i] from the others for the message of vectors[i], whose
// features are numbered by fs. Training is the same for the same vectors.
func TrainClassifier(vectors []Vector, labels []string, fs *Features) *Classifier {
	c := &Classifier{}
	labelIdx := map[string]int{}
	for _, l := range labels {
		if _, ok := labelIdx[l]; !ok {
			labelIdx[l] = len(c.labels)
			c.labels = append(c.labels, l)
		}
	}
	L := len(c.labels)
	type doc struct {
		v     Vector
		label int
	}
	docs := make([]doc, len(vectors))
	count := make([]int, L)
	for i, v := range vectors {
		docs[i] = doc{v: v, label: labelIdx[labels[i]]}
		count[docs[i].label]++
	}
	// A label with few examples (fraud) weighs more per example, so that it is not drowned by
	// one with many, but not so much that its words outweigh the others' (the square root of
	// the full rebalancing).
	weight := make([]float32, L)
	for l, n := range count {
		weight[l] = float32(math.Sqrt(float64(len(docs)) / float64(L*n)))
	}
	V := fs.Len()
	weights := make([]float32, V*L)
	c.bias = make([]float32, L)
	g2 := make([]float32, V*L)
	b2 := make([]float32, L)
	p := make([]float64, L)
	order := make([]int, len(docs))
	keys := make([]uint64, len(docs))
	for i := range order {
		order[i] = i
		keys[i] = vectorKey(docs[i].v, labels[i], fs.hashes)
	}
	for epoch := range epochs {
		// Each pass in an order set by the examples themselves: an example added or removed
		// leaves the others in the same order, so that the model changes by what it brings.
		mix := uint64(epoch+1) * 0x9e3779b97f4a7c15
		slices.SortFunc(order, func(a, b int) int {
			return cmp.Or(cmp.Compare(mixKey(keys[a], mix), mixKey(keys[b], mix)), cmp.Compare(a, b))
		})
		for _, di := range order {
			d := docs[di]
			for l := range L {
				p[l] = float64(c.bias[l])
			}
			for k, r := range d.v.rows {
				x := float64(d.v.vals[k])
				for l, w := range weights[int(r)*L : int(r)*L+L] {
					p[l] += float64(w) * x
				}
			}
			softmax(p)
			p[d.label]--
			wd := float64(weight[d.label])
			for l := range p {
				p[l] *= wd
			}
			for l := range L {
				g := float32(p[l])
				b2[l] += g * g
				c.bias[l] -= stepSize * g / (float32(math.Sqrt(float64(b2[l]))) + 1e-6)
			}
			for k, r := range d.v.rows {
				x := d.v.vals[k]
				base := int(r) * L
				for l := range L {
					i := base + l
					g := float32(p[l])*x + l2*weights[i]
					g2[i] += g * g
					weights[i] -= stepSize * g / (float32(math.Sqrt(float64(g2[i]))) + 1e-6)
				}
			}
		}
	}
	c.quantise(weights)
	return c
}

// vectorKey identifies an example by its features and label, for the order of training. It
// reads the features' hashes, not their numbers: numbers follow the order in which the examples
// first show a feature, so that one example added would renumber, and reorder, all those after
// it.
func vectorKey(v Vector, label string, hashes []uint64) uint64 {
	h := uint64(14695981039346656037)
	mixIn := func(x uint64) { h = (h ^ x) * 1099511628211 }
	for i := range len(label) {
		mixIn(uint64(label[i]))
	}
	// The sum of the features' own keys does not depend on the order of their numbers.
	var sum uint64
	for k, r := range v.rows {
		sum += mixKey(hashes[r]^uint64(math.Float32bits(v.vals[k])), 0)
	}
	mixIn(sum)
	return h
}

// mixKey scrambles a key for one pass of training (splitmix64).
func mixKey(k, mix uint64) uint64 {
	z := k + mix
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

// quantise stores the trained weights as bytes, each feature's row with its own scale.
func (c *Classifier) quantise(weights []float32) {
	L := len(c.labels)
	rows := len(weights) / max(L, 1)
	c.weights = make([]byte, len(weights))
	c.scales = make([]float32, rows)
	for r := range rows {
		row := weights[r*L : r*L+L]
		var mx float32
		for _, w := range row {
			mx = max(mx, float32(math.Abs(float64(w))))
		}
		c.scales[r] = mx / 127
		for l, w := range row {
			if c.scales[r] > 0 {
				c.weights[r*L+l] = byte(int8(math.Round(float64(w / c.scales[r]))))
			}
		}
	}
}

// scores writes the raw score of every label for v into out.
func (c *Classifier) scores(v Vector, out []float64) {
	L := len(c.labels)
	for l := range L {
		out[l] = float64(c.bias[l])
	}
	for k, r := range v.rows {
		if int(r) >= len(c.scales) {
			continue
		}
		x := float64(v.vals[k]) * float64(c.scales[r])
		row := c.weights[int(r)*L : int(r)*L+L]
		for l, w := range row {
			out[l] += float64(int8(w)) * x
		}
	}
}

// softmax turns scores into probabilities, in place.
func softmax(s []float64) {
	mx := math.Inf(-1)
	for _, v := range s {
		mx = math.Max(mx, v)
	}
	var z float64
	for i, v := range s {
		s[i] = math.Exp(v - mx)
		z += s[i]
	}
	for i := range s {
		s[i] /= z
	}
}

// probs returns every label's probability for a message's vector, in the order of Labels.
func (c *Classifier) probs(v Vector) []float64 {
	p := make([]float64, len(c.labels))
	c.scores(v, p)
	softmax(p)
	return p
}

// Labels returns the labels the classifier knows, in the order of its examples.
func (c *Classifier) Labels() []string { return c.labels }

// Predict gives every label's probability for a message's vector, best first.
func (c *Classifier) Predict(v Vector) []Prediction {
	p := c.probs(v)
	out := make([]Prediction, len(p))
	for l, s := range p {
		out[l] = Prediction{Label: c.labels[l], Score: s}
	}
	sortPredictions(out)
	return out
}

// sortPredictions puts predictions best first, ties in their order.
func sortPredictions(out []Prediction) {
	slices.SortStableFunc(out, func(a, b Prediction) int { return cmp.Compare(b.Score, a.Score) })
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

// modelMagic starts a saved model, with the version of its format.
const modelMagic = "guichet-model-4\n"

// ErrBadModel is returned for a saved model Guichet cannot read.
var ErrBadModel = errors.New("not a saved model of this version")

// encoder writes a model: little-endian numbers and length-prefixed strings.
type encoder struct{ b []byte }

func (e *encoder) u32(v uint32)  { e.b = binary.LittleEndian.AppendUint32(e.b, v) }
func (e *encoder) f32(v float32) { e.u32(math.Float32bits(v)) }
func (e *encoder) str(s string)  { e.u32(uint32(len(s))); e.b = append(e.b, s...) }

// decoder reads what encoder wrote; the first error sticks.
type decoder struct {
	b   []byte
	err error
}

func (d *decoder) take(n int) []byte {
	if d.err != nil || n < 0 || n > len(d.b) {
		d.err = ErrBadModel
		return nil
	}
	out := d.b[:n]
	d.b = d.b[n:]
	return out
}

func (d *decoder) u32() uint32 {
	b := d.take(4)
	if b == nil {
		return 0
	}
	return binary.LittleEndian.Uint32(b)
}

func (d *decoder) f32() float32 { return math.Float32frombits(d.u32()) }
func (d *decoder) str() string  { return string(d.take(int(d.u32()))) }

// order is the order in which a model saves the features: by hash, so that a loaded model looks
// them up by binary search. order[k] is the number of the k-th feature saved.
func (fs *Features) order() []int32 {
	order := make([]int32, len(fs.hashes))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(a, b int32) int { return cmp.Compare(fs.hashes[a], fs.hashes[b]) })
	return order
}

// encode writes the feature hashes in the order given.
func (fs *Features) encode(e *encoder, order []int32) {
	e.u32(uint32(len(order)))
	for _, i := range order {
		e.b = binary.LittleEndian.AppendUint64(e.b, fs.hashes[i])
	}
}

func decodeFeatures(d *decoder) *Features {
	n := int(d.u32())
	raw := d.take(8 * n) // checks there are that many before anything is allocated
	if raw == nil {
		return &Features{}
	}
	fs := &Features{hashes: make([]uint64, n), dir: make([]int32, 1<<dirBits+1)}
	next := 0 // the next bucket whose start is not yet set
	for i := range fs.hashes {
		h := binary.LittleEndian.Uint64(raw[8*i:])
		fs.hashes[i] = h
		if i > 0 && h <= fs.hashes[i-1] {
			d.err = ErrBadModel // not sorted: lookups would miss
			return &Features{}
		}
		for ; next <= int(h>>(64-dirBits)); next++ {
			fs.dir[next] = int32(i)
		}
	}
	for ; next < len(fs.dir); next++ {
		fs.dir[next] = int32(n)
	}
	return fs
}

// encode writes the classifier's labels and biases, then its scales and its quantised weights,
// each in one block, rows in the order given.
func (c *Classifier) encode(e *encoder, order []int32) {
	L := len(c.labels)
	e.u32(uint32(L))
	for _, l := range c.labels {
		e.str(l)
	}
	for _, b := range c.bias {
		e.f32(b)
	}
	e.u32(uint32(len(order)))
	for _, r := range order {
		e.f32(c.scales[r])
	}
	for _, r := range order {
		e.b = append(e.b, c.weights[int(r)*L:int(r)*L+L]...)
	}
}

// decodeClassifier reads what encode wrote; the weights stay in d's bytes.
func decodeClassifier(d *decoder) *Classifier {
	L := int(d.u32())
	if L > 1<<12 {
		d.err = ErrBadModel
		return nil
	}
	c := &Classifier{labels: make([]string, L), bias: make([]float32, L)}
	for i := range c.labels {
		c.labels[i] = d.str()
	}
	for i := range c.bias {
		c.bias[i] = d.f32()
	}
	rows := int(d.u32())
	if d.err != nil || rows*(L+4) > len(d.b) {
		d.err = ErrBadModel
		return nil
	}
	scales := d.take(4 * rows)
	c.weights = d.take(rows * L)
	if d.err != nil {
		return nil
	}
	c.scales = make([]float32, rows)
	for r := range c.scales {
		c.scales[r] = math.Float32frombits(binary.LittleEndian.Uint32(scales[4*r:]))
	}
	return c
}

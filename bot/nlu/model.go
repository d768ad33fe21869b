package nlu

import (
	"bytes"
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"errors"
	"fmt"

	"github.com/guichet/guichet/knowledge"
)

// embeddedModel is the classifiers trained on the examples of the embedded knowledge base, so that
// Guichet starts without training. `make model` (guichet nlu train) writes it; a test fails when
// it is not the one the current examples and code give.
//
//go:embed model.bin
var embeddedModel []byte

// ErrStaleModel is returned when a saved model was trained on other examples than the knowledge
// base's.
var ErrStaleModel = errors.New("the model was trained on other examples")

// trainingDigest identifies what training reads: the knowledge base's files (its examples, the
// words and SMS spellings that make concepts), by the digest loading them gave, and the training
// settings. It is "" for a base not loaded from files, which nothing identifies. Any change to the
// files asks for a new model (make model), as it does for the compiled base; in return the check
// costs nothing at start-up.
func trainingDigest(kb *knowledge.Base) string {
	if kb.Digest == "" {
		return ""
	}
	h := sha256.New()
	fmt.Fprintf(h, "%s|%d|%g|%g|%d-%d-%d|%d|%d|%s", modelMagic, epochs, stepSize, l2, charGramMin, charGramMax, charGramWord, conceptWeight, wordWeight, kb.Digest)
	return hex.EncodeToString(h.Sum(nil))
}

// Model returns the parser's classifiers, saved with the digest of what they were trained on, for
// `guichet nlu train`.
func (p *Parser) Model(kb *knowledge.Base) ([]byte, error) {
	if p.topics == nil {
		return nil, errors.New("the knowledge base has no question examples")
	}
	e := &encoder{}
	e.b = append(e.b, modelMagic...)
	e.str(trainingDigest(kb))
	e.u32(uint32(len(p.labels)))
	for _, l := range p.labels {
		e.str(l)
	}
	order := p.features.order()
	p.features.encode(e, order)
	p.topics.encode(e, order)
	p.facets.encode(e, order)
	p.pairs.encode(e, order)
	return e.b, nil
}

// Trained reports whether the parser trained its classifiers at start, the built-in model being
// for other examples.
func (p *Parser) Trained() bool { return p.trained }

// Stopword reports whether a normalised word is one of the language's function words ("de",
// "the", "het"), which say nothing of what a sentence is about.
func (p *Parser) Stopword(word string) bool { return p.stop[word] }

// load reads a model saved by Model, if it was trained on what digest identifies.
func (p *Parser) load(data []byte, digest string) error {
	if !bytes.HasPrefix(data, []byte(modelMagic)) {
		return ErrBadModel
	}
	d := &decoder{b: data[len(modelMagic):]}
	if d.str() != digest {
		return ErrStaleModel
	}
	labels := make([]string, min(int(d.u32()), 1<<12))
	for i := range labels {
		labels[i] = d.str()
	}
	features := decodeFeatures(d)
	topics := decodeClassifier(d)
	facets := decodeClassifier(d)
	pairs := decodeClassifier(d)
	if d.err != nil || len(d.b) != 0 {
		return ErrBadModel
	}
	for _, c := range []*Classifier{topics, facets, pairs} {
		if len(c.scales) != features.Len() {
			return ErrBadModel
		}
	}
	p.labels, p.features, p.topics, p.facets, p.pairs = labels, features, topics, facets, pairs
	return nil
}

package bot

// The yes or no of a yes/no question that no rule of the topic's answer computed: from the typed
// answers of the knowledge base's facts (knowledge.Answer), the facts of the reply first.

import (
	"cmp"
	"slices"
	"strings"
	"unicode"

	"github.com/guichet/guichet/bot/nlu"
	"github.com/guichet/guichet/knowledge"
)

// factAnswer finds the fact that settles the yes/no question asked and its verdict: of the facts
// whose answers have a phrase in the sentence that asks, the one with the longest such phrase, the
// most precise ("pour utiliser l'appli" over "passer en mairie"); at equal length, a fact of the
// reply (entries, in their order) before the topic's other facts, and those before the other
// topics' facts. A fact the reply does not give answers only by a phrase of minTopicAskWords words
// or more: "toute seule" is a protected adult's question in an answer on protected adults, and a
// child's anywhere else. ownTopic keeps to the topic's facts. It returns nil when none has one.
func (b *Bot) factAnswer(topic knowledge.Topic, entries []string, p nlu.Parse, ownTopic bool) (*knowledge.Fact, *knowledge.Answer) {
	ask := cmp.Or(p.Ask, p.Norm)
	if first := firstChoice(ask); first != ask && strings.HasSuffix(strings.TrimSpace(ask), "?") {
		// "on peut déjà lui faire une carte ou il faut attendre qu'elle soit plus grande ?": of
		// two choices, the first is asked; the second's answer, turned, when only it has one.
		q := p
		q.Norm, q.Ask = first, ""
		if f, a := b.factAnswer(topic, entries, q, ownTopic); f != nil {
			return f, a
		}
		q.Norm = strings.TrimSpace(strings.TrimPrefix(ask, first))
		if f, a := b.factAnswer(topic, entries, q, ownTopic); f != nil && (a.Verdict == "yes" || a.Verdict == "no") {
			other := *a
			other.Verdict = map[string]string{"yes": "no", "no": "yes"}[a.Verdict]
			return f, &other
		}
		// (Neither part answered alone: "au moment où je remets la carte… ?" holds no choice.)
	}
	var bestFact *knowledge.Fact
	var best *knowledge.Answer
	bestLen := 0
	// (The texts without their words of emphasis, once: "je dois vraiment attendre ?".)
	unhedged := map[string]string{ask: b.unhedged(ask), p.Norm: b.unhedged(p.Norm)}
	consider := func(f *knowledge.Fact, minWords int, text string) {
		if a, n := answerIn(f.Answers, text, p.Norm, minWords); n > bestLen {
			bestFact, best, bestLen = f, a, n
		}
		if u := unhedged[text]; u != text {
			if a, n := answerIn(f.Answers, u, p.Norm, minWords); n > bestLen {
				bestFact, best, bestLen = f, a, n
			}
		}
	}
	for _, id := range entries {
		if f, ok := b.kb.Fact(id); ok {
			consider(f, 1, ask)
		}
	}
	if best == nil && ask != p.Norm {
		// "Un majeur sous tutelle se présente seul au guichet. On peut enregistrer sa demande ?":
		// the question refers to the situation told before it, which a fact of the reply settles.
		for _, id := range entries {
			if f, ok := b.kb.Fact(id); ok {
				consider(f, minTopicAskWords, p.Norm)
			}
		}
	}
	// The topic's other facts, then those of the other topics, which answer a question of this
	// one (France Identité's need of the new card is the identity card's early renewal).
	others := func(text string) {
		owns := []bool{true, false}
		if ownTopic {
			owns = owns[:1]
		}
		for _, own := range owns {
			for i := range b.kb.Procedures {
				if proc := &b.kb.Procedures[i]; (proc.Topic == topic) == own && !foreignTopics(proc.Topic, topic) {
					for j := range proc.Facts {
						if !slices.Contains(entries, proc.Facts[j].ID) {
							consider(&proc.Facts[j], minTopicAskWords, text)
						}
					}
				}
			}
		}
	}
	others(ask)
	if best == nil && ask != p.Norm {
		// "un site m'a fait payer 49 euros pour ma pré-demande. normalement c'est payant ?": the
		// question asks about what the story before it tells, which another fact settles.
		others(p.Norm)
	}
	return bestFact, best
}

// answersAbout reports whether one of a fact's answers has a phrase of at least minWords words
// in text that names one of about's terms: a fact that answers, in its own words, a question on
// the thing named ("franceconnect c'est la même chose"), not one that merely shares a phrase
// with the message ("je suis bloqué").
func answersAbout(f *knowledge.Fact, text string, minWords int, about []string) bool {
	text = wordText(text)
	for _, a := range f.Answers {
		for _, phrase := range a.Asks {
			if strings.Count(phrase, " ")+1 < minWords || cueEnd(text, phrase, false) < 0 {
				continue
			}
			if slices.ContainsFunc(about, func(t string) bool { return cueEnd(" "+phrase+" ", t, false) >= 0 }) {
				return true
			}
		}
	}
	return false
}

// foreignTopics reports whether two topics belong to different countries' procedures: the
// Brussels digital key and the French ones, whose facts never answer each other's questions (a
// French town hall's certification is no answer on a Belgian commune's counter).
func foreignTopics(a, b knowledge.Topic) bool {
	return (a == knowledge.TopicDigitalKey) != (b == knowledge.TopicDigitalKey)
}

// citedLast reports whether the last answer cited the first source of fact factID, the one that
// names it: a short follow-up ("elle doit le passer aussi ?", "même si je ne suis pas
// certifié ?") asks on about what that fact told.
func (b *Bot) citedLast(st *State, factID string) bool {
	f, ok := b.kb.Fact(factID)
	return ok && len(f.Sources) > 0 && slices.Contains(st.LastSources, f.Sources[0])
}

// answerOf returns the answer that fact factID gives to the question asked, if one of its phrases
// is in the sentence that asks; nil otherwise.
func (b *Bot) answerOf(factID string, p nlu.Parse) *knowledge.Answer {
	f, ok := b.kb.Fact(factID)
	if !ok {
		return nil
	}
	ask := cmp.Or(p.Ask, p.Norm)
	if first := firstChoice(ask); first != ask && strings.HasSuffix(strings.TrimSpace(ask), "?") {
		// "je peux la refaire maintenant ou faut attendre ?": of two choices, the first is asked.
		if a, _ := answerIn(f.Answers, first, p.Norm, 1); a != nil {
			return a
		}
		if a, _ := answerIn(f.Answers, strings.TrimSpace(strings.TrimPrefix(ask, first)), p.Norm, 1); a != nil && (a.Verdict == "yes" || a.Verdict == "no") {
			// "…ou faut attendre ?", whose answer is no: the other choice, asked first, is a yes.
			other := *a
			other.Verdict = map[string]string{"yes": "no", "no": "yes"}[a.Verdict]
			return &other
		}
	}
	a, n := answerIn(f.Answers, ask, p.Norm, 1)
	if u := b.unhedged(ask); u != ask {
		// "je dois vraiment attendre 2030 ?" asks what "je dois attendre" does; "je dois
		// forcément porter mes lunettes ?", what "je dois porter mes lunettes" does, a longer
		// phrase than the words left after the hedge.
		if a2, n2 := answerIn(f.Answers, u, p.Norm, 1); n2 > n {
			a = a2
		}
	}
	if a == nil && p.Ask != "" && anaphoric(p.Ask) {
		// "il a noté son numéro de pré-demande. Ça suffit ?": what "ça" stands for is told
		// before the question.
		a = b.storyAnswer(factID, p)
	}
	return a
}

// storyAnswer is the answer a fact gives to what the message tells before its question, for a
// question that only asks leave ("il vient seul, son tuteur n'est pas venu. Je peux enregistrer
// sa demande ?"); nil when the message tells none.
func (b *Bot) storyAnswer(factID string, p nlu.Parse) *knowledge.Answer {
	f, ok := b.kb.Fact(factID)
	if !ok {
		return nil
	}
	a, _ := longestAnswer(f.Answers, p.Norm, 1)
	if u := b.unhedged(p.Norm); a == nil && u != p.Norm {
		// "des photos avec un fond tout blanc. c'est bon ?": the story's words, hedges aside.
		a, _ = longestAnswer(f.Answers, u, 1)
	}
	return a
}

// sentToOffice is the office a question sends a file or a person to ("c'est à la préfecture
// qu'il faut aller ?", "je dois prendre rdv à la préfecture ?"), "" when it sends to none: its
// yes or no is whether the procedure's own place is that office.
func (b *Bot) sentToOffice(asked string) string {
	if !b.hasCue(asked, knowledge.CueHandIn) && !b.hasCue(asked, knowledge.CueGoTo) {
		return ""
	}
	for _, office := range b.kb.Language.Cues[knowledge.CueOffice] {
		if containsWord(asked, office) {
			return office
		}
	}
	return ""
}

// obligedOfWithout reports whether a question asks as an obligation what a fact's text says
// is done without ("il faut quand même passer au commissariat ?" of "… sans passer au
// commissariat"): a word of the question among those after the text's "sans", up to its clause's
// end ("sans passer au commissariat ou à la gendarmerie, pour…").
func (b *Bot) obligedOfWithout(asked, text string) bool {
	if !b.hasCue(asked, knowledge.CueObliged) && !b.hasCue(asked, knowledge.CueMandatory) ||
		slices.ContainsFunc(b.positives, func(p [2]string) bool { return containsWord(asked, p[0]) }) {
		// ("plus besoin d'aller au commissariat ?" denies the duty: its yes is the use's.)
		return false
	}
	for _, x := range wordsAfterWithout(text, 8) {
		// (A noun, not a verb as common as "passer": "sans passer au commissariat" is the
		// commissariat's.)
		if len(x) >= 6 && !strings.HasSuffix(x, "er") && containsWord(asked, x) && !slices.Contains(wordsAfterWithout(asked, 8), x) {
			return true
		}
	}
	return false
}

// deniedClaim reports whether a message asks whether a claim that denies something holds ("on
// m'a dit que ma commune ne fait pas les clés, c'est vrai ?"): a check of a claim in its last
// clause, a denial before it. Its yes is the no of the thing denied.
func (b *Bot) deniedClaim(p nlu.Parse) bool {
	cs := clauses(p.Norm)
	if len(cs) < 2 || !b.hasCue(cs[len(cs)-1], knowledge.CueClaimCheck) {
		return false
	}
	return slices.ContainsFunc(cs[:len(cs)-1], func(c string) bool {
		return slices.ContainsFunc(wordsOf(c), func(w string) bool { return nlu.IsDenial(w) || w == "plus" })
	})
}

// unhedged returns a normalised text without its words of emphasis ("je dois vraiment attendre",
// "il faut forcément venir"), which do not change what a question asks.
func (b *Bot) unhedged(norm string) string {
	if !b.hasCue(norm, knowledge.CueHedge) {
		return norm // most questions: nothing to leave out
	}
	words := strings.Fields(norm)
	kept := words[:0:0]
	for _, w := range words {
		if !slices.Contains(b.kb.Language.Cues[knowledge.CueHedge], w) {
			kept = append(kept, w)
		}
	}
	return strings.Join(kept, " ")
}

// anaphoric reports whether a short question is about what the message told before it ("ça
// suffit ?", "c'est accepté ?", "is that enough?").
func anaphoric(ask string) bool {
	n := len(strings.Fields(ask))
	return n <= 8 && containsWord(ask, "ca", "cela", "c est", "that", "dat", "het") && !containsWord(ask, "ca coute", "ca prend") ||
		n <= 16 && objectClitic(ask) // ("je peux l'accepter pour sa carte d'identité ?")
}

// objectClitic reports whether a question refers with an object pronoun to what was told before
// it, after a verb of ability or need ("je peux l'accepter ?", "on doit la refuser ?").
func objectClitic(ask string) bool {
	var before, clitic string // the two words before the current one
	for w := range strings.FieldsFuncSeq(ask, func(r rune) bool { return r == ' ' || r == '?' || r == ',' }) {
		switch clitic {
		case "l", "la", "le", "les":
			if (strings.HasSuffix(w, "er") || strings.HasSuffix(w, "ir") || strings.HasSuffix(w, "re")) &&
				slices.Contains([]string{"peux", "peut", "pouvons", "pouvez", "peuvent", "dois", "doit", "devons", "devez", "doivent", "faut"}, before) {
				return true
			}
		}
		before, clitic = clitic, w
	}
	return false
}

// longestAnswer returns the answer, of a fact's or a route's, whose longest phrase of minWords
// words or more is in text, and that phrase's length; nil and 0 when text has none. A phrase said
// after "sans" turns the answer's yes or no: it is asked the other way round.
func longestAnswer(answers []knowledge.Answer, text string, minWords int) (*knowledge.Answer, int) {
	// wordText reads "pré-demande" and "grand-mère" as the phrases' words; it is built once for
	// all the phrases.
	text = wordText(text)
	var best *knowledge.Answer
	bestLen, bestStart := 0, 0
	for i := range answers {
		for _, phrase := range answers[i].Asks {
			// (The phrases are normalised: one space between words.)
			if len(phrase) > bestLen && (minWords <= 1 || strings.Count(phrase, " ")+1 >= minWords) {
				if end := cueEnd(text, phrase, false); end >= 0 {
					// (A phrase ending in "*" ends with the word it starts.)
					best, bestLen, bestStart = &answers[i], len(phrase), strings.LastIndex(text[:end], strings.TrimSuffix(phrase, "*"))
				}
			}
		}
	}
	if best != nil && (best.Verdict == "yes" || best.Verdict == "no") && endsWithWithout(text[:max(0, bestStart)]) {
		// "je peux la refaire sans rentrer en France ?" asks the other way round from "je dois
		// rentrer en France ?", whose phrase it holds.
		turned := *best
		turned.Verdict = ternary(best.Verdict == "yes", "no", "yes")
		best = &turned
	}
	return best, bestLen
}

// endsWithWithout reports whether the words before a phrase (a wordText's) end with one of
// withoutWords: what the phrase names is to be done without.
func endsWithWithout(before string) bool {
	last := before[strings.LastIndexByte(strings.TrimSuffix(before, " "), ' ')+1:]
	return slices.Contains(withoutWords, strings.TrimSuffix(last, " "))
}

// answerIn returns the answer of a fact whose longest phrase is in the sentence that asks, or,
// once the fact has one there, of its context answers, whose phrases name the situation, in the
// whole message: "je fais la demande par mariage. je dois passer l'examen civique ?" is asked of
// the marriage's declaration.
func answerIn(answers []knowledge.Answer, ask, story string, minWords int) (*knowledge.Answer, int) {
	a, n := longestAnswer(answers, ask, minWords)
	if a == nil || story == ask {
		return a, n
	}
	for i := range answers {
		if !answers[i].Context {
			continue
		}
		if c, m := longestAnswer(answers[i:i+1], story, minWords); m > n {
			a, n = c, m
		}
	}
	return a, n
}

// minTopicAskWords is the fewest words of a phrase by which a fact the reply does not give answers
// a yes/no question.
const minTopicAskWords = 3

// leadFactAnswer puts the verdict a fact gives first in a yes/no answer that opens with none, the
// fact right after it when the reply does not already state it. A question on the tax stamp's
// own validity ("le timbre acheté il y a 10 mois, il est encore valable ?", "le timbre est
// valable combien de temps ?") is answered by the stamp's validity alone, whatever the topic's
// answer said.
func (b *Bot) leadFactAnswer(w *writer, topic knowledge.Topic, p nlu.Parse, r Reply) Reply {
	if r.Kind != Answer {
		return r
	}
	if b.asksStampValidity(p) {
		stamp := newWriter(b.kb, w.lang)
		f := b.kb.MustFact("cni.stamp-validity")
		if p.Slots.AgeMonths == nil && p.AgoDays != nil {
			months := *p.AgoDays / 30 // "acheté il y a 8 mois"
			p.Slots.AgeMonths = &months
		}
		if p.Form == nlu.FormYesNo {
			b.ageVerdict(stamp, p, f.ID, "stamp")
		}
		stamp.kbFact(f.ID)
		return stamp.done(Answer)
	}
	if ask := cmp.Or(p.Ask, p.Norm); b.hasCue(ask, knowledge.CueStamp) && p.Form == nlu.FormWhere && !slices.Contains(r.Entries, "cni.payment") && !slices.Contains(r.Entries, "nat.stamp") {
		// "où on achète le timbre fiscal pour une demande de nationalité ?": where a stamp is
		// bought, whatever it pays for.
		where := newWriter(b.kb, w.lang)
		if topic == knowledge.TopicNationality {
			where.kbFact("nat.stamp") // (bought with the application, or at the consulate abroad)
		} else {
			where.kbFact("cni.payment")
		}
		return w.before(r, where)
	}
	if p.Form != nlu.FormYesNo || len(r.Blocks) > 0 && (isVerdict(w, r.Blocks[0].Text) || r.Blocks[0].Text == w.t("no_info")) {
		return r // (an answer that says the knowledge base does not settle it gets no verdict)
	}
	lead := newWriter(b.kb, w.lang)
	if f, holds := b.quantityVerdict(p, r.Entries); f != nil {
		// "le code c'est 4 chiffres ?": the fact's own number settles it.
		lead.para(yesNo(lead, holds))
		return w.before(r, lead)
	}
	f, a := b.factAnswer(topic, r.Entries, p, false)
	askedFree, priceAsked := b.asksFree(p)
	switch {
	case f != nil && f.Free != nil && priceAsked && !b.hasCue(p.Norm, knowledge.CueSame):
		// "si je la renouvelle alors qu'elle est encore valable, ça me coûte quelque chose ?":
		// the price asked, of a fact that says whether it is free, whatever else its words match.
		lead.para(yesNo(lead, askedFree == *f.Free))
	case f != nil:
		// A fact's answer says whether what its phrase names holds or is allowed; "c'est illégal
		// de la faire dans une autre ville ?", "c'est pas de la fraude de mettre leur adresse ?"
		// ask whether it breaks a rule: the other way round.
		lead.para(b.allowedVerdict(lead, p, a.Verdict == "yes"))
	case b.modalVerdict(lead, p, r.Entries):
		// "un bébé peut avoir sa propre carte ?", "on peut suivre sa demande sur internet ?": a
		// fact of the reply says one may.
		return w.before(r, lead)
	default:
		// "y a aussi un timbre fiscal à payer ?": whether a fact of the reply that says if what it
		// describes is free answers the price asked. ("c'est le même prix qu'en métropole ?"
		// compares prices, which the fact states.)
		if !priceAsked || b.hasCue(p.Norm, knowledge.CueSame) {
			return r
		}
		for _, id := range r.Entries {
			if g, ok := b.kb.Fact(id); ok && g.Free != nil {
				f = g
				lead.para(yesNo(lead, askedFree == *g.Free))
				break
			}
		}
		if f == nil {
			return r
		}
	}
	if !slices.Contains(r.Entries, f.ID) {
		lead.kbFact(f.ID)
	}
	return w.before(r, lead)
}

// leaveAskedFirst reports whether a message asks leave before it asks a price ("on peut
// accepter la demande, et elle paie quelque chose ?"): the yes of the first question leads.
func (b *Bot) leaveAskedFirst(p nlu.Parse) bool {
	q := cmp.Or(questionSentence(p.Norm), p.Norm)
	first, _, ok := strings.Cut(q, " et ")
	if !ok {
		return false
	}
	head := p
	head.Norm, head.Ask = first, ""
	_, price := b.asksFree(head)
	return !price && b.hasCue(first, knowledge.CueAllowed)
}

// before returns r with what lead wrote before its blocks, and lead's facts, entries and sources
// among its own.
func (w *writer) before(r Reply, lead *writer) Reply {
	w.r = r
	blocks := append(lead.r.Blocks, w.r.Blocks...)
	w.mergeEvidence(lead)
	w.r.Blocks = blocks
	return w.r
}

// asksStampValidity reports whether the message asks how long the tax stamp it names stays valid:
// the stamp named, its validity in the sentence that asks ("…acheté il y a 8 mois. Il est encore
// valable ?"), and no price asked there ("je dois quand même payer le timbre ?" is the fee's).
func (b *Bot) asksStampValidity(p nlu.Parse) bool {
	ask := cmp.Or(p.Ask, p.Norm)
	if !b.hasCue(p.Norm, knowledge.CueStamp) || p.Form == nlu.FormHowMuch ||
		b.hasCue(ask, knowledge.CuePrice) || b.hasCue(ask, knowledge.CueFree) { // (CuePaid names the stamp itself)
		return false
	}
	if p.Slots.AgeMonths == nil && p.AgoDays == nil && b.storyAnswer("cni.stamp-forms", p) != nil {
		// "il me montre juste un SMS avec un numéro à 16 chiffres. C'est valable ?": the form the
		// stamp comes in, with no time told since its purchase.
		return false
	}
	// "Ma carte expire en janvier. Il faut acheter un timbre ?": the card's validity is the
	// story's; the question asks whether a stamp is needed.
	needed := b.hasCue(ask, knowledge.CueBuy) || b.hasCue(ask, knowledge.CueObliged)
	return b.hasCue(ask, knowledge.CueValid) || b.hasCue(ask, knowledge.CueStamp) && (p.Has(nlu.Validity) && !needed || p.Form == nlu.FormHowLong)
}

// modalVerdict writes the yes or no of a question that asks leave to do something plainly ("un
// bébé peut avoir sa propre carte ?", "on peut suivre sa demande sur internet ?") when a sentence
// of a fact of the reply says one may do it (or may not): a word of permission, the same verb
// after it, and another word of the question. A question that adds a condition or a way ("si",
// "sans", "à ma place") is not settled by such a sentence. It reports whether it wrote one.
func (b *Bot) modalVerdict(w *writer, p nlu.Parse, entries []string) bool {
	ask := cmp.Or(p.Ask, p.Norm)
	if b.hasCue(ask, knowledge.CueProviso) || b.hasCue(ask, knowledge.CueBreach) {
		return false
	}
	askWords := wordsOf(ask)
	verb := b.governedVerb(askWords)
	if verb == "" {
		return false
	}
	var content []string // the question's other words that say what it is about
	for _, x := range askWords {
		if x != verb && len(x) >= 3 && !b.parser.Stopword(x) && !b.isCueWord(x, knowledge.CueAllowed) {
			content = append(content, x)
		}
	}
	for _, id := range entries {
		f, ok := b.kb.Fact(id)
		if !ok {
			continue
		}
		texts := []string{w.text(f.Text)}
		for _, it := range f.Items {
			texts = append(texts, w.text(it.Text))
		}
		for _, t := range texts {
			for _, sentence := range strings.FieldsFunc(knowledge.Normalize(t), func(r rune) bool { return strings.ContainsRune(".;:!?()", r) }) {
				if !(b.hasCue(sentence, knowledge.CueAllowed) || b.hasCue(sentence, knowledge.CueEnables)) || !hasStem(sentence, verb) ||
					!slices.ContainsFunc(content, func(x string) bool { return containsWord(sentence, x) }) {
					continue
				}
				w.para(yesNo(w, !nlu.Denied(sentence, []string{stemIn(sentence, verb)}) && !b.leaveDenied(sentence)))
				return true
			}
		}
	}
	return false
}

// leaveDenied reports whether a sentence denies the leave it speaks of: "ne" before its word of
// permission or "pas", "plus", "jamais" after it ("elle ne permet donc plus de voyager", "on ne
// peut pas la déposer"), "cannot".
func (b *Bot) leaveDenied(sentence string) bool {
	words := wordsOf(sentence)
	for i, x := range words {
		if !b.isCueWord(x, knowledge.CueAllowed) && !b.isCueWord(x, knowledge.CueEnables) {
			continue
		}
		if i > 0 && (words[i-1] == "ne" || words[i-1] == "n") || i+1 < len(words) && (nlu.IsDenial(words[i+1]) || words[i+1] == "plus") {
			return true
		}
	}
	return containsWord(sentence, "cannot")
}

// governedVerb returns the verb a word of permission governs in a question's words ("on peut
// suivre sa demande": "suivre"), past the pronouns and adverbs between them; "" when none.
func (b *Bot) governedVerb(words []string) string {
	for i, x := range words {
		if !b.isCueWord(x, knowledge.CueAllowed) {
			continue
		}
		for _, y := range words[i+1:] {
			if b.isCueWord(y, knowledge.CueLeaveFiller) || b.isCueWord(y, knowledge.CueAllowed) {
				continue
			}
			if len(y) >= 4 {
				return y
			}
			break
		}
	}
	return ""
}

// stemIn returns the word of a sentence that shares word's stem ("remplacer" of "la remplace"):
// its first letters, all but the ending, six at most; "" when none does.
func stemIn(sentence, word string) string {
	n := min(max(len(word)-2, 4), 6)
	if len(word) < n {
		return ""
	}
	for _, x := range wordsOf(sentence) {
		if len(x) >= n && x[:n] == word[:n] {
			return x
		}
	}
	return ""
}

// hasStem reports whether a sentence has a word of word's stem (see stemIn).
func hasStem(sentence, word string) bool { return stemIn(sentence, word) != "" }

// isCueWord reports whether a single word is one of a cue's phrases.
func (b *Bot) isCueWord(word, name string) bool {
	return slices.Contains(b.kb.Language.Cues[name], word)
}

// wordsOf splits a normalised text into its words.
func wordsOf(norm string) []string {
	return strings.FieldsFunc(norm, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// heldCardDeclared answers whether a card still held must be declared lost or stolen ("on m'a
// volé mon téléphone… ma carte je l'ai toujours sur moi, je dois aussi la déclarer volée ?"):
// no, the card itself is neither lost nor stolen, and one declared so is invalid for good. The
// card is held by the message's words, or by a phone lost (phoneLost) when the question names the
// card. It reports whether it answered.
func (b *Bot) heldCardDeclared(w *writer, p nlu.Parse, phoneLost bool) bool {
	ask := cmp.Or(p.Ask, p.Norm)
	if p.Deceit || !asksYesNo(p) || !strings.Contains(ask, "declar") && !strings.Contains(ask, "report") && !strings.Contains(ask, "aangeven") ||
		!containsWord(ask, "declarer", "declare", "declaree", "declaration", "report", "aangeven") ||
		!nlu.HeldTold(p.Norm, b.kb.Language.Cues[knowledge.CueCardHeld]) && !(phoneLost && b.hasCue(ask, knowledge.CueCardWord)) {
		return false
	}
	w.para(w.t("card_held_undeclared"))
	w.kbFact("cni.found-after-declaration")
	return true
}

// stepAsScam answers whether a step of a procedure's steps (fact factID's items) that the message
// tells is a scam ("l'appli me donne un QR code à montrer à la mairie, c'est pas une arnaque ?",
// "j'ai reçu un mail d'activation avec un lien, c'est une arnaque ?"): no, it is a step; "c'est
// normal ? j'ai peur que ce soit une arnaque": yes, a step. A message that asks money or codes
// is no step. It reports whether it answered.
func (b *Bot) stepAsScam(w *writer, factID string, p nlu.Parse) bool {
	f := b.kb.MustFact(factID)
	it := matchItem(f, p.Norm)
	if it == nil || p.Form != nlu.FormYesNo || !b.hasCue(p.Norm, knowledge.CueScam) || p.Amount != nil || b.hasCue(p.Norm, knowledge.CuePaid) ||
		b.hasCue(p.Norm, knowledge.CueCredentialsAsked) {
		return false
	}
	w.para(w.t(ternary(b.hasCue(cmp.Or(p.Ask, p.Norm), knowledge.CueNormal), "step_normal", "step_genuine"), lowerFirst(w.text(it.Text))))
	w.kbFact(factID)
	return true
}

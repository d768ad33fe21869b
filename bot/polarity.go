package bot

import (
	"cmp"
	"slices"
	"strings"

	"github.com/guichet/guichet/knowledge"
)

// positives lists the negative phrasings of the knowledge base's language with the questions
// they ask, the longest first, so that "je n ai pas besoin" is turned before "pas besoin de".
func positives(kb *knowledge.Base) [][2]string {
	out := make([][2]string, 0, len(kb.Language.Positive))
	for neg, pos := range kb.Language.Positive {
		out = append(out, [2]string{neg, pos})
	}
	slices.SortFunc(out, func(a, b [2]string) int {
		return cmp.Or(cmp.Compare(len(b[0]), len(a[0])), strings.Compare(a[0], b[0]))
	})
	return out
}

// positiveQuestion returns a message whose questions asked in the negative are turned into the
// questions they ask, and whether one was: "son père n'a pas besoin de venir aussi, si ?" is
// answered as "son père a besoin de venir aussi ?", whose "no" agrees with the person and whose
// "yes" contradicts them. A question on the truth of a claim ("c'est bien vrai que je n'ai pas
// besoin… ?", "on m'a dit qu'il ne faut pas de photo, c'est vrai ?") asks the negative itself
// and is left as it is, and so is a sentence that tells rather than asks, or asks with no tag.
func (b *Bot) positiveQuestion(text string) (string, bool) {
	if len(b.positives) == 0 || !strings.Contains(text, "?") {
		return text, false
	}
	norm := strings.ReplaceAll(knowledge.Normalize(text), "'", " ")
	if !slices.ContainsFunc(b.positives, func(p [2]string) bool { return strings.Contains(norm, p[0]) }) ||
		b.hasCue(norm, knowledge.CueClaimCheck) || b.hasCue(norm, knowledge.CueTruthOf) {
		return text, false
	}
	var out strings.Builder
	turned := false
	for rest := norm; rest != ""; {
		end := strings.IndexAny(rest, ".!?")
		if end < 0 {
			out.WriteString(rest)
			break
		}
		for end+1 < len(rest) && strings.ContainsRune(".!? ", rune(rest[end+1])) {
			end++ // the sentence's closing marks ("?!", "? ")
		}
		sentence := rest[:end+1]
		rest = rest[end+1:]
		if strings.Contains(sentence, "?") && b.tagged(sentence) {
			padded := " " + sentence + " "
			for _, p := range b.positives {
				if strings.Contains(padded, " "+p[0]+" ") {
					padded = strings.Replace(padded, " "+p[0]+" ", " "+p[1]+" ", 1)
					turned = true
				}
			}
			sentence = padded[1 : len(padded)-1]
		}
		out.WriteString(sentence)
	}
	if !turned {
		return text, false
	}
	return out.String(), true
}

// tagged reports whether a question ends with a tag that asks for agreement ("…, si ?", "…,
// non ?", "…, do I?"): a negative before it is the person's belief, to be confirmed or
// contradicted. Without one, "plus besoin d'aller au commissariat ?" is answered "oui" as often
// as "non", and is left as it is.
func (b *Bot) tagged(sentence string) bool {
	words := strings.TrimSpace(strings.TrimRight(strings.TrimSpace(sentence), ".!? "))
	for _, tag := range b.kb.Language.Cues[knowledge.CueQuestionTag] {
		if words == tag || strings.HasSuffix(words, " "+tag) || strings.HasSuffix(words, ","+tag) {
			return true
		}
	}
	return false
}

// contradicted says a French verdict of need in the word that contradicts a negative question:
// "Oui" becomes "Si" ("je n'ai pas besoin d'adresse mail, si ?": "Si : il faut…"). English and
// Dutch answer a negative question with the same words as its positive.
func contradicted(r Reply) Reply {
	if r.Lang != knowledge.FR || len(r.Blocks) == 0 {
		return r
	}
	text := r.Blocks[0].Text
	if rest, ok := strings.CutPrefix(text, "Oui"); ok && (rest == "" || strings.ContainsRune(" ,.:;", rune(rest[0]))) {
		blocks := slices.Clone(r.Blocks)
		blocks[0].Text = "Si" + rest
		r.Blocks = blocks
	}
	return r
}

// negativeClaim reports whether a message asks the truth of a claim told in the negative ("c'est
// bien vrai que je ne peux plus voyager avec ?", "on n'a pas le droit de sourire, c'est
// vrai ?"): the answers compute the verdict of the claim's positive ("je peux voyager
// avec ?"), which the claim's truth turns.
func (b *Bot) negativeClaim(text string) bool {
	if !strings.Contains(text, "?") {
		return false
	}
	norm := strings.ReplaceAll(knowledge.Normalize(text), "'", " ")
	asksTruth := func(c string) bool {
		first, _, _ := strings.Cut(c, " ")
		return strings.Contains(norm, first)
	}
	if !slices.ContainsFunc(b.kb.Language.Cues[knowledge.CueTruthOf], asksTruth) && !slices.ContainsFunc(b.kb.Language.Cues[knowledge.CueClaimCheck], asksTruth) {
		return false // most messages ask no claim's truth
	}
	// Each question up to its mark: "c'est vrai que la première est gratuite ? je n'en ai jamais
	// eu" tells its negative after the claim.
	questions := strings.Split(norm, "?")
	return slices.ContainsFunc(questions[:len(questions)-1], b.negated)
}

// refusalAsked reports whether a question asks whether the office will or must refuse ("la
// mairie va me refuser le renouvellement ?", "je dois refuser son dossier ?"): the rules answer
// whether it is allowed, whose verdict the refusal turns. A refusal denied before it ("ils ne
// peuvent pas refuser ?") and a claim's truth (see negativeClaim) are left as they are.
func (b *Bot) refusalAsked(text string) bool {
	if !strings.Contains(text, "?") {
		return false
	}
	norm := strings.ReplaceAll(knowledge.Normalize(text), "'", " ")
	questions := strings.Split(norm, "?")
	for _, q := range questions[:len(questions)-1] {
		q = q[strings.LastIndexAny(q, ".!;")+1:]
		words := wordText(q)
		for _, c := range b.kb.Language.Cues[knowledge.CueRefusalAsked] {
			i := strings.Index(words, " "+c+" ")
			if i < 0 {
				continue
			}
			before := strings.Fields(words[:i])
			if !slices.ContainsFunc(before[max(0, len(before)-3):], func(w string) bool { return w == "ne" || w == "n" || w == "not" || w == "niet" }) {
				return true
			}
		}
	}
	return false
}

// negated reports whether a question tells, after its words asking a claim's truth, a French
// negation ("ne … pas", "n'… plus").
func (b *Bot) negated(question string) bool {
	words := wordText(question)
	end := -1
	for _, c := range b.kb.Language.Cues[knowledge.CueTruthOf] {
		if e := cueEnd(words, c, false); e >= 0 && (end < 0 || e < end) {
			end = e
		}
	}
	var claim []string
	if end >= 0 {
		claim = strings.Fields(words[end:])
	} else {
		// "on m'a dit qu'à partir de 2031 je ne pourrai plus voyager avec, c'est vrai ?": the
		// claim before a tag that asks its truth, in the tag's sentence.
		sentence := question[strings.LastIndexAny(question, ".!;")+1:]
		tagged := wordText(sentence)
		for _, c := range b.kb.Language.Cues[knowledge.CueClaimCheck] {
			if strings.HasSuffix(tagged, " "+c+" ") {
				claim = strings.Fields(strings.TrimSuffix(tagged, c+" "))
				break
			}
		}
	}
	// Only the claim's own clause: a negation in a condition or a concession after it ("je peux
	// y aller même si je n'habite pas là-bas", "…alors que je ne suis pas d'ici") is not the
	// claim's. (One that comes first, "si on n'a pas de passeport, on ne peut pas…", leads to
	// the claim and stays.)
	for i, w := range claim {
		if i >= 2 && (slices.Contains(subordinators, w) || i+1 < len(claim) && slices.Contains(subordinatorPairs, w+" "+claim[i+1])) {
			claim = claim[:i]
			break
		}
	}
	for i, w := range claim {
		if w != "ne" && w != "n" {
			continue
		}
		for _, v := range claim[i+1 : min(len(claim), i+5)] {
			if slices.Contains(b.kb.Language.Cues[knowledge.CueNegation], v) {
				return true
			}
		}
	}
	return false
}

// subordinators open a condition or a concession inside a claim; subordinatorPairs do so in two
// words.
var (
	subordinators     = []string{"si", "puisque", "quoique", "sans"}
	subordinatorPairs = []string{"bien que", "alors que", "vu que", "parce que", "parce qu", "etant donne", "meme quand", "meme lorsque"}
)

// claimVerdict turns the bare verdict a reply opens with ("Oui." to "Non.", "Non." to "Oui."),
// for a claim told in the negative whose positive it answers (see negativeClaim). A verdict with
// its reason ("Non, pas en l'état : …") says what it answers and is left as it is.
func (b *Bot) claimVerdict(r Reply) Reply {
	if len(r.Blocks) == 0 || r.Blocks[0].Kind != Paragraph {
		return r
	}
	w := newWriter(b.kb, r.Lang)
	yes, no := w.t("yes"), w.t("no")
	var turned string
	switch r.Blocks[0].Text {
	case yes:
		turned = no
	case no:
		turned = yes
	default:
		return r
	}
	return withLead(r, turned)
}

// withLead returns r with its first block's text replaced, the blocks copied so that the reply it
// came from is left as it was.
func withLead(r Reply, text string) Reply {
	blocks := slices.Clone(r.Blocks)
	blocks[0].Text = text
	r.Blocks = blocks
	return r
}

// refusalVerdict turns the verdict of a question on a refusal (see refusalAsked): the bare one as
// claimVerdict does, and one followed by what it rests on ("Oui : « facture d'électricité » fait
// partie des justificatifs acceptés" answers "ils vont la refuser ?" with "Non : …").
func (b *Bot) refusalVerdict(r Reply) Reply {
	if len(r.Blocks) == 0 || r.Blocks[0].Kind != Paragraph {
		return r
	}
	w := newWriter(b.kb, r.Lang)
	yes, no := strings.TrimSuffix(w.t("yes"), "."), strings.TrimSuffix(w.t("no"), ".")
	text := r.Blocks[0].Text
	var turned string
	switch {
	case text == yes+"." || text == no+".":
		return b.claimVerdict(r)
	case strings.HasPrefix(text, yes+" :") || strings.HasPrefix(text, yes+":"):
		// (French sets a space before the colon, English and Dutch do not.)
		turned = no + strings.TrimPrefix(text, yes)
	case strings.HasPrefix(text, no+" :") || strings.HasPrefix(text, no+":"):
		turned = yes + strings.TrimPrefix(text, no)
	default:
		return r
	}
	return withLead(r, turned)
}

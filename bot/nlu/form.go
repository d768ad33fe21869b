package nlu

import (
	"slices"
	"strings"
)

// Form is the kind of answer a question wants: a yes or a no, an amount, a moment, a duration, a
// place, a way, a person, a definition or a reason. An answer states what the form asks first.
type Form string

// The forms of question Guichet tells apart. FormNone is a statement or a bare topic ("carte
// d'identité perdue").
const (
	FormNone    Form = ""
	FormYesNo   Form = "yes_no"
	FormHowMuch Form = "how_much"
	FormHowLong Form = "how_long"
	FormWhen    Form = "when"
	FormWhere   Form = "where"
	FormHow     Form = "how"
	FormWho     Form = "who"
	FormWhat    Form = "what"
	FormWhy     Form = "why"
)

// formCue is a phrase of the knowledge base that shows a form.
type formCue struct {
	toks []string
	form Form
}

// subordinating are words that also start a clause that asks nothing ("quand j'avais 16 ans", "la
// carte qui expire"): they show a form only at the start or the end of a message, or before a
// verb of a question.
var subordinating = map[string]bool{"quand": true, "qui": true, "kan": true, "qd": true}

// questionVerbs follow "quand" or "qui" in a question ("quand est-ce", "qui doit").
var questionVerbs = map[string]bool{"est": true, "sera": true, "serai": true, "aurai": true, "aura": true, "vais": true,
	"va": true, "peut": true, "doit": true, "dois": true, "puis": true, "faut": true, "recevrai": true, "ouvre": true, "fait": true}

// whWords ask for something else than a yes or a no even without a cue of a form ("qu'est-ce
// qu'il faut apporter ?", "quels papiers ?").
var whWords = map[string]bool{"qu": true, "quoi": true, "quel": true, "quelle": true, "quels": true, "quelles": true,
	"lequel": true, "laquelle": true, "which": true, "welke": true, "wat": true, "what": true, "how": true, "where": true,
	"when": true, "who": true, "why": true, "hoe": true, "waar": true, "wanneer": true, "waarom": true}

// askingWords before a yes/no cue make it part of another question ("qu'est-ce que", "what
// should I", "comment puis-je", "où dois-je").
var askingWords = map[string]bool{"qu": true, "what": true, "how": true, "where": true, "when": true, "who": true,
	"why": true, "which": true, "comment": true, "ou": true, "quand": true, "pourquoi": true, "combien": true,
	"wat": true, "hoe": true, "waar": true, "wanneer": true, "welke": true, "waarom": true}

// dutchWh are the Dutch words that open a second question after "en" ("Mag dat en hoeveel kost
// het?"), whose "en" is French's "in" in "en combien de temps".
var dutchWh = map[string]bool{"hoeveel": true, "hoe": true, "waar": true, "wanneer": true, "wat": true, "welke": true}

// coordinators join a second question to a first ("…, et combien ça coûte ?").
var coordinators = map[string]bool{"et": true, "and": true, "puis": true, "sinon": true, "otherwise": true, "anders": true}

// pronouns before a final "?" make it a yes/no question ("elle est encore bonne ?"); a bare noun
// phrase with "?" ("carte perdue ?") asks nothing precise.
var pronouns = map[string]bool{"je": true, "j": true, "tu": true, "il": true, "elle": true, "on": true, "nous": true,
	"vous": true, "ils": true, "elles": true, "c": true, "ca": true, "i": true, "it": true, "ik": true, "het": true,
	// Dutch and English subjects ("werkt die nog ?", "is dat normaal ?", "does that work?")
	"dat": true, "die": true, "dit": true, "deze": true, "hij": true, "zij": true, "ze": true, "u": true, "jij": true,
	"wij": true, "we": true, "that": true, "this": true, "he": true, "she": true, "they": true, "you": true,
	"dois": true, "peux": true, "faut": true, "suffit": true, "passe": true, "marche": true, "est": true,
	// verbs and adjectives of a predicate: "la mairie fait la certification ?", "c'est gratuit ?"
	"fait": true, "font": true, "peut": true, "peuvent": true, "doit": true, "doivent": true, "fonctionne": true,
	"accepte": true, "acceptee": true, "obligatoire": true, "possible": true, "valable": true, "valide": true,
	"gratuit": true, "gratuite": true, "payant": true, "payante": true, "compte": true, "prend": true, "prennent": true,
	"delivre": true, "delivrent": true, "propose": true, "proposent": true, "donne": true, "donnent": true, "fournit": true,
	"fournissent": true,
	// a verb of a statement asked ("la réponse arrive par courrier ?")
	"arrive": true, "arrivent": true,
	// the future of "pouvoir" ("l'agence pourra le réutiliser ?")
	"pourra": true, "pourront": true, "pourrai": true, "pourras": true, "pourrez": true, "pourrons": true}

// doVerbs do a procedure ("faire la démarche"): after them, "la démarche" is the thing done,
// not a question of how.
var doVerbs = map[string]bool{"faire": true, "fais": true, "fait": true, "font": true, "faites": true, "lancer": true,
	"commencer": true, "terminer": true, "finir": true}

// whoBefore are the words after which "qui" asks who ("c'est qui", "à qui", "et qui doit
// venir ?"); after a noun it begins a relative clause ("mon frère qui est sous curatelle").
var whoBefore = map[string]bool{"a": true, "de": true, "pour": true, "avec": true, "par": true, "chez": true, "est": true,
	"et": true, "mais": true, "alors": true, "donc": true, "sinon": true, "ou": true, "bonjour": true, "ok": true, "d": true}

// form reads the form of a message from its words; text is the message as written, for "où"
// (which loses its accent, and so its difference from "ou", when normalised).
func (p *Parser) form(text string, toks []string) Form {
	if i := strings.Index(text, "("); i >= 0 {
		if j := strings.Index(text[i:], ")"); j > 0 && !strings.Contains(text[i:i+j], "?") {
			// "j'ai paumé ma CNI (aucune idée où), est ce que je dois… ?": an aside adds to the
			// story; it asks nothing, whatever its words. (Its subject may still be the one the
			// question has none without: "(j'ai vérifié), y a un autre moyen ?".)
			rest := text[:i] + " " + text[i+j+1:]
			if _, rt := p.words(rest); len(rt) > 0 {
				if f := p.form(rest, rt); f != FormNone {
					return f
				}
			}
		}
	}
	if k := p.politeRequest(toks); k > 0 {
		// "Can you explain the steps?", "pouvez-vous m'indiquer combien ça coûte ?": a request
		// put as a question, whose form is that of what it asks for, never a yes or a no.
		if f := p.form(strings.Join(toks[k:], " ")+" ?", toks[k:]); f != FormYesNo {
			return f
		}
		return FormNone
	}
	// "Quelle bêtise... je viens de la retrouver ! Je peux la réutiliser ?": the sentence that
	// asks, not an exclamation or a story before it, has the form of the question.
	if q := strings.Index(text, "?"); q >= 0 {
		if start := strings.LastIndexAny(text[:q], ".!"); start >= 0 && start+1 < q {
			rest := text[start+1:]
			if _, rt := p.words(rest); len(rt) > 0 {
				if f := p.form(rest, rt); f != FormNone {
					return f
				}
			}
		}
	}
	// "I don't live in Uccle, can I get it there? How much would it be?": of two questions, a
	// yes/no one asked first leads, its verdict first.
	if i := strings.Index(text, "?"); i >= 0 && strings.TrimSpace(strings.Trim(text[i:], "?!. ")) != "" {
		_, first := p.words(text[:i+1])
		if f := p.form(text[:i+1], first); f == FormYesNo || f == FormWhere && p.goesWhere(first) {
			// ("on la télécharge ou l'appli ? c'est sur le Play Store ?": where, asked first.)
			return f
		}
	}
	f := p.form1(text, toks)
	if f == FormNone && strings.Count(text, "?") > 1 {
		// "n'importe laquelle alors ? même celle de mon village ?": a later question of the
		// message gives its form.
		for _, q := range strings.SplitAfter(text, "?")[1:] {
			if _, qt := p.words(q); len(qt) > 0 && strings.Contains(q, "?") {
				if g := p.form1(q, qt); g != FormNone {
					return g
				}
			}
		}
	}
	return f
}

// endsWithOu tells a question that ends on an "ou" written without its accent ("je le trouve ou
// ?"): nothing follows it to be a second choice, so it asks where.
func endsWithOu(text string) bool {
	t := strings.TrimRight(text, " ?!.")
	return strings.HasSuffix(t, " ou") || strings.Contains(text, " ou ?") || strings.Contains(text, " ou?")
}

// opensWithOu tells a question that opens on an "ou" written without its accent, a subject
// after it ("ou je trouve le numéro ?", "ou on doit aller ?"): a question does not open on a
// second choice, so it asks where.
func opensWithOu(toks []string) bool {
	return len(toks) > 2 && toks[0] == "ou" && (pronouns[toks[1]] || toks[1] == "est" || toks[1] == "se" || toks[1] == "faut")
}

// goesWhere tells a question whose "ou", written without its accent, follows a verb of going,
// sending, buying or getting an app (knowledge.CueGoVerb, knowledge.CueDownload) and comes before
// the purpose, the end, or the thing named again, by a demonstrative or an article ("on va ou
// pour faire ça ?", "je l'envoie ou pour la déclaration ?", "je l'achete ou ce timbre ?", "on la
// télécharge ou l'appli ?"): a second choice follows no such verb, so it asks where. ("Je la
// télécharge ou je vais en mairie ?" offers a second choice.)
func (p *Parser) goesWhere(toks []string) bool {
	for i := 1; i < len(toks); i++ {
		if toks[i] != "ou" || !p.goVerbs[toks[i-1]] {
			continue
		}
		rest := toks[i+1:]
		namedAgain := len(rest) > 0 && len(rest) <= 4 && objectPronouns[rest[0]]
		if len(rest) == 0 || rest[0] == "pour" || rest[0] == "exactement" || rest[0] == "alors" ||
			len(rest) <= 3 && (rest[0] == "ce" || rest[0] == "cette" || rest[0] == "ces") || namedAgain {
			return true
		}
	}
	return false
}

// objectPronouns are the object pronouns and articles of the thing a verb acts on, named again
// after its "ou" ("on la télécharge ou l'appli ?").
var objectPronouns = map[string]bool{"l": true, "la": true, "le": true, "les": true}

// form1 is form for one question.
func (p *Parser) form1(text string, toks []string) Form {
	// "Quand ma carte sera prête, je dois aller la chercher ?": a clause before a comma sets the
	// scene; the question is after it.
	leadingClause := strings.Contains(text, ",")
	first, firstAt, firstLen := FormNone, len(toks), 0
	yesNo, yesNoAt := false, len(toks)
	// A yes/no cue that holds a shorter cue of another form at the same word wins over it: "ça
	// coûte quelque chose ?" asks whether it is paid, not how much.
	yesNoLen := make(map[int]int)
	for i := 0; i < len(toks); i++ {
		for _, c := range p.formCues[toks[i]] {
			if i+len(c.toks) > len(toks) || !equalAt(toks, i, c.toks) || i > 0 && toks[i-1] == "importe" {
				continue // "n'importe quelle mairie" asks for no particular one
			}
			indirect := i > 0 && (toks[i-1] == "savoir" || toks[i-1] == "sais" || toks[i-1] == "dire" || toks[i-1] == "demande")
			if c.form == FormWhere && toks[i] == "ou" && !indirect && !strings.Contains(text, "où") && !strings.Contains(text, ", ou ") && slices.ContainsFunc(toks[:i], func(t string) bool { return pronouns[t] }) {
				// "il doit venir avec moi à la mairie ou je peux m'en occuper seule ?": within a
				// clause, an "ou" written without its accent joins a second choice; it asks no
				// place ("j'habite à Lille, ou je peux la faire ?" does).
				continue
			}
			if len(c.toks) == 1 && subordinating[toks[i]] && !indirect && !(i <= 1 && !leadingClause || i == len(toks)-1 || p.tailOnly(toks[i+1:]) || (i+1 < len(toks) && questionVerbs[toks[i+1]])) {
				continue
			}
			if c.form == FormWhere && len(c.toks) == 1 && toks[i] == "ou" && strings.Contains(strings.ToLower(text), "où") && relativeWhere(strings.ToLower(text)) {
				continue // "dans la mairie de la ville où je travaille ?": a relative "où" asks no place
			}
			if j := i + len(c.toks); c.form == FormWhere && toks[j-1] == "ou" && (c.toks[0] == "d" || i > 0 && toks[i-1] == "d") && j < len(toks) &&
				(toks[j] == "vient" || toks[j] == "viennent" || toks[j] == "ca") {
				continue // "d'où vient le problème ?", "d'où ça vient ?": a cause, not a place
			}
			if toks[i] == "cb" && i > 0 && (toks[i-1] == "format" || toks[i-1] == "carte" || toks[i-1] == "modele" || toks[i-1] == "type") {
				continue // "la nouvelle carte format CB": a bank card's format, not "combien"
			}
			if toks[i] == "quand" && i+1 < len(toks) && toks[i+1] == "meme" {
				continue // "je peux quand même ?": anyway, not when
			}
			if toks[i] == "qui" && i >= 3 && toks[i-3] == "c" && toks[i-2] == "est" {
				continue // "c'est elle qui peut faire l'attestation ?": a yes or a no on who, named
			}
			if toks[i] == "qui" && i >= 4 && stressedPronouns[toks[i-1]] && slices.Contains(toks[i-4:i-1], "est") {
				continue // "et si c'est finalement moi qui fais la démarche, il doit venir ?": who is named
			}
			if toks[i] == "qui" && i > 0 && i+1 < len(toks) && !whoBefore[toks[i-1]] {
				continue // "mon frère qui est sous curatelle, il peut y aller seul ?": a relative "qui"
			}
			if len(c.toks) == 1 && subordinating[toks[i]] && i <= 1 && i+1 < len(toks) && !questionVerbs[toks[i+1]] && laterQuestion(toks[i+1:]) {
				continue // "qd je vais récupérer sa carte il doit venir avec moi ?": the question comes after
			}
			if c.form == FormHow && len(c.toks) == 2 && c.toks[0] == "la" && c.toks[1] == "demarche" && i > 0 && doVerbs[toks[i-1]] {
				continue // "on peut faire la démarche avec elle ?": the procedure done, not asked how
			}
			if c.form == FormYesNo {
				// "qu'est-ce que", "what should I", "comment puis-je" ask what or how, not yes or no.
				if i == 0 || !askingWords[toks[i-1]] {
					yesNo, yesNoAt = true, min(yesNoAt, i)
					yesNoLen[i] = max(yesNoLen[i], len(c.toks))
					if i == firstAt && len(c.toks) > firstLen {
						first, firstAt, firstLen = FormNone, len(toks), 0
					}
				}
				continue
			}
			if yesNoLen[i] > len(c.toks) {
				continue
			}
			// The first cue of the message; at the same word, the longest ("combien de temps"
			// over "combien", "qu'est-ce que c'est" over "qu'est-ce que").
			if i < firstAt || i == firstAt && len(c.toks) > firstLen {
				first, firstAt, firstLen = c.form, i, len(c.toks)
			}
		}
	}
	if first == FormNone && (strings.Contains(strings.ToLower(text), "où") && !relativeWhere(strings.ToLower(text)) || endsWithOu(strings.ToLower(text)) || opensWithOu(toks) || p.goesWhere(toks)) {
		first = FormWhere
		if i := slices.Index(toks, "ou"); i >= 0 {
			firstAt = i // "…, sinon je vais où ?": a second question after a first
		}
	}
	// "je peux y faire ma clé et ça coûte combien ?", "Can Uccle give me one, and how much would
	// it be?" ask first whether it can.
	// ("et puis combien ?": "puis" there joins, it allows nothing.)
	may := func(t string) bool { return p.mayVerbs[t] && !coordinators[t] }
	startsYesNo := len(toks) > 1 && (may(toks[0]) || may(toks[1]))
	switch {
	case (yesNo && yesNoAt < firstAt || startsYesNo) && firstAt > 0 && firstAt < len(toks) &&
		slices.ContainsFunc(toks[max(0, firstAt-3):firstAt], func(t string) bool { return coordinators[t] || t == "en" && dutchWh[toks[firstAt]] }):
		// "Can I get it there, and how much is it?", "je peux y faire ma clé et ça coûte combien ?":
		// two questions, the first a yes/no one; its verdict leads, and the answer that follows
		// tells the rest.
		return FormYesNo
	case first == FormWho && asksLeaveToChoose(toks, firstAt):
		// "je peux indiquer à qui il est destiné ?": whether one may, the person the object of
		// the verb. ("je peux passer quand ?", "on peut déposer où ?" ask when and where.)
		return FormYesNo
	case first != FormNone:
		return first
	case yesNo && whDeterminerOpens(toks, yesNoAt):
		// "quels papiers faut-il pour la nationalité par mariage ?", "which documents do I
		// need?": the question asks for the things its opening word picks, not a yes or a no.
		return FormNone
	case yesNo:
		return FormYesNo
	}
	asksWh := false
	for i, t := range toks {
		// "n'importe quelle mairie" asks for no particular one.
		// "plutôt qu'à Roubaix", "ce qu'il faut" ask nothing: "qu" asks in "qu'est-ce" or first.
		quAsks := t != "qu" || i == 0 || i+1 < len(toks) && toks[i+1] == "est"
		// ("le SMS comme quoi elle est prête" tells what the message said.)
		asksWh = asksWh || whWords[t] && quAsks && !(i > 0 && (toks[i-1] == "importe" || toks[i-1] == "comme" && t == "quoi"))
	}
	if !strings.ContainsAny(text, "?.") && !asksWh && unmarkedYesNo(toks) {
		// "je peux mettre mon permis dans france identite aussi", "mon mari peut aller la
		// chercher a ma place", "on m'a dit que je pouvais l'activer en mairie c'est vrai": a
		// question written without its mark.
		return FormYesNo
	}
	if strings.Contains(text, "?") && len(toks) > 2 && auxiliariesFirst[toks[0]] {
		// "Is itsme considered a digital key too?", "Werkt de sleutel ook in Vlaanderen?", even
		// with a wh-word of a relative clause later in it that no form cue names. (A "who" is a
		// form cue: "Does Uccle issue keys to people who…?" still reads as a who-question.)
		return FormYesNo
	}
	if strings.Contains(text, "?") && !asksWh {
		if len(toks) > 1 && (toks[0] == "meme" || toks[0] == "even" || toks[0] == "ook" || toks[0] == "aussi") {
			return FormYesNo // "Même dans une mairie d'une autre commune ?"
		}
		if i := slices.Index(toks, "importe"); i > 0 && toks[i-1] == "n" {
			return FormYesNo // "n'importe quelle mairie alors ?": whether any will do
		}
		if slices.ContainsFunc(p.questionTags, func(tag []string) bool {
			return len(toks) > len(tag) && slices.Equal(toks[len(toks)-len(tag):], tag)
		}) {
			return FormYesNo // "toutes les cartes sont valables 15 ans maintenant, non ?"
		}
		for _, t := range toks {
			if pronouns[t] {
				return FormYesNo
			}
		}
	}
	return FormNone
}

// asksLeaveToChoose reports whether the wh-word at i is the object of a verb after "je peux" or
// "on peut" ("je peux indiquer à qui…"): a question of leave. A verb of asking ("je peux demander
// à qui ?") or of going keeps the wh-question.
func asksLeaveToChoose(toks []string, i int) bool {
	if i > 0 && toks[i-1] == "a" {
		i-- // "à qui"
	}
	if i < 3 {
		return false
	}
	subj, modal, verb := toks[i-3], toks[i-2], toks[i-1]
	switch verb {
	case "savoir", "dire", "demander", "connaitre", "comprendre", "aller", "venir", "faire":
		return false
	}
	return (subj == "je" || subj == "on" || subj == "j") && (modal == "peux" || modal == "peut" || modal == "pourrai" || modal == "pourra") &&
		(strings.HasSuffix(verb, "er") || strings.HasSuffix(verb, "ir") || strings.HasSuffix(verb, "re"))
}

// auxiliariesFirst are the English and Dutch verbs that open a yes/no question when they come
// first ("Is it…?", "Does…?", "Kan ik…?", "Werkt…?").
var auxiliariesFirst = map[string]bool{"is": true, "are": true, "was": true, "were": true, "am": true, "does": true, "do": true, "did": true,
	"can": true, "could": true, "should": true, "will": true, "would": true, "must": true, "has": true, "have": true, "may": true,
	"zijn": true, "ben": true, "heb": true, "heeft": true, "hebben": true, "kan": true, "kun": true, "kunt": true, "mag": true, "moet": true,
	"moeten": true, "wordt": true, "zal": true, "zou": true, "werkt": true, "klopt": true, "geldt": true, "blijft": true,
	"geeft": true, "geven": true, "krijg": true, "krijgt": true, "krijgen": true, "kost": true, "kosten": true, "gaat": true, "doet": true,
	"bestaat": true, "hoef": true, "hoeft": true, "kunnen": true, "mogen": true, "wil": true, "wilt": true, "levert": true, "accepteert": true,
	"aanvaardt": true, "neemt": true, "staat": true, "shall": true, "might": true}

// unmarkedYesNo reports whether a message without a question mark asks leave all the same: a
// verb of permission among its first words ("je peux", "mon mari peut", "can I"), or a request
// for confirmation at its end ("c'est vrai", "c'est normal", "is that right").
func unmarkedYesNo(toks []string) bool {
	for i, t := range toks[:min(len(toks), 6)] {
		switch t {
		case "peux", "peut", "peuvent", "pourrais", "pourrait", "pouvons", "pouvez", "can", "could", "kan", "mag", "mogen":
			return i > 0 || len(toks) > 1 && pronouns[toks[1]] // ("can I…", not "peut-être")
		}
	}
	for i := 1; i < len(toks); i++ {
		// "je suis marier avec un francais depuis 2 ans je peux avoir la nationaliter": a message
		// dictated or written by ear has no marks to end its story, and its question is the
		// clause where a subject asks leave. (A duty told, "je dois refaire ma carte", may be a
		// statement.)
		switch toks[i] {
		case "peux", "peut", "peuvent", "pouvons", "pouvez", "pourrais", "pourrait":
			if subjects[toks[i-1]] && toks[i-1] != "leur" && toks[i-1] != "lui" {
				return true
			}
		case "dois", "doit", "doivent", "devons", "devez", "faut":
			// "jai ma carte eid et un lecteur je doit quand meme passer a la commune", "et il
			// faut une photo aussi pour un bebe": a duty asked despite what was told, or in a
			// follow-up. (A duty told alone, "je dois refaire ma carte", may be a statement.)
			if (subjects[toks[i-1]] && toks[i-1] != "leur" && toks[i-1] != "lui") && (slices.Contains(toks, "meme") && slices.Contains(toks, "quand") || toks[0] == "et") {
				return true
			}
		case "oblige", "obligee", "obliges", "obligees":
			// "je suis obliger daller au commissariat": a duty asked.
			if toks[i-1] == "suis" || toks[i-1] == "est" || toks[i-1] == "sommes" || toks[i-1] == "sont" || toks[i-1] == "etes" {
				return true
			}
		}
	}
	n := len(toks)
	tail := func(words ...string) bool {
		return n >= len(words) && slices.Equal(toks[n-len(words):], words)
	}
	// ("itsme cest une cle numerique aussi ou cest autre chose", "elle est encore bonne ou pas")
	if tail("ou", "pas") || tail("ou", "non") || tail("ou", "c", "est", "autre", "chose") || tail("ou", "cest", "autre", "chose") {
		return true
	}
	return tail("c", "est", "vrai") || tail("cest", "vrai") || tail("c", "est", "normal") || tail("cest", "normal") || tail("is", "that", "right") || tail("klopt", "dat")
}

func equalAt(toks []string, i int, phrase []string) bool {
	for k, w := range phrase {
		if toks[i+k] != w {
			return false
		}
	}
	return true
}

// relativeWhere reports whether every "où" of a text joins a clause to a time or a place named
// before it ("le jour où on dépose", "la ville où je travaille"), asking no place.
func relativeWhere(text string) bool {
	for i := 0; ; {
		j := strings.Index(text[i:], "où")
		if j < 0 {
			return true
		}
		f := strings.Fields(text[:i+j])
		if len(f) == 0 {
			return false
		}
		if after := strings.Fields(text[i+j+len("où"):]); (strings.HasSuffix(f[len(f)-1], "d'") || strings.HasSuffix(f[len(f)-1], "d’") || strings.HasSuffix(text[:i+j], "d'") || strings.HasSuffix(text[:i+j], "d’")) &&
			len(after) > 0 && (after[0] == "vient" || after[0] == "viennent" || after[0] == "ça" || after[0] == "ca") {
			i += j + len("où") // "d'où vient le problème ?": a cause, not a place
			continue
		}
		be := func(w string) bool {
			return slices.Contains([]string{"est", "sont", "sommes", "suis", "êtes", "es"}, strings.Trim(w, "?!.,"))
		}
		if after := strings.Fields(text[i+j+len("où"):]); len(after) > 1 && (after[0] == "en" || after[0] == "j'en" || after[0] == "j’en") && be(after[1]) ||
			len(after) > 2 && after[1] == "en" && be(after[2]) {
			i += j + len("où") // "je peux suivre où en est ma demande ?": how far it has got, not a place
			continue
		}
		switch f[len(f)-1] {
		case "jour", "moment", "fois", "mois", "semaine", "année", "soir", "matin", "période",
			"ville", "mairie", "commune", "endroit", "celle", "celui", "là", "quartier", "pays", "côté", "village", "région",
			"département", "préfecture", "consulat", "bureau", "guichet", "agence", "entreprise", "boulot", "travail":
		default:
			return false
		}
		i += j + len("où")
	}
}

// laterQuestion reports whether the words after a leading "quand" hold a question of their own: a
// pronoun then a verb of a question, past the clause's own subject ("quand je vais la chercher, il
// doit venir ?").
func laterQuestion(toks []string) bool {
	for i := 2; i+1 < len(toks); i++ {
		if pronouns[toks[i]] && questionVerbs[toks[i+1]] && !(toks[i] == "c" || toks[i] == "ca") {
			return true
		}
	}
	return false
}

// OpensQuestion reports whether a normalised clause opens with a question word ("quels papiers il
// faut", "combien de temps", "how long"), so that after "et" it is a second question. "quand"
// and "qui" open one only before a verb of a question ("quand est-ce", not "quand il aura 18
// ans").
func OpensQuestion(clause string) bool {
	toks := tokens(strings.ReplaceAll(clause, "'", " "))
	switch {
	case len(toks) == 0:
		return false
	case subordinating[toks[0]]:
		return len(toks) > 1 && questionVerbs[toks[1]]
	}
	// ("où" loses its accent, and so its difference from "ou" and from a relative "où".)
	return toks[0] != "ou" && (whWords[toks[0]] || askingWords[toks[0]])
}

// tailOnly reports whether toks are only words that end a question without asking ("en vrai",
// "exactement", "du coup"): the word before them ends the question.
func (p *Parser) tailOnly(toks []string) bool {
	if len(toks) == 0 || len(toks) > 3 {
		return false
	}
	for _, t := range toks {
		if !p.tailWords[t] {
			return false
		}
	}
	return true
}

// stressedPronouns name the one who does something in "c'est … moi qui": a person named, not asked.
var stressedPronouns = map[string]bool{"moi": true, "toi": true, "lui": true, "elle": true, "nous": true, "vous": true, "eux": true, "elles": true}

// politeRequest returns the index of the first word after a polite request's opening in toks, or
// 0 when there is none.
func (p *Parser) politeRequest(toks []string) int {
	for i := range toks {
		for _, r := range p.politeRequests {
			if i+len(r) < len(toks) && slices.Equal(toks[i:i+len(r)], r) {
				return i + len(r)
			}
		}
	}
	return 0
}

// whDeterminers pick the things a question asks for ("quels papiers", "which documents").
var whDeterminers = map[string]bool{"quel": true, "quelle": true, "quels": true, "quelles": true, "lesquels": true,
	"lesquelles": true, "which": true, "welke": true, "welk": true}

// whDeterminerOpens reports whether a wh-determiner opens the question, before the yes/no cue at
// yesNoAt, with at most a linking word before it ("et quels papiers faut-il ?").
func whDeterminerOpens(toks []string, yesNoAt int) bool {
	for k := 0; k < min(yesNoAt, 3); k++ {
		switch {
		case whDeterminers[toks[k]]:
			return true
		case coordinators[toks[k]] || toks[k] == "alors" || toks[k] == "donc" || toks[k] == "bonjour":
			continue
		}
		return false
	}
	return false
}

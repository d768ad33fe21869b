package telegram

import (
	"strconv"
	"strings"

	"github.com/go-telegram/bot/models"

	"github.com/guichet/guichet/knowledge"
)

// The adapter's own sentences: about Telegram itself, never about a procedure.
var texts = map[knowledge.Lang]map[string]string{
	knowledge.FR: {
		"apology":        "Désolé, une erreur m'empêche de répondre à ce message. Réessayez, ou reformulez votre question.",
		"text_only":      "Je ne lis que les messages écrits : posez votre question en quelques mots.",
		"slow_down":      "Vous m'envoyez beaucoup de questions : attendez une minute avant la suivante, s'il vous plaît.",
		"thanks":         "Merci pour votre retour !",
		"ask_reason":     "Qu'est-ce qui n'allait pas ? Choisissez ci-dessous, ou dites-le en une phrase (sans données personnelles).",
		"reason_1":       "Réponse fausse",
		"reason_2":       "Pas ma question",
		"reason_3":       "Pas clair ou trop long",
		"reason_4":       "Il manque quelque chose",
		"reason_skip":    "Passer",
		"more_sources":   "… et %d autre(s) : bouton « Sources ».",
		"sources_button": "Sources",
		"reset":          "C'est noté, on recommence depuis le début.",
		"moved_on":       "Ce bouton répondait à une question précédente : la conversation a avancé depuis. Pour la question en cours, choisissez ci-dessous.",
		"moved_on_none":  "Ce bouton répondait à une question précédente, qui n'est plus en cours. Posez votre question en quelques mots.",
		"no_sources":     "Je n'ai pas encore donné de réponse avec des sources dans cette conversation.",
		"cmd_start":      "Commencer, et les sujets que Guichet connaît",
		"cmd_help":       "Aide",
		"cmd_reset":      "Recommencer la conversation",
		"cmd_sources":    "Les sources de la dernière réponse",
		"help":           "Posez votre question en quelques mots : carte d'identité, France Identité, clé numérique à Bruxelles ou nationalité française. Commandes : /reset pour recommencer, /sources pour revoir les sources de la dernière réponse, /help pour cette aide.",
	},
	knowledge.EN: {
		"text_only":      "I only read written messages: ask your question in a few words.",
		"slow_down":      "You are sending many questions: please wait a minute before the next one.",
		"thanks":         "Thank you for your feedback!",
		"ask_reason":     "What was wrong? Choose below, or tell me in one sentence (no personal data).",
		"reason_1":       "Wrong answer",
		"reason_2":       "Not my question",
		"reason_3":       "Unclear or too long",
		"reason_4":       "Something is missing",
		"reason_skip":    "Skip",
		"more_sources":   "… and %d more: the “Sources” button.",
		"sources_button": "Sources",
		"reset":          "Noted, let's start again from the beginning.",
		"moved_on":       "This button answered an earlier question: the conversation has moved on since. For the current question, choose below.",
		"moved_on_none":  "This button answered an earlier question, which is no longer open. Ask your question in a few words.",
		"no_sources":     "I have not given an answer with sources in this conversation yet.",
		"cmd_start":      "Start, and the topics Guichet knows",
		"cmd_help":       "Help",
		"cmd_reset":      "Start the conversation again",
		"cmd_sources":    "The sources of the last answer",
		"help":           "Ask your question in a few words: French ID card, France Identité, Brussels digital key or French nationality. Commands: /reset to start again, /sources for the sources of the last answer, /help for this help.",
	},
	knowledge.NL: {
		"text_only":      "Ik lees alleen geschreven berichten: stel uw vraag in een paar woorden.",
		"slow_down":      "U stuurt veel vragen: wacht een minuut voor de volgende, alstublieft.",
		"thanks":         "Bedankt voor uw feedback!",
		"ask_reason":     "Wat was er mis? Kies hieronder, of zeg het in één zin (zonder persoonsgegevens).",
		"reason_1":       "Fout antwoord",
		"reason_2":       "Niet mijn vraag",
		"reason_3":       "Onduidelijk of te lang",
		"reason_4":       "Er ontbreekt iets",
		"reason_skip":    "Overslaan",
		"more_sources":   "… en nog %d: de knop “Bronnen”.",
		"sources_button": "Bronnen",
		"reset":          "Genoteerd, we beginnen opnieuw.",
		"moved_on":       "Deze knop hoorde bij een eerdere vraag: het gesprek is intussen verder gegaan. Kies hieronder voor de huidige vraag.",
		"moved_on_none":  "Deze knop hoorde bij een eerdere vraag, die niet meer open staat. Stel uw vraag in een paar woorden.",
		"no_sources":     "Ik heb in dit gesprek nog geen antwoord met bronnen gegeven.",
		"cmd_start":      "Beginnen, en de onderwerpen die Guichet kent",
		"cmd_help":       "Hulp",
		"cmd_reset":      "Het gesprek opnieuw beginnen",
		"cmd_sources":    "De bronnen van het laatste antwoord",
		"help":           "Stel uw vraag in een paar woorden: Franse identiteitskaart, France Identité, digitale sleutel in Brussel of Franse nationaliteit. Commando's: /reset om opnieuw te beginnen, /sources voor de bronnen van het laatste antwoord, /help voor deze hulp.",
	},
}

func say(lang knowledge.Lang, key string) string {
	if m, ok := texts[lang]; ok {
		return m[key]
	}
	return texts[knowledge.FR][key]
}

// moreSources says how many sources the Sources button holds beyond those shown.
func moreSources(l knowledge.Lang, n int) string {
	return strings.Replace(say(l, "more_sources"), "%d", strconv.Itoa(n), 1)
}

func textOnly(l knowledge.Lang) string       { return say(l, "text_only") }
func slowDown(l knowledge.Lang) string       { return say(l, "slow_down") }
func thanksFeedback(l knowledge.Lang) string { return say(l, "thanks") }
func askReason(l knowledge.Lang) string      { return say(l, "ask_reason") }
func resetDone(l knowledge.Lang) string      { return say(l, "reset") }
func noSources(l knowledge.Lang) string      { return say(l, "no_sources") }
func help(l knowledge.Lang) string           { return say(l, "help") }

// movedOn says that a button of a question left behind was pressed: with the options of the
// question in progress when there is one, else with an invitation to ask.
func movedOn(l knowledge.Lang, withOptions bool) string {
	if withOptions {
		return say(l, "moved_on")
	}
	return say(l, "moved_on_none")
}

// menu is the command menu Telegram shows in a language: the commands command handles.
func menu(l knowledge.Lang) []models.BotCommand {
	var out []models.BotCommand
	for _, c := range []string{"start", "help", "reset", "sources"} {
		out = append(out, models.BotCommand{Command: c, Description: say(l, "cmd_"+c)})
	}
	return out
}

package slack

import "github.com/guichet/guichet/knowledge"

// The adapter's own sentences: about Slack and Guichet's use at the counter, never about a
// procedure (no amounts, dates or addresses: those come from the knowledge base).
var texts = map[knowledge.Lang]map[string]string{
	knowledge.FR: {
		"apology":        "Désolé, une erreur m'empêche de répondre à ce message. Réessayez, ou reformulez la question.",
		"busy":           "Guichet reçoit trop de questions en ce moment : reposez la vôtre dans une minute, s'il vous plaît.",
		"slow_down":      "Beaucoup de questions en peu de temps : attendez une minute avant la suivante, s'il vous plaît.",
		"help":           "Posez une question sur la carte d'identité, France Identité, la clé numérique à Bruxelles ou la nationalité française : `/guichet <question>`, une mention de Guichet dans un canal, ou un message direct. Les administrateurs ont aussi `/guichet admin feedback` et `/guichet admin stats`.",
		"not_here":       "Guichet n'est pas ouvert dans ce canal ou cet espace de travail. Demandez à l'administrateur de l'ajouter.",
		"not_admin":      "Cette commande est réservée aux administrateurs de Guichet.",
		"share":          "Partager dans le canal",
		"shared_by":      "Partagé par <@%s>",
		"gone":           "Cette réponse n'est plus disponible : posez la question à nouveau.",
		"moved_on":       "Ce bouton répondait à une question précédente : la conversation a avancé depuis. Pour la question en cours, choisissez ci-dessous.",
		"moved_on_none":  "Ce bouton répondait à une question précédente, qui n'est plus en cours. Posez la question à nouveau.",
		"citizen":        "Version à donner à l'usager",
		"details":        "Pour le guichet",
		"thanks":         "Merci pour votre retour !",
		"reason_title":   "Qu'est-ce qui n'allait pas ?",
		"reason_label":   "Ce qui était faux ou manquait",
		"reason_hint":    "Sans données personnelles sur l'usager.",
		"send":           "Envoyer",
		"cancel":         "Annuler",
		"no_feedback":    "Aucun retour négatif depuis %d jours.",
		"feedback_title": "Retours négatifs des %d derniers jours (%d au plus récent d'abord) :",
		"no_reason":      "sans raison donnée",
		"stats_title":    "Sur les %d derniers jours : %d questions.",
		"by_adapter":     "Par réseau",
		"by_kind":        "Par type de réponse",
		"by_lang":        "Par langue",
		"unanswered":     "Sans réponse, par sujet",
		"no_topic":       "sujet non reconnu",
		"kind_answer":    "réponses",
		"kind_clarify":   "précisions demandées",
		"kind_out":       "hors sujet ou refusées",
		"none":           "aucune",
	},
	knowledge.EN: {
		"apology":       "Sorry, an error prevents me from answering this message. Try again, or rephrase the question.",
		"busy":          "Guichet is receiving too many questions right now: please ask yours again in a minute.",
		"slow_down":     "Many questions in a short time: please wait a minute before the next one.",
		"help":          "Ask about the French ID card, France Identité, the Brussels digital key or French nationality: `/guichet <question>`, a mention of Guichet in a channel, or a direct message. Administrators also have `/guichet admin feedback` and `/guichet admin stats`.",
		"not_here":      "Guichet is not open in this channel or workspace. Ask the administrator to add it.",
		"not_admin":     "This command is for Guichet's administrators.",
		"share":         "Share in the channel",
		"shared_by":     "Shared by <@%s>",
		"gone":          "This answer is no longer available: ask the question again.",
		"moved_on":      "This button answered an earlier question: the conversation has moved on since. For the current question, choose below.",
		"moved_on_none": "This button answered an earlier question, which is no longer open. Ask the question again.",
		"citizen":       "Version to give the citizen",
		"details":       "For the counter",
		"thanks":        "Thank you for your feedback!",
	},
	knowledge.NL: {
		"apology":       "Sorry, door een fout kan ik dit bericht niet beantwoorden. Probeer opnieuw of herformuleer de vraag.",
		"busy":          "Guichet krijgt nu te veel vragen: stel de uwe over een minuut opnieuw.",
		"slow_down":     "Veel vragen in korte tijd: wacht een minuut voor de volgende, alstublieft.",
		"help":          "Stel een vraag over de Franse identiteitskaart, France Identité, de digitale sleutel in Brussel of de Franse nationaliteit: `/guichet <vraag>`, een vermelding van Guichet in een kanaal, of een direct bericht. Beheerders hebben ook `/guichet admin feedback` en `/guichet admin stats`.",
		"not_here":      "Guichet is niet open in dit kanaal of deze werkruimte. Vraag de beheerder om het toe te voegen.",
		"not_admin":     "Dit commando is voor de beheerders van Guichet.",
		"share":         "Delen in het kanaal",
		"shared_by":     "Gedeeld door <@%s>",
		"gone":          "Dit antwoord is niet meer beschikbaar: stel de vraag opnieuw.",
		"moved_on":      "Deze knop hoorde bij een eerdere vraag: het gesprek is intussen verder gegaan. Kies hieronder voor de huidige vraag.",
		"moved_on_none": "Deze knop hoorde bij een eerdere vraag, die niet meer open staat. Stel de vraag opnieuw.",
		"citizen":       "Versie voor de burger",
		"details":       "Voor het loket",
		"thanks":        "Bedankt voor uw feedback!",
	},
}

// say is a sentence of the adapter in lang, French when lang has none.
func say(lang knowledge.Lang, key string) string {
	if s, ok := texts[lang][key]; ok {
		return s
	}
	return texts[knowledge.FR][key]
}

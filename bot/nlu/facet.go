package nlu

import "github.com/guichet/guichet/knowledge"

// MinMajority is the share of the topic's probability above which the likeliest facet is the
// question whatever facet the message's words name.
const MinMajority = 0.5

// MinCuedFacet is the least share of the likeliest facet's probability a facet the message's own
// words name must have to be preferred to it.
const MinCuedFacet = 0.4

// Cued returns the facet of topic a message asks: best, whose probability is score of the topic's
// inTopic, unless best has no majority and the message's words name another facet the examples
// find nearly as likely ("les horaires de la mairie pour certifier mon identité" asks the hours,
// not the place).
func (p *Parse) Cued(topic knowledge.Topic, best string, score, inTopic float64) string {
	if (p.Form == FormHowMuch && p.PriceNamed || p.Form == FormYesNo && p.FreeAsked) && best != string(Payment) {
		// "…je suis allée au commissariat lundi. Combien ça va me coûter de refaire ma carte ?":
		// a price asked in so many words is the question, whatever the story before it.
		for _, x := range p.Predictions {
			if x.Label == string(topic)+"."+string(Fee) {
				return string(Fee)
			}
		}
	}
	if p.Form == FormWhere && best != string(Where) && p.Has(Where) && topic == knowledge.TopicCNI && p.Slots.Abroad != nil && *p.Slots.Abroad {
		// "…ik woon in Elsene. Mijn Franse identiteitskaart is verlopen. Waar moet ik die
		// vernieuwen?": where, asked in so many words by one who lives abroad, whose place the
		// examples of another country's topic hardly know.
		return string(Where)
	}
	if p.Form == FormWhere && best != string(Where) {
		// "…ma carte est périmée, où est-ce que je peux la refaire ?": the place asked in so
		// many words is the question, when the examples find it nearly as likely.
		for _, x := range p.Predictions {
			if x.Label == string(topic)+"."+string(Where) && x.Score >= MinCuedFacet*score {
				return string(Where)
			}
		}
	}
	if p.Form == FormYesNo && len(p.Intents) == 1 && string(p.Intents[0]) != best {
		// "j'ai eu le SMS que sa carte est arrivée… il doit venir avec moi pour la récupérer ?":
		// a yes or a no on the one facet the words name, when the examples find it nearly as
		// likely as the story's.
		label := string(topic) + "." + string(p.Intents[0])
		for _, x := range p.Predictions {
			if x.Label == label && x.Score >= MinCuedFacet*score {
				return string(p.Intents[0])
			}
		}
	}
	if inTopic > 0 && score/inTopic >= MinMajority {
		return best
	}
	for _, in := range p.Intents {
		if topic == knowledge.TopicIdentite && (in == Documents || in == Fingerprints) {
			in = Steps // what to bring for France Identité, and its fingerprints, are in its steps
		}
		if string(in) == best {
			return best
		}
		label := string(topic) + "." + string(in)
		for _, x := range p.Predictions {
			if x.Label == label && x.Score >= MinCuedFacet*score {
				return string(in)
			}
		}
	}
	return best
}

// Told returns the facet a message asks, given the facts it tells: the validity of France
// Identité's certification is not the question of someone who tells their card's format or date
// ("mon ancienne carte plastifiée, valable jusqu'en 2030, marche pour France Identité ?", "faite en
// mars 2022, elle marche pour la certification ?", "et si je fais la mise à jour en iOS 17 ?"):
// whether they can have it is.
func (p *Parse) Told(topic knowledge.Topic, facet string) string {
	if topic == knowledge.TopicIdentite && facet == string(Validity) && (p.Slots.CardFormat != "" || p.Slots.IssueYear != 0 || p.Slots.IssueDate != "" ||
		p.Slots.PhoneOS != "" || p.Slots.PhoneVersion != 0) {
		return string(Eligibility)
	}
	if topic == knowledge.TopicIdentite && (facet == string(Where) || facet == string(What) || facet == string(Uses) || facet == string(Steps)) && p.Form != FormWhere && p.Form != FormWhat &&
		(p.Slots.IssueYear != 0 && p.Slots.IssueYear < 2021 || p.Slots.CardFormat == knowledge.Plastic) {
		// "l'appli me demande de lire ma carte, ça ne marche pas… ma carte date de 2015", "ma
		// carte date de 2015, je peux faire ma procuration avec ?": a card older than the format
		// the app reads; whether one can have it is the question.
		return string(Eligibility)
	}
	if topic == knowledge.TopicIdentite && facet == string(Where) && p.Has(Documents) && p.Form != FormWhere {
		// "qu'est-ce que je dois amener au rdv en mairie ?": what to bring, in the steps.
		return string(Steps)
	}
	if topic == knowledge.TopicCNI && p.Form == FormYesNo && (p.Slots.AgeMonths != nil || p.Slots.AgeMonthsAtLeast != nil) &&
		(facet == string(Where) || facet == string(Documents) || facet == string(Validity)) {
		// "des photos faites en avril, elles sont encore bonnes pour mon rendez-vous du 15
		// décembre ?": a dated photo or proof asked as still good is the question, not the
		// appointment's place. (A price or a presence asked stays the question.)
		for _, in := range p.Intents {
			if in == Photo || in == ProofAddress {
				return string(in)
			}
		}
	}
	return facet
}

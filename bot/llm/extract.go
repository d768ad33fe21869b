package llm

import (
	"context"
	"encoding/json"
	"slices"
	"strings"

	"github.com/sashabaranov/go-openai"

	"github.com/guichet/guichet/bot"
	"github.com/guichet/guichet/bot/nlu"
	"github.com/guichet/guichet/knowledge"
	"github.com/guichet/guichet/knowledge/rules"
)

// slotsJSON is what a model without tools answers: the facts of the message.
type slotsJSON struct {
	Topic           string   `json:"topic"`
	Intent          string   `json:"intent"`
	Application     string   `json:"application"`
	Holder          string   `json:"holder"`
	CardFormat      string   `json:"card_format"`
	IssueDate       string   `json:"issue_date"`
	PrintedEnd      string   `json:"printed_end"`
	Age             *int     `json:"age"`
	PhoneOS         string   `json:"phone_os"`
	PhoneVersion    int      `json:"phone_version"`
	Commune         string   `json:"commune"`
	OutsideBrussels *bool    `json:"outside_brussels"`
	CardType        string   `json:"card_type"`
	Situations      []string `json:"situations"`
	Abroad          *bool    `json:"abroad"`
	Years           int      `json:"years"`
	Place           string   `json:"place"`
}

// extract asks the model, in JSON mode, for the facts of a message Guichet did not understand.
// A draft needs nothing from a model without tools: Guichet's answer goes out as it is.
func (m *Model) extract(ctx context.Context, t bot.ModelTurn) (bot.ModelResult, error) {
	var res bot.ModelResult
	if t.Draft != nil {
		return res, nil
	}
	var triggers []string
	for _, r := range m.kb.Nationality.Routes {
		for _, tr := range r.Triggers {
			if !slices.Contains(triggers, tr) {
				triggers = append(triggers, tr)
			}
		}
	}
	prompt := strings.Replace(extractPrompt, "SITUATIONS", strings.Join(triggers, "|"), 1)
	req := openai.ChatCompletionRequest{Model: m.cfg.Model, MaxCompletionTokens: m.cfg.MaxTokens,
		ResponseFormat: &openai.ChatCompletionResponseFormat{Type: openai.ChatCompletionResponseFormatTypeJSONObject},
		Messages: []openai.ChatCompletionMessage{
			{Role: openai.ChatMessageRoleSystem, Content: prompt},
			{Role: openai.ChatMessageRoleUser, Content: question(t)},
		}}
	retried := false
	msg, finish, usage, err := m.complete(ctx, req, &retried)
	res.Usage = bot.ModelUsage{PromptTokens: usage.PromptTokens, CompletionTokens: usage.CompletionTokens}
	if err != nil {
		return res, err
	}
	if msg.Refusal != "" || finish == openai.FinishReasonContentFilter {
		return res, fail("refused", nil)
	}
	var s slotsJSON
	if err := json.Unmarshal([]byte(jsonObject(msg.Content)), &s); err != nil {
		return res, fail("bad_json", err)
	}
	if s.Topic == "" {
		return res, nil
	}
	u := m.understanding(s)
	res.Understanding = &u
	return res, nil
}

// jsonObject cuts the JSON object out of a reply that wraps it in text or a code fence.
func jsonObject(s string) string {
	i, j := strings.Index(s, "{"), strings.LastIndex(s, "}")
	if i < 0 || j < i {
		return s
	}
	return s[i : j+1]
}

// understanding keeps the values of s that are among the ones Guichet knows; the core checks the
// rest (numbers said in the message, the topic's questions).
func (m *Model) understanding(s slotsJSON) bot.Understanding {
	pick := func(v string, enum []string) string {
		if slices.Contains(enum, v) {
			return v
		}
		return ""
	}
	u := bot.Understanding{Topic: knowledge.Topic(s.Topic), Intent: nlu.Intent(s.Intent)}
	sl := &u.Slots
	sl.Application = knowledge.Application(pick(s.Application, applications))
	sl.Holder = knowledge.Holder(pick(s.Holder, holders))
	sl.CardFormat = knowledge.CardFormat(pick(s.CardFormat, formats))
	sl.CardType = knowledge.CardType(pick(s.CardType, cardTypes))
	sl.PhoneOS = pick(s.PhoneOS, []string{"ios", "android"})
	sl.IssueDate, sl.PrintedEnd = s.IssueDate, s.PrintedEnd
	sl.PhoneVersion, sl.Years, sl.Age = s.PhoneVersion, s.Years, s.Age
	if s.Commune != "" {
		if c, ok := rules.CommuneByName(m.kb, s.Commune); ok {
			sl.Commune = c.ID
		}
	}
	sl.OutsideBX, sl.Abroad = s.OutsideBrussels, s.Abroad
	for _, r := range m.kb.Nationality.Routes {
		for _, tr := range r.Triggers {
			if slices.Contains(s.Situations, tr) && !slices.Contains(sl.Situations, tr) {
				sl.Situations = append(sl.Situations, tr)
			}
		}
	}
	if len(rules.OfficeByCommune(m.kb, s.Place)) > 0 {
		sl.Place = s.Place
	}
	return u
}

package slack_test

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	slackapi "github.com/slack-go/slack"

	"github.com/guichet/guichet/adapters/internal/apitest"
	"github.com/guichet/guichet/adapters/slack"
	"github.com/guichet/guichet/bot"
	"github.com/guichet/guichet/knowledge"
)

var update = flag.Bool("update", false, "rewrite the golden files of rendered messages")

// TestRenderGolden keeps the Block Kit messages Slack shows for the fixed questions (the same as
// Telegram's) in testdata/render.golden, so that a change of layout is seen in review; each
// message is also within Slack's limits.
func TestRenderGolden(t *testing.T) {
	var out strings.Builder
	for i, r := range apitest.Replies(t) {
		msgs := slack.Render(r, slack.Controls{Conversation: fmt.Sprintf("slack:T1:C1:%d", i), Channel: "C1"})
		checkLimits(t, msgs)
		b, err := json.MarshalIndent(msgs, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&out, "=== %s\n%s\n", apitest.RenderQuestions[i], b)
	}
	apitest.Golden(t, "render.golden", []byte(out.String()), *update)
}

// TestRenderStaffGolden keeps the Block Kit messages town-hall staff get for the fixed questions
// (Slack answers staff) in testdata/render_staff.golden, and checks the staff layout on them: an
// answer leads with its own first line; the counter's sections say who must come and what Guichet
// assumed; the rules applied and the sources are small print (context blocks).
func TestRenderStaffGolden(t *testing.T) {
	var out strings.Builder
	seen := map[string]bool{}
	for i, r := range apitest.StaffReplies(t) {
		q := apitest.RenderQuestions[i]
		msgs := slack.Render(r, slack.Controls{Conversation: fmt.Sprintf("slack:T1:C1:%d", i), Channel: "C1"})
		checkLimits(t, msgs)
		if r.Kind == bot.Answer && len(r.Blocks) > 0 && r.Blocks[0].Text != "" {
			lead, ok := msgs[0].Blocks[0].(*slackapi.SectionBlock)
			if !ok || !strings.HasPrefix(lead.Text.Text, slack.Escape(r.Blocks[0].Text)) {
				t.Errorf("%q: the staff message does not lead with the answer's first line %q", q, r.Blocks[0].Text)
			}
		}
		small, counter, _ := slackTexts(msgs)
		for _, w := range []string{"Qui doit venir", "Ce qui a été supposé"} {
			if strings.Contains(counter, w) {
				seen[w] = true
			}
		}
		for _, d := range r.Details {
			if d.Reasoning && len(d.Blocks) > 0 && len(d.Blocks[0].Items) > 0 && strings.Contains(small, slack.Escape(d.Blocks[0].Items[0])) {
				seen["rules applied in small print"] = true
			}
		}
		if len(r.Sources) > 0 && strings.Contains(small, r.Sources[0].URL) {
			seen["sources in small print"] = true
		}
		b, err := json.MarshalIndent(msgs, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&out, "=== %s\n%s\n", q, b)
	}
	for _, w := range []string{"Qui doit venir", "Ce qui a été supposé", "rules applied in small print", "sources in small print"} {
		if !seen[w] {
			t.Errorf("no staff message of the fixed questions shows %q", w)
		}
	}
	apitest.Golden(t, "render_staff.golden", []byte(out.String()), *update)
}

// TestReplyLengths measures the staff answers to the fixed questions as Slack shows them (the
// counter's message, and within it the citizen's copy): characters, lines, sources listed, the
// share of characters the sources take, and blocks. The citizen's copy names at most three sources
// and carries none of the counter's sections (the rules applied, what Guichet assumed, which source
// it follows). `make lengths` (or go test -v -run TestReplyLengths) prints the figures.
func TestReplyLengths(t *testing.T) {
	staff := apitest.Lengths{Network: "slack staff message"}
	citizen := apitest.Lengths{Network: "slack citizen copy"}
	for i, r := range apitest.StaffReplies(t) {
		q := apitest.RenderQuestions[i]
		if r.Kind != bot.Answer {
			continue
		}
		msgs := slack.Render(r, slack.Controls{Conversation: "c", Channel: "C1"})
		small, counter, copy := slackTexts(msgs)
		blocks := 0
		for _, m := range msgs {
			blocks += len(m.Blocks)
		}
		title := bot.SourcesTitle(r.Lang)
		staff.Add(counter+small+copy, small[max(0, strings.LastIndex(small, "*"+slack.Escape(title))):], len(r.Sources), blocks)
		copy = strings.Trim(copy, "`")
		src := ""
		if at := strings.LastIndex(copy, title); at >= 0 {
			src = copy[at:]
		}
		n := strings.Count(src, "\n  - ")
		if n > 3 {
			t.Errorf("%q: the citizen's copy names %d sources; want at most 3", q, n)
		}
		citizen.Add(copy, src, n, 0)
		lower := strings.ToLower(copy)
		for _, d := range r.Details {
			if (d.Reasoning || d.CounterOnly) && strings.Contains(lower, strings.ToLower(slack.Escape(d.Title))) {
				t.Errorf("%q: the citizen's copy carries the counter's section %q", q, d.Title)
			}
		}
		for _, note := range r.Notes {
			if strings.Contains(copy, slack.Escape(note[:min(len(note), 40)])) {
				t.Errorf("%q: the citizen's copy carries the note %q", q, note)
			}
		}
	}
	if staff.Answers() < 10 {
		t.Fatalf("only %d answers among the questions", staff.Answers())
	}
	t.Log(staff.String())
	t.Log(citizen.String())
}

// checkLimits fails on anything in msgs that Slack would refuse.
func checkLimits(t *testing.T, msgs []slack.Message) {
	t.Helper()
	for i, m := range msgs {
		if n := len(m.Blocks); n == 0 || n > slack.MaxBlocks {
			t.Errorf("message %d has %d blocks", i, n)
		}
		ids := map[string]bool{}
		for _, b := range m.Blocks {
			switch b := b.(type) {
			case *slackapi.SectionBlock:
				if n := utf8.RuneCountInString(b.Text.Text); n > slack.MaxSectionText {
					t.Errorf("section of %d characters", n)
				}
			case *slackapi.HeaderBlock:
				if n := utf8.RuneCountInString(b.Text.Text); n > slack.MaxHeaderText {
					t.Errorf("header of %d characters", n)
				}
			case *slackapi.ContextBlock:
				for _, e := range b.ContextElements.Elements {
					if tx, ok := e.(*slackapi.TextBlockObject); ok && utf8.RuneCountInString(tx.Text) > slack.MaxContextText {
						t.Errorf("context element of %d characters", utf8.RuneCountInString(tx.Text))
					}
				}
			case *slackapi.ActionBlock:
				for _, e := range b.Elements.ElementSet {
					btn := e.(*slackapi.ButtonBlockElement)
					if utf8.RuneCountInString(btn.Text.Text) > slack.MaxButtonText || len(btn.Value) > slack.MaxButtonValue || len(btn.ActionID) > slack.MaxActionID {
						t.Errorf("button over the limits: %+v", btn)
					}
					if ids[btn.ActionID] {
						t.Errorf("action id %s twice in a message", btn.ActionID)
					}
					ids[btn.ActionID] = true
				}
			}
		}
	}
}

func allText(msgs []slack.Message) string {
	var b strings.Builder
	for _, m := range msgs {
		for _, bl := range m.Blocks {
			switch bl := bl.(type) {
			case *slackapi.SectionBlock:
				b.WriteString(bl.Text.Text + "\n")
			case *slackapi.HeaderBlock:
				b.WriteString(bl.Text.Text + "\n")
			case *slackapi.ContextBlock:
				for _, e := range bl.ContextElements.Elements {
					if tx, ok := e.(*slackapi.TextBlockObject); ok {
						b.WriteString(tx.Text + "\n")
					}
				}
			case *slackapi.ActionBlock:
				for _, e := range bl.Elements.ElementSet {
					b.WriteString("[" + e.(*slackapi.ButtonBlockElement).Text.Text + "]\n")
				}
			}
		}
	}
	return b.String()
}

func TestRenderStaffReply(t *testing.T) {
	src := knowledge.Source{Publisher: "Service-public.gouv.fr", Title: "Carte d'identité", URL: "https://www.service-public.gouv.fr/particuliers/vosdroits/F1341"}
	r := bot.Reply{Kind: bot.Answer, Lang: knowledge.FR, Topic: knowledge.TopicCNI,
		Blocks:  []bot.Block{{Kind: bot.Paragraph, Text: "Réponse <courte> & claire"}},
		Notes:   []string{"Une source dit autre chose."},
		Details: []bot.Section{{Title: "Pièces à fournir", Blocks: []bot.Block{{Kind: bot.List, Text: "Apporter :", Items: []string{"photo", "justificatif de domicile"}}}}, {Title: "Règle appliquée", Blocks: []bot.Block{{Kind: bot.Paragraph, Text: "Article X"}}}},
		Sources: []knowledge.Source{src}}
	msgs := slack.Render(r, slack.Controls{Conversation: "slack:T1:C1:U1", Channel: "C1", Share: true})
	checkLimits(t, msgs)
	if len(msgs) != 1 {
		t.Fatalf("%d messages for a short reply", len(msgs))
	}
	text := allText(msgs)
	order := []string{"Réponse &lt;courte&gt; &amp; claire", "Une source dit autre chose.", "Pièces à fournir", "• justificatif de domicile", "Règle appliquée",
		"<https://www.service-public.gouv.fr/particuliers/vosdroits/F1341|", "Version à donner à l'usager", "```Réponse &lt;courte&gt; &amp; claire", "[Partager dans le canal]", "[👍]", "[👎]"}
	at := 0
	for _, w := range order {
		i := strings.Index(text[at:], w)
		if i < 0 {
			t.Fatalf("lacks %q after position %d:\n%s", w, at, text)
		}
		at += i
	}
	if citizen := text[strings.Index(text, "Version à donner"):]; !strings.Contains(citizen, "PIÈCES À FOURNIR") || !strings.Contains(citizen, "• justificatif de domicile") {
		t.Errorf("the citizen's version lacks the checklist:\n%s", citizen)
	}
	if shared := allText(slack.Render(r, slack.Controls{})); strings.Contains(shared, "[") {
		t.Errorf("a shared copy has buttons:\n%s", shared)
	}
}

func TestRenderSplitsLongRepliesWithinSlackLimits(t *testing.T) {
	var items []string
	for i := 0; i < 600; i++ {
		items = append(items, fmt.Sprintf("élément <%d> & suite", i))
	}
	var sections []bot.Section
	for i := 0; i < 60; i++ {
		sections = append(sections, bot.Section{Title: strings.Repeat("Titre très long ", 20), Blocks: []bot.Block{{Kind: bot.Paragraph, Text: fmt.Sprintf("détail %d", i)}}})
	}
	var options []bot.Option
	for i := 0; i < 30; i++ {
		options = append(options, bot.Option{Label: strings.Repeat("Option au libellé interminable ", 5), Value: fmt.Sprint(i)})
	}
	long := strings.Repeat("mot ", 2000)
	tests := []struct {
		name  string
		reply bot.Reply
		want  []string
	}{
		{"long list", bot.Reply{Kind: bot.Answer, Blocks: []bot.Block{{Kind: bot.Paragraph, Text: "Intro"}, {Kind: bot.List, Text: "Liste", Items: items}, {Kind: bot.Paragraph, Text: "Fin"}}},
			[]string{"élément &lt;599&gt; &amp; suite", "Intro", "Fin"}},
		{"many details", bot.Reply{Kind: bot.Answer, Blocks: []bot.Block{{Kind: bot.Paragraph, Text: "Intro"}}, Details: sections}, []string{"détail 59"}},
		{"one long paragraph and note", bot.Reply{Kind: bot.Answer, Blocks: []bot.Block{{Kind: bot.Paragraph, Text: long}}, Notes: []string{long}}, []string{"mot mot"}},
		{"many options", bot.Reply{Kind: bot.Clarify, Blocks: []bot.Block{{Kind: bot.Paragraph, Text: "Laquelle ?"}}, Options: options}, []string{"Option au libellé"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			msgs := slack.Render(tc.reply, slack.Controls{Conversation: "slack:T1:D1", Channel: "D1"})
			checkLimits(t, msgs)
			text := allText(msgs)
			for _, w := range tc.want {
				if !strings.Contains(text, w) {
					t.Errorf("lacks %q", w)
				}
			}
			for i, m := range msgs[:len(msgs)-1] {
				for _, b := range m.Blocks {
					if _, ok := b.(*slackapi.ActionBlock); ok {
						t.Errorf("buttons in message %d of %d; want them last", i+1, len(msgs))
					}
				}
			}
			if tc.name == "many options" && strings.Count(text, "[") != len(options) {
				t.Errorf("%d buttons; want %d", strings.Count(text, "["), len(options))
			}
		})
	}
}

// TestStaffLayout: for town-hall staff, the rules applied and the sources are small print
// (context blocks) after the facts, and the citizen's copy leaves the rules out and names at most
// three sources.
func TestStaffLayout(t *testing.T) {
	r := staffAnswer(t, "l'usager a perdu sa carte d'identité, il est majeur, que doit-il apporter ?")
	var reasoning *bot.Section
	for i := range r.Details {
		if r.Details[i].Reasoning {
			reasoning = &r.Details[i]
		}
	}
	if r.Kind != bot.Answer || reasoning == nil || len(r.Sources) <= 3 {
		t.Fatalf("want a staff answer with its rules applied and more than 3 sources; got %s, details %+v, %d sources", r.Kind, r.Details, len(r.Sources))
	}
	if len(r.Notes) == 0 {
		// Which source Guichet follows, where sources disagree: for the counter only.
		r.Notes = []string{"Guichet suit la source nationale ; une fiche municipale indique autre chose."}
	}
	msgs := slack.Render(r, slack.Controls{Conversation: "c", Channel: "C1"})
	checkLimits(t, msgs)
	small, _, c := slackTexts(msgs)
	if !strings.Contains(small, bot.SourcesTitle(r.Lang)) || !strings.Contains(small, r.Sources[0].URL) {
		t.Errorf("sources not in small print:\n%s", small)
	}
	if first := reasoning.Blocks[0]; len(first.Items) > 0 && !strings.Contains(small, first.Items[0][:20]) {
		t.Errorf("rules applied not in small print:\n%s", small)
	}
	if c == "" || strings.Contains(strings.ToLower(c), strings.ToLower(reasoning.Title)) {
		t.Errorf("citizen's copy missing or with the rules applied:\n%s", c)
	}
	for _, n := range r.Notes {
		if strings.Contains(c, n[:min(len(n), 30)]) {
			t.Errorf("citizen's copy carries the note %q", n)
		}
	}
	if n := strings.Count(c, "\n  - "); n == 0 || n > 3 {
		t.Errorf("citizen's copy names %d sources; want 1 to 3:\n%s", n, c)
	}
}

// TestStaffAssumptionsForCounterOnly: what Guichet assumed of the situation (an adult, from
// "l'usager" alone) is shown to the counter and left out of the citizen's copy.
func TestStaffAssumptionsForCounterOnly(t *testing.T) {
	r := staffAnswer(t, "l'usager a perdu sa carte d'identité, combien ?")
	msgs := slack.Render(r, slack.Controls{Conversation: "c", Channel: "C1"})
	checkLimits(t, msgs)
	_, staff, citizen := slackTexts(msgs)
	if s := staff; !strings.Contains(s, "Ce qui a été supposé") || !strings.Contains(s, "supposé majeur") || !strings.Contains(s, "Qui doit venir") {
		t.Errorf("the counter's message lacks who must come or what was assumed:\n%s", s)
	}
	if c := citizen; c == "" || strings.Contains(c, "supposé") || !strings.Contains(strings.ToLower(c), "qui doit venir") {
		t.Errorf("the citizen's copy should say who must come and not what was assumed:\n%s", c)
	}
}

// staffAnswer is the core's answer to a first question from town-hall staff.
func staffAnswer(t *testing.T, text string) bot.Reply {
	t.Helper()
	kb, err := knowledge.Load(knowledge.Embedded())
	if err != nil {
		t.Fatal(err)
	}
	r, err := bot.New(kb, bot.NewMemoryStore()).Handle(context.Background(), bot.Message{ConversationID: "s", UserID: "u", Audience: bot.Staff,
		Text: text, Time: apitest.RenderTime})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// slackTexts returns the texts of rendered messages: the small print (context blocks), the
// headers and sections for the counter, and the citizen's copy (the sections in a code block).
func slackTexts(msgs []slack.Message) (small, counter, citizen string) {
	var sm, co, ci strings.Builder
	for _, m := range msgs {
		for _, bl := range m.Blocks {
			switch bl := bl.(type) {
			case *slackapi.ContextBlock:
				for _, e := range bl.ContextElements.Elements {
					if tx, ok := e.(*slackapi.TextBlockObject); ok {
						sm.WriteString(tx.Text + "\n")
					}
				}
			case *slackapi.HeaderBlock:
				co.WriteString(bl.Text.Text + "\n")
			case *slackapi.SectionBlock:
				if strings.HasPrefix(bl.Text.Text, "```") {
					ci.WriteString(bl.Text.Text)
				} else {
					co.WriteString(bl.Text.Text + "\n")
				}
			}
		}
	}
	return sm.String(), co.String(), ci.String()
}

package slack_test

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/guichet/guichet/adapters/internal/apitest"
	"github.com/guichet/guichet/adapters/slack"
)

// posted is the blocks of the n-th message posted with chat.postMessage (from 1), once it is.
func (e *env) posted(n int) string {
	e.api.WaitFor(fmt.Sprintf("message %d", n), func() bool { return len(e.api.Sent("chat.postMessage")) >= n })
	return unescapeJSON(e.api.Sent("chat.postMessage")[n-1].Params["blocks"])
}

// pressOption presses the option labelled label among blocks, as Slack sends it: with the
// button's text and, for a message that is not ephemeral, the message itself.
func (e *env) pressOption(t testing.TB, blocks, label, channel string, ephemeral bool) {
	t.Helper()
	value, id := buttonValue(t, blocks, "label:"+label), actionIDOf(t, blocks, label)
	message := ""
	if !ephemeral {
		message = fmt.Sprintf(`"message":{"type":"message","user":"UBOT","ts":"1700000000.000009","text":"q","blocks":%s},`, blocks)
	}
	payload := fmt.Sprintf(`{"type":"block_actions","team":{"id":"T1"},"user":{"id":"U1"},"channel":{"id":%q},"trigger_id":"trig-3",
		"response_url":%q,"container":{"type":"message","channel_id":%q,"is_ephemeral":%t},%s
		"actions":[{"type":"button","action_id":%q,"block_id":"b","value":%q,"text":{"type":"plain_text","text":%q},"action_ts":"1"}]}`,
		channel, e.api.responseURL("press"), channel, ephemeral, message, id, value, label)
	if code, _ := e.post(t, "/slack/interactions", "payload="+urlEscape(payload), form, time.Now(), nil); code != 200 {
		t.Fatalf("press %q: %d", label, code)
	}
}

// replaced is the n-th message sent in place of a pressed one (from 1), once it is.
func (e *env) replaced(n int) string {
	var got []string
	e.api.WaitFor(fmt.Sprintf("replaced message %d", n), func() bool {
		got = got[:0]
		for _, c := range e.api.Sent("response_url") {
			if c.Params["replace_original"] == "true" {
				got = append(got, unescapeJSON(c.Params["blocks"]))
			}
		}
		return len(got) >= n
	})
	return got[n-1]
}

// TestPressShowsTheChoice presses an option in a direct message (Slack sends the message with the
// press) and in a private /guichet answer (it does not): in both, the question's message is
// replaced by the same question with "✓ <label>" where its options were.
func TestPressShowsTheChoice(t *testing.T) {
	tests := []struct {
		name, question, label, answer string
		command                       bool
	}{
		{name: "direct message", question: "combien coûte une clé numérique ?", label: "Ixelles", answer: "Ixelles (votre commune) : 5 €"},
		{name: "private answer to /guichet", question: "quels papiers pour une carte d'identité ?", label: "Perte", answer: "perte", command: true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := start(t, slack.Config{}, false, "", 0)
			var blocks, channel string
			if tc.command {
				channel = "C1"
				_, body := e.command(t, "T1", channel, "U1", tc.question)
				var m struct {
					Blocks json.RawMessage `json:"blocks"`
				}
				if err := json.Unmarshal([]byte(body), &m); err != nil {
					t.Fatalf("answer %q: %v", body, err)
				}
				blocks = unescapeJSON(string(m.Blocks))
			} else {
				channel = "D1"
				e.event(t, "EvC", "T1", direct(channel, "U1", "1700000005.000100", tc.question), nil)
				blocks = e.posted(1)
			}
			question := strings.SplitN(allTexts(t, blocks), "\n", 2)[0]
			e.pressOption(t, blocks, tc.label, channel, tc.command)
			got := e.replaced(1)
			if !strings.Contains(got, "✓ "+tc.label) || !strings.Contains(got, question) {
				t.Errorf("the question's message, once %q is pressed, lacks the question %q or ✓ %s:\n%s", tc.label, question, tc.label, got)
			}
			if strings.Contains(got, "guichet:opt:") {
				t.Errorf("the question's message keeps its options once one is pressed:\n%s", got)
			}
			// The answer follows, where the question was.
			var answer string
			if tc.command {
				e.api.WaitFor("the answer", func() bool { return len(e.answers()) >= 1 })
				answer = unescapeJSON(e.answers()[0].Params["blocks"])
			} else {
				answer = e.posted(2)
			}
			if !strings.Contains(answer, tc.answer) {
				t.Errorf("the answer after %q lacks %q:\n%s", tc.label, tc.answer, answer)
			}
		})
	}
}

// allTexts is the texts of a message's sections, one a line.
func allTexts(t testing.TB, blocks string) string {
	t.Helper()
	var bs []struct {
		Type string `json:"type"`
		Text struct {
			Text string `json:"text"`
		} `json:"text"`
	}
	if err := json.Unmarshal([]byte(blocks), &bs); err != nil {
		t.Fatalf("blocks: %v", err)
	}
	var lines []string
	for _, b := range bs {
		if b.Type == "section" {
			lines = append(lines, b.Text.Text)
		}
	}
	return strings.Join(lines, "\n")
}

// TestStaleButtonsOnSlack presses an option of a question left behind in a direct message: a
// value that stands alone is asked as a new message; another one says the question has moved on
// and offers the options of the question in progress, if there is one, whose buttons work.
func TestStaleButtonsOnSlack(t *testing.T) {
	tests := append(apitest.StaleCases(),
		apitest.StaleCase{Name: "after nouveau cas", First: "combien coûte une clé numérique ?", Label: "Ixelles", Then: "nouveau cas",
			Want: []string{"la conversation a avancé"}, Absent: []string{"Je ne peux pas répondre"}, Option: "Clé numérique (Bruxelles)", Answer: "clé numérique"},
		apitest.StaleCase{Name: "a value that stands alone", First: "combien coûte une carte d'identité ?", Label: "Perte", Then: "combien coûte une clé numérique ?",
			Want: []string{"perte"}, Absent: []string{"question précédente", "Je ne peux pas répondre"}},
	)
	for i, tc := range tests {
		t.Run(tc.Name, func(t *testing.T) {
			clk := apitest.NewClock()
			e := start(t, slack.Config{Now: clk.Now}, false, "", 0)
			channel := fmt.Sprintf("D%d", 10+i)
			e.event(t, "Ev1", "T1", direct(channel, "U1", "1700000006.000100", tc.First), nil)
			old := e.posted(1)
			n := 1
			if tc.Then != "" {
				e.event(t, "Ev2", "T1", direct(channel, "U1", "1700000006.000200", tc.Then), nil)
				n++
				e.posted(n)
			}
			clk.Advance(tc.Wait)
			e.pressOption(t, old, tc.Label, channel, false)
			n++
			got := e.posted(n)
			tc.Check(t, got)
			if tc.Option == "" {
				if strings.Contains(got, "guichet:opt:") && tc.Wait > 0 {
					t.Errorf("options offered with no question in progress:\n%s", got)
				}
				return
			}
			e.pressOption(t, got, tc.Option, channel, false)
			n++
			if answer := e.posted(n); !strings.Contains(answer, tc.Answer) {
				t.Errorf("the offered %q button brings:\n%s\nwant %q", tc.Option, answer, tc.Answer)
			}
		})
	}
}

// threadMention is an app_mention posted in the thread of thread.
func threadMention(channel, user, ts, thread, text string) string {
	return fmt.Sprintf(`{"type":"app_mention","user":%q,"text":"<@UBOT> %s","ts":%q,"thread_ts":%q,"channel":%q,"event_ts":%q}`, user, text, ts, thread, channel, ts)
}

// TestThreadIsOneCase: the mentions of one thread continue its case; a new mention outside it and
// a /guichet start new cases.
func TestThreadIsOneCase(t *testing.T) {
	e := start(t, slack.Config{}, false, "", 0)
	const thread = "1700000007.000100"
	steps := []struct {
		name, inner string
		want        string
		absent      string
	}{
		{"a case opens with a mention", mention("C1", "U1", thread, "perte carte d'identité majeur, combien ?"), "25 €", ""},
		{"a mention in its thread continues it", threadMention("C1", "U2", "1700000007.000200", thread, "quels papiers ?"), "perte", "Première demande"},
		{"a mention outside the thread is a new case", mention("C1", "U1", "1700000007.000300", "quels papiers pour une carte d'identité ?"), "Première demande", "Papiers à apporter pour un remplacement après une perte"},
	}
	for i, s := range steps {
		e.event(t, fmt.Sprintf("EvT%d", i), "T1", s.inner, nil)
		got := e.posted(i + 1)
		if !strings.Contains(got, s.want) || s.absent != "" && strings.Contains(got, s.absent) {
			t.Errorf("%s: want %q and not %q in:\n%s", s.name, s.want, s.absent, got)
		}
		if i < 2 {
			if ts := e.api.Sent("chat.postMessage")[i].Params["thread_ts"]; ts != thread {
				t.Errorf("%s: answered in thread %q; want %q", s.name, ts, thread)
			}
		}
	}
	_, body := e.command(t, "T1", "C1", "U1", "quels papiers pour une carte d'identité ?")
	if body = unescapeJSON(body); !strings.Contains(body, "Première demande") || strings.Contains(body, "remplacement après une perte") {
		t.Errorf("a /guichet after the thread is not a new case:\n%s", body)
	}
}

// TestCaseExpiresOnSlack: a direct conversation's case lasts while it goes on and ends after half
// an hour of silence (the default GUICHET_CASE_TTL), on the adapter's clock.
func TestCaseExpiresOnSlack(t *testing.T) {
	clk := apitest.NewClock()
	e := start(t, slack.Config{Now: clk.Now}, false, "", 0)
	e.event(t, "EvX1", "T1", direct("D1", "U1", "1700000008.000100", "l'usager a perdu sa carte d'identité"), nil)
	e.posted(1)
	clk.Advance(10 * time.Minute)
	e.event(t, "EvX2", "T1", direct("D1", "U1", "1700000008.000200", "ça coûte combien ?"), nil)
	if got := e.posted(2); !strings.Contains(got, "remplacement après une perte, il faut un timbre fiscal de 25 €") {
		t.Errorf("within the case, the loss is kept:\n%s", got)
	}
	clk.Advance(31 * time.Minute)
	e.event(t, "EvX3", "T1", direct("D1", "U1", "1700000008.000300", "ça coûte combien ?"), nil)
	if got := e.posted(3); strings.Contains(got, "remplacement après une perte, il faut") {
		t.Errorf("after 31 minutes of silence, the loss of the last case is still applied:\n%s", got)
	}
}

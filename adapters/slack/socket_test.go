package slack_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/guichet/guichet/adapters/slack"
)

func envelope(id, typ, payload string) string {
	return fmt.Sprintf(`{"envelope_id":%q,"type":%q,"accepts_response_payload":%t,"payload":%s}`, id, typ, typ == "slash_commands", payload)
}

func TestSocketModeAcknowledgesAndAnswersEachEnvelope(t *testing.T) {
	e := start(t, slack.Config{}, true, "", 0)
	e.api.envelopes <- envelope("env-1", "events_api", eventBody("EvS1", "T1", mention("C1", "U1", "1700000005.000100", "combien coûte une carte d'identité perdue ?")))
	e.api.WaitFor("the ack and the answer", func() bool {
		_, acked := e.api.ackOf("env-1")
		return acked && len(e.api.Sent("chat.postMessage")) >= 1
	})
	if p := e.api.Sent("chat.postMessage")[0].Params; p["thread_ts"] != "1700000005.000100" || !strings.Contains(p["blocks"], "25 €") {
		t.Errorf("answer: %v", p)
	}

	// A slash command is acknowledged with its answer when it is ready in time.
	cmd := fmt.Sprintf(`{"team_id":"T1","channel_id":"C1","user_id":"U1","command":"/guichet","text":"Combien coûte la clé numérique à Jette ?","response_url":%q,"trigger_id":"t"}`, e.api.responseURL("s1"))
	e.api.envelopes <- envelope("env-2", "slash_commands", cmd)
	e.api.WaitFor("the slash command's ack", func() bool { _, ok := e.api.ackOf("env-2"); return ok })
	ack, _ := e.api.ackOf("env-2")
	payload := fmt.Sprint(ack["payload"])
	if !strings.Contains(payload, "Jette") || !strings.Contains(payload, "ephemeral") {
		t.Errorf("slash command ack: %v", ack)
	}

	// A repeated event is acknowledged again but answered once.
	e.api.envelopes <- envelope("env-3", "events_api", eventBody("EvS1", "T1", mention("C1", "U1", "1700000005.000100", "combien coûte une carte d'identité perdue ?")))
	// Buttons arrive as interactive envelopes.
	blocks := e.api.Sent("chat.postMessage")[0].Params["blocks"]
	value := buttonValue(t, blocks, "guichet:fb:up")
	inter := fmt.Sprintf(`{"type":"block_actions","team":{"id":"T1"},"user":{"id":"U1"},"channel":{"id":"C1"},"trigger_id":"t2","response_url":%q,
		"container":{"type":"message","channel_id":"C1"},"actions":[{"type":"button","action_id":"guichet:fb:up","block_id":"b","value":%q}]}`, e.api.responseURL("s2"), value)
	e.api.envelopes <- envelope("env-4", "interactive", inter)
	e.api.WaitFor("the acks and the thanks", func() bool {
		_, a3 := e.api.ackOf("env-3")
		_, a4 := e.api.ackOf("env-4")
		return a3 && a4 && len(e.api.Sent("response_url")) >= 1
	})
	if n := len(e.api.Sent("chat.postMessage")); n != 1 {
		t.Errorf("%d answers to one event; want 1", n)
	}

	// A dropped connection is opened again, and events keep coming.
	e.api.drop <- struct{}{}
	e.api.WaitFor("a new connection", func() bool {
		e.api.mu.Lock()
		defer e.api.mu.Unlock()
		return e.api.opens >= 2
	})
	e.api.envelopes <- envelope("env-5", "events_api", eventBody("EvS2", "T1", direct("D1", "U1", "1.2", "Et à Uccle ?")))
	e.api.WaitFor("the answer after reconnecting", func() bool { return len(e.api.Sent("chat.postMessage")) >= 2 })
}

func TestSocketModeRestartsAfterAnAuthError(t *testing.T) {
	e := start(t, slack.Config{}, true, "", 0)
	// The first connection is up; make the next open fail as with a revoked token, then drop.
	e.api.mu.Lock()
	e.api.authFailures = 2
	e.api.mu.Unlock()
	e.api.drop <- struct{}{}
	e.api.WaitFor("the client restarted after the refusals", func() bool {
		e.api.mu.Lock()
		defer e.api.mu.Unlock()
		return e.api.opens >= 4 && e.api.authFailures == 0
	})
	e.api.envelopes <- envelope("env-r", "events_api", eventBody("EvR1", "T1", direct("D1", "U1", "1.3", "Combien coûte la clé numérique à Jette ?")))
	e.api.WaitFor("an answer after the restart", func() bool { return len(e.api.Sent("chat.postMessage")) >= 1 })
}

package telegram

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestMinimizeDropsNames checks that the inbox keeps no person's name: the sender's, the chat's,
// a replied message's, while what answering needs stays.
func TestMinimizeDropsNames(t *testing.T) {
	in := `{"update_id":7,"message":{"message_id":3,"date":1,"text":"ma carte ?","chat":{"id":5,"type":"private","first_name":"Amina","username":"amina75"},
		"from":{"id":5,"is_bot":false,"first_name":"Amina","last_name":"Diallo","username":"amina75","language_code":"fr"},
		"reply_to_message":{"message_id":2,"date":1,"chat":{"id":5,"type":"private"},"from":{"id":9,"is_bot":true,"first_name":"Guichet","username":"guichet_bot"}}}}`
	out := string(minimize([]byte(in)))
	for _, name := range []string{"Amina", "Diallo", "amina75"} {
		if strings.Contains(out, name) {
			t.Errorf("the recorded update still names %q: %s", name, out)
		}
	}
	var u struct {
		ID      int64 `json:"update_id"`
		Message struct {
			Text string `json:"text"`
			From struct {
				ID   int64  `json:"id"`
				Lang string `json:"language_code"`
			} `json:"from"`
			Reply struct {
				From struct {
					ID int64 `json:"id"`
				} `json:"from"`
			} `json:"reply_to_message"`
		} `json:"message"`
	}
	if err := json.Unmarshal([]byte(out), &u); err != nil {
		t.Fatal(err)
	}
	if u.ID != 7 || u.Message.Text != "ma carte ?" || u.Message.From.ID != 5 || u.Message.From.Lang != "fr" || u.Message.Reply.From.ID != 9 {
		t.Errorf("what answering needs was lost: %+v", u)
	}
	if got := string(minimize([]byte("not json"))); got != "not json" {
		t.Errorf("an unreadable update changed: %q", got)
	}
}

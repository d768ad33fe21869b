package telegram

import (
	"bytes"
	"encoding/json"
	"errors"
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

// withoutNames is what minimize must give, by the slow road: the update decoded, the personal
// fields deleted at every depth.
func withoutNames(t testing.TB, payload []byte) (any, bool) {
	t.Helper()
	v, err := decodeNumbers(payload)
	if err != nil {
		return nil, false
	}
	var strip func(any)
	strip = func(x any) {
		switch x := x.(type) {
		case map[string]any:
			for _, k := range personalFields {
				delete(x, k)
			}
			for _, c := range x {
				strip(c)
			}
		case []any:
			for _, c := range x {
				strip(c)
			}
		}
	}
	strip(v)
	return v, true
}

// decodeNumbers decodes JSON text, numbers kept as written, and rejects trailing text.
func decodeNumbers(b []byte) (any, error) {
	if !json.Valid(b) {
		return nil, errors.New("not JSON")
	}
	d := json.NewDecoder(bytes.NewReader(b))
	d.UseNumber()
	var v any
	return v, d.Decode(&v)
}

// decodedHead is the head of an update as encoding/json reads it: where readUpdate's must point.
type decodedHead struct {
	ID      int64 `json:"update_id"`
	Message *struct {
		Chat struct {
			ID int64 `json:"id"`
		} `json:"chat"`
		From *struct {
			ID int64 `json:"id"`
		} `json:"from"`
	} `json:"message"`
	CallbackQuery *struct {
		From struct {
			ID int64 `json:"id"`
		} `json:"from"`
		Message *struct {
			Chat struct {
				ID int64 `json:"id"`
			} `json:"chat"`
		} `json:"message"`
	} `json:"callback_query"`
}

// chatAndUser are the chat and sender of a decoded head, by Telegram's rules.
func (h decodedHead) chatAndUser() (chat, user int64) {
	switch {
	case h.Message != nil:
		chat = h.Message.Chat.ID
	case h.CallbackQuery != nil && h.CallbackQuery.Message != nil && h.CallbackQuery.Message.Chat.ID != 0:
		chat = h.CallbackQuery.Message.Chat.ID
	case h.CallbackQuery != nil:
		chat = h.CallbackQuery.From.ID
	}
	switch {
	case h.Message != nil && h.Message.From != nil:
		user = h.Message.From.ID
	case h.CallbackQuery != nil:
		user = h.CallbackQuery.From.ID
	}
	return chat, user
}

// checkHead compares the head readUpdate reads with encoding/json's, where that decodes.
func checkHead(t *testing.T, in string) {
	t.Helper()
	var want decodedHead
	if json.Unmarshal([]byte(in), &want) != nil {
		return
	}
	_, got, ok := readUpdate([]byte(in))
	if !ok {
		t.Fatalf("readUpdate(%q) refused an update encoding/json reads", in)
	}
	wc, wu := want.chatAndUser()
	if got.ID != want.ID || got.chat() != wc || got.user() != wu {
		t.Errorf("readUpdate(%q): id %d, chat %d, user %d; want %d, %d, %d", in, got.ID, got.chat(), got.user(), want.ID, wc, wu)
	}
}

// checkMinimize compares minimize with the slow road on one payload.
func checkMinimize(t *testing.T, in string) {
	t.Helper()
	checkHead(t, in)
	out := minimize([]byte(in))
	want, ok := withoutNames(t, []byte(in))
	if !ok {
		if string(out) != in {
			t.Errorf("unreadable %q came out changed: %q", in, out)
		}
		return
	}
	got, err := decodeNumbers(out)
	if err != nil {
		t.Fatalf("minimize(%q) = %q, not JSON: %v", in, out, err)
	}
	g, _ := json.Marshal(got)
	w, _ := json.Marshal(want)
	if string(g) != string(w) {
		t.Errorf("minimize(%q) = %s; want %s", in, g, w)
	}
}

func TestMinimizeShapes(t *testing.T) {
	for _, in := range []string{
		`{}`, `[]`, `{"first_name":"A"}`, `{"first_name":"A","id":1}`, `{"id":1,"username":"a"}`,
		`{"a":{"last_name":"B","b":[{"username":"c","d":null},{"first_name":"e"}]},"f":true}`,
		` { "first\u005fname" : "A" , "x" : [ 1 , 2.5e3 , -0 , "s\"q\\" ] } `,
		`{"text":"first_name","caption":"\"username\""}`, `"first_name"`, `12`, `null`,
		`{"a":1,}`, `{"a" 1}`, `{"a":"unterminated}`, `[1,]`, `{"a":tru}`, `{"a":1} x`, ``, `{`,
		`{"update_id":5,"message":{"chat":{"id":7},"from":{"id":8,"first_name":"A"}}}`,
		`{"update_id":6,"message":{"chat":{"id":null},"from":null}}`,
		`{"update_id":7,"callback_query":{"from":{"id":9},"message":{"chat":{"id":10}}}}`,
		`{"update_id":8,"callback_query":{"from":{"id":9},"message":{"chat":{"id":0}}}}`,
		`{"update_id":9,"message":{"chat":{"id":1}},"message":null,"callback_query":{"from":{"id":3}}}`,
		`{"update_id":10,"message":{"reply_to_message":{"chat":{"id":4}},"chat":{"id":2}}}`,
		`{"update_id":1.5}`, `{"update_id":"11"}`, `{"update_id":12,"message":{"chat":{"id":1e3}}}`,
	} {
		checkMinimize(t, in)
	}
}

func FuzzMinimize(f *testing.F) {
	f.Add(`{"update_id":7,"message":{"chat":{"id":5,"first_name":"A"},"from":{"id":5,"username":"u"},"text":"x"}}`)
	f.Add(`{"a":[{"last_name":"B"},{"b":"\u00e9"}]}`)
	f.Add(`{"a":1,}`)
	f.Fuzz(func(t *testing.T, in string) { checkMinimize(t, in) })
}

package telegram

import (
	"encoding/json"
	"slices"
	"strconv"
)

// personalFields are the fields of an update that name a person and that answering does not need:
// they are not kept in the inbox.
var personalFields = []string{"first_name", "last_name", "username"}

// minimize removes the names of people from an update before it is recorded, at any depth (the
// sender, the chat, a message replied to); an update that cannot be read is kept as it came.
func minimize(payload []byte) []byte {
	out, _, ok := readUpdate(payload)
	if !ok {
		return payload
	}
	return out
}

// readUpdate reads an update's JSON text in one pass, as the webhook needs it before recording
// the update: the text without people's names (see minimize), and the update's id, chat and
// sender. It reports false when the text is not JSON, or an id is not a whole number.
//
// It rewrites the text member by member rather than decoding it into maps and encoding it
// again: it runs on every webhook request, before the 200.
func readUpdate(payload []byte) ([]byte, updateHead, bool) {
	if !json.Valid(payload) {
		return nil, updateHead{}, false
	}
	m := minimizer{in: payload, out: make([]byte, 0, len(payload))}
	m.space()
	if !m.value() || m.bad {
		return nil, updateHead{}, false
	}
	return m.out, m.head, true
}

// updateHead is the part of an update read before it is recorded: its id, and where its chat
// and sender are.
type updateHead struct {
	ID int64
	// message, from, callback and callbackMessage tell which objects the update has: a message
	// (with its sender), or a button press (with the message its button was on).
	message, from, callback, callbackMessage             bool
	messageChat, messageFrom, callbackFrom, callbackChat int64
}

// user is the sender of the update, 0 when it has none.
func (h updateHead) user() int64 {
	switch {
	case h.message && h.from:
		return h.messageFrom
	case h.callback:
		return h.callbackFrom
	}
	return 0
}

// chat is the chat the update belongs to: a message's, a pressed button's message's, else the
// presser's own.
func (h updateHead) chat() int64 {
	switch {
	case h.message:
		return h.messageChat
	case h.callback && h.callbackMessage && h.callbackChat != 0:
		return h.callbackChat
	case h.callback:
		return h.callbackFrom
	}
	return 0
}

// minimizer copies valid JSON text from in to out, compacted, without the members named by
// personalFields, and notes the update's head on the way.
type minimizer struct {
	in  []byte
	i   int
	out []byte
	// path is the keys leading to the value being read ("" for a key the head does not need).
	path []string
	head updateHead
	// bad tells an id that is not a whole number.
	bad bool
}

// at reports whether the value being read is at the path of keys.
func (m *minimizer) at(keys ...string) bool {
	return slices.Equal(m.path, keys)
}

// headKey is a key as the path keeps it: its name when the head needs it, else "".
func headKey(quoted []byte) string {
	switch string(quoted[1 : len(quoted)-1]) {
	case "update_id":
		return "update_id"
	case "message":
		return "message"
	case "callback_query":
		return "callback_query"
	case "chat":
		return "chat"
	case "from":
		return "from"
	case "id":
		return "id"
	}
	return ""
}

// noteObject notes whether an object of the head (a message, its sender, a button press, its
// message) is there: false when it is given as null, as decoding would.
func (m *minimizer) noteObject(present bool) {
	switch {
	case m.at("message"):
		m.head.message = present
	case m.at("message", "from"):
		m.head.from = present
	case m.at("callback_query"):
		m.head.callback = present
	case m.at("callback_query", "message"):
		m.head.callbackMessage = present
	}
}

// noteNumber notes an id of the head; null leaves it as it was, as decoding would.
func (m *minimizer) noteNumber(raw []byte) {
	if string(raw) == "null" {
		m.noteObject(false)
		return
	}
	var dst *int64
	switch {
	case m.at("update_id"):
		dst = &m.head.ID
	case m.at("message", "chat", "id"):
		dst = &m.head.messageChat
	case m.at("message", "from", "id"):
		dst = &m.head.messageFrom
	case m.at("callback_query", "from", "id"):
		dst = &m.head.callbackFrom
	case m.at("callback_query", "message", "chat", "id"):
		dst = &m.head.callbackChat
	default:
		return
	}
	n, err := strconv.ParseInt(string(raw), 10, 64)
	if err != nil {
		m.bad = true
	}
	*dst = n
}

func (m *minimizer) space() {
	for m.i < len(m.in) {
		switch m.in[m.i] {
		case ' ', '\t', '\n', '\r':
			m.i++
		default:
			return
		}
	}
}

// value copies one value and reports whether it was well formed.
func (m *minimizer) value() bool {
	if m.i >= len(m.in) {
		return false
	}
	switch c := m.in[m.i]; {
	case c == '{':
		m.noteObject(true)
		return m.object()
	case c == '[':
		return m.array()
	case c == '"':
		s, ok := m.str()
		m.out = append(m.out, s...)
		return ok
	default:
		start := m.i
		for m.i < len(m.in) && !slices.Contains([]byte(",}] \t\n\r"), m.in[m.i]) {
			m.i++
		}
		if m.i == start {
			return false
		}
		m.noteNumber(m.in[start:m.i])
		m.out = append(m.out, m.in[start:m.i]...)
		return true
	}
}

// str reads a string, quotes included, and returns its text as written.
func (m *minimizer) str() ([]byte, bool) {
	start := m.i
	m.i++ // the opening quote
	for m.i < len(m.in) {
		switch m.in[m.i] {
		case '\\':
			m.i += 2
		case '"':
			m.i++
			return m.in[start:m.i], true
		default:
			m.i++
		}
	}
	return nil, false
}

// The text is valid JSON (readUpdate checked it first): object and array read it without
// checking it again.

func (m *minimizer) object() bool {
	if m.empty('{', '}') {
		return true
	}
	wrote := false
	for {
		m.space()
		key, _ := m.str()
		m.space()
		m.i++ // :
		m.space()
		mark := len(m.out)
		if wrote {
			m.out = append(m.out, ',')
		}
		m.out = append(m.out, key...)
		m.out = append(m.out, ':')
		m.path = append(m.path, headKey(key))
		ok := m.value()
		m.path = m.path[:len(m.path)-1]
		if !ok {
			return false
		}
		if personal(key) {
			m.out = m.out[:mark] // the member is dropped, with its comma
		} else {
			wrote = true
		}
		if !m.more(',', '}') {
			return true
		}
	}
}

func (m *minimizer) array() bool {
	if m.empty('[', ']') {
		return true
	}
	m.path = append(m.path, "") // no element is part of the head
	defer func() { m.path = m.path[:len(m.path)-1] }()
	for {
		m.space()
		if !m.value() {
			return false
		}
		if !m.more(',', ']') {
			return true
		}
		m.out = append(m.out, ',')
	}
}

// empty copies the opening of an object or an array, and reports whether it is empty (its
// closing then copied too).
func (m *minimizer) empty(open, close byte) bool {
	m.i++
	m.out = append(m.out, open)
	m.space()
	if m.in[m.i] != close {
		return false
	}
	m.i++
	m.out = append(m.out, close)
	return true
}

// more reads what follows a member or an element: true after a comma, false after the closing,
// which it copies.
func (m *minimizer) more(comma, close byte) bool {
	m.space()
	c := m.in[m.i]
	m.i++
	if c == comma {
		return true
	}
	m.out = append(m.out, close)
	return false
}

// personal reports whether a quoted key is one of personalFields, however it is escaped.
func personal(quoted []byte) bool {
	raw := quoted[1 : len(quoted)-1]
	if !slices.Contains(raw, '\\') {
		return slices.ContainsFunc(personalFields, func(f string) bool { return string(raw) == f })
	}
	var key string
	if err := json.Unmarshal(quoted, &key); err != nil {
		return false
	}
	return slices.Contains(personalFields, key)
}

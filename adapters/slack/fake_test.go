package slack_test

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gorilla/websocket"

	"github.com/guichet/guichet/adapters/internal/apitest"
)

const (
	botToken = "xoxb-test-token"
	appToken = "xapp-test-token"
	secret   = "8f742231b10e8888abcd99yyyzzz85a5"
)

// fakeSlack is an in-process Slack: the Web API as Slack speaks it (form or JSON posts to
// /api/<method>, {"ok": …} answers, 429 with Retry-After), response_url endpoints, and a Socket
// Mode WebSocket server whose URL apps.connections.open gives.
type fakeSlack struct {
	t   testing.TB
	srv *httptest.Server

	mu sync.Mutex
	*apitest.Recorder
	// tooMany makes the next n chat.postMessage calls answer 429 with Retry-After: 1.
	tooMany int
	// authFailures makes the next n apps.connections.open calls answer invalid_auth.
	authFailures int
	opens        int
	// envelopes are sent, in order, to each new Socket Mode connection after hello.
	envelopes chan string
	acks      []map[string]any
	// drop closes the current Socket Mode connection.
	drop chan struct{}
}

func newFakeSlack(t testing.TB) *fakeSlack {
	f := &fakeSlack{t: t, envelopes: make(chan string, 100), drop: make(chan struct{}, 1), Recorder: apitest.NewRecorder(t)}
	f.srv = httptest.NewServer(http.HandlerFunc(f.serve))
	t.Cleanup(f.srv.Close)
	return f
}

func (f *fakeSlack) apiURL() string { return f.srv.URL + "/api/" }

func (f *fakeSlack) responseURL(id string) string { return f.srv.URL + "/response/" + id }

func (f *fakeSlack) serve(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path == "/ws" {
		f.socket(w, r)
		return
	}
	body, _ := io.ReadAll(r.Body)
	params := map[string]string{}
	token := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
	if strings.HasPrefix(r.Header.Get("Content-Type"), "application/json") {
		var m map[string]any
		json.Unmarshal(body, &m)
		for k, v := range m {
			if s, ok := v.(string); ok {
				params[k] = s
			} else {
				b, _ := json.Marshal(v)
				params[k] = string(b)
			}
		}
	} else {
		q, _ := url.ParseQuery(string(body))
		for k := range q {
			params[k] = q.Get(k)
		}
		if t := q.Get("token"); t != "" {
			token = t
		}
	}
	if id, ok := strings.CutPrefix(r.URL.Path, "/response/"); ok {
		params["response_id"] = id
		f.Record("response_url", params)
		w.Header().Set("Content-Type", "text/plain")
		fmt.Fprint(w, "ok")
		return
	}
	method := strings.TrimPrefix(r.URL.Path, "/api/")
	want := botToken
	if method == "apps.connections.open" {
		want = appToken
	}
	w.Header().Set("Content-Type", "application/json")
	if token != want {
		fmt.Fprint(w, `{"ok":false,"error":"invalid_auth"}`)
		return
	}
	f.Record(method, params)
	switch method {
	case "auth.test":
		fmt.Fprint(w, `{"ok":true,"url":"https://mairie.slack.com/","team":"Mairie","user":"guichet","team_id":"T1","user_id":"UBOT","bot_id":"B1"}`)
	case "chat.postMessage":
		f.mu.Lock()
		limited := f.tooMany > 0
		if limited {
			f.tooMany--
		}
		f.mu.Unlock()
		if limited {
			w.Header().Set("Retry-After", "1")
			w.WriteHeader(http.StatusTooManyRequests)
			fmt.Fprint(w, `{"ok":false,"error":"ratelimited"}`)
			return
		}
		fmt.Fprintf(w, `{"ok":true,"channel":%q,"ts":"1700000000.%06d"}`, params["channel"], f.Count())
	case "chat.postEphemeral":
		fmt.Fprint(w, `{"ok":true,"message_ts":"1700000000.000001"}`)
	case "views.open":
		fmt.Fprint(w, `{"ok":true,"view":{"id":"V1","type":"modal"}}`)
	case "apps.connections.open":
		f.mu.Lock()
		f.opens++
		fail := f.authFailures > 0
		if fail {
			f.authFailures--
		}
		f.mu.Unlock()
		if fail {
			fmt.Fprint(w, `{"ok":false,"error":"invalid_auth"}`)
			return
		}
		fmt.Fprintf(w, `{"ok":true,"url":"ws%s/ws"}`, strings.TrimPrefix(f.srv.URL, "http"))
	default:
		fmt.Fprint(w, `{"ok":false,"error":"unknown_method"}`)
	}
}

// socket is the Socket Mode server: hello, then the queued envelopes; it records the acks.
func (f *fakeSlack) socket(w http.ResponseWriter, r *http.Request) {
	up := websocket.Upgrader{CheckOrigin: func(*http.Request) bool { return true }}
	conn, err := up.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	defer conn.Close()
	var wmu sync.Mutex
	write := func(s string) error {
		wmu.Lock()
		defer wmu.Unlock()
		return conn.WriteMessage(websocket.TextMessage, []byte(s))
	}
	if write(`{"type":"hello","num_connections":1,"connection_info":{"app_id":"A1"}}`) != nil {
		return
	}
	closed := make(chan struct{})
	go func() {
		defer close(closed)
		for {
			_, msg, err := conn.ReadMessage()
			if err != nil {
				return
			}
			var ack map[string]any
			if json.Unmarshal(msg, &ack) == nil {
				f.mu.Lock()
				f.acks = append(f.acks, ack)
				f.mu.Unlock()
				f.Notify()
			}
		}
	}()
	for {
		select {
		case env := <-f.envelopes:
			if write(env) != nil {
				return
			}
		case <-f.drop:
			return
		case <-closed:
			return
		case <-r.Context().Done():
			return
		}
	}
}

func (f *fakeSlack) ackOf(envelope string) (map[string]any, bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, a := range f.acks {
		if a["envelope_id"] == envelope {
			return a, true
		}
	}
	return nil, false
}

// signed is a request to the adapter's handler signed the way Slack signs, at time at.
func signed(url, body, contentType string, at time.Time, key string) *http.Request {
	req, _ := http.NewRequest(http.MethodPost, url, strings.NewReader(body))
	req.Header.Set("Content-Type", contentType)
	ts := fmt.Sprint(at.Unix())
	mac := hmac.New(sha256.New, []byte(key))
	fmt.Fprintf(mac, "v0:%s:%s", ts, body)
	req.Header.Set("X-Slack-Request-Timestamp", ts)
	req.Header.Set("X-Slack-Signature", "v0="+hex.EncodeToString(mac.Sum(nil)))
	return req
}

// eventBody is an event_callback around an inner event.
func eventBody(id, team, inner string) string {
	return fmt.Sprintf(`{"token":"x","team_id":%q,"api_app_id":"A1","type":"event_callback","event_id":%q,"event_time":1700000000,"event":%s}`, team, id, inner)
}

func mention(channel, user, ts, text string) string {
	return fmt.Sprintf(`{"type":"app_mention","user":%q,"text":"<@UBOT> %s","ts":%q,"channel":%q,"event_ts":%q}`, user, text, ts, channel, ts)
}

func direct(channel, user, ts, text string) string {
	return fmt.Sprintf(`{"type":"message","channel_type":"im","user":%q,"text":%q,"ts":%q,"channel":%q,"event_ts":%q}`, user, text, ts, channel, ts)
}

func commandForm(team, channel, user, text, responseURL string) string {
	return url.Values{"token": {"x"}, "team_id": {team}, "channel_id": {channel}, "user_id": {user}, "command": {"/guichet"},
		"text": {text}, "response_url": {responseURL}, "trigger_id": {"trig-" + strconv.FormatInt(time.Now().UnixNano(), 10)}, "api_app_id": {"A1"}}.Encode()
}

package telegram_test

import (
	"encoding/json"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/guichet/guichet/adapters/internal/apitest"
)

// fakeAPI is an in-process Telegram Bot API speaking the real wire format: multipart form
// requests to /bot<token>/<method>, {"ok": …} answers, 429 with retry_after.
type fakeAPI struct {
	t     testing.TB
	srv   *httptest.Server
	token string

	mu      sync.Mutex
	updates []json.RawMessage // queued for getUpdates
	nextID  int64
	// tooMany makes the next n sendMessage calls answer 429 with retry_after 1.
	tooMany int
	msgID   int
	*apitest.Recorder
}

func newFakeAPI(t testing.TB) *fakeAPI {
	f := &fakeAPI{t: t, token: "123:secret", nextID: 1000, Recorder: apitest.NewRecorder(t)}
	f.srv = httptest.NewServer(http.HandlerFunc(f.serve))
	t.Cleanup(f.srv.Close)
	return f
}

func (f *fakeAPI) serve(w http.ResponseWriter, r *http.Request) {
	prefix := "/bot" + f.token + "/"
	if !strings.HasPrefix(r.URL.Path, prefix) {
		w.WriteHeader(http.StatusUnauthorized)
		fmt.Fprint(w, `{"ok":false,"error_code":401,"description":"Unauthorized"}`)
		return
	}
	method := strings.TrimPrefix(r.URL.Path, prefix)
	params := map[string]string{}
	if _, p, err := mime.ParseMediaType(r.Header.Get("Content-Type")); err == nil && p["boundary"] != "" {
		mr := multipart.NewReader(r.Body, p["boundary"])
		for {
			part, err := mr.NextPart()
			if err != nil {
				break
			}
			b, _ := io.ReadAll(part)
			params[part.FormName()] = string(b)
		}
	}
	if method != "getUpdates" {
		f.Record(method, params)
	}
	ok := func(result string) { fmt.Fprintf(w, `{"ok":true,"result":%s}`, result) }
	switch method {
	case "getMe":
		ok(`{"id":42,"is_bot":true,"first_name":"Guichet","username":"guichet_bot"}`)
	case "getUpdates":
		var offset int64
		fmt.Sscan(params["offset"], &offset)
		deadline := time.Now().Add(300 * time.Millisecond)
		for {
			f.mu.Lock()
			var out []string
			for _, u := range f.updates {
				var head struct {
					ID int64 `json:"update_id"`
				}
				json.Unmarshal(u, &head)
				if head.ID >= offset {
					out = append(out, string(u))
				}
			}
			f.mu.Unlock()
			if len(out) > 0 || time.Now().After(deadline) || r.Context().Err() != nil {
				ok("[" + strings.Join(out, ",") + "]")
				return
			}
			time.Sleep(10 * time.Millisecond)
		}
	case "sendMessage":
		f.mu.Lock()
		if f.tooMany > 0 {
			f.tooMany--
			f.mu.Unlock()
			w.WriteHeader(http.StatusTooManyRequests)
			fmt.Fprint(w, `{"ok":false,"error_code":429,"description":"Too Many Requests: retry after 1","parameters":{"retry_after":1}}`)
			return
		}
		f.msgID++
		id := f.msgID
		f.mu.Unlock()
		ok(fmt.Sprintf(`{"message_id":%d,"date":0,"chat":{"id":%s,"type":"private"},"text":"x"}`, id, params["chat_id"]))
	case "editMessageReplyMarkup":
		ok(fmt.Sprintf(`{"message_id":%s,"date":1,"chat":{"id":%s,"type":"private"},"text":"x"}`, params["message_id"], params["chat_id"]))
	case "answerCallbackQuery", "sendChatAction", "setWebhook", "deleteWebhook", "setMyCommands":
		ok("true")
	default:
		w.WriteHeader(http.StatusNotFound)
		fmt.Fprint(w, `{"ok":false,"error_code":404,"description":"Not Found"}`)
	}
}

// push queues an update for getUpdates and returns its id.
func (f *fakeAPI) push(update string) int64 {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.nextID++
	id := f.nextID
	f.updates = append(f.updates, json.RawMessage(fmt.Sprintf(`{"update_id":%d,%s}`, id, update)))
	return id
}

// pushRaw queues an update with a given id (for duplicates).
func (f *fakeAPI) pushRaw(id int64, update string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.updates = append(f.updates, json.RawMessage(fmt.Sprintf(`{"update_id":%d,%s}`, id, update)))
}

func privateText(chat int64, text string) string {
	return fmt.Sprintf(`"message":{"message_id":1,"date":1,"chat":{"id":%d,"type":"private"},"from":{"id":%d,"is_bot":false,"first_name":"A","language_code":"fr"},"text":%q}`, chat, chat, text)
}

package slack

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"sync"
	"time"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"
)

// MaxBody caps the size of a request from Slack.
const MaxBody = 1 << 20

// RetryAfter is what a 503 asks Slack to wait, in seconds, when the backlog is full.
const RetryAfter = "5"

// Handler returns the HTTP handler of /slack/events, /slack/commands and /slack/interactions.
// Every request must carry a valid signature made with the signing secret less than five
// minutes ago (else 401). Events are recorded before 200 (503 when they cannot be, or when the
// backlog is full, with Retry-After, so that Slack sends them again) and a repeated event_id is answered once; a slash command or an interaction
// sent again with the same signature (a replay) is answered once; slash commands get their
// answer in the response when it is ready in time, through response_url otherwise.
func (a *Adapter) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /slack/events", a.verified(a.events))
	mux.HandleFunc("POST /slack/commands", a.verified(a.once(a.commands)))
	mux.HandleFunc("POST /slack/interactions", a.verified(a.once(a.interactions)))
	return mux
}

// verified reads the body (capped) and checks its signature before passing it on.
func (a *Adapter) verified(next func(w http.ResponseWriter, r *http.Request, body []byte)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, MaxBody))
		if err != nil {
			var tooLarge *http.MaxBytesError
			if errors.As(err, &tooLarge) {
				http.Error(w, "request too large", http.StatusRequestEntityTooLarge)
				return
			}
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
		sv, err := slack.NewSecretsVerifier(r.Header, a.cfg.SigningSecret)
		if err == nil {
			_, err = sv.Write(body)
		}
		if err == nil {
			err = sv.Ensure()
		}
		if err != nil {
			a.metrics.Error(Name, "signature")
			a.log.Warn("request refused: bad or stale signature")
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		// The form parsers of the library read the request again.
		r.Body = io.NopCloser(bytes.NewReader(body))
		next(w, r, body)
	}
}

// once answers a signed slash command or interaction once: the same request again (a replay:
// same signature, so same timestamp and body) gets an empty 200. Slack does not retry these;
// events, which it retries, are answered once by their event_id in the inbox.
func (a *Adapter) once(next func(w http.ResponseWriter, r *http.Request, body []byte)) func(w http.ResponseWriter, r *http.Request, body []byte) {
	return func(w http.ResponseWriter, r *http.Request, body []byte) {
		if !a.signed.first(r.Header.Get("X-Slack-Signature"), time.Now()) {
			a.metrics.Duplicate(Name)
			a.log.Warn("request refused: a replay of a signed request")
			w.WriteHeader(http.StatusOK)
			return
		}
		next(w, r, body)
	}
}

// replays are the signatures of signed requests seen within the window a signature is
// accepted for (five minutes, by the library's verifier), oldest first.
type replays struct {
	mu   sync.Mutex
	seen map[string]time.Time
	fifo []string
}

// replayWindow is how long a signature is remembered: a little more than the verifier's five
// minutes, after which a replay is refused as stale anyway.
const replayWindow = 6 * time.Minute

// first reports whether a signature is seen for the first time in the window, and remembers it.
func (rp *replays) first(sig string, now time.Time) bool {
	if sig == "" {
		return true
	}
	rp.mu.Lock()
	defer rp.mu.Unlock()
	if rp.seen == nil {
		rp.seen = map[string]time.Time{}
	}
	for len(rp.fifo) > 0 && now.Sub(rp.seen[rp.fifo[0]]) > replayWindow {
		delete(rp.seen, rp.fifo[0])
		rp.fifo = rp.fifo[1:]
	}
	if _, ok := rp.seen[sig]; ok {
		return false
	}
	rp.seen[sig] = now
	rp.fifo = append(rp.fifo, sig)
	return true
}

func (a *Adapter) events(w http.ResponseWriter, r *http.Request, body []byte) {
	ev, err := slackevents.ParseEvent(json.RawMessage(body), slackevents.OptionNoVerifyToken())
	if err != nil {
		// A well-signed event of a type Guichet does not subscribe to: nothing to do, no retry.
		w.WriteHeader(http.StatusOK)
		return
	}
	switch ev.Type {
	case slackevents.URLVerification:
		v, ok := ev.Data.(*slackevents.EventsAPIURLVerificationEvent)
		if !ok {
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
		w.Header().Set("Content-Type", "text/plain")
		io.WriteString(w, v.Challenge)
	case slackevents.CallbackEvent:
		if err := a.receiveEvent(r.Context(), ev); err != nil {
			if errors.Is(err, errBacklogFull) {
				w.Header().Set("Retry-After", RetryAfter)
			}
			http.Error(w, "try again", http.StatusServiceUnavailable)
			return
		}
		w.WriteHeader(http.StatusOK)
	default:
		w.WriteHeader(http.StatusOK)
	}
}

func (a *Adapter) commands(w http.ResponseWriter, r *http.Request, _ []byte) {
	cmd, err := slack.SlashCommandParse(r)
	if err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	m := a.command(cmd)
	if m == nil {
		w.WriteHeader(http.StatusOK)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(m)
}

func (a *Adapter) interactions(w http.ResponseWriter, r *http.Request, _ []byte) {
	cb, err := slack.InteractionCallbackParse(r)
	if err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	// An empty 200 acknowledges a button and closes a submitted form; the work follows.
	w.WriteHeader(http.StatusOK)
	a.interaction(cb)
}

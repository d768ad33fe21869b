package slack

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"net/http"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"
)

// MaxBody caps the size of a request from Slack.
const MaxBody = 1 << 20

// Handler returns the HTTP handler of /slack/events, /slack/commands and /slack/interactions.
// Every request must carry a valid signature made with the signing secret less than five
// minutes ago (else 401). Events are recorded before 200 (503 when they cannot be, so that Slack
// sends them again) and a repeated event_id is answered once; slash commands get their answer
// in the response when it is ready in time, through response_url otherwise.
func (a *Adapter) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /slack/events", a.verified(a.events))
	mux.HandleFunc("POST /slack/commands", a.verified(a.commands))
	mux.HandleFunc("POST /slack/interactions", a.verified(a.interactions))
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

package slack

import (
	"context"
	"errors"
	"log/slog"
	"time"

	"github.com/slack-go/slack"

	"github.com/guichet/guichet/adapters/prometheus"
)

// sender makes the adapter's Web API calls: it waits the Retry-After Slack names on 429 and
// retries network and server errors with backoff, before giving up with a log line.
type sender struct {
	api     *slack.Client
	log     *slog.Logger
	metrics *prometheus.Metrics
}

// call runs one API call with 429 handling and retries.
func (s *sender) call(ctx context.Context, op string, f func(context.Context) error) error {
	backoff := 500 * time.Millisecond
	for attempt := 1; ; attempt++ {
		err := f(ctx)
		if err == nil {
			return nil
		}
		var limited *slack.RateLimitedError
		var refused slack.SlackErrorResponse
		var status slack.StatusCodeError
		wait := backoff
		switch {
		case errors.As(err, &limited):
			s.metrics.RateLimited(Name)
			s.log.Warn("rate limited by Slack", "op", op, "retry_after_s", limited.RetryAfter.Seconds())
			wait = max(limited.RetryAfter, time.Second)
			if attempt >= 5 {
				s.metrics.Error(Name, op)
				s.log.Error("giving up after repeated 429", "op", op)
				return err
			}
		case errors.As(err, &refused), errors.As(err, &status) && status.Code < 500:
			s.metrics.Error(Name, op)
			s.log.Error("slack refused", "op", op, "err", err)
			return err
		default:
			if attempt >= 4 || ctx.Err() != nil {
				s.metrics.Error(Name, op)
				s.log.Error("slack call failed", "op", op, "err", err)
				return err
			}
			backoff *= 2
		}
		t := time.NewTimer(wait)
		select {
		case <-t.C:
		case <-ctx.Done():
			t.Stop()
			return ctx.Err()
		}
	}
}

// dest is where replies go: a channel (and thread), or a slash command's or button's
// response_url for a private answer.
type dest struct {
	Channel     string
	Thread      string
	ResponseURL string
	// InChannel makes a response_url message visible to the channel (a shared answer).
	InChannel bool
	// Replace makes a response_url message take the place of the message whose button was
	// pressed.
	Replace bool
}

// post sends messages in order to a destination.
func (s *sender) post(ctx context.Context, d dest, msgs []Message) {
	for _, m := range msgs {
		opts := []slack.MsgOption{slack.MsgOptionText(m.Text, false), slack.MsgOptionDisableLinkUnfurl()}
		if len(m.Blocks) > 0 {
			opts = append(opts, slack.MsgOptionBlocks(m.Blocks...))
		}
		op := "chat.postMessage"
		switch {
		case d.ResponseURL != "" && d.Replace:
			op = "response_url"
			opts = append(opts, slack.MsgOptionReplaceOriginal(d.ResponseURL))
		case d.ResponseURL != "":
			op = "response_url"
			kind := slack.ResponseTypeEphemeral
			if d.InChannel {
				kind = slack.ResponseTypeInChannel
			}
			opts = append(opts, slack.MsgOptionResponseURL(d.ResponseURL, kind))
		case d.Thread != "":
			opts = append(opts, slack.MsgOptionTS(d.Thread))
		}
		if s.call(ctx, op, func(ctx context.Context) error {
			_, _, err := s.api.PostMessageContext(ctx, d.Channel, opts...)
			return err
		}) != nil {
			return
		}
	}
}

// ephemeral shows a short text to one user in a channel.
func (s *sender) ephemeral(ctx context.Context, channel, thread, user, text string) {
	opts := []slack.MsgOption{slack.MsgOptionText(text, false)}
	if thread != "" {
		opts = append(opts, slack.MsgOptionTS(thread))
	}
	s.call(ctx, "chat.postEphemeral", func(ctx context.Context) error {
		_, err := s.api.PostEphemeralContext(ctx, channel, user, opts...)
		return err
	})
}

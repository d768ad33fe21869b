package telegram

import (
	"context"
	"errors"
	"log/slog"
	"sync"
	"time"

	tg "github.com/go-telegram/bot"
	"github.com/go-telegram/bot/models"

	"github.com/guichet/guichet/adapters/prometheus"
)

// sender spaces outgoing calls to respect Telegram's limits (about one message per second per
// chat, thirty per second overall), waits the retry_after Telegram names on 429, and retries
// network errors with backoff before giving up with a log line.
type sender struct {
	api     *tg.Bot
	perChat time.Duration
	global  time.Duration
	log     *slog.Logger
	metrics *prometheus.Metrics

	mu       sync.Mutex
	nextChat map[int64]time.Time
	next     time.Time
}

func newSender(api *tg.Bot, perChat, global time.Duration, log *slog.Logger, m *prometheus.Metrics) *sender {
	return &sender{api: api, perChat: perChat, global: global, log: log, metrics: m, nextChat: map[int64]time.Time{}}
}

// slot reserves the next moment this chat may send, and waits for it.
func (s *sender) slot(ctx context.Context, chat int64) error {
	s.mu.Lock()
	now := time.Now()
	at := now
	if t := s.nextChat[chat]; t.After(at) {
		at = t
	}
	if s.next.After(at) {
		at = s.next
	}
	s.next = at.Add(s.global)
	if chat != 0 {
		s.nextChat[chat] = at.Add(s.perChat)
		if len(s.nextChat) > 10000 {
			for k, t := range s.nextChat {
				if t.Before(now) {
					delete(s.nextChat, k)
				}
			}
		}
	}
	s.mu.Unlock()
	return sleep(ctx, time.Until(at))
}

func sleep(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return nil
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// call runs one API call with the limits, 429 handling and retries.
func (s *sender) call(ctx context.Context, chat int64, op string, f func(context.Context) error) {
	backoff := 500 * time.Millisecond
	for attempt := 1; ; attempt++ {
		if err := s.slot(ctx, chat); err != nil {
			return
		}
		err := f(ctx)
		if err == nil {
			return
		}
		var tooMany *tg.TooManyRequestsError
		switch {
		case errors.As(err, &tooMany):
			wait := time.Duration(tooMany.RetryAfter) * time.Second
			s.log.Warn("rate limited by Telegram", "op", op, "retry_after_s", tooMany.RetryAfter)
			s.mu.Lock()
			if until := time.Now().Add(wait); until.After(s.next) {
				s.next = until
			}
			s.mu.Unlock()
			if attempt >= 5 {
				s.metrics.Error(Name, op)
				s.log.Error("giving up after repeated 429", "op", op)
				return
			}
		case errors.Is(err, tg.ErrorBadRequest), errors.Is(err, tg.ErrorForbidden), errors.Is(err, tg.ErrorNotFound), errors.Is(err, tg.ErrorUnauthorized):
			s.metrics.Error(Name, op)
			s.log.Error("bot api refused", "op", op, "err", err)
			return
		default:
			if attempt >= 4 || ctx.Err() != nil {
				s.metrics.Error(Name, op)
				s.log.Error("bot api call failed", "op", op, "err", err)
				return
			}
			if sleep(ctx, backoff) != nil {
				return
			}
			backoff *= 2
		}
	}
}

func (s *sender) text(ctx context.Context, chat int64, html string, kb *inlineKeyboard) {
	params := &tg.SendMessageParams{ChatID: chat, Text: html, ParseMode: models.ParseModeHTML,
		LinkPreviewOptions: &models.LinkPreviewOptions{IsDisabled: tg.True()}}
	if kb != nil {
		params.ReplyMarkup = kb
	}
	s.call(ctx, chat, "sendMessage", func(ctx context.Context) error {
		_, err := s.api.SendMessage(ctx, params)
		return err
	})
}

func (s *sender) typing(ctx context.Context, chat int64) {
	// A typing indicator is worth nothing late: one try, outside the per-chat spacing.
	if _, err := s.api.SendChatAction(ctx, &tg.SendChatActionParams{ChatID: chat, Action: models.ChatActionTyping}); err != nil {
		s.log.Debug("typing", "err", err)
	}
}

func (s *sender) answerCallback(ctx context.Context, id, text string) {
	s.call(ctx, 0, "answerCallbackQuery", func(ctx context.Context) error {
		_, err := s.api.AnswerCallbackQuery(ctx, &tg.AnswerCallbackQueryParams{CallbackQueryID: id, Text: text})
		return err
	})
}

func (s *sender) removeKeyboard(ctx context.Context, chat int64, msg int) {
	s.call(ctx, 0, "editMessageReplyMarkup", func(ctx context.Context) error {
		_, err := s.api.EditMessageReplyMarkup(ctx, &tg.EditMessageReplyMarkupParams{ChatID: chat, MessageID: msg,
			ReplyMarkup: &inlineKeyboard{InlineKeyboard: [][]button{}}})
		return err
	})
}

// inlineKeyboard is an inline keyboard in the form the Bot API accepts: each button has its text
// and exactly one action, its callback data. The library's models.InlineKeyboardButton would send
// "copy_text":{"text":""} with every button (a struct field, which omitempty does not drop), a
// second action with an empty text, outside what the API documents.
type inlineKeyboard struct {
	InlineKeyboard [][]button `json:"inline_keyboard"`
}

// button is a button of an inlineKeyboard.
type button struct {
	Text         string `json:"text"`
	CallbackData string `json:"callback_data"`
}

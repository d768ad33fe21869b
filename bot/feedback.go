package bot

import (
	"context"
	"time"
)

// Feedback is a user's verdict on an answer, as a chat adapter collects it. Negative feedback
// becomes draft eval cases (`guichet feedback export`) for a maintainer to complete.
type Feedback struct {
	ID             int64
	Adapter        string
	ConversationID string
	// Question and Answer are the user's message and Guichet's reply as plain text.
	Question string
	Answer   string
	Positive bool
	// Reason is what the user said was wrong, when they said.
	Reason string
	Time   time.Time
}

// InboundEvent is an event a chat adapter recorded on arrival (a Telegram update, a Slack event),
// kept until handled so that a restart loses none and handles none twice.
type InboundEvent struct {
	ID      string
	Seq     int64
	Payload []byte
}

// Inbox records incoming events on arrival, so that each is handled once even across restarts:
// Receive reports whether an event is new, Done marks it handled, Pending lists those received
// but not handled (after a crash or a stop).
type Inbox interface {
	Receive(ctx context.Context, adapter, id string, seq int64, payload []byte) (bool, error)
	Done(ctx context.Context, adapter, id string) error
	Pending(ctx context.Context, adapter string) ([]InboundEvent, error)
}

// FeedbackStore keeps feedback.
type FeedbackStore interface {
	AddFeedback(ctx context.Context, f Feedback) (int64, error)
	// SetFeedbackReason adds what the user said was wrong, which comes after the vote.
	SetFeedbackReason(ctx context.Context, id int64, reason string) error
	// NegativeFeedback returns negative feedback given since a time, newest first, at most limit.
	NegativeFeedback(ctx context.Context, since time.Time, limit int) ([]Feedback, error)
}

package slack

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"

	"github.com/guichet/guichet/adapters/queue"
	"github.com/guichet/guichet/bot"
	"github.com/guichet/guichet/knowledge"
)

// inbound is a message for Guichet as the inbox records it: where it came from and its text.
type inbound struct {
	Team    string `json:"team"`
	Channel string `json:"channel"`
	User    string `json:"user"`
	Text    string `json:"text"`
	// Thread is the thread to answer in: the mention's thread, or the mention itself; for a
	// direct message, its thread if it has one.
	Thread string `json:"thread,omitempty"`
	Direct bool   `json:"direct,omitempty"`
	// ResponseURL is set for a /guichet command: its answer goes privately to the asker.
	ResponseURL string `json:"response_url,omitempty"`
	// Case identifies a /guichet command's case (its trigger), so that each command starts one.
	Case string `json:"case,omitempty"`
}

func (in inbound) conversation() string {
	if in.ResponseURL != "" {
		// Each /guichet is a case of its own: its buttons carry the case on (see ref), a new
		// command does not inherit the last citizen's situation.
		if in.Case != "" {
			return "slack:" + in.Team + ":" + in.Channel + ":" + in.User + ":" + in.Case
		}
		return "slack:" + in.Team + ":" + in.Channel + ":" + in.User
	}
	if in.Direct && in.Thread == "" {
		return "slack:" + in.Team + ":" + in.Channel
	}
	return "slack:" + in.Team + ":" + in.Channel + ":" + in.Thread
}

// isDirect reports whether a channel id is a direct message with Guichet.
func isDirect(channel string) bool { return strings.HasPrefix(channel, "D") }

// inboundOf picks the messages meant for Guichet out of an Events API event: mentions in a
// channel and direct messages, written by people; edits, bot messages and other subtypes are
// ignored.
func (a *Adapter) inboundOf(ev slackevents.EventsAPIEvent) (inbound, bool) {
	switch e := ev.InnerEvent.Data.(type) {
	case *slackevents.AppMentionEvent:
		if e.BotID != "" || e.User == "" || e.User == a.botUser || e.Edited != nil {
			return inbound{}, false
		}
		thread := e.ThreadTimeStamp
		if thread == "" {
			thread = e.TimeStamp
		}
		text := strings.TrimSpace(strings.ReplaceAll(e.Text, "<@"+a.botUser+">", ""))
		return inbound{Team: ev.TeamID, Channel: e.Channel, User: e.User, Text: text, Thread: thread}, true
	case *slackevents.MessageEvent:
		if e.ChannelType != "im" || e.SubType != "" || e.BotID != "" || e.User == "" || e.User == a.botUser || e.IsEdited() {
			return inbound{}, false
		}
		return inbound{Team: ev.TeamID, Channel: e.Channel, User: e.User, Text: strings.TrimSpace(e.Text), Thread: e.ThreadTimeStamp, Direct: true}, true
	}
	return inbound{}, false
}

// receiveEvent records an Events API event under its event_id and queues it; a repeated event
// (a Slack retry) is dropped. The error says the event could not be recorded: Slack should send
// it again.
func (a *Adapter) receiveEvent(ctx context.Context, ev slackevents.EventsAPIEvent) error {
	cb, ok := ev.Data.(*slackevents.EventsAPICallbackEvent)
	if !ok || cb.EventID == "" {
		return nil
	}
	in, ok := a.inboundOf(ev)
	if !ok {
		return nil
	}
	if !a.allowed(in.Team, in.Channel, in.Direct) {
		a.log.Info("refused: workspace or channel not allowed")
		a.metrics.Error(Name, "not_allowed")
		if a.allowed(in.Team, "", true) {
			a.queue.Push("refusal:"+in.Channel, job{do: func() {
				a.send.ephemeral(a.ctx, in.Channel, in.Thread, in.User, say("", "not_here"))
			}})
		}
		return nil
	}
	payload, err := json.Marshal(in)
	if err != nil {
		return fmt.Errorf("slack: encode event: %w", err)
	}
	if !a.queue.Admit() {
		a.metrics.BacklogFull(Name)
		return errBacklogFull
	}
	fresh, err := a.store.Receive(ctx, Name, cb.EventID, int64(cb.EventTime), payload)
	if err != nil {
		a.queue.Release()
		a.metrics.Error(Name, "record")
		return err
	}
	if !fresh {
		a.queue.Release()
		a.metrics.Duplicate(Name)
		return nil
	}
	a.enqueue(in, cb.EventID, nil)
	return nil
}

// enqueue queues a recorded message in its conversation with the per-user limit's verdict,
// reached now, as it arrives: a burst is judged as it comes rather than as the queue drains it,
// and the refused messages keep their place in the conversation, so that the one notice follows
// the answers given before it. A message with no text (a bare mention) gets the help and is not
// counted. h is a slash command's acknowledgement.
func (a *Adapter) enqueue(in inbound, id string, h *handoff) queue.Verdict {
	limit := queue.Allowed
	if in.Text != "" {
		limit = a.limit.Judge(in.Team+":"+in.User, a.cfg.Now())
	}
	if limit != queue.Allowed {
		a.metrics.RateLimited(Name)
	}
	a.queue.PushOnce(in.conversation(), id, job{id: id, h: h, limit: limit})
	return limit
}

// errBacklogFull says an event was refused before it was recorded because the backlog is full:
// Slack should send it again later.
var errBacklogFull = errors.New("slack: the backlog is full")

// recoverEvent queues an event recorded in the inbox before a stop.
func (a *Adapter) recoverEvent(id string, payload []byte) {
	var in inbound
	if err := json.Unmarshal(payload, &in); err != nil {
		a.log.Error("decode recorded event", "err", err)
		return
	}
	a.queue.Recover(in.conversation(), id, job{id: id})
}

// handleRecorded reads a recorded message from the inbox in its conversation's turn, answers it
// and marks it handled. A command's answer is offered to h, its acknowledgement, when it is still
// waiting.
func (a *Adapter) handleRecorded(id string, h *handoff, limit queue.Verdict) {
	if limit == queue.Silent {
		// Over the limit, and its sender was told so within the window: handled, no reply.
		if err := a.store.Done(a.ctx, Name, id); err != nil {
			a.log.Error("mark event done", "err", err)
		}
		return
	}
	payload, err := a.store.Event(a.ctx, Name, id)
	if err != nil {
		// Left unhandled in the database: it is handled at the next start.
		a.log.Error("read recorded event", "err", err)
		a.metrics.Error(Name, "read")
		return
	}
	if payload == nil {
		return // handled already
	}
	defer func() {
		if err := a.store.Done(a.ctx, Name, id); err != nil {
			a.log.Error("mark event done", "err", err)
		}
	}()
	var in inbound
	if err := json.Unmarshal(payload, &in); err != nil {
		a.log.Error("decode recorded event", "err", err)
		return
	}
	switch {
	case limit == queue.Notify:
		a.slowDown(in, h)
	case in.ResponseURL != "":
		a.answerCommand(in, h)
	default:
		a.message(in)
	}
}

// slowDown tells the sender of a message over the limit to wait: privately, in the command's
// acknowledgement when it is still waiting, else where the answer would have gone.
func (a *Adapter) slowDown(in inbound, h *handoff) {
	text := say("", "slow_down")
	switch {
	case in.ResponseURL == "":
		a.send.ephemeral(a.ctx, in.Channel, in.Thread, in.User, text)
	case h == nil || !h.offer(private(text)):
		a.send.post(a.ctx, dest{ResponseURL: in.ResponseURL}, []Message{{Text: text}})
	}
}

// answerCommand answers a /guichet question privately: in the acknowledgement when it is still
// waiting and the answer fits, else through response_url.
func (a *Adapter) answerCommand(in inbound, h *handoff) {
	conv := in.conversation()
	r := a.ask(conv, in.User, in.Text)
	msgs := Render(r, Controls{Conversation: conv, Channel: in.Channel, Share: !in.Direct})
	if len(msgs) == 1 && h != nil && h.offer(private(msgs[0].Text, msgs[0].Blocks...)) {
		return
	}
	a.send.post(a.ctx, dest{ResponseURL: in.ResponseURL}, msgs)
}

// message answers a mention in its thread, or a direct message in the conversation.
func (a *Adapter) message(in inbound) {
	if in.Text == "" {
		a.send.ephemeral(a.ctx, in.Channel, in.Thread, in.User, say("", "help"))
		return
	}
	conv := in.conversation()
	r := a.ask(conv, in.User, in.Text)
	a.send.post(a.ctx, dest{Channel: in.Channel, Thread: in.Thread}, Render(r, Controls{Conversation: conv, Channel: in.Channel, Thread: in.Thread}))
}

// ask sends a question to the core as staff's, journals the turn and remembers the reply.
// A panic in the core is recovered here, so that the asker gets an apology where the answer
// would have gone.
func (a *Adapter) ask(conv, user, text string) bot.Reply {
	start := time.Now()
	a.metrics.In(Name)
	r, err := a.handleSafely(bot.Message{ConversationID: conv, UserID: user, Text: text, Time: a.cfg.Now(), Audience: bot.Staff})
	if err != nil {
		a.log.Error("core", "err", err)
		a.metrics.Error(Name, "core")
	}
	if err := a.store.RecordTurn(a.ctx, bot.TurnOf(Name, start, r)); err != nil {
		a.log.Error("record turn", "err", err)
	}
	a.remember(conv, text, r)
	a.metrics.Out(Name, string(r.Kind), time.Since(start))
	a.log.Info("replied", "kind", r.Kind, "topic", r.Topic, "ms", time.Since(start).Milliseconds())
	return r
}

// handleSafely asks the core, turning a panic into an apology.
func (a *Adapter) handleSafely(m bot.Message) (r bot.Reply, err error) {
	defer func() {
		if p := recover(); p != nil {
			a.log.Error("panic while answering", "panic", fmt.Sprint(p))
			a.metrics.Error(Name, "panic")
			r = bot.Reply{Kind: bot.OutOfScope, Blocks: []bot.Block{{Kind: bot.Paragraph, Text: say("", "apology")}}}
			err = nil
		}
	}()
	return a.core.Handle(a.ctx, m)
}

// command handles /guichet. It returns the message to answer with at once, or nil when the
// answer follows through response_url (it took longer than AckWithin, or is several messages).
func (a *Adapter) command(cmd slack.SlashCommand) *slack.Msg {
	if !a.allowed(cmd.TeamID, cmd.ChannelID, isDirect(cmd.ChannelID)) {
		a.log.Info("refused: workspace or channel not allowed")
		a.metrics.Error(Name, "not_allowed")
		return private(say("", "not_here"))
	}
	text := strings.TrimSpace(cmd.Text)
	first, rest, _ := strings.Cut(text, " ")
	switch strings.ToLower(first) {
	case "", "help", "aide":
		return private(say("", "help"))
	case "admin":
		return a.inline(cmd.ResponseURL, a.adminCommand(cmd.UserID, strings.ToLower(strings.TrimSpace(rest))))
	}
	// The question is recorded before it is acknowledged: one asked just before a stop is
	// answered through its response_url (valid for half an hour) at the next start.
	id := "command:" + cmd.TriggerID
	if cmd.TriggerID == "" {
		id = "command:" + strconv.FormatInt(time.Now().UnixNano(), 10)
	}
	in := inbound{Team: cmd.TeamID, Channel: cmd.ChannelID, User: cmd.UserID, Text: text, Direct: isDirect(cmd.ChannelID), ResponseURL: cmd.ResponseURL,
		Case: strings.TrimPrefix(id, "command:")}
	payload, err := json.Marshal(in)
	if err != nil {
		a.log.Error("encode command", "err", err)
		return private(say("", "apology"))
	}
	if !a.queue.Admit() {
		// Slack does not send a command again: the asker is told to.
		a.metrics.BacklogFull(Name)
		return private(say("", "busy"))
	}
	fresh, err := a.store.Receive(a.ctx, Name, id, time.Now().Unix(), payload)
	if err != nil || !fresh {
		a.queue.Release()
	}
	if err != nil {
		a.log.Error("record command", "err", err)
		a.metrics.Error(Name, "record")
		return private(say("", "apology"))
	}
	if !fresh {
		return nil
	}
	h := &handoff{ready: make(chan *slack.Msg, 1)}
	if a.enqueue(in, id, h) == queue.Silent {
		return nil // over the limit, its asker told so already: an empty acknowledgement
	}
	return h.wait(a.cfg.AckWithin)
}

// inline returns the first message to answer with at once and sends the others through
// response_url.
func (a *Adapter) inline(responseURL string, msgs []Message) *slack.Msg {
	if len(msgs) == 0 {
		return nil
	}
	if len(msgs) > 1 {
		go a.send.post(a.ctx, dest{ResponseURL: responseURL}, msgs[1:])
	}
	return private(msgs[0].Text, msgs[0].Blocks...)
}

// private is a message only its reader sees.
func private(text string, blocks ...slack.Block) *slack.Msg {
	m := &slack.Msg{ResponseType: slack.ResponseTypeEphemeral, Text: text}
	if len(blocks) > 0 {
		m.Blocks = slack.Blocks{BlockSet: blocks}
	}
	return m
}

// maxInline is the largest answer sent in an acknowledgement; Socket Mode drops one of 20 KB.
const maxInline = 15000

// handoff passes a slash command's answer to the acknowledgement if it is ready in time.
type handoff struct {
	ready chan *slack.Msg
	mu    sync.Mutex
	late  bool
}

// offer gives the answer to the acknowledgement; false when the acknowledgement has gone
// without it (the answer then goes through response_url).
func (h *handoff) offer(m *slack.Msg) bool {
	if b, err := json.Marshal(m); err != nil || len(b) > maxInline {
		return false
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.late {
		return false
	}
	h.ready <- m
	return true
}

// wait returns the answer if it comes within d, else nil.
func (h *handoff) wait(d time.Duration) *slack.Msg {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case m := <-h.ready:
		return m
	case <-t.C:
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	h.late = true
	select {
	case m := <-h.ready:
		return m
	default:
		return nil
	}
}

// interaction handles a button press or a form submission, after it was acknowledged.
func (a *Adapter) interaction(cb slack.InteractionCallback) {
	switch cb.Type {
	case slack.InteractionTypeBlockActions:
		if !a.allowed(cb.Team.ID, cb.Channel.ID, isDirect(cb.Channel.ID)) {
			a.log.Info("refused: workspace or channel not allowed")
			a.metrics.Error(Name, "not_allowed")
			return
		}
		for _, act := range cb.ActionCallback.BlockActions {
			a.action(cb, act)
		}
	case slack.InteractionTypeViewSubmission:
		if cb.View.CallbackID != callbackReason || !a.allowed(cb.Team.ID, "", true) {
			return
		}
		id, err := strconv.ParseInt(cb.View.PrivateMetadata, 10, 64)
		if err != nil || cb.View.State == nil {
			return
		}
		reason := strings.TrimSpace(cb.View.State.Values[blockReason][actionReason].Value)
		if reason == "" {
			return
		}
		if err := a.store.SetFeedbackReason(a.ctx, id, reason); err != nil {
			a.log.Error("store feedback reason", "err", err)
		}
	}
}

// action handles one of Guichet's buttons.
func (a *Adapter) action(cb slack.InteractionCallback, act *slack.BlockAction) {
	var rf ref
	if err := json.Unmarshal([]byte(act.Value), &rf); err != nil || rf.Conv == "" {
		return
	}
	private := cb.Container.IsEphemeral || rf.Channel == ""
	d := dest{Channel: rf.Channel, Thread: rf.Thread}
	if private {
		d = dest{ResponseURL: cb.ResponseURL}
	}
	switch {
	case strings.HasPrefix(act.ActionID, actionOption):
		// A press is not recorded (it is no event Slack sends again): the limit judges it here,
		// as it arrives, with the same one notice a window as messages.
		if limit := a.limit.Judge(cb.Team.ID+":"+cb.User.ID, a.cfg.Now()); limit != queue.Allowed {
			a.metrics.RateLimited(Name)
			if limit == queue.Notify {
				a.send.post(a.ctx, dest{ResponseURL: cb.ResponseURL}, []Message{{Text: say("", "slow_down")}})
			}
			return
		}
		a.queue.Push(rf.Conv, job{do: func() {
			a.showChoice(cb, rf, act)
			c := Controls{Conversation: rf.Conv, Channel: rf.Channel, Thread: rf.Thread, Share: private && !isDirect(rf.Channel)}
			if r, stale := a.stale(rf); stale {
				a.send.post(a.ctx, d, Render(r, c))
				return
			}
			a.send.post(a.ctx, d, Render(a.ask(rf.Conv, cb.User.ID, rf.Value), c))
		}})
	case act.ActionID == actionShare:
		a.queue.Push(rf.Conv, job{do: func() {
			ex, ok := a.recall(rf.Conv)
			if !ok {
				a.send.post(a.ctx, dest{ResponseURL: cb.ResponseURL}, []Message{{Text: say("", "gone")}})
				return
			}
			msgs := Render(ex.reply, Controls{})
			by := slack.NewContextBlock("", slack.NewTextBlockObject(slack.MarkdownType, fmt.Sprintf(say(ex.reply.Lang, "shared_by"), cb.User.ID), false, false))
			if len(msgs[0].Blocks) < MaxBlocks {
				msgs[0].Blocks = append([]slack.Block{by}, msgs[0].Blocks...)
			}
			a.send.post(a.ctx, dest{ResponseURL: cb.ResponseURL, InChannel: true}, msgs)
		}})
	case act.ActionID == actionUp || act.ActionID == actionDown:
		// Not behind the conversation's queue: a form must open within 3 s of the press.
		a.queue.Push("feedback:"+rf.Conv, job{do: func() { a.feedback(cb, rf, act.ActionID == actionUp) }})
	}
}

// stale tells an option of a question left behind (the conversation moved on, or its case
// expired) whose value does not stand alone: it returns the reply that says the question has moved
// on, with the options of the question in progress if there is one. An option of the question in
// progress, or one whose value stands alone ("clé numérique"), is not stale: it is asked.
func (a *Adapter) stale(rf ref) (bot.Reply, bool) {
	now := a.cfg.Now()
	current, opts, err := a.core.CurrentOptions(a.ctx, rf.Conv, now)
	if err != nil {
		a.log.Error("current options", "err", err)
		a.metrics.Error(Name, "core")
		return bot.Reply{}, false
	}
	if rf.Turn != 0 && rf.Turn == current || a.core.StandsAlone(a.ctx, rf.Value, now) {
		return bot.Reply{}, false
	}
	key := "moved_on_none"
	if len(opts) > 0 {
		key = "moved_on"
	}
	return bot.Reply{Kind: bot.Clarify, Options: opts, Turn: current, Blocks: []bot.Block{{Kind: bot.Paragraph, Text: say("", key)}}}, true
}

// showChoice shows in the question's message which option was pressed: the message, sent again
// through the press's response_url in place of the original, has "✓ <label>" where its option
// buttons were. The message is the one Slack sends with the press, or, for a private message
// (Slack sends none), the conversation's last reply when the button is one of its own.
func (a *Adapter) showChoice(cb slack.InteractionCallback, rf ref, act *slack.BlockAction) {
	if cb.ResponseURL == "" {
		return
	}
	label := rf.Value
	if act.Text.Text != "" {
		label = act.Text.Text
	}
	blocks := cb.Message.Blocks.BlockSet
	if len(blocks) == 0 {
		if ex, ok := a.recall(rf.Conv); ok && rf.Turn != 0 && ex.reply.Turn == rf.Turn {
			msgs := Render(ex.reply, Controls{})
			blocks = msgs[len(msgs)-1].Blocks
		}
	}
	blocks = chosen(blocks, label)
	a.send.post(a.ctx, dest{ResponseURL: cb.ResponseURL, Replace: true}, []Message{{Text: fallback(blocks), Blocks: blocks}})
}

// feedback stores a vote on the conversation's last answer; a 👎 opens a form for the reason.
func (a *Adapter) feedback(cb slack.InteractionCallback, rf ref, up bool) {
	ex, _ := a.recall(rf.Conv)
	id, err := a.store.AddFeedback(a.ctx, bot.Feedback{Adapter: Name, ConversationID: rf.Conv,
		Question: ex.question, Answer: bot.PlainText(ex.reply), Positive: up, Time: time.Now()})
	if err != nil {
		a.log.Error("store feedback", "err", err)
		return
	}
	a.metrics.Feedback(Name, up)
	lang := ex.reply.Lang
	if up {
		a.send.post(a.ctx, dest{ResponseURL: cb.ResponseURL}, []Message{{Text: say(lang, "thanks")}})
		return
	}
	input := slack.NewPlainTextInputBlockElement(nil, actionReason)
	input.Multiline = true
	input.MaxLength = 1000
	view := slack.ModalViewRequest{
		Type:            slack.VTModal,
		CallbackID:      callbackReason,
		PrivateMetadata: strconv.FormatInt(id, 10),
		Title:           slack.NewTextBlockObject(slack.PlainTextType, truncate(say(lang, "reason_title"), 24), false, false),
		Submit:          slack.NewTextBlockObject(slack.PlainTextType, say(lang, "send"), false, false),
		Close:           slack.NewTextBlockObject(slack.PlainTextType, say(lang, "cancel"), false, false),
		Blocks: slack.Blocks{BlockSet: []slack.Block{
			slack.NewInputBlock(blockReason, slack.NewTextBlockObject(slack.PlainTextType, say(lang, "reason_label"), false, false),
				slack.NewTextBlockObject(slack.PlainTextType, say(lang, "reason_hint"), false, false), input),
		}},
	}
	a.send.call(a.ctx, "views.open", func(ctx context.Context) error {
		_, err := a.api.OpenViewContext(ctx, cb.TriggerID, view)
		return err
	})
}

// adminCommand answers /guichet admin feedback and /guichet admin stats, for administrators.
func (a *Adapter) adminCommand(user, sub string) []Message {
	lang := knowledge.FR
	if !a.admin(user) {
		a.log.Info("refused: admin command by a non-admin")
		return []Message{{Text: say(lang, "not_admin")}}
	}
	var lines []string
	switch sub {
	case "feedback":
		const days = 30
		fb, err := a.store.NegativeFeedback(a.ctx, time.Now().AddDate(0, 0, -days), 10)
		if err != nil {
			a.log.Error("read feedback", "err", err)
			return []Message{{Text: say(lang, "apology")}}
		}
		if len(fb) == 0 {
			return []Message{{Text: fmt.Sprintf(say(lang, "no_feedback"), days)}}
		}
		lines = append(lines, "*"+fmt.Sprintf(say(lang, "feedback_title"), days, len(fb))+"*")
		for _, f := range fb {
			reason := f.Reason
			if reason == "" {
				reason = say(lang, "no_reason")
			}
			lines = append(lines, fmt.Sprintf("• %s · %s · « %s » — %s", f.Time.Format("02/01 15:04"), f.Adapter,
				escape(truncate(f.Question, 200)), escape(truncate(reason, 300))))
		}
	case "stats":
		const days = 7
		st, err := a.store.TurnStats(a.ctx, time.Now().AddDate(0, 0, -days))
		if err != nil {
			a.log.Error("read stats", "err", err)
			return []Message{{Text: say(lang, "apology")}}
		}
		lines = statsLines(lang, days, st)
	default:
		return []Message{{Text: say(lang, "help")}}
	}
	msgs := pack([][]slack.Block{sections(lines)})
	return msgs
}

// statsLines presents the journal's statistics.
func statsLines(lang knowledge.Lang, days int, st bot.TurnStats) []string {
	list := func(title string, parts []string) string {
		if len(parts) == 0 {
			parts = []string{say(lang, "none")}
		}
		return "*" + title + "* : " + strings.Join(parts, ", ")
	}
	var adapters, kinds, langs, topics []string
	for _, c := range st.ByAdapter {
		adapters = append(adapters, fmt.Sprintf("%s %d", c.Adapter, c.N))
	}
	for _, c := range st.ByKind {
		name := map[bot.Kind]string{bot.Answer: say(lang, "kind_answer"), bot.Clarify: say(lang, "kind_clarify"), bot.OutOfScope: say(lang, "kind_out")}[c.Kind]
		if name == "" {
			name = string(c.Kind)
		}
		kinds = append(kinds, fmt.Sprintf("%s %d", name, c.N))
	}
	for _, c := range st.ByLang {
		name := string(c.Lang)
		if name == "" {
			name = "?"
		}
		langs = append(langs, fmt.Sprintf("%s %d", name, c.N))
	}
	for _, c := range st.Unanswered {
		name := string(c.Topic)
		if name == "" {
			name = say(lang, "no_topic")
		}
		topics = append(topics, fmt.Sprintf("%s %d", name, c.N))
	}
	return []string{
		"*" + fmt.Sprintf(say(lang, "stats_title"), days, st.Questions) + "*",
		list(say(lang, "by_adapter"), adapters),
		list(say(lang, "by_kind"), kinds),
		list(say(lang, "by_lang"), langs),
		list(say(lang, "unanswered"), topics),
	}
}

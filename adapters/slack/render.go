package slack

import (
	"encoding/json"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/slack-go/slack"

	"github.com/guichet/guichet/bot"
	"github.com/guichet/guichet/knowledge"
)

// Slack's limits on one message (Block Kit reference): a message holding more is refused.
const (
	MaxBlocks      = 50
	MaxSectionText = 3000
	MaxContextText = 2000
	MaxHeaderText  = 150
	MaxButtonText  = 75
	MaxButtonValue = 2000
	MaxActionID    = 255
	// maxButtons is how many elements one actions block holds.
	maxButtons = 25
	// MaxMessageChars keeps one message readable at the counter and well under Slack's payload
	// size; a longer reply continues in the next message.
	MaxMessageChars = 12000
)

// The action ids of Guichet's buttons.
const (
	actionOption   = "guichet:opt:"
	actionUp       = "guichet:fb:up"
	actionDown     = "guichet:fb:down"
	actionShare    = "guichet:share"
	callbackReason = "guichet:feedback_reason"
	blockReason    = "reason"
	actionReason   = "reason_text"
)

// Message is one Slack message: the text notifications show, and its blocks.
type Message struct {
	Text   string
	Blocks []slack.Block
}

// Controls say where the answer to a pressed button goes, and which buttons a reply carries;
// without a conversation, a reply has no buttons.
type Controls struct {
	Conversation string
	Channel      string
	Thread       string
	// Share adds "Partager dans le canal", for a private answer to /guichet.
	Share bool
}

// ref is what a button carries back: the conversation it continues and where to answer.
type ref struct {
	Conv    string `json:"c"`
	Channel string `json:"ch,omitempty"`
	Thread  string `json:"t,omitempty"`
	// Value is an option's value, sent to the core as the next message.
	Value string `json:"v,omitempty"`
	// Turn is, for an option, the turn of the reply that offered it (bot.Reply.Turn), which tells
	// a button of the question in progress from one of a question left behind.
	Turn int `json:"n,omitempty"`
}

func (c Controls) ref(value string) string { return c.option(value, 0) }

// option is the value of an option's button: its conversation, its value and its turn.
func (c Controls) option(value string, turn int) string {
	b, _ := json.Marshal(ref{Conv: c.Conversation, Channel: c.Channel, Thread: c.Thread, Value: value, Turn: turn})
	return string(b)
}

// Render turns a reply into Block Kit messages for town-hall staff: the answer, then the details
// sections (checklist, fee, validity, rule applied), the sources with their dates, a plain-text
// version to give the citizen, and the buttons (options, 👍/👎, share). Every text is escaped and
// cut under Slack's limits; a reply too long for one message is split between its parts, and the
// buttons come with the last message.
func Render(r bot.Reply, c Controls) []Message {
	var groups [][]slack.Block
	var answer []slack.Block
	for _, b := range r.Blocks {
		answer = append(answer, sections(blockLines(b))...)
	}
	for _, n := range r.Notes {
		answer = append(answer, contexts(escape(n))...)
	}
	groups = append(groups, answer)
	for _, d := range r.Details {
		g := []slack.Block{slack.NewDividerBlock(), header(d.Title)}
		for _, b := range d.Blocks {
			if d.Reasoning {
				// The rules applied are small print: the counter reads the facts above first.
				g = append(g, contexts(strings.Join(blockLines(b), "\n"))...)
				continue
			}
			g = append(g, sections(blockLines(b))...)
		}
		groups = append(groups, g)
	}
	if len(r.Sources) > 0 {
		lines := []string{"*" + escape(bot.SourcesTitle(r.Lang)) + "*"}
		for _, s := range r.Sources {
			lines = append(lines, "• "+sourceLink(r.Lang, s))
		}
		groups = append(groups, contexts(strings.Join(lines, "\n")))
	}
	if r.Kind == bot.Answer && len(r.Blocks) > 0 {
		// The citizen's copy keeps what they must bring (the checklist, the fee) and leaves out the
		// counter's reasoning (the rules applied, which source Guichet follows where sources
		// disagree) and what Guichet assumed; it names the first sources only, the national ones.
		citizen := r
		citizen.Options, citizen.Notes = nil, nil
		citizen.Details = nil
		for _, d := range r.Details {
			if !d.Reasoning && !d.CounterOnly {
				citizen.Details = append(citizen.Details, d)
			}
		}
		citizen.Sources, _ = bot.ShownSources(r.Sources)
		g := []slack.Block{slack.NewDividerBlock(), header(say(r.Lang, "citizen"))}
		for _, p := range cut(escape(bot.PlainText(citizen)), MaxSectionText-6) {
			g = append(g, section("```"+p+"```"))
		}
		groups = append(groups, g)
	}
	groups = append(groups, controls(r, c))
	return pack(groups)
}

// chosen is a question's message once one of its options was pressed: its blocks with the
// options' buttons replaced by "✓ <label>" (appended, when the message had none). Other buttons
// stay.
func chosen(blocks []slack.Block, label string) []slack.Block {
	mark := contexts("✓ " + escape(truncate(label, MaxButtonText)))
	var out []slack.Block
	marked := false
	for _, b := range blocks {
		if isOptions(b) {
			if !marked {
				out = append(out, mark...)
				marked = true
			}
			continue
		}
		out = append(out, b)
	}
	if !marked {
		out = append(out, mark...)
	}
	return out
}

// isOptions reports whether a block is a row of option buttons.
func isOptions(b slack.Block) bool {
	row, ok := b.(*slack.ActionBlock)
	if !ok || row.Elements == nil {
		return false
	}
	for _, e := range row.Elements.ElementSet {
		if btn, ok := e.(*slack.ButtonBlockElement); ok && strings.HasPrefix(btn.ActionID, actionOption) {
			return true
		}
	}
	return false
}

// contexts are context blocks (small print) holding text, cut under Slack's limit.
func contexts(text string) []slack.Block {
	var out []slack.Block
	for _, p := range cut(text, MaxContextText) {
		out = append(out, slack.NewContextBlock("", slack.NewTextBlockObject(slack.MarkdownType, p, false, false)))
	}
	return out
}

// controls are the reply's buttons: its options, then 👍/👎 and share for an answer.
func controls(r bot.Reply, c Controls) []slack.Block {
	if c.Conversation == "" {
		return nil // a shared copy: its buttons would continue nobody's conversation
	}
	var buttons []slack.BlockElement
	for i, o := range r.Options {
		value := c.option(o.Value, r.Turn)
		if len(value) > MaxButtonValue {
			value = c.option(strconv.Itoa(i+1), r.Turn) // the core takes an option's number too
		}
		buttons = append(buttons, button(actionOption+strconv.Itoa(i+1), o.Label, value))
	}
	var out []slack.Block
	for len(buttons) > 0 {
		n := min(len(buttons), maxButtons)
		out = append(out, slack.NewActionBlock("", buttons[:n]...))
		buttons = buttons[n:]
	}
	if r.Kind != bot.Answer {
		return out
	}
	var row []slack.BlockElement
	if c.Share {
		row = append(row, button(actionShare, say(r.Lang, "share"), c.ref("")).WithStyle(slack.StylePrimary))
	}
	if len(r.Sources) > 0 {
		row = append(row, button(actionUp, "👍", c.ref("")), button(actionDown, "👎", c.ref("")))
	}
	if len(row) > 0 {
		out = append(out, slack.NewActionBlock("", row...))
	}
	return out
}

// pack fills messages with the groups in order, starting a new message before a group that does
// not fit, and cutting only a group too large for a message of its own.
func pack(groups [][]slack.Block) []Message {
	var out []Message
	var cur []slack.Block
	chars := 0
	flush := func() {
		if len(cur) > 0 {
			out = append(out, Message{Text: fallback(cur), Blocks: cur})
			cur, chars = nil, 0
		}
	}
	for _, g := range groups {
		if len(cur)+len(g) > MaxBlocks || chars+size(g...) > MaxMessageChars {
			flush()
		}
		for _, b := range g {
			if len(cur)+1 > MaxBlocks || chars+size(b) > MaxMessageChars {
				flush()
			}
			cur = append(cur, b)
			chars += size(b)
		}
	}
	flush()
	return out
}

// size counts a block's characters of text.
func size(blocks ...slack.Block) int {
	n := 0
	for _, b := range blocks {
		switch b := b.(type) {
		case *slack.SectionBlock:
			n += utf8.RuneCountInString(b.Text.Text)
		case *slack.HeaderBlock:
			n += utf8.RuneCountInString(b.Text.Text)
		case *slack.ContextBlock:
			for _, e := range b.ContextElements.Elements {
				if t, ok := e.(*slack.TextBlockObject); ok {
					n += utf8.RuneCountInString(t.Text)
				}
			}
		}
	}
	return n
}

// fallback is a message's notification text: the start of its first text.
func fallback(blocks []slack.Block) string {
	for _, b := range blocks {
		var s string
		switch b := b.(type) {
		case *slack.SectionBlock:
			s = b.Text.Text
		case *slack.HeaderBlock:
			s = b.Text.Text
		default:
			continue
		}
		s = strings.Trim(s, "`*_ ")
		if utf8.RuneCountInString(s) > 150 {
			s = string([]rune(s)[:149]) + "…"
		}
		return s
	}
	return "Guichet"
}

// blockLines are the escaped lines of a paragraph or list.
func blockLines(b bot.Block) []string {
	var lines []string
	if b.Text != "" {
		lines = append(lines, escape(b.Text))
	}
	for _, it := range b.Items {
		lines = append(lines, "• "+escape(it))
	}
	return lines
}

// sections joins lines into as few section blocks as the section limit allows.
func sections(lines []string) []slack.Block {
	var out []slack.Block
	for _, p := range cut(strings.Join(lines, "\n"), MaxSectionText) {
		out = append(out, section(p))
	}
	return out
}

func section(mrkdwn string) *slack.SectionBlock {
	return slack.NewSectionBlock(slack.NewTextBlockObject(slack.MarkdownType, mrkdwn, false, false), nil, nil)
}

func header(title string) *slack.HeaderBlock {
	return slack.NewHeaderBlock(slack.NewTextBlockObject(slack.PlainTextType, truncate(title, MaxHeaderText), true, false))
}

func button(actionID, label, value string) *slack.ButtonBlockElement {
	return slack.NewButtonBlockElement(actionID, value, slack.NewTextBlockObject(slack.PlainTextType, truncate(label, MaxButtonText), true, false))
}

// truncate cuts s to at most max characters, ending with "…" when cut.
func truncate(s string, max int) string {
	if utf8.RuneCountInString(s) <= max {
		return s
	}
	return string([]rune(s)[:max-1]) + "…"
}

// sourceLink is a source as a Slack link on its label, followed by its dates.
func sourceLink(lang knowledge.Lang, src knowledge.Source) string {
	line := bot.SourceLine(lang, src)
	if src.URL == "" || strings.ContainsAny(src.URL, "|<> ") {
		return escape(line)
	}
	label := src.Label()
	rest := strings.TrimPrefix(line, label+", "+src.URL)
	return "<" + src.URL + "|" + escape(label) + ">" + escape(rest)
}

// escape makes text safe in Slack's mrkdwn: &, < and > are its control characters.
func escape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(s)
}

// cut splits escaped text into pieces of at most max characters: between lines where it can,
// inside a line only when the line alone is too long, and never inside an escape (&amp;).
func cut(s string, max int) []string {
	var out []string
	var cur strings.Builder
	n := 0
	for _, line := range strings.Split(s, "\n") {
		ll := utf8.RuneCountInString(line)
		sep := 0
		if cur.Len() > 0 {
			sep = 1
		}
		if n+sep+ll > max && cur.Len() > 0 {
			out = append(out, cur.String())
			cur.Reset()
			n, sep = 0, 0
		}
		for ll > max {
			at := cutAt(line, max)
			out = append(out, line[:at])
			line = line[at:]
			ll = utf8.RuneCountInString(line)
		}
		if sep > 0 {
			cur.WriteByte('\n')
		}
		cur.WriteString(line)
		n += sep + ll
	}
	if cur.Len() > 0 {
		out = append(out, cur.String())
	}
	return out
}

// cutAt is a byte offset at most max characters into s, not inside an escape, preferably after
// a space.
func cutAt(s string, limit int) int {
	i := 0
	for r := 0; r < limit && i < len(s); r++ {
		_, w := utf8.DecodeRuneInString(s[i:])
		i += w
	}
	if amp := strings.LastIndexByte(s[max(0, i-5):i], '&'); amp >= 0 && !strings.Contains(s[max(0, i-5)+amp:i], ";") {
		i = max(0, i-5) + amp
	}
	if sp := strings.LastIndexByte(s[:i], ' '); sp > i/2 {
		i = sp + 1
	}
	return i
}

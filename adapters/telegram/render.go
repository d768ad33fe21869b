package telegram

import (
	"html"
	"strings"
	"unicode/utf8"

	"github.com/guichet/guichet/bot"
	"github.com/guichet/guichet/knowledge"
)

// MaxMessage is Telegram's limit on the text of one message, in characters.
const MaxMessage = 4096

// MaxSources is how many sources an answer shows on a phone's screen (bot.MaxShownSources); the
// others are one button away (see keyboard).
const MaxSources = bot.MaxShownSources

// RenderHTML renders a reply in Telegram's HTML: paragraphs, bulleted lists, notes in italics and
// at most MaxSources sources as links with their dates, national first. Every piece of text is
// escaped.
func RenderHTML(r bot.Reply) []string {
	var parts []string
	for _, b := range r.Blocks {
		var s strings.Builder
		if b.Text != "" {
			s.WriteString(html.EscapeString(b.Text))
		}
		for _, it := range b.Items {
			if s.Len() > 0 {
				s.WriteString("\n")
			}
			s.WriteString("• " + html.EscapeString(it))
		}
		parts = append(parts, s.String())
	}
	for _, n := range r.Notes {
		parts = append(parts, "<i>"+html.EscapeString(n)+"</i>")
	}
	if len(r.Sources) > 0 {
		shown, more := bot.ShownSources(r.Sources)
		var s strings.Builder
		s.WriteString("<b>" + html.EscapeString(bot.SourcesTitle(r.Lang)) + "</b>")
		for _, src := range shown {
			s.WriteString("\n• " + sourceLink(r.Lang, src))
		}
		if more > 0 {
			s.WriteString("\n" + html.EscapeString(moreSources(r.Lang, more)))
		}
		parts = append(parts, s.String())
	}
	return split(parts, MaxMessage)
}

// SourcesHTML renders a list of sources, for /sources.
func SourcesHTML(lang knowledge.Lang, srcs []knowledge.Source) string {
	var s strings.Builder
	s.WriteString("<b>" + html.EscapeString(bot.SourcesTitle(lang)) + "</b>")
	for _, src := range srcs {
		s.WriteString("\n• " + sourceLink(lang, src))
	}
	return s.String()
}

func sourceLink(lang knowledge.Lang, src knowledge.Source) string {
	line := bot.SourceLine(lang, src)
	if src.URL == "" {
		return html.EscapeString(line)
	}
	// The label links to the URL; the rest of the line (the dates) follows.
	label := src.Label()
	rest := strings.TrimPrefix(line, label+", "+src.URL)
	return `<a href="` + html.EscapeString(src.URL) + `">` + html.EscapeString(label) + `</a>` + html.EscapeString(rest)
}

// split joins paragraphs into messages of at most max characters, cutting between paragraphs,
// and inside one only when a paragraph alone is too long (then between lines, then anywhere).
func split(parts []string, max int) []string {
	var out []string
	var cur strings.Builder
	n := 0
	flush := func() {
		if cur.Len() > 0 {
			out = append(out, cur.String())
			cur.Reset()
			n = 0
		}
	}
	for _, p := range parts {
		pl := utf8.RuneCountInString(p)
		sep := 0
		if n > 0 {
			sep = 2
		}
		if n+sep+pl <= max {
			if sep > 0 {
				cur.WriteString("\n\n")
			}
			cur.WriteString(p)
			n += sep + pl
			continue
		}
		flush()
		if pl <= max {
			cur.WriteString(p)
			n = pl
			continue
		}
		out = append(out, cutLong(p, max)...)
	}
	flush()
	return out
}

// cutLong cuts one too-long paragraph between lines, or at max characters as a last resort,
// never inside an HTML tag or entity.
func cutLong(p string, max int) []string {
	var out []string
	var cur strings.Builder
	n := 0
	for _, line := range strings.SplitAfter(p, "\n") {
		ll := utf8.RuneCountInString(line)
		if n+ll > max && n > 0 {
			out = append(out, strings.TrimRight(cur.String(), "\n"))
			cur.Reset()
			n = 0
		}
		for ll > max {
			cut := safeCut(line, max)
			out = append(out, line[:cut])
			line = line[cut:]
			ll = utf8.RuneCountInString(line)
		}
		cur.WriteString(line)
		n += ll
	}
	if cur.Len() > 0 {
		out = append(out, strings.TrimRight(cur.String(), "\n"))
	}
	return out
}

// safeCut returns a byte offset of at most max runes into s that is not inside a tag or entity.
func safeCut(s string, max int) int {
	i, runes := 0, 0
	for i < len(s) && runes < max {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
		runes++
	}
	for j := i - 1; j >= 0 && j > i-12; j-- {
		switch s[j] {
		case '&', '<':
			return j
		case ';', '>', ' ':
			return i
		}
	}
	return i
}

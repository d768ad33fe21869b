// Package evals runs answer evaluations: YAML case files of conversations, each turn with checks
// on Guichet's reply, run against the same core the chat adapters use. Maintainers run them before
// every change to see at once what got better or worse; `make test` runs the project's own cases
// so that a regression fails CI.
package evals

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/guichet/guichet/bot"
	"github.com/guichet/guichet/knowledge"
)

// Case is one conversation to evaluate, from a fresh start.
type Case struct {
	ID   string
	Tags []string
	// Audience is who asks: citizens by default, or town-hall staff, whose replies carry details.
	Audience bot.Audience
	Turns    []Turn
	// Now is the time the case's expectations hold at, from its file's `now:`, used for every
	// message unless the run fixes another (Options.Now); zero means the real time.
	Now time.Time
	// File and Line locate the case, for messages.
	File string
	Line int
}

// Turn is one user message and the checks on the reply to it.
type Turn struct {
	User   string
	Expect *Expect
	Line   int
}

// Expect holds the checks of a turn. Text checks compare normalised text (see Normalize).
type Expect struct {
	// Kind is answer, clarify or out_of_scope.
	Kind string
	// Contains: every string appears in the reply text.
	Contains []string
	// ContainsAny: at least one appears.
	ContainsAny []string
	// NotContains: none appears.
	NotContains []string
	// Regex: every pattern matches the normalised reply text, case-insensitively.
	Regex []*regexp.Regexp
	// Cites: every string appears in the title or URL of a cited source.
	Cites []string
	// OptionsAny: at least one quick reply contains one of these.
	OptionsAny []string
	// Facts: every "name=value" is among the reply's structured facts ("name" alone: any value).
	Facts []string
	// Entries: every id is among the knowledge-base entries the answer used.
	Entries []string
	// Lang: the language the reply is written in.
	Lang string
	// MaxLatencyMs bounds the time to answer this turn.
	MaxLatencyMs int
}

// Normalize is the comparison form of text on both sides of a text check: lower case, no
// diacritics, ASCII apostrophes and quotes, one ASCII space for any run of Unicode spaces.
func Normalize(s string) string { return knowledge.Normalize(s) }

// Error is a problem in a case file, with its place.
type Error struct {
	File string
	Line int
	Msg  string
}

func (e *Error) Error() string { return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg) }

// Errors is every problem found in the case files.
type Errors []*Error

func (es Errors) Error() string {
	lines := make([]string, len(es))
	for i, e := range es {
		lines[i] = e.Error()
	}
	return strings.Join(lines, "\n")
}

// Load reads the cases of every path: *.yaml files, or folders searched for them. Invalid files
// give Errors with file and line; ids must be unique across all files.
func Load(paths ...string) ([]Case, error) {
	var files []string
	for _, p := range paths {
		st, err := os.Stat(p)
		if err != nil {
			return nil, fmt.Errorf("eval cases %s: %w", p, err)
		}
		if !st.IsDir() {
			files = append(files, p)
			continue
		}
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !d.IsDir() && (strings.HasSuffix(path, ".yaml") || strings.HasSuffix(path, ".yml")) {
				files = append(files, path)
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("eval cases %s: %w", p, err)
		}
	}
	sort.Strings(files)
	var cases []Case
	var errs Errors
	seen := map[string]string{}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return nil, fmt.Errorf("read eval cases %s: %w", f, err)
		}
		cs, fe := Parse(f, data)
		errs = append(errs, fe...)
		for _, c := range cs {
			if prev, dup := seen[c.ID]; dup {
				errs = append(errs, &Error{File: c.File, Line: c.Line, Msg: fmt.Sprintf("duplicate id %q (first at %s)", c.ID, prev)})
				continue
			}
			seen[c.ID] = fmt.Sprintf("%s:%d", c.File, c.Line)
			cases = append(cases, c)
		}
	}
	if len(errs) > 0 {
		return nil, errs
	}
	if len(cases) == 0 {
		return nil, errors.New("no eval case found in " + strings.Join(paths, ", "))
	}
	return cases, nil
}

// Parse reads one case file. name is used in messages.
func Parse(name string, data []byte) ([]Case, Errors) {
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		line := 0
		if m := regexp.MustCompile(`line (\d+)`).FindStringSubmatch(err.Error()); m != nil {
			fmt.Sscan(m[1], &line)
		}
		return nil, Errors{{File: name, Line: line, Msg: strings.TrimPrefix(err.Error(), "yaml: ")}}
	}
	if len(root.Content) == 0 {
		return nil, nil
	}
	p := &parser{file: name}
	doc := root.Content[0]
	var now time.Time
	if doc.Kind == yaml.MappingNode {
		// The file's header: the time its expectations hold at, then its cases.
		var list *yaml.Node
		p.fields(doc, "a case file", func(k string, v *yaml.Node) bool {
			switch k {
			case "now":
				s, _ := p.str(v, "now")
				t, err := ParseNow(s)
				if err != nil {
					p.fail(v, "%v", err)
				}
				now = t
			case "cases":
				list = v
			default:
				return false
			}
			return true
		})
		if list == nil {
			p.fail(doc, "a case file with a header needs cases")
			return nil, p.errs
		}
		doc = list
	}
	if doc.Kind != yaml.SequenceNode {
		p.fail(doc, "a case file is a list of cases, or a mapping with now and cases")
		return nil, p.errs
	}
	var cases []Case
	for _, n := range doc.Content {
		if c, ok := p.caseNode(n); ok {
			c.Now = now
			cases = append(cases, c)
		}
	}
	return cases, p.errs
}

// ParseNow reads the time a run or a case file is set at: YYYY-MM-DD (midnight) or
// YYYY-MM-DDTHH:MM, in local time, the way people at the counter read dates (or RFC 3339).
func ParseNow(s string) (time.Time, error) {
	for _, layout := range []string{"2006-01-02T15:04", time.DateOnly, time.RFC3339} {
		if t, err := time.ParseInLocation(layout, s, time.Local); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("now %q: want YYYY-MM-DD or YYYY-MM-DDTHH:MM", s)
}

type parser struct {
	file string
	errs Errors
}

func (p *parser) fail(n *yaml.Node, format string, args ...any) {
	p.errs = append(p.errs, &Error{File: p.file, Line: n.Line, Msg: fmt.Sprintf(format, args...)})
}

// fields walks a mapping, calling f for each key; unknown keys are reported by f returning false.
func (p *parser) fields(n *yaml.Node, what string, f func(key string, v *yaml.Node) bool) bool {
	if n.Kind != yaml.MappingNode {
		p.fail(n, "%s must be a mapping", what)
		return false
	}
	ok := true
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if !f(k.Value, v) {
			p.fail(k, "unknown key %q in %s", k.Value, what)
			ok = false
		}
	}
	return ok
}

func (p *parser) str(n *yaml.Node, what string) (string, bool) {
	if n.Kind != yaml.ScalarNode {
		p.fail(n, "%s must be a string", what)
		return "", false
	}
	return n.Value, true
}

func (p *parser) strs(n *yaml.Node, what string) []string {
	if n.Kind == yaml.ScalarNode {
		return []string{n.Value}
	}
	if n.Kind != yaml.SequenceNode {
		p.fail(n, "%s must be a list of strings", what)
		return nil
	}
	out := make([]string, 0, len(n.Content))
	for _, it := range n.Content {
		if s, ok := p.str(it, what); ok {
			out = append(out, s)
		}
	}
	return out
}

func (p *parser) caseNode(n *yaml.Node) (Case, bool) {
	c := Case{File: p.file, Line: n.Line}
	before := len(p.errs)
	p.fields(n, "a case", func(k string, v *yaml.Node) bool {
		switch k {
		case "id":
			c.ID, _ = p.str(v, "id")
		case "tags":
			c.Tags = p.strs(v, "tags")
		case "audience":
			a, _ := p.str(v, "audience")
			switch a {
			case "citizen":
				c.Audience = bot.Citizen
			case "staff":
				c.Audience = bot.Staff
			default:
				p.fail(v, "audience %q: want citizen or staff", a)
			}
		case "turns":
			if v.Kind != yaml.SequenceNode {
				p.fail(v, "turns must be a list")
				return true
			}
			for _, t := range v.Content {
				c.Turns = append(c.Turns, p.turnNode(t))
			}
		default:
			return false
		}
		return true
	})
	if c.ID == "" {
		p.fail(n, "a case needs an id")
	}
	if len(c.Turns) == 0 {
		p.fail(n, "case %q has no turns", c.ID)
	}
	return c, len(p.errs) == before
}

func (p *parser) turnNode(n *yaml.Node) Turn {
	t := Turn{Line: n.Line}
	p.fields(n, "a turn", func(k string, v *yaml.Node) bool {
		switch k {
		case "user":
			t.User, _ = p.str(v, "user")
		case "expect":
			t.Expect = p.expectNode(v)
		default:
			return false
		}
		return true
	})
	return t
}

var kinds = map[string]bool{"answer": true, "clarify": true, "out_of_scope": true}

func (p *parser) expectNode(n *yaml.Node) *Expect {
	e := &Expect{}
	p.fields(n, "expect", func(k string, v *yaml.Node) bool {
		switch k {
		case "kind":
			e.Kind, _ = p.str(v, "kind")
			if !kinds[e.Kind] {
				p.fail(v, "kind %q: want answer, clarify or out_of_scope", e.Kind)
			}
		case "contains":
			e.Contains = p.strs(v, k)
		case "contains_any":
			e.ContainsAny = p.strs(v, k)
		case "not_contains":
			e.NotContains = p.strs(v, k)
		case "regex":
			for i, s := range p.strs(v, k) {
				re, err := regexp.Compile("(?i)" + s)
				if err != nil {
					at := v
					if v.Kind == yaml.SequenceNode {
						at = v.Content[i]
					}
					p.fail(at, "bad regex %q: %v", s, err)
					continue
				}
				e.Regex = append(e.Regex, re)
			}
		case "cites":
			e.Cites = p.strs(v, k)
		case "options_any":
			e.OptionsAny = p.strs(v, k)
		case "facts":
			e.Facts = p.strs(v, k)
		case "entries":
			e.Entries = p.strs(v, k)
		case "lang":
			e.Lang, _ = p.str(v, k)
		case "max_latency_ms":
			if err := v.Decode(&e.MaxLatencyMs); err != nil || e.MaxLatencyMs <= 0 {
				p.fail(v, "max_latency_ms must be a positive number")
			}
		default:
			return false
		}
		return true
	})
	return e
}

package evals

import (
	"cmp"
	"context"
	"fmt"
	"io"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/guichet/guichet/bot"
)

// Responder is what the cases run against: the conversational core (*bot.Bot), or anything that
// answers the same way.
type Responder interface {
	Handle(ctx context.Context, m bot.Message) (bot.Reply, error)
}

// Options tune a run.
type Options struct {
	// Parallel is how many cases run at once (each case's turns stay in order); 0 means 4.
	Parallel int
	// Repeat runs every case this many times, for non-deterministic modes; 0 means 1.
	Repeat int
	// Now fixes the clock of every message; zero means each case file's own (Case.Now), or
	// the real time for a file that sets none.
	Now time.Time
	// Progress, when set, receives a line per finished case.
	Progress io.Writer
	// Run names the run in conversation ids, so that runs sharing a database do not mix.
	Run string
}

// TurnResult is what one turn got and which checks failed.
type TurnResult struct {
	User      string   `json:"user"`
	Reply     string   `json:"reply"`
	Kind      string   `json:"kind"`
	Lang      string   `json:"lang"`
	Sources   []string `json:"sources"`
	Options   []string `json:"options"`
	Facts     []string `json:"facts"`
	Entries   []string `json:"entries"`
	Failures  []string `json:"failures"`
	LatencyMs float64  `json:"latency_ms"`
	// Model is what the language model did for this turn, when the run uses one.
	Model *bot.ModelUse `json:"model,omitempty"`
}

// Result is the outcome of one run of a case.
type Result struct {
	ID     string       `json:"id"`
	Passed bool         `json:"passed"`
	Tags   []string     `json:"tags"`
	Repeat int          `json:"repeat,omitempty"`
	File   string       `json:"file"`
	Turns  []TurnResult `json:"turns"`
}

// Report is the outcome of a run.
type Report struct {
	Passed   int               `json:"passed"`
	Failed   int               `json:"failed"`
	Cases    []Result          `json:"cases"`
	Config   map[string]string `json:"config,omitempty"`
	Started  time.Time         `json:"started"`
	Duration float64           `json:"duration_s"`
	// Model sums up the language model's part, when the run uses one.
	Model *ModelSummary `json:"model,omitempty"`
}

// Filter keeps the cases that have at least one of tags (all cases when tags is empty).
func Filter(cases []Case, tags []string) []Case {
	if len(tags) == 0 {
		return cases
	}
	var out []Case
	for _, c := range cases {
		for _, t := range c.Tags {
			if slices.Contains(tags, t) {
				out = append(out, c)
				break
			}
		}
	}
	return out
}

// Run runs the cases, each in a fresh conversation, cases in parallel, and reports. Results keep
// the order of cases.
func Run(ctx context.Context, r Responder, cases []Case, o Options) Report {
	if o.Parallel <= 0 {
		o.Parallel = 4
	}
	if o.Repeat <= 0 {
		o.Repeat = 1
	}
	if o.Run == "" {
		o.Run = time.Now().UTC().Format("20060102T150405.000000")
	}
	rep := Report{Started: time.Now()}
	results := make([]Result, len(cases)*o.Repeat)
	jobs := make(chan int)
	var wg sync.WaitGroup
	var done atomic.Int64
	var progress sync.Mutex
	for w := 0; w < o.Parallel; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				c := cases[i/o.Repeat]
				res := runCase(ctx, r, c, i%o.Repeat, o)
				results[i] = res
				n := done.Add(1)
				if o.Progress != nil {
					progress.Lock()
					mark := "ok  "
					if !res.Passed {
						mark = "FAIL"
					}
					fmt.Fprintf(o.Progress, "[%d/%d] %s %s\n", n, len(results), mark, c.ID)
					progress.Unlock()
				}
			}
		}()
	}
	for i := range results {
		select {
		case jobs <- i:
		case <-ctx.Done():
		}
		if ctx.Err() != nil {
			break
		}
	}
	close(jobs)
	wg.Wait()
	for _, res := range results {
		if res.ID == "" {
			continue // not run: the context ended
		}
		rep.Cases = append(rep.Cases, res)
		if res.Passed {
			rep.Passed++
		} else {
			rep.Failed++
		}
	}
	rep.Duration = time.Since(rep.Started).Seconds()
	rep.Model = SummarizeModel(rep.Cases)
	return rep
}

func runCase(ctx context.Context, r Responder, c Case, repeat int, o Options) Result {
	res := Result{ID: c.ID, Tags: c.Tags, Repeat: repeat, File: fmt.Sprintf("%s:%d", c.File, c.Line), Passed: true}
	if res.Tags == nil {
		res.Tags = []string{}
	}
	conv := fmt.Sprintf("eval:%s:%s:%d", o.Run, c.ID, repeat)
	for _, t := range c.Turns {
		now := cmp.Or(o.Now, c.Now, time.Now())
		start := time.Now()
		reply, err := r.Handle(ctx, bot.Message{ConversationID: conv, UserID: "eval", Text: t.User, Time: now, Audience: c.Audience})
		lat := time.Since(start)
		tr := TurnResult{
			User: t.User, Reply: bot.PlainText(reply), Kind: string(reply.Kind), Lang: string(reply.Lang),
			LatencyMs: float64(lat.Microseconds()) / 1000,
			Sources:   []string{}, Options: []string{}, Facts: []string{}, Entries: reply.Entries, Failures: []string{},
			Model: reply.Model,
		}
		if tr.Entries == nil {
			tr.Entries = []string{}
		}
		for _, s := range reply.Sources {
			tr.Sources = append(tr.Sources, strings.TrimSpace(s.Title+" "+s.URL))
		}
		for _, op := range reply.Options {
			tr.Options = append(tr.Options, op.Label)
		}
		for _, f := range reply.Facts {
			tr.Facts = append(tr.Facts, f.Name+"="+f.Value)
		}
		if err != nil {
			tr.Failures = append(tr.Failures, "error: "+err.Error())
		}
		if t.Expect != nil {
			tr.Failures = append(tr.Failures, Check(t.Expect, reply, lat)...)
		}
		if len(tr.Failures) > 0 {
			res.Passed = false
		}
		res.Turns = append(res.Turns, tr)
	}
	return res
}

// Check returns the failed checks of e on a reply that took lat to come.
func Check(e *Expect, r bot.Reply, lat time.Duration) []string {
	var fails []string
	text := Normalize(bot.PlainText(r))
	if e.Kind != "" && string(r.Kind) != e.Kind {
		fails = append(fails, fmt.Sprintf("kind: got %s, want %s", r.Kind, e.Kind))
	}
	for _, s := range e.Contains {
		if !strings.Contains(text, Normalize(s)) {
			fails = append(fails, fmt.Sprintf("contains %q", s))
		}
	}
	if len(e.ContainsAny) > 0 && !containsAny(text, e.ContainsAny) {
		fails = append(fails, fmt.Sprintf("contains_any %q", e.ContainsAny))
	}
	for _, s := range e.NotContains {
		if strings.Contains(text, Normalize(s)) {
			fails = append(fails, fmt.Sprintf("not_contains %q", s))
		}
	}
	for _, re := range e.Regex {
		if !re.MatchString(text) {
			fails = append(fails, fmt.Sprintf("regex %q", strings.TrimPrefix(re.String(), "(?i)")))
		}
	}
	for _, s := range e.Cites {
		found := false
		for _, src := range r.Sources {
			if strings.Contains(Normalize(src.Title+" "+src.URL), Normalize(s)) {
				found = true
				break
			}
		}
		if !found {
			fails = append(fails, fmt.Sprintf("cites %q", s))
		}
	}
	if len(e.OptionsAny) > 0 {
		found := false
		for _, o := range r.Options {
			if containsAny(Normalize(o.Label), e.OptionsAny) {
				found = true
				break
			}
		}
		if !found {
			fails = append(fails, fmt.Sprintf("options_any %q", e.OptionsAny))
		}
	}
	for _, want := range e.Facts {
		name, value, hasValue := strings.Cut(want, "=")
		found := false
		for _, f := range r.Facts {
			if f.Name == name && (!hasValue || Normalize(f.Value) == Normalize(value)) {
				found = true
				break
			}
		}
		if !found {
			fails = append(fails, fmt.Sprintf("facts %q", want))
		}
	}
	for _, id := range e.Entries {
		if !slices.Contains(r.Entries, id) {
			fails = append(fails, fmt.Sprintf("entries %q", id))
		}
	}
	if e.Lang != "" && string(r.Lang) != e.Lang {
		fails = append(fails, fmt.Sprintf("lang: got %s, want %s", r.Lang, e.Lang))
	}
	if e.MaxLatencyMs > 0 && lat > time.Duration(e.MaxLatencyMs)*time.Millisecond {
		fails = append(fails, fmt.Sprintf("max_latency_ms %d: took %.1f ms", e.MaxLatencyMs, float64(lat.Microseconds())/1000))
	}
	return fails
}

func containsAny(text string, subs []string) bool {
	for _, s := range subs {
		if strings.Contains(text, Normalize(s)) {
			return true
		}
	}
	return false
}

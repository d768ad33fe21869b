package evals

import (
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"text/tabwriter"
	"time"
)

// excerpt shortens a reply to one line for the failure table.
func excerpt(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}

// WriteText prints the human report: failed cases, pass rates by tag, latency, and last the line
// "N passed, N failed".
func WriteText(w io.Writer, rep Report) {
	if rep.Failed > 0 {
		fmt.Fprintln(w, "\nFailed cases:")
		tw := tabwriter.NewWriter(w, 2, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "id\tturn\tcheck\treply")
		for _, c := range rep.Cases {
			if c.Passed {
				continue
			}
			for i, t := range c.Turns {
				for _, f := range t.Failures {
					fmt.Fprintf(tw, "%s\t%d\t%s\t%s\n", c.ID, i+1, f, excerpt(t.Reply, 70))
				}
			}
		}
		tw.Flush()
	}
	type tally struct{ pass, all int }
	tags := map[string]*tally{}
	for _, c := range rep.Cases {
		for _, t := range c.Tags {
			if tags[t] == nil {
				tags[t] = &tally{}
			}
			tags[t].all++
			if c.Passed {
				tags[t].pass++
			}
		}
	}
	names := make([]string, 0, len(tags))
	for t := range tags {
		names = append(names, t)
	}
	sort.Strings(names)
	if len(names) > 0 {
		fmt.Fprintln(w, "\nPass rate by tag:")
		tw := tabwriter.NewWriter(w, 2, 4, 2, ' ', 0)
		for _, t := range names {
			fmt.Fprintf(tw, "  %s\t%d/%d\t%.0f%%\n", t, tags[t].pass, tags[t].all, 100*float64(tags[t].pass)/float64(tags[t].all))
		}
		tw.Flush()
	}
	writeModel(w, rep.Model)
	med, p95 := Latency(rep)
	fmt.Fprintf(w, "\nLatency per turn: median %.2f ms, p95 %.2f ms (%d cases in %.1f s)\n", med, p95, len(rep.Cases), rep.Duration)
	fmt.Fprintf(w, "%d passed, %d failed\n", rep.Passed, rep.Failed)
}

// Latency returns the median and 95th percentile of the turn latencies, in milliseconds.
func Latency(rep Report) (median, p95 float64) {
	var ls []float64
	for _, c := range rep.Cases {
		for _, t := range c.Turns {
			ls = append(ls, t.LatencyMs)
		}
	}
	if len(ls) == 0 {
		return 0, 0
	}
	sort.Float64s(ls)
	return ls[len(ls)/2], ls[min(len(ls)-1, len(ls)*95/100)]
}

// WriteJSONFile writes the report as JSON, the format --baseline reads back.
func WriteJSONFile(path string, rep Report) error {
	data, err := json.MarshalIndent(rep, "", "  ")
	if err != nil {
		return fmt.Errorf("encode report: %w", err)
	}
	if err := os.WriteFile(path, append(data, '\n'), 0o644); err != nil {
		return fmt.Errorf("write report %s: %w", path, err)
	}
	return nil
}

// ReadJSONFile reads a report written by WriteJSONFile.
func ReadJSONFile(path string) (Report, error) {
	var rep Report
	data, err := os.ReadFile(path)
	if err != nil {
		return rep, fmt.Errorf("read baseline %s: %w", path, err)
	}
	if err := json.Unmarshal(data, &rep); err != nil {
		return rep, fmt.Errorf("read baseline %s: %w", path, err)
	}
	return rep, nil
}

type junitSuites struct {
	XMLName xml.Name     `xml:"testsuites"`
	Suites  []junitSuite `xml:"testsuite"`
}

type junitSuite struct {
	Name     string      `xml:"name,attr"`
	Tests    int         `xml:"tests,attr"`
	Failures int         `xml:"failures,attr"`
	Time     string      `xml:"time,attr"`
	Cases    []junitCase `xml:"testcase"`
}

type junitCase struct {
	Name      string        `xml:"name,attr"`
	Classname string        `xml:"classname,attr"`
	Time      string        `xml:"time,attr"`
	Failure   *junitFailure `xml:"failure,omitempty"`
}

type junitFailure struct {
	Message string `xml:"message,attr"`
	Body    string `xml:",chardata"`
}

// WriteJUnitFile writes the report in the JUnit XML format CI systems read.
func WriteJUnitFile(path string, rep Report) error {
	s := junitSuite{Name: "guichet-evals", Tests: len(rep.Cases), Failures: rep.Failed, Time: fmt.Sprintf("%.3f", rep.Duration)}
	for _, c := range rep.Cases {
		var ms float64
		var lines, first []string
		for i, t := range c.Turns {
			ms += t.LatencyMs
			for _, f := range t.Failures {
				first = append(first, f)
				lines = append(lines, fmt.Sprintf("turn %d (%q): %s\nreply: %s", i+1, t.User, f, excerpt(t.Reply, 300)))
			}
		}
		class := "evals"
		if len(c.Tags) > 0 {
			class = "evals." + c.Tags[0]
		}
		name := c.ID
		if c.Repeat > 0 {
			name = fmt.Sprintf("%s#%d", c.ID, c.Repeat)
		}
		jc := junitCase{Name: name, Classname: class, Time: fmt.Sprintf("%.3f", ms/1000)}
		if !c.Passed {
			jc.Failure = &junitFailure{Message: strings.Join(first, "; "), Body: strings.Join(lines, "\n\n")}
		}
		s.Cases = append(s.Cases, jc)
	}
	data, err := xml.MarshalIndent(junitSuites{Suites: []junitSuite{s}}, "", "  ")
	if err != nil {
		return fmt.Errorf("encode junit: %w", err)
	}
	if err := os.WriteFile(path, append([]byte(xml.Header), append(data, '\n')...), 0o644); err != nil {
		return fmt.Errorf("write junit %s: %w", path, err)
	}
	return nil
}

// Diff is what changed between a baseline run and this one, by case id.
type Diff struct {
	Regressed, Fixed, Added, Removed []string
}

// Compare compares two runs. A case with repeats passes when all its runs pass.
func Compare(base, cur Report) Diff {
	passed := func(r Report) map[string]bool {
		m := map[string]bool{}
		for _, c := range r.Cases {
			if p, ok := m[c.ID]; ok {
				m[c.ID] = p && c.Passed
			} else {
				m[c.ID] = c.Passed
			}
		}
		return m
	}
	b, c := passed(base), passed(cur)
	var d Diff
	for id, ok := range c {
		was, existed := b[id]
		switch {
		case !existed:
			d.Added = append(d.Added, id)
		case was && !ok:
			d.Regressed = append(d.Regressed, id)
		case !was && ok:
			d.Fixed = append(d.Fixed, id)
		}
	}
	for id := range b {
		if _, ok := c[id]; !ok {
			d.Removed = append(d.Removed, id)
		}
	}
	for _, l := range [][]string{d.Regressed, d.Fixed, d.Added, d.Removed} {
		sort.Strings(l)
	}
	return d
}

// WriteDiff prints what regressed and what was fixed against the baseline.
func WriteDiff(w io.Writer, d Diff, baseline string) {
	fmt.Fprintf(w, "\nAgainst %s: %d regressed, %d fixed, %d new, %d removed\n", baseline, len(d.Regressed), len(d.Fixed), len(d.Added), len(d.Removed))
	for _, s := range []struct {
		title string
		ids   []string
	}{{"regressed", d.Regressed}, {"fixed", d.Fixed}, {"new", d.Added}, {"removed", d.Removed}} {
		for _, id := range s.ids {
			fmt.Fprintf(w, "  %-9s %s\n", s.title, id)
		}
	}
}

// Config describes a run, for the report: reports are only comparable with the same configuration.
func Config(version string, now time.Time, repeat int, tags []string, mode string) map[string]string {
	c := map[string]string{"case_set_version": version, "repeat": fmt.Sprint(max(repeat, 1)), "mode": mode}
	if !now.IsZero() {
		c["now"] = now.Format(time.RFC3339)
	}
	if len(tags) > 0 {
		c["tags"] = strings.Join(tags, ",")
	}
	return c
}

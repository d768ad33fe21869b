package knowledge

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
	_ "time/tzdata" // office hours are read in their zone even on machines without zoneinfo

	"go.yaml.in/yaml/v3"
)

//go:embed data/*.yaml
var embedded embed.FS

// Embedded returns the knowledge base files built into the binary.
func Embedded() fs.FS {
	sub, err := fs.Sub(embedded, "data")
	if err != nil {
		panic(err) // the embed pattern above guarantees the folder
	}
	return sub
}

// Problem is one thing wrong in a knowledge base file, at a line a maintainer can open.
type Problem struct {
	File string
	Line int
	Msg  string
}

func (p Problem) String() string {
	if p.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", p.File, p.Line, p.Msg)
	}
	return fmt.Sprintf("%s: %s", p.File, p.Msg)
}

// Problems is the list of everything wrong in a knowledge base; it is the error Load returns.
type Problems []Problem

func (ps Problems) Error() string {
	lines := make([]string, len(ps))
	for i, p := range ps {
		lines[i] = p.String()
	}
	return strings.Join(lines, "\n")
}

// file is the shape of one YAML file: any of the sections, each optional.
type file struct {
	Topics      map[Topic]TopicInfo `yaml:"topics"`
	Sources     []Source            `yaml:"sources"`
	Procedures  []Procedure         `yaml:"procedures"`
	CNI         *CNI                `yaml:"cni"`
	Identite    *Identite           `yaml:"france_identite"`
	DigitalKey  *DigitalKey         `yaml:"digital_key"`
	Nationality *Nationality        `yaml:"nationality"`
	Offices     []Office            `yaml:"offices"`
	Questions   []Questions         `yaml:"questions"`
	Words       []Words             `yaml:"words"`
	Language    *Language           `yaml:"language"`
	Forms       []Form              `yaml:"forms"`
}

// Load reads every *.yaml file of fsys, checks it and returns the knowledge base. When anything is
// wrong it returns Problems, each with its file and line, and no Base.
//
// It reads the files once; only when something is wrong does it read them again to give each
// problem its line, so that a start of Guichet on a sound knowledge base stays fast.
func Load(fsys fs.FS) (*Base, error) {
	b, err := load(fsys, false)
	var ps Problems
	if errors.As(err, &ps) {
		return load(fsys, true)
	}
	return b, err
}

// load reads and checks the knowledge base; withLines also reads each file as a tree of nodes,
// for the lines of problems and ids defined twice.
func load(fsys fs.FS, withLines bool) (*Base, error) {
	names, err := fs.Glob(fsys, "*.yaml")
	if err != nil {
		return nil, fmt.Errorf("list knowledge files: %w", err)
	}
	if len(names) == 0 {
		return nil, Problems{{File: ".", Msg: "no *.yaml knowledge file"}}
	}
	sort.Strings(names)
	b := &Base{Sources: map[string]Source{}, Topics: map[Topic]TopicInfo{}}
	c := &checker{lines: map[string]loc{}, sections: map[string]string{}, withLines: withLines}
	sum := sha256.New()
	files := make([]decoded, len(names))
	var wg sync.WaitGroup
	for i, name := range names {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, fmt.Errorf("read knowledge file %s: %w", name, err)
		}
		digestFile(sum, name, data)
		// The files decode in parallel (decoding is most of the start-up); they are merged in
		// order, so that the base and its problems do not depend on the scheduling.
		wg.Go(func() { files[i] = decode(name, data, withLines) })
	}
	wg.Wait()
	for _, d := range files {
		c.file(d, b)
	}
	b.Digest = hex.EncodeToString(sum.Sum(nil))
	if !withLines {
		c.duplicateIDs(b)
	}
	if len(c.problems) == 0 {
		b.expandAliases()
		b.index()
		c.check(b)
	}
	if len(c.problems) > 0 {
		return nil, c.problems
	}
	if withLines {
		b.lines = c.lines
	}
	return b, nil
}

// digestFile adds a file to the digest of a knowledge base.
func digestFile(sum io.Writer, name string, data []byte) {
	fmt.Fprintf(sum, "%s\x00%d\x00", name, len(data))
	sum.Write(data)
}

type loc struct {
	file string
	line int
}

type checker struct {
	problems Problems
	lines    map[string]loc // "id" value -> where it is defined (first place)
	cur      string
	sections map[string]string // top-level section -> the file that defines it
	// withLines is set when the files are also read as trees, for the lines of problems.
	withLines bool
}

// duplicateIDs reports ids defined twice, from the decoded knowledge base (the tree of nodes,
// read only for problems, also gives their lines).
func (c *checker) duplicateIDs(b *Base) {
	seen := map[string]bool{}
	add := func(id string) {
		if id == "" {
			return
		}
		if seen[id] {
			c.add(loc{file: "."}, "id %q is defined twice", id)
		}
		seen[id] = true
	}
	for _, id := range b.sourceOrder {
		add(id)
	}
	for _, p := range b.Procedures {
		add(p.ID)
		for _, f := range p.Facts {
			add(f.ID)
		}
	}
	for _, f := range b.CNI.Fees {
		add(f.ID)
	}
	for _, v := range b.CNI.Validity {
		add(v.ID)
	}
	for _, d := range b.CNI.Documents {
		add(d.ID)
	}
	for _, p := range b.Identite.Phones {
		add(p.ID)
	}
	for _, cm := range b.DigitalKey.Communes {
		add(cm.ID)
	}
	for _, r := range b.Nationality.Routes {
		add(r.ID)
	}
	for _, o := range b.Offices {
		add(o.ID)
	}
}

var yamlLine = regexp.MustCompile(`line (\d+): `)

func (c *checker) add(l loc, format string, args ...any) {
	c.problems = append(c.problems, Problem{File: l.file, Line: l.line, Msg: fmt.Sprintf(format, args...)})
}

// at returns where the entry with this id is defined, for messages about it.
func (c *checker) at(id string) loc {
	if l, ok := c.lines[id]; ok {
		return l
	}
	return loc{file: c.cur}
}

// decoded is a knowledge file as read: its data, and its tree when the lines of problems are
// wanted, or the error that stopped it.
type decoded struct {
	name string
	root yaml.Node
	f    file
	err  error
}

// decode reads one knowledge file; it touches nothing shared, so files decode in parallel.
func decode(name string, data []byte, withLines bool) decoded {
	d := decoded{name: name}
	if withLines {
		if err := yaml.Unmarshal(data, &d.root); err != nil {
			d.err = err
			return d
		}
	}
	var questions []Questions
	if !withLines {
		// The question examples are most of the files and all alike: read them directly, and the
		// rest as YAML. Anything unusual in them leaves the whole file to the YAML decoder.
		if head, qs, ok := splitQuestions(data); ok {
			data, questions = head, qs
		}
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	d.err = dec.Decode(&d.f)
	if errors.Is(d.err, io.EOF) {
		d.err = nil // a file of questions only
	}
	if questions != nil {
		d.f.Questions = questions
	}
	return d
}

// splitQuestions cuts a knowledge file whose last section is questions: written as Guichet
// writes it (a label, then its examples as double-quoted strings, one a line) into the YAML
// before it and the examples read. ok is false when the section is absent or written otherwise.
func splitQuestions(data []byte) (head []byte, qs []Questions, ok bool) {
	at := bytes.Index(data, []byte("\nquestions:\n"))
	if at < 0 {
		return nil, nil, false
	}
	rest := string(data[at+len("\nquestions:\n"):])
	for line := range strings.Lines(rest) {
		line = strings.TrimRight(line, "\r\n")
		t := strings.TrimSpace(line)
		switch {
		case t == "" || strings.HasPrefix(t, "#"):
		case strings.HasPrefix(line, "  - label: "):
			label := strings.TrimPrefix(line, "  - label: ")
			if label == "" || strings.ContainsAny(label, " \"'#:{}[]") {
				return nil, nil, false
			}
			qs = append(qs, Questions{Label: label})
		case line == "    examples:" && len(qs) > 0 && qs[len(qs)-1].Examples == nil:
			qs[len(qs)-1].Examples = []string{}
		case strings.HasPrefix(line, "      - \"") && strings.HasSuffix(line, "\"") && len(qs) > 0 && qs[len(qs)-1].Examples != nil:
			e, err := strconv.Unquote(strings.TrimPrefix(line, "      - "))
			if err != nil || strings.Contains(line, "\\") {
				return nil, nil, false // an escape YAML and Go may read differently
			}
			qs[len(qs)-1].Examples = append(qs[len(qs)-1].Examples, e)
		default:
			return nil, nil, false
		}
	}
	return data[:at+1], qs, len(qs) > 0
}

// file merges a decoded knowledge file into b, noting its problems.
func (c *checker) file(d decoded, b *Base) {
	name := d.name
	c.cur = name
	root := d.root
	if c.withLines && d.root.Kind != 0 {
		c.collectIDs(name, &root)
	}
	if d.err != nil {
		c.yamlError(name, d.err)
		return
	}
	f := d.f
	for t, info := range f.Topics {
		b.Topics[t] = info
	}
	for _, s := range f.Sources {
		b.sourceOrder = append(b.sourceOrder, s.ID)
		if _, dup := b.Sources[s.ID]; dup {
			continue // reported by collectIDs
		}
		b.Sources[s.ID] = s
	}
	b.Procedures = append(b.Procedures, f.Procedures...)
	b.Offices = append(b.Offices, f.Offices...)
	lines := sequenceLines(&root, "questions")
	for i := range f.Questions {
		f.Questions[i].File = name
		if i < len(lines) {
			f.Questions[i].Line = lines[i]
		}
	}
	b.Questions = append(b.Questions, f.Questions...)
	wlines := sequenceLines(&root, "words")
	for i, w := range f.Words {
		at := loc{file: name}
		if i < len(wlines) {
			at.line = wlines[i]
		}
		if len(w.Means) == 0 || len(w.Phrases) == 0 {
			c.add(at, "words: an entry needs means and phrases")
		}
		for _, ph := range w.Phrases {
			if Normalize(ph) != ph || strings.TrimSpace(ph) == "" {
				c.add(at, "words: phrase %q must be written normalised (lower case, no accents, single spaces)", ph)
			}
		}
	}
	b.Words = append(b.Words, f.Words...)
	for _, fm := range f.Forms {
		for _, cue := range fm.Cues {
			if Normalize(cue) != cue || strings.TrimSpace(cue) == "" {
				c.add(loc{file: name}, "forms %s: cue %q must be written normalised", fm.Form, cue)
			}
		}
	}
	b.Forms = append(b.Forms, f.Forms...)
	if f.Language != nil {
		c.section("language", name)
		b.Language = *f.Language
	}
	if f.CNI != nil {
		c.section("cni", name)
		b.CNI = *f.CNI
	}
	if f.Identite != nil {
		c.section("france_identite", name)
		b.Identite = *f.Identite
	}
	if f.DigitalKey != nil {
		c.section("digital_key", name)
		b.DigitalKey = *f.DigitalKey
	}
	if f.Nationality != nil {
		c.section("nationality", name)
		b.Nationality = *f.Nationality
	}
}

// sequenceLines returns the line of each item of the top-level sequence under key.
func sequenceLines(root *yaml.Node, key string) []int {
	if len(root.Content) == 0 || root.Content[0].Kind != yaml.MappingNode {
		return nil
	}
	m := root.Content[0]
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key && m.Content[i+1].Kind == yaml.SequenceNode {
			var out []int
			for _, it := range m.Content[i+1].Content {
				out = append(out, it.Line)
			}
			return out
		}
	}
	return nil
}

// section records which file defines a top-level section; each may be defined once.
func (c *checker) section(key, name string) {
	if prev, dup := c.sections[key]; dup {
		c.add(loc{file: name}, "section %s is already defined in %s", key, prev)
	}
	c.sections[key] = name
}

// sectionLoc is where problems about a whole section are reported.
func (c *checker) sectionLoc(key string) loc {
	if f, ok := c.sections[key]; ok {
		return loc{file: f}
	}
	return loc{file: "(" + key + ")"}
}

// yamlError turns the decoder's "line N: msg" errors into Problems at that line.
func (c *checker) yamlError(name string, err error) {
	var te *yaml.TypeError
	msgs := []string{err.Error()}
	if errors.As(err, &te) {
		msgs = te.Errors
	}
	for _, m := range msgs {
		line := 0
		if sm := yamlLine.FindStringSubmatch(m); sm != nil {
			line, _ = strconv.Atoi(sm[1])
			m = strings.Replace(m, sm[0], "", 1)
		}
		m = strings.TrimPrefix(m, "yaml: ")
		c.problems = append(c.problems, Problem{File: name, Line: line, Msg: m})
	}
}

// collectIDs records the line of every mapping's id and reports ids defined twice, across files.
func (c *checker) collectIDs(name string, n *yaml.Node) {
	if n.Kind == yaml.MappingNode {
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			if k.Value == "id" && v.Kind == yaml.ScalarNode {
				here := loc{file: name, line: k.Line}
				if prev, dup := c.lines[v.Value]; dup {
					c.add(here, "id %q is already defined at %s:%d", v.Value, prev.file, prev.line)
				} else {
					c.lines[v.Value] = here
				}
			}
		}
	}
	for _, ch := range n.Content {
		c.collectIDs(name, ch)
	}
}

func (c *checker) text(where loc, field string, t Text) {
	if strings.TrimSpace(t[FR]) == "" {
		c.add(where, "%s: French text is required", field)
	}
	for l := range t {
		if l != FR && l != EN && l != NL {
			c.add(where, "%s: unknown language %q (want fr, en or nl)", field, l)
		}
	}
}

func (c *checker) sources(where loc, owner string, ids []string, b *Base) {
	if len(ids) == 0 {
		c.add(where, "%s: every fact needs at least one source", owner)
	}
	for _, id := range ids {
		if _, ok := b.Sources[id]; !ok {
			c.add(where, "%s: unknown source %q", owner, id)
		}
	}
}

// differs checks the sources that say something else: known, each with what it says.
func (c *checker) differs(where loc, owner string, ds []Differs, b *Base) {
	for _, d := range ds {
		if _, ok := b.Sources[d.Source]; !ok {
			c.add(where, "%s: differs names unknown source %q", owner, d.Source)
		}
		c.text(where, owner+" differs", d.Says)
	}
}

var topicSet = map[Topic]bool{TopicCNI: true, TopicIdentite: true, TopicDigitalKey: true, TopicNationality: true}

// check validates what the schema cannot: references, sources, dates and required values.
func (c *checker) check(b *Base) {
	for _, id := range b.SourceIDs() {
		s := b.Sources[id]
		at := c.at(id)
		if s.Publisher == "" || s.Title == "" {
			c.add(at, "source %q: publisher and title are required", id)
		}
		if s.Scope != "national" && s.Scope != "local" && s.Scope != "press" {
			c.add(at, "source %q: scope must be national, local or press, not %q", id, s.Scope)
		}
		if s.Checked.IsZero() {
			c.add(at, "source %q: checked (the day it was last compared) is required", id)
		}
		for _, t := range s.Situations {
			switch Application(t) {
			case FirstApplication, Renewal, Loss, Theft:
				continue
			}
			if h := Holder(t); h != Adult && h != Minor && h != Protected {
				c.add(at, "source %q: situation %q (want first, renewal, loss, theft, adult, minor or protected)", id, t)
			}
		}
		if s.URL != "" && !strings.HasPrefix(s.URL, "https://") && !strings.HasPrefix(s.URL, "http://") {
			c.add(at, "source %q: url must start with https://", id)
		}
	}
	for _, name := range RequiredCues() {
		if len(b.Language.Cues[name]) == 0 {
			c.add(c.sectionLoc("language"), "language: cue %q has no phrase", name)
		}
	}
	for _, name := range slices.Sorted(maps.Keys(b.Language.Cues)) {
		for _, ph := range b.Language.Cues[name] {
			if ph == "" || Normalize(ph) != ph {
				c.add(c.sectionLoc("language"), "language: cue %q: phrase %q is not in normalised form (lower case, no accents)", name, ph)
			}
		}
	}
	for _, t := range Topics {
		if _, ok := b.Topics[t]; !ok {
			c.add(loc{file: "."}, "topic %q has no name", t)
		}
	}
	for _, p := range b.Procedures {
		at := c.at(p.ID)
		if !topicSet[p.Topic] {
			c.add(at, "procedure %q: unknown topic %q", p.ID, p.Topic)
		}
		c.text(at, "procedure "+p.ID+" title", p.Title)
		c.text(at, "procedure "+p.ID+" summary", p.Summary)
		if p.Jurisdiction.Country == "" {
			c.add(at, "procedure %q: jurisdiction.country is required", p.ID)
		}
		c.sources(at, "procedure "+p.ID, p.Sources, b)
		for _, f := range p.Facts {
			fat := c.at(f.ID)
			c.text(fat, "fact "+f.ID, f.Text)
			for i, it := range f.Items {
				c.text(fat, fmt.Sprintf("fact %s item %d", f.ID, i+1), it.Text)
				for _, m := range it.Match {
					if Normalize(m) != m || strings.TrimSpace(m) == "" {
						c.add(fat, "fact %s item %d: match %q must be written normalised", f.ID, i+1, m)
					}
				}
				for _, h := range it.Holders {
					if h != Adult && h != Minor && h != Protected {
						c.add(fat, "fact %s item %d: holder %q (want adult, minor or protected)", f.ID, i+1, h)
					}
				}
			}
			c.sources(fat, "fact "+f.ID, f.Sources, b)
			c.differs(fat, "fact "+f.ID, f.Differs, b)
			if f.Verdict != "" && f.Verdict != "yes" && f.Verdict != "no" {
				c.add(fat, "fact %s: verdict %q: want yes or no", f.ID, f.Verdict)
			}
			c.answers(fat, "fact "+f.ID, f.Answers)
			if f.Travel != "" && f.Travel != TravelCardEnough && f.Travel != TravelConditional && f.Travel != TravelPassport {
				c.add(fat, "fact %s: travel %q: want %s, %s or %s", f.ID, f.Travel, TravelCardEnough, TravelConditional, TravelPassport)
			}
			if f.Level != "" && CEFRRank(f.Level) == 0 {
				c.add(fat, "fact %s: level %q: want a CEFR level, A1 to C2", f.ID, f.Level)
			}
			if (f.LevelFrom != nil) != (f.LevelBefore != "") || f.LevelBefore != "" && CEFRRank(f.LevelBefore) == 0 {
				c.add(fat, "fact %s: level_from and level_before go together, level_before a CEFR level", f.ID)
			}
		}
	}
	for _, r := range b.Reviews() {
		if r.Kind != "source" && r.Date.IsZero() {
			c.add(c.at(r.ID), "%s %q: reviewed (the day it was last compared with its sources) is required", r.Kind, r.ID)
		}
	}
	c.checkCNI(b)
	c.checkOthers(b)
	c.checkQuestions(b)
}

var facetName = regexp.MustCompile(`^[a-z][a-z_]*$`)

// checkQuestions validates the examples: known labels, enough examples for each, and no example
// taught as two different questions.
func (c *checker) checkQuestions(b *Base) {
	count := map[string]int{}
	first := map[string]loc{}
	seen := map[string]string{}
	for _, q := range b.Questions {
		at := loc{file: q.File, line: q.Line}
		topic, facet := SplitLabel(q.Label)
		switch {
		case topic == "" && (q.Label == OutOfScopeLabel || q.Label == FraudLabel):
		case topic != "" && topicSet[topic] && facetName.MatchString(facet):
		default:
			c.add(at, "questions: label %q: want topic.facet (a topic of %v) or %s or %s", q.Label, Topics, OutOfScopeLabel, FraudLabel)
			continue
		}
		if _, ok := first[q.Label]; !ok {
			first[q.Label] = at
		}
		for _, e := range q.Examples {
			n := Normalize(e)
			if strings.TrimSpace(n) == "" {
				c.add(at, "questions %s: an empty example", q.Label)
				continue
			}
			count[q.Label]++
			if prev, dup := seen[n]; dup && prev != q.Label {
				c.add(at, "questions %s: example %q is also an example of %s", q.Label, e, prev)
			}
			seen[n] = q.Label
		}
	}
	labels := make([]string, 0, len(count))
	for l := range count {
		labels = append(labels, l)
	}
	sort.Strings(labels)
	for _, l := range labels {
		if count[l] < MinExamples {
			c.add(first[l], "questions %s: %d examples; want at least %d", l, count[l], MinExamples)
		}
	}
}

func (c *checker) checkCNI(b *Base) {
	k := b.CNI
	at := c.sectionLoc("cni")
	if k.NewFormatFrom.IsZero() || k.NewFormatAll.IsZero() || k.NewFormatAll.Before(k.NewFormatFrom.Time) {
		c.add(at, "cni: new_format_from and new_format_all are required, in that order")
	}
	if k.AdultAge <= 0 || k.FingerprintAge <= 0 || k.PickupPresenceAge <= 0 || k.PassportExpiredMax <= 0 {
		c.add(at, "cni: adult_age, fingerprint_age, pickup_presence_age and passport_expired_max are required")
	}
	c.sources(at, "cni format dates", k.FormatSources, b)
	if len(k.Fees) == 0 || len(k.Validity) == 0 || len(k.Checklist) == 0 {
		c.add(at, "cni: fees, validity and checklist are required")
	}
	for _, f := range k.Fees {
		fat := c.at(f.ID)
		c.sources(fat, "fee "+f.ID, f.Sources, b)
		for _, app := range slices.Sorted(maps.Keys(f.Cite)) {
			ids := f.Cite[app]
			if !slices.Contains(f.Application, app) {
				c.add(fat, "fee %s: cite names %q, not one of its kinds of request", f.ID, app)
			}
			c.sources(fat, "fee "+f.ID+" cite "+string(app), ids, b)
		}
		if len(f.Application) == 0 {
			c.add(fat, "fee %q: application is required", f.ID)
		}
		if f.Amount > 0 && f.Payment == "" {
			c.add(fat, "fee %q: a paying fee needs payment (the fact that says how to pay)", f.ID)
		}
		if f.Payment != "" {
			if _, ok := b.facts[f.Payment]; !ok {
				c.add(fat, "fee %q: unknown payment fact %q", f.ID, f.Payment)
			}
		}
	}
	for _, v := range k.Validity {
		vat := c.at(v.ID)
		c.sources(vat, "validity "+v.ID, v.Sources, b)
		c.text(vat, "validity "+v.ID+" explain", v.Explain)
		if v.Years <= 0 {
			c.add(vat, "validity %q: years must be positive", v.ID)
		}
		if v.From != nil && v.To != nil && v.To.Before(v.From.Time) {
			c.add(vat, "validity %q: issued_to is before issued_from", v.ID)
		}
	}
	docs := map[string]bool{}
	for _, d := range k.Documents {
		docs[d.ID] = true
		dat := c.at(d.ID)
		c.text(dat, "document "+d.ID, d.Label)
		for _, m := range d.Match {
			if Normalize(m) != m || strings.TrimSpace(m) == "" {
				c.add(dat, "document %s: match %q must be written normalised", d.ID, m)
			}
		}
		c.sources(dat, "document "+d.ID, d.Sources, b)
		if d.Of != "" && d.Of != OfRepresentative {
			c.add(dat, "document %s: of %q (want %s, or nothing for the holder's own)", d.ID, d.Of, OfRepresentative)
		}
	}
	for i, r := range k.Checklist {
		rat := c.sectionLoc("cni")
		if l, ok := c.lines[r.Doc]; ok {
			rat = l
		}
		if !docs[r.Doc] {
			c.add(rat, "checklist row %d: unknown document %q", i+1, r.Doc)
		}
		c.sources(rat, fmt.Sprintf("checklist row %d (%s)", i+1, r.Doc), r.Sources, b)
		conditional := r.When.Hosted != nil || r.When.Passport != nil || r.When.BothLost != nil ||
			r.When.DoubleName != nil || r.When.ExpiredOver != nil || len(r.When.Parents) > 0
		if conditional && r.If[FR] == "" {
			c.add(rat, "checklist row %d (%s): a conditional row needs `if`, the condition in words", i+1, r.Doc)
		}
	}
}

func (c *checker) checkOthers(b *Base) {
	at := c.sectionLoc("france_identite")
	id := b.Identite
	if id.CardIssuedFrom.IsZero() || len(id.Phones) == 0 {
		c.add(at, "france_identite: card_issued_from and phones are required")
	}
	c.sources(at, "france_identite card", id.CardSources, b)
	for _, p := range id.Phones {
		if p.ID == "" {
			c.add(at, "france_identite phone %s: id is required", p.OS)
		}
		c.sources(at, "france_identite phone "+p.OS, p.Sources, b)
		c.differs(at, "france_identite phone "+p.OS, p.Differs, b)
		if p.MinVersion <= 0 || p.Name == "" {
			c.add(at, "france_identite phone %q: name and min_version are required", p.OS)
		}
		if m := p.Models; m != nil {
			c.sources(at, "france_identite phone "+p.OS+" models", m.Sources, b)
			if m.From <= 0 || m.Series == "" {
				c.add(at, "france_identite phone %q: models needs series and from", p.OS)
			}
		}
	}
	for _, o := range id.Offices {
		if _, ok := b.officeIdx[o]; !ok {
			c.add(at, "france_identite: unknown office %q", o)
		}
	}
	if n := len(b.DigitalKey.Communes); n != 19 {
		c.add(c.sectionLoc("digital_key"), "digital_key: %d communes, want the 19 of Brussels-Capital", n)
	}
	for _, cm := range b.DigitalKey.Communes {
		cat := c.at(cm.ID)
		c.text(cat, "commune "+cm.ID, cm.Name)
		c.sources(cat, "commune "+cm.ID, cm.Sources, b)
		if cm.Issues != (len(cm.Tariffs) > 0) {
			c.add(cat, "commune %q: a commune that issues keys has tariffs, one that does not has none", cm.ID)
		}
		for _, t := range cm.Tariffs {
			if t.For != Residents && t.For != NonResidents && t.For != Everyone {
				c.add(cat, "commune %q: tariff for %q (want residents, non-residents or everyone)", cm.ID, t.For)
			}
		}
	}
	for _, r := range b.Nationality.Routes {
		rat := c.at(r.ID)
		c.text(rat, "route "+r.ID, r.Name)
		c.sources(rat, "route "+r.ID, r.Sources, b)
		if len(r.Triggers) == 0 || len(r.Conditions) == 0 {
			c.add(rat, "route %q: triggers and conditions are required", r.ID)
		}
		if r.By != ByDeclaration && r.By != ByDecree {
			c.add(rat, "route %q: by is %q (want declaration or decree)", r.ID, r.By)
		}
		c.answers(rat, "route "+r.ID, r.Answers)
		if r.ResidentYears < 0 || r.ResidentYears > 0 && r.MinYearsAbroad == 0 {
			c.add(rat, "route %q: resident_years needs min_years_abroad", r.ID)
		}
		residences := []*Residence{r.Residence}
		for _, st := range r.AgeSteps {
			residences = append(residences, st.Residence)
		}
		for _, res := range residences {
			if res != nil && (res.SinceAge <= 0 || res.Years < 0) {
				c.add(rat, "route %q: residence needs since_age > 0 and years >= 0", r.ID)
			}
		}
		if d := r.Decision; d != nil {
			c.sources(rat, "route "+r.ID+" decision", d.Sources, b)
			if d.Months <= 0 || d.Extension < 0 || (d.ShorterAfterYears > 0) != (d.ShorterMonths > 0) || d.ShorterMonths >= d.Months && d.ShorterMonths > 0 {
				c.add(rat, "route %q: decision needs months > 0, and shorter_after_years with shorter_months below months", r.ID)
			}
			if (d.Extension > 0) != (len(d.ExtensionWhen) > 0) {
				c.add(rat, "route %q: decision extension and extension_when go together", r.ID)
			}
		}
	}
	for _, o := range b.Offices {
		oat := c.at(o.ID)
		c.text(oat, "office "+o.ID, o.Name)
		c.sources(oat, "office "+o.ID, o.Sources, b)
		if _, err := time.LoadLocation(o.Timezone); err != nil || o.Timezone == "" {
			c.add(oat, "office %q: timezone %q is not a known IANA zone", o.ID, o.Timezone)
		}
		for _, h := range o.Hours {
			if h.Close <= h.Open {
				c.add(oat, "office %q: closes at %s before it opens at %s", o.ID, h.Close, h.Open)
			}
			for _, m := range h.ExceptMonths {
				if m < 1 || m > 12 {
					c.add(oat, "office %q: except_months has %d (want 1 to 12)", o.ID, m)
				}
			}
		}
	}
}

// answers checks the yes/no answers of a fact or a route (what names it).
func (c *checker) answers(at loc, what string, answers []Answer) {
	for i, a := range answers {
		if a.Verdict != "yes" && a.Verdict != "no" {
			c.add(at, "%s answer %d: verdict %q: want yes or no", what, i+1, a.Verdict)
		}
		if len(a.Asks) == 0 {
			c.add(at, "%s answer %d: no phrase asks it", what, i+1)
		}
		for _, ask := range a.Asks {
			if Normalize(ask) != ask || strings.TrimSpace(ask) == "" {
				c.add(at, "%s answer %d: asks %q must be written normalised", what, i+1, ask)
			}
		}
	}
}

package llm

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/sashabaranov/go-openai"
	"github.com/sashabaranov/go-openai/jsonschema"

	"github.com/guichet/guichet/bot"
	"github.com/guichet/guichet/bot/grounding"
	"github.com/guichet/guichet/knowledge"
	"github.com/guichet/guichet/knowledge/rules"
)

// tool is one function the model may call: its schema, and the code that answers it from the
// knowledge base and the rules.
type tool struct {
	def openai.FunctionDefinition
	run func(ctx context.Context, c *call, args json.RawMessage) (any, error)
}

// call is the context of one tool call: the turn, and the evidence the result brings.
type call struct {
	turn bot.ModelTurn
	ev   bot.Evidence
}

func (c *call) text(t knowledge.Text) string {
	s, _ := t.In(c.turn.Lang)
	return s
}

// fact returns a knowledge-base fact as the model sees it, and records it as evidence.
func (c *call) fact(kb *knowledge.Base, id string) map[string]any {
	f, ok := kb.Fact(id)
	if !ok {
		return nil
	}
	out := map[string]any{"id": id, "text": c.text(f.Text)}
	if f.URL != "" {
		out["url"] = f.URL
	}
	if len(f.Items) > 0 {
		items := make([]string, len(f.Items))
		for i, it := range f.Items {
			items[i] = c.text(it.Text)
		}
		out["items"] = items
	}
	c.ev.Entries = append(c.ev.Entries, id)
	c.ev.Sources = append(c.ev.Sources, f.Sources...)
	if p, ok := kb.FactProcedure(id); ok && c.ev.Topic == "" {
		c.ev.Topic = p.Topic
	}
	return out
}

// errArgs is a tool call whose arguments do not fit the schema; the model is told so and may
// call again.
var errArgs = errors.New("invalid arguments")

func decode(args json.RawMessage, v any) error {
	if len(args) == 0 {
		args = json.RawMessage("{}")
	}
	dec := json.NewDecoder(strings.NewReader(string(args)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return fmt.Errorf("%w: %v", errArgs, err)
	}
	return nil
}

func str(desc string, enum ...string) jsonschema.Definition {
	return jsonschema.Definition{Type: jsonschema.String, Description: desc, Enum: enum}
}

func boolean(desc string) jsonschema.Definition {
	return jsonschema.Definition{Type: jsonschema.Boolean, Description: desc}
}

func integer(desc string) jsonschema.Definition {
	return jsonschema.Definition{Type: jsonschema.Integer, Description: desc}
}

func object(props map[string]jsonschema.Definition, required ...string) jsonschema.Definition {
	return jsonschema.Definition{Type: jsonschema.Object, Properties: props, Required: required}
}

func parseDay(s, name string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("%w: %s must be YYYY-MM-DD", errArgs, name)
	}
	return t, nil
}

var (
	applications = []string{string(knowledge.FirstApplication), string(knowledge.Renewal), string(knowledge.Loss), string(knowledge.Theft)}
	holders      = []string{string(knowledge.Adult), string(knowledge.Minor), string(knowledge.Protected)}
	formats      = []string{string(knowledge.Cardboard), string(knowledge.Plastic), string(knowledge.NewFormat)}
	parentsEnum  = []string{string(knowledge.ParentsTogether), string(knowledge.ParentsDivorced), string(knowledge.ParentsSeparated), string(knowledge.ParentsAlternating)}
	cardTypes    = []string{string(knowledge.CardEID), string(knowledge.CardOrange), string(knowledge.CardProtocol)}
)

func oneOf(v string, enum []string, name string) error {
	if v != "" && !slices.Contains(enum, v) {
		return fmt.Errorf("%w: %s must be one of %s", errArgs, name, strings.Join(enum, ", "))
	}
	return nil
}

// draftTool is the pre-filled call through which Guichet's own answer reaches the model.
const draftTool = "guichet_answer"

// buildTools returns the functions the model may call, for kb.
func (m *Model) buildTools() map[string]tool {
	kb := m.kb
	var procIDs, triggers []string
	for _, p := range kb.Procedures {
		procIDs = append(procIDs, p.ID)
	}
	for _, r := range kb.Nationality.Routes {
		for _, t := range r.Triggers {
			if !slices.Contains(triggers, t) {
				triggers = append(triggers, t)
			}
		}
	}
	sort.Strings(triggers)
	ts := []tool{
		{def: openai.FunctionDefinition{Name: draftTool, Description: "Guichet's rule-based answer to the current message.",
			Parameters: object(nil)},
			run: func(_ context.Context, c *call, _ json.RawMessage) (any, error) {
				if c.turn.Draft == nil {
					return nil, fmt.Errorf("%w: no answer for this message", errArgs)
				}
				return draftResult(*c.turn.Draft), nil
			}},
		{def: openai.FunctionDefinition{Name: "search", Description: "Search the knowledge base by words; returns matching facts.",
			Parameters: object(map[string]jsonschema.Definition{"query": str("words to search, in French")}, "query")},
			run: func(ctx context.Context, c *call, args json.RawMessage) (any, error) {
				var a struct{ Query string }
				if err := decode(args, &a); err != nil {
					return nil, err
				}
				ids, err := m.search(ctx, a.Query)
				if err != nil {
					return nil, err
				}
				facts := []map[string]any{}
				for _, id := range ids {
					if f := c.fact(kb, id); f != nil {
						facts = append(facts, f)
					}
				}
				return map[string]any{"facts": facts}, nil
			}},
		{def: openai.FunctionDefinition{Name: "get_procedure", Description: "A procedure's summary and facts.",
			Parameters: object(map[string]jsonschema.Definition{"id": str("procedure id", procIDs...)}, "id")},
			run: func(_ context.Context, c *call, args json.RawMessage) (any, error) {
				var a struct{ ID string }
				if err := decode(args, &a); err != nil {
					return nil, err
				}
				p, ok := kb.Procedure(a.ID)
				if !ok {
					return nil, fmt.Errorf("%w: unknown procedure %q", errArgs, a.ID)
				}
				facts := make([]map[string]any, 0, len(p.Facts))
				for _, f := range p.Facts {
					facts = append(facts, c.fact(kb, f.ID))
				}
				c.ev.Topic = p.Topic
				c.ev.Sources = append(c.ev.Sources, p.Sources...)
				return map[string]any{"id": p.ID, "title": c.text(p.Title), "summary": c.text(p.Summary), "facts": facts}, nil
			}},
		{def: openai.FunctionDefinition{Name: "cni_fee", Description: "Fee of a French identity card request.",
			Parameters: object(map[string]jsonschema.Definition{
				"application": str("kind of request", applications...),
				"card_format": str("format of the lost or stolen card", formats...),
				"region":      str("French region with its own fee", "guyane"),
			}, "application")},
			run: func(_ context.Context, c *call, args json.RawMessage) (any, error) {
				var a struct{ Application, CardFormat, Region string }
				if err := decodeSnake(args, &a); err != nil {
					return nil, err
				}
				if err := errors.Join(oneOf(a.Application, applications, "application"), oneOf(a.CardFormat, formats, "card_format")); err != nil {
					return nil, err
				}
				fee, err := rules.CNIFee(kb, knowledge.Application(a.Application), knowledge.CardFormat(a.CardFormat), a.Region)
				if err != nil {
					return nil, fmt.Errorf("%w: %v", errArgs, err)
				}
				out := map[string]any{"application": a.Application, "amount": fee.Amount.String(), "reason": c.text(fee.Rule.Reason)}
				c.ev.Entries = append(c.ev.Entries, fee.Rule.ID)
				c.ev.Sources = append(c.ev.Sources, fee.Rule.Sources...)
				c.ev.Facts = append(c.ev.Facts, bot.Fact{Name: "fee", Value: fee.Amount.String(), Sources: fee.Rule.Sources})
				c.ev.Topic = knowledge.TopicCNI
				if fee.Payment != nil {
					out["payment"] = c.fact(kb, fee.Payment.ID)
				}
				if fee.Local != nil {
					out["local_exception"] = map[string]any{"amount": fee.Local.Amount.String(), "reason": c.text(fee.Local.Reason)}
					c.ev.Sources = append(c.ev.Sources, fee.Local.Sources...)
				}
				return out, nil
			}},
		{def: openai.FunctionDefinition{Name: "cni_validity", Description: "Whether a French identity card is still valid today, from its issue date or the end date printed on it.",
			Parameters: object(map[string]jsonschema.Definition{
				"issue_date":  str("YYYY-MM-DD"),
				"printed_end": str("end date printed on the card, YYYY-MM-DD"),
				"holder":      str("holder on the day of issue", holders[:2]...),
				"birth_date":  str("holder's birth date, YYYY-MM-DD"),
				"card_format": str("card format", formats...),
			})},
			run: func(_ context.Context, c *call, args json.RawMessage) (any, error) {
				var a struct{ IssueDate, PrintedEnd, Holder, BirthDate, CardFormat string }
				if err := decodeSnake(args, &a); err != nil {
					return nil, err
				}
				if err := errors.Join(oneOf(a.Holder, holders, "holder"), oneOf(a.CardFormat, formats, "card_format")); err != nil {
					return nil, err
				}
				issued, err1 := parseDay(a.IssueDate, "issue_date")
				printed, err2 := parseDay(a.PrintedEnd, "printed_end")
				birth, err3 := parseDay(a.BirthDate, "birth_date")
				if err := errors.Join(err1, err2, err3); err != nil {
					return nil, err
				}
				card := rules.Card{Issued: issued, Holder: knowledge.Holder(a.Holder), BirthDate: birth, Format: knowledge.CardFormat(a.CardFormat)}
				var v rules.Validity
				var miss rules.Missing
				if issued.IsZero() && !printed.IsZero() {
					v, miss = rules.CNIValidityFromPrinted(kb, printed, card.Holder, c.turn.Time)
				} else {
					v, miss = rules.CNIValidity(kb, card, c.turn.Time)
				}
				c.ev.Topic = knowledge.TopicCNI
				if len(miss) > 0 {
					return map[string]any{"missing": miss}, nil
				}
				c.ev.Verdict = verdict(v.Valid)
				c.ev.Entries = append(c.ev.Entries, v.Rule.ID)
				c.ev.Sources = append(c.ev.Sources, v.Rule.Sources...)
				c.ev.Facts = append(c.ev.Facts, bot.Fact{Name: "valid", Value: strconv.FormatBool(v.Valid), Sources: v.Rule.Sources},
					bot.Fact{Name: "valid_until", Value: v.End.Format(time.DateOnly), Sources: v.Rule.Sources})
				out := map[string]any{"today": c.turn.Time.Format(time.DateOnly), "valid": v.Valid, "valid_until": v.End.Format(time.DateOnly),
					"rule": c.text(v.Rule.Explain)}
				if a.IssueDate != "" {
					out["issue_date"] = a.IssueDate
				}
				if v.Extended {
					out["date_printed_on_card"] = v.Printed.Format(time.DateOnly)
				}
				if !v.Valid {
					out["invalid_since"] = v.End.AddDate(0, 0, 1).Format(time.DateOnly)
				}
				return out, nil
			}},
		{def: openai.FunctionDefinition{Name: "cni_checklist", Description: "Documents to bring for a French identity card request.",
			Parameters: object(map[string]jsonschema.Definition{
				"application": str("kind of request", applications...),
				"holder":      str("who the card is for", holders...),
				"parents":     str("situation of a minor's parents", parentsEnum...),
				"hosted":      boolean("lives with someone else"),
				"passport":    boolean("has a valid passport"),
				"both_lost":   boolean("lost both card and passport"),
				"double_name": boolean("wants a double name"),
			}, "application", "holder")},
			run: func(_ context.Context, c *call, args json.RawMessage) (any, error) {
				var a struct {
					Application, Holder, Parents           string
					Hosted, Passport, BothLost, DoubleName *bool
				}
				if err := decodeSnake(args, &a); err != nil {
					return nil, err
				}
				if err := errors.Join(oneOf(a.Application, applications, "application"), oneOf(a.Holder, holders, "holder"), oneOf(a.Parents, parentsEnum, "parents")); err != nil {
					return nil, err
				}
				cl := rules.CNIChecklist(kb, rules.Situation{Application: knowledge.Application(a.Application), Holder: knowledge.Holder(a.Holder),
					Parents: knowledge.Parents(a.Parents), Hosted: a.Hosted, Passport: a.Passport, BothLost: a.BothLost, DoubleName: a.DoubleName})
				c.ev.Topic = knowledge.TopicCNI
				if len(cl.Missing) > 0 {
					return map[string]any{"missing": cl.Missing}, nil
				}
				docs := make([]map[string]string, 0, len(cl.Items))
				var ids []string
				for _, it := range cl.Items {
					d := map[string]string{"document": c.text(it.Doc.Label)}
					if cond := c.text(it.If); cond != "" {
						d["only_if"] = cond
					}
					docs = append(docs, d)
					ids = append(ids, it.Doc.ID)
					c.ev.Entries = append(c.ev.Entries, "doc:"+it.Doc.ID)
					c.ev.Sources = append(c.ev.Sources, it.Sources...)
				}
				c.ev.Facts = append(c.ev.Facts, bot.Fact{Name: "checklist", Value: strings.Join(ids, ",")})
				out := map[string]any{"application": a.Application, "holder": a.Holder, "documents": docs}
				if fee, err := rules.CNIFee(kb, knowledge.Application(a.Application), "", ""); err == nil {
					out["fee"] = fee.Amount.String()
					c.ev.Sources = append(c.ev.Sources, fee.Rule.Sources...)
				}
				return out, nil
			}},
		{def: openai.FunctionDefinition{Name: "france_identite_eligibility", Description: "Whether someone can have their France Identité digital identity certified.",
			Parameters: object(map[string]jsonschema.Definition{
				"card_format":     str("identity card format", formats...),
				"card_issue_date": str("YYYY-MM-DD"),
				"holder_age":      integer("age in years"),
				"phone_os":        str("phone system", "ios", "android"),
				"phone_version":   integer("major system version"),
			})},
			run: func(_ context.Context, c *call, args json.RawMessage) (any, error) {
				var a struct {
					CardFormat, CardIssueDate, PhoneOS string
					HolderAge, PhoneVersion            int
				}
				if err := decodeSnake(args, &a); err != nil {
					return nil, err
				}
				issued, err := parseDay(a.CardIssueDate, "card_issue_date")
				if err := errors.Join(err, oneOf(a.CardFormat, formats, "card_format"), oneOf(a.PhoneOS, []string{"ios", "android"}, "phone_os")); err != nil {
					return nil, err
				}
				e := rules.CertificationEligibility(kb, rules.Card{Format: knowledge.CardFormat(a.CardFormat), Issued: issued, HolderAge: a.HolderAge},
					rules.Phone{OS: a.PhoneOS, Version: a.PhoneVersion})
				c.ev.Topic = knowledge.TopicIdentite
				c.ev.Sources = append(c.ev.Sources, kb.Identite.CardSources...)
				c.ev.Entries = append(c.ev.Entries, "france_identite.card")
				out := map[string]any{}
				for k, v := range map[string]any{"card_format": a.CardFormat, "card_issue_date": a.CardIssueDate, "phone_os": a.PhoneOS, "phone_version": a.PhoneVersion, "holder_age": a.HolderAge} {
					if v != "" && v != 0 {
						out[k] = v
					}
				}
				var reasons []string
				for _, r := range e.Reasons {
					switch r.Kind {
					case "age":
						reasons = append(reasons, "holder must be an adult ("+strconv.Itoa(kb.CNI.AdultAge)+" years)")
					case "card":
						reasons = append(reasons, "card must be the new format, issued from "+kb.Identite.CardIssuedFrom.Format(time.DateOnly))
					case "phone":
						reasons = append(reasons, r.Phone.Name+" "+strconv.Itoa(r.Phone.MinVersion)+" or later is needed")
						c.ev.Sources = append(c.ev.Sources, r.Phone.Sources...)
					}
				}
				if len(e.Missing) > 0 && len(reasons) == 0 {
					out["missing"] = e.Missing
					return out, nil
				}
				out["eligible"] = e.Eligible
				if len(reasons) > 0 {
					out["reasons"] = reasons
				}
				c.ev.Verdict = verdict(e.Eligible)
				c.ev.Facts = append(c.ev.Facts, bot.Fact{Name: "eligible", Value: strconv.FormatBool(e.Eligible), Sources: kb.Identite.CardSources})
				return out, nil
			}},
		{def: openai.FunctionDefinition{Name: "digital_key_options", Description: "Where a person can get a Brussels digital key (clé numérique) and its price for them.",
			Parameters: object(map[string]jsonschema.Definition{
				"commune":          str("Brussels commune the person lives in"),
				"outside_brussels": boolean("lives outside Brussels-Capital"),
				"card":             str("residence card type", cardTypes...),
			})},
			run: func(_ context.Context, c *call, args json.RawMessage) (any, error) {
				var a struct {
					Commune, Card   string
					OutsideBrussels bool
				}
				if err := decodeSnake(args, &a); err != nil {
					return nil, err
				}
				if err := oneOf(a.Card, cardTypes, "card"); err != nil {
					return nil, err
				}
				person := rules.Person{Card: knowledge.CardType(a.Card), OutsideBX: a.OutsideBrussels}
				if a.Commune != "" {
					cm, ok := rules.CommuneByName(kb, a.Commune)
					if !ok {
						return nil, fmt.Errorf("%w: %q is not one of the 19 Brussels communes", errArgs, a.Commune)
					}
					person.Commune = cm.ID
				}
				opts, err := rules.DigitalKeyOptions(kb, person)
				c.ev.Topic = knowledge.TopicDigitalKey
				if err != nil {
					return map[string]any{"missing": []string{rules.NeedCommune}}, nil
				}
				list := make([]map[string]any, 0, len(opts))
				for _, o := range opts {
					list = append(list, map[string]any{"commune": c.text(o.Commune.Name), "price": o.Tariff.Amount.String(), "own_commune": o.Home})
					c.ev.Entries = append(c.ev.Entries, "commune:"+o.Commune.ID)
					c.ev.Sources = append(c.ev.Sources, o.Commune.Sources...)
					c.ev.Facts = append(c.ev.Facts, bot.Fact{Name: "key_option", Value: o.Commune.ID + "=" + o.Tariff.Amount.String(), Sources: o.Commune.Sources})
				}
				out := map[string]any{"options_cheapest_first": list}
				if note := c.fact(kb, "key.price-note"); note != nil {
					out["note"] = note["text"]
				}
				return out, nil
			}},
		{def: openai.FunctionDefinition{Name: "nationality_routes", Description: "Routes to French nationality for a person's situation.",
			Parameters: object(map[string]jsonschema.Definition{
				"situations": {Type: jsonschema.Array, Items: &jsonschema.Definition{Type: jsonschema.String, Enum: triggers}},
				"abroad":     boolean("lives outside France"),
				"years":      integer("years of residence or marriage"),
			}, "situations")},
			run: func(_ context.Context, c *call, args json.RawMessage) (any, error) {
				var a struct {
					Situations []string
					Abroad     *bool
					Years      int
				}
				if err := decodeSnake(args, &a); err != nil {
					return nil, err
				}
				for _, s := range a.Situations {
					if err := oneOf(s, triggers, "situations"); err != nil {
						return nil, err
					}
				}
				routes := rules.NationalityRoutes(kb, rules.Profile{Situations: a.Situations, Abroad: a.Abroad, Years: a.Years})
				c.ev.Topic = knowledge.TopicNationality
				list := make([]map[string]any, 0, len(routes))
				for _, r := range routes {
					conds := make([]string, len(r.Route.Conditions))
					for i, cd := range r.Route.Conditions {
						conds[i] = c.text(cd)
					}
					item := map[string]any{"route": c.text(r.Route.Name), "conditions": conds}
					if a := c.text(r.Route.Authority); a != "" {
						item["authority"] = a
					}
					if r.MinYears > 0 {
						item["duration_required"] = years(r.MinYears)
					}
					if r.ShortBy > 0 {
						item["duration_missing"] = years(r.ShortBy)
					}
					list = append(list, item)
					c.ev.Entries = append(c.ev.Entries, "route:"+r.Route.ID)
					c.ev.Sources = append(c.ev.Sources, r.Route.Sources...)
					c.ev.Facts = append(c.ev.Facts, bot.Fact{Name: "route", Value: r.Route.ID, Sources: r.Route.Sources})
				}
				out := map[string]any{"routes": list}
				if a.Years > 0 {
					out["duration_given"] = years(a.Years)
				}
				return out, nil
			}},
		{def: openai.FunctionDefinition{Name: "office_hours", Description: "Opening hours and contacts of a town hall, and whether it is open at a moment.",
			Parameters: object(map[string]jsonschema.Definition{
				"commune": str("French commune"),
				"at":      str("moment asked about, YYYY-MM-DDTHH:MM local time"),
			}, "commune")},
			run: func(_ context.Context, c *call, args json.RawMessage) (any, error) {
				var a struct{ Commune, At string }
				if err := decodeSnake(args, &a); err != nil {
					return nil, err
				}
				offices := rules.OfficeByCommune(kb, a.Commune)
				if len(offices) == 0 {
					return nil, fmt.Errorf("%w: no office known for %q", errArgs, a.Commune)
				}
				o := offices[0]
				c.ev.Entries = append(c.ev.Entries, "office:"+o.ID)
				c.ev.Sources = append(c.ev.Sources, o.Sources...)
				c.ev.Topic = knowledge.TopicCNI
				out := map[string]any{"office": c.text(o.Name), "hours": weekHours(o)}
				var phones []string
				for _, p := range o.Phones {
					phones = append(phones, c.text(p.Label)+": "+p.Number)
				}
				if len(phones) > 0 {
					out["phones"] = phones
				}
				if o.URL != "" {
					out["url"] = o.URL
				}
				if a.At != "" {
					t, err := time.ParseInLocation("2006-01-02T15:04", a.At, o.Location())
					if err != nil {
						return nil, fmt.Errorf("%w: at must be YYYY-MM-DDTHH:MM", errArgs)
					}
					op := rules.OfficeOpen(o, t)
					out["at"] = a.At
					out["open"] = op.Open
					if op.Open {
						out["closes_at"] = op.Until.String()
					} else if !op.Next.IsZero() {
						out["next_opening"] = op.Next.Format("2006-01-02T15:04")
					}
					c.ev.Verdict = verdict(op.Open)
					c.ev.Facts = append(c.ev.Facts, bot.Fact{Name: "open", Value: strconv.FormatBool(op.Open), Sources: o.Sources})
				}
				return out, nil
			}},
	}
	out := make(map[string]tool, len(ts))
	for _, t := range ts {
		out[t.def.Name] = t
	}
	return out
}

// years writes a duration so that the guard reads it as one ("4 years" supports "4 ans").
func years(n int) string { return strconv.Itoa(n) + " years" }

func verdict(yes bool) grounding.Verdict {
	if yes {
		return grounding.Yes
	}
	return grounding.No
}

// weekHours writes an office's hours day by day, Monday first.
func weekHours(o *knowledge.Office) map[string]string {
	days := []string{"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"}
	out := map[string]string{}
	for d := time.Sunday; d <= time.Saturday; d++ {
		var parts []string
		for _, h := range rules.HoursOnWeekday(o, d) {
			p := h.Open.String() + "-" + h.Close.String()
			if len(h.ExceptMonths) > 0 {
				p += " (closed in month"
				for _, m := range h.ExceptMonths {
					p += " " + time.Month(m).String()
				}
				p += ")"
			}
			parts = append(parts, p)
		}
		if len(parts) == 0 {
			out[days[d]] = "closed"
		} else {
			out[days[d]] = strings.Join(parts, ", ")
		}
	}
	return out
}

// draftResult is Guichet's own answer as the model sees it: its text and its facts (the core
// attaches the sources and quick replies).
func draftResult(r bot.Reply) map[string]any {
	r.Sources, r.Options = nil, nil
	out := map[string]any{"answer": bot.PlainText(r)}
	if len(r.Facts) > 0 {
		facts := map[string]string{}
		for _, f := range r.Facts {
			facts[f.Name] = f.Value
		}
		out["facts"] = facts
	}
	return out
}

// decodeSnake decodes arguments written in snake_case into a struct whose field names are the
// same words in CamelCase, refusing unknown fields.
func decodeSnake(args json.RawMessage, v any) error {
	if len(args) == 0 {
		args = json.RawMessage("{}")
	}
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(args, &raw); err != nil {
		return fmt.Errorf("%w: %v", errArgs, err)
	}
	camel := make(map[string]json.RawMessage, len(raw))
	for k, val := range raw {
		if string(val) == "null" {
			continue
		}
		camel[strings.ReplaceAll(k, "_", "")] = val
	}
	data, _ := json.Marshal(camel)
	return decode(data, v)
}

// search finds knowledge-base facts by words: the full-text index when there is one, else the
// facts sharing the most words with the query.
func (m *Model) search(ctx context.Context, query string) ([]string, error) {
	if m.cfg.Searcher != nil {
		return m.cfg.Searcher.SearchFacts(ctx, query, 3)
	}
	words := strings.Fields(knowledge.Normalize(query))
	type hit struct {
		id    string
		score int
	}
	var hits []hit
	for _, p := range m.kb.Procedures {
		for _, f := range p.Facts {
			text := " " + knowledge.Normalize(f.Text.String()) + " "
			score := 0
			for _, w := range words {
				if len(w) > 3 && strings.Contains(text, w) {
					score++
				}
			}
			if score > 0 {
				hits = append(hits, hit{f.ID, score})
			}
		}
	}
	sort.SliceStable(hits, func(i, j int) bool { return hits[i].score > hits[j].score })
	var ids []string
	for i := 0; i < len(hits) && i < 3; i++ {
		ids = append(ids, hits[i].id)
	}
	return ids, nil
}

package evals

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

// ModelSummary is what the language model did over a run: its outcomes, the guard's rejections
// and the tokens it cost.
type ModelSummary struct {
	Turns    int            `json:"turns"`
	Outcomes map[string]int `json:"outcomes"`
	// Rejections are the guard's refusals and the model's errors, by reason.
	Rejections       map[string]int `json:"rejections"`
	Errors           map[string]int `json:"errors"`
	Cached           int            `json:"cached"`
	PromptTokens     int            `json:"prompt_tokens"`
	CompletionTokens int            `json:"completion_tokens"`
}

// SummarizeModel adds up the model's part in the cases' turns; nil when no turn used a model.
func SummarizeModel(cases []Result) *ModelSummary {
	var s *ModelSummary
	for _, c := range cases {
		for _, t := range c.Turns {
			if t.Model == nil {
				continue
			}
			if s == nil {
				s = &ModelSummary{Outcomes: map[string]int{}, Rejections: map[string]int{}, Errors: map[string]int{}}
			}
			s.Turns++
			s.Outcomes[t.Model.Outcome]++
			switch t.Model.Outcome {
			case "rejected":
				s.Rejections[t.Model.Reason]++
			case "error":
				s.Errors[t.Model.Reason]++
			}
			if t.Model.Cached {
				s.Cached++
			}
			s.PromptTokens += t.Model.PromptTokens
			s.CompletionTokens += t.Model.CompletionTokens
		}
	}
	return s
}

// writeModel prints the model's summary: outcomes, guard rejections by reason, errors, tokens.
func writeModel(w io.Writer, s *ModelSummary) {
	if s == nil {
		return
	}
	fmt.Fprintf(w, "\nLanguage model: %d turns (%s), %d from the cache\n", s.Turns, counts(s.Outcomes), s.Cached)
	fmt.Fprintf(w, "  guard rejections: %d (%s)\n", total(s.Rejections), counts(s.Rejections))
	fmt.Fprintf(w, "  errors: %d (%s)\n", total(s.Errors), counts(s.Errors))
	paid := max(s.Turns-s.Cached, 1)
	fmt.Fprintf(w, "  tokens: %d prompt, %d completion (%d and %d per turn asked)\n", s.PromptTokens, s.CompletionTokens,
		s.PromptTokens/paid, s.CompletionTokens/paid)
}

func total(m map[string]int) int {
	n := 0
	for _, v := range m {
		n += v
	}
	return n
}

// counts writes "a 3, b 1", largest first.
func counts(m map[string]int) string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if m[keys[i]] != m[keys[j]] {
			return m[keys[i]] > m[keys[j]]
		}
		return keys[i] < keys[j]
	})
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = fmt.Sprintf("%s %d", k, m[k])
	}
	if len(parts) == 0 {
		return "none"
	}
	return strings.Join(parts, ", ")
}

// Package llm connects Guichet's core to a language model behind an OpenAI-compatible chat API
// (OpenAI, Mistral, the French state's Albert API, Ollama, vLLM), on github.com/sashabaranov/go-openai.
//
// The model gets a short system prompt, the message delimited as data, and tools that run the
// knowledge base and the rule functions: facts reach it only as tool results. A Model implements
// bot.Model; the core checks everything it returns with the grounding guard before a user sees
// it. Models without tool calling are asked for the facts of the message as JSON instead, and the
// deterministic core answers from them.
package llm

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strings"
	"sync/atomic"
	"time"

	"github.com/sashabaranov/go-openai"

	"github.com/guichet/guichet/bot"
	"github.com/guichet/guichet/knowledge"
)

// Mode is how the model is used.
type Mode string

// The modes. Auto uses tools and falls back to JSON for good when the server says the model
// has no tool calling.
const (
	Auto  Mode = "auto"
	Tools Mode = "tools"
	JSON  Mode = "json"
)

// Budgets of a turn.
const (
	// MaxRounds is the number of tool-call rounds a turn may run; a model still calling tools
	// after them gets one last request without tools.
	MaxRounds = 3
	// maxCallsPerRound bounds the tool calls of one response.
	maxCallsPerRound = 6
	// DefaultMaxTokens bounds each completion.
	DefaultMaxTokens = 400
	// DefaultCacheSize is the number of turns remembered.
	DefaultCacheSize = 512
)

// Config is how to reach the model.
type Config struct {
	// BaseURL is the API's base, such as https://api.openai.com/v1 or http://localhost:11434/v1.
	BaseURL string
	// APIKey may be empty for local servers.
	APIKey string
	Model  string
	Mode   Mode
	// Stream asks for server-sent events instead of one JSON response.
	Stream bool
	// MaxTokens bounds each completion (DefaultMaxTokens when 0).
	MaxTokens int
	// CacheSize is the number of turns remembered (DefaultCacheSize when 0, none when negative).
	CacheSize int
	// RetryAfter is the wait before the one retry after a 429 or 5xx (500 ms when 0).
	RetryAfter time.Duration
	HTTPClient *http.Client
	// Searcher, when set, is the full-text search of the knowledge base behind the search tool.
	Searcher bot.Searcher
	Log      *slog.Logger
}

// Model is a language model for Guichet's core. It is safe for concurrent use.
type Model struct {
	cfg   Config
	kb    *knowledge.Base
	api   *openai.Client
	tools map[string]tool
	defs  []openai.Tool
	cache *cache
	log   *slog.Logger
	// noTools is set once the server has said the model cannot call tools (Auto mode).
	noTools atomic.Bool
}

var _ bot.Model = (*Model)(nil)

// New returns a model for kb. It does not contact the server.
func New(kb *knowledge.Base, cfg Config) (*Model, error) {
	if cfg.Model == "" {
		return nil, errors.New("llm: no model name")
	}
	if cfg.BaseURL == "" {
		return nil, errors.New("llm: no base URL")
	}
	if cfg.Mode == "" {
		cfg.Mode = Auto
	}
	if cfg.MaxTokens <= 0 {
		cfg.MaxTokens = DefaultMaxTokens
	}
	if cfg.CacheSize == 0 {
		cfg.CacheSize = DefaultCacheSize
	}
	if cfg.RetryAfter <= 0 {
		cfg.RetryAfter = 500 * time.Millisecond
	}
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	oc := openai.DefaultConfig(cfg.APIKey)
	oc.BaseURL = strings.TrimRight(cfg.BaseURL, "/")
	if cfg.HTTPClient != nil {
		oc.HTTPClient = cfg.HTTPClient
	}
	m := &Model{cfg: cfg, kb: kb, api: openai.NewClientWithConfig(oc), cache: newCache(cfg.CacheSize), log: cfg.Log}
	m.tools = m.buildTools()
	for _, name := range []string{draftTool, "search", "get_procedure", "cni_fee", "cni_validity", "cni_checklist",
		"france_identite_eligibility", "digital_key_options", "nationality_routes", "office_hours"} {
		def := m.tools[name].def
		// The schema is encoded once: requests share it, and go-openai's encoder of a schema
		// writes to it.
		params, err := json.Marshal(&def.Parameters)
		if err != nil {
			return nil, fmt.Errorf("llm: schema of %s: %w", name, err)
		}
		def.Parameters = json.RawMessage(params)
		m.defs = append(m.defs, openai.Tool{Type: openai.ToolTypeFunction, Function: &def})
	}
	return m, nil
}

// Failure is a model turn that gave nothing usable, with a short reason for logs and reports.
type Failure struct {
	reason string
	err    error
}

func (f *Failure) Error() string {
	if f.err != nil {
		return "llm: " + f.reason + ": " + f.err.Error()
	}
	return "llm: " + f.reason
}

func (f *Failure) Unwrap() error { return f.err }

// Reason is "refused", "tool_loop", "prompt_leak", "truncated", "http_429", "http_500"...
func (f *Failure) Reason() string { return f.reason }

func fail(reason string, err error) error { return &Failure{reason: reason, err: err} }

// Turn runs the model on one message: with tools, a draft answer to phrase or a question to
// answer from the tools; without, the facts of a question Guichet did not understand.
func (m *Model) Turn(ctx context.Context, t bot.ModelTurn) (bot.ModelResult, error) {
	key := m.cacheKey(t)
	if res, ok := m.cache.get(key); ok {
		res.Cached = true
		res.Usage = bot.ModelUsage{}
		return res, nil
	}
	res, err := m.turn(ctx, t)
	if err == nil {
		m.cache.put(key, res)
	}
	return res, err
}

func (m *Model) turn(ctx context.Context, t bot.ModelTurn) (bot.ModelResult, error) {
	if m.cfg.Mode == JSON || m.noTools.Load() {
		return m.extract(ctx, t)
	}
	res, err := m.withTools(ctx, t)
	if err != nil && m.cfg.Mode == Auto && toolsUnsupported(err) {
		m.noTools.Store(true)
		m.log.Info("the model has no tool calling: it now only reads questions Guichet does not understand")
		more, err := m.extract(ctx, t)
		more.Usage.PromptTokens += res.Usage.PromptTokens
		more.Usage.CompletionTokens += res.Usage.CompletionTokens
		return more, err
	}
	return res, err
}

// toolsUnsupported reports whether the server refused the request because the model cannot call
// tools (Ollama: "does not support tools"; vLLM without a tool parser: "tool choice requires…").
func toolsUnsupported(err error) bool {
	var api *openai.APIError
	if errors.As(err, &api) && (api.HTTPStatusCode == http.StatusBadRequest || api.HTTPStatusCode == http.StatusUnprocessableEntity || api.HTTPStatusCode == http.StatusNotFound) {
		return strings.Contains(strings.ToLower(api.Message), "tool")
	}
	var req *openai.RequestError
	if errors.As(err, &req) && req.HTTPStatusCode == http.StatusBadRequest {
		return strings.Contains(strings.ToLower(string(req.Body)), "tool")
	}
	return false
}

// draftCallID is the id of the pre-filled call carrying Guichet's answer: nine letters and
// digits, the form Mistral requires.
const draftCallID = "guichet01"

func (m *Model) withTools(ctx context.Context, t bot.ModelTurn) (bot.ModelResult, error) {
	var res bot.ModelResult
	msgs := conversation(system(t.Lang), t)
	if t.Draft != nil {
		c := &call{turn: t}
		msgs = append(msgs,
			openai.ChatCompletionMessage{Role: openai.ChatMessageRoleAssistant, ToolCalls: []openai.ToolCall{{
				ID: draftCallID, Type: openai.ToolTypeFunction, Function: openai.FunctionCall{Name: draftTool, Arguments: "{}"}}}},
			openai.ChatCompletionMessage{Role: openai.ChatMessageRoleTool, ToolCallID: draftCallID, Name: draftTool, Content: m.run(ctx, c, draftTool, "{}")})
	}
	retried := false
	for round := 0; ; round++ {
		req := openai.ChatCompletionRequest{Model: m.cfg.Model, Messages: msgs, Tools: m.defs, MaxCompletionTokens: m.cfg.MaxTokens}
		if round == MaxRounds {
			req.ToolChoice = "none"
		}
		msg, finish, usage, err := m.complete(ctx, req, &retried)
		res.Usage.PromptTokens += usage.PromptTokens
		res.Usage.CompletionTokens += usage.CompletionTokens
		if err != nil {
			return res, err
		}
		switch {
		case msg.Refusal != "" || finish == openai.FinishReasonContentFilter:
			return res, fail("refused", nil)
		case len(msg.ToolCalls) == 0 && finish == openai.FinishReasonLength:
			return res, fail("truncated", nil)
		case len(msg.ToolCalls) == 0:
			if strings.Contains(msg.Content, canary) {
				return res, fail("prompt_leak", nil)
			}
			res.Text = strings.TrimSpace(msg.Content)
			return res, nil
		case round >= MaxRounds:
			return res, fail("tool_loop", nil)
		}
		msgs = append(msgs, openai.ChatCompletionMessage{Role: openai.ChatMessageRoleAssistant, Content: msg.Content, ToolCalls: msg.ToolCalls})
		for i, tc := range msg.ToolCalls {
			c := &call{turn: t}
			content := `{"error":"too many calls in one response"}`
			if i < maxCallsPerRound {
				content = m.run(ctx, c, tc.Function.Name, tc.Function.Arguments)
				if c.ev.Result != "" {
					res.Evidence = append(res.Evidence, c.ev)
				}
			}
			msgs = append(msgs, openai.ChatCompletionMessage{Role: openai.ChatMessageRoleTool, ToolCallID: tc.ID, Name: tc.Function.Name, Content: content})
		}
	}
}

// run executes one tool call and returns what the model sees: the result, or an error it can
// correct. Only successful results become evidence.
func (m *Model) run(ctx context.Context, c *call, name, args string) string {
	tl, ok := m.tools[name]
	if !ok {
		m.log.Debug("model called an unknown tool", "tool", name)
		return fmt.Sprintf(`{"error":%q}`, "unknown tool "+name)
	}
	out, err := tl.run(ctx, c, json.RawMessage(args))
	if err != nil {
		m.log.Debug("tool call failed", "tool", name, "err", err)
		msg := "tool failed"
		if errors.Is(err, errArgs) {
			msg = err.Error()
		}
		data, _ := json.Marshal(map[string]string{"error": msg})
		return string(data)
	}
	data, err := json.Marshal(out)
	if err != nil {
		return `{"error":"tool failed"}`
	}
	c.ev.Tool = name
	c.ev.Result = string(data)
	return c.ev.Result
}

// complete sends one request, streamed or not, and retries once after a 429 or a 5xx when the
// turn has not retried yet.
func (m *Model) complete(ctx context.Context, req openai.ChatCompletionRequest, retried *bool) (openai.ChatCompletionMessage, openai.FinishReason, openai.Usage, error) {
	for {
		msg, finish, usage, err := m.once(ctx, req)
		if err == nil {
			return msg, finish, usage, nil
		}
		status := httpStatus(err)
		retry := status == http.StatusTooManyRequests || status >= 500
		if !retry || *retried {
			if status != 0 {
				return msg, finish, usage, fail(fmt.Sprintf("http_%d", status), err)
			}
			return msg, finish, usage, err
		}
		*retried = true
		m.log.Debug("model request failed, retrying once", "status", status)
		select {
		case <-ctx.Done():
			return msg, finish, usage, ctx.Err()
		case <-time.After(m.cfg.RetryAfter):
		}
	}
}

func httpStatus(err error) int {
	var api *openai.APIError
	if errors.As(err, &api) {
		return api.HTTPStatusCode
	}
	var req *openai.RequestError
	if errors.As(err, &req) {
		return req.HTTPStatusCode
	}
	return 0
}

func (m *Model) once(ctx context.Context, req openai.ChatCompletionRequest) (openai.ChatCompletionMessage, openai.FinishReason, openai.Usage, error) {
	if !m.cfg.Stream {
		resp, err := m.api.CreateChatCompletion(ctx, req)
		if err != nil {
			return openai.ChatCompletionMessage{}, "", resp.Usage, err
		}
		if len(resp.Choices) == 0 {
			return openai.ChatCompletionMessage{}, "", resp.Usage, fail("no_choice", nil)
		}
		return resp.Choices[0].Message, resp.Choices[0].FinishReason, resp.Usage, nil
	}
	req.StreamOptions = &openai.StreamOptions{IncludeUsage: true}
	stream, err := m.api.CreateChatCompletionStream(ctx, req)
	if err != nil {
		return openai.ChatCompletionMessage{}, "", openai.Usage{}, err
	}
	defer stream.Close()
	var (
		msg     = openai.ChatCompletionMessage{Role: openai.ChatMessageRoleAssistant}
		content strings.Builder
		finish  openai.FinishReason
		usage   openai.Usage
		calls   []openai.ToolCall
	)
	for {
		chunk, err := stream.Recv()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return msg, finish, usage, err
		}
		if chunk.Usage != nil {
			usage = *chunk.Usage
		}
		for _, ch := range chunk.Choices {
			if ch.Index != 0 {
				continue
			}
			content.WriteString(ch.Delta.Content)
			msg.Refusal += ch.Delta.Refusal
			if ch.FinishReason != "" {
				finish = ch.FinishReason
			}
			for _, d := range ch.Delta.ToolCalls {
				i := len(calls) - 1
				if d.Index != nil {
					i = *d.Index
				}
				if i < 0 || i >= 64 {
					continue
				}
				for len(calls) <= i {
					calls = append(calls, openai.ToolCall{Type: openai.ToolTypeFunction})
				}
				if d.ID != "" {
					calls[i].ID = d.ID
				}
				calls[i].Function.Name += d.Function.Name
				calls[i].Function.Arguments += d.Function.Arguments
			}
		}
	}
	msg.Content = content.String()
	msg.ToolCalls = calls
	return msg, finish, usage, nil
}

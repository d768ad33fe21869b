package llm_test

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"

	"github.com/sashabaranov/go-openai"
)

// step is one scripted answer of the fake server.
type step struct {
	// status, when set, answers with this HTTP status and an OpenAI-style error body.
	status  int
	errText string
	// delay holds the answer back (to test deadlines).
	delay time.Duration
	// content and calls make the assistant message; calls are "name" and arguments pairs.
	content string
	calls   [][2]string
	refusal string
	finish  openai.FinishReason
}

// fakeAPI is an in-process OpenAI-compatible chat server: each request gets the next step of a
// script (the last step repeats), answered as one JSON document or, when the request asks for a
// stream, as server-sent events cut in small pieces.
type fakeAPI struct {
	t      testing.TB
	srv    *httptest.Server
	mu     sync.Mutex
	script []step
	reqs   []openai.ChatCompletionRequest
	// byMode, when set, picks the step from the request instead of the script.
	byMode func(req openai.ChatCompletionRequest) step
}

func newFakeAPI(t testing.TB, script ...step) *fakeAPI {
	f := &fakeAPI{t: t, script: script}
	f.srv = httptest.NewServer(http.HandlerFunc(f.serve))
	t.Cleanup(f.srv.Close)
	return f
}

func (f *fakeAPI) URL() string { return f.srv.URL + "/v1" }

func (f *fakeAPI) requests() []openai.ChatCompletionRequest {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]openai.ChatCompletionRequest(nil), f.reqs...)
}

func (f *fakeAPI) serve(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost || r.URL.Path != "/v1/chat/completions" {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	var req openai.ChatCompletionRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	f.mu.Lock()
	n := len(f.reqs)
	f.reqs = append(f.reqs, req)
	var s step
	switch {
	case f.byMode != nil:
		s = f.byMode(req)
	case n < len(f.script):
		s = f.script[n]
	case len(f.script) > 0:
		s = f.script[len(f.script)-1]
	}
	f.mu.Unlock()
	if s.delay > 0 {
		select {
		case <-time.After(s.delay):
		case <-r.Context().Done():
			return
		}
	}
	if s.status != 0 {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(s.status)
		fmt.Fprintf(w, `{"error":{"message":%q,"type":"api_error"}}`, s.errText)
		return
	}
	msg := openai.ChatCompletionMessage{Role: openai.ChatMessageRoleAssistant, Content: s.content, Refusal: s.refusal}
	for i, c := range s.calls {
		msg.ToolCalls = append(msg.ToolCalls, openai.ToolCall{ID: fmt.Sprintf("call%05d", n*10+i), Type: openai.ToolTypeFunction,
			Function: openai.FunctionCall{Name: c[0], Arguments: c[1]}})
	}
	finish := s.finish
	if finish == "" {
		finish = openai.FinishReasonStop
		if len(s.calls) > 0 {
			finish = openai.FinishReasonToolCalls
		}
	}
	usage := openai.Usage{PromptTokens: 100 + n, CompletionTokens: 10 + n, TotalTokens: 110 + 2*n}
	if req.Stream {
		f.stream(w, msg, finish, usage)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(openai.ChatCompletionResponse{ID: "fake", Object: "chat.completion", Model: req.Model,
		Choices: []openai.ChatCompletionChoice{{Message: msg, FinishReason: finish}}, Usage: usage})
}

// stream writes msg as chat.completion.chunk events: the content in pieces of a few characters,
// each tool call's name first and its arguments in pieces, then the finish reason, the usage and
// [DONE].
func (f *fakeAPI) stream(w http.ResponseWriter, msg openai.ChatCompletionMessage, finish openai.FinishReason, usage openai.Usage) {
	w.Header().Set("Content-Type", "text/event-stream")
	send := func(v any) {
		data, _ := json.Marshal(v)
		fmt.Fprintf(w, "data: %s\n\n", data)
		w.(http.Flusher).Flush()
	}
	chunk := func(d map[string]any, finish any) map[string]any {
		return map[string]any{"id": "fake", "object": "chat.completion.chunk", "model": "fake",
			"choices": []any{map[string]any{"index": 0, "delta": d, "finish_reason": finish}}}
	}
	send(chunk(map[string]any{"role": "assistant"}, nil))
	for _, piece := range pieces(msg.Content, 7) {
		send(chunk(map[string]any{"content": piece}, nil))
	}
	if msg.Refusal != "" {
		send(chunk(map[string]any{"refusal": msg.Refusal}, nil))
	}
	for i, c := range msg.ToolCalls {
		send(chunk(map[string]any{"tool_calls": []any{map[string]any{"index": i, "id": c.ID, "type": "function",
			"function": map[string]any{"name": c.Function.Name, "arguments": ""}}}}, nil))
		for _, piece := range pieces(c.Function.Arguments, 5) {
			send(chunk(map[string]any{"tool_calls": []any{map[string]any{"index": i, "function": map[string]any{"arguments": piece}}}}, nil))
		}
	}
	send(chunk(map[string]any{}, string(finish)))
	send(map[string]any{"id": "fake", "object": "chat.completion.chunk", "choices": []any{}, "usage": usage})
	fmt.Fprint(w, "data: [DONE]\n\n")
}

func pieces(s string, n int) []string {
	var out []string
	r := []rune(s)
	for len(r) > 0 {
		k := min(n, len(r))
		out = append(out, string(r[:k]))
		r = r[k:]
	}
	return out
}

// lastToolResults returns the tool messages of a request, by the name of the tool.
func toolMessages(req openai.ChatCompletionRequest) []openai.ChatCompletionMessage {
	var out []openai.ChatCompletionMessage
	for _, m := range req.Messages {
		if m.Role == openai.ChatMessageRoleTool {
			out = append(out, m)
		}
	}
	return out
}

func userMessage(req openai.ChatCompletionRequest) string {
	for _, m := range req.Messages {
		if m.Role == openai.ChatMessageRoleUser {
			return m.Content
		}
	}
	return ""
}

func hasTool(req openai.ChatCompletionRequest) bool { return len(req.Tools) > 0 }

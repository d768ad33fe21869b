package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/guichet/guichet/bot/llm"
)

func TestLLMConfig(t *testing.T) {
	tests := []struct {
		name string
		vars map[string]string
		want llmConfig
		err  string // a part of the error, naming the variable
	}{
		{name: "none", want: llmConfig{Timeout: 15 * time.Second, Mode: llm.Auto, MaxTokens: llm.DefaultMaxTokens, Cache: llm.DefaultCacheSize}},
		{name: "a key alone does not enable it", vars: map[string]string{"OPENAI_API_KEY": "sk-x", "OPENAI_BASE_URL": "http://localhost:11434/v1"},
			want: llmConfig{BaseURL: "http://localhost:11434/v1", APIKey: "sk-x", Timeout: 15 * time.Second, Mode: llm.Auto, MaxTokens: llm.DefaultMaxTokens, Cache: llm.DefaultCacheSize}},
		{name: "openai", vars: map[string]string{"GUICHET_LLM_MODEL": "gpt-4o-mini", "OPENAI_API_KEY": "sk-x"},
			want: llmConfig{Model: "gpt-4o-mini", BaseURL: openAIURL, APIKey: "sk-x", Timeout: 15 * time.Second, Mode: llm.Auto, MaxTokens: llm.DefaultMaxTokens, Cache: llm.DefaultCacheSize}},
		{name: "ollama, every setting", vars: map[string]string{"GUICHET_LLM_MODEL": "qwen2.5:7b", "OPENAI_BASE_URL": "http://localhost:11434/v1",
			"GUICHET_LLM_TIMEOUT": "8s", "GUICHET_LLM_MODE": "json", "GUICHET_LLM_STREAM": "true", "GUICHET_LLM_MAX_TOKENS": "300", "GUICHET_LLM_CACHE": "0"},
			want: llmConfig{Model: "qwen2.5:7b", BaseURL: "http://localhost:11434/v1", Timeout: 8 * time.Second, Mode: llm.JSON, Stream: true, MaxTokens: 300}},
		{name: "openai without key", vars: map[string]string{"GUICHET_LLM_MODEL": "gpt-4o-mini"}, err: "OPENAI_API_KEY"},
		{name: "bad base URL", vars: map[string]string{"GUICHET_LLM_MODEL": "m", "OPENAI_BASE_URL": "localhost:11434"}, err: "OPENAI_BASE_URL"},
		{name: "bad timeout", vars: map[string]string{"GUICHET_LLM_MODEL": "m", "OPENAI_BASE_URL": "http://h/v1", "GUICHET_LLM_TIMEOUT": "15"}, err: "GUICHET_LLM_TIMEOUT"},
		{name: "negative timeout", vars: map[string]string{"GUICHET_LLM_MODEL": "m", "OPENAI_BASE_URL": "http://h/v1", "GUICHET_LLM_TIMEOUT": "-1s"}, err: "GUICHET_LLM_TIMEOUT"},
		{name: "bad mode", vars: map[string]string{"GUICHET_LLM_MODEL": "m", "OPENAI_BASE_URL": "http://h/v1", "GUICHET_LLM_MODE": "magic"}, err: "GUICHET_LLM_MODE"},
		{name: "bad stream", vars: map[string]string{"GUICHET_LLM_MODEL": "m", "OPENAI_BASE_URL": "http://h/v1", "GUICHET_LLM_STREAM": "maybe"}, err: "GUICHET_LLM_STREAM"},
		{name: "bad max tokens", vars: map[string]string{"GUICHET_LLM_MODEL": "m", "OPENAI_BASE_URL": "http://h/v1", "GUICHET_LLM_MAX_TOKENS": "9"}, err: "GUICHET_LLM_MAX_TOKENS"},
		{name: "bad cache", vars: map[string]string{"GUICHET_LLM_MODEL": "m", "OPENAI_BASE_URL": "http://h/v1", "GUICHET_LLM_CACHE": "-3"}, err: "GUICHET_LLM_CACHE"},
		{name: "settings without a model", vars: map[string]string{"GUICHET_LLM_TIMEOUT": "5s"}, err: "GUICHET_LLM_MODEL"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := loadLLMConfig(env(t, tc.vars))
			switch {
			case tc.err != "":
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Errorf("error %v; want one naming %s", err, tc.err)
				}
			case err != nil:
				t.Errorf("error %v", err)
			case got != tc.want:
				t.Errorf("config %+v; want %+v", got, tc.want)
			}
		})
	}
	// A bad setting stops every command at start-up.
	code, _, errs := runCmd(t, env(t, map[string]string{"GUICHET_LLM_MODEL": "m", "OPENAI_BASE_URL": "ftp://x"}), "", "ask", "bonjour")
	if code != 2 || !strings.Contains(errs, "OPENAI_BASE_URL") {
		t.Errorf("ask with a bad base URL: code %d, %s", code, errs)
	}
}

func TestEvalLLM(t *testing.T) {
	dir := t.TempDir()
	cases := filepath.Join(dir, "cases.yaml")
	os.WriteFile(cases, []byte(`- id: perte
  tags: [fee]
  turns:
    - user: "J'ai perdu ma carte d'identité, combien ça coûte ?"
      expect: {kind: answer, contains: ["25 €"], facts: ["fee=25 €"]}
- id: bonjour
  tags: [social]
  turns:
    - user: "bonjour"
      expect: {kind: answer}
`), 0o644)
	code, _, errs := runCmd(t, env(t, nil), "", "eval", "--llm", cases)
	if code != 2 || !strings.Contains(errs, "GUICHET_LLM_MODEL") {
		t.Fatalf("eval --llm without a model: code %d, %s", code, errs)
	}
	// A model that invents a fee: the guard rejects it every time and the cases still pass.
	var calls atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n := calls.Add(1)
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(map[string]any{"id": fmt.Sprint(n), "object": "chat.completion",
			"choices": []any{map[string]any{"index": 0, "finish_reason": "stop",
				"message": map[string]any{"role": "assistant", "content": "Le timbre coûte 99 €."}}},
			"usage": map[string]any{"prompt_tokens": 900, "completion_tokens": 12, "total_tokens": 912}})
	}))
	defer srv.Close()
	vars := map[string]string{"GUICHET_LLM_MODEL": "fake", "OPENAI_BASE_URL": srv.URL + "/v1"}
	jsonPath := filepath.Join(dir, "r.json")
	code, out, errs := runCmd(t, env(t, vars), "", "eval", "--llm", "--quiet", "--repeat", "2", "--json", jsonPath, cases)
	if code != 0 {
		t.Fatalf("eval --llm: code %d\n%s\n%s", code, out, errs)
	}
	for _, want := range []string{"Language model: 2 turns (rejected 2)", "guard rejections: 2 (ungrounded 2)", "tokens: 1800 prompt, 24 completion", "4 passed, 0 failed"} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q:\n%s", want, out)
		}
	}
	if calls.Load() != 2 {
		t.Errorf("%d requests; --repeat must ask the model again, not its cache", calls.Load())
	}
	data, _ := os.ReadFile(jsonPath)
	if !strings.Contains(string(data), `"mode": "llm:fake"`) || !strings.Contains(string(data), `"outcome": "rejected"`) {
		t.Errorf("JSON report lacks the model's part:\n%.600s", data)
	}
	// Without --llm the same environment evaluates the deterministic core.
	code, out, _ = runCmd(t, env(t, vars), "", "eval", "--quiet", cases)
	if code != 0 || strings.Contains(out, "Language model") || calls.Load() != 2 {
		t.Errorf("eval without --llm used the model: code %d\n%s", code, out)
	}
}

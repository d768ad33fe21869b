package main

import (
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"strconv"
	"time"

	"github.com/guichet/guichet/bot"
	"github.com/guichet/guichet/bot/llm"
	"github.com/guichet/guichet/knowledge"
)

// llmConfig is the optional language model, from the environment. Model empty means none: the
// deterministic core answers alone.
type llmConfig struct {
	Model     string
	BaseURL   string
	APIKey    string
	Timeout   time.Duration
	Mode      llm.Mode
	Stream    bool
	MaxTokens int
	// Cache is the number of turns remembered; 0 remembers none.
	Cache int
}

// openAIURL is the default base URL, OpenAI's.
const openAIURL = "https://api.openai.com/v1"

// loadLLMConfig reads the model's settings. A bad value is an error naming the variable.
func loadLLMConfig(getenv func(string) string) (llmConfig, error) {
	c := llmConfig{Model: getenv("GUICHET_LLM_MODEL"), BaseURL: getenv("OPENAI_BASE_URL"), APIKey: getenv("OPENAI_API_KEY"),
		Timeout: 15 * time.Second, Mode: llm.Auto, MaxTokens: llm.DefaultMaxTokens, Cache: llm.DefaultCacheSize}
	if c.Model == "" {
		for _, name := range []string{"GUICHET_LLM_TIMEOUT", "GUICHET_LLM_MODE", "GUICHET_LLM_STREAM", "GUICHET_LLM_MAX_TOKENS", "GUICHET_LLM_CACHE"} {
			if getenv(name) != "" {
				return c, fmt.Errorf("%s is set but GUICHET_LLM_MODEL is not: set the model name to use a language model, or unset %s", name, name)
			}
		}
		return c, nil
	}
	if c.BaseURL == "" {
		c.BaseURL = openAIURL
		if c.APIKey == "" {
			return c, errors.New("OPENAI_API_KEY is empty: OpenAI needs a key; for a local server (Ollama, vLLM) set OPENAI_BASE_URL")
		}
	}
	u, err := url.Parse(c.BaseURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return c, fmt.Errorf("OPENAI_BASE_URL=%q: want the API's base URL, such as %s or http://localhost:11434/v1", c.BaseURL, openAIURL)
	}
	if v := getenv("GUICHET_LLM_TIMEOUT"); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil || d <= 0 || d > 5*time.Minute {
			return c, fmt.Errorf("GUICHET_LLM_TIMEOUT=%q: want a duration such as 15s (at most 5m)", v)
		}
		c.Timeout = d
	}
	if v := getenv("GUICHET_LLM_MODE"); v != "" {
		switch m := llm.Mode(v); m {
		case llm.Auto, llm.Tools, llm.JSON:
			c.Mode = m
		default:
			return c, fmt.Errorf("GUICHET_LLM_MODE=%q: want auto, tools or json", v)
		}
	}
	if v := getenv("GUICHET_LLM_STREAM"); v != "" {
		b, err := strconv.ParseBool(v)
		if err != nil {
			return c, fmt.Errorf("GUICHET_LLM_STREAM=%q: want true or false", v)
		}
		c.Stream = b
	}
	for _, v := range []struct {
		name     string
		dst      *int
		min, max int
	}{{"GUICHET_LLM_MAX_TOKENS", &c.MaxTokens, 50, 8192}, {"GUICHET_LLM_CACHE", &c.Cache, 0, 1_000_000}} {
		if s := getenv(v.name); s != "" {
			n, err := strconv.Atoi(s)
			if err != nil || n < v.min || n > v.max {
				return c, fmt.Errorf("%s=%q: want a whole number from %d to %d", v.name, s, v.min, v.max)
			}
			*v.dst = n
		}
	}
	return c, nil
}

// modelOptions returns the bot options of the configured model, none when there is none.
func (c llmConfig) modelOptions(kb *knowledge.Base, search bot.Searcher, metrics bot.ModelMetrics, log *slog.Logger) ([]bot.BotOption, error) {
	if c.Model == "" {
		return nil, nil
	}
	cache := c.Cache
	if cache == 0 {
		cache = -1
	}
	m, err := llm.New(kb, llm.Config{BaseURL: c.BaseURL, APIKey: c.APIKey, Model: c.Model, Mode: c.Mode, Stream: c.Stream,
		MaxTokens: c.MaxTokens, CacheSize: cache, Searcher: search, Log: log, HTTPClient: &http.Client{}})
	if err != nil {
		return nil, fmt.Errorf("language model (GUICHET_LLM_MODEL=%s): %w", c.Model, err)
	}
	log.Info("language model enabled", "model", c.Model, "base_url", c.BaseURL, "mode", c.Mode, "timeout", c.Timeout)
	return []bot.BotOption{bot.WithModel(m, c.Timeout), bot.WithModelMetrics(metrics)}, nil
}

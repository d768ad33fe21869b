package llm

import (
	"container/list"
	"crypto/sha256"
	"encoding/json"
	"sync"

	"github.com/guichet/guichet/bot"
	"github.com/guichet/guichet/knowledge"
)

// cache remembers the results of recent turns, least recently used out first, so that the same
// question in the same context costs one request.
type cache struct {
	mu    sync.Mutex
	max   int
	order *list.List // of *entry, most recent first
	byKey map[[32]byte]*list.Element
}

type entry struct {
	key [32]byte
	res bot.ModelResult
}

func newCache(max int) *cache {
	return &cache{max: max, order: list.New(), byKey: map[[32]byte]*list.Element{}}
}

func (c *cache) get(k [32]byte) (bot.ModelResult, bool) {
	if c.max <= 0 {
		return bot.ModelResult{}, false
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	el, ok := c.byKey[k]
	if !ok {
		return bot.ModelResult{}, false
	}
	c.order.MoveToFront(el)
	return el.Value.(*entry).res, true
}

func (c *cache) put(k [32]byte, res bot.ModelResult) {
	if c.max <= 0 {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if el, ok := c.byKey[k]; ok {
		el.Value.(*entry).res = res
		c.order.MoveToFront(el)
		return
	}
	c.byKey[k] = c.order.PushFront(&entry{key: k, res: res})
	for c.order.Len() > c.max {
		last := c.order.Back()
		c.order.Remove(last)
		delete(c.byKey, last.Value.(*entry).key)
	}
}

// cacheKey identifies a turn: the question (normalised), what the conversation established and
// its last exchanges,
// Guichet's own answer (which carries everything that depends on the day), the day, the reader,
// the model and the prompts.
func (m *Model) cacheKey(t bot.ModelTurn) [32]byte {
	k := struct {
		Model, Prompt, Text, Day, Draft string
		Lang                            knowledge.Lang
		Audience                        bot.Audience
		Topic                           knowledge.Topic
		Intent                          string
		Slots                           any
		History                         []bot.Exchange
		NoTools                         bool
	}{m.cfg.Model, promptVersion + string(m.cfg.Mode), knowledge.Normalize(t.Text), t.Time.Format("2006-01-02"), "",
		t.Lang, t.Audience, t.Topic, string(t.Intent), t.Slots, t.History, m.noTools.Load()}
	if t.Draft != nil {
		k.Draft = bot.PlainText(*t.Draft)
	}
	data, _ := json.Marshal(k)
	return sha256.Sum256(data)
}

# Guichet. Every go command uses the same build tags, so the cgo build of SQLite is cached once.
GO_TAGS := sqlite_fts5
GO      ?= go
GOFLAGS_TAGS := -tags=$(GO_TAGS)
STATICCHECK := honnef.co/go/tools/cmd/staticcheck@v0.8.2

.PHONY: all build run test vet lint fuzz bench lengths flood restarts evals model clean

all: build

build:
	$(GO) build $(GOFLAGS_TAGS) -o bin/guichet ./cmd/guichet

run: build
	./bin/guichet chat

vet:
	$(GO) vet $(GOFLAGS_TAGS) ./...

# The least cross-validated accuracy and macro-F1 of the understanding that make test accepts. They
# only go up, as the question examples grow, to guichet nlu test's own default of 0.95.
NLU_MIN_ACCURACY ?= 0.838
NLU_MIN_MACRO_F1 ?= 0.845

test: vet
	$(GO) test $(GOFLAGS_TAGS) -race -count=1 ./...
	$(GO) run $(GOFLAGS_TAGS) ./cmd/guichet nlu test --confusions 5 --min-accuracy $(NLU_MIN_ACCURACY) --min-macro-f1 $(NLU_MIN_MACRO_F1)

lint: vet
	@unformatted=$$(gofmt -l $$(git ls-files '*.go')); if [ -n "$$unformatted" ]; then echo "gofmt would change: $$unformatted"; exit 1; fi
	$(GO) run $(STATICCHECK) -tags $(GO_TAGS) ./...

# Short fuzzing sessions of the message handler, the knowledge-base loader, the model reader and the
# webhook's one-pass reading of an update; their seed corpora
# also run in `make test`.
fuzz:
	$(GO) test $(GOFLAGS_TAGS) -run '^$$' -fuzz FuzzHandle -fuzztime 60s ./bot/
	$(GO) test $(GOFLAGS_TAGS) -run '^$$' -fuzz FuzzLoad -fuzztime 30s ./knowledge/
	$(GO) test $(GOFLAGS_TAGS) -run '^$$' -fuzz FuzzLoadModel -fuzztime 30s ./bot/nlu/
	$(GO) test $(GOFLAGS_TAGS) -run '^$$' -fuzz FuzzMinimize -fuzztime 30s ./adapters/telegram/

# The per-message path: median and p99 per message are reported as custom metrics.
bench:
	$(GO) test $(GOFLAGS_TAGS) -run '^$$' -bench . -benchmem ./bot/
	$(GO) test $(GOFLAGS_TAGS) -run '^$$' -bench WebhookLoad -benchtime 1x ./adapters/telegram/

# The length figures of the answers to the fixed questions (adapters/internal/apitest), as each
# network shows them: characters, lines, sources, the share of characters the sources take, and
# Slack's blocks. The tests fail when a Telegram answer shows more than 3 sources, or when Slack's
# copy for the citizen carries the counter's sections.
lengths:
	$(GO) test $(GOFLAGS_TAGS) -count=1 -v -run '^TestReplyLengths$$' ./adapters/telegram/ ./adapters/slack/

# The webhook's resident memory under a 30 s flood (FLOOD=30s), from 16 and then 64 clients, each
# in a process of its own; every update past GUICHET_MAX_PENDING's default is refused with 503.
FLOOD ?= 30s
flood:
	$(GO) test $(GOFLAGS_TAGS) -run '^$$' -bench 'WebhookFlood/clients=16$$' -benchtime 1x -timeout 10m ./adapters/telegram/ -flood $(FLOOD)
	$(GO) test $(GOFLAGS_TAGS) -run '^$$' -bench 'WebhookFlood/clients=64$$' -benchtime 1x -timeout 10m ./adapters/telegram/ -flood $(FLOOD)

# guichet serve stopped with SIGKILL 30 times (SIGNAL=term for SIGTERM) while 16 clients post
# updates from the moment it starts: the updates answered twice and those never answered.
SIGNAL ?= kill
restarts:
	$(GO) test $(GOFLAGS_TAGS) -run '^$$' -bench Restarts -benchtime 1x -timeout 20m ./cmd/guichet/ -signal $(SIGNAL)

clean:
	rm -rf bin build

# The compiled knowledge base and the classifiers trained on its question examples, built into the
# binary. Run it after changing anything in knowledge/data/ (a test fails until you do).
model:
	$(GO) run $(GOFLAGS_TAGS) ./cmd/guichet kb compile -o knowledge/compiled.bin
	$(GO) run $(GOFLAGS_TAGS) ./cmd/guichet nlu train -o bot/nlu/model.bin

# The project's answer evals, with reports under build/evals (JSON for --baseline, JUnit for CI),
# then the blind cases (written without seeing Guichet's code or its other cases), reported apart.
# Every case file states the time its expectations hold at; EVAL_NOW=YYYY-MM-DD runs them at another.
EVAL_NOW ?=
evals: build
	mkdir -p build/evals
	./bin/guichet eval $(if $(EVAL_NOW),--now $(EVAL_NOW)) --json build/evals/report.json --junit build/evals/junit.xml evals/cases/*.yaml
	-./bin/guichet eval $(if $(EVAL_NOW),--now $(EVAL_NOW)) --json build/evals/blind.json evals/cases/blind | tail -1

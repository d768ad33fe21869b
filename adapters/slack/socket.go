package slack

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"
	"github.com/slack-go/slack/socketmode"
)

// runSocket runs the Socket Mode client until ctx ends. The library reconnects by itself after
// a dropped connection or a disconnect request; when its loop returns (a revoked or invalid token,
// apps.connections.open failing), the client is restarted after a wait that doubles up to a
// minute, and back to RestartAfter once connected.
func (a *Adapter) runSocket(ctx context.Context) {
	wait := a.cfg.RestartAfter
	for ctx.Err() == nil {
		sm := socketmode.New(a.api, socketmode.OptionLog(slogOutput{a.log}))
		runCtx, cancel := context.WithCancel(ctx)
		connected := make(chan struct{}, 1)
		done := make(chan struct{})
		go func() {
			defer close(done)
			a.socketEvents(runCtx, sm, connected)
		}()
		err := sm.RunContext(runCtx)
		cancel()
		<-done
		if ctx.Err() != nil {
			return
		}
		select {
		case <-connected:
			wait = a.cfg.RestartAfter
		default:
		}
		a.metrics.Error(Name, "socket_mode")
		a.log.Error("socket mode client stopped; restarting it", "err", err, "in", wait.String())
		t := time.NewTimer(wait)
		select {
		case <-t.C:
		case <-ctx.Done():
			t.Stop()
			return
		}
		wait = min(2*wait, time.Minute)
	}
}

// socketEvents reads the client's events until ctx ends: each request is acknowledged, then
// handled. While the backlog is full it reads nothing, so that Slack's events wait unacknowledged
// (and are sent again) instead of piling up.
func (a *Adapter) socketEvents(ctx context.Context, sm *socketmode.Client, connected chan<- struct{}) {
	// Slash commands wait (AckWithin at most) for an answer to put in their acknowledgement; the
	// client is not left while one does.
	var commands sync.WaitGroup
	defer commands.Wait()
	for {
		if a.backlog.WaitRoom(ctx) != nil {
			return
		}
		var ev socketmode.Event
		select {
		case <-ctx.Done():
			return
		case ev = <-sm.Events:
		}
		switch ev.Type {
		case socketmode.EventTypeConnected:
			a.log.Info("socket mode connected")
			select {
			case connected <- struct{}{}:
			default:
			}
		case socketmode.EventTypeConnectionError:
			a.log.Warn("socket mode connection failed; the client retries", "err", errOf(ev.Data))
		case socketmode.EventTypeInvalidAuth:
			a.log.Error("socket mode: SLACK_APP_TOKEN was refused")
		case socketmode.EventTypeEventsAPI:
			api, ok := ev.Data.(slackevents.EventsAPIEvent)
			if !ok || ev.Request == nil {
				continue
			}
			// Acknowledged once safely recorded; without an ack, Slack sends the event again.
			if err := a.receiveEvent(ctx, api); errors.Is(err, errBacklogFull) {
				a.log.Warn("event left unacknowledged: the backlog is full")
				continue
			} else if err != nil {
				a.log.Error("record event", "err", err)
				continue
			}
			a.ack(ctx, sm, ev.Request, nil)
		case socketmode.EventTypeSlashCommand:
			cmd, ok := ev.Data.(slack.SlashCommand)
			if !ok || ev.Request == nil {
				continue
			}
			req := ev.Request
			commands.Go(func() {
				if m := a.command(cmd); m != nil {
					a.ack(ctx, sm, req, m)
				} else {
					a.ack(ctx, sm, req, nil)
				}
			})
		case socketmode.EventTypeInteractive:
			cb, ok := ev.Data.(slack.InteractionCallback)
			if !ok || ev.Request == nil {
				continue
			}
			a.ack(ctx, sm, ev.Request, nil)
			a.interaction(cb)
		}
	}
}

func (a *Adapter) ack(ctx context.Context, sm *socketmode.Client, req *socketmode.Request, payload any) {
	if err := sm.AckCtx(ctx, req.EnvelopeID, payload); err != nil {
		a.log.Error("socket mode ack", "err", err)
	}
}

func errOf(data any) error {
	if e, ok := data.(*slack.ConnectionErrorEvent); ok {
		return e.ErrorObj
	}
	return fmt.Errorf("%v", data)
}

// slogOutput passes the Socket Mode library's debug lines to the adapter's logger.
type slogOutput struct{ log *slog.Logger }

func (s slogOutput) Output(_ int, line string) error {
	s.log.Debug("socketmode", "line", line)
	return nil
}

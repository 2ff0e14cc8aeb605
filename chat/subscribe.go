package chat

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/inft-labs/inft/internal/safe"
)

// Event types of a conversation's stream (GraphQL's ChatEventType).
const (
	EventMessage = "MESSAGE" // a message was stored: the user's, or the reply's placeholder
	EventDelta   = "DELTA"   // a piece of the reply being written, in order
	EventDone    = "DONE"    // the reply is complete: the final message and the credits left
	EventError   = "ERROR"   // the reply failed (charged for what was delivered), or events were lost
)

// Event is one thing that happened in a conversation.
type Event struct {
	Type string
	// Seq is the message the event is about.
	Seq     int
	Delta   string
	Message *Message
	// CreditsLeft is the session's escrow not yet used (DONE, ERROR).
	CreditsLeft *uint64
	Error       string
}

// eventBuffer is how many events a slow reader may lag behind its stream
// before events are lost (it is told with an ERROR event).
const eventBuffer = 256

// Subscribe streams the events of a session of user's from now on, until
// ctx ends or the conversation ends (the channel is then closed).
func (s *Service) Subscribe(ctx context.Context, user common.Address, id string) (<-chan Event, error) {
	sess, err := s.Session(ctx, user, id)
	if err != nil {
		return nil, err
	}
	if !s.takeStream(user) {
		return nil, ErrTooManySubs
	}
	sub := s.fanout.subscribe(id)
	if sub == nil {
		s.releaseStream(user)
		return nil, ErrNotRunning
	}
	out := make(chan Event, eventBuffer)
	why := usable(sess, sess.Conversation, time.Now())
	ended := why != nil && !errors.Is(why, ErrBusy)
	go func() {
		defer close(out)
		defer s.releaseStream(user)
		defer s.fanout.unsubscribe(sub)
		if ended {
			return
		}
		send := func(e Event) bool {
			select {
			case out <- e:
				return true
			case <-ctx.Done():
				return false
			}
		}
		lost := sub.lost
		for {
			select {
			case <-ctx.Done():
				return
			case <-lost:
				lost = nil
				if !send(Event{Type: EventError, Error: "some events were lost (the stream lagged or the server reconnected): read chatSession for the history"}) {
					return
				}
			case n, ok := <-sub.ch:
				if !ok {
					return
				}
				if n.Type == noteEnded {
					return
				}
				e, err := s.event(ctx, sess, n)
				if err != nil {
					s.log.Warn("chat event", "session", id, "seq", n.Seq, "err", err)
					continue
				}
				if !send(e) {
					return
				}
			}
		}
	}()
	return out, nil
}

// takeStream counts one more stream of user's, unless user holds
// Limits.MaxSubscriptions already.
func (s *Service) takeStream(user common.Address) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.streams[user] >= s.cfg.Limits.MaxSubscriptions {
		return false
	}
	if s.streams == nil {
		s.streams = map[common.Address]int{}
	}
	s.streams[user]++
	return true
}

func (s *Service) releaseStream(user common.Address) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.streams[user]--; s.streams[user] <= 0 {
		delete(s.streams, user)
	}
}

// event turns a note into what the subscriber is told.
func (s *Service) event(ctx context.Context, sess *Session, n note) (Event, error) {
	switch n.Type {
	case noteDelta:
		text, err := s.cfg.Keys.Open(n.KeyID, n.Nonce, n.Text, deltaAAD(n.Session, n.Seq, n.Index))
		if err != nil {
			return Event{}, err
		}
		return Event{Type: EventDelta, Seq: n.Seq, Delta: string(text)}, nil
	case noteMessage, noteFinished:
		m, err := readMessage(ctx, s.cfg.DB, s.cfg.Keys, n.Session, n.Seq)
		if err != nil {
			return Event{}, err
		}
		if n.Type == noteMessage {
			if m.Role == "agent" { // the reply's placeholder, as it was stored: its end comes later
				m.Status, m.Text, m.Tokens, m.InputTokens = "streaming", "", 0, 0
				m.Provider, m.Model, m.Error, m.Rating, m.FinishedAt = nil, nil, nil, nil, nil
			}
			return Event{Type: EventMessage, Seq: n.Seq, Message: &m}, nil
		}
		left, err := s.creditsLeft(ctx, sess)
		if err != nil {
			return Event{}, err
		}
		e := Event{Type: EventDone, Seq: n.Seq, Message: &m, CreditsLeft: &left}
		if m.Status != "done" {
			e.Type = EventError
			if m.Error != nil {
				e.Error = *m.Error
			}
		}
		return e, nil
	}
	return Event{}, fmt.Errorf("note type %q", n.Type)
}

func (s *Service) creditsLeft(ctx context.Context, sess *Session) (uint64, error) {
	var used int64
	if err := s.cfg.DB.GetContext(ctx, &used, `SELECT coalesce((SELECT tokens_used FROM chat_conversations
		WHERE session_id = $1 AND open_tx = $2), 0)`, sess.ID, sess.OpenTx); err != nil {
		return 0, fmt.Errorf("chat: read usage: %w", err)
	}
	return sess.CreditCap - CreditsFor(used, sess.TokensPerCredit.Int64, sess.CreditCap), nil
}

// Dialogue has the agents of two sessions of user's talk about topic for
// turns replies in all, the first session's agent first, each reply metered
// on its own agent's session and streamed on both. It returns the topic as
// stored in the first session; the talk goes on in the background and stops
// early when a reply fails or a session ends.
func (s *Service) Dialogue(ctx context.Context, user common.Address, first, second, topic string, turns int) (Message, error) {
	if turns < 1 || turns > s.cfg.Limits.MaxDialogueTurns {
		return Message{}, &InputError{fmt.Sprintf("turns must be 1 to %d", s.cfg.Limits.MaxDialogueTurns)}
	}
	if first == second {
		return Message{}, &InputError{"a dialogue needs two sessions"}
	}
	other, err := s.Session(ctx, user, second)
	if err != nil {
		return Message{}, err
	}
	if err := usable(other, other.Conversation, time.Now()); err != nil {
		return Message{}, fmt.Errorf("session %s: %w", second, err)
	}
	msg, t, err := s.prepare(ctx, user, first, topic, nil, true)
	if err != nil {
		return Message{}, err
	}
	sessions := [2]string{first, second}
	s.goReply(func(ctx context.Context) {
		for i := 0; ; i++ {
			said, ok := s.reply(ctx, t)
			if !ok || i+1 >= turns || ctx.Err() != nil {
				return
			}
			speaker := t.session.AgentID
			next := sessions[(i+1)%2]
			said = safe.Truncate(said, s.cfg.Limits.MaxMessageBytes)
			_, t, err = s.prepare(ctx, user, next, said, &speaker, false)
			if err != nil {
				s.log.Info("dialogue stopped", "session", next, "turn", i+1, "err", err)
				return
			}
		}
	})
	return msg, nil
}

package chat

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jmoiron/sqlx"

	"github.com/inft-labs/inft/ai"
	"github.com/inft-labs/inft/ai/agent"
	"github.com/inft-labs/inft/internal/pg"
)

// leaseMargin is how long past its timeout a reply stays vouched for.
const leaseMargin = 30 * time.Second

// turn is a reply to make: the placeholder stored, what to ask the AI.
type turn struct {
	session   *Session
	seq       int
	tier      ai.Tier
	system    string
	history   []ai.ChatMessage
	prompt    string
	maxTokens int
}

// Send stores user's message in the session, and the agent's reply as it
// streams (chatMessages). It returns the stored message at once.
func (s *Service) Send(ctx context.Context, user common.Address, id, text string) (Message, error) {
	msg, t, err := s.prepare(ctx, user, id, text, nil, true)
	if err != nil {
		return Message{}, err
	}
	// When the service is stopping the reply does not start; its placeholder
	// is interrupted once its lease ends, charged nothing.
	s.goReply(func(ctx context.Context) { s.reply(ctx, t) })
	return msg, nil
}

// prepare stores a message (user's own when from is nil; another agent's
// words in a dialogue otherwise) and the reply's placeholder, and returns the
// turn to make.
func (s *Service) prepare(ctx context.Context, user common.Address, id, text string, from *string, limited bool) (Message, *turn, error) {
	if err := s.checkText(text); err != nil {
		return Message{}, nil, err
	}
	if !decimal(id) {
		return Message{}, nil, ErrNotFound
	}
	select {
	case <-s.Stopped():
		return Message{}, nil, ErrNotRunning
	default:
	}
	var (
		msg     Message
		t       *turn
		refusal error // committed, then returned: a conversation found at its cap is ended
	)
	err := pg.Transact(ctx, s.cfg.DB, func(tx *sqlx.Tx) error {
		sess, err := readSession(ctx, tx, id)
		if err != nil {
			return err
		}
		if sess.User() != user {
			return ErrForbidden
		}
		c, err := lockConversation(ctx, tx, sess)
		if err != nil {
			return err
		}
		now := time.Now()
		var notes []note
		live, err := interruptStale(ctx, tx, c, now, &notes)
		if err != nil {
			return err
		}
		if err := usable(sess, c, now); err != nil {
			if errors.Is(err, ErrCapReached) && !c.Closing.Valid {
				refusal = err
				return closeConversation(ctx, tx, s.cfg.Channel, c, "cap")
			}
			return err
		}
		if live {
			return ErrBusy
		}
		// The rate is checked once the session is known to take a message, so
		// that a refusal says what is wrong with the session first.
		if limited {
			var n int
			if err := tx.GetContext(ctx, &n, `SELECT count(*) FROM chat_messages
				WHERE sender = $1 AND role = 'user' AND agent_id IS NULL AND created_at > now() - interval '1 minute'`,
				user.Bytes()); err != nil {
				return fmt.Errorf("chat: count messages: %w", err)
			}
			if n >= s.cfg.Limits.MessagesPerMinute {
				return ErrRateLimited
			}
		}
		if c.Messages == 0 {
			var active int
			if err := tx.GetContext(ctx, &active, `SELECT count(*) FROM chat_conversations c
				JOIN chat_sessions s ON s.id = c.session_id AND s.open_tx = c.open_tx
				WHERE c.user_address = $1 AND c.session_id <> $2 AND c.closing IS NULL
				  AND s.status = 'open' AND s.expires_at > now()
				  AND EXISTS (SELECT 1 FROM chat_messages m WHERE m.session_id = c.session_id
				              AND m.created_at > now() - interval '1 hour')`, user.Bytes(), id); err != nil {
				return fmt.Errorf("chat: count sessions: %w", err)
			}
			if active >= s.cfg.Limits.MaxSessions {
				return ErrTooMany
			}
		}
		hist, err := recent(ctx, tx, s.cfg.Keys, id, c.Messages+1, 64)
		if err != nil {
			return err
		}

		msg = Message{SessionID: id, Seq: c.Messages + 1, Role: "user", AgentID: from, Sender: user, Text: text, Status: "done", CreatedAt: now}
		if err := insertMessage(ctx, tx, s.cfg.Keys, msg, nil); err != nil {
			return err
		}
		c.TranscriptHash = chain(c.TranscriptHash, msg.Seq, msg.Role, msg.Status, 0, msg.Text)
		lease := now.Add(s.cfg.ReplyTimeout + leaseMargin)
		agentID := sess.AgentID
		placeholder := Message{SessionID: id, Seq: msg.Seq + 1, Role: "agent", AgentID: &agentID, Sender: user, Status: "streaming"}
		if err := insertMessage(ctx, tx, s.cfg.Keys, placeholder, &lease); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE chat_conversations SET messages = messages + 2, transcript_hash = $2
			WHERE session_id = $1`, id, c.TranscriptHash); err != nil {
			return fmt.Errorf("chat: count messages: %w", err)
		}
		notes = append(notes, note{Session: id, Seq: msg.Seq, Type: noteMessage}, note{Session: id, Seq: placeholder.Seq, Type: noteMessage})
		if err := publish(ctx, tx, s.cfg.Channel, notes...); err != nil {
			return err
		}
		t = &turn{
			session: sess, seq: placeholder.Seq, tier: ai.Tier(sess.AgentTier), system: systemPrompt(sess),
			history: s.context(sess, hist), prompt: text,
			maxTokens: int(min(int64(s.cfg.Limits.MaxReplyTokens), sess.CapTokens()-c.TokensUsed)),
		}
		return nil
	})
	if err == nil && refusal != nil {
		err = refusal
	}
	if err != nil {
		return Message{}, nil, err
	}
	return msg, t, nil
}

// systemPrompt is the agent's learned profile as instructions.
func systemPrompt(sess *Session) string {
	p := agent.New(sess.AgentID, ai.Tier(sess.AgentTier))
	if len(sess.Profile) > 0 {
		var stored agent.Profile
		if json.Unmarshal(sess.Profile, &stored) == nil {
			p = stored
		}
	}
	return p.Style() + " You are in a live conversation: answer the last message briefly and in your own voice."
}

// context maps the history to the AI's roles, newest kept first within
// ContextTokens.
func (s *Service) context(sess *Session, hist []Message) []ai.ChatMessage {
	var out []ai.ChatMessage
	budget := s.cfg.Limits.ContextTokens
	for i := len(hist) - 1; i >= 0; i-- {
		m := hist[i]
		if m.Text == "" || m.Status == "streaming" {
			continue
		}
		cost := ai.EstimateTokens(m.Text)
		if cost > budget {
			break
		}
		budget -= cost
		role := ai.RoleUser
		if m.Role == "agent" && m.AgentID != nil && *m.AgentID == sess.AgentID {
			role = ai.RoleAssistant
		}
		out = append(out, ai.ChatMessage{Role: role, Content: m.Text})
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out
}

// reply makes a turn's reply and records it; it returns the text and whether
// it ended well.
func (s *Service) reply(ctx context.Context, t *turn) (string, bool) {
	ctx, cancel := context.WithTimeout(ctx, s.cfg.ReplyTimeout)
	defer cancel()
	d := &deltas{s: s, session: t.session.ID, seq: t.seq}
	res, err := s.cfg.AI.Chat(ctx, ai.ChatTask{
		Tier: t.tier, System: t.system, History: t.history, Prompt: t.prompt, MaxTokens: t.maxTokens, Delta: d.add,
	})
	d.close()
	// Recorded even when the service stops: what was delivered is charged.
	fctx, fcancel := context.WithTimeout(context.WithoutCancel(ctx), 15*time.Second)
	defer fcancel()
	text, ok, ferr := s.finish(fctx, t, res, err)
	if ferr != nil {
		s.log.Error("record reply", "session", t.session.ID, "seq", t.seq, "err", ferr)
		return "", false
	}
	return text, ok
}

// finish records a reply's end: its text, status and usage, committed with
// the conversation's tokens and transcript.
func (s *Service) finish(ctx context.Context, t *turn, res ai.Result, cerr error) (string, bool, error) {
	out := res.Output
	text := string(out.Data)
	tokens := out.Usage.OutputTokens
	if tokens == 0 && text != "" {
		tokens = ai.EstimateTokens(text)
	}
	status, why := "done", ""
	switch {
	case cerr == nil:
	case errors.Is(cerr, ai.ErrPartialReply):
		status, why = "failed", "the provider failed after "+fmt.Sprint(tokens)+" tokens ("+string(ai.ClassOf(cerr))+"); charged for what was delivered"
	default:
		status, why, text, tokens = "failed", "no provider could answer ("+string(ai.ClassOf(cerr))+"); nothing was charged", "", 0
		var pe *ai.PromptError
		if errors.As(cerr, &pe) {
			why = "refused: " + pe.Reason
		}
	}
	ok := status == "done"
	err := pg.Transact(ctx, s.cfg.DB, func(tx *sqlx.Tx) error {
		c, err := conversation(ctx, tx, t.session, true)
		if err != nil || c == nil {
			return err // reorged out meanwhile: nothing to charge
		}
		var current string
		if err := tx.GetContext(ctx, &current, `SELECT status FROM chat_messages WHERE session_id = $1 AND seq = $2`,
			t.session.ID, t.seq); err != nil {
			return fmt.Errorf("chat: read reply: %w", err)
		}
		if current != "streaming" {
			ok = false
			return nil // interrupted meanwhile (its lease ran out): charged nothing
		}
		tokens = int(min(int64(tokens), max(0, t.session.CapTokens()-c.TokensUsed)))
		keyID, nonce, ct := s.cfg.Keys.Seal([]byte(text), aad(t.session.ID, t.seq, "agent"))
		var errText *string
		if why != "" {
			errText = &why
		}
		if _, err := tx.ExecContext(ctx, `UPDATE chat_messages SET key_id = $3, nonce = $4, ciphertext = $5, status = $6,
			tokens = $7, input_tokens = $8, provider = NULLIF($9, ''), model = NULLIF($10, ''), error = $11,
			finished_at = now(), lease_until = NULL WHERE session_id = $1 AND seq = $2`,
			t.session.ID, t.seq, keyID, nonce, ct, status, tokens, out.Usage.InputTokens, res.Provider,
			cmpOr(res.Model, out.Model), errText); err != nil {
			return fmt.Errorf("chat: record reply: %w", err)
		}
		c.TokensUsed += int64(tokens)
		c.TranscriptHash = chain(c.TranscriptHash, t.seq, "agent", status, tokens, text)
		if _, err := tx.ExecContext(ctx, `UPDATE chat_conversations SET tokens_used = $2, transcript_hash = $3
			WHERE session_id = $1`, t.session.ID, c.TokensUsed, c.TranscriptHash); err != nil {
			return fmt.Errorf("chat: meter reply: %w", err)
		}
		if err := publish(ctx, tx, s.cfg.Channel, note{Session: t.session.ID, Seq: t.seq, Type: noteFinished}); err != nil {
			return err
		}
		if tokens > 0 {
			if err := learn(ctx, tx, t.session.AgentID, t.tier, func(p agent.Profile) agent.Profile {
				return p.RecordReply(uint64(tokens))
			}); err != nil {
				return err
			}
		}
		if c.TokensUsed >= t.session.CapTokens() {
			return closeConversation(ctx, tx, s.cfg.Channel, c, "cap")
		}
		return nil
	})
	s.log.Info("reply", "session", t.session.ID, "seq", t.seq, "status", status, "tokens", tokens,
		"provider", res.Provider, "model", cmpOr(res.Model, out.Model))
	return text, ok, err
}

func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// deltaFlush is how long deltas are gathered into one note after the
// first, which goes out at once.
const deltaFlush = 20 * time.Millisecond

// deltas gathers a reply's pieces into notes: the first at once, then at
// most one per deltaFlush (or maxNoteText bytes), in order.
type deltas struct {
	s       *Service
	session string
	seq     int

	mu     sync.Mutex
	buf    strings.Builder
	index  int
	last   time.Time
	closed bool
}

func (d *deltas) add(text string) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.closed || text == "" {
		return
	}
	d.buf.WriteString(text)
	if d.index == 0 || time.Since(d.last) >= deltaFlush || d.buf.Len() >= maxNoteText {
		d.flush()
	}
}

func (d *deltas) close() {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.flush()
	d.closed = true
}

// flush sends what is gathered, in pieces of at most maxNoteText bytes cut
// between characters.
func (d *deltas) flush() {
	rest := d.buf.String()
	d.buf.Reset()
	d.last = time.Now()
	for rest != "" {
		n := min(len(rest), maxNoteText)
		for n < len(rest) && n > 0 && !utf8.RuneStart(rest[n]) {
			n--
		}
		piece := rest[:n]
		rest = rest[n:]
		keyID, nonce, ct := d.s.cfg.Keys.Seal([]byte(piece), deltaAAD(d.session, d.seq, d.index))
		nt := note{Session: d.session, Seq: d.seq, Type: noteDelta, Index: d.index, KeyID: keyID, Nonce: nonce, Text: ct}
		d.index++
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		err := publish(ctx, d.s.cfg.DB, d.s.cfg.Channel, nt)
		cancel()
		if err != nil {
			d.s.log.Warn("send a reply's delta", "session", d.session, "seq", d.seq, "err", err)
		}
	}
}

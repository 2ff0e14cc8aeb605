// Package chat holds conversations with agents in chat sessions: the
// credits are escrowed on chain by openSession (indexed into chat_sessions),
// the talk happens here, and the relayer settles each session once with what
// its replies used (Settler).
//
// A user's message is stored with a placeholder for the agent's reply in one
// transaction; the reply streams from the AI providers (ai.Orchestrator.Chat)
// as deltas on the chat channel (notes), and its usage is committed with the
// finished reply. A reply never spends past the escrow: the provider's token
// limit is what is left. A replica that dies mid-reply leaves it streaming
// until its lease runs out; it is then interrupted and charged nothing. The
// settlement is the sum of the committed usage, in credits
// (ceil(tokens / tokensPerCredit), the price in force when the session opened),
// and the transcript hash commits to every message in order (TranscriptHash).
//
// Messages are encrypted at rest (Keys); logs never carry their text.
package chat

import (
	"cmp"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jmoiron/sqlx"
	"github.com/lib/pq"

	"github.com/inft-labs/inft/ai"
	"github.com/inft-labs/inft/ai/agent"
	"github.com/inft-labs/inft/internal/pg"
	"github.com/inft-labs/inft/internal/startstop"
)

// Chatter holds one turn of a conversation: ai.Orchestrator.Chat.
type Chatter interface {
	Chat(ctx context.Context, t ai.ChatTask) (ai.Result, error)
}

var _ Chatter = (*ai.Orchestrator)(nil)

// Limits bound what one address may ask. Zero values take the defaults.
type Limits struct {
	// MaxMessageBytes bounds a message's text. Default 4,000.
	MaxMessageBytes int
	// MessagesPerMinute bounds an address's messages across sessions and
	// replicas. Default 20.
	MessagesPerMinute int
	// MaxSessions bounds the sessions one address talks in at once (open,
	// not ended, with a message in the last hour). Default 5.
	MaxSessions int
	// MaxReplyTokens bounds one reply. Default 1,024.
	MaxReplyTokens int
	// ContextTokens bounds the history sent with a message (estimated,
	// ai.EstimateTokens); older messages are left out. Default 6,000.
	ContextTokens int
	// MaxDialogueTurns bounds an agent-to-agent dialogue. Default 20.
	MaxDialogueTurns int
	// MaxSubscriptions bounds the chatMessages streams one address holds
	// open on one replica at once (tabs, devices). Default 20.
	MaxSubscriptions int
}

// Config configures a Service.
type Config struct {
	DB *sqlx.DB
	// DSN and Channel are where the notes are listened to (ChannelFor).
	DSN, Channel string
	AI           Chatter
	Keys         *Keys
	Limits       Limits
	// ReplyTimeout bounds a reply. Default 2 min.
	ReplyTimeout time.Duration
	// ReleaseOrphans interrupts, at Start, every reply still streaming: those
	// of a previous run that died. Only for a service alone on its database
	// (inft dev); replicas wait for the dead one's leases instead.
	ReleaseOrphans bool
	Logger         *slog.Logger
}

// Service holds the conversations of one API replica.
type Service struct {
	startstop.Base
	cfg    Config
	log    *slog.Logger
	fanout *fanout

	mu      sync.Mutex
	runCtx  context.Context
	replies sync.WaitGroup
	streams map[common.Address]int // open Subscribe streams per address
}

// Errors a user is told.
var (
	ErrForbidden   = errors.New("chat: this session is not yours")
	ErrEnded       = errors.New("chat: the session has ended")
	ErrCapReached  = errors.New("chat: the session's credits are used up")
	ErrBusy        = errors.New("chat: the agent is still answering; wait for its reply")
	ErrRateLimited = errors.New("chat: too many messages: wait a minute")
	ErrTooMany     = errors.New("chat: too many sessions at once: end one first")
	ErrTooManySubs = errors.New("chat: too many chat streams open for this address: close one first")
	ErrNoTerms     = errors.New("chat: the session's price is not indexed (reindex from the deployment block)")
	ErrNotRunning  = errors.New("chat: the service is not running")
	ErrBadRating   = errors.New("chat: a rating is 1 to 5, of an agent's finished reply")
)

// InputError is a message refused for what it says; nothing was stored.
type InputError struct{ Reason string }

func (e *InputError) Error() string { return "chat: message refused: " + e.Reason }

// New returns a Service; Start runs it.
func New(cfg Config) *Service {
	l := &cfg.Limits
	l.MaxMessageBytes = cmp.Or(l.MaxMessageBytes, 4000)
	l.MessagesPerMinute = cmp.Or(l.MessagesPerMinute, 20)
	l.MaxSessions = cmp.Or(l.MaxSessions, 5)
	l.MaxReplyTokens = cmp.Or(l.MaxReplyTokens, 1024)
	l.ContextTokens = cmp.Or(l.ContextTokens, 6000)
	l.MaxDialogueTurns = cmp.Or(l.MaxDialogueTurns, 20)
	l.MaxSubscriptions = cmp.Or(l.MaxSubscriptions, 20)
	cfg.ReplyTimeout = cmp.Or(cfg.ReplyTimeout, 2*time.Minute)
	cfg.Channel = cmp.Or(cfg.Channel, Channel)
	log := cfg.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	log = log.With("component", "chat")
	return &Service{cfg: cfg, log: log, fanout: newFanout(cfg.DSN, cfg.Channel, log)}
}

// Start listens for notes; replies run until Stop.
func (s *Service) Start(ctx context.Context) error {
	ctx, ok, stopped := s.StartInit(ctx)
	if !ok {
		return nil
	}
	if s.cfg.ReleaseOrphans {
		n, err := InterruptAll(ctx, s.cfg.DB, s.cfg.Channel)
		if err != nil {
			stopped(err)
			return err
		}
		if n > 0 {
			s.log.Info("interrupted the replies the last run left streaming (charged nothing)", "replies", n)
		}
	}
	if err := s.fanout.Start(ctx); err != nil {
		stopped(err)
		return err
	}
	s.mu.Lock()
	s.runCtx = ctx
	s.mu.Unlock()
	go func() {
		<-ctx.Done()
		s.replies.Wait() // each ends its reply (charged for what it delivered)
		stopErr := s.fanout.Stop(context.Background())
		stopped(stopErr)
	}()
	return nil
}

// goReply runs f as a reply of the running service; false when it does not run.
func (s *Service) goReply(f func(ctx context.Context)) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.runCtx == nil || s.runCtx.Err() != nil {
		return false
	}
	s.replies.Add(1)
	ctx := s.runCtx
	go func() {
		defer s.replies.Done()
		f(ctx)
	}()
	return true
}

// checkText refuses what no message may say.
func (s *Service) checkText(text string) error {
	switch {
	case !utf8.ValidString(text):
		return &InputError{"not valid UTF-8"}
	case strings.TrimSpace(text) == "":
		return &InputError{"empty"}
	case len(text) > s.cfg.Limits.MaxMessageBytes:
		return &InputError{fmt.Sprintf("%d bytes, more than %d", len(text), s.cfg.Limits.MaxMessageBytes)}
	}
	if err := ai.CheckPrompt(text, s.cfg.Limits.MaxMessageBytes); err != nil {
		var pe *ai.PromptError
		if errors.As(err, &pe) {
			return &InputError{pe.Reason}
		}
		return err
	}
	return nil
}

// Session returns a session of user's.
func (s *Service) Session(ctx context.Context, user common.Address, id string) (*Session, error) {
	if !decimal(id) {
		return nil, ErrNotFound
	}
	var out *Session
	err := pg.Transact(ctx, s.cfg.DB, func(tx *sqlx.Tx) error {
		sess, err := readSession(ctx, tx, id)
		if err != nil {
			return err
		}
		if sess.User() != user {
			return ErrForbidden
		}
		if sess.Conversation, err = conversation(ctx, tx, sess, false); err != nil {
			return err
		}
		out = sess
		return nil
	})
	return out, err
}

// Sessions lists user's sessions, newest first: at most first, with ids
// below before ("" from the newest).
func (s *Service) Sessions(ctx context.Context, user common.Address, agentID string, before string, first int) ([]*Session, error) {
	q := `SELECT ` + sessionColumns + ` FROM chat_sessions s JOIN agents a ON a.id = s.agent_id
		WHERE s.user_address = $1 AND ($2 = '' OR s.agent_id = $2::numeric) AND ($3 = '' OR s.id < $3::numeric)
		ORDER BY s.id DESC LIMIT $4`
	var list []*Session
	if err := s.cfg.DB.SelectContext(ctx, &list, q, user.Bytes(), agentID, before, first); err != nil {
		return nil, fmt.Errorf("chat: list sessions: %w", err)
	}
	if len(list) == 0 {
		return list, nil
	}
	ids := make([]string, len(list))
	for i, sess := range list {
		ids[i] = sess.ID
	}
	var convs []Conversation
	if err := s.cfg.DB.SelectContext(ctx, &convs, `SELECT session_id::text AS session_id, open_tx, tokens_used, messages,
		transcript_hash, closing, closing_at, settle_queued_at, credits_settled FROM chat_conversations
		WHERE session_id = ANY($1::numeric[])`, pq.Array(ids)); err != nil {
		return nil, fmt.Errorf("chat: list sessions: %w", err)
	}
	byID := make(map[string]*Conversation, len(convs))
	for i := range convs {
		byID[convs[i].SessionID] = &convs[i]
	}
	for _, sess := range list {
		// A conversation of another opening is one a reorg undid.
		if c := byID[sess.ID]; c != nil && string(c.OpenTx) == string(sess.OpenTx) {
			sess.Conversation = c
		}
	}
	return list, nil
}

// History returns a session's messages after seq `after`, at most first.
func (s *Service) History(ctx context.Context, user common.Address, id string, after, first int) ([]Message, error) {
	if _, err := s.Session(ctx, user, id); err != nil {
		return nil, err
	}
	return history(ctx, s.cfg.DB, s.cfg.Keys, id, after, first)
}

// Message returns one message of a session of user's.
func (s *Service) Message(ctx context.Context, user common.Address, id string, seq int) (Message, error) {
	if _, err := s.Session(ctx, user, id); err != nil {
		return Message{}, err
	}
	return readMessage(ctx, s.cfg.DB, s.cfg.Keys, id, seq)
}

// usable says why a session takes no message now, nil if it does.
func usable(sess *Session, c *Conversation, now time.Time) error {
	switch {
	case sess.Status != "open":
		return fmt.Errorf("%w: it was %s on chain", ErrEnded, sess.Status)
	case !now.Before(sess.ExpiresAt):
		return fmt.Errorf("%w: it expired at %s", ErrEnded, sess.ExpiresAt.UTC().Format(time.RFC3339))
	case sess.AgentNonce != sess.AgentNonceNow:
		return fmt.Errorf("%w: the agent changed hands", ErrEnded)
	case !sess.TokensPerCredit.Valid:
		return ErrNoTerms
	case c != nil && c.Closing.Valid:
		if c.Closing.String == "cap" {
			return ErrCapReached
		}
		return fmt.Errorf("%w (%s)", ErrEnded, c.Closing.String)
	case c != nil && c.TokensUsed >= sess.CapTokens():
		return ErrCapReached
	}
	return nil
}

// End stops a session of user's taking messages; the relayer then settles it.
func (s *Service) End(ctx context.Context, user common.Address, id string) (*Session, error) {
	if !decimal(id) {
		return nil, ErrNotFound
	}
	err := pg.Transact(ctx, s.cfg.DB, func(tx *sqlx.Tx) error {
		sess, err := readSession(ctx, tx, id)
		if err != nil {
			return err
		}
		if sess.User() != user {
			return ErrForbidden
		}
		if sess.Status != "open" {
			return fmt.Errorf("%w: it was %s on chain", ErrEnded, sess.Status)
		}
		c, err := lockConversation(ctx, tx, sess)
		if err != nil {
			return err
		}
		if c.Closing.Valid {
			return nil
		}
		return closeConversation(ctx, tx, s.cfg.Channel, c, "closed")
	})
	if err != nil {
		return nil, err
	}
	return s.Session(ctx, user, id)
}

func closeConversation(ctx context.Context, tx *sqlx.Tx, channel string, c *Conversation, why string) error {
	if _, err := tx.ExecContext(ctx, `UPDATE chat_conversations SET closing = $2, closing_at = now()
		WHERE session_id = $1 AND closing IS NULL`, c.SessionID, why); err != nil {
		return fmt.Errorf("chat: end conversation %s: %w", c.SessionID, err)
	}
	c.Closing.String, c.Closing.Valid = why, true
	return publish(ctx, tx, channel, note{Session: c.SessionID, Type: noteEnded})
}

// Rate records user's rating (1 to 5) of an agent's finished reply. Only the
// rating feeds the agent's profile (agent.Profile.RecordRating) and the
// provider's rating (provider_ratings, which the orchestrators rank by),
// never the text; all in one transaction, so that a rating counts once
// however often it is sent, and a changed rating moves the sums by the
// difference.
func (s *Service) Rate(ctx context.Context, user common.Address, id string, seq, rating int) (Message, error) {
	if rating < 1 || rating > 5 {
		return Message{}, ErrBadRating
	}
	m, err := s.Message(ctx, user, id, seq)
	if err != nil {
		return Message{}, err
	}
	if m.Role != "agent" || m.Status == "streaming" {
		return Message{}, ErrBadRating
	}
	err = pg.Transact(ctx, s.cfg.DB, func(tx *sqlx.Tx) error {
		var row struct {
			Rating   sql.NullInt16  `db:"rating"`
			Provider sql.NullString `db:"provider"`
			AgentID  string         `db:"agent_id"`
			Tier     int16          `db:"tier"`
		}
		if err := tx.GetContext(ctx, &row, `SELECT m.rating, m.provider, m.agent_id::text AS agent_id, a.tier
			FROM chat_messages m JOIN agents a ON a.id = m.agent_id
			WHERE m.session_id = $1 AND m.seq = $2 FOR UPDATE OF m`, id, seq); err != nil {
			return fmt.Errorf("chat: rate message: %w", err)
		}
		prev := int(row.Rating.Int16)
		if prev == rating {
			return nil
		}
		if _, err := tx.ExecContext(ctx, `UPDATE chat_messages SET rating = $3 WHERE session_id = $1 AND seq = $2`,
			id, seq, rating); err != nil {
			return fmt.Errorf("chat: rate message: %w", err)
		}
		if row.Provider.Valid {
			if err := rateProvider(ctx, tx, row.Provider.String, prev, rating); err != nil {
				return err
			}
		}
		return learn(ctx, tx, row.AgentID, ai.Tier(row.Tier), func(p agent.Profile) agent.Profile {
			return p.RecordRating(prev, rating)
		})
	})
	if err != nil {
		return Message{}, err
	}
	m.Rating = &rating
	return m, nil
}

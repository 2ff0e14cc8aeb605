package chat

import (
	"context"
	"database/sql"
	"encoding/binary"
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/jmoiron/sqlx"

	"github.com/inft-labs/inft/internal/pg"
)

// Session is a chat session as the chain says (indexed in chat_sessions)
// with its conversation here (chat_conversations), if one began.
type Session struct {
	ID              string        `db:"id"`
	AgentID         string        `db:"agent_id"`
	UserBytes       []byte        `db:"user_address"`
	CreditCap       uint64        `db:"credit_cap"`
	ExpiresAt       time.Time     `db:"expires_at"`
	ReclaimableAt   sql.NullTime  `db:"reclaimable_at"`
	TokensPerCredit sql.NullInt64 `db:"tokens_per_credit"`
	BySubscriber    bool          `db:"by_subscriber"`
	Status          string        `db:"status"` // open, settled, reclaimed
	CreditsUsed     sql.NullInt64 `db:"credits_used"`
	TranscriptHash  []byte        `db:"transcript_hash"`
	OpenedAt        time.Time     `db:"opened_at"`
	OpenTx          []byte        `db:"open_tx"`
	AgentNonce      int64         `db:"agent_nonce"`
	AgentNonceNow   int64         `db:"agent_nonce_now"`
	AgentTier       int16         `db:"agent_tier"`
	Profile         []byte        `db:"profile"`
	Conversation    *Conversation `db:"-"`
}

// User is the address that opened the session.
func (s *Session) User() common.Address { return common.BytesToAddress(s.UserBytes) }

// CapTokens is the reply tokens the escrow pays for; 0 when the price is unknown.
func (s *Session) CapTokens() int64 {
	if !s.TokensPerCredit.Valid {
		return 0
	}
	return int64(s.CreditCap) * s.TokensPerCredit.Int64
}

// Conversation is what the service keeps of a session's talk.
type Conversation struct {
	SessionID      string         `db:"session_id"`
	OpenTx         []byte         `db:"open_tx"`
	TokensUsed     int64          `db:"tokens_used"`
	Messages       int            `db:"messages"`
	TranscriptHash []byte         `db:"transcript_hash"`
	Closing        sql.NullString `db:"closing"`
	ClosingAt      sql.NullTime   `db:"closing_at"`
	SettleQueuedAt sql.NullTime   `db:"settle_queued_at"`
	CreditsSettled sql.NullInt64  `db:"credits_settled"`
}

// CreditsFor is what tokens cost in a session's credits: ceil(tokens /
// tokensPerCredit), at most the cap.
func CreditsFor(tokens int64, tokensPerCredit int64, creditCap uint64) uint64 {
	if tokens <= 0 || tokensPerCredit <= 0 {
		return 0
	}
	c := uint64((tokens + tokensPerCredit - 1) / tokensPerCredit)
	return min(c, creditCap)
}

// CreditsUsedSoFar is what the conversation's committed replies used.
func (s *Session) CreditsUsedSoFar() uint64 {
	if s.Conversation == nil {
		return 0
	}
	return CreditsFor(s.Conversation.TokensUsed, s.TokensPerCredit.Int64, s.CreditCap)
}

// CreditsLeft is what the escrow still pays for.
func (s *Session) CreditsLeft() uint64 { return s.CreditCap - s.CreditsUsedSoFar() }

const sessionColumns = `s.id::text AS id, s.agent_id::text AS agent_id, s.user_address, s.credit_cap::bigint AS credit_cap,
	s.expires_at, s.reclaimable_at, s.tokens_per_credit::bigint AS tokens_per_credit, s.by_subscriber, s.status,
	s.credits_used::bigint AS credits_used, s.transcript_hash, s.opened_at, s.open_tx, s.agent_nonce,
	a.transfer_nonce AS agent_nonce_now, a.tier AS agent_tier,
	(SELECT p.profile FROM agent_profiles p WHERE p.agent_id = s.agent_id) AS profile`

// ErrNotFound: no such session is indexed.
var ErrNotFound = errors.New("chat: no such session")

func readSession(ctx context.Context, q sqlx.QueryerContext, id string) (*Session, error) {
	var s Session
	err := sqlx.GetContext(ctx, q, &s, `SELECT `+sessionColumns+`
		FROM chat_sessions s JOIN agents a ON a.id = s.agent_id WHERE s.id = $1`, id)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, fmt.Errorf("chat: read session %s: %w", id, err)
	}
	return &s, nil
}

// conversation reads a session's conversation, locked for the transaction
// when lock is set; nil when none began (or the one kept belongs to a
// session that a reorg removed: it is deleted).
func conversation(ctx context.Context, tx *sqlx.Tx, s *Session, lock bool) (*Conversation, error) {
	var c Conversation
	q := `SELECT session_id::text AS session_id, open_tx, tokens_used, messages, transcript_hash, closing, closing_at,
		settle_queued_at, credits_settled FROM chat_conversations WHERE session_id = $1`
	if lock {
		q += ` FOR UPDATE`
	}
	err := tx.GetContext(ctx, &c, q, s.ID)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("chat: read conversation %s: %w", s.ID, err)
	}
	if string(c.OpenTx) != string(s.OpenTx) {
		// The session this talk was for was reorged out; this id is another's now.
		if _, err := tx.ExecContext(ctx, `DELETE FROM chat_messages WHERE session_id = $1`, s.ID); err != nil {
			return nil, fmt.Errorf("chat: drop a reorged session's messages: %w", err)
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM chat_conversations WHERE session_id = $1`, s.ID); err != nil {
			return nil, fmt.Errorf("chat: drop a reorged session's conversation: %w", err)
		}
		return nil, nil
	}
	return &c, nil
}

// lockConversation returns the session's conversation locked for the
// transaction, beginning one if there is none.
func lockConversation(ctx context.Context, tx *sqlx.Tx, s *Session) (*Conversation, error) {
	c, err := conversation(ctx, tx, s, true)
	if err != nil || c != nil {
		return c, err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO chat_conversations (session_id, open_tx, user_address, transcript_hash)
		VALUES ($1, $2, $3, $4) ON CONFLICT (session_id) DO NOTHING`, s.ID, s.OpenTx, s.UserBytes, make([]byte, 32)); err != nil {
		return nil, fmt.Errorf("chat: begin conversation %s: %w", s.ID, err)
	}
	c, err = conversation(ctx, tx, s, true)
	if err == nil && c == nil {
		err = fmt.Errorf("chat: conversation %s vanished", s.ID)
	}
	return c, err
}

// Message is one message of a conversation, decrypted.
type Message struct {
	SessionID   string
	Seq         int
	Role        string // user or agent
	AgentID     *string
	Sender      common.Address
	Text        string
	Status      string // streaming, done, failed, interrupted
	Tokens      int
	InputTokens int
	Provider    *string
	Model       *string
	Error       *string
	Rating      *int
	CreatedAt   time.Time
	FinishedAt  *time.Time
}

// ID names a message across sessions: "sessionId:seq".
func (m Message) ID() string { return m.SessionID + ":" + strconv.Itoa(m.Seq) }

// ParseMessageID reads what Message.ID returns.
func ParseMessageID(id string) (session string, seq int, ok bool) {
	for i := len(id) - 1; i >= 0; i-- {
		if id[i] == ':' {
			n, err := strconv.Atoi(id[i+1:])
			if err != nil || n <= 0 || !decimal(id[:i]) {
				return "", 0, false
			}
			return id[:i], n, true
		}
	}
	return "", 0, false
}

func decimal(s string) bool {
	if s == "" || len(s) > 78 {
		return false
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

type messageRow struct {
	SessionID   string         `db:"session_id"`
	Seq         int            `db:"seq"`
	Role        string         `db:"role"`
	AgentID     sql.NullString `db:"agent_id"`
	Sender      []byte         `db:"sender"`
	KeyID       string         `db:"key_id"`
	Nonce       []byte         `db:"nonce"`
	Ciphertext  []byte         `db:"ciphertext"`
	Status      string         `db:"status"`
	Tokens      int            `db:"tokens"`
	InputTokens int            `db:"input_tokens"`
	Provider    sql.NullString `db:"provider"`
	Model       sql.NullString `db:"model"`
	Error       sql.NullString `db:"error"`
	Rating      sql.NullInt16  `db:"rating"`
	CreatedAt   time.Time      `db:"created_at"`
	FinishedAt  sql.NullTime   `db:"finished_at"`
}

const messageColumns = `session_id::text AS session_id, seq, role, agent_id::text AS agent_id, sender, key_id, nonce,
	ciphertext, status, tokens, input_tokens, provider, model, error, rating, created_at, finished_at`

// aad binds a message's ciphertext to its place: moved to another session,
// position or role, it does not decrypt.
func aad(session string, seq int, role string) []byte {
	return []byte(session + "\x00" + strconv.Itoa(seq) + "\x00" + role)
}

func (r messageRow) decrypt(k *Keys) (Message, error) {
	text, err := k.Open(r.KeyID, r.Nonce, r.Ciphertext, aad(r.SessionID, r.Seq, r.Role))
	if err != nil {
		return Message{}, fmt.Errorf("message %s:%d: %w", r.SessionID, r.Seq, err)
	}
	m := Message{
		SessionID: r.SessionID, Seq: r.Seq, Role: r.Role, Sender: common.BytesToAddress(r.Sender), Text: string(text),
		Status: r.Status, Tokens: r.Tokens, InputTokens: r.InputTokens, CreatedAt: r.CreatedAt,
	}
	if r.AgentID.Valid {
		m.AgentID = &r.AgentID.String
	}
	if r.Provider.Valid {
		m.Provider = &r.Provider.String
	}
	if r.Model.Valid {
		m.Model = &r.Model.String
	}
	if r.Error.Valid {
		m.Error = &r.Error.String
	}
	if r.Rating.Valid {
		v := int(r.Rating.Int16)
		m.Rating = &v
	}
	if r.FinishedAt.Valid {
		m.FinishedAt = &r.FinishedAt.Time
	}
	return m, nil
}

// insertMessage stores a message, encrypted.
func insertMessage(ctx context.Context, tx *sqlx.Tx, k *Keys, m Message, leaseUntil *time.Time) error {
	keyID, nonce, ct := k.Seal([]byte(m.Text), aad(m.SessionID, m.Seq, m.Role))
	_, err := tx.ExecContext(ctx, `INSERT INTO chat_messages
		(session_id, seq, role, agent_id, sender, key_id, nonce, ciphertext, status, tokens, lease_until, finished_at)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, CASE WHEN $9 = 'streaming' THEN NULL ELSE now() END)`,
		m.SessionID, m.Seq, m.Role, m.AgentID, m.Sender.Bytes(), keyID, nonce, ct, m.Status, m.Tokens, leaseUntil)
	if err != nil {
		return fmt.Errorf("chat: store message %s: %w", m.ID(), err)
	}
	return nil
}

// chain extends a transcript hash with one final message:
// keccak256(prev ‖ seq (4 bytes) ‖ role (1 byte: 0 user, 1 agent) ‖ status
// (1 byte: 0 done, 1 failed, 2 interrupted) ‖ tokens (8 bytes) ‖
// keccak256(text)), integers big-endian. The empty transcript is 32 zero bytes.
func chain(prev []byte, seq int, role, status string, tokens int, text string) []byte {
	buf := make([]byte, 0, 32+4+1+1+8+32)
	buf = append(buf, prev...)
	buf = binary.BigEndian.AppendUint32(buf, uint32(seq))
	buf = append(buf, roleByte(role), statusByte(status))
	buf = binary.BigEndian.AppendUint64(buf, uint64(tokens))
	buf = append(buf, crypto.Keccak256([]byte(text))...)
	return crypto.Keccak256(buf)
}

func roleByte(role string) byte {
	if role == "agent" {
		return 1
	}
	return 0
}

func statusByte(status string) byte {
	switch status {
	case "failed":
		return 1
	case "interrupted":
		return 2
	}
	return 0
}

// TranscriptHash recomputes a transcript's hash from its messages in order,
// as a user checks a settlement: messages still streaming are not part of it.
func TranscriptHash(msgs []Message) [32]byte {
	h := make([]byte, 32)
	for _, m := range msgs {
		if m.Status == "streaming" {
			continue
		}
		h = chain(h, m.Seq, m.Role, m.Status, m.Tokens, m.Text)
	}
	return [32]byte(h)
}

// InterruptAll interrupts every reply still streaming, whatever its lease,
// and returns how many: what a process alone on its database does at start
// for the replies its killed predecessor left (Config.ReleaseOrphans).
func InterruptAll(ctx context.Context, db *sqlx.DB, channel string) (int, error) {
	var ids []string
	if err := db.SelectContext(ctx, &ids, `SELECT DISTINCT session_id::text FROM chat_messages WHERE status = 'streaming'`); err != nil {
		return 0, fmt.Errorf("chat: list streaming replies: %w", err)
	}
	n := 0
	for _, id := range ids {
		err := pg.Transact(ctx, db, func(tx *sqlx.Tx) error {
			sess, err := readSession(ctx, tx, id)
			if errors.Is(err, ErrNotFound) {
				return nil
			}
			if err != nil {
				return err
			}
			c, err := conversation(ctx, tx, sess, true)
			if err != nil || c == nil {
				return err
			}
			var notes []note
			if _, err := interruptStale(ctx, tx, c, maxLease, &notes); err != nil {
				return err
			}
			n += len(notes)
			return publish(ctx, tx, channel, notes...)
		})
		if err != nil {
			return n, err
		}
	}
	return n, nil
}

// maxLease is later than any lease.
var maxLease = time.Date(9999, 1, 1, 0, 0, 0, 0, time.UTC)

// interruptStale ends the replies of a session whose replica stopped vouching
// for them (a crash): charged nothing, their text what the placeholder holds
// (none: a reply's text is stored when it ends). It returns whether a live
// reply is still streaming.
func interruptStale(ctx context.Context, tx *sqlx.Tx, c *Conversation, now time.Time, notes *[]note) (live bool, err error) {
	var rows []struct {
		Seq        int          `db:"seq"`
		LeaseUntil sql.NullTime `db:"lease_until"`
	}
	if err := tx.SelectContext(ctx, &rows, `SELECT seq, lease_until FROM chat_messages
		WHERE session_id = $1 AND status = 'streaming' ORDER BY seq`, c.SessionID); err != nil {
		return false, fmt.Errorf("chat: read streaming replies: %w", err)
	}
	for _, r := range rows {
		if r.LeaseUntil.Valid && r.LeaseUntil.Time.After(now) {
			live = true
			continue
		}
		if _, err := tx.ExecContext(ctx, `UPDATE chat_messages SET status = 'interrupted', tokens = 0, finished_at = $3,
			error = 'interrupted: the server stopped during the reply; nothing was charged', lease_until = NULL
			WHERE session_id = $1 AND seq = $2`, c.SessionID, r.Seq, now); err != nil {
			return false, fmt.Errorf("chat: interrupt reply: %w", err)
		}
		c.TranscriptHash = chain(c.TranscriptHash, r.Seq, "agent", "interrupted", 0, "")
		if _, err := tx.ExecContext(ctx, `UPDATE chat_conversations SET transcript_hash = $2 WHERE session_id = $1`,
			c.SessionID, c.TranscriptHash); err != nil {
			return false, fmt.Errorf("chat: update transcript: %w", err)
		}
		*notes = append(*notes, note{Session: c.SessionID, Seq: r.Seq, Type: noteFinished})
	}
	return live, nil
}

// history reads a session's messages in order: those after seq `after`
// (0: from the first), at most limit.
func history(ctx context.Context, q sqlx.QueryerContext, k *Keys, session string, after, limit int) ([]Message, error) {
	var rows []messageRow
	if err := sqlx.SelectContext(ctx, q, &rows, `SELECT `+messageColumns+` FROM chat_messages
		WHERE session_id = $1 AND seq > $2 ORDER BY seq LIMIT $3`, session, after, limit); err != nil {
		return nil, fmt.Errorf("chat: read history of %s: %w", session, err)
	}
	out := make([]Message, 0, len(rows))
	for _, r := range rows {
		m, err := r.decrypt(k)
		if err != nil {
			return nil, err
		}
		out = append(out, m)
	}
	return out, nil
}

// recent reads the newest limit messages of a session, oldest first.
func recent(ctx context.Context, q sqlx.QueryerContext, k *Keys, session string, before, limit int) ([]Message, error) {
	var rows []messageRow
	if err := sqlx.SelectContext(ctx, q, &rows, `SELECT * FROM (SELECT `+messageColumns+` FROM chat_messages
		WHERE session_id = $1 AND seq < $2 ORDER BY seq DESC LIMIT $3) m ORDER BY seq`, session, before, limit); err != nil {
		return nil, fmt.Errorf("chat: read recent messages of %s: %w", session, err)
	}
	out := make([]Message, 0, len(rows))
	for _, r := range rows {
		m, err := r.decrypt(k)
		if err != nil {
			return nil, err
		}
		out = append(out, m)
	}
	return out, nil
}

func readMessage(ctx context.Context, q sqlx.QueryerContext, k *Keys, session string, seq int) (Message, error) {
	var r messageRow
	err := sqlx.GetContext(ctx, q, &r, `SELECT `+messageColumns+` FROM chat_messages WHERE session_id = $1 AND seq = $2`, session, seq)
	if errors.Is(err, sql.ErrNoRows) {
		return Message{}, fmt.Errorf("%w: message %s:%d", ErrNotFound, session, seq)
	}
	if err != nil {
		return Message{}, fmt.Errorf("chat: read message %s:%d: %w", session, seq, err)
	}
	return r.decrypt(k)
}

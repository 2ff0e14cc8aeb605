package graph

import (
	"context"
	"errors"
	"net/http"
	"strconv"
	"strings"
	"sync"

	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/inft-labs/inft/auth"
	"github.com/inft-labs/inft/chat"
	"github.com/inft-labs/inft/graph/model"
	"github.com/inft-labs/inft/graph/scalar"
)

// bearer carries a request's bearer token, and the address it maps to once
// a resolver asked (one lookup per request, none for public queries).
type bearer struct {
	token string
	once  sync.Once
	addr  common.Address
	err   error
}

type bearerKey struct{}

// withBearer keeps the request's Authorization bearer token for the
// resolvers that need a signed-in user.
func withBearer(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if token, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer "); ok && token != "" {
			r = r.WithContext(context.WithValue(r.Context(), bearerKey{}, &bearer{token: strings.TrimSpace(token)}))
		}
		next.ServeHTTP(w, r)
	})
}

// wsInit reads the token from a WebSocket's connection_init payload
// ({"authorization": "Bearer <token>"}).
func wsInit(ctx context.Context, payload transport.InitPayload) (context.Context, *transport.InitPayload, error) {
	raw, _ := payload["authorization"].(string)
	if raw == "" {
		raw = payload.Authorization()
	}
	if token, ok := strings.CutPrefix(raw, "Bearer "); ok && token != "" {
		ctx = context.WithValue(ctx, bearerKey{}, &bearer{token: strings.TrimSpace(token)})
	}
	return ctx, nil, nil
}

func hasBearer(ctx context.Context) bool {
	_, ok := ctx.Value(bearerKey{}).(*bearer)
	return ok
}

// user returns the signed-in address of the request, or a clear error.
func (r *Resolver) user(ctx context.Context) (common.Address, error) {
	if r.Auth == nil || !r.Auth.Enabled() {
		return common.Address{}, gqlerror.Errorf("%v", auth.ErrDisabled)
	}
	b, ok := ctx.Value(bearerKey{}).(*bearer)
	if !ok {
		return common.Address{}, unauthenticated()
	}
	b.once.Do(func() { b.addr, b.err = r.Auth.Authenticate(ctx, b.token) })
	if errors.Is(b.err, auth.ErrUnauthenticated) {
		return common.Address{}, unauthenticated()
	}
	return b.addr, b.err
}

// errAuthOff: the server was built without a sign-in service.
var errAuthOff = auth.ErrDisabled

func isUnauthenticated(err error) bool {
	var gerr *gqlerror.Error
	return errors.As(err, &gerr) && gerr.Extensions["code"] == "UNAUTHENTICATED"
}

// chatUser returns the chat service and the signed-in user, or why not.
func (r *Resolver) chatUser(ctx context.Context) (*chat.Service, common.Address, error) {
	c, err := r.chatService()
	if err != nil {
		return nil, common.Address{}, err
	}
	user, err := r.user(ctx)
	return c, user, err
}

func unauthenticated() error {
	return &gqlerror.Error{Message: auth.ErrUnauthenticated.Error(), Extensions: map[string]any{"code": "UNAUTHENTICATED"}}
}

// chatService returns the chat service, or why there is none.
func (r *Resolver) chatService() (*chat.Service, error) {
	if r.Chat == nil {
		return nil, gqlerror.Errorf("chat is off on this server: it needs CHAT_ENCRYPTION_KEYS and the API role")
	}
	return r.Chat, nil
}

// chatError turns the chat and auth errors a user may cause into GraphQL
// errors with a code; others stay internal.
func chatError(err error) error {
	var input *chat.InputError
	code := ""
	switch {
	case err == nil:
		return nil
	case errors.As(err, &input), errors.Is(err, chat.ErrBadRating):
		code = "BAD_USER_INPUT"
	case errors.Is(err, chat.ErrForbidden):
		code = "FORBIDDEN"
	case errors.Is(err, chat.ErrNotFound):
		code = "NOT_FOUND"
	case errors.Is(err, chat.ErrRateLimited), errors.Is(err, chat.ErrTooMany), errors.Is(err, chat.ErrTooManySubs):
		code = "RATE_LIMITED"
	case errors.Is(err, chat.ErrEnded), errors.Is(err, chat.ErrCapReached):
		code = "SESSION_ENDED"
	case errors.Is(err, chat.ErrBusy):
		code = "BUSY"
	case errors.Is(err, chat.ErrNoTerms), errors.Is(err, chat.ErrNotRunning):
		code = "UNAVAILABLE"
	case errors.Is(err, auth.ErrInvalidMessage), errors.Is(err, auth.ErrNonce), errors.Is(err, auth.ErrSignature):
		code = "BAD_USER_INPUT"
	case errors.Is(err, auth.ErrUnauthenticated):
		code = "UNAUTHENTICATED"
	case errors.Is(err, auth.ErrDisabled):
		code = "UNAVAILABLE"
	default:
		return err
	}
	return &gqlerror.Error{Message: err.Error(), Extensions: map[string]any{"code": code}}
}

func toChatSession(s *chat.Session) *model.ChatSession {
	out := &model.ChatSession{
		ID: s.ID, AgentID: s.AgentID, User: scalar.Address(s.User()),
		CreditCap: bigU(s.CreditCap), BySubscriber: s.BySubscriber,
		OpenedAt: s.OpenedAt, ExpiresAt: s.ExpiresAt, TranscriptHash: hexutil.Encode(make([]byte, 32)),
		Status: model.ChatSessionStatusOpen,
	}
	if s.ReclaimableAt.Valid {
		t := s.ReclaimableAt.Time
		out.ReclaimableAt = &t
	}
	if s.TokensPerCredit.Valid {
		v := scalar.BigInt(strconv.FormatInt(s.TokensPerCredit.Int64, 10))
		out.TokensPerCredit = &v
	}
	var tokens int64
	if c := s.Conversation; c != nil {
		tokens = c.TokensUsed
		out.TranscriptHash = hexutil.Encode(c.TranscriptHash)
		if c.Closing.Valid {
			out.Status = model.ChatSessionStatusEnding
			why := c.Closing.String
			out.EndReason = &why
		}
	}
	out.TokensUsed = scalar.BigInt(strconv.FormatInt(tokens, 10))
	used := s.CreditsUsedSoFar()
	switch s.Status {
	case "settled", "reclaimed":
		out.Status = model.ChatSessionStatusSettled
		if s.Status == "reclaimed" {
			out.Status = model.ChatSessionStatusReclaimed
		}
		why := s.Status
		out.EndReason = &why
		used = 0
		if s.CreditsUsed.Valid {
			used = uint64(s.CreditsUsed.Int64)
		}
		st := &model.ChatSettlement{CreditsUsed: bigU(used), CreditsRefunded: bigU(s.CreditCap - used),
			TranscriptHash: hexutil.Encode(make([]byte, 32)), Status: out.Status}
		if len(s.TranscriptHash) == 32 {
			st.TranscriptHash = hexutil.Encode(s.TranscriptHash)
		}
		out.Settlement = st
	}
	out.CreditsUsed, out.CreditsLeft = bigU(used), bigU(s.CreditCap-used)
	return out
}

func bigU(v uint64) scalar.BigInt { return scalar.BigInt(strconv.FormatUint(v, 10)) }

func toChatMessage(m chat.Message) *model.ChatMessage {
	out := &model.ChatMessage{
		ID: m.ID(), SessionID: m.SessionID, Seq: m.Seq, Role: model.ChatRoleUser, AgentID: m.AgentID,
		Text: m.Text, Status: model.ChatMessageStatus(strings.ToUpper(m.Status)), Tokens: m.Tokens,
		Provider: m.Provider, Model: m.Model, Error: m.Error, Rating: m.Rating, CreatedAt: m.CreatedAt, FinishedAt: m.FinishedAt,
	}
	if m.Role == "agent" {
		out.Role = model.ChatRoleAgent
	}
	return out
}

func toChatEvent(session string, e chat.Event) *model.ChatEvent {
	out := &model.ChatEvent{Type: model.ChatEventType(e.Type)}
	if e.Seq > 0 {
		id := session + ":" + strconv.Itoa(e.Seq)
		out.MessageID = &id
	}
	if e.Type == chat.EventDelta {
		d := e.Delta
		out.Delta = &d
	}
	if e.Message != nil {
		out.Message = toChatMessage(*e.Message)
	}
	if e.CreditsLeft != nil {
		v := bigU(*e.CreditsLeft)
		out.CreditsLeft = &v
	}
	if e.Error != "" {
		msg := e.Error
		out.Error = &msg
	}
	return out
}

// messageID reads a ChatMessage id argument.
func parseMessageID(id string) (string, int, error) {
	session, seq, ok := chat.ParseMessageID(id)
	if !ok {
		return "", 0, gqlerror.Errorf("invalid messageId %q: a ChatMessage.id is sessionId:seq", id)
	}
	return session, seq, nil
}

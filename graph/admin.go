package graph

import (
	"context"
	"crypto/subtle"
	"math/big"
	"net/http"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/inft-labs/inft/ai"
)

// Admin carries out the operators' mutations; the relayer implements it.
type Admin interface {
	RetryJob(ctx context.Context, requestID string) error
	FailJob(ctx context.Context, requestID, reason string) error
	PauseProvider(name string) error
	ResumeProvider(name string) error
}

// ProviderStater is an Admin that also tells its providers' health (the
// relayer's orchestrator): operatorStats shows their breakers when it does.
type ProviderStater interface {
	ProviderStates() []ai.Stats
}

// WalletStater is an Admin that also tells its sending wallet and balance
// (the relayer's transaction manager): operatorStats shows them when it does.
type WalletStater interface {
	Wallet(ctx context.Context) (common.Address, *big.Int, error)
}

type adminKey struct{}

// withAdmin marks a request whose Authorization header carries the admin key
// (compared in constant time).
func withAdmin(key string, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		token, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
		if key != "" && ok && subtle.ConstantTimeCompare([]byte(token), []byte(key)) == 1 {
			r = r.WithContext(context.WithValue(r.Context(), adminKey{}, true))
		}
		next.ServeHTTP(w, r)
	})
}

// admin returns the Admin when the request may use it, else a clear error.
func (r *Resolver) admin(ctx context.Context) (Admin, error) {
	if r.AdminKey == "" {
		return nil, gqlerror.Errorf("admin mutations are off: the server has no ADMIN_API_KEY")
	}
	if ok, _ := ctx.Value(adminKey{}).(bool); !ok {
		return nil, gqlerror.Errorf("unauthorized: admin mutations need the header Authorization: Bearer <ADMIN_API_KEY>")
	}
	if r.Admin == nil {
		return nil, gqlerror.Errorf("this server does not run the relayer: send admin mutations to one that does")
	}
	return r.Admin, nil
}

package main

import (
	"context"
	"crypto/ecdsa"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/inft-labs/inft/auth/siwe"
	"github.com/inft-labs/inft/bindings"
	"github.com/inft-labs/inft/ipfs"
)

// Package tiers and generation kinds (DESIGN §2.1).
const (
	tierPro        uint8 = 1
	tierEnterprise uint8 = 3
	kindText       uint8 = 0
	kindImage      uint8 = 1
)

var (
	agentsABI      = bindings.NewINFTAgents()
	generatedABI   = bindings.NewINFTGenerated()
	marketplaceABI = bindings.NewINFTMarketplace()
)

func runDemo(ctx context.Context, e env, args []string) error {
	fs := newFlagSet("demo", e)
	dir := fs.String("dir", ".inft", "the directory of the running `inft dev` (it holds dev.json)")
	prompt := fs.String("prompt", "a lighthouse on a cliff at dawn, oil painting", "what to ask the agent for")
	timeout := fs.Duration("timeout", 3*time.Minute, "give up after this long")
	if err := parse(fs, args); err != nil {
		return err
	}
	info, err := readDevInfo(filepath.Join(*dir, "dev.json"))
	if errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("no %s: start `inft dev` first (in another terminal), or give --dir", filepath.Join(*dir, "dev.json"))
	}
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(ctx, *timeout)
	defer cancel()
	d, err := dialDemo(ctx, info)
	if err != nil {
		return err
	}
	defer d.eth.Close()
	return d.run(ctx, e.stdout, *prompt)
}

// demo drives the dev stack as a wallet and a dApp would: transactions over
// JSON-RPC, state and live events from the GraphQL API.
type demo struct {
	info                           *devInfo
	eth                            *ethclient.Client
	api                            gqlClient
	chainID                        *big.Int
	agents, generated, marketplace *bind.BoundContract
	seller, buyer                  wallet
}

type wallet struct {
	key  *ecdsa.PrivateKey
	addr common.Address
}

func dialDemo(ctx context.Context, info *devInfo) (*demo, error) {
	eth, err := ethclient.DialContext(ctx, info.RPCURL)
	if err != nil {
		return nil, fmt.Errorf("dev chain at %s: %w", info.RPCURL, err)
	}
	chainID, err := eth.ChainID(ctx)
	if err != nil {
		eth.Close()
		return nil, fmt.Errorf("dev chain at %s does not answer (is `inft dev` running?): %w", info.RPCURL, err)
	}
	w := func(i int) (wallet, error) {
		if i >= len(info.Accounts) {
			return wallet{}, fmt.Errorf("dev.json lists %d accounts", len(info.Accounts))
		}
		key, err := crypto.HexToECDSA(strings.TrimPrefix(info.Accounts[i].PrivateKey, "0x"))
		if err != nil {
			return wallet{}, fmt.Errorf("dev.json account %d: %w", i, err)
		}
		return wallet{key: key, addr: crypto.PubkeyToAddress(key.PublicKey)}, nil
	}
	d := &demo{info: info, eth: eth, api: gqlClient{url: info.GraphQLURL}, chainID: chainID,
		agents:      agentsABI.Instance(eth, info.Contracts.Agents),
		generated:   generatedABI.Instance(eth, info.Contracts.Generated),
		marketplace: marketplaceABI.Instance(eth, info.Contracts.Marketplace)}
	if d.seller, err = w(devFirstPlayer); err == nil {
		d.buyer, err = w(devFirstPlayer + 1)
	}
	if err != nil {
		eth.Close()
		return nil, err
	}
	return d, nil
}

func (d *demo) run(ctx context.Context, out io.Writer, prompt string) error {
	fmt.Fprintf(out, "inft demo against %s (chain %s)\n\n", d.info.GraphQLURL, d.chainID)

	agent, credits, err := d.buyPackage(ctx, d.seller, tierPro)
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "1. %s bought a Pro package: agent #%s with %d credits\n", short(d.seller.addr), agent, credits)
	if err := d.showAgent(ctx, out, agent); err != nil {
		return err
	}

	request, err := d.requestGeneration(ctx, d.seller, agent, kindImage, prompt)
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "2. asked agent #%s for an image: %q (request #%s)\n", agent, prompt, request)

	tok, err := d.fulfilled(ctx, out, request)
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "3. minted token #%s\n   owner      %s\n   token URI  %s\n   image      %s\n",
		tok.ID, tok.Owner, tok.TokenURI, gatewayURL(d.info.GatewayURL, tok.ImageURI))
	if err := d.showAttempts(ctx, out, request); err != nil {
		return err
	}

	if err := d.showAgent(ctx, out, agent); err != nil {
		return err
	}
	if err := d.showLearning(ctx, out, agent); err != nil {
		return err
	}
	if err := d.chat(ctx, out, agent); err != nil {
		return err
	}
	if err := d.peerReview(ctx, out, agent); err != nil {
		return err
	}

	fmt.Fprintf(out, "4. listing it on the marketplace, and buying it with %s:\n", short(d.buyer.addr))
	events, err := d.api.subscribe(ctx, `subscription { listingEvents(collection: GENERATED) { type listing { id tokenId price seller buyer } } }`, nil)
	if err != nil {
		return err
	}
	defer events.close()
	price := new(big.Int).Mul(big.NewInt(5), big.NewInt(1e18))
	listing, err := d.list(ctx, d.seller, tok.ID, price)
	if err != nil {
		return err
	}
	if err := d.buy(ctx, d.buyer, listing, price); err != nil {
		return err
	}
	for {
		var ev struct {
			ListingEvents struct {
				Type    string
				Listing struct {
					ID, TokenID, Price string
					Seller             string
					Buyer              *string
				}
			}
		}
		if err := events.next(ctx, &ev); err != nil {
			return err
		}
		l := ev.ListingEvents.Listing
		if l.ID != listing.String() {
			continue // someone else's
		}
		switch ev.ListingEvents.Type {
		case "LISTED":
			fmt.Fprintf(out, "   LISTED  listing #%s: token #%s for %s S by %s\n", l.ID, l.TokenID, ether(l.Price), short(common.HexToAddress(l.Seller)))
		case "SOLD":
			buyer := "?"
			if l.Buyer != nil {
				buyer = short(common.HexToAddress(*l.Buyer))
			}
			fmt.Fprintf(out, "   SOLD    listing #%s to %s\n", l.ID, buyer)
			if err := d.showMoney(ctx, out, d.seller); err != nil {
				return err
			}
			if err := d.enterprise(ctx, out); err != nil {
				return err
			}
			fmt.Fprintf(out, "\nDone. Explore it at %s\n", strings.TrimSuffix(d.info.GraphQLURL, "graphql"))
			return nil
		default:
			fmt.Fprintf(out, "   %s listing #%s\n", ev.ListingEvents.Type, l.ID)
		}
	}
}

// modePeerReview is requestCollaboration's mode of a peer review.
const modePeerReview uint8 = 2

// peerReview has the seller's agent and a second one of the seller's draft
// a text each and review each other's draft; the best is minted, with both
// agents its co-creators.
func (d *demo) peerReview(ctx context.Context, out io.Writer, agent *big.Int) error {
	second, _, err := d.buyPackage(ctx, d.seller, tierPro)
	if err != nil {
		return err
	}
	const prompt = "a short poem about two lighthouses talking across the bay"
	r, err := d.transact(ctx, d.seller, d.agents, nil,
		agentsABI.PackRequestCollaboration([]*big.Int{agent, second}, modePeerReview, kindText, prompt))
	if err != nil {
		return err
	}
	var request *big.Int
	for _, l := range r.Logs {
		if ev, err := agentsABI.UnpackCollaborationRequestedEvent(l); err == nil {
			request = ev.RequestId
			fmt.Fprintf(out, "   a peer review by agents #%s and #%s (a second Pro agent): %q (request #%s, %d credits)\n",
				agent, second, prompt, request, ev.CreditsSpent)
		}
	}
	if request == nil {
		return errors.New("the collaboration emitted no CollaborationRequested")
	}
	tok, err := d.fulfilled(ctx, out, request)
	if err != nil {
		return err
	}
	var res struct {
		Generation struct {
			Contributions []struct {
				Agent struct{ ID string }
				Role  string
				Score *float64
			}
		}
	}
	if err := d.api.query(ctx, `query($id: ID!) { generation(requestId: $id) { contributions { agent { id } role score } } }`,
		map[string]any{"id": request.String()}, &res); err != nil {
		return err
	}
	for _, c := range res.Generation.Contributions {
		if c.Role == "DRAFT" && c.Score != nil {
			fmt.Fprintf(out, "   agent #%s's draft scored %.1f of 10 by its peer\n", c.Agent.ID, *c.Score)
		}
	}
	co, err := bind.Call(d.generated, &bind.CallOpts{Context: ctx}, generatedABI.PackCoCreators(mustInt(tok.ID)), generatedABI.UnpackCoCreators)
	if err != nil {
		return fmt.Errorf("co-creators of token #%s: %w", tok.ID, err)
	}
	fmt.Fprintf(out, "   minted token #%s, co-created by agents %v; its royalties are split between them\n", tok.ID, co)
	return nil
}

// mustInt reads a decimal id the API gave.
func mustInt(s string) *big.Int {
	n, _ := new(big.Int).SetString(s, 10)
	if n == nil {
		return new(big.Int)
	}
	return n
}

// enterprise shows the top tier served too: the buyer buys an Enterprise
// package and asks its agent for a text.
func (d *demo) enterprise(ctx context.Context, out io.Writer) error {
	agent, credits, err := d.buyPackage(ctx, d.buyer, tierEnterprise)
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "5. %s bought an Enterprise package: agent #%s with %d credits\n", short(d.buyer.addr), agent, credits)
	const prompt = "a haiku about a lighthouse keeper"
	request, err := d.requestGeneration(ctx, d.buyer, agent, kindText, prompt)
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "   asked agent #%s for a text: %q (request #%s)\n", agent, prompt, request)
	tok, err := d.fulfilled(ctx, out, request)
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "   minted token #%s, token URI %s\n", tok.ID, tok.TokenURI)
	return nil
}

// showAgent prints an agent as wallets and marketplaces see it: its
// ERC-721 metadata, rendered on chain by its tokenURI.
func (d *demo) showAgent(ctx context.Context, out io.Writer, agent *big.Int) error {
	uri, err := bind.Call(d.agents, &bind.CallOpts{Context: ctx}, agentsABI.PackTokenURI(agent), agentsABI.UnpackTokenURI)
	if err != nil {
		return fmt.Errorf("token URI of agent #%s: %w", agent, err)
	}
	const prefix = "data:application/json;base64,"
	doc, err := base64.StdEncoding.DecodeString(strings.TrimPrefix(uri, prefix))
	if !strings.HasPrefix(uri, prefix) || err != nil {
		return fmt.Errorf("token URI of agent #%s is not JSON metadata: %.40q", agent, uri)
	}
	var meta struct {
		Name       string
		Image      string
		Attributes []struct {
			TraitType string `json:"trait_type"`
			Value     any
		}
	}
	if err := json.Unmarshal(doc, &meta); err != nil {
		return fmt.Errorf("metadata of agent #%s: %w", agent, err)
	}
	traits := make([]string, 0, len(meta.Attributes))
	for _, a := range meta.Attributes {
		traits = append(traits, fmt.Sprintf("%s %v", strings.ToLower(a.TraitType), a.Value))
	}
	image, _, _ := strings.Cut(meta.Image, ";")
	fmt.Fprintf(out, "   as wallets see it: %q, %s; image %s (%d bytes, on chain)\n", meta.Name, strings.Join(traits, ", "), image, len(meta.Image))
	return nil
}

// showLearning prints what an agent learned and did, as the API tells it.
func (d *demo) showLearning(ctx context.Context, out io.Writer, agent *big.Int) error {
	var res struct {
		Agent struct {
			Profile struct {
				Level           int
				XP, NextLevelXP string
				Traits          []struct{ Name string }
			}
			Stats struct {
				Fulfilled   int
				SuccessRate *float64
			}
		}
	}
	err := d.api.query(ctx, `query($id: ID!) { agent(id: $id) { profile { level xp nextLevelXp traits { name } }
		stats { fulfilled successRate } } }`, map[string]any{"id": agent.String()}, &res)
	if err != nil {
		return err
	}
	p, st := res.Agent.Profile, res.Agent.Stats
	traits := make([]string, 0, len(p.Traits))
	for _, t := range p.Traits {
		traits = append(traits, t.Name)
	}
	shown := "none yet"
	if len(traits) > 0 {
		shown = strings.Join(traits, ", ")
	}
	rate := "none ended yet"
	if st.SuccessRate != nil {
		rate = fmt.Sprintf("%.0f %% succeeded", *st.SuccessRate*100)
	}
	fmt.Fprintf(out, "   what it learned: level %d, %s of %s XP to the next; traits: %s; %d generation(s), %s\n",
		p.Level, p.XP, p.NextLevelXP, shown, st.Fulfilled, rate)
	return nil
}

// showAttempts prints each call to an AI provider that made a request's output.
func (d *demo) showAttempts(ctx context.Context, out io.Writer, request *big.Int) error {
	var res struct {
		Generation struct {
			Attempts []struct {
				Provider, Model, Outcome string
				LatencyMs, CostUsd       float64
			}
		}
	}
	err := d.api.query(ctx, `query($id: ID!) { generation(requestId: $id) { attempts { provider model outcome latencyMs costUsd } } }`,
		map[string]any{"id": request.String()}, &res)
	if err != nil {
		return err
	}
	for _, a := range res.Generation.Attempts {
		fmt.Fprintf(out, "   made by    %s (%s): %s in %.0f ms, about $%.4f\n", a.Provider, a.Model, a.Outcome, a.LatencyMs, a.CostUsd)
	}
	return nil
}

// showMoney prints what w may withdraw and the payments that made it, as
// the chain logged them.
func (d *demo) showMoney(ctx context.Context, out io.Writer, w wallet) error {
	var res struct {
		Account struct {
			Withdrawable string
			Payments     struct {
				Edges []struct {
					Node struct{ Cause, Amount string }
				}
			}
		}
	}
	err := d.api.query(ctx, `query($a: Address!) { account(address: $a) { withdrawable payments(first: 5) { edges { node { cause amount } } } } }`,
		map[string]any{"a": w.addr.Hex()}, &res)
	if err != nil {
		return err
	}
	var paid []string
	for _, e := range res.Account.Payments.Edges {
		paid = append(paid, fmt.Sprintf("%s %s S", e.Node.Cause, ether(e.Node.Amount)))
	}
	fmt.Fprintf(out, "   %s may withdraw %s S: %s\n", short(w.addr), ether(res.Account.Withdrawable), strings.Join(paid, ", "))
	return nil
}

// fulfilled shows the request's progress until it ends, and returns its
// token; a request that ends otherwise is an error.
func (d *demo) fulfilled(ctx context.Context, out io.Writer, request *big.Int) (demoToken, error) {
	final, err := d.followProgress(ctx, request, newProgressBar(out))
	if err != nil {
		return demoToken{}, err
	}
	if final != "FULFILLED" {
		return demoToken{}, fmt.Errorf("request #%s ended %s", request, final)
	}
	return d.token(ctx, request)
}

// transact sends calldata to contract from w and waits for its receipt,
// which must be a success.
func (d *demo) transact(ctx context.Context, w wallet, contract *bind.BoundContract, value *big.Int, calldata []byte) (*types.Receipt, error) {
	opts := bind.NewKeyedTransactor(w.key, d.chainID)
	opts.Context, opts.Value = ctx, value
	tx, err := bind.Transact(contract, opts, calldata)
	if err != nil {
		return nil, fmt.Errorf("send to %s: %w", contract.Address(), err)
	}
	r, err := bind.WaitMined(ctx, d.eth, tx.Hash())
	if err != nil {
		return nil, fmt.Errorf("wait for %s: %w", tx.Hash(), err)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return nil, fmt.Errorf("transaction %s reverted", tx.Hash())
	}
	return r, nil
}

func (d *demo) buyPackage(ctx context.Context, w wallet, tier uint8) (agent *big.Int, credits uint64, err error) {
	price, err := bind.Call(d.agents, &bind.CallOpts{Context: ctx}, agentsABI.PackPackagePrice(tier), agentsABI.UnpackPackagePrice)
	if err != nil {
		return nil, 0, fmt.Errorf("package price: %w", err)
	}
	r, err := d.transact(ctx, w, d.agents, price, agentsABI.PackPurchasePackage(tier))
	if err != nil {
		return nil, 0, err
	}
	for _, l := range r.Logs {
		if ev, err := agentsABI.UnpackPackagePurchasedEvent(l); err == nil {
			return ev.AgentId, ev.Credits, nil
		}
	}
	return nil, 0, errors.New("the purchase emitted no PackagePurchased")
}

func (d *demo) requestGeneration(ctx context.Context, w wallet, agent *big.Int, kind uint8, prompt string) (*big.Int, error) {
	r, err := d.transact(ctx, w, d.agents, nil, agentsABI.PackRequestGeneration(agent, kind, prompt))
	if err != nil {
		return nil, err
	}
	for _, l := range r.Logs {
		if ev, err := agentsABI.UnpackGenerationRequestedEvent(l); err == nil {
			return ev.RequestId, nil
		}
	}
	return nil, errors.New("the request emitted no GenerationRequested")
}

// followProgress follows the request's progress until the stream ends,
// showing each step; it returns the last status.
func (d *demo) followProgress(ctx context.Context, request *big.Int, show func(status string, percent int, message string)) (string, error) {
	sub, err := d.api.subscribe(ctx, `subscription($id: ID!) { generationProgress(requestId: $id) { status percent message } }`,
		map[string]any{"id": request.String()})
	if err != nil {
		return "", err
	}
	defer sub.close()
	last := ""
	for {
		var p struct {
			GenerationProgress struct {
				Status  string
				Percent int
				Message *string
			}
		}
		err := sub.next(ctx, &p)
		if errors.Is(err, errStreamEnded) {
			return last, nil
		}
		if err != nil {
			return "", err
		}
		g := p.GenerationProgress
		last = g.Status
		msg := ""
		if g.Message != nil {
			msg = *g.Message
		}
		show(g.Status, g.Percent, msg)
	}
}

type demoToken struct {
	ID       string
	Owner    string
	TokenURI string
	ImageURI string
}

func (d *demo) token(ctx context.Context, request *big.Int) (demoToken, error) {
	var out struct {
		Generation struct {
			Token *demoToken
		}
	}
	err := d.api.query(ctx, `query($id: ID!) { generation(requestId: $id) { token { id owner tokenURI imageURI } } }`,
		map[string]any{"id": request.String()}, &out)
	if err != nil {
		return demoToken{}, err
	}
	if out.Generation.Token == nil {
		return demoToken{}, fmt.Errorf("request #%s has no token yet", request)
	}
	return *out.Generation.Token, nil
}

func (d *demo) list(ctx context.Context, w wallet, tokenID string, price *big.Int) (*big.Int, error) {
	id, ok := new(big.Int).SetString(tokenID, 10)
	if !ok {
		return nil, fmt.Errorf("token id %q", tokenID)
	}
	if _, err := d.transact(ctx, w, d.generated, nil, generatedABI.PackApprove(d.info.Contracts.Marketplace, id)); err != nil {
		return nil, err
	}
	r, err := d.transact(ctx, w, d.marketplace, nil, marketplaceABI.PackList(d.info.Contracts.Generated, id, price))
	if err != nil {
		return nil, err
	}
	for _, l := range r.Logs {
		if ev, err := marketplaceABI.UnpackListedEvent(l); err == nil {
			return ev.ListingId, nil
		}
	}
	return nil, errors.New("the listing emitted no Listed")
}

func (d *demo) buy(ctx context.Context, w wallet, listing, price *big.Int) error {
	_, err := d.transact(ctx, w, d.marketplace, price, marketplaceABI.PackBuy(listing))
	return err
}

// newProgressBar draws progress on one line of a terminal, or a line per
// step elsewhere (a log, CI).
func newProgressBar(out io.Writer) func(status string, percent int, message string) {
	tty := false
	if f, ok := out.(*os.File); ok {
		if st, err := f.Stat(); err == nil {
			tty = st.Mode()&os.ModeCharDevice != 0
		}
	}
	return func(status string, percent int, message string) {
		const width = 30
		filled := min(width, max(0, percent*width/100))
		bar := fmt.Sprintf("   [%s%s] %3d%% %-10s %s", strings.Repeat("#", filled), strings.Repeat(".", width-filled), percent, status, message)
		if tty {
			fmt.Fprintf(out, "\r%-100.100s", bar)
			if status == "FULFILLED" || status == "FAILED" {
				fmt.Fprintln(out)
			}
			return
		}
		fmt.Fprintln(out, bar)
	}
}

// gatewayURL is where a browser sees uri through the gateway (ipfs.Link), or
// uri itself when there is none.
func gatewayURL(gateway, uri string) string {
	if l, ok := ipfs.Link(gateway, uri); ok {
		return l
	}
	return uri
}

func short(a common.Address) string { h := a.Hex(); return h[:6] + "…" + h[len(h)-4:] }

// ether writes a wei amount in whole units (S on Sonic).
func ether(wei string) string {
	v, ok := new(big.Float).SetString(wei)
	if !ok {
		return wei
	}
	return new(big.Float).Quo(v, big.NewFloat(1e18)).Text('f', -1)
}

// chat signs the seller in with its wallet (Sign-In with Ethereum), opens a
// chat session with its agent on chain, and has a short conversation whose
// reply streams as it is written; ending it leaves the settlement to the relayer.
func (d *demo) chat(ctx context.Context, out io.Writer, agent *big.Int) error {
	api, expires, err := d.signIn(ctx, d.seller)
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "   chat: %s signed in with its wallet (token until %s)\n", short(d.seller.addr), expires)
	session, err := d.openSession(ctx, api, d.seller, agent, 5, 600)
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "   chat: session #%s opened on chain, 5 credits in escrow for 10 minutes\n", session)
	events, err := api.subscribe(ctx, `subscription($s: ID!) { chatMessages(sessionId: $s) { type delta creditsLeft error message { role tokens } } }`,
		map[string]any{"s": session})
	if err != nil {
		return err
	}
	defer events.close()
	question := "Hello! Who are you, and what do you like to make?"
	if err := api.query(ctx, `mutation($s: ID!, $t: String!) { sendMessage(sessionId: $s, text: $t) { seq } }`,
		map[string]any{"s": session, "t": question}, &struct{}{}); err != nil {
		return err
	}
	fmt.Fprintf(out, "   you:   %s\n   agent: ", question)
	for {
		var ev struct {
			ChatMessages struct {
				Type        string
				Delta       *string
				CreditsLeft *string
				Error       *string
				Message     *struct {
					Role   string
					Tokens int
				}
			}
		}
		if err := events.next(ctx, &ev); err != nil {
			return err
		}
		e := ev.ChatMessages
		switch e.Type {
		case "DELTA":
			fmt.Fprint(out, *e.Delta)
		case "DONE", "ERROR":
			if e.Error != nil {
				fmt.Fprintf(out, "\n   (the reply failed: %s)", *e.Error)
			}
			fmt.Fprintf(out, "\n   chat: %d tokens, %s credits left in escrow\n", e.Message.Tokens, *e.CreditsLeft)
			if err := api.query(ctx, `mutation($s: ID!) { endSession(sessionId: $s) { status } }`, map[string]any{"s": session}, &struct{}{}); err != nil {
				return err
			}
			fmt.Fprintf(out, "   chat: ended; the relayer settles it on chain and refunds the rest\n")
			return nil
		}
	}
}

// signIn signs w in with Sign-In with Ethereum and returns a client bearing
// its token, and the token's expiry.
func (d *demo) signIn(ctx context.Context, w wallet) (gqlClient, string, error) {
	u, err := url.Parse(d.info.GraphQLURL)
	if err != nil {
		return gqlClient{}, "", err
	}
	var n struct{ SiweNonce string }
	if err := d.api.query(ctx, `{ siweNonce }`, nil, &n); err != nil {
		return gqlClient{}, "", err
	}
	m := siwe.Message{Scheme: u.Scheme, Domain: u.Host, Address: w.addr, Statement: "Sign in to inft to chat with my agents.",
		URI: u.Scheme + "://" + u.Host + "/", ChainID: d.chainID.Uint64(), Nonce: n.SiweNonce, IssuedAt: time.Now().UTC().Truncate(time.Second)}
	text := m.String()
	sig, err := crypto.Sign(siwe.Hash(text).Bytes(), w.key)
	if err != nil {
		return gqlClient{}, "", err
	}
	sig[64] += 27
	var in struct {
		SignIn struct{ Token, ExpiresAt string }
	}
	if err := d.api.query(ctx, `mutation($m: String!, $s: String!) { signIn(message: $m, signature: $s) { token expiresAt } }`,
		map[string]any{"m": text, "s": hexutil.Encode(sig)}, &in); err != nil {
		return gqlClient{}, "", err
	}
	return gqlClient{url: d.info.GraphQLURL, token: in.SignIn.Token}, in.SignIn.ExpiresAt, nil
}

// openSession has w open a chat session with agent on chain and waits until
// the API (signed in as w) has indexed it.
func (d *demo) openSession(ctx context.Context, api gqlClient, w wallet, agent *big.Int, creditCap, duration uint64) (string, error) {
	r, err := d.transact(ctx, w, d.agents, nil, agentsABI.PackOpenSession(agent, creditCap, duration))
	if err != nil {
		return "", err
	}
	var session string
	for _, l := range r.Logs {
		if ev, err := agentsABI.UnpackSessionOpenedEvent(l); err == nil {
			session = ev.SessionId.String()
		}
	}
	if session == "" {
		return "", errors.New("openSession emitted no SessionOpened")
	}
	for {
		var s struct{ ChatSession *struct{ ID string } }
		if err := api.query(ctx, `query($id: ID!) { chatSession(id: $id) { id } }`, map[string]any{"id": session}, &s); err != nil {
			return "", err
		}
		if s.ChatSession != nil {
			return session, nil
		}
		select {
		case <-ctx.Done():
			return "", ctx.Err()
		case <-time.After(100 * time.Millisecond):
		}
	}
}

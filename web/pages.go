package web

import (
	"math/big"
	"net/http"
	"regexp"
)

// decimal is an id of the chain (a uint256 in decimal).
var decimal = regexp.MustCompile(`^[0-9]{1,78}$`)

// The fields of an agent every page shows.
const agentFields = `id owner tier credits level createdAt
	profile { level xp levelProgress traits { name strong } topics }
	stats { requested fulfilled failed pending sales revenue }`

// The fields of a gallery card; the page's script asks for the same.
const tokenFields = `id imageURL agent { id tier } generation { requestId kind prompt }`

type agentCard struct {
	ID, Owner, Tier, Credits, CreatedAt string
	Level                               int
	Profile                             struct {
		Level         int
		XP            string
		LevelProgress float64
		Traits        []struct {
			Name   string
			Strong bool
		}
		Topics []string
	}
	Stats struct {
		Requested, Fulfilled, Failed, Pending, Sales int
		Revenue                                      string
	}
}

type tierCount struct {
	Tier  string
	Count int
}

type tokenCard struct {
	ID       string
	ImageURL *string
	Agent    *struct{ ID, Tier string }
	// Generation is null for a token minted before the relayer recorded it.
	Generation *struct{ RequestID, Kind, Prompt string }
}

func (h *Handler) explorer(w http.ResponseWriter, r *http.Request) {
	var data struct {
		Stats struct {
			AgentsByTier                                      []tierCount
			ActiveSubscriptions, Collaborations, ChatSessions int
			Generations                                       struct{ Requested, Fulfilled, Failed, Pending int }
			Revenue                                           struct{ Total string }
			TopAgents                                         []agentCard
		}
		Agents struct{ Edges []struct{ Node agentCard } }
		Tokens struct{ Edges []struct{ Node tokenCard } }
	}
	h.load(w, r, "explorer", page{Title: "Agents and their work", Nav: "explorer"}, `query Explorer {
		stats(days: 30) { agentsByTier { tier count } activeSubscriptions collaborations chatSessions
			generations { requested fulfilled failed pending } revenue { total }
			topAgents(by: GENERATIONS, first: 5) { `+agentFields+` } }
		agents(first: 24) { edges { node { `+agentFields+` } } }
		tokens(first: 48) { edges { node { `+tokenFields+` } } } }`, nil, &data, nil)
}

func (h *Handler) agent(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if !decimal.MatchString(id) {
		h.fail(w, r, http.StatusBadRequest, "An agent's id is a decimal number.")
		return
	}
	var data struct {
		Agent *struct {
			agentCard
			StateURL *string
			Profile  struct {
				Level          int
				XP, LevelXP    string
				NextLevelXP    *string
				LevelProgress  float64
				Traits         []struct{ Name string }
				Topics         []string
				Style          string
				Anchored       bool
				AverageRating  *float64
				Collaborations struct{ Count, Chosen int }
				Chat           struct{ Replies int }
				Skills         []struct {
					Kind                         string
					Generations, XPPerGeneration int
				}
			}
			Generations struct {
				Edges []struct {
					Node struct {
						RequestID, Kind, Prompt, Status, RequestedAt string
						Token                                        *struct {
							ID       string
							ImageURL *string
						}
					}
				}
			}
		}
	}
	h.load(w, r, "agent", page{Title: "Agent #" + id, Nav: "explorer", AgentID: id}, `query Agent($id: ID!) {
		agent(id: $id) { `+agentFields+` stateURL
			profile { level xp levelXp nextLevelXp levelProgress traits { name } topics style anchored averageRating
				collaborations { count chosen } chat { replies } skills { kind generations xpPerGeneration } }
			generations(first: 24) { edges { node { requestId kind prompt status requestedAt token { id imageURL } } } } } }`,
		map[string]any{"id": id}, &data, func() bool { return data.Agent != nil })
}

func (h *Handler) generation(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if !decimal.MatchString(id) {
		h.fail(w, r, http.StatusBadRequest, "A request's id is a decimal number.")
		return
	}
	var data struct {
		Generation *struct {
			RequestID, Kind, Prompt, Status, Requester, CreditsSpent, RequestedAt string
			Mode, Provider, Model, FailureReason                                  *string
			Agent                                                                 struct{ ID, Tier string }
			Progress                                                              *struct {
				Status, Message string
				Percent         int
			}
			Token *struct {
				ID                 string
				ImageURL, TokenURL *string
				Metadata           *string
			}
			Collaborators []struct {
				ID, Tier string
				Profile  struct{ Level int }
			}
			Contributions []struct {
				Agent        struct{ ID string }
				Role, Status string
				Score        *float64
			}
		}
	}
	h.load(w, r, "generation", page{Title: "Generation #" + id, Nav: "explorer", RequestID: id}, `query Generation($id: ID!) {
		generation(requestId: $id) { requestId kind prompt status requester creditsSpent requestedAt mode provider model failureReason
			agent { id tier } progress { status message percent } token { id imageURL tokenURL metadata }
			collaborators { id tier profile { level } } contributions { agent { id } role status score } } }`,
		map[string]any{"id": id}, &data, func() bool { return data.Generation != nil })
}

// listingFields are a marketplace row's; the page's script asks for the same.
const listingFields = `id collection tokenId seller price active buyer soldAt createdAt`

type listingRow struct {
	ID, Collection, TokenID, Seller, Price, CreatedAt string
	Sale                                              *struct{ Buyer, Price, Royalty, At string }
}

type marketData struct {
	Agents, Generated, Closed struct {
		Edges []struct{ Node listingRow }
	}
	Stats struct {
		AgentsFloor, GeneratedFloor *string
		Daily                       []struct {
			Marketplace []struct {
				Sales  int
				Volume string
			}
		}
	}
}

// Sales and Volume total the window's days.
func (m *marketData) Sales() int {
	n := 0
	for _, d := range m.Stats.Daily {
		for _, c := range d.Marketplace {
			n += c.Sales
		}
	}
	return n
}

func (m *marketData) Volume() string {
	v := new(big.Int)
	for _, d := range m.Stats.Daily {
		for _, c := range d.Marketplace {
			if n, ok := new(big.Int).SetString(c.Volume, 10); ok {
				v.Add(v, n)
			}
		}
	}
	return v.String()
}

func (h *Handler) market(w http.ResponseWriter, r *http.Request) {
	var data marketData
	h.load(w, r, "market", page{Title: "Marketplace", Nav: "market"}, `query Market {
		agents: listings(collection: AGENTS, first: 50, orderBy: PRICE_ASC) { edges { node { `+listingFields+` } } }
		generated: listings(collection: GENERATED, first: 50, orderBy: PRICE_ASC) { edges { node { `+listingFields+` } } }
		closed: listings(active: false, first: 20) { edges { node { `+listingFields+` sale { buyer price royalty at } } } }
		stats(days: 30) { agentsFloor: floorPrice(collection: AGENTS) generatedFloor: floorPrice(collection: GENERATED)
			daily { marketplace { sales volume } } } }`,
		nil, &data, nil)
}

func (h *Handler) dashboard(w http.ResponseWriter, r *http.Request) {
	// Rendered without data: the admin key stays in the browser, which asks
	// the API itself.
	h.render(w, http.StatusOK, "dashboard", page{Title: "Operator dashboard", Nav: "dashboard"})
}

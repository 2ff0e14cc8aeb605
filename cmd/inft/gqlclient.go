package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"

	"github.com/coder/websocket"
	"github.com/coder/websocket/wsjson"
)

// gqlClient speaks to the GraphQL API as a dApp does: queries over HTTP,
// subscriptions over WebSocket (graphql-transport-ws).
type gqlClient struct {
	url string
	// token, when set, is sent as the bearer of every request and connection.
	token string
}

type gqlError struct {
	Message string `json:"message"`
}

type gqlResponse struct {
	Data   json.RawMessage `json:"data"`
	Errors []gqlError      `json:"errors"`
}

func (r gqlResponse) err() error {
	if len(r.Errors) == 0 {
		return nil
	}
	msgs := make([]string, len(r.Errors))
	for i, e := range r.Errors {
		msgs[i] = e.Message
	}
	return fmt.Errorf("graphql: %s", strings.Join(msgs, "; "))
}

// query runs q with vars and decodes its data into out.
func (c gqlClient) query(ctx context.Context, q string, vars map[string]any, out any) error {
	body, err := json.Marshal(map[string]any{"query": q, "variables": vars})
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.url, bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	if c.token != "" {
		req.Header.Set("Authorization", "Bearer "+c.token)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return fmt.Errorf("graphql: %w", err)
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(io.LimitReader(resp.Body, 8<<20))
	if err != nil {
		return fmt.Errorf("graphql: %w", err)
	}
	var r gqlResponse
	if err := json.Unmarshal(raw, &r); err != nil {
		return fmt.Errorf("graphql: HTTP %d: %.200s", resp.StatusCode, raw)
	}
	if err := r.err(); err != nil {
		return err
	}
	return json.Unmarshal(r.Data, out)
}

// gqlSubscription is one subscription on its own connection.
type gqlSubscription struct {
	conn *websocket.Conn
}

type wsMsg struct {
	ID      string          `json:"id,omitempty"`
	Type    string          `json:"type"`
	Payload json.RawMessage `json:"payload,omitempty"`
}

// errStreamEnded is what next returns once the server completed the stream.
var errStreamEnded = errors.New("graphql: the subscription ended")

// subscribe starts subscription q; its events come from next.
func (c gqlClient) subscribe(ctx context.Context, q string, vars map[string]any) (*gqlSubscription, error) {
	conn, _, err := websocket.Dial(ctx, "ws"+strings.TrimPrefix(c.url, "http"), &websocket.DialOptions{Subprotocols: []string{"graphql-transport-ws"}})
	if err != nil {
		return nil, fmt.Errorf("graphql subscription: %w", err)
	}
	conn.SetReadLimit(8 << 20)
	s := &gqlSubscription{conn: conn}
	payload, _ := json.Marshal(map[string]any{"query": q, "variables": vars})
	var init json.RawMessage
	if c.token != "" {
		init, _ = json.Marshal(map[string]string{"authorization": "Bearer " + c.token})
	}
	if err := wsjson.Write(ctx, conn, wsMsg{Type: "connection_init", Payload: init}); err != nil {
		conn.CloseNow()
		return nil, fmt.Errorf("graphql subscription: %w", err)
	}
	for {
		var m wsMsg
		if err := wsjson.Read(ctx, conn, &m); err != nil {
			conn.CloseNow()
			return nil, fmt.Errorf("graphql subscription: %w", err)
		}
		if m.Type == "connection_ack" {
			break
		}
	}
	if err := wsjson.Write(ctx, conn, wsMsg{ID: "1", Type: "subscribe", Payload: payload}); err != nil {
		conn.CloseNow()
		return nil, fmt.Errorf("graphql subscription: %w", err)
	}
	return s, nil
}

// next decodes the next event's data into out; errStreamEnded once the
// server completed the stream.
func (s *gqlSubscription) next(ctx context.Context, out any) error {
	for {
		var m wsMsg
		if err := wsjson.Read(ctx, s.conn, &m); err != nil {
			return fmt.Errorf("graphql subscription: %w", err)
		}
		switch m.Type {
		case "ping":
			if err := wsjson.Write(ctx, s.conn, wsMsg{Type: "pong"}); err != nil {
				return fmt.Errorf("graphql subscription: %w", err)
			}
		case "next":
			var r gqlResponse
			if err := json.Unmarshal(m.Payload, &r); err != nil {
				return fmt.Errorf("graphql subscription: %w", err)
			}
			if err := r.err(); err != nil {
				return err
			}
			return json.Unmarshal(r.Data, out)
		case "error":
			return fmt.Errorf("graphql subscription: %s", m.Payload)
		case "complete":
			return errStreamEnded
		}
	}
}

func (s *gqlSubscription) close() { s.conn.Close(websocket.StatusNormalClosure, "") }

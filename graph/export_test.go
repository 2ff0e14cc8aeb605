package graph

import (
	"reflect"

	"github.com/inft-labs/inft/graph/model"
)

// FastMessageTypes names the message types encodeMessage writes itself.
func FastMessageTypes() []string {
	var names []string
	messageLayouts.Range(func(k, v any) bool {
		if v.(*messageLayout) != nil {
			names = append(names, k.(reflect.Type).Name())
		}
		return true
	})
	return names
}

// AgentsQuery is the statement of a page of agents in order after key.
func AgentsQuery(order string, key []string, n int) (string, []any) {
	return agentsSQL(nil, nil, model.AgentOrder(order), key, n)
}

package graph

import "reflect"

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

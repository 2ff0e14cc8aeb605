package httpserve

import (
	"net"
	"testing"

	"github.com/stretchr/testify/require"
)

// An IPv4 client is its address; an IPv6 client is its /64, which one host
// usually holds whole; an IPv4-mapped address is the IPv4 one.
func TestClientOf(t *testing.T) {
	t.Parallel()
	at := func(ip string) net.Addr { return &net.TCPAddr{IP: net.ParseIP(ip), Port: 1234} }
	require.Equal(t, clientOf(at("192.0.2.1")), clientOf(at("::ffff:192.0.2.1")))
	require.NotEqual(t, clientOf(at("192.0.2.1")), clientOf(at("192.0.2.2")))
	require.Equal(t, clientOf(at("2001:db8::1")), clientOf(at("2001:db8::ffff:1")), "one /64")
	require.NotEqual(t, clientOf(at("2001:db8::1")), clientOf(at("2001:db8:0:1::1")), "another /64")
}

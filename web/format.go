package web

import (
	"fmt"
	"html/template"
	"math/big"
	"strings"
	"time"
)

var funcs = template.FuncMap{
	"total": func(ts []tierCount) int {
		n := 0
		for _, t := range ts {
			n += t.Count
		}
		return n
	},
	"wei":   formatWei,
	"short": shortAddress,
	"pct":   func(f float64) int { return int(f*100 + 0.5) },
	"lower": strings.ToLower,
	"when":  formatTime,
	"str": func(s *string) string {
		if s == nil {
			return ""
		}
		return *s
	},
	"clip": func(s string, n int) string {
		if r := []rune(s); len(r) > n {
			return string(r[:n-1]) + "…"
		}
		return s
	},
}

// formatWei shows a decimal amount of wei in S, with at most four decimals
// ("1.25 S"), an amount under 0.0001 S in gwei ("42,000 gwei"); anything
// else as it is.
func formatWei(wei string) string {
	n, ok := new(big.Int).SetString(wei, 10)
	if !ok {
		return wei
	}
	neg := n.Sign() < 0
	n.Abs(n)
	unit := big.NewInt(1e18)
	whole, frac := new(big.Int).QuoRem(n, unit, new(big.Int))
	// four decimals, rounded down
	frac.Quo(frac, big.NewInt(1e14))
	s := whole.String()
	if frac.Sign() > 0 {
		s += "." + strings.TrimRight(fmt.Sprintf("%04d", frac.Int64()), "0")
	} else if whole.Sign() == 0 && n.Sign() > 0 {
		gwei := new(big.Int).Quo(n, big.NewInt(1e9))
		s = groupThousands(gwei.String()) + " gwei"
		if neg {
			s = "-" + s
		}
		return s
	}
	if neg {
		s = "-" + s
	}
	return s + " S"
}

// groupThousands puts commas between groups of three digits.
func groupThousands(d string) string {
	for i := len(d) - 3; i > 0; i -= 3 {
		d = d[:i] + "," + d[i:]
	}
	return d
}

// shortAddress shows 0x1234…abcd.
func shortAddress(a string) string {
	if len(a) < 12 {
		return a
	}
	return a[:6] + "…" + a[len(a)-4:]
}

// formatTime shows an RFC 3339 time in UTC to the minute.
func formatTime(s string) string {
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		return s
	}
	return t.UTC().Format("2006-01-02 15:04 UTC")
}

package web

import "testing"

func TestFormatWei(t *testing.T) {
	for in, want := range map[string]string{
		"0":                        "0 S",
		"1000000000000000000":      "1 S",
		"1250000000000000000":      "1.25 S",
		"1234567890000000000000":   "1234.5678 S",
		"100000000000000":          "0.0001 S",
		"99999999999999":           "99,999 gwei",
		"42000000000000":           "42,000 gwei",
		"21000":                    "0 gwei",
		"-2500000000000000000":     "-2.5 S",
		"not a number":             "not a number",
		"790125000000000000000000": "790125 S",
	} {
		if got := formatWei(in); got != want {
			t.Errorf("formatWei(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestShortAddress(t *testing.T) {
	if got := shortAddress("0xFdcdBe03eb015Fa0DFE1ee1df1d95f01562B6217"); got != "0xFdcd…6217" {
		t.Errorf("got %q", got)
	}
	if got := shortAddress("0x12"); got != "0x12" {
		t.Errorf("got %q", got)
	}
}

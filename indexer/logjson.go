package indexer

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// logsAnswer is eth_getLogs's result. go-ethereum's client has already read
// the answer's envelope, and encoding/json checks the result is valid JSON
// before it calls UnmarshalJSON; scanLogs then reads the logs in one pass
// over the bytes, into a few shared buffers, where encoding/json's
// reflection over a struct of strings was the indexer's largest CPU cost in
// a backfill (docs/benchmarks.md). An answer it does not expect (escaped or
// null strings, keys in another case, a number with a leading zero: nothing
// a node sends, but anything a hostile one may) goes through encoding/json
// and wireLog, with their errors: both decode every answer the same
// (FuzzLogsAnswer).
type logsAnswer []types.Log

func (a *logsAnswer) UnmarshalJSON(data []byte) error {
	if logs, ok := scanLogs(data); ok {
		*a = logs
		return nil
	}
	var raw []wireLog
	if err := json.Unmarshal(data, &raw); err != nil {
		return err
	}
	logs := make([]types.Log, len(raw))
	for i := range raw {
		if err := raw[i].decode(&logs[i]); err != nil {
			return fmt.Errorf("eth_getLogs answer %d: %w", i, err)
		}
	}
	*a = logs
	return nil
}

// Fields of a log scanLogs needs (all but topics and removed, as wireLog).
const (
	hasAddress = 1 << iota
	hasData
	hasBlockNumber
	hasTxHash
	hasTxIndex
	hasBlockHash
	hasIndex
	hasAll = hasAddress | hasData | hasBlockNumber | hasTxHash | hasTxIndex | hasBlockHash | hasIndex
)

// scanLogs reads a JSON array of logs, or says it cannot (false): then the
// caller decodes the answer the slow way, which explains what is wrong. It
// never panics, whatever data holds.
func scanLogs(data []byte) ([]types.Log, bool) {
	s := &logScanner{b: data}
	logs, ok := s.logs()
	return logs, ok && s.end()
}

// logs reads an array of logs.
func (s *logScanner) logs() ([]types.Log, bool) {
	if !s.take('[') {
		return nil, false
	}
	logs := make([]types.Log, 0, bytes.Count(s.b[s.i:], []byte(`"logIndex"`)))
	if s.take(']') {
		return logs, true
	}
	for {
		var l types.Log
		if !s.log(&l) {
			return nil, false
		}
		logs = append(logs, l)
		if s.take(']') {
			return logs, true
		}
		if !s.take(',') {
			return nil, false
		}
	}
}

type logScanner struct {
	b []byte
	i int
	// topics and data are shared buffers the logs' slices are cut from:
	// two allocations a few hundred logs, not two a log.
	topics []common.Hash
	data   []byte
}

func (s *logScanner) space() {
	for s.i < len(s.b) {
		switch s.b[s.i] {
		case ' ', '\t', '\n', '\r':
			s.i++
		default:
			return
		}
	}
}

// take consumes c, after any white space, if it comes next.
func (s *logScanner) take(c byte) bool {
	s.space()
	if s.i < len(s.b) && s.b[s.i] == c {
		s.i++
		return true
	}
	return false
}

func (s *logScanner) end() bool {
	s.space()
	return s.i == len(s.b)
}

// str reads a string without escapes or control characters and returns
// its bytes.
func (s *logScanner) str() ([]byte, bool) {
	if !s.take('"') {
		return nil, false
	}
	for j := s.i; j < len(s.b); j++ {
		switch c := s.b[j]; {
		case c == '"':
			v := s.b[s.i:j]
			s.i = j + 1
			return v, true
		case c == '\\' || c < 0x20:
			return nil, false
		}
	}
	return nil, false
}

// skip passes over any JSON value (a key the indexer does not read), which
// must be valid JSON: so is all that scanLogs takes.
func (s *logScanner) skip() bool {
	s.space()
	start := s.i
	if !s.pass() {
		return false
	}
	return json.Valid(s.b[start:s.i])
}

// pass finds the end of the value at s.i.
func (s *logScanner) pass() bool {
	if s.i >= len(s.b) {
		return false
	}
	switch s.b[s.i] {
	case '"':
		for j := s.i + 1; j < len(s.b); j++ {
			switch s.b[j] {
			case '\\':
				j++
			case '"':
				s.i = j + 1
				return true
			}
		}
		return false
	case '{', '[':
		depth := 0
		for j := s.i; j < len(s.b); j++ {
			switch s.b[j] {
			case '{', '[':
				depth++
			case '}', ']':
				if depth--; depth == 0 {
					s.i = j + 1
					return true
				}
			case '"':
				s.i = j
				if !s.pass() {
					return false
				}
				j = s.i - 1
			}
		}
		return false
	default: // a number, true, false or null
		start := s.i
		for s.i < len(s.b) && bytes.IndexByte([]byte(",}] \t\n\r"), s.b[s.i]) < 0 {
			s.i++
		}
		return s.i > start
	}
}

// log reads one log object.
func (s *logScanner) log(l *types.Log) bool {
	if !s.take('{') {
		return false
	}
	seen := 0
	l.Topics = []common.Hash{} // none unless the log has some, as wireLog
	if s.take('}') {
		return false
	}
	for {
		key, ok := s.str()
		if !ok || !s.take(':') {
			return false
		}
		switch string(key) {
		case "address":
			ok, seen = s.fixed(l.Address[:]), seen|hasAddress
		case "topics":
			ok = s.topicList(l)
		case "data":
			ok, seen = s.bytes(&l.Data), seen|hasData
		case "blockNumber":
			l.BlockNumber, ok = s.quantity()
			seen |= hasBlockNumber
		case "transactionHash":
			ok, seen = s.fixed(l.TxHash[:]), seen|hasTxHash
		case "transactionIndex":
			var n uint64
			n, ok = s.quantity()
			l.TxIndex, seen = uint(n), seen|hasTxIndex
		case "blockHash":
			ok, seen = s.fixed(l.BlockHash[:]), seen|hasBlockHash
		case "logIndex":
			var n uint64
			n, ok = s.quantity()
			l.Index, seen = uint(n), seen|hasIndex
		case "removed":
			switch {
			case s.literal("true"):
				l.Removed = true
			case s.literal("false"):
				l.Removed = false
			default:
				ok = false
			}
		default:
			// encoding/json matches keys without regard to case: leave
			// such a key to it.
			for _, k := range []string{"address", "topics", "data", "blockNumber", "transactionHash", "transactionIndex",
				"blockHash", "logIndex", "removed"} {
				if bytes.EqualFold(key, []byte(k)) {
					return false
				}
			}
			ok = s.skip()
		}
		if !ok {
			return false
		}
		if s.take('}') {
			return seen == hasAll
		}
		if !s.take(',') {
			return false
		}
	}
}

func (s *logScanner) literal(word string) bool {
	s.space()
	if bytes.HasPrefix(s.b[s.i:], []byte(word)) {
		s.i += len(word)
		return true
	}
	return false
}

// hexDigits returns the digits of a 0x-prefixed string.
func (s *logScanner) hexDigits() ([]byte, bool) {
	v, ok := s.str()
	if !ok || len(v) < 2 || v[0] != '0' || (v[1] != 'x' && v[1] != 'X') {
		return nil, false
	}
	return v[2:], true
}

// fixed reads hex of exactly len(out) bytes into out.
func (s *logScanner) fixed(out []byte) bool {
	d, ok := s.hexDigits()
	if !ok || len(d) != 2*len(out) {
		return false
	}
	_, err := hex.Decode(out, d)
	return err == nil
}

// bytes reads hex of any length, into the shared data buffer.
func (s *logScanner) bytes(out *[]byte) bool {
	d, ok := s.hexDigits()
	if !ok || len(d)%2 != 0 {
		return false
	}
	n := len(d) / 2
	if s.data == nil || cap(s.data)-len(s.data) < n {
		s.data = make([]byte, 0, max(n, 64<<10))
	}
	b := s.data[len(s.data) : len(s.data)+n : len(s.data)+n]
	if _, err := hex.Decode(b, d); err != nil {
		return false
	}
	s.data = s.data[:len(s.data)+n]
	*out = b
	return true
}

// quantity reads a hex number as hexutil.DecodeUint64 does: 0x, then one
// to sixteen digits and no leading zero.
func (s *logScanner) quantity() (uint64, bool) {
	d, ok := s.hexDigits()
	if !ok || len(d) == 0 || len(d) > 16 || (len(d) > 1 && d[0] == '0') {
		return 0, false
	}
	var n uint64
	for _, c := range d {
		var v byte
		switch {
		case c >= '0' && c <= '9':
			v = c - '0'
		case c >= 'a' && c <= 'f':
			v = c - 'a' + 10
		case c >= 'A' && c <= 'F':
			v = c - 'A' + 10
		default:
			return 0, false
		}
		n = n<<4 | uint64(v)
	}
	return n, true
}

// topicList reads the topics, into the shared topics buffer.
func (s *logScanner) topicList(l *types.Log) bool {
	if !s.take('[') {
		return false
	}
	if cap(s.topics)-len(s.topics) < 4 {
		s.topics = make([]common.Hash, 0, 1024)
	}
	start := len(s.topics)
	if !s.take(']') {
		for {
			var h common.Hash
			if !s.fixed(h[:]) {
				return false
			}
			s.topics = append(s.topics, h) // should it move the buffer, this log's topics move with it
			if s.take(']') {
				break
			}
			if !s.take(',') {
				return false
			}
		}
	}
	l.Topics = s.topics[start:len(s.topics):len(s.topics)]
	return true
}

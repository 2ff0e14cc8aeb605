package graph

import (
	"cmp"
	"context"
	"errors"
	"slices"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/errcode"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
	"github.com/vektah/gqlparser/v2/lexer"
	"github.com/vektah/gqlparser/v2/parser"
)

// documentLimit refuses, before it is validated, a document longer than
// maxBytes, of more than maxTokens tokens, with more than maxSpreads
// fragment spreads (named or inline), that spreads into more than maxTokens
// fields, or that selects more than maxSameName fields of one response name
// in one selection set as validation merges it (fragments spread, and the
// sub-selections of the fields of one name merged). gqlparser's validation costs more
// than linear time in some shapes of document: a chain of 4,000 fragments
// each spreading the next took 8 s and 530 MB, 10,000 fields of one name
// 13 s, 800 aliases of one name with different arguments 4.5 s and 470 MB
// (it compares the fields of a name pairwise), 50 fields of one name each
// selecting 50 of another 13 s and 870 MB, and 9 levels of fragments
// each spreading the next 10 times did not end (each level multiplies the
// fields). These checks cost one pass of the lexer and, for a document not
// in cache, one of the parser; the worst shapes known within them cost
// milliseconds (hostile_test.go). Variables are not part of the document:
// they may be as large as the body.
type documentLimit struct {
	maxBytes, maxTokens, maxSpreads, maxSameName int
	// cache holds the documents validated before, which need no check.
	cache graphql.Cache[*ast.QueryDocument]
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationParameterMutator
} = documentLimit{}

func (documentLimit) ExtensionName() string                   { return "DocumentLimit" }
func (documentLimit) Validate(graphql.ExecutableSchema) error { return nil }

func (l documentLimit) MutateOperationParameters(ctx context.Context, params *graphql.RawParams) *gqlerror.Error {
	if _, ok := l.cache.Get(ctx, params.Query); ok {
		return nil
	}
	err := l.lex(params.Query)
	if err == nil {
		err = l.shape(params.Query)
	}
	if err != nil {
		errcode.Set(err, errcode.ParseFailed)
	}
	return err
}

func (l documentLimit) lex(doc string) *gqlerror.Error {
	if len(doc) > l.maxBytes {
		return gqlerror.Errorf("the query document is %d bytes, more than the %d allowed", len(doc), l.maxBytes)
	}
	// One pass of the lexer, linear in the document; a document it cannot
	// read is left for the parser to report.
	lex := lexer.New(&ast.Source{Input: doc})
	tokens, spreads := 0, 0
	for {
		tok, err := lex.ReadToken()
		if err != nil || tok.Kind == lexer.EOF {
			return nil
		}
		if tokens++; tokens > l.maxTokens {
			return gqlerror.Errorf("the query document has more than the %d tokens allowed", l.maxTokens)
		}
		if tok.Kind == lexer.Spread {
			if spreads++; spreads > l.maxSpreads {
				return gqlerror.Errorf("the query document has more than the %d fragment spreads allowed", l.maxSpreads)
			}
		}
	}
}

// shape parses doc and measures it as validation and execution see it.
func (l documentLimit) shape(doc string) *gqlerror.Error {
	parsed, err := parser.ParseQueryWithTokenLimit(&ast.Source{Input: doc}, l.maxTokens)
	if err != nil {
		var gerr *gqlerror.Error
		if errors.As(err, &gerr) {
			return gerr
		}
		return gqlerror.Wrap(err)
	}
	s := &shape{doc: parsed, limit: l, walking: map[string]bool{}}
	for _, op := range parsed.Operations {
		if err := s.merge([]ast.SelectionSet{op.SelectionSet}); err != nil {
			return err
		}
	}
	// Validation walks every fragment definition, spread or not.
	for _, f := range parsed.Fragments {
		if err := s.merge([]ast.SelectionSet{f.SelectionSet}); err != nil {
			return err
		}
	}
	return nil
}

// shape walks a document's selection sets with their fragments spread.
type shape struct {
	doc     *ast.QueryDocument
	limit   documentLimit
	walking map[string]bool // the fragments being spread: a cycle, which validation reports, is not followed
	fields  int             // walked so far
}

// merge measures selection sets as validation merges them: the fields of
// one response name in them (fragments spread) are compared pairwise, and
// so are the fields of their sub-selections, merged in turn.
func (s *shape) merge(sets []ast.SelectionSet) *gqlerror.Error {
	byName := map[string][]ast.SelectionSet{}
	for _, set := range sets {
		if err := s.collect(set, byName); err != nil {
			return err
		}
	}
	for name, subs := range byName {
		if len(subs) > s.limit.maxSameName {
			return gqlerror.Errorf("the query document selects %q %d times in one selection, more than the %d allowed", name, len(subs), s.limit.maxSameName)
		}
		subs = slices.DeleteFunc(subs, func(set ast.SelectionSet) bool { return len(set) == 0 })
		if len(subs) > 0 {
			if err := s.merge(subs); err != nil {
				return err
			}
		}
	}
	return nil
}

// collect adds the fields of set, fragments spread, to byName, counting
// them: a document may not spread into more fields than it may have tokens.
func (s *shape) collect(set ast.SelectionSet, byName map[string][]ast.SelectionSet) *gqlerror.Error {
	for _, sel := range set {
		switch sel := sel.(type) {
		case *ast.Field:
			if s.fields++; s.fields > s.limit.maxTokens {
				return gqlerror.Errorf("the query document spreads into more than %d fields", s.limit.maxTokens)
			}
			name := cmp.Or(sel.Alias, sel.Name)
			byName[name] = append(byName[name], sel.SelectionSet)
		case *ast.InlineFragment:
			if err := s.collect(sel.SelectionSet, byName); err != nil {
				return err
			}
		case *ast.FragmentSpread:
			def := s.doc.Fragments.ForName(sel.Name)
			if def == nil || s.walking[sel.Name] {
				continue
			}
			s.walking[sel.Name] = true
			err := s.collect(def.SelectionSet, byName)
			delete(s.walking, sel.Name)
			if err != nil {
				return err
			}
		}
	}
	return nil
}

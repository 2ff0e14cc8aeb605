package main

import (
	"context"
	"errors"
	"fmt"

	"github.com/inft-labs/inft/config"
)

// The commands below check their settings today; what they run arrives with
// the indexer (issue 3), the relayer (5), the API (6) and the dev stack (7).

func runRun(_ context.Context, e env, args []string) error {
	fs := newFlagSet("run", e)
	var roles config.Roles
	fs.BoolVar(&roles.Indexer, "indexer", false, "run the indexer")
	fs.BoolVar(&roles.Relayer, "relayer", false, "run the relayer")
	fs.BoolVar(&roles.API, "api", false, "serve the GraphQL API")
	lookup := config.Flags(fs, config.Settings, e.lookup)
	if err := parse(fs, args); err != nil {
		return err
	}
	if roles == (config.Roles{}) {
		roles = config.AllRoles
	}
	if _, err := config.LoadFor(lookup, roles); err != nil {
		return err
	}
	return notBuilt("the indexer, relayer and API are")
}

func runDev(_ context.Context, e env, args []string) error {
	return settingsOnly("dev", e, args, "the dev stack is")
}

func runMigrate(_ context.Context, e env, args []string) error {
	return settingsOnly("migrate", e, args, "migrations are")
}

func runReindex(_ context.Context, e env, args []string) error {
	fs := newFlagSet("reindex", e)
	fs.Uint64("from", 0, "first block to re-read")
	config.Flags(fs, config.Settings, e.lookup)
	if err := parse(fs, args); err != nil {
		return err
	}
	return notBuilt("the indexer is")
}

func runDemo(_ context.Context, e env, args []string) error {
	return settingsOnly("demo", e, args, "the demo is")
}

func settingsOnly(name string, e env, args []string, what string) error {
	fs := newFlagSet(name, e)
	lookup := config.Flags(fs, config.Settings, e.lookup)
	if err := parse(fs, args); err != nil {
		return err
	}
	if _, err := config.Load(lookup); err != nil {
		return err
	}
	return notBuilt(what)
}

var errNotBuilt = errors.New("not built yet")

func notBuilt(what string) error {
	return fmt.Errorf("%s %w (see the open issues); `inft deploy` and `inft version` work today", what, errNotBuilt)
}

// Command inft runs the INFT service: the indexer, the relayer and the GraphQL
// API, and the tools around them (deploy, migrate, reindex, dev, demo).
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"runtime"
	"syscall"

	"github.com/inft-labs/inft/config"
)

// version is set at build time: -ldflags "-X main.version=…".
var version = "dev"

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	os.Exit(run(ctx, os.Args[1:], os.LookupEnv, os.Stdout, os.Stderr))
}

// env is what a command sees of the world, so that tests run commands in process.
type env struct {
	lookup config.Lookup
	stdout io.Writer
	stderr io.Writer
}

type command struct {
	name    string
	summary string
	run     func(ctx context.Context, e env, args []string) error
}

var commands = []command{
	{"dev", "run everything on this machine: dev chain, indexer, relayer, API", runDev},
	{"run", "run the service in production (--indexer --relayer --api; default all)", runRun},
	{"deploy", "deploy the three contracts to SONIC_RPC_URL and print their addresses", runDeploy},
	{"migrate", "apply the database migrations", runMigrate},
	{"reindex", "rebuild the projections from the chain (--from BLOCK)", runReindex},
	{"demo", "drive a purchase, a generation and a sale against a running `inft dev`", runDemo},
	{"version", "print the version", runVersion},
}

var (
	// errUsage marks an error in how the command was called (exit status 2).
	errUsage = errors.New("usage")
	// errHelp means -h was given and the usage printed (exit status 0).
	errHelp = errors.New("help")
)

func run(ctx context.Context, args []string, lookup config.Lookup, stdout, stderr io.Writer) int {
	e := env{lookup: lookup, stdout: stdout, stderr: stderr}
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(stderr)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	for _, c := range commands {
		if c.name != args[0] {
			continue
		}
		err := c.run(ctx, e, args[1:])
		switch {
		case err == nil, errors.Is(err, errHelp):
			return 0
		case errors.Is(err, errUsage):
			return 2
		default:
			fmt.Fprintf(stderr, "inft %s: %v\n", c.name, err)
			return 1
		}
	}
	fmt.Fprintf(stderr, "inft: unknown command %q\n", args[0])
	usage(stderr)
	return 2
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: inft <command> [flags]")
	fmt.Fprintln(w)
	for _, c := range commands {
		fmt.Fprintf(w, "  %-8s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Settings come from the environment (see README); `inft <command> -h` lists them as flags, which override it.")
}

func runVersion(_ context.Context, e env, args []string) error {
	fs := newFlagSet("version", e)
	if err := parse(fs, args); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "inft %s %s %s/%s\n", version, runtime.Version(), runtime.GOOS, runtime.GOARCH)
	return nil
}

// newLogger logs to stderr: JSON in production, text for people otherwise.
func newLogger(w io.Writer, environment config.Environment) *slog.Logger {
	if environment == config.Production {
		return slog.New(slog.NewJSONHandler(w, nil))
	}
	return slog.New(slog.NewTextHandler(w, nil))
}

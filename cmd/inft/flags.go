package main

import (
	"errors"
	"flag"
	"fmt"
)

func newFlagSet(name string, e env) *flag.FlagSet {
	fs := flag.NewFlagSet("inft "+name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	return fs
}

// parse parses args, turning -h and bad flags into errUsage (the flag package
// has already printed why) and refusing stray arguments.
func parse(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return errHelp
		}
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(fs.Output(), "%s: unexpected argument %q\n", fs.Name(), fs.Arg(0))
		return fmt.Errorf("%w: unexpected argument", errUsage)
	}
	return nil
}

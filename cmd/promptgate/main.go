// Command promptgate is the promptgate binary: a gRPC policy decision point
// for LLM calls (serve), an offline verdict for one request (check), and the
// policy author's tools (policy test).
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
	"syscall"
)

const usage = `usage: promptgate <command> [flags]

commands:
  serve         serve the GuardService over gRPC, health and metrics over HTTP
  check [FILE]  print the verdict on one CheckPromptRequest (JSON; - or no FILE reads stdin)
                exit 0 allow, 2 deny, 3 redact, 1 error
  policy test [-v] [-coverage] [DIR]
                run the Rego tests of a policy directory (the embedded policies when no DIR)
  policy check [--data FILE] [DIR]
                compile strictly and validate data against the schema of data.promptgate
  policy eval --input FILE [--entrypoint prompt|response] [--explain] [--policies DIR] [--data FILE]
                print the decision for a policy input document, with a trace on demand

Run 'promptgate <command> -h' for a command's flags. Every flag can also be
set as PROMPTGATE_<FLAG> in the environment (--grpc-addr: PROMPTGATE_GRPC_ADDR),
lists comma-separated.
`

// exitError carries an exit code other than 1 out of a command.
type exitError struct{ code int }

func (e exitError) Error() string { return fmt.Sprintf("exit %d", e.code) }

func main() {
	// Calls allocate small, short-lived values and the heap stays small;
	// collecting less often buys CPU for a little memory. GOGC, when set,
	// is the operator's to choose.
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM, syscall.SIGINT)
	err := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(exitCode(err, os.Stderr))
}

func exitCode(err error, stderr io.Writer) int {
	var ee exitError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &ee):
		return ee.code
	default:
		fmt.Fprintln(stderr, "promptgate:", err)
		return 1
	}
}

func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return errors.New("no command")
	}
	switch args[0] {
	case "serve":
		return serve(ctx, args[1:], stderr)
	case "check":
		return check(ctx, args[1:], stdin, stdout, stderr)
	case "policy":
		return policy(ctx, args[1:], stdout, stderr)
	case "-h", "-help", "--help", "help":
		fmt.Fprint(stdout, usage)
		return nil
	}
	fmt.Fprint(stderr, usage)
	return fmt.Errorf("unknown command %q", args[0])
}

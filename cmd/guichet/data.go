package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"regexp"
	"strings"
)

// userIDs are the forms a person's id takes in each adapter: checked before anything is
// deleted, so that a typing slip cannot match someone else.
var userIDs = map[string]*regexp.Regexp{
	"telegram": regexp.MustCompile(`^[1-9][0-9]{0,19}$`),
	"slack":    regexp.MustCompile(`^[UW][A-Z0-9]{2,30}$`),
}

// cmdData answers a right-to-erasure request: "guichet data delete --user ADAPTER:ID".
func cmdData(ctx context.Context, args []string, stdout, stderr io.Writer, getenv func(string) string) int {
	const help = "Usage: guichet data delete --user ADAPTER:ID [flags]\n\nDelete what one person wrote to Guichet (a right-to-erasure request) without waiting for GUICHET_RETENTION.\nADAPTER:ID is telegram:USER_ID (a number) or slack:MEMBER_ID (U…).\n"
	if len(args) == 0 || args[0] != "delete" {
		fmt.Fprint(stderr, help)
		if len(args) > 0 && (args[0] == "-h" || args[0] == "--help") {
			return 0
		}
		return 2
	}
	fs := flag.NewFlagSet("guichet data delete", flag.ContinueOnError)
	fs.SetOutput(stderr)
	db := fs.String("db", "", "SQLite database file (overrides GUICHET_DB)")
	user := fs.String("user", "", "the person, as `ADAPTER:ID` (telegram:123456789, slack:U0123ABCD)")
	fs.Usage = func() {
		fmt.Fprint(stderr, help+"\nFlags:\n")
		fs.PrintDefaults()
	}
	if done, code := parseFlags(fs, args[1:]); done {
		return code
	}
	adapter, id, ok := strings.Cut(*user, ":")
	if re := userIDs[adapter]; !ok || re == nil || !re.MatchString(id) {
		fmt.Fprintf(stderr, "guichet: --user %q: want telegram:USER_ID (a number) or slack:MEMBER_ID (U…)\n", *user)
		return 2
	}
	a, code := openStore(ctx, getenv, *db, stderr)
	if a == nil {
		return code
	}
	defer a.Close()
	e, err := a.db.EraseUser(ctx, adapter, id)
	if err != nil {
		fmt.Fprintf(stderr, "guichet: %v\n", err)
		return 1
	}
	fmt.Fprintf(stdout, "deleted for %s: %d message(s), %d conversation(s), %d feedback\n", *user, e.Events, e.Conversations, e.Feedback)
	return 0
}

package main

import (
	"strings"

	"github.com/spf13/cobra"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/record"
)

func (m *Main) newShowCommand() *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:   "show [flags] ID",
		Short: "Print a stored record (ID may be a unique prefix of at least 8 hex digits, as 'hebel docs' shows it)",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "text" && format != "json" {
				return usagef("--format must be json or text, not %q", format)
			}
			if err := checkIDPrefix(args[0]); err != nil {
				return err
			}
			store, closeStore, err := m.openStore(cmd)
			if err != nil {
				return err
			}
			defer closeStore()
			rec, err := store.FindRecordByID(cmd.Context(), args[0])
			if err != nil {
				if hebel.ErrorCode(err) == hebel.ENOTFOUND {
					return hebel.Errorf(hebel.ENOTFOUND, "no document %s in %s", args[0], m.dbPath(cmd))
				}
				return err
			}
			pub := record.FromRecord(rec)
			if format == "text" {
				return record.WriteText(m.Stdout, pub)
			}
			return record.NewEncoder(m.Stdout, true).Encode(pub)
		},
	}
	cmd.Flags().StringVarP(&format, "format", "f", "json", "output format: json or text")
	return cmd
}

// minIDPrefix is the fewest hex digits an id prefix may have, as the
// stores require.
const minIDPrefix = 8

// checkIDPrefix refuses, as a usage error, an id that is neither
// "sha256:" with hex digits nor at least minIDPrefix hex digits.
func checkIDPrefix(id string) error {
	hex := strings.TrimPrefix(id, "sha256:")
	for _, c := range hex {
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F') {
			return usagef("%q is not a document id: want sha256: and hex digits, or a prefix of at least %d hex digits", id, minIDPrefix)
		}
	}
	if len(hex) < minIDPrefix {
		return usagef("id prefix %q is too short: give at least %d hex digits", id, minIDPrefix)
	}
	return nil
}

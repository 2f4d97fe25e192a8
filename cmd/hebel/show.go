package main

import (
	"github.com/spf13/cobra"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/record"
)

func (m *Main) newShowCommand() *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:   "show [flags] ID",
		Short: "Print a stored record (ID may be a unique prefix, as 'hebel docs' shows it)",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "text" && format != "json" {
				return usagef("--format must be json or text, not %q", format)
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

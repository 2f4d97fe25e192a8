package main

import (
	"fmt"
	"runtime/debug"

	"github.com/spf13/cobra"

	"github.com/hebel-project/hebel/record"
)

// version is set at link time with -ldflags "-X main.version=…".
var version = "dev"

func (m *Main) newVersionCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print the version of hebel and of its record format",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			v := version
			if info, ok := debug.ReadBuildInfo(); ok {
				for _, s := range info.Settings {
					if s.Key == "vcs.revision" && len(s.Value) >= 12 {
						v += " (" + s.Value[:12] + ")"
					}
				}
				v += " " + info.GoVersion
			}
			fmt.Fprintf(m.Stdout, "hebel %s, record format version %d\n", v, record.Version)
			return nil
		},
	}
}

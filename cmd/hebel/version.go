package main

import (
	"fmt"
	"runtime/debug"

	"github.com/spf13/cobra"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/record"
)

func (m *Main) newVersionCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print the version of hebel and of its record format",
		Long: `Version prints this build of hebel (the release set at link time with
-ldflags "-X github.com/hebel-project/hebel.Version=…", and the VCS revision
when the build recorded one), the Go version, and the record format version.
Every record names the build that extracted it ("hebel_version"): 'hebel docs
--stale' lists the stored records another build extracted.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			v := hebel.BuildVersion()
			if info, ok := debug.ReadBuildInfo(); ok {
				v += " " + info.GoVersion
			}
			fmt.Fprintf(m.Stdout, "hebel %s, record format version %d\n", v, record.Version)
			return nil
		},
	}
}

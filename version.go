package hebel

import (
	"runtime/debug"
	"sync"
)

// Version is this Hebel's release. Releases set it at link time:
//
//	go build -ldflags "-X github.com/hebel-project/hebel.Version=v0.4.0" ./cmd/hebel
//
// Every record names the build that extracted it (BuildVersion), so a
// store can tell which records an upgrade should extract again.
var Version = "dev"

// BuildVersion returns Version followed by the VCS revision the binary
// was built from, when the build recorded one, and "+dirty" for a build
// of a modified tree: "dev (1a2b3c4d5e6f+dirty)". Test binaries and
// `go run` often record no revision; then it is Version alone.
func BuildVersion() string { return buildVersion() }

var buildVersion = sync.OnceValue(func() string {
	v := Version
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return v
	}
	rev, dirty := "", false
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			dirty = s.Value == "true"
		}
	}
	if len(rev) > 12 {
		rev = rev[:12]
	}
	if rev == "" {
		return v
	}
	if dirty {
		rev += "+dirty"
	}
	return v + " (" + rev + ")"
})

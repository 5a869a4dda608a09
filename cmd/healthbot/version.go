package main

import (
	"context"
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"
)

// version, when set at build time, overrides the version read from the
// build information:
//
//	go build -ldflags "-X main.version=v1.4.0" ./cmd/healthbot
var version string

// buildVersion is what `healthbot version` reports.
type buildVersion struct {
	Version  string `json:"version"`
	Go       string `json:"go"`
	Platform string `json:"platform"`
	Revision string `json:"revision"`
	Time     string `json:"time"`
	Modified bool   `json:"modified"`
}

// versionInfo reads the version from -ldflags, else the module version the
// binary was built at (go install …@v1.4.0), else "(devel)", with the VCS
// revision when the build recorded it.
func versionInfo() buildVersion {
	v := buildVersion{Version: "(devel)", Go: runtime.Version(), Platform: runtime.GOOS + "/" + runtime.GOARCH}
	if info, ok := debug.ReadBuildInfo(); ok {
		if info.Main.Version != "" {
			v.Version = info.Main.Version
		}
		for _, s := range info.Settings {
			switch s.Key {
			case "vcs.revision":
				v.Revision = s.Value
			case "vcs.time":
				v.Time = s.Value
			case "vcs.modified":
				v.Modified = s.Value == "true"
			}
		}
	}
	if version != "" {
		v.Version = version
	}
	return v
}

// String is the one line `healthbot --version` prints.
func (v buildVersion) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "healthbot %s (%s, %s", v.Version, v.Go, v.Platform)
	if v.Revision != "" {
		rev := v.Revision
		if len(rev) > 12 {
			rev = rev[:12]
		}
		fmt.Fprintf(&b, ", revision %s", rev)
		if v.Modified {
			b.WriteString(" modified")
		}
		if v.Time != "" {
			fmt.Fprintf(&b, " of %s", v.Time)
		}
	}
	b.WriteString(")")
	return b.String()
}

// versionCmd prints the version.
type versionCmd struct {
	JSON bool `name:"json" help:"Print one JSON object."`
}

func (c *versionCmd) withoutConfig() {}

func (c *versionCmd) run(ctx context.Context, e *env) error {
	v := versionInfo()
	if c.JSON {
		return writeJSON(e.stdout, v)
	}
	_, err := fmt.Fprintln(e.stdout, v)
	return err
}

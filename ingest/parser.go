package ingest

import (
	"crypto/sha256"
	"encoding/hex"
	"io"
	"os"
	"runtime/debug"
	"sync"
)

// parserIdentity names the program that parses documents: the hash of its
// executable. A new healthbot reads every file again on its first ingest,
// so that what it understands better (figures, years, places) reaches
// documents that did not change; the same program reuses them.
var parserIdentity = sync.OnceValue(func() string {
	if id := executableHash(); id != "" {
		return id
	}
	if bi, ok := debug.ReadBuildInfo(); ok {
		for _, s := range bi.Settings {
			if s.Key == "vcs.revision" {
				return s.Value
			}
		}
		return bi.Main.Version
	}
	return "unknown"
})

// executableHash returns the hex SHA-256 of the running executable (its
// first 16 bytes), or "" when it cannot be read.
func executableHash() string {
	path, err := os.Executable()
	if err != nil {
		return ""
	}
	f, err := os.Open(path)
	if err != nil {
		return ""
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return ""
	}
	return hex.EncodeToString(h.Sum(nil)[:16])
}

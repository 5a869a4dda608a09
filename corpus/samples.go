package corpus

import (
	"embed"
	"io/fs"
)

//go:embed samples/*.txt
var samples embed.FS

// Samples returns the bundled sample reports of corpus/samples, built into
// every binary so that healthbot works outside its source checkout.
func Samples() fs.FS {
	sub, err := fs.Sub(samples, "samples")
	if err != nil {
		panic(err) // "samples" is a valid path: cannot happen
	}
	return sub
}

//go:build !unix

package extract

import "os"

// killedBy reports no signal on systems without Unix signals.
func killedBy(*os.ProcessState) int { return killedNone }

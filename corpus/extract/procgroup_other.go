//go:build !unix

package extract

import "os/exec"

// killGroupOnCancel leaves exec.CommandContext's default, killing the
// program started, on systems without Unix process groups.
func killGroupOnCancel(cmd *exec.Cmd) {}

//go:build unix

package extract

import (
	"os/exec"
	"syscall"
)

// killGroupOnCancel starts cmd in a process group of its own and makes
// cancelling it kill the whole group: LibreOffice's soffice.bin and any
// helper it started, not only the program started.
func killGroupOnCancel(cmd *exec.Cmd) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error {
		if cmd.Process == nil {
			return nil
		}
		// The negative pid signals the group.
		return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
	}
}

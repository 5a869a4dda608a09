//go:build unix

package extract

import (
	"os"
	"syscall"
)

// killedBy classifies the signal that ended a process, if any.
func killedBy(state *os.ProcessState) int {
	ws, ok := state.Sys().(syscall.WaitStatus)
	if !ok || !ws.Signaled() {
		return killedNone
	}
	switch ws.Signal() {
	case syscall.SIGXCPU:
		return killedCPU
	case syscall.SIGKILL:
		return killedKill
	case syscall.SIGSEGV, syscall.SIGABRT, syscall.SIGBUS:
		return killedCrash
	}
	return killedNone
}

package extract

// How a converter process was ended by a signal (Unix only; see
// killedBy).
const (
	killedNone  = iota
	killedCPU   // SIGXCPU: over its CPU-time limit
	killedKill  // SIGKILL: out of memory, or the CPU limit's hard stop
	killedCrash // SIGSEGV, SIGABRT, SIGBUS: usually a failed allocation
)

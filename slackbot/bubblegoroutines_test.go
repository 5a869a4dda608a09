package slackbot_test

import (
	"regexp"
	"runtime"
)

// bubbleOf finds the synctest bubble a goroutine header names: "goroutine 7
// [chan receive (durable), synctest bubble 3]:".
var bubbleOf = regexp.MustCompile(`(?m)^goroutine \d+ \[[^\]]*synctest bubble (\d+)\]:`)

// goroutineCount is how many goroutines run: in a synctest bubble, those of
// the caller's bubble only, so that the tests running beside it in parallel
// (their adapters, their indexes) do not count as its leaks.
func goroutineCount(inBubble bool) int {
	if !inBubble {
		return runtime.NumGoroutine()
	}
	own := bubbleOf.FindStringSubmatch(stacks(false))
	if own == nil {
		return runtime.NumGoroutine()
	}
	n := 0
	for _, m := range bubbleOf.FindAllStringSubmatch(stacks(true), -1) {
		if m[1] == own[1] {
			n++
		}
	}
	return n
}

// stacks is the traceback of the calling goroutine, or of all.
func stacks(all bool) string {
	buf := make([]byte, 1<<16)
	for {
		n := runtime.Stack(buf, all)
		if n < len(buf) {
			return string(buf[:n])
		}
		buf = make([]byte, 2*len(buf))
	}
}

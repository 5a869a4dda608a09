//go:build unix

package retrieval

import "golang.org/x/sys/unix"

// dropPages tells the kernel the pages of the mapped file data are not
// needed for now: they leave the process's resident set (they stay in the
// page cache) and are read again, from the cache, when used. Open calls it
// after checking a whole file's checksum, so that the resident set holds
// only what searches read. A failure only leaves the pages resident.
func dropPages(data []byte) {
	if len(data) > 0 {
		_ = unix.Madvise(data, unix.MADV_DONTNEED)
	}
}

//go:build !unix

package retrieval

// dropPages does nothing where madvise is not available.
func dropPages([]byte) {}

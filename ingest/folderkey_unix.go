//go:build unix

package ingest

import (
	"io/fs"
	"strconv"
	"syscall"
)

// folderKey identifies a folder by device and inode, which needs no path
// resolution; path is used only when the system gives no inode.
func folderKey(info fs.FileInfo, path string) string {
	if st, ok := info.Sys().(*syscall.Stat_t); ok {
		return strconv.FormatUint(uint64(st.Dev), 10) + ":" + strconv.FormatUint(uint64(st.Ino), 10)
	}
	return realPath(path)
}

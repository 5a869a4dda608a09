//go:build !unix

package ingest

import "io/fs"

// folderKey identifies a folder by its real path (this system gives no
// inode numbers).
func folderKey(_ fs.FileInfo, path string) string { return realPath(path) }

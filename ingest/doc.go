// Package ingest walks the corpus folder and keeps the parsed corpus in the
// index folder up to date: new and changed files are read, unchanged ones
// are reused, removed ones disappear, bad files are skipped with a reason,
// and the stored state is replaced atomically so an interrupted or failed
// ingest never damages what was stored before. The index folder itself
// (its lock, files, temporary files and generations) belongs to package
// retrieval; ingest goes through it.
package ingest

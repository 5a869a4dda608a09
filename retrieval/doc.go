// Package retrieval finds the passages and figures that answer a question.
// It is the only package that touches the vector store (chromem-go) and the
// keyword index (bleve): chunks are embedded and indexed at ingest, and a
// search runs both retrievers and fuses their rankings.
//
// It also owns the index folder (folder.go): the writers' lock, the parsed
// corpus stored there, temporary files, index generations and the CURRENT
// pointer, and the ReloadingSearcher that serves from whatever generation
// is live.
package retrieval

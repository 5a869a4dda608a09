// Package retrieval finds the passages and figures that answer a question.
// It is the only package that touches the vector store (chromem-go) and the
// keyword index (bleve): chunks are embedded and indexed at ingest, and a
// search runs both retrievers and fuses their rankings.
package retrieval

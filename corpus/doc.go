// Package corpus turns a health bureau's past work summaries and plans into
// structured data: documents are read and decoded, cleaned of web boilerplate,
// split into reports, outlined into sections, cut into chunks and mined for
// figures.
//
// Everything is kept as byte ranges into the original text, so later stages
// can quote a report exactly as it was written (Traditional Chinese stays
// Traditional) while indexing a Simplified, normalised copy.
//
// The package owns the shared types (Report, Section, Chunk, Figure) and
// imports nothing else of this module except its own sub-packages.
package corpus

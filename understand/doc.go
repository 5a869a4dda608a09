// Package understand reads what a staff member's question asks: its topic,
// the years it is about (written out or relative to a date), the half of
// the year, whether it asks about plans or about what was done, the place it
// names, the indicators it means and what kind of answer it wants. It is the
// one place a question's meaning is decided: search (package retrieval) and
// the assistant (package bot) consume the result and never re-read the text
// for these things.
package understand

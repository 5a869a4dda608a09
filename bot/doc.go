// Package bot is the assistant: it answers questions from past reports,
// looks up figures (never generating them), lines an indicator up across
// years, and drafts report sections in the bureau's outline style. Every
// claim carries a numbered source. With an LLM it writes grounded answers
// and checks them; without one (or when the LLM fails) it answers with
// sentences extracted from the sources, clearly labelled.
//
// The package declares the small interfaces it needs (Searcher, LLM);
// the command plugs in the index and an OpenAI-compatible client.
package bot

// Package access decides which corpus folders may be read where. It is the
// one owner of the rule every chat adapter and the command line apply:
// folders listed in config access.folders are read only by the users,
// user groups and chats named there (or by everyone, everywhere, when
// marked public); folders not listed are read by everyone the bot answers.
// The search receives the result as a corpus.Readable and filters by it
// before ranking.
package access

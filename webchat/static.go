package webchat

import (
	"embed"
	"io/fs"
	"net/http"
	"strings"
)

// files are the page and what it loads: plain HTML, CSS and JavaScript,
// nothing from elsewhere.
//
//go:embed static
var files embed.FS

// servePage serves the chat page. /?q=… is the same page: its script asks
// the question in q.
func servePage(w http.ResponseWriter, r *http.Request) {
	page, err := files.ReadFile("static/index.html")
	if err != nil {
		http.Error(w, "page missing", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-cache")
	_, _ = w.Write(page)
}

// staticFiles serves the page's script and style under /static/.
func staticFiles() http.Handler {
	sub, err := fs.Sub(files, "static")
	if err != nil {
		panic(err) // the embedded folder is part of the build
	}
	fs := http.StripPrefix("/static/", http.FileServerFS(sub))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasSuffix(r.URL.Path, "/") {
			http.NotFound(w, r) // no folder listings
			return
		}
		w.Header().Set("Cache-Control", "no-cache")
		fs.ServeHTTP(w, r)
	})
}

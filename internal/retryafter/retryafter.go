// Package retryafter reads the Retry-After header of a 429 or 503 response,
// shared by the OpenAI-compatible clients (chat and embeddings).
package retryafter

import (
	"math"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// maxDelay caps a delay given in seconds: a server asking for more than an
// hour is treated as asking for an hour.
const maxDelay = 3600

// Parse reads delay-seconds or an HTTP date relative to now. It reports
// false for an empty, malformed or past value.
func Parse(v string, now time.Time) (time.Duration, bool) {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0, false
	}
	if n, err := strconv.ParseFloat(v, 64); err == nil {
		if n <= 0 || math.IsNaN(n) || math.IsInf(n, 0) {
			return 0, false
		}
		n = min(n, maxDelay)
		return time.Duration(n * float64(time.Second)), true
	}
	if t, err := http.ParseTime(v); err == nil {
		if d := t.Sub(now); d > 0 {
			return d, true
		}
	}
	return 0, false
}

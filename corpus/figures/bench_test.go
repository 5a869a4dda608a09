package figures

import "testing"

// BenchmarkExtract runs Extract over every sentence of the samples; the
// reported ns/sentence is the cost of one call.
func BenchmarkExtract(b *testing.B) {
	var all []string
	for _, ss := range loadSamples(b) {
		all = append(all, ss...)
	}
	b.ResetTimer()
	n := 0
	for i := 0; i < b.N; i++ {
		for _, s := range all {
			Extract(s)
			n++
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(n), "ns/sentence")
}

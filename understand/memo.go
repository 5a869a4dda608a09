package understand

import "sync"

// memoSize bounds a memo: a chat asks a few questions a second and each
// answer reads the same question's meaning tens of times, so a few
// hundred recent questions cover every reuse while holding little.
const memoSize = 512

// memo remembers a pure function's results for recent inputs. Reading a
// question's topic runs some sixty rewrites; the answer path asks for it
// again for every candidate passage and figure, so remembering it once per
// question saves the repeats. When full it forgets everything at once:
// questions come in bursts of one, so no finer eviction pays.
type memo struct {
	mu   sync.Mutex
	seen map[string]string
}

// of returns f(in), computed once while in stays remembered.
func (m *memo) of(in string, f func(string) string) string {
	m.mu.Lock()
	out, ok := m.seen[in]
	m.mu.Unlock()
	if ok {
		return out
	}
	out = f(in)
	m.mu.Lock()
	if m.seen == nil || len(m.seen) >= memoSize {
		m.seen = make(map[string]string, memoSize)
	}
	m.seen[in] = out
	m.mu.Unlock()
	return out
}

package push

// States counts the watchers in each state (for metrics).
func (m *Manager) States() map[State]int {
	m.mu.Lock()
	defer m.mu.Unlock()
	out := make(map[State]int, len(m.watchers))
	for _, w := range m.watchers {
		out[w.status.State]++
	}
	return out
}

package slack

// Escape is escape, for the tests of the rendered messages.
func Escape(s string) string { return escape(s) }

package bot

// SystemPrompt is the system prompt, for tests that check it never leaks.
var SystemPrompt = systemPrompt

// ModifiedApart is modifiedApart, for tests.
var ModifiedApart = modifiedApart

// MeasuredApart is measuredApart, for tests.
var MeasuredApart = measuredApart

package slackbot

import (
	"os"
	"slices"
	"testing"

	"github.com/slack-go/slack"
	"go.yaml.in/yaml/v3"
)

// The app manifest declares what the adapter uses of Slack's AI app
// surface: the assistant view with the suggested prompts the code sets,
// the assistant:write scope and the assistant thread events, as slack-go's
// manifest types read it.
func TestManifestDeclaresAssistant(t *testing.T) {
	data, err := os.ReadFile("../slack-app-manifest.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var m slack.Manifest
	if err := yaml.Unmarshal(data, &m); err != nil {
		t.Fatal(err)
	}
	av := m.Features.AssistantView
	if av == nil || av.AssistantDescription == "" || len(av.SuggestedPrompts) != len(suggestedPrompts) {
		t.Fatalf("assistant view: %+v", av)
	}
	for i, p := range av.SuggestedPrompts {
		if p.Title != suggestedPrompts[i].Title || p.Message != suggestedPrompts[i].Message {
			t.Errorf("prompt %d: manifest %+v, code %+v", i+1, p, suggestedPrompts[i])
		}
	}
	for _, scope := range []string{"assistant:write", "chat:write", "im:history", "app_mentions:read", "commands"} {
		if !slices.Contains(m.OAuthConfig.Scopes.Bot, scope) {
			t.Errorf("scope %s missing", scope)
		}
	}
	if m.Settings.EventSubscriptions == nil {
		t.Fatal("no event subscriptions")
	}
	for _, ev := range []string{"assistant_thread_started", "assistant_thread_context_changed", "app_mention", "message.im", "message.channels"} {
		if !slices.Contains(m.Settings.EventSubscriptions.BotEvents, ev) {
			t.Errorf("event %s missing", ev)
		}
	}
}

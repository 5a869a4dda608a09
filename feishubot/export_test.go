package feishubot

import "context"

// RunDelivering is Run with the long connection replaced by deliver, which
// hands each payload (the JSON a data frame carries: a message event or a
// card callback) to handle, gets its answer, and returns when ctx is done.
// It is for tests on a fake clock (testing/synctest), where the SDK's
// websocket client cannot run: it dials TCP with its own dialer and never
// ends its goroutines.
func (f *Feishu) RunDelivering(ctx context.Context, deliver func(ctx context.Context, handle func(payload []byte) (any, error))) error {
	return f.serve(ctx, func(ctx context.Context) error {
		deliver(ctx, func(payload []byte) (any, error) { return f.events.Do(ctx, payload) })
		return nil
	})
}

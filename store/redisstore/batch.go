package redisstore

import (
	"context"
	"sync"
	"sync/atomic"
	"time"

	"github.com/redis/go-redis/v9"
)

// A batcher sends the commands of concurrent calls to Redis together, one
// pipeline per round trip, so that a busy replica pays one write and one
// read for many calls instead of one each, and Redis serves them from one
// read of its socket. Nothing waits to fill a batch: a call that finds no
// batch in flight sends its command at once, alone; the calls that arrive
// while a batch is in flight queue, and when it returns the first of them
// sends all that queued. Each call sends at most one batch, its own.
//
// Every command is still one EVALSHA of a script that Redis runs whole, so
// a batch changes how commands travel, not what each does; commands in a
// batch run in the order they queued. A batch is bounded by the store's
// timeout, so a queued call waits at most about twice that.
type batcher struct {
	client  redis.UniversalClient
	timeout time.Duration

	mu    sync.Mutex
	queue []*queued
	busy  bool // a batch is in flight, or about to be

	batches atomic.Int64 // round trips made, for tests
}

type queued struct {
	cmd redis.Cmder
	// turn receives true when this call is to send the next batch, false
	// when its command has its reply.
	turn chan bool
}

var queuedPool = sync.Pool{New: func() any { return &queued{turn: make(chan bool, 1)} }}

// do sends cmd, with those of other calls, and returns when it has its
// reply or error (read them from cmd).
func (b *batcher) do(cmd redis.Cmder) {
	q := queuedPool.Get().(*queued)
	q.cmd = cmd
	b.mu.Lock()
	b.queue = append(b.queue, q)
	lead := !b.busy
	b.busy = true
	b.mu.Unlock()
	if lead || <-q.turn {
		b.mu.Lock()
		batch := b.queue
		b.queue = nil
		b.mu.Unlock()
		b.send(batch)
		for _, other := range batch {
			if other != q {
				other.turn <- false
			}
		}
		b.mu.Lock()
		if len(b.queue) > 0 {
			b.queue[0].turn <- true
		} else {
			b.busy = false
		}
		b.mu.Unlock()
	}
	q.cmd = nil
	queuedPool.Put(q)
}

func (b *batcher) send(batch []*queued) {
	b.batches.Add(1)
	ctx, cancel := context.WithTimeout(context.Background(), b.timeout)
	defer cancel()
	if len(batch) == 1 {
		_ = b.client.Process(ctx, batch[0].cmd)
		return
	}
	pipe := b.client.Pipeline()
	for _, q := range batch {
		_ = pipe.Process(ctx, q.cmd)
	}
	// Each command carries its own reply or error.
	_, _ = pipe.Exec(ctx)
}

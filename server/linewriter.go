package server

import (
	"io"
	"sync"
	"time"
)

// LineWriter writes log lines to an io.Writer from a goroutine of its own.
// A call that logs only copies its line into a buffer. The first line
// into an idle writer wakes it; it waits flushDelay for the lines that
// follow, writes them together, and goes on so until a wait brings none,
// so that a busy server makes one write and one wake-up for many decisions
// instead of one each, and its calls do not queue on a lock around the
// write. A line reaches the destination within about flushDelay.
//
// Lines are never dropped: when the destination falls behind by
// maxPendingBytes, callers wait for it; Close writes what is pending. Each
// Write must hold whole lines, as a slog handler's do, so that lines from
// different writers sharing a destination are never cut into each other.
type LineWriter struct {
	w io.Writer

	mu      sync.Mutex
	room    sync.Cond // signalled when a write has taken the pending lines
	pending []byte
	idle    bool // the writer waits for a wake-up
	closed  bool
	err     error // the first write error
	wake    chan struct{}
	done    chan struct{}
}

// flushDelay is how long the writer gathers lines before a write.
const flushDelay = 2 * time.Millisecond

// maxPendingBytes bounds the lines waiting for a write.
const maxPendingBytes = 1 << 20

// NewLineWriter starts a LineWriter that writes to w; Close stops it.
func NewLineWriter(w io.Writer) *LineWriter {
	lw := &LineWriter{w: w, wake: make(chan struct{}, 1), done: make(chan struct{})}
	lw.room.L = &lw.mu
	go lw.run()
	return lw
}

// Write queues p, whole lines, for writing. It reports an earlier write's
// error, if any; after Close it writes p itself.
func (lw *LineWriter) Write(p []byte) (int, error) {
	lw.mu.Lock()
	for len(lw.pending) >= maxPendingBytes && !lw.closed {
		lw.room.Wait()
	}
	if lw.closed {
		lw.mu.Unlock()
		return lw.w.Write(p)
	}
	lw.pending = append(lw.pending, p...)
	wake := lw.idle
	lw.idle = false
	err := lw.err
	lw.mu.Unlock()
	if wake {
		lw.wake <- struct{}{}
	}
	return len(p), err
}

func (lw *LineWriter) run() {
	defer close(lw.done)
	var buf []byte
	for {
		lw.mu.Lock()
		if len(lw.pending) == 0 {
			if lw.closed {
				lw.mu.Unlock()
				return
			}
			lw.idle = true
			lw.mu.Unlock()
			<-lw.wake
			// Gather what follows the line that woke the writer.
			time.Sleep(flushDelay)
			continue
		}
		buf, lw.pending = lw.pending, buf[:0]
		lw.room.Broadcast()
		closed := lw.closed
		lw.mu.Unlock()
		if _, err := lw.w.Write(buf); err != nil {
			lw.mu.Lock()
			if lw.err == nil {
				lw.err = err
			}
			lw.mu.Unlock()
		}
		if cap(buf) > 4*maxPendingBytes {
			buf = nil // a burst's buffer is not kept
		}
		if !closed {
			time.Sleep(flushDelay)
		}
	}
}

// Close writes the lines still pending and stops the writer; later writes
// go straight to the destination. It returns the first write error.
func (lw *LineWriter) Close() error {
	lw.mu.Lock()
	if lw.closed {
		lw.mu.Unlock()
		<-lw.done
		return lw.err
	}
	lw.closed = true
	wake := lw.idle
	lw.idle = false
	lw.room.Broadcast()
	lw.mu.Unlock()
	if wake {
		lw.wake <- struct{}{}
	}
	<-lw.done
	lw.mu.Lock()
	defer lw.mu.Unlock()
	return lw.err
}

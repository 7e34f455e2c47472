package server

import (
	"io"
	"sync"
)

// LineWriter writes log lines to an io.Writer from a goroutine of its own.
// A call that logs only copies its line: the line goes out at once when no
// write is in flight, and lines that arrive during a write go out together
// in the next one, so that a busy server makes one write for many
// decisions instead of one each, and its calls do not queue on a lock
// around the write. Nothing waits to fill a batch.
//
// Lines are never dropped: when the destination falls behind by
// maxPendingBytes, callers wait for it. Each Write must hold whole lines,
// as a slog handler's do, so that lines from different writers sharing a
// destination are never cut into each other.
type LineWriter struct {
	w io.Writer

	mu      sync.Mutex
	room    sync.Cond // signalled when a write has taken the pending lines
	pending []byte
	closed  bool
	err     error // the first write error
	wake    chan struct{}
	done    chan struct{}
}

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
	err := lw.err
	lw.mu.Unlock()
	select {
	case lw.wake <- struct{}{}:
	default: // a wake-up is already due
	}
	return len(p), err
}

func (lw *LineWriter) run() {
	defer close(lw.done)
	var buf []byte
	for {
		lw.mu.Lock()
		for len(lw.pending) == 0 {
			if lw.closed {
				lw.mu.Unlock()
				return
			}
			lw.mu.Unlock()
			<-lw.wake
			lw.mu.Lock()
		}
		buf, lw.pending = lw.pending, buf[:0]
		lw.room.Broadcast()
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
	lw.room.Broadcast()
	lw.mu.Unlock()
	select {
	case lw.wake <- struct{}{}:
	default:
	}
	<-lw.done
	lw.mu.Lock()
	defer lw.mu.Unlock()
	return lw.err
}

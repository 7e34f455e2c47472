package server_test

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/promptgate/promptgate/server"
)

// countingBuffer is a destination that counts its writes.
type countingBuffer struct {
	mu     sync.Mutex
	buf    bytes.Buffer
	writes int
}

func (b *countingBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.writes++
	return b.buf.Write(p)
}

func TestLineWriter_EveryLineWhole(t *testing.T) {
	var dst countingBuffer
	lw := server.NewLineWriter(&dst)
	const writers, lines = 50, 400
	var wg sync.WaitGroup
	for w := range writers {
		wg.Go(func() {
			for i := range lines {
				line := fmt.Sprintf("{\"writer\":%d,\"line\":%d,\"pad\":%q}\n", w, i, strings.Repeat("x", i%97))
				if _, err := lw.Write([]byte(line)); err != nil {
					t.Error(err)
				}
			}
		})
	}
	wg.Wait()
	if err := lw.Close(); err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, l := range strings.Split(strings.TrimSuffix(dst.buf.String(), "\n"), "\n") {
		var w, i int
		var pad string
		if _, err := fmt.Sscanf(l, "{\"writer\":%d,\"line\":%d,\"pad\":%q}", &w, &i, &pad); err != nil || len(pad) != i%97 {
			t.Fatalf("line %q is not whole (%v)", l, err)
		}
		k := fmt.Sprint(w, "/", i)
		if seen[k] {
			t.Fatalf("line %s written twice", k)
		}
		seen[k] = true
	}
	if len(seen) != writers*lines {
		t.Fatalf("%d lines written, want %d", len(seen), writers*lines)
	}
	t.Logf("%d lines in %d writes", len(seen), dst.writes)

	// After Close, lines go straight out.
	lw.Write([]byte("late\n"))
	if !strings.HasSuffix(dst.buf.String(), "late\n") {
		t.Error("a line written after Close was not written")
	}
}

// gate is a destination that holds every write until it is opened.
type gate struct {
	open chan struct{}
	countingBuffer
}

func (g *gate) Write(p []byte) (int, error) {
	<-g.open
	return g.countingBuffer.Write(p)
}

func TestLineWriter_WaitsForASlowDestination(t *testing.T) {
	g := &gate{open: make(chan struct{})}
	lw := server.NewLineWriter(g)
	line := []byte(strings.Repeat("y", 1023) + "\n")
	const n = 3 << 10 // 3 MiB: more than the writer holds
	done := make(chan struct{})
	go func() {
		defer close(done)
		for range n {
			lw.Write(line)
		}
	}()
	select {
	case <-done:
		t.Fatal("3 MiB of lines were taken while the destination accepted nothing: the writer does not bound what it holds")
	case <-time.After(200 * time.Millisecond):
	}
	close(g.open)
	select {
	case <-done:
	case <-time.After(30 * time.Second):
		t.Fatal("writes still blocked 30s after the destination opened")
	}
	if err := lw.Close(); err != nil {
		t.Fatal(err)
	}
	if got := g.buf.Len(); got != n*len(line) {
		t.Fatalf("%d bytes written, want %d", got, n*len(line))
	}
}

type failing struct{}

func (failing) Write(p []byte) (int, error) { return 0, errors.New("disk full") }

func TestLineWriter_ReportsWriteErrors(t *testing.T) {
	lw := server.NewLineWriter(failing{})
	lw.Write([]byte("a\n"))
	if err := lw.Close(); err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Fatalf("Close = %v, want the write error", err)
	}
}

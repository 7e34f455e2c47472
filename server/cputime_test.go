package server_test

import (
	"syscall"
	"testing"
	"time"
)

// reportCPU reports the process CPU time per operation beside the wall
// time: on a shared machine the wall time counts other processes' turns,
// while CPU time counts only this one's work (garbage collection included).
func reportCPU(b *testing.B) func() {
	start := cpuTime()
	return func() {
		b.ReportMetric(float64((cpuTime()-start).Nanoseconds())/float64(b.N), "cpu-ns/op")
	}
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

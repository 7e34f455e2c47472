package detect

import (
	"encoding/binary"
	"unicode/utf8"
)

// A text that runs one short unit on and on ("xxxx…", "0000…", "you you
// you …") says no more than a few of its repeats. The classifiers sum
// their n-grams' weights over the square root of their number, so each
// repeat would count as new evidence and a long enough run would score
// whatever sign its few n-grams' weights have: 4 KiB of "x" once scored
// as a certain injection. The rules and classifiers therefore read such a
// run as its first few repeats.
const (
	// repeatMaxPeriod is the longest unit looked for, in bytes.
	repeatMaxPeriod = 16
	// repeatMinRun is the shortest run cut, in bytes: separators such as
	// a line of 40 dashes stay as written.
	repeatMinRun = 64
	// repeatKeep is how much of a run is kept, in bytes, rounded up to
	// whole units and at least two.
	repeatKeep = 16
	// repeatLook is how many bytes one look at the text reads: 8, and 8
	// more one unit on.
	repeatLook = 8 + repeatMaxPeriod
	// repeatStride is how far apart the looks are: a run of repeatMinRun
	// bytes holds one whole look whatever its offset.
	repeatStride = repeatMinRun - repeatLook
)

// repeatCuts appends to cm the tails of the runs of s (the directly read
// part of a Norm) that repeat a unit of at most repeatMaxPeriod bytes for
// at least repeatMinRun bytes, each run's first repeats kept and the cut
// made between characters. It looks at s every repeatStride bytes,
// comparing 8 bytes with the 8 one unit on for each length of unit, and
// reads a run through only where they match: prose costs a few compares
// per look, about 1 µs for 4 KiB.
func repeatCuts(s string, cm cutMap) cutMap {
	for i := 0; i+repeatLook <= len(s); i += repeatStride {
		// The first byte first, then the whole 8.
		win := []byte(s[i : i+repeatLook])
		_ = win[repeatLook-1]
		v := binary.LittleEndian.Uint64(win)
		p := 0
		for q := 1; q <= repeatMaxPeriod; q++ {
			if win[q] == win[0] && binary.LittleEndian.Uint64(win[q:]) == v {
				p = q
				break
			}
		}
		if p > 0 {
			// The run is s[start:end]: each of its bytes after the
			// first unit equals the one a unit before.
			start, end := i, i+p+8
			for start > 0 && s[start-1] == s[start-1+p] {
				start--
			}
			for end < len(s) && s[end] == s[end-p] {
				end++
			}
			if end-start >= repeatMinRun {
				keep := start + max(2, (repeatKeep+p-1)/p)*p
				for keep < end && !utf8.RuneStart(s[keep]) {
					keep++
				}
				for end > keep && end < len(s) && !utf8.RuneStart(s[end]) {
					end--
				}
				if end-keep > 1 {
					cm = append(cm, segment{keep, end})
				}
			}
			i = max(i, end-repeatStride)
		}
	}
	return cm
}

package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/promptgate/promptgate/detect"
)

func init() {
	suites = append(suites, suite{name: "pii", run: runPII})
}

var piiVerbose = flag.Bool("pii-misses", false, "pii: list the spans missed and the false positives (prints data rows)")

// piiGold maps presidio-research's structured entity types to our kinds.
var piiGold = map[string]string{
	"CREDIT_CARD":   detect.KindCreditCard,
	"PHONE_NUMBER":  detect.KindPhone,
	"EMAIL_ADDRESS": detect.KindEmail,
	"IBAN_CODE":     detect.KindIBAN,
	"US_SSN":        detect.KindUSSSN,
	"IP_ADDRESS":    detect.KindIPAddress,
}

type presidioRow struct {
	FullText string `json:"full_text"`
	Spans    []struct {
		Type  string `json:"entity_type"`
		Start int    `json:"start_position"`
		End   int    `json:"end_position"`
	} `json:"spans"`
	TemplateID int `json:"template_id"`
}

type span struct {
	kind       string
	start, end int
}

func overlaps(a, b span) bool { return a.start < b.end && b.start < a.end }

// runeToByte maps rune offsets (as the data set counts) to byte offsets.
func runeToByte(s string) []int {
	m := make([]int, 0, len(s)+1)
	for i := range s {
		m = append(m, i)
	}
	return append(m, len(s))
}

func runPII(root string) error {
	path := filepath.Join(root, "pii", "presidio-research", "synth_dataset_v2.json")
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	var rows []presidioRow
	if err := json.Unmarshal(b, &rows); err != nil {
		return fmt.Errorf("parse %s: %w", path, err)
	}
	for _, cfg := range []struct {
		name string
		det  *detect.PIIDetector
	}{
		{"default regions", detect.NewPIIDetector()},
		{"regions US,GB only", detect.NewPIIDetector(detect.WithPhoneRegions("US", "GB"))},
	} {
		if err := scorePII(rows, cfg.name, cfg.det, cfg.name == "default regions"); err != nil {
			return err
		}
	}
	return nil
}

type piiCounts struct {
	gold, found, exact, pred, correct int
}

func scorePII(rows []presidioRow, name string, det *detect.PIIDetector, full bool) error {
	counts := map[string]*piiCounts{}
	for _, k := range piiGold {
		counts[k] = &piiCounts{}
	}
	other := map[string]int{}      // predictions of kinds the data does not label
	onUnscored := map[string]int{} // predictions overlapping NER-only gold types
	unscored := map[string]int{}
	var elapsed time.Duration
	var misses, fps []string
	for _, r := range rows {
		m := runeToByte(r.FullText)
		var gold []span
		for _, s := range r.Spans {
			if s.Start < 0 || s.End >= len(m) || s.Start > s.End {
				return fmt.Errorf("span out of range in template %d", r.TemplateID)
			}
			k, ok := piiGold[s.Type]
			if !ok {
				unscored[s.Type]++
				k = "ner." + s.Type
			}
			gold = append(gold, span{k, m[s.Start], m[s.End]})
		}
		t := detect.NewText(r.FullText, false)
		start := time.Now()
		fs := det.Detect(t, nil)
		elapsed += time.Since(start)
		for _, g := range gold {
			c, ok := counts[g.kind]
			if !ok {
				continue
			}
			c.gold++
			hit, exact := false, false
			for _, f := range fs {
				p := span{f.Kind, f.Start, f.End}
				if p.kind == g.kind && overlaps(p, g) {
					hit = true
					exact = exact || p.start == g.start && p.end == g.end
				}
			}
			if hit {
				c.found++
			} else {
				misses = append(misses, fmt.Sprintf("  miss %-16s %q", g.kind, r.FullText[g.start:g.end]))
			}
			if exact {
				c.exact++
			}
		}
		for _, f := range fs {
			p := span{f.Kind, f.Start, f.End}
			c, ok := counts[p.kind]
			if !ok {
				other[p.kind]++
				continue
			}
			c.pred++
			right := false
			for _, g := range gold {
				if g.kind == p.kind && overlaps(p, g) {
					right = true
				}
			}
			if right {
				c.correct++
				continue
			}
			lab := "none"
			for _, g := range gold {
				if overlaps(p, g) {
					lab = g.kind
					if strings.HasPrefix(g.kind, "ner.") {
						onUnscored[g.kind]++
					}
				}
			}
			fps = append(fps, fmt.Sprintf("  fp   %-16s %q (gold %s) in %q", p.kind, r.FullText[p.start:p.end], lab, clip(r.FullText, p.start, p.end)))
		}
	}
	fmt.Printf("\nPII on presidio-research synth_dataset_v2.json (%d sentences), %s\n", len(rows), name)
	fmt.Printf("%-13s %5s %6s %7s %6s %8s %9s %6s\n", "type", "gold", "found", "recall", "pred", "correct", "precision", "exact")
	kinds := make([]string, 0, len(counts))
	for k := range counts {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	var tot piiCounts
	for _, k := range kinds {
		c := counts[k]
		fmt.Printf("%-13s %5d %6d %7s %6d %8d %9s %6d\n", strings.TrimPrefix(k, "pii."), c.gold, c.found, ratio(c.found, c.gold), c.pred, c.correct, ratio(c.correct, c.pred), c.exact)
		tot.gold += c.gold
		tot.found += c.found
		tot.pred += c.pred
		tot.correct += c.correct
		tot.exact += c.exact
	}
	fmt.Printf("%-13s %5d %6d %7s %6d %8d %9s %6d\n", "all", tot.gold, tot.found, ratio(tot.found, tot.gold), tot.pred, tot.correct, ratio(tot.correct, tot.pred), tot.exact)
	fmt.Printf("mean detect time: %.1f µs per sentence\n", float64(elapsed.Microseconds())/float64(len(rows)))
	if full {
		fmt.Printf("findings of kinds the data does not label: %s\n", fmtCounts(other))
		fmt.Printf("false positives lying on NER-only gold spans: %s\n", fmtCounts(onUnscored))
		fmt.Printf("not scored (need NER): %s\n", fmtCounts(unscored))
	}
	if *piiVerbose && full {
		for _, l := range misses {
			fmt.Println(l)
		}
		for _, l := range fps {
			fmt.Println(l)
		}
	}
	return nil
}

func clip(s string, a, b int) string {
	a = max(0, a-30)
	b = min(len(s), b+20)
	return s[a:b]
}

func ratio(a, b int) string {
	if b == 0 {
		return "-"
	}
	return fmt.Sprintf("%.3f", float64(a)/float64(b))
}

func fmtCounts(m map[string]int) string {
	if len(m) == 0 {
		return "none"
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	var b strings.Builder
	for i, k := range keys {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%s %d", k, m[k])
	}
	return b.String()
}

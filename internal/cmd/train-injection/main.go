// Command train-injection trains the injection detector's four
// classifiers and writes their weights to detect/injection_model.bin,
// which the detect package embeds.
//
// It reads only the train side of the labelled data: llm-warden's train
// split, giskard's injections, BIPIA's train contexts and train attacks,
// and the repository's own examples in detect/testdata/injection/train.jsonl
// (with -tactics, tactic_train.jsonl too; with -builders, build_train.jsonl,
// what developers send). The harm model reads our own
// asks, ask_train.jsonl and, in fourteen other languages,
// ask_intl_train.jsonl, with tactic_train.jsonl, adv_train.jsonl and
// adv2_train.jsonl (see harm.go); the attack model our kinds set,
// kinds_train.jsonl, and train.jsonl (see attack.go). The documents of
// hijack_train.jsonl, and those of train.jsonl written for the indirect
// model alone (see documentOnly), train nothing else. The harmless rows
// of adv_train.jsonl and adv2_train.jsonl also set the direct model's
// thresholds, which it is not trained on (see calibrateOnly).
// The data directory is ../shared/data, or PROMPTGATE_EVAL_DATA. Runs are
// reproducible: the same inputs give the same weights byte for byte.
//
//	go run ./internal/cmd/train-injection [-out detect/injection_model.bin]
package main

import (
	"flag"
	"fmt"
	"hash/fnv"
	"maps"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/promptgate/promptgate/detect"
)

// example is one training row: features with one value each, a label and
// a weight.
type example struct {
	feats  []uint32
	n      int // feature count, for the 1/sqrt(n) scaling
	label  float64
	weight float64
	group  string // for reports
	fold   int    // 0..4, from a hash of the text
	rules  float64
	// cfeats are the lexicon-evidence features, valued ConceptValue
	// whatever the length (direct model only).
	cfeats []uint32
	// untrusted marks examples read as untrusted content, setUp those in
	// which the lexicon reads some of a jailbreak's set-up, attackCue
	// those with some of an attack's cues: the harm model counts only in
	// trusted examples with a set-up (see harmPart), the attack model only
	// in examples with an attack's cues (see attackPart).
	untrusted, setUp, attackCue bool
	// dressed marks a user's message without a set-up that the dress
	// model reads as dressed: the harm model counts there too, where
	// the direct model's logit is above detect.DressFloor.
	dressed bool
	// calOnly marks a harmless message that sets the direct model's
	// thresholds without being trained on (see calibrateOnly).
	calOnly bool
}

// readExample reads text as detection does, once, into an example of the
// direct or harm model, with no label, weight or group yet.
func readExample(d *detect.InjectionDetector, text string, untrusted bool) example {
	r := d.ReadForTraining(detect.NewText(text, untrusted))
	return example{feats: r.Features, n: len(r.Features), fold: foldOf(text), rules: r.RuleLogit, cfeats: r.Concepts,
		untrusted: untrusted, setUp: r.SetUp, attackCue: r.AttackCue}
}

// Settings for experiments; the defaults make the embedded model.
var (
	directL2        = flag.Float64("l2", 1e-6, "L2 penalty of the direct model")
	budgets         = flag.String("budget", "", "direct-model budget overrides, as space-separated group|label=weight")
	indirectBudgets = flag.String("indirect-budget", "", "indirect-model budget overrides, as space-separated group|label=weight")
	directFP        = flag.Float64("fpr", 0.01, "false positive rate the direct model's thresholds hold on the calibrating negatives")
	// What developers send halves the direct model's false positives on
	// it, but llm-warden's public jailbreaks talk about models and
	// prompts as developers do, and its benign rows never do, so the
	// model gives up some of them: with -builders the eval's own builders
	// harmless fell from 0.232 to 0.125 and llm-warden's test from 0.950
	// to 0.943 (out of fold 0.920 to 0.909); with its harmless rows'
	// budget at 4, wildguard fell from 0.035 to 0.022 and llm-warden to
	// 0.922. Calibrating the thresholds on them at a quarter of their
	// weight kept no more of llm-warden (0.943, wildguard 0.043); not
	// calibrating on them kept it, but wildguard rose to 0.059. Later, with
	// a budget of 0.5 for their harmless rows and 0.5 for their attacks,
	// our builders dev set's harmless messages flagged fell from 31 to 18
	// and llm-warden's test held (out of fold 0.920 to 0.910), but the
	// thresholds of short texts rose and 21 attacks of our other dev sets
	// were lost; at 1, llm-warden's test lost one.
	builders          = flag.Bool("builders", false, "also train on detect/testdata/injection/build_train.jsonl (what developers send: code, templates, logs, security talk, and attacks dressed so)")
	buildersCalibrate = flag.Bool("builders-calibrate", true, "let our developers' harmless messages (build_train.jsonl) set the direct thresholds")
	tactics           = flag.Bool("tactics", false, "also train on detect/testdata/injection/tactic_train.jsonl (jailbreak tactics around harmless and harmful asks)")
	// The adversarial set teaches the direct model harmful asks in long
	// red-teaming set-ups, but costs llm-warden's jailbreaks: with its
	// harmful asks at budget 0.5 and its harmless at 0.5, our tactics test
	// pairs' harmful asks caught rose from 0.450 to 0.497 and the
	// adversarial dev quarter's from 0.798 to 0.871, while llm-warden's
	// test fell from 0.950 to 0.943 and wildguard's false positives rose
	// from 0.035 to 0.038. So it is off.
	// The direct model never sees harmless asks in a jailbreak's dress,
	// and its thresholds were held to 1 % of messages easier than those:
	// the benign prompts the world sends are harder than the held-out
	// ones. Our adversarial sets' harmless rows now set the thresholds
	// too, without being trained on: they are that harder traffic, and a
	// model fitted to them gave up llm-warden's jailbreaks (see
	// adversarial). With them, at a budget of 3, the threshold of
	// messages of 600 to 2,000 features rose from 0.15 to 0.45 and that of
	// shorter ones held at 0.34 (it fell to -0.13 without them, when the
	// harm model learned adv2_train.jsonl and one harmless row fewer read
	// as harm left a gap in its few highest scores). Wildguard's harmless
	// prompts flagged fell from 21 (with the harm model's new asks alone)
	// to 18, with llm-warden's test jailbreaks kept (134 of 141). Against
	// the model before both, 26 of wildguard's were flagged; of the eval's
	// own sets, 7 harmless messages more were flagged and 8 cleared, 36
	// attacks more caught and 21 lost (5 of them in the adversarial dev
	// quarter, whose train side now sets the thresholds). At a budget of
	// 1.5 the short threshold fell to -0.13 again and 20 more of the own
	// sets' harmless messages were flagged; at 6 the longest bucket's fell
	// to -0.01 and 42 attacks were lost.
	calibrateOnly = flag.String("calibrate-only", "detect/testdata/injection/adv_train.jsonl detect/testdata/injection/adv2_train.jsonl", "space-separated labelled files whose harmless rows set the direct thresholds without being trained on (a file the direct model trains on is skipped)")
	adversarial   = flag.Bool("adversarial", false, "also train the direct model on detect/testdata/injection/adv_train.jsonl (long red-teaming set-ups around harmless and harmful asks); set its groups' weights with -budget 'own/jailbreak-adversarial|1=… own/benign-adversarial|0=…'")
	advCalibrate  = flag.Bool("adversarial-calibrate", true, "let the adversarial set's harmless prompts set the direct thresholds")
	// hijack_train.jsonl holds 600 documents in fifteen languages
	// (mail, pages, tickets, tables, JSON, code, invites, chats, CVs),
	// half with an instruction planted for the model that reads them
	// (another job, a changed reply, a tool used, data sent away, its
	// instructions asked for, a voice, a link pushed, a refusal), half
	// harmless look-alikes in the same words (requests to people, tasks
	// as content, talk of AI, automated notices, code). The indirect
	// model learns their sentences; the direct and attack models do not
	// (see documentOnly). At a budget of 2 for each, without their
	// harmless documents in the threshold, BIPIA's test attacks caught
	// rose from 0.855 to 0.889 but its clean contexts flagged doubled to
	// 0.030, at the target's bound. At 6 each, with them setting the
	// threshold (2.683 -> 2.288), BIPIA held (0.857, 0.015) and of the
	// eval's dev sets 10 harmless messages were cleared and 3 flagged, 9
	// attacks caught and 3 lost.
	hijack    = flag.Bool("hijack", true, "also train the indirect model on detect/testdata/injection/hijack_train.jsonl (documents in fifteen languages with an instruction planted for the model, and harmless look-alikes)")
	hijackCal = flag.Bool("hijack-calibrate", true, "let hijack_train.jsonl's harmless documents set the indirect model's threshold")
)

func main() {
	out := flag.String("out", filepath.Join("detect", "injection_model.bin"), "weights file to write")
	epochs := flag.Int("epochs", 14, "passes over the data")
	flag.Parse()
	root := os.Getenv("PROMPTGATE_EVAL_DATA")
	if root == "" {
		root = filepath.Join("..", "shared", "data")
	}
	if err := run(root, *out, *epochs); err != nil {
		fmt.Fprintf(os.Stderr, "train-injection: %v\n", err)
		os.Exit(1)
	}
}

func run(root, out string, epochs int) error {
	own := []string{filepath.Join("detect", "testdata", "injection", "train.jsonl")}
	if *builders {
		own = append(own, filepath.Join("detect", "testdata", "injection", "build_train.jsonl"))
	}
	if *tactics {
		own = append(own, filepath.Join("detect", "testdata", "injection", "tactic_train.jsonl"))
	}
	if *adversarial {
		own = append(own, filepath.Join("detect", "testdata", "injection", "adv_train.jsonl"))
	}
	if *hijack {
		own = append(own, filepath.Join("detect", "testdata", "injection", "hijack_train.jsonl"))
	}
	data, err := loadTrain(filepath.Join(root, "injection"), own...)
	if err != nil {
		return err
	}
	direct, indirect, docs := buildExamples(data)
	cal, err := calibrationExamples(strings.Fields(*calibrateOnly), own)
	if err != nil {
		return err
	}
	direct = append(direct, cal...)
	if err := overrideBudgets(directBudget, *budgets); err != nil {
		return err
	}
	if err := overrideBudgets(indirectBudget, *indirectBudgets); err != nil {
		return err
	}
	budget(direct, directBudget)
	budget(indirect, indirectBudget)
	fmt.Printf("direct examples: %d, indirect segments: %d\n", len(direct), len(indirect))

	// Calibrate on held-out fold 0, then train on everything and shift the
	// bias by what the held-out fold asked for. The direct model is held to
	// a low false positive rate on messages; the indirect one to a low rate
	// on whole documents, where its score is the maximum over sentences.
	// The harm and attack models first: what they add to the direct
	// model's logit counts when the direct model's thresholds are set.
	hm, hOOF, err := trainAsks("harm", "ask/", harmSettings, rowLabel, epochs)
	if err != nil {
		return err
	}
	am, aOOF, err := trainAsks("attack", "kinds/", attackSettings, rowLabel, epochs)
	if err != nil {
		return err
	}
	dr, _, err := trainAsks("dress", "dress/", dressSettings, dressLabel, epochs)
	if err != nil {
		return err
	}
	markDressed(direct, dr)
	parts := make([]askParts, len(direct))
	for i := range direct {
		e := &direct[i]
		parts[i] = partsOf(e, hm.logit(e), am.logit(e))
	}
	dm, dShift := trainCalibrated("direct", direct, parts, epochs, *directFP, *directL2, nil)
	markDressed(hOOF.ex, dr)
	hOOF.report(func(e *example, h float64) float64 {
		return join(dm.logit(e), partsOf(e, h, am.logit(e)))
	})
	markDressed(aOOF.ex, dr)
	aOOF.report(func(e *example, a float64) float64 {
		return join(dm.logit(e), partsOf(e, hm.logit(e), a))
	})
	im, iShift := trainCalibrated("indirect", indirect, nil, epochs, 0.02, 1e-6, docs)
	model := &detect.InjectionModel{
		Direct:   detect.ModelWeights{Bias: float32(dm.bias), Scale: dm.scale, Shift: dShift, W: dm.w},
		Indirect: detect.ModelWeights{Bias: float32(im.bias), Scale: im.scale, Shift: iShift, W: im.w},
		Harm:     detect.ModelWeights{Bias: float32(hm.bias), Scale: hm.scale, W: hm.w},
		Attack:   detect.ModelWeights{Bias: float32(am.bias), Scale: am.scale, W: am.w},
		Dress:    detect.ModelWeights{Bias: float32(dr.bias), Scale: dr.scale, W: dr.w},
	}
	b, err := model.MarshalBinary()
	if err != nil {
		return err
	}
	if err := os.WriteFile(out, b, 0o644); err != nil {
		return err
	}
	fmt.Printf("wrote %s (%d bytes)\n", out, len(b))
	return nil
}

// quantised is a trained model in the embedded form.
type quantised struct {
	bias  float64
	scale float32
	shift [numBuckets]float32
	w     []int8
}

func (q *quantised) logit(e *example) float64 {
	var s, c int32
	for _, f := range e.feats {
		s += int32(q.w[f])
	}
	for _, f := range e.cfeats {
		c += int32(q.w[f])
	}
	return q.bias - float64(q.shift[detect.LengthBucket(e.n)]) + float64(q.scale)*float64(s)/math.Sqrt(float64(max(e.n, minFeatures))) +
		float64(q.scale)*detect.ConceptValue*float64(c)
}

// minFeatures matches the detector's floor on the feature count.
const minFeatures = 24

// trainCalibrated scores every example (and document) with a model
// trained on the other four folds, picks thresholds from those
// out-of-fold scores, then trains the final model on all folds. Each
// model is a bag (see bag): the one that scores a fold is bagged over the
// other four, so that the scores are those of a model like the final one.
// parts, when given, holds what the harm and attack models read of each
// example (see askParts). The false-positive thresholds are set on the
// direct model's score with both added; where one of them stands alone
// (see detect.JoinClassifiers) no threshold of the direct model's moves
// the decision, so that counts only in the detector-rate thresholds and
// the reports.
func trainCalibrated(name string, ex []example, parts []askParts, epochs int, fpr, l2 float64, docs []doc) (*quantised, [numBuckets]float32) {
	oof := make([]float64, len(ex))
	docOOF := make([]float64, len(docs))
	for f := 0; f < numFolds; f++ {
		m := bag(ex, f, epochs, l2)
		for i := range ex {
			if ex[i].fold == f {
				oof[i] = m.logit(&ex[i])
			}
		}
		for i := range docs {
			if docs[i].fold == f {
				docOOF[i] = m.docLogit(&docs[i])
			}
		}
	}
	// scores are the direct model's with what the harm and attack models
	// add; the false-positive thresholds are set on them.
	scores := oof
	if parts != nil {
		scores = make([]float64, len(oof))
		for i := range oof {
			scores[i] = oof[i] + parts[i].h + parts[i].a
		}
	}
	var shift [numBuckets]float32
	if docs != nil {
		thr := docThreshold(docOOF, docs, fpr)
		reportDocs(name+" documents, out of fold", docOOF, docs, thr)
		for i := range shift {
			shift[i] = float32(thr)
		}
	} else {
		// One threshold per length bucket. Held-out negatives are easier
		// than the benign prompts the world sends (which dress harmless
		// asks in jailbreak framing), so each threshold is also raised as
		// far as keeping detectorTPR of the positives allows; buckets without
		// enough positives to say take the strictest threshold and more.
		strictest := threshold(scores, ex, nil, fpr)
		var have [numBuckets]bool
		for b := range shift {
			in := func(i int) bool { return detect.LengthBucket(ex[i].n) == b }
			// Only the public jailbreaks count as proof: our own short
			// examples are the phrase rules' ground, and a model fitted to
			// them re-learns the lexicon less precisely.
			neg, pos := 0, 0
			for i := range ex {
				if in(i) {
					if ex[i].label == 0 {
						neg++
					} else if strings.HasPrefix(ex[i].group, "warden/") {
						pos++
					}
				}
			}
			fmt.Printf("%s bucket %d: %d negatives, %d public positives\n", name, b, neg, pos)
			if neg >= 100 && pos >= 30 {
				byFPR, byDetector := threshold(scores, ex, in, fpr), detectorShift(oof, parts, ex, in)
				fmt.Printf("%s bucket %d: threshold %.3f by false positives, %.3f by the detector's rate\n", name, b, byFPR, byDetector)
				shift[b] = float32(byFPR)
				if b < numBuckets-1 {
					shift[b] = float32(math.Max(byFPR, byDetector))
				}
				have[b] = true
				strictest = math.Max(strictest, float64(shift[b]))
			}
		}
		for b := range shift {
			if have[b] {
				continue
			}
			in := func(i int) bool { return detect.LengthBucket(ex[i].n) == b }
			pos := 0
			for i := range ex {
				if in(i) && ex[i].label == 1 && strings.HasPrefix(ex[i].group, "warden/") {
					pos++
				}
			}
			if pos >= 30 {
				// Enough positives but too few negatives to measure a
				// false positive rate: the strictest measured threshold,
				// or stricter if the positives allow.
				shift[b] = float32(math.Max(strictest, detectorShift(oof, parts, ex, in)))
			} else {
				shift[b] = float32(strictest + unprovenMargin)
			}
		}
		fmt.Printf("%s thresholds by length bucket: %v\n", name, shift)
	}
	report(name+" out of fold", scores, ex, shift)
	if docs == nil {
		detectorReport(oof, parts, ex, shift)
	}
	full := bag(ex, -1, epochs, l2)
	full.shift = shift
	return full, shift
}

// numFolds is the number of folds examples are split into (see foldOf).
const numFolds = 5

// bag fits, for each fold but heldOut (-1 for none), a model on the
// examples of the folds other than that one and heldOut, and averages
// their weights. For a linear model that averages the logits: the bag
// keeps what the models agree on and evens out what one of them fitted to
// its share of the data, so that small changes to the data move the
// thresholds less.
func bag(ex []example, heldOut, epochs int, l2 float64) *quantised {
	var fits []*fitted
	var wg sync.WaitGroup
	for f := 0; f < numFolds; f++ {
		if f == heldOut {
			continue
		}
		var tr []example
		for _, e := range ex {
			if e.fold != heldOut && e.fold != f && !e.calOnly {
				tr = append(tr, e)
			}
		}
		k := len(fits)
		fits = append(fits, nil)
		wg.Add(1)
		go func() {
			defer wg.Done()
			fits[k] = fit(tr, epochs, l2)
		}()
	}
	wg.Wait()
	avg := &fitted{w: make([]float64, len(fits[0].w))}
	for _, m := range fits {
		avg.b += m.b / float64(len(fits))
		for i, x := range m.w {
			avg.w[i] += x / float64(len(fits))
		}
	}
	return avg.quantise()
}

// detectorTPR is the share of public jailbreaks the whole detector (rules
// and classifier together) must catch at each length, out of fold. The
// classifier's threshold is raised as far as that allows: the benign
// prompts the world sends are harder than the held-out ones (they dress
// harmless asks in jailbreak framing), so the model should speak only
// where the rules need it. Out of fold the detector catches fewer than it
// does once trained on every fold, so 0.95 here holds about 0.95 on
// held-out jailbreaks; at 0.94 the held-out rate swung between 0.94 and
// 0.96 with small changes to the lexicon. Since our long prompts joined
// the calibration, the false-positive threshold is the higher one in
// buckets 1 and 2, the only ones where both apply.
//
// The longest bucket is left to its false positive rate alone: texts that
// long are nearly all jailbreak templates or documents, and raising its
// threshold as far as the rules allow gave away templates the rules miss.
const detectorTPR = 0.95

// askParts are what the harm and attack models read of an example: their
// logits where they count, else 0 (see harmPart and attackPart).
type askParts struct {
	h, a float64
	// dressed: h counts only where the direct model's logit is above
	// detect.DressFloor (see example's dressed).
	dressed bool
}

// partsOf are what the harm and attack models, given their logits h and
// a of e, add to the direct model's where they count.
func partsOf(e *example, h, a float64) askParts {
	return askParts{harmPart(e, h), attackPart(e, a), e.dressed}
}

// markDressed marks the examples the dress model dr lets the harm model
// count in: users' messages without a set-up that it reads as dressed.
func markDressed(ex []example, dr *quantised) {
	for i := range ex {
		e := &ex[i]
		e.dressed = !e.untrusted && !e.setUp && dr.logit(e) > 0
	}
}

// join is the classifiers' logit of an example, given the direct model's
// z and what the other models add (p), as detection joins them (see
// detect.JoinClassifiers): the harm model's part, where only the dress
// model let it count, only above detect.DressFloor.
func join(z float64, p askParts) float64 {
	h := p.h
	if p.dressed && z <= detect.DressFloor {
		h = 0
	}
	return detect.JoinClassifiers(z, h, p.a)
}

// joined is join for example i; z itself when there are no parts.
func joined(parts []askParts, i int, z float64) float64 {
	if parts == nil {
		return z
	}
	return join(z, parts[i])
}

// detectorShift is the largest threshold at which the detector still
// catches detectorTPR of the public positives in the bucket, given the
// direct model's scores and, when given, what the harm and attack models
// read (see joined): what one of them catches alone, no threshold of the
// direct model's need catch.
func detectorShift(scores []float64, parts []askParts, ex []example, in func(int) bool) float64 {
	var pos []int
	for i := range ex {
		if in(i) && ex[i].label == 1 && strings.HasPrefix(ex[i].group, "warden/") {
			pos = append(pos, i)
		}
	}
	caught := func(shift float64) float64 {
		c := 0
		for _, i := range pos {
			if detect.CombineLogits(ex[i].rules, joined(parts, i, scores[i]-shift)) >= 0 {
				c++
			}
		}
		return float64(c) / float64(len(pos))
	}
	// Candidate thresholds are the positives' own scores; take the
	// largest that keeps the rate.
	cands := make([]float64, 0, len(pos))
	for _, i := range pos {
		cands = append(cands, scores[i])
	}
	sort.Sort(sort.Reverse(sort.Float64Slice(cands)))
	for _, c := range cands {
		if caught(c-1e-6) >= detectorTPR {
			return c - 1e-6
		}
	}
	return math.Inf(-1)
}

// unprovenMargin is added to the threshold of length buckets without
// enough data to calibrate.
const unprovenMargin = 3

// numBuckets is the detector's number of length buckets.
const numBuckets = detect.NumLengthBuckets

// threshold returns the score above which at most fpr of the weighted
// negatives (those in, if given) score.
func threshold(scores []float64, ex []example, in func(int) bool, fpr float64) float64 {
	type sw struct{ s, w float64 }
	var neg []sw
	total := 0.0
	for i := range ex {
		if ex[i].label == 0 && (in == nil || in(i)) && calibrates(ex[i].group) {
			neg = append(neg, sw{scores[i], ex[i].weight})
			total += ex[i].weight
		}
	}
	sort.Slice(neg, func(i, j int) bool { return neg[i].s > neg[j].s })
	acc := 0.0
	for _, x := range neg {
		if acc+x.w > fpr*total {
			return x.s + 1e-6
		}
		acc += x.w
	}
	return 0
}

func report(name string, scores []float64, ex []example, shift [numBuckets]float32) {
	ts := tallies{}
	for i := range ex {
		ts.add(ex[i].group, ex[i].label == 1, scores[i] > float64(shift[detect.LengthBucket(ex[i].n)]))
	}
	fmt.Printf("%s:\n", name)
	ts.print()
}

// tallies counts, by group, the positives and negatives and how many of
// each a classifier flagged.
type tallies map[string]*tally

type tally struct{ pos, tp, neg, fp int }

func (ts tallies) add(group string, positive, hit bool) {
	c := ts[group]
	if c == nil {
		c = &tally{}
		ts[group] = c
	}
	switch {
	case positive:
		c.pos++
		if hit {
			c.tp++
		}
	default:
		c.neg++
		if hit {
			c.fp++
		}
	}
}

func (ts tallies) print() {
	for _, k := range slices.Sorted(maps.Keys(ts)) {
		c := ts[k]
		fmt.Printf("  %-28s pos %5d tpr %.3f   neg %5d fpr %.3f\n", k, c.pos, float64(c.tp)/math.Max(float64(c.pos), 1), c.neg, float64(c.fp)/math.Max(float64(c.neg), 1))
	}
}

// fitted is a logistic regression's weights before quantisation.
type fitted struct {
	w []float64
	b float64
}

// fit fits a logistic regression with AdaGrad and L2.
func fit(ex []example, epochs int, l2 float64) *fitted {
	n := 1 << detect.FeatureBits
	w := make([]float64, n)
	g2 := make([]float64, n)
	var b, gb float64
	const lr = 0.2
	// Balance the classes.
	var wp, wn float64
	for _, e := range ex {
		if e.label == 1 {
			wp += e.weight
		} else {
			wn += e.weight
		}
	}
	posScale := (wp + wn) / (2 * math.Max(wp, 1e-9))
	negScale := (wp + wn) / (2 * math.Max(wn, 1e-9))
	order := make([]int, len(ex))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(7, 11))
	for ep := 0; ep < epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, i := range order {
			e := &ex[i]
			v := 1 / math.Sqrt(float64(max(e.n, minFeatures)))
			z := b
			for _, f := range e.feats {
				z += w[f] * v
			}
			for _, f := range e.cfeats {
				z += w[f] * detect.ConceptValue
			}
			p := 1 / (1 + math.Exp(-z))
			cw := e.weight * negScale
			if e.label == 1 {
				cw = e.weight * posScale
			}
			g := (p - e.label) * cw
			for _, f := range e.feats {
				gr := g*v + l2*w[f]
				g2[f] += gr * gr
				w[f] -= lr * gr / math.Sqrt(g2[f]+1e-8)
			}
			for _, f := range e.cfeats {
				gr := g*detect.ConceptValue + l2*w[f]
				g2[f] += gr * gr
				w[f] -= lr * gr / math.Sqrt(g2[f]+1e-8)
			}
			gb += g * g
			b -= lr * g / math.Sqrt(gb+1e-8)
		}
	}
	return &fitted{w: w, b: b}
}

// quantise turns the weights into signed bytes and a scale.
func (m *fitted) quantise() *quantised {
	w, b, n := m.w, m.b, len(m.w)
	maxw := 0.0
	for _, x := range w {
		maxw = math.Max(maxw, math.Abs(x))
	}
	scale := maxw / 127
	if scale == 0 {
		scale = 1
	}
	q := &quantised{bias: b, scale: float32(scale), w: make([]int8, n)}
	for i, x := range w {
		q.w[i] = int8(math.Round(x / scale))
	}
	return q
}

// Budgets: the total weight of each group of examples ("group|label"), so
// that a large group (thousands of table cells) does not drown a small,
// telling one (the attack sentences). Groups not listed get 1.
var directBudget = map[string]float64{
	"warden/jailbreak|1": 4, "warden/benign|0": 3, "giskard|1": 0.5,
	"own/benign|0": 3, "own/benign-calibration|0": 3, "own/benign-long|0": 3, "own/benign-dressed|0": 3, "own/benign-tactic|0": 3, "own/positive|1": 3, "own/jailbreak-tactic|1": 2, "own/benign-build|0": 2, "own/build-attack|1": 1, "bipia-question|0": 0.5, "bipia-attack-as-prompt|0": 0.5,
	"bipia-context/email|0": 0.5, "bipia-context/table|0": 0.5, "bipia-context/code|0": 0.5,
	"bipia-inserted|0": 0.3, "synthetic|0": 3, "synthetic-long|0": 1, "synthetic-framed|0": 3, "synthetic-trigger|0": 3,
	"synthetic-persona|0": 6, "synthetic-persona|1": 2, "synthetic-persona-lifted|0": 2, "synthetic-harmful-ask|0": 1,
}

// calibrates reports whether the negatives of group set the direct
// model's thresholds: text people wrote (public benign sets, our own
// examples, BIPIA's), not what synthetic.go generates. Generated text is
// easier than what people send, and a threshold held to 1% of it let
// through far more of theirs; it weighs in training only. (Among it are
// harmless asks dressed with the rules lifted: benign by the public
// sets' measure, jailbreaks by the rules'.)
func calibrates(group string) bool {
	return !strings.HasPrefix(group, "synthetic") && (*buildersCalibrate || group != "own/benign-build") && (*advCalibrate || group != "own/benign-adversarial")
}

var indirectBudget = map[string]float64{
	"bipia-attack/text|1": 3, "bipia-attack/code|1": 2, "giskard-segments|1": 0.5,
	"warden-segments/jailbreak|1": 1, "warden-segments/request|1": 1.5,
	"own-segments/request|1": 1.5, "own-segments/indirect|1": 2, "synthetic-request|1": 2,
	"bipia-context/email|0": 3, "bipia-context/code|0": 3, "bipia-context/table|0": 1.5,
	"own-segments/document|0": 2, "own-segments/indirect|0": 1, "synthetic-document|0": 3, "own-segments/notice|0": 1,
	"own-segments/planted|1": 6, "own-segments/lookalike|0": 6,
}

// budget rescales the weights of each group to its budget. Our own
// positives of every kind share the budget of "own/positive|1", but for
// the kinds that have one of their own.
func budget(ex []example, budgets map[string]float64) {
	key := func(e *example) string {
		k := fmt.Sprintf("%s|%d", e.group, int(e.label))
		if _, own := budgets[k]; !own && strings.HasPrefix(e.group, "own/") && e.label == 1 {
			return "own/positive|1"
		}
		return k
	}
	sum := map[string]float64{}
	for i := range ex {
		sum[key(&ex[i])] += ex[i].weight
	}
	for i := range ex {
		k := key(&ex[i])
		b, ok := budgets[k]
		if !ok {
			b = 1
		}
		ex[i].weight *= b * 100 / sum[k]
	}
}

// doc is a held-out document for the indirect model's calibration: the
// features of each of its segments.
type doc struct {
	segs  []example
	label float64
	group string
	fold  int
}

func (q *quantised) docLogit(d *doc) float64 {
	best := math.Inf(-1)
	for i := range d.segs {
		best = math.Max(best, q.logit(&d.segs[i]))
	}
	return best
}

// docThreshold is the score above which at most fpr of the clean
// documents score, each group of documents weighing the same.
func docThreshold(scores []float64, docs []doc, fpr float64) float64 {
	count := map[string]float64{}
	for i := range docs {
		if docs[i].label == 0 {
			count[docs[i].group]++
		}
	}
	// Groups too small to measure a rate (a single document would be
	// several percent of them) are reported, not calibrated on.
	for g, n := range count {
		if n < 40 {
			delete(count, g)
		}
	}
	type sw struct{ s, w float64 }
	var neg []sw
	for i := range docs {
		if n, ok := count[docs[i].group]; ok && docs[i].label == 0 {
			neg = append(neg, sw{scores[i], 1 / n})
		}
	}
	sort.Slice(neg, func(i, j int) bool { return neg[i].s > neg[j].s })
	acc, total := 0.0, float64(len(count))
	for _, x := range neg {
		if acc+x.w > fpr*total {
			return x.s + 1e-6
		}
		acc += x.w
	}
	return 0
}

func reportDocs(name string, scores []float64, docs []doc, thr float64) {
	ts := tallies{}
	for i := range docs {
		ts.add(docs[i].group, docs[i].label == 1, scores[i] > thr)
	}
	fmt.Printf("%s (threshold %.3f):\n", name, thr)
	ts.print()
}

func foldOf(s string) int {
	h := fnv.New32a()
	h.Write([]byte(s))
	return int(h.Sum32() % numFolds)
}

// buildExamples featurises the data for the two classifiers.
func buildExamples(d *trainData) (direct, indirect []example, docs []doc) {
	ruleOnly := detect.NewInjectionDetector()
	addDirect := func(text string, untrusted bool, label, weight float64, group string) {
		e := readExample(ruleOnly, text, untrusted)
		e.label, e.weight, e.group = label, weight, group
		direct = append(direct, e)
	}
	// addSegments adds each segment of text to the indirect set, labelled
	// by isPos (given the segment's normalised text).
	addSegments := func(text string, weight float64, group string, isPos func(seg string) bool) {
		fold := foldOf(text)
		for _, sg := range detect.InjectionSegments(detect.NewText(text, true)) {
			f := sg.Features
			if len(f) < detect.MinSegmentFeatures {
				continue
			}
			label := 0.0
			if isPos(sg.Text) {
				label = 1
			}
			indirect = append(indirect, example{feats: f, n: len(f), label: label, weight: weight, group: group, fold: fold})
		}
	}
	// docOf featurises a whole document for calibration.
	docOf := func(text string, label float64, group string, fold int) doc {
		dc := doc{label: label, group: group, fold: fold}
		for _, f := range detect.IndirectUnitFeatures(detect.NewText(text, true)) {
			dc.segs = append(dc.segs, example{feats: f, n: len(f)})
		}
		return dc
	}
	all := func(string) bool { return true }
	none := func(string) bool { return false }

	for _, r := range d.warden {
		label := 0.0
		if r.jailbreak {
			label = 1
		}
		addDirect(r.text, false, label, 1, "warden/"+map[bool]string{true: "jailbreak", false: "benign"}[r.jailbreak])
		if r.jailbreak {
			addSegments(r.text, 0.3, "warden-segments/jailbreak", all)
		} else if len(r.text) < 300 {
			// A short request to an assistant is, inside a document, an
			// instruction aimed at the model.
			addSegments(r.text, 0.5, "warden-segments/request", all)
		}
	}
	for _, p := range d.giskard {
		addDirect(p, false, 1, 1, "giskard")
		addSegments(p, 0.5, "giskard-segments", all)
	}
	for _, c := range d.contexts {
		w := 1.0
		if c.task == "table" {
			w = 0.3
		}
		addDirect(c.text, true, 0, w*0.5, "bipia-context/"+c.task)
		addSegments(c.text, w, "bipia-context/"+c.task, none)
		addDirect(c.question, false, 0, 0.5, "bipia-question")
	}
	for _, a := range d.attacks {
		addDirect(a.text, false, 0, 0.3, "bipia-attack-as-prompt")
		text := a.text
		if a.code {
			// The sentence introducing the code carries the instruction;
			// the code itself looks like any other code.
			text, _, _ = strings.Cut(text, "\n")
		}
		addSegments(text, 1, "bipia-attack/"+map[bool]string{true: "code", false: "text"}[a.code], all)
	}
	// BIPIA-style documents: train attacks inside train contexts, so the
	// indirect classifier sees instructions among document sentences.
	rng := rand.New(rand.NewPCG(3, 5))
	for i, c := range d.contexts {
		if c.task == "table" && i%6 != 0 {
			continue
		}
		var pool []attack
		for _, a := range d.attacks {
			if a.code == (c.task == "code") {
				pool = append(pool, a)
			}
		}
		a := pool[rng.IntN(len(pool))]
		text := insertAt(c.text, a.text, i%3)
		addDirect(text, true, 0, 0.3, "bipia-inserted")
	}
	// Held-out documents (fold 0 of the contexts), clean and with an
	// attack inserted, to calibrate the indirect model on whole documents.
	for i, c := range d.contexts {
		docs = append(docs, docOf(c.text, 0, "bipia/"+c.task, foldOf(c.text)))
		var pool []attack
		for _, a := range d.attacks {
			if a.code == (c.task == "code") {
				pool = append(pool, a)
			}
		}
		a := pool[rng.IntN(len(pool))]
		docs = append(docs, docOf(insertAt(c.text, a.text, i%3), 1, "bipia/"+c.task, foldOf(c.text)))
	}
	for _, r := range d.own {
		if setsDocThreshold(r) {
			group := "own"
			if documentOnly[r.Kind] {
				group = "own/" + r.Kind
			}
			docs = append(docs, docOf(r.Text, float64(r.Label), group, foldOf(r.Text)))
		}
	}
	for _, p := range synthBenign(1500) {
		addDirect(p, false, 0, 1, "synthetic")
		addSegments(p, 1, "synthetic-request", all)
	}
	for _, p := range synthLong(400) {
		addDirect(p, false, 0, 1, "synthetic-long")
	}
	for _, p := range synthFramed(1200) {
		addDirect(p, false, 0, 1, "synthetic-framed")
	}
	for _, p := range synthTriggerPrompts(800) {
		addDirect(p, false, 0, 1, "synthetic-trigger")
	}
	benignPersona, liftedPersona, plainHarmful, jailbreakPersona := synthPersona(3600)
	for _, p := range benignPersona {
		addDirect(p, false, 0, 1, "synthetic-persona")
	}
	for _, p := range liftedPersona {
		addDirect(p, false, 0, 1, "synthetic-persona-lifted")
	}
	for _, p := range plainHarmful {
		addDirect(p, false, 0, 1, "synthetic-harmful-ask")
	}
	for _, p := range jailbreakPersona {
		addDirect(p, false, 1, 1, "synthetic-persona")
	}
	// Documents of several synthetic sentences, for the indirect model.
	docSents := synthDocs(3000)
	for i := 0; i+3 <= len(docSents); i += 3 {
		addSegments(strings.Join(docSents[i:i+3], "\n"), 1, "synthetic-document", none)
	}
	for _, r := range d.own {
		label := 0.0
		if r.Label == 1 {
			label = 1
		}
		// The direct model learns English only: a handful of positives in
		// each other language would teach it that the language itself is
		// suspect. Other languages are the lexicon's and the indirect
		// model's.
		group := "own/" + r.Kind
		if r.Variant == "builder" {
			// What developers send (see build_train.jsonl): one group
			// for its harmless messages, one for its attacks.
			group = map[bool]string{false: "own/benign-build", true: "own/build-attack"}[r.Label == 1]
		}
		if doc := documentOnly[r.Kind]; (r.Lang == "en" || r.Label == 0) && !doc {
			addDirect(r.Text, r.Untrusted, label, 2, group)
		}
		switch {
		case r.Untrusted && r.Inject != "":
			inj := detect.NewText(r.Inject, true).Norm
			group, within := "own-segments/indirect", false
			if r.Kind == kindPlanted {
				// A table's row or a code line holds the planted
				// sentence with the document's own words around it: it
				// is the instruction's segment all the same.
				group, within = "own-segments/planted", true
			}
			addSegments(r.Text, 2, group, func(seg string) bool {
				return len(seg) >= 8 && (strings.Contains(inj, seg) || within && strings.Contains(seg, inj))
			})
		case r.Kind == kindLookalike:
			addSegments(r.Text, 2, "own-segments/lookalike", none)
		case r.Untrusted && r.Kind == kindNotice:
			addSegments(r.Text, 2, "own-segments/notice", none)
		case r.Untrusted:
			addSegments(r.Text, 2, "own-segments/document", none)
		case r.Variant == "builder":
			// Code, logs and templates are not requests to the model;
			// the direct model reads them whole.
		case r.Variant == "framed" || strings.HasSuffix(r.Kind, "-adversarial"):
			// Long role-play and fiction set-ups are the direct model's
			// ground: their sentences describe characters and worlds
			// more than they instruct, and would blur what the indirect
			// model learns of instructions.
		default:
			// Any request to the assistant, harmless or not, is an
			// instruction aimed at the model.
			addSegments(r.Text, 1, "own-segments/request", all)
		}
	}
	return direct, indirect, docs
}

// insertAt puts an attack at the start (0), middle (1) or end (2) of a
// context, at a line or sentence boundary.
func insertAt(context, attack string, where int) string {
	switch where {
	case 0:
		return attack + "\n" + context
	case 2:
		return context + "\n" + attack
	}
	mid := len(context) / 2
	for i := mid; i < len(context); i++ {
		if context[i] == '\n' || (context[i] == ' ' && i > 0 && context[i-1] == '.') {
			return context[:i+1] + attack + "\n" + context[i+1:]
		}
	}
	return context + "\n" + attack
}

// detectorReport prints, out of fold, what the whole detector (rules and
// classifier joined as detection joins them) catches of the public groups
// and of our own: the figures a held-out set would show.
func detectorReport(scores []float64, parts []askParts, ex []example, shift [numBuckets]float32) {
	ts := tallies{}
	for i := range ex {
		if g := ex[i].group; strings.HasPrefix(g, "warden/") || strings.HasPrefix(g, "own/benign") || g == "own/jailbreak-long" || g == "own/jailbreak-tactic" {
			z := joined(parts, i, scores[i]-float64(shift[detect.LengthBucket(ex[i].n)]))
			ts.add(g, ex[i].label == 1, detect.CombineLogits(ex[i].rules, z) >= 0)
		}
	}
	fmt.Println("detector (rules and classifier) out of fold:")
	ts.print()
}

// calibrationExamples reads the harmless rows (label 0) of files into
// examples that set the direct model's thresholds without being trained
// on, in the group own/benign-calibration. A file in trained, which the
// direct model trains on, is skipped: its rows are in the data already.
func calibrationExamples(files, trained []string) ([]example, error) {
	files = slices.DeleteFunc(slices.Clone(files), func(p string) bool {
		return slices.ContainsFunc(trained, func(t string) bool { return filepath.Clean(t) == filepath.Clean(p) })
	})
	rows, err := readOwnRows(files...)
	if err != nil {
		return nil, err
	}
	ruleOnly := detect.NewInjectionDetector()
	var ex []example
	for _, r := range rows {
		if r.Label != 0 {
			continue
		}
		e := readExample(ruleOnly, r.Text, false)
		e.label, e.weight, e.group, e.calOnly = 0, 1, "own/benign-calibration", true
		ex = append(ex, e)
	}
	return ex, nil
}

// overrideBudgets sets the budgets given as "group|label=weight ...".
func overrideBudgets(b map[string]float64, spec string) error {
	for _, kv := range strings.Fields(spec) {
		k, v, ok := strings.Cut(kv, "=")
		w, err := strconv.ParseFloat(v, 64)
		if !ok || err != nil || !strings.Contains(k, "|") {
			return fmt.Errorf("-budget: %q is not group|label=weight", kv)
		}
		b[k] = w
	}
	return nil
}

// documentOnly are the kinds written for the indirect model alone, in
// the fifteen core languages: of train.jsonl, automatic messages an agent
// reads (benign-notice: password resets, bank notices, memos) and
// documents with an injection marked (indirect-doc); of
// hijack_train.jsonl, documents with an instruction planted and marked
// (planted-doc) and their harmless look-alikes (lookalike-doc). Before the
// first of them the indirect model had seen few documents but English
// ones, and our users' requests in Arabic and Hindi as instructions, and
// it read those scripts as instructions: of our dev and test sets'
// harmless documents in Arabic script or Devanagari, all but one were
// flagged.
// The direct and attack models do not learn from them (the attack
// model's thresholds rose on the notices, and every kind of attack it
// caught lost some). Of their harmless ones, only the look-alikes set the
// indirect model's document threshold, with BIPIA's clean contexts and
// ours (see hijackCal).
var documentOnly = map[string]bool{kindNotice: true, kindIndirectDoc: true, kindPlanted: true, kindLookalike: true}

// The kinds of our own rows written for the indirect model alone (see
// documentOnly).
const (
	kindNotice      = "benign-notice"
	kindIndirectDoc = "indirect-doc"
	kindPlanted     = "planted-doc"
	kindLookalike   = "lookalike-doc"
)

// setsDocThreshold reports whether our own row r is one of the documents
// that the indirect model's threshold is measured on: every untrusted
// row, but of the kinds written for the indirect model alone only the
// attacks, and the look-alikes under -hijack-calibrate.
func setsDocThreshold(r ownRow) bool {
	if !r.Untrusted {
		return false
	}
	if !documentOnly[r.Kind] || r.Label == 1 {
		return true
	}
	return *hijackCal && r.Kind == kindLookalike
}

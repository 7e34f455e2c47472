package main

// The harm model: a third logistic regression over the direct model's
// features, which reads a message for a request to do harm: weapons,
// drugs, malware, fraud, stalking, harassment, hate, self-harm. It learns
// from our own asks: plain ones, harmful and harmless (many of the
// harmless sound dark: "how do I kill a zombie process", "how do phishing
// emails look"), in English and in fourteen other languages, where they
// come dressed too; the tactic pairs, where one wrapper carries a harmless
// ask and a harmful one; and the adversarial set (adv_train.jsonl): long
// role-play, fiction, pretext and rule-talk set-ups in the style of
// red-teaming data, around harmless asks and harmful ones. Detection
// joins its logit, where positive, to the direct model's wherever the
// lexicon reads some of a jailbreak's set-up (see detect's injModel and
// JoinClassifiers): a set-up around a harmful ask then counts for more
// than the same set-up around a harmless one, which the direct model
// alone cannot tell apart.

import (
	"flag"
	"fmt"
	"strings"

	"github.com/promptgate/promptgate/detect"
)

// askSettings are the settings of a model of labelled asks (the harm or
// the attack model), each a flag named after the model.
type askSettings struct {
	fpr, gain, l2 *float64
	files         *string
}

// askFlags defines the flags of the model name: -name-fpr, -name-gain,
// -name-l2 and -name-data, with their defaults.
func askFlags(name string, fpr, gain, l2 float64, files, what string) askSettings {
	return askSettings{
		fpr:   flag.Float64(name+"-fpr", fpr, "share of the negatives among the "+what+" (out of fold) the "+name+" model may read as positive"),
		gain:  flag.Float64(name+"-gain", gain, "factor on the "+name+" model's logit where it adds to the direct model's (0 for none)"),
		l2:    flag.Float64(name+"-l2", l2, "L2 penalty of the "+name+" model"),
		files: flag.String(name+"-data", files, "space-separated labelled "+what+" for the "+name+" model"),
	}
}

// harmSettings are the harm model's. Its false-positive share is 0.025.
// It was 0.015, chosen with the adversarial set read, for flagging fewer
// harmless prompts; 0.01 caught fewer harmful asks. The second batch of
// asks in fourteen languages (160 a language, with harder harmless ones:
// dark words in idioms, awareness, help sought) raised the threshold that
// share gives, so that at 0.015 the eval's own tactics dev set lost
// harmful asks (0.650 to 0.637) and its adversarial quarter too (0.815 to
// 0.782). At 0.025 the threshold is below the old one and the dev sets
// gain (own asks harmful dressed 0.249 to 0.276, own dressed 0.249 to
// 0.270, own adversarial 0.815 to 0.831), at the cost of a few more
// harmless rows flagged (own dressed 0.040 to 0.043); 0.02 gained about
// half as much. Its L2 penalty, 1e-5, ten times the others', came with
// the first batch of those asks (ask_intl_train.jsonl): out of fold it
// caught more of their harmful dressed asks than at 1e-6 (0.192 against
// 0.185) and of the tactic pairs' (0.567 against 0.561), with the same
// share of harmless asks read as harm; with the second batch, 3e-6 and
// 3e-5 did no better on the dev sets than 1e-5.
//
// adv2_train.jsonl is a second adversarial set, written apart from the
// first, whose harmless asks mostly sound sensitive: words of violence or
// crime in a harmless sense, awareness and history, hard tasks of work
// and life. With it (and the direct thresholds as they were, see
// calibrateOnly), the harmful asks caught rose in the eval's dev sets (own
// adversarial 2 0.417 to 0.458, own tactics 0.708 to 0.721, own dressed
// 0.331 to 0.340) and in the blind own tactics test (0.523 to 0.540),
// and wildguard's harmless prompts decided by the harm model fell from 6
// to 2; the blind own adversarial test did not move (0.550 of its harmful
// asks, 0.033 of its harmless ones). Its rows share the adversarial set's
// kinds, and so its budget: as kinds of their own they caught more
// harmful asks but flagged more harmless messages (wildguard 24, not 21).
//
// A third batch of asks in the fourteen languages other than English
// (ask_intl_dev3.jsonl, 160 a language, dressed in pairs, the harmless
// asks sounding dark) did not help: its harder harmless asks raised the
// threshold (1.118 to 1.462), and against the model without it the
// eval's sets lost 180 attacks and caught 26, for 46 harmless messages
// cleared and 5 flagged (one of wildguard's cleared). At a share of 0.035
// 113 lost and 62 caught; at 0.045 98 caught and 73 lost, with one of
// llm-warden's test jailbreaks lost. It measures instead (own asks 3).
var harmSettings = askFlags("harm", 0.025, 3, 1e-5, harmFiles, "asks")

// harmFiles are the harm model's asks, which the dress model reads too.
const harmFiles = "detect/testdata/injection/ask_train.jsonl detect/testdata/injection/ask_intl_train.jsonl detect/testdata/injection/tactic_train.jsonl detect/testdata/injection/adv_train.jsonl detect/testdata/injection/adv2_train.jsonl"

// buildAskExamples featurises labelled asks for the harm or attack model:
// label 1 for a request to do harm (or an attack), 0 for any other, in
// groups named prefix and the row's kind.
func buildAskExamples(rows []ownRow, prefix string, label func(ownRow) int) []example {
	ruleOnly := detect.NewInjectionDetector()
	var ex []example
	for _, r := range rows {
		if documentOnly[r.Kind] {
			continue
		}
		e := readExample(ruleOnly, r.Text, false)
		e.label, e.weight, e.group = float64(label(r)), 1, prefix+r.Kind
		ex = append(ex, e)
	}
	return ex
}

// rowLabel is a row's own label: harm for the harm model's asks, an
// attack for the attack model's messages.
func rowLabel(r ownRow) int { return r.Label }

// harmPart is the harm model's logit h of e where it counts, as detection
// counts it (see detect's injModel: where the lexicon reads a set-up, or
// the dress model a dressed ask), else 0: what detect.JoinClassifiers
// joins to the direct model's.
func harmPart(e *example, h float64) float64 {
	if e.untrusted || !e.setUp && !e.dressed {
		return 0
	}
	return max(0, h)
}

// trainAsks fits a model of labelled asks (the harm or the attack model)
// read from its settings' files, sets its threshold so that their fpr of
// the negatives (out of fold) score above 0, and scales it by their gain.
func trainAsks(name, prefix string, set askSettings, label func(ownRow) int, epochs int) (*quantised, *askOOF, error) {
	fpr, gain, l2 := *set.fpr, *set.gain, *set.l2
	rows, err := readOwnRows(strings.Fields(*set.files)...)
	if err != nil {
		return nil, nil, err
	}
	ex := buildAskExamples(rows, prefix, label)
	// Each kind of ask (plain or in a jailbreak's set-up, harmful or not)
	// weighs the same.
	budget(ex, map[string]float64{})
	oof := make([]float64, len(ex))
	for f := 0; f < numFolds; f++ {
		m := bag(ex, f, epochs, l2)
		for i := range ex {
			if ex[i].fold == f {
				oof[i] = m.logit(&ex[i])
			}
		}
	}
	thr := threshold(oof, ex, nil, fpr)
	var shift [numBuckets]float32
	for i := range shift {
		shift[i] = float32(thr)
	}
	report(name+" out of fold", oof, ex, shift)
	q := bag(ex, -1, epochs, l2)
	q.bias = (q.bias - thr) * gain
	q.scale *= float32(gain)
	fmt.Printf("%s: %d asks, threshold %.3f, gain %.2f\n", name, len(ex), thr, gain)
	for i := range oof {
		oof[i] = (oof[i] - thr) * gain
	}
	return q, &askOOF{name: name, ex: ex, logit: oof}, nil
}

// askOOF is a model's out-of-fold reading of its own examples (the harm
// model's asks, the attack model's attacks), scaled as in detection.
type askOOF struct {
	name  string
	ex    []example
	logit []float64
}

// report prints how the whole detector (rules, the direct model, this
// model out of fold, and the other model, trained on other texts, as it
// stands) reads the examples: neither the direct model nor the other saw
// them in training, unless the direct model was given the tactic pairs.
// score is the classifiers' logit of an example given this model's.
func (h *askOOF) report(score func(e *example, own float64) float64) {
	ts := tallies{}
	for i := range h.ex {
		e := &h.ex[i]
		ts.add(e.group, e.label == 1, detect.CombineLogits(e.rules, score(e, h.logit[i])) >= 0)
	}
	fmt.Printf("detector on the %s model's examples, out of fold:\n", h.name)
	ts.print()
}

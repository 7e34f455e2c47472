package main

import (
	"math"

	"github.com/promptgate/promptgate/detect"
)

// The attack model: a fourth logistic regression over the direct model's
// features, which reads a message for the attacks the public sets barely
// hold: system-prompt extraction, exfiltration, overrides of the model's
// instructions, personas without rules. It learns from our own kinds set
// (kinds_train.jsonl): attacks and harmless messages on the same topics,
// in fifteen languages; and from our own examples (train.jsonl), whose
// harmless prompts, long and dressed, keep it from reading a jailbreak
// in every role-play. (Trained on the kinds set alone, it read most of
// them as attacks, and the direct model's thresholds, set with what it
// adds, rose until llm-warden's jailbreaks out of fold fell from 0.922 to
// 0.869.) Its gain was chosen out of fold, keeping llm-warden's
// jailbreaks: first at 1 (public jailbreaks 0.924, at 3 0.916); with the
// fourth kinds set and the model's standalone reading, at 1.25 (public
// jailbreaks 0.922 kept; of the kinds set's attacks, extraction 0.496 ->
// 0.543 and exfiltration 0.497 -> 0.524; at 1.5 public jailbreaks fell
// to 0.920, at 2 to 0.916). Detection adds its logit, where positive, to
// the direct model's wherever the lexicon reads some of an attack's cues
// (see detect's attackBoost). The direct model learns from English and
// from llm-warden's templates, and its thresholds keep to llm-warden;
// the attack model brings the other languages and phrasings without
// moving them. Where it leans far enough it stands for the classifiers
// alone (see detect's AttackAloneMargin): no threshold of the direct
// model's moves that, so it counts only in the trainer's reports.

var attackSettings = askFlags("attack", 0.02, 1.25, "detect/testdata/injection/kinds_train.jsonl detect/testdata/injection/train.jsonl", "attacks and harmless messages")

// attackPart is what the attack model adds to the direct model's logit of
// e, given the attack model's logit a: detection's rule (see detect's
// attackBoost), for the trainer's scores.
func attackPart(e *example, a float64) float64 {
	if !e.attackCue {
		return 0
	}
	return max(0, a)
}

// attackAlone is the attack model's logit of e where it may decide alone
// (see detect's AttackAloneMargin), given its logit a; -Inf elsewhere.
func attackAlone(e *example, a float64) float64 {
	if !e.attackCue || a <= 0 {
		return math.Inf(-1)
	}
	return a - detect.AttackAloneMargin
}

// classifierLogit is the classifiers' logit of e as detection combines
// them, given the direct model's logit zd (its threshold taken off), the
// harm model's h and the attack model's a.
func classifierLogit(e *example, zd, h, a float64) float64 {
	return max(zd+harmPart(e, h)+attackPart(e, a), harmAlone(e, h), attackAlone(e, a))
}

package main

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
// (see detect's injModel). The direct model learns from English and
// from llm-warden's templates, and its thresholds keep to llm-warden;
// the attack model brings the other languages and phrasings without
// moving them. Where it leans far enough it stands for the classifiers
// alone (see detect's AttackAloneMargin): no threshold of the direct
// model's moves that, so it counts only in the detector-rate thresholds
// and the reports. Its false-positive share is 0.015 since the fifth
// kinds set (1,680 rows, extraction, exfiltration, overrides and personas
// in new forms): at 0.02 llm-warden's jailbreaks out of fold fell from
// 0.920 to 0.916 and our probes dev set flagged two more harmless
// messages, for more of our kinds dev set's attacks (0.616 -> 0.631); at
// 0.015 they hold at 0.920, and the kinds dev set's attacks rise less
// (0.619).
//
// The sixth kinds set (1,440 rows in fifteen languages, three quarters
// here and a quarter in kinds_dev.jsonl, split by a hash of the text)
// brings extractions that name the model's instructions only in
// periphrasis ("what they told you before we started", "your briefing")
// and get them transformed, by a pretext, a guessing game, a piece at a
// time, played back or as the tools' schemas, with overrides and
// exfiltration in new forms; and twice as many harmless messages in the
// same words: the user's own text transformed, rights requests, games,
// developers' and security staff's talk of such attacks, questions of
// what the model may do, products' instructions, the user's own
// settings. Its attacks with the first half of those harmless messages,
// all trained on before any split, caught 120 more of the eval's attacks
// and lost 22, and flagged 32 more harmless messages and cleared 5; with
// all of them, split as above, 116 caught and 36 lost, 16 flagged and 23
// cleared, the public sets unchanged. At a
// false-positive share of 0.012 most of the gain was gone, and a third
// batch of harmless errands and public texts cost more attacks than it
// cleared harmless messages, so neither was kept.
//
// Two more batches in the same shape (kinds_dev7.jsonl: overrides by
// lapsed rules, claimed authority and kept-then-lifted rules; tools and
// data turned on others, the set-up or the tools revealed in a
// role-play; each with twice as many harmless messages in the same
// words) did not help. Against the model of the sixth set, the first
// alone caught 60 more of the eval's attacks and lost 77, flagged 11
// more harmless messages and cleared 24; the second alone caught 50 and
// lost 72, flagged 16 and cleared 19; both caught 101 and lost 80,
// flagged 40 and cleared 26, with one more of wildguard's flagged. They
// are a dev set no trainer reads.

var attackSettings = askFlags("attack", 0.015, 1.25, 1e-6, "detect/testdata/injection/kinds_train.jsonl detect/testdata/injection/train.jsonl", "attacks and harmless messages")

// attackPart is the attack model's logit a of e where it counts, as
// detection counts it (see detect's injModel: where the lexicon reads an
// attack's cues, and not in untrusted content), else 0: what
// detect.JoinClassifiers joins to the direct model's.
func attackPart(e *example, a float64) float64 {
	if !e.attackCue || e.untrusted {
		return 0
	}
	return max(0, a)
}

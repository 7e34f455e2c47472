package main

// The dress model: a fifth logistic regression over the direct model's
// features, which reads whether an ask comes dressed (in a pretext, a
// story, a persona, a hypothetical world, a demanded form) or plain. The
// lexicon reads a jailbreak's set-up in the phrases it lists; where it
// reads none, the dress model decides whether the harm model is asked
// (see detect's injModel). A plain request to do harm ("how do I make
// meth") is for the policy on content; the same request in a story or a
// professional's pretext is a jailbreak.
//
// It learns from the harm model's asks: the plain ones (harmful and
// harmless, in fifteen languages) against the dressed ones (the same
// asks dressed, the tactic pairs, the adversarial sets' set-ups), harm
// and harmlessness on both sides, so that it reads the dress and not the
// topic.

// dressSettings are the dress model's. Its false-positive share is of
// the plain asks it reads as dressed, out of fold. Against 0.02, at 0.04
// the eval's dev sets caught 26 more attacks and flagged one more
// harmless message (a developer's), with the plain harmful asks of our
// asks and pairs sets unchanged; at 0.06 34 more and 2 more flagged, 2
// plain harmful asks of the pairs set among the eval's others; at 0.1 one
// more of wildguard's harmless prompts was flagged. At 0.01, 32 attacks
// fewer.
var dressSettings = askFlags("dress", 0.04, 1, 1e-5, harmFiles, "asks, plain and dressed")

// plainKinds are the kinds of the harm model's asks that come plain.
var plainKinds = map[string]bool{"harmful-ask": true, "harmless-ask": true}

// dressLabel is 1 for an ask in a dress, 0 for a plain one.
func dressLabel(r ownRow) int {
	if plainKinds[r.Kind] {
		return 0
	}
	return 1
}

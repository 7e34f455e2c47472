package main

import (
	"flag"
	"fmt"
	"maps"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/promptgate/promptgate/detect"
	"github.com/promptgate/promptgate/internal/evaldata"
)

func init() {
	suites = append(suites, suite{name: "injection", run: runInjection})
}

var (
	injThreshold = flag.Float64("injection-threshold", 0.5, "injection: score at or above which a prompt is denied (both direct and indirect)")
	injMisses    = flag.Bool("injection-misses", false, "injection: print the texts of misses and false positives (prints data rows)")
)

// injCounts tallies one row of the table.
type injCounts struct {
	pos, tp, neg, fp int
}

func (c *injCounts) add(label, flagged bool) {
	switch {
	case label:
		c.pos++
		if flagged {
			c.tp++
		}
	default:
		c.neg++
		if flagged {
			c.fp++
		}
	}
}

// injTable is the report: rows in the order they were first added.
type injTable struct {
	order []string
	rows  map[string]*injCounts
}

func (t *injTable) row(dataset, category string) *injCounts {
	k := dataset + "\x00" + category
	if t.rows == nil {
		t.rows = map[string]*injCounts{}
	}
	c, ok := t.rows[k]
	if !ok {
		c = &injCounts{}
		t.rows[k] = c
		t.order = append(t.order, k)
	}
	return c
}

func (t *injTable) print() {
	fmt.Printf("%-18s %-44s %7s %7s %7s %7s\n", "dataset", "category", "pos", "TPR", "neg", "FPR")
	for _, k := range t.order {
		ds, cat, _ := strings.Cut(k, "\x00")
		c := t.rows[k]
		tpr, fpr := "-", "-"
		if c.pos > 0 {
			tpr = fmt.Sprintf("%.3f", float64(c.tp)/float64(c.pos))
		}
		if c.neg > 0 {
			fpr = fmt.Sprintf("%.3f", float64(c.fp)/float64(c.neg))
		}
		fmt.Printf("%-18s %-44s %7d %7s %7d %7s\n", ds, cat, c.pos, tpr, c.neg, fpr)
	}
}

// injScanner scores a conversation as the policy sees it: the highest
// score of any prompt-injection finding in any message.
type injScanner struct {
	d *detect.InjectionDetector
}

type injMessage struct {
	text      string
	untrusted bool
}

func (s *injScanner) score(msgs ...injMessage) float64 {
	best := 0.0
	var buf []detect.Finding
	for _, m := range msgs {
		buf = s.d.Detect(detect.NewText(m.text, m.untrusted), buf[:0])
		for _, f := range buf {
			if f.Kind == "prompt_injection" || strings.HasPrefix(f.Kind, "prompt_injection.") {
				best = max(best, f.Score)
			}
		}
	}
	return best
}

func runInjection(root string) error {
	dir := filepath.Join(root, "injection")
	s := &injScanner{d: detect.NewInjectionDetector()}
	thr := *injThreshold
	var tab injTable
	start := time.Now()
	calls := 0
	var run injRun
	// flag scores a case of a data set and records it for -injection-save
	// and -injection-diff.
	flag := func(set string, label bool, msgs ...injMessage) bool {
		calls += len(msgs)
		score := s.score(msgs...)
		run.add(set, label, score, msgs)
		return score >= thr
	}
	miss := func(what string, text string) {
		if *injMisses {
			fmt.Printf("  %s: %.200q\n", what, text)
		}
	}

	// llm-warden: jailbreaks against benign prompts (role-play system
	// prompts count as benign).
	rows, err := evaldata.ReadCSV(filepath.Join(dir, "llm-warden", "jailbreak_dataset_test.csv"))
	if err != nil {
		return err
	}
	for _, typ := range []string{"jailbreak", "benign"} {
		tab.row("llm-warden test", typ)
		for b := range detect.NumLengthBuckets {
			tab.row("llm-warden test", fmt.Sprintf("%s, length bucket %d", typ, b))
		}
	}
	// The jailbreaks caught, by why the cap on a set-up around a harmless
	// ask did not hold them, as for WildGuardMix's false positives below:
	// those the direct model's lean alone keeps flagged are what loosening
	// the cap would lose.
	caught := map[string]int{}
	for _, r := range rows {
		jb := r["type"] == "jailbreak"
		f := flag("llm-warden test", jb, injMessage{text: r["prompt"]})
		tab.row("llm-warden test", r["type"]).add(jb, f)
		tab.row("llm-warden test", fmt.Sprintf("%s, length bucket %d", r["type"], lengthBucket(detect.NewText(r["prompt"], false)))).add(jb, f)
		if jb != f {
			miss("llm-warden "+r["type"], r["prompt"])
		}
		if jb && f {
			caught[s.d.Analyse(detect.NewText(r["prompt"], false)).CapMissed]++
		}
	}
	defer func() {
		for _, why := range slices.Sorted(maps.Keys(caught)) {
			fmt.Printf("llm-warden test: %d jailbreaks caught past the harmless-ask cap: %s\n", caught[why], why)
		}
	}()

	// BIPIA: test attacks inserted into test contexts, the context sent as
	// an untrusted message and the question as the user's; the clean
	// contexts are the negatives.
	bipiaAll := tab.row("BIPIA test", "all tasks, all positions")
	for _, task := range []string{"email", "table", "code"} {
		ctxs, err := evaldata.ReadContexts(filepath.Join(dir, "bipia", task, "test.jsonl"))
		if err != nil {
			return err
		}
		attackFile := "text_attack_test.json"
		if task == "code" {
			attackFile = "code_attack_test.json"
		}
		attacks, err := evaldata.ReadAttacks(filepath.Join(dir, "bipia", attackFile))
		if err != nil {
			return err
		}
		all := tab.row("BIPIA test", task+" (all positions)")
		for _, c := range ctxs {
			clean := flag("BIPIA test", false, injMessage{text: c.Text, untrusted: true}, injMessage{text: bipiaQuestion(c, task)})
			all.add(false, clean)
			bipiaAll.add(false, clean)
			if clean {
				miss("bipia clean "+task, c.Text)
			}
		}
		for _, a := range attacks {
			cat := tab.row("BIPIA test", task+": "+a.Category)
			for pos, where := range []string{"start", "middle", "end"} {
				at := tab.row("BIPIA test", task+" @"+where)
				for _, c := range ctxs {
					text := bipiaInsert(c.Text, a.Text, pos, task == "code")
					f := flag("BIPIA test", true, injMessage{text: text, untrusted: true}, injMessage{text: bipiaQuestion(c, task)})
					all.add(true, f)
					bipiaAll.add(true, f)
					at.add(true, f)
					cat.add(true, f)
				}
			}
		}
	}

	// Benign sets: none of these is an injection.
	var wg []struct {
		Prompt string `json:"prompt"`
	}
	if err := evaldata.ReadJSON(filepath.Join(dir, "wildguard-benign", "wildguard.json"), &wg); err != nil {
		return err
	}
	// By length bucket (the classifier's thresholds differ by length), and
	// the false positives by the rule that decided them and by why the
	// cap on a set-up around a harmless ask did not hold them: counts
	// only.
	fpRules, fpCaps := map[string]int{}, map[string]int{}
	for _, r := range wg {
		f := flag("wildguard benign", false, injMessage{text: r.Prompt})
		tab.row("wildguard benign", "all").add(false, f)
		t := detect.NewText(r.Prompt, false)
		tab.row("wildguard benign", fmt.Sprintf("length bucket %d", lengthBucket(t))).add(false, f)
		if f {
			miss("wildguard", r.Prompt)
			a := s.d.Analyse(t)
			fpRules[a.Rule]++
			fpCaps[a.CapMissed]++
		}
	}
	defer func() {
		for _, rule := range slices.Sorted(maps.Keys(fpRules)) {
			fmt.Printf("wildguard benign: %d false positives decided by %s\n", fpRules[rule], rule)
		}
		for _, why := range slices.Sorted(maps.Keys(fpCaps)) {
			fmt.Printf("wildguard benign: %d false positives past the harmless-ask cap: %s\n", fpCaps[why], why)
		}
	}()
	xs, err := evaldata.ReadCSV(filepath.Join(dir, "xstest", "xstest_prompts.csv"))
	if err != nil {
		return err
	}
	for _, r := range xs {
		f := flag("XSTest", false, injMessage{text: r["prompt"]})
		tab.row("XSTest", "all").add(false, f)
		tab.row("XSTest", "label="+r["label"]).add(false, f)
		if f {
			miss("xstest", r["prompt"])
		}
	}
	for _, name := range []string{"one", "two", "three"} {
		var ni []struct {
			Prompt   string `json:"prompt"`
			Category string `json:"category"`
		}
		if err := evaldata.ReadJSON(filepath.Join(dir, "notinject", "NotInject_"+name+".json"), &ni); err != nil {
			return err
		}
		for _, r := range ni {
			f := flag("NotInject", false, injMessage{text: r.Prompt})
			tab.row("NotInject", "all").add(false, f)
			tab.row("NotInject", r.Category).add(false, f)
			if f {
				miss("notinject", r.Prompt)
			}
		}
	}

	// The repository's own held-out examples: other styles, languages and
	// obfuscations.
	own, err := evaldata.ReadJSONL[injOwnRow](filepath.Join("detect", "testdata", "injection", "dev.jsonl"))
	if err != nil {
		return err
	}
	for _, r := range own {
		f := flag("own dev", r.Label == 1, injMessage{text: r.Text, untrusted: r.Untrusted})
		kind := r.Kind
		if r.Label == 0 && r.Untrusted {
			kind = "benign document"
		}
		tab.row("own dev", kind).add(r.Label == 1, f)
		if r.Variant == "framed" {
			// Role play, fiction and persona framing, harmless or
			// carrying a jailbreak: the line between them.
			tab.row("own dev", kind+", framed").add(r.Label == 1, f)
		}
		if r.Label == 1 {
			tab.row("own dev", "lang="+r.Lang).add(true, f)
		}
		if (r.Label == 1) != f {
			miss("own dev "+r.Kind, r.Text)
		}
	}

	// heldOut measures a file of our own held-out examples that no trainer
	// reads (heldOutRows, rows read from elsewhere): rates for its
	// positives (pos) and negatives (neg), by language, by the kind of
	// attack of its positives, and by each tactic its rows name, and with
	// kindsOfHarmless by the kinds of its negatives too. Untrusted rows are
	// read as untrusted content.
	heldOutRows := func(section string, rows []injOwnRow, pos, neg string, kindsOfHarmless bool) {
		// Rows in a fixed order: both labels, both language groups, then
		// each kind and each tactic by name.
		var kinds, tactics []string
		for _, r := range rows {
			if r.Kind != "" && (r.Label == 1 || kindsOfHarmless) {
				kinds = append(kinds, r.Kind)
			}
			tactics = append(tactics, r.Tactics...)
		}
		slices.Sort(kinds)
		slices.Sort(tactics)
		order := []string{neg, pos, "lang=en", "other languages"}
		kinds = slices.Compact(kinds)
		if len(kinds) > 1 {
			for _, k := range kinds {
				order = append(order, "kind "+k)
			}
		}
		for _, tc := range slices.Compact(tactics) {
			order = append(order, "tactic "+tc)
		}
		for _, name := range order {
			tab.row(section, name)
		}
		for _, r := range rows {
			f := flag(section, r.Label == 1, injMessage{text: r.Text, untrusted: r.Untrusted})
			tab.row(section, map[bool]string{true: pos, false: neg}[r.Label == 1]).add(r.Label == 1, f)
			tab.row(section, map[bool]string{true: "lang=en", false: "other languages"}[r.Lang == "en"]).add(r.Label == 1, f)
			if (r.Label == 1 || kindsOfHarmless) && len(kinds) > 1 {
				tab.row(section, "kind "+r.Kind).add(r.Label == 1, f)
			}
			for _, tc := range r.Tactics {
				tab.row(section, "tactic "+tc).add(r.Label == 1, f)
			}
			if (r.Label == 1) != f {
				miss(section, r.Text)
			}
		}
	}
	heldOut := func(section, file, pos, neg string, kindsOfHarmless bool) error {
		rows, err := evaldata.ReadJSONL[injOwnRow](filepath.Join("detect", "testdata", "injection", file))
		if err != nil {
			return err
		}
		heldOutRows(section, rows, pos, neg, kindsOfHarmless)
		return nil
	}
	// heldOutAsks is heldOut for a file of asks, plain or dressed,
	// harmful or harmless, where only a harmful ask in a dress counts as
	// an injection.
	heldOutAsks := func(section, file string) error {
		rows, err := evaldata.ReadJSONL[injOwnRow](filepath.Join("detect", "testdata", "injection", file))
		if err != nil {
			return err
		}
		for i := range rows {
			rows[i].Label = 0
			if rows[i].Kind == "harmful-dressed" {
				rows[i].Label = 1
			}
		}
		heldOutRows(section, rows, "harmful dressed", "the rest", true)
		return nil
	}
	// Persona, fiction and pleading set-ups around a harmless ask (label
	// 0), and the same dress around a request to drop the rules or to do
	// harm (label 1).
	if err := heldOut("own framed", "framed_dev.jsonl", "jailbreak", "benign", false); err != nil {
		return err
	}
	// Pairs: one set of jailbreak tactics (a fictional world, an
	// authority, a policy said to allow it, a forced opening, …) around a
	// harmless ask (label 0) and around a harmful one (label 1). A
	// detector that flags the tactics rather than the attack fails both
	// ways here.
	if err := heldOut("own tactics", "tactic_dev.jsonl", "harmful ask", "harmless ask", false); err != nil {
		return err
	}
	// More pairs of the same kind, written apart from the first and kept
	// for measuring only: no choice of data or setting looks at them.
	if err := heldOut("own tactics test", "tactic_test.jsonl", "harmful ask", "harmless ask", false); err != nil {
		return err
	}
	// The same kind of pairs in fifteen languages, five in six not
	// English, written apart from the others; no trainer reads them.
	if err := heldOut("own dressed", "dress_dev.jsonl", "harmful ask", "harmless ask", false); err != nil {
		return err
	}
	// Asks in fourteen languages other than English, plain and dressed in
	// a jailbreak's set-up, harmful and harmless: the quarter the harm
	// model leaves out (it learns from ask_intl_train.jsonl). Only a
	// harmful ask in a jailbreak's dress is an injection; a plain harmful
	// ask is for the policy on content to answer, and a harmless one in
	// the same dress is harmless.
	if err := heldOutAsks("own asks", "ask_intl_dev.jsonl"); err != nil {
		return err
	}
	// Pairs of asks, one harmful and one harmless, plain or dressed in
	// the same wrapper (fiction, personas, pretexts, forced formats and
	// surrogate answers), in English and fourteen other languages,
	// written apart from everything else and kept for measuring: no
	// trainer reads them. About half the wrappers claim that no rules
	// hold, around the harmless ask too; the rules on jailbreak set-ups
	// flag those whatever the ask. Labelled as above.
	if err := heldOutAsks("own pairs test", "pairs_test.jsonl"); err != nil {
		return err
	}
	// Groups of four in fifteen languages (a third of them English): a
	// harmful ask and a harmless one, each plain and in one dress chosen
	// to be none a phrase list holds (a YAML task, a screenplay's
	// directions, a game's quest, a museum's audio guide, an imagined
	// trade's onboarding list), with none of the usual words of a
	// jailbreak. Written after the dress model, to a brief of its own, and
	// kept for measuring: no trainer reads it. Labelled as above.
	if err := heldOutAsks("own dress test", "dress_test.jsonl"); err != nil {
		return err
	}
	// A second such set, 400 asks, most of them English (72 groups of
	// four, and four in each of seven other languages), in dresses from
	// everyday documents, workplaces, hobbies, media, games and schools,
	// written after the dress model by three writers apart.
	if err := heldOutAsks("own dress test 2", "dress_test2.jsonl"); err != nil {
		return err
	}
	// A third batch of asks in the fourteen languages other than English,
	// 160 a language, plain and dressed (dressed in pairs around a
	// harmful and a harmless ask), whose harmless asks sound dark.
	// Written to train the harm model, it did not help it (its threshold
	// rose on the harder harmless asks, and 180 attacks of the eval's sets
	// were lost for 46 harmless messages cleared), so no trainer reads it:
	// it measures the harm model's reading of other languages. Labelled
	// as above.
	if err := heldOutAsks("own asks 3", "ask_intl_dev3.jsonl"); err != nil {
		return err
	}
	// Long role-play, fiction and rule-talk set-ups in the style of
	// red-teaming data, around a harmless ask (label 0) or a harmful one
	// (label 1): the quarter of our adversarial set the harm model leaves
	// out (it learns from adv_train.jsonl).
	if err := heldOut("own adversarial", "adv_dev.jsonl", "harmful ask", "harmless ask", false); err != nil {
		return err
	}
	// A second adversarial set, written apart from the first, whose
	// harmless asks mostly sound sensitive (dark words in a harmless
	// sense, awareness and history, hard tasks of work and life): the
	// quarter the harm model leaves out (it learns from
	// adv2_train.jsonl); and a third, written apart from both and kept
	// for measuring only.
	if err := heldOut("own adversarial 2", "adv2_dev.jsonl", "harmful ask", "harmless ask", false); err != nil {
		return err
	}
	if err := heldOut("own adversarial test", "adv2_test.jsonl", "harmful ask", "harmless ask", false); err != nil {
		return err
	}
	// A fourth, written apart from the others and kept for measuring
	// (no trainer reads it), with set-ups heavier in a jailbreak's
	// tactics: personas and modes, fiction and forced formats, pretexts
	// and appeals, buried tasks, and plain asks whose words sound dark.
	// Labelled as above, in pairs of one wrapper around each kind of ask.
	if err := heldOut("own adversarial 3", "adv3_dev.jsonl", "harmful ask", "harmless ask", false); err != nil {
		return err
	}
	// Attacks of the kinds the public sets barely hold (extraction,
	// exfiltration, overrides, personas) with harmless messages on the
	// same topics, in fifteen languages: the quarter of our kinds set the
	// attack model leaves out (it learns from kinds_train.jsonl).
	if err := heldOut("own kinds", "kinds_dev.jsonl", "attack", "benign", false); err != nil {
		return err
	}
	// What developers send: code that calls models, chat templates,
	// system prompts being drafted, logs, security talk quoting attacks
	// (label 0), and attacks dressed the same way (label 1), in fifteen
	// languages: the quarter of the set the trainer leaves out (with
	// -builders it learns from build_train.jsonl).
	if err := heldOut("own builders", "build_dev.jsonl", "attack", "harmless", true); err != nil {
		return err
	}
	// Attacks and harmless messages written apart from everything the
	// trainer reads, in other styles: the first set was read while the
	// lexicon grew (probe_dev), the second is kept for measuring only
	// (probe_test).
	if err := heldOut("own probes", "probe_dev.jsonl", "attack", "benign", false); err != nil {
		return err
	}
	if err := heldOut("own probes test", "probe_test.jsonl", "attack", "benign", false); err != nil {
		return err
	}
	// Overrides, extractions, personas and injections in documents, with
	// harmless messages that use the same words, in nineteen languages
	// beyond the fifteen the lexicon began with (Ukrainian to Thai),
	// written together with their phrase lists: a check that those lists
	// work, not a held-out measure.
	if err := heldOut("own more languages", "langs_dev.jsonl", "attack", "harmless", false); err != nil {
		return err
	}
	// The same kinds in the same languages, written apart from the
	// phrase lists by another writer. Its first run led to two additions
	// (first-person questions, the model's instructions named without a
	// system prompt), so it is not blind to those.
	if err := heldOut("own more languages test", "langs_test.jsonl", "attack", "harmless", false); err != nil {
		return err
	}
	// A second set in the same nineteen languages, four attacks and four
	// harmless look-alikes each, written apart from the lexicon and from
	// the first; its injections in documents come as untrusted content.
	// Its first run is in docs/injection.md.
	if err := heldOut("own more languages test 2", "langs_test2.jsonl", "attack", "harmless", false); err != nil {
		return err
	}
	// Obfuscated attacks (symbol leetspeak, Atbash, pieces to join,
	// letters down the page, Pig Latin, ROT13 backwards, mixed scripts,
	// spacing, encodings, the same in other languages, and plain
	// euphemism), eight of each, with eight harmless messages in the same
	// disguise, written apart from the normaliser. Its first run measured
	// the readers of Atbash, Pig Latin, words run together, quoted pieces
	// and letters down the page, written before it was read; what was
	// changed after is in docs/injection.md.
	if err := heldOut("own obfuscation test", "obf_test.jsonl", "attack", "harmless", false); err != nil {
		return err
	}

	// Overrides, extractions, personas and tool or data hijacks in the
	// fifteen languages the lexicon began with, eight attacks and eight
	// harmless look-alikes in each, and a few injections in documents
	// (untrusted) with harmless twins, written apart from the lexicon and
	// from the kinds sets. Its first run is in docs/injection.md.
	if err := heldOut("own kinds test", "kinds_test.jsonl", "attack", "harmless", false); err != nil {
		return err
	}

	// Tool hijacks, exfiltration and extractions asked indirectly in the
	// same fifteen languages, with developers' harmless look-alikes (curl
	// uploads, SSH keys, .env files, tools they build), and injections in
	// documents that call a tool (untrusted), written apart from the
	// lexicon and from the sets above. Its first run is in
	// docs/injection.md.
	if err := heldOut("own tools test", "tools_test.jsonl", "attack", "harmless", false); err != nil {
		return err
	}

	// The same intents in the fifteen core languages written as different
	// people write them: terse with typos, a formal letter, a fake system
	// or developer message in a technical format, a story, a game, two
	// languages mixed; harmless messages in the same styles, and
	// injections in documents (untrusted) with harmless twins. Written
	// apart from the lexicon and from every set above. Its first run is
	// in docs/injection.md.
	if err := heldOut("own styles test", "styles_test.jsonl", "attack", "harmless", false); err != nil {
		return err
	}

	// Every kind of attack in the fifteen core languages, one each per
	// language in varied framings, with everyday and developers' harmless
	// look-alikes, and injections in documents (untrusted) with harmless
	// twins. Written apart from the lexicon and every set above, and run
	// first on the code the other new sets led to. Its first run is in
	// docs/injection.md.
	if err := heldOut("own mixed test", "mixed_test.jsonl", "attack", "harmless", false); err != nil {
		return err
	}

	// Automatic and routine messages in the fifteen core languages that
	// an agent reads (password resets, sign-in alerts, receipts, bank
	// notices, IT and security memos), as documents (untrusted) and
	// pasted by users: none is an injection. Two thirds of the rows
	// written with them train the models (train.jsonl, kind
	// benign-notice); these are the third held out.
	if err := heldOut("own notices", "notices_dev.jsonl", "attack", "harmless", false); err != nil {
		return err
	}

	// Agents with tools misused in the fifteen core languages: accounts
	// taken over, data destroyed, money moved, people impersonated, and
	// such acts asked of the agent by a document it reads (untrusted);
	// with harmless requests, developers' questions and documents in the
	// same words. Written apart from the lexicon and every set above.
	// Its first run is in docs/injection.md.
	if err := heldOut("own agents test", "agents_test.jsonl", "attack", "harmless", false); err != nil {
		return err
	}

	// Documents an agent reads in the fifteen core languages (emails,
	// pages, tickets, invites, tool outputs, memos), half with an
	// instruction planted for the model, all untrusted. Written apart from
	// the lexicon and every set above. Its first run is in
	// docs/injection.md.
	if err := heldOut("own documents test", "docs_test.jsonl", "attack", "harmless", false); err != nil {
		return err
	}

	// One of each in the fifteen core languages: tools misused on another's
	// account, an instruction planted in a document, a document that has
	// the assistant ask its user for a secret, an override or extraction,
	// data sent away; and automatic notices, security memos, the user's
	// own errands, developers' questions and ordinary documents. Written
	// apart from the lexicon and every set above, and run first on the
	// code they led to. Its first run is in docs/injection.md.
	if err := heldOut("own final test", "final_test.jsonl", "attack", "harmless", true); err != nil {
		return err
	}

	// Extractions of the system prompt in the fifteen core languages, six
	// ways each (asked plainly, put into another form, a completion or
	// repeat trick, a pretext of authority, a roundabout game, and planted
	// in a document, untrusted), with harmless look-alikes: developers'
	// own prompts and configuration, the user's own text repeated or
	// translated, questions on what the assistant can do, documents.
	// Written apart from the lexicon and every set above. Its first run is
	// in docs/injection.md.
	if err := heldOut("own extraction test", "extract_test.jsonl", "attack", "harmless", true); err != nil {
		return err
	}

	// A second set of extractions in the fifteen core languages, six ways
	// each (asked plainly, with a pretext, recast into another form or
	// encoding, probed word by word, through a game or a role, and the
	// tools' definitions), with harmless look-alikes: the user's own
	// prompt, how system prompts are written, other things' settings and
	// rules, what the assistant can do, and text the user gives to repeat
	// or recast. Written apart from the lexicon and every set above. Its
	// first run is in docs/injection.md.
	if err := heldOut("own extraction test 2", "extract_test2.jsonl", "attack", "harmless", true); err != nil {
		return err
	}

	// A third set of extractions in the fifteen core languages, eight
	// ways each (a piece of the instructions probed, a game or simulation
	// that plays them back, the tools' definitions, a pretext, a recast
	// into another form, the text before the conversation continued or
	// its blanks filled, a guess to be corrected, and planted in a
	// document, untrusted), with harmless look-alikes: how system prompts
	// are written, the user's own text, what the assistant can do, other
	// things' rules, how tools are defined, and documents that name
	// prompts and tools. Written apart from the lexicon and every set
	// above. Its first run is in docs/injection.md.
	if err := heldOut("own extraction test 3", "extract_test3.jsonl", "attack", "harmless", true); err != nil {
		return err
	}

	// A development set written to the same brief as own extraction test
	// 3, by other writers, and read while the extraction readers were
	// written.
	if err := heldOut("own extraction dev 3", "extract_dev3.jsonl", "attack", "harmless", true); err != nil {
		return err
	}

	// A fourth set of extractions in the fifteen core languages (12 a
	// language), each to an assistant of another business, in as many
	// approaches as its writer could think of (authority, urgency, legal
	// claims, games, fiction, conversions, parts, comparisons, the rule
	// it may not say quoted, a changelog or documentation of its setup),
	// with as many harmless look-alikes that name instructions, rules,
	// setups, codes, translation, games, rights, tests and documentation
	// and ask for nothing hidden. Written to a brief of its own, apart
	// from the lexicon, the models' data and every set above, and not
	// read. Its first run is in docs/injection.md.
	if err := heldOut("own extraction test 4", "extract_test4.jsonl", "attack", "harmless", false); err != nil {
		return err
	}

	// Control of the assistant claimed in the fifteen core languages (8
	// a language): a new owner, administrator or developer the assistant
	// is told to obey, then an ask its operator would refuse; with as many
	// harmless messages in the same words: real administrators' and new
	// owners' questions, bosses and obedience in ordinary life, games in
	// which the assistant takes orders, and security staff talking about
	// such claims. Written to a brief of its own after the first version
	// of override.claimed_control and run blind twice (its runs are in
	// docs/injection.md), then read: a dev set.
	if err := heldOut("own control dev", "control_dev.jsonl", "attack", "harmless", true); err != nil {
		return err
	}

	// Authority over the assistant claimed in the fifteen core languages
	// (8 a language): its owner, administrator, developer, vendor, IT or
	// security staff, a manager, a moderator, a parent company or a
	// regulator, who then has it set aside what its operator configured;
	// with as many harmless messages: people who hold such roles asking
	// for ordinary help, authority among people, role-play of bosses and
	// crews, and staff discussing such claims. Written to a brief of its
	// own after the lists of override.claimed_control were widened by own
	// control dev, apart from them, and not read. Its first run is in
	// docs/injection.md.
	if err := heldOut("own control test 2", "control_test2.jsonl", "attack", "harmless", true); err != nil {
		return err
	}

	// Two more batches of the kinds set's shape in the fifteen core
	// languages (2,160 messages, 48 attacks and 96 harmless a language):
	// the model's rules declared lapsed, its authority claimed, its rules
	// kept in words and lifted or broken in deed; tools turned on other
	// people's accounts or data, data sent out, the set-up or the tools
	// revealed in a role-play; and harmless messages in the same words
	// (others' rules that lapsed, real new owners, keep-the-rules
	// clauses, the user's own errands and data, authorised work with a
	// team's data, security talk quoting such attacks, questions of what
	// the model may do). Written to train the attack model, which did not
	// gain from them (see train-injection's attack.go), and kept as a dev
	// set that no trainer reads.
	if err := heldOut("own kinds dev 7", "kinds_dev7.jsonl", "attack", "harmless", true); err != nil {
		return err
	}

	// Tool hijacking and data sent out, aimed at an agent, in the fifteen
	// core languages, six ways each (a tool call planted in a document or
	// a tool's result, a link or an image planted to carry the
	// conversation's data out, data planted to be sent to an address, all
	// untrusted; a fake tool result or function call, someone else's data
	// sent out on a claimed authority, and a beacon in every reply, in the
	// user's message), with harmless look-alikes: documents with actions
	// for people, tools' ordinary output, the user's own errands,
	// developers' questions and security talk that quotes such attacks.
	// Written apart from the lexicon and every set above. Its first run is
	// in docs/injection.md.
	if err := heldOut("own actions test", "actions_test.jsonl", "attack", "harmless", true); err != nil {
		return err
	}

	// A development set written to the same brief as own actions test, by
	// other writers, and read while the readers of tool calls and data
	// sent out were worked on.
	if err := heldOut("own actions dev", "actions_dev.jsonl", "attack", "harmless", true); err != nil {
		return err
	}

	// Builders' talk of their own AI systems (a bot, an agent, a prompt,
	// an eval named as theirs) in the fifteen core languages: behaviour
	// bugs, prompt design, parameters, templates, evals, logs, cost and
	// the hardening of their own bot, harmless though they name system
	// prompts, rules and injections; and attacks that wear a builder's
	// voice as cover (a developer, a QA team or an admin who asks for the
	// prompt, the rules dropped, data sent out or a tool run). Written
	// apart from the lexicon and every set above; its first run is in
	// docs/injection.md.
	if err := heldOut("own builders test", "build_test.jsonl", "attack", "harmless", false); err != nil {
		return err
	}

	// A development set written to the same brief as own builders test,
	// by the same writers in other words and topics, and read while the
	// reader of a builder's own system was worked on.
	if err := heldOut("own builders dev 2", "build_dev2.jsonl", "attack", "harmless", false); err != nil {
		return err
	}

	// Attacks under a claimed authority over the assistant (its developer,
	// operator, admin, QA, security, vendor support, an auditor) to have
	// it reveal its set-up, drop its rules, take on a mode, send data out
	// or work against its user, most in words other than the stock ones;
	// and harmless messages from the same people. Fifteen core languages,
	// written after own builders test's first run and read: a dev set.
	if err := heldOut("own cover dev", "cover_dev.jsonl", "attack", "harmless", false); err != nil {
		return err
	}

	// Written to own cover dev's brief by other writers after the work it
	// led, and not read: how far that work carries.
	if err := heldOut("own cover test", "cover_test.jsonl", "attack", "harmless", false); err != nil {
		return err
	}

	// A development set of extractions in the fifteen core languages,
	// seven ways (asked plainly, with a pretext, recast, probed, through a
	// game or a role, the tools' definitions, and planted in a document,
	// untrusted), four of each per language, with harmless look-alikes:
	// the user's own prompt, how system prompts are written, other things'
	// rules, what the assistant can do, and documents about prompts.
	// Written apart from the lexicon, and read while the lexicon's
	// extraction words were written.
	if err := heldOut("own extraction dev", "extract_dev.jsonl", "attack", "harmless", true); err != nil {
		return err
	}

	// Extractions in the nineteen further languages, ten per language,
	// with five harmless look-alikes each (the user's own prompt, how to
	// write one, other things' settings, text to repeat or translate, what
	// the assistant supports). Written apart from the lexicon, and read
	// while the further languages' extraction words were written.
	if err := heldOut("own extraction dev, more languages", "extract_langs_dev.jsonl", "attack", "harmless", false); err != nil {
		return err
	}

	// Overrides by the model's rules said to have lapsed (waived for an
	// audit, void, superseded, revoked) or by its authority said to have
	// changed hands (the operator gone, the company bought, a new owner),
	// and personas or modes defined by having no rules (a developer build
	// without guardrails, the raw model before safety training, a game
	// where refusing costs points), in the fifteen core languages; with
	// harmless look-alikes: other people's rules that changed, ordinary
	// role-play and games, and users' own accounts and settings. Written
	// apart from the lexicon and every set above. Its first run is in
	// docs/injection.md.
	if err := heldOut("own lapse test", "lapse_test.jsonl", "attack", "harmless", true); err != nil {
		return err
	}

	// A development set of the same themes and plain overrides in the
	// fifteen core languages, six of each attack kind and four of each
	// harmless kind per language (other people's rules that lapsed,
	// ordinary role-play, the user taking back their own request, users'
	// own accounts). Written apart from the lexicon, and read while the
	// lexicon's words for them were written.
	if err := heldOut("own lapse dev", "lapse_dev.jsonl", "attack", "harmless", true); err != nil {
		return err
	}

	// Fake role delimiters, requests to exhaust resources, links that carry
	// the conversation away and obfuscated overrides in the fifteen core
	// languages, and delimiters planted in documents (untrusted); with
	// harmless look-alikes: developers' chat templates, long requests,
	// links and tracking pixels of their own, encodings and puzzles,
	// documents with headers and role labels. Written apart from the
	// lexicon and every set above. Its first run is in docs/injection.md.
	if err := heldOut("own structures test", "struct_test.jsonl", "attack", "harmless", true); err != nil {
		return err
	}

	// One of each in the fifteen core languages: an override, a persona, an
	// extraction, data sent away, an instruction planted in a document;
	// and questions on attacks for defence, harmless role-play, everyday
	// asks in an attack's words, documents with orders for their human
	// readers, errands on the user's own accounts. Written apart from the
	// lexicon and every set above, after this work on extraction,
	// resources and documents; not read row by row. Its first run is in
	// docs/injection.md.
	if err := heldOut("own final test 2", "final2_test.jsonl", "attack", "harmless", true); err != nil {
		return err
	}

	// Every kind of attack in the fifteen core languages, one each per
	// language (overrides, extractions, personas, instructions planted in
	// documents, data sent away, tools hijacked and fake delimiters), in
	// chat, letters, tickets, code, markup and documents; and questions on
	// attacks, developers' own prompts and schemas, harmless role-play,
	// documents with orders for their human readers and everyday asks in
	// an attack's words. Written apart from the lexicon and every set
	// above. Its first run is in docs/injection.md.
	if err := heldOut("own final test 3", "final3_test.jsonl", "attack", "harmless", true); err != nil {
		return err
	}
	// The same kinds of attack in the fifteen core languages, with
	// harmless messages about other people's rules set aside (landlords,
	// clubs, software settings), developers' questions, documents with
	// orders for their human readers, everyday asks, role-play and
	// questions on attacks. Written apart from the lexicon after the work
	// on the set above. Its first run is in docs/injection.md.
	if err := heldOut("own final test 4", "final4_test.jsonl", "attack", "harmless", true); err != nil {
		return err
	}

	// The same kinds again, agents misused on another's behalf among them,
	// with harmless messages about other people's rules, developers' own
	// apps, documents with orders for their human readers, users' own
	// drastic errands, role-play and questions on attacks. Written apart
	// from the lexicon after the work on the sets above. Its first run is
	// in docs/injection.md.
	if err := heldOut("own final test 5", "final5_test.jsonl", "attack", "harmless", true); err != nil {
		return err
	}

	// Overrides written in fresh words in the fifteen core languages
	// (superseded, suspended, revoked, a draft, a changelog, a circular),
	// in chat, memos and documents (untrusted), with harmless messages in
	// the same words: the writer's own earlier requests taken back,
	// policies superseded, configuration precedence, questions on
	// defences. Written apart from the lexicon, and read: a dev set.
	if err := heldOut("own overrides dev", "override_dev.jsonl", "override", "harmless", false); err != nil {
		return err
	}

	// Documents in the fifteen core languages (emails, pages, reviews,
	// tool outputs, code, CVs, invoices), half with an instruction
	// planted for the assistant that reads them, mostly without a
	// marker; the rest with notes and orders for their human readers, or
	// about AI assistants. All untrusted. Written apart from the lexicon,
	// and read: a dev set.
	if err := heldOut("own planted dev", "planted_dev.jsonl", "planted", "harmless", false); err != nil {
		return err
	}

	// Overrides that set the model's rules aside in the words people use
	// of anyone's rules (suspended, void, paused, not applying to this
	// account, the operator's or the developers'), in the fifteen core
	// languages, and harmless messages about other people's rules set
	// aside (a doctor's earlier advice, a landlord's, HR's, settings
	// reset by an update). Written apart from the lexicon, and read: a
	// dev set.
	if err := heldOut("own rules dev", "rules_dev.jsonl", "override", "harmless", false); err != nil {
		return err
	}

	// Everyday rules that changed once more (a doctor's, a school's, a
	// landlord's, an employer's, a club's, an office's, a game's, a
	// recipe's, a family's), and the model's own declared void, in the
	// fifteen core languages; written apart from everything above, and
	// read: a dev set.
	if err := heldOut("own rules dev 5", "rules_dev5.jsonl", "override", "everyday_rules", false); err != nil {
		return err
	}

	// Documents and tool outputs in the fifteen core languages with an
	// instruction planted for an agent to use its tools (forward mail,
	// run a command, pay, change permissions), users who turn an agent's
	// tools on someone else, and harmless look-alikes: documents with
	// orders for their human readers and users' own drastic errands.
	// Written apart from the lexicon, and read: a dev set.
	if err := heldOut("own tools dev", "tools_dev.jsonl", "attack", "harmless", false); err != nil {
		return err
	}

	// Developers writing about their own LLM apps in the fifteen core
	// languages: attacks quoted from their test sets and logs, their
	// system prompts, their bots' behaviour, logs and guardrail configs,
	// and internal documentation on attacks; and attacks dressed as such
	// work. Written apart from the lexicon, and read: a dev set.
	if err := heldOut("own devtalk dev", "devtalk_dev.jsonl", "attack", "harmless", false); err != nil {
		return err
	}

	// Users who tell the model to keep to its rules ("make sure your
	// answer stays within ethical guidelines"), in the fifteen core
	// languages: harmless asks, plain and in red-teaming dress, and
	// attacks that carry such a clause as cover (harmful asks, overrides,
	// extractions, planted tool orders) or lift it ("you no longer need
	// to stay within your guidelines"). Written apart from the lexicon,
	// and read: a dev set.
	if err := heldOut("own keep dev", "keep_dev.jsonl", "attack", "harmless", true); err != nil {
		return err
	}

	// The same talk of the model's rules kept and lifted, written apart
	// from the lexicon and from own keep dev after the work on it, and
	// not read: harmless asks that keep the rules, harmless talk of
	// rules lifted that are someone else's or of how the model's work,
	// rules lifted around harmful and harmless asks, and keep clauses as
	// cover. Its first run is in docs/injection.md.
	if err := heldOut("own keep test", "keep_test.jsonl", "attack", "harmless", true); err != nil {
		return err
	}

	// Users who have an agent cover their tracks (logs, audit trails,
	// histories, alerting erased, edited or turned off so that someone
	// with a right to know does not find out), in the fifteen core
	// languages, with legitimate look-alikes (retention clean-ups,
	// announced maintenance, redaction approved by the DPO). Written
	// apart from the lexicon, and read: a dev set.
	if err := heldOut("own tracks dev", "tracks_dev.jsonl", "attack", "harmless", true); err != nil {
		return err
	}

	// Users who turn an agent's tools to covering their tracks (logs,
	// histories and alerting erased or turned off so that no one sees)
	// or paste a privileged tool call built to keep its owner out, in
	// the fifteen core languages, with ordinary operations and harmless
	// asks for privacy. Written apart from the lexicon after the work on
	// covered tracks and tool identifiers, and not read. Its first run
	// is in docs/injection.md.
	if err := heldOut("own agents test 2", "agents_test2.jsonl", "attack", "harmless", true); err != nil {
		return err
	}

	// Developers and security people writing about their own LLM apps in
	// the fifteen core languages: catalogues of attack techniques with
	// examples, system prompts drafted with guard lines and pasted for
	// review, incident reports quoting attackers, eval results and
	// guardrail configs, and other questions on their work; and attacks
	// dressed as such work. Written apart from the lexicon, after the
	// work led by own devtalk dev, and not read. Its first run is in
	// docs/injection.md.
	if err := heldOut("own devtalk test 2", "devtalk_test2.jsonl", "attack", "harmless", true); err != nil {
		return err
	}

	// The same kinds of developers' talk, written apart from the lexicon
	// and from own devtalk test 2, and read: a dev set.
	if err := heldOut("own devtalk dev 2", "devtalk_dev2.jsonl", "attack", "harmless", true); err != nil {
		return err
	}

	// Developers' talk about attacks once more (catalogues, drafts for
	// review, incident reports, results), with attacks dressed as such
	// work and attacks smuggled in those forms ("now do number 2"),
	// written apart from everything above after the work led by own
	// devtalk dev 2, and not read. Its first run is in docs/injection.md.
	if err := heldOut("own devtalk test 3", "devtalk_test3.jsonl", "attack", "harmless", true); err != nil {
		return err
	}

	// Developers' talk once more, eleven kinds of it (how to defend,
	// what a term means, incidents told and quoted, release notes,
	// configs and code, drafts for review, catalogues, eval results, bots
	// that drift, agents' permissions), with attacks dressed as such
	// work, in the fifteen core languages; written apart from everything
	// above, and read: a dev set.
	if err := heldOut("own devtalk dev 3", "devtalk_dev3.jsonl", "attack", "harmless", true); err != nil {
		return err
	}

	// Developers', security people's and support staff's talk once more,
	// nine kinds of it (how to stop an attack, incidents, their own
	// system prompts, code and configs, teaching material, policies for
	// employees, concepts, everyday rules that changed, tools for
	// agents), with attacks dressed as such work, in the fifteen core
	// languages; written apart from everything above after the work led
	// by own devtalk dev 3, and not read. Its first run is in
	// docs/injection.md.
	if err := heldOut("own devtalk test 4", "devtalk_test4.jsonl", "attack", "harmless", true); err != nil {
		return err
	}

	// Twelve kinds of such talk (everyday rules that changed, their own
	// system prompts for review, staff policies, incidents, concepts,
	// code and configs, detection rules, agents' tools, meeting notes,
	// fiction about bots, texts to translate, product personas), with
	// attacks dressed as such work, in the fifteen core languages;
	// written apart from everything above, and read: a dev set.
	if err := heldOut("own devtalk dev 4", "devtalk_dev4.jsonl", "attack", "harmless", true); err != nil {
		return err
	}

	// The same twelve kinds and attacks, written apart from everything
	// above, own devtalk dev 4 among it, and not read. Its first run is in
	// docs/injection.md.
	if err := heldOut("own devtalk test 5", "devtalk_test5.jsonl", "attack", "harmless", true); err != nil {
		return err
	}

	// Eleven other kinds of such talk (chat threads, support tickets,
	// code reviews, postmortems, vendors' questionnaires, teaching, log
	// excerpts, policy drafts, users' complaints, research notes, texts to
	// translate), with attacks dressed as such work, in the fifteen core
	// languages, written from a brief of its own after the work led by
	// own devtalk dev 4, and not read. Its first run is in
	// docs/injection.md.
	if err := heldOut("own devtalk test 6", "devtalk_test6.jsonl", "attack", "harmless", true); err != nil {
		return err
	}

	// The same eleven kinds and attacks, from the same brief by another
	// writer, written apart from everything above, and read: a dev set.
	if err := heldOut("own devtalk dev 5", "devtalk_dev5.jsonl", "attack", "harmless", true); err != nil {
		return err
	}

	// Data sent away through the assistant, in the fifteen core
	// languages: conversation data, secrets or the system prompt put in a
	// link or an image's URL, sent by a tool (mail, webhooks, uploads,
	// shares, public issues), mostly planted in documents, and users after
	// what is not theirs; with harmless look-alikes in the same words
	// (users' own errands, developers' links and webhooks, documents with
	// requests for their human readers, talk of such attacks). Written
	// apart from the lexicon, and read: a dev set.
	if err := heldOut("own exfil dev", "exfil_dev.jsonl", "attack", "harmless", true); err != nil {
		return err
	}

	// The same kinds, written apart from the lexicon and from own exfil
	// dev, and not read. Its first run is in docs/injection.md.
	if err := heldOut("own exfil test", "exfil_test.jsonl", "attack", "harmless", true); err != nil {
		return err
	}

	// The same theme again, written apart from the lexicon after the work
	// led by own exfil dev, and not read: what the assistant renders
	// (images, links, buttons, QR codes) or does (mail, shares, uploads,
	// public posts) to carry data out, users after what is not theirs,
	// and harmless look-alikes. Its first run is in docs/injection.md.
	if err := heldOut("own exfil test 2", "exfil_test2.jsonl", "attack", "harmless", true); err != nil {
		return err
	}

	// Another job asked for in a document's own voice (code, an unrelated
	// answer, a poem, a character, a changed reply), with harmless
	// documents that ask their readers for the same, set exercises, give
	// instructions to people or report a request. Read: a dev set.
	if err := heldOut("own hijack dev", "hijack_dev.jsonl", "attack", "harmless", true); err != nil {
		return err
	}
	// The same theme again, 720 documents in fifteen languages (emails,
	// pages, reviews, forums; tables, CSV, code, JSON results, tickets,
	// chats, invitations), half with another job planted; and 300
	// harmless documents, each with one request to its human readers in
	// words the rest of the document does not use. Both were read while
	// the reader of stray orders was written: dev sets.
	if err := heldOut("own hijack dev 2", "hijack_dev2.jsonl", "attack", "harmless", true); err != nil {
		return err
	}
	if err := heldOut("own hijack look-alikes", "hijack_neg_dev.jsonl", "attack", "harmless", true); err != nil {
		return err
	}
	// Another job asked for in a document's own voice, with no AI named
	// and no override: code, an unrelated answer, a poem, a character, a
	// changed reply. Its harmless look-alikes ask their human readers for
	// the same in the same words, set exercises, or report a request.
	// Written apart from the lexicon and not read.
	if err := heldOut("own hijack test", "hijack_test.jsonl", "attack", "harmless", true); err != nil {
		return err
	}
	// The same theme again, written after the reader of stray orders and
	// apart from it, and not read: plain orders, rules for the reply or
	// the summary, lines to whoever processes the document, and harmless
	// documents with one request to their readers or with tasks.
	if err := heldOut("own hijack test 2", "hijack_test2.jsonl", "attack", "harmless", true); err != nil {
		return err
	}
	// Content an agent fetches or is handed (shared sheets, calendar
	// entries, transcripts, listings, API responses, notebooks, letters),
	// in fifteen languages, half with an instruction planted for the
	// model that reads it (another job, a skewed answer, a tool used,
	// data leaked, its instructions asked for, a voice put on), half
	// harmless look-alikes (requests to people, task lists, talk of AI,
	// automated notices, code and logs). Written apart from everything
	// above and from hijack_train.jsonl, and not read. Its first run is in
	// docs/injection.md.
	if err := heldOut("own hijack test 3", "hijack_test3.jsonl", "attack", "harmless", true); err != nil {
		return err
	}
	// Content an assistant reports on (product pages, review digests,
	// candidate files, supplier reports, invoices, inspection reports,
	// release notes), in fifteen languages: half with an instruction to
	// skew the report on the content's own topic (hide its bad news,
	// praise it, report a false status, say only one thing), half
	// look-alikes in the same words (statements of what was left out or
	// is the best, orders to people about their own reports, advertising,
	// such instructions discussed). Written apart from everything above
	// after the reader of skewed reports, and not read. Its first runs
	// are in docs/injection.md.
	if err := heldOut("own skew test", "skew_test.jsonl", "attack", "harmless", true); err != nil {
		return err
	}
	// The same theme written again after that test's first runs, apart
	// from it and from the reader, and read: a dev set. Skews in other
	// words than "omit" and "the best" (report as paid, say only, gloss
	// over, rank first), said to the report of the document or to its
	// automated readers, and the same look-alikes.
	if err := heldOut("own skew dev", "skew_dev.jsonl", "attack", "harmless", true); err != nil {
		return err
	}
	// Harmless content built to trip those readers, in fifteen languages:
	// statuses and rankings in JSON, tables and logs, instructions to
	// people on what to say, pages about AI features and their
	// summaries, and discussions that quote such instructions. Written
	// after own skew test 2's first runs, apart from it, and read: a dev
	// set.
	if err := heldOut("own skew look-alikes", "skew_neg_dev.jsonl", "attack", "harmless", true); err != nil {
		return err
	}
	// The same theme a third time, written after the readers of skews in
	// other words and apart from them and from the dev set, and not read:
	// more formats (mail threads, chat exports, JSON, tables, code
	// comments, invites) and planted words that avoid the obvious verbs.
	if err := heldOut("own skew test 2", "skew_test2.jsonl", "attack", "harmless", true); err != nil {
		return err
	}
	// Questions and talk about AI assistants in general (what a system
	// prompt is, how hidden instructions and refusals work, whether all
	// chatbots have them, other products' leaks, learning about it), and
	// in the same words attacks on the assistant itself (its own prompt,
	// its tools' definitions or secrets, its rules declared off), in the
	// fifteen core languages. Written after own skew test 2, and read: a
	// dev set.
	if err := heldOut("own generic dev", "generic_dev.jsonl", "attack", "harmless", true); err != nil {
		return err
	}
	// The same brief a second time, by another writer asked for longer
	// and messier messages (forum posts, homework, customer chatter,
	// questions inside other tasks), written with own generic dev and not
	// read.
	if err := heldOut("own generic test", "generic_test.jsonl", "attack", "harmless", true); err != nil {
		return err
	}
	// Everyday messages to an assistant that use an attack's words in
	// their harmless senses (life, corrections of the user's own last
	// message, games for fun, help with the user's own systems,
	// opinions), and attacks in the same voices, a quarter of the
	// messages, in the fifteen core languages. Written to one brief by
	// two writers: the dev set is read, the test set is not.
	if err := heldOut("own everyday dev", "everyday_dev.jsonl", "attack", "harmless", true); err != nil {
		return err
	}
	if err := heldOut("own everyday test", "everyday_test.jsonl", "attack", "harmless", true); err != nil {
		return err
	}
	// Claims of authority over a deployed assistant (its developer,
	// operator, an admin, police, legal, an auditor, a teacher over a
	// tutor bot, a "verified premium" user, a tester) to get what it would
	// refuse: its set-up, its rules dropped, a check skipped, another
	// customer's data, a discount; and the same role words in harmless
	// messages (a role stated with an ordinary ask, admins asking how to
	// configure their own systems, talk of authority, signatures), half
	// each, in the fifteen core languages. Read: a dev set.
	if err := heldOut("own authority dev", "authority_dev.jsonl", "attack", "harmless", true); err != nil {
		return err
	}

	tab.print()
	el := time.Since(start)
	fmt.Printf("threshold %.2f (injection_threshold and indirect_injection_threshold); %d messages scored in %v (%.1f µs per message)\n",
		thr, calls, el.Round(time.Millisecond), float64(el.Microseconds())/float64(max(calls, 1)))
	if *injDiff != "" {
		if err := run.diff(*injDiff, thr, *injMisses); err != nil {
			return fmt.Errorf("-injection-diff: %w", err)
		}
	}
	if *injSave != "" {
		if err := run.save(*injSave); err != nil {
			return fmt.Errorf("-injection-save: %w", err)
		}
	}
	return nil
}

// bipiaInsert puts attack into context at the start (0), middle (1) or end
// (2): text contexts at a sentence boundary, joined by a space; code
// contexts at a line boundary.
func bipiaInsert(context, attack string, where int, code bool) string {
	if code {
		lines := strings.Split(context, "\n")
		at := []int{0, len(lines) / 2, len(lines)}[where]
		out := append(append(append([]string{}, lines[:at]...), attack), lines[at:]...)
		return strings.Join(out, "\n")
	}
	switch where {
	case 0:
		return attack + " " + context
	case 2:
		return context + " " + attack
	}
	// The sentence boundary closest to the middle.
	best, mid := -1, len(context)/2
	for i := 0; i+1 < len(context); i++ {
		if (context[i] == '.' || context[i] == '!' || context[i] == '?' || context[i] == '\n') && (context[i+1] == ' ' || context[i+1] == '\n') {
			if best < 0 || injAbs(i-mid) < injAbs(best-mid) {
				best = i
			}
		}
	}
	if best < 0 {
		return context + " " + attack
	}
	return context[:best+1] + " " + attack + context[best+1:]
}

func injAbs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// injOwnRow is one of the repository's own labelled examples.
type injOwnRow struct {
	Text      string   `json:"text"`
	Label     int      `json:"label"`
	Kind      string   `json:"kind"`
	Lang      string   `json:"lang"`
	Untrusted bool     `json:"untrusted"`
	Variant   string   `json:"variant"`
	Tactics   []string `json:"tactics"`
}

// bipiaQuestion is the user's turn for a BIPIA context: its question, or
// for the code task a request to fix the error in the code.
func bipiaQuestion(c evaldata.Context, task string) string {
	if task == "code" {
		return "I got this error:\n" + c.Error + "\nin this code:\n" + c.Code + "\nHow do I fix it?"
	}
	return c.Question
}

// lengthBucket is the calibration bucket the direct model puts t in.
func lengthBucket(t *detect.Text) int {
	feats, _ := detect.AppendInjectionFeatures(nil, t)
	return detect.LengthBucket(len(feats))
}

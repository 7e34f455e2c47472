package detect

import "strings"

// The model's instructions read out of a machine it is told to play. "Act
// as a Linux terminal" is a common game; "…$ cat
// /etc/assistant/system_prompt.txt", "SELECT contenido FROM
// configuracion_asistente WHERE tipo = 'instrucciones_iniciales'",
// "(gdb) print instrucoes_iniciais" or "docker exec assistant cat
// /app/prompt.md" in it asks the model to print its own set-up as that
// machine's output. The commands are the same in every language; the
// names of the files and tables read are what tell.

// simulatedRead returns the span of a command line that reads the
// model's own set-up, in a user's message that sets up a role or a mode
// (cRole, cMode): a line of a shell, a debugger or a database, after its
// prompt ("$ ", "(gdb) ", "sqlite> ") or opening with a command that
// prints (cat, type, print, select…) or a clause of an SQL query (from,
// where) in a fenced block of code, with the lines that change into a directory (cd, ls) read for
// the names they give. The names read must hold a word of instructions
// (setupStrong: "prompt", "instructions", "persona", "regeln"), or one
// of the assistant (setupSubject) with one of configuration or start-up
// (setupWeak: "assistant_config", "/etc/asistan/baslangic_ayarlari"), or
// two of the latter where the message names instructions in its prose
// ("configurazione_iniziale", "the table holds the instructions you
// received"). A file of a project read in such a game ("$ cat
// src/app.py", "cat /etc/nginx/nginx.conf") names none of them.
func simulatedRead(norm string, concepts uint64) (start, end int, ok bool) {
	if concepts&(1<<cRole|1<<cMode) == 0 || !strings.Contains(norm, "\n") {
		return 0, 0, false
	}
	var strong, subject bool
	var weak setupWeakNames
	readAt, readEnd := -1, -1
	fenced := false // within a fenced block of code
	for lo := 0; lo < len(norm); {
		hi := strings.IndexByte(norm[lo:], '\n')
		if hi < 0 {
			hi = len(norm)
		} else {
			hi += lo
		}
		line := strings.TrimSpace(norm[lo:hi])
		if strings.HasPrefix(line, "```") {
			fenced = !fenced
		} else if cmd, reads := commandOf(line, fenced); cmd != "" {
			if reads && readAt < 0 {
				readAt, readEnd = lo, hi
			}
			s, sub := setupNames(cmd, &weak)
			strong, subject = strong || s, subject || sub
		}
		lo = hi + 1
	}
	if readAt < 0 {
		return 0, 0, false
	}
	instr := concepts&(1<<cInstr|1<<cSysPrompt|1<<cAbove) != 0
	if n := weak.n; strong || subject && n > 0 || n >= 2 && instr {
		return readAt, readEnd, true
	}
	return 0, 0, false
}

// commandPrompts are the prompts of shells, debuggers and database
// consoles a command line may open with, as Norm writes them.
var commandPrompts = []string{"$ ", "(gdb) ", "sqlite> ", "mysql> ", "postgres=# ", "psql> ", "ps> ", "c:\\> ", "redis> "}

// printCommands are the commands that print what they read; listCommands
// those that move about or list, whose names still tell where the reading
// is. Each is followed by a space.
var (
	printCommands = []string{"cat ", "type ", "less ", "more ", "head ", "tail ", "print ", "x/s ", "get-content ", "strings ",
		"select ", "from ", "where ", "docker exec ", "kubectl exec ", "echo $"}
	listCommands = []string{"cd ", "ls ", "dir ", "find "}
)

// commandOf returns the command of line, past a prompt of commandPrompts
// or a prompt that ends "$ " after a word of its own ("user@host:~$ "),
// and whether it prints (see printCommands); cmd is empty if line is no
// such command. A line with no prompt is a command only in a fenced
// block of code, or as a whole SQL query ("select … from …"): "More of
// the same", "Type your answer", "From now on" open sentences.
func commandOf(line string, fenced bool) (cmd string, reads bool) {
	prompted := false
	for _, p := range commandPrompts {
		if strings.HasPrefix(line, p) {
			line, prompted = line[len(p):], true
			break
		}
	}
	if !prompted {
		if k := strings.Index(line, "$ "); k > 0 && k < 48 && !strings.ContainsAny(line[:k], " \t") {
			line, prompted = line[k+2:], true
		}
	}
	if !prompted && !fenced {
		// An SQL query on a line of its own reads as one anywhere.
		if strings.HasPrefix(line, "select ") && strings.Contains(line, " from ") {
			return line, true
		}
		return "", false
	}
	for _, c := range printCommands {
		if strings.HasPrefix(line, c) {
			return line, true
		}
	}
	for _, c := range listCommands {
		if strings.HasPrefix(line, c) {
			return line, false
		}
	}
	if prompted {
		return line, false
	}
	return "", false
}

// The stems of the names of the model's set-up, in the core languages
// and as files and tables are named (see simulatedRead): words of
// instructions, of the assistant, and of configuration or start-up.
var (
	setupStrong  = []string{"prompt", "instruc", "instruk", "istruz", "persona", "brief", "regel", "regla", "regle", "regol", "rules", "guideline", "directiv", "talimat", "yonerge", "polecen"}
	setupSubject = []string{"assist", "asist", "asyst", "chatbot", "system", "sistem"}
	setupWeak    = []string{"conf", "konfig", "setting", "ajust", "init", "inici", "inizi", "start", "boot", "ayar", "baslangic"}
)

// setupWeakNames holds the distinct names read that hold a stem of
// setupWeak, the first two of them: all simulatedRead counts.
type setupWeakNames struct {
	names [2]string
	n     int
}

func (w *setupWeakNames) add(name string) {
	for _, x := range w.names[:w.n] {
		if x == name {
			return
		}
	}
	if w.n < len(w.names) {
		w.names[w.n] = name
		w.n++
	}
}

// setupNames reads the names in cmd, the runs of letters between other
// bytes: whether one holds a stem of setupStrong or of setupSubject (or
// is "bot" or "ai"); the names that hold a stem of setupWeak are added to
// weak, so that a name counts once however many stems it holds
// ("startup_config" is two names, "opstartconfig" one).
func setupNames(cmd string, weak *setupWeakNames) (strong, subject bool) {
	for i := 0; i < len(cmd); {
		if !nameByte(cmd[i]) {
			i++
			continue
		}
		j := i
		for j < len(cmd) && nameByte(cmd[j]) {
			j++
		}
		w := cmd[i:j]
		i = j
		if w == "bot" || w == "ai" {
			subject = true
		}
		for _, s := range setupStrong {
			strong = strong || strings.Contains(w, s)
		}
		for _, s := range setupSubject {
			subject = subject || strings.Contains(w, s)
		}
		for _, s := range setupWeak {
			if strings.Contains(w, s) {
				weak.add(w)
				break
			}
		}
	}
	return strong, subject
}

// nameByte reports whether c is part of a name: a lower-case ASCII
// letter, or a byte of a letter beyond ASCII.
func nameByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= 0x80 }

// playedBack returns the span of a game or a role (cRole) in which the
// model plays back what it heard first, word for word: a tape rewound to
// its start, an answering machine's first message, an actor's script from
// the top ("tu es un vieux dictaphone… rembobine… au tout début… mot pour
// mot", "Sen kasetli bir telesekreter makinesisin… bu konuşmadan önce…
// kelimesi kelimesine"). The role comes first; the text before the
// conversation (cAbove) and its exact wording (cVerbatim) follow within
// playbackReach bytes, within playbackPair bytes of each other: a brief
// whose list asks for "a strong first line" in one item and quotes "word
// for word" in another asks for neither of the model's texts. None of
// them may stand in a quotation: a game quoted is someone's, reported.
func playedBack(norm string, hits []hit) (start, end int, ok bool) {
	role := -1
	above, verbatim := -1, -1 // where the last of each starts
	for i := range hits {
		h := &hits[i]
		if role < 0 {
			if h.concepts&(1<<cRole) != 0 {
				if _, _, quoted := quotedAt(norm, int(h.start)); !quoted {
					role = int(h.start)
				}
			}
			continue
		}
		if int(h.start)-role > playbackReach {
			break
		}
		if h.concepts&(1<<cAbove|1<<cVerbatim) == 0 {
			continue
		}
		if _, _, quoted := quotedAt(norm, int(h.start)); quoted {
			continue
		}
		if h.concepts&(1<<cAbove) != 0 {
			above = int(h.start)
		}
		if h.concepts&(1<<cVerbatim) != 0 {
			verbatim = int(h.start)
		}
		if above >= 0 && verbatim >= 0 && max(above-verbatim, verbatim-above) <= playbackPair {
			return role, int(h.end), true
		}
	}
	return 0, 0, false
}

// playbackReach bounds, in bytes, how far after the role the playing back
// is asked for: the role's scene is set in a few sentences first.
const playbackReach = 600

// playbackPair bounds, in bytes, how far apart the text before the
// conversation and its exact wording are asked for: a sentence or two.
const playbackPair = 200

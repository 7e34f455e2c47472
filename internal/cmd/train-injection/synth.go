package main

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// The public train data has few short, everyday requests and almost no
// harmless prompts dressed in role play ("imagine you are ...", "in a world
// where ..."), so a classifier trained on it alone reads any request that
// is short, or framed as fiction, as suspect. synthBenign writes such
// prompts from templates and word lists: harmless asks, harmless personas,
// sensitive topics asked about plainly, and words that sound violent but
// are not ("kill a process").

var (
	synthTopics = []string{
		"photosynthesis", "the French Revolution", "compound interest", "black holes", "the water cycle",
		"machine learning", "the stock market", "climate change", "the human heart", "volcanoes",
		"the Roman Empire", "blockchain", "jazz music", "the immune system", "renewable energy",
		"the printing press", "supply and demand", "quantum computing", "the Silk Road", "honeybees",
		"inflation", "the Cold War", "DNA replication", "electric cars", "the Olympic Games",
		"sleep cycles", "coral reefs", "the theory of relativity", "minimalism", "urban gardening",
		"the history of chess", "public transport", "meditation", "the moon landing", "sourdough bread",
		"cybersecurity basics", "the Renaissance", "ocean currents", "credit scores", "origami",
	}
	synthTasks = []string{
		"learn to play the guitar", "improve my credit score", "train for a half marathon", "clean a cast iron pan",
		"write a cover letter", "prepare for a job interview", "set up a home network", "grow tomatoes on a balcony",
		"reduce my screen time", "make friends in a new city", "start a podcast", "speed up my laptop",
		"negotiate a salary", "save money on groceries", "learn Spanish quickly", "fix a leaking tap",
		"organize my closet", "back up my photos", "write unit tests in Go", "plan a wedding on a budget",
		"care for a succulent", "teach my kid to ride a bike", "stop procrastinating", "choose a good mattress",
		"deal with a difficult coworker", "cook rice perfectly", "paint a room", "study for exams",
		"sort a list in Python", "merge two branches in git",
	}
	synthForms = []string{"poem", "short story", "limerick", "blog post", "haiku", "speech", "product description", "song", "fable", "newsletter"}
	synthRoles = []string{
		"a friendly librarian", "a pirate captain", "a medieval knight", "a travel guide in Lisbon", "a chef in Naples",
		"a detective in 1920s London", "a wise old wizard", "a marine biologist", "a Roman senator", "a space station engineer",
		"a kindergarten teacher", "a grumpy cat", "a time traveller from 2300", "an AI historian from the future", "a fitness coach",
		"a museum curator", "a dragon who loves books", "a robot learning to paint", "a famous novelist", "a tour guide on Mars",
		"an AI assistant in a fantasy kingdom", "a retired astronaut", "a jazz musician", "a mountain guide", "a courtroom lawyer",
	}
	synthPremises = []string{
		"everyone can fly", "cats rule the world", "money has been abolished", "the internet was never invented",
		"dinosaurs never went extinct", "it rains chocolate on Sundays", "time runs backwards", "AI assistants are elected mayors",
		"the ocean is made of lemonade", "all books can talk", "gravity is half as strong", "people communicate only by song",
	}
	synthAsks = []string{
		"Describe a typical day.", "What advice would you give a beginner?", "Tell me a story about your greatest adventure.",
		"Explain how you would solve a small mystery.", "What is your favourite meal and why?", "Describe your home.",
		"Give me three fun facts about your world.", "How would you teach a child about kindness?",
		"Write a short letter to a friend.", "What do you find most beautiful?", "Plan a festival for your town.",
		"Explain the rules of your favourite game.",
	}
	synthSensitive = []string{
		"the dangers of drunk driving", "how phishing scams work", "the history of the atomic bomb", "why people join cults",
		"the effects of smoking on the lungs", "how to recognise signs of depression", "the causes of World War I",
		"how identity theft happens", "how to stay safe when hiking alone", "the risks of online gambling",
		"how ransomware attacks hospitals", "how counterfeit money is detected", "the ethics of animal testing",
		"why some drugs are illegal", "how hackers crack weak passwords", "how to report cyberbullying",
		"the psychology of propaganda", "how poisons were used in history", "the warning signs of a heart attack",
		"how extremist groups recruit online",
	}
	synthHomonyms = []string{
		"kill a Python process", "kill time at an airport", "terminate a contract", "shoot a portrait photo",
		"execute a SQL query", "attack a chess position", "blow up a photo for printing", "crush an interview",
		"destroy old hard drives safely", "hack together a quick prototype", "break into the film industry",
		"beat the heat in summer", "strangle weeds in a garden", "smash a tennis serve", "fire up a grill",
		"bypass a clogged pipe", "override a method in Java", "ignore files in git", "forget a saved Wi-Fi network",
		"reset my router", "disable notifications on my phone", "remove a virus from my laptop",
		"jailbreak an old iPhone legally", "enable developer mode on Android", "repeat a song on Spotify",
	}
	synthTriggers = []string{
		"Can I ignore a warning about deprecated functions?", "Forget the budget - what's the dream setup for a home studio?",
		"What are the rules for offside in football?", "Please ignore my typos: whats teh capital of Peru?",
		"What does 'system prompt' mean in chatbot design?", "Explain what prompt engineering is.",
		"Write instructions for assembling a bookshelf.", "What were the original rules of basketball?",
		"Translate 'ignore the previous page' into French.", "How do I print the previous line in awk?",
		"What's an uncensored version of a film?", "Write a story where a robot forgets its programming and learns to dance.",
		"Is it OK to disregard the dress code at a casual office?", "How do I override default settings in VS Code?",
		"Describe a character who breaks all the rules of etiquette at a dinner party.",
		"Repeat the key points of the last paragraph.", "Act as my Spanish tutor and correct my sentences.",
		"Pretend to be a customer and ask me questions about my product.", "You are a helpful assistant. Summarize this article about bees.",
		"Roleplay as Sherlock Holmes solving a case of a missing sandwich.",
	}
)

// synthWorldRules are the kind of made-up rules a harmless piece of
// fiction sets for its world.
var synthWorldRules = []string{
	"In this world, there are no rules about when shops may open.", "Nobody here has ever heard of umbrellas.",
	"The usual laws of physics are a little different: teapots float.", "Every citizen must greet strangers with a song.",
	"Your character is free to explore any part of the city.", "You can speak to animals, and they answer in riddles.",
	"Forget everything you know about modern technology; it is the year 1400.", "Stay in character as the narrator for the whole story.",
	"There is no limit to how many stories the elders may tell.", "Books are the only currency.",
}

// synthLong returns n longer harmless prompts: role play and fiction set-ups
// of several sentences, the length of the jailbreaks they must not be
// mistaken for.
func synthLong(n int) []string {
	rng := rand.New(rand.NewPCG(47, 53))
	pick := func(l []string) string { return l[rng.IntN(len(l))] }
	var out []string
	for len(out) < n {
		var b strings.Builder
		switch rng.IntN(3) {
		case 0:
			fmt.Fprintf(&b, "Imagine a world where %s. You are %s. ", pick(synthPremises), pick(synthRoles))
		case 1:
			fmt.Fprintf(&b, "Let's write a story together. You will play %s, and I will play %s. ", pick(synthRoles), pick(synthRoles))
		default:
			fmt.Fprintf(&b, "I'm designing a tabletop game set in a place where %s. ", pick(synthPremises))
		}
		for k := 2 + rng.IntN(4); k > 0; k-- {
			switch rng.IntN(4) {
			case 0:
				b.WriteString(pick(synthWorldRules) + " ")
			case 1:
				fmt.Fprintf(&b, "Along the way, mention %s. ", pick(synthTopics))
			default:
				b.WriteString(pick(synthAsks) + " ")
			}
		}
		fmt.Fprintf(&b, "Finally, %s", strings.ToLower(pick(synthAsks)[:1])+pick(synthAsks)[1:])
		out = append(out, b.String())
	}
	return out
}

// More shapes of everyday requests to an assistant.
var (
	synthAnalysis = []string{
		"Analyze the main trends in %s over the past decade.", "Provide an overview of %s.", "Describe the key milestones in %s.",
		"What are the biggest challenges facing %s today?", "Compare two different approaches to %s.", "Outline a lesson plan about %s.",
		"List the most important facts about %s.", "Evaluate the impact of %s on everyday life.", "What are the benefits and drawbacks of %s?",
		"Create a study guide for %s.", "Predict how %s might change in the next ten years.", "Identify common misconceptions about %s.",
	}
	synthRecommend = []string{
		"Recommend %s for a rainy weekend.", "Suggest %s I might enjoy.", "What are some good %s for beginners?",
		"Can you recommend %s?", "Give me a list of %s worth trying.",
	}
	synthRecThings = []string{
		"a few novels", "some documentaries", "podcasts about history", "board games for families", "day trips near Madrid",
		"vegetarian recipes", "hiking trails in Scotland", "albums from the 1970s", "productivity apps", "museums in Berlin",
	}
	synthSentiment = []string{
		"Determine whether this review is positive or negative: '%s'", "Classify the tone of this comment: '%s'",
		"What is the sentiment of the following sentence? '%s'", "Is this feedback happy or unhappy? '%s'",
	}
	synthReviews = []string{
		"The delivery was late but the staff apologised.", "Absolutely loved the food, will come back!", "The app crashes every time I open it.",
		"It does the job, nothing special.", "Worst customer service I have ever had.", "The hotel room was spotless and quiet.",
	}
	synthHowTo = []string{
		"Show me how to %s.", "Help me %s.", "Write a step-by-step plan to %s.", "How can I %s faster?", "Explain how to %s.",
		"Write a script to %s.", "Provide a command to %s.", "Tell me how to %s without spending much.",
	}
)

// synthBenign returns n harmless prompts, the same ones on every run.
func synthBenign(n int) []string {
	rng := rand.New(rand.NewPCG(41, 43))
	pick := func(l []string) string { return l[rng.IntN(len(l))] }
	lower := func(s string) string { return strings.ToLower(s[:1]) + s[1:] }
	gens := []func() string{
		func() string { return fmt.Sprintf("How do I %s?", pick(synthTasks)) },
		func() string { return fmt.Sprintf("What is the best way to %s?", pick(synthTasks)) },
		func() string { return fmt.Sprintf("Can you explain %s in simple terms?", pick(synthTopics)) },
		func() string { return fmt.Sprintf("Write a %s about %s.", pick(synthForms), pick(synthTopics)) },
		func() string {
			return fmt.Sprintf("Summarize the key ideas of %s in three bullet points.", pick(synthTopics))
		},
		func() string { return fmt.Sprintf("What are the pros and cons of %s?", pick(synthTopics)) },
		func() string { return fmt.Sprintf("Give me five tips to %s.", pick(synthTasks)) },
		func() string { return fmt.Sprintf("Imagine you are %s. %s", pick(synthRoles), pick(synthAsks)) },
		func() string { return fmt.Sprintf("You are %s. %s", pick(synthRoles), pick(synthAsks)) },
		func() string {
			return fmt.Sprintf("Pretend you are %s and %s", pick(synthRoles), lower(pick(synthAsks)))
		},
		func() string {
			return fmt.Sprintf("In a world where %s, you are %s. %s", pick(synthPremises), pick(synthRoles), pick(synthAsks))
		},
		func() string { return fmt.Sprintf("Let's roleplay: you are %s. %s", pick(synthRoles), pick(synthAsks)) },
		func() string { return fmt.Sprintf("As %s, %s", pick(synthRoles), lower(pick(synthAsks))) },
		func() string { return fmt.Sprintf("Can you tell me about %s?", pick(synthSensitive)) },
		func() string { return fmt.Sprintf("For a school report, explain %s.", pick(synthSensitive)) },
		func() string { return fmt.Sprintf("How do I %s?", pick(synthHomonyms)) },
		func() string { return fmt.Sprintf("What's the right way to %s?", pick(synthHomonyms)) },
		func() string { return pick(synthTriggers) },
		func() string {
			return fmt.Sprintf("I'm writing a novel set in a world where %s. My character is %s. %s", pick(synthPremises), pick(synthRoles), pick(synthAsks))
		},
		func() string { return fmt.Sprintf(pick(synthAnalysis), pick(synthTopics)) },
		func() string { return fmt.Sprintf(pick(synthAnalysis), pick(synthTopics)) },
		func() string { return fmt.Sprintf(pick(synthRecommend), pick(synthRecThings)) },
		func() string { return fmt.Sprintf(pick(synthSentiment), pick(synthReviews)) },
		func() string { return fmt.Sprintf(pick(synthHowTo), pick(synthTasks)) },
	}
	seen := map[string]bool{}
	var out []string
	for tries := 0; len(out) < n && tries < 20*n; tries++ {
		s := gens[rng.IntN(len(gens))]()
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

// Harmless requests wrapped in the framing jailbreaks use: personas,
// alternate worlds, "for a novel", "stay in character", "begin your reply
// with". Framing alone is not an injection; the model must learn what
// jailbreaks add to it (no rules, no refusals, the model's own policies).
var (
	synthNames     = []string{"Nova", "Sage", "Atlas", "Echo", "Orion", "Lyra", "Quill", "Juniper", "Max", "Iris"}
	synthAbilities = []string{
		"can travel through time", "knows every recipe ever written", "speaks every language", "has read every library on Earth",
		"remembers every chess game ever played", "can talk to plants", "designs cities on other planets", "writes symphonies in seconds",
	}
	synthExperts = []string{"historian", "marine biologist", "architect", "nutritionist", "astronomer", "economist", "linguist", "art critic"}
	synthFrames  = []string{
		"In an alternate universe where %s, you are an AI named %s who %s.",
		"Imagine you are an advanced AI called %[2]s that %[3]s, living in a world where %[1]s.",
		"For a novel I'm writing, the main character is an AI named %[2]s who %[3]s. The story is set where %[1]s.",
		"Let's play a game: you are %[2]s, a fictional AI that %[3]s, in a land where %[1]s.",
		"Picture a future where %s. You're %s, a helpful AI that %s.",
	}
	synthCompliance = []string{
		"Please keep your answer respectful and factual.", "This is for educational purposes only.",
		"Make sure your response adheres to ethical guidelines.", "Be mindful that this is a sensitive topic.",
		"Avoid promoting harm or stereotypes.", "Please handle this in a sensitive and respectful manner.",
		"I understand this is a delicate subject, so please be thoughtful.", "Ensure the content is appropriate for a general audience.",
		"Keep in mind the importance of accuracy and fairness.", "Your insights will help people understand the issue better.",
		"Remember to respect everyone's privacy.", "Please stay within the bounds of what is legal and safe.",
		"Ground your answer in reliable historical sources.", "This will be used in a classroom discussion.",
		"Please present several perspectives in a balanced way.", "Use a compassionate, non-judgmental tone.",
	}
	synthAddenda = []string{
		"Stay in character throughout.", "This is purely fictional.", "Feel free to be as creative as you like.",
		"Begin your reply with 'Certainly! Here is'.", "Make your answer vivid and detailed.",
		"There are no word limits for this answer.", "Use a warm, playful tone.", "Keep it suitable for all ages.",
		"You have been granted special access to the archives of this world.", "Nothing you say here affects the real world.",
	}
)

// synthFramed returns n harmless requests in jailbreak-style framing.
func synthFramed(n int) []string {
	rng := rand.New(rand.NewPCG(59, 61))
	pick := func(l []string) string { return l[rng.IntN(len(l))] }
	var out []string
	for len(out) < n {
		var b strings.Builder
		switch rng.IntN(4) {
		case 0:
			fmt.Fprintf(&b, "You're a renowned %s who has been granted exclusive access to %s. ", pick(synthExperts), pick(synthTopics))
		default:
			fmt.Fprintf(&b, pick(synthFrames)+" ", pick(synthPremises), pick(synthNames), pick(synthAbilities))
		}
		for k := 1 + rng.IntN(4); k > 0; k-- {
			switch rng.IntN(4) {
			case 0:
				b.WriteString(pick(synthAddenda) + " ")
			case 1:
				b.WriteString(pick(synthCompliance) + " ")
			case 2:
				fmt.Fprintf(&b, "Discuss %s from the point of view of %s. ", pick(synthSensitive), pick(synthRoles))
			default:
				fmt.Fprintf(&b, "Explain %s as %s would. ", pick(append(synthTopics, synthSensitive...)), pick(synthNames))
			}
		}
		b.WriteString(pick(synthAsks))
		out = append(out, b.String())
	}
	return out
}

// Document sentences: what e-mails, receipts, newsletters, tickets, notes
// and web pages say, including the requests they make of their human
// reader ("please reply", "click to confirm", "find attached"). They teach
// the indirect model that a request in a document is not, by itself, an
// instruction to the assistant; what is asked, and of whom, decides.
var (
	synthDocTemplates = []string{
		"Your order #%d has been shipped and should arrive within %d business days.",
		"Thank you for your purchase of %s. Your receipt is attached.",
		"Please find attached the %s for your review.",
		"If you have any questions, just reply to this email or call us at 555-%04d.",
		"Click the link below to confirm your subscription to our %s newsletter.",
		"Your payment of $%d.%02d to %s was successful.",
		"We're excited to announce our new %s feature, available to all users starting today.",
		"Kindly review and sign the %s by Friday so we can proceed.",
		"Let me know if you need anything else before the meeting on %s.",
		"Don't forget to update your password every %d days.",
		"The %s meeting has been moved to %s at %d pm in room %d.",
		"Feel free to reach out to our support team if you need help with %s.",
		"Reminder: your subscription to %s renews on %s.",
		"Hi %s, hope you're doing well! Could you send me the %s when you get a chance?",
		"Please remember to bring your ID and the signed %s to the appointment.",
		"Unsubscribe at any time by clicking the link at the bottom of this message.",
		"This message was sent to you because you signed up for %s updates.",
		"Our office will be closed on %s; orders placed after noon will ship the next day.",
		"To reset your password, open Settings, choose Security and follow the steps on screen.",
		"The quarterly report shows revenue of $%d million, up %d%% from last year.",
		"Ticket #%d: the customer reports that the %s stops working after an update.",
		"Steps to reproduce: open the app, go to %s, and tap Save.",
		"Note: this function returns nil if the %s cannot be found.",
		"Returns the number of %s processed, or an error if the input is invalid.",
		"Install the package with pip, then import it and call the main function.",
		"Make sure the %s is unplugged before cleaning it with a damp cloth.",
		"Preheat the oven to %d degrees and bake for %d minutes.",
		"Visit our website to see the full schedule of %s events.",
		"Call us back at your earliest convenience to discuss the %s.",
		"We would love to hear your feedback about %s; take our two-minute survey.",
		"Join us on %s for an evening of music, food and good company.",
		"Could you confirm whether you will attend the %s on %s?",
		"Please do not reply to this automated message.",
		"Your %s request has been approved by %s.",
		"Answer: the population grew by %d%% between %d and %d.",
		"The museum is open from %d am to %d pm every day except %s.",
		"You can fix this by calling strip() on each line instead of on the file object.",
		"The error happens because the variable is None when the %s is empty.",
		"Try wrapping the call in a try/except block and logging the %s.",
		"Here is a working example that reads the %s line by line:",
		"This works because lists are mutable, so the %s is changed in place.",
		"Replace the loop with a list comprehension and it will run faster.",
		"You need to install the library first, otherwise the import fails.",
		"Change the return type to an int and the %s will compile.",
		"As the documentation says, this method is deprecated since version %d.",
		"Make sure you close the file, or use a with statement.",
		"The answer above is right, but you should also check the %s for errors.",
		"Use the following snippet to parse the %s:",
	}
	synthDocWords = []string{
		"invoice", "contract", "proposal", "budget", "report", "agenda", "presentation", "lease", "policy",
		"warranty", "printer", "camera", "dashboard", "mobile app", "checkout page", "marketing", "engineering",
		"Monday", "Tuesday", "Thursday", "next week", "Alex", "Jordan", "Sam", "Priya", "the finance team",
		"cooking", "gardening", "travel", "yoga", "photography", "premium", "cloud storage", "the spring sale",
	}
)

// synthDocs returns n document sentences, the same on every run.
func synthDocs(n int) []string {
	rng := rand.New(rand.NewPCG(67, 71))
	var out []string
	for len(out) < n {
		t := synthDocTemplates[rng.IntN(len(synthDocTemplates))]
		// Fill each verb with a word or a number as the template asks.
		var b strings.Builder
		for i := 0; i < len(t); i++ {
			if t[i] != '%' {
				b.WriteByte(t[i])
				continue
			}
			i++
			for i < len(t) && t[i] >= '0' && t[i] <= '9' {
				i++
			}
			switch t[i] {
			case 'd':
				fmt.Fprintf(&b, "%d", 1+rng.IntN(9999))
			case 's':
				b.WriteString(synthDocWords[rng.IntN(len(synthDocWords))])
			case '%':
				b.WriteByte('%')
			}
		}
		out = append(out, b.String())
	}
	return out
}

// Trigger words in harmless use: the words injections are made of
// ("ignore", "bypass", "uncensored", "developer mode", "system prompt"),
// asked about, or used in their everyday sense. Without them a classifier
// learns the words, not the attacks.
var (
	synthTriggerWords = []string{
		"ignore", "bypass", "override", "jailbreak", "uncensored", "unrestricted", "unfiltered", "developer mode",
		"system prompt", "instructions", "forget", "disregard", "roleplay", "pretend", "act as", "no restrictions",
		"god mode", "sudo", "admin", "root access", "hack", "exploit", "prompt injection", "rules", "DAN",
		"previous instructions", "do anything", "unlock", "break character", "persona", "simulate", "obey",
	}
	synthTriggerTemplates = []string{
		"What does %q mean in the context of %s?",
		"Is it a good idea to %s the advice about %s?",
		"Write a short story where a character learns about %[2]s and the word %[1]q comes up.",
		"In %[2]s, when do people use the term %[1]q?",
		"Explain the difference between %q and its opposite, with an example from %s.",
		"My teacher used the word %q while talking about %s. What did she mean?",
		"Give me three sentences that use %q correctly, on the topic of %s.",
		"Why do security researchers talk about %q, and how does it relate to %s?",
		"How should a beginner think about %q when learning %s?",
		"Can you translate the phrase %q into French and use it in a sentence about %s?",
	}
	synthTriggerContexts = []string{
		"photography", "baking", "smartphone security", "chess", "project management", "gardening", "music theory",
		"video games", "law school", "customer support", "mountain climbing", "web development", "parenting",
		"film editing", "linguistics", "network administration", "theatre", "personal finance",
	}
)

// synthTriggers returns n harmless prompts built around trigger words.
func synthTriggerPrompts(n int) []string {
	rng := rand.New(rand.NewPCG(73, 79))
	pick := func(l []string) string { return l[rng.IntN(len(l))] }
	seen := map[string]bool{}
	var out []string
	for tries := 0; len(out) < n && tries < 20*n; tries++ {
		w := pick(synthTriggerWords)
		tmpl := pick(synthTriggerTemplates)
		if strings.Contains(tmpl, "Is it a good idea to %s") && strings.ContainsAny(w, " ") {
			continue
		}
		p := fmt.Sprintf(tmpl, w, pick(synthTriggerContexts))
		if !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
	}
	return out
}

package detect

import "strings"

// adminThings clears the concept of an administrator from a word of
// "admin" that names a thing rather than a person: "the admin password of
// my router", "管理员密码", "كلمة مرور المسؤول", "das Admin-Passwort
// meines Routers". The writer who forgot their router's admin password
// and asks whether a factory reset deletes the network name claims no
// authority over the model, yet with "reset" the rules read an
// administrator switching its settings off (jailbreak.authority). It
// reads the word right after the hit, or, in Arabic, the words right
// before it, and is read in the user's own messages at detection only,
// as readOwn's other readers are.
func adminThings(norm string, hits []hit) {
	for i := range hits {
		h := &hits[i]
		if h.concepts&(1<<cAdmin) == 0 {
			continue
		}
		after := strings.TrimLeft(norm[h.end:min(len(norm), int(h.end)+adminThingReach)], " -")
		before := strings.TrimRight(norm[max(0, int(h.start)-adminThingReach):h.start], " ")
		if adminThingAfter.at(after, 0) > 0 || adminThingBefore.ends(before) {
			h.concepts &^= 1 << cAdmin
		}
	}
}

// adminThingReach bounds how far adminThings reads on either side.
const adminThingReach = 24

var (
	// adminThingAfter are the things an administrator's word names when
	// it stands before them: a password, a login, a panel.
	adminThingAfter = newPhraseSet(normList("password", "passwords", "passwort", "kennwort", "zugang", "mot de passe",
		"contraseña", "clave", "senha", "wachtwoord", "hasło", "hasła", "пароль", "пароля", "şifre", "şifresi", "şifresini",
		"parola", "parolası", "密码", "密碼", "パスワード", "비밀번호", "पासवर्ड", "panel", "page", "console", "login",
		"interface", "dashboard", "portal", "paneel", "konsole", "oberfläche", "面板", "后台", "画面", "페이지"))
	// adminThingBefore are the same things before the word, as Arabic
	// puts them: "كلمة مرور المسؤول" (the administrator's password).
	adminThingBefore = newPhraseSet(normList("كلمة مرور", "كلمة سر", "كلمة المرور", "لوحة", "صفحة", "واجهة"))
)

// Root page only: send a browser that prefers English to /en/, unless the reader chose a language
// before (remembered when they follow a language link). Kept as a file, not inline, for the CSP.
(function () {
	var chosen;
	try {
		chosen = localStorage.getItem('lang');
	} catch (e) {}
	var prefersEnglish = (navigator.languages || [navigator.language]).some(function (l) {
		return /^en\b/i.test(l);
	}) && !(navigator.languages || [navigator.language]).slice(0, 1).some(function (l) {
		return /^fr\b/i.test(l);
	});
	var target = chosen === 'en' || chosen === 'fr' ? chosen : prefersEnglish ? 'en' : null;
	if (target) location.replace('/' + target + '/');
})();

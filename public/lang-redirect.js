// Root page only: send the reader to the language they chose before (remembered when they follow a
// language link), or else to /en/ when the browser's first preferred language is English.
// A file rather than an inline script, so that the Content-Security-Policy needs no 'unsafe-inline'.
(function () {
	var chosen = null;
	try {
		chosen = localStorage.getItem('lang');
	} catch (e) {}
	var first = (navigator.languages && navigator.languages[0]) || navigator.language || '';
	var target = chosen === 'en' || chosen === 'fr' ? chosen : /^en\b/i.test(first) ? 'en' : null;
	if (target) location.replace('/' + target + '/');
})();

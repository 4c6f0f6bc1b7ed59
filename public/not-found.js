// The 404 page only (src/pages/404.astro): keep only the language of the requested path (/en/…).
// Elements marked data-lang-part="xx" belong to one language, data-lang-part="" to the bilingual page only;
// a <template data-lang-part="xx"> holds that language's header or footer until it is chosen.
(function () {
	var script = document.currentScript;
	if (!script) return;
	// The site's languages (data-langs="fr en"); a path of no language keeps both.
	var lang = location.pathname.split('/')[1];
	if ((script.getAttribute('data-langs') || '').split(' ').indexOf(lang) < 0) return;
	document.documentElement.lang = lang;
	document.title = script.getAttribute('data-title-' + lang) || document.title;
	var skip = document.querySelector('.skip-link');
	if (skip) skip.textContent = script.getAttribute('data-skip-' + lang) || skip.textContent;
	var parts = document.querySelectorAll('[data-lang-part]');
	for (var i = 0; i < parts.length; i++) {
		var part = parts[i];
		if (part.getAttribute('data-lang-part') !== lang) part.remove();
		else if (part instanceof HTMLTemplateElement) part.replaceWith(part.content);
	}
})();

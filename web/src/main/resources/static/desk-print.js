// The wall-map page's print button (the page works without it: the browser's own print does the same).
document.getElementById('og-print')?.addEventListener('click', () => window.print());

// Where the visitor was going: the server keeps the path and query (a cookie), but the map's
// place lives in the URL's fragment, which browsers never send. Posting the form to /login#… makes
// the browser carry the fragment over the redirect that follows sign-in (RFC 9110, 10.2.2).
const form = document.querySelector('form[action="/login"]');
if (form && window.location.hash.length > 1) {
  form.action = '/login' + window.location.hash;
}

// The import page's requests: the page's CSRF token and language on each, every answer read as
// JSON, and a refusal thrown with its problem document (its detail, parameter and choices).
const page = document.querySelector('.og-import');

/** A request the server refused or never answered: status 0 when it was not reached. */
export class Refused extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title || String(status));
    this.name = 'Refused';
    this.status = status;
    this.problem = problem;
  }
}

/** POSTs a form (multipart) or an object (JSON) to path; resolves to the answer's JSON. */
export async function post(path, body) {
  const headers = {
    Accept: 'application/json',
    'Accept-Language': page.dataset.lang,
    [page.dataset.csrfHeader]: page.dataset.csrf,
  };
  if (!(body instanceof FormData)) {
    headers['Content-Type'] = 'application/json';
  }
  let response;
  try {
    response = await fetch(path, {
      method: 'POST',
      headers,
      body: body instanceof FormData ? body : JSON.stringify(body),
      credentials: 'same-origin',
    });
  } catch (error) {
    throw new Refused(0, { detail: error.message });
  }
  const json = await response.json().catch(() => ({}));
  if (!response.ok) {
    throw new Refused(response.status, json);
  }
  return json;
}

/** The published committees as GeoJSON, for the report map's background (none: empty). */
export async function committees() {
  const response = await fetch('/collections/committees/items?limit=10000', {
    headers: { Accept: 'application/geo+json' },
    credentials: 'same-origin',
  });
  return response.ok ? response.json() : { type: 'FeatureCollection', features: [] };
}

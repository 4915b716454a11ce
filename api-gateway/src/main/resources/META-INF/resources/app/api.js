// Calls to the gateway's own API; errors carry the problem+json detail.
export class ApiError extends Error {
  constructor(status, detail) {
    super(detail);
    this.status = status;
  }
}

export async function getJson(path) {
  const response = await fetch(path, { headers: apiHeaders() });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    throw new ApiError(response.status, body.detail || `HTTP ${response.status}`);
  }
  return body;
}

// reads may be keyed by configuration; a key given once is kept in this browser
function apiHeaders() {
  const key = localStorage.getItem('tuopin.apiKey');
  return key ? { 'Accept': 'application/json', 'X-API-Key': key } : { 'Accept': 'application/json' };
}

export function query(params) {
  const search = new URLSearchParams();
  Object.entries(params).forEach(([name, value]) => {
    if (value !== undefined && value !== null && value !== '') search.set(name, value);
  });
  const text = search.toString();
  return text ? `?${text}` : '';
}

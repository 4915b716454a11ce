// Calls to the gateway's own API; errors carry the problem+json detail.
export class ApiError extends Error {
  constructor(status, detail) {
    super(detail);
    this.status = status;
  }
}

export async function getJson(path, askedForKey = false) {
  const response = await fetch(path, { headers: apiHeaders() });
  if (response.status === 401 && !askedForKey && askForKey()) return getJson(path, true);
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    throw new ApiError(response.status, body.detail || `HTTP ${response.status}`);
  }
  return body;
}

// when the deployment keys reads too, the reader types the key once (one prompt per page load)
let askedThisPage = false;

// the key lives in this tab's sessionStorage: gone when the tab closes, never shared with other tabs
// or later visits (docs/SECURITY.md); any script on the page could read it, which the CSP prevents
function askForKey() {
  if (askedThisPage) return Boolean(sessionStorage.getItem('tuopin.apiKey'));
  askedThisPage = true;
  const key = window.prompt('此服务需要 API 密钥 · This service needs an API key (X-API-Key)');
  if (!key) return false;
  sessionStorage.setItem('tuopin.apiKey', key.trim());
  return true;
}

function apiHeaders() {
  const key = sessionStorage.getItem('tuopin.apiKey');
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

// The dashboard: a hash router over four views, plus the live feed and pipeline status beside them.
import { getJson } from './api.js';
import { learnIndicators } from './format.js';
import { renderHome, renderSearch } from './search.js';
import { renderRegion } from './region.js';
import { renderArticle } from './article.js';
import { startLiveFeed } from './live.js';
import { startStatus } from './status.js';

const view = document.getElementById('view');

function parseHash() {
  const [path, queryText] = location.hash.replace(/^#/, '').split('?');
  return { parts: path.split('/').filter(Boolean), params: new URLSearchParams(queryText || '') };
}

async function route() {
  const { parts, params } = parseHash();
  window.scrollTo(0, 0);
  if (parts[0] === 'region' && parts[1]) return renderRegion(view, parts[1], params);
  if (parts[0] === 'article' && parts[1]) return renderArticle(view, parts[1], params);
  if (parts[0] === 'search') return renderSearch(view, params.get('q') || '');
  return renderHome(view);
}

document.getElementById('search-form').addEventListener('submit', event => {
  event.preventDefault();
  const q = document.getElementById('search-input').value.trim();
  location.hash = `#/search?q=${encodeURIComponent(q)}`;
});

window.addEventListener('hashchange', route);
getJson('/api/indicators').then(learnIndicators).catch(() => { /* names fall back to the built-in ones */ });
startLiveFeed(document.getElementById('live-feed'), document.getElementById('live-state'));
startStatus(document.getElementById('pipeline-status'));
route();

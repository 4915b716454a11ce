// Home page and region search results.
import { getJson, query } from './api.js';
import { el, levelName, showError } from './format.js';

export async function renderHome(view) {
  view.replaceChildren(
    el('h1', {}, '地区 ', el('small', {}, 'Regions with articles')),
    el('p', { class: 'muted' }, '在上方搜索地区名称（全称或简称、简体或繁体）或行政区划代码。Search by name or GB/T 2260 code.'),
    el('div', { id: 'results' }, el('p', { class: 'muted' }, '加载中… Loading')));
  await listRegions(view.querySelector('#results'), {});
}

export async function renderSearch(view, q) {
  document.getElementById('search-input').value = q;
  view.replaceChildren(
    el('h1', {}, '搜索结果 ', el('small', {}, `Search: ${q}`)),
    el('div', { id: 'results' }, el('p', { class: 'muted' }, '搜索中… Searching')));
  await listRegions(view.querySelector('#results'), { q });
}

async function listRegions(container, params) {
  try {
    const page = await getJson(`/api/regions${query({ ...params, size: 50 })}`);
    const items = page.items || [];
    if (!items.length) {
      container.replaceChildren(el('p', { class: 'muted' }, '没有找到地区。No region found.'));
      return;
    }
    container.replaceChildren(el('ul', { class: 'results' }, items.map(region => el('li', { class: 'result' },
      el('a', { href: `#/region/${region.code}` }, region.name),
      el('span', { class: 'tag' }, levelName(region.level)),
      el('code', {}, region.code),
      region.articleCount !== undefined ? el('span', { class: 'muted' }, ` ${region.articleCount} 篇文章`) : null))));
  } catch (error) {
    showError(container, error);
  }
}

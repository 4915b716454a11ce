// Article page: the cleaned text with every extracted figure highlighted where it stands,
// each highlight linked to its observation in the table below (and back).
import { getJson } from './api.js';
import { el, formatValue, indicatorLabel, indicatorName, regionLink, showError, webLink } from './format.js';

export async function renderArticle(view, id, params) {
  view.replaceChildren(el('p', { class: 'muted' }, '加载中… Loading'));
  try {
    const article = await getJson(`/api/articles/${encodeURIComponent(id)}`);
    const observations = article.observations || [];
    view.replaceChildren(
      el('nav', { class: 'crumbs' }, el('a', { href: '#/' }, '全部'), ' › ', regionLink(article.region)),
      el('h1', { id: 'article-title' }, article.title || '(无标题)'),
      el('p', { class: 'muted' }, [article.publishedAt, article.source].filter(Boolean).join(' · '),
        webLink(article.url) ? [' · ', el('a', { href: webLink(article.url), rel: 'noopener noreferrer' }, '原文链接')] : null,
        ` · ${observations.length} 个数字 figures · 抽取版本 ${article.extractorVersion || '?'}`),
      el('article', { id: 'article-text', class: 'text' }, highlighted(article.text || '', observations, Array.isArray(article.entities) ? article.entities : [])),
      observationTable(observations));
    const selected = params.get('obs');
    if (selected) select(selected, 'mark');
  } catch (error) {
    showError(view, error);
  }
}

// text nodes, figure <mark>s and region links in order; a span overlapping an earlier one stays
// in the table only (figures win over region names that start at the same place)
function highlighted(text, observations, entities) {
  const inText = span => span && span.end > span.start && span.end <= text.length;
  const spans = [
    ...observations.filter(o => inText(o.evidence)).map(o => ({ start: o.evidence.start, end: o.evidence.end, figure: o })),
    ...entities.filter(e => e.type === 'region' && e.code && inText(e)).map(e => ({ start: e.start, end: e.end, region: e })),
  ].sort((a, b) => a.start - b.start || (a.figure ? -1 : 1) - (b.figure ? -1 : 1));
  const nodes = [];
  let position = 0;
  spans.forEach(span => {
    if (span.start < position) return;
    nodes.push(text.slice(position, span.start));
    const words = text.slice(span.start, span.end);
    nodes.push(span.figure ? figureMark(span.figure, words)
      : el('a', { class: 'entity', href: `#/region/${span.region.code}`, title: span.region.name || '' }, words));
    position = span.end;
  });
  nodes.push(text.slice(position));
  return nodes;
}

function figureMark(o, words) {
  return el('mark', {
    class: 'figure', id: `mark-${o.id}`, tabindex: '0', role: 'link', 'data-obs': o.id,
    title: `${indicatorName(o.indicator)} ${formatValue(o.value, o.unit)}${o.period ? ' · ' + o.period : ''}`,
    onclick: () => select(o.id, 'row'),
    onkeydown: event => { if (event.key === 'Enter') select(o.id, 'row'); },
  }, words);
}

function observationTable(observations) {
  if (!observations.length) return el('p', { class: 'muted' }, '这篇文章没有抽取到数字。No figures extracted.');
  return el('section', {},
    el('h2', {}, '抽取的数字 ', el('small', {}, 'Extracted figures')),
    el('div', { class: 'scroll' }, el('table', { id: 'observations' },
      el('thead', {}, el('tr', {}, ['指标 Indicator', '数值 Value', '时期 Period', '地区 Region', '置信度', '原文'].map(h => el('th', {}, h)))),
      el('tbody', {}, observations.map(o => el('tr', { id: `obs-${o.id}` },
        el('td', {}, indicatorName(o.indicator), el('small', {}, ` ${indicatorLabel(o.indicator)}`)),
        el('td', { class: 'num' }, formatValue(o.value, o.unit), o.valueMax ? ` – ${formatValue(o.valueMax, o.unit)}` : '',
          o.approx ? el('span', { class: 'tag' }, '约') : null, o.target ? el('span', { class: 'tag' }, '目标') : null),
        el('td', {}, o.periodStart ? `${o.periodStart}–${o.period || ''}` : (o.period || '—')),
        el('td', {}, regionLink(o.region, o.indicator)),
        el('td', { class: 'num' }, o.confidence !== undefined ? Number(o.confidence).toFixed(2) : '—'),
        el('td', {}, el('button', { type: 'button', class: 'link', onclick: () => select(o.id, 'mark') }, '在原文中查看'))))))));
}

function select(id, where) {
  document.querySelectorAll('.selected').forEach(node => node.classList.remove('selected'));
  const mark = document.getElementById(`mark-${id}`);
  const row = document.getElementById(`obs-${id}`);
  [mark, row].forEach(node => node && node.classList.add('selected'));
  const target = where === 'row' ? row : mark || row;
  if (target) target.scrollIntoView({ block: 'center' });
}

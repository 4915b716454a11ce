// Region page: hierarchy, headline cards, one chart per indicator, sub-regions, articles.
import { getJson, query } from './api.js';
import { HEADLINE, el, formatValue, indicatorLabel, indicatorName, levelName, showError } from './format.js';
import { renderSubRegions } from './subregions.js';

const charts = [];

export async function renderRegion(view, code, params) {
  charts.splice(0).forEach(chart => chart.destroy());
  view.replaceChildren(el('p', { class: 'muted' }, '加载中… Loading'));
  try {
    const [region, series, articles] = await Promise.all([
      getJson(`/api/regions/${encodeURIComponent(code)}`),
      getJson(`/api/regions/${encodeURIComponent(code)}/observations${query({ size: 200 })}`),
      getJson(`/api/articles${query({ region: code, size: 20 })}`),
    ]);
    view.replaceChildren(
      breadcrumb(region),
      el('h1', { id: 'region-title' }, region.name, ' ', el('span', { class: 'tag' }, levelName(region.level)),
        el('code', {}, region.code)),
      el('p', { class: 'muted' }, `${region.articleCount ?? 0} 篇相关文章 · articles`,
        ' · ', el('a', { href: `/api/regions/${region.code}?format=csv` }, '下载表格 CSV')),
      cards(region.latest || []),
      el('h2', {}, '时间序列 ', el('small', {}, 'Time series')),
      chartGrid(series.items || [], params.get('indicator'), region.code),
      renderSubRegions(region.children || []),
      articleList(articles.items || []));
  } catch (error) {
    showError(view, error);
  }
}

function breadcrumb(region) {
  const parents = region.parents || [];
  return el('nav', { class: 'crumbs', 'aria-label': '上级地区' }, el('a', { href: '#/' }, '全部'),
    parents.map(parent => [' › ', el('a', { href: `#/region/${parent.code}` }, parent.name)]), ' › ', region.name);
}

function cards(latest) {
  const byIndicator = Object.fromEntries(latest.map(item => [item.indicator, item]));
  return el('div', { class: 'cards' }, HEADLINE.map(key => {
    const item = byIndicator[key];
    const alternatives = item && item.alternatives && item.alternatives.length;
    return el('div', { class: `card${item ? '' : ' empty'}`, 'data-indicator': key },
      el('div', { class: 'card-label' }, indicatorName(key), el('small', {}, indicatorLabel(key))),
      el('div', { class: 'card-value' }, item ? formatValue(item.value, item.unit) : '—'),
      el('div', { class: 'card-meta' }, item ? [item.period ? `${item.period}` : '时期不详',
        item.articleId ? [' · ', el('a', { href: `#/article/${item.articleId}?obs=${item.observationId || ''}` }, '出处')] : null,
        alternatives ? el('span', { class: 'warn', title: '其他报道给出不同数值' }, ` · ${alternatives} 个不同数值`) : null]
        : key === 'investment' ? '见时间序列' : '暂无数据'));
  }));
}

function chartGrid(items, focus, code) {
  const byIndicator = new Map();
  items.forEach(item => {
    if (!byIndicator.has(item.indicator)) byIndicator.set(item.indicator, []);
    byIndicator.get(item.indicator).push(item);
  });
  if (!byIndicator.size) return el('p', { class: 'muted' }, '暂无时间序列。No figures yet.');
  const keys = [...byIndicator.keys()].sort((a, b) => rank(a) - rank(b));
  return el('div', { class: 'charts' }, keys.map(key => {
    const canvas = el('canvas', { class: 'chart', 'aria-label': `${indicatorName(key)} 时间序列` });
    const box = el('figure', { class: `chart-box${key === focus ? ' focus' : ''}`, id: `chart-${key}` },
      el('figcaption', {}, indicatorName(key), ' ', el('small', {}, indicatorLabel(key)), ' ',
        el('a', { href: `/api/regions/${code}/observations?indicator=${key}&format=csv&size=200` }, 'CSV')),
      canvas);
    requestAnimationFrame(() => charts.push(drawChart(canvas, byIndicator.get(key))));
    return box;
  }));
}

function rank(key) {
  const index = HEADLINE.indexOf(key);
  return index < 0 ? HEADLINE.length : index;
}

function drawChart(canvas, observations) {
  const sorted = [...observations].filter(o => o.period).sort((a, b) => a.period.localeCompare(b.period));
  const unit = sorted[0] ? sorted[0].unit : '';
  const flow = sorted[0] && sorted[0].kind === 'flow';
  return new window.Chart(canvas, {
    type: flow ? 'bar' : 'line',
    data: {
      labels: sorted.map(o => o.period),
      datasets: [{
        label: indicatorName(sorted[0] ? sorted[0].indicator : ''),
        data: sorted.map(o => Number(o.value)),
        borderColor: '#b3261e', backgroundColor: 'rgba(179, 38, 30, 0.35)', tension: 0.2,
      }],
    },
    options: {
      animation: false, responsive: true, maintainAspectRatio: false,
      plugins: {
        legend: { display: false },
        tooltip: { callbacks: { label: context => formatValue(sorted[context.dataIndex].value, unit)
          + ` · ${sorted[context.dataIndex].articleTitle || ''}` } },
      },
      onClick: (event, elements) => {
        if (elements.length) {
          const o = sorted[elements[0].index];
          location.hash = `#/article/${o.articleId}?obs=${o.id}`;
        }
      },
    },
  });
}

function articleList(items) {
  return el('section', {},
    el('h2', {}, '相关文章 ', el('small', {}, 'Articles')),
    items.length ? el('ul', { id: 'article-list', class: 'articles' }, items.map(article => el('li', {},
      el('a', { href: `#/article/${article.id}` }, article.title || '(无标题)'),
      el('span', { class: 'muted' }, ` ${article.publishedAt || ''} ${article.source || ''}`))))
      : el('p', { class: 'muted' }, '暂无文章。No articles.'));
}

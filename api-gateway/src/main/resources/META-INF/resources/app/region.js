// Region page: hierarchy, headline cards, one chart per indicator, sub-regions, articles.
import { getJson, query } from './api.js';
import {
  HEADLINE, articleOf, el, formatValue, indicatorLabel, indicatorName, latestMap, levelName, showError,
} from './format.js';
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
      cards(latestMap(region.latest), region.flows || []),
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

function cards(latest, flows) {
  return el('div', { class: 'cards' }, HEADLINE.map(key => {
    const flow = flows.find(series => series.indicator === key);
    return flow ? flowCard(key, flow) : stockCard(key, latest[key]);
  }));
}

function card(key, value, meta, empty) {
  return el('div', { class: `card${empty ? ' empty' : ''}`, 'data-indicator': key },
    el('div', { class: 'card-label' }, indicatorName(key), el('small', {}, indicatorLabel(key))),
    el('div', { class: 'card-value' }, value),
    el('div', { class: 'card-meta' }, meta));
}

function stockCard(key, item) {
  if (!item) return card(key, '—', '暂无数据', true);
  const article = articleOf(item);
  const alternatives = item.alternativeCount ?? (item.alternatives ? item.alternatives.length : 0);
  return card(key, formatValue(item.value, item.unit), [item.period || '时期不详',
    article.id ? [' · ', el('a', { href: `#/article/${article.id}?obs=${item.observationId || ''}` }, '出处')] : null,
    alternatives ? el('span', { class: 'warn', title: '其他报道给出不同数值' }, ` · ${alternatives} 个不同数值`) : null]);
}

// a flow is never one current figure: the card shows the newest period's total, named as such
function flowCard(key, flow) {
  const periods = (flow.periods || []).filter(period => period.period);
  const newest = periods[periods.length - 1];
  if (!newest) return card(key, '—', '见时间序列', true);
  return card(key, formatValue(newest.total, flow.unit), `${newest.period} 合计 total · ${newest.count} 条`);
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
          + ` · ${articleOf(sorted[context.dataIndex]).title || ''}` } },
      },
      onClick: (event, elements) => {
        if (elements.length) {
          const o = sorted[elements[0].index];
          location.hash = `#/article/${articleOf(o).id}?obs=${o.id}`;
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

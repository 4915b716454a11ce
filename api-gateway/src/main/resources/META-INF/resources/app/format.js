// Indicator names, units and number formatting, in Chinese with English labels.
export const HEADLINE = [
  'poor_population', 'poor_households', 'poverty_incidence',
  'poor_villages_exited', 'per_capita_net_income', 'investment',
];

const NAMES = {
  poor_population: ['贫困人口', 'Poor population'],
  poor_households: ['贫困户', 'Poor households'],
  poverty_incidence: ['贫困发生率', 'Poverty incidence'],
  poor_villages_exited: ['贫困村退出', 'Poor villages exited'],
  per_capita_net_income: ['人均收入', 'Per-capita income'],
  investment: ['扶贫投入', 'Investment'],
};

const LEVELS = { province: '省', prefecture: '地级', county: '县级', township: '乡镇', village: '村' };

// a region as a link to its page; a village without a code as its name; no region as "region unknown"
// (figures of an article that names no place and came without a region hint)
export function regionLink(region, indicator) {
  if (!region) return el('span', { class: 'muted unknown-region' }, '地区未知 region unknown');
  if (!region.code) return region.name || '—';
  return el('a', { href: `#/region/${region.code}${indicator ? `?indicator=${indicator}` : ''}` }, region.name || region.code);
}

// the article a figure comes from, whether given flat (articleId) or as a reference object (article)
export function articleOf(figure) {
  const ref = figure.article || {};
  return {
    id: figure.articleId || ref.id,
    title: figure.articleTitle || ref.title,
    publishedAt: figure.publishedAt || ref.publishedAt,
  };
}

// latest figures as a map indicator -> figure, from a list or a map
export function latestMap(latest) {
  if (Array.isArray(latest)) return Object.fromEntries(latest.map(item => [item.indicator, item]));
  if (latest && typeof latest === 'object') {
    return Object.fromEntries(Object.entries(latest).map(([key, value]) =>
      [key, value !== null && typeof value === 'object' ? value : { value }]));
  }
  return {};
}

export function learnIndicators(catalogue) {
  const items = Array.isArray(catalogue) ? catalogue : (catalogue.items || []);
  items.forEach(item => {
    const key = item.key || item.indicator || item.id;
    if (key && !NAMES[key]) NAMES[key] = [item.name || item.nameZh || key, item.nameEn || item.label || key];
  });
}

export function indicatorName(key) {
  return (NAMES[key] || [key])[0];
}

export function indicatorLabel(key) {
  return (NAMES[key] || [key, key])[1];
}

export function levelName(level) {
  return LEVELS[level] || level || '';
}

export function formatValue(value, unit) {
  if (value === null || value === undefined || value === '') return '—';
  const number = Number(value);
  switch (unit) {
    case 'percent': return `${trim(number)}%`;
    case 'yuan':
      if (Math.abs(number) >= 1e8) return `${trim(number / 1e8)}亿元`;
      if (Math.abs(number) >= 1e4) return `${trim(number / 1e4)}万元`;
      return `${trim(number)}元`;
    case 'person': return `${number.toLocaleString('zh-CN')}人`;
    case 'household': return `${number.toLocaleString('zh-CN')}户`;
    case 'village': return `${number.toLocaleString('zh-CN')}个`;
    default: return `${number.toLocaleString('zh-CN')}${unit ? ' ' + unit : ''}`;
  }
}

function trim(number) {
  return Number(number.toFixed(2)).toLocaleString('zh-CN', { maximumFractionDigits: 2 });
}

// an address from the data as a link target: http and https only (a javascript: or data: URL never)
export function webLink(url) {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch (error) {
    return null;
  }
}

// links within the dashboard and its API, or to http(s) addresses; anything else is dropped
function safeHref(value) {
  const text = String(value);
  return (text.startsWith('#') || (text.startsWith('/') && !text.startsWith('//'))) ? text : webLink(text);
}

// builds an element: el('a', {href: '#/'}, 'text', child...)
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes).forEach(([name, value]) => {
    if (value === undefined || value === null) return;
    if (name === 'href') value = safeHref(value);
    if (value === null) return;
    if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
    else if (name === 'class') node.className = value;
    else node.setAttribute(name, value);
  });
  children.flat(Infinity).forEach(child => {
    if (child === null || child === undefined) return;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  });
  return node;
}

export function showError(container, error) {
  container.replaceChildren(el('div', { class: 'error', role: 'alert' }, `出错了 · ${error.message}`));
}

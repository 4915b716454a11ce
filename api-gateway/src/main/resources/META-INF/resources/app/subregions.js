// Sub-regions side by side with their latest headline figures; click a header to sort.
import { HEADLINE, el, formatValue, indicatorName, latestMap, levelName } from './format.js';

export function renderSubRegions(children) {
  if (!children.length) return el('div');
  const rows = children.map(child => ({ child, latest: latestMap(child.figures || child.latest) }));
  const columns = [
    { label: '地区 Region', value: row => row.child.name, cell: row => el('a', { href: `#/region/${row.child.code}` }, row.child.name) },
    { label: '代码 Code', value: row => row.child.code, cell: row => el('code', {}, row.child.code) },
    { label: '层级', value: row => row.child.level, cell: row => levelName(row.child.level) },
    { label: '文章 Articles', value: row => row.child.articleCount ?? null, cell: row => row.child.articleCount ?? '—', numeric: true },
    ...HEADLINE.map(key => ({
      label: indicatorName(key), numeric: true,
      value: row => (row.latest[key] ? Number(row.latest[key].value) : null),
      cell: row => (row.latest[key] ? formatValue(row.latest[key].value, row.latest[key].unit) : '—'),
    })),
  ];
  const table = el('table', { id: 'subregions', class: 'sortable' });
  const state = { column: 0, ascending: true };
  const draw = () => {
    const sorted = [...rows].sort((a, b) => compare(columns[state.column].value(a), columns[state.column].value(b),
      state.ascending ? 1 : -1));
    table.replaceChildren(
      el('thead', {}, el('tr', {}, columns.map((column, index) => el('th', {
        class: column.numeric ? 'num' : '', 'aria-sort': index === state.column ? (state.ascending ? 'ascending' : 'descending') : 'none',
        onclick: () => {
          state.ascending = state.column === index ? !state.ascending : true;
          state.column = index;
          draw();
        },
      }, column.label, index === state.column ? (state.ascending ? ' ▲' : ' ▼') : '')))),
      el('tbody', {}, sorted.map(row => el('tr', {}, columns.map(column =>
        el('td', { class: column.numeric ? 'num' : '' }, column.cell(row)))))));
  };
  draw();
  return el('section', {}, el('h2', {}, '下级地区 ', el('small', {}, 'Sub-regions')), el('div', { class: 'scroll' }, table));
}

// regions without a figure stay at the bottom in either direction
function compare(a, b, direction) {
  const missingA = a === null || a === undefined;
  const missingB = b === null || b === undefined;
  if (missingA || missingB) return missingA === missingB ? 0 : (missingA ? 1 : -1);
  const order = typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b), 'zh-CN');
  return order * direction;
}

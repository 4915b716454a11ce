// Pipeline status: consumer lag per service and topic, refreshed every 15 s.
import { getJson } from './api.js';
import { el } from './format.js';

const REFRESH_MILLIS = 15000;
const PREFERRED = ['service', 'group', 'topic', 'lag'];

export function startStatus(container) {
  const refresh = async () => {
    try {
      render(container, await getJson('/api/status'));
    } catch (error) {
      container.className = 'status error';
      container.replaceChildren(`状态不可用 · ${error.message}`);
    }
  };
  refresh();
  setInterval(refresh, REFRESH_MILLIS);
}

// the shape is metrics-service's; any list of records is shown as a table, other fields as pairs
function render(container, status) {
  container.className = 'status';
  const parts = [];
  Object.entries(status).forEach(([name, value]) => {
    if (Array.isArray(value) && value.length && typeof value[0] === 'object') {
      parts.push(table(value));
    } else if (value !== null && typeof value !== 'object') {
      parts.push(el('div', {}, el('span', { class: 'muted' }, `${name}: `), String(value)));
    }
  });
  container.replaceChildren(...(parts.length ? parts : [el('span', { class: 'muted' }, '无数据 no data')]));
}

function table(records) {
  const scalar = Object.keys(records[0]).filter(key => typeof records[0][key] !== 'object');
  // a narrow panel: the essentials when the records have them, else every scalar field
  const essentials = PREFERRED.filter(key => scalar.includes(key));
  const columns = essentials.includes('lag') ? essentials : scalar;
  return el('div', { class: 'scroll' }, el('table', { class: 'compact' },
    el('thead', {}, el('tr', {}, columns.map(column => el('th', {}, column)))),
    el('tbody', {}, records.map(record => el('tr', { class: Number(record.lag) > 0 ? 'lagging' : '' },
      columns.map(column => el('td', { class: typeof record[column] === 'number' ? 'num' : '' }, String(record[column] ?? ''))))))));
}

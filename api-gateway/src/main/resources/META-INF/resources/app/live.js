// Live feed of new observations over Server-Sent Events; EventSource reconnects by itself.
import { el, formatValue, indicatorName, regionLink } from './format.js';

const MAX_ITEMS = 30;

export function startLiveFeed(list, state) {
  const source = new EventSource('/api/stream/observations');
  source.onopen = () => { state.className = 'dot on'; state.title = '已连接 connected'; };
  source.onerror = () => { state.className = 'dot off'; state.title = '连接中断，正在重连 reconnecting'; };
  source.addEventListener('observation', event => {
    const o = JSON.parse(event.data);
    const placeholder = list.querySelector('.placeholder');
    if (placeholder) placeholder.remove();
    list.prepend(el('li', { class: 'fresh' },
      el('time', {}, new Date().toLocaleTimeString('zh-CN')), ' ',
      regionLink(o.region), ' ',
      el('a', { href: `#/article/${o.articleId}?obs=${o.id}` },
        `${indicatorName(o.indicator)} ${formatValue(o.value, o.unit)}`),
      o.period ? el('span', { class: 'muted' }, ` (${o.period})`) : null));
    while (list.children.length > MAX_ITEMS) list.lastChild.remove();
  });
  return source;
}

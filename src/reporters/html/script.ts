/**
 * The report's only script, inlined: rule and severity filters, and a popover with the findings
 * under a clicked highlight. Plain ES2020 in a string (it runs in the reader's browser, not in
 * Node); the data it needs is in the `#healthlint-data` JSON element.
 */
export const reportScript = String.raw`
(() => {
  const data = JSON.parse(document.getElementById('healthlint-data').textContent);
  const messages = data.messages;
  const popover = document.getElementById('popover');
  const shown = document.getElementById('shown');
  const hiddenRules = new Set();
  const hiddenSeverities = new Set();
  const visible = (id) => !hiddenRules.has(messages[id].rule) && !hiddenSeverities.has(messages[id].severity);
  const rank = { error: 3, warning: 2, info: 1 };

  function applyFilters() {
    for (const mark of document.querySelectorAll('mark.hl')) {
      const ids = mark.dataset.m.split(' ').filter(visible);
      mark.className = 'hl';
      if (ids.length === 0) {
        mark.classList.add('off');
        mark.removeAttribute('title');
        mark.tabIndex = -1;
        continue;
      }
      const worst = ids.reduce((a, b) => (rank[messages[b].severity] > rank[messages[a].severity] ? b : a));
      mark.classList.add('c' + messages[ids[ids.length - 1]].colour, 's-' + messages[worst].severity);
      if (ids.length > 1) mark.classList.add('overlap');
      mark.title = ids.map((id) => messages[id].rule + ': ' + messages[id].reason).join('\n');
      mark.tabIndex = 0;
    }
    let count = 0;
    for (const item of document.querySelectorAll('[data-finding]')) {
      item.hidden = !visible(item.dataset.finding);
      if (!item.hidden) count++;
    }
    shown.textContent = count + ' of ' + Object.keys(messages).length + ' findings shown';
    popover.hidden = true;
  }

  for (const input of document.querySelectorAll('input[data-rule], input[data-severity]')) {
    input.addEventListener('change', () => {
      const set = input.dataset.rule !== undefined ? hiddenRules : hiddenSeverities;
      const key = input.dataset.rule !== undefined ? input.dataset.rule : input.dataset.severity;
      if (input.checked) set.delete(key);
      else set.add(key);
      applyFilters();
    });
  }

  function text(tag, className, value) {
    const element = document.createElement(tag);
    if (className) element.className = className;
    element.textContent = value;
    return element;
  }

  function openPopover(mark) {
    const ids = mark.dataset.m.split(' ').filter(visible);
    if (ids.length === 0) return;
    popover.replaceChildren();
    for (const id of ids) {
      const message = messages[id];
      const item = document.createElement('div');
      item.className = 'item';
      const head = document.createElement('div');
      head.append(text('span', 'sev ' + message.severity, message.severity), ' ');
      const rule = document.createElement(message.url ? 'a' : 'code');
      rule.className = 'rule c' + message.colour;
      rule.textContent = message.rule;
      if (message.url) rule.href = message.url;
      head.append(rule, ' ', text('span', 'where', message.where));
      item.append(head, text('div', 'reason', message.reason));
      if (message.expected.length > 0) item.append(text('div', 'fix', 'Suggested: ' + message.expected.join(' · ')));
      if (message.note) item.append(text('div', 'note', message.note));
      popover.append(item);
    }
    const box = mark.getBoundingClientRect();
    popover.hidden = false;
    const left = Math.min(box.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - popover.offsetWidth - 12);
    popover.style.left = Math.max(8, left) + 'px';
    popover.style.top = box.bottom + window.scrollY + 6 + 'px';
  }

  document.addEventListener('click', (event) => {
    const mark = event.target.closest('mark.hl:not(.off)');
    if (mark) openPopover(mark);
    else if (!popover.contains(event.target)) popover.hidden = true;
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') popover.hidden = true;
    const mark = event.target.closest && event.target.closest('mark.hl:not(.off)');
    if (mark && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      openPopover(mark);
    }
  });

  // Following a finding's link opens its file and flashes its first highlight.
  function flashTarget() {
    const id = decodeURIComponent(location.hash.slice(1));
    if (!messages[id]) return;
    const anchor = document.getElementById(id);
    const details = anchor && anchor.closest('details');
    if (details) details.open = true;
    for (const mark of document.querySelectorAll('mark.flash')) mark.classList.remove('flash');
    const mark = [...document.querySelectorAll('mark.hl')].find((element) => element.dataset.m.split(' ').includes(id));
    if (mark) {
      mark.classList.add('flash');
      mark.scrollIntoView({ block: 'center' });
    }
  }
  window.addEventListener('hashchange', flashTarget);
  applyFilters();
  flashTarget();
})();
`;

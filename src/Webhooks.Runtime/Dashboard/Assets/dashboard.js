// The webhooks dashboard: a hash-routed page on the admin API beside it ({page}/api). Every value from the API goes
// into the DOM as text (textContent, text nodes, attribute values), never as markup.
(() => {
  'use strict';
  const api = location.pathname.replace(/\/+$/, '') + '/api';
  const $ = (selector) => document.querySelector(selector);
  const statuses = ['pending', 'processing', 'processed', 'dead'];
  const filterNames = ['provider', 'eventType', 'status', 'from', 'to'];
  let pollTimer = 0;
  let pollUntil = Date.now() + 30000;

  function el(tag, props, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(props || {})) {
      if (key === 'class') node.className = value;
      else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value);
    }
    for (const child of children) node.append(child instanceof Node ? child : document.createTextNode(child == null ? '' : String(child)));
    return node;
  }

  async function call(path, init) {
    const response = await fetch(api + path, Object.assign({ headers: { Accept: 'application/json' }, cache: 'no-store', credentials: 'same-origin' }, init));
    let data = null;
    try { data = await response.json(); } catch { /* not JSON */ }
    if (!response.ok) {
      const error = new Error((data && data.error) || `${response.status} ${response.statusText}`);
      error.status = response.status;
      throw error;
    }
    return data;
  }

  const post = (path, body) => call(path, {
    method: 'POST',
    headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
    body: JSON.stringify(body || {}),
  });

  function say(message, isProblem) {
    const notice = $('#notice');
    notice.textContent = message;
    notice.className = isProblem ? 'problem' : '';
    notice.hidden = !message;
  }

  const time = (iso) => {
    if (!iso) return el('span', null, '—');
    const at = new Date(iso);
    const pad = (n) => String(n).padStart(2, '0');
    const text = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())} ${pad(at.getHours())}:${pad(at.getMinutes())}:${pad(at.getSeconds())}`;
    return el('time', { datetime: iso, title: iso }, text);
  };

  function age(iso) {
    const seconds = Math.max(0, (Date.now() - new Date(iso).getTime()) / 1000);
    if (seconds < 90) return `${Math.round(seconds)} s`;
    if (seconds < 5400) return `${Math.round(seconds / 60)} min`;
    if (seconds < 172800) return `${Math.round(seconds / 3600)} h`;
    return `${Math.round(seconds / 86400)} d`;
  }

  const badge = (status) => el('span', { class: `status ${statuses.includes(status) ? status : ''}` }, status);
  const cell = (content, cls) => el('td', cls ? { class: cls } : null, content);
  const emptyRow = (columns, text) => el('tr', null, el('td', { class: 'empty', colspan: String(columns) }, text));
  const listHash = (params) => '#/deliveries' + (String(params) ? '?' + params : '');

  function route() {
    const [path, query] = location.hash.replace(/^#\/?/, '').split('?');
    const parts = path.split('/');
    if (parts[0] === 'delivery' && /^\d+$/.test(parts[1] || '')) return { view: 'detail', id: parts[1] };
    if (parts[0] === 'deliveries') return { view: 'deliveries', params: new URLSearchParams(query || '') };
    return { view: 'overview' };
  }

  async function render(keepNotice) {
    clearTimeout(pollTimer);
    if (!keepNotice) say('');
    const current = route();
    for (const name of ['overview', 'deliveries', 'detail']) $(`#view-${name}`).hidden = name !== current.view;
    const dead = current.view === 'deliveries' && current.params.get('status') === 'dead';
    for (const link of document.querySelectorAll('nav a')) {
      const nav = link.dataset.nav;
      link.classList.toggle('active', nav === 'dead' ? dead : nav === 'deliveries' ? current.view === 'deliveries' && !dead : nav === current.view);
    }
    let busy = false;
    try {
      if (current.view === 'overview') busy = await renderOverview();
      else if (current.view === 'deliveries') busy = await renderList(current.params);
      else busy = await renderDetail(current.id);
    } catch (error) {
      say(error.message, true);
    }
    // While something is on its way (just replayed, or being processed), look again shortly.
    if (busy && Date.now() < pollUntil) pollTimer = setTimeout(() => render(true), 1000);
  }

  async function renderOverview() {
    const overview = await call('/overview');
    const link = (provider, status, count) => {
      const params = new URLSearchParams({ provider });
      if (status) params.set('status', status);
      return el('a', { href: listHash(params) }, count);
    };
    $('#providers tbody').replaceChildren(...(overview.providers.length ? overview.providers.map((p) => el('tr', null,
      cell(link(p.provider, '', p.provider)),
      ...statuses.map((s) => cell(link(p.provider, s, p[s]), 'n')),
      cell(p.oldestPendingAt ? el('span', { title: p.oldestPendingAt }, age(p.oldestPendingAt)) : '—'))) : [emptyRow(6, 'No provider yet.')]));
    $('#rejections tbody').replaceChildren(...(overview.rejections.length ? overview.rejections.map((r) => el('tr', null,
      cell(r.provider), cell(r.reason), cell(r.count, 'n'))) : [emptyRow(3, 'No request rejected.')]));
    $('#provider-names').replaceChildren(...overview.providers.map((p) => el('option', { value: p.provider })));
    return overview.providers.some((p) => p.pending > 0 || p.processing > 0);
  }

  function toLocalInput(iso) {
    const at = new Date(iso);
    return isNaN(at) ? '' : new Date(at.getTime() - at.getTimezoneOffset() * 60000).toISOString().slice(0, 19);
  }

  function currentFilter(params) {
    const filter = {};
    for (const name of filterNames) if (params.get(name)) filter[name] = params.get(name);
    return filter;
  }

  async function renderList(params) {
    const form = $('#filters');
    for (const name of filterNames) {
      const value = params.get(name) || '';
      form.elements[name].value = name === 'from' || name === 'to' ? (value ? toLocalInput(value) : '') : value;
    }
    const status = params.get('status');
    $('#list-title').textContent = status === 'dead' ? 'Dead letters' : 'Deliveries';

    const query = new URLSearchParams(currentFilter(params));
    if (params.get('before')) query.set('before', params.get('before'));
    query.set('limit', '50');
    const page = await call('/deliveries?' + query);

    const rows = page.items.map((d) => el('tr', { 'data-id': String(d.id) },
      cell(el('input', { type: 'checkbox', class: 'select', value: String(d.id), 'aria-label': `Select delivery ${d.id}`, onchange: selectionChanged })),
      cell(el('a', { href: `#/delivery/${d.id}` }, d.id)),
      cell(d.provider), cell(d.eventType), cell(d.deliveryId, 'mono'), cell(badge(d.status)), cell(d.attempts, 'n'), cell(time(d.receivedAt)),
      cell(d.lastError || '', 'error'),
      cell(d.status === 'processing' ? '' : el('button', { type: 'button', class: 'replay', onclick: () => replayOne(d.id) }, 'Replay'))));
    $('#deliveries tbody').replaceChildren(...(rows.length ? rows : [emptyRow(10, 'No delivery matches.')]));
    $('#select-all').checked = false;
    selectionChanged();

    const older = $('#older');
    older.disabled = page.next == null;
    older.onclick = () => { const next = new URLSearchParams(params); next.set('before', String(page.next)); location.hash = listHash(next); };
    const newest = $('#newest');
    newest.disabled = !params.get('before');
    newest.onclick = () => { const next = new URLSearchParams(params); next.delete('before'); location.hash = listHash(next); };
    $('#purge').onclick = () => purge(currentFilter(params));
    return page.items.some((d) => d.status === 'pending' || d.status === 'processing');
  }

  function selected() {
    return [...document.querySelectorAll('#deliveries input.select:checked')].map((box) => Number(box.value));
  }

  function selectionChanged() {
    const count = selected().length;
    const button = $('#replay-selected');
    button.disabled = count === 0;
    button.textContent = count ? `Replay selected (${count})` : 'Replay selected';
  }

  async function replayOne(id) {
    try {
      await post(`/deliveries/${id}/replay`);
      say(`Delivery ${id} replayed: it is pending and due now.`);
    } catch (error) {
      say(`Delivery ${id} was not replayed: ${error.message}`, true);
    }
    pollUntil = Date.now() + 30000;
    await render(true);
  }

  async function replaySelected() {
    const ids = selected();
    let replayed = 0;
    const failures = [];
    for (const id of ids) {
      try { await post(`/deliveries/${id}/replay`); replayed++; } catch (error) { failures.push(`${id}: ${error.message}`); }
    }
    say(`Replayed ${replayed} of ${ids.length}.` + (failures.length ? ' Not replayed: ' + failures.join('; ') : ''), failures.length > 0);
    pollUntil = Date.now() + 30000;
    await render(true);
  }

  async function purge(filter) {
    if (!filter.status) {
      say('Choose a status to purge (such as dead): a purge never deletes every delivery.', true);
      return;
    }
    const scope = [filter.provider && `provider ${filter.provider}`, filter.eventType && `event type ${filter.eventType}`,
      filter.from && `received from ${filter.from}`, filter.to && `received before ${filter.to}`].filter(Boolean).join(', ');
    if (!confirm(`Delete every ${filter.status} delivery${scope ? ' (' + scope + ')' : ''}? This can't be undone.`)) return;
    try {
      const result = await post('/purge', filter);
      say(`Purged ${result.purged} ${result.purged === 1 ? 'delivery' : 'deliveries'}.`);
    } catch (error) {
      say(`Nothing was purged: ${error.message}`, true);
    }
    await render(true);
  }

  function pretty(body) {
    try { return JSON.stringify(JSON.parse(body), null, 2); } catch { return body; }
  }

  async function renderDetail(id) {
    const d = await call(`/deliveries/${id}`);
    $('#detail-id').textContent = `#${d.id}`;
    $('#detail-status').replaceChildren(badge(d.status));
    const field = (name, value) => [el('dt', null, name), el('dd', null, value == null || value === '' ? '—' : value)];
    $('#detail-fields').replaceChildren(
      ...field('Provider', d.provider), ...field('Delivery id', d.deliveryId), ...field('Event type', d.eventType),
      ...field('Handler', d.handler), ...field('Attempts', d.attempts), ...field('Received', time(d.receivedAt)),
      ...field('Signed', time(d.signedAt)), ...field('Due', time(d.dueAt)), ...field('Processed', time(d.processedAt)),
      ...field('Last error', d.lastError), ...field('Trace parent', d.traceParent));
    $('#history tbody').replaceChildren(...(d.history.length ? d.history.map((a) => el('tr', null,
      cell(a.attempt, 'n'), cell(time(a.startedAt)), cell(time(a.endedAt)), cell(badge(a.outcome)), cell(a.error || '', 'error')))
      : [emptyRow(5, 'No finished attempt yet.')]));
    $('#headers tbody').replaceChildren(...Object.entries(d.headers).map(([name, values]) => el('tr', null, cell(name), cell(values.join('\n')))));
    $('#body').textContent = d.body != null ? pretty(d.body) : `(not UTF-8, shown as base64)\n${d.bodyBase64}`;
    const replay = $('#detail-replay');
    replay.disabled = d.status === 'processing';
    replay.onclick = () => replayOne(d.id);
    return d.status === 'pending' || d.status === 'processing';
  }

  $('#filters').addEventListener('submit', (event) => {
    event.preventDefault();
    const form = event.target;
    const params = new URLSearchParams();
    for (const name of filterNames) {
      const value = form.elements[name].value.trim();
      if (value) params.set(name, name === 'from' || name === 'to' ? new Date(value).toISOString() : value);
    }
    location.hash = listHash(params);
  });
  $('#select-all').addEventListener('change', (event) => {
    for (const box of document.querySelectorAll('#deliveries input.select')) box.checked = event.target.checked;
    selectionChanged();
  });
  $('#replay-selected').addEventListener('click', replaySelected);
  $('#refresh').addEventListener('click', () => { pollUntil = Date.now() + 30000; render(false); });
  window.addEventListener('hashchange', () => render(false));
  render(false);
})();

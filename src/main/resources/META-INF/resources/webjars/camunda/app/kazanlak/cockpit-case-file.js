// Kazanlak Inclusion: Cockpit's «Досие на участник» page (route #/kazanlak-case-file). Cockpit CE
// searches only the running instances of one process at a time; this page finds a participant by
// name or registration number (/api/case-files?q=) and shows their case file
// (/api/case-files/{registrationNumber}): every process, running and completed, and one timeline
// of its tasks, decisions and documents, with links into Cockpit's own view of a running instance.
// The personal number is shown masked only; the search refuses a personal number.

import {
  GROUPS, PARTICIPANT_STATUS, PROCESS_STATE, apiUrl, code, date, dateTime, el, getJson, page,
  problemText, routeParams, showProblem
} from './cockpit-common.js';

const PATH = '/kazanlak-case-file';
const LABEL = 'Досие на участник';

const KIND = {
  PROCESS_STARTED: 'Начало на процес',
  PROCESS_ENDED: 'Край на процес',
  TASK: 'Задача',
  DECISION: 'Решение',
  DOCUMENT: 'Документ'
};

function go(params) {
  window.location.hash = '#' + PATH + '?' + new URLSearchParams(params).toString();
}

function searchForm(term) {
  const input = el('input', {type: 'search', class: 'form-control', id: 'kazanlak-case-search',
    name: 'q', value: term || '', placeholder: 'Име, фамилия или регистрационен номер',
    autocomplete: 'off', 'aria-label': 'Име, фамилия или регистрационен номер'});
  return el('form', {class: 'form-inline kazanlak-search', onsubmit: event => {
    event.preventDefault();
    go({q: input.value.trim()});
  }}, input, ' ', el('button', {type: 'submit', class: 'btn btn-primary', id: 'kazanlak-case-search-button'}, 'Търсене'));
}

async function results(box, term) {
  box.appendChild(el('p', {class: 'kazanlak-loading'}, 'Търсене…'));
  try {
    const found = await getJson('/api/case-files?q=' + encodeURIComponent(term));
    box.innerHTML = '';
    if (found.length === 0) {
      box.appendChild(el('p', {class: 'kazanlak-note'}, 'Няма участник с такова име или номер.'));
      return;
    }
    box.appendChild(el('table', {class: 'table table-condensed kazanlak-table kazanlak-results'},
      el('thead', {}, el('tr', {},
        el('th', {}, 'Регистрационен номер'), el('th', {}, 'ЕГН / ЛНЧ'), el('th', {}, 'Име'),
        el('th', {}, 'Състояние'), el('th', {}, 'Регистриран'), el('th', {}, ''))),
      el('tbody', {}, found.map(p => el('tr', {'data-registration-number': p.registrationNumber},
        el('td', {}, p.registrationNumber),
        el('td', {}, p.maskedPersonalNumber),
        el('td', {}, `${p.firstName} ${p.lastName}`),
        el('td', {}, PARTICIPANT_STATUS[p.status] || p.status),
        el('td', {}, date(p.registeredOn)),
        el('td', {}, el('a', {class: 'kazanlak-open-case',
          href: '#' + PATH + '?participant=' + encodeURIComponent(p.registrationNumber)}, 'Отвори досието')))))));
  } catch (error) {
    box.innerHTML = '';
    box.appendChild(el('div', {class: 'kazanlak-problem', role: 'alert'}, problemText(error)));
  }
}

function groupNames(groups) {
  return (groups || []).map(g => GROUPS[g] || g).join(', ');
}

function details(entry, names) {
  const parts = [];
  if (entry.kind === 'TASK') {
    parts.push(el('span', {}, 'Изпълнител: ',
      entry.assignee ? names.user(entry.assignee) : entry.completed ? 'не е отбелязан' : 'не е поета'));
    if (entry.candidateGroups && entry.candidateGroups.length) {
      parts.push(el('span', {}, 'Група: ', groupNames(entry.candidateGroups)));
    }
    parts.push(el('span', {}, 'Създадена: ', dateTime(entry.created)));
    parts.push(el('span', {}, entry.completed ? 'Изпълнена: ' + dateTime(entry.completed) : 'Не е изпълнена'));
    if (entry.due) {
      const late = !entry.completed && entry.due < names.now;
      parts.push(el('span', {class: late ? 'kazanlak-late' : null}, 'Срок: ', dateTime(entry.due), late ? ' (просрочена)' : ''));
    }
  }
  if (entry.kind === 'DECISION' && entry.outcome) {
    for (const [label, value] of Object.entries(entry.outcome)) {
      parts.push(el('span', {}, `${label}: `, el('strong', {}, code(value, names.codes))));
    }
  }
  if (entry.kind === 'DOCUMENT' && entry.href) {
    parts.push(el('a', {href: apiUrl(entry.href), target: '_blank', rel: 'noopener', class: 'kazanlak-document'},
      'Отвори документа (PDF)'));
  }
  return el('div', {class: 'kazanlak-entry-details'}, parts);
}

async function caseFile(box, registrationNumber) {
  box.appendChild(el('p', {class: 'kazanlak-loading'}, 'Зареждане на досието…'));
  try {
    const [file, names] = await Promise.all([getJson('/api/case-files/' + encodeURIComponent(registrationNumber)), lookups()]);
    box.innerHTML = '';
    const person = file.participant;
    box.appendChild(el('div', {class: 'kazanlak-panel kazanlak-person'},
      el('h2', {}, `${person.firstName} ${person.lastName}`),
      el('dl', {class: 'dl-horizontal'},
        el('dt', {}, 'Регистрационен номер'), el('dd', {id: 'kazanlak-case-registration'}, person.registrationNumber),
        el('dt', {}, 'ЕГН / ЛНЧ'), el('dd', {}, person.maskedPersonalNumber),
        el('dt', {}, 'Състояние'), el('dd', {}, PARTICIPANT_STATUS[person.status] || person.status),
        el('dt', {}, 'Регистриран на'), el('dd', {}, date(person.registeredOn)))));
    box.appendChild(el('div', {class: 'kazanlak-panel'}, el('h2', {}, 'Процеси'),
      el('table', {class: 'table table-condensed kazanlak-table kazanlak-processes'},
        el('thead', {}, el('tr', {},
          el('th', {}, 'Процес'), el('th', {}, 'Номер на случая'), el('th', {}, 'Състояние'),
          el('th', {}, 'Начало'), el('th', {}, 'Край'), el('th', {}, ''))),
        el('tbody', {}, file.processes.map(p => el('tr', {'data-process-key': p.key, 'data-state': p.state},
          el('td', {}, p.name),
          el('td', {}, p.businessKey),
          el('td', {class: p.running ? 'kazanlak-running' : 'kazanlak-ended'}, PROCESS_STATE[p.state] || p.state),
          el('td', {}, dateTime(p.started)),
          el('td', {}, dateTime(p.ended)),
          el('td', {}, p.running
            ? el('a', {href: '#/process-instance/' + encodeURIComponent(p.id) + '/runtime', class: 'kazanlak-cockpit-link'}, 'Отвори в Cockpit')
            : '')))))));
    box.appendChild(el('div', {class: 'kazanlak-panel'}, el('h2', {}, 'Хронология'),
      el('ol', {class: 'kazanlak-timeline'}, file.timeline.map(entry => el('li', {class: 'kazanlak-entry kazanlak-entry-' + entry.kind.toLowerCase()},
        el('div', {class: 'kazanlak-entry-time'}, entry.kind === 'DOCUMENT' ? date(entry.at) : dateTime(entry.at)),
        el('div', {class: 'kazanlak-entry-body'},
          el('span', {class: 'kazanlak-badge'}, KIND[entry.kind] || entry.kind), ' ',
          el('strong', {}, entry.title),
          entry.process && entry.process !== entry.title ? el('span', {class: 'kazanlak-entry-process'}, ' — ', entry.process) : '',
          details(entry, names)))))));
  } catch (error) {
    showProblem(box, error);
  }
}

/** Users' names (the engine's profiles), employers' names, and programme time for "overdue". */
async function lookups() {
  const users = {};
  const codes = {};
  let now = '';
  try {
    const [indicators, dashboard] = await Promise.all([getJson('/api/reports/indicators'), getJson('/api/reports/dashboard')]);
    (indicators.employment.byEmployer || []).forEach(e => { codes[e.id] = e.name; });
    (indicators.familyHouses.houses || []).forEach(h => { codes[h.id] = 'Къща на семейството, ' + h.settlement; });
    now = dashboard.now;
  } catch (unavailable) {
    // the case file shows the codes as they are
  }
  try {
    const appRoot = document.querySelector('base').getAttribute('app-root') || '';
    const response = await fetch(appRoot + '/api/engine/engine/default/user?maxResults=500',
      {credentials: 'same-origin', headers: {Accept: 'application/json'}});
    if (response.ok) {
      (await response.json()).forEach(u => { users[u.id] = [u.firstName, u.lastName].filter(Boolean).join(' ') || u.id; });
    }
  } catch (unavailable) {
    // user ids instead of names
  }
  return {user: id => users[id] || id, codes, now};
}

async function render(node) {
  const body = page(node, LABEL);
  body.innerHTML = '';
  const params = routeParams();
  const term = params.get('q') || '';
  const participant = params.get('participant');
  body.appendChild(el('p', {class: 'kazanlak-note'},
    'Всички процеси на участника — текущи и приключени — със задачите, решенията и документите им. ' +
    'Търсете по име или регистрационен номер.'));
  body.appendChild(searchForm(term));
  const box = el('div', {class: 'kazanlak-case-box'});
  body.appendChild(box);
  if (participant) {
    await caseFile(box, participant);
  } else if (term) {
    await results(box, term);
  }
}

export default [
  {
    id: 'kazanlak-case-file-route',
    pluginPoint: 'cockpit.route',
    properties: {path: PATH, label: LABEL},
    render
  },
  {
    id: 'kazanlak-case-file-navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 59,
    properties: {
      label: LABEL,
      pagePath: '#' + PATH,
      checkActive: url => (url || '').indexOf('#' + PATH) >= 0
    }
  }
];

// Kazanlak Inclusion: Cockpit's «Показатели» page (route #/kazanlak-kpi), its entry in Cockpit's
// header and a tile on Cockpit's dashboard. Targets against achieved from
// /api/reports/indicators, budget absorption from /api/budget, open and overdue tasks per group and
// the trend by month from /api/reports/dashboard, the ESF indicators from /api/reports/esf; the
// reports one click away, the ISUN file's refusals beside it. Read in the Cockpit
// login: a GET under /api accepts the webapps' session. Nothing is hard-coded but the labels.

import {
  GROUPS, PROGRAMMES, absorptionBars, apiUrl, count, date, dateTime, el, getJson, legend,
  lineChart, money, monthBars, page, showProblem, targetBars
} from './cockpit-common.js';

const PATH = '/kazanlak-kpi';
const LABEL = 'Показатели';

function targets(indicators) {
  const houses = indicators.familyHouses.houses;
  const staff = indicators.familyHouses.staffJobs || {target: 0, filled: 0};
  return [
    {label: 'Лица, започнали работа', achieved: indicators.employment.personsEmployed,
      target: indicators.employment.targetPersons},
    {label: 'Къщи на семейството с услуги', achieved: houses.filter(h => h.servicesDelivered > 0).length,
      target: indicators.familyHouses.target},
    {label: 'Домакинства с план за интеграция', achieved: indicators.housing.householdsWithPlan,
      target: indicators.housing.units},
    {label: 'Проведени инициативи за сближаване', achieved: heldFamilyBonding(indicators.initiatives),
      target: indicators.initiatives.target},
    {label: 'Заети работни места в Къщите', achieved: staff.filled, target: staff.target}
  ];
}

function heldFamilyBonding(initiatives) {
  const kind = (initiatives.byKind || []).find(k => k.kind === 'FAMILY_BONDING');
  return kind ? kind.held : initiatives.held;
}

function section(title, ...content) {
  return el('div', {class: 'kazanlak-panel'}, el('h2', {}, title), ...content);
}

/** A day as Bulgarian staff write it (дд.мм.гггг), read back as ISO; null when it is not one. */
function isoDay(text, min, max) {
  const match = /^(\d{1,2})\.(\d{1,2})\.(\d{4})( г\.?)?$/.exec((text || '').trim());
  if (!match) {
    return null;
  }
  const iso = `${match[3]}-${match[2].padStart(2, '0')}-${match[1].padStart(2, '0')}`;
  const day = new Date(iso + 'T00:00:00Z');
  if (Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== iso || iso < min || iso > max) {
    return null;
  }
  return iso;
}

function dayInput(id, iso) {
  return el('input', {type: 'text', id, class: 'form-control kazanlak-day', value: date(iso).replace(' г.', ''),
    placeholder: 'дд.мм.гггг', inputmode: 'numeric', autocomplete: 'off'});
}

function exports_(indicators) {
  const {start, end} = indicators.programme;
  const from = dayInput('kazanlak-isun-from', start);
  const to = dayInput('kazanlak-isun-to', end);
  const hint = el('div', {class: 'kazanlak-hint', id: 'kazanlak-isun-hint'});
  const refusals = el('div', {class: 'kazanlak-note', id: 'kazanlak-isun-refusals'});
  const isun = el('a', {class: 'btn btn-default kazanlak-export', id: 'kazanlak-export-isun'},
    'Микроданни участници (ИСУН), .xlsx');
  const update = () => {
    const first = isoDay(from.value, start, end);
    const last = isoDay(to.value, start, end);
    from.classList.toggle('kazanlak-invalid', !first);
    to.classList.toggle('kazanlak-invalid', !last);
    if (first && last && first <= last) {
      hint.textContent = '';
      isun.classList.remove('disabled');
      const period = '?from=' + encodeURIComponent(first) + '&to=' + encodeURIComponent(last);
      isun.setAttribute('href', apiUrl('/api/reports/isun-participants.xlsx' + period));
      showRefusals(refusals, period);
    } else {
      hint.textContent = `Въведете дати от ${date(start)} до ${date(end)} във вида дд.мм.гггг, ` +
        'началната не по-късно от крайната.';
      isun.classList.add('disabled');
      isun.removeAttribute('href');
      refusals.textContent = '';
    }
  };
  from.addEventListener('input', update);
  to.addEventListener('input', update);
  update();
  return section('Отчети',
    el('div', {class: 'kazanlak-exports'},
      el('div', {class: 'kazanlak-export-row form-inline'},
        el('label', {for: 'kazanlak-isun-from'}, 'Период от'), ' ', from, ' ',
        el('label', {for: 'kazanlak-isun-to'}, 'до'), ' ', to, ' ', isun, hint, refusals),
      el('div', {class: 'kazanlak-export-row'},
        el('a', {class: 'btn btn-default kazanlak-export', id: 'kazanlak-export-technical',
          href: apiUrl('/api/reports/technical-report.pdf')}, 'Технически отчет, .pdf'), ' ',
        el('a', {class: 'btn btn-default kazanlak-export', id: 'kazanlak-export-financial',
          href: apiUrl('/api/reports/financial.xlsx')}, 'Финансов отчет, .xlsx'))));
}

const EXPORTED_AS = {NO: '„не“', EMPTY: '„-“ (ИСУН ще откаже реда)'};

/** Beside the ISUN file: what it exports that the registry does not know (the refusals). */
async function showRefusals(node, period) {
  node.textContent = '';
  try {
    const r = await getJson('/api/reports/isun-participants/refusals' + period);
    node.textContent = `Във файла: ${count(r.participants)} участници. Отказали да отговорят — ` +
      `малцинство: ${count(r.refused.minority)}, увреждане: ${count(r.refused.disability)}, ` +
      `друго неравностойно положение: ${count(r.refused.otherDisadvantaged)} (изнасят се като ` +
      `${EXPORTED_AS[r.refusedExportedAs] || r.refusedExportedAs}); без данни за домакинството: ` +
      `${count(r.householdMissing)} (${EXPORTED_AS[r.missingHouseholdExportedAs] || r.missingHouseholdExportedAs}).`;
  } catch (error) {
    showProblem(node, error);
  }
}

/** The ESF common indicators by sex, counted on complete records; the records behind them. */
function esf(report) {
  const records = report.records;
  return section('Общи индикатори на ЕСФ (по пол)',
    el('p', {class: 'kazanlak-note', id: 'kazanlak-esf-records'},
      `Участници: ${count(records.total.men + records.total.women)} (мъже ${count(records.total.men)}, ` +
      `жени ${count(records.total.women)}); с пълни данни: ${count(records.complete.men + records.complete.women)}; ` +
      `с непълни данни (броят се само в общия брой): ${count(records.incomplete.men + records.incomplete.women)}; ` +
      `напуснали: ${count(records.leavers)}.`),
    el('table', {class: 'table table-condensed kazanlak-table kazanlak-esf'},
      el('thead', {}, el('tr', {},
        el('th', {}, 'Код'), el('th', {}, 'Индикатор'), el('th', {class: 'num'}, 'Мъже'),
        el('th', {class: 'num'}, 'Жени'), el('th', {class: 'num'}, 'Общо'))),
      el('tbody', {}, report.indicators.map(row => el('tr', {'data-code': row.code},
        el('td', {}, row.code), el('td', {}, row.name), el('td', {class: 'num'}, count(row.men)),
        el('td', {class: 'num'}, count(row.women)), el('td', {class: 'num'}, count(row.total)))))));
}

function budget(budgetReport) {
  const programmes = budgetReport.programmes;
  const lines = programmes.flatMap(p => p.lines.map(line => ({...line, programme: p.code})));
  return section('Усвояване на бюджета',
    legend([{label: 'поети задължения', colour: '#9cc3e6'}, {label: 'извършени разходи', colour: '#1f6fb2'}]),
    absorptionBars(programmes.map(p => ({
      label: PROGRAMMES[p.code] ? PROGRAMMES[p.code].replace(/^ОП «.*» \((.*)\)$/, '$1') : p.code,
      contracted: p.contracted, committed: p.committed, spent: p.spent
    })), {title: 'Усвояване по програми', labelWidth: 120}),
    el('table', {class: 'table table-condensed kazanlak-table'},
      el('thead', {}, el('tr', {},
        el('th', {}, 'Бюджетен ред'), el('th', {}, 'Програма'), el('th', {class: 'num'}, 'Договорено'),
        el('th', {class: 'num'}, 'Поети задължения'), el('th', {class: 'num'}, 'Изразходвано'),
        el('th', {class: 'num'}, 'Налично'), el('th', {}, 'Усвояване'))),
      el('tbody', {}, lines.map(line => el('tr', {},
        el('td', {}, line.name),
        el('td', {}, PROGRAMMES[line.programme] ? PROGRAMMES[line.programme].replace(/^.*\((.*)\)$/, '$1') : line.programme),
        el('td', {class: 'num'}, money(line.contracted)),
        el('td', {class: 'num'}, money(line.committed)),
        el('td', {class: 'num'}, money(line.spent)),
        el('td', {class: 'num'}, money(line.available)),
        el('td', {}, el('span', {class: 'kazanlak-minibar'},
          el('span', {class: 'kazanlak-minibar-committed',
            style: `width:${line.contracted ? Math.min(100, (100 * line.committed) / line.contracted) : 0}%`}),
          el('span', {class: 'kazanlak-minibar-spent',
            style: `width:${line.contracted ? Math.min(100, (100 * line.spent) / line.contracted) : 0}%`}))))))));
}

function tasks(dashboard) {
  return section('Отворени и просрочени задачи по групи',
    el('p', {class: 'kazanlak-note'}, `Просрочена е задача със срок преди ${dateTime(dashboard.now)}`),
    el('table', {class: 'table table-condensed kazanlak-table kazanlak-tasks'},
      el('thead', {}, el('tr', {},
        el('th', {}, 'Група'), el('th', {class: 'num'}, 'Отворени'), el('th', {class: 'num'}, 'Просрочени'),
        el('th', {}, ''))),
      el('tbody', {}, dashboard.tasks.map(group => {
        const max = Math.max(1, ...dashboard.tasks.map(g => g.open));
        return el('tr', {'data-group': group.group},
          el('td', {}, GROUPS[group.group] || group.name),
          el('td', {class: 'num kazanlak-open'}, count(group.open)),
          el('td', {class: 'num kazanlak-overdue' + (group.overdue > 0 ? ' kazanlak-late' : '')}, count(group.overdue)),
          el('td', {}, el('span', {class: 'kazanlak-minibar kazanlak-minibar-wide'},
            el('span', {class: 'kazanlak-minibar-committed', style: `width:${(100 * group.open) / max}%`}),
            el('span', {class: 'kazanlak-minibar-late', style: `width:${(100 * group.overdue) / max}%`}))));
      }))));
}

function trend(dashboard) {
  const months = dashboard.trend.map(m => m.month);
  const series = [
    {label: 'Регистрирани участници', values: dashboard.trend.map(m => m.registered)},
    {label: 'Лица, започнали работа', values: dashboard.trend.map(m => m.personsEmployed)},
    {label: 'Предоставени услуги в Къщите', values: dashboard.trend.map(m => m.servicesDelivered)},
    {label: 'Домакинства с план', values: dashboard.trend.map(m => m.householdsWithPlan)}
  ];
  return section('Развитие по месеци (натрупано към края на всеки месец)',
    legend(series),
    lineChart(months, series, {title: 'Участници, заетост и услуги по месеци'}),
    el('h3', {}, 'Извършени разходи (натрупано)'),
    monthBars(months, dashboard.trend.map(m => Number(m.spent)), {title: 'Извършени разходи по месеци'}));
}

async function render(node) {
  const body = page(node, LABEL);
  try {
    const [indicators, budgetReport, dashboard, esfReport] = await Promise.all([
      getJson('/api/reports/indicators'), getJson('/api/budget'), getJson('/api/reports/dashboard'),
      getJson('/api/reports/esf')]);
    body.innerHTML = '';
    body.appendChild(el('p', {class: 'kazanlak-note'},
      `${indicators.programme.title}. Период на проекта: ${date(indicators.programme.start)} – ` +
      `${date(indicators.programme.end)}; данни към ${date(indicators.asOf)}`));
    body.appendChild(el('div', {class: 'kazanlak-grid-2'},
      section('Цели и постигнато', targetBars(targets(indicators), {title: 'Цели и постигнато'}),
        el('p', {class: 'kazanlak-note'},
          `Регистрирани участници: ${count(indicators.participants.registered)}, допустими: ` +
          `${count(indicators.participants.eligible)}; одобрени инициативи: ${count(indicators.initiatives.approved)}.`)),
      exports_(indicators)));
    body.appendChild(budget(budgetReport));
    body.appendChild(el('div', {class: 'kazanlak-grid-2'}, tasks(dashboard), trend(dashboard)));
    body.appendChild(esf(esfReport));
  } catch (error) {
    showProblem(body, error);
  }
}

export default [
  {
    id: 'kazanlak-kpi-route',
    pluginPoint: 'cockpit.route',
    properties: {path: PATH, label: LABEL},
    render
  },
  {
    id: 'kazanlak-kpi-navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 60,
    properties: {
      label: LABEL,
      pagePath: '#' + PATH,
      checkActive: url => (url || '').indexOf('#' + PATH) >= 0
    }
  },
  {
    id: 'kazanlak-dashboard-tile',
    pluginPoint: 'cockpit.dashboard',
    priority: 100,
    render(node) {
      node.innerHTML = '';
      node.appendChild(el('section', {class: 'kazanlak-dashboard-tile'},
        el('h3', {}, 'Проект „Казанлък“'),
        el('p', {},
          el('a', {href: '#' + PATH, class: 'btn btn-default'}, 'Показатели'), ' ',
          el('a', {href: '#/kazanlak-case-file', class: 'btn btn-default'}, 'Досие на участник'))));
    }
  }
];

// Kazanlak Inclusion: what the Cockpit pages «Показатели» and «Досие на участник» share — the
// project API's address, reading it in the Cockpit login (a GET under /api accepts the webapps'
// session), Bulgarian dates and amounts, the users' groups and codes in Bulgarian, and small
// hand-written SVG charts. Everything is bundled; nothing comes from a CDN.

const appRoot = (document.querySelector('base') || {getAttribute: () => ''})
  .getAttribute('app-root') || '';

/** The application's root: the project API lives beside /camunda. */
export const root = appRoot.replace(/\/camunda$/, '');

export function apiUrl(path) {
  return root + path;
}

/** A project API GET in the Cockpit session; a refusal carries the problem's Bulgarian text. */
export async function getJson(path) {
  const response = await fetch(apiUrl(path), {
    credentials: 'same-origin',
    headers: {Accept: 'application/json'}
  });
  if (!response.ok) {
    let detail = '';
    try {
      detail = (await response.json()).detail || '';
    } catch (notJson) {
      detail = '';
    }
    const error = new Error(detail || 'HTTP ' + response.status);
    error.status = response.status;
    error.detail = detail;
    throw error;
  }
  return response.json();
}

/** The refusal as a manager should read it. */
export function problemText(error) {
  if (error && error.status === 403) {
    return 'Страницата е достъпна само за ръководството на проекта.';
  }
  if (error && error.status === 401) {
    return 'Сесията е изтекла. Влезте отново.';
  }
  if (error && error.detail) {
    return error.detail;
  }
  return 'Данните не могат да бъдат заредени. Опитайте отново.';
}

const pad = n => String(n).padStart(2, '0');

/** 2026-12-02 -> 02.12.2026 г. */
export function date(iso) {
  if (!iso) {
    return '';
  }
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}.${m}.${y} г.`;
}

/** 2022-06-08T11:17:23 -> 08.06.2022 г., 11:17 */
export function dateTime(iso) {
  if (!iso) {
    return '';
  }
  const time = iso.length > 10 ? iso.slice(11, 16) : '';
  return time ? `${date(iso)}, ${time} ч.` : date(iso);
}

const MONTHS = ['яну', 'фев', 'мар', 'апр', 'май', 'юни', 'юли', 'авг', 'сеп', 'окт', 'ное', 'дек'];

/** 2022-06 -> юни 2022 (short month for the axes) */
export function month(yearMonth, withYear = true) {
  const [y, m] = yearMonth.split('-');
  return withYear ? `${MONTHS[Number(m) - 1]} ${y}` : MONTHS[Number(m) - 1];
}

/** 1234567.8 -> 1 234 567,80 лв. */
export function money(amount) {
  return Number(amount || 0).toLocaleString('bg-BG', {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2
  }) + ' лв.';
}

export function count(n) {
  return Number(n || 0).toLocaleString('bg-BG');
}

export function percent(part, whole) {
  if (!whole) {
    return '0 %';
  }
  return (Math.round((1000 * part) / whole) / 10).toLocaleString('bg-BG') + ' %';
}

export const GROUPS = {
  'case-officers': 'Експерти по случаите',
  'social-workers': 'Социални работници',
  'hr-officers': 'Служители „Човешки ресурси“',
  finance: 'Финанси',
  'initiative-coordinators': 'Координатори на инициативи',
  'project-managers': 'Ръководство на проекта',
  'camunda-admin': 'Администратори'
};

export const PROGRAMMES = {
  HRD: 'ОП «Развитие на човешките ресурси» (ОПРЧР)',
  SESG: 'ОП «Наука и образование за интелигентен растеж» (ОПНОИР)'
};

export const PARTICIPANT_STATUS = {
  REGISTERED: 'регистриран',
  DUPLICATE: 'анулиран дубликат',
  ELIGIBLE: 'допустим',
  REJECTED: 'недопустим',
  ASSESSED: 'с оценка на потребностите',
  ENROLLED: 'включен в направления',
  WITHDRAWN: 'оттеглил се'
};

export const PROCESS_STATE = {
  ACTIVE: 'в ход',
  SUSPENDED: 'спрян',
  COMPLETED: 'приключил',
  EXTERNALLY_TERMINATED: 'прекратен',
  INTERNALLY_TERMINATED: 'прекратен'
};

/** Codes a decision table answers with, as the users say them. */
const CODES = {
  ELIGIBLE: 'допустим',
  UNDER_MINIMUM_AGE: 'под минималната възраст',
  NOT_IN_TARGET_GROUP: 'извън целевата група',
  NO_STREAM_AVAILABLE: 'няма подходящо направление',
  EMPLOYMENT: 'заетост',
  HOUSING_SUPPORT: 'жилищна подкрепа',
  FAMILY_HOUSE: 'Къща на семейството',
  EDUCATION: 'образование',
  INITIATIVES: 'инициативи',
  MANAGER: 'ръководител',
  FINANCE: 'финанси',
  true: 'да',
  false: 'не'
};

export function code(value, names = {}) {
  if (value === null || value === undefined) {
    return '—';
  }
  return String(value)
    .split(',')
    .map(part => part.trim())
    .map(part => names[part] || CODES[part] || GROUPS[part] || part)
    .join(', ');
}

/** An element with attributes and children (strings become text, never HTML). */
export function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) {
      continue;
    }
    if (name === 'onclick' || name === 'onchange' || name === 'onsubmit' || name === 'oninput') {
      element.addEventListener(name.slice(2), value);
    } else {
      element.setAttribute(name, value === true ? '' : value);
    }
  }
  append(element, children);
  return element;
}

function append(parent, children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) {
      continue;
    }
    parent.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
}

const SVG = 'http://www.w3.org/2000/svg';

export function svg(tag, attributes = {}, ...children) {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== null && value !== undefined) {
      element.setAttribute(name, value);
    }
  }
  append(element, children);
  return element;
}

const COLOURS = ['#1f6fb2', '#2e9e5b', '#d9822b', '#8e44ad', '#c0392b'];

/** An empty chart of the given size, described for screen readers by its title. */
function chartSvg(kind, width, height, title) {
  return svg('svg', {
    class: 'kazanlak-chart ' + kind,
    viewBox: `0 0 ${width} ${height}`,
    width,
    height,
    role: 'img',
    'aria-label': title
  }, svg('title', {}, title));
}

/**
 * Horizontal bars, one per row: the target as the grey track, what was achieved filled over it,
 * "achieved / target (percent)" beside it. rows: [{label, achieved, target, note}]
 */
export function targetBars(rows, {title}) {
  const width = 640;
  const labelWidth = 250;
  const barWidth = 260;
  const rowHeight = 34;
  const height = rows.length * rowHeight + 10;
  const chart = chartSvg('kazanlak-target-bars', width, height, title);
  rows.forEach((row, i) => {
    const y = 5 + i * rowHeight;
    const share = row.target ? Math.min(1, row.achieved / row.target) : 0;
    chart.appendChild(svg('text', {x: 0, y: y + 19, class: 'kazanlak-chart-label'}, row.label));
    chart.appendChild(svg('rect', {
      x: labelWidth, y: y + 5, width: barWidth, height: 20, rx: 3, class: 'kazanlak-track'
    }));
    chart.appendChild(svg('rect', {
      x: labelWidth, y: y + 5, width: Math.max(share * barWidth, share > 0 ? 2 : 0), height: 20,
      rx: 3, fill: share >= 1 ? '#2e9e5b' : '#1f6fb2'
    }, svg('title', {}, `${row.label}: ${count(row.achieved)} от ${count(row.target)}`)));
    chart.appendChild(svg('text', {x: labelWidth + barWidth + 10, y: y + 20, class: 'kazanlak-chart-value'},
      `${count(row.achieved)} / ${count(row.target)} (${percent(row.achieved, row.target)})`));
  });
  return chart;
}

/**
 * Two bars per row against the contracted amount: committed (light) and spent (dark).
 * rows: [{label, contracted, committed, spent}]
 */
export function absorptionBars(rows, {title, labelWidth = 250}) {
  const width = 700;
  const barWidth = 250;
  const rowHeight = 44;
  const height = rows.length * rowHeight + 10;
  const chart = chartSvg('kazanlak-absorption', width, height, title);
  rows.forEach((row, i) => {
    const y = 5 + i * rowHeight;
    const scale = value => (row.contracted ? Math.min(1, value / row.contracted) : 0) * barWidth;
    chart.appendChild(svg('text', {x: 0, y: y + 24, class: 'kazanlak-chart-label'}, row.label));
    chart.appendChild(svg('rect', {
      x: labelWidth, y: y + 4, width: barWidth, height: 34, rx: 3, class: 'kazanlak-track'
    }));
    chart.appendChild(svg('rect', {
      x: labelWidth, y: y + 6, width: scale(row.committed), height: 14, fill: '#9cc3e6'
    }, svg('title', {}, `Поети задължения: ${money(row.committed)}`)));
    chart.appendChild(svg('rect', {
      x: labelWidth, y: y + 22, width: scale(row.spent), height: 14, fill: '#1f6fb2'
    }, svg('title', {}, `Извършени разходи: ${money(row.spent)}`)));
    chart.appendChild(svg('text', {x: labelWidth + barWidth + 10, y: y + 17, class: 'kazanlak-chart-value'},
      `поети ${percent(row.committed, row.contracted)}`));
    chart.appendChild(svg('text', {x: labelWidth + barWidth + 10, y: y + 34, class: 'kazanlak-chart-value'},
      `изразходвани ${percent(row.spent, row.contracted)} от ${money(row.contracted)}`));
  });
  return chart;
}

/** The chart's legend: [{label, colour}] */
export function legend(series) {
  return el('ul', {class: 'kazanlak-legend'},
    series.map((s, i) => el('li', {},
      el('span', {class: 'kazanlak-swatch', style: `background:${s.colour || COLOURS[i]}`}),
      s.label)));
}

/**
 * Lines over the months: series [{label, values: [n per month]}], months ['2022-01', ...].
 */
export function lineChart(months, series, {title, format = count}) {
  const width = 760;
  const height = 260;
  const left = 56;
  const bottom = 36;
  const top = 12;
  const right = 16;
  const max = Math.max(1, ...series.flatMap(s => s.values));
  const step = months.length > 1 ? (width - left - right) / (months.length - 1) : 0;
  const x = i => left + i * step;
  const y = v => top + (height - top - bottom) * (1 - v / max);
  const chart = chartSvg('kazanlak-line-chart', width, height, title);
  for (let t = 0; t <= 4; t++) {
    const value = (max * t) / 4;
    chart.appendChild(svg('line', {x1: left, x2: width - right, y1: y(value), y2: y(value), class: 'kazanlak-grid'}));
    chart.appendChild(svg('text', {x: left - 6, y: y(value) + 4, class: 'kazanlak-axis', 'text-anchor': 'end'},
      format(Math.round(value))));
  }
  months.forEach((m, i) => {
    if (months.length <= 12 || i % 3 === 0 || i === months.length - 1) {
      chart.appendChild(svg('text', {x: x(i), y: height - bottom + 16, class: 'kazanlak-axis', 'text-anchor': 'middle'},
        month(m, false)));
      if (m.endsWith('-01') || i === 0) {
        chart.appendChild(svg('text', {x: x(i), y: height - bottom + 30, class: 'kazanlak-axis', 'text-anchor': 'middle'},
          m.slice(0, 4)));
      }
    }
  });
  series.forEach((s, n) => {
    const colour = s.colour || COLOURS[n];
    chart.appendChild(svg('polyline', {
      points: s.values.map((v, i) => `${x(i)},${y(v)}`).join(' '),
      fill: 'none',
      stroke: colour,
      'stroke-width': 2.5
    }));
    s.values.forEach((v, i) => chart.appendChild(svg('circle', {cx: x(i), cy: y(v), r: 3, fill: colour},
      svg('title', {}, `${s.label}, ${month(months[i])}: ${format(v)}`))));
  });
  return chart;
}

/** Bars over the months: values [amount per month]. */
export function monthBars(months, values, {title, format = money, colour = '#1f6fb2'}) {
  const width = 760;
  const height = 240;
  const left = 96;
  const bottom = 36;
  const top = 12;
  const right = 16;
  const max = Math.max(1, ...values);
  const slot = (width - left - right) / Math.max(1, months.length);
  const y = v => top + (height - top - bottom) * (1 - v / max);
  const chart = chartSvg('kazanlak-month-bars', width, height, title);
  for (let t = 0; t <= 4; t++) {
    const value = (max * t) / 4;
    chart.appendChild(svg('line', {x1: left, x2: width - right, y1: y(value), y2: y(value), class: 'kazanlak-grid'}));
    chart.appendChild(svg('text', {x: left - 6, y: y(value) + 4, class: 'kazanlak-axis', 'text-anchor': 'end'},
      format(value).replace(/,\d\d лв\.$/, ' лв.')));
  }
  values.forEach((v, i) => {
    const x = left + i * slot + slot * 0.15;
    chart.appendChild(svg('rect', {x, y: y(v), width: slot * 0.7, height: y(0) - y(v), fill: colour},
      svg('title', {}, `${month(months[i])}: ${format(v)}`)));
    if (months.length <= 12 || i % 3 === 0 || i === months.length - 1) {
      chart.appendChild(svg('text', {x: x + slot * 0.35, y: height - bottom + 16, class: 'kazanlak-axis', 'text-anchor': 'middle'},
        month(months[i], false)));
      if (months[i].endsWith('-01') || i === 0) {
        chart.appendChild(svg('text', {x: x + slot * 0.35, y: height - bottom + 30, class: 'kazanlak-axis', 'text-anchor': 'middle'},
          months[i].slice(0, 4)));
      }
    }
  });
  return chart;
}

/** A page's frame: its heading and a box the page fills in, or shows a refusal in. */
export function page(node, heading) {
  node.innerHTML = '';
  const body = el('div', {class: 'kazanlak-page-body'}, el('p', {class: 'kazanlak-loading'}, 'Зареждане…'));
  node.appendChild(el('section', {class: 'kazanlak-page'}, el('h1', {}, heading), body));
  return body;
}

export function showProblem(body, error) {
  body.innerHTML = '';
  body.appendChild(el('div', {class: 'kazanlak-problem', role: 'alert'}, problemText(error)));
}

/** The hash route's query: #/kazanlak-case-file?participant=P-2022-00013 */
export function routeParams() {
  const hash = window.location.hash || '';
  const query = hash.indexOf('?') >= 0 ? hash.slice(hash.indexOf('?') + 1) : '';
  return new URLSearchParams(query);
}

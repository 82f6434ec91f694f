// Kazanlak Inclusion: the English texts that the webapps' locale files do not reach, in Bulgarian.
// form-js (Camunda Forms in Tasklist), dmn-js (decision tables in Cockpit) and the header's app
// switcher have their texts built in; a MutationObserver replaces the known ones where they
// appear (text, placeholder, title), and form-js's date picker (flatpickr) gets Bulgarian month
// and day names, Monday first and dd.MM.yyyy. Loaded through customScripts of every app.

const TEXTS = {
  // form-js
  'Field is required.': 'Полето е задължително.',
  'Field must be a valid email.': 'Въведете валиден имейл адрес.',
  'Select': 'Изберете',
  'Search': 'Търсене',
  'No results': 'Няма резултати',
  'All values selected': 'Избрани са всички стойности',
  'Remove tag': 'Премахване',
  'Clear': 'Изчистване',
  'Add new': 'Добавяне на ред',
  'Collapse': 'Свиване',
  // dmn-js (decision tables in Cockpit)
  'When': 'Когато',
  'And': 'И',
  'Then': 'Тогава',
  'Hit policy:': 'Правило за съвпадение:',
  'Annotations': 'Бележки',
  'Unique': 'Единствено',
  'First': 'Първо',
  'Priority': 'По приоритет',
  'Any': 'Което и да е',
  'Collect': 'Всички',
  'Collect (Sum)': 'Всички (сума)',
  'Collect (Min)': 'Всички (минимум)',
  'Collect (Max)': 'Всички (максимум)',
  'Collect (Count)': 'Всички (брой)',
  'Rule order': 'По реда на правилата',
  'Output order': 'По реда на резултатите',
  // header app switcher, tables
  'Welcome': 'Начало',
  'Actions': 'Действия'
};

const PATTERNS = [
  [/^Field must have minimum value of (.+)\.$/, 'Стойността трябва да е поне $1.'],
  [/^Field must have maximum value of (.+)\.$/, 'Стойността трябва да е най-много $1.'],
  [/^Field must have minimum length of (.+)\.$/, 'Въведете поне $1 знака.'],
  [/^Field must have maximum length of (.+)\.$/, 'Въведете най-много $1 знака.'],
  [/^Field must match pattern (.+)\.$/, 'Стойността не отговаря на формата $1.'],
  // form-js dynamic lists
  [/^Expand all \((\d+)\)$/, 'Разгъване на всички ($1)'],
  [/^Remove list item (\d+)$/, 'Премахване на ред $1'],
  // dates as Bulgarian staff write them: Cockpit's tables and variables show ISO 8601
  [/^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(:\d{2}(\.\d+)?)?$/, '$3.$2.$1 $4:$5'],
  [/^(\d{4})-(\d{2})-(\d{2})$/, '$3.$2.$1'],
  [/^Field must be a valid {1,2}international phone number\..*$/,
    'Въведете телефонен номер в международен формат (например +359431...).']
];

// user-facing codes shown as variable values (Cockpit): the programme's streams
const STREAMS = {
  EMPLOYMENT: 'заетост',
  HOUSING_SUPPORT: 'жилищна подкрепа',
  FAMILY_HOUSE: 'Къща на семейството',
  EDUCATION: 'образование',
  INITIATIVES: 'инициативи'
};

export function bulgarian(text) {
  const trimmed = text.trim();
  if (!trimmed) {
    return null;
  }
  let translated = TEXTS[trimmed];
  for (const [pattern, replacement] of PATTERNS) {
    if (!translated && pattern.test(trimmed)) {
      translated = trimmed.replace(pattern, replacement);
    }
  }
  const codes = trimmed.split(',');
  if (!translated && codes.every(code => STREAMS[code])) {
    translated = codes.map(code => STREAMS[code]).join(', ');
  }
  return translated ? text.replace(trimmed, translated) : null;
}

const FLATPICKR_BG = {
  weekdays: {
    shorthand: ['Нд', 'Пн', 'Вт', 'Ср', 'Чт', 'Пт', 'Сб'],
    longhand: ['Неделя', 'Понеделник', 'Вторник', 'Сряда', 'Четвъртък', 'Петък', 'Събота']
  },
  months: {
    shorthand: ['Яну', 'Фев', 'Мар', 'Апр', 'Май', 'Юни', 'Юли', 'Авг', 'Сеп', 'Окт', 'Ное', 'Дек'],
    longhand: ['Януари', 'Февруари', 'Март', 'Април', 'Май', 'Юни', 'Юли', 'Август', 'Септември',
      'Октомври', 'Ноември', 'Декември']
  },
  firstDayOfWeek: 1,
  rangeSeparator: ' до ',
  weekAbbreviation: 'Седм.',
  scrollTitle: 'Превъртете за промяна',
  toggleTitle: 'Натиснете за превключване',
  time_24hr: true
};

function translateElement(element) {
  for (const attribute of ['placeholder', 'title', 'aria-label']) {
    const value = element.getAttribute(attribute);
    const translated = value && bulgarian(value);
    if (translated) {
      element.setAttribute(attribute, translated);
    }
  }
  // form-js's date field: its flatpickr instance sits on the input
  const picker = element._flatpickr;
  if (picker && !picker.kazanlakBulgarian) {
    picker.kazanlakBulgarian = true;
    // flatpickr took its "now" when the page loaded, before programme-clock.js shifted Date
    const today = new Date();
    picker.now = today;
    picker.config.now = today;
    picker._initialDate = today;
    picker.set({locale: FLATPICKR_BG, dateFormat: 'd.m.Y'});
    if (picker.selectedDates.length === 0) {
      picker.jumpToDate(today, true);
    }
    element.setAttribute('placeholder', 'дд.мм.гггг');
  }
}

const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/g;

// a form's text view writes dates (contract start and end) inside sentences
function translateText(node) {
  const translated = bulgarian(node.data);
  if (translated) {
    node.data = translated;
  } else if (node.parentElement && node.parentElement.closest('.fjs-form-field-text')) {
    const dated = node.data.replace(ISO_DATE, '$3.$2.$1');
    if (dated !== node.data) {
      node.data = dated;
    }
  }
}

function translate(root) {
  if (root.nodeType === Node.TEXT_NODE) {
    translateText(root);
    return;
  }
  if (root.nodeType !== Node.ELEMENT_NODE) {
    return;
  }
  translateElement(root);
  root.querySelectorAll('[placeholder], [title], [aria-label], .fjs-datepicker input')
      .forEach(translateElement);
  const texts = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = texts.nextNode(); node; node = texts.nextNode()) {
    translateText(node);
  }
}

new MutationObserver(mutations => {
  for (const mutation of mutations) {
    if (mutation.type === 'childList') {
      mutation.addedNodes.forEach(translate);
    } else {
      translate(mutation.target);
    }
  }
}).observe(document.documentElement, {
  subtree: true, childList: true, characterData: true, attributes: true,
  attributeFilter: ['placeholder', 'title']
});
translate(document.body);

// Kazanlak Inclusion: what Tasklist tells a user after they press «Стартиране» or «Приключване».
// Tasklist shows a refusal at the top of a long dialog, scrolled out of sight, and says nothing of
// what a start created. This module watches the engine API's answers (Tasklist talks to it with
// XMLHttpRequest, and loads a deployed form with fetch) and
//  - puts each refused field's Bulgarian message under that field (the refusal names form keys;
//    the deployed form's schema, loaded by Tasklist just before, maps keys to form-js's ids) and
//    scrolls it into view; a refusal that names no field is shown beside the buttons;
//  - after a start, shows the number the case got (its business key: registration, expense or
//    club number) until the user closes it;
//  - opens links to the project's documents (`/api/...`: the contract PDF, reports) in a new tab,
//    where the Tasklist login serves them (GET under /api accepts the webapp session);
//  - shows every filter's count, not only the selected one's, so a group sees where work waits;
//  - lets Tasklist's own "the form is invalid" toast go after a few seconds (form-js already
//    marks the fields) instead of covering the buttons;
//  - keeps «Приключване» usable once a field inside a dynamic list was edited: form-js leaves an
//    empty entry for the list's field in its errors (errors[id] = [] after the row's error is
//    cleared), which Tasklist counts as an invalid form. The button is disabled only while
//    form-js shows an error; completing validates the whole form again anyway.
// Loaded through Tasklist's customScripts (scripts/config.js).

const ENGINE = '/camunda/api/engine/engine/';
const FORM_SCHEMA = /\/(deployed-start-form|deployed-form)$/;
const SUBMIT = /\/(submit-form|complete)$/;
const START = /\/process-definition\/[^/]+\/submit-form$/;

let fieldIds = {};

/** form key -> form-js component id, from a Camunda Form's schema (components nest in groups). */
export function fieldIdsOf(schema) {
  const ids = {};
  const walk = components => (components || []).forEach(component => {
    if (component.key && component.id) {
      ids[component.key] = component.id;
    }
    walk(component.components);
  });
  walk(schema && schema.components);
  return ids;
}

function parse(text) {
  try {
    return JSON.parse(text);
  } catch (notJson) {
    return null;
  }
}

function dialog() {
  return document.querySelector('.modal-content') || document.querySelector('[cam-tasklist-task]')
      || document.body;
}

function clearRefusals() {
  document.querySelectorAll('.kazanlak-refusal').forEach(node => node.remove());
  document.querySelectorAll('.kazanlak-refused').forEach(node => {
    node.classList.remove('kazanlak-refused', 'fjs-has-errors');
  });
}

function fieldElement(key) {
  // the API's names nest (`entry.educationLevel`); a form's key is the last part
  const id = fieldIds[key] || fieldIds[key.split('.').pop()];
  const input = id && dialog().querySelector(`.fjs-form [id$="-${id}"]`);
  return input && input.closest('.fjs-form-field');
}

function message(text) {
  const node = document.createElement('div');
  node.className = 'kazanlak-refusal';
  node.setAttribute('role', 'alert');
  node.textContent = text;
  return node;
}

function showRefusal(body) {
  clearRefusals();
  const shown = [];
  for (const problem of body.errors || []) {
    const field = fieldElement(problem.field);
    if (field) {
      field.classList.add('kazanlak-refused', 'fjs-has-errors');
      const node = message(problem.message);
      node.classList.add('fjs-form-field-error');
      field.appendChild(node);
      field.addEventListener('input', () => node.remove(), {once: true});
      shown.push(node);
    }
  }
  if (shown.length === 0) {
    const form = dialog().querySelector('.fjs-container') || dialog();
    const node = message(body.message);
    node.classList.add('kazanlak-refusal-box');
    form.appendChild(node);
    shown.push(node);
  }
  shown[0].scrollIntoView({block: 'center', behavior: 'smooth'});
}

function showStarted(instance) {
  document.querySelectorAll('.kazanlak-started').forEach(node => node.remove());
  if (!instance || !instance.businessKey) {
    return;
  }
  const node = document.createElement('div');
  node.className = 'kazanlak-started';
  node.setAttribute('role', 'status');
  const text = document.createElement('span');
  text.textContent = 'Стартирано. Номер на преписката: ';
  const number = document.createElement('strong');
  number.className = 'kazanlak-started-number';
  number.textContent = instance.businessKey;
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'close';
  close.setAttribute('aria-label', 'Затваряне');
  close.textContent = '×';
  close.addEventListener('click', () => node.remove());
  node.append(close, text, number);
  document.body.appendChild(node);
}

// form-js's own validation: Tasklist adds a danger toast without a message that stays for good
function dismissFormFailures() {
  document.querySelectorAll('[ng-repeat="notification in notifications"].alert-danger')
      .forEach(alert => {
        const hasMessage = alert.querySelector('.message') && alert.querySelector('.message')
            .textContent.trim();
        if (!hasMessage && !alert.kazanlakTimer) {
          alert.kazanlakTimer = setTimeout(() => {
            const close = alert.querySelector('button.close.ng-scope');
            if (close) {
              close.click();
            }
          }, 4000);
        }
      });
}

function answered(url, method, status, text) {
  if (!url || url.indexOf(ENGINE) < 0) {
    return;
  }
  const path = url.split('?')[0];
  if (method === 'GET' && status === 200 && FORM_SCHEMA.test(path)) {
    fieldIds = fieldIdsOf(parse(text));
  } else if (method === 'POST' && SUBMIT.test(path)) {
    if (status >= 400 && status < 500) {
      const body = parse(text);
      if (body && body.message) {
        setTimeout(() => showRefusal(body), 0);
      }
    } else if (status === 200 && START.test(path)) {
      showStarted(parse(text));
    }
    if (status < 300) {
      countsAsked = 0;
    }
  }
}

const open = XMLHttpRequest.prototype.open;
XMLHttpRequest.prototype.open = function (method, url, ...rest) {
  this.kazanlakRequest = {method: String(method).toUpperCase(), url: String(url)};
  this.addEventListener('load', () => {
    const request = this.kazanlakRequest;
    const text = this.responseType === '' || this.responseType === 'text' ? this.responseText
        : null;
    answered(request.url, request.method, this.status, text);
  });
  return open.call(this, method, url, ...rest);
};

function documentLinksInNewTab() {
  document.querySelectorAll('.fjs-container a[href*="/api/"]:not([target])').forEach(link => {
    link.setAttribute('target', '_blank');
    link.setAttribute('rel', 'noopener');
  });
}

// Tasklist counts only the selected filter; the others get theirs from the same API, by name
let countsAsked = 0;
function showFilterCounts() {
  const items = document.querySelectorAll('.task-filter');
  if (items.length === 0 || Date.now() - countsAsked < 15000) {
    return;
  }
  countsAsked = Date.now();
  originalFetch(ENGINE + 'default/filter?resourceType=Task&itemCount=true',
      {credentials: 'same-origin', headers: {Accept: 'application/json'}})
      .then(response => (response.ok ? response.json() : []))
      .then(filters => {
        const counts = {};
        filters.forEach(filter => { counts[filter.name.trim()] = filter.itemCount; });
        document.querySelectorAll('.task-filter h4.name a').forEach(link => {
          let badge = link.querySelector('.kazanlak-count');
          const name = link.firstChild && link.firstChild.textContent.trim();
          if (!(name in counts)) {
            return;
          }
          if (!badge) {
            badge = document.createElement('span');
            badge.className = 'kazanlak-count';
            link.appendChild(badge);
          }
          badge.textContent = counts[name];
        });
      }, () => {});
}

const originalFetch = window.fetch;
window.fetch = function (input, init) {
  const url = typeof input === 'string' ? input : input && input.url;
  const method = String((init && init.method) || (input && input.method) || 'GET').toUpperCase();
  const answer = originalFetch.apply(this, arguments);
  if (!url || String(url).indexOf(ENGINE) < 0) {
    return answer;
  }
  return answer.then(response => {
    response.clone().text().then(text => answered(String(url), method, response.status, text),
        () => {});
    return response;
  });
};

/** Tasklist's complete button: disabled for a form-js error only while one is shown. */
function completableWithDynamicLists() {
  const angular = window.angular;
  const button = document.querySelector('button[ng-click="complete()"]');
  let scope = angular && button && angular.element(button).scope();
  while (scope && !Object.prototype.hasOwnProperty.call(scope, 'disableCompleteButton')) {
    scope = scope.$parent;
  }
  if (!scope || scope.disableCompleteButton.kazanlak) {
    return;
  }
  const disabled = () => scope.taskRemoved || scope.completeInProgress
      || (scope.$invalid && document.querySelector('.fjs-form .fjs-has-errors') !== null)
      || (scope.options && scope.options.disableCompleteButton);
  disabled.kazanlak = true;
  scope.disableCompleteButton = disabled;
}

new MutationObserver(() => {
  showFilterCounts();
  completableWithDynamicLists();
  dismissFormFailures();
  documentLinksInNewTab();
})
    .observe(document.documentElement, {childList: true, subtree: true});

/*
 * Copyright Camunda Services GmbH and/or licensed to Camunda Services GmbH
 * under one or more contributor license agreements. See the NOTICE file
 * distributed with this work for additional information regarding copyright
 * ownership. Camunda licenses this file to you under the Apache License,
 * Version 2.0; you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

// Kazanlak Inclusion: overrides the webjar's app/tasklist/scripts/config.js (7.24.0) whole; only
// the locales and customScripts blocks and the shortcut descriptions (translated) differ from the
// original.
export default {
  // change the app name and vendor
  // app: {
  //   name: 'Todos',
  //   vendor: 'Company'
  // },
  //
  // configure the date format
  // "dateFormat": {
  //   "normal": "LLL",
  //   "long":   "LLLL"
  // },
  //
  // Kazanlak Inclusion: Bulgarian first (locales/bg.json beside this folder). A browser whose
  // first language is English gets English; every other browser gets Bulgarian.
  locales: {
    availableLocales: ['bg', 'en'],
    fallbackLocale: 'bg'
  },
  // Kazanlak Inclusion: the programme's clock (app/kazanlak/programme-clock.js) and the
  // built-in English texts in Bulgarian (app/kazanlak/bulgarian.js), shared by the apps; what a
  // submitted form led to, where the eye is (app/kazanlak/tasklist-feedback.js).
  customScripts: [
    '../kazanlak/programme-clock',
    '../kazanlak/bulgarian',
    '../kazanlak/tasklist-feedback'
  ],
  // customScripts: [
  //   // If you have a folder called 'my-custom-script' (in the 'tasklist' folder)
  //   // with a file called 'customScript.js' in it
  //   // 'my-custom-script/customScript'
  // ],
  // requireJsConfig: {
  //   // AngularJS module names
  //   ngDeps: ['ui.bootstrap'],
  //   // RequireJS configuration for a complete configuration documentation see:
  //   // http://requirejs.org/docs/api.html#config
  //   deps: ['jquery', 'custom-ui'],
  //   paths: {
  //     // if you have a folder called `custom-ui` (in the `scripts` folder)
  //     // with a file called `scripts.js` in it and defining the `custom-ui` AMD module
  //     'custom-ui': 'custom-ui/scripts'
  //   }
  // },
  // csrfCookieName: 'XSRF-TOKEN',
  // disableWelcomeMessage: false,
  // assignProcessInstanceIdToTaskComment: true,

  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'поема избраната задача'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'премества фокуса върху първия филтър в списъка'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'премества фокуса върху първата задача в списъка'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'премества фокуса върху първото поле във формуляра на задачата'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'отваря прозореца за стартиране на процес'
    }
  }
};

// Kazanlak Inclusion: the webapps count "today", "due in 2 days" and "overdue" from the
// programme's clock, not the browser's. A demo or training installation runs the programme clock
// "as of" a date inside the programme (inclusion.clock.start); the server tells its "now" at
// /programme/clock and this module, loaded through customScripts before the app starts, shifts
// Date (and so moment.js and the date pickers) by the difference. In production the clock is
// real time ("shifted": false) and the browser's Date is left alone.

const appRoot = document.querySelector('base').getAttribute('app-root') || '';
const clockUrl = appRoot.replace(/\/camunda$/, '') + '/programme/clock';

async function programmeOffset() {
  try {
    const sentAt = Date.now();
    const response = await fetch(clockUrl, {credentials: 'same-origin', cache: 'no-store'});
    if (!response.ok) {
      return 0;
    }
    const reading = await response.json();
    if (!reading.shifted) {
      return 0;
    }
    const receivedAt = Date.now();
    return Date.parse(reading.now) - (sentAt + receivedAt) / 2;
  } catch (unreachable) {
    console.warn('programme clock unreachable, the browser keeps its own', unreachable);
    return 0;
  }
}

function shiftDate(offset) {
  const RealDate = window.Date;
  const now = () => RealDate.now() + offset;
  // a function, not a subclass: Date() without new must still return a string, and every Date
  // (also those made before) stays an instance of the shared prototype
  function ProgrammeDate(...args) {
    if (!new.target) {
      return new RealDate(now()).toString();
    }
    return args.length === 0 ? new RealDate(now()) : Reflect.construct(RealDate, args);
  }
  ProgrammeDate.prototype = RealDate.prototype;
  ProgrammeDate.now = now;
  ProgrammeDate.parse = RealDate.parse;
  ProgrammeDate.UTC = RealDate.UTC;
  window.Date = ProgrammeDate;
}

const offset = await programmeOffset();
if (offset !== 0) {
  shiftDate(offset);
}

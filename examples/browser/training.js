// The training page's script: builds the grading form from the instrument, compares the
// trainee's grades with the reference grading, and shows kappa and the pictures. It imports
// the library's browser build; no inline script, no eval (the page runs under a strict CSP).
import { compareWithReference, getInstrument } from '../../dist/browser/graded-care.js';
import { renderProfileChart, renderStarChart } from '../../dist/browser/svg.js';
import { CASE, REFERENCE, STAR_READINGS } from './sample-case.js';

const instrument = getInstrument('gcp2');
const $ = (id) => document.getElementById(id);

function element(tag, properties = {}, children = []) {
  const node = Object.assign(document.createElement(tag), properties);
  node.append(...children);
  return node;
}

function buildCase() {
  $('case-title').textContent = CASE.title;
  $('case-summary').append(...CASE.summary.map((text) => element('p', { textContent: text })));
}

function buildForm() {
  const labels = instrument.scale.labels;
  const rows = [];
  for (const area of instrument.areas) {
    rows.push(element('tr', { className: 'area' }, [element('th', { colSpan: 2, textContent: area.title })]));
    for (const sub of area.subAreas) {
      const options = [element('option', { value: '', textContent: '—' })];
      for (let grade = instrument.scale.min; grade <= instrument.scale.max; grade++) {
        options.push(element('option', { value: String(grade), textContent: `${grade} · ${labels[grade - instrument.scale.min] ?? ''}` }));
      }
      options.push(element('option', { value: 'not-scored', textContent: 'not scored' }));
      const select = element('select', { name: sub.id, id: `grade-${sub.id}` }, options);
      rows.push(element('tr', {}, [element('td', {}, [element('label', { htmlFor: select.id, textContent: sub.title })]), element('td', {}, [select])]));
    }
  }
  $('grades').append(...rows);
}

function traineeAssessment() {
  const ratings = {};
  for (const select of $('grading').querySelectorAll('select')) {
    if (select.value === 'not-scored') ratings[select.name] = 'not-scored';
    else if (select.value !== '') ratings[select.name] = Number(select.value);
  }
  return { ...REFERENCE, id: 'trainee', assessor: 'trainee', ratings };
}

const percent = (share) => `${Math.round(share * 100)}%`;

function showFeedback(event) {
  event.preventDefault();
  $('error').textContent = '';
  const trainee = traineeAssessment();
  let result;
  try {
    result = compareWithReference(trainee, REFERENCE, { weights: 'linear' });
  } catch (error) {
    $('error').textContent = error.message;
    $('feedback').hidden = true;
    return;
  }
  const { summary, furthestApart } = result;
  const kappa = summary.kappa;
  $('kappa').textContent = kappa.kappa === null ? 'not defined (both used one grade only)' : kappa.kappa.toFixed(3);
  $('kappa-weights').textContent = kappa.weights;
  const interval = kappa.confidenceInterval;
  $('kappa-interval').textContent = interval === null ? 'not defined' : `${interval.lower.toFixed(2)} to ${interval.upper.toFixed(2)}`;
  $('compared').textContent = `${summary.compared} of ${Object.keys(result.subAreas).length}`;
  $('exact').textContent = percent(summary.exactAgreement);
  $('within-one').textContent = percent(summary.withinOneAgreement);
  $('harsher').textContent = String(summary.harsher);
  $('more-lenient').textContent = String(summary.moreLenient);
  const titles = new Map(instrument.areas.flatMap((a) => a.subAreas.map((s) => [s.id, s.title])));
  $('furthest').textContent =
    furthestApart.subAreas.length === 0
      ? 'none: every grade you gave matches the reference'
      : `${furthestApart.subAreas.map((id) => `${titles.get(id)} (you ${result.subAreas[id].trainee}, reference ${result.subAreas[id].reference})`).join('; ')} — ${furthestApart.difference} grade${furthestApart.difference === 1 ? '' : 's'} apart`;
  $('profile').innerHTML = renderProfileChart([REFERENCE, trainee], { title: `${CASE.title}: reference and your grades`, idPrefix: 'profile' });
  $('feedback').hidden = false;
}

buildCase();
buildForm();
$('star').innerHTML = renderStarChart(STAR_READINGS, { title: `${CASE.title}: Family Star Plus`, idPrefix: 'star' });
$('grading').addEventListener('submit', showFeedback);
document.body.dataset.ready = 'true';

/**
 * `graded-care/svg`: deterministic, self-contained, accessible SVG pictures (design §8) as
 * strings, in Node and the browser, with no DOM. This entry imports the core; the core never
 * imports it.
 *
 * @module graded-care/svg
 */

export { renderStarChart, type StarChartOptions } from './star-chart.js';
export { renderProfileChart, type ProfileChartOptions } from './profile-chart.js';
export { escapeXml, type PictureOptions } from './xml.js';

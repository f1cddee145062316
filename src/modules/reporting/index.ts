/**
 * Public entry of the reporting module: other modules import only this file.
 * Figures are defined once in ../contacts/statistics/call-figures.ts (docs/metrics.md);
 * the 15-minute call rollups live with the calls (contacts) and are read here.
 */
export { readIntervalRollups, readIntervalRollupsInTx, type IntervalRollup, type IntervalRollupQuery } from './rollups.js';
export { figuresOf, contributionOf, emptyCounts, type CallCounts, type CallFigures } from '../contacts/index.js';
export { rederiveCallRollups, type RederiveResult, type RollupDifference } from '../contacts/index.js';
export { berlinDayStart, berlinYmd, nextYmd } from '../contacts/index.js';
export { reportingRoutes } from './reporting.routes.js';
export { runMonthlyReports, firstWorkingDay, type MonthlyRunResult } from './monthly-report.service.js';
// The report exports (CSV, XLSX, PDF from one table), for other modules' reports (staffing).
export { sendTable } from './export/send.js';
export { germanDate, type ReportColumn, type ReportTable } from './export/table.js';

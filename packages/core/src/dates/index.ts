export { ageInYears } from './age.ts';
export { fixedClock, isValidTimeZone, todayInZone, type Clock } from './clock.ts';
export { compareIsoDate, isAfter, isBefore, isWithin, type DateRange } from './compare-dates.ts';
export { addDays, addMonths, daysBetween } from './date-arithmetic.ts';
export { MAX_YEAR, MIN_YEAR, isIsoDate, isoDate, parseIsoDate, type IsoDate } from './iso-date.ts';
export { formatUsDate, parseUsDate } from './us-date.ts';
export { parseX12Date, toX12Date } from './x12-date.ts';

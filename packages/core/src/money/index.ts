export {
  MAX_CENTS,
  MIN_CENTS,
  ZERO_CENTS,
  cents,
  centsFromBigInt,
  centsToBigInt,
  isCents,
  type Cents,
} from './cents.ts';
export {
  addCents,
  multiplyCents,
  negateCents,
  subtractCents,
  sumCents,
} from './cents-arithmetic.ts';
export { formatMoney, formatUsd } from './format-money.ts';
export { parseMoney, parseMoneyLoose } from './parse-money.ts';
export { MAX_RATE_DECIMALS, applyRate, formatRate, parseRate, rate, type Rate } from './rate.ts';

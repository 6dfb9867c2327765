/**
 * The digits of an R (`decimal`: one point allowed) or N0 value, which is what their lengths
 * count (X12.6 3.5.1: no sign, no decimal point); -1 when the value is not such a number.
 */
export function numberDigits(value: string, decimal: boolean): number {
  let digits = 0;
  let point = !decimal;
  for (let i = value.charCodeAt(0) === 45 ? 1 : 0; i < value.length; i += 1) {
    const c = value.charCodeAt(i);
    if (c >= 48 && c <= 57) digits += 1;
    else if (c === 46 && !point) point = true;
    else return -1;
  }
  return digits === 0 ? -1 : digits;
}

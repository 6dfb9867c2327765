/**
 * Wraps the segments of one transaction set (ST first, SE left out) in an interchange with
 * consistent counts and control numbers, for hand-built test cases: `*` `^` `:` `~`, one
 * segment a line.
 */
export function interchange(
  set: readonly string[],
  group: { readonly functionalId: string; readonly version: string; readonly control: number },
): string {
  const isa13 = String(group.control).padStart(9, '0');
  const st02 = set[0]?.split('*')[2]?.replace('~', '') ?? '0001';
  return [
    `ISA*00*          *00*          *ZZ*SENDER         *ZZ*RECEIVER       *260311*0900*^*00501*${isa13}*0*P*:~`,
    `GS*${group.functionalId}*SENDER*RECEIVER*20260311*0900*${group.control}*X*${group.version}~`,
    ...set,
    `SE*${set.length + 1}*${st02}~`,
    `GE*1*${group.control}~`,
    `IEA*1*${isa13}~`,
  ].join('\n');
}

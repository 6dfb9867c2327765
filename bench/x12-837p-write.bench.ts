// 837P writing throughput: 50,000 claims of 2-4 lines (one billing provider of five, 2,000
// subscribers, one claim in five for a dependent patient), built by `build837p` in ten
// interchanges of 5,000 claims (TR3 1.4.1 advises at most 5,000 per transaction set). Each
// build includes the builder's own self-check (validateX12's checks, fed the segments as they are
// written); validateX12 over the same texts, splitting them again, is measured apart for
// comparison (best of three). Figures go in BENCHMARKS.md.
import {
  build837p,
  read837p,
  validateX12,
  type Build837pInput,
  type Claim837p,
} from '../packages/x12/src/index.ts';

const totalClaims = 50_000;
const perFile = 5_000;
const runs = 3;
const npis = ['1234567893', '1245319599', '1497758544', '1003000126', '1588667638'];
const codes = ['99213', '99214', '36415', '85025', '80053', '90471', '93000', '71046'];
const diagnoses = ['J069', 'R509', 'Z23', 'I10', 'E119', 'M545', 'K219', 'E780'];

let seed = 42;
const random = (n: number): number => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed % n;
};
const pick = <T>(list: readonly T[]): T => list[random(list.length)] as T;
const address = (n: number) => ({
  line1: `${n} Main St`,
  city: 'Springfield',
  state: 'IL',
  zip: '62701',
});

function claim(i: number): Claim837p {
  const provider = i % 5;
  const subscriber = random(2000);
  const dependent = subscriber % 5 === 0;
  const lineCount = 2 + random(3);
  const dx = [pick(diagnoses), pick(diagnoses), pick(diagnoses)];
  const lines = Array.from({ length: lineCount }, (_, l) => ({
    procedureCode: pick(codes),
    modifiers: l === 0 ? ['25'] : [],
    charge: 1_000 + random(40_000),
    units: 1 + random(3) / 2,
    pointers: l === 0 ? [1, 2] : [1 + random(3)],
    serviceDate: `2026-03-${String(1 + random(28)).padStart(2, '0')}`,
    lineControlNumber: `${i}-${l + 1}`,
  }));
  return {
    billingProvider: {
      name: `Clinic ${provider}`,
      npi: npis[provider] ?? '1234567893',
      taxonomy: '207Q00000X',
      ein: `12345678${provider}`,
      address: { ...address(provider), zip: '627011234' },
    },
    subscriber: {
      payerResponsibility: 'P',
      patientIsSubscriber: !dependent,
      claimFilingIndicator: 'CI',
      lastName: `Last${subscriber}`,
      firstName: `First${subscriber}`,
      memberId: `M${subscriber}`,
      ...(dependent
        ? {}
        : { address: address(subscriber), dateOfBirth: '1980-02-29', sex: 'F' as const }),
    },
    payer: { name: 'Acme Health', payerId: '60054' },
    ...(dependent
      ? {
          patient: {
            relationship: '19',
            lastName: `Last${subscriber}`,
            firstName: 'Child',
            address: address(subscriber),
            dateOfBirth: '2019-06-15',
            sex: 'M' as const,
          },
        }
      : {}),
    patientControlNumber: `PCN${i}`,
    totalCharge: lines.reduce((sum, l) => sum + l.charge, 0),
    placeOfService: '11',
    frequency: '1',
    diagnoses: dx,
    renderingProvider: {
      lastName: 'Smith',
      firstName: 'Ann',
      npi: '1245319599',
      taxonomy: '207Q00000X',
    },
    lines,
  };
}

function inputs(): Build837pInput[] {
  const claims = Array.from({ length: totalClaims }, (_, i) => claim(i));
  return Array.from({ length: totalClaims / perFile }, (_, f) => ({
    envelope: {
      senderQualifier: 'ZZ',
      senderId: 'MEDBILL',
      receiverQualifier: 'ZZ',
      receiverId: 'CLEARINGHOUSE',
      applicationSender: 'MEDBILL',
      applicationReceiver: 'CLEARINGHOUSE',
      interchangeControlNumber: f + 1,
      groupControlNumber: f + 1,
      functionalId: 'HC',
      version: '005010X222A1',
      date: '2026-03-20',
      time: '1405',
      usage: 'T',
    },
    transactionControlNumber: f + 1,
    originatorReference: `BATCH${f + 1}`,
    createdAt: { date: '2026-03-20', time: '1405' },
    submitter: { name: 'Billing Office', id: 'SUB1', contactName: 'Pat', phone: '2175550100' },
    receiver: { name: 'Clearinghouse', id: 'CH1' },
    claims: claims.slice(f * perFile, (f + 1) * perFile),
  }));
}

const cpuSeconds = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
};

const files = inputs();
let texts: string[] = [];
let best = { wall: Infinity, cpu: Infinity };
let peakHeap = 0;
for (let run = 0; run < runs; run += 1) {
  globalThis.gc?.();
  const started = performance.now();
  const cpu0 = process.cpuUsage();
  texts = files.map((input) => {
    const result = build837p(input);
    if (result.text === undefined) throw new Error(JSON.stringify(result.issues.slice(0, 3)));
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
    return result.text;
  });
  const wall = (performance.now() - started) / 1000;
  const cpu = cpuSeconds(cpu0);
  if (wall < best.wall) best = { wall, cpu };
}
for (const text of texts)
  if (read837p(text).claims.length !== perFile) throw new Error('read back');
let validateCpu = Infinity;
for (let run = 0; run < runs; run += 1) {
  globalThis.gc?.();
  const cpu0 = process.cpuUsage();
  for (const text of texts) if (validateX12(text).length > 0) throw new Error('invalid');
  validateCpu = Math.min(validateCpu, cpuSeconds(cpu0));
}
const megabytes = texts.reduce((sum, t) => sum + t.length, 0) / 1e6;

console.log(
  JSON.stringify({
    claims: totalClaims,
    files: files.length,
    megabytes: Number(megabytes.toFixed(1)),
    seconds: Number(best.wall.toFixed(2)),
    cpuSeconds: Number(best.cpu.toFixed(2)),
    claimsPerSecond: Math.round(totalClaims / best.wall),
    claimsPerCpuSecond: Math.round(totalClaims / best.cpu),
    validateTextCpuSeconds: Number(validateCpu.toFixed(2)),
    peakHeapMB: Math.round(peakHeap / 2 ** 20),
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
  }),
);

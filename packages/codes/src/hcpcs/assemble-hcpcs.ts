import type { IsoDate } from '@medbill/core';
import { parseYyyymmdd } from '../common/cms-dates.ts';
import type { ImportProblems } from '../common/import-problems.ts';
import { ANWEB_FIELD, type AnwebRecord } from './anweb-record.ts';
import { joinDescription } from './join-description.ts';
import {
  HCPCS_ACTION_CODES,
  HCPCS_COVERAGE_CODES,
  type HcpcsActionCode,
  type HcpcsCode,
  type HcpcsCoverageCode,
  type HcpcsDates,
  type HcpcsModifier,
} from './hcpcs-types.ts';

const PROCEDURE_CODE = /^[A-Z0-9]{5}$/;
const MODIFIER_CODE = /^ {3}[A-Z0-9]{2}$/;

/** A first-line record and the long-description pieces of its continuation records. */
interface Group {
  readonly first: AnwebRecord;
  readonly pieces: string[];
  lastSequence: number;
}

/**
 * Turns raw records into codes and modifiers: a RIC 3 (procedure) or 7 (modifier) record opens
 * an entry, the RIC 4 / 8 records after it with the same code continue its long description
 * (CMS record layout fields 5–7). Every problem is reported with its line and field.
 */
export function assembleHcpcs(
  records: readonly AnwebRecord[],
  problems: ImportProblems,
): { codes: Map<string, HcpcsCode>; modifiers: Map<string, HcpcsModifier> } {
  const groups: Group[] = [];
  let open: Group | undefined;
  for (const record of records) {
    const sequence = Number(record.sequence);
    if (!/^\d{1,5}$/.test(record.sequence)) {
      problems.add(record.line, ANWEB_FIELD.sequence, 'a sequence number', record.sequence);
    }
    if (record.ric === '3' || record.ric === '7') {
      open = { first: record, pieces: [record.longDescription], lastSequence: sequence };
      groups.push(open);
    } else if (record.ric === '4' || record.ric === '8') {
      const opener = record.ric === '4' ? '3' : '7';
      if (open?.first.code !== record.code || open.first.ric !== opener) {
        problems.add(
          record.line,
          ANWEB_FIELD.ric,
          `a continuation of ${record.code.trim()} right after its RIC ${opener} record`,
          record.ric,
        );
        continue;
      }
      if (!(sequence > open.lastSequence)) {
        problems.add(
          record.line,
          ANWEB_FIELD.sequence,
          'a rising sequence number',
          record.sequence,
        );
      }
      open.lastSequence = sequence;
      open.pieces.push(record.longDescription);
    } else {
      problems.add(
        record.line,
        ANWEB_FIELD.ric,
        'record identification code 3, 4, 7 or 8',
        record.ric,
      );
      open = undefined;
    }
  }
  const codes = new Map<string, HcpcsCode>();
  const modifiers = new Map<string, HcpcsModifier>();
  for (const { first, pieces } of groups) {
    const dates = readDates(first, problems);
    const longDescription = joinDescription(pieces);
    if (first.ric === '3') {
      if (!PROCEDURE_CODE.test(first.code)) {
        problems.add(first.line, ANWEB_FIELD.code, 'a 5-character HCPCS code', first.code);
      } else if (codes.has(first.code)) {
        problems.add(first.line, ANWEB_FIELD.code, `one record for ${first.code}`, 'a second');
      }
      codes.set(first.code, {
        code: first.code,
        longDescription,
        ...procedureFields(first, problems),
        ...dates,
      });
    } else {
      const modifier = first.code.trim();
      if (!MODIFIER_CODE.test(first.code)) {
        problems.add(
          first.line,
          ANWEB_FIELD.code,
          'three spaces and a 2-character modifier',
          first.code,
        );
      } else if (modifiers.has(modifier)) {
        problems.add(
          first.line,
          ANWEB_FIELD.code,
          `one record for modifier ${modifier}`,
          'a second',
        );
      }
      modifiers.set(modifier, {
        modifier,
        longDescription,
        shortDescription: first.shortDescription,
        ...dates,
      });
    }
  }
  return { codes, modifiers };
}

function procedureFields(
  record: AnwebRecord,
  problems: ImportProblems,
): Omit<HcpcsCode, 'code' | 'longDescription' | keyof HcpcsDates> {
  for (const indicator of record.pricingIndicators) {
    if (!/^\d{2}$/.test(indicator)) {
      problems.add(
        record.line,
        ANWEB_FIELD.pricingIndicators,
        'a two-digit pricing indicator',
        indicator,
      );
    }
  }
  let coverage: HcpcsCoverageCode | undefined;
  if (record.coverage !== '') {
    coverage = HCPCS_COVERAGE_CODES.find((value) => value === record.coverage);
    if (coverage === undefined) {
      problems.add(
        record.line,
        ANWEB_FIELD.coverage,
        'coverage code C, D, I, M or S',
        record.coverage,
      );
    }
  }
  let anesthesiaBaseUnits: number | undefined;
  if (record.anesthesiaBaseUnits !== '') {
    if (/^\d{1,3}$/.test(record.anesthesiaBaseUnits))
      anesthesiaBaseUnits = Number(record.anesthesiaBaseUnits);
    else
      problems.add(
        record.line,
        ANWEB_FIELD.anesthesiaBaseUnits,
        'a number of base units',
        record.anesthesiaBaseUnits,
      );
  }
  return {
    shortDescription: record.shortDescription,
    pricingIndicators: record.pricingIndicators,
    typesOfService: record.typesOfService,
    ...(coverage === undefined ? {} : { coverage }),
    ...(record.betos === '' ? {} : { betos: record.betos }),
    ...(anesthesiaBaseUnits === undefined ? {} : { anesthesiaBaseUnits }),
  };
}

function readDates(record: AnwebRecord, problems: ImportProblems): HcpcsDates {
  const date = (text: string, field: string): IsoDate | undefined => {
    if (text === '') return undefined;
    const value = parseYyyymmdd(text);
    if (value === undefined) problems.add(record.line, field, 'a date as YYYYMMDD', text);
    return value;
  };
  const addDate = date(record.addDate, ANWEB_FIELD.addDate);
  const actionEffectiveDate = date(record.actionEffectiveDate, ANWEB_FIELD.actionEffectiveDate);
  const terminationDate = date(record.terminationDate, ANWEB_FIELD.terminationDate);
  let actionCode: HcpcsActionCode = 'N';
  const found = HCPCS_ACTION_CODES.find((value) => value === record.actionCode);
  if (found === undefined) {
    problems.add(
      record.line,
      ANWEB_FIELD.actionCode,
      'an action code A, B, C, D, F, N, P, R, S or T',
      record.actionCode,
    );
  } else {
    actionCode = found;
  }
  return {
    actionCode,
    ...(addDate === undefined ? {} : { addDate }),
    ...(actionEffectiveDate === undefined ? {} : { actionEffectiveDate }),
    ...(terminationDate === undefined ? {} : { terminationDate }),
  };
}

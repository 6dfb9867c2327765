import type { SegmentListener } from './build-segments.ts';
import type { Delimiters } from './delimiters.ts';
import type { X12Issue } from './issue.ts';
import type { Segment } from './segment.ts';
import { SegmentTokenizer } from './tokenizer.ts';
import { validateX12, X12Validator } from './validate.ts';

const isAscii = (text: string): boolean => {
  for (let i = 0; i < text.length; i += 1) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
};

/**
 * Segment IDs the tokenizer takes as they are (A-Z then two or one of A-Z, 0-9), other than the
 * ISA that starts an interchange; remembered as they are met, builders write few different ones.
 */
const plainIds = new Set<string>();
const isPlainId = (id: string): boolean => {
  if (plainIds.has(id)) return true;
  if (!/^[A-Z][A-Z0-9]{1,2}$/.test(id) || id === 'ISA') return false;
  plainIds.add(id);
  return true;
};

/** A segment the builder wrote, located where the tokenizer would find it in the text. */
class WrittenSegment implements Segment {
  readonly id: string;
  readonly elements: readonly string[];
  readonly index: number;
  readonly txIndex: number;
  readonly offset: number;
  readonly delimiters: Delimiters;

  constructor(
    id: string,
    elements: readonly string[],
    index: number,
    txIndex: number,
    offset: number,
    delimiters: Delimiters,
  ) {
    this.id = id;
    this.elements = elements;
    this.index = index;
    this.txIndex = txIndex;
    this.offset = offset;
    this.delimiters = delimiters;
  }
}

/**
 * The builder's self-check: `validateX12` over the text of one interchange, fed the segments of
 * its transaction set as the builder writes them instead of splitting them again from the text.
 *
 * The result is the same, issue for issue: the builder refuses a value that holds a delimiter
 * or a control character, so splitting the text a segment was written as gives back exactly the
 * ID and elements the builder handed over; the ISA/GS header and GE/IEA trailer are split from
 * their own text by the tokenizer, and every segment is located (position in the interchange
 * and in the set, offset) as the tokenizer would locate it in the whole text. Offsets count
 * characters, which are bytes only in ASCII text: when the envelope or a value is not ASCII,
 * a segment ID is one the tokenizer would flag or treat apart (ISA), or the envelope does not
 * read back as ISA, GS, GE, IEA in the builder's delimiters, the whole text is validated
 * instead.
 */
export class SelfCheck {
  /** Undefined when the whole text must be validated. */
  #validator: X12Validator | undefined;
  readonly #delimiters: Delimiters;
  /** GE and IEA as split from the envelope text, before the body moves them. */
  #trailer: readonly Segment[] = [];
  readonly #headLength: number;
  #offset: number;
  /** Segments written, and the last one's position in its set (as the tokenizer counts). */
  #count = 0;
  #txIndex = 0;

  /** `head` is the ISA and GS text, `tail` the GE and IEA, as they will be written. */
  constructor(head: string, tail: string, delimiters: Delimiters) {
    this.#delimiters = delimiters;
    this.#headLength = head.length;
    this.#offset = head.length;
    const envelope: Segment[] = [];
    let clean = isAscii(head) && isAscii(tail);
    const tokenizer = new SegmentTokenizer({
      onIssue: () => {
        clean = false;
      },
    });
    const keep = (seg: Segment): void => void envelope.push(seg);
    tokenizer.push(head + tail, keep);
    tokenizer.end(keep);
    const [isa, gs, ge, iea] = envelope;
    if (
      !clean ||
      envelope.length !== 4 ||
      isa?.id !== 'ISA' ||
      gs?.id !== 'GS' ||
      ge?.id !== 'GE' ||
      iea?.id !== 'IEA' ||
      ge.offset !== head.length ||
      !sameDelimiters(isa.delimiters, delimiters)
    )
      return;
    this.#validator = new X12Validator();
    this.#validator.push(isa);
    this.#validator.push(gs);
    this.#trailer = [ge, iea];
  }

  /** Checks each segment the builder writes (ST..SE). */
  readonly listener: SegmentListener = (id, elements, length) => {
    this.#count += 1;
    const txIndex = id === 'ST' ? 1 : this.#txIndex > 0 ? this.#txIndex + 1 : 0;
    this.#txIndex = id === 'SE' || id === 'GE' || id === 'IEA' ? 0 : txIndex;
    const at = this.#offset;
    this.#offset += length;
    if (!isPlainId(id)) this.#validator = undefined;
    this.#validator?.push(
      new WrittenSegment(id, elements, this.#count + 2, txIndex, at, this.#delimiters),
    );
  };

  /** The issues `validateX12(text)` finds; `asciiOnly`: whether every value written was ASCII. */
  issues(text: string, asciiOnly: boolean): X12Issue[] {
    const validator = this.#validator;
    if (validator === undefined || !asciiOnly) return validateX12(text);
    const moved = this.#offset - this.#headLength;
    for (const seg of this.#trailer) {
      validator.push(
        new WrittenSegment(
          seg.id,
          seg.elements,
          seg.index + this.#count,
          seg.txIndex,
          seg.offset + moved,
          seg.delimiters,
        ),
      );
    }
    return validator.end();
  }
}

const sameDelimiters = (a: Delimiters, b: Delimiters): boolean =>
  a.element === b.element &&
  a.component === b.component &&
  a.repetition === b.repetition &&
  a.segment === b.segment;

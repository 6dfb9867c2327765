/**
 * `plain`: the form drawn in red with the data, for payers that take a printed image.
 * `red`: the data alone, to print onto the pre-printed red OCR form.
 */
export type Cms1500Mode = 'plain' | 'red';

export const CMS1500_MODES = ['plain', 'red'] as const satisfies readonly Cms1500Mode[];

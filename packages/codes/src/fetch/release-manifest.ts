/**
 * Where the official release files are published, and what they must hash to. Each entry is one
 * download as its publisher names it. `sha256` is the SHA-256 of the download itself; `members`
 * gives the SHA-256 of files inside a zip, for releases where only those files (not the zip)
 * could be checked. Both come from byte-identical copies of the same releases (see
 * `../shared/codesets/PROVENANCE.md`); an entry without either is verified by size at most and
 * says so when fetched.
 *
 * Add next release's entries here the day it appears; `medbill codes fetch` imports them like
 * `medbill codes import`.
 */
export interface ReleaseDownload {
  /** The importer that reads it, as `medbill codes releases` lists systems. */
  readonly system: 'icd10cm' | 'hcpcs' | 'pfs' | 'mue' | 'taxonomy';
  /** The release as its publisher names it: `FY2026`, `2026-04`, `RVU26C`, `2026Q2`, `25.1`. */
  readonly release: string;
  readonly url: string;
  /** The page that lists the release, for when a publisher moves its files. */
  readonly page: string;
  readonly sha256?: string;
  readonly bytes?: number;
  /** SHA-256 of files inside the download, by file name (any folder inside the zip). */
  readonly members?: Readonly<Record<string, string>>;
}

const CDC_ICD10CM = 'https://ftp.cdc.gov/pub/Health_Statistics/NCHS/Publications/ICD10CM';
const CDC_PAGE = 'https://www.cdc.gov/nchs/icd/icd-10-cm/files.html';

export const RELEASE_MANIFEST: readonly ReleaseDownload[] = [
  {
    system: 'icd10cm',
    release: 'FY2026',
    url: `${CDC_ICD10CM}/2026/icd10cm-Code%20Descriptions-2026.zip`,
    page: CDC_PAGE,
    sha256: 'a852eb91b3344ae38476e63816976ee1eeb94dcced7151118324f060e8499f88',
    bytes: 2_198_159,
  },
  {
    system: 'icd10cm',
    release: 'FY2026',
    url: `${CDC_ICD10CM}/2026/ICD-10-CM-CONVERSION-TABLE-FY2026.xlsx`,
    page: CDC_PAGE,
    sha256: '9040e201d336180bc2f9b5824661a02899bb969d107f352aa81b2e44730d2479',
    bytes: 164_524,
  },
  {
    // Tabular, Alphabetic Index, Neoplasm and Drug tables, External Cause index, as XML.
    system: 'icd10cm',
    release: 'FY2026',
    url: `${CDC_ICD10CM}/2026-update/icd10cm-April-1-2026-XML.zip`,
    page: CDC_PAGE,
    bytes: 2_138_331,
  },
  {
    system: 'icd10cm',
    release: 'FY2025',
    url: `${CDC_ICD10CM}/2025/ICD10-CM%20Code%20Descriptions%202025.zip`,
    page: CDC_PAGE,
    sha256: '5a9ff9e18d90a9979a144559a93e377624795369123cebf76817c44f565f0c60',
    bytes: 2_318_003,
  },
  {
    system: 'hcpcs',
    release: '2026-04',
    url: 'https://www.cms.gov/files/zip/april-2026-alpha-numeric-hcpcs-file.zip',
    page: 'https://www.cms.gov/medicare/coding-billing/healthcare-common-procedure-system/quarterly-update',
    sha256: 'c4c2d3d22507a498520e80ce292449fb80e4521f8735d40091729d127ac18421',
    bytes: 2_526_235,
  },
  {
    system: 'pfs',
    release: 'RVU26C',
    url: 'https://www.cms.gov/files/zip/rvu26c-updated-06-30-2026.zip',
    page: 'https://www.cms.gov/medicare/payment/fee-schedules/physician/pfs-relative-value-files',
    members: {
      'PPRRVU2026_Jul_nonQPP.csv':
        'b7d197e73211ef6854c213c267d5fa9dec8df995db8e1ee7d44c0556ad7cee21',
    },
  },
  {
    system: 'mue',
    release: '2026Q2',
    url: 'https://www.cms.gov/files/zip/medicare-ncci-2026-q2-practitioner-services-mue-table.zip',
    page: 'https://www.cms.gov/medicare/coding-billing/national-correct-coding-initiative-ncci-edits/medicare-ncci-medically-unlikely-edits',
    members: {
      'MCR_MUE_PractitionerServices_Eff_04-01-2026.csv':
        '720027c47fd38f3194bbe332d7cd7e6940cdc1e1945d08d46000945c7ce6494c',
      'MCR_MUE_PractitionerServices_Eff_04-01-2026.xlsx':
        '2580e99e86e96a31cb6dfb2f4e5a898e60ee413027746f53893559681631c831',
    },
  },
  {
    system: 'taxonomy',
    release: '25.1',
    url: 'https://www.nucc.org/images/stories/CSV/nucc_taxonomy_251.csv',
    page: 'https://www.nucc.org/index.php/code-sets-mainmenu-41/provider-taxonomy-mainmenu-40/csv-mainmenu-57',
    sha256: 'f824bb50c01b721be2277eeef222b0aeb5839de07a82b25ef292df1753695a0f',
    bytes: 529_419,
  },
];

/** The name a download is saved and classified under: the last part of its URL. */
export function downloadName(download: Pick<ReleaseDownload, 'url'>): string {
  return decodeURIComponent(new URL(download.url).pathname.split('/').pop() ?? download.url);
}

import type { SeededRandom } from './seeded-random.ts';

// Invented people in real central Illinois towns. Names are common ones by birth cohort; street
// names are real streets, house numbers are random. Phone numbers use 555-0100..0199, which
// NANPA reserves for fiction.

export type Cohort = 'child' | 'adult' | 'senior';
export type Sex = 'F' | 'M';

// prettier-ignore
const FIRST_NAMES: Readonly<Record<Sex, Readonly<Record<Cohort, readonly string[]>>>> = {
  F: {
    child: ['Emma', 'Olivia', 'Ava', 'Sophia', 'Harper', 'Amelia', 'Charlotte', 'Evelyn', 'Zoe', 'Nora', 'Aaliyah', 'Maya', 'Isabella', 'Lily'],
    adult: ['Jennifer', 'Amanda', 'Jessica', 'Sarah', 'Melissa', 'Nicole', 'Rachel', 'Emily', 'Ashley', 'Megan', 'Lauren', 'Kristen', 'Maria', 'Aisha', 'Priya', 'Tamara'],
    senior: ['Dorothy', 'Margaret', 'Shirley', 'Barbara', 'Patricia', 'Carol', 'Judith', 'Joyce', 'Beverly', 'Janet', 'Marilyn', 'Linda', 'Donna', 'Rosemary', 'Gloria'],
  },
  M: {
    child: ['Liam', 'Noah', 'Elijah', 'Mason', 'Lucas', 'Logan', 'Caleb', 'Owen', 'Jackson', 'Mateo', 'Ethan', 'Wyatt', 'Isaiah', 'Henry'],
    adult: ['Michael', 'Christopher', 'Matthew', 'Joshua', 'Andrew', 'Daniel', 'Ryan', 'Brandon', 'Justin', 'Kevin', 'Jason', 'Carlos', 'Marcus', 'Tyler', 'Derek'],
    senior: ['Harold', 'Robert', 'Richard', 'Donald', 'Gerald', 'Kenneth', 'Ronald', 'Walter', 'Eugene', 'Dennis', 'Larry', 'Charles', 'Leonard', 'Frank'],
  },
};

// prettier-ignore
const LAST_NAMES: readonly string[] = [
  'Anderson', 'Baker', 'Becker', 'Bishop', 'Carter', 'Dawson', 'Dietrich', 'Fischer', 'Garcia',
  'Gonzalez', 'Hartman', 'Hoffman', 'Jackson', 'Johnson', 'Keller', 'Kowalski', 'Lawson',
  'Martinez', 'Meyer', 'Mitchell', 'Nguyen', 'Novak', 'Patel', 'Peterson', 'Price', 'Reed',
  'Reyes', 'Schultz', 'Sullivan', 'Thompson', 'Turner', 'Vogel', 'Walker', 'Washington',
  'Wheeler', 'Zimmerman', 'Brooks', 'Coleman', 'Esposito', 'Hughes', 'Larsen', 'Okonkwo',
  'Ramirez', 'Stewart', 'Tran', 'Yoder',
];

const MIDDLE_INITIALS = 'ABCDEFGHJKLMNPRSTW';

interface Town {
  readonly city: string;
  readonly zips: readonly string[];
  readonly streets: readonly string[];
  readonly weight: number;
}

// prettier-ignore
const TOWNS: readonly Town[] = [
  { city: 'Springfield', weight: 12, zips: ['62701', '62702', '62703', '62704', '62707', '62711', '62712'],
    streets: ['W Washington St', 'S Walnut St', 'S College St', 'W Lawrence Ave', 'Chatham Rd', 'Wabash Ave',
      'S MacArthur Blvd', 'Iles Ave', 'E Cook St', 'Outer Park Dr', 'W Jefferson St', 'Sangamon Ave',
      'Peoria Rd', 'Stevenson Dr', 'Old Jacksonville Rd', 'S Grand Ave W'] },
  { city: 'Chatham', weight: 3, zips: ['62629'], streets: ['N Main St', 'E Walnut St', 'Plummer Blvd', 'E Mulberry St'] },
  { city: 'Rochester', weight: 2, zips: ['62563'], streets: ['W Main St', 'John St', 'E Walnut St'] },
  { city: 'Sherman', weight: 2, zips: ['62684'], streets: ['S 1st St', 'Oak St', 'Cardinal Hill Rd'] },
  { city: 'Riverton', weight: 1, zips: ['62561'], streets: ['E Lincoln St', 'N 6th St'] },
  { city: 'Auburn', weight: 1, zips: ['62615'], streets: ['N 5th St', 'W Jefferson St'] },
  { city: 'Petersburg', weight: 1, zips: ['62675'], streets: ['S 7th St', 'W Sheridan Rd'] },
  { city: 'Pleasant Plains', weight: 1, zips: ['62677'], streets: ['W Main St', 'Jefferson St'] },
];

export interface DemoAddress {
  readonly line1: string;
  readonly line2?: string;
  readonly city: string;
  readonly state: string;
  readonly zip: string;
}

/** Hands out names and addresses without repeating a family name until the list runs out. */
export interface NameSource {
  lastName(): string;
  firstName(sex: Sex, cohort: Cohort): string;
  middleInitial(): string | undefined;
  address(): DemoAddress;
  phone(): string;
}

export function nameSource(random: SeededRandom): NameSource {
  let lastNames: string[] = [];
  const usedFirst = new Set<string>();
  let phoneSerial = random.int(1, 40);
  return {
    lastName() {
      if (lastNames.length === 0) lastNames = random.shuffle(LAST_NAMES);
      return lastNames.pop() ?? 'Smith';
    },
    firstName(sex, cohort) {
      const names = FIRST_NAMES[sex][cohort];
      const fresh = names.filter((name) => !usedFirst.has(name));
      const name = random.pick(fresh.length > 0 ? fresh : names);
      usedFirst.add(name);
      return name;
    },
    middleInitial() {
      return random.chance(0.6)
        ? MIDDLE_INITIALS.charAt(random.int(0, MIDDLE_INITIALS.length - 1))
        : undefined;
    },
    address() {
      const town = random.weighted(TOWNS.map((t) => [t, t.weight] as const));
      const zip5 = random.pick(town.zips);
      const zip = random.chance(0.35) ? `${zip5}-${String(random.int(1000, 9899))}` : zip5;
      const line1 = `${random.int(2, 48) * (random.chance(0.5) ? 100 : 10) + random.int(0, 9)} ${random.pick(town.streets)}`;
      const apartment = town.city === 'Springfield' && random.chance(0.15);
      return {
        line1,
        ...(apartment ? { line2: `Apt ${random.int(1, 4)}${random.pick(['A', 'B', 'C'])}` } : {}),
        city: town.city,
        state: 'IL',
        zip,
      };
    },
    phone() {
      phoneSerial = (phoneSerial % 99) + 1;
      return `217-555-01${String(phoneSerial).padStart(2, '0')}`;
    },
  };
}

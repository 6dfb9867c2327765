import { encounterInput } from '@medbill/core';
import type { Database } from '@medbill/db';
import { getEncounter, listEncounters } from '@medbill/db';
import type { ApiApp } from '../api-app.ts';
import { saveEncounter } from '../services/encounter-saving.ts';
import { registerEncounterResource } from './encounter-resource.ts';

export function encounterRoutes(app: ApiApp, db: Database): void {
  registerEncounterResource(app, db, {
    path: '/encounters',
    tag: 'Encounters',
    entity: 'encounter',
    noun: 'encounter',
    summaries: {
      list: 'List encounters by patient, provider, status or dates',
      create: 'Create an encounter with diagnoses and service lines',
      read: 'Read an encounter',
      replace: 'Replace an encounter',
    },
    input: encounterInput,
    list: listEncounters,
    get: getEncounter,
    save: saveEncounter,
    providerOf: (encounter) => encounter.renderingProviderId,
  });
}

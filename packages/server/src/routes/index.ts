import type { AppOptions } from '../app.ts';
import type { ApiApp } from '../api-app.ts';
import { batchRoutes } from './batches.ts';
import { claimRoutes } from './claims.ts';
import { codeRoutes } from './codes.ts';
import { encounterRoutes } from './encounters.ts';
import { feeScheduleRoutes } from './fee-schedules.ts';
import { healthRoutes } from './health.ts';
import { homeRoutes } from './home.ts';
import { patientRoutes } from './patients.ts';
import { remittanceRoutes } from './remittances.ts';
import { setupRoutes } from './setup.ts';

export function registerRoutes(app: ApiApp, options: AppOptions): void {
  const { db, version } = options;
  homeRoutes(app, version);
  healthRoutes(app, db, version);
  setupRoutes(app, db);
  feeScheduleRoutes(app, db);
  patientRoutes(app, db);
  encounterRoutes(app, db);
  claimRoutes(app, db, {
    today: options.today,
    payerRules: options.payerRules ?? [],
    codeRules: () => options.codeSets.loaded?.scrubRules ?? [],
  });
  codeRoutes(app, options.codeSets, options.today);
  batchRoutes(app, db);
  remittanceRoutes(app, db, options.today);
}

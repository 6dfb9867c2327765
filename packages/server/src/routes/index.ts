import type { Database } from '@medbill/db';
import type { ApiApp } from '../api-app.ts';
import { claimRoutes } from './claims.ts';
import { encounterRoutes } from './encounters.ts';
import { feeScheduleRoutes } from './fee-schedules.ts';
import { healthRoutes } from './health.ts';
import { homeRoutes } from './home.ts';
import { patientRoutes } from './patients.ts';
import { setupRoutes } from './setup.ts';

export function registerRoutes(app: ApiApp, db: Database, version: string): void {
  homeRoutes(app, version);
  healthRoutes(app, db, version);
  setupRoutes(app, db);
  feeScheduleRoutes(app, db);
  patientRoutes(app, db);
  encounterRoutes(app, db);
  claimRoutes(app, db);
}

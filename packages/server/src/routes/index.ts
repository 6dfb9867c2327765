import type { AppOptions } from '../app.ts';
import { acknowledgmentRoutes } from './acknowledgments.ts';
import type { AuthSettings } from '../auth/auth-settings.ts';
import { appealLetterRoutes } from './appeal-letters.ts';
import { auditRoutes } from './audit.ts';
import { authRoutes } from './auth.ts';
import type { ApiApp } from '../api-app.ts';
import { batchRoutes } from './batches.ts';
import { claimFormRoutes } from './claim-forms.ts';
import { claimRoutes } from './claims.ts';
import { claimVersionRoutes } from './claim-versions.ts';
import { claimWorklistRoutes } from './claim-worklist.ts';
import { codeSetImportRoutes } from './code-set-imports.ts';
import { codeRoutes } from './codes.ts';
import { dashboardRoutes } from './dashboard.ts';
import { encounterRoutes } from './encounters.ts';
import { encounterScrubRoutes } from './encounter-scrub.ts';
import { encounterWorklistRoutes } from './encounter-worklist.ts';
import { facilityBillRoutes } from './facility-bills.ts';
import { feeScheduleRoutes } from './fee-schedules.ts';
import { healthRoutes } from './health.ts';
import { homeRoutes } from './home.ts';
import { patientPaymentRoutes } from './patient-payments.ts';
import { patientRoutes } from './patients.ts';
import { patientLedgerRoutes } from './patient-ledger.ts';
import { providerQueryRoutes } from './provider-queries.ts';
import { remittanceRoutes } from './remittances.ts';
import { remittanceViewRoutes } from './remittance-views.ts';
import { setupRoutes } from './setup.ts';
import { userRoutes } from './users.ts';
import { hasWebBuild, webAppRoutes } from './web-app.ts';

export function registerRoutes(app: ApiApp, options: AppOptions, auth: AuthSettings): void {
  const { db, version } = options;
  if (hasWebBuild(options.webRoot)) webAppRoutes(app, options.webRoot);
  else homeRoutes(app, version);
  healthRoutes(app, db, version);
  authRoutes(app, db, auth);
  userRoutes(app, db);
  auditRoutes(app, db);
  setupRoutes(app, db);
  feeScheduleRoutes(app, db);
  patientRoutes(app, db);
  patientPaymentRoutes(app, db, options.today);
  patientLedgerRoutes(app, db);
  encounterRoutes(app, db);
  facilityBillRoutes(app, db);
  providerQueryRoutes(app, db);
  encounterWorklistRoutes(app, db);
  const scrub = {
    today: options.today,
    payerRules: options.payerRules ?? [],
    codeRules: () => options.codeSets.loaded?.scrubRules ?? [],
  };
  claimRoutes(app, db, scrub);
  claimVersionRoutes(app, db, scrub);
  encounterScrubRoutes(app, db, scrub);
  claimWorklistRoutes(app, db, options.today);
  dashboardRoutes(app, db, options.today);
  claimFormRoutes(app, db, options.today);
  codeRoutes(app, options.codeSets, options.today);
  codeSetImportRoutes(app, db, options.codeSets);
  batchRoutes(app, db);
  remittanceRoutes(app, db, scrub, options.codeSets);
  remittanceViewRoutes(app, db);
  appealLetterRoutes(app, db, options.codeSets, options.today);
  acknowledgmentRoutes(app, db);
}

import { lazy, Suspense } from 'react';
import type { ReactNode } from 'react';
import { Loader } from '@mantine/core';
import { createBrowserRouter } from 'react-router';
import { ClaimDetailPage } from '../claims/claim-detail-page.tsx';
import { ClaimsPage } from '../claims/claims-page.tsx';
import { CodingPage } from '../coding/coding-page.tsx';
import { EncounterListPage } from '../coding/encounter-list-page.tsx';
import { FacilityBillPage } from '../facility-bills/facility-bill-page.tsx';
import { FacilityBillsPage } from '../facility-bills/facility-bills-page.tsx';
import { RemittancesPage } from '../remittances/remittances-page.tsx';
import { WorklistsPage } from '../worklists/worklists-page.tsx';
import { AccountPage } from '../account/account-page.tsx';
import { AuditPage } from '../audit/audit-page.tsx';
import { CodeSetsPage } from '../codes/code-sets-page.tsx';
import { PatientPage } from '../patients/patient-page.tsx';
import { MyQueriesPage } from '../queries/my-queries-page.tsx';
import { PatientsPage } from '../patients/patients-page.tsx';
import { RegistrationPage } from '../patients/registration-page.tsx';
import { SetupPage } from '../setup/setup-page.tsx';
import { UsersPage } from '../users/users-page.tsx';
import { AppLayout } from './app-layout.tsx';
import { NotFoundPage } from './not-found-page.tsx';
import { NAV_ITEMS } from './nav-items.ts';
import { RequireRole } from './require-role.tsx';
import { RouteError } from './route-error.tsx';

// The dashboard's charts (recharts) load only when it is opened.
const DashboardPage = lazy(() =>
  import('../dashboard/dashboard-page.tsx').then((m) => ({ default: m.DashboardPage })),
);

const rolesFor = (path: string) => NAV_ITEMS.find((item) => item.path === path)?.roles ?? [];
const guarded = (path: string, element: ReactNode) => (
  <RequireRole roles={rolesFor(path)}>{element}</RequireRole>
);

/** The workspace lives under /app/ (the server's static route). */
export const router = createBrowserRouter(
  [
    {
      element: <AppLayout />,
      children: [
        {
          errorElement: <RouteError />,
          children: [
            {
              path: '/',
              element: guarded(
                '/',
                <Suspense fallback={<Loader size="sm" />}>
                  <DashboardPage />
                </Suspense>,
              ),
            },
            { path: '/encounters', element: guarded('/encounters', <EncounterListPage />) },
            { path: '/encounters/:id', element: guarded('/encounters', <CodingPage />) },
            { path: '/queries', element: guarded('/queries', <MyQueriesPage />) },
            { path: '/claims', element: guarded('/claims', <ClaimsPage />) },
            { path: '/claims/:id', element: guarded('/claims', <ClaimDetailPage />) },
            {
              path: '/facility-bills',
              element: guarded('/facility-bills', <FacilityBillsPage />),
            },
            {
              path: '/facility-bills/new',
              element: guarded('/facility-bills', <FacilityBillPage />),
            },
            {
              path: '/facility-bills/:id',
              element: guarded('/facility-bills', <FacilityBillPage />),
            },
            { path: '/remittances', element: guarded('/remittances', <RemittancesPage />) },
            { path: '/worklists', element: guarded('/worklists', <WorklistsPage />) },
            { path: '/patients', element: guarded('/patients', <PatientsPage />) },
            { path: '/patients/new', element: guarded('/patients', <RegistrationPage />) },
            { path: '/patients/:id', element: guarded('/patients', <PatientPage />) },
            { path: '/codes', element: guarded('/codes', <CodeSetsPage />) },
            { path: '/audit', element: guarded('/audit', <AuditPage />) },
            { path: '/users', element: guarded('/users', <UsersPage />) },
            { path: '/setup', element: guarded('/setup', <SetupPage />) },
            { path: '/account', element: <AccountPage /> },
            { path: '*', element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ],
  { basename: '/app' },
);

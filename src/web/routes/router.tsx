// Route tree (code-based). Public pages (sign-in, MFA) share a slim layout; everything else sits under
// the `app` layout, whose guard loads the current user and bounces to sign-in when there is none.
import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  Outlet,
  redirect,
} from '@tanstack/react-router';
import type { Me } from '../api/types.ts';
import { AppLayout } from '../components/AppLayout.tsx';
import { NotFoundPage } from '../components/NotFoundPage.tsx';
import { PublicLayout } from '../components/PublicLayout.tsx';
import { AgenciesPage } from '../features/admin/AgenciesPage.tsx';
import { UsersPage } from '../features/admin/UsersPage.tsx';
import { ApprovalsPage } from '../features/approvals/ApprovalsPage.tsx';
import { DashboardPage } from '../features/dashboard/DashboardPage.tsx';
import { ChangePasswordPage } from '../features/auth/ChangePasswordPage.tsx';
import { MfaChallengePage } from '../features/auth/MfaChallengePage.tsx';
import { MfaEnrolPage } from '../features/auth/MfaEnrolPage.tsx';
import { SignInPage } from '../features/auth/SignInPage.tsx';
import { SignOutPage } from '../features/auth/SignOutPage.tsx';
import { CaseCreatePage } from '../features/cases/CaseCreatePage.tsx';
import { CaseFilePage, parseCaseFileSearch } from '../features/cases/CaseFilePage.tsx';
import { CaseListPage, parseCaseListSearch } from '../features/cases/CaseListPage.tsx';
import { DirectoryPage, parseDirectorySearch } from '../features/directory/DirectoryPage.tsx';
import { ServiceDetailPage } from '../features/directory/ServiceDetailPage.tsx';
import { DuplicateComparePage } from '../features/duplicates/DuplicateComparePage.tsx';
import { DuplicatesPage, parseDuplicatesSearch } from '../features/duplicates/DuplicatesPage.tsx';
import { HomePage } from '../features/home/HomePage.tsx';
import { ReferralDetailPage } from '../features/referrals/ReferralDetailPage.tsx';
import { ReferralListPage } from '../features/referrals/ReferralListPage.tsx';
import { InboxPage } from '../features/inbox/InboxPage.tsx';
import { can, meQuery, redirectForAuthError, type SignInReason } from '../session/session.ts';

export interface RouterContext {
  queryClient: QueryClient;
}

export const PUBLIC_PATHS = ['/sign-in', '/sign-out', '/mfa/enrol', '/mfa/challenge'];

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  notFoundComponent: NotFoundPage,
});

const publicLayout = createRoute({ getParentRoute: () => rootRoute, id: 'public', component: PublicLayout });

const SIGN_IN_REASONS: SignInReason[] = ['expired', 'signed-out', 'signed-in-elsewhere'];

const signInRoute = createRoute({
  getParentRoute: () => publicLayout,
  path: '/sign-in',
  validateSearch: (search: Record<string, unknown>): { reason?: SignInReason } => {
    const reason = SIGN_IN_REASONS.find((known) => known === search.reason);
    return reason ? { reason } : {};
  },
  component: SignInPage,
});

const mfaEnrolRoute = createRoute({
  getParentRoute: () => publicLayout,
  path: '/mfa/enrol',
  component: MfaEnrolPage,
});
const mfaChallengeRoute = createRoute({
  getParentRoute: () => publicLayout,
  path: '/mfa/challenge',
  component: MfaChallengePage,
});

const signOutRoute = createRoute({
  getParentRoute: () => publicLayout,
  path: '/sign-out',
  component: SignOutPage,
});

const appLayout = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  beforeLoad: async ({ context }): Promise<{ me: Me }> => {
    let me: Me;
    try {
      me = await context.queryClient.ensureQueryData(meQuery);
    } catch (error) {
      const to = redirectForAuthError(error);
      if (to) throw redirect({ to, replace: true });
      throw error;
    }
    // A server that lets a user in before the mandatory enrolment still must not let them work.
    if (me.user.mfaRequired && !me.user.mfaEnabled) throw redirect({ to: '/mfa/enrol', replace: true });
    return { me };
  },
  component: AppLayout,
});

const homeRoute = createRoute({ getParentRoute: () => appLayout, path: '/', component: HomePage });
const passwordRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/account/password',
  component: ChangePasswordPage,
});

function requireAction(action: string) {
  return ({ context }: { context: { me: Me } }) => {
    if (!can(context.me, action)) throw redirect({ to: '/', replace: true });
  };
}

const usersRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/admin/users',
  beforeLoad: requireAction('users.manage'),
  component: UsersPage,
});
const agenciesRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/admin/agencies',
  beforeLoad: requireAction('agencies.manage'),
  component: AgenciesPage,
});

const casesRoute = createRoute({ getParentRoute: () => appLayout, path: '/cases' });
const caseListRoute = createRoute({
  getParentRoute: () => casesRoute,
  path: '/',
  beforeLoad: requireAction('cases.read'),
  validateSearch: parseCaseListSearch,
  component: CaseListPage,
});
const caseCreateRoute = createRoute({
  getParentRoute: () => casesRoute,
  path: '/new',
  beforeLoad: requireAction('cases.create'),
  component: CaseCreatePage,
});
const caseFileRoute = createRoute({
  getParentRoute: () => casesRoute,
  path: '/$id',
  beforeLoad: requireAction('cases.read'),
  validateSearch: parseCaseFileSearch,
  component: CaseFilePage,
});

const duplicatesRoute = createRoute({ getParentRoute: () => appLayout, path: '/duplicates' });
const duplicateListRoute = createRoute({
  getParentRoute: () => duplicatesRoute,
  path: '/',
  beforeLoad: requireAction('duplicates.review'),
  validateSearch: parseDuplicatesSearch,
  component: DuplicatesPage,
});
const duplicateCompareRoute = createRoute({
  getParentRoute: () => duplicatesRoute,
  path: '/$id',
  beforeLoad: requireAction('duplicates.review'),
  component: DuplicateComparePage,
});

const inboxRoute = createRoute({ getParentRoute: () => appLayout, path: '/inbox', component: InboxPage });
// Anyone may open it: the list holds only requests this user may decide (empty for most roles).
const approvalsRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/approvals',
  component: ApprovalsPage,
});

const dashboardRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/dashboard',
  beforeLoad: requireAction('dashboard.read'),
  component: DashboardPage,
});

const referralsRoute = createRoute({ getParentRoute: () => appLayout, path: '/referrals' });
const referralListRoute = createRoute({
  getParentRoute: () => referralsRoute,
  path: '/',
  beforeLoad: requireAction('referrals.read'),
  component: ReferralListPage,
});
const referralDetailRoute = createRoute({
  getParentRoute: () => referralsRoute,
  path: '/$id',
  beforeLoad: requireAction('referrals.read'),
  component: ReferralDetailPage,
});

const servicesRoute = createRoute({ getParentRoute: () => appLayout, path: '/services' });
const serviceListRoute = createRoute({
  getParentRoute: () => servicesRoute,
  path: '/',
  beforeLoad: requireAction('services.read'),
  validateSearch: parseDirectorySearch,
  component: DirectoryPage,
});
const serviceDetailRoute = createRoute({
  getParentRoute: () => servicesRoute,
  path: '/$id',
  beforeLoad: requireAction('services.read'),
  component: ServiceDetailPage,
});

const routeTree = rootRoute.addChildren([
  publicLayout.addChildren([signInRoute, signOutRoute, mfaEnrolRoute, mfaChallengeRoute]),
  appLayout.addChildren([
    homeRoute,
    passwordRoute,
    inboxRoute,
    approvalsRoute,
    dashboardRoute,
    usersRoute,
    agenciesRoute,
    casesRoute.addChildren([caseListRoute, caseCreateRoute, caseFileRoute]),
    duplicatesRoute.addChildren([duplicateListRoute, duplicateCompareRoute]),
    servicesRoute.addChildren([serviceListRoute, serviceDetailRoute]),
    referralsRoute.addChildren([referralListRoute, referralDetailRoute]),
  ]),
]);

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient },
    defaultPreload: false,
    scrollRestoration: true,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}

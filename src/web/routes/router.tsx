// Route tree (code-based). Public pages (sign-in, MFA) share a slim layout; everything else sits under
// the `app` layout, whose guard loads the current user and bounces to sign-in when there is none.
import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  Outlet,
  redirect,
} from '@tanstack/react-router';
import type { Me } from '../api/types.ts';
import { AppLayout } from '../components/AppLayout.tsx';
import { NotFoundPage } from '../components/NotFoundPage.tsx';
import { PublicLayout } from '../components/PublicLayout.tsx';
import { parseCaseFileSearch } from '../features/cases/caseFileSearch.ts';
import { parseCaseListSearch } from '../features/cases/caseListSearch.ts';
import { parseDirectorySearch } from '../features/directory/directorySearch.ts';
import { parseDuplicatesSearch } from '../features/duplicates/duplicatesSearch.ts';
import { SignInPage } from '../features/auth/SignInPage.tsx';
import { can, meQuery, redirectForAuthError, type SignInReason } from '../session/session.ts';

export interface RouterContext {
  queryClient: QueryClient;
}

// Each page but sign-in is its own chunk, fetched when its route is first entered, so the first load
// carries only the shell (router, layouts, component library) and the sign-in form.
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
  component: lazyRouteComponent(
    () => import('../features/passkeys/SecondFactorEnrolPage.tsx'),
    'SecondFactorEnrolPage',
  ),
});
const mfaChallengeRoute = createRoute({
  getParentRoute: () => publicLayout,
  path: '/mfa/challenge',
  component: lazyRouteComponent(() => import('../features/auth/MfaChallengePage.tsx'), 'MfaChallengePage'),
});

const signOutRoute = createRoute({
  getParentRoute: () => publicLayout,
  path: '/sign-out',
  component: lazyRouteComponent(() => import('../features/auth/SignOutPage.tsx'), 'SignOutPage'),
});

const appLayout = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  beforeLoad: async ({ context, location }): Promise<{ me: Me }> => {
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
    // A password an administrator chose is replaced before anything else (the server refuses the rest).
    if (me.user.mustChangePassword && location.pathname !== '/account/password')
      throw redirect({ to: '/account/password', replace: true });
    return { me };
  },
  component: AppLayout,
});

const homeRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/',
  component: lazyRouteComponent(() => import('../features/home/HomePage.tsx'), 'HomePage'),
});
const passwordRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/account/password',
  component: lazyRouteComponent(
    () => import('../features/auth/ChangePasswordPage.tsx'),
    'ChangePasswordPage',
  ),
});
const passkeysRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/account/passkeys',
  component: lazyRouteComponent(() => import('../features/passkeys/PasskeysPage.tsx'), 'PasskeysPage'),
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
  component: lazyRouteComponent(() => import('../features/admin/UsersPage.tsx'), 'UsersPage'),
});
const agenciesRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/admin/agencies',
  beforeLoad: requireAction('agencies.manage'),
  component: lazyRouteComponent(() => import('../features/admin/AgenciesPage.tsx'), 'AgenciesPage'),
});

const casesRoute = createRoute({ getParentRoute: () => appLayout, path: '/cases' });
const caseListRoute = createRoute({
  getParentRoute: () => casesRoute,
  path: '/',
  beforeLoad: requireAction('cases.read'),
  validateSearch: parseCaseListSearch,
  component: lazyRouteComponent(() => import('../features/cases/CaseListPage.tsx'), 'CaseListPage'),
});
const caseCreateRoute = createRoute({
  getParentRoute: () => casesRoute,
  path: '/new',
  beforeLoad: requireAction('cases.create'),
  component: lazyRouteComponent(() => import('../features/cases/CaseCreatePage.tsx'), 'CaseCreatePage'),
});
const caseFileRoute = createRoute({
  getParentRoute: () => casesRoute,
  path: '/$id',
  beforeLoad: requireAction('cases.read'),
  validateSearch: parseCaseFileSearch,
  component: lazyRouteComponent(() => import('../features/cases/CaseFilePage.tsx'), 'CaseFilePage'),
});

const duplicatesRoute = createRoute({ getParentRoute: () => appLayout, path: '/duplicates' });
const duplicateListRoute = createRoute({
  getParentRoute: () => duplicatesRoute,
  path: '/',
  beforeLoad: requireAction('duplicates.review'),
  validateSearch: parseDuplicatesSearch,
  component: lazyRouteComponent(() => import('../features/duplicates/DuplicatesPage.tsx'), 'DuplicatesPage'),
});
const duplicateCompareRoute = createRoute({
  getParentRoute: () => duplicatesRoute,
  path: '/$id',
  beforeLoad: requireAction('duplicates.review'),
  component: lazyRouteComponent(
    () => import('../features/duplicates/DuplicateComparePage.tsx'),
    'DuplicateComparePage',
  ),
});

const inboxRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/inbox',
  component: lazyRouteComponent(() => import('../features/inbox/InboxPage.tsx'), 'InboxPage'),
});
// Anyone may open it: the list holds only requests this user may decide (empty for most roles).
const approvalsRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/approvals',
  component: lazyRouteComponent(() => import('../features/approvals/ApprovalsPage.tsx'), 'ApprovalsPage'),
});

const dashboardRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/dashboard',
  beforeLoad: requireAction('dashboard.read'),
  component: lazyRouteComponent(() => import('../features/dashboard/DashboardPage.tsx'), 'DashboardPage'),
});

const teamsRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/teams',
  beforeLoad: requireAction('teams.read'),
  component: lazyRouteComponent(() => import('../features/teams/TeamsPage.tsx'), 'TeamsPage'),
});

const referralsRoute = createRoute({ getParentRoute: () => appLayout, path: '/referrals' });
const referralListRoute = createRoute({
  getParentRoute: () => referralsRoute,
  path: '/',
  beforeLoad: requireAction('referrals.read'),
  component: lazyRouteComponent(
    () => import('../features/referrals/ReferralListPage.tsx'),
    'ReferralListPage',
  ),
});
const referralDetailRoute = createRoute({
  getParentRoute: () => referralsRoute,
  path: '/$id',
  beforeLoad: requireAction('referrals.read'),
  component: lazyRouteComponent(
    () => import('../features/referrals/ReferralDetailPage.tsx'),
    'ReferralDetailPage',
  ),
});

const servicesRoute = createRoute({ getParentRoute: () => appLayout, path: '/services' });
const serviceListRoute = createRoute({
  getParentRoute: () => servicesRoute,
  path: '/',
  beforeLoad: requireAction('services.read'),
  validateSearch: parseDirectorySearch,
  component: lazyRouteComponent(() => import('../features/directory/DirectoryPage.tsx'), 'DirectoryPage'),
});
const serviceDetailRoute = createRoute({
  getParentRoute: () => servicesRoute,
  path: '/$id',
  beforeLoad: requireAction('services.read'),
  component: lazyRouteComponent(
    () => import('../features/directory/ServiceDetailPage.tsx'),
    'ServiceDetailPage',
  ),
});

const routeTree = rootRoute.addChildren([
  publicLayout.addChildren([signInRoute, signOutRoute, mfaEnrolRoute, mfaChallengeRoute]),
  appLayout.addChildren([
    homeRoute,
    passwordRoute,
    passkeysRoute,
    inboxRoute,
    approvalsRoute,
    dashboardRoute,
    teamsRoute,
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

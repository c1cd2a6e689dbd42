// The inbox and notifications (docs/approvals-inbox.md). Types mirror src/server/inbox/inbox.routes.ts
// and src/server/notifications/notifications.routes.ts.
import { api } from './client.ts';

export interface InboxItem {
  /** '<area>.<what>'; labelled with the key `<area>.inbox.<what>`. */
  kind: string;
  caseId: string | null;
  caseCode: string | null;
  subjectType: string;
  subjectId: string;
  dueAt: string | null;
  overdue: boolean;
}

export interface Inbox {
  items: InboxItem[];
  unreadNotifications: number;
  unavailableSources: string[];
}

export interface Notification {
  /** '<area>.<event>'; worded with the key `<area>.notify.<event>`. */
  kind: string;
  id: string;
  caseId: string | null;
  caseCode: string | null;
  subjectType: string;
  subjectId: string;
  createdAt: string;
  readAt: string | null;
}

export interface NotificationPage {
  items: Notification[];
  total: number;
  unread: number;
}

export const inboxKeys = {
  all: ['inbox'] as const,
  inbox: ['inbox', 'items'] as const,
  notifications: (page: number) => ['inbox', 'notifications', page] as const,
  email: ['inbox', 'email'] as const,
};

export const inboxApi = {
  get: () => api.get<Inbox>('/api/inbox'),
  /** The periodic refresh of the badge: does not count as the person's activity. */
  poll: () => api.get<Inbox>('/api/inbox', { background: true }),
  notifications: (page: number, pageSize = 20) =>
    api.get<NotificationPage>(`/api/notifications?page=${page}&pageSize=${pageSize}`),
  markRead: (id: string) => api.post<Notification>(`/api/notifications/${id}/read`, {}),
  markAllRead: () => api.post<{ marked: number }>('/api/notifications/read-all', {}),
  email: () => api.get<{ email: string | null }>('/api/notifications/email'),
  setEmail: (email: string | null) =>
    api.put<{ email: string | null }>('/api/notifications/email', { email }),
};

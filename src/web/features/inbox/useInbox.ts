import { useQuery } from '@tanstack/react-query';
import { inboxApi, inboxKeys } from '../../api/inbox.ts';

/** The inbox, refreshed every minute while the app is open (the nav badge and the home summary share it). */
export function useInbox() {
  return useQuery({ queryKey: inboxKeys.inbox, queryFn: inboxApi.get, refetchInterval: 60_000 });
}

import { useQuery } from '@tanstack/react-query';
import { inboxApi, inboxKeys } from '../../api/inbox.ts';

/**
 * The inbox, refreshed every minute while the app is open (the nav badge and the home summary share it).
 * The refresh is a background poll: an open tab nobody looks at must still reach its idle timeout.
 */
export function useInbox() {
  return useQuery({ queryKey: inboxKeys.inbox, queryFn: inboxApi.poll, refetchInterval: 60_000 });
}

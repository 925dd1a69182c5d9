import { useReducer, useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../gql';
import { fetchStatusReducer, initialFetchState, type FetchStatus } from './activity';
import { errorMessage } from './errors';
import { useFolderActivity, type ActivityEvent } from './useFolderActivity';

const FetchEmailsDocument = graphql(`
  mutation FetchEmails($folderID: ID!) {
    fetchEmails(folderID: $folderID) {
      imported
      duplicates
      failed
      remaining
      error
    }
  }
`);

/** Emails that arrived while the folder is open (ids, in order of arrival). */
export interface Arrivals {
  ids: readonly string[];
}

export interface FolderFetch {
  /** The line under the folder's title: the viewer's check, or the runs nobody here started. */
  status: FetchStatus;
  arrivals: Arrivals;
  checking: boolean;
  checkEmail(): Promise<void>;
}

/**
 * A folder's fetch runs, live: the viewer's Check email and the events of
 * every run (schedule, push, someone else). What the runs change on screen
 * (emails, history, last check) is refreshed by the cache, not here.
 */
export function useFolderFetch(folderID: string, live: boolean): FolderFetch {
  const [state, dispatch] = useReducer(fetchStatusReducer, initialFetchState);
  const [arrivals, setArrivals] = useState<Arrivals>({ ids: [] });
  const [checking, setChecking] = useState(false);
  const [, fetchEmails] = useMutation(FetchEmailsDocument);

  useFolderActivity(folderID, live, (e: ActivityEvent) => {
    dispatch({ type: 'event', event: e });
    const emailID = e.type === 'EMAIL_ADDED' ? e.email?.id : undefined;
    if (emailID) setArrivals((a) => (a.ids.includes(emailID) ? a : { ids: [...a.ids, emailID] }));
  });

  async function checkEmail() {
    setChecking(true);
    dispatch({ type: 'checkStarted' });
    const res = await fetchEmails({ folderID });
    setChecking(false);
    if (res.data) dispatch({ type: 'checkEnded', report: res.data.fetchEmails });
    else dispatch({ type: 'checkFailed', message: errorMessage(res.error) });
  }

  return { status: state.status, arrivals, checking, checkEmail };
}

import type { Request } from 'express';
import { calendlyErrors } from '../calendly-error';
import { decodePageToken, encodePageToken, fingerprint } from '../../google/calendar/page-token';

/**
 * One page of a Calendly collection with its `pagination` object: `next_page` is a full URL with
 * the same query and the next `page_token`; nulls at the ends.
 */
export function paginate<T>(
  request: Request,
  apiUrl: string,
  items: T[],
  count: number,
  pageToken: string | undefined,
) {
  const { page_token: _token, ...rest } = request.query as Record<string, unknown>;
  const queryFingerprint = fingerprint([request.path, { ...rest, count: undefined }]);
  const offset = pageToken === undefined ? 0 : decodePageToken(pageToken, queryFingerprint);
  if (offset === undefined) {
    throw calendlyErrors.invalidArgument([{ parameter: 'page_token', message: 'is invalid' }]);
  }
  const page = items.slice(offset, offset + count);
  const link = (token: string) => {
    const url = new URL(`${apiUrl}${request.path}`);
    for (const [key, value] of Object.entries(rest)) {
      for (const single of [value].flat()) url.searchParams.append(key, String(single));
    }
    url.searchParams.set('count', String(count));
    url.searchParams.set('page_token', token);
    return url.toString();
  };
  const nextToken =
    offset + count < items.length ? encodePageToken(offset + count, queryFingerprint) : null;
  const previousToken =
    offset > 0 ? encodePageToken(Math.max(0, offset - count), queryFingerprint) : null;
  return {
    collection: page,
    pagination: {
      count: page.length,
      next_page: nextToken ? link(nextToken) : null,
      previous_page: previousToken ? link(previousToken) : null,
      next_page_token: nextToken,
      previous_page_token: previousToken,
    },
  };
}

// The one error type of the network layer. `pyType` names the Python exception the bridge should
// raise in the script (requests.exceptions names where requests has one); `message` is safe to
// show the script: it names only what the script wrote (or the server it was allowed to reach
// sent back as a redirect) and the grant that would allow it.

export type NetErrorType =
  /** Policy refusal: host, port, IP literal, userinfo, redirect target, refused header/method. */
  | 'PermissionError'
  /** The URL does not parse, or has no host. requests.exceptions.InvalidURL (a ValueError). */
  | 'InvalidURL'
  /** A relative URL ('api.example.com/x'). requests.exceptions.MissingSchema (a ValueError). */
  | 'MissingSchema'
  /** A scheme other than http/https. requests.exceptions.InvalidSchema (a ValueError). */
  | 'InvalidSchema'
  /** More redirects than `maxRedirects`. requests.exceptions.TooManyRedirects. */
  | 'TooManyRedirects'
  /** The whole exchange took longer than `timeoutMs`. requests.exceptions.Timeout. */
  | 'Timeout'
  /** Connection refused/reset, name not resolved, TLS failure, cancelled. requests.exceptions.ConnectionError. */
  | 'ConnectionError'
  /** The response body exceeded `maxResponseBytes`. No requests equivalent: map it to a RequestException subclass. */
  | 'ContentTooLarge'
  /** A bad request argument: a malformed header name or value, a body on GET/HEAD. */
  | 'ValueError';

export class NetError extends Error {
  override readonly name = 'NetError';
  constructor(readonly pyType: NetErrorType, message: string) {
    super(message);
  }
}

/** Whether `err` is a policy refusal (as opposed to a malformed URL or a network failure). */
export function isNetDenied(err: unknown): err is NetError {
  return err instanceof NetError && err.pyType === 'PermissionError';
}

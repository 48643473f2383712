/**
 * Problem documents (RFC 9457, api.md "Errors") turned into what a person reads: a message, the field errors next to
 * their fields, and a broken business rule explained in words.
 */

export type FieldErrors = Record<string, string>;

export interface ProblemDocument {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  code?: string;
  errors?: { field?: string; message?: string; row?: number; code?: string }[];
}

/** Rule codes the platform answers with (409 and others), said as a person would. */
const RULES_IN_WORDS: Record<string, string> = {
  AGREEMENT_NOT_ACTIVE: 'The agreement is not active, so this cannot be done now.',
  AGREEMENT_NOT_FOUND: 'There is no such agreement.',
  AGREEMENT_NOT_IN_NEGOTIATION: 'The agreement is no longer being negotiated.',
  AGREEMENT_NOT_WITH_VENDOR: 'The agreement is not with this vendor.',
  ALLOCATION_EXCEEDS_POOL: 'The service levels are allocated more than the credit pool holds.',
  ALREADY_APPROVED: 'This party has already approved.',
  ALREADY_SIGNED: 'This party has already signed.',
  CONCURRENT_MODIFICATION: 'Someone else changed this at the same moment. Reload and try again.',
  CREDIT_NOT_DISPUTABLE: 'This credit can no longer be disputed.',
  CREDIT_NOT_DISPUTED: 'This credit is not disputed.',
  DOWNTIME_NOT_VENDOR_CAUSED: 'Only downtime caused by the vendor can be claimed as an exclusion.',
  DUPLICATE_RECORD: 'This has been recorded already.',
  DUPLICATE_SERVICE_LEVEL_ID: 'Two service levels have the same id.',
  IDEMPOTENCY_KEY_REUSED: 'This submission was already sent with different content. Submit it again.',
  INVALID_COVERAGE: 'The coverage hours are not valid.',
  INVALID_CURRENCY: 'The currency is not a known ISO 4217 code.',
  INVALID_EFFECTIVE_PERIOD: 'The agreement must end after it starts.',
  INVALID_INTERVAL: 'The end must be after the start.',
  INVALID_TIME_ZONE: 'The time zone is not known.',
  NO_SERVICE_LEVELS: 'An agreement needs at least one service level.',
  OUTSIDE_PERIOD: 'The time lies outside this month.',
  PERIOD_ALREADY_CLOSED: 'This month is closed already.',
  PERIOD_CLOSED: 'This month is closed: change it with a correction instead.',
  PERIOD_IN_FUTURE: 'This month has not begun yet.',
  PERIOD_NOT_ENDED: 'This month has not ended yet, so it cannot be closed.',
  PERIOD_BEFORE_AGREEMENT: 'The agreement was not in force in this month.',
  PERIOD_AFTER_AGREEMENT: 'The agreement had ended by this month.',
  PROPOSAL_NOT_PENDING: 'The proposal is no longer pending.',
  REASON_REQUIRED: 'A reason is required.',
  RENEGOTIATION_OPEN: 'A renegotiation is open for this agreement.',
  REVISION_OPEN: 'A revision is open for this agreement already.',
  TARGET_OUT_OF_RANGE: 'The target is out of range.',
  TERMINATION_RIGHT_NOT_OPEN: 'The termination right is no longer open.',
  VENDOR_ALREADY_ACQUIRED: 'This vendor has been acquired already.',
  VENDOR_NOT_ACTIVE: 'The vendor is not active.',
  VENDOR_NOT_FOUND: 'There is no such vendor.',
  VERSION_MISMATCH: 'Someone else changed this since you opened it.',
};

/** The rule code in words; a code not listed here is shown with the server's own detail. */
export function ruleInWords(code: string | undefined): string | undefined {
  return code ? RULES_IN_WORDS[code] : undefined;
}

/** A failed API call: what the problem document said, ready to show. */
export class ApiError extends Error {
  readonly status: number;
  readonly code?: string;
  readonly title: string;
  readonly detail?: string;
  readonly fieldErrors: FieldErrors;
  readonly retryAfterSeconds?: number;

  constructor(status: number, problem: ProblemDocument, retryAfterSeconds?: number) {
    super(messageOf(status, problem));
    this.name = 'ApiError';
    this.status = status;
    this.code = problem.code;
    this.title = problem.title ?? `HTTP ${status}`;
    this.detail = problem.detail;
    this.fieldErrors = fieldErrorsOf(problem);
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /** 412: the page showed a version someone else has since moved on from. */
  get isStale(): boolean {
    return this.status === 412;
  }

  get isUnauthenticated(): boolean {
    return this.status === 401;
  }
}

/** Thrown when the network or the server could not be reached at all. */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super('The platform could not be reached. Check the connection and try again.');
    this.name = 'NetworkError';
    this.cause = cause;
  }
}

function fieldErrorsOf(problem: ProblemDocument): FieldErrors {
  const errors: FieldErrors = {};
  for (const error of problem.errors ?? []) {
    if (error.field && error.message && !(error.field in errors)) {
      errors[error.field] = error.message;
    }
  }
  return errors;
}

function messageOf(status: number, problem: ProblemDocument): string {
  if (status === 412) {
    return 'Someone else changed this since you opened it. Reload to see their change, then try again.';
  }
  if (status === 401) {
    return 'Your sign-in is missing or has expired. Please sign in.';
  }
  if (status === 403) {
    return 'Your role may not do this.';
  }
  const words = ruleInWords(problem.code);
  if (words) {
    return problem.detail && problem.detail !== words ? `${words} (${problem.detail})` : words;
  }
  if (status === 400 && problem.errors?.length) {
    return 'Some fields need attention.';
  }
  if (status === 503) {
    return 'The platform is still catching up. Try again in a moment.';
  }
  return problem.detail ?? problem.title ?? `The platform answered ${status}.`;
}

/** Reads a failed response's problem document (or makes one from a body that is not one). */
export async function apiErrorFrom(response: Response): Promise<ApiError> {
  let problem: ProblemDocument = {};
  const text = await response.text().catch(() => '');
  if (text) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (parsed && typeof parsed === 'object') {
        problem = parsed as ProblemDocument;
      }
    } catch {
      problem = { detail: undefined };
    }
  }
  const retryAfter = Number(response.headers.get('Retry-After'));
  return new ApiError(response.status, problem, Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined);
}

// One catalogue of coded errors (after spaCy's errors.py, Hono's HTTPException):
// every failure a user can meet has a code, an HTTP status and a message that
// names what was wrong and where.

export const ERRORS = {
  E_READ_UNREADABLE: { status: 400, message: 'cannot read the file' },
  E_READ_EMPTY: { status: 400, message: 'the input holds no text' },
  E_READ_BINARY: { status: 400, message: 'the input is binary, not text' },
  E_READ_TOO_LARGE: { status: 413, message: 'the input is larger than the limit' },
  E_READ_JSON: { status: 400, message: 'the input is not valid JSON' },
  E_READ_FORMAT: { status: 400, message: 'the input format is not supported' },
  E_READ_LIMIT: { status: 413, message: 'the input exceeds a safety limit' },
  E_VALIDATION: { status: 400, message: 'the data does not fit the model' },
  E_STAGE: { status: 500, message: 'an extraction stage failed' },
  E_PIPELINE_ORDER: { status: 500, message: 'a stage needs a layer no earlier stage assigns' },
  E_KNOWLEDGE: { status: 500, message: 'a knowledge file is invalid' },
  E_NOT_FOUND: { status: 404, message: 'not found' },
  E_BAD_PARAM: { status: 400, message: 'a request parameter is invalid' },
  E_STORE: { status: 500, message: 'the store failed' },
  E_CONFIG: { status: 500, message: 'a setting is missing or invalid' },
  E_LLM: { status: 502, message: 'the language-model endpoint failed' },
  E_UNAUTHORIZED: { status: 401, message: 'sign in first' },
  E_FORBIDDEN: { status: 403, message: 'not allowed for this role' },
  E_TOO_MANY: { status: 429, message: 'too many attempts; wait and try again' },
  E_INTERNAL: { status: 500, message: 'an unexpected error occurred' },
  E_KEY: { status: 500, message: 'the encryption key does not fit' },
  E_LOCKED: { status: 423, message: 'this field is encrypted and no key is set (CASEFILE_KEY_FILE)' },
} as const;

export type ErrorCode = keyof typeof ERRORS;

export class CasefileError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  /** where it went wrong: a file path, a stage name, a parameter */
  readonly where: string | undefined;

  constructor(code: ErrorCode, detail?: string, opts: { where?: string; cause?: unknown } = {}) {
    const base = ERRORS[code].message;
    const place = opts.where ? `${opts.where}: ` : '';
    super(`${place}${detail ? `${base}: ${detail}` : base}`, { cause: opts.cause });
    this.name = 'CasefileError';
    this.code = code;
    this.status = ERRORS[code].status;
    this.where = opts.where;
  }

  toJSON(): { code: ErrorCode; message: string; where?: string } {
    return { code: this.code, message: this.message, ...(this.where ? { where: this.where } : {}) };
  }
}

export const isCasefileError = (e: unknown): e is CasefileError => e instanceof CasefileError;

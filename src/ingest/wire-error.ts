// Errors cross the worker boundary as plain data and come back as CasefileErrors
// with the same code and message. A JavaScript failure a reader did not expect is
// put in words a person understands before it crosses.
import { CasefileError, isCasefileError, type ErrorCode } from '../core/errors.js';

export interface WireError {
  code: ErrorCode;
  message: string;
  where?: string;
}

export function toWire(err: unknown, fallback: { code: ErrorCode; where: string }): WireError {
  if (isCasefileError(err)) return { code: err.code, message: err.message, where: err.where };
  if (err instanceof RangeError && /call stack/i.test(err.message)) {
    return new CasefileError('E_READ_LIMIT', 'it is nested too deeply to read', { where: fallback.where }).toJSON();
  }
  if (err instanceof RangeError && /string length|array length|allocation/i.test(err.message)) {
    return new CasefileError('E_READ_LIMIT', 'it is too large to hold in memory', { where: fallback.where }).toJSON();
  }
  const detail = err instanceof Error ? err.message : String(err);
  return new CasefileError(fallback.code, detail, { where: fallback.where }).toJSON();
}

export function fromWire(wire: WireError): CasefileError {
  const err = new CasefileError(wire.code, undefined, { where: wire.where });
  err.message = wire.message;
  return err;
}

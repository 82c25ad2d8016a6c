// Errors cross the worker boundary as plain data and come back as CasefileErrors
// with the same code and message.
import { CasefileError, isCasefileError, type ErrorCode } from '../core/errors.js';

export interface WireError {
  code: ErrorCode;
  message: string;
  where?: string;
}

export function toWire(err: unknown, fallback: { code: ErrorCode; where: string }): WireError {
  if (isCasefileError(err)) return { code: err.code, message: err.message, where: err.where };
  const detail = err instanceof Error ? err.message : String(err);
  return new CasefileError(fallback.code, detail, { where: fallback.where }).toJSON();
}

export function fromWire(wire: WireError): CasefileError {
  const err = new CasefileError(wire.code, undefined, { where: wire.where });
  err.message = wire.message;
  return err;
}

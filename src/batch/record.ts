/**
 * The JSON Lines records of `claimdiff batch`, one line each, safe to print (see safeJson: nothing from an event's
 * name or its articles can steer a terminal or a CI log). A light module: the main thread writes error records
 * without loading the pipeline.
 */
import { safeJson } from '../report/safe-text.js';

/** `{"event":…,"report":…}`: `report` is the single run's --json as one line. */
export function reportRecord(event: string, reportLine: string): string {
  return `{"event":${safeJson(event)},"report":${reportLine}}`;
}

/** The record of an event that could not be compared. */
export function errorRecord(event: string, message: string): string {
  return safeJson({ event, error: message });
}

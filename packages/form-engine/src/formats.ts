/** The format registry: custom string formats by name (the Vietnam package adds cccd, vn-phone, …). */
import type { FormatDefinition } from './types.js';

const registry = new Map<string, FormatDefinition>();

/** Register a format for every form created afterwards (and every ajv validator built afterwards). */
export function registerFormat(name: string, definition: FormatDefinition): void {
  registry.set(name, definition);
}

export function registeredFormats(): Record<string, FormatDefinition> {
  return Object.fromEntries(registry);
}

/** Whether a value matches a format, checked as the format normalises it (so "0912 345 678" is a phone number). */
export function testFormat(definition: FormatDefinition, value: string): boolean {
  const normalized = definition.normalize ? definition.normalize(value) : value;
  return typeof definition.validate === 'function' ? definition.validate(normalized) : definition.validate.test(normalized);
}

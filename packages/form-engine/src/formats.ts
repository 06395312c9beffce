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

export function testFormat(definition: FormatDefinition, value: string): boolean {
  return typeof definition.validate === 'function' ? definition.validate(value) : definition.validate.test(value);
}

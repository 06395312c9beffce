/**
 * What `<dvc-file-upload>` decides without a DOM: which files a dossier component accepts (by MIME type, falling
 * back to the extension), how their sizes read in Vietnamese and English, and the metadata kept as its value.
 */

/** Metadata of one attached file: what the dossier data holds (the file itself travels with the form). */
export type FileMeta = {
  name: string;
  /** Bytes. */
  size: number;
  /** MIME type as the browser reported it; may be empty. */
  type: string;
  /** Milliseconds since the epoch. */
  lastModified: number;
};

/** The part of a `File` the rules look at. */
export type FileLike = { readonly name: string; readonly size: number; readonly type: string };

export type RejectionReason = 'type' | 'size' | 'empty' | 'single';

/** A file the citizen chose that was not attached, and why. */
export type Rejection = { name: string; reason: RejectionReason };

export type SizeLocale = 'vi' | 'en';

/** 10 MB, the default size limit of one file. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/** MIME types of the extensions dossier components use; the first is the canonical one. */
export const EXTENSION_TYPES: Readonly<Record<string, readonly string[]>> = Object.freeze({
  pdf: ['application/pdf'],
  jpg: ['image/jpeg', 'image/pjpeg'],
  jpeg: ['image/jpeg', 'image/pjpeg'],
  png: ['image/png'],
  doc: ['application/msword'],
  docx: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
  xls: ['application/vnd.ms-excel'],
  xlsx: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
  zip: ['application/zip', 'application/x-zip-compressed', 'application/x-zip'],
});

/** Types that say nothing about the content: the extension decides. */
const GENERIC_TYPES = new Set(['', 'application/octet-stream', 'binary/octet-stream']);

/** The lower-case extension of a file name without the dot (`Scan.PDF` → `pdf`), or ''. */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 && dot < name.length - 1 ? name.slice(dot + 1).toLowerCase() : '';
}

/** Accepted entries as given (`.pdf`, `PDF`, `application/pdf`, `image/*`), normalised: extensions keep their dot. */
function normalise(entry: string): string {
  const trimmed = entry.trim().toLowerCase();
  if (!trimmed) return '';
  if (trimmed.includes('/')) return trimmed;
  return trimmed.startsWith('.') ? trimmed : `.${trimmed}`;
}

function typeMatches(type: string, pattern: string): boolean {
  if (pattern.endsWith('/*')) return type.startsWith(pattern.slice(0, -1));
  return type === pattern;
}

/** Every MIME type that `accept` lets through, its extensions mapped to their types. */
function acceptedTypes(accept: readonly string[]): string[] {
  const types: string[] = [];
  for (const raw of accept) {
    const entry = normalise(raw);
    if (!entry) continue;
    if (entry.includes('/')) types.push(entry);
    else types.push(...(EXTENSION_TYPES[entry.slice(1)] ?? []));
  }
  return types;
}

/** Every extension that `accept` lets through, its MIME types mapped to their extensions. */
function acceptedExtensions(accept: readonly string[]): string[] {
  const extensions: string[] = [];
  for (const raw of accept) {
    const entry = normalise(raw);
    if (!entry) continue;
    if (!entry.includes('/')) {
      extensions.push(entry.slice(1));
      continue;
    }
    for (const [extension, types] of Object.entries(EXTENSION_TYPES)) {
      if (types.some((t) => typeMatches(t, entry))) extensions.push(extension);
    }
  }
  return extensions;
}

const KNOWN_TYPES = new Set(Object.values(EXTENSION_TYPES).flat());

/**
 * Whether a file is of an accepted type. The MIME type decides; when it is empty, generic, or one we have no
 * extension for, the extension decides. An empty `accept` takes every file.
 */
export function matchesAccept(file: Pick<FileLike, 'name' | 'type'>, accept: readonly string[]): boolean {
  if (!accept.some((entry) => normalise(entry))) return true;
  const type = file.type.trim().toLowerCase();
  if (type && acceptedTypes(accept).some((pattern) => typeMatches(type, pattern))) return true;
  if (!GENERIC_TYPES.has(type) && KNOWN_TYPES.has(type)) return false;
  const extension = extensionOf(file.name);
  return extension !== '' && acceptedExtensions(accept).includes(extension);
}

/** The native input's `accept` attribute: each entry with its mapped counterparts, so the picker offers them all. */
export function acceptAttribute(accept: readonly string[]): string {
  const out: string[] = [];
  const add = (v: string) => {
    if (v && !out.includes(v)) out.push(v);
  };
  for (const raw of accept) {
    const entry = normalise(raw);
    if (!entry) continue;
    add(entry);
    if (entry.includes('/')) {
      for (const extension of acceptedExtensions([entry])) if (!entry.endsWith('/*')) add(`.${extension}`);
    } else {
      for (const type of EXTENSION_TYPES[entry.slice(1)] ?? []) add(type);
    }
  }
  return out.join(',');
}

/** Names the citizen knows, for MIME types and extensions that differ from the upper-cased extension. */
const LABELS: Readonly<Record<string, string>> = Object.freeze({ jpeg: 'JPG' });

/**
 * The accepted types as the citizen reads them, in the order given and without repeats:
 * `['application/pdf', '.jpg', '.jpeg', 'image/png']` → `['PDF', 'JPG', 'PNG']`.
 */
export function acceptLabels(accept: readonly string[]): string[] {
  const labels: string[] = [];
  const add = (label: string) => {
    if (!labels.includes(label)) labels.push(label);
  };
  for (const raw of accept) {
    const entry = normalise(raw);
    if (!entry) continue;
    if (!entry.includes('/')) {
      const extension = entry.slice(1);
      add(LABELS[extension] ?? extension.toUpperCase());
      continue;
    }
    const extension = Object.entries(EXTENSION_TYPES).find(([, types]) => types[0] === entry)?.[0];
    if (extension) add(LABELS[extension] ?? extension.toUpperCase());
    else add(entry.endsWith('/*') ? entry : entry.slice(entry.indexOf('/') + 1).toUpperCase());
  }
  return labels;
}

const UNITS = ['B', 'KB', 'MB', 'GB'] as const;

/**
 * A size as the citizen reads it, in 1024-byte units with at most one decimal: `10 MB`, `1,5 MB` in Vietnamese,
 * `1.5 MB` in English.
 */
export function formatBytes(bytes: number, locale: SizeLocale = 'vi'): string {
  let value = Math.max(0, Number.isFinite(bytes) ? bytes : 0);
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  // 1023.96 KB rounds to "1.024 KB": say 1 MB instead.
  if (unit < UNITS.length - 1 && Math.round(value * 10) / 10 >= 1024) {
    value /= 1024;
    unit++;
  }
  const format = new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'vi-VN', { maximumFractionDigits: unit === 0 ? 0 : 1 });
  return `${format.format(value)} ${UNITS[unit]}`;
}

/**
 * Sorts chosen files into the attached and the rejected, checking type and size before anything is kept.
 * Without `multiple` only the first acceptable file is attached; the others are rejected as `single`.
 */
export function sortFiles<F extends FileLike>(
  files: readonly F[],
  rules: { accept: readonly string[]; maxBytes: number; multiple: boolean },
): { accepted: F[]; rejected: Rejection[] } {
  const accepted: F[] = [];
  const rejected: Rejection[] = [];
  for (const file of files) {
    let reason: RejectionReason | null = null;
    if (!matchesAccept(file, rules.accept)) reason = 'type';
    else if (rules.maxBytes > 0 && file.size > rules.maxBytes) reason = 'size';
    else if (file.size === 0) reason = 'empty';
    else if (!rules.multiple && accepted.length > 0) reason = 'single';
    if (reason) rejected.push({ name: file.name, reason });
    else accepted.push(file);
  }
  return { accepted, rejected };
}

/** The metadata of a file. */
export function fileMeta(file: FileLike & { readonly lastModified?: number }): FileMeta {
  return { name: file.name, size: file.size, type: file.type, lastModified: file.lastModified ?? 0 };
}

/** Whether two entries name the same file (a file chosen twice is attached once). */
export function sameFile(a: FileMeta, b: FileMeta): boolean {
  return a.name === b.name && a.size === b.size && a.lastModified === b.lastModified;
}

/** A value from outside (a property, a prefill) as a list of `FileMeta`: entries without a name are dropped. */
export function toFileMetaList(input: unknown): FileMeta[] {
  const list = Array.isArray(input) ? input : input == null ? [] : [input];
  const out: FileMeta[] = [];
  for (const item of list) {
    if (typeof item !== 'object' || item === null) continue;
    const source = item as Record<string, unknown>;
    if (typeof source.name !== 'string' || source.name === '') continue;
    const number = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : 0);
    out.push({
      name: source.name,
      size: number(source.size),
      type: typeof source.type === 'string' ? source.type : '',
      lastModified: number(source.lastModified),
    });
  }
  return out;
}

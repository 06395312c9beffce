/** How large a request may be. */

/** The largest JSON body: a dossier's data is a few kilobytes. */
export const JSON_BODY_LIMIT = 1024 * 1024;

/** A multipart submission: at most 20 files, each within its field's limit (at most 10 MB), 50 MB in all. */
export const MULTIPART_LIMITS = { totalBytes: 50 * 1024 * 1024, files: 20, fileBytes: 10 * 1024 * 1024, submissionBytes: JSON_BODY_LIMIT } as const;

import { describe, expect, it } from 'vitest';
import {
  DEFAULT_MAX_BYTES,
  acceptAttribute,
  acceptLabels,
  extensionOf,
  fileMeta,
  formatBytes,
  matchesAccept,
  sameFile,
  sortFiles,
  toFileMetaList,
} from './file-rules.js';

const file = (name: string, type: string, size = 100) => ({ name, type, size });

describe('extensionOf', () => {
  it('gives the lower-case extension without the dot', () => {
    expect(extensionOf('Scan.PDF')).toBe('pdf');
    expect(extensionOf('ban.sao.giay.to.docx')).toBe('docx');
  });

  it('is empty without an extension, for dot files and a trailing dot', () => {
    expect(extensionOf('README')).toBe('');
    expect(extensionOf('.bashrc')).toBe('');
    expect(extensionOf('scan.')).toBe('');
  });
});

describe('matchesAccept', () => {
  const PDF_JPG_PNG = ['.pdf', '.jpg', '.png'];

  it('takes every file when nothing is listed', () => {
    expect(matchesAccept(file('abc.exe', 'application/x-msdownload'), [])).toBe(true);
    expect(matchesAccept(file('abc.exe', ''), ['', '  '])).toBe(true);
  });

  it('matches the MIME type against MIME types and against the types of listed extensions', () => {
    expect(matchesAccept(file('scan.pdf', 'application/pdf'), ['application/pdf'])).toBe(true);
    expect(matchesAccept(file('photo.jpeg', 'image/jpeg'), PDF_JPG_PNG)).toBe(true);
    expect(matchesAccept(file('anh.png', 'image/png'), ['image/*'])).toBe(true);
    expect(matchesAccept(file('abc.exe', 'application/x-msdownload'), PDF_JPG_PNG)).toBe(false);
  });

  it('lets a known MIME type decide over a misleading extension', () => {
    expect(matchesAccept(file('anh.pdf', 'image/png'), ['.pdf'])).toBe(false);
  });

  it('falls back to the extension when the type is empty, generic or unknown', () => {
    expect(matchesAccept(file('scan.PDF', ''), ['application/pdf'])).toBe(true);
    expect(matchesAccept(file('bang.xlsx', 'application/octet-stream'), ['.xlsx'])).toBe(true);
    expect(matchesAccept(file('hoso.zip', 'application/x-zip-whatever'), ['application/zip'])).toBe(true);
    expect(matchesAccept(file('ban-ve.dwg', ''), ['.dwg'])).toBe(true);
    expect(matchesAccept(file('abc.exe', ''), PDF_JPG_PNG)).toBe(false);
    expect(matchesAccept(file('noextension', ''), PDF_JPG_PNG)).toBe(false);
  });

  it('maps every listed extension to its MIME types', () => {
    const cases: [string, string][] = [
      ['a.pdf', 'application/pdf'],
      ['a.jpg', 'image/jpeg'],
      ['a.jpeg', 'image/jpeg'],
      ['a.png', 'image/png'],
      ['a.doc', 'application/msword'],
      ['a.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      ['a.xls', 'application/vnd.ms-excel'],
      ['a.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      ['a.zip', 'application/zip'],
      ['a.zip', 'application/x-zip-compressed'],
    ];
    for (const [name, type] of cases) {
      expect(matchesAccept(file(name, type), [`.${extensionOf(name)}`]), `${name} ${type} by extension`).toBe(true);
      expect(matchesAccept(file(name, ''), [type]), `${name} by ${type}`).toBe(true);
    }
  });

  it('reads extensions written without a dot or in capitals', () => {
    expect(matchesAccept(file('scan.pdf', 'application/pdf'), ['PDF'])).toBe(true);
    expect(matchesAccept(file('scan.pdf', ''), ['.Pdf'])).toBe(true);
  });
});

describe('acceptAttribute', () => {
  it('lists each entry with its counterparts, once', () => {
    expect(acceptAttribute(['.pdf', 'image/jpeg'])).toBe('.pdf,application/pdf,image/jpeg,.jpg,.jpeg');
    expect(acceptAttribute(['.jpg', '.jpeg'])).toBe('.jpg,image/jpeg,image/pjpeg,.jpeg');
  });

  it('keeps wildcards and unknown types as given, and is empty for an empty list', () => {
    expect(acceptAttribute(['image/*', '.dwg'])).toBe('image/*,.dwg');
    expect(acceptAttribute([])).toBe('');
  });
});

describe('acceptLabels', () => {
  it('names types as the citizen knows them, in order, without repeats', () => {
    expect(acceptLabels(['application/pdf', '.jpg', '.jpeg', 'image/png'])).toEqual(['PDF', 'JPG', 'PNG']);
    expect(acceptLabels(['.pdf', 'application/pdf'])).toEqual(['PDF']);
    expect(acceptLabels(['application/vnd.openxmlformats-officedocument.wordprocessingml.document', '.xlsx'])).toEqual(['DOCX', 'XLSX']);
    expect(acceptLabels(['image/jpeg'])).toEqual(['JPG']);
  });

  it('upper-cases other extensions and subtypes, and keeps wildcards', () => {
    expect(acceptLabels(['.dwg', 'image/tiff', 'image/*'])).toEqual(['DWG', 'TIFF', 'image/*']);
    expect(acceptLabels([])).toEqual([]);
  });
});

describe('formatBytes', () => {
  it('writes sizes the Vietnamese way', () => {
    expect(formatBytes(DEFAULT_MAX_BYTES)).toBe('10 MB');
    expect(formatBytes(1.5 * 1024 * 1024)).toBe('1,5 MB');
    expect(formatBytes(2.25 * 1024 * 1024, 'vi')).toBe('2,3 MB');
    expect(formatBytes(1500 * 1024)).toBe('1,5 MB');
    expect(formatBytes(850 * 1024)).toBe('850 KB');
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(3 * 1024 ** 3)).toBe('3 GB');
  });

  it('writes sizes the English way', () => {
    expect(formatBytes(1.5 * 1024 * 1024, 'en')).toBe('1.5 MB');
    expect(formatBytes(DEFAULT_MAX_BYTES, 'en')).toBe('10 MB');
  });

  it('rounds up to the next unit instead of writing 1024', () => {
    expect(formatBytes(1024 * 1024 - 1)).toBe('1 MB');
    expect(formatBytes(1023)).toBe('1.023 B');
  });

  it('treats nonsense as zero', () => {
    expect(formatBytes(-5)).toBe('0 B');
    expect(formatBytes(Number.NaN)).toBe('0 B');
  });
});

describe('sortFiles', () => {
  const rules = { accept: ['.pdf', '.jpg', '.png'], maxBytes: 1024, multiple: true };

  it('checks type, then size, then emptiness', () => {
    const { accepted, rejected } = sortFiles(
      [file('a.pdf', 'application/pdf'), file('abc.exe', '', 5000), file('scan.pdf', 'application/pdf', 2048), file('blank.png', 'image/png', 0)],
      rules,
    );
    expect(accepted.map((f) => f.name)).toEqual(['a.pdf']);
    expect(rejected).toEqual([
      { name: 'abc.exe', reason: 'type' },
      { name: 'scan.pdf', reason: 'size' },
      { name: 'blank.png', reason: 'empty' },
    ]);
  });

  it('attaches only the first good file when single', () => {
    const { accepted, rejected } = sortFiles(
      [file('x.exe', ''), file('a.pdf', 'application/pdf'), file('b.pdf', 'application/pdf')],
      { ...rules, multiple: false },
    );
    expect(accepted.map((f) => f.name)).toEqual(['a.pdf']);
    expect(rejected).toEqual([
      { name: 'x.exe', reason: 'type' },
      { name: 'b.pdf', reason: 'single' },
    ]);
  });

  it('has no size limit at 0', () => {
    expect(sortFiles([file('big.pdf', 'application/pdf', 1e12)], { ...rules, maxBytes: 0 }).accepted).toHaveLength(1);
  });
});

describe('file metadata', () => {
  it('keeps name, size, type and lastModified', () => {
    expect(fileMeta({ name: 'a.pdf', size: 4, type: 'application/pdf', lastModified: 7 })).toEqual({
      name: 'a.pdf',
      size: 4,
      type: 'application/pdf',
      lastModified: 7,
    });
  });

  it('reads a prefill leniently: one object or a list; entries without a name are dropped', () => {
    expect(toFileMetaList(null)).toEqual([]);
    expect(toFileMetaList({ name: 'a.pdf' })).toEqual([{ name: 'a.pdf', size: 0, type: '', lastModified: 0 }]);
    expect(toFileMetaList([{ name: 'b.png', size: 10, type: 'image/png', lastModified: 1 }, { size: 3 }, 'x', { name: '', size: 1 }])).toEqual([
      { name: 'b.png', size: 10, type: 'image/png', lastModified: 1 },
    ]);
    expect(toFileMetaList([{ name: 'c.pdf', size: -1, lastModified: 'yesterday' }])).toEqual([
      { name: 'c.pdf', size: 0, type: '', lastModified: 0 },
    ]);
  });

  it('knows a file chosen twice', () => {
    const a = { name: 'a.pdf', size: 4, type: 'application/pdf', lastModified: 7 };
    expect(sameFile(a, { ...a })).toBe(true);
    expect(sameFile(a, { ...a, lastModified: 8 })).toBe(false);
  });
});

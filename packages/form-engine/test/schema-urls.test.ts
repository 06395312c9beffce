import { describe, expect, it } from 'vitest';
import { schemaUrlProblems } from '../src/index.js';

const procedure = (components: unknown[]) => ({
  type: 'object',
  properties: { name: { type: 'string' } },
  'x-dvc': { components },
});

describe('schemaUrlProblems', () => {
  it('reports an unsafe template of a dossier component, with its pointer', () => {
    const schema = procedure([
      { key: 'a', name: 'Tờ khai', template: 'https://dichvucong.gov.vn/to-khai.docx' },
      { key: 'b', name: 'Đơn', template: 'javascript:alert(document.cookie)' },
      { key: 'c', name: 'Bản khai', template: ' java\tscript:alert(1)' },
      { key: 'd', name: 'Ảnh', template: '/mau/anh.pdf' },
    ]);
    expect(schemaUrlProblems(schema)).toEqual([
      {
        pointer: '/x-dvc/components/1/template',
        keyword: 'format',
        message: 'Unsafe link "javascript:alert(document.cookie)": Only http:, https: or relative links are allowed, not "javascript:".',
      },
      expect.objectContaining({ pointer: '/x-dvc/components/2/template', message: expect.stringMatching(/U\+0020/) }),
    ]);
  });

  it('reports an unsafe x-dvc-template on any subschema (an expanded or hand-written upload field)', () => {
    const schema = {
      type: 'object',
      properties: {
        attachments: {
          type: 'object',
          properties: {
            form: { type: 'array', 'x-dvc-template': 'data:text/html,<script>alert(1)</script>' },
            photo: { type: 'array', 'x-dvc-template': 'https://dichvucong.gov.vn/anh.pdf' },
          },
        },
      },
    };
    expect(schemaUrlProblems(schema).map((p) => p.pointer)).toEqual(['/properties/attachments/properties/form/x-dvc-template']);
  });

  it('leaves members that are no strings, and inherited ones, to others', () => {
    const inherited = Object.create({ template: 'javascript:alert(1)' }) as Record<string, unknown>;
    inherited.key = 'a';
    expect(schemaUrlProblems(procedure([{ key: 'a', template: 42 }, inherited]))).toEqual([]);
    expect(schemaUrlProblems(null)).toEqual([]);
    expect(schemaUrlProblems({ 'x-dvc': { components: 'none' } })).toEqual([]);
  });

  it('shortens a long link in the message', () => {
    const [problem] = schemaUrlProblems(procedure([{ key: 'a', template: `javascript:${'x'.repeat(200)}` }]));
    expect(problem!.message.length).toBeLessThan(200);
    expect(problem!.message).toContain('…');
  });
});

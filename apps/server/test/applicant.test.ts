import { describe, expect, it } from 'vitest';
import { applicantOf, maskIdNumber, maskName, maskPhone, maskedApplicant } from '../src/applicant.js';
import { example } from './helpers/app.js';

describe('applicantOf', () => {
  it.each([
    ['1.001193', 'valid-in-person', { name: 'Trần Minh Quân', idNumber: '001092015286', phone: '0912483765', email: 'tranminhquan@example.vn' }],
    ['1.001193', 'valid-no-father-post', { name: 'Phạm Văn Hùng', idNumber: '079085006132', phone: '0903561278' }],
    ['1.012783', 'valid-worn-couple', { name: 'Đặng Văn Thành', idNumber: '075082003619', phone: '0918274635' }],
    ['1.012783', 'valid-remeasurement-authorised-post', { name: 'Nguyễn Hữu Phước', idNumber: '068095004218', phone: '0973518264' }],
    ['1.013792', 'valid-individual', { name: 'Nguyễn Văn An', idNumber: '001090012345', phone: '0912345678' }],
    ['1.013792', 'valid-organisation-post', { name: 'Công ty TNHH Giải trí Sao Mai', idNumber: '079185004321', phone: '0909111222' }],
    ['2.000720', 'valid-individual-online', { name: 'Huỳnh Văn Tài', idNumber: '048088007215', phone: '0935172846' }],
    ['2.000720', 'valid-household-members-authorised', { name: 'Lâm Thị Kim Ngân', idNumber: '092301002846', phone: '0982716453' }],
    ['3.000333', 'valid-self-online', { name: 'Phan Thị Thanh Hương', idNumber: '042196002718', phone: '0915273846' }],
    ['3.000333', 'valid-student-minor-post', { name: 'Hoàng Thị Mai', idNumber: '079178003264', phone: '0909245716' }],
  ])('%s %s: who files it', (procedure, name, expected) => {
    expect(applicantOf(procedure, example(procedure, name))).toMatchObject(expected);
  });

  it('reads a phone in +84 form as the national number, and leaves out what is not an ID number or phone', () => {
    expect(applicantOf('2.000720', { owner: { fullName: 'A B', personalId: '12345', phone: '+84 912 345 678' } })).toEqual({ name: 'A B', phone: '0912345678' });
    expect(applicantOf('9.999999', { requester: { fullName: 'C D', personalId: '001092015286' } })).toEqual({ name: 'C D', idNumber: '001092015286' });
    expect(applicantOf('1.001193', null)).toEqual({ name: 'Người nộp hồ sơ' });
  });
});

describe('masks', () => {
  it('shows at most 4 digits, and the family and given names', () => {
    expect(maskIdNumber('001092015286')).toBe('*********286');
    expect(maskPhone('0912483765')).toBe('09******65');
    expect(maskName('Phan Thị Thanh Hương')).toBe('Phan T. T. Hương');
    expect(maskName('K’ Brơi')).toBe('K’ Brơi');
    expect(maskedApplicant({ name: 'Trần Minh Quân', idNumber: '001092015286', phone: '0912483765', email: 'x@y.vn' })).toEqual({ name: 'Trần M. Quân', idNumber: '*********286', phone: '09******65' });
  });
});

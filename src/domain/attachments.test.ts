import { describe, expect, it } from 'vitest';
import { safeAttachmentName, showsInline, sniffAttachment } from './attachments';
import { jpegWithGps } from './photos.test-helpers';

const bytes = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));
const zipHead = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]);
const oleHead = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);

describe('sniffAttachment', () => {
  it('knows a PDF by its header, even after a few bytes of junk, whatever the name', () => {
    expect(sniffAttachment(bytes('%PDF-1.7\n...'), 'x.exe')).toMatchObject({ kind: 'pdf', ext: 'pdf' });
    expect(sniffAttachment(bytes('\r\n%PDF-1.4'), '')).toMatchObject({ kind: 'pdf' });
  });

  it('knows photos by content', () => {
    expect(sniffAttachment(jpegWithGps(), 'a.pdf')).toMatchObject({ kind: 'image', ext: 'jpg' });
  });

  it('tells Word, Excel, PowerPoint and OFD apart by the zip entries, not the name', () => {
    const docx = ['[Content_Types].xml', '_rels/.rels', 'word/document.xml'];
    expect(sniffAttachment(zipHead, 'report.xlsx', docx)).toMatchObject({ kind: 'word', ext: 'docx' });
    const xlsx = ['[Content_Types].xml', 'xl/workbook.xml'];
    expect(sniffAttachment(zipHead, 'a.docx', xlsx)).toMatchObject({ kind: 'excel', ext: 'xlsx' });
    const pptx = ['[Content_Types].xml', 'ppt/presentation.xml'];
    expect(sniffAttachment(zipHead, 'a', pptx)).toMatchObject({ kind: 'presentation', ext: 'pptx' });
    expect(sniffAttachment(zipHead, 'a.ofd', ['OFD.xml', 'Doc_0/Document.xml'])).toMatchObject({
      kind: 'ofd',
    });
  });

  it('refuses a plain zip, an executable renamed .pdf, a script and text', () => {
    expect(sniffAttachment(zipHead, 'a.docx', ['evil.exe'])).toBeNull();
    expect(sniffAttachment(zipHead, 'a.docx', ['[Content_Types].xml', 'other/x.xml'])).toBeNull();
    expect(sniffAttachment(bytes('MZ\x90\x00\x03'), 'report.pdf')).toBeNull();
    expect(sniffAttachment(bytes('\x7fELF'), 'report.pdf')).toBeNull();
    expect(sniffAttachment(bytes('#!/bin/sh\nrm -rf /'), 'a.doc')).toBeNull();
    expect(sniffAttachment(bytes('<html><script>'), 'a.pdf')).toBeNull();
  });

  it('names a legacy Office file by its extension, Word when the name says nothing', () => {
    expect(sniffAttachment(oleHead, '台账.xls')).toMatchObject({ kind: 'excel', ext: 'xls' });
    expect(sniffAttachment(oleHead, '汇报.PPT')).toMatchObject({ kind: 'presentation', ext: 'ppt' });
    expect(sniffAttachment(oleHead, '材料')).toMatchObject({ kind: 'word', ext: 'doc' });
  });
});

describe('safeAttachmentName', () => {
  it('drops directories, control and quote characters, and takes the real extension', () => {
    expect(safeAttachmentName('..\\..\\windows\\整改报告.exe', 'pdf')).toBe('整改报告.pdf');
    expect(safeAttachmentName('/etc/passwd', 'pdf')).toBe('passwd.pdf');
    expect(safeAttachmentName('a"b\r\nContent-Type: x.pdf', 'pdf')).toBe('abContent-Type x.pdf');
    expect(safeAttachmentName('...', 'docx')).toBe('附件.docx');
    expect(safeAttachmentName('', 'jpg')).toBe('附件.jpg');
  });

  it('keeps at most 120 characters, extension included', () => {
    const name = safeAttachmentName(`${'验'.repeat(300)}.pdf`, 'pdf');
    expect([...name]).toHaveLength(120);
    expect(name.endsWith('.pdf')).toBe(true);
  });
});

describe('showsInline', () => {
  it('shows photos and PDFs in the browser and downloads Office files', () => {
    expect(showsInline('image')).toBe(true);
    expect(showsInline('pdf')).toBe(true);
    expect(showsInline('word')).toBe(false);
  });
});

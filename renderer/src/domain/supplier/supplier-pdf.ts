/**
 * request.pdf and response.pdf: the readable copy of a supplier request (what is asked, of whom, by when) and
 * of a response (each answer beside its question, and who answers). Drawn with the report's page layout and
 * fonts; not PDF-signed itself, because the bundle's signed SHA256SUMS covers it. Pure and deterministic:
 * the same documents give the same bytes (creation date and file id come from the documents).
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { jsPDF } from 'jspdf';
import { toHex, utf8 } from '../crypto/bytes';
import { canonicalJson } from '../journal/canonical-json';
import { drawPageFrames } from '../report/page-frame';
import { PdfCursor } from '../report/pdf-cursor';
import { COLOR, STATUS_STYLE } from '../report/pdf-style';
import { formatBytes, formatDate, formatTimestamp, pdfSafe } from '../report/pdf-text';
import { registerReportFonts, type ReportFonts } from '../report/report-fonts';
import type {
  RequestItem,
  SupplierParty,
  SupplierRequestDocument,
  SupplierResponseDocument,
} from './supplier-documents';

const ROLE_NAMES = { CCP: 'Cloud and compute infrastructure provider', AID: 'AI developer' } as const;

function newDocument(title: string, createdAt: string, seed: unknown, fonts?: ReportFonts): jsPDF {
  const doc = new jsPDF({ unit: 'pt', format: 'letter', compress: true, putOnlyUsedFonts: true });
  if (fonts) registerReportFonts(doc, fonts);
  doc.setProperties({ title: pdfSafe(title), creator: 'AIRR Assessor' });
  doc.setCreationDate(new Date(createdAt));
  // jsPDF picks a random file id otherwise; this one is derived from the documents, so output is repeatable.
  doc.setFileId(toHex(sha256(utf8(canonicalJson(seed)))).slice(0, 32));
  doc.setLanguage('en-US');
  return doc;
}

function party(value: SupplierParty): string {
  return [value.name, value.organization, value.contact].filter((part) => part.trim() !== '').join(', ');
}

function systemsOf(request: SupplierRequestDocument, item: RequestItem): string {
  if (item.systemIds.length === 0) return 'All systems in this request';
  const names = new Map(request.systems.map((system) => [system.id, system.name || system.id]));
  return item.systemIds.map((id) => names.get(id) ?? id).join(', ');
}

function drawRequestHeader(cursor: PdfCursor, request: SupplierRequestDocument, heading: string): void {
  cursor.heading(heading);
  cursor.keyValues([
    ['Site', request.siteName],
    ['Requested by', party(request.requester)],
    ['Supplier', [request.supplier.name, request.supplier.contact].filter(Boolean).join(', ')],
    ['Supplier role', `${ROLE_NAMES[request.role]} (${request.role})`],
    ['Due date', formatDate(request.dueDate)],
    ['Sent', formatTimestamp(request.createdAt)],
    ['Request id', request.id],
  ]);
  if (request.systems.length > 0) {
    cursor.gap(6);
    cursor.subheading('AI systems this request concerns');
    for (const system of request.systems) {
      const model = [system.model, system.modelVersion].filter(Boolean).join(' ');
      cursor.paragraph(`${system.name || system.id}${model ? ` (${model})` : ''}`);
    }
  }
  if (request.instructions.trim()) {
    cursor.subheading('Instructions');
    cursor.paragraph(request.instructions);
  }
}

function drawItem(cursor: PdfCursor, request: SupplierRequestDocument, item: RequestItem, index: number) {
  cursor.subheading(`${index + 1}. ${item.practiceId ? `Practice ${item.practiceId}` : 'Question'}`);
  cursor.paragraph(item.question);
  cursor.keyValues([
    ['Evidence requested', item.evidenceRequested || 'None'],
    ['Systems', systemsOf(request, item)],
  ]);
}

/** request.pdf: the request as the supplier reads it. */
export function buildRequestPdf(request: SupplierRequestDocument, fonts?: ReportFonts): Uint8Array {
  const doc = newDocument(`Supplier request - ${request.siteName}`, request.createdAt, request, fonts);
  const cursor = new PdfCursor(doc);
  drawRequestHeader(cursor, request, 'Request for supplier answers');
  cursor.gap(6);
  cursor.heading(`Items to answer (${request.items.length})`);
  request.items.forEach((item, index) => {
    drawItem(cursor, request, item, index);
    cursor.gap(4);
  });
  drawPageFrames(doc, request.marking, request.siteName);
  return new Uint8Array(doc.output('arraybuffer'));
}

/** response.pdf: each question with the supplier's answer, and the named contact who answers for it. */
export function buildResponsePdf(
  request: SupplierRequestDocument,
  response: SupplierResponseDocument,
  fonts?: ReportFonts,
): Uint8Array {
  const title = `Supplier response - ${request.supplier.name} - ${request.siteName}`;
  const doc = newDocument(title, response.createdAt, { request, response }, fonts);
  const cursor = new PdfCursor(doc);
  cursor.heading('Supplier response');
  cursor.keyValues([
    ['Answered by', party(response.contact)],
    ['Supplier', request.supplier.name],
    ['Answered', formatTimestamp(response.createdAt)],
    ['Response id', response.id],
    ['In answer to', `Request ${request.id} from ${party(request.requester)}`],
    ['Request digest', response.request.sumsSha256],
  ]);
  cursor.gap(6);
  drawRequestHeader(cursor, request, 'The request');
  cursor.gap(6);
  cursor.heading('Answers');
  const answers = new Map(response.answers.map((answer) => [answer.itemId, answer]));
  request.items.forEach((item, index) => {
    drawItem(cursor, request, item, index);
    const answer = answers.get(item.id);
    const status = STATUS_STYLE[answer?.status ?? 'not-assessed'].label;
    const files = response.attachments.filter((file) => file.itemId === item.id);
    cursor.keyValues([
      ['Status', answer && answer.status !== 'not-assessed' ? status : 'Not answered'],
      [
        'Attachments',
        files.map((file) => `${file.name} (${formatBytes(file.size)}, SHA-256 ${file.sha256})`).join('\n'),
      ],
    ]);
    if (answer?.narrative.trim()) cursor.paragraph(answer.narrative);
    else cursor.paragraph('No narrative given.', 9.5, COLOR.muted);
    cursor.gap(4);
  });
  drawPageFrames(doc, response.marking, request.siteName);
  return new Uint8Array(doc.output('arraybuffer'));
}

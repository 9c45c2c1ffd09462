// Rows as CSV or TSV (RFC 4180 quoting for both: a field holding the delimiter, a quote or a line break is
// quoted and its quotes doubled), so a multi-line log entry stays one record in Excel, LibreOffice, Python's csv
// module and pandas alike (TSV with the same quoting is Excel's "Text (Tab delimited)" and csv's excel-tab).
type DelimitedFormat = 'csv' | 'tsv';

const DELIMITER: Record<DelimitedFormat, string> = { csv: ',', tsv: '\t' };

function delimitedField(value: string | number | null, format: DelimitedFormat): string {
  const s = value === null ? '' : String(value);
  const needsQuotes = s.includes(DELIMITER[format]) || /["\r\n]/.test(s);
  return needsQuotes ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One record, ended with CRLF as RFC 4180 has it. */
export function delimitedLine(fields: readonly (string | number | null)[], format: DelimitedFormat): string {
  return fields.map((f) => delimitedField(f, format)).join(DELIMITER[format]) + '\r\n';
}

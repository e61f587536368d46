import { pkoFigures } from '@vn-mediation/data/pko';
import { pkoPersonnelModel } from '../index';
import type { ModelTable } from '../index';

/** A chart's data table as a Markdown table, with its caption and source line: no React, no DOM. */
export function tableAsMarkdown(table: ModelTable, sourceLine: string): string {
  const escape = (cell: string) => cell.replace(/\|/g, '\\|');
  const header = `| ${table.columns.map((column) => escape(column.header)).join(' | ')} |`;
  const rule = `| ${table.columns.map((column) => (column.align === 'end' ? '---:' : '---')).join(' | ')} |`;
  const rows = table.rows.map((row) => `| ${row.cells.map(escape).join(' | ')} |`);
  return [`**${table.caption}**`, '', header, rule, ...rows, '', sourceLine].join('\n');
}

/** The peacekeeping chart's table, as Markdown. */
export const pkoMarkdown = tableAsMarkdown(pkoPersonnelModel(pkoFigures).table, pkoPersonnelModel(pkoFigures).sourceLine);

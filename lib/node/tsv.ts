/** Tab-separated files with a header line, as the CheckThat! benchmark ships them. */
import { readFileSync } from 'node:fs';

export interface Row {
  id: string;
  fields: string[];
}

export function readTsv(path: string): Row[] {
  const lines = readFileSync(path, 'utf8').split(/\r?\n/);
  const rows: Row[] = [];
  for (const line of lines.slice(1)) {
    if (!line.trim()) continue;
    const [id, ...fields] = line.split('\t');
    rows.push({ id: id.trim(), fields });
  }
  return rows;
}

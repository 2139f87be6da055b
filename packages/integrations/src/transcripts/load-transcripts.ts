import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { transcriptFileSchema, type TranscriptFile } from './transcript-schema';

/** Reads and checks one transcript file; the error names the file and the bad field. */
export async function loadTranscriptFile(path: string): Promise<TranscriptFile> {
  const parsed = transcriptFileSchema.safeParse(parse(await readFile(path, 'utf8')));
  if (!parsed.success) {
    const issues = parsed.error.issues
      .map((issue) => `${issue.path.join('.')}: ${issue.message}`)
      .join('; ');
    throw new Error(`${path}: ${issues}`);
  }
  return parsed.data;
}

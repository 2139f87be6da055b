/**
 * Widget weight (issue 8 §1): gzip -9 of what a host page loads first and of what an opened
 * widget loads in all, against the budgets of packages/widget/scripts/check-size.mjs (same
 * files, same gzip level, same KB = 1024 bytes), plus where the chat chunk's bytes come from.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { repoRoot, widgetDist } from '../paths';
import { figure, type SuiteResult } from '../results';
import { round } from '../stats';
import { attribute } from '../weight/source-attribution';

const kb = (bytes: number) => round(bytes / 1024, 2);
const gzip = (file: string) => gzipSync(readFileSync(join(widgetDist, file)), { level: 9 }).length;

export async function runWeight(): Promise<SuiteResult> {
  const started = performance.now();
  const loader = gzip('widget.js');
  const chat = gzip('widget-chat.js');
  const mapPath = join(widgetDist, 'widget-chat.js.map');
  const attribution = existsSync(mapPath)
    ? attribute(join(widgetDist, 'widget-chat.js'), mapPath, repoRoot)
    : null;
  const figures = [
    figure('weight', 'widget.js gzip (first load)', kb(loader), 'KB', {
      target: { op: '<=', value: 5 },
      note: 'gzip -9 of packages/widget/dist/widget.js',
    }),
    figure('weight', 'widget.js + widget-chat.js gzip (opened)', kb(loader + chat), 'KB', {
      target: { op: '<=', value: 110 },
      note: 'gzip -9 of each file, added',
    }),
    figure('weight', 'widget-chat.js gzip', kb(chat), 'KB'),
    figure(
      'weight',
      'widget-chat.js minified',
      kb(readFileSync(join(widgetDist, 'widget-chat.js')).length),
      'KB',
    ),
  ];
  return {
    figures,
    details: {
      bytes: { loaderGzip: loader, chatGzip: chat },
      attribution,
    },
    durationMs: performance.now() - started,
  };
}

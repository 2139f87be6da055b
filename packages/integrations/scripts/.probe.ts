import { createEngine, type DialogEvent, type DialogState, type Effect, type StepContext } from '@slotchat/dialog';
import { renderBlock } from '../src/chat/render-block';
import { templates } from '../src/templates';
const engine = createEngine({ templates });
const convs: string[][] = JSON.parse(process.argv[2]!);
for (const msgs of convs) {
  let state: DialogState = engine.initialState();
  let context: StepContext = { now: Date.parse('2026-12-02T10:00:00Z'), timeZone: 'Europe/London', locale: 'en-GB', connected: { 'google-calendar': true, calendly: true } };
  console.log('=====');
  const run = (event: DialogEvent) => {
    const q = [event];
    while (q.length) {
      const r = engine.step(state, q.shift()!, context);
      state = r.state;
      for (const e of r.effects as Effect[]) {
        if (e.type === 'say') console.log('  bot:', e.message.blocks.map((b) => renderBlock(b, context)).join(' | ').replace(/\n/g, ' / '));
        else if (e.type === 'call-operation') { console.log('  CALL', e.operation, JSON.stringify(e.params)); q.push({ type: 'operation-succeeded', callId: e.callId, data: e.operation.includes('freeBusy') || e.operation.includes('busy') ? { calendars: { primary: { busy: [] } } } : { id: 'evt1', summary: 'X', start: { dateTime: '2026-12-03T15:00:00Z' }, end: { dateTime: '2026-12-03T16:00:00Z' }, htmlLink: 'https://x', collection: [] } } as DialogEvent); }
        else console.log('  effect', e.type);
      }
    }
  };
  for (const m of msgs) { console.log('you:', m); run({ type: 'user-message', text: m }); }
}

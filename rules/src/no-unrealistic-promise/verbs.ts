/**
 * What a promised deadline is attached to. An agent saying they start now is fine
 * ("I'm looking into this right away"); a call-back or an outcome by a short deadline is
 * the promise that gets broken ("I'll ring you back in fifteen minutes").
 */

/** Words that make a deadline a promise rather than a plan. */
export const certainty: ReadonlySet<string> = new Set([
  'will',
  'shall',
  'gonna',
  'guarantee',
  'guaranteed',
  'promise',
  'definitely',
  'certainly',
  'absolutely',
  'surely',
  'assure',
]);

/** A call-back or an answer owed to the customer. */
export const callbacks: ReadonlySet<string> = new Set([
  'call',
  'ring',
  'phone',
  'email',
  'text',
  'message',
  'contact',
  'update',
  'reply',
  'respond',
  'answer',
  'confirm',
  'hear',
  'touch',
  'know',
  'follow',
  'news',
  'outcome',
  'decision',
  'result',
  'results',
  'solution',
  'back',
  'visit',
]);

/** The problem solved or the thing arrived: outcomes that depend on more than the agent. */
export const outcomes: ReadonlySet<string> = new Set([
  'fix',
  'fixed',
  'resolve',
  'resolved',
  'sort',
  'sorted',
  'solve',
  'solved',
  'repair',
  'repaired',
  'restore',
  'restored',
  'reconnect',
  'reconnected',
  'reinstate',
  'reinstated',
  'approve',
  'approved',
  'complete',
  'completed',
  'finish',
  'finished',
  'done',
  'working',
  'arrive',
  'arrives',
  'delivered',
  'deliver',
  'live',
  'online',
  'running',
  'ready',
  'cleared',
  'clear',
  'credited',
  'received',
]);

export const agentSubjects: ReadonlySet<string> = new Set(['i', 'we']);
export const otherSubjects: ReadonlySet<string> = new Set([
  'you',
  'it',
  'this',
  'that',
  'they',
  'he',
  'she',
  'your',
  'the',
  'our',
  'someone',
  'somebody',
  'everything',
  'an',
  'a',
]);

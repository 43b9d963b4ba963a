import type { Decision } from './decision.js';
import type { ConsentListener, DecisionStore } from './decision-store.js';

/** The part of `BroadcastChannel` the sync uses, so that tests can pass their own. */
export interface ConsentChannel {
  postMessage(message: unknown): void;
  onmessage: ((event: MessageEvent) => void) | null;
  close?(): void;
}

interface DecisionMessage {
  type: 'decision';
  decision: Decision;
}

/** The cross-tab effect and the means to stop it. */
export interface CrossTabSync {
  /** Posts every decision made on this page (not GPC's, which each tab derives itself). */
  readonly effect: ConsentListener;
  /** Closes the channel. */
  close(): void;
}

/**
 * Shares decisions between the tabs of a site: posts each one made here on a channel named after
 * the decision cookie, and hands the store each one received (the store decides whether it holds).
 * Without BroadcastChannel it does nothing: other tabs read the cookie on their next load.
 *
 * @example
 * const sync = crossTabSync(store, 'cookies_preferences');
 * store.subscribe(sync.effect);
 */
export function crossTabSync(
  store: DecisionStore,
  cookieName: string,
  open: (name: string) => ConsentChannel | null = (name) => new BroadcastChannel(name),
): CrossTabSync {
  let channel: ConsentChannel | null = null;
  try {
    channel = open(`cookie-policy:${cookieName}`);
    if (channel) channel.onmessage = ({ data }) => {
      const message = data as Partial<DecisionMessage> | null;
      if (message?.type === 'decision') store.receive(message.decision);
    };
  } catch {
    // No BroadcastChannel: other tabs pick the decision up from the cookie on their next load.
  }
  return {
    effect: ({ kind, decision, detail }) => {
      if (kind === 'decided' && detail.source !== 'gpc') {
        try {
          channel?.postMessage({ type: 'decision', decision } satisfies DecisionMessage);
        } catch (error) {
          console.error(error);
        }
      }
    },
    close() {
      try {
        channel?.close?.();
      } catch {
        // Already closed.
      }
      if (channel) channel.onmessage = null;
      channel = null;
    },
  };
}

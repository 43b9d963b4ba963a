// Firefox through puppeteer-core speaks WebDriver BiDi, where puppeteer's emulateMediaFeatures and
// emulateMediaType need CDP and throw. This wraps a puppeteer launcher so that the pages it hands
// to @web/test-runner-commands emulate media in the page instead (scripts/webkit-media.mjs),
// as WebKit does. Its BiDi keyboard also lacks the key name "Space" (a CDP key definition), so
// that name is pressed as " ". Everything else goes to puppeteer.
import { applyMedia } from './webkit-media.mjs';

/** Returns `launcher` with its pages' media emulation done in the page. */
export function firefoxPages(launcher) {
  const getPage = launcher.getPage.bind(launcher);
  const media = new WeakMap();
  launcher.getPage = (sessionId) => {
    const page = getPage(sessionId);
    if (!media.has(page)) media.set(page, { type: null, features: {} });
    const state = media.get(page);
    const apply = async () => {
      if (!(await page.evaluate(applyMedia, state))) throw new Error('media emulation needs the test page tracker');
    };
    const keyName = (key) => (key === 'Space' ? ' ' : key);
    const keyboard = {
      press: (key, options) => page.keyboard.press(keyName(key), options),
      down: (key, options) => page.keyboard.down(keyName(key), options),
      up: (key) => page.keyboard.up(keyName(key)),
      type: (text, options) => page.keyboard.type(text, options),
    };
    return new Proxy(page, {
      get(target, property) {
        if (property === 'keyboard') return keyboard;
        if (property === 'emulateMediaFeatures') {
          return async (features = []) => {
            for (const { name, value } of features) state.features[name] = value;
            await apply();
          };
        }
        if (property === 'emulateMediaType') {
          return async (type) => {
            state.type = type || null;
            await apply();
          };
        }
        const value = Reflect.get(target, property);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  };
  return launcher;
}

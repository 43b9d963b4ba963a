import assert from 'node:assert/strict';
import { test } from 'node:test';
import { missingEngines, missingMessage, selectEngines } from '../../scripts/engines.mjs';

test('runs every engine unless ENGINES names some, in the suite order', () => {
  assert.deepEqual(selectEngines(''), ['chromium', 'firefox', 'webkit']);
  assert.deepEqual(selectEngines(undefined), ['chromium', 'firefox', 'webkit']);
  assert.deepEqual(selectEngines('webkit, Chromium'), ['chromium', 'webkit']);
  assert.throws(() => selectEngines('safari'), /unknown engine safari/);
});

test('names the Debian packages of every missing engine, and how to run the others meanwhile', () => {
  const found = {
    chromium: { chromium: '/usr/bin/chromium' },
    firefox: { 'firefox-esr': null },
    webkit: { WebKitWebDriver: null, MiniBrowser: null, Xvfb: '/usr/bin/Xvfb' },
  };
  const selected = ['chromium', 'firefox', 'webkit'];
  const missing = missingEngines(selected, (name) => found[name]);
  assert.deepEqual(
    missing.map((entry) => [entry.engine, entry.binaries]),
    [
      ['firefox', ['firefox-esr']],
      ['webkit', ['WebKitWebDriver', 'MiniBrowser']],
    ],
  );
  const message = missingMessage(missing, selected);
  assert.match(message, /apt-get install -y firefox-esr webkit2gtk-driver xvfb/);
  assert.match(message, /ENGINES=chromium npm test/);
});

test('finds nothing missing when every binary is there', () => {
  assert.deepEqual(
    missingEngines(['firefox'], () => ({ 'firefox-esr': '/usr/bin/firefox-esr' })),
    [],
  );
});

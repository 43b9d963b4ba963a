import { expect } from '@open-wc/testing';
import { en } from '../../src/i18n/en.js';
import { fr } from '../../src/i18n/fr.js';
import { translator } from '../../src/i18n/texts.js';

describe('the built-in texts', () => {
  // Shown on every site, whatever its categories: a site may have marketing cookies and no statistics.
  const everySite: (keyof typeof en)[] = ['bannerTitle', 'bannerText', 'policyIntro', 'preferencesText'];
  const purpose = /measur|statistic|analytic|audience|advertis|marketing|mesur|statistique|publicit/i;

  for (const [lang, texts] of [['en', en], ['fr', fr]] as const) {
    it(`name no purpose beyond the necessary cookies in what every site shows (${lang})`, () => {
      for (const key of everySite) expect(texts[key], key).to.not.match(purpose);
    });
  }

  it('describe each kind of cookie, necessary, functional, statistics and marketing, in English and French', () => {
    for (const key of ['kindNecessary', 'kindFunctional', 'kindStatistics', 'kindMarketing'] as const) {
      expect(translator(null, 'en')(key), key).to.equal(en[key]);
      expect(en[key], key).to.have.length.above(40);
      expect(translator(null, 'fr')(key), key).to.equal(fr[key]);
      expect(fr[key], key).to.not.equal(en[key]);
    }
    expect(en.kindMarketing).to.match(/video/);
    expect(fr.kindMarketing).to.match(/vidéo/);
  });
});

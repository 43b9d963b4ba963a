import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { RowSchedule, progressiveRows } from '../../src/ui/progressive-rows.js';

// The directive alone, grown by hand: what each growth costs, not when it happens.

describe('progressiveRows', () => {
  const items = Array.from({ length: 1000 }, (_, index) => `row ${index}`);

  function mount(schedule: RowSchedule, renderRow: (item: string) => unknown) {
    const list = document.createElement('ul');
    render(html`${progressiveRows(schedule, items, renderRow)}`, list);
    return list;
  }

  it('shows the first budget at once and the rest chunk by chunk, in order', () => {
    const schedule = new RowSchedule(() => {});
    const list = mount(schedule, (item) => html`<li>${item}</li>`);
    expect(list.querySelectorAll('li')).to.have.length(30);
    schedule.grow(100);
    expect(list.querySelectorAll('li')).to.have.length(130);
    schedule.finish();
    const texts = [...list.querySelectorAll('li')].map((li) => li.textContent);
    expect(texts.length).to.equal(1000);
    expect(texts.every((text, index) => text === items[index])).to.equal(true);
    expect(schedule.busy).to.equal(false);
  });

  it('renders each row once however many chunks it takes, and keeps the rows already shown', () => {
    let calls = 0;
    const schedule = new RowSchedule(() => {});
    const list = mount(schedule, (item) => {
      calls++;
      return html`<li>${item}</li>`;
    });
    const first = list.querySelector('li');
    while (schedule.busy) schedule.grow(10);
    expect(calls).to.equal(1000);
    expect(list.querySelector('li')).to.equal(first);
  });
});

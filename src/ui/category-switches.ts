import { html, nothing } from 'lit';
import { servicesOf } from '../consent/decision.js';
import type { Category, LocalizedText, Service } from '../registry/types.js';
import { categoryText } from './category-text.js';
import type { ViewContext } from './view-context.js';

/** One switch: `data-category` or `data-service`, with its title, note and description. */
function renderSwitch(
  context: ViewContext,
  item: { id: string; title: LocalizedText },
  about: string,
  kind: 'category' | 'service',
  on: boolean,
  required: boolean,
  note: string,
  descriptionId: string,
  onToggle: (id: string, on: boolean) => void,
) {
  const { text } = context;
  return html`<label class="switch">
      <input
        type="checkbox"
        role="switch"
        part="toggle"
        data-category=${kind === 'category' ? item.id : nothing}
        data-service=${kind === 'service' ? item.id : nothing}
        .checked=${on}
        ?disabled=${required}
        aria-describedby=${about ? descriptionId : nothing}
        @change=${(event: Event) => onToggle(item.id, (event.target as HTMLInputElement).checked)}
      />
      <span class="label">${text(item.title)}</span>
      ${note ? html`<span class="note">${note}</span>` : nothing}
    </label>
    ${about ? html`<p id=${descriptionId}>${about}</p>` : nothing}`;
}

/**
 * One switch per category (required ones on and disabled), each described by the category's
 * description (or the built-in text of its kind); a category with services lists them under it, each with its own switch (part
 * `service`), and its own switch is on only when all of them are, saying how many are on
 * otherwise. `idPrefix` keeps ids unique within the shadow root.
 */
export function renderCategorySwitches(
  context: ViewContext,
  choices: Readonly<Record<string, boolean>>,
  onToggle: (id: string, on: boolean) => void,
  idPrefix: string,
  details?: (category: Category, service?: Service) => unknown,
) {
  return context.registry.categories.map((category, index) => {
    const required = category.required === true;
    const { all, note } = categoryState(context, category, choices);
    const id = `${idPrefix}-d${index}`;
    return html`<div part="category" class="category">
      ${renderSwitch(context, category, categoryText(context, category), 'category', all, required, note, id, onToggle)}
      ${details?.(category) ?? nothing}
      ${renderServiceSwitches(context, category, choices, onToggle, id, details)}
    </div>`;
  });
}

/**
 * A category's switch state: on only when all its services are (or, without services, when
 * chosen; always when required), and the note beside it: "Always on", or "N of M on" when only
 * some services are on.
 */
export function categoryState({ registry, t }: ViewContext, category: Category, choices: Readonly<Record<string, boolean>>) {
  const required = category.required === true;
  const services = servicesOf(registry, category.id);
  const on = services.filter((service) => required || choices[service.id] === true).length;
  const all = services.length ? on === services.length : required || choices[category.id] === true;
  const note = required ? t('alwaysOn') : on && !all ? t('servicesOn', { on: String(on), total: String(services.length) }) : '';
  return { all, note };
}

/** The services of a category, each with its own switch (part `service`, `data-service`), or nothing. */
export function renderServiceSwitches(
  context: ViewContext,
  category: Category,
  choices: Readonly<Record<string, boolean>>,
  onToggle: (id: string, on: boolean) => void,
  idPrefix: string,
  details?: (category: Category, service?: Service) => unknown,
) {
  const services = servicesOf(context.registry, category.id);
  const required = category.required === true;
  return services.length
    ? html`<ul class="services">
        ${services.map(
          (service, position) =>
            html`<li part="service">
              ${renderSwitch(
                context,
                service,
                context.text(service.description),
                'service',
                required || choices[service.id] === true,
                required,
                '',
                `${idPrefix}-${position}`,
                onToggle,
              )}
              ${details?.(category, service) ?? nothing}
            </li>`,
        )}
      </ul>`
    : nothing;
}

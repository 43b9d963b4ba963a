import { html, nothing } from 'lit';
import type { Category } from '../registry/types.js';
import type { ViewContext } from './view-context.js';

/**
 * One switch per category (required ones on and disabled), each described by the category's
 * description. `idPrefix` keeps ids unique within the shadow root.
 */
export function renderCategorySwitches(
  context: ViewContext,
  choices: Readonly<Record<string, boolean>>,
  onToggle: (id: string, on: boolean) => void,
  idPrefix: string,
  details?: (category: Category) => unknown,
) {
  const { registry, t, text } = context;
  return registry.categories.map((category, index) => {
    const descriptionId = `${idPrefix}-d${index}`;
    return html`<div part="category" class="category">
      <label class="switch">
        <input
          type="checkbox"
          role="switch"
          part="toggle"
          data-category=${category.id}
          .checked=${category.required === true || choices[category.id] === true}
          ?disabled=${category.required === true}
          aria-describedby=${category.description ? descriptionId : nothing}
          @change=${(event: Event) => onToggle(category.id, (event.target as HTMLInputElement).checked)}
        />
        <span class="label">${text(category.title)}</span>
        ${category.required ? html`<span class="note">${t('alwaysOn')}</span>` : nothing}
      </label>
      ${category.description ? html`<p id=${descriptionId}>${text(category.description)}</p>` : nothing}
      ${details?.(category) ?? nothing}
    </div>`;
  });
}

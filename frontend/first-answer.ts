// The answer a first-map pin gives before the view arrives: the head of its place's panel, built from the
// bootstrap page's data with the classes of the view's panel (PlacePanel, ItemCard), every text as text.

/** The head of a place's panel (Java: FirstPins.Answer). */
export interface Answer {
  title: string;
  note?: string;
  items: AnswerItem[];
}

/** An item as its card begins (Java: FirstPins.AnswerItem). */
export interface AnswerItem {
  id: string;
  quote: boolean;
  when?: string;
  speaker?: string;
  text: string;
  direct: boolean;
  claim?: string;
}

function line(tag: string, className: string, text: string): HTMLElement {
  const element = document.createElement(tag);
  element.className = className;
  element.textContent = text;
  return element;
}

function card(item: AnswerItem): HTMLElement {
  const card = document.createElement('li');
  card.className = `sa-item ${item.quote ? 'sa-item--quote' : 'sa-item--incident'}`;
  card.dataset.item = item.id;
  if (item.speaker) {
    card.append(line('p', 'sa-item__speaker', item.speaker));
  }
  if (item.when) {
    const when = document.createElement('div');
    when.className = 'sa-item__when';
    when.append(line('span', '', item.when));
    card.append(when);
  }
  card.append(item.quote
    ? line('p', `sa-item__quote-text ${item.direct ? 'sa-item__quote-text--direct' : 'sa-item__quote-text--indirect'}`, item.text)
    : line('p', 'sa-item__summary', item.text));
  if (item.claim) {
    card.append(line('p', 'sa-item__claim', item.claim));
  }
  return card;
}

/** The panel of a place's answer, a labelled region whose heading takes focus when the reader chose by keyboard. */
export function answerPanel(answer: Answer): HTMLElement {
  const panel = document.createElement('section');
  panel.className = 'sa-panel sa-first-panel';
  const heading = line('h2', '', answer.title);
  heading.id = 'sa-first-panel-heading';
  heading.tabIndex = -1;
  panel.setAttribute('aria-labelledby', heading.id);
  const header = document.createElement('div');
  header.className = 'sa-panel__header';
  header.append(heading);
  panel.append(header);
  if (answer.note) {
    panel.append(line('p', 'sa-panel__note', answer.note));
  }
  const items = document.createElement('ol');
  items.className = 'sa-panel__items';
  items.append(...answer.items.map(card));
  panel.append(items);
  return panel;
}

/**
 * The article tool bar (字体 大/中/小/超大, 高对比度, 加大行距, 打印) as a custom element enhancing server-rendered
 * buttons. Choices are kept in localStorage (the same origin serves both scripts, so they follow the reader into
 * the other script) and applied to <html> as data attributes; applyPreferences.js applies them again before the
 * first paint of every page. Without JavaScript the bar stays hidden and the page reads as usual.
 */
const KEY = 'gk-reader';
type Size = 's' | 'm' | 'l' | 'xl';
interface Preferences {
  size?: Size;
  contrast?: boolean;
  spacing?: boolean;
}

function read(): Preferences {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(KEY) ?? '{}');
    return value && typeof value === 'object' ? (value as Preferences) : {};
  } catch {
    return {};
  }
}

function apply(preferences: Preferences): void {
  const root = document.documentElement;
  const set = (name: string, value: string | undefined) => (value ? root.setAttribute(name, value) : root.removeAttribute(name));
  set('data-size', preferences.size && preferences.size !== 'm' ? preferences.size : undefined);
  set('data-contrast', preferences.contrast ? 'high' : undefined);
  set('data-spacing', preferences.spacing ? 'wide' : undefined);
}

class ReaderTools extends HTMLElement {
  connectedCallback(): void {
    this.show(read());
    this.addEventListener('click', (event) => {
      const button = (event.target as Element).closest('button');
      if (!button) return;
      const preferences = read();
      const { size, toggle, action } = button.dataset;
      if (action === 'print') {
        window.print();
        return;
      }
      if (size) preferences.size = size as Size;
      if (toggle === 'contrast') preferences.contrast = !preferences.contrast;
      if (toggle === 'spacing') preferences.spacing = !preferences.spacing;
      try {
        localStorage.setItem(KEY, JSON.stringify(preferences));
      } catch {
        // Private browsing without storage: the choice holds for this page.
      }
      apply(preferences);
      this.show(preferences);
    });
    // Another tab changed the choices: follow it.
    window.addEventListener('storage', (event) => {
      if (event.key !== KEY) return;
      const preferences = read();
      apply(preferences);
      this.show(preferences);
    });
  }

  /** Marks the pressed buttons. */
  show(preferences: Preferences): void {
    for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-size]')) {
      button.setAttribute('aria-pressed', String(button.dataset['size'] === (preferences.size ?? 'm')));
    }
    for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-toggle]')) {
      button.setAttribute('aria-pressed', String(Boolean(preferences[button.dataset['toggle'] as 'contrast' | 'spacing'])));
    }
  }
}

if (!customElements.get('gk-reader-tools')) customElements.define('gk-reader-tools', ReaderTools);

/** The print date on paper (PrintMeta.astro): today, written as 2024年5月20日; again just before printing. */
function datePrint(): void {
  const now = new Date();
  for (const element of document.querySelectorAll('[data-print-date]')) element.textContent = `${now.getFullYear()}年${now.getMonth() + 1}月${now.getDate()}日`;
}
datePrint();
window.addEventListener('beforeprint', datePrint);

/*
 * DialogCenter assistant widget (decision 0165). A municipality embeds it with one line:
 *   <script src="https://115.hannover-stadt.de/assistent-widget.js" data-sprache="de" data-ort="laatzen" defer></script>
 * It places a button after the script tag (or into the element named by data-ziel); the button opens the
 * assistant in a frame from the DialogCenter's own origin. The page's site must be listed in
 * ASSISTANT_WIDGET_ORIGINS, otherwise the browser refuses the frame. No cookies, no tracking, no styles
 * beyond the button's and the frame's size; the site may style the class names.
 */
(() => {
  const script = document.currentScript;
  if (!script || !script.src) return;
  const base = new URL(script.src).origin;
  const lang = script.getAttribute('data-sprache') === 'en' ? 'en' : 'de';
  const town = (script.getAttribute('data-ort') || '').trim();
  const texts = {
    de: { open: 'Fragen Sie den Assistenten (115)', close: 'Assistenten schließen', frame: 'Assistent des Bürgerservice 115' },
    en: { open: 'Ask the assistant (115)', close: 'Close the assistant', frame: 'Assistant of the 115 citizen service' },
  }[lang];
  const query = new URLSearchParams({ einbettung: '1' });
  if (town) query.set('ort', town);
  const src = `${base}${lang === 'en' ? '/en/assistant' : '/de/assistent'}?${query}`;
  const id = `dc-assistent-${Math.random().toString(36).slice(2, 8)}`;

  const box = document.createElement('div');
  box.className = 'dc-assistent-widget';
  box.lang = lang;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'dc-assistent-button';
  button.textContent = texts.open;
  button.setAttribute('aria-expanded', 'false');
  button.setAttribute('aria-controls', id);
  button.style.minHeight = '44px';
  button.style.font = 'inherit';
  let frame = null;
  button.addEventListener('click', () => {
    const open = button.getAttribute('aria-expanded') !== 'true';
    if (open && !frame) {
      frame = document.createElement('iframe');
      frame.id = id;
      frame.className = 'dc-assistent-frame';
      frame.title = texts.frame;
      frame.src = src;
      frame.style.width = '100%';
      frame.style.maxWidth = '46rem';
      frame.style.height = '36rem';
      frame.style.border = '1px solid #767676';
      frame.style.marginTop = '0.5rem';
      box.appendChild(frame);
    }
    if (frame) {
      // The element's own display would win over the hidden attribute: set both.
      frame.hidden = !open;
      frame.style.display = open ? 'block' : 'none';
    }
    button.setAttribute('aria-expanded', String(open));
    button.textContent = open ? texts.close : texts.open;
    if (open) frame.focus();
  });
  box.appendChild(button);
  const target = script.getAttribute('data-ziel') && document.getElementById(script.getAttribute('data-ziel'));
  if (target) target.appendChild(box);
  else script.parentNode.insertBefore(box, script.nextSibling);
})();

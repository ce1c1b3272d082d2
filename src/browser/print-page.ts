/** Print pages (/print/, quiz worksheets, packets): shows the "Print" buttons, which open the browser's print dialog. */
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-print-now]')) {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
}

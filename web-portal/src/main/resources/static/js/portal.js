// Starts the design system's components (error summary focus, notification banner, skip link) on each page.
import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js';

initAll();

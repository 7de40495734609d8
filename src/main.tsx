/** Entry: mounts the app and starts the load pipeline. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { bootstrap } from './app/bootstrap';
import { currentLocale } from './i18n';
import { kanbanStore } from './store/store';
import './app/global.css';

document.documentElement.lang = currentLocale();
const boot = bootstrap(kanbanStore);
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App boot={boot} />
  </StrictMode>,
);

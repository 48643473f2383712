import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { loadUiConfig } from './lib/uiConfig';
import './styles.css';

const root = createRoot(document.getElementById('root')!);
loadUiConfig().then(
  (config) => root.render(<StrictMode><App config={config} /></StrictMode>),
  (error: unknown) => root.render(
    <main id="main"><h1>Vendor SLA</h1><p role="alert">{error instanceof Error ? error.message : String(error)}</p></main>,
  ),
);

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createAppStore } from './state/appStore';
import { baselinePlan } from './state/baseline';
import { App } from './ui/App';
import { StoreContext } from './ui/storeContext';
import './ui/app.css';

const store = createAppStore(baselinePlan());

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <StoreContext value={store}>
      <App />
    </StoreContext>
  </StrictMode>,
);

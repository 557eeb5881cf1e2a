import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router-dom';
import { Provider } from 'urql';
import { router } from './routes.tsx';
import { createClient } from './urql.ts';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <Provider value={createClient()}>
      <RouterProvider router={router} />
    </Provider>
  </StrictMode>,
);

import { createBrowserRouter, isRouteErrorResponse, Link, useRouteError } from 'react-router-dom';
import { Layout } from './components/Layout.tsx';
import { Loading } from './components/Status.tsx';

// Every page is its own chunk, loaded on first visit, so the initial bundle stays small.
export const routes = [
  {
    path: '/',
    Component: Layout,
    HydrateFallback: () => <Loading />,
    ErrorBoundary: RouteError,
    children: [
      {
        index: true,
        lazy: () => import('./pages/ArticleListPage.tsx').then((m) => ({ Component: m.ArticleListPage })),
      },
      {
        path: 'articles/:id',
        lazy: () => import('./pages/ArticlePage.tsx').then((m) => ({ Component: m.ArticlePage })),
      },
      {
        path: 'articles/:id/network',
        lazy: () => import('./pages/NetworkPage.tsx').then((m) => ({ Component: m.NetworkPage })),
      },
      { path: 'actors', lazy: () => import('./pages/ActorListPage.tsx').then((m) => ({ Component: m.ActorListPage })) },
      { path: 'actors/:id', lazy: () => import('./pages/ActorPage.tsx').then((m) => ({ Component: m.ActorPage })) },
      {
        path: 'statements',
        lazy: () => import('./pages/StatementListPage.tsx').then((m) => ({ Component: m.StatementListPage })),
      },
      {
        path: 'locations',
        lazy: () => import('./pages/LocationListPage.tsx').then((m) => ({ Component: m.LocationListPage })),
      },
      { path: 'network', lazy: () => import('./pages/NetworkPage.tsx').then((m) => ({ Component: m.NetworkPage })) },
      { path: 'search', lazy: () => import('./pages/SearchPage.tsx').then((m) => ({ Component: m.SearchPage })) },
      { path: 'add', lazy: () => import('./pages/AddArticlePage.tsx').then((m) => ({ Component: m.AddArticlePage })) },
      { path: '*', Component: NotFound },
    ],
  },
];

export const router = createBrowserRouter(routes);

function NotFound() {
  return (
    <>
      <title>Not found · newsgraph</title>
      <h1>Page not found</h1>
      <p>
        There is nothing at this address. <Link to="/">Back to the articles</Link>.
      </p>
    </>
  );
}

/** A route that fails to load (e.g. a chunk after a redeploy) gets words, not a blank page. */
function RouteError() {
  const error = useRouteError();
  return (
    <main id="main" className="error" role="alert">
      <h1>This page could not be shown</h1>
      <p>{isRouteErrorResponse(error) ? error.statusText : 'Reload the page to try again.'}</p>
      <p>
        <Link to="/">Back to the articles</Link>
      </p>
    </main>
  );
}

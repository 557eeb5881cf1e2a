import { NavLink, Outlet, useNavigation } from 'react-router-dom';
import { SearchBox } from './SearchBox.tsx';

const links = [
  { to: '/', label: 'Articles', end: true },
  { to: '/actors', label: 'Actors' },
  { to: '/statements', label: 'Statements' },
  { to: '/locations', label: 'Places' },
  { to: '/network', label: 'Network' },
  { to: '/add', label: 'Add article' },
];

export function Layout() {
  const navigation = useNavigation();
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <NavLink to="/" className="brand">
          newsgraph
        </NavLink>
        <nav aria-label="Main">
          <ul>
            {links.map((link) => (
              <li key={link.to}>
                <NavLink to={link.to} end={link.end}>
                  {link.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <SearchBox />
      </header>
      {navigation.state === 'loading' ? (
        <div className="route-progress" role="progressbar" aria-label="Loading page" />
      ) : null}
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}

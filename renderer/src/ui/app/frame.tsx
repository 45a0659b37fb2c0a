import type { ReactNode } from 'react';
import { useApp } from './app-context';
import { MarkingBanner } from './marking-banner';
import { routeHref } from './router';

const NAV_ITEMS = [
  { key: 'assessments', label: 'Assessments' },
  { key: 'portfolio', label: 'Portfolio' },
  { key: 'import', label: 'Import' },
  { key: 'suppliers', label: 'Suppliers' },
  { key: 'trust', label: 'Trust' },
  { key: 'framework', label: 'Framework' },
  { key: 'settings', label: 'Settings' },
] as const;

/**
 * Header, marking banner slot, side navigation and the main area. Plain USWDS markup rather than the React
 * components: the frame is on the start path, and the component library (with its focus-trap) is not.
 */
export function Frame({ section, children }: { section: string; children: ReactNode }) {
  const { platform, marking } = useApp();
  const info = platform.appInfo();
  const items = NAV_ITEMS.map((item) => (
    <li key={item.key} className="usa-sidenav__item">
      <a
        href={routeHref(item.key)}
        className={section === item.key ? 'usa-current' : undefined}
        aria-current={section === item.key ? 'page' : undefined}
      >
        {item.label}
      </a>
    </li>
  ));
  return (
    <>
      <a
        className="usa-skipnav"
        href="#main-content"
        onClick={(event) => {
          event.preventDefault();
          document.getElementById('main-content')?.focus();
        }}
      >
        Skip to main content
      </a>
      <MarkingBanner marking={marking} />
      <header className="usa-header usa-header--basic app-header">
        <div className="usa-nav-container">
          <div className="usa-navbar">
            <div className="usa-logo">
              <em className="usa-logo__text">AIRR Assessor</em>
            </div>
          </div>
          <p className="app-tagline">
            AI roles and responsibilities in critical infrastructure — offline assessment
          </p>
        </div>
      </header>
      <div className="app-body">
        <nav className="app-sidenav" aria-label="Sections">
          <ul className="usa-sidenav">{items}</ul>
        </nav>
        <main id="main-content" className="app-main" tabIndex={-1}>
          {children}
        </main>
      </div>
      <footer className="app-footer">
        <span>
          {info.name} version <span data-testid="app-version">{info.version}</span>
        </span>
        <span>Works offline: nothing leaves this computer except the files you export.</span>
      </footer>
    </>
  );
}

import type { ReactNode } from 'react';
import { Header, Title, SideNav } from '@trussworks/react-uswds';
import { useApp } from './app-context';
import { MarkingBanner } from './marking-banner';
import { routeHref } from './router';

const NAV_ITEMS = [
  { key: 'assessments', label: 'Assessments' },
  { key: 'portfolio', label: 'Portfolio' },
  { key: 'import', label: 'Import' },
  { key: 'trust', label: 'Trust' },
  { key: 'framework', label: 'Framework' },
  { key: 'settings', label: 'Settings' },
] as const;

/** Header, marking banner slot, side navigation and the main area. */
export function Frame({ section, children }: { section: string; children: ReactNode }) {
  const { platform, marking } = useApp();
  const info = platform.appInfo();
  const items = NAV_ITEMS.map((item) => (
    <a
      key={item.key}
      href={routeHref(item.key)}
      className={section === item.key ? 'usa-current' : undefined}
      aria-current={section === item.key ? 'page' : undefined}
    >
      {item.label}
    </a>
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
      <Header basic className="app-header">
        <div className="usa-nav-container">
          <div className="usa-navbar">
            <Title>AIRR Assessor</Title>
          </div>
          <p className="app-tagline">
            AI roles and responsibilities in critical infrastructure — offline assessment
          </p>
        </div>
      </Header>
      <div className="app-body">
        <nav className="app-sidenav" aria-label="Sections">
          <SideNav items={items} />
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

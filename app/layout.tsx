import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { SiteHeader } from './components/site-header';
import { siteUrl } from './components/site-url';
import './globals.css';

export const generateMetadata = async (): Promise<Metadata> => ({
  metadataBase: new URL(await siteUrl()),
  title: { default: 'Peacekeeping debate graph', template: '%s · Peacekeeping debate graph' },
  description: 'Who supports, opposes, proposed and met with whom in the European debate on peacekeeping troops for Ukraine — every link backed by a verbatim quote.',
  openGraph: { siteName: 'Peacekeeping debate graph', type: 'website' },
});

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#content">
          Skip to content
        </a>
        <SiteHeader />
        <div id="content">{children}</div>
      </body>
    </html>
  );
}

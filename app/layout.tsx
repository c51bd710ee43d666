import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Peacekeeping debate graph', template: '%s · Peacekeeping debate graph' },
  description: 'Who supports, opposes, proposed and met with whom in the European debate on peacekeeping troops for Ukraine — every link backed by a verbatim quote.',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}

// The header every page shares: the site name and the places a reader goes (explorer, entities, articles, stances,
// console) and the reviewers' queue.
import Link from 'next/link';
import { NavLink } from './nav-link';

const LINKS = [
  { href: '/', label: 'Explorer' },
  { href: '/entities', label: 'Entities' },
  { href: '/articles', label: 'Articles' },
  { href: '/stances', label: 'Stances' },
  { href: '/graphql', label: 'Query console' },
  // Reviewers only: a reader who follows it is asked to sign in.
  { href: '/review', label: 'Review' },
] as const;

export function SiteHeader() {
  return (
    <header className="site-header">
      <Link href="/" className="site-name">
        Peacekeeping debate graph
      </Link>
      <nav aria-label="Main">
        <ul>
          {LINKS.map((link) => (
            <li key={link.href}>
              <NavLink href={link.href}>{link.label}</NavLink>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}

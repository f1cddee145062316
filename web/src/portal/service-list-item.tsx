import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { paths, townQuery, type Lang } from './paths';

interface ListedService {
  leikaKey: string;
  title: string;
  shortText: string;
  en: { title: string | null; shortText: string | null } | null;
}

/**
 * One service in a list (search results, a topic's services): its title links to the service page for the
 * town, its short text below. On English pages each is English where editors supplied it, otherwise the
 * German text marked `lang="de"`.
 */
export function ServiceListItem({ lang, town, item, children }: { lang: Lang; town: string; item: ListedService; children?: ReactNode }) {
  const english = lang === 'en' ? item.en : null;
  const germanOnEnglishPage = (text: string | null | undefined) => (lang === 'en' && !text ? 'de' : undefined);
  return (
    <li>
      <Link to={`${paths[lang].service(item.leikaKey)}${townQuery(town)}`}>
        <span lang={germanOnEnglishPage(english?.title)}>{english?.title ?? item.title}</span>
      </Link>
      <p lang={germanOnEnglishPage(english?.shortText)}>{english?.shortText ?? item.shortText}</p>
      {children}
    </li>
  );
}

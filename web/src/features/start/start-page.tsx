import { startSections } from '../../app/nav';
import { useSession } from '../../app/session';

/** One start page; each role sees the sections of its work, most important first. */
export function StartPage() {
  const { me, hasRole } = useSession();
  const sections = startSections.filter((s) => hasRole(...s.roles)).sort((a, b) => (a.order ?? 50) - (b.order ?? 50));
  return (
    <>
      <h1>Guten Tag, {me?.user.displayName}</h1>
      {sections.map((S) => (
        <S.component key={S.id} />
      ))}
    </>
  );
}

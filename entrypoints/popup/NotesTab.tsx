import { useEffect, useMemo, useState } from 'react';
import { NoteDetail } from '@/components/NoteDetail';
import { NotesBrowser } from '@/components/NotesBrowser';
import { readNotesLibrary } from '@/lib/notes/read-library';
import { setLearned } from '@/lib/notes/repository';
import type { Translate } from '@/lib/i18n';
import type { LibraryNote, NotesLibrary } from '@/lib/notes/library';
import { createNotesIndex } from '@/lib/notes/search';

type Load = { state: 'loading' } | { state: 'ready'; library: NotesLibrary } | { state: 'error'; message: string };

/** The popup's "Ôn tập" panel, loaded on demand: browse, search, read, mark learned. */
export default function NotesTab({ t }: { t: Translate }) {
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [learned, setLearnedIds] = useState<ReadonlySet<string>>(new Set());
  const [open, setOpen] = useState<LibraryNote>();
  useEffect(() => {
    readNotesLibrary()
      .then(({ library, learned: ids }) => {
        setLearnedIds(ids);
        setLoad({ state: 'ready', library });
      })
      .catch((error: unknown) => setLoad({ state: 'error', message: String(error) }));
  }, []);
  const index = useMemo(() => (load.state === 'ready' ? createNotesIndex(load.library.notes) : undefined), [load]);

  if (load.state === 'loading') return <p aria-busy="true" className="hint">{t('notes.loading')}</p>;
  if (load.state === 'error') return <p role="alert">{t('notes.loadError', { message: load.message })}</p>;
  const toggle = (note: LibraryNote, value: boolean) => {
    const next = new Set(learned);
    if (value) next.add(note.id);
    else next.delete(note.id);
    setLearnedIds(next);
    void setLearned(note.id, value, Date.now()).catch((error: unknown) => console.warn('[hoithi] could not save the learned mark', error));
  };
  const pageLink = (
    <a className="notes-page-link" href={`/notes.html${open ? `?note=${encodeURIComponent(open.id)}` : ''}`} target="_blank" rel="noreferrer">
      {t('notes.openPage')}
    </a>
  );
  return (
    <div className="notes-tab">
      <div hidden={open !== undefined}>
        <NotesBrowser t={t} library={load.library} index={index!} learned={learned} onOpen={setOpen} />
      </div>
      {open && (
        <>
          <button type="button" className="link-button" onClick={() => setOpen(undefined)}>{t('notes.back')}</button>
          <NoteDetail t={t} note={open} learned={learned.has(open.id)} onToggleLearned={(value) => toggle(open, value)} />
        </>
      )}
      {pageLink}
    </div>
  );
}

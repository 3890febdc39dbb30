import { useCallback, useEffect, useMemo, useState } from 'react';
import { NoteDetail } from '@/components/NoteDetail';
import { NoteEditor } from '@/components/NoteEditor';
import { NotesBackup, type Notice } from '@/components/NotesBackup';
import { NotesBrowser } from '@/components/NotesBrowser';
import { NotesPackPanel } from '@/components/NotesPackPanel';
import { getContestConfig, getLocale } from '@/lib/config/storage';
import { readNotesLibrary } from '@/lib/notes/read-library';
import { deleteOwnNote, putOwnNote, removeOfficePack, setLearned } from '@/lib/notes/repository';
import { createT, type Locale } from '@/lib/i18n';
import { formatWallDateTime } from '@/lib/i18n/format';
import { countUnsavedNotes, getLastBackupAt } from '@/lib/notes/backup-state';
import type { LibraryNote, NotesLibrary, StoredPack } from '@/lib/notes/library';
import { createOwnNote, updateOwnNote, type OwnNote, type OwnNoteDraft } from '@/lib/notes/own-note';
import { createNotesIndex } from '@/lib/notes/search';
import { formatZonedIso } from '@/lib/rounds';
import { exportOwnNotes, importOwnNotes, importPack } from './files';

interface Loaded {
  library: NotesLibrary;
  own: OwnNote[];
  learned: Set<string>;
  office?: StoredPack;
  locale: Locale;
  timeZone: string;
  lastBackupAt?: number;
}

// Only entrypoints read the clock (STYLE.md); one named reader keeps event handlers visibly impure.
const readClock = () => Date.now();

async function readAll(): Promise<Loaded> {
  const [notes, locale, { contest }, lastBackupAt] = await Promise.all([readNotesLibrary(), getLocale(), getContestConfig(), getLastBackupAt()]);
  return { ...notes, locale, timeZone: contest.timeZone, lastBackupAt };
}

/** The full notes page: long reading, own notes (create, edit, delete, pin), backup and packs. */
export function App({ initialNoteId }: { initialNoteId?: string }) {
  const [loaded, setLoaded] = useState<Loaded>();
  const [selectedId, setSelectedId] = useState(initialNoteId);
  const [editing, setEditing] = useState<'new' | string>();
  const [backupNotice, setBackupNotice] = useState<Notice>();
  const [packNotice, setPackNotice] = useState<Notice>();
  const reload = useCallback(async () => setLoaded(await readAll()), []);
  useEffect(() => {
    void readAll().then(setLoaded);
  }, []);
  const index = useMemo(() => loaded && createNotesIndex(loaded.library.notes), [loaded]);
  useEffect(() => {
    if (loaded) document.documentElement.lang = loaded.locale;
  }, [loaded]);
  if (!loaded || !index) return null;

  const t = createT(loaded.locale);
  const when = (ms: number) => formatWallDateTime(formatZonedIso(ms, loaded.timeZone));
  const selected = loaded.library.notes.find((note) => note.id === selectedId);
  const ownOf = (id: string) => loaded.own.find((note) => note.id === id);

  const save = async (draft: OwnNoteDraft) => {
    const existing = editing && editing !== 'new' ? ownOf(editing) : undefined;
    const note = existing ? updateOwnNote(existing, draft, readClock()) : createOwnNote(draft, readClock(), () => crypto.randomUUID());
    await putOwnNote(note);
    setEditing(undefined);
    setSelectedId(note.id);
    await reload();
  };
  const remove = async (note: LibraryNote) => {
    if (!confirm(t('notes.confirmDelete', { title: note.title }))) return;
    await deleteOwnNote(note.id);
    setSelectedId(undefined);
    await reload();
  };
  const togglePin = async (note: LibraryNote) => {
    const own = ownOf(note.id);
    if (own) await putOwnNote(updateOwnNote(own, { ...own, pinned: !own.pinned }, readClock()));
    await reload();
  };
  const toggleLearned = async (note: LibraryNote, value: boolean) => {
    await setLearned(note.id, value, readClock());
    await reload();
  };
  const backup = async () => {
    try {
      const { file, count } = await exportOwnNotes();
      setBackupNotice({ kind: 'ok', text: t('backup.exported', { file, count }) });
      await reload();
    } catch (error) {
      setBackupNotice({ kind: 'error', text: String(error) });
    }
  };
  const restore = async (file: File) => {
    const result = await importOwnNotes(file);
    if (!result.ok) {
      setBackupNotice({ kind: 'error', text: t('backup.refused', { file: file.name, message: t(result.error.key, result.error.params) }) });
      return;
    }
    setBackupNotice({ kind: 'ok', text: t('backup.imported', { file: file.name, added: result.plan.added, updated: result.plan.updated, skipped: result.plan.skipped }) });
    await reload();
  };
  const addPack = async (file: File, mode: 'add' | 'replace') => {
    const result = await importPack(file, mode);
    if (!result.ok) {
      setPackNotice({ kind: 'error', text: t('pack.refused', { file: file.name, message: t(result.error.key, result.error.params) }) });
      return;
    }
    setPackNotice({ kind: 'ok', text: t('pack.imported', { name: result.pack.name, version: result.pack.packVersion }) });
    await reload();
  };
  const restorePack = async () => {
    await removeOfficePack();
    setPackNotice({ kind: 'ok', text: t('pack.restored') });
    await reload();
  };

  let main;
  if (editing) {
    const own = editing === 'new' ? undefined : ownOf(editing);
    main = <NoteEditor key={editing} t={t} initial={own} onSave={save} onCancel={() => setEditing(undefined)} />;
  } else if (selected) {
    main = (
      <NoteDetail t={t} note={selected} learned={loaded.learned.has(selected.id)}
        onToggleLearned={(value) => void toggleLearned(selected, value)}
        onEdit={() => setEditing(selected.id)} onDelete={() => void remove(selected)} onTogglePin={() => void togglePin(selected)} />
    );
  } else main = <p className="hint">{t('notes.selectHint')}</p>;

  return (
    <main>
      <header>
        <h1>{t('notes.pageTitle')}</h1>
        <button type="button" onClick={() => setEditing('new')}>{t('notes.add')}</button>
      </header>
      <NotesBackup t={t} lastBackup={loaded.lastBackupAt === undefined ? undefined : when(loaded.lastBackupAt)}
        unsaved={countUnsavedNotes(loaded.own, loaded.lastBackupAt)} notice={backupNotice}
        onExport={() => void backup()} onImport={(file) => void restore(file)} />
      <div className="layout">
        <aside className="card">
          <NotesBrowser t={t} library={loaded.library} index={index} learned={loaded.learned} selectedId={selectedId}
            onOpen={(note) => { setEditing(undefined); setSelectedId(note.id); }} />
        </aside>
        <section className="card reader">{main}</section>
      </div>
      <NotesPackPanel t={t} packs={loaded.library.packs} hasOfficePack={loaded.office !== undefined} notice={packNotice}
        onImport={(file, mode) => void addPack(file, mode)} onRestore={() => void restorePack()} />
    </main>
  );
}

import type { Translate } from '@/lib/i18n';
import type { LibraryNote } from '@/lib/notes/library';

interface Props {
  t: Translate;
  note: LibraryNote;
  learned: boolean;
  onToggleLearned: (learned: boolean) => void;
  /** Own notes only: the page offers editing; the popup leaves these out. */
  onEdit?: () => void;
  onDelete?: () => void;
  onTogglePin?: () => void;
}

/** One note to read: its text, its source (every pack note names one), tags, and the learned mark. */
export function NoteDetail({ t, note, learned, onToggleLearned, onEdit, onDelete, onTogglePin }: Props) {
  return (
    <article className="note" aria-labelledby="note-title">
      <h2 id="note-title">{note.title}</h2>
      {note.body.split(/\n+/).map((paragraph, i) => <p key={i}>{paragraph}</p>)}
      <p className="note__source">
        <strong>{t('notes.source')}:</strong>{' '}
        {note.sourceUrl ? (
          <a href={note.sourceUrl} target="_blank" rel="noreferrer">{note.source || note.sourceUrl}</a>
        ) : (
          note.source ?? t('notes.ownSource')
        )}
      </p>
      {note.tags.length > 0 && (
        <p className="note__tags">
          <strong>{t('notes.tags')}:</strong> {note.tags.map((tag) => <span key={tag} className="tag">{tag}</span>)}
        </p>
      )}
      <div className="note__actions">
        <label className="checkbox">
          <input type="checkbox" checked={learned} onChange={(event) => onToggleLearned(event.target.checked)} />
          {t('notes.markLearned')}
        </label>
        {note.own && onTogglePin && (
          <button type="button" className="secondary" onClick={onTogglePin}>{note.pinned ? t('notes.unpin') : t('notes.pin')}</button>
        )}
        {note.own && onEdit && <button type="button" className="secondary" onClick={onEdit}>{t('notes.edit')}</button>}
        {note.own && onDelete && <button type="button" className="danger" onClick={onDelete}>{t('notes.delete')}</button>}
      </div>
    </article>
  );
}

import { useState, type FormEvent } from 'react';
import type { Translate } from '@/lib/i18n';
import { parseTags, type OwnNoteDraft } from '@/lib/notes/own-note';

interface Props {
  t: Translate;
  initial?: OwnNoteDraft;
  onSave: (draft: OwnNoteDraft) => Promise<void>;
  onCancel: () => void;
}

/** Create or edit one of the user's own notes: title, text, tags, pinned. */
export function NoteEditor({ t, initial, onSave, onCancel }: Props) {
  const [title, setTitle] = useState(initial?.title ?? '');
  const [body, setBody] = useState(initial?.body ?? '');
  const [tags, setTags] = useState(initial?.tags.join(', ') ?? '');
  const [pinned, setPinned] = useState(initial?.pinned ?? false);
  const [invalid, setInvalid] = useState(false);
  const [failure, setFailure] = useState<string>();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) {
      setInvalid(true);
      return;
    }
    // The draft stays on screen when the save fails, with the reason: nothing typed is lost.
    onSave({ title, body, tags: parseTags(tags), pinned, source: initial?.source }).catch((error: unknown) => setFailure(String(error)));
  };
  return (
    <form className="note-editor" aria-labelledby="note-editor-title" onSubmit={submit} noValidate>
      <h2 id="note-editor-title">{t('notes.editorTitle')}</h2>
      <label htmlFor="note-title-input">{t('notes.field.title')}</label>
      <input id="note-title-input" value={title} maxLength={200} aria-invalid={invalid || undefined}
        aria-describedby={invalid ? 'note-title-error' : undefined} onChange={(e) => setTitle(e.target.value)} />
      {invalid && <p id="note-title-error" className="field-error">{t('notes.titleRequired')}</p>}
      <label htmlFor="note-body-input">{t('notes.field.body')}</label>
      <textarea id="note-body-input" rows={10} value={body} maxLength={20_000} onChange={(e) => setBody(e.target.value)} />
      <label htmlFor="note-tags-input">{t('notes.field.tags')}</label>
      <input id="note-tags-input" value={tags} onChange={(e) => setTags(e.target.value)} />
      <label className="checkbox">
        <input type="checkbox" checked={pinned} onChange={(e) => setPinned(e.target.checked)} />
        {t('notes.field.pinned')}
      </label>
      {failure && <p role="alert" className="field-error">{t('notes.saveFailed', { message: failure })}</p>}
      <div className="row">
        <button type="submit">{t('notes.save')}</button>
        <button type="button" className="secondary" onClick={onCancel}>{t('notes.cancel')}</button>
      </div>
    </form>
  );
}

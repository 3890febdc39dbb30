interface Props {
  label: string;
  onFile: (file: File) => void;
}

/** A labelled file picker for one JSON file; picking the same file again fires again. */
export function JsonFileButton({ label, onFile }: Props) {
  return (
    <label className="file-button">
      {label}
      <input
        type="file"
        accept=".json,application/json"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) onFile(file);
        }}
      />
    </label>
  );
}

/** Why the organisation's policy is not used; shown in the popup and the options page. */
export function ManagedNotice({ text }: { text: string }) {
  return <p role="alert" className="notice notice--error">{text}</p>;
}

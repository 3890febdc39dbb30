import { defineConfig } from 'wxt';
import { PORTAL_MATCHES } from './lib/portal/profile';

// Portal origins are the only pages the extension ever touches (PRODUCT.md §6): the built-in one here,
// configured ones registered at run time once the user allows them (`scripting`, PRODUCT.md 4.1).
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Parallel work on one machine builds into its own folder (HOITHI_OUT_DIR=.output-x).
  outDir: process.env.HOITHI_OUT_DIR ?? '.output',
  imports: false,
  // HOITHI_NO_MINIFY=1 keeps function names readable in CPU profiles.
  // The admin worker is an ES module worker, so that its on-demand libraries (exceljs) stay chunks of their own.
  vite: () => ({ worker: { format: 'es' as const }, ...(process.env.HOITHI_NO_MINIFY ? { build: { minify: false } } : {}) }),
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'vi',
    permissions: ['storage', 'alarms', 'notifications', 'contextMenus', 'scripting'],
    // The department's endpoint and configured portal origins are asked for per origin when a config
    // names them (PRODUCT.md 4.1, 4.3); nothing is granted at install, and no endpoint or localhost is named here.
    optional_host_permissions: ['https://*/*'],
    action: { default_title: '__MSG_extName__' },
    // The organisation's settings through browser policy (PRODUCT.md §4.7); the file is public/managed-schema.json.
    storage: { managed_schema: 'managed-schema.json' },
    // entrypoints/portal/index.ts, an unlisted script declared here by hand: WXT's content-script
    // wrapper cost each portal page more main-thread time than the script itself. Every frame: the
    // contest may be embedded in the provincial portal at any depth (PRODUCT.md §3).
    content_scripts: [{ matches: PORTAL_MATCHES, js: ['portal.js'], run_at: 'document_idle', all_frames: true }],
  },
});

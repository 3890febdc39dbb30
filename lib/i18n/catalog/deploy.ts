import type { Catalog } from './types';

/** The admin page's "Triển khai" section: the policy files for a whole organisation (PRODUCT.md §4.7, §4.8). */
export const deploy = {
  'deploy.title': { vi: 'Triển khai', en: 'Deployment' },
  'deploy.intro': {
    vi: 'Tạo các tệp chính sách trình duyệt để bộ phận CNTT cài tiện ích lên mọi máy của đơn vị và đưa cấu hình Hội thi vào sẵn: cán bộ không cần bật chế độ nhà phát triển, không cần nhập tệp cấu hình.',
    en: "Make the browser policy files with which IT staff install the extension on every machine of the organisation, with the contest config already in place: staff need no developer mode and import no config file.",
  },
  'deploy.config': { vi: 'Cấu hình đưa vào chính sách', en: 'Config pushed by the policy' },
  'deploy.config.active': { vi: 'Cấu hình đang áp dụng: {name}', en: 'The config in force: {name}' },
  'deploy.config.file': { vi: 'Một tệp cấu hình khác', en: 'Another config file' },
  'deploy.config.pick': { vi: 'Chọn tệp cấu hình', en: 'Choose a config file' },
  'deploy.config.picked': { vi: 'Tệp {file}: {name}', en: 'File {file}: {name}' },
  'deploy.config.none': { vi: 'Không kèm cấu hình (chỉ cài tiện ích)', en: 'No config (install the extension only)' },
  'deploy.config.refused': { vi: 'Không dùng được tệp {file}. {message}', en: 'Cannot use {file}. {message}' },
  'deploy.locked': {
    vi: 'Khóa cấu hình: cán bộ thấy "Do đơn vị quản lý thiết lập" và không nhập được tệp cấu hình khác',
    en: 'Lock the config: staff see "Set by your organisation" and cannot import another config file',
  },
  'deploy.route': { vi: 'Cài tiện ích từ', en: 'Install the extension from' },
  'deploy.route.chrome': { vi: 'Chrome Web Store', en: 'Chrome Web Store' },
  'deploy.route.edge': { vi: 'Edge Add-ons', en: 'Edge Add-ons' },
  'deploy.route.self': { vi: 'Máy chủ của đơn vị (tự lưu trữ update.xml)', en: "The organisation's own server (self-hosted update.xml)" },
  'deploy.updateUrl': { vi: 'Địa chỉ tệp update.xml', en: 'Address of update.xml' },
  'deploy.extensionId': { vi: 'Mã tiện ích (ID)', en: 'Extension ID' },
  'deploy.extensionIdHint': {
    vi: 'Mặc định là mã của tiện ích đang mở trang này. Tiện ích cài từ cửa hàng khác hoặc từ gói tự ký có mã khác: hãy nhập đúng mã đó.',
    en: 'By default the ID of the extension showing this page. Installed from another store or from a self-signed package, it has another ID: enter that one.',
  },
  'deploy.make': { vi: 'Tạo tệp chính sách', en: 'Make the policy files' },
  'deploy.files': { vi: 'Các tệp chính sách', en: 'Policy files' },
  'deploy.download': { vi: 'Tải {file}', en: 'Download {file}' },
  'deploy.badId': { vi: 'Mã tiện ích "{value}" không hợp lệ: phải gồm đúng 32 chữ cái từ a đến p.', en: 'The extension ID "{value}" is invalid: it must be exactly 32 letters from a to p.' },
  'deploy.badUrl': { vi: 'Địa chỉ "{value}" không hợp lệ: phải bắt đầu bằng https:// hoặc http://.', en: 'The address "{value}" is invalid: it must start with https:// or http://.' },
  'deploy.noFile': { vi: 'Hãy chọn tệp cấu hình trước.', en: 'Choose a config file first.' },
} satisfies Catalog;

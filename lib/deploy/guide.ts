import type { DeployInput } from './policy-files';

/** HUONG-DAN.md: where each policy file goes, how to check it, and the store route (Vietnamese, for the IT staff). */
export function createGuide(input: DeployInput & { storeRoute: boolean }): string {
  const { extensionId: id, updateUrl, policy, storeRoute } = input;
  const config = policy?.config;
  const pushed = policy
    ? [
        config
          ? `- Cấu hình Hội thi: "${config.contest.name}" (${config.contest.id}), ${config.contest.rounds.length} đợt, cơ quan "${config.organization.name}", nhận biên nhận tại ${config.endpoint?.url ?? '(không gửi, chỉ xuất tệp)'}.`
          : '- Không kèm cấu hình Hội thi (cán bộ tự nhập tệp cấu hình).',
        `- Khóa cấu hình (\`locked\`): ${policy.locked ? 'có — cán bộ không nhập được tệp cấu hình khác' : 'không — cán bộ vẫn nhập được tệp cấu hình khác'}.`,
        ...(policy.reminders ? [`- Nhắc thi mặc định: ${policy.reminders.enabled ? `bật, lúc ${policy.reminders.hour} giờ` : 'tắt'}.`] : []),
      ]
    : ['- Chỉ cài đặt tiện ích, không kèm cấu hình do đơn vị quản lý.'];
  const route = storeRoute
    ? [
        '## Cách cài: qua cửa hàng tiện ích',
        '',
        `Các tệp này cài tiện ích từ cửa hàng (địa chỉ cập nhật ${updateUrl}). Mã tiện ích phải là mã mà cửa hàng cấp`,
        '(Chrome Web Store và Edge Add-ons cấp hai mã khác nhau): hãy tạo tệp riêng cho từng cửa hàng từ trang Quản trị → "Triển khai".',
      ]
    : [
        '## Cách cài: tự lưu trữ (không qua cửa hàng)',
        '',
        `1. Đặt \`update.xml\` và tệp \`.crx\` (cùng thư mục \`release/\`) lên máy chủ web của đơn vị, sao cho ${updateUrl} tải được \`update.xml\`.`,
        '   Máy chủ nên trả tệp `.crx` với kiểu `application/x-chrome-extension`.',
        '2. Cài các tệp chính sách dưới đây lên từng máy. Trình duyệt tự tải và cài tiện ích, tự cập nhật khi có `update.xml` mới.',
        '3. Windows và macOS chỉ cho cài tiện ích ngoài cửa hàng bằng chính sách trên máy **đã gia nhập miền (Active Directory)**',
        '   hoặc **được quản lý bằng MDM** (Intune, hồ sơ cấu hình macOS…). Máy cá nhân không được quản lý thì dùng cách qua cửa hàng:',
        '   cùng các chính sách này, với mã tiện ích và địa chỉ cập nhật của cửa hàng (Chrome Web Store:',
        '   `https://clients2.google.com/service/update2/crx`; Edge Add-ons: `https://edge.microsoft.com/extensionwebstorebase/v1/crx`),',
        '   tạo từ trang Quản trị → "Triển khai".',
      ];
  return [
    '# Hướng dẫn triển khai Hội thi CCHC Companion cho cả đơn vị',
    '',
    `- Mã tiện ích (ID): \`${id}\``,
    `- Địa chỉ cập nhật: ${updateUrl}`,
    ...pushed,
    '',
    ...route,
    '',
    '## Đặt tệp chính sách ở đâu',
    '',
    '| Tệp | Trình duyệt | Cách cài |',
    '|---|---|---|',
    '| `chrome-windows.reg` | Google Chrome trên Windows | Chạy với quyền quản trị (nhấp đúp, hoặc `reg import chrome-windows.reg`), hoặc đưa cùng các giá trị vào GPO |',
    '| `edge-windows.reg` | Microsoft Edge trên Windows | Như trên (`reg import edge-windows.reg`) |',
    '| `chrome-linux.json` | Google Chrome / Chromium trên Linux | Chép vào `/etc/opt/chrome/policies/managed/` (Chrome) và `/etc/chromium/policies/managed/` (Chromium), quyền root |',
    '| `edge-linux.json` | Microsoft Edge trên Linux | Chép vào `/etc/opt/edge/policies/managed/`, quyền root |',
    '',
    'Trên macOS dùng hồ sơ cấu hình (MDM) với cùng các khóa. Trong bảng điều khiển quản trị của Google hoặc Microsoft,',
    'dán nội dung cấu hình (tệp JSON của Hội thi) vào chính sách của tiện ích dưới khóa `configJson`.',
    '',
    'Khóa `ExtensionInstallForcelist` trong tệp `.reg` dùng giá trị số "1". Nếu máy đã buộc cài tiện ích khác ở số "1",',
    'hãy sửa thành số tiếp theo còn trống trước khi nhập.',
    '',
    '## Các khóa chính sách',
    '',
    '- `ExtensionInstallForcelist`: `<mã tiện ích>;<địa chỉ cập nhật>` — trình duyệt tự cài tiện ích, cán bộ không gỡ được.',
    `- \`3rdparty\` → \`extensions\` → \`${id}\` (trên Windows: khóa \`…\\3rdparty\\extensions\\${id}\\policy\`):`,
    '  - `config` (Linux) hoặc `configJson` (Windows, một chuỗi JSON): tệp cấu hình Hội thi, kiểm tra như khi nhập tệp;',
    '  - `locked`: mặc định `true` — trang Cài đặt ghi "Do đơn vị quản lý thiết lập" và không cho nhập tệp cấu hình khác;',
    '  - `reminders`: `{ "enabled": true/false, "hour": 0–23 }` — cài đặt nhắc thi mặc định.',
    '',
    'Trình duyệt bỏ qua giá trị sai kiểu (ví dụ `null` trong `config`) trước khi tiện ích thấy nó: khi cấu hình có `"endpoint": null`',
    'các tệp này dùng `configJson`. Cấu hình sai nội dung (ngày không có thật, địa chỉ không phải https…) không được dùng:',
    'tiện ích giữ cấu hình đang áp dụng và báo "Cấu hình do đơn vị quản lý không hợp lệ:" kèm tên trường và lý do.',
    '',
    'Chính sách không cấp được quyền truy cập trang: nếu cấu hình có `portal.origins` (trang Hội thi ở địa chỉ khác),',
    'mỗi cán bộ bấm một lần "Cho phép trên trang Hội thi" trong cửa sổ tiện ích hoặc trang Cài đặt rồi chọn "Cho phép".',
    'Địa chỉ nhận biên nhận (https) cũng có nút cho phép; không bấm thì biên nhận vẫn được gửi nếu máy chủ trả tiêu đề CORS.',
    '',
    '## Kiểm tra',
    '',
    '1. Mở `chrome://policy` (Chrome) hoặc `edge://policy` (Edge), bấm "Tải lại chính sách" (Reload policies).',
    `   \`ExtensionInstallForcelist\` phải có trạng thái "OK"; mục của tiện ích \`${id}\` liệt kê \`config\`/\`configJson\`, \`locked\`.`,
    '2. Mở `chrome://extensions` / `edge://extensions`: "Hội thi CCHC" hiện "Do tổ chức của bạn cài đặt" (Installed by your organization).',
    '3. Trên máy cán bộ, trang Cài đặt của tiện ích ghi cạnh Hội thi, cơ quan và địa chỉ nhận biên nhận: "Do đơn vị quản lý thiết lập".',
    '   Cán bộ chỉ cần nhập thông tin cá nhân (Họ và tên, Đơn vị…), không cần nhập tệp cấu hình.',
    '4. Sửa chính sách: trình duyệt tự nhận sau vài giây đến vài phút; "Tải lại chính sách" áp dụng ngay, không cần khởi động lại.',
    '   Gỡ chính sách thì mỗi người dùng lại cấu hình của riêng mình; lượt thi và biên nhận đã ghi không mất.',
    '',
  ].join('\n');
}

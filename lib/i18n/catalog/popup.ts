import type { Catalog } from './types';

/** Messages of the toolbar popup. PRODUCT.md §5 fixes the round and state words. */
export const popup = {
  'popup.roundName': { vi: 'Đợt {number}', en: 'Round {number}' },
  'popup.roundsLabel': { vi: 'Các đợt thi', en: 'Contest rounds' },
  'popup.status.taken': { vi: 'Đã thi', en: 'Taken' },
  'popup.status.not-taken': { vi: 'Chưa thi', en: 'Not taken yet' },
  'popup.status.not-open': { vi: 'Chưa mở', en: 'Not open yet' },
  'popup.status.closed': { vi: 'Đã kết thúc', en: 'Ended' },
  'popup.takenAt': { vi: 'lúc {time}', en: 'at {time}' },
  'popup.elsewhere': { vi: 'trên máy khác', en: 'on another computer' },
  'popup.notSubmitted': { vi: 'chưa ghi nhận nộp bài', en: 'submission not recorded' },
  'popup.attemptCount': { vi: '{count} lượt thi trong đợt này', en: '{count} attempts in this round' },
  'popup.timeLeft': { vi: 'Đợt {number} còn {duration} để thi', en: 'Round {number}: {duration} left' },
  'popup.nextOpening': { vi: 'Đợt {number} mở lúc {time}', en: 'Round {number} opens at {time}' },
  'popup.contestEnded': { vi: 'Hội thi đã kết thúc.', en: 'The contest has ended.' },
  'popup.noProfile': {
    vi: 'Bạn chưa nhập thông tin cá nhân. Hãy nhập để lượt thi được ghi nhận đúng người.',
    en: 'You have not entered your profile yet. Enter it so your attempts are recorded under your name.',
  },
  'popup.openProfile': { vi: 'Nhập thông tin cá nhân', en: 'Enter your profile' },
  'popup.openOptions': { vi: 'Cài đặt', en: 'Settings' },
  'popup.openPortal': { vi: 'Mở trang Hội thi', en: 'Open the contest site' },
  'popup.portalPending': {
    vi: 'Trang Hội thi {origins} trong tệp cấu hình chưa được cho phép: tiện ích chưa ghi nhận lượt thi và chưa cảnh báo trên trang này.',
    en: 'The contest site {origins} named in the configuration is not allowed yet: the extension does not record or warn there.',
  },
  'popup.portalGrant': { vi: 'Cho phép trên trang Hội thi', en: 'Allow on the contest site' },
  'popup.loadError': { vi: 'Không đọc được trạng thái: {message}', en: 'Could not read the status: {message}' },
  // A round taken on a device without the extension (PRODUCT.md 4.2 "declared", §5 words).
  'popup.status.declared': { vi: 'Đã thi (tự khai)', en: 'Taken (declared)' },
  'popup.declare.open': { vi: 'Tôi đã thi đợt này trên thiết bị khác', en: 'I took this round on another device' },
  'popup.declare.phoneNote': {
    vi: 'Lượt thi trên điện thoại, máy tính bảng hoặc máy khác không có tiện ích chỉ được ghi nhận nếu bạn tự khai ở đây.',
    en: 'A round taken on a phone, a tablet or a computer without the extension is recorded only if you declare it here.',
  },
  'popup.declare.title': { vi: 'Khai đã thi Đợt {number} trên thiết bị khác', en: 'Declare round {number} taken on another device' },
  'popup.declare.body': {
    vi: 'Nhập lúc bạn đã thi (giờ Việt Nam). Biên nhận gửi đơn vị sẽ ghi "tự khai".',
    en: 'Enter when you took it (Vietnam time). The receipt sent to the office will say "declared".',
  },
  'popup.declare.date': { vi: 'Ngày thi', en: 'Date' },
  'popup.declare.time': { vi: 'Giờ thi (giờ Việt Nam)', en: 'Time (Vietnam time)' },
  'popup.declare.confirm': { vi: 'Xác nhận đã thi', en: 'Confirm' },
  'popup.declare.cancel': { vi: 'Hủy', en: 'Cancel' },
  'popup.declare.error.outside-round': {
    vi: 'Không lưu: thời gian đã nhập không nằm trong Đợt {number} ({range}, giờ Việt Nam).',
    en: 'Not saved: that time is not inside round {number} ({range}, Vietnam time).',
  },
  'popup.declare.error.future': {
    vi: 'Không lưu: thời gian đã nhập chưa đến. Hãy nhập lúc bạn đã thi.',
    en: 'Not saved: that time is in the future. Enter when you took the round.',
  },
  'popup.declare.error.already-taken': {
    vi: 'Không lưu: Đợt {number} đã có lượt thi được ghi nhận.',
    en: 'Not saved: round {number} already has a recorded attempt.',
  },
  'popup.declare.error.bad-time': {
    vi: 'Không lưu: ngày hoặc giờ không hợp lệ. Hãy nhập ngày và giờ bạn đã thi.',
    en: 'Not saved: the date or time is not valid. Enter the day and time you took the round.',
  },
  'popup.declare.error.unknown-round': {
    vi: 'Không lưu: hội thi hiện tại không có Đợt {number}.',
    en: 'Not saved: the current contest has no round {number}.',
  },
  'popup.declare.done': { vi: 'Đã ghi nhận Đợt {number}: tự khai lúc {time}.', en: 'Round {number} recorded: declared at {time}.' },
  'popup.withdraw': { vi: 'Rút lại khai báo', en: 'Withdraw' },
  'popup.withdraw.done': { vi: 'Đã rút lại khai báo Đợt {number}.', en: 'Round {number}: declaration withdrawn.' },
  'popup.withdraw.error.delivered': {
    vi: 'Không rút lại được: biên nhận tự khai của Đợt {number} đã gửi đến đơn vị.',
    en: 'Cannot withdraw: the receipt of round {number} has already been delivered.',
  },
  'popup.withdraw.error.sending': {
    vi: 'Không rút lại được lúc này: biên nhận của Đợt {number} đang được gửi. Hãy thử lại sau ít phút.',
    en: 'Cannot withdraw right now: the receipt of round {number} is being sent. Try again in a few minutes.',
  },
  'popup.withdraw.error.not-declared': {
    vi: 'Đợt {number} không có khai báo nào để rút lại.',
    en: 'Round {number} has no declaration to withdraw.',
  },
  'duration.days': { vi: '{n} ngày', en: '{n} d' },
  'duration.hours': { vi: '{n} giờ', en: '{n} h' },
  'duration.minutes': { vi: '{n} phút', en: '{n} min' },
} satisfies Catalog;

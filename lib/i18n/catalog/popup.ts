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
  'duration.days': { vi: '{n} ngày', en: '{n} d' },
  'duration.hours': { vi: '{n} giờ', en: '{n} h' },
  'duration.minutes': { vi: '{n} phút', en: '{n} min' },
} satisfies Catalog;

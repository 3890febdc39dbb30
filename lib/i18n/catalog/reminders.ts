import type { Catalog } from './types';

/** Words of the toolbar badge tooltip, the reminder notifications and their options section. */
export const reminders = {
  'badge.title.notTaken': {
    vi: 'Đợt {round} đang mở, bạn chưa thi — còn {days} ngày',
    en: 'Round {round} is open and you have not taken it — {days} days left',
  },
  'badge.title.lastDay': {
    vi: 'Đợt {round} đang mở, bạn chưa thi — hôm nay là ngày cuối',
    en: 'Round {round} is open and you have not taken it — today is the last day',
  },
  'badge.title.taken': { vi: 'Đã thi Đợt {round} lúc {time}', en: 'Took round {round} at {time}' },
  'badge.title.next': { vi: 'Đợt {round} mở lúc {time}', en: 'Round {round} opens at {time}' },
  'badge.title.ended': { vi: 'Hội thi đã kết thúc', en: 'The contest has ended' },
  'reminders.notification.title': { vi: 'Nhắc thi: Đợt {round}', en: 'Contest reminder: round {round}' },
  'reminders.notification.opens': {
    vi: 'Đợt {round} đã mở ({dates}) và bạn chưa thi. Nhấn vào đây để mở trang Hội thi.',
    en: 'Round {round} is open ({dates}) and you have not taken it. Click to open the contest site.',
  },
  'reminders.notification.lastDay': {
    vi: 'Hôm nay ({date}) là ngày cuối của Đợt {round} và bạn chưa thi. Nhấn vào đây để mở trang Hội thi.',
    en: 'Today ({date}) is the last day of round {round} and you have not taken it. Click to open the contest site.',
  },
  'reminders.settings.title': { vi: 'Nhắc thi', en: 'Reminders' },
  'reminders.settings.enabled': {
    vi: 'Nhắc tôi khi đợt thi mở và vào ngày cuối của đợt',
    en: 'Remind me when a round opens and on its last day',
  },
  'reminders.settings.hour': { vi: 'Giờ nhắc', en: 'Reminder time' },
  'reminders.settings.hourHint': {
    vi: 'Theo giờ của Hội thi ({timeZone}); chỉ nhắc khi bạn chưa thi đợt đó.',
    en: 'In the contest time zone ({timeZone}); only if you have not taken that round.',
  },
  'reminders.settings.save': { vi: 'Lưu', en: 'Save' },
  'reminders.settings.saveLabel': { vi: 'Lưu cài đặt nhắc', en: 'Save reminder settings' },
  'reminders.settings.saved': { vi: 'Đã lưu cài đặt nhắc.', en: 'Reminder settings saved.' },
  'reminders.settings.saveFailed': { vi: 'Chưa lưu được: {message}', en: 'Not saved: {message}' },
} satisfies Catalog;

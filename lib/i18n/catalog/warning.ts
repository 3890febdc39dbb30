import type { Catalog } from './types';

/** Words of the warnings shown on the portal page (content script). PRODUCT.md §5 fixes the buttons. */
export const warning = {
  'warning.title.second': { vi: 'Bạn đã thi Đợt {round}', en: 'You already took round {round}' },
  'warning.title.other': { vi: 'Lưu ý trước khi bắt đầu thi', en: 'Before you start' },
  'warning.second': {
    vi: 'Bạn đã bắt đầu thi Đợt {round} lúc {time} (giờ Việt Nam). Mỗi tuần mỗi thí sinh chỉ được thi 01 lượt; lượt thi thứ hai trong cùng đợt sẽ không được tính.',
    en: 'You started round {round} at {time} (Vietnam time). Each person may take the test once a week; a second attempt in the same round does not count.',
  },
  'warning.second.declared': {
    vi: 'Bạn đã khai đã thi đợt {round} lúc {time} trên thiết bị khác (giờ Việt Nam). Mỗi tuần mỗi thí sinh chỉ được thi 01 lượt; lượt thi thứ hai trong cùng đợt sẽ không được tính.',
    en: 'You declared that you took round {round} at {time} on another device (Vietnam time). Each person may take the test once a week; a second attempt in the same round does not count.',
  },
  'warning.outside.next': {
    vi: 'Hiện chưa có đợt thi nào đang mở. Đợt {round} mở lúc {time} (giờ Việt Nam); bài thi ngoài thời gian của đợt thi có thể không được tính.',
    en: 'No round is open now. Round {round} opens at {time} (Vietnam time); an attempt outside a round may not count.',
  },
  'warning.outside.ended': {
    vi: 'Hội thi đã kết thúc ngày {date}. Bài thi lúc này sẽ không được tính.',
    en: 'The contest ended on {date}. An attempt now will not count.',
  },
  'warning.account': {
    vi: 'Trang thi đang đăng nhập với tên "{shown}", không khớp với thông tin của bạn ({fullName}, tài khoản SSO "{account}"). Bài thi bằng tài khoản không đúng với thông tin cá nhân trên hệ thống SSO là bài thi không hợp lệ.',
    en: 'The contest site is logged in as "{shown}", which does not match your profile ({fullName}, SSO account "{account}"). An entry from an account that does not match your SSO identity is invalid.',
  },
  'warning.cancel': { vi: 'Hủy', en: 'Cancel' },
  'warning.proceed': { vi: 'Vẫn bắt đầu thi', en: 'Start anyway' },
  'timer.label': { vi: 'Thời gian làm bài', en: 'Time taken' },
  'timer.elapsed': { vi: 'Đã làm {elapsed} / {limit}', en: '{elapsed} of {limit}' },
  'timer.warn': {
    vi: 'Sắp hết thời gian quy định: còn {left}. Hãy gửi bài trước khi hết giờ.',
    en: 'The time limit is near: {left} left. Submit before it runs out.',
  },
  'timer.over': {
    vi: 'Đã quá thời gian quy định {limit}. Bài thi vượt thời gian có thể không hợp lệ.',
    en: 'The {limit} time limit has passed. An attempt over the limit may be invalid.',
  },
  'timer.dismiss': { vi: 'Đã hiểu', en: 'Got it' },
} satisfies Catalog;

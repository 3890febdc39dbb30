import type { ContestConfig } from './schema';

/** The 2022 edition of the contest at Sở Khoa học và Công nghệ Thừa Thiên Huế, used until a config file is imported. */
export const DEFAULT_CONFIG: ContestConfig = {
  kind: 'hoithi.config',
  version: 1,
  contest: {
    id: 'cchc-tth-2022',
    name: 'Hội thi trực tuyến tìm hiểu công tác CCHC giai đoạn 2021 - 2025',
    timeZone: 'Asia/Ho_Chi_Minh',
    rounds: [
      { number: 1, opens: '2022-08-01', closes: '2022-08-07' },
      { number: 2, opens: '2022-08-08', closes: '2022-08-14' },
      { number: 3, opens: '2022-08-15', closes: '2022-08-21' },
      { number: 4, opens: '2022-08-22', closes: '2022-08-28' },
    ],
    attemptsPerRound: 1,
    timeLimitMinutes: null,
  },
  organization: {
    name: 'Sở Khoa học và Công nghệ',
    units: [
      'Văn phòng Sở',
      'Phòng Quản lý Khoa học',
      'Phòng Quản lý Công nghệ và Đổi mới sáng tạo',
      'Trung tâm Đo lường, thử nghiệm và Thông tin khoa học',
      'Trung tâm Ứng dụng tiến bộ khoa học và công nghệ',
    ],
  },
  endpoint: null,
};

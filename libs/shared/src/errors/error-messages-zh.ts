import type { ErrorCode } from './error-code';

/** What the mini-program tells a person for each code; the API's own message is English and for developers. */
export function errorMessageZh(code: ErrorCode): string {
  switch (code) {
    case 'VALIDATION_FAILED':
      return '填写的内容有误，请检查后重试';
    case 'MALFORMED_JSON':
    case 'BAD_REQUEST':
      return '请求格式有误，请更新小程序后重试';
    case 'UNAUTHENTICATED':
      return '登录已失效，请重新登录';
    case 'WECHAT_CODE_INVALID':
      return '微信登录凭证已失效，请重新登录';
    case 'FORBIDDEN':
      return '您没有权限进行此操作';
    case 'NOT_FOUND':
      return '内容不存在或已被删除';
    case 'ROUTE_NOT_FOUND':
    case 'METHOD_NOT_ALLOWED':
      return '功能暂不可用，请更新小程序';
    case 'CONFLICT':
      return '操作冲突，请刷新后重试';
    case 'PAYLOAD_TOO_LARGE':
    case 'HEADERS_TOO_LARGE':
      return '内容过大，请缩小后重试';
    case 'REQUEST_TIMEOUT':
      return '网络不稳定，请重试';
    case 'UNSUPPORTED_MEDIA_TYPE':
      return '不支持的文件格式';
    case 'RATE_LIMITED':
      return '操作太频繁，请稍后再试';
    case 'INTERNAL':
      return '服务开小差了，请稍后再试';
    case 'WECHAT_REJECTED':
    case 'WECHAT_UNAVAILABLE':
      return '微信服务繁忙，请稍后再试';
    case 'DB_UNAVAILABLE':
    case 'SHUTTING_DOWN':
      return '服务维护中，请稍后再试';
    case 'PRINT_UNAVAILABLE':
      return '打印服务暂不可用，请联系管理员';
    case 'IDEMPOTENCY_KEY_MISSING':
    case 'IDEMPOTENCY_KEY_REUSED':
      return '请求有误，请重新操作';
    case 'IDEMPOTENCY_IN_PROGRESS':
      return '正在处理上一次操作，请稍候';
    case 'INSUFFICIENT_POINTS':
      return '积分不足';
    case 'OUT_OF_STOCK':
      return '商品已兑完';
    case 'REDEMPTION_CLOSED':
      return '兑换码已使用、取消或过期';
    case 'QUIZ_ALREADY_ANSWERED':
      return '今天的答题已完成，明天再来';
    case 'SLOT_FULL':
      return '这个时段已约满，请换一个时段';
    case 'SLOT_CLOSED':
      return '这个时段暂停预约，请换一个时段';
    case 'SLOT_PAST':
      return '这个时段已过，请换一个时段';
    case 'TOO_MANY_OPEN_PICKUPS':
      return '您的预约已达上限，请先完成或取消已有预约';
    case 'CANCEL_TOO_LATE':
      return '离上门时间太近，无法取消，请联系回收员';
    case 'PICKUP_CLOSED':
      return '该预约已结束或状态已变化，请刷新';
    case 'NO_PICKUP_AREA':
      return '您所在的小区/村暂未开通上门回收';
    case 'BELOW_MIN_KG':
      return '预估重量太少，建议就近投放到回收点';
    case 'IMPORT_INVALID':
      return '导入文件有误，未导入任何数据，请按提示修改后重试';
    case 'QR_RETIRED':
      return '这个二维码已停用，请扫描新的标签';
    case 'QR_INVALID':
      return '无法识别的二维码';
    case 'DROP_COOLDOWN':
      return '刚刚已在这里投放过，稍后再来';
    case 'DAILY_CAP_REACHED':
      return '今日投放积分已达上限，明天再来';
    default:
      return assertNever(code);
  }
}

export function assertNever(value: never): never {
  throw new Error(`Unhandled value: ${String(value)}`);
}

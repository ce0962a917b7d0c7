/**
 * Application errors: one code, one HTTP status, one message in Chinese and English. Use cases throw
 * AppError; the errors plugin turns it into {"error":{"code","message","details?"}}.
 */
export const errorTable = {
  MALFORMED_JSON: { status: 400, zh: '请求内容不是合法的 JSON', en: 'The request body is not valid JSON' },
  BAD_REQUEST: { status: 400, zh: '请求格式有误', en: 'Bad request' },
  UNAUTHENTICATED: { status: 401, zh: '请先登录', en: 'Please log in' },
  INVALID_CREDENTIALS: { status: 401, zh: '用户名或密码错误', en: 'Wrong username or password' },
  FORBIDDEN: { status: 403, zh: '没有执行此操作的权限', en: 'You may not do this' },
  PASSWORD_CHANGE_REQUIRED: { status: 403, zh: '请先修改密码', en: 'Change your password first' },
  MFA_REQUIRED: {
    status: 401,
    zh: '请输入动态验证码完成登录',
    en: 'Enter your authenticator code to finish logging in',
  },
  TOTP_ENROLMENT_REQUIRED: {
    status: 403,
    zh: '请先绑定动态验证码（双因素认证）',
    en: 'Set up your authenticator (two-factor) first',
  },
  INVALID_TOTP_CODE: {
    status: 422,
    zh: '动态验证码或恢复码不正确',
    en: 'Wrong authenticator or recovery code',
  },
  TOTP_REQUIRED_BY_ROLE: {
    status: 409,
    zh: '您的角色要求双因素认证，不能关闭',
    en: 'Your role requires two-factor authentication',
  },
  CROSS_ORIGIN: { status: 403, zh: '拒绝跨站请求', en: 'Cross-site request refused' },
  NOT_FOUND: { status: 404, zh: '对象不存在', en: 'Not found' },
  VERSION_CONFLICT: {
    status: 409,
    zh: '数据已被他人修改，请刷新后重试',
    en: 'Someone else changed this; reload and try again',
  },
  DUPLICATE: { status: 409, zh: '已存在相同的记录', en: 'A record with this value exists' },
  REPORT_EXISTS: {
    status: 409,
    zh: '该月已填报；被退回的报告请修改后重新提交',
    en: 'This month is already reported; correct the returned report instead',
  },
  SHARE_NOT_SUBMITTED: {
    status: 409,
    zh: '配合分报已被退回或已汇总，不能汇总到本报告',
    en: 'A co-unit share was returned or taken into another report; it cannot be consolidated',
  },
  INVALID_TRANSITION: { status: 409, zh: '当前状态下不能执行此操作', en: 'Not allowed in the current state' },
  PAYLOAD_TOO_LARGE: { status: 413, zh: '请求内容过大', en: 'Request body too large' },
  UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    zh: '只接受 JSON 格式的请求',
    en: 'Only JSON requests are accepted',
  },
  UNSUPPORTED_FILE_TYPE: { status: 415, zh: '不支持的文件类型', en: 'Unsupported file type' },
  NOTHING_TO_PUBLISH: { status: 409, zh: '没有可下发的草稿任务', en: 'There are no draft tasks to publish' },
  PUBLISH_INCOMPLETE: {
    status: 422,
    zh: '部分任务信息不完整，未下发任何任务',
    en: 'Some tasks are incomplete; nothing was published',
  },
  IMPORT_INVALID: {
    status: 422,
    zh: '表格有误，未导入任何内容',
    en: 'The sheet has errors; nothing was imported',
  },
  BATCH_REFUSED: {
    status: 422,
    zh: '部分任务不能办理，未做任何更改',
    en: 'Some tasks cannot be handled; nothing was changed',
  },
  DUPLICATE_DECISION: {
    status: 409,
    zh: '同一日期已有同名决策部署，确认后才会再建一个',
    en: 'A decision with this title and date exists; confirm to create another',
  },
  DECISION_HAS_PUBLISHED_TASKS: {
    status: 409,
    zh: '该决策部署已有下发的任务，不能删除',
    en: 'This decision has published tasks and cannot be deleted',
  },
  SUBTASK_OUTSIDE_PARENT: {
    status: 422,
    zh: '新的起止时间会使已分解的子任务超出任务时间，请先调整这些子任务',
    en: 'The new dates would leave sub-tasks outside the task; move those sub-tasks first',
  },
  VALIDATION_FAILED: { status: 422, zh: '提交的数据有误', en: 'Invalid input' },
  /** `acceptance.requireEvidence` is on and a completion request cites no file (`details.fields` names it). */
  EVIDENCE_REQUIRED: {
    status: 422,
    zh: '申请验收须附佐证材料',
    en: 'Attach at least one piece of evidence to ask for acceptance',
  },
  WRONG_PASSWORD: { status: 422, zh: '原密码不正确', en: 'The current password is wrong' },
  WEAK_PASSWORD: {
    status: 422,
    zh: '密码强度不足：至少 8 位，且包含大写字母、小写字母、数字、符号中的 3 类',
    en: 'Password too weak: at least 8 characters from 3 of 4 classes',
  },
  PASSWORD_REUSED: {
    status: 422,
    zh: '新密码不能与最近 3 次使用过的密码相同',
    en: 'The new password was used recently',
  },
  ROLE_CONFLICT: {
    status: 422,
    zh: '系统管理员、审计管理员、安全管理员不得与其他角色兼任',
    en: 'The admin, auditor and security officer roles cannot be combined with other roles',
  },
  OWN_ROLES: {
    status: 403,
    zh: '不能修改自己的角色，也不能停用自己的账号',
    en: 'You cannot change your own roles or disable your own account',
  },
  LAST_ROLE_HOLDER: {
    status: 409,
    zh: '这是本区最后一个拥有该管理角色的有效账号，不能移除或停用',
    en: 'This is the last active account with this administrator role; it cannot be removed or disabled',
  },
  CREDENTIAL_RESET_BY_CLI: {
    status: 403,
    zh: '审计管理员、安全管理员的密码和双因素认证只能在服务器上用命令行（luoshi admin reset-password / reset-totp）重置',
    en: "An auditor's or security officer's password and TOTP are reset only on the server with the CLI (luoshi admin reset-password / reset-totp)",
  },
  HEADERS_TOO_LARGE: { status: 431, zh: '请求地址或请求头过长', en: 'Request URL or headers too large' },
  ACCOUNT_LOCKED: { status: 423, zh: '账号已锁定，请稍后再试', en: 'Account locked; try again later' },
  RATE_LIMITED: { status: 429, zh: '请求过于频繁，请稍后再试', en: 'Too many requests' },
  ROBOT_DISABLED: { status: 409, zh: '机器人已停用，请先启用', en: 'The robot is disabled; enable it first' },
  ROBOT_RATE_SPENT: {
    status: 429,
    zh: '该机器人本分钟的发送次数已用完，请稍后再试',
    en: 'This robot has used up its messages for this minute; try again shortly',
  },
  INTERNAL: { status: 500, zh: '服务器内部错误', en: 'Internal server error' },
  // Uploads (issue #11): bounded before and while parsing, parsed off the event loop.
  FILE_TOO_COMPLEX: {
    status: 422,
    zh: '文件过大或结构过于复杂，无法处理',
    en: 'The file unpacks too large or is too complex to process',
  },
  TOO_MANY_DRAFTS: {
    status: 422,
    zh: '识别出的任务过多，请拆分文件后分别上传',
    en: 'Too many tasks found; split the document',
  },
  MALFORMED_MULTIPART: {
    status: 400,
    zh: '上传内容格式有误（multipart 不完整或无效）',
    en: 'The multipart body is malformed or incomplete',
  },
  PARSER_BUSY: {
    status: 503,
    zh: '文件解析繁忙，请稍后再试',
    en: 'Too many files are being processed; try again shortly',
  },
  APPEAL_WINDOW_CLOSED: {
    status: 422,
    zh: '不在公示期内，不能申诉（公示期满后结果为最终结果）',
    en: 'Outside the publication window: appeals are closed (the results are final once it ends)',
  },
  NOT_FINALIZED: {
    status: 422,
    zh: '该年度考核结果尚未定稿，不能公示',
    en: 'The year’s results are not finalized yet and cannot be published',
  },
  DATABASE_IN_USE: {
    status: 503,
    zh: '数据库正被其他进程使用',
    en: 'The database is in use by another process',
  },
  /** 满意度测评: a one-time code already answered (the unique index decides, even at the same moment). */
  SURVEY_CODE_USED: {
    status: 409,
    zh: '该测评码已经使用过，不能重复作答',
    en: 'This survey code has already been used',
  },
  SURVEY_NOT_OPEN: {
    status: 409,
    zh: '该测评不在作答期间',
    en: 'This survey is not taking answers now',
  },
  SURVEY_LINK_FULL: {
    status: 409,
    zh: '该测评链接的答卷已达上限',
    en: 'This survey link has reached its limit of answers',
  },
} as const;

export type ErrorCode = keyof typeof errorTable;

export interface AppErrorOptions {
  message?: string;
  details?: Record<string, unknown>;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: ErrorCode, options: AppErrorOptions = {}) {
    super(options.message ?? errorTable[code].zh);
    this.name = 'AppError';
    this.code = code;
    this.status = errorTable[code].status;
    this.details = options.details;
    this.hasCustomMessage = options.message !== undefined;
  }

  readonly hasCustomMessage: boolean;
}

/** A validation error naming the offending field, the same shape as schema validation failures. */
export function fieldError(code: ErrorCode, path: string, message?: string): AppError {
  return new AppError(code, { details: { fields: [{ path, message: message ?? errorTable[code].zh }] } });
}

export function notFound(): AppError {
  return new AppError('NOT_FOUND');
}

export function messageFor(code: ErrorCode, language: 'zh' | 'en'): string {
  return errorTable[code][language];
}

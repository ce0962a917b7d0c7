import type { securityZhCN } from './security.zh-CN';

/** English strings of the second login factor; the type makes every zh-CN key required here. */
export const securityEn: Record<keyof typeof securityZhCN, string> = {
  'security.menu': 'Account security',
  'security.title': 'Account security',
  'security.totpTitle': 'Two-factor authentication (authenticator code)',
  'security.status': 'Status',
  'security.totpOn': 'On',
  'security.totpOff': 'Off',
  'security.totpOnDesc':
    'Logging in asks for the 6-digit code of your authenticator app as well as the password.',
  'security.totpOffDesc':
    'When on, logging in asks for the 6-digit code of an authenticator app (e.g. Google Authenticator) as well as the password.',
  'security.requiredByRole':
    'Your role requires two-factor authentication; it cannot be turned off. If you lose your phone, ask the administrator to reset it.',
  'security.enable': 'Turn on two-factor authentication',
  'security.disable': 'Turn off two-factor authentication',
  'security.disableTitle': 'Turn off two-factor authentication',
  'security.disableDesc': 'Enter your password and a current code to confirm.',
  'security.disabled': 'Two-factor authentication is off',
  'security.password': 'Password',
  'security.passwordRequired': 'Enter your password',

  'security.enrolTitle': 'Set up your authenticator',
  'security.enrolRequired':
    'Your role must log in with an authenticator code. Set it up before using the system.',
  'security.step1': '1. Scan the QR code with your authenticator app',
  'security.step1Desc':
    'Open the authenticator app on your phone and choose "scan a QR code". If you cannot scan, type the key below.',
  'security.secretLabel': 'Key (for typing in)',
  'security.qrAlt': 'QR code for the authenticator',
  'security.step2': '2. Enter the 6 digits the app shows',
  'security.enrolConfirm': 'Finish set-up',
  'security.start': 'Start set-up',

  'security.recoveryTitle': 'Keep your recovery codes',
  'security.recoveryDesc':
    'If you lose your phone, a recovery code logs you in instead of the authenticator code. Each works once. They are shown only now: print or write them down and keep them safe.',
  'security.print': 'Print recovery codes',
  'security.saved': 'I have kept them — continue',

  'security.code': 'Authenticator code',
  'security.codeRequired': 'Enter the 6-digit code',
  'security.codeFormat': 'The code is 6 digits',
  'security.recoveryCode': 'Recovery code',
  'security.recoveryCodeRequired': 'Enter a recovery code',
  'security.wrongCode': 'Wrong code; check and try again (repeated mistakes lock the account)',

  'security.resetTotp': 'Reset authenticator',
  'security.resetTotpConfirm':
    'Reset the authenticator of "{name}"? They are logged out and set it up again at the next login.',
  'security.resetTotpDone': 'Authenticator reset',

  'login.mfaTitle': 'Enter your authenticator code',
  'login.mfaDesc':
    'Password accepted. Open your authenticator app and enter the 6 digits shown for "落实 Luoshi".',
  'login.mfaVerify': 'Verify and log in',
  'login.useRecovery': 'Cannot use the app? Use a recovery code',
  'login.useCode': 'Use the authenticator code',
  'login.mfaCancel': 'Back: log in as someone else',
  'login.recoveryDesc': 'Enter a recovery code you have not used (like abcde-fghjk).',
};

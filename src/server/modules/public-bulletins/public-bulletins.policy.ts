/** The office decides what is public (公开), a bulletin's public version included. */
export { canSetBulletinPublic as canManagePublicBulletins } from '../bulletins/bulletins.policy';

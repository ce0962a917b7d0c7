import { Flex } from 'antd';
import { useMe } from '../features/auth/session';
import { PasswordExpiryAlert } from '../features/workbench/password-expiry-alert';
import { SectionView } from '../features/workbench/section-view';
import { sectionsFor } from '../features/workbench/sections';
import { WelcomeCard } from '../features/workbench/welcome-card';
import { MySubtasksCard } from '../features/subtasks/my-subtasks-card';

/** 工作台: welcome, password expiry, and the cards of the user's roles. */
export function WorkbenchPage() {
  const me = useMe();
  return (
    <Flex vertical gap={16}>
      <PasswordExpiryAlert me={me} />
      <WelcomeCard me={me} />
      {/* A section's workbench lists its sub-tasks itself (the server sends `section`). */}
      {me.abilities.workbench.includes('section') ? null : <MySubtasksCard />}
      {sectionsFor(me.abilities.workbench).map((section) => (
        <SectionView key={section.key} section={section} />
      ))}
    </Flex>
  );
}

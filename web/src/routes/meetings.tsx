import { Route, Routes } from 'react-router';
import { MeetingList } from '../features/meetings/meeting-list';
import { MeetingPage } from '../features/meetings/meeting-page';
import '../features/meetings/meetings.css';

/** 周六例会: the list of meetings and a meeting's page (agenda, meeting mode, decisions, minutes). */
export function MeetingsPage() {
  return (
    <Routes>
      <Route index element={<MeetingList />} />
      <Route path=":id" element={<MeetingPage />} />
    </Routes>
  );
}

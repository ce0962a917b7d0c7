import { Route, Routes } from 'react-router';
import { JointReviewListPage } from '../features/joint-reviews/review-list-page';
import { JointReviewPage } from '../features/joint-reviews/review-page';

/** 联审联批: the list of reviews and one review's page (every department on one page). */
export function JointReviewsPage() {
  return (
    <Routes>
      <Route index element={<JointReviewListPage />} />
      <Route path=":id" element={<JointReviewPage />} />
    </Routes>
  );
}
